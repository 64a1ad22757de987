"""Translations of category labels and the event title.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nothing to change in the schema: the registry keeps each event and category as one JSON
    # document (its `data` column), and the translations (`title_translations`,
    # `label_translations`, docs/registry-protocol.md) live inside it. Rows written before this
    # revision have none, which every reader takes as "English only".
    pass
