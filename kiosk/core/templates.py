"""Badge templates: what each badge category shows, from a TOML file organisers edit.

The format is documented for organisers in docs/badges.md; ``parse_template`` checks every key and
names the bad one in its message. ``apply_template`` turns a badge's content into what this event
and category print (label, colour, which elements appear). Pure: text in, values out.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from kiosk.core.badge_layout import BadgeContent

TEMPLATE_FORMAT = 1
MAX_LABEL_CHARS = 40
MAX_TITLE_CHARS = 120
MAX_CODE_CHARS = 16


class TemplateError(Exception):
    """The template file cannot be read or has a bad key or value; the message names the key."""


class PhotoRule(enum.Enum):
    NEVER = "never"  # no photo, even if there is one
    IF_AVAILABLE = "if-available"  # the photo when the person has one
    REQUIRED = "required"  # always keep the photo's place; a placeholder when there is none


@dataclass(frozen=True, slots=True)
class Elements:
    """Which parts a badge shows; every field is a key of [badge] and [category.CODE]."""

    name_lines: int = 2
    native_name: bool = True
    organisation: bool = True
    country: bool = True
    photo: PhotoRule = PhotoRule.IF_AVAILABLE
    qr: bool = True
    event_title: bool = True
    event_dates: bool = True


@dataclass(frozen=True, slots=True)
class CategoryStyle:
    """One category's band label and colour (None: as the registry says) and its elements."""

    label: str | None = None
    colour: str | None = None
    elements: Elements = field(default_factory=Elements)


@dataclass(frozen=True, slots=True)
class BadgeTemplate:
    name: str = "default"
    event_title: str | None = None  # None: the event's own title
    event_dates: str | None = None  # None: formatted from the event's dates
    defaults: Elements = field(default_factory=Elements)
    categories: tuple[tuple[str, CategoryStyle], ...] = ()

    def style(self, category_code: str) -> CategoryStyle:
        """The style of ``category_code``; categories the template does not list get defaults."""
        for code, style in self.categories:
            if code == category_code:
                return style
        return CategoryStyle(elements=self.defaults)

    @property
    def category_codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.categories)


DEFAULT_TEMPLATE = BadgeTemplate()


def apply_template(template: BadgeTemplate, content: BadgeContent) -> BadgeContent:
    """``content`` as this template prints it for the content's category."""
    style = template.style(content.category_code)
    shows = style.elements
    title = content.event_title if template.event_title is None else template.event_title
    dates = content.event_dates if template.event_dates is None else template.event_dates
    photo_path, photo_required = content.photo_path, content.photo_required
    if shows.photo is PhotoRule.NEVER:
        photo_path, photo_required = "", False
    elif shows.photo is PhotoRule.REQUIRED:
        photo_required = True
    return replace(
        content,
        category_label=style.label or content.category_label,
        category_colour=style.colour or content.category_colour,
        event_title=title if shows.event_title else "",
        event_dates=dates if shows.event_dates else "",
        native_name=content.native_name if shows.native_name else "",
        organisation=content.organisation if shows.organisation else "",
        country=content.country if shows.country else "",
        qr_text=content.qr_text if shows.qr else "",
        photo_path=photo_path,
        photo_required=photo_required,
        name_lines=shows.name_lines,
    )


# --- parsing -------------------------------------------------------------------------------


