"""WSIS Forum 2022 sample programme in the six UN languages: tracks, rooms, high-level titles.

Sample data. Room names and buildings follow public ITU pages (the project's reference notes on
WSIS 2022); floors and the "how to get there" texts are invented for the demo. The translations
were written for this sample, not taken from ITU documents.
"""

from __future__ import annotations

from collections.abc import Mapping

HIGH_LEVEL_TRACK = "high-level"
FORUM_TRACK = "forum"

Texts = Mapping[str, str]  # language code -> text (kiosk/core/translations.py)

TRACK_LABELS: Mapping[str, tuple[str, Texts]] = {
    HIGH_LEVEL_TRACK: (
        "High-Level Track",
        {
            "fr": "Volet de haut niveau",
            "es": "Segmento de alto nivel",
            "ru": "Сегмент высокого уровня",
            "zh": "高级别会议",
            "ar": "الجزء الرفيع المستوى",
        },
    ),
    FORUM_TRACK: (
        "Forum Track",
        {
            "fr": "Volet Forum",
            "es": "Segmento del Foro",
            "ru": "Сегмент Форума",
            "zh": "论坛会议",
            "ar": "جزء المنتدى",
        },
    ),
}

TOWER = (
    "ITU Tower",
    {
        "fr": "Tour de l'UIT",
        "es": "Torre de la UIT",
        "ru": "Башня МСЭ",
        "zh": "国际电联塔楼",
        "ar": "برج الاتحاد الدولي للاتصالات",
    },
)
MONTBRILLANT = (
    "ITU Montbrillant building",
    {
        "fr": "Bâtiment Montbrillant (UIT)",
        "es": "Edificio Montbrillant (UIT)",
        "ru": "Здание Монбрийан (МСЭ)",
        "zh": "国际电联 Montbrillant 大楼",
        "ar": "مبنى مونبريان (الاتحاد الدولي للاتصالات)",
    },
)
CICG = (
    "CICG, opposite ITU",
    {
        "fr": "CICG, en face de l'UIT",
        "es": "CICG, frente a la UIT",
        "ru": "CICG, напротив МСЭ",
        "zh": "日内瓦国际会议中心（国际电联对面）",
        "ar": "مركز جنيف الدولي للمؤتمرات، مقابل الاتحاد",
    },
)

GROUND = (
    "Ground floor",
    {
        "fr": "Rez-de-chaussée",
        "es": "Planta baja",
        "ru": "Первый этаж",
        "zh": "一楼",
        "ar": "الطابق الأرضي",
    },
)
FIRST = (
    "1st floor",
    {
        "fr": "1er étage",
        "es": "Primera planta",
        "ru": "Второй этаж",
        "zh": "二楼",
        "ar": "الطابق الأول",
    },
)
SECOND = (
    "2nd floor",
    {
        "fr": "2e étage",
        "es": "Segunda planta",
        "ru": "Третий этаж",
        "zh": "三楼",
        "ar": "الطابق الثاني",
    },
)

TO_TOWER = (
    "Enter at Montbrillant, then follow the signs to the Tower lifts.",
    {
        "fr": "Entrez par Montbrillant, puis suivez les panneaux vers les ascenseurs de la Tour.",
        "es": "Entre por Montbrillant y siga las indicaciones hacia los ascensores de la Torre.",
        "ru": "Вход через здание Монбрийан, далее по указателям к лифтам Башни.",
        "zh": "从 Montbrillant 大楼进入，按指示牌前往塔楼电梯。",
        "ar": "ادخل من مبنى مونبريان، ثم اتبع اللافتات إلى مصاعد البرج.",
    },
)
IN_MONTBRILLANT = (
    "Next to the registration desk at the Montbrillant entrance.",
    {
        "fr": "À côté du comptoir d'enregistrement, à l'entrée de Montbrillant.",
        "es": "Junto al mostrador de inscripción, en la entrada de Montbrillant.",
        "ru": "Рядом со стойкой регистрации у входа в здание Монбрийан.",
        "zh": "在 Montbrillant 入口处的注册台旁边。",
        "ar": "بجوار مكتب التسجيل عند مدخل مبنى مونبريان.",
    },
)
UP_MONTBRILLANT = (
    "From the Montbrillant entrance, take the lifts up.",
    {
        "fr": "Depuis l'entrée de Montbrillant, prenez les ascenseurs.",
        "es": "Desde la entrada de Montbrillant, tome los ascensores.",
        "ru": "От входа в здание Монбрийан поднимитесь на лифте.",
        "zh": "从 Montbrillant 入口乘电梯上楼。",
        "ar": "من مدخل مبنى مونبريان، اصعد بالمصعد.",
    },
)
TO_CICG = (
    "Cross rue de Varembé to the CICG; security screening at the door.",
    {
        "fr": "Traversez la rue de Varembé jusqu'au CICG ; contrôle de sécurité à l'entrée.",
        "es": "Cruce la rue de Varembé hasta el CICG; control de seguridad en la entrada.",
        "ru": "Перейдите улицу Варембе к CICG; на входе — досмотр.",
        "zh": "穿过 Varembé 街前往日内瓦国际会议中心，入口处有安检。",
        "ar": "اعبر شارع فاريمبيه إلى مركز جنيف الدولي للمؤتمرات؛ يوجد تفتيش أمني عند المدخل.",
    },
)

