"""report views: v_index, v_authors, v_editors, v_sources, v_months

The reports as SQL views, so sqlite3, Datasette or any SQL tool sees the same
tables ``catalog report`` prints (without its filters).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _names(role: str, dialect: str) -> str:
    """Names credited in ``role`` on document d, in byline order, joined by '; '."""
    if dialect == "postgresql":
        return (
            "(SELECT string_agg(c.name_as_written, '; ' ORDER BY c.position) FROM credits c "
            f"WHERE c.document_id = d.id AND c.role = '{role}')"
        )
    return (
        "(SELECT group_concat(n, '; ') FROM (SELECT c.name_as_written AS n FROM credits c "
        f"WHERE c.document_id = d.id AND c.role = '{role}' ORDER BY c.position))"
    )


def _month(dialect: str) -> str:
    if dialect == "postgresql":
        return "to_char(d.published_date, 'YYYY-MM')"
    return "substr(d.published_date, 1, 7)"


def _top(inner: str, dialect: str) -> str:
    """The three most frequent names of an inner (n, k) query, as 'Name (k); ...'."""
    if dialect == "postgresql":
        return f"(SELECT string_agg(t.n || ' (' || t.k || ')', '; ' ORDER BY t.k DESC, t.n) FROM ({inner}) t)"
    return f"(SELECT group_concat(t.n || ' (' || t.k || ')', '; ') FROM ({inner}) t)"


def _person_view(role: str, dialect: str) -> str:
    partners = (
        "SELECT p2.name AS n, count(*) AS k FROM credits c1 "
        "JOIN credits c2 ON c2.document_id = c1.document_id AND c2.person_id <> c1.person_id "
        "JOIN people p2 ON p2.id = c2.person_id "
        "JOIN documents d2 ON d2.id = c1.document_id AND d2.missing_since IS NULL "
        f"WHERE c1.person_id = p.id AND c1.role = '{role}' "
        "GROUP BY p2.id, p2.name ORDER BY k DESC, n LIMIT 3"
    )
    return (
        "SELECT p.name AS name, count(DISTINCT c.document_id) AS documents, "
        "min(d.published_date) AS first_date, max(d.published_date) AS last_date, "
        f"{_top(partners, dialect)} AS appears_with "
        "FROM people p "
        f"JOIN credits c ON c.person_id = p.id AND c.role = '{role}' "
        "JOIN documents d ON d.id = c.document_id AND d.missing_since IS NULL "
        "GROUP BY p.id, p.name"
    )


def views(dialect: str) -> dict[str, str]:
    authors_of_source = (
        "SELECT p.name AS n, count(*) AS k FROM documents d2 "
        "JOIN credits c ON c.document_id = d2.id AND c.role = 'author' "
        "JOIN people p ON p.id = c.person_id "
        "WHERE d2.source_id = s.id AND d2.missing_since IS NULL "
        "GROUP BY p.id, p.name ORDER BY k DESC, n LIMIT 3"
    )
    return {
        "v_index": (
            "SELECT d.id AS document_id, d.root AS root, d.path AS path, d.kind AS kind, "
            f"d.title AS title, {_names('author', dialect)} AS authors, "
            "d.published_date AS published_date, d.published_time AS published_time, "
            f"d.timezone AS timezone, {_names('editor', dialect)} AS editors, "
            "s.name AS source, d.dateline AS dateline, d.views AS views "
            "FROM documents d LEFT JOIN sources s ON s.id = d.source_id "
            "WHERE d.missing_since IS NULL"
        ),
        "v_authors": _person_view("author", dialect),
        "v_editors": _person_view("editor", dialect),
        "v_sources": (
            "SELECT s.name AS name, count(d.id) AS documents, "
            "min(d.published_date) AS first_date, max(d.published_date) AS last_date, "
            f"{_top(authors_of_source, dialect)} AS appears_with "
            "FROM sources s JOIN documents d ON d.source_id = s.id AND d.missing_since IS NULL "
            "GROUP BY s.id, s.name"
        ),
        "v_months": (
            f"SELECT {_month(dialect)} AS month, s.name AS source, count(*) AS documents "
            "FROM documents d LEFT JOIN sources s ON s.id = d.source_id "
            "WHERE d.missing_since IS NULL AND d.published_date IS NOT NULL "
            f"GROUP BY {_month(dialect)}, s.name"
        ),
    }


def upgrade() -> None:
    """Create the report views."""
    dialect = op.get_bind().dialect.name
    for name, sql in views(dialect).items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    """Drop the report views."""
    for name in reversed(list(views("sqlite"))):
        op.execute(f"DROP VIEW IF EXISTS {name}")
