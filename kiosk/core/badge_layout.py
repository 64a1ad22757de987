"""What a badge shows and the sizes it comes in; the drawing itself is printing/render.py."""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class BadgeContent:
    """Everything printed on one badge, already chosen and formatted (no rules left to apply)."""

    registration_id: int
    badge_version: int
    badge_name: str
    native_name: str
    organisation: str
    country: str
    category_code: str
    category_label: str
    category_colour: str  # "#RRGGBB"
    qr_text: str  # the credential, digits only
    event_title: str
    event_dates: str  # e.g. "30 May - 3 June 2022"
    photo_path: str = ""  # absolute path or empty
    is_sample: bool = False
    name_lines: int = 2  # the badge name wraps to at most this many lines (template: 1 or 2)
    photo_required: bool = False  # keep the photo's place (a placeholder) when there is no photo
    # Characters of the person's names that no shipped font draws: the badge shows the
    # Latin-script name instead, and the print journal marks the job (docs/badges.md).
    name_fallback: str = ""


class Media(enum.Enum):
    """How the badge stock is fed."""

    ROLL = "roll"  # continuous: length follows the content
    LABEL = "label"  # die-cut labels
    SHEET = "sheet"  # cut sheets and cards


@dataclass(frozen=True, slots=True)
class BadgeSize:
    """A badge stock: printable width and height in millimetres."""

    name: str
    width_mm: float
    height_mm: float
    media: Media


BADGE_SIZES: dict[str, BadgeSize] = {
    s.name: s
    for s in (
        BadgeSize("thermal-80", 72.0, 110.0, Media.ROLL),  # 80 mm roll, 72 mm printable
        BadgeSize("thermal-58", 48.0, 80.0, Media.ROLL),
        BadgeSize("brother-62", 62.0, 100.0, Media.ROLL),
        BadgeSize("label-4x3", 101.6, 76.2, Media.LABEL),
        BadgeSize("label-4x6", 101.6, 152.4, Media.LABEL),
        BadgeSize("a6", 105.0, 148.0, Media.SHEET),
        BadgeSize("cr80", 53.98, 85.6, Media.SHEET),
    )
}
DEFAULT_SIZE = "a6"


# --- Layout model: where each element goes on a badge, in millimetres -----------------------------

LINE_MM_PER_PT = 25.4 / 72 * 1.36  # one line of Noto Sans (ascent + descent) per point of size
# A name's smallest size is physical, the same on every stock: capitals 2.4 mm tall read at a
# metre (about 8 minutes of arc, where normal sight resolves 5). Past it, a name is elided.
NAME_MIN_CAP_MM = 2.4
CAP_HEIGHT_PER_EM = 0.714  # Noto Sans: capitals are 1462 of 2048 units per em
MIN_NAME_PT = NAME_MIN_CAP_MM / (CAP_HEIGHT_PER_EM * 25.4 / 72)  # about 9.5 pt
MIN_TEXT_PT = 5.0
MAX_QR_MM = 36.0  # bigger scans no better and takes room from the name
PHOTO_ASPECT = 0.78  # width / height of a passport-style photo (35 x 45 mm)


class Align(enum.Enum):
    """Horizontal alignment; START and END follow the text's direction (right for Arabic)."""

    START = "start"
    CENTER = "center"
    END = "end"


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in millimetres from the badge's top-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True, slots=True)
class TextBox:
    """A box for one text: it shrinks from max_pt to min_pt, wraps to max_lines, then elides."""

    box: Box
    max_pt: float
    min_pt: float
    max_lines: int = 1
    bold: bool = False
    align: Align = Align.CENTER


@dataclass(frozen=True, slots=True)
class BadgeLayout:
    """Every element's place on one badge stock."""

    size: BadgeSize
    margin: float
    band: Box
    category: TextBox
    title: TextBox
    dates: TextBox
    name: TextBox
    native_name: TextBox | None
    organisation: TextBox
    country: TextBox
    photo: Box | None
    qr: Box
    reference: TextBox  # registration id and badge version
    sample: TextBox
    photo_beside_qr: bool = False  # the photo takes the QR's printed height, just left of it


@dataclass(frozen=True, slots=True)
class _Frame:
    """The bands every orientation shares: header on top, category band at the bottom."""

    margin: float
    gap: float
    title: TextBox
    dates: TextBox
    band: Box
    category: TextBox
    reference: TextBox
    sample: TextBox
    middle: Box  # what is left for the name, details, photo and QR


