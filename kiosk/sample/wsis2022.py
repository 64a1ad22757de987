"""WSIS Forum 2022 final week as sample data: the event, badge categories, a synthetic programme.

Dates, venue, room names and session kinds follow public ITU pages (see the project's reference
notes on WSIS 2022). The badge categories are a synthesis; session titles, times, room allocations
and interpretation languages are invented. Everything is marked ``is_sample``, and rooms that no
source confirms say "(sample room)" in their name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.core.model import Event, Room, Session, Track
from kiosk.core.translations import frozen
from kiosk.sample.wsis2022_categories import sample_categories as sample_categories  # re-exported
from kiosk.sample.wsis2022_programme import (
    FORUM_TRACK,
    HIGH_LEVEL_TRACK,
    ROOM_DIRECTIONS,
    TRACK_LABELS,
    title_translations,
)

EVENT_ID = 22
EVENT_TIMEZONE = "Europe/Zurich"
EVENT_START = date(2022, 5, 30)
EVENT_END = date(2022, 6, 3)
PICKUP_FROM = date(2022, 5, 29)  # ITU asks people to collect badges the day before opening
# Demos of the sample run on a clock that starts on Monday 30 May 2022, 08:45 in Geneva (the first
# morning of the in-person week) and runs on in real time: kiosks, and the registry's signed codes.
SAMPLE_CLOCK_START = "2022-05-30T08:45:00+02:00"

POPOV = "Popov Room, ITU Tower"
ROOM_A = "Room A, ITU Tower"
ROOM_L = "Room L, ITU Montbrillant"
CICG_1 = "CICG Room 1"
CICG_3_4 = "CICG Rooms 3 & 4"
CICG_18 = "CICG Room 18"
ROOM_H = "Room H, ITU Tower (sample room)"
CAFE = "Knowledge Café, CICG Foyer (sample room)"
HACK_LAB = "Hackathon Lab, ITU Montbrillant (sample room)"
VERIFIED_ROOMS = (POPOV, ROOM_A, ROOM_L, CICG_1, CICG_3_4, CICG_18)
SYNTHETIC_ROOMS = (ROOM_H, CAFE, HACK_LAB)

UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
HIGH_LEVEL_KINDS = (
    "Opening segment",
    "High-Level Policy Session",
    "Interactive High-Level Dialogue",
    "Ministerial Round Table",
    "WSIS Prizes ceremony",
    "Concluding session",
)
FORUM_KINDS = (
    "Action Line Facilitation Meeting",
    "Country Workshop",
    "Thematic Workshop",
    "Special Track",
    "Knowledge Café",
    "Hackathon",
    "Open Space",
    "Academia Round Table",
    "TalkX",
    "Highlights and Key Outcomes",
)

# Local start and end (hour, minute) of the daily slots; lunchtime (slot 2) is for short formats.
_SLOTS = (
    ((9, 0), (10, 30)),
    ((11, 0), (12, 30)),
    ((13, 0), (14, 0)),
    ((14, 30), (16, 0)),
    ((16, 30), (18, 0)),
)
_LONG_SLOTS = (0, 1, 3, 4)
_PLENARY_ONLY = ((0, 0), (4, 3), (4, 4))  # (day, slot): nothing runs against opening and closing
_LUNCH = (2,)
_DAYS = (EVENT_END - EVENT_START).days + 1


def sample_event() -> Event:
    """The WSIS Forum 2022 final week in Geneva, marked as sample data."""
    return Event(
        id=EVENT_ID,
        code="WSIS22",
        title="WSIS Forum 2022",
        venue="ITU Headquarters and CICG, Geneva",
        timezone=EVENT_TIMEZONE,
        start=EVENT_START,
        end=EVENT_END,
        pickup_from=PICKUP_FROM,
        is_sample=True,
        title_translations=frozen(EVENT_TITLE_TRANSLATIONS),
        desk_location=DESK_LOCATION,
        desk_location_translations=frozen(DESK_LOCATION_TRANSLATIONS),
    )


# Where WSIS 2022 had its accreditation desk: the demo kiosk's [desk] settings.
DESK_LOCATION = "Entrance of the ITU Montbrillant building"
DESK_LOCATION_TRANSLATIONS = {
    "fr": "Entrée du bâtiment Montbrillant de l'UIT",
    "es": "Entrada del edificio Montbrillant de la UIT",
    "ru": "Вход в здание МСЭ «Монбрийан»",
    "zh": "国际电联蒙布里扬大楼入口",
    "ar": "مدخل مبنى مونبريان التابع للاتحاد الدولي للاتصالات",
}
EVENT_TITLE_TRANSLATIONS = {
    "fr": "Forum du SMSI 2022",
    "es": "Foro de la CMSI 2022",
    "ru": "Форум ВВУИО 2022",
    "zh": "2022年信息社会世界峰会论坛",
    "ar": "منتدى القمة العالمية لمجتمع المعلومات لعام 2022",
}


@dataclass(frozen=True, slots=True)
class _Item:
    """A programme item before it has a time and room."""

    kind: str
    title: str
    rooms: tuple[str, ...]
    action_lines: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("en",)
    day: int | None = None  # 0 = Monday 30 May; None lets the planner spread items over the week
    slot: int | None = None
    span: int = 1  # consecutive slots

    @property
    def track(self) -> str:
        return HIGH_LEVEL_TRACK if self.kind in HIGH_LEVEL_KINDS else FORUM_TRACK


_PLENARY = (CICG_1,)
_HLPS = "High-Level Policy Session"
_DIALOGUE = "Interactive High-Level Dialogue"
# In the plenary, interpreted into the six UN languages: day, slot, kind, title, action lines.
_PLENARY_PLAN = (
    (0, 0, "Opening segment", "Opening of the WSIS Forum 2022 final week", "C1 C11"),
    (0, 1, _HLPS, "Policy Session 1: Meaningful connectivity for all", "C2"),
    (0, 3, _HLPS, "Policy Session 2: Confidence and security in the use of ICTs", "C5"),
    (0, 4, _HLPS, "Policy Session 3: Enabling environment and digital regulation", "C6"),
    (1, 0, _HLPS, "Policy Session 4: Digital economy, trade and inclusive growth", "C7"),
    (1, 1, _HLPS, "Policy Session 5: Gender mainstreaming in the digital age", "C1 C4"),
    (1, 3, _DIALOGUE, "Dialogue: Resilient networks after the pandemic", "C2 C5"),
    (1, 4, _HLPS, "Policy Session 6: ICTs for well-being and health", "C7"),
    (2, 0, _HLPS, "Policy Session 7: Capacity building and digital skills", "C4"),
    (2, 1, _DIALOGUE, "Dialogue: Digital learning and the future of education", "C4 C7"),
    (3, 0, _HLPS, "Policy Session 8: Cultural and linguistic diversity online", "C8"),
    (3, 1, _HLPS, "Policy Session 9: ICTs and the environment", "C7"),
    (3, 3, _DIALOGUE, "Dialogue: People-oriented cities and communities", "C7 C11"),
    (3, 4, _HLPS, "Policy Session 10: Financing digital development", "C6 C11"),
    (4, 0, _HLPS, "Policy Session 11: International and regional cooperation", "C11"),
    (4, 1, _DIALOGUE, "Dialogue: Youth voices on the digital future", "C4 C10"),
    (4, 3, "Concluding session", "Closing: the Chair's executive summary", "C1 C11"),
)
_HIGH_LEVEL = (
    *(
        _Item(kind, title, _PLENARY, tuple(lines.split()), UN_LANGUAGES, day, slot)
        for day, slot, kind, title, lines in _PLENARY_PLAN
    ),
    _Item(
        "Ministerial Round Table",
        "Ministers on accelerating progress on the SDGs",
        (CICG_3_4,),
        ("C1", "C11"),
        UN_LANGUAGES,
        day=1,
        slot=3,
        span=2,
    ),
    _Item(
        "WSIS Prizes ceremony",
        "WSIS Prizes 2022: winners and champions",
        _PLENARY,
        (),
        UN_LANGUAGES,
        day=2,
        slot=3,
        span=2,
    ),
)

_ACTION_LINES = (
    ("C1", "The role of governments and all stakeholders"),
    ("C2", "Information and communication infrastructure"),
    ("C3", "Access to information and knowledge"),
    ("C4", "Capacity building"),
    ("C5", "Building confidence and security in the use of ICTs"),
    ("C6", "Enabling environment"),
    ("C7", "ICT applications: e-government"),
    ("C7", "ICT applications: e-health"),
    ("C7", "ICT applications: e-agriculture"),
    ("C8", "Cultural diversity and identity, linguistic diversity and local content"),
    ("C9", "Media"),
    ("C10", "Ethical dimensions of the information society"),
    ("C11", "International and regional cooperation"),
)
_ALFM_ROOMS = (POPOV, ROOM_A, ROOM_L, CICG_3_4)
_WORKSHOP_ROOMS = (CICG_18, ROOM_H, ROOM_L, ROOM_A, CICG_3_4)
_COUNTRY_WORKSHOPS = (
    ("Digital public infrastructure: lessons from a national roll-out", ("C7",)),
    ("Connecting rural schools by satellite", ("C2", "C4")),
    ("A national cybersecurity strategy in practice", ("C5",)),
    ("Universal service funds that work", ("C2", "C6")),
    ("E-health records across provinces", ("C7",)),
    ("Digital skills for public servants", ("C4",)),
    ("Open data portals and local innovation", ("C3",)),
    ("Broadcasting in minority languages", ("C8", "C9")),
)
_THEMATIC_WORKSHOPS = (
    ("Community networks for the last mile", ("C2",)),
    ("AI governance and human rights", ("C10",)),
    ("Child online protection: what works", ("C5",)),
    ("Measuring the information society", ("C11",)),
    ("Digital identity without exclusion", ("C7", "C10")),
    ("Green data centres and e-waste", ("C7",)),
    ("Disinformation and public-interest media", ("C9",)),
    ("Libraries as digital inclusion hubs", ("C3", "C4")),
    ("Early warning for all: ICTs and disaster risk", ("C7",)),
    ("Small businesses in the digital economy", ("C7", "C6")),
)
_SPECIAL_TRACKS = (
    ("ICTs and Youth", "young innovators on the SDGs"),
    ("ICTs and Gender Mainstreaming", "closing the gender digital gap"),
    ("ICTs for Industry 4.0 and Emerging Technologies", "standards for smart manufacturing"),
    ("ICTs for Well-being, Happiness and Peace", "digital tools for mental health"),
    ("ICTs and Accessibility", "accessible public services for persons with disabilities"),
    ("ICTs and Older Persons", "digital skills in later life"),
    ("ICTs and Indigenous Peoples and Cultures", "keeping indigenous languages online"),
    ("ICTs for Developing and Least Developed Countries", "affordable broadband"),
    ("ICTs for Sport", "data, inclusion and fair play"),
)
_CAFE_THEMES = (
    "Partnerships for connectivity",
    "Digital inclusion stories",
    "Cybersecurity for small states",
    "Youth and the WSIS Action Lines",
    "What next for WSIS beyond 2025",
)


# Laureates of the hackathon were announced on 1 June (day 2).
_SHORT_FORMATS = (
    _Item(
        "Hackathon",
        "Hackathon on ICTs for Indigenous Languages: team showcase",
        (HACK_LAB,),
        ("C8",),
        day=0,
        slot=3,
        span=2,
    ),
    _Item(
        "Hackathon",
        "Hackathon on ICTs for Indigenous Languages: mentoring clinic",
        (HACK_LAB,),
        ("C8",),
        day=1,
        slot=0,
        span=2,
    ),
    _Item(
        "Hackathon",
        "Hackathon on ICTs for Indigenous Languages: laureates",
        (CICG_18,),
        ("C8",),
        ("en", "fr", "es"),
        day=2,
        slot=2,
    ),
    _Item("Open Space", "Open Space: digital environment coalition", (ROOM_H,), ("C7",), slot=2),
    _Item("Open Space", "Open Space: community-led connectivity", (ROOM_H,), ("C2",), slot=2),
    _Item("Open Space", "Open Space: measuring digital well-being", (ROOM_H,), ("C3",), slot=2),
    _Item(
        "Academia Round Table",
        "Academia Round Table: research for the WSIS Action Lines",
        (ROOM_L,),
        ("C4", "C11"),
        day=2,
        slot=1,
    ),
    _Item("TalkX", "TalkX: ten minutes on trustworthy AI", (POPOV,), ("C10",), slot=2),
    _Item("TalkX", "TalkX: satellites for the unconnected", (POPOV,), ("C2",), slot=2),
    _Item("TalkX", "TalkX: privacy by design in public services", (POPOV,), ("C5",), slot=2),
    *(
        _Item(
            "Highlights and Key Outcomes",
            f"Highlights and key outcomes: day {day + 1}",
            (ROOM_A,),
            (),
            ("en", "fr"),
            day,
            2,
        )
        for day in range(_DAYS)
    ),
)


def _forum_items() -> list[_Item]:
    items = [
        _Item(
            "Action Line Facilitation Meeting",
            f"Action Line {code}: {name}",
            _ALFM_ROOMS,
            (code,),
            ("en", "fr") if code in ("C8", "C9") else ("en",),
        )
        for code, name in _ACTION_LINES
    ]
    items += [
        _Item(
            "Country Workshop",
            f"Country Workshop: {title}",
            _WORKSHOP_ROOMS,
            lines,
            _workshop_languages(n),
        )
        for n, (title, lines) in enumerate(_COUNTRY_WORKSHOPS)
    ]
    items += [
        _Item(
            "Thematic Workshop",
            f"Thematic Workshop: {title}",
            _WORKSHOP_ROOMS,
            lines,
            _workshop_languages(n + 3),
        )
        for n, (title, lines) in enumerate(_THEMATIC_WORKSHOPS)
    ]
    items += [
        _Item("Special Track", f"{track}: {topic}", _WORKSHOP_ROOMS, ("C1", "C11"))
        for track, topic in _SPECIAL_TRACKS
    ]
    items += [
        _Item("Knowledge Café", f"Knowledge Café: {theme}", (CAFE,), (), ("en", "fr"), day, 2)
        for day, theme in enumerate(_CAFE_THEMES)
    ]
    return items + list(_SHORT_FORMATS)


def _workshop_languages(n: int) -> tuple[str, ...]:
    """Workshops run in English; some in French or Spanish too, a few in French only."""
    cycle = (("en",), ("en",), ("en", "fr"), ("en",), ("en",), ("en", "es"), ("en",), ("fr",))
    return cycle[n % len(cycle)]


def sample_sessions(event: Event) -> list[Session]:
    """About 80 programme items over the five days; no room holds two sessions at once."""
    planner = _Planner()
    placed = [planner.place(item) for item in _HIGH_LEVEL]
    placed += [planner.place(item, n % _DAYS) for n, item in enumerate(_forum_items())]
    placed.sort(key=lambda p: (p.day, p.slot, p.room))
    zone = ZoneInfo(event.timezone)
    return [_session(event, zone, event.id * 1000 + n, p) for n, p in enumerate(placed, start=1)]


@dataclass(frozen=True, slots=True)
class _Placement:
    item: _Item
    day: int
    slot: int
    room: str


class _Planner:
    """Gives each item the first free (day, slot, room) cell it fits; deterministic."""

    def __init__(self) -> None:
        self._used = {
            (day, slot, room)
            for day, slot in _PLENARY_ONLY
            for room in VERIFIED_ROOMS + SYNTHETIC_ROOMS
            if room != CICG_1
        }

    def place(self, item: _Item, first_day: int = 0) -> _Placement:
        for day, slot, room in self._candidates(item, first_day):
            cells = {(day, slot + k, room) for k in range(item.span)}
            if slot + item.span <= len(_SLOTS) and not cells & self._used:
                self._used |= cells
                return _Placement(item, day, slot, room)
        raise ValueError(f"no free room for sample session {item.title!r}")

    def _candidates(self, item: _Item, first_day: int) -> list[tuple[int, int, str]]:
        days = (
            [item.day] if item.day is not None else [(first_day + d) % _DAYS for d in range(_DAYS)]
        )
        if item.slot is not None:
            slots: tuple[int, ...] = (item.slot,)
        else:
            slots = _LUNCH if item.kind in ("Open Space", "TalkX") else _LONG_SLOTS
        return [(day, slot, room) for day in days for slot in slots for room in item.rooms]


def _session(event: Event, zone: ZoneInfo, session_id: int, placed: _Placement) -> Session:
    item = placed.item
    start, end = _SLOTS[placed.slot][0], _SLOTS[placed.slot + item.span - 1][1]
    return Session(
        id=session_id,
        event_id=event.id,
        title=item.title,
        kind=item.kind,
        track=item.track,
        room=placed.room,
        starts_at=_utc(event.start, placed.day, start, zone),
        ends_at=_utc(event.start, placed.day, end, zone),
        languages=item.languages,
        action_lines=item.action_lines,
        is_sample=True,
        title_translations=frozen(title_translations(item.title)),
    )


def sample_tracks(event: Event) -> list[Track]:
    """The High-Level Track and the Forum Track, labelled in the six UN languages."""
    return [
        Track(event.id, code, label, frozen(texts)) for code, (label, texts) in TRACK_LABELS.items()
    ]


def sample_rooms(event: Event) -> list[Room]:
    """The sample's rooms with building, floor and directions in the six UN languages."""
    return [
        Room(
            event_id=event.id,
            name=name,
            building=building[0],
            floor=floor[0],
            directions=how[0],
            name_translations=frozen(names),
            building_translations=frozen(building[1]),
            floor_translations=frozen(floor[1]),
            directions_translations=frozen(how[1]),
            is_sample=True,
        )
        for name, (building, floor, how, names) in ROOM_DIRECTIONS.items()
    ]


def _utc(first: date, day: int, hour_minute: tuple[int, int], zone: ZoneInfo) -> datetime:
    local = first + timedelta(days=day)
    return datetime(local.year, local.month, local.day, *hour_minute, tzinfo=zone).astimezone(UTC)
