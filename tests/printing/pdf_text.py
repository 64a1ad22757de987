"""Text positions in a PDF (poppler's `pdftotext -bbox`), for checking right-to-left word order."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

PDFTOTEXT = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext (Debian package poppler-utils) is not installed"
)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)
_LAM_ALEF = re.compile("\u0644[\u0622\u0623\u0625\u0627]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@dataclass(frozen=True, slots=True)
class Word:
    """A piece of text as poppler found it on the page (points, origin top left)."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str  # as drawn, left to right (Arabic may be in presentation forms)


def pdf_words(pdf: bytes, page: int = 1) -> list[Word]:
    assert PDFTOTEXT is not None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            [PDFTOTEXT, "-f", str(page), "-l", str(page), "-bbox", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    return [
        Word(float(a), float(b), float(c), float(d), unescape(t))
        for a, b, c, d, t in _WORD.findall(out)
    ]


def right_to_left_words(words: list[Word]) -> list[str]:
    """The right-to-left words, line by line from the top, each line read from the right.

    Each piece is stored in drawing order (left to right), so it is reversed back; pieces that
    touch belong to one word (Qt writes one piece per glyph, a space leaves a gap).
    """
    pieces = [w for w in words if _RTL.search(w.text)]
    read: list[str] = []
    for line in _lines(pieces):
        left_edge = None
        for piece in sorted(line, key=lambda w: -w.x1):
            # Reverse the glyphs, then unfold ligatures and letter forms (NFKC): lam-alef is
            # one glyph for two letters.
            text = unicodedata.normalize("NFKC", piece.text[::-1])
            if left_edge is not None and left_edge - piece.x1 < 0.08 * (piece.y1 - piece.y0):
                read[-1] += text
            else:
                read.append(text)
            left_edge = piece.x0
    return read


def _lines(pieces: list[Word]) -> list[list[Word]]:
    lines: list[list[Word]] = []
    for piece in sorted(pieces, key=lambda w: w.y0):
        if lines and abs(lines[-1][0].y0 - piece.y0) < 0.3 * (piece.y1 - piece.y0):
            lines[-1].append(piece)
        else:
            lines.append([piece])
    return lines


def logical_words(text: str) -> list[str]:
    """The words of ``text`` as poppler would give them back (no joiners, NFKC)."""
    plain = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return unicodedata.normalize("NFKC", plain).split()


def assert_read_right_to_left(read: list[str], name: str) -> None:
    """Every word found whole is in the name's order when read from the right."""
    words = logical_words(name)
    found = [word for word in read if word in words]
    # Qt's PDF maps a lam-alef ligature back to one letter only, so such a word never reads back
    # whole; the order is still checked on every other word.
    readable = [word for word in words if not _LAM_ALEF.search(word)]
    assert len(found) >= min(2, len(readable)), f"{name!r}: only {read} found"
    assert found == [word for word in words if word in found], f"{name!r} reads as {read}"
