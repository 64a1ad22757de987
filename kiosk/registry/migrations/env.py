"""Alembic environment: migrations run on the connection the registry hands in (migrate.py)."""

from __future__ import annotations

from alembic import context

from kiosk.registry.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata)
with context.begin_transaction():
    context.run_migrations()
