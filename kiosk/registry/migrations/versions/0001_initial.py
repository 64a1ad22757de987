"""The first registry schema: keys, event data, devices, the outbox journal and the change feed.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TIME = sa.String(40)


def upgrade() -> None:
    _keys_and_event()
    _participants()
    _devices()
    _journal()
    _conflicts_and_feed()


def _keys_and_event() -> None:
    op.create_table(
        "signing_keys",
        sa.Column("key_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("private_key", sa.LargeBinary, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "categories",
        sa.Column("event_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("code", sa.String(16), primary_key=True),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )


def _participants() -> None:
    op.create_table(
        "participants",
        sa.Column("registration_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("event_id", sa.Integer, nullable=False),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reissue", sa.Integer, nullable=False),
        sa.Column("is_provisional", sa.Boolean, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("event_id", sa.Integer, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "revocations",
        sa.Column("registration_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("reissue", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("reason", sa.String(200), nullable=False),
    )


def _devices() -> None:
    op.create_table(
        "devices",
        sa.Column("kiosk_id", sa.String(64), primary_key=True),
        sa.Column("device_key_id", sa.BigInteger, nullable=False, unique=True),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("enrolled_at", TIME, nullable=False),
        sa.Column("revoked_at", TIME),
        sa.Column("last_seen_at", TIME),
        sa.Column("heartbeat", sa.Text),
    )
    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("kiosk_id", sa.String(64)),
        sa.Column("created_at", TIME, nullable=False),
    )
    op.create_table(
        "enrollment_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("expires_at", TIME, nullable=False),
        sa.Column("used_at", TIME),
    )


def _journal() -> None:
    op.create_table(
        "outbox_items",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("received_at", TIME, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "checkins",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("registration_id", sa.BigInteger, nullable=False),
        sa.Column("event_id", sa.Integer, nullable=False),
        sa.Column("at", TIME, nullable=False),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
    )
    op.create_index("ix_checkins_registration_id", "checkins", ["registration_id"])
    op.create_table(
        "badge_prints",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("registration_id", sa.BigInteger, nullable=False),
        sa.Column("badge_version", sa.Integer, nullable=False),
        sa.Column("at", TIME, nullable=False),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("voided_at", TIME),
        sa.Column("deactivated_at", TIME),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_badge_prints_registration_id", "badge_prints", ["registration_id"])


def _conflicts_and_feed() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("registration_id", sa.BigInteger, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("opened_at", TIME, nullable=False),
        sa.Column("closed_at", TIME),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_index("ix_conflicts_registration_id", "conflicts", ["registration_id"])
    op.create_table(
        "changes",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
