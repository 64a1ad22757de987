"""The programme: rooms with directions, session titles in several languages, open tracks.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Sessions keep their JSON text: title_translations and an open track code travel in it.
    op.create_table(
        "rooms",
        sa.Column("event_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("name", sa.String(500), primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "tracks",
        sa.Column("event_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("code", sa.String(200), primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
    )
