"""The sessions board, driven as a visitor does: from the attract screen, in English, Arabic and
Chinese, filters, Back, idle, the clock moving on, and the now-and-next strip after check-in."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from screen_reading import AMINA, FakeService, MakeWindow, current_screen, taps_taken

from kiosk.core.model import ScanSource, Session
from kiosk.core.programme import SessionState
from kiosk.sample.wsis2022 import sample_event, sample_rooms, sample_sessions, sample_tracks
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.kiosk.now_next import NowNextStrip
from kiosk.ui.kiosk.sessions import MAX_CARDS, SessionsBoard
from kiosk.ui.main_window import MainWindow

EVENT = sample_event()
# 300 characters, no room yet: the file said nothing about where it is.
LONG_TITLE = (
    "Thematic Workshop: Building inclusive, affordable and resilient broadband for rural and "
    "remote communities, with lessons from national universal service funds, community "
    "networks, satellite operators and regulators on what it takes to connect the last three "
    "billion people to a meaningful internet by 2030 and beyond, from Geneva"
)[:300]
ELEVEN_THIRTY = datetime(2022, 5, 30, 9, 30, tzinfo=UTC)  # 11:30 in Geneva, Monday
LANGUAGE_BUTTONS = {"ar": "العربية", "zh": "中文"}
BOARD_BUTTONS = {"en": "Today's sessions", "ar": "جلسات اليوم", "zh": "今日会议"}


@pytest.fixture
def programme(service: FakeService) -> FakeService:
    """The WSIS 2022 sample programme, plus a 300-character title with no room, at 11:30."""
    starts = datetime(2022, 5, 30, 10, 0, tzinfo=UTC)
    extra = Session(
        9001,
        EVENT.id,
        LONG_TITLE,
        "Workshop",
        "forum",
        "",
        starts,
        starts + timedelta(hours=1),
        ("en",),
    )
    service.programme.sessions = [*sample_sessions(EVENT), extra]
    service.programme.rooms = sample_rooms(EVENT)
    service.programme.tracks = sample_tracks(EVENT)
    service.programme.now = ELEVEN_THIRTY
    return service


def _open_board(qtbot: QtBot, window: MainWindow, language: str = "en") -> SessionsBoard:
    attract = current_screen(window)
    assert isinstance(attract, AttractScreen)
    if language != "en":
        _press(qtbot, attract, LANGUAGE_BUTTONS[language])
    _press(qtbot, attract, BOARD_BUTTONS[language])
    board = current_screen(window)
    assert isinstance(board, SessionsBoard)
    qtbot.waitUntil(lambda: board.programme is not None and _settled(board))
    return board


def _settled(board: SessionsBoard) -> bool:
    """Every card is on screen (they arrive a few per turn of the event loop)."""
    wanted = min(len(board.shown_entries()), MAX_CARDS)
    return wanted > 0 and len(_cards(board)) == wanted


def _press(qtbot: QtBot, screen: object, text: str) -> None:
    """Tap the visible button labelled ``text`` (a new language's labels arrive by event), as a
    person does: once the screen has been there a moment, not within the tap that brought it."""
    assert isinstance(screen, QWidget)

    def visible() -> list[QPushButton]:
        return [b for b in screen.findChildren(QPushButton) if b.text() == text and b.isVisible()]

    qtbot.waitUntil(lambda: bool(visible()), timeout=5000)
    window = screen.window()
    assert isinstance(window, MainWindow)
    taps_taken(qtbot, window)  # a deliberate tap: the tap guard of a new screen is over
    qtbot.mouseClick(visible()[0], Qt.MouseButton.LeftButton)


def _cards(board: SessionsBoard) -> list[QLabel]:
    """The title labels of the cards on screen, top to bottom."""
    titles = [t for t in board.findChildren(QLabel, "sessionTitle") if t.isVisibleTo(board)]
    return sorted(titles, key=lambda t: t.mapTo(board, t.rect().topLeft()).y())


def _texts(board: SessionsBoard, name: str) -> list[str]:
    return [w.text() for w in board.findChildren(QLabel, name) if w.isVisibleTo(board)]


def test_one_touch_on_attract_shows_what_is_on_now_and_next_in_english(
    qtbot: QtBot, make_window: MakeWindow, programme: FakeService
) -> None:
    window = make_window()
    board = _open_board(qtbot, window)
    titles = [t.text() for t in _cards(board)]
    assert titles[0] == "Policy Session 1: Meaningful connectivity for all"  # 11:00, CICG 1
    assert "Opening of the WSIS Forum 2022 final week" not in titles  # ended at 10:30
    states = {e.session.title: e.state for e in board.shown_entries()}
    assert states[titles[0]] is SessionState.NOW
    assert SessionState.NEXT in states.values()
    assert "Now" in _texts(board, "sessionState")
    assert "Next" in _texts(board, "sessionState")
    assert "CICG Room 1" in _texts(board, "sessionRoom")
    where = "CICG, opposite ITU · Ground floor\nCross rue de Varembé to the CICG; security "
    assert where + "screening at the door." in _texts(board, "sessionWhere")
    assert "Monday, 30 May 2022" in _texts(board, "boardTitle")
    # read on the check-in worker, never on the GUI thread
    assert programme.programme.threads
    assert threading.get_ident() not in programme.programme.threads


@pytest.mark.parametrize(
    ("language", "title", "room", "tba", "direction"),
    [
        (
            "ar",
            "جلسة السياسات 1: توصيلية مجدية للجميع",
            "مركز جنيف الدولي للمؤتمرات، القاعة 1",
            "ستُعلن القاعة لاحقًا",
            Qt.LayoutDirection.RightToLeft,
        ),
        (
            "zh",
            "政策会议1：人人享有有意义的连通",
            "日内瓦国际会议中心 1 号厅",
            "会议室待定",
            Qt.LayoutDirection.LeftToRight,
        ),
    ],
)
def test_the_board_speaks_the_visitors_language(
    qtbot: QtBot,
    make_window: MakeWindow,
    programme: FakeService,
    language: str,
    title: str,
    room: str,
    tba: str,
    direction: Qt.LayoutDirection,
) -> None:
    window = make_window()
    board = _open_board(qtbot, window, language)
    assert QApplication.layoutDirection() is direction
    titles = [t.text() for t in _cards(board)]
    assert titles[0] == title
    assert room in _texts(board, "sessionRoom")
    assert tba in _texts(board, "sessionRoom")  # the session with no room
    back = {"ar": "رجوع", "zh": "返回"}[language]
    assert back in [b.text() for b in board.findChildren(QPushButton)]
    # a forum session without a translation still shows, in English
    assert "Action Line C1: The role of governments and all stakeholders" in titles


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_track_and_language_filters_narrow_the_board(
    qtbot: QtBot, make_window: MakeWindow, programme: FakeService, language: str
) -> None:
    window = make_window()
    board = _open_board(qtbot, window, language)
    everything = len(board.shown_entries())
    high_level = {"en": "High-Level Track", "ar": "الجزء الرفيع المستوى", "zh": "高级别会议"}
    _press(qtbot, board, high_level[language])
    shown = board.shown_entries()
    assert 0 < len(shown) < everything
    assert all(e.session.track == "high-level" for e in shown)
    qtbot.waitUntil(lambda: _settled(board))
    assert len(_cards(board)) == len(shown)
    everything_tracks = {"en": "All tracks", "ar": "جميع الأجزاء", "zh": "全部类别"}
    _press(qtbot, board, everything_tracks[language])
    _press(qtbot, board, "Español")
    spanish = board.shown_entries()
    assert spanish
    assert all("es" in e.session.languages for e in spanish)
    assert all(button.height() >= 80 for button in board.findChildren(QPushButton))


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_a_300_character_title_wraps_and_is_never_cut(
    qtbot: QtBot, make_window: MakeWindow, programme: FakeService, language: str
) -> None:
    window = make_window()
    board = _open_board(qtbot, window, language)
    long_card = next(t for t in _cards(board) if t.text() == LONG_TITLE)
    qtbot.waitUntil(lambda: long_card.height() >= long_card.heightForWidth(long_card.width()))
    assert long_card.height() > 3 * long_card.fontMetrics().height()  # several lines
    card = long_card.parentWidget()
    assert card is not None
    assert long_card.geometry().right() <= card.contentsRect().right()


def test_back_returns_to_attract_in_the_visitors_language(
    qtbot: QtBot, make_window: MakeWindow, programme: FakeService
) -> None:
    window = make_window()
    board = _open_board(qtbot, window, "zh")
    _press(qtbot, board, "返回")
    attract = current_screen(window)
    assert isinstance(attract, AttractScreen)
    _press(qtbot, attract, "今日会议")  # still in Chinese: the visitor has not left
    assert isinstance(current_screen(window), SessionsBoard)


def test_idle_on_the_board_returns_to_attract_in_the_home_language(
    qtbot: QtBot, make_window: MakeWindow, programme: FakeService
) -> None:
    window = make_window(idle_timeout_s=1.0)
    _open_board(qtbot, window, "ar")
    qtbot.waitUntil(lambda: isinstance(current_screen(window), AttractScreen), timeout=10_000)
    assert QApplication.layoutDirection() is Qt.LayoutDirection.LeftToRight
    _press(qtbot, current_screen(window), "Today's sessions")  # English again


@pytest.mark.parametrize(
    ("language", "policy"),
    [
        ("en", "Policy Session 1: Meaningful connectivity for all"),
        ("ar", "جلسة السياسات 1: توصيلية مجدية للجميع"),
        ("zh", "政策会议1：人人享有有意义的连通"),
    ],
)
def test_the_board_follows_the_clock_as_sessions_end(
    qtbot: QtBot, make_window: MakeWindow, programme: FakeService, language: str, policy: str
) -> None:
    # One second before 12:30: the 11:00 sessions end, and leave the board by themselves.
    programme.programme.now = datetime(2022, 5, 30, 10, 29, 59, tzinfo=UTC)
    window = make_window()
    board = _open_board(qtbot, window, language)
    assert policy in [t.text() for t in _cards(board)]
    programme.programme.now = datetime(2022, 5, 30, 10, 30, 1, tzinfo=UTC)
    qtbot.waitUntil(lambda: policy not in [t.text() for t in _cards(board)], timeout=15_000)


@pytest.mark.parametrize(
    ("language", "ended", "tuesday"),
    [
        ("en", "Today's sessions have ended.", "Tuesday, 31 May 2022"),
        ("ar", "انتهت جلسات اليوم.", "الثلاثاء، ٣١ مايو ٢٠٢٢"),
        ("zh", "今天的会议已全部结束。", "2022年5月31日星期二"),
    ],
)
def test_after_midnight_the_board_shows_the_new_day(
    qtbot: QtBot,
    make_window: MakeWindow,
    programme: FakeService,
    language: str,
    ended: str,
    tuesday: str,
) -> None:
    programme.programme.now = datetime(2022, 5, 30, 21, 59, 59, tzinfo=UTC)  # 23:59:59 Geneva
    window = make_window()
    attract = current_screen(window)
    if language != "en":
        _press(qtbot, attract, LANGUAGE_BUTTONS[language])
    _press(qtbot, attract, BOARD_BUTTONS[language])
    board = current_screen(window)
    assert isinstance(board, SessionsBoard)
    qtbot.waitUntil(lambda: ended in _texts(board, "hint"))
    programme.programme.now = datetime(2022, 5, 30, 22, 0, 1, tzinfo=UTC)
    qtbot.waitUntil(lambda: tuesday in _texts(board, "boardTitle"), timeout=15_000)
    qtbot.waitUntil(lambda: _settled(board))


@pytest.mark.parametrize(
    ("language", "button", "now"),
    [
        ("en", "Today's sessions", "Now"),
        ("ar", "جلسات اليوم", "الآن"),
        ("zh", "今日会议", "进行中"),
    ],
)
def test_after_check_in_a_now_and_next_strip_leads_to_the_board(
    qtbot: QtBot,
    make_window: MakeWindow,
    programme: FakeService,
    language: str,
    button: str,
    now: str,
) -> None:
    programme.answers["0123456789"] = AMINA
    window = make_window()
    if language != "en":
        _press(qtbot, current_screen(window), {"ar": "العربية", "zh": "中文"}[language])
    window.on_scanned("0123456789", ScanSource.SCANNER)
    strip = window.findChild(NowNextStrip)
    assert strip is not None
    qtbot.waitUntil(strip.isVisible)
    now_line, next_line = strip.lines()
    assert now_line.startswith(f"{now} 11:00")
    assert next_line
    _press(qtbot, strip, button)
    assert isinstance(current_screen(window), SessionsBoard)
    assert not strip.isVisible()


@pytest.mark.parametrize(
    ("language", "cannot", "back"),
    [
        ("en", "cannot be shown", "Back"),
        ("ar", "يتعذر عرض البرنامج", "رجوع"),
        ("zh", "目前无法显示日程", "返回"),
    ],
)
def test_a_programme_that_cannot_be_read_says_so(
    qtbot: QtBot,
    make_window: MakeWindow,
    programme: FakeService,
    language: str,
    cannot: str,
    back: str,
) -> None:
    def broken() -> None:
        raise RuntimeError("database gone")

    programme.programme.today = broken  # type: ignore[method-assign, assignment]
    window = make_window()
    attract = current_screen(window)
    if language != "en":
        _press(qtbot, attract, LANGUAGE_BUTTONS[language])
    _press(qtbot, attract, BOARD_BUTTONS[language])
    board = current_screen(window)
    assert isinstance(board, SessionsBoard)
    qtbot.waitUntil(lambda: any(cannot in t for t in _texts(board, "hint")))
    assert not _cards(board)
    _press(qtbot, board, back)  # never a dead end
    assert isinstance(current_screen(window), AttractScreen)


def test_a_crowded_day_shows_the_first_sessions_and_counts_the_rest(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    starts = datetime(2022, 5, 30, 10, 0, tzinfo=UTC)
    service.programme.sessions = [
        Session(
            n,
            EVENT.id,
            f"Open Space {n}",
            "Open Space",
            "forum",
            f"Room {n}",
            starts,
            starts + timedelta(hours=1),
            ("en",),
        )
        for n in range(1, MAX_CARDS + 16)
    ]
    window = make_window()
    board = _open_board(qtbot, window)
    assert len(_cards(board)) == MAX_CARDS
    more = "More sessions: 15. Choose a track or a language."
    qtbot.waitUntil(lambda: more in _texts(board, "hint"))


def test_a_track_the_updated_programme_no_longer_has_falls_back_to_all_tracks(
    qtbot: QtBot, make_window: MakeWindow, programme: FakeService
) -> None:
    window = make_window()
    board = _open_board(qtbot, window)
    _press(qtbot, board, "High-Level Track")
    assert all(e.session.track == "high-level" for e in board.shown_entries())
    programme.programme.sessions = [
        s for s in programme.programme.sessions if s.track != "high-level"
    ]
    board.reload()  # what the clock or a sync would do
    qtbot.waitUntil(lambda: not board._loading and _settled(board))
    shown = board.shown_entries()
    assert shown
    assert all(e.session.track == "forum" for e in shown)
    assert "All tracks" not in [b.text() for b in board.findChildren(QPushButton) if b.isVisible()]
