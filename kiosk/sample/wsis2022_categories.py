"""The WSIS Forum 2022 sample's badge categories: a synthesis (not an ITU list), each label in
the six UN languages (UN terminology where it has a term), each colour with 4.5:1 contrast."""

from __future__ import annotations

from kiosk.core.model import BadgeCategory
from kiosk.core.translations import frozen


def sample_categories() -> list[BadgeCategory]:
    """Eleven sample categories (a synthesis, not an ITU list); each colour has 4.5:1 contrast.

    Each label comes in the six UN languages (UN terminology where it has a term).
    """
    return [
        _category("DEL", 1, "#1F4E9D", needs_photo=True),
        _category("ITU", 2, "#009CD6", needs_photo=True),
        _category("IGO", 3, "#00796B", needs_photo=True),
        _category("PAR", 4, "#2E7D32", needs_photo=True),
        _category("SPK", 5, "#F9A825", needs_photo=True),
        _category("VIP", 6, "#B71C1C", collect_at_desk=True, needs_photo=True),
        _category("MED", 7, "#EF6C00", needs_photo=True),
        _category("EXH", 8, "#6D4C41", needs_photo=True),
        _category("ORG", 9, "#6A1B9A", needs_photo=True),
        _category("SEC", 10, "#212121", needs_photo=True),
        # Temporary and courtesy badges are issued on photo ID, without a printed photo.
        _category("TMP", 11, "#9E9E9E"),
    ]


# Category labels by code: English first, then fr, es, ru, zh, ar.
_CATEGORY_LABELS: dict[str, tuple[str, str, str, str, str, str]] = {
    "DEL": (
        "Delegate — Member State",
        "Délégué — État Membre",
        "Delegado — Estado Miembro",
        "Делегат — государство-член",
        "代表 — 成员国",
        "مندوب — دولة عضو",
    ),
    "ITU": (
        "ITU Member",
        "Membre de l'UIT",
        "Miembro de la UIT",
        "Член МСЭ",
        "国际电联成员",
        "عضو في الاتحاد الدولي للاتصالات",
    ),
    "IGO": (
        "International organisation",
        "Organisation internationale",
        "Organización internacional",
        "Международная организация",
        "国际组织",
        "منظمة دولية",
    ),
    "PAR": ("Participant", "Participant", "Participante", "Участник", "与会者", "مشارك"),
    "SPK": ("Speaker", "Intervenant", "Orador", "Докладчик", "发言人", "متحدث"),
    "VIP": (
        "High-level",
        "Haut niveau",
        "Alto nivel",
        "Высокий уровень",
        "高级别",
        "رفيع المستوى",
    ),
    "MED": ("Media", "Médias", "Medios de comunicación", "СМИ", "媒体", "وسائط الإعلام"),
    "EXH": ("Exhibitor", "Exposant", "Expositor", "Экспонент", "参展商", "عارض"),
    "ORG": ("Organiser", "Organisateur", "Organizador", "Организатор", "主办方", "منظِّم"),
    "SEC": (
        "Security and technical",
        "Sécurité et technique",
        "Seguridad y personal técnico",
        "Охрана и технический персонал",
        "安保和技术人员",
        "الأمن والدعم التقني",
    ),
    "TMP": ("Temporary", "Temporaire", "Temporal", "Временный", "临时", "مؤقت"),
}
_TRANSLATED = ("fr", "es", "ru", "zh", "ar")


def _category(
    code: str, number: int, colour: str, *, collect_at_desk: bool = False, needs_photo: bool = False
) -> BadgeCategory:
    english, *others = _CATEGORY_LABELS[code]
    return BadgeCategory(
        code,
        number,
        english,
        colour,
        collect_at_desk=collect_at_desk,
        needs_photo=needs_photo,
        label_translations=frozen(dict(zip(_TRANSLATED, others, strict=True))),
    )
