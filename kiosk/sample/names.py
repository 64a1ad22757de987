"""Name pools for synthetic sample participants: common given and family names, in many scripts.

Everything here is sample data. A person is a random combination of a common given name and a
common family name, so nobody in the sample is a real person. Each pool carries the names in their
own script with the Latin transliteration a passport would show, and the countries where the pool is
plausible. Pools are written in a compact notation (see ``_names``) to keep the lists readable.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass


class Script(enum.Enum):
    """The writing system of a pool's native names."""

    LATIN = "Latin"
    ARABIC = "Arabic"
    HAN = "Han"
    JAPANESE = "Japanese"  # kanji with some kana
    HANGUL = "Hangul"
    CYRILLIC = "Cyrillic"
    GREEK = "Greek"
    DEVANAGARI = "Devanagari"
    ETHIOPIC = "Ethiopic"
    THAI = "Thai"
    HEBREW = "Hebrew"


@dataclass(frozen=True, slots=True)
class Name:
    """One name in its own script and in Latin transliteration (the same for Latin script)."""

    native: str
    latin: str


@dataclass(frozen=True, slots=True)
class FamilyName:
    """A family name with its feminine form where the language inflects it (Nowak, Ivanova)."""

    male: Name
    female: Name


@dataclass(frozen=True, slots=True)
class NamePool:
    """Names of one language, where they are common, and their share of the sample crowd."""

    language: str  # BCP 47 tag, or a region label such as "af-en" for anglophone Africa
    script: Script
    women: tuple[Name, ...]
    men: tuple[Name, ...]
    families: tuple[FamilyName, ...]
    countries: tuple[str, ...]  # ISO 3166 alpha-2
    weight: int  # relative share among participants
    family_first: bool = False  # native order puts the family name first (CJK)
    joiner: str = " "  # between the native family and given name ("" for Chinese, Korean)
    surnames: int = 1  # Spanish and Portuguese people usually carry two

    def native_name(self, given: Name, family: Name) -> str:
        """The full name as written in the pool's own script and order."""
        parts = (
            (family.native, given.native) if self.family_first else (given.native, family.native)
        )
        return self.joiner.join(parts)


def _name(item: str) -> Name:
    native, _, latin = item.strip().partition("/")
    native = unicodedata.normalize("NFC", native.strip())
    return Name(native, unicodedata.normalize("NFC", latin.strip()) or native)


def _names(spec: str) -> tuple[Name, ...]:
    """Parse "native/latin, native/latin" (just "latin, latin" for Latin script)."""
    return tuple(_name(item) for item in spec.split(","))


def _families(spec: str) -> tuple[FamilyName, ...]:
    """Like ``_names``; "male>female" where the feminine form differs."""
    result = []
    for item in spec.split(","):
        male, _, female = item.partition(">")
        result.append(FamilyName(_name(male), _name(female) if female else _name(male)))
    return tuple(result)


def _countries(spec: str) -> tuple[str, ...]:
    return tuple(spec.split())


