"""Demo homes: a sample WSIS Forum 2022 event, demo keys, and codes signed with them."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.credentials import (
    Credential,
    KeyStatus,
    PublicKey,
    new_signing_key,
    public_from_private,
    sign_credential,
)
from kiosk.paths import Home, protect_home
from kiosk.sample.people import sample_participants
from kiosk.sample.wsis2022 import (
    SAMPLE_CLOCK_START,
    sample_categories,
    sample_event,
    sample_rooms,
    sample_sessions,
    sample_tracks,
)
from kiosk.services.device_key import register_own_device_key
from kiosk.store import events, keys, meta, open_database, participants, sessions

log = logging.getLogger(__name__)

DEMO_KEY_ID = 1
DEMO_KIOSK_ID = "demo-kiosk-1"
# Monday 30 May 2022, 08:45 in Geneva: the first morning of the in-person week.
DEMO_START = SAMPLE_CLOCK_START
_KEY_HEADER = "# DEMO signing key: sample data only, never use for a real event\n"


class DemoError(Exception):
    """The home is not a demo home, or the registration is unknown."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    home: Path
    participants: int
    sessions: int
    event_title: str


def init_demo(home: Home, count: int = 1500, seed: int = 2022) -> DemoSummary:
    """Create a demo home: database with the sample event, demo keyring, settings.toml, prints/."""
    if not home.is_empty():
        raise DemoError(f"{home.root} already holds a kiosk database; choose an empty --home")
    for folder in (home.root, home.prints, home.logs, home.photos):
        folder.mkdir(parents=True, exist_ok=True)
    db = open_database(home.database)
    event = sample_event()
    events.save_event(db, event, sample_categories())
    written = participants.save_participants(db, sample_participants(event.id, count, seed))
    sessions.save_tracks(db, sample_tracks(event))
    sessions.save_rooms(db, sample_rooms(event))
    n_sessions = sessions.save_sessions(db, sample_sessions(event))
    private, public = new_signing_key()
    keys.save_key(db, PublicKey(DEMO_KEY_ID, public, KeyStatus.ACTIVE, True, "demo key"))
    meta.set_value(db, "demo", "1")
    db.close()
    home.demo_signing_key.write_text(_KEY_HEADER + private.hex() + "\n", encoding="utf-8")
    home.demo_signing_key.chmod(0o600)
    home.settings.write_text(
        demo_settings_toml(DEMO_KIOSK_ID, event.id, DEMO_START), encoding="utf-8"
    )
    register_own_device_key(home, DEMO_KIOSK_ID)  # demo badges carry a signed QR (B2)
    protect_home(home)  # photos/ and prints/ owner-only (docs/data-lifecycle.md)
    log.info("demo home created with %d participants and %d sessions", written, n_sessions)
    return DemoSummary(home.root, written, n_sessions, event.title)


def demo_private_key(home: Home) -> bytes:
    """The demo signing key of a demo home; real kiosks have none."""
    try:
        lines = home.demo_signing_key.read_text(encoding="utf-8").splitlines()
        private = bytes.fromhex(next(line for line in lines if not line.startswith("#")))
    except (OSError, StopIteration, ValueError) as exc:
        raise DemoError(f"{home.root} is not a demo home (no demo signing key)") from exc
    return private


def issue_demo_code(home: Home, registration_id: int, issued_at: datetime) -> str:
    """Sign a credential for a participant of the demo home, as the registry would."""
    private = demo_private_key(home)
    db = open_database(home.database)
    try:
        keyring = keys.load_keyring(db)
        person = participants.get_participant(db, registration_id)
        event = events.load_event(db)
        if person is None or event is None:
            raise DemoError(f"registration {registration_id} is not in this demo home")
        numbers = {c.code: c.number for c in events.load_categories(db, event.id)}
    finally:
        db.close()
    key = keyring.get(DEMO_KEY_ID)
    if key is None or key.public_bytes != public_from_private(private):
        raise DemoError("the demo signing key does not match the kiosk's keyring")
    credential = Credential(
        key_id=DEMO_KEY_ID,
        event_id=event.id,
        registration_id=registration_id,
        category=numbers.get(person.category, 0),
        reissue=person.reissue,
        issued_at=issued_at,
    )
    return sign_credential(credential, private)


# Hashed once with `kiosk staff add` (scrypt, random salts): the PINs are in the file's comment.
DEMO_STAFF = (
    "desk-demo:desk:pin:scrypt$15$8$1$mxwS98sAsgkqbANf-3RkyQ$RXQfl0opxs_o6EwOtn2cyFeanhqMFKPH8muJbAe-qPA",
    "supervisor-demo:supervisor:pin:scrypt$15$8$1$-BIFNoSLVtPt5y4UVrFGIw$0IKF8tCKZu3xTBRF0s_Wi5hnaujByHZ9B6y1hIFBn0k",
)
DEMO_DESK_PIN = "2022"
DEMO_SUPERVISOR_PIN = "1975"


def demo_settings_toml(kiosk_id: str, event_id: int, simulated_time: str) -> str:
    """The settings.toml of a demo home (keys as kiosk/settings.py reads them)."""
    return f"""# Kiosk settings (generated by `kiosk init-demo`; sample data, not a real event)
[kiosk]
id = "{kiosk_id}"
event_id = {event_id}
languages = ["en", "fr", "es", "ru", "zh", "ar"]
idle_timeout_s = 20
result_timeout_s = 8
full_screen = false
demo = true
# The demo event is in the past: the kiosk clock starts at this moment and runs on from there.
simulated_time = "{simulated_time}"

[printer]
# file printer: every badge is written as PNG and PDF into prints/ beside this file
uri = "file:prints?format=png,pdf"
badge_size = "a6"
# badge layout and category colours: assets/templates/wsis2022.toml (docs/badges.md)
template = "wsis2022"

[registry]
url = ""

[staff]
# Demo staff for the kiosk's staff menu and `kiosk desk` (sample data, never for a real event:
# make real ones with `kiosk staff add`): desk-demo PIN 2022 (desk staff), supervisor-demo
# PIN 1975 (supervisor).
credentials = [
  "{DEMO_STAFF[0]}",
  "{DEMO_STAFF[1]}",
]

# Where the accreditation desk is comes with the event (the registry); a kiosk whose desk is
# elsewhere says so here (docs/languages.md):
# [desk]
# location = "CICG, ground floor"
# location_translations = {{ fr = "CICG, rez-de-chaussée" }}
"""
