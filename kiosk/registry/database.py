"""Opening the registry's database: SQLite by default, PostgreSQL (psycopg 3) for deployments.

Writers are serialised, so change sequence numbers are handed out in commit order: SQLite by
``BEGIN IMMEDIATE``, PostgreSQL by one transaction-level advisory lock taken before any write
(several registry processes may share one PostgreSQL database).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from kiosk.registry.errors import RegistryError

WRITE_LOCK_KEY = 0x6B696F736B  # "kiosk": the advisory lock every writing transaction takes
SQLITE_BUSY_TIMEOUT_S = 30


class Database:
    """The registry's engine, with read and write transactions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_engine(url)
        self.is_postgres = self.engine.dialect.name == "postgresql"

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A transaction that may write; serialised with every other writer, in any process."""
        with self.engine.connect().execution_options(immediate=True) as conn, conn.begin():
            if self.is_postgres:
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def engine_url(url: str) -> str:
    """The SQLAlchemy URL for a ``sqlite:///PATH`` or ``postgresql://`` registry URL."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith(("sqlite:///", "postgresql+psycopg://")):
        return url
    raise RegistryError(
        "validation-failed",
        f"unsupported database URL {url.split('://', 1)[0]!r}: "
        "use sqlite:///PATH or postgresql://USER@HOST:PORT/NAME",
    )


def create_engine(url: str) -> Engine:
    real = engine_url(url)
    if real.startswith("sqlite"):
        engine = sa.create_engine(
            real,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False},
        )
        event.listen(engine, "connect", _sqlite_connected)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return sa.create_engine(real, pool_pre_ping=True, pool_size=5, max_overflow=10)


def _sqlite_connected(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite would defer it).
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA journal_mode=WAL")
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")


def _sqlite_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
