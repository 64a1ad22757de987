"""The registry's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL.

Times are ISO 8601 text in UTC (``2022-05-30T07:12:03.123456+00:00``), exactly as on the wire, so
both databases store and order them the same way. Alembic migrations (migrations/versions) build
this schema; a test checks that the migrated database matches these definitions.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

signing_keys = sa.Table(
    "signing_keys",
    metadata,
    sa.Column("key_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("public_key", sa.LargeBinary, nullable=False),
    sa.Column("private_key", sa.LargeBinary, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("label", sa.String(200), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("code", sa.String(40), nullable=False),
    sa.Column("data", sa.Text, nullable=False),  # the wire form (JSON)
)

categories = sa.Table(
    "categories",
    metadata,
    sa.Column("event_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("code", sa.String(16), primary_key=True),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
)

participants = sa.Table(
    "participants",
    metadata,
    sa.Column("registration_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("event_id", sa.Integer, nullable=False),
    sa.Column("category", sa.String(16), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("reissue", sa.Integer, nullable=False),
    sa.Column("is_provisional", sa.Boolean, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    # A copy of data's "email" (revision 0005), so an operator can find a registration by it.
    sa.Column("email", sa.String(254), nullable=False, server_default=""),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("event_id", sa.Integer, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
)

rooms = sa.Table(
    "rooms",
    metadata,
    sa.Column("event_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(500), primary_key=True),
    sa.Column("data", sa.Text, nullable=False),
)

tracks = sa.Table(
    "tracks",
    metadata,
    sa.Column("event_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("code", sa.String(200), primary_key=True),
    sa.Column("data", sa.Text, nullable=False),
)

revocations = sa.Table(
    "revocations",
    metadata,
    sa.Column("registration_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("reissue", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("reason", sa.String(200), nullable=False),
)

devices = sa.Table(
    "devices",
    metadata,
    sa.Column("kiosk_id", sa.String(64), primary_key=True),
    sa.Column("device_key_id", sa.BigInteger, nullable=False, unique=True),
    sa.Column("public_key", sa.LargeBinary, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("enrolled_at", sa.String(40), nullable=False),
    sa.Column("revoked_at", sa.String(40)),
    sa.Column("last_seen_at", sa.String(40)),
    sa.Column("heartbeat", sa.Text),  # the last heartbeat body (JSON)
    # The registry the kiosk serves, from its last heartbeat ("pretix · host · itu/wsis22").
    sa.Column("registry", sa.String(200), nullable=False, server_default=""),
)

tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("role", sa.String(16), nullable=False),  # "admin" or "device"
    sa.Column("kiosk_id", sa.String(64)),
    sa.Column("created_at", sa.String(40), nullable=False),
)

enrollment_codes = sa.Table(
    "enrollment_codes",
    metadata,
    sa.Column("code_hash", sa.String(64), primary_key=True),
    sa.Column("kiosk_id", sa.String(64), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("expires_at", sa.String(40), nullable=False),
    sa.Column("used_at", sa.String(40)),
)

outbox_items = sa.Table(
    "outbox_items",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("kiosk_id", sa.String(64), nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
)

checkins = sa.Table(
    "checkins",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("registration_id", sa.BigInteger, nullable=False, index=True),
    sa.Column("event_id", sa.Integer, nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("kiosk_id", sa.String(64), nullable=False),
    sa.Column("source", sa.String(16), nullable=False),
)

badge_prints = sa.Table(
    "badge_prints",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("registration_id", sa.BigInteger, nullable=False, index=True),
    sa.Column("badge_version", sa.Integer, nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("kiosk_id", sa.String(64), nullable=False),
    sa.Column("voided_at", sa.String(40)),
    sa.Column("deactivated_at", sa.String(40)),
    sa.Column("data", sa.Text, nullable=False),  # as uploaded
)

conflicts = sa.Table(
    "conflicts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("registration_id", sa.BigInteger, nullable=False, index=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("opened_at", sa.String(40), nullable=False),
    sa.Column("closed_at", sa.String(40)),
    sa.Column("detail", sa.Text, nullable=False),
    sa.Column("note", sa.Text, nullable=False),
)

changes = sa.Table(
    "changes",
    metadata,
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("data", sa.Text, nullable=False),  # the change's data object as JSON text
)

photos = sa.Table(
    "photos",
    metadata,
    sa.Column("registration_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("sha256", sa.String(64), nullable=False),  # hex of the JPEG's SHA-256
    sa.Column("jpeg", sa.LargeBinary, nullable=False),
    sa.Column("bytes", sa.Integer, nullable=False),
    sa.Column("taken_at", sa.String(40), nullable=False),
    sa.Column("kiosk_id", sa.String(64), nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
)
