"""The database's own health for `kiosk doctor`: integrity, schema version, read-only.

The file is opened read-only and never migrated: asking about a database must not change it.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.store.database import StoreError, describe_failure
from kiosk.store.migrations import MIGRATIONS

_PROGRESS_STEPS = 10_000  # SQLite virtual-machine steps between two looks at the deadline


@dataclass(frozen=True, slots=True)
class DatabaseHealth:
    integrity: str  # "ok", else the first problem SQLite found
    schema: int  # PRAGMA user_version
    known_schema: int  # the newest schema this kiosk knows

    @property
    def is_intact(self) -> bool:
        return self.integrity == "ok"


def database_health(path: Path, thorough: bool = True, timeout_s: float = 10.0) -> DatabaseHealth:
    """``PRAGMA integrity_check`` (``quick_check`` when not ``thorough``) within ``timeout_s``."""
    if not path.exists():
        raise StoreError(f"there is no database at {path}")
    deadline = time.monotonic() + timeout_s
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=timeout_s)
    except sqlite3.Error as exc:
        raise StoreError(describe_failure(path, exc)) from exc
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), _PROGRESS_STEPS)
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        integrity = str(conn.execute(f"PRAGMA {pragma}(1)").fetchone()[0])
        schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc).lower():
            raise StoreError(f"the {pragma} of {path} did not finish in {timeout_s:g} s") from exc
        raise StoreError(describe_failure(path, exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(describe_failure(path, exc)) from exc
    finally:
        conn.close()
    return DatabaseHealth(integrity, schema, len(MIGRATIONS))
