"""The staff desk's actions on a real database: audit lines, outbox items, journal rows, roles,
bad input, two desks on one database and sync while offline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from wsis_event import CATEGORIES, EVENT

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.desk import WALK_IN_FIRST_ID, DeskProblem, IdDocument
from kiosk.core.model import BadgeCategory, Participant, ParticipantStatus
from kiosk.core.staff import Role
from kiosk.printing.base import PrinterState, PrinterStatus, PrintResult, RenderedBadge
from kiosk.services.badges import BadgeDesigner
from kiosk.services.desk import DeskError, DeskRefusedError, DeskService, DeskStaff, WalkIn
from kiosk.services.printing import PrinterSet, PrintJobs, PrintSetup
from kiosk.services.sync import sync_once
from kiosk.store import Database, changes, events, journal, open_database, participants
from kiosk.store import desk as desk_store
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.fake import FakeRegistry

TEMPORARY = BadgeCategory("TMP", 11, "Temporary", "#9E9E9E")
PEOPLE = [
    Participant(101, 22, "Amina", "Diallo", "Amina Diallo", category="DEL", country="SN"),
    Participant(102, 22, "Wei", "Li", "李伟", native_name="李伟", category="VIP"),
    Participant(103, 22, "Layla", "Haddad", "ليلى حداد", native_name="ليلى حداد", category="DEL"),
    Participant(104, 22, "Olga", "Ivanova", "Ольга", status=ParticipantStatus.REVOKED),
]
NOW = datetime(2022, 5, 30, 6, 45, tzinfo=UTC)
DESK = DeskStaff("maria", Role.DESK)
SUPERVISOR = DeskStaff("chen", Role.SUPERVISOR)


class Printer:
    uri = "test://desk"

    def __init__(self) -> None:
        self.printed: list[RenderedBadge] = []

    def print_badge(self, badge: RenderedBadge) -> PrintResult:
        self.printed.append(badge)
        return PrintResult(self.uri, ())

    def status(self) -> PrinterStatus:
        return PrinterStatus(PrinterState.ONLINE)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def desk_for(
    db: Database, printer: Printer, kiosk_id: str = "desk-1", clock: Clock | None = None
) -> DeskService:
    clock = clock or Clock()
    designer = BadgeDesigner(EVENT, [*CATEGORIES, TEMPORARY])
    setup = PrintSetup.of(PrinterSet.of(printer), BADGE_SIZES["a6"])
    return DeskService(db, PrintJobs(db, setup, designer, kiosk_id, clock), kiosk_id, clock)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "kiosk.db")
    events.save_event(database, EVENT, [*CATEGORIES, TEMPORARY])
    participants.save_participants(database, PEOPLE)
    yield database
    database.close()


@pytest.fixture
def printer() -> Printer:
    return Printer()


def audit(db: Database) -> list[tuple[str, str, str, str, int | None, str]]:
    rows = db.execute(
        "SELECT action, outcome, staff_id, reason, registration_id, kiosk_id FROM audit "
        "WHERE action LIKE 'desk-%' ORDER BY id"
    ).fetchall()
    return [tuple(r) for r in rows]


def outbox(db: Database) -> list[tuple[str, dict[str, object]]]:
    rows = db.execute("SELECT kind, payload FROM outbox ORDER BY rowid").fetchall()
    return [(kind, json.loads(payload)) for kind, payload in rows]


def test_a_check_in_after_an_id_check_is_journalled_audited_and_queued(
    db: Database, printer: Printer
) -> None:
    check_in = desk_for(db, printer).check_in(DESK, 103, id_checked=True)
    assert check_in.source.value == "desk"
    assert participants.get_participant(db, 103).checked_in_at == NOW  # type: ignore[union-attr]
    assert audit(db) == [("desk-check-in", "done", "maria", "id checked", 103, "desk-1")]
    assert [(k, d["source"]) for k, d in outbox(db)] == [("checkin", "desk")]


def test_no_check_in_without_the_id_check_or_for_someone_unknown(
    db: Database, printer: Printer
) -> None:
    desk = desk_for(db, printer)
    with pytest.raises(DeskError, match="ID document"):
        desk.check_in(DESK, 101, id_checked=False)
    with pytest.raises(DeskError, match="not on this machine's roster"):
        desk.check_in(DESK, 999, id_checked=True)
    with pytest.raises(DeskError, match="104 is revoked: no check-in"):
        desk.check_in(DESK, 104, id_checked=True)
    assert journal.count_check_ins(db) == 0
    assert outbox(db) == []
    assert audit(db) == []


def test_a_reprint_raises_the_version_and_deactivates_the_previous_badge(
    db: Database, printer: Printer
) -> None:
    desk = desk_for(db, printer)
    desk.print_badge(DESK, 102, "first badge at the desk")
    outcome = desk.print_badge(DESK, 102, "  lost\n badge ")
    assert outcome.printed
    assert outcome.job.badge_version == 2
    records = journal.badge_records(db, 102)
    assert [(r.issue.badge_version, r.deactivated_at is None) for r in records] == [
        (1, False),
        (2, True),
    ]
    assert journal.active_badge_version(db, 102) == 2
    assert [row[:4] for row in audit(db)] == [
        ("desk-print", "printed", "maria", "first badge at the desk"),
        ("desk-print", "printed", "maria", "lost badge"),
    ]
    assert [(k, d["badge_version"]) for k, d in outbox(db)] == [
        ("badge_print", 1),
        ("badge_print", 2),
    ]
    assert [b.content.badge_name for b in printer.printed] == ["李伟", "李伟"]


def test_a_print_needs_a_reason(db: Database, printer: Printer) -> None:
    with pytest.raises(DeskError, match="needs a reason"):
        desk_for(db, printer).print_badge(DESK, 101, " \t ")
    assert printer.printed == []
    assert journal.recent_jobs(db) == []
    assert audit(db) == []


def test_a_supervisor_voids_the_valid_badge_and_the_void_is_queued(
    db: Database, printer: Printer
) -> None:
    desk = desk_for(db, printer)
    desk.print_badge(SUPERVISOR, 103, "first")
    voided = desk.void(SUPERVISOR, 103, "reported stolen")
    assert journal.active_badge_version(db, 103) is None
    kind, data = outbox(db)[-1]
    assert (kind, data["badge_print_id"], data["reason"]) == (
        "badge_void",
        voided,
        "reported stolen",
    )
    assert audit(db)[-1] == ("desk-void", "done", "chen", "reported stolen", 103, "desk-1")
    with pytest.raises(DeskError, match="no valid badge"):
        desk.void(SUPERVISOR, 103, "again")
    assert len(audit(db)) == 2


def test_desk_staff_are_refused_void_and_walk_in_and_the_refusal_is_audited(
    db: Database, printer: Printer
) -> None:
    desk = desk_for(db, printer)
    desk.print_badge(DESK, 101, "first")
    with pytest.raises(DeskRefusedError, match="supervisors") as refused:
        desk.void(DESK, 101, "lost")
    assert refused.value.problem is DeskProblem.SUPERVISOR_ONLY
    with pytest.raises(DeskRefusedError):
        desk.walk_in(DESK, WalkIn("Ana", "Souza"), "walk-in speaker")
    assert journal.active_badge_version(db, 101) == 1
    assert [row[:3] for row in audit(db)[1:]] == [
        ("desk-void", "refused", "maria"),
        ("desk-walk-in", "refused", "maria"),
    ]
    assert [k for k, _ in outbox(db)] == ["badge_print"]


@pytest.mark.parametrize(
    ("person", "name"),
    [(101, "Aminata Diallo"), (103, "ليلى الحداد"), (102, "李偉"), (103, "\u200fليلى حداد")],
)
def test_a_corrected_name_is_stored_audited_and_queued_in_any_script(
    db: Database, printer: Printer, person: int, name: str
) -> None:
    before = participants.get_participant(db, person).badge_name  # type: ignore[union-attr]
    result = desk_for(db, printer).correct_name(DESK, person, f" {name} ", before, "misspelt")
    assert result.applied
    assert not result.conflict_id
    assert participants.get_participant(db, person).badge_name == name  # type: ignore[union-attr]
    assert outbox(db) == [("name_correction", {**outbox(db)[0][1], "badge_name": name})]
    assert outbox(db)[0][1]["registration_id"] == person
    assert audit(db) == [("desk-correct-name", "done", "maria", "misspelt", person, "desk-1")]
    assert name not in json.dumps(audit(db), ensure_ascii=False)  # no names in the audit


@pytest.mark.parametrize(
    ("name", "reason", "message", "problem"),
    [
        ("x" * 10_000, "misspelt", "at most 100", DeskProblem.TOO_LONG),
        ("Amina\x00Diallo", "misspelt", "control character", DeskProblem.CONTROL_CHARACTER),
        ("Amina\nDiallo", "misspelt", "control character", DeskProblem.CONTROL_CHARACTER),
        ("\u2067Amina\u2069", "misspelt", "direction override", DeskProblem.DIRECTION_OVERRIDE),
        ("   ", "misspelt", "empty", DeskProblem.EMPTY),
        ("Amina Diallo", "", "needs a reason", DeskProblem.REASON_MISSING),
        ("Amina Diallo", "bad\x07reason", "control character", DeskProblem.CONTROL_CHARACTER),
        ("Amina Diallo", "r" * 201, "at most 200", DeskProblem.TOO_LONG),
    ],
)
def test_bad_names_and_reasons_are_refused_and_nothing_is_written(
    db: Database, printer: Printer, name: str, reason: str, message: str, problem: DeskProblem
) -> None:
    with pytest.raises(DeskError, match=message) as refused:
        desk_for(db, printer).correct_name(DESK, 101, name, "Amina Diallo", reason)
    assert refused.value.problem is problem
    assert participants.get_participant(db, 101).badge_name == "Amina Diallo"  # type: ignore[union-attr]
    assert outbox(db) == []
    assert audit(db) == []
    assert desk_store.name_history(db, 101) == []


def test_two_desks_on_one_database_keep_both_names_the_later_wins_and_a_conflict_is_listed(
    tmp_path: Path, db: Database, printer: Printer
) -> None:
    other = open_database(tmp_path / "kiosk.db")  # a second process's connection
    try:
        clock_a, clock_b = Clock(), Clock()
        clock_b.now = NOW + timedelta(seconds=30)
        desk_a = desk_for(db, printer, "desk-1", clock_a)
        desk_b = desk_for(other, printer, "desk-2", clock_b)
        seen = "Amina Diallo"  # both desks opened the person before either saved
        first = desk_a.correct_name(DESK, 101, "Aminata Diallo", seen, "misspelt")
        second = desk_b.correct_name(SUPERVISOR, 101, "Amina Diallo-Sow", seen, "ID shows")
        assert first.applied
        assert not first.conflict_id
        assert second.applied
        assert second.conflict_id
        assert participants.get_participant(db, 101).badge_name == "Amina Diallo-Sow"  # type: ignore[union-attr]
        assert [name for _, name in desk_store.name_history(db, 101)] == [
            "Aminata Diallo",
            "Amina Diallo-Sow",
        ]
        [conflict] = changes.open_conflicts(db)
        assert (conflict.registration_id, conflict.kind) == (101, "name-edit")
        assert [d["kiosk_id"] for k, d in outbox(db)] == ["desk-1", "desk-2"]
        assert [(row[0], row[5]) for row in audit(db)] == [
            ("desk-correct-name", "desk-1"),
            ("desk-correct-name", "desk-2"),
        ]
        # a desk whose clock is behind saves after both: kept, but the later name stands
        clock_a.now = NOW + timedelta(seconds=10)
        late = desk_a.correct_name(DESK, 101, "A. Diallo", "Aminata Diallo", "typo")
        assert not late.applied
        assert late.conflict_id
        assert participants.get_participant(other, 101).badge_name == "Amina Diallo-Sow"  # type: ignore[union-attr]
        assert len(desk_store.name_history(db, 101)) == 3
    finally:
        other.close()


@pytest.mark.parametrize("document", list(IdDocument))
def test_a_vip_pickup_records_who_collected_and_their_document(
    db: Database, printer: Printer, document: IdDocument
) -> None:
    desk_for(db, printer).vip_pickup(DESK, 102, " 王芳 ", document)
    [pickup] = desk_store.vip_pickups(db, 102)
    assert (pickup.collector, pickup.id_document, pickup.staff_id) == (
        "王芳",
        document.value,
        "maria",
    )
    assert audit(db) == [("desk-vip-pickup", "done", "maria", document.value, 102, "desk-1")]
    assert outbox(db) == []  # a pick-up stays on the desk's machine (docs/desk.md)


def test_a_vip_pickup_needs_the_collectors_name(db: Database, printer: Printer) -> None:
    with pytest.raises(DeskError, match="collector's name is empty"):
        desk_for(db, printer).vip_pickup(DESK, 102, "", IdDocument.PASSPORT)
    assert desk_store.vip_pickups(db, 102) == []
    assert audit(db) == []


@pytest.mark.parametrize(
    ("given", "family", "badge"),
    [("Ana", "Souza", "Ana Souza"), ("Layla", "Haddad", "ليلى حداد"), ("Fang", "Wang", "王芳")],
)
def test_a_supervisor_makes_a_walk_in_provisional_then_prints_a_temporary_badge(
    db: Database, printer: Printer, given: str, family: str, badge: str
) -> None:
    desk = desk_for(db, printer)
    person = desk.walk_in(SUPERVISOR, WalkIn(given, family, badge, country="br"), "walk-in")
    assert person.registration_id >= WALK_IN_FIRST_ID
    assert person.is_provisional
    stored = participants.get_participant(db, person.registration_id)
    assert stored is not None
    assert stored.is_provisional
    assert stored.category == "TMP"
    assert stored.badge_name == badge
    assert stored.country == "BR"
    desk.check_in(SUPERVISOR, person.registration_id, id_checked=True)
    desk.print_badge(SUPERVISOR, person.registration_id, "temporary badge")
    assert printer.printed[-1].content.category_label == "Temporary"
    assert [k for k, _ in outbox(db)] == ["participant", "checkin", "badge_print"]
    assert [row[0] for row in audit(db)] == ["desk-walk-in", "desk-check-in", "desk-print"]


def test_a_walk_in_with_bad_input_writes_nothing(db: Database, printer: Printer) -> None:
    desk = desk_for(db, printer)
    with pytest.raises(DeskError, match="given name is empty"):
        desk.walk_in(SUPERVISOR, WalkIn("", "Souza"), "walk-in")
    with pytest.raises(DeskError, match="no badge category 'XYZ'"):
        desk.walk_in(SUPERVISOR, WalkIn("Ana", "Souza", category="XYZ"), "walk-in")
    with pytest.raises(DeskError, match="at most 100"):
        desk.walk_in(SUPERVISOR, WalkIn("Ana" * 5000, "Souza"), "walk-in")
    assert participants.count_participants(db) == len(PEOPLE)
    assert outbox(db) == []
    assert audit(db) == []


def test_actions_taken_offline_are_queued_and_synced_later(db: Database, printer: Printer) -> None:
    registry = FakeRegistry(lambda: NOW)
    client = registry.client("desk-1")
    desk = desk_for(db, printer)
    registry.failures.append(SyncError(SyncProblem.NETWORK, "cannot reach the registry"))
    walk_in = desk.walk_in(SUPERVISOR, WalkIn("Ana", "Souza"), "walk-in")
    desk.check_in(DESK, 101, id_checked=True)
    desk.print_badge(DESK, 101, "first")
    desk.correct_name(DESK, 101, "Aminata Diallo", "Amina Diallo", "misspelt")
    desk.void(SUPERVISOR, 101, "reprint at another desk")
    offline = sync_once(db, client, lambda: NOW)
    assert offline.error
    assert offline.outbox_left == 5
    online = sync_once(db, client, lambda: NOW)
    assert not online.error
    assert online.pushed == 5
    assert online.outbox_left == 0
    kinds = [item["kind"] for item in registry.items.values()]
    assert kinds == ["participant", "checkin", "badge_print", "name_correction", "badge_void"]
    sent = [item["data"] for item in registry.items.values()]
    assert sent[0]["registration_id"] == walk_in.registration_id
    assert sent[0]["is_provisional"]
    assert sent[3]["badge_name"] == "Aminata Diallo"


def test_a_print_the_journal_refuses_is_audited_as_failed(db: Database, printer: Printer) -> None:
    with pytest.raises(DeskError, match="revoked: no badge may be printed"):
        desk_for(db, printer).print_badge(DESK, 104, "lost")
    assert audit(db) == [("desk-print", "failed", "maria", "lost", 104, "desk-1")]
    assert printer.printed == []
    assert outbox(db) == []


@pytest.mark.parametrize(
    ("walk_in", "message"),
    [
        (WalkIn("Ana", "Souza", organisation="ITU" * 100), "organisation has 300 characters"),
        (WalkIn("Ana", "Souza", organisation="ITU\tGeneva"), "organisation holds a control"),
        (WalkIn("Ana", "Souza", country="Brazil"), "two-letter ISO code"),
        (WalkIn("Ana", "Souza", badge_name="\u202eanA"), "direction override"),
    ],
)
def test_a_walk_in_with_a_bad_detail_is_refused_not_cut(
    db: Database, printer: Printer, walk_in: WalkIn, message: str
) -> None:
    with pytest.raises(DeskError, match=message):
        desk_for(db, printer).walk_in(SUPERVISOR, walk_in, "walk-in")
    assert participants.count_participants(db) == len(PEOPLE)
