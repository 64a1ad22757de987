"""`kiosk export all`: every local record for audit, one CSV per table and a manifest.

The output is a folder (or a .zip when the name ends in .zip) written under a temporary name
and renamed when complete, so a half-written export never looks finished. Rows are streamed in
batches inside one read snapshot: 100,000 people never sit in memory, and the counts in the
manifest are the rows in the files. The export holds names (the roster, the badge contents):
it is made owner-only, like the database. docs/data-lifecycle.md describes the files.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import shutil
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from kiosk.paths import PRIVATE_DIR, PRIVATE_FILE
from kiosk.store import Database, events, records
from kiosk.store.database import schema_version

FORMAT = "kiosk-audit-export/1"
MANIFEST = "manifest.json"
BOM = "\ufeff".encode()  # UTF-8 with a byte-order mark: Excel opens the CSV as UTF-8
CHECKSUMS = "SHA256SUMS"  # `sha256sum -c SHA256SUMS` in the folder checks every file

Progress = Callable[[int, int], None]  # rows written, rows in all


class ExportError(Exception):
    """The export cannot be written (the place is taken, the disk refused)."""


@dataclass(frozen=True, slots=True)
class ExportHeader:
    kiosk_id: str
    at: datetime
    kiosk_version: str


@dataclass(frozen=True, slots=True)
class ExportedFile:
    file: str
    table: str
    rows: int
    bytes: int
    sha256: str


@dataclass(frozen=True, slots=True)
class ExportSummary:
    out: Path
    files: tuple[ExportedFile, ...]

    @property
    def rows(self) -> int:
        return sum(f.rows for f in self.files)


def is_zip(out: Path) -> bool:
    return out.suffix.lower() == ".zip"


def export_all(db: Database, out: Path, header: ExportHeader, progress: Progress) -> ExportSummary:
    """Write every table of ``db`` to ``out`` (a new folder, or a .zip file)."""
    try:
        sink: _Sink = _Zip(out) if is_zip(out) else _Folder(out)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    try:
        with records.snapshot(db):
            tables = records.tables(db)
            total = sum(t.rows for t in tables)
            files: list[ExportedFile] = []
            for table in tables:
                done = sum(f.rows for f in files)
                files.append(_write_table(db, sink, table, (done, total, progress)))
            manifest = _manifest(db, header, files)
        sink.add(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode())
        sink.add(CHECKSUMS, "".join(f"{f.sha256}  {f.file}\n" for f in files).encode())
        sink.finish()
    except OSError as exc:
        sink.abandon()
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    except BaseException:
        sink.abandon()
        raise
    return ExportSummary(out, tuple(files))


def _write_table(
    db: Database, sink: _Sink, table: records.Table, step: tuple[int, int, Progress]
) -> ExportedFile:
    done_before, total, progress = step
    name = f"{table.name}.csv"
    digest = hashlib.sha256()
    size = rows = 0
    with sink.open(name) as raw:

        def put(lines: Iterable[Sequence[object]], head: bytes = b"") -> None:
            nonlocal size
            text = io.StringIO()
            csv.writer(text).writerows(lines)
            data = head + text.getvalue().encode("utf-8")
            raw.write(data)
            digest.update(data)
            size += len(data)

        put([table.columns], BOM)
        for batch in records.iter_rows(db, table):
            put(_cells(row) for row in batch)
            rows += len(batch)
            progress(done_before + rows, total)
    if rows != table.rows:  # the snapshot makes this impossible; say so if it ever is not
        raise ExportError(f"{table.name}: counted {table.rows} rows but wrote {rows}")
    return ExportedFile(name, table.name, rows, size, digest.hexdigest())


def _cells(row: records.Record) -> list[str | int | float]:
    return ["" if v is None else v.hex() if isinstance(v, bytes) else v for v in row]


def _manifest(
    db: Database, header: ExportHeader, files: Iterable[ExportedFile]
) -> dict[str, object]:
    event = events.load_event(db)
    return {
        "format": FORMAT,
        "kiosk_id": header.kiosk_id,
        "kiosk_version": header.kiosk_version,
        "schema_version": schema_version(db),
        "exported_at": header.at.astimezone(UTC).isoformat(),
        "event": None
        if event is None
        else {"id": event.id, "code": event.code, "title": event.title},
        "personal_data": True,  # roster names, badge contents, VIP collectors: keep it private
        "files": [asdict(f) for f in files],
    }


class _Sink:
    def open(self, name: str) -> contextlib.AbstractContextManager[IO[bytes]]:
        raise NotImplementedError

    def add(self, name: str, data: bytes) -> None:
        with self.open(name) as handle:
            handle.write(data)

    def finish(self) -> None:
        raise NotImplementedError

    def abandon(self) -> None:
        raise NotImplementedError


class _Folder(_Sink):
    """Files in ``<out>.partial/``, renamed to ``out`` when all are written."""

    def __init__(self, out: Path) -> None:
        self._out = out
        self._partial = out.with_name(out.name + ".partial")
        shutil.rmtree(self._partial, ignore_errors=True)  # a crashed export's leftovers
        self._partial.mkdir(mode=PRIVATE_DIR)
        os.chmod(self._partial, PRIVATE_DIR)  # mkdir's mode passes through the umask

    @contextlib.contextmanager
    def _open(self, name: str) -> Iterator[IO[bytes]]:
        fd = os.open(self._partial / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())

    def open(self, name: str) -> contextlib.AbstractContextManager[IO[bytes]]:
        return self._open(name)

    def finish(self) -> None:
        if self._out.is_dir():
            self._out.rmdir()  # checked empty before the export began
        os.replace(self._partial, self._out)

    def abandon(self) -> None:
        shutil.rmtree(self._partial, ignore_errors=True)


class _Zip(_Sink):
    """One .zip (deflated, zip64 for big tables) written as ``<out>.partial``, then renamed."""

    def __init__(self, out: Path) -> None:
        self._out = out
        self._partial = out.with_name(out.name + ".partial")
        fd = os.open(self._partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        self._file = os.fdopen(fd, "wb")
        self._zip = zipfile.ZipFile(self._file, "w", compression=zipfile.ZIP_DEFLATED)

    def open(self, name: str) -> contextlib.AbstractContextManager[IO[bytes]]:
        return self._zip.open(name, "w", force_zip64=True)

    def finish(self) -> None:
        self._zip.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self._partial, self._out)

    def abandon(self) -> None:
        with contextlib.suppress(Exception):
            self._zip.close()
        with contextlib.suppress(Exception):
            self._file.close()
        self._partial.unlink(missing_ok=True)