def layout_badge(
    size: BadgeSize,
    *,
    has_photo: bool,
    has_native_name: bool,
    has_details: bool = True,
    name_lines: int = 2,
) -> BadgeLayout:
    """Place every element for this stock: portrait stocks stack, landscape ones use columns.

    Without details (organisation, country) the name takes their room; ``name_lines`` is 1 or 2.
    """
    frame = _frame(size)
    if size.width_mm > size.height_mm:
        layout = _landscape(size, frame, has_photo, has_native_name)
    else:
        layout = _portrait(size, frame, has_photo, has_native_name)
    if has_details and name_lines == 2:
        return layout
    return _refit_name(layout, has_details, max(1, min(2, name_lines)))


def layout_for(content: BadgeContent, size: BadgeSize) -> BadgeLayout:
    """The layout this badge's content needs on this stock (every renderer asks the same)."""
    return layout_badge(
        size,
        has_photo=bool(content.photo_path) or content.photo_required,
        has_native_name=shows_native_name(content),
        has_details=bool(content.organisation.strip() or content.country.strip()),
        name_lines=content.name_lines,
    )


def shows_native_name(content: BadgeContent) -> bool:
    """A native-script name is printed when it says more than the badge name already does."""
    native, name = content.native_name.strip(), content.badge_name.strip()
    return bool(native and name) and native.casefold() not in name.casefold()


def _refit_name(layout: BadgeLayout, has_details: bool, name_lines: int) -> BadgeLayout:
    """The name box grown over the empty details, and sized for ``name_lines`` lines."""
    name = layout.name.box
    bottom = layout.country.box.bottom if not has_details else name.bottom
    native = layout.native_name
    if native is not None and not has_details:
        native_box = replace(native.box, y=bottom - native.box.height)
        native = replace(native, box=native_box)
        bottom = native_box.y
    box = replace(name, height=bottom - name.y)
    # Short names look the same either way; on one line a long name shrinks instead of wrapping.
    largest = lines_pt(box.height, 2)
    text = TextBox(box, largest, min(MIN_NAME_PT, largest), name_lines, bold=True)
    return replace(layout, name=text, native_name=native)


def lines_pt(height_mm: float, lines: int) -> float:
    """The largest point size at which ``lines`` lines of text fit in ``height_mm``."""
    return height_mm / (lines * LINE_MM_PER_PT)


def _frame(size: BadgeSize) -> _Frame:
    w, h = size.width_mm, size.height_mm
    margin = min(max(min(w, h) * 0.04, 1.5), 5.0)
    gap = margin * 0.6
    inner = w - 2 * margin
    header_h = h * (0.13 if w > h else 0.11)
    band_h = h * (0.16 if w > h else 0.14)
    footer_h = max(3.0, h * 0.03)
    title_h = header_h * 0.6
    # Headline sizes leave a fifth of the line free: text set to the full box looks cramped.
    title_pt = lines_pt(title_h, 1) * 0.8
    title = TextBox(Box(margin, margin, inner, title_h), title_pt, MIN_TEXT_PT, 2, True)
    dates_box = Box(margin, margin + title_h, inner, header_h - title_h)
    band = Box(0.0, h - band_h, w, band_h)
    label_box = Box(margin, band.y + band_h * 0.1, inner, band_h * 0.8)
    footer = Box(margin, band.y - footer_h, inner, footer_h)
    middle_top = margin + header_h + gap
    return _Frame(
        margin=margin,
        gap=gap,
        title=title,
        dates=TextBox(dates_box, lines_pt(dates_box.height, 1) * 0.8, MIN_TEXT_PT),
        band=band,
        category=TextBox(label_box, lines_pt(label_box.height, 1), MIN_TEXT_PT, bold=True),
        reference=TextBox(footer, lines_pt(footer_h, 1), MIN_TEXT_PT, align=Align.START),
        sample=TextBox(footer, lines_pt(footer_h, 1), MIN_TEXT_PT, bold=True, align=Align.END),
        middle=Box(margin, middle_top, inner, footer.y - gap - middle_top),
    )


def _portrait(size: BadgeSize, frame: _Frame, has_photo: bool, has_native: bool) -> BadgeLayout:
    middle, gap = frame.middle, frame.gap
    across = (middle.width - gap) / (1 + PHOTO_ASPECT) if has_photo else middle.width * 0.6
    row_h = min(across, middle.height * 0.45, MAX_QR_MM)
    row_y = middle.bottom - row_h
    photo_w = row_h * PHOTO_ASPECT if has_photo else 0.0
    row_x = middle.x + (middle.width - row_h - (photo_w + gap if has_photo else 0.0)) / 2
    photo = Box(row_x, row_y, photo_w, row_h) if has_photo else None
    qr = Box(middle.right - (row_x - middle.x) - row_h, row_y, row_h, row_h)
    text = Box(middle.x, middle.y, middle.width, row_y - gap - middle.y)
    return replace(_assemble(size, frame, text, photo, qr, has_native), photo_beside_qr=has_photo)


