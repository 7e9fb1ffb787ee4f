"""report indexes: documents by date with source and presence, credits by document with person

Covering indexes for ``catalog report``: months and date-filtered reports read
(published_date, source_id, missing_since) from an index instead of the wide
documents rows (missing_since sits after body, in overflow pages), and the
"appears with" lookups read who is credited on a document from an index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the report indexes."""
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_documents_published_date_source_id",
            ["published_date", "source_id", "missing_since"],
            unique=False,
        )
    with op.batch_alter_table("credits", schema=None) as batch_op:
        batch_op.create_index(
            "ix_credits_document_id", ["document_id", "role", "person_id"], unique=False
        )


def downgrade() -> None:
    """Drop the report indexes."""
    with op.batch_alter_table("credits", schema=None) as batch_op:
        batch_op.drop_index("ix_credits_document_id")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_published_date_source_id")
