"""Right-to-left text for engines that draw left to right (reportlab): one line in visual order,
with Arabic letters in their joined forms.

Enough of the Unicode bidirectional algorithm (UAX #9) for names and labels: one line, no explicit
embeddings or isolates, numbers and Latin kept left to right inside Arabic and Hebrew. Arabic
shaping maps each letter to its presentation form (initial, medial, final, isolated; lam-alef
ligatures), which every Noto Arabic font carries; the tables come from Unicode's own decompositions
in ``unicodedata``, so no table is typed in here. Qt needs none of this: it shapes by itself.
"""

from __future__ import annotations

import unicodedata
from functools import cache

_STRONG_RTL = frozenset({"R", "AL"})
_NUMBERS = frozenset({"EN", "AN"})
_FORMS = ("isolated", "final", "initial", "medial")
_LAM = "\u0644"
_LAM_ALEFS = frozenset(_LAM + alef for alef in "\u0622\u0623\u0625\u0627")
_ZWJ, _ZWNJ, _TATWEEL = "\u200d", "\u200c", "\u0640"
_MIRRORED = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
             "«": "»", "»": "«"}  # fmt: skip


def paragraph_is_rtl(text: str) -> bool:
    """The line's direction: that of its first strong character (left to right if none)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _STRONG_RTL:
            return True
        if kind == "L":
            return False
    return False


def visual_line(text: str) -> str:
    """``text`` (one line, logical order) as it should be drawn left to right."""
    return "".join(visual_runs(text))


def visual_runs(text: str) -> list[str]:
    """The line cut into runs of one direction, in visual order, each ready to draw left to right.

    Arabic is shaped first (joining depends on logical neighbours); marks stay after their base
    so that zero-width marks land on it.
    """
    shaped = shape_arabic(text)
    if not shaped:
        return []
    base = 1 if paragraph_is_rtl(shaped) else 0
    levels = _levels(shaped, base)
    clusters = _clusters(shaped, levels)
    top = max(level for _, level in clusters)
    lowest_odd = 1 if top >= 1 else top + 1
    for level in range(top, lowest_odd - 1, -1):
        clusters = _reverse_from(clusters, level)
    return _runs(clusters)


def _levels(text: str, base: int) -> list[int]:
    kinds = _resolved_kinds(text, base)
    levels = []
    for kind in kinds:
        if base == 0:
            levels.append(0 if kind == "L" else 1 if kind == "R" else 2)
        else:
            levels.append(1 if kind == "R" else 2)
    # Trailing spaces take the paragraph's level (rule L1).
    index = len(text)
    while index > 0 and unicodedata.bidirectional(text[index - 1]) in ("WS", "S", "B", "BN"):
        index -= 1
        levels[index] = base
    return levels


def _resolved_kinds(text: str, base: int) -> list[str]:
    """Each character's resolved direction: L, R, or EN/AN (numbers) after rules W1-W7, N1-N2."""
    start = "R" if base else "L"
    kinds = _weak_kinds([unicodedata.bidirectional(ch) for ch in text], start)
    resolved = list(kinds)
    index = 0
    while index < len(kinds):
        if kinds[index] in ("L", "R", "EN", "AN"):
            index += 1
            continue
        end = index
        while end < len(kinds) and kinds[end] not in ("L", "R", "EN", "AN"):
            end += 1
        before = _strong(kinds[index - 1]) if index > 0 else start
        after = _strong(kinds[end]) if end < len(kinds) else start
        fill = before if before == after else start
        resolved[index:end] = [fill] * (end - index)
        index = end
    return resolved


def _strong(kind: str) -> str:
    return "R" if kind in ("R", "EN", "AN") else "L"


def _weak_kinds(kinds: list[str], start: str) -> list[str]:
    """Rules W1-W7, simplified for one line without embeddings."""
    out: list[str] = []
    last_strong = start
    for kind in kinds:
        kind = (out[-1] if out else start) if kind == "NSM" else kind  # W1
        kind = "AN" if kind == "EN" and last_strong == "AL" else kind  # W2
        last_strong = kind if kind in ("L", "R", "AL") else last_strong
        out.append("R" if kind == "AL" else kind)  # W3
    for i in range(1, len(out) - 1):  # W4: a single separator between two numbers
        if out[i] in ("ES", "CS") and out[i - 1] == out[i + 1] == "EN":
            out[i] = "EN"
    return _latin_numbers(out, start)


