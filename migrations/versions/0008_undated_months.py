"""months view counts undated documents: an ``(undated)`` row per source

``v_months`` left out every document without a publication date (39 of the 76
dev-corpus pages), so its counts did not add up to the catalog. It now gives them
the month ``(undated)``, as ``catalog report months`` does.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _month(dialect: str) -> str:
    if dialect == "postgresql":
        return "to_char(d.published_date, 'YYYY-MM')"
    return "substr(d.published_date, 1, 7)"


def _months(dialect: str, undated: bool) -> str:
    month = f"coalesce({_month(dialect)}, '(undated)')" if undated else _month(dialect)
    dated = "" if undated else "AND d.published_date IS NOT NULL "
    return (
        f"SELECT {month} AS month, s.name AS source, count(*) AS documents "
        "FROM documents d LEFT JOIN sources s ON s.id = d.source_id "
        f"WHERE d.missing_since IS NULL {dated}"
        f"GROUP BY {month}, s.name"
    )


def upgrade() -> None:
    """Recreate v_months with the undated documents."""
    dialect = op.get_bind().dialect.name
    op.execute("DROP VIEW v_months")
    op.execute(f"CREATE VIEW v_months AS {_months(dialect, undated=True)}")


def downgrade() -> None:
    """Recreate v_months as revision 0002 made it, dated documents only."""
    dialect = op.get_bind().dialect.name
    op.execute("DROP VIEW v_months")
    op.execute(f"CREATE VIEW v_months AS {_months(dialect, undated=False)}")
