"""site profiles: each site's furniture, and which version of it a document was read with

A sync learns, per site of a root, the lines its pages repeat (menus, share rows,
the clock, the footer) and keeps them in ``site_profiles``, so a later sync goes
on from them instead of counting again. ``documents.site`` and
``documents.profile_version`` say which site a page is of and with which version
of its furniture it was extracted (both NULL for what is already there).

Plain ``ADD COLUMN``, not a batch copy: a copy of ``documents`` would drop the
search triggers of revision 0004.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create site_profiles; add documents.site and documents.profile_version."""
    op.create_table(
        "site_profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("root", sa.Text(), nullable=False),
        sa.Column("site", sa.Text(), nullable=False),
        sa.Column("pages", sa.Integer(), server_default="0", nullable=False),
        sa.Column("version", sa.String(length=16), nullable=True),
        sa.Column("lines", sa.Text(), server_default="[]", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_profiles")),
        sa.UniqueConstraint("root", "site", name=op.f("uq_site_profiles_root_site")),
    )
    op.add_column("documents", sa.Column("site", sa.Text(), nullable=True))
    op.add_column("documents", sa.Column("profile_version", sa.String(length=16), nullable=True))
    op.create_index("ix_documents_site", "documents", ["root", "site", "missing_since"])


def downgrade() -> None:
    """Drop the site index, documents.profile_version and documents.site, and site_profiles."""
    op.drop_index("ix_documents_site", table_name="documents")
    op.drop_column("documents", "profile_version")
    op.drop_column("documents", "site")
    op.drop_table("site_profiles")
