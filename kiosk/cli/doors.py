"""Door checks for staff and event IT: `kiosk verify-badge` (docs/credential-format.md)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from kiosk.cli.common import EXIT_REFUSED, command, require_home
from kiosk.paths import Home

# Why a badge is refused (or valid), for the person at the door; keyed by DoorVerdict value.
REASONS = {
    "valid": "the person's current badge",
    "malformed": "not a badge QR code (damaged, incomplete, or another kind of code)",
    "unsigned": "an unsigned B1 badge, which proves nothing by itself "
    "(--allow-unsigned accepts exactly the journal's current B1 badge)",
    "unknown-key": "signed by a kiosk key this kiosk does not know: sync it, else a forgery",
    "key-revoked": "signed by a kiosk key that was revoked (a lost or stolen kiosk)",
    "bad-signature": "the signature does not verify: a forged or altered badge",
    "superseded": "an old badge: a reprint or staff replaced it",
    "not-issued": "not the badge the journal holds for this version",
    "revoked": "the registration is cancelled or revoked",
}


def register(commands: Any) -> None:
    """Add this module's commands to the `kiosk` parser."""
    sub = command(
        commands,
        "verify-badge",
        _verify_badge,
        "check a badge QR as a door reader would: signature, then the badge journal",
    )
    sub.add_argument("text", metavar="TEXT", help="the badge QR's text (B2 digits or B1-...)")
    sub.add_argument("--json", action="store_true", help="print the answer as JSON")
    sub.add_argument(
        "--allow-unsigned",
        action="store_true",
        help="accept an unsigned B1 badge when the journal holds it as current (transition)",
    )


def _verify_badge(home: Home, args: argparse.Namespace) -> int:
    from kiosk.services.door_check import check_badge
    from kiosk.store import open_database

    require_home(home)
    db = open_database(home.database)
    try:
        checked = check_badge(db, args.text, allow_unsigned=args.allow_unsigned)
    finally:
        db.close()
    answer = _answer(checked)
    print(json.dumps(answer, ensure_ascii=False) if args.json else _text(answer))
    return 0 if answer["valid"] else EXIT_REFUSED


def _answer(checked: Any) -> dict[str, Any]:
    decision = checked.decision
    badge = decision.badge
    return {
        "valid": decision.is_valid,
        "verdict": decision.verdict.value,
        "reason": REASONS[decision.verdict.value],
        "format": badge.format.value if badge else None,
        "registration_id": badge.registration_id if badge else None,
        "badge_version": badge.badge_version if badge else None,
        "device_key_id": badge.device_key_id if badge else None,
        "kiosk_id": checked.kiosk_id or None,
        "current_version": checked.current_version,
        "event_id": checked.event_id,
    }


def _text(answer: dict[str, Any]) -> str:
    head = "VALID" if answer["valid"] else f"REFUSED ({answer['verdict']})"
    line = f"{head}: {answer['reason']}"
    if answer["registration_id"] is not None:
        line += f"; registration {answer['registration_id']}, badge v{answer['badge_version']}"
    if answer["kiosk_id"]:
        line += f", signed by kiosk {answer['kiosk_id']}"
    if answer["current_version"] is not None and answer["verdict"] != "valid":
        line += f"; the journal's current badge is v{answer['current_version']}"
    return line