def _landscape(size: BadgeSize, frame: _Frame, has_photo: bool, has_native: bool) -> BadgeLayout:
    middle, gap = frame.middle, frame.gap
    qr_side = min(middle.height, middle.width * 0.34)
    qr = Box(middle.right - qr_side, middle.y + (middle.height - qr_side) / 2, qr_side, qr_side)
    text_x, photo = middle.x, None
    if has_photo:
        photo_w = min(middle.height * PHOTO_ASPECT, middle.width * 0.22)
        photo_h = photo_w / PHOTO_ASPECT
        photo = Box(middle.x, middle.y + (middle.height - photo_h) / 2, photo_w, photo_h)
        text_x = photo.right + gap
    text = Box(text_x, middle.y, qr.x - gap - text_x, middle.height)
    return _assemble(size, frame, text, photo, qr, has_native)


def _assemble(
    size: BadgeSize, frame: _Frame, text: Box, photo: Box | None, qr: Box, has_native: bool
) -> BadgeLayout:
    name_share = 0.55 if has_native else 0.65
    name_h = text.height * name_share
    native_h = text.height * 0.15 if has_native else 0.0
    details_h = text.height - name_h - native_h
    name = Box(text.x, text.y, text.width, name_h)
    native = Box(text.x, name.bottom, text.width, native_h)
    organisation = Box(text.x, native.bottom, text.width, details_h * 0.62)
    country = Box(text.x, organisation.bottom, text.width, details_h - organisation.height)
    return BadgeLayout(
        size=size,
        margin=frame.margin,
        band=frame.band,
        category=frame.category,
        title=frame.title,
        dates=frame.dates,
        name=_name_box(name),
        native_name=TextBox(native, lines_pt(native_h, 1), MIN_TEXT_PT) if has_native else None,
        organisation=TextBox(organisation, lines_pt(organisation.height, 2), MIN_TEXT_PT, 2),
        country=TextBox(country, lines_pt(country.height, 1), MIN_TEXT_PT),
        photo=photo,
        qr=qr,
        reference=frame.reference,
        sample=frame.sample,
    )


def _name_box(box: Box) -> TextBox:
    largest = lines_pt(box.height, 2)
    return TextBox(box, largest, min(MIN_NAME_PT, largest), 2, bold=True)


# --- Colours and text direction -------------------------------------------------------------------

_BLACK = "#000000"
_WHITE = "#FFFFFF"


def band_colours(colour: str) -> tuple[str, str]:
    """(band, text) colours: the category colour and black or white, whichever contrasts more.

    A malformed colour gives a white band, so a data error never hides the category label.
    """
    rgb = _parse_hex(colour)
    if rgb is None:
        return _WHITE, _BLACK
    luminance = _relative_luminance(rgb)
    # WCAG contrast ratios against black and white text.
    on_black = (luminance + 0.05) / 0.05
    on_white = 1.05 / (luminance + 0.05)
    return "#{:02X}{:02X}{:02X}".format(*rgb), _BLACK if on_black >= on_white else _WHITE


def _parse_hex(colour: str) -> tuple[int, int, int] | None:
    text = colour.strip().removeprefix("#")
    if len(text) != 6 or any(c not in "0123456789abcdefABCDEF" for c in text):
        return None
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def _relative_luminance(rgb: tuple[int, int, int]) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def is_right_to_left(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


# --- Name particles -------------------------------------------------------------------------------

# Words that belong with the name after them ("van Beethoven", "bin Salman", "عبد الله"): a line
# break between them reads as two names. Lower-case forms; Arabic ones as written.
NAME_PARTICLES = frozenset(
    {
        "al", "el", "ibn", "bin", "bint", "ben", "abd", "abdel", "abdul", "abu", "abou", "ould",
        "van", "von", "der", "den", "ter", "ten", "de", "del", "della", "di", "da", "das", "dos",
        "do", "du", "des", "la", "le", "lo", "mac", "mc", "st", "st.", "y", "zu", "af", "av",
        "عبد", "أبو", "ابو", "بن", "بنت", "ابن", "آل", "ولد",
    }
)  # fmt: skip
NO_BREAK_SPACE = "\N{NO-BREAK SPACE}"


def keep_particles(text: str) -> str:
    """``text`` with a no-break space after each particle, so it stays with the name it
    introduces ("Ludwig van\u00a0Beethoven"); a particle that ends the text is left alone."""
    words = text.split(" ")
    out = []
    for index, word in enumerate(words):
        glue = index < len(words) - 1 and word.casefold() in NAME_PARTICLES
        out.append(word + (NO_BREAK_SPACE if glue else " "))
    return "".join(out).rstrip(" ")