ENGLISH = NamePool(
    "en",
    Script.LATIN,
    _names(
        "Emily, Sarah, Olivia, Rebecca, Charlotte, Hannah, Siobhán, Aoife, Grace, Megan, Laura, Jennifer"
    ),
    _names(
        "James, Oliver, Thomas, Daniel, Michael, Seán, Liam, Matthew, Robert, Christopher, Ciarán, Andrew"
    ),
    _families(
        "Smith, Jones, Taylor, Brown, Williams, Wilson, O'Brien, O'Connor, McAllister, MacDonald, Walsh, Ó Súilleabháin, Thompson, Evans, Clarke, Robinson, Fitzgerald, Harrington-Lowe"
    ),
    _countries("GB US IE CA AU NZ JM TT"),
    weight=9,
)
AFRICA_ENGLISH = NamePool(
    "af-en",
    Script.LATIN,
    _names(
        "Ngozi, Adaeze, Chiamaka, Akosua, Abena, Wanjiru, Achieng, Nakato, Thandiwe, Nomvula, Fúnmiláyọ̀, Chipo, Amani"
    ),
    _names(
        "Chinedu, Oluwaseun, Kwame, Kofi, Otieno, Tendai, Sipho, Mugisha, Emeka, Adéwálé, Baraka, Jabari"
    ),
    _families(
        "Okafor, Okonkwo, Mensah, Boateng, Asante, Kamau, Mwangi, Odhiambo, Uwimana, Banda, Phiri, Dlamini, Nkosi, Moyo, Ọláyínká, Adébáyọ̀, Nwachukwu, Ndlovu"
    ),
    _countries("NG GH KE UG TZ RW ZM ZW ZA MW BW"),
    weight=8,
)
FRENCH = NamePool(
    "fr",
    Script.LATIN,
    _names(
        "Élodie, Hélène, Anaïs, Zoé, Gaëlle, Amélie, Céline, Irène, Léa, Chloé, Maëlle, Aïssatou, Fatou, Marie-Hélène, Françoise"
    ),
    _names(
        "François, Jérôme, Loïc, Benoît, Stéphane, Noël, Théo, Raphaël, Édouard, Mamadou, Ousmane, Jean-François, Hervé, Aurélien"
    ),
    _families(
        "Lefèvre, Dubois, Moreau, Girard, Fournier, Mercier, Lévêque, Rousseau, Gauthier, Chevalier, Faure, Lemaître, Ménard, Bélanger, Côté, Gagné, Pelletier, Ndiaye, Diop, Traoré, Koné, Ouédraogo, Mbarga, Kaboré, Rakotomalala, Châtelain"
    ),
    _countries("FR CH BE CA LU MC SN CI CM BF ML NE TG BJ CD GA MG HT"),
    weight=10,
)
GERMAN = NamePool(
    "de",
    Script.LATIN,
    _names("Käthe, Anja, Lena, Ursula, Sabine, Jutta, Hanna, Mareike, Friederike, Bärbel, Jördis"),
    _names("Jürgen, Jörg, Günter, Uwe, Matthias, Sören, Lutz, Dieter, Wolfgang, Götz, Maximilian"),
    _families(
        "Müller, Schäfer, Weiß, Groß, Köhler, Schröder, Krüger, Hoffmann, Jäger, Fuchs, Schmidt, Böhm, Wagner, Vogel, Zimmermann, Hübner, Strauß, Gärtner, Höfler, von Bülow"
    ),
    _countries("DE AT CH LI LU"),
    weight=5,
)
ITALIAN = NamePool(
    "it",
    Script.LATIN,
    _names("Giulia, Chiara, Francesca, Lucrezia, Ilaria, Federica, Beatrice, Noemi"),
    _names("Niccolò, Mattia, Gianluca, Lorenzo, Alessandro, Giosuè, Nicolò, Andrea"),
    _families(
        "Rossi, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, D'Angelo, Dell'Acqua, Mancini, Lo Russo"
    ),
    _countries("IT SM CH"),
    weight=3,
)
DUTCH = NamePool(
    "nl",
    Script.LATIN,
    _names("Sanne, Femke, Anouk, Eline, Maaike, Ilse, Lotte, Marieke"),
    _names("Daan, Bram, Sem, Joost, Pieter, Thijs, Willem, Ruud"),
    _families(
        "de Vries, van der Berg, van den Broek, Jansen, de Jong, Bakker, Visser, Smit, Meijer, de Boer, Mulder, van Dijk, IJzerman, Verhoeven, van 't Hof"
    ),
    _countries("NL BE SR"),
    weight=2,
)
SPANISH = NamePool(
    "es",
    Script.LATIN,
    _names(
        "María José, María del Carmen, María de los Ángeles, Inés, Begoña, Sofía, Lucía, Ángela, Verónica, Ximena, Guadalupe, Pilar, Nuria, Araceli, Mónica"
    ),
    _names(
        "José Luis, Íñigo, Ramón, Jesús, Andrés, Joaquín, Martín, Raúl, Óscar, Juan Carlos, Francisco Javier, Sebastián, Hernán, Julián"
    ),
    _families(
        "García, Fernández, Martínez, Rodríguez, López, Gómez, Núñez, Muñoz, Ibáñez, Peña, Sánchez, Hernández, Jiménez, Díaz, Pérez, Álvarez, Gutiérrez, Domínguez, Castañeda, Ordóñez, de la Fuente, Fernández de Córdoba, Ruiz de Alarcón, Sáenz de Santa María, Martínez de la Vega, Echeverría"
    ),
    _countries("ES MX AR CO CL PE EC UY PY BO CR PA GT HN SV DO CU"),
    weight=7,
    surnames=2,
)
PORTUGUESE = NamePool(
    "pt",
    Script.LATIN,
    _names(
        "Maria da Conceição, Ana Carolina, Inês, Fátima, Márcia, Vitória, Flávia, Lúcia, Beatriz, Luíza, Maria Eduarda, Conceição"
    ),
    _names(
        "João Pedro, António, Antônio, Gonçalo, Tomás, Sebastião, Luís, Simão, Fábio, Vinícius, José Carlos, Thiago"
    ),
    _families(
        "Gonçalves, Araújo, Magalhães, Simões, Brandão, Falcão, Guimarães, Sá, Mourão, Assunção, Paixão, Gusmão, Pereira, Ribeiro, dos Santos, da Silva, de Albuquerque, Figueiredo de Vasconcelos, Sampaio, Carvalho, Nascimento"
    ),
    _countries("PT BR AO MZ CV GW ST TL"),
    weight=4,
    surnames=2,
)
POLISH = NamePool(
    "pl",
    Script.LATIN,
    _names(
        "Małgorzata, Agnieszka, Zofia, Joanna, Bożena, Katarzyna, Urszula, Jadwiga, Żaneta, Grażyna"
    ),
    _names(
        "Łukasz, Paweł, Wojciech, Grzegorz, Jędrzej, Michał, Krzysztof, Przemysław, Zbigniew, Bartłomiej"
    ),
    _families(
        "Nowak, Wójcik, Kowalczyk, Woźniak, Mazur, Krawczyk, Zając, Król, Wróbel, Pietrzak, Wiśniewski>Wiśniewska, Dąbrowski>Dąbrowska, Szczepański>Szczepańska, Kamiński>Kamińska, Żółkiewski>Żółkiewska, Grzybowski>Grzybowska"
    ),
    _countries("PL"),
    weight=2,
)
CZECH = NamePool(
    "cs",
    Script.LATIN,
    _names("Jana, Kateřina, Lucie, Tereza, Zuzana, Markéta, Veronika, Ľudmila, Dagmar, Šárka"),
    _names("Jiří, Tomáš, Lukáš, Ondřej, Jan, Přemysl, Radek, Ľubomír, Vojtěch, Matěj"),
    _families(
        "Novák>Nováková, Dvořák>Dvořáková, Svoboda>Svobodová, Černý>Černá, Procházka>Procházková, Kučera>Kučerová, Veselý>Veselá, Horák>Horáková, Němec>Němcová, Růžička>Růžičková, Hájek>Hájková, Král>Králová, Šťastný>Šťastná"
    ),
    _countries("CZ SK"),
    weight=2,
)
NORDIC = NamePool(
    "nordic",
    Script.LATIN,
    _names("Åsa, Ingrid, Märta, Sigrún, Ragnhild, Kirsi, Päivi, Sølvi, Þórdís, Guðrún, Liv, Signe"),
    _names("Björn, Søren, Jørgen, Åke, Ólafur, Jóhann, Mikael, Jukka, Ørjan, Ásgeir, Mads, Tuomas"),
    _families(
        "Andersson, Johansson, Bäckström, Sørensen, Østergaard, Håkansson, Ström, Nyström, Guðmundsson>Guðmundsdóttir, Jónsson>Jónsdóttir, Virtanen, Mäkinen, Hämäläinen, Järvinen, Lindqvist, Åberg, Kjærgaard, Løvaas, Brænne"
    ),
    _countries("SE NO DK FI IS"),
    weight=2,
)
TURKISH = NamePool(
    "tr",
    Script.LATIN,
    _names("Ayşe, Gülşen, Şule, Özlem, Büşra, Çiğdem, Elif, Zeynep, İpek, Derya, Gökçe"),
    _names("Mehmet, Mustafa, Ömer, Çağlar, Uğur, İsmail, Barış, Oğuz, Doğan, Gökhan, Ilgaz"),
    _families(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek"
    ),
    _countries("TR"),
    weight=2,
)
ROMANIAN = NamePool(
    "ro",
    Script.LATIN,
    _names("Ioana, Mădălina, Ștefania, Andreea, Elena, Alexandra, Cătălina, Bianca, Raluca, Irina"),
    _names("Ștefan, Andrei, Mihai, Răzvan, Bogdan, Ionuț, Cătălin, Tudor, Florin, Sorin"),
    _families(
        "Popescu, Ionescu, Dumitrescu, Stănescu, Constantinescu, Rădulescu, Munteanu, Țurcanu, Căpraru, Lăzărescu, Moldovan, Stoica, Vasilescu, Gheorghiu, Neagu"
    ),
    _countries("RO MD"),
    weight=2,
)
# Vietnamese is Latin script with stacked diacritics; "given" holds the middle and given name.
VIETNAMESE = NamePool(
    "vi",
    Script.LATIN,
    _names(
        "Thị Hương, Thị Thủy, Ngọc Ánh, Thu Hằng, Minh Thư, Thị Lụa, Phương Thảo, Hồng Nhung, Thanh Huyền, Bảo Ngọc"
    ),
    _names(
        "Văn Đức, Minh Tuấn, Quốc Huy, Đức Thắng, Văn Hùng, Hoàng Long, Tiến Dũng, Quang Khải, Hữu Phước, Thành Trung"
    ),
    _families(
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý"
    ),
    _countries("VN"),
    weight=2,
    family_first=True,
)
ARABIC = NamePool(
    "ar",
    Script.ARABIC,
    _names(
        "فاطمة/Fatima, مريم/Maryam, نور/Nour, ليلى/Layla, سارة/Sara, هدى/Huda, رانيا/Rania, ياسمين/Yasmine, أمل/Amal, زينب/Zainab, سلمى/Salma, دينا/Dina"
    ),
    _names(
        "محمد/Mohamed, أحمد/Ahmed, علي/Ali, عمر/Omar, يوسف/Youssef, خالد/Khaled, حسن/Hassan, إبراهيم/Ibrahim, طارق/Tarek, كريم/Karim, عبد الله/Abdullah, عبد الرحمن/Abdelrahman, سامي/Sami"
    ),
    _families(
        "العلي/Al-Ali, الحسيني/Al-Husseini, المنصوري/Al-Mansouri, حداد/Haddad, خوري/Khoury, منصور/Mansour, السيد/El-Sayed, عبد الحميد/Abdelhamid, التميمي/Al-Tamimi, الزهراني/Al-Zahrani, الفاسي/El Fassi, القحطاني/Al-Qahtani, نصار/Nassar, عيسى/Issa, سليمان/Suleiman, الراشد/Al-Rashid, بن يوسف/Ben Youssef, الخطيب/Al-Khatib, بوزيد/Bouzid, الأنصاري/Al-Ansari"
    ),
    _countries("EG MA DZ TN JO LB SA AE QA OM KW BH IQ SD LY PS YE MR"),
    weight=8,
)
# Persian in Arabic script; "علی‌رضا" keeps its zero-width non-joiner, as Persian writes it.
PERSIAN = NamePool(
    "fa",
    Script.ARABIC,
    _names(
        "مریم/Maryam, زهرا/Zahra, نگار/Negar, پریسا/Parisa, شیرین/Shirin, فرشته/Fereshteh, گلناز/Golnaz, ژاله/Zhaleh, سپیده/Sepideh"
    ),
    _names(
        "علی/Ali, رضا/Reza, مهدی/Mehdi, امیر/Amir, پویا/Pouya, بهروز/Behrouz, کاوه/Kaveh, فرهاد/Farhad, علی\u200cرضا/Alireza, آرش/Arash"
    ),
    _families(
        "محمدی/Mohammadi, حسینی/Hosseini, رضایی/Rezaei, احمدی/Ahmadi, کریمی/Karimi, موسوی/Mousavi, جعفری/Jafari, صادقی/Sadeghi, قاسمی/Ghasemi, نوروزی/Nowrouzi, پورمحمدی/Pourmohammadi, شیرازی/Shirazi, تهرانی/Tehrani"
    ),
    _countries("IR AF"),
    weight=2,
)
CHINESE = NamePool(
    "zh",
    Script.HAN,
    _names(
        "芳/Fang, 秀英/Xiuying, 静/Jing, 丽/Li, 艳/Yan, 娟/Juan, 霞/Xia, 桂英/Guiying, 思雨/Siyu, 雨桐/Yutong, 婷婷/Tingting, 欣怡/Xinyi"
    ),
    _names(
        "伟/Wei, 强/Qiang, 磊/Lei, 军/Jun, 洋/Yang, 勇/Yong, 杰/Jie, 涛/Tao, 明/Ming, 超/Chao, 浩然/Haoran, 子轩/Zixuan, 晓东/Xiaodong, 建国/Jianguo"
    ),
    _families(
        "王/Wang, 李/Li, 张/Zhang, 刘/Liu, 陈/Chen, 杨/Yang, 黄/Huang, 赵/Zhao, 吴/Wu, 周/Zhou, 徐/Xu, 孙/Sun, 马/Ma, 朱/Zhu, 胡/Hu, 郭/Guo, 何/He, 高/Gao, 林/Lin, 罗/Luo, 郑/Zheng, 梁/Liang, 欧阳/Ouyang, 司马/Sima, 诸葛/Zhuge"
    ),
    _countries("CN SG"),
    weight=5,
    family_first=True,
    joiner="",
)
JAPANESE = NamePool(
    "ja",
    Script.JAPANESE,
    _names(
        "花子/Hanako, 陽菜/Hina, 結衣/Yui, さくら/Sakura, 美咲/Misaki, 由美子/Yumiko, 恵子/Keiko, ひなた/Hinata, 真由美/Mayumi, あおい/Aoi, 千尋/Chihiro, みどり/Midori, カオリ/Kaori"
    ),
    _names(
        "翔太/Shota, 大輔/Daisuke, 健太/Kenta, 拓也/Takuya, 直樹/Naoki, 悠斗/Yuto, 蓮/Ren, 浩二/Koji, 誠/Makoto, 和也/Kazuya, 大和/Yamato, 隆/Takashi, ケン/Ken"
    ),
    _families(
        "佐藤/Sato, 鈴木/Suzuki, 高橋/Takahashi, 田中/Tanaka, 渡辺/Watanabe, 伊藤/Ito, 山本/Yamamoto, 中村/Nakamura, 小林/Kobayashi, 加藤/Kato, 吉田/Yoshida, 山田/Yamada, 佐々木/Sasaki, 松本/Matsumoto, 井上/Inoue, 木村/Kimura, 長谷川/Hasegawa, 齋藤/Saito"
    ),
    _countries("JP"),
    weight=3,
    family_first=True,
)
KOREAN = NamePool(
    "ko",
    Script.HANGUL,
    _names(
        "서연/Seoyeon, 지우/Jiwoo, 하은/Haeun, 수빈/Subin, 지민/Jimin, 예은/Yeeun, 영희/Younghee, 은지/Eunji, 지영/Jiyoung, 민지/Minji"
    ),
    _names(
        "민준/Minjun, 도윤/Doyun, 서준/Seojun, 현우/Hyunwoo, 철수/Cheolsu, 성민/Sungmin, 준호/Junho, 동현/Donghyun, 재원/Jaewon, 상우/Sangwoo"
    ),
    _families(
        "김/Kim, 이/Lee, 박/Park, 최/Choi, 정/Jung, 강/Kang, 조/Cho, 윤/Yoon, 장/Jang, 임/Lim, 한/Han, 오/Oh, 서/Seo, 신/Shin, 권/Kwon, 황/Hwang, 남궁/Namgung, 선우/Sunwoo"
    ),
    _countries("KR"),
    weight=3,
    family_first=True,
    joiner="",
)
RUSSIAN = NamePool(
    "ru",
    Script.CYRILLIC,
    _names(
        "Анна/Anna, Мария/Mariya, Елена/Elena, Ольга/Olga, Наталья/Natalya, Татьяна/Tatyana, Юлия/Yuliya, Ксения/Kseniya, Дарья/Darya, Екатерина/Ekaterina, Светлана/Svetlana"
    ),
    _names(
        "Александр/Aleksandr, Дмитрий/Dmitriy, Сергей/Sergey, Андрей/Andrey, Алексей/Aleksey, Михаил/Mikhail, Иван/Ivan, Николай/Nikolay, Юрий/Yuriy, Павел/Pavel, Фёдор/Fedor"
    ),
    _families(
        "Иванов/Ivanov>Иванова/Ivanova, Смирнов/Smirnov>Смирнова/Smirnova, Кузнецов/Kuznetsov>Кузнецова/Kuznetsova, Попов/Popov>Попова/Popova, Васильев/Vasilyev>Васильева/Vasilyeva, Петров/Petrov>Петрова/Petrova, Соколов/Sokolov>Соколова/Sokolova, Михайлов/Mikhaylov>Михайлова/Mikhaylova, Новиков/Novikov>Новикова/Novikova, Фёдоров/Fedorov>Фёдорова/Fedorova, Морозов/Morozov>Морозова/Morozova, Волков/Volkov>Волкова/Volkova, Лебедев/Lebedev>Лебедева/Lebedeva, Козлов/Kozlov>Козлова/Kozlova, Егоров/Egorov>Егорова/Egorova, Белых/Belykh, Орлов/Orlov>Орлова/Orlova"
    ),
    _countries("RU BY KZ KG TJ"),
    weight=4,
)
UKRAINIAN = NamePool(
    "uk",
    Script.CYRILLIC,
    _names(
        "Оксана/Oksana, Ірина/Iryna, Олена/Olena, Наталія/Nataliia, Юлія/Yuliia, Катерина/Kateryna, Галина/Halyna, Софія/Sofiia, Євгенія/Yevheniia, Ганна/Hanna"
    ),
    _names(
        "Олександр/Oleksandr, Андрій/Andrii, Тарас/Taras, Богдан/Bohdan, Сергій/Serhii, Юрій/Yurii, Віталій/Vitalii, Дмитро/Dmytro, Євген/Yevhen, Ігор/Ihor"
    ),
    _families(
        "Коваленко/Kovalenko, Бондаренко/Bondarenko, Ткаченко/Tkachenko, Кравченко/Kravchenko, Олійник/Oliinyk, Мельник/Melnyk, Ковальчук/Kovalchuk, Поліщук/Polishchuk, Лисенко/Lysenko, Савчук/Savchuk, Гнатюк/Hnatiuk, Ярошенко/Yaroshenko, Ґудзь/Gudz, Їжакевич/Yizhakevych"
    ),
    _countries("UA"),
    weight=2,
)
# Serbian Cyrillic; the Latin form is Serbian's own Latin alphabet, diacritics included.
SERBIAN = NamePool(
    "sr",
    Script.CYRILLIC,
    _names(
        "Јелена/Jelena, Милица/Milica, Ана/Ana, Драгана/Dragana, Јована/Jovana, Снежана/Snežana, Љиљана/Ljiljana"
    ),
    _names(
        "Милош/Miloš, Никола/Nikola, Стефан/Stefan, Душан/Dušan, Марко/Marko, Ђорђе/Đorđe, Небојша/Nebojša"
    ),
    _families(
        "Јовановић/Jovanović, Петровић/Petrović, Николић/Nikolić, Марковић/Marković, Ђорђевић/Đorđević, Стојановић/Stojanović, Илић/Ilić, Павловић/Pavlović, Томић/Tomić, Ковачевић/Kovačević, Лукић/Lukić, Савић/Savić, Живковић/Živković, Чолић/Čolić"
    ),
    _countries("RS BA"),
    weight=2,
)
GREEK = NamePool(
    "el",
    Script.GREEK,
    _names(
        "Μαρία/Maria, Ελένη/Eleni, Αικατερίνη/Aikaterini, Βασιλική/Vasiliki, Σοφία/Sofia, Γεωργία/Georgia, Δήμητρα/Dimitra, Χριστίνα/Christina"
    ),
    _names(
        "Γεώργιος/Georgios, Ιωάννης/Ioannis, Κωνσταντίνος/Konstantinos, Δημήτριος/Dimitrios, Νικόλαος/Nikolaos, Παναγιώτης/Panagiotis, Χρήστος/Christos, Αθανάσιος/Athanasios"
    ),
    _families(
        "Παπαδάκης/Papadakis>Παπαδάκη/Papadaki, Γεωργίου/Georgiou, Οικονόμου/Oikonomou, Νικολάου/Nikolaou, Βασιλείου/Vasileiou, Καραγιάννης/Karagiannis>Καραγιάννη/Karagianni, Αθανασίου/Athanasiou, Παππάς/Pappas>Παππά/Pappa, Μαυρίδης/Mavridis>Μαυρίδου/Mavridou, Αλεξίου/Alexiou, Κωνσταντινίδης/Konstantinidis>Κωνσταντινίδου/Konstantinidou, Μακρής/Makris>Μακρή/Makri, Ζαχαρίου/Zachariou"
    ),
    _countries("GR CY"),
    weight=2,
)
HINDI = NamePool(
    "hi",
    Script.DEVANAGARI,
    _names(
        "प्रिया/Priya, अनीता/Anita, सुनीता/Sunita, पूजा/Pooja, नेहा/Neha, कविता/Kavita, दीपिका/Deepika, आरती/Aarti, श्रेया/Shreya, लक्ष्मी/Lakshmi, ऐश्वर्या/Aishwarya"
    ),
    _names(
        "राहुल/Rahul, अमित/Amit, विजय/Vijay, सुरेश/Suresh, राजेश/Rajesh, अर्जुन/Arjun, संजय/Sanjay, विक्रम/Vikram, आदित्य/Aditya, रोहित/Rohit, क्षितिज/Kshitij"
    ),
    _families(
        "शर्मा/Sharma, वर्मा/Verma, गुप्ता/Gupta, सिंह/Singh, कुमार/Kumar, मिश्रा/Mishra, पटेल/Patel, जोशी/Joshi, अग्रवाल/Agarwal, त्रिपाठी/Tripathi, श्रीवास्तव/Srivastava, चौधरी/Chaudhary, द्विवेदी/Dwivedi, त्रिवेदी/Trivedi"
    ),
    _countries("IN"),
    weight=4,
)
NEPALI = NamePool(
    "ne",
    Script.DEVANAGARI,
    _names(
        "सीता/Sita, गीता/Gita, सरस्वती/Saraswati, कमला/Kamala, मञ्जु/Manju, सुष्मिता/Sushmita, बिना/Bina"
    ),
    _names("राम/Ram, हरि/Hari, कृष्ण/Krishna, बिकास/Bikas, सुदीप/Sudeep, प्रकाश/Prakash, रमेश/Ramesh"),
    _families(
        "श्रेष्ठ/Shrestha, अधिकारी/Adhikari, थापा/Thapa, गुरुङ/Gurung, तामाङ/Tamang, पौडेल/Poudel, खड्का/Khadka, भट्टराई/Bhattarai, ढकाल/Dhakal, क्षेत्री/Chhetri"
    ),
    _countries("NP"),
    weight=2,
)
# Ethiopians carry a given name and their father's given name; the latter serves as family name.
AMHARIC = NamePool(
    "am",
    Script.ETHIOPIC,
    _names(
        "ሄለን/Helen, ትዕግስት/Tigist, መሰረት/Meseret, ብርቱካን/Birtukan, ሰላም/Selam, ፍሬሕይወት/Frehiwot, ሜሮን/Meron, ቤተልሔም/Betelhem, ሕይወት/Hiwot, ማህሌት/Mahlet"
    ),
    _names(
        "ዳዊት/Dawit, ዮሐንስ/Yohannes, ተስፋዬ/Tesfaye, ሰለሞን/Solomon, አበበ/Abebe, ብርሃኑ/Birhanu, ግርማ/Girma, ኤርሚያስ/Ermias, ሙሉጌታ/Mulugeta, ያሬድ/Yared, ናትናኤል/Natnael"
    ),
    _families(
        "ከበደ/Kebede, ታደሰ/Tadesse, ኃይሌ/Haile, ገብረመድኅን/Gebremedhin, ወልደማርያም/Woldemariam, በቀለ/Bekele, አለሙ/Alemu, ደምሴ/Demissie, ጌታቸው/Getachew, መኮንን/Mekonnen, አሰፋ/Assefa, ተፈራ/Tefera, ወርቁ/Worku"
    ),
    _countries("ET"),
    weight=2,
)
THAI = NamePool(
    "th",
    Script.THAI,
    _names(
        "สมศรี/Somsri, นภัสสร/Napatsorn, กาญจนา/Kanchana, ศิริพร/Siriporn, พิมพ์ชนก/Pimchanok, อรอุมา/Onuma, ปิยะนุช/Piyanuch, วราภรณ์/Waraporn, สุดารัตน์/Sudarat, มาลี/Malee"
    ),
    _names(
        "สมชาย/Somchai, ธนพล/Thanaphon, วีระพงษ์/Weeraphong, ชัยวัฒน์/Chaiwat, สุรชัย/Surachai, อนุชา/Anucha, ณัฐวุฒิ/Nattawut, กิตติพงษ์/Kittipong, ประเสริฐ/Prasert, วิชัย/Wichai"
    ),
    _families(
        "ศรีสุข/Srisuk, วงศ์สวัสดิ์/Wongsawat, แก้วมณี/Kaewmanee, สุวรรณรัตน์/Suwannarat, ทองดี/Thongdee, บุญมา/Boonma, จันทร์เพ็ญ/Chanpen, รัตนพันธ์/Rattanaphan, เจริญผล/Charoenphon, พรหมวงศ์/Phromwong, ไชยวงศ์วิวัฒน์/Chaiwongwiwat, ศักดิ์ดี/Sakdee, มีสุข/Meesuk, อินทรสุวรรณ/Intarasuwan"
    ),
    _countries("TH"),
    weight=2,
)
HEBREW = NamePool(
    "he",
    Script.HEBREW,
    _names(
        "נועה/Noa, מאיה/Maya, תמר/Tamar, שירה/Shira, יעל/Yael, מיכל/Michal, רחל/Rachel, אורית/Orit, הדס/Hadas, אביגיל/Avigail"
    ),
    _names(
        "יוסף/Yosef, דוד/David, משה/Moshe, יונתן/Yonatan, איתי/Itai, אורי/Uri, עומר/Omer, דניאל/Daniel, אליעזר/Eliezer, נדב/Nadav"
    ),
    _families(
        "כהן/Cohen, לוי/Levi, מזרחי/Mizrahi, פרץ/Peretz, ביטון/Biton, דהן/Dahan, אברהם/Avraham, פרידמן/Friedman, שפירא/Shapira, אזולאי/Azoulay, גולדברג/Goldberg, רוזנברג/Rosenberg, בן דוד/Ben David, קליין/Klein, אשכנזי/Ashkenazi"
    ),
    _countries("IL"),
    weight=2,
)

POOLS: tuple[NamePool, ...] = (
    ENGLISH,
    AFRICA_ENGLISH,
    FRENCH,
    GERMAN,
    ITALIAN,
    DUTCH,
    SPANISH,
    PORTUGUESE,
    POLISH,
    CZECH,
    NORDIC,
    TURKISH,
    ROMANIAN,
    VIETNAMESE,
    ARABIC,
    PERSIAN,
    CHINESE,
    JAPANESE,
    KOREAN,
    RUSSIAN,
    UKRAINIAN,
    SERBIAN,
    GREEK,
    HINDI,
    NEPALI,
    AMHARIC,
    THAI,
    HEBREW,
)
