"""The programme: rooms with directions, session titles in several languages, open tracks.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # slot set aside; its owner fills it

