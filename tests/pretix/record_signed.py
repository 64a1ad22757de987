"""Record real pretix signed tickets (pretix signature scheme 1) for the offline decision's tests.

Run: `.venv/bin/python tests/pretix/record_signed.py` (starts the peer of peer.py). The event is
switched to signed secrets through `pretix shell` (the REST settings endpoint does not offer
``ticket_secret_generator``), then orders are made: one plain, one valid only on 31 May 2022.
Writes tests/pretix/recorded/signed-event.json (the event with ``valid_keys.pretix_sig1``) and
signed-order-*.json with the same shape as record_answers.py; the team token is replaced.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from peer import PretixPeer, _env, ensure_installed, running_peer

OUT = Path(__file__).with_name("recorded")
SWITCH_TO_SIG1 = """
from django_scopes import scopes_disabled
from pretix.base.models import Event
with scopes_disabled():
    event = Event.objects.get(organizer__slug={organizer!r}, slug={event!r})
    event.settings.ticket_secret_generator = "pretix_sig1"
    print("SWITCHED", event.settings.ticket_secret_generator)
"""
ORDERS = (  # (fixture name, product, given name, family name, valid_from, valid_until)
    ("signed-order-par", "PAR", "Amina", "Haddad", None, None),
    (
        "signed-order-spk-one-day",
        "SPK",
        "Lan",
        "Zhou",
        "2022-05-31T00:00:00+02:00",
        "2022-05-31T23:59:59+02:00",
    ),
)


def switch_to_sig1(peer: PretixPeer) -> None:
    python = ensure_installed()
    config = peer.data_dir.parent / "pretix.cfg"
    script = SWITCH_TO_SIG1.format(organizer=peer.organizer, event=peer.event)
    done = subprocess.run(
        [str(python), "-m", "pretix", "shell"],
        input=script,
        capture_output=True,
        text=True,
        env=_env(config),
        check=True,
    )
    if "SWITCHED pretix_sig1" not in done.stdout:
        raise SystemExit(f"the event did not switch to signed tickets: {done.stdout[-300:]}")


def save(peer: PretixPeer, name: str, method: str, path: str, body: Any, answer: Any) -> None:
    record = {
        "request": {"method": method, "path": path, "body": body, "auth": "token"},
        "status": 201 if method == "POST" else 200,
        "headers": {"content-type": "application/json"},
        "body": answer,
    }
    text = json.dumps(record, ensure_ascii=False, indent=1).replace(peer.team_token, "TEAM-TOKEN")
    (OUT / f"{name}.json").write_text(text + "\n", encoding="utf-8")
    print(f"{name}: ok")


def record(peer: PretixPeer) -> None:
    switch_to_sig1(peer)
    event = f"/organizers/{peer.organizer}/events/{peer.event}"
    for name, code, given, family, valid_from, valid_until in ORDERS:
        position: dict[str, Any] = {
            "item": peer.items[code],
            "attendee_name_parts": {"given_name": given, "family_name": family},
            "price": "0.00",
        }
        if valid_from:
            position |= {"valid_from": valid_from, "valid_until": valid_until}
        body = {
            "email": "attendee@example.org",
            "locale": "en",
            "sales_channel": "web",
            "status": "p",
            "send_email": False,
            "positions": [position],
        }
        answer = peer.team_request("POST", f"{event}/orders/", body)
        save(peer, name, "POST", f"{event}/orders/", body, answer)
    answer = peer.team_request("GET", f"{event}/")
    save(peer, "signed-event", "GET", f"{event}/", None, answer)


def main() -> int:
    with (
        tempfile.TemporaryDirectory(prefix="pretix-signed-") as folder,
        running_peer(Path(folder)) as peer,
    ):
        record(peer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
