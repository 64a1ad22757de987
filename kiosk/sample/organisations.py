"""Organisations for synthetic sample participants: fictional names, in a mix that fits each badge.

Companies, NGOs, universities, media outlets and contractors are invented. Ministries, missions and
regulators are generic titles attached to a country; UN system bodies carry their real names because
a fictional UN agency would look wrong on a badge. The people who carry them are all fictional.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# English short names of the countries the name pools use (UN style, as of May 2022).
COUNTRY_NAMES: dict[str, str] = {
    "AE": "United Arab Emirates",
    "AF": "Afghanistan",
    "AO": "Angola",
    "AR": "Argentina",
    "AT": "Austria",
    "AU": "Australia",
    "BA": "Bosnia and Herzegovina",
    "BE": "Belgium",
    "BF": "Burkina Faso",
    "BH": "Bahrain",
    "BJ": "Benin",
    "BO": "Bolivia",
    "BR": "Brazil",
    "BW": "Botswana",
    "BY": "Belarus",
    "CA": "Canada",
    "CD": "DR Congo",
    "CH": "Switzerland",
    "CI": "Côte d'Ivoire",
    "CL": "Chile",
    "CM": "Cameroon",
    "CN": "China",
    "CO": "Colombia",
    "CR": "Costa Rica",
    "CU": "Cuba",
    "CV": "Cabo Verde",
    "CY": "Cyprus",
    "CZ": "Czechia",
    "DE": "Germany",
    "DK": "Denmark",
    "DO": "Dominican Republic",
    "DZ": "Algeria",
    "EC": "Ecuador",
    "EG": "Egypt",
    "ES": "Spain",
    "ET": "Ethiopia",
    "FI": "Finland",
    "FR": "France",
    "GA": "Gabon",
    "GB": "United Kingdom",
    "GH": "Ghana",
    "GR": "Greece",
    "GT": "Guatemala",
    "GW": "Guinea-Bissau",
    "HN": "Honduras",
    "HT": "Haiti",
    "IE": "Ireland",
    "IL": "Israel",
    "IN": "India",
    "IQ": "Iraq",
    "IR": "Iran",
    "IS": "Iceland",
    "IT": "Italy",
    "JM": "Jamaica",
    "JO": "Jordan",
    "JP": "Japan",
    "KE": "Kenya",
    "KG": "Kyrgyzstan",
    "KR": "Republic of Korea",
    "KW": "Kuwait",
    "KZ": "Kazakhstan",
    "LB": "Lebanon",
    "LI": "Liechtenstein",
    "LU": "Luxembourg",
    "LY": "Libya",
    "MA": "Morocco",
    "MC": "Monaco",
    "MD": "Republic of Moldova",
    "MG": "Madagascar",
    "ML": "Mali",
    "MR": "Mauritania",
    "MW": "Malawi",
    "MX": "Mexico",
    "MZ": "Mozambique",
    "NE": "Niger",
    "NG": "Nigeria",
    "NL": "Netherlands",
    "NO": "Norway",
    "NP": "Nepal",
    "NZ": "New Zealand",
    "OM": "Oman",
    "PA": "Panama",
    "PE": "Peru",
    "PL": "Poland",
    "PS": "State of Palestine",
    "PT": "Portugal",
    "PY": "Paraguay",
    "QA": "Qatar",
    "RO": "Romania",
    "RS": "Serbia",
    "RU": "Russian Federation",
    "RW": "Rwanda",
    "SA": "Saudi Arabia",
    "SD": "Sudan",
    "SE": "Sweden",
    "SG": "Singapore",
    "SK": "Slovakia",
    "SM": "San Marino",
    "SN": "Senegal",
    "SR": "Suriname",
    "ST": "Sao Tome and Principe",
    "SV": "El Salvador",
    "TG": "Togo",
    "TH": "Thailand",
    "TJ": "Tajikistan",
    "TL": "Timor-Leste",
    "TN": "Tunisia",
    "TR": "Türkiye",
    "TT": "Trinidad and Tobago",
    "TZ": "United Republic of Tanzania",
    "UA": "Ukraine",
    "UG": "Uganda",
    "US": "United States",
    "UY": "Uruguay",
    "VN": "Viet Nam",
    "YE": "Yemen",
    "ZA": "South Africa",
    "ZM": "Zambia",
    "ZW": "Zimbabwe",
}

_MINISTRIES = (
    "Ministry of Information and Communication Technologies",
    "Ministry of Digital Economy",
    "Ministry of Digital Transformation",
    "Ministry of Communications",
    "Ministry of Foreign Affairs",
    "Ministry of Innovation and Technology",
    "Ministry of Education",
    "Ministry of Posts and Telecommunications",
    "Office of the Prime Minister",
    "National Cybersecurity Agency",
    "e-Government Agency",
)
_REGULATORS = (
    "National Communications Authority",
    "Telecommunications Regulatory Authority",
    "Communications and Postal Regulatory Commission",
    "Spectrum Management Agency",
    "Data Protection Authority",
)
_UN_SYSTEM = (
    "UNESCO",
    "UNDP",
    "UNCTAD",
    "UN DESA",
    "WIPO",
    "WHO",
    "ILO",
    "UNICEF",
    "UNHCR",
    "WMO",
    "UPU",
    "FAO",
    "UN Women",
    "UNITAR",
    "UNECA",
    "UNESCWA",
    "UNESCAP",
    "UNECE",
    "OECD",
    "World Bank Group",
    "African Union Commission",
    "European Commission",
    "League of Arab States",
)
_PREFIXES = (
    "Aurora",
    "Baobab",
    "Cedar",
    "Meridian",
    "Nordlys",
    "Andes",
    "Sahel",
    "Lotus",
    "Kestrel",
    "Zephyr",
    "Volta",
    "Mekong",
    "Kilima",
    "Lémanic",
    "Tessellate",
    "Quokka",
    "Saffron",
    "Monsoon",
    "Tundra",
    "Coral",
    "Obsidian",
    "Juniper",
    "Sirocco",
    "Altiplano",
)
_SECTORS = (
    "Telecom",
    "Fibre Networks",
    "Satellite Services",
    "Mobile",
    "Cloud",
    "Data Centres",
    "Digital Payments",
    "Cybersecurity",
    "Broadband",
    "Spectrum Labs",
    "IoT Systems",
    "AI Research",
)
_LEGAL_FORMS = ("Ltd", "S.A.", "AG", "GmbH", "SAS", "Inc.", "Sàrl", "Pty Ltd", "plc", "B.V.")
_ACADEMIC_UNITS = (
    "{} University",
    "{} Institute of Technology",
    "Centre for Digital Policy, {} University",
    "Faculty of Informatics, {} University",
    "School of Public Policy, {} College",
)
_NGOS = (
    "Women in Digital Futures",
    "Youth Connect for the SDGs",
    "Open Access Alliance",
    "Community Networks Initiative",
    "Accessible ICT Coalition",
    "Digital Elders Network",
    "Indigenous Languages Online",
    "Rural Broadband Foundation",
    "Tech for Peace Collective",
    "Cyber Safety for Kids",
    "Digital Rights Watch",
)
_OUTLETS = (
    "Geneva Tech Review",
    "Le Courrier numérique",
    "Radio Sahel Info",
    "Asia Digital Times",
    "Noticias Tecnológicas del Sur",
    "ТехноВести",
    "الشبكة الرقمية",
    "数字丝路周刊",
    "Digital Africa Magazine",
    "Alpine Broadcast Service",
    "Freelance journalist",
)
_SECRETARIAT = (
    "ITU General Secretariat",
    "ITU Telecommunication Development Bureau",
    "ITU Radiocommunication Bureau",
    "ITU Telecommunication Standardization Bureau",
    "ITU WSIS Secretariat",
    "UNESCO",
    "UNDP",
    "UNCTAD",
)
_CONTRACTORS = (
    "Léman Sécurité SA",
    "Salève Event Services Sàrl",
    "Varembé Audio-Visuel SA",
    "CICG Technical Services",
    "ITU Safety and Security Service",
)

Source = Callable[[random.Random, str], str]


def _ministry(rng: random.Random, country: str) -> str:
    return f"{rng.choice(_MINISTRIES)}, {COUNTRY_NAMES[country]}"


def _mission(rng: random.Random, country: str) -> str:
    return f"Permanent Mission to the United Nations in Geneva, {COUNTRY_NAMES[country]}"


def _regulator(rng: random.Random, country: str) -> str:
    return f"{rng.choice(_REGULATORS)}, {COUNTRY_NAMES[country]}"


def _un_system(rng: random.Random, country: str) -> str:
    return rng.choice(_UN_SYSTEM)


def _company(rng: random.Random, country: str) -> str:
    return f"{rng.choice(_PREFIXES)} {rng.choice(_SECTORS)} {rng.choice(_LEGAL_FORMS)}"


def _academia(rng: random.Random, country: str) -> str:
    return rng.choice(_ACADEMIC_UNITS).format(rng.choice(_PREFIXES))


def _ngo(rng: random.Random, country: str) -> str:
    return f"{rng.choice(_NGOS)}, {COUNTRY_NAMES[country]}"


def _outlet(rng: random.Random, country: str) -> str:
    return rng.choice(_OUTLETS)


def _secretariat(rng: random.Random, country: str) -> str:
    return rng.choice(_SECRETARIAT)


def _contractor(rng: random.Random, country: str) -> str:
    return rng.choice(_CONTRACTORS)


def _independent(rng: random.Random, country: str) -> str:
    return "Independent consultant"


# Repeating a source weights it: most delegates are from ministries, most ITU members companies.
_BY_CATEGORY: dict[str, tuple[Source, ...]] = {
    "DEL": (_ministry, _ministry, _ministry, _mission, _mission, _regulator),
    "ITU": (_company, _company, _company, _academia, _regulator),
    "IGO": (_un_system,),
    "PAR": (_ngo, _ngo, _company, _academia, _independent),
    "SPK": (_academia, _company, _ngo, _ministry, _un_system),
    "VIP": (_ministry, _ministry, _mission, _un_system, _company),
    "MED": (_outlet,),
    "EXH": (_company, _company, _company, _ngo, _academia),
    "ORG": (_secretariat,),
    "SEC": (_contractor,),
    "TMP": (_company, _ngo, _academia, _independent),
}


def sample_organisation(rng: random.Random, category: str, country: str) -> str:
    """A fictional organisation that fits a badge category and the person's country."""
    source = rng.choice(_BY_CATEGORY.get(category, (_independent,)))
    return source(rng, country)