def parse_template(text: str, source: str = "template") -> BadgeTemplate:
    """Read a template from TOML text; ``source`` (the file name) starts every error message."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{source}: not valid TOML: {exc}") from exc
    return _Reader(source).template(raw)


Check = Callable[[Any], Any]
_TABLES = ("event", "badge", "category")


class _Reader:
    """Walks the parsed TOML; every message says where: file, [table] and key."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> TemplateError:
        return TemplateError(f"{self.source}: {where}: {message}")

    def template(self, raw: dict[str, Any]) -> BadgeTemplate:
        top = self.keys(raw, "", {"format": _format, "name": _title}, skip=_TABLES)
        event = self.keys(self.table(raw, "event"), "[event]", {"title": _title, "dates": _title})
        defaults = replace(Elements(), **self.keys(self.table(raw, "badge"), "[badge]", _ELEMENTS))
        categories = tuple(
            (code, self.category(code, table, defaults))
            for code, table in self.table(raw, "category").items()
        )
        return BadgeTemplate(
            name=top.get("name", "unnamed template"),
            event_title=event.get("title"),
            event_dates=event.get("dates"),
            defaults=defaults,
            categories=categories,
        )

    def category(self, code: str, table: Any, defaults: Elements) -> CategoryStyle:
        where = f"[category.{code}]"
        if not code or len(code) > MAX_CODE_CHARS or not code.isprintable():
            raise self.fail(where, f"a category code is 1 to {MAX_CODE_CHARS} characters")
        if not isinstance(table, dict):
            raise self.fail(where, 'must be a table of keys, e.g. label = "Delegate"')
        values = self.keys(table, where, {"label": _label, "colour": _colour, **_ELEMENTS})
        label, colour = values.pop("label", None), values.pop("colour", None)
        return CategoryStyle(label, colour, replace(defaults, **values))

    def table(self, raw: Mapping[str, Any], name: str) -> dict[str, Any]:
        value = raw.get(name, {})
        if not isinstance(value, dict):
            raise self.fail(f"[{name}]", f"must be a table: write it as a [{name}] header")
        return value

    def keys(
        self,
        table: Mapping[str, Any],
        where: str,
        checks: Mapping[str, Check],
        skip: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """Each key of ``table`` checked; an unknown key is an error that lists the known ones."""
        values: dict[str, Any] = {}
        for key, value in table.items():
            if key in skip:
                continue
            here = f"{where} {key}".strip()
            check = checks.get(key)
            if check is None:
                known = ", ".join((*checks, *skip))
                raise self.fail(here, f"unknown key; the keys here are: {known}")
            try:
                values[key] = check(value)
            except ValueError as exc:
                raise self.fail(here, str(exc)) from None
        return values


def _format(value: Any) -> int:
    if value != TEMPLATE_FORMAT or isinstance(value, bool):
        raise ValueError(f"this kiosk reads template format {TEMPLATE_FORMAT}, not {value!r}")
    return TEMPLATE_FORMAT


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str):
        raise ValueError(f'must be text in quotes, e.g. "Delegate", not {value!r}')
    text = " ".join(value.split())
    if len(text) > limit:
        raise ValueError(f"is {len(text)} characters long; at most {limit} fit on a badge")
    return text


def _title(value: Any) -> str:
    return _text(value, MAX_TITLE_CHARS)


def _label(value: Any) -> str:
    text = _text(value, MAX_LABEL_CHARS)
    if not text:
        raise ValueError("must not be empty: the band needs a label to be read from afar")
    return text


def _colour(value: Any) -> str:
    text = value.strip() if isinstance(value, str) else ""
    digits = text.removeprefix("#")
    if not text.startswith("#") or len(digits) != 6 or not _is_hex(digits):
        raise ValueError(f'{value!r} is not a colour; write it as "#RRGGBB", e.g. "#1F4E9E"')
    return "#" + digits.upper()


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in text)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false (no quotes), not {value!r}")
    return value


def _lines(value: Any) -> int:
    if isinstance(value, bool) or value not in (1, 2):
        raise ValueError(f"must be 1 or 2, not {value!r}")
    return int(value)


def _photo(value: Any) -> PhotoRule:
    try:
        return PhotoRule(value)
    except ValueError:
        choices = ", ".join(f'"{rule.value}"' for rule in PhotoRule)
        raise ValueError(f"must be one of {choices}, not {value!r}") from None


_ELEMENTS: dict[str, Check] = {
    "name_lines": _lines,
    "native_name": _flag,
    "organisation": _flag,
    "country": _flag,
    "photo": _photo,
    "qr": _flag,
    "event_title": _flag,
    "event_dates": _flag,
}
