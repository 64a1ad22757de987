"""A morning of arrivals on a demo home, made through the real check-in service: what the desk's
screenshots (ui/desk/scenes.py) and a demo of the Arrivals page show. Sample data only."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.credentials import Credential, sign_credential
from kiosk.core.model import ParticipantStatus, ScanSource
from kiosk.paths import Home
from kiosk.printing.base import PrinterError
from kiosk.printing.fake import FakePrinter
from kiosk.services.check_in import CheckInService
from kiosk.services.demo import DEMO_KEY_ID, DemoError, demo_private_key
from kiosk.services.printing import PrintSetup
from kiosk.store import events, open_database, participants

KIOSKS = ("kiosk-tower-1", "kiosk-tower-2", "kiosk-montbrillant", "desk-1")
_KIOSK_WEIGHTS = (5, 4, 3, 1)
WALK_IN_ID = 990_001
WALK_IN_NAME = "Nadia Haddad"


@dataclass(frozen=True, slots=True)
class DemoArrivals:
    """What was written: who checked in (in order), who got a reprint, the walk-in, the end."""

    checked_in: tuple[int, ...]
    reprinted: tuple[int, ...]
    walk_in: int
    until: datetime  # the last moment written (aware UTC)


def make_demo_arrivals(home: Home, people: int = 80, seed: int = 2022) -> DemoArrivals:
    """Check ``people`` of the demo roster in on the first morning (07:30 to 12:00 at the venue,
    busiest around 08:45) at four kiosks; reprint two badges (lost, damaged); one walk-in; the
    last badge at Montbrillant fails to print (paper out), for the desk's exceptions."""
    rng = random.Random(seed)
    private = demo_private_key(home)
    db = open_database(home.database)
    try:
        event = events.load_event(db)
        if event is None:
            raise DemoError(f"{home.root} holds no demo event")
        numbers = {c.code: c.number for c in events.load_categories(db, event.id)}
        roster = [
            p
            for p in participants.iter_participants(db)
            if p.status is ParticipantStatus.REGISTERED
        ]
        chosen = rng.sample(roster, min(people, len(roster)))
        opening = datetime.combine(event.start, time(7, 30), ZoneInfo(event.timezone))
        moments = sorted(opening + timedelta(minutes=rng.triangular(0, 270, 75)) for _ in chosen)
        clock = _Clock(opening)
        printers = {kiosk: FakePrinter() for kiosk in KIOSKS}
        services = {
            kiosk: CheckInService(
                db, PrintSetup.of(printers[kiosk], BADGE_SIZES["a6"]), kiosk, clock
            )
            for kiosk in KIOSKS
        }
        done: list[int] = []
        for index, (person, moment) in enumerate(zip(chosen, moments, strict=True)):
            clock.at = moment
            kiosk = rng.choices(KIOSKS, _KIOSK_WEIGHTS)[0]
            if index == len(chosen) - 1:
                kiosk = "kiosk-montbrillant"
                printers[kiosk].fail_with = PrinterError("paper out")
            number = numbers.get(person.category, 0)
            credential = Credential(
                DEMO_KEY_ID, event.id, person.registration_id, number, person.reissue, moment
            )
            result = services[kiosk].scan(sign_credential(credential, private), ScanSource.SCANNER)
            if result.is_success:
                done.append(person.registration_id)
        clock.at = moments[-1] + timedelta(minutes=5)
        reprinted = tuple(done[:2])
        for registration_id, reason in zip(reprinted, ("lost", "damaged"), strict=False):
            services["desk-1"].jobs.reprint(registration_id, reason)
        walk_in = Credential(DEMO_KEY_ID, event.id, WALK_IN_ID, numbers.get("TMP", 0), 0, clock.at)
        code = sign_credential(replace(walk_in, badge_name=WALK_IN_NAME), private)
        services["desk-1"].scan(code, ScanSource.SCANNER)
        return DemoArrivals(
            tuple(done), reprinted, WALK_IN_ID, clock.at.astimezone(ZoneInfo("UTC"))
        )
    finally:
        db.close()


class _Clock:
    """The check-in services' clock, moved along the morning."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at.astimezone(ZoneInfo("UTC"))