Directions = tuple[tuple[str, Texts], tuple[str, Texts], tuple[str, Texts], Texts]

# Room name (as in wsis2022.py) -> building, floor, how to get there, the name translated.
ROOM_DIRECTIONS: Mapping[str, Directions] = {
    "Popov Room, ITU Tower": (
        TOWER,
        SECOND,
        TO_TOWER,
        {
            "fr": "Salle Popov, Tour de l'UIT",
            "es": "Sala Popov, Torre de la UIT",
            "ru": "Зал Попова, Башня МСЭ",
            "zh": "波波夫厅，国际电联塔楼",
            "ar": "قاعة بوبوف، برج الاتحاد",
        },
    ),
    "Room A, ITU Tower": (
        TOWER,
        FIRST,
        TO_TOWER,
        {
            "fr": "Salle A, Tour de l'UIT",
            "es": "Sala A, Torre de la UIT",
            "ru": "Зал A, Башня МСЭ",
            "zh": "A 会议室，国际电联塔楼",
            "ar": "القاعة A، برج الاتحاد",
        },
    ),
    "Room L, ITU Montbrillant": (
        MONTBRILLANT,
        GROUND,
        IN_MONTBRILLANT,
        {
            "fr": "Salle L, Montbrillant (UIT)",
            "es": "Sala L, Montbrillant (UIT)",
            "ru": "Зал L, здание Монбрийан (МСЭ)",
            "zh": "L 会议室，国际电联 Montbrillant 大楼",
            "ar": "القاعة L، مبنى مونبريان",
        },
    ),
    "CICG Room 1": (
        CICG,
        GROUND,
        TO_CICG,
        {
            "fr": "CICG, salle 1",
            "es": "CICG, sala 1",
            "ru": "CICG, зал 1",
            "zh": "日内瓦国际会议中心 1 号厅",
            "ar": "مركز جنيف الدولي للمؤتمرات، القاعة 1",
        },
    ),
    "CICG Rooms 3 & 4": (
        CICG,
        FIRST,
        TO_CICG,
        {
            "fr": "CICG, salles 3 et 4",
            "es": "CICG, salas 3 y 4",
            "ru": "CICG, залы 3 и 4",
            "zh": "日内瓦国际会议中心 3、4 号厅",
            "ar": "مركز جنيف الدولي للمؤتمرات، القاعتان 3 و4",
        },
    ),
    "CICG Room 18": (
        CICG,
        SECOND,
        TO_CICG,
        {
            "fr": "CICG, salle 18",
            "es": "CICG, sala 18",
            "ru": "CICG, зал 18",
            "zh": "日内瓦国际会议中心 18 号厅",
            "ar": "مركز جنيف الدولي للمؤتمرات، القاعة 18",
        },
    ),
    "Room H, ITU Tower (sample room)": (
        TOWER,
        FIRST,
        TO_TOWER,
        {
            "fr": "Salle H, Tour de l'UIT (salle d'exemple)",
            "es": "Sala H, Torre de la UIT (sala de ejemplo)",
            "ru": "Зал H, Башня МСЭ (пример)",
            "zh": "H 会议室，国际电联塔楼（示例）",
            "ar": "القاعة H، برج الاتحاد (قاعة نموذجية)",
        },
    ),
    "Knowledge Café, CICG Foyer (sample room)": (
        CICG,
        GROUND,
        TO_CICG,
        {
            "fr": "Café du savoir, foyer du CICG (salle d'exemple)",
            "es": "Café del Conocimiento, vestíbulo del CICG (sala de ejemplo)",
            "ru": "Кафе знаний, фойе CICG (пример)",
            "zh": "知识咖啡馆，日内瓦国际会议中心门厅（示例）",
            "ar": "مقهى المعرفة، بهو مركز جنيف الدولي للمؤتمرات (قاعة نموذجية)",
        },
    ),
    "Hackathon Lab, ITU Montbrillant (sample room)": (
        MONTBRILLANT,
        SECOND,
        UP_MONTBRILLANT,
        {
            "fr": "Laboratoire du hackathon, Montbrillant (salle d'exemple)",
            "es": "Laboratorio del hackatón, Montbrillant (sala de ejemplo)",
            "ru": "Лаборатория хакатона, здание Монбрийан (пример)",
            "zh": "黑客松实验室，国际电联 Montbrillant 大楼（示例）",
            "ar": "مختبر الهاكاثون، مبنى مونبريان (قاعة نموذجية)",
        },
    ),
}

