"""Which registry each kiosk serves, from its heartbeats (issue 13: the fleet page's column).

A kiosk that serves pretix or Indico sends its heartbeats here through a fleet enrollment
(docs/fleet.md), naming its registry ("pretix · tickets.example.org · itu/wsis22"). The column
keeps the last name sent; kiosks that have sent none since this revision show an empty cell.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "devices",
        sa.Column("registry", sa.String(200), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("registry")
