"""The fleet page: server-rendered HTML that refreshes itself (no JavaScript, no build step)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from typing import Annotated

from fastapi import APIRouter, Cookie, Depends, Query
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kiosk.registry import conflicts, fleet
from kiosk.registry.api.auth import ADMIN_COOKIE, caller_of, clock, database
from kiosk.registry.conflicts import Conflict
from kiosk.registry.database import Database
from kiosk.registry.errors import RegistryError
from kiosk.registry.fleet import Counts, Device
from kiosk.registry.tokens import Role

REFRESH_S = 10
STALE_S = 120  # a kiosk not heard from for two minutes is shown as out of contact
router = APIRouter()
_STYLE = """
body{font-family:sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;margin-bottom:1.5em}
th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left;white-space:nowrap}
td.wrap{white-space:normal;max-width:20em} .part{white-space:nowrap}
th{background:#eee;white-space:normal}
.bad{background:#fdd} .warn{background:#ffd} .ok{background:#dfd}
.figures span{display:inline-block;margin-right:2em;font-size:1.2em}
"""


@router.get("/fleet", response_class=HTMLResponse, include_in_schema=False)
def fleet_page(
    db: Annotated[Database, Depends(database)],
    now: Annotated[Callable[[], datetime], Depends(clock)],
    token: Annotated[str, Query(max_length=200)] = "",
    cookie: Annotated[str, Cookie(alias=ADMIN_COOKIE, max_length=200)] = "",
) -> Response:
    """Every kiosk, open conflicts and arrivals; sign in once with ``?token=<admin token>``."""
    if token:
        _require_admin(db, token)
        redirect = RedirectResponse("/fleet", status_code=303)
        redirect.set_cookie(ADMIN_COOKIE, token, httponly=True, samesite="strict")
        return redirect
    try:
        _require_admin(db, cookie)
    except RegistryError as exc:
        return HTMLResponse(_sign_in_page(exc.message), status_code=exc.status)
    with db.read() as conn:
        figures = fleet.counts(conn)
        found = fleet.fleet(conn)
        still_open = conflicts.listing(conn, open_only=True)
    return HTMLResponse(render(figures, found, still_open, now()))


def _require_admin(db: Database, token: str) -> None:
    if caller_of(db, token).role is not Role.ADMIN:
        raise RegistryError("forbidden", "the fleet page takes an admin token")


def _sign_in_page(reason: str) -> str:
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Fleet: sign in</title>"
        f"</head><body><h1>Fleet</h1><p>{escape(reason)}</p>"
        "<p>Open <code>/fleet?token=&lt;admin token&gt;</code> once "
        "(<code>kiosk-registry admin-token</code> makes one).</p></body></html>"
    )


def render(
    figures: Counts, found: Sequence[Device], still_open: Sequence[Conflict], now: datetime
) -> str:
    """The whole page as HTML text."""
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f'<meta http-equiv="refresh" content="{REFRESH_S}">'
        f"<title>Fleet</title><style>{_STYLE}</style></head><body>"
        f"<h1>Fleet</h1><p>As of {escape(_clock_time(now))} UTC; refreshes every {REFRESH_S} s.</p>"
        f"{_figures(figures)}{_devices(found, now)}{_conflicts(still_open)}</body></html>"
    )


def _figures(c: Counts) -> str:
    items = [
        ("arrivals", f"{c.checked_in} of {c.participants}"),
        ("check-ins", str(c.checkins)),
        ("badges printed", str(c.badge_prints)),
        ("kiosks", str(c.kiosks)),
        ("open conflicts", str(c.open_conflicts)),
    ]
    spans = "".join(f'<span id="{k.replace(" ", "-")}">{k}: <b>{v}</b></span>' for k, v in items)
    return f'<p class="figures">{spans}</p>'


_DEVICE_HEADINGS = (
    "kiosk",
    "status",
    "registry",
    "app version",
    "last contact",
    "data age",
    "outbox",
    "printer",
    "printer state",
    "paper",
    "check-ins",
    "last error",
)


_WRAPPED = frozenset({"registry", "last error"})  # long texts wrap: the table fits a laptop


def _devices(found: Sequence[Device], now: datetime) -> str:
    head = "".join(f"<th>{h}</th>" for h in _DEVICE_HEADINGS)
    rows = "".join(_device_row(d, now) for d in found)
    if not found:
        rows = f'<tr><td colspan="{len(_DEVICE_HEADINGS)}">no kiosk enrolled yet</td></tr>'
    return f'<h2>Kiosks</h2><table id="kiosks"><tr>{head}</tr>{rows}</table>'


def _device_row(d: Device, now: datetime) -> str:
    seen = _age_s(d.last_seen_at, now)
    contact = "never" if seen is None else f"{_duration(seen)} ago"
    trouble = d.status != "active" or seen is None or seen > STALE_S or bool(d.last_error)
    printer_bad = d.printer_state not in ("ok", "") or d.paper not in ("ok", "", "unknown")
    cells = (
        d.kiosk_id,
        d.status,
        d.registry,
        d.app_version,
        contact,
        "" if d.data_age_s is None else _duration(d.data_age_s),
        "" if d.outbox_length is None else str(d.outbox_length),
        d.printer_name,
        d.printer_state,
        d.paper,
        str(d.checkins),
        d.last_error,
    )
    css = "bad" if trouble else "warn" if printer_bad else "ok"
    body = "".join(
        f'<td class="wrap">{_parts(c)}</td>' if heading in _WRAPPED else f"<td>{escape(c)}</td>"
        for heading, c in zip(_DEVICE_HEADINGS, cells, strict=True)
    )
    return f'<tr class="{css}" data-kiosk="{escape(d.kiosk_id)}">{body}</tr>'


def _parts(text: str) -> str:
    """A long cell that wraps between its " · " parts, never inside a host name."""
    if " · " not in text:
        return escape(text)
    return " · ".join(f'<span class="part">{escape(part)}</span>' for part in text.split(" · "))


def _conflicts(still_open: Sequence[Conflict]) -> str:
    head = "<tr><th>#</th><th>registration</th><th>kind</th><th>opened</th><th>detail</th></tr>"
    rows = (
        "".join(
            f"<tr><td>{c.id}</td><td>{c.registration_id}</td><td>{escape(c.kind)}</td>"
            f"<td>{escape(c.opened_at[:19].replace('T', ' '))}</td><td>{escape(c.detail)}</td></tr>"
            for c in still_open
        )
        or '<tr><td colspan="5">none</td></tr>'
    )
    return f'<h2>Open conflicts</h2><table id="conflicts">{head}{rows}</table>'


def _age_s(when: str | None, now: datetime) -> float | None:
    return None if when is None else max(0.0, (now - datetime.fromisoformat(when)).total_seconds())


def _duration(seconds: float) -> str:
    whole = int(seconds)
    if whole < 120:
        return f"{whole} s"
    if whole < 7200:
        return f"{whole // 60} min"
    return f"{whole // 3600} h"


def _clock_time(now: datetime) -> str:
    return now.strftime("%Y-%m-%d %H:%M:%S")
