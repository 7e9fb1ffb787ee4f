"""people report indexes: a narrow copy of each document's report columns, credits by person

The authors and editors reports join every credit to its document for the
publication date and the missing flag. Looked up by id in ``documents`` itself,
each of those reads sits in a wide row (the body is stored beside it), so on a
catalog of a million documents the join reads the whole table: 10 s to the
first row. ``ix_documents_report`` holds (id, missing_since, published_date,
source_id) for every document, a few dozen bytes an entry, and the reports name
it with SQLite's ``INDEXED BY`` (``catalog.dialects``); PostgreSQL's planner
finds an index-only scan by itself. ``ix_credits_person_id`` grows from
(person_id) to (person_id, role, document_id), so a person's credits in one role
are read from the index in person order, without visiting the credits table.

Plain ``CREATE INDEX``, not a batch copy: a copy of ``documents`` would drop the
search triggers of revision 0004.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the narrow documents index; widen the credits-by-person index."""
    op.create_index(
        "ix_documents_report",
        "documents",
        ["id", "missing_since", "published_date", "source_id"],
        unique=False,
    )
    op.drop_index("ix_credits_person_id", table_name="credits")
    op.create_index(
        "ix_credits_person_id", "credits", ["person_id", "role", "document_id"], unique=False
    )


def downgrade() -> None:
    """Back to revision 0006's indexes."""
    op.drop_index("ix_credits_person_id", table_name="credits")
    op.create_index("ix_credits_person_id", "credits", ["person_id"], unique=False)
    op.drop_index("ix_documents_report", table_name="documents")