def _latin_numbers(kinds: list[str], start: str) -> list[str]:
    """Rule W7: European numbers after Latin text (or at the start of a Latin line) are Latin."""
    last_strong = start
    out = list(kinds)
    for i, kind in enumerate(kinds):
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            out[i] = "L"
    return out


def _clusters(text: str, levels: list[int]) -> list[tuple[str, int]]:
    """Base characters with their marks, each with its level."""
    clusters: list[tuple[str, int]] = []
    for ch, level in zip(text, levels, strict=True):
        if clusters and unicodedata.combining(ch):
            previous, previous_level = clusters[-1]
            clusters[-1] = (previous + ch, previous_level)
        else:
            clusters.append((ch, level))
    return clusters


def _reverse_from(clusters: list[tuple[str, int]], level: int) -> list[tuple[str, int]]:
    """Rule L2: reverse every run of clusters at ``level`` or higher."""
    out: list[tuple[str, int]] = []
    run: list[tuple[str, int]] = []
    for cluster in [*clusters, ("", -1)]:
        if cluster[1] >= level:
            run.append(cluster)
            continue
        out.extend(reversed(run))
        run = []
        if cluster[1] >= 0:
            out.append(cluster)
    return out


def _runs(clusters: list[tuple[str, int]]) -> list[str]:
    runs: list[str] = []
    previous = None
    for cluster, level in clusters:
        # Joiners and direction marks have done their work; they have no ink to draw.
        text = "".join(ch for ch in cluster if unicodedata.category(ch) != "Cf")
        if not text:
            continue
        rtl = level % 2 == 1
        if rtl and len(text) == 1:
            text = _MIRRORED.get(text, text)  # rule L4: brackets face the other way
        if rtl == previous:
            runs[-1] += text
        else:
            runs.append(text)
        previous = rtl
    return runs


# --- Arabic letter forms ------------------------------------------------------------------------


@cache
def _presentation_forms() -> dict[str, dict[str, str]]:
    """letter (or lam + alef) -> {form: presentation character}, from Unicode's decompositions."""
    table: dict[str, dict[str, str]] = {}
    for code in (*range(0xFB50, 0xFDFF), *range(0xFE70, 0xFEFF)):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) < 2 or decomposition[0].strip("<>") not in _FORMS:
            continue
        letters = "".join(chr(int(part, 16)) for part in decomposition[1:])
        if len(letters) > 2 or (len(letters) == 2 and letters not in _LAM_ALEFS):
            continue  # other ligatures are optional; lam-alef is required
        table.setdefault(letters, {}).setdefault(decomposition[0].strip("<>"), chr(code))
    return table


def _joins_both_ways(ch: str) -> bool:
    if ch in (_ZWJ, _TATWEEL):
        return True
    forms = _presentation_forms().get(ch, {})
    return "initial" in forms or "medial" in forms


def _joins_to_previous(ch: str) -> bool:
    if ch in (_ZWJ, _TATWEEL):
        return True
    return "final" in _presentation_forms().get(ch, {})


def _is_transparent(ch: str) -> bool:
    return ch != _ZWNJ and unicodedata.category(ch) in ("Mn", "Me", "Cf") and ch != _ZWJ


def shape_arabic(text: str) -> str:
    """``text`` with each Arabic letter in the form its neighbours call for (logical order)."""
    if not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text
    table = _presentation_forms()
    out: list[str] = []
    index = 0
    while index < len(text):
        ch = text[index]
        joined_before = _joined_before(text, index)
        pair = text[index : index + 2]
        if ch == _LAM and pair in table:  # lam-alef is one ligature
            out.append(table[pair]["final" if joined_before else "isolated"])
            index += 2
            continue
        joined_after = _joins_both_ways(ch) and _joined_after(text, index)
        out.append(_form(table, ch, joined_before and _joins_to_previous(ch), joined_after))
        index += 1
    return "".join(out)


def _joined_before(text: str, index: int) -> bool:
    before = index - 1
    while before >= 0 and _is_transparent(text[before]):
        before -= 1
    return before >= 0 and _joins_both_ways(text[before])


def _joined_after(text: str, index: int) -> bool:
    after = index + 1
    while after < len(text) and _is_transparent(text[after]):
        after += 1
    return after < len(text) and _joins_to_previous(text[after])


def _form(table: dict[str, dict[str, str]], ch: str, before: bool, after: bool) -> str:
    forms = table.get(ch)
    if not forms:
        return ch
    wanted = ("medial" if after else "final") if before else ("initial" if after else "isolated")
    for form in (wanted, "final" if before else "isolated", "isolated"):
        if form in forms:
            return forms[form]
    return ch
