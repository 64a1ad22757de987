"""Which registry a kiosk serves, read from its URL, and the line that names it (DESIGN.md §7).

A registry URL names its kind by a scheme prefix: ``https://...`` is this project's registry,
``pretix+https://...`` a pretix server and ``indico+https://...`` an Indico server. Pure parsing,
no network: settings validation uses it as well as ``kiosk enroll`` (kiosk.sync.registries
re-exports everything here).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit


class RegistryKind(enum.Enum):
    KIOSK = "kiosk"  # this project's registry (kiosk-registry)
    PRETIX = "pretix"
    INDICO = "indico"

    @property
    def label(self) -> str:
        """The kind as staff read it on the status corner and the fleet page."""
        return {"kiosk": "kiosk registry", "pretix": "pretix", "indico": "Indico"}[self.value]


@dataclass(frozen=True, slots=True)
class RegistryAddress:
    kind: RegistryKind
    url: str  # without the kind prefix: what the client connects to

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc


@dataclass(frozen=True, slots=True)
class RegistryName:
    """The registry a kiosk serves, without credentials or paths: its kind and where it is."""

    kind: RegistryKind
    place: str  # "tickets.example.org · itu/wsis22": the host, and the event for pretix/Indico

    def __str__(self) -> str:
        """ "pretix · tickets.example.org · itu/wsis22" (English: logs, heartbeats, doctor)."""
        return " · ".join(part for part in (self.kind.label, self.place) if part)


def parse_registry_url(text: str) -> RegistryAddress:
    """``pretix+https://host/...`` -> (PRETIX, ``https://host/...``); a plain URL is ours.

    Raises ValueError with a sentence naming what is wrong (settings validation shows it)."""
    text = text.strip()
    scheme, sep, _rest = text.partition("://")
    if not sep:
        raise ValueError(f"{text!r} is not a URL (expected http(s)://, pretix+https://, ...)")
    kind_name, plus, transport = scheme.lower().partition("+")
    if not plus:
        kind, transport = RegistryKind.KIOSK, kind_name
    else:
        try:
            kind = RegistryKind(kind_name)
        except ValueError:
            raise ValueError(
                f"unknown registry kind {kind_name!r} in {text!r} (pretix+ or indico+)"
            ) from None
        if kind is RegistryKind.KIOSK:
            raise ValueError(f"{text!r}: this project's registry takes a plain http(s) URL")
    if transport not in ("http", "https"):
        raise ValueError(f"{text!r}: the registry is reached over http or https")
    plain = f"{transport}://{_rest}"
    if not urlsplit(plain).netloc:
        raise ValueError(f"{text!r} names no server")
    return RegistryAddress(kind, plain.rstrip("/"))


def registry_name(kind: RegistryKind, url: str, detail: Mapping[str, str]) -> RegistryName:
    """The name of an enrolled registry: its host, and for pretix and Indico the event."""
    parts = [_host(url)]
    if kind is RegistryKind.PRETIX and detail.get("event"):
        parts.append(f"{detail.get('organizer', '')}/{detail['event']}")
    elif kind is RegistryKind.INDICO and detail.get("event_id"):
        parts.append(f"event {detail['event_id']}")
    return RegistryName(kind, " · ".join(part for part in parts if part))


def _host(url: str) -> str:
    """The host and port of ``url``, never the user name or password a URL may carry."""
    split = urlsplit(url)
    host = split.hostname or ""
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address
    try:
        port = split.port
    except ValueError:  # a bad port: name the host alone
        port = None
    return host if port is None else f"{host}:{port}"