_POLICY = {
    "fr": "Session de politique générale {n} : {topic}",
    "es": "Sesión de políticas {n}: {topic}",
    "ru": "Сессия по вопросам политики {n}: {topic}",
    "zh": "政策会议{n}：{topic}",
    "ar": "جلسة السياسات {n}: {topic}",
}
_DIALOGUE = {
    "fr": "Dialogue : {topic}",
    "es": "Diálogo: {topic}",
    "ru": "Диалог: {topic}",
    "zh": "对话：{topic}",
    "ar": "حوار: {topic}",
}

# Policy session number -> topic in fr, es, ru, zh, ar (the English title is in wsis2022.py).
_POLICY_TOPICS: Mapping[int, tuple[str, str, str, str, str]] = {
    1: (
        "Une connectivité utile pour tous",
        "Conectividad significativa para todos",
        "Реальная возможность подключения для всех",
        "人人享有有意义的连通",
        "توصيلية مجدية للجميع",
    ),
    2: (
        "Établir la confiance et la sécurité dans l'utilisation des TIC",
        "Confianza y seguridad en la utilización de las TIC",
        "Укрепление доверия и безопасности при использовании ИКТ",
        "树立使用信息通信技术的信心和安全",
        "بناء الثقة والأمن في استعمال تكنولوجيا المعلومات والاتصالات",
    ),
    3: (
        "Environnement propice et réglementation du numérique",
        "Entorno habilitador y regulación digital",
        "Благоприятная среда и цифровое регулирование",
        "有利环境与数字监管",
        "البيئة التمكينية والتنظيم الرقمي",
    ),
    4: (
        "Économie numérique, commerce et croissance inclusive",
        "Economía digital, comercio y crecimiento inclusivo",
        "Цифровая экономика, торговля и инклюзивный рост",
        "数字经济、贸易与包容性增长",
        "الاقتصاد الرقمي والتجارة والنمو الشامل",
    ),
    5: (
        "L'intégration du genre à l'ère du numérique",
        "Incorporación de la perspectiva de género en la era digital",
        "Учет гендерной проблематики в цифровую эпоху",
        "数字时代的性别平等主流化",
        "تعميم مراعاة المنظور الجنساني في العصر الرقمي",
    ),
    6: (
        "Les TIC au service du bien-être et de la santé",
        "Las TIC para el bienestar y la salud",
        "ИКТ в интересах благополучия и здоровья",
        "信息通信技术促进福祉与健康",
        "تكنولوجيا المعلومات والاتصالات من أجل الرفاه والصحة",
    ),
    7: (
        "Renforcement des capacités et compétences numériques",
        "Creación de capacidad y competencias digitales",
        "Создание потенциала и цифровые навыки",
        "能力建设与数字技能",
        "بناء القدرات والمهارات الرقمية",
    ),
    8: (
        "La diversité culturelle et linguistique en ligne",
        "La diversidad cultural y lingüística en línea",
        "Культурное и языковое разнообразие в сети",
        "网上的文化和语言多样性",
        "التنوع الثقافي واللغوي على الإنترنت",
    ),
    9: (
        "Les TIC et l'environnement",
        "Las TIC y el medio ambiente",
        "ИКТ и окружающая среда",
        "信息通信技术与环境",
        "تكنولوجيا المعلومات والاتصالات والبيئة",
    ),
    10: (
        "Financer le développement numérique",
        "Financiación del desarrollo digital",
        "Финансирование цифрового развития",
        "为数字发展筹资",
        "تمويل التنمية الرقمية",
    ),
    11: (
        "Coopération internationale et régionale",
        "Cooperación internacional y regional",
        "Международное и региональное сотрудничество",
        "国际和区域合作",
        "التعاون الدولي والإقليمي",
    ),
}

