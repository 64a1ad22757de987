"""Trim ICU's data library (libicudata, 32 MB) to what the kiosk's languages need (about 8 MB).

Qt Core links ICU: collation (QCollator), time-zone names, locale-aware case mapping, text
encodings. The data library holds those for every language ICU knows, plus transliterators,
dictionaries for word breaks in Thai, Khmer, Lao, Burmese and Chinese, and converters for some
200 legacy encodings. Kept: every item that is not tied to a language (Unicode properties,
normalisation, time zones, plural rules ...), and the locale data of the six UN languages with
all their regional variants (fr_CH, es_419, zh_Hant, ar_EG ...) and root. Left out: the locale
data of other languages, the transliterators, the word-break dictionaries (Qt breaks text
itself, the dictionaries only serve ICU's own break iterators), the legacy converters (the
kiosk reads and writes UTF-8 only; Python does its own decoding).

The data is the library's one exported symbol (icudt<N>_dat, a "common data" package): it is
copied out, trimmed with ICU's own icupkg, and linked back into a library of the same soname.
Run by packaging/kiosk.spec on Linux; needs icupkg (icu-devtools) and gcc (scripts/setup).
Usage: python packaging/trim_icu.py LIBICUDATA       (the library is replaced in place)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LANGUAGES = frozenset({"ar", "en", "es", "fr", "ru", "zh"})  # English, and the UN's five
# A locale's data file: language, then script/region/variant parts ("zh_Hant_TW.res").
_LOCALE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")  # "de_.res": German phonebook
_MISSING = re.compile(r"depends on missing item (\S+)")
_SYMBOL = re.compile(r"^\s*([0-9a-f]+)\s+([0-9a-f]+)\s+R\s+(icudt\d+_dat)$", re.MULTILINE)


def drops(item: str) -> bool:
    """Whether the kiosk does without this item of the data package ("coll/de.res" ...)."""
    folder, _, name = item.rpartition("/")
    if folder == "translit" or name.endswith(".cnv"):
        return True
    if folder == "brkitr" and name.endswith(".dict"):
        return True
    match = _LOCALE.match(name)
    return match is not None and match.group(1) not in KEPT_LANGUAGES


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the library's data symbol."""
    found = _SYMBOL.search(_run("nm", "-D", "-S", str(library)))
    if found is None:
        raise ValueError(f"{library.name} exports no icudt*_dat symbol")
    address, size, name = int(found.group(1), 16), int(found.group(2), 16), found.group(3)
    for line in _run("readelf", "-S", "-W", str(library)).splitlines():
        fields = line.split("]", 1)[-1].split()
        if len(fields) > 4 and fields[0] == ".rodata":
            start, offset = int(fields[2], 16), int(fields[3], 16)
            return name, offset + address - start, size
    raise ValueError(f"{library.name} has no .rodata section")


def trim(library: Path) -> tuple[int, int]:
    """Replace ``library`` by one with the trimmed data; (bytes before, bytes after)."""
    soname = _run("objdump", "-p", str(library)).split("SONAME", 1)[1].split()[0]
    symbol, offset, size = _data_symbol(library)
    before = library.stat().st_size
    with tempfile.TemporaryDirectory(prefix="kiosk-icu-") as tmp:
        work = Path(tmp)
        # icupkg wants the package's own name: icudt73l.dat (ICU 73, little-endian)
        full, kept = work / "full" / f"{symbol[:-4]}l.dat", work / f"{symbol[:-4]}l.dat"
        full.parent.mkdir()
        with library.open("rb") as handle:
            handle.seek(offset)
            full.write_bytes(handle.read(size))
        items = _run("icupkg", "-l", str(full)).split()
        _remove(work, full, kept, [i for i in items if drops(i)])
        (work / "data.s").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{kept}"\n\t.size {symbol}, .-{symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        built = work / soname
        _run(
            "gcc",
            "-shared",
            "-nostdlib",
            "-s",
            f"-Wl,-soname,{soname}",
            "-o",
            str(built),
            str(work / "data.s"),
        )  # fmt: skip  (-s: stripped, as lintian wants)
        shutil.copymode(library, built)
        shutil.move(str(built), library)
    return before, library.stat().st_size


def _remove(work: Path, full: Path, kept: Path, dropped: list[str]) -> None:
    """icupkg -r: a kept item that needs a dropped one keeps it too (rbnf/zh_Hant_HK needs
    rbnf/yue), except the word-break dictionaries, which ICU does without when they are missing
    (ICU's own data filters leave them out the same way)."""
    listing = work / "drop.txt"
    for ignore in ([], ["--ignore-deps"]):
        listing.write_text("\n".join(dropped) + "\n")
        run = subprocess.run(
            ["icupkg", *ignore, "-r", str(listing), str(full), str(kept)],
            capture_output=True,
            text=True,
        )
        if run.returncode == 0:
            return
        needed = set(_MISSING.findall(run.stdout + run.stderr))
        if not needed:
            raise RuntimeError(f"icupkg failed: {run.stderr.strip()}")
        if any(not item.endswith(".dict") for item in needed):
            dropped = [i for i in dropped if i not in needed or i.endswith(".dict")]
            return _remove(work, full, kept, dropped)
    raise RuntimeError("icupkg failed even with --ignore-deps")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    before, after = trim(Path(argv[0]))
    print(f"trim-icu: {Path(argv[0]).name} {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
