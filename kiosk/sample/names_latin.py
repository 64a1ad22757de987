"""Sample name pools in Latin script (Vietnamese included). Sample data: fictional combinations."""

from __future__ import annotations

from kiosk.sample.name_pools import NamePool, Script, parse_countries, parse_families, parse_names

ENGLISH = NamePool(
    "en",
    Script.LATIN,
    parse_names(
        "Emily, Sarah, Olivia, Rebecca, Charlotte, Hannah, Siobhán, Aoife, Grace, Megan, Laura, Jennifer"
    ),
    parse_names(
        "James, Oliver, Thomas, Daniel, Michael, Seán, Liam, Matthew, Robert, Christopher, Ciarán, Andrew"
    ),
    parse_families(
        "Smith, Jones, Taylor, Brown, Williams, Wilson, O'Brien, O'Connor, McAllister, MacDonald, Walsh, Ó Súilleabháin, Thompson, Evans, Clarke, Robinson, Fitzgerald, Harrington-Lowe"
    ),
    parse_countries("GB US IE CA AU NZ JM TT"),
    weight=9,
)
AFRICA_ENGLISH = NamePool(
    "af-en",
    Script.LATIN,
    parse_names(
        "Ngozi, Adaeze, Chiamaka, Akosua, Abena, Wanjiru, Achieng, Nakato, Thandiwe, Nomvula, Fúnmiláyọ̀, Chipo, Amani"
    ),
    parse_names(
        "Chinedu, Oluwaseun, Kwame, Kofi, Otieno, Tendai, Sipho, Mugisha, Emeka, Adéwálé, Baraka, Jabari"
    ),
    parse_families(
        "Okafor, Okonkwo, Mensah, Boateng, Asante, Kamau, Mwangi, Odhiambo, Uwimana, Banda, Phiri, Dlamini, Nkosi, Moyo, Ọláyínká, Adébáyọ̀, Nwachukwu, Ndlovu"
    ),
    parse_countries("NG GH KE UG TZ RW ZM ZW ZA MW BW"),
    weight=8,
)
FRENCH = NamePool(
    "fr",
    Script.LATIN,
    parse_names(
        "Élodie, Hélène, Anaïs, Zoé, Gaëlle, Amélie, Céline, Irène, Léa, Chloé, Maëlle, Aïssatou, Fatou, Marie-Hélène, Françoise"
    ),
    parse_names(
        "François, Jérôme, Loïc, Benoît, Stéphane, Noël, Théo, Raphaël, Édouard, Mamadou, Ousmane, Jean-François, Hervé, Aurélien"
    ),
    parse_families(
        "Lefèvre, Dubois, Moreau, Girard, Fournier, Mercier, Lévêque, Rousseau, Gauthier, Chevalier, Faure, Lemaître, Ménard, Bélanger, Côté, Gagné, Pelletier, Ndiaye, Diop, Traoré, Koné, Ouédraogo, Mbarga, Kaboré, Rakotomalala, Châtelain"
    ),
    parse_countries("FR CH BE CA LU MC SN CI CM BF ML NE TG BJ CD GA MG HT"),
    weight=10,
)
GERMAN = NamePool(
    "de",
    Script.LATIN,
    parse_names(
        "Käthe, Anja, Lena, Ursula, Sabine, Jutta, Hanna, Mareike, Friederike, Bärbel, Jördis"
    ),
    parse_names(
        "Jürgen, Jörg, Günter, Uwe, Matthias, Sören, Lutz, Dieter, Wolfgang, Götz, Maximilian"
    ),
    parse_families(
        "Müller, Schäfer, Weiß, Groß, Köhler, Schröder, Krüger, Hoffmann, Jäger, Fuchs, Schmidt, Böhm, Wagner, Vogel, Zimmermann, Hübner, Strauß, Gärtner, Höfler, von Bülow"
    ),
    parse_countries("DE AT CH LI LU"),
    weight=5,
)
ITALIAN = NamePool(
    "it",
    Script.LATIN,
    parse_names("Giulia, Chiara, Francesca, Lucrezia, Ilaria, Federica, Beatrice, Noemi"),
    parse_names("Niccolò, Mattia, Gianluca, Lorenzo, Alessandro, Giosuè, Nicolò, Andrea"),
    parse_families(
        "Rossi, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, D'Angelo, Dell'Acqua, Mancini, Lo Russo"
    ),
    parse_countries("IT SM CH"),
    weight=3,
)
DUTCH = NamePool(
    "nl",
    Script.LATIN,
    parse_names("Sanne, Femke, Anouk, Eline, Maaike, Ilse, Lotte, Marieke"),
    parse_names("Daan, Bram, Sem, Joost, Pieter, Thijs, Willem, Ruud"),
    parse_families(
        "de Vries, van der Berg, van den Broek, Jansen, de Jong, Bakker, Visser, Smit, Meijer, de Boer, Mulder, van Dijk, IJzerman, Verhoeven, van 't Hof"
    ),
    parse_countries("NL BE SR"),
    weight=2,
)
SPANISH = NamePool(
    "es",
    Script.LATIN,
    parse_names(
        "María José, María del Carmen, María de los Ángeles, Inés, Begoña, Sofía, Lucía, Ángela, Verónica, Ximena, Guadalupe, Pilar, Nuria, Araceli, Mónica"
    ),
    parse_names(
        "José Luis, Íñigo, Ramón, Jesús, Andrés, Joaquín, Martín, Raúl, Óscar, Juan Carlos, Francisco Javier, Sebastián, Hernán, Julián"
    ),
    parse_families(
        "García, Fernández, Martínez, Rodríguez, López, Gómez, Núñez, Muñoz, Ibáñez, Peña, Sánchez, Hernández, Jiménez, Díaz, Pérez, Álvarez, Gutiérrez, Domínguez, Castañeda, Ordóñez, de la Fuente, Fernández de Córdoba, Ruiz de Alarcón, Sáenz de Santa María, Martínez de la Vega, Echeverría"
    ),
    parse_countries("ES MX AR CO CL PE EC UY PY BO CR PA GT HN SV DO CU"),
    weight=7,
    surnames=2,
)
PORTUGUESE = NamePool(
    "pt",
    Script.LATIN,
    parse_names(
        "Maria da Conceição, Ana Carolina, Inês, Fátima, Márcia, Vitória, Flávia, Lúcia, Beatriz, Luíza, Maria Eduarda, Conceição"
    ),
    parse_names(
        "João Pedro, António, Antônio, Gonçalo, Tomás, Sebastião, Luís, Simão, Fábio, Vinícius, José Carlos, Thiago"
    ),
    parse_families(
        "Gonçalves, Araújo, Magalhães, Simões, Brandão, Falcão, Guimarães, Sá, Mourão, Assunção, Paixão, Gusmão, Pereira, Ribeiro, dos Santos, da Silva, de Albuquerque, Figueiredo de Vasconcelos, Sampaio, Carvalho, Nascimento"
    ),
    parse_countries("PT BR AO MZ CV GW ST TL"),
    weight=4,
    surnames=2,
)
POLISH = NamePool(
    "pl",
    Script.LATIN,
    parse_names(
        "Małgorzata, Agnieszka, Zofia, Joanna, Bożena, Katarzyna, Urszula, Jadwiga, Żaneta, Grażyna"
    ),
    parse_names(
        "Łukasz, Paweł, Wojciech, Grzegorz, Jędrzej, Michał, Krzysztof, Przemysław, Zbigniew, Bartłomiej"
    ),
    parse_families(
        "Nowak, Wójcik, Kowalczyk, Woźniak, Mazur, Krawczyk, Zając, Król, Wróbel, Pietrzak, Wiśniewski>Wiśniewska, Dąbrowski>Dąbrowska, Szczepański>Szczepańska, Kamiński>Kamińska, Żółkiewski>Żółkiewska, Grzybowski>Grzybowska"
    ),
    parse_countries("PL"),
    weight=2,
)
CZECH = NamePool(
    "cs",
    Script.LATIN,
    parse_names("Jana, Kateřina, Lucie, Tereza, Zuzana, Markéta, Veronika, Ľudmila, Dagmar, Šárka"),
    parse_names("Jiří, Tomáš, Lukáš, Ondřej, Jan, Přemysl, Radek, Ľubomír, Vojtěch, Matěj"),
    parse_families(
        "Novák>Nováková, Dvořák>Dvořáková, Svoboda>Svobodová, Černý>Černá, Procházka>Procházková, Kučera>Kučerová, Veselý>Veselá, Horák>Horáková, Němec>Němcová, Růžička>Růžičková, Hájek>Hájková, Král>Králová, Šťastný>Šťastná"
    ),
    parse_countries("CZ SK"),
    weight=2,
)
NORDIC = NamePool(
    "nordic",
    Script.LATIN,
    parse_names(
        "Åsa, Ingrid, Märta, Sigrún, Ragnhild, Kirsi, Päivi, Sølvi, Þórdís, Guðrún, Liv, Signe"
    ),
    parse_names(
        "Björn, Søren, Jørgen, Åke, Ólafur, Jóhann, Mikael, Jukka, Ørjan, Ásgeir, Mads, Tuomas"
    ),
    parse_families(
        "Andersson, Johansson, Bäckström, Sørensen, Østergaard, Håkansson, Ström, Nyström, Guðmundsson>Guðmundsdóttir, Jónsson>Jónsdóttir, Virtanen, Mäkinen, Hämäläinen, Järvinen, Lindqvist, Åberg, Kjærgaard, Løvaas, Brænne"
    ),
    parse_countries("SE NO DK FI IS"),
    weight=2,
)
TURKISH = NamePool(
    "tr",
    Script.LATIN,
    parse_names("Ayşe, Gülşen, Şule, Özlem, Büşra, Çiğdem, Elif, Zeynep, İpek, Derya, Gökçe"),
    parse_names("Mehmet, Mustafa, Ömer, Çağlar, Uğur, İsmail, Barış, Oğuz, Doğan, Gökhan, Ilgaz"),
    parse_families(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek"
    ),
    parse_countries("TR"),
    weight=2,
)
ROMANIAN = NamePool(
    "ro",
    Script.LATIN,
    parse_names(
        "Ioana, Mădălina, Ștefania, Andreea, Elena, Alexandra, Cătălina, Bianca, Raluca, Irina"
    ),
    parse_names("Ștefan, Andrei, Mihai, Răzvan, Bogdan, Ionuț, Cătălin, Tudor, Florin, Sorin"),
    parse_families(
        "Popescu, Ionescu, Dumitrescu, Stănescu, Constantinescu, Rădulescu, Munteanu, Țurcanu, Căpraru, Lăzărescu, Moldovan, Stoica, Vasilescu, Gheorghiu, Neagu"
    ),
    parse_countries("RO MD"),
    weight=2,
)
# Vietnamese is Latin script with stacked diacritics; "given" holds the middle and given name.
VIETNAMESE = NamePool(
    "vi",
    Script.LATIN,
    parse_names(
        "Thị Hương, Thị Thủy, Ngọc Ánh, Thu Hằng, Minh Thư, Thị Lụa, Phương Thảo, Hồng Nhung, Thanh Huyền, Bảo Ngọc"
    ),
    parse_names(
        "Văn Đức, Minh Tuấn, Quốc Huy, Đức Thắng, Văn Hùng, Hoàng Long, Tiến Dũng, Quang Khải, Hữu Phước, Thành Trung"
    ),
    parse_families(
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý"
    ),
    parse_countries("VN"),
    weight=2,
    family_first=True,
)
