"""A demo home with a morning of arrivals made through the real check-in and reprint services."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.credentials import Credential, sign_credential
from kiosk.core.exchange import ChangePage, Conflict
from kiosk.core.model import ScanSource
from kiosk.paths import Home
from kiosk.printing.fake import FakePrinter
from kiosk.services.check_in import CheckInService
from kiosk.services.demo import DEMO_KEY_ID, demo_private_key, init_demo
from kiosk.services.printing import PrintSetup
from kiosk.store import events, open_database, participants
from kiosk.store.changes import apply_page

# Monday 30 May 2022 in Geneva (UTC+2): 08:10, 08:40, 09:05 ... local
MONDAY_0810 = datetime(2022, 5, 30, 6, 10, tzinfo=UTC)
WALK_IN_ID = 990_001


@dataclass
class Arrivals:
    home: Home
    checked_in: list[int]
    reprinted: int
    by_hour: dict[int, int]  # local hour -> check-ins made


class MovingClock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def make_arrivals_home(root: Path, people: int = 120) -> Arrivals:
    """init-demo, then 3 check-ins at 08h, 5 at 09h, 2 at 10h local on kiosk-a/kiosk-b, one
    reprint (lost), one walk-in at 10h, one open conflict, and one check-in on Tuesday."""
    home = Home(root)
    init_demo(home, count=people)
    private = demo_private_key(home)
    db = open_database(home.database)
    event = events.load_event(db)
    assert event is not None
    numbers = {c.code: c.number for c in events.load_categories(db, event.id)}
    roster = [p for p in participants.iter_participants(db) if p.status.value == "registered"]
    clock = MovingClock(MONDAY_0810)
    services = {
        k: CheckInService(db, PrintSetup.of(FakePrinter(), BADGE_SIZES["a6"]), k, clock)
        for k in ("kiosk-a", "kiosk-b")
    }
    plan = [(0, 0), (0, 20), (0, 40), (1, 0), (1, 10), (1, 20), (1, 30), (1, 40), (2, 0), (2, 5)]
    done: list[int] = []
    by_hour: dict[int, int] = {}
    for index, (hour, minute) in enumerate(plan):
        person = roster[index]
        clock.at = MONDAY_0810.replace(minute=0) + timedelta(hours=hour, minutes=minute)
        code = sign_credential(
            Credential(
                DEMO_KEY_ID,
                event.id,
                person.registration_id,
                numbers.get(person.category, 0),
                person.reissue,
                clock.at,
            ),
            private,
        )
        kiosk = "kiosk-a" if index % 3 else "kiosk-b"
        result = services[kiosk].scan(code, ScanSource.SCANNER)
        assert result.is_success, result
        done.append(person.registration_id)
        by_hour[8 + hour] = by_hour.get(8 + hour, 0) + 1
    clock.at = MONDAY_0810 + timedelta(hours=2, minutes=15)
    services["kiosk-a"].jobs.reprint(done[0], "lost")
    walk_in = Credential(DEMO_KEY_ID, event.id, WALK_IN_ID, numbers.get("TMP", 0), 0, clock.at)
    code = sign_credential(replace(walk_in, badge_name="نادية حداد"), private)
    assert services["kiosk-b"].scan(code, ScanSource.SCANNER).is_success
    by_hour[10] += 1
    clock.at = MONDAY_0810 + timedelta(days=1)
    tuesday = roster[20]
    code = sign_credential(
        Credential(
            DEMO_KEY_ID,
            event.id,
            tuesday.registration_id,
            numbers.get(tuesday.category, 0),
            tuesday.reissue,
            clock.at,
        ),
        private,
    )
    assert services["kiosk-a"].scan(code, ScanSource.SCANNER).is_success
    conflict = Conflict("c-1", done[1], "two-badges", MONDAY_0810 + timedelta(hours=3))
    apply_page(db, ChangePage(0, 1, False, conflicts=(conflict,)))
    db.close()
    return Arrivals(home, done, 1, by_hour)
