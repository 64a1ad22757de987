"""The Alembic scripts build exactly the tables schema.py describes, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from kiosk.registry import migrate
from kiosk.registry.database import Database
from kiosk.registry.schema import metadata


def test_migrations_match_the_schema_and_run_twice_harmlessly(db_url: str) -> None:
    db = Database(db_url)
    assert not migrate.is_current(db)
    migrate.upgrade(db)
    migrate.upgrade(db)
    assert migrate.is_current(db)
    with db.read() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    db.close()
    assert differences == []
