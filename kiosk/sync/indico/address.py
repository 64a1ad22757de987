"""Where an Indico event lives: the server's root, the event id and (optionally) the form id.

Staff enroll with the event's own address as Indico shows it, ``https://HOST/event/ID/``
(optionally ``?regform=ID``); Indico may run under a path (``https://HOST/indico/event/ID/``),
so the server's root is everything before ``/event/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from kiosk.sync.client import SyncError, SyncProblem

_EVENT_PATH = re.compile(r"(?P<root>.*?)/event/(?P<event>[0-9]{1,12})(?:/.*)?")
MAX_ID = 2**53


@dataclass(frozen=True, slots=True)
class IndicoAddress:
    root: str  # scheme://host[/prefix], no trailing slash: the API paths hang from it
    event_id: int
    regform_id: int | None = None  # None: the event's only form, found at enrollment

    @property
    def host(self) -> str:
        return urlsplit(self.root).netloc

    @property
    def kiosk_id(self) -> str:
        """The kiosk's name at this event: Indico has no devices, so one per event and host."""
        return f"indico-{self.host.replace(':', '-')}-{self.event_id}"


def parse_event_url(url: str) -> IndicoAddress:
    """``https://HOST/event/ID/?regform=F`` -> its parts; REFUSED with a sentence otherwise."""
    parts = urlsplit(url)
    match = _EVENT_PATH.fullmatch(parts.path)
    if match is None:
        raise SyncError(
            SyncProblem.REFUSED,
            f"{url!r} names no Indico event: give the event's address, such as "
            "indico+https://indico.example.org/event/1234/",
        )
    regform = _regform(parse_qs(parts.query).get("regform", []), url)
    event_id = int(match["event"])
    if not 0 < event_id < MAX_ID:
        raise SyncError(SyncProblem.REFUSED, f"{url!r}: {event_id} is not an Indico event id")
    root = f"{parts.scheme}://{parts.netloc}{match['root']}".rstrip("/")
    return IndicoAddress(root, event_id, regform)


def _regform(values: list[str], url: str) -> int | None:
    if not values:
        return None
    text = values[-1].strip()
    if not text.isdigit() or not 0 < int(text) < MAX_ID:
        raise SyncError(
            SyncProblem.REFUSED, f"{url!r}: regform={text!r} is not a registration form id"
        )
    return int(text)
