"""What pretix's lists and signed tickets add to a scan's decision (docs/pretix-offline.md):
a signed ticket found in the roster (two hash look-ups, no signature check), a genuine one the
roster lacks (the Ed25519 check too), beside a bare verification in the same run.

    PYTHONPATH=. .venv/bin/python benchmarks/ticket_check_bench.py [PEOPLE]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.exchange import ChangePage, SecretBlock, TicketKey
from kiosk.core.foreign_codes import SecretEntry, SecretSource, secret_hash
from kiosk.core.model import BadgeCategory, Event, Participant
from kiosk.core.pretix_tickets import (
    SCHEME,
    SignedTicket,
    encode_ticket,
    key_id,
    load_keys,
    sign_secret,
    verify_ticket,
)
from kiosk.printing.fake import FakePrinter
from kiosk.services.check_in import CheckInService
from kiosk.services.printing import PrintSetup
from kiosk.store import events, open_database, participants
from kiosk.store.changes import apply_page

EVENT = Event(
    22, "WSIS22", "WSIS Forum 2022", "Geneva", "Europe/Zurich",
    date(2022, 5, 30), date(2022, 6, 3), date(2022, 5, 29), is_sample=True,
)  # fmt: skip
CATEGORY = BadgeCategory("PAR", 1, "Participant", "#1f4e9c")
NOW = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)
ROUNDS = 500
REVOKED = 20_000


def p50_ms(texts: Iterable[str], run: Callable[[str], object]) -> float:
    times = []
    for text in texts:
        start = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(count: int) -> None:
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes_raw()
    tickets = [
        sign_secret(encode_ticket(SignedTicket(f"s{i:08d}", item=1)), key) for i in range(count)
    ]
    unsynced = [
        sign_secret(encode_ticket(SignedTicket(f"n{i:08d}", item=1)), key) for i in range(ROUNDS)
    ]
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "kiosk.db")
        events.save_event(db, EVENT, [CATEGORY])
        people = [Participant(1000 + i, 22, "G", "F", "N", category="PAR") for i in range(count)]
        participants.save_participants(db, people)
        entries = [SecretEntry(1000 + i, secret_hash(t)) for i, t in enumerate(tickets)]
        participants.replace_secrets(db, entries, SecretSource.PRETIX)
        blocks = tuple(
            SecretBlock(secret_hash(f"old{i:08d}secret"), "revoked", True) for i in range(REVOKED)
        )
        keys = (TicketKey(SCHEME, key_id(raw), raw, EVENT.id),)
        apply_page(db, ChangePage(0, 1, False, count=1, secret_blocks=blocks, ticket_keys=keys))
        printing = PrintSetup.of(FakePrinter(), BADGE_SIZES["a6"])
        service = CheckInService(db, printing, "bench", lambda: NOW)
        loaded = load_keys([raw])
        verify = p50_ms(unsynced, lambda t: verify_ticket(t, loaded))
        matched = p50_ms(tickets[:ROUNDS], lambda t: service.check(t, NOW))
        genuine = p50_ms(unsynced, lambda t: service.check(t, NOW))
        db.close()
    print(f"people {count:,}, revoked secrets {REVOKED:,}, {ROUNDS} rounds each")
    print(f"sig1_verify_ms_p50            {verify:.3f}")
    print(f"decision_roster_match_ms_p50  {matched:.3f}  ({matched / verify:.2f} x verify)")
    print(f"decision_not_synced_ms_p50    {genuine:.3f}  ({genuine / verify:.2f} x verify)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