# Dialogue topic in English (after "Dialogue: ") -> fr, es, ru, zh, ar.
_DIALOGUE_TOPICS: Mapping[str, tuple[str, str, str, str, str]] = {
    "Resilient networks after the pandemic": (
        "Des réseaux résilients après la pandémie",
        "Redes resilientes después de la pandemia",
        "Устойчивые сети после пандемии",
        "疫情之后的韧性网络",
        "شبكات قادرة على الصمود بعد الجائحة",
    ),
    "Digital learning and the future of education": (
        "L'apprentissage numérique et l'avenir de l'éducation",
        "El aprendizaje digital y el futuro de la educación",
        "Цифровое обучение и будущее образования",
        "数字化学习与教育的未来",
        "التعلم الرقمي ومستقبل التعليم",
    ),
    "People-oriented cities and communities": (
        "Des villes et des communautés centrées sur les personnes",
        "Ciudades y comunidades centradas en las personas",
        "Города и сообщества, ориентированные на людей",
        "以人为本的城市和社区",
        "مدن ومجتمعات محلية محورها الإنسان",
    ),
    "Youth voices on the digital future": (
        "La parole aux jeunes sur l'avenir numérique",
        "Las voces de los jóvenes sobre el futuro digital",
        "Голос молодежи о цифровом будущем",
        "青年谈数字未来",
        "أصوات الشباب بشأن المستقبل الرقمي",
    ),
}

# Whole titles of the other high-level sessions.
_OTHER_TITLES: Mapping[str, Texts] = {
    "Opening of the WSIS Forum 2022 final week": {
        "fr": "Ouverture de la dernière semaine du Forum du SMSI 2022",
        "es": "Apertura de la semana final del Foro de la CMSI 2022",
        "ru": "Открытие заключительной недели Форума ВВУИО 2022 года",
        "zh": "2022年信息社会世界峰会论坛最后一周开幕",
        "ar": "افتتاح الأسبوع الأخير من منتدى القمة العالمية لمجتمع المعلومات لعام 2022",
    },
    "Closing: the Chair's executive summary": {
        "fr": "Clôture : le résumé analytique du Président",
        "es": "Clausura: resumen ejecutivo del Presidente",
        "ru": "Закрытие: резюме Председателя",
        "zh": "闭幕：主席的执行摘要",
        "ar": "الختام: الملخص التنفيذي للرئيس",
    },
    "Ministers on accelerating progress on the SDGs": {
        "fr": "Les ministres et l'accélération des progrès vers les ODD",
        "es": "Los ministros y la aceleración del avance hacia los ODS",
        "ru": "Министры об ускорении прогресса в достижении ЦУР",
        "zh": "部长们谈加快实现可持续发展目标的进展",
        "ar": "الوزراء بشأن تسريع التقدم نحو تحقيق أهداف التنمية المستدامة",
    },
    "WSIS Prizes 2022: winners and champions": {
        "fr": "Prix du SMSI 2022 : lauréats et champions",
        "es": "Premios de la CMSI 2022: ganadores y campeones",
        "ru": "Премии ВВУИО 2022 года: победители и чемпионы",
        "zh": "2022年信息社会世界峰会奖：获奖者和冠军",
        "ar": "جوائز القمة العالمية لمجتمع المعلومات لعام 2022: الفائزون والأبطال",
    },
}

_LANGUAGES = ("fr", "es", "ru", "zh", "ar")


def title_translations(title: str) -> Texts:
    """The sample's translations of a high-level session title; none for other sessions."""
    if title in _OTHER_TITLES:
        return _OTHER_TITLES[title]
    head, _, topic = title.partition(": ")
    if head == "Dialogue" and topic in _DIALOGUE_TOPICS:
        texts = _DIALOGUE_TOPICS[topic]
        return {
            code: _DIALOGUE[code].format(topic=t) for code, t in zip(_LANGUAGES, texts, strict=True)
        }
    number = head.removeprefix("Policy Session ")
    if number.isdigit() and int(number) in _POLICY_TOPICS:
        texts = _POLICY_TOPICS[int(number)]
        return {
            code: _POLICY[code].format(n=number, topic=t)
            for code, t in zip(_LANGUAGES, texts, strict=True)
        }
    return {}
