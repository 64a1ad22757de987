"""The People page's read side (services/desk_views.py): whose a scanned code is, the search
rows' states, one person's view. Codes are checked as the kiosk checks them; nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from people_desk import SARA, TINGTING
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kiosk.app import add_desk_photo, read_settings
from kiosk.core.credentials import Credential, new_signing_key, sign_credential
from kiosk.core.model import ParticipantStatus, ScanSource
from kiosk.desk_app import desk_backend_factory
from kiosk.paths import Home
from kiosk.services.demo import DEMO_KEY_ID, demo_private_key, init_demo, issue_demo_code
from kiosk.services.desk_backend import DeskBackend
from kiosk.services.desk_views import (
    CodeNotice,
    CodeProblem,
    PersonState,
    find_people,
    identify_code,
    person_view,
)
from kiosk.store import journal, participants

ISSUED = datetime(2022, 5, 29, tzinfo=UTC)


@pytest.fixture
def home(tmp_path: Path) -> Home:
    home = Home(tmp_path / "home")
    init_demo(home, count=30)
    return home


@pytest.fixture
def backend(qapp: QApplication, home: Home) -> Iterator[DeskBackend]:
    backend = desk_backend_factory(home, read_settings(home))()
    yield backend
    backend.db.close()


def _code(home: Home, registration_id: int, event_id: int, key_id: int = DEMO_KEY_ID) -> str:
    credential = Credential(key_id, event_id, registration_id, 1, 0, ISSUED)
    return sign_credential(credential, demo_private_key(home))


def _audit_count(backend: DeskBackend) -> int:
    return len(journal.recent_audit(backend.db, 10_000))


def test_a_registration_code_names_its_person_and_writes_nothing(
    home: Home, backend: DeskBackend
) -> None:
    before = _audit_count(backend)
    found = identify_code(backend.service, issue_demo_code(home, SARA, ISSUED))
    assert (found.registration_id, found.problem, found.notice) == (SARA, None, CodeNotice.NONE)
    assert _audit_count(backend) == before
    assert journal.count_check_ins(backend.db) == 0


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", CodeProblem.EMPTY),
        ("   \n", CodeProblem.EMPTY),
        ("x" * 10_000, CodeProblem.JUNK),
        ("1" * 10_000, CodeProblem.JUNK),
        ("\x00\x1b[2J\x7f", CodeProblem.JUNK),
        ("ça n'est pas un code", CodeProblem.JUNK),
        ("B1-not-a-badge", CodeProblem.JUNK),
        ("OPAQUEPRETIXSECRET1234567", CodeProblem.UNKNOWN),  # another registry's, unmatched
    ],
    ids=["empty", "blank", "10-kB-letters", "10-kB-digits", "control", "words", "b1", "opaque"],
)
def test_what_is_not_a_known_code_gets_its_problem(
    backend: DeskBackend, text: str, problem: CodeProblem
) -> None:
    found = identify_code(backend.service, text)
    assert (found.registration_id, found.problem) == (None, problem)


def test_a_code_of_another_event_opens_nobody_even_if_the_number_is_here(
    home: Home, backend: DeskBackend
) -> None:
    other = backend.service.event.id + 1
    found = identify_code(backend.service, _code(home, SARA, other))
    assert (found.registration_id, found.problem) == (None, CodeProblem.OTHER_EVENT)


def test_a_genuine_code_for_someone_not_on_the_roster_says_so(
    home: Home, backend: DeskBackend
) -> None:
    found = identify_code(backend.service, _code(home, 22999999, backend.service.event.id))
    assert (found.registration_id, found.problem) == (None, CodeProblem.NOT_ON_ROSTER)


def test_a_code_signed_by_an_unknown_key_or_forged_is_refused(
    home: Home, backend: DeskBackend
) -> None:
    event = backend.service.event.id
    stranger = sign_credential(Credential(77, event, SARA, 1, 0, ISSUED), new_signing_key()[0])
    assert identify_code(backend.service, stranger).problem is CodeProblem.UNKNOWN_KEY
    code = _code(home, SARA, event)
    forged = code[:-4] + ("1111" if not code.endswith("1111") else "2222")
    assert identify_code(backend.service, forged).problem is CodeProblem.BAD_SIGNATURE


def test_badge_codes_name_their_holder_with_what_staff_should_know(
    home: Home, backend: DeskBackend
) -> None:
    service = backend.service
    assert service.scan(issue_demo_code(home, SARA, ISSUED), ScanSource.SCANNER).printed
    assert backend.jobs.reprint(SARA, "lost").printed
    qr = {j.badge_version: j.content.qr_text for j in journal.recent_jobs(backend.db) if j.content}
    old, valid = identify_code(service, qr[1]), identify_code(service, qr[2])
    assert (old.registration_id, old.notice, old.badge_version) == (SARA, CodeNotice.OLD_BADGE, 1)
    assert (valid.registration_id, valid.notice) == (SARA, CodeNotice.VALID_BADGE)
    unsigned = identify_code(service, f"B1-{TINGTING}-1")
    assert (unsigned.registration_id, unsigned.notice) == (TINGTING, CodeNotice.UNSIGNED_BADGE)
    nobody = identify_code(service, "B1-22999999-1")
    assert (nobody.registration_id, nobody.problem) == (None, CodeProblem.NOT_ON_ROSTER)


def test_a_revoked_person_is_found_red_and_their_code_warns(
    home: Home, backend: DeskBackend
) -> None:
    person = participants.get_participant(backend.db, SARA)
    assert person is not None
    participants.save_participants(backend.db, [replace(person, status=ParticipantStatus.REVOKED)])
    rows = find_people(backend, "Husseini")
    assert [(r.person.registration_id, r.state) for r in rows] == [(SARA, PersonState.REVOKED)]
    found = identify_code(backend.service, issue_demo_code(home, SARA, ISSUED))
    assert (found.registration_id, found.notice) == (SARA, CodeNotice.REVOKED)


def test_search_rows_say_who_is_checked_in_and_whose_badge_is_valid(
    home: Home, backend: DeskBackend
) -> None:
    backend.service.scan(issue_demo_code(home, SARA, ISSUED), ScanSource.SCANNER, hold_print=True)
    assert [r.state for r in find_people(backend, "Husseini")] == [PersonState.CHECKED_IN]
    assert [r.state for r in find_people(backend, "Ouyang")] == [PersonState.REGISTERED]
    backend.service.scan(issue_demo_code(home, TINGTING, ISSUED), ScanSource.SCANNER)
    assert [r.state for r in find_people(backend, "Ouyang")] == [PersonState.BADGE_VALID]
    assert find_people(backend, "") == ()


def test_the_view_holds_the_photo_the_preview_and_nothing_for_a_stranger(
    home: Home, backend: DeskBackend, tmp_path: Path
) -> None:
    picture = QImage(300, 400, QImage.Format.Format_RGB32)
    picture.fill(QColor("#9fb7c9"))
    painter = QPainter(picture)
    painter.setBrush(QColor("#5a4636"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(100, 80, 100, 130))
    painter.end()
    assert picture.save(str(tmp_path / "face.jpg"), "JPG", 90)
    add_desk_photo(home, TINGTING, tmp_path / "face.jpg")
    view = person_view(backend, TINGTING, home.photos)
    assert view is not None
    assert view.photo.startswith(b"\xff\xd8")  # the stored JPEG
    assert view.preview_png.startswith(b"\x89PNG")
    assert view.preview_version == 1
    assert view.valid_badge_version is None
    assert person_view(backend, SARA, home.photos) is not None
    assert person_view(backend, SARA, home.photos).photo == b""  # type: ignore[union-attr]
    assert person_view(backend, 22999999, home.photos) is None
