"""What ``kiosk enroll pretix+https://HOST/ORGANIZER/EVENT/ TOKEN`` names (pure).

The URL's last two path segments are the organizer and the event (anything before them is where
pretix is installed); ``?list=ID`` picks the check-in list. The code is a device's one-time
initialisation token, or the whole JSON of pretix's device setup QR code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit, urlunsplit

from kiosk.sync.client import SyncError, SyncProblem

HANDSHAKE_VERSION = 1


@dataclass(frozen=True, slots=True)
class PretixTarget:
    root: str  # where /api/v1 is: https://host or https://host/prefix
    organizer: str = ""  # "" when the URL names only the server
    event: str = ""
    list_id: int | None = None


def parse_target(url: str) -> PretixTarget:
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if segments[-2:-1] == ["control"] or "api" in segments:
        raise SyncError(
            SyncProblem.REFUSED,
            "give the event's address as pretix+https://HOST/ORGANIZER/EVENT/ "
            "(not a back-office or API address)",
        )
    query = parse_qs(parts.query)
    list_id = None
    if "list" in query:
        text = query["list"][0]
        if not text.isdigit():
            raise SyncError(SyncProblem.REFUSED, f"?list={text[:20]} is not a check-in list id")
        list_id = int(text)
    organizer = event = ""
    if len(segments) >= 2:
        organizer, event = segments[-2], segments[-1]
        segments = segments[:-2]
    elif segments:
        raise SyncError(
            SyncProblem.REFUSED,
            f"{url} names an organizer but no event: use pretix+https://HOST/ORGANIZER/EVENT/",
        )
    root = urlunsplit((parts.scheme, parts.netloc, "/".join(["", *segments]), "", ""))
    return PretixTarget(root.rstrip("/"), organizer, event, list_id)


def setup_code(code: str) -> tuple[str, str]:
    """(server URL or "", init token): the code as typed, or pretix's setup QR JSON."""
    text = code.strip()
    if not text.startswith("{"):
        if not text or any(ch.isspace() for ch in text):
            raise SyncError(
                SyncProblem.ENROLLMENT_CODE_INVALID,
                "the code is not a pretix device token (one word) nor pretix's setup QR code",
            )
        return "", text
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("token"), str):
        raise SyncError(
            SyncProblem.ENROLLMENT_CODE_INVALID,
            "the code is not pretix's setup QR code (a JSON text with a token)",
        )
    version = data.get("handshake_version")
    if type(version) is not int or version > HANDSHAKE_VERSION:
        raise SyncError(
            SyncProblem.ENROLLMENT_CODE_INVALID,
            f"this pretix setup code uses handshake version {version!r}; this kiosk speaks "
            f"version {HANDSHAKE_VERSION}: update the kiosk software",
        )
    url = data.get("url")
    return (url.rstrip("/") if isinstance(url, str) else ""), data["token"]
