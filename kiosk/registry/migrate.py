"""Bringing a registry database to the current schema with the Alembic scripts in this package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from kiosk.registry.database import Database

SCRIPTS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    return config


def upgrade(db: Database) -> None:
    """Run every migration not yet applied (no alembic.ini needed)."""
    config = _config()
    with db.write() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def is_current(db: Database) -> bool:
    """Whether the database is at the newest schema (``init`` has run)."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    with db.read() as conn:
        return MigrationContext.configure(conn).get_current_revision() == head
