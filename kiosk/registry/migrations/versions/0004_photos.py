"""Photos uploaded by kiosks: the latest badge photo of each registration, kept in the database
(so several registry processes on one PostgreSQL serve the same photos).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TIME = sa.String(40)


def upgrade() -> None:
    op.create_table(
        "photos",
        sa.Column("registration_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("jpeg", sa.LargeBinary, nullable=False),
        sa.Column("bytes", sa.Integer, nullable=False),
        sa.Column("taken_at", TIME, nullable=False),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("received_at", TIME, nullable=False),
    )
