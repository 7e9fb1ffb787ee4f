"""documents keep the URL they were crawled from, and a record's line in its file

HTML pages and JSONL crawl records carry a URL; a JSONL record is a document
addressed ``file.jsonl#N``, and ``record`` holds that N (NULL for a document
that is a whole file), so a sync can tell which file a record belongs to.

Plain ``ADD COLUMN`` on both backends, not a batch copy: a copy of
``documents`` would drop the search triggers of revision 0004.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add documents.url and documents.record (both empty for what is already there)."""
    op.add_column("documents", sa.Column("url", sa.Text(), nullable=True))
    op.add_column("documents", sa.Column("record", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Drop documents.record and documents.url."""
    op.drop_column("documents", "record")
    op.drop_column("documents", "url")
