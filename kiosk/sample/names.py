"""Name pools for synthetic sample participants: common given and family names, in many scripts.

Everything here is sample data. A person is a random combination of a common given name and a
common family name, so nobody in the sample is a real person. Each pool carries the names in their
own script with the Latin transliteration a passport would show, and the countries where the pool is
plausible. Latin-script pools are in names_latin.py; the notation is explained in name_pools.py.
"""

from __future__ import annotations

from kiosk.sample.name_pools import (
    FamilyName,
    Name,
    NamePool,
    Script,
    parse_countries,
    parse_families,
    parse_names,
)
from kiosk.sample.names_latin import (
    AFRICA_ENGLISH,
    CZECH,
    DUTCH,
    ENGLISH,
    FRENCH,
    GERMAN,
    ITALIAN,
    NORDIC,
    POLISH,
    PORTUGUESE,
    ROMANIAN,
    SPANISH,
    TURKISH,
    VIETNAMESE,
)

__all__ = ["POOLS", "FamilyName", "Name", "NamePool", "Script"]

ARABIC = NamePool(
    "ar",
    Script.ARABIC,
    parse_names(
        "فاطمة/Fatima, مريم/Maryam, نور/Nour, ليلى/Layla, سارة/Sara, هدى/Huda, رانيا/Rania, ياسمين/Yasmine, أمل/Amal, زينب/Zainab, سلمى/Salma, دينا/Dina"
    ),
    parse_names(
        "محمد/Mohamed, أحمد/Ahmed, علي/Ali, عمر/Omar, يوسف/Youssef, خالد/Khaled, حسن/Hassan, إبراهيم/Ibrahim, طارق/Tarek, كريم/Karim, عبد الله/Abdullah, عبد الرحمن/Abdelrahman, سامي/Sami"
    ),
    parse_families(
        "العلي/Al-Ali, الحسيني/Al-Husseini, المنصوري/Al-Mansouri, حداد/Haddad, خوري/Khoury, منصور/Mansour, السيد/El-Sayed, عبد الحميد/Abdelhamid, التميمي/Al-Tamimi, الزهراني/Al-Zahrani, الفاسي/El Fassi, القحطاني/Al-Qahtani, نصار/Nassar, عيسى/Issa, سليمان/Suleiman, الراشد/Al-Rashid, بن يوسف/Ben Youssef, الخطيب/Al-Khatib, بوزيد/Bouzid, الأنصاري/Al-Ansari"
    ),
    parse_countries("EG MA DZ TN JO LB SA AE QA OM KW BH IQ SD LY PS YE MR"),
    weight=8,
)
# Persian in Arabic script; "علی‌رضا" keeps its zero-width non-joiner, as Persian writes it.
PERSIAN = NamePool(
    "fa",
    Script.ARABIC,
    parse_names(
        "مریم/Maryam, زهرا/Zahra, نگار/Negar, پریسا/Parisa, شیرین/Shirin, فرشته/Fereshteh, گلناز/Golnaz, ژاله/Zhaleh, سپیده/Sepideh"
    ),
    parse_names(
        "علی/Ali, رضا/Reza, مهدی/Mehdi, امیر/Amir, پویا/Pouya, بهروز/Behrouz, کاوه/Kaveh, فرهاد/Farhad, علی\u200cرضا/Alireza, آرش/Arash"
    ),
    parse_families(
        "محمدی/Mohammadi, حسینی/Hosseini, رضایی/Rezaei, احمدی/Ahmadi, کریمی/Karimi, موسوی/Mousavi, جعفری/Jafari, صادقی/Sadeghi, قاسمی/Ghasemi, نوروزی/Nowrouzi, پورمحمدی/Pourmohammadi, شیرازی/Shirazi, تهرانی/Tehrani"
    ),
    parse_countries("IR AF"),
    weight=2,
)
CHINESE = NamePool(
    "zh",
    Script.HAN,
    parse_names(
        "芳/Fang, 秀英/Xiuying, 静/Jing, 丽/Li, 艳/Yan, 娟/Juan, 霞/Xia, 桂英/Guiying, 思雨/Siyu, 雨桐/Yutong, 婷婷/Tingting, 欣怡/Xinyi"
    ),
    parse_names(
        "伟/Wei, 强/Qiang, 磊/Lei, 军/Jun, 洋/Yang, 勇/Yong, 杰/Jie, 涛/Tao, 明/Ming, 超/Chao, 浩然/Haoran, 子轩/Zixuan, 晓东/Xiaodong, 建国/Jianguo"
    ),
    parse_families(
        "王/Wang, 李/Li, 张/Zhang, 刘/Liu, 陈/Chen, 杨/Yang, 黄/Huang, 赵/Zhao, 吴/Wu, 周/Zhou, 徐/Xu, 孙/Sun, 马/Ma, 朱/Zhu, 胡/Hu, 郭/Guo, 何/He, 高/Gao, 林/Lin, 罗/Luo, 郑/Zheng, 梁/Liang, 欧阳/Ouyang, 司马/Sima, 诸葛/Zhuge"
    ),
    parse_countries("CN SG"),
    weight=5,
    family_first=True,
    joiner="",
)
JAPANESE = NamePool(
    "ja",
    Script.JAPANESE,
    parse_names(
        "花子/Hanako, 陽菜/Hina, 結衣/Yui, さくら/Sakura, 美咲/Misaki, 由美子/Yumiko, 恵子/Keiko, ひなた/Hinata, 真由美/Mayumi, あおい/Aoi, 千尋/Chihiro, みどり/Midori, カオリ/Kaori"
    ),
    parse_names(
        "翔太/Shota, 大輔/Daisuke, 健太/Kenta, 拓也/Takuya, 直樹/Naoki, 悠斗/Yuto, 蓮/Ren, 浩二/Koji, 誠/Makoto, 和也/Kazuya, 大和/Yamato, 隆/Takashi, ケン/Ken"
    ),
    parse_families(
        "佐藤/Sato, 鈴木/Suzuki, 高橋/Takahashi, 田中/Tanaka, 渡辺/Watanabe, 伊藤/Ito, 山本/Yamamoto, 中村/Nakamura, 小林/Kobayashi, 加藤/Kato, 吉田/Yoshida, 山田/Yamada, 佐々木/Sasaki, 松本/Matsumoto, 井上/Inoue, 木村/Kimura, 長谷川/Hasegawa, 齋藤/Saito"
    ),
    parse_countries("JP"),
    weight=3,
    family_first=True,
)
KOREAN = NamePool(
    "ko",
    Script.HANGUL,
    parse_names(
        "서연/Seoyeon, 지우/Jiwoo, 하은/Haeun, 수빈/Subin, 지민/Jimin, 예은/Yeeun, 영희/Younghee, 은지/Eunji, 지영/Jiyoung, 민지/Minji"
    ),
    parse_names(
        "민준/Minjun, 도윤/Doyun, 서준/Seojun, 현우/Hyunwoo, 철수/Cheolsu, 성민/Sungmin, 준호/Junho, 동현/Donghyun, 재원/Jaewon, 상우/Sangwoo"
    ),
    parse_families(
        "김/Kim, 이/Lee, 박/Park, 최/Choi, 정/Jung, 강/Kang, 조/Cho, 윤/Yoon, 장/Jang, 임/Lim, 한/Han, 오/Oh, 서/Seo, 신/Shin, 권/Kwon, 황/Hwang, 남궁/Namgung, 선우/Sunwoo"
    ),
    parse_countries("KR"),
    weight=3,
    family_first=True,
    joiner="",
)
RUSSIAN = NamePool(
    "ru",
    Script.CYRILLIC,
    parse_names(
        "Анна/Anna, Мария/Mariya, Елена/Elena, Ольга/Olga, Наталья/Natalya, Татьяна/Tatyana, Юлия/Yuliya, Ксения/Kseniya, Дарья/Darya, Екатерина/Ekaterina, Светлана/Svetlana"
    ),
    parse_names(
        "Александр/Aleksandr, Дмитрий/Dmitriy, Сергей/Sergey, Андрей/Andrey, Алексей/Aleksey, Михаил/Mikhail, Иван/Ivan, Николай/Nikolay, Юрий/Yuriy, Павел/Pavel, Фёдор/Fedor"
    ),
    parse_families(
        "Иванов/Ivanov>Иванова/Ivanova, Смирнов/Smirnov>Смирнова/Smirnova, Кузнецов/Kuznetsov>Кузнецова/Kuznetsova, Попов/Popov>Попова/Popova, Васильев/Vasilyev>Васильева/Vasilyeva, Петров/Petrov>Петрова/Petrova, Соколов/Sokolov>Соколова/Sokolova, Михайлов/Mikhaylov>Михайлова/Mikhaylova, Новиков/Novikov>Новикова/Novikova, Фёдоров/Fedorov>Фёдорова/Fedorova, Морозов/Morozov>Морозова/Morozova, Волков/Volkov>Волкова/Volkova, Лебедев/Lebedev>Лебедева/Lebedeva, Козлов/Kozlov>Козлова/Kozlova, Егоров/Egorov>Егорова/Egorova, Белых/Belykh, Орлов/Orlov>Орлова/Orlova"
    ),
    parse_countries("RU BY KZ KG TJ"),
    weight=4,
)
UKRAINIAN = NamePool(
    "uk",
    Script.CYRILLIC,
    parse_names(
        "Оксана/Oksana, Ірина/Iryna, Олена/Olena, Наталія/Nataliia, Юлія/Yuliia, Катерина/Kateryna, Галина/Halyna, Софія/Sofiia, Євгенія/Yevheniia, Ганна/Hanna"
    ),
    parse_names(
        "Олександр/Oleksandr, Андрій/Andrii, Тарас/Taras, Богдан/Bohdan, Сергій/Serhii, Юрій/Yurii, Віталій/Vitalii, Дмитро/Dmytro, Євген/Yevhen, Ігор/Ihor"
    ),
    parse_families(
        "Коваленко/Kovalenko, Бондаренко/Bondarenko, Ткаченко/Tkachenko, Кравченко/Kravchenko, Олійник/Oliinyk, Мельник/Melnyk, Ковальчук/Kovalchuk, Поліщук/Polishchuk, Лисенко/Lysenko, Савчук/Savchuk, Гнатюк/Hnatiuk, Ярошенко/Yaroshenko, Ґудзь/Gudz, Їжакевич/Yizhakevych"
    ),
    parse_countries("UA"),
    weight=2,
)
# Serbian Cyrillic; the Latin form is Serbian's own Latin alphabet, diacritics included.
SERBIAN = NamePool(
    "sr",
    Script.CYRILLIC,
    parse_names(
        "Јелена/Jelena, Милица/Milica, Ана/Ana, Драгана/Dragana, Јована/Jovana, Снежана/Snežana, Љиљана/Ljiljana"
    ),
    parse_names(
        "Милош/Miloš, Никола/Nikola, Стефан/Stefan, Душан/Dušan, Марко/Marko, Ђорђе/Đorđe, Небојша/Nebojša"
    ),
    parse_families(
        "Јовановић/Jovanović, Петровић/Petrović, Николић/Nikolić, Марковић/Marković, Ђорђевић/Đorđević, Стојановић/Stojanović, Илић/Ilić, Павловић/Pavlović, Томић/Tomić, Ковачевић/Kovačević, Лукић/Lukić, Савић/Savić, Живковић/Živković, Чолић/Čolić"
    ),
    parse_countries("RS BA"),
    weight=2,
)
GREEK = NamePool(
    "el",
    Script.GREEK,
    parse_names(
        "Μαρία/Maria, Ελένη/Eleni, Αικατερίνη/Aikaterini, Βασιλική/Vasiliki, Σοφία/Sofia, Γεωργία/Georgia, Δήμητρα/Dimitra, Χριστίνα/Christina"
    ),
    parse_names(
        "Γεώργιος/Georgios, Ιωάννης/Ioannis, Κωνσταντίνος/Konstantinos, Δημήτριος/Dimitrios, Νικόλαος/Nikolaos, Παναγιώτης/Panagiotis, Χρήστος/Christos, Αθανάσιος/Athanasios"
    ),
    parse_families(
        "Παπαδάκης/Papadakis>Παπαδάκη/Papadaki, Γεωργίου/Georgiou, Οικονόμου/Oikonomou, Νικολάου/Nikolaou, Βασιλείου/Vasileiou, Καραγιάννης/Karagiannis>Καραγιάννη/Karagianni, Αθανασίου/Athanasiou, Παππάς/Pappas>Παππά/Pappa, Μαυρίδης/Mavridis>Μαυρίδου/Mavridou, Αλεξίου/Alexiou, Κωνσταντινίδης/Konstantinidis>Κωνσταντινίδου/Konstantinidou, Μακρής/Makris>Μακρή/Makri, Ζαχαρίου/Zachariou"
    ),
    parse_countries("GR CY"),
    weight=2,
)
HINDI = NamePool(
    "hi",
    Script.DEVANAGARI,
    parse_names(
        "प्रिया/Priya, अनीता/Anita, सुनीता/Sunita, पूजा/Pooja, नेहा/Neha, कविता/Kavita, दीपिका/Deepika, आरती/Aarti, श्रेया/Shreya, लक्ष्मी/Lakshmi, ऐश्वर्या/Aishwarya"
    ),
    parse_names(
        "राहुल/Rahul, अमित/Amit, विजय/Vijay, सुरेश/Suresh, राजेश/Rajesh, अर्जुन/Arjun, संजय/Sanjay, विक्रम/Vikram, आदित्य/Aditya, रोहित/Rohit, क्षितिज/Kshitij"
    ),
    parse_families(
        "शर्मा/Sharma, वर्मा/Verma, गुप्ता/Gupta, सिंह/Singh, कुमार/Kumar, मिश्रा/Mishra, पटेल/Patel, जोशी/Joshi, अग्रवाल/Agarwal, त्रिपाठी/Tripathi, श्रीवास्तव/Srivastava, चौधरी/Chaudhary, द्विवेदी/Dwivedi, त्रिवेदी/Trivedi"
    ),
    parse_countries("IN"),
    weight=4,
)
NEPALI = NamePool(
    "ne",
    Script.DEVANAGARI,
    parse_names(
        "सीता/Sita, गीता/Gita, सरस्वती/Saraswati, कमला/Kamala, मञ्जु/Manju, सुष्मिता/Sushmita, बिना/Bina"
    ),
    parse_names(
        "राम/Ram, हरि/Hari, कृष्ण/Krishna, बिकास/Bikas, सुदीप/Sudeep, प्रकाश/Prakash, रमेश/Ramesh"
    ),
    parse_families(
        "श्रेष्ठ/Shrestha, अधिकारी/Adhikari, थापा/Thapa, गुरुङ/Gurung, तामाङ/Tamang, पौडेल/Poudel, खड्का/Khadka, भट्टराई/Bhattarai, ढकाल/Dhakal, क्षेत्री/Chhetri"
    ),
    parse_countries("NP"),
    weight=2,
)
# Ethiopians carry a given name and their father's given name; the latter serves as family name.
AMHARIC = NamePool(
    "am",
    Script.ETHIOPIC,
    parse_names(
        "ሄለን/Helen, ትዕግስት/Tigist, መሰረት/Meseret, ብርቱካን/Birtukan, ሰላም/Selam, ፍሬሕይወት/Frehiwot, ሜሮን/Meron, ቤተልሔም/Betelhem, ሕይወት/Hiwot, ማህሌት/Mahlet"
    ),
    parse_names(
        "ዳዊት/Dawit, ዮሐንስ/Yohannes, ተስፋዬ/Tesfaye, ሰለሞን/Solomon, አበበ/Abebe, ብርሃኑ/Birhanu, ግርማ/Girma, ኤርሚያስ/Ermias, ሙሉጌታ/Mulugeta, ያሬድ/Yared, ናትናኤል/Natnael"
    ),
    parse_families(
        "ከበደ/Kebede, ታደሰ/Tadesse, ኃይሌ/Haile, ገብረመድኅን/Gebremedhin, ወልደማርያም/Woldemariam, በቀለ/Bekele, አለሙ/Alemu, ደምሴ/Demissie, ጌታቸው/Getachew, መኮንን/Mekonnen, አሰፋ/Assefa, ተፈራ/Tefera, ወርቁ/Worku"
    ),
    parse_countries("ET"),
    weight=2,
)
THAI = NamePool(
    "th",
    Script.THAI,
    parse_names(
        "สมศรี/Somsri, นภัสสร/Napatsorn, กาญจนา/Kanchana, ศิริพร/Siriporn, พิมพ์ชนก/Pimchanok, อรอุมา/Onuma, ปิยะนุช/Piyanuch, วราภรณ์/Waraporn, สุดารัตน์/Sudarat, มาลี/Malee"
    ),
    parse_names(
        "สมชาย/Somchai, ธนพล/Thanaphon, วีระพงษ์/Weeraphong, ชัยวัฒน์/Chaiwat, สุรชัย/Surachai, อนุชา/Anucha, ณัฐวุฒิ/Nattawut, กิตติพงษ์/Kittipong, ประเสริฐ/Prasert, วิชัย/Wichai"
    ),
    parse_families(
        "ศรีสุข/Srisuk, วงศ์สวัสดิ์/Wongsawat, แก้วมณี/Kaewmanee, สุวรรณรัตน์/Suwannarat, ทองดี/Thongdee, บุญมา/Boonma, จันทร์เพ็ญ/Chanpen, รัตนพันธ์/Rattanaphan, เจริญผล/Charoenphon, พรหมวงศ์/Phromwong, ไชยวงศ์วิวัฒน์/Chaiwongwiwat, ศักดิ์ดี/Sakdee, มีสุข/Meesuk, อินทรสุวรรณ/Intarasuwan"
    ),
    parse_countries("TH"),
    weight=2,
)
HEBREW = NamePool(
    "he",
    Script.HEBREW,
    parse_names(
        "נועה/Noa, מאיה/Maya, תמר/Tamar, שירה/Shira, יעל/Yael, מיכל/Michal, רחל/Rachel, אורית/Orit, הדס/Hadas, אביגיל/Avigail"
    ),
    parse_names(
        "יוסף/Yosef, דוד/David, משה/Moshe, יונתן/Yonatan, איתי/Itai, אורי/Uri, עומר/Omer, דניאל/Daniel, אליעזר/Eliezer, נדב/Nadav"
    ),
    parse_families(
        "כהן/Cohen, לוי/Levi, מזרחי/Mizrahi, פרץ/Peretz, ביטון/Biton, דהן/Dahan, אברהם/Avraham, פרידמן/Friedman, שפירא/Shapira, אזולאי/Azoulay, גולדברג/Goldberg, רוזנברג/Rosenberg, בן דוד/Ben David, קליין/Klein, אשכנזי/Ashkenazi"
    ),
    parse_countries("IL"),
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
