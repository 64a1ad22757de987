"""Which badge category an Indico registration gets (settings ``[indico]``, docs/configuration.md).

Indico has no badge categories: organisers mark people with registration tags ("Speaker",
"Media") or register them in separate forms. ``[indico] categories`` maps a tag title or a form
title to a category code; the first of a person's tags (in Indico's order) that the table names
wins, then the form's title, then ``[indico] default_category``. The kiosk publishes every code
the table uses as a badge category of the event, with the label and colour below when it knows
the code, else the code itself on a grey band.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kiosk.core.exchange import RemoteCategory
from kiosk.core.model import BadgeCategory
from kiosk.core.translations import frozen

DEFAULT_CATEGORY = "PAR"
_GREY = "#616161"  # a code the table below does not know: white text at 4.5:1 or more
# Common UN conference categories: band colour (white text at 4.5:1 or more), then the label in
# English, French, Spanish, Russian, Chinese and Arabic (docs/indico.md).
_KNOWN: dict[str, tuple[str, str, str, str, str, str, str]] = {
    "PAR": ("#2E7D32", "Participant", "Participant", "Participante", "Участник", "与会者", "مشارك"),
    "DEL": ("#1F4E9D", "Delegate", "Délégué", "Delegado", "Делегат", "代表", "مندوب"),
    "SPK": ("#8A5A00", "Speaker", "Intervenant", "Orador", "Докладчик", "发言人", "متحدث"),
    "VIP": (
        "#B71C1C",
        "High-level",
        "Haut niveau",
        "Alto nivel",
        "Высокий уровень",
        "高级别",
        "رفيع المستوى",
    ),
    "MED": ("#BF4A00", "Media", "Médias", "Medios de comunicación", "СМИ", "媒体", "وسائط الإعلام"),
    "ORG": ("#6A1B9A", "Organiser", "Organisateur", "Organizador", "Организатор", "主办方", "منظِّم"),
    "EXH": ("#6D4C41", "Exhibitor", "Exposant", "Expositor", "Экспонент", "参展商", "عارض"),
    "SEC": ("#212121", "Security", "Sécurité", "Seguridad", "Охрана", "安保", "الأمن"),
    "TMP": ("#616161", "Temporary", "Temporaire", "Temporal", "Временный", "临时", "مؤقت"),
}
_LANGUAGES = ("fr", "es", "ru", "zh", "ar")


@dataclass(frozen=True, slots=True)
class IndicoCategories:
    """Tag or form title -> badge category code, and the code for everyone else."""

    by_title: Mapping[str, str] = field(default_factory=lambda: frozen({}), hash=False)
    default: str = DEFAULT_CATEGORY

    def category_of(self, tags: Iterable[str], form_title: str) -> str:
        for tag in tags:
            code = self.by_title.get(tag)
            if code:
                return code
        return self.by_title.get(form_title) or self.default

    def codes(self) -> list[str]:
        """Every code a registration may get, in a stable order (the default first)."""
        others = sorted(set(self.by_title.values()) - {self.default})
        return [self.default, *others]

    def badge_categories(self, event_id: int) -> tuple[RemoteCategory, ...]:
        """The event's badge categories, numbered in ``codes()`` order from 1."""
        return tuple(
            RemoteCategory(event_id, _category(code, number))
            for number, code in enumerate(self.codes(), start=1)
        )


def _category(code: str, number: int) -> BadgeCategory:
    known = _KNOWN.get(code)
    if known is None:
        return BadgeCategory(code=code, number=number, label=code, colour=_GREY)
    colour, label, *others = known
    return BadgeCategory(
        code=code,
        number=number,
        label=label,
        colour=colour,
        label_translations=frozen(dict(zip(_LANGUAGES, others, strict=True))),
    )
