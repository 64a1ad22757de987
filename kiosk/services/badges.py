"""What a badge shows: the roster's data, the event, the category and the organisers' template;
plus the badges made without the print journal (previews, printer test pages)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from kiosk.core.badge_codes import b1_text, sign_badge
from kiosk.core.badge_layout import BadgeContent, BadgeSize
from kiosk.core.model import BadgeCategory, Event, Participant
from kiosk.core.templates import DEFAULT_TEMPLATE, BadgeTemplate, apply_template, parse_template
from kiosk.paths import templates_dir
from kiosk.printing.base import Printer, PrintResult, RenderedBadge
from kiosk.services.device_key import DeviceKey
from kiosk.services.names import printable_content
from kiosk.store import Database, events, journal, participants

NO_CATEGORY_COLOUR = "#555555"
TEST_QR_TEXT = "KIOSK-PRINT-TEST"
# One line per script the shipped fonts cover: a test page shows at once if one is missing.
TEST_SCRIPTS = (
    "王小明 · 김민준 · さくら · ደረጀ ተስፋዬ",
    "محمد بن عبد الله · שרה לוי · राजेश कुमार · สมชาย ใจดี · Ольга · Ελένη",
)


class BadgeError(Exception):
    """A badge cannot be made: unknown person, unreadable template; the message says what to do."""


# --- badge QR and dates ---------------------------------------------------------------------


def badge_qr_text(
    registration_id: int, badge_version: int, event_id: int = 0, device_key: DeviceKey | None = None
) -> str:
    """The badge's own QR: B2 signed with the kiosk's device key when it has a registered one,
    else the unsigned B1 (docs/credential-format.md, badge QR)."""
    if device_key is None:
        return b1_text(registration_id, badge_version)
    return sign_badge(
        registration_id, badge_version, event_id, device_key.key_id, device_key.private_key
    )


def format_event_dates(event: Event) -> str:
    start, end = event.start, event.end
    if start.month == end.month:
        return f"{start.day}\u2013{end.day} {end:%B %Y}"
    return f"{start.day} {start:%B} \u2013 {end.day} {end:%B %Y}"


# --- templates and badge content --------------------------------------------------------------


def load_template(reference: str, base_dir: Path | None = None) -> BadgeTemplate:
    """The template a setting names: "" for the default, a shipped name ("wsis2022"), or a path
    (relative paths are in ``base_dir``, the kiosk's home)."""
    text = reference.strip()
    if not text:
        return DEFAULT_TEMPLATE
    path = Path(text).expanduser()
    if path.suffix != ".toml" and path.parent == Path():
        path = templates_dir() / f"{text}.toml"
    elif not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise BadgeError(f"cannot read the badge template {path}: {reason}") from exc
    return parse_template(source, path.name)


class BadgeDesigner:
    """Decides what a badge shows: the roster's data, the event, the category and the template."""

    def __init__(
        self,
        event: Event,
        categories: Sequence[BadgeCategory],
        template: BadgeTemplate = DEFAULT_TEMPLATE,
        photos_dir: Path | None = None,
        device_key: DeviceKey | None = None,
    ) -> None:
        self.event = event
        self.template = template
        self._categories = {c.code: c for c in categories}
        self._photos = photos_dir
        self._device_key = device_key  # signs the badge QR (B2); None prints unsigned B1

    def content(
        self,
        registration_id: int,
        badge_version: int,
        person: Participant | None,
        *,
        badge_name: str = "",
        category_code: str = "",
    ) -> BadgeContent:
        """The badge of ``person`` (or, for a code not yet synced, of the name and category the
        code carries) at ``badge_version``."""
        code = person.category if person else category_code
        category = self._categories.get(code)
        base = BadgeContent(
            registration_id=registration_id,
            badge_version=badge_version,
            badge_name=person.badge_name if person else badge_name,
            native_name=person.native_name if person else "",
            organisation=person.organisation if person else "",
            country=person.country if person else "",
            category_code=code,
            category_label=category.label if category else code,
            category_colour=category.colour if category else NO_CATEGORY_COLOUR,
            qr_text=badge_qr_text(registration_id, badge_version, self.event.id, self._device_key),
            event_title=self.event.title,
            event_dates=format_event_dates(self.event),
            photo_path=self._photo_path(person),
            is_sample=self.event.is_sample,
        )
        return printable_content(apply_template(self.template, base), person)

    def _photo_path(self, person: Participant | None) -> str:
        if person is None or not person.photo or self._photos is None:
            return ""
        return str(self._photos / person.photo)


def designer_for(
    db: Database,
    template: BadgeTemplate,
    photos_dir: Path | None,
    event_id: int | None = None,
    device_key: DeviceKey | None = None,
) -> BadgeDesigner:
    event = events.load_event(db, event_id)
    if event is None:
        raise BadgeError("the database holds no event; run `kiosk init-demo` or import one")
    categories = events.load_categories(db, event.id)
    return BadgeDesigner(event, categories, template, photos_dir, device_key)


def preview_content(db: Database, designer: BadgeDesigner, registration_id: int) -> BadgeContent:
    """The person's badge as it is now (their active version), or as the next print would be."""
    person = participants.get_participant(db, registration_id)
    if person is None:
        raise BadgeError(f"registration {registration_id} is not on this kiosk's roster")
    active = journal.active_badge_version(db, registration_id)
    version = active if active is not None else person.badge_version + 1
    return designer.content(registration_id, version, person)


def test_page_content(printer_uri: str, size: BadgeSize, now: datetime) -> BadgeContent:
    """A test page in badge form: a sample of every script, a QR, and what printed it when."""
    return BadgeContent(
        registration_id=0,
        badge_version=0,
        badge_name="Zoë Ångström-Øster Nguyễn",
        native_name=TEST_SCRIPTS[0],
        organisation=TEST_SCRIPTS[1],
        country=f"{size.name} · {now:%Y-%m-%d %H:%M} UTC",
        category_code="TEST",
        category_label="Printer test",
        category_colour="#000000",
        qr_text=TEST_QR_TEXT,
        event_title="Printer test page",
        event_dates=printer_uri,
    )


def print_test_page(printer: Printer, size: BadgeSize, now: datetime) -> PrintResult:
    """Send the test page (no journal: it is no one's badge)."""
    return printer.print_badge(RenderedBadge(test_page_content(printer.uri, size, now), size))


def sheet_contents(
    db: Database, designer: BadgeDesigner, category: str, limit: int = 10_000
) -> list[BadgeContent]:
    """Next-version badges of everyone registered in ``category`` who has no badge yet."""
    known = {c.code for c in events.load_categories(db, designer.event.id)}
    if category not in known:
        raise BadgeError(
            f"no badge category '{category}'; this event has {', '.join(sorted(known))}"
        )
    people = participants.participants_in_category(db, designer.event.id, category, limit)
    return [
        designer.content(p.registration_id, p.badge_version + 1, p)
        for p in people
        if p.status.value == "registered"
        and journal.active_badge_version(db, p.registration_id) is None
    ]
