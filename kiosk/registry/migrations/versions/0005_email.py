"""Participants' e-mail addresses (issue 11: searched at the desk).

The address travels inside each participant's JSON document (its `data` column, like every other
field, docs/registry-protocol.md); this column keeps a copy so a registration can be found by it.
Rows written before this revision have no address: the column's default, empty, is right for them.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "participants",
        sa.Column("email", sa.String(254), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("email")
