"""full-text search over title, lead and body

SQLite: an FTS5 table ``documents_fts`` with external content ``documents``
(unicode61, diacritics removed), kept in step by triggers, laid out the way
sqlite-utils and Datasette detect it. PostgreSQL: a GIN index over the
``simple`` text-search vector of the same three columns.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "title, lead, body"
PG_VECTOR = "to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))"
SQLITE = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, lead, body, "
    "tokenize='unicode61 remove_diacritics 2', content=\"documents\", content_rowid='id')",
    f"INSERT INTO documents_fts (rowid, {COLUMNS}) SELECT id, {COLUMNS} FROM documents",
    "CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN "
    f"INSERT INTO documents_fts (rowid, {COLUMNS}) VALUES (new.id, new.title, new.lead, new.body); END",
    "CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN "
    f"INSERT INTO documents_fts (documents_fts, rowid, {COLUMNS}) "
    "VALUES ('delete', old.id, old.title, old.lead, old.body); END",
    # Only a change of the indexed text re-indexes: a move or a touch does not.
    "CREATE TRIGGER documents_au AFTER UPDATE OF title, lead, body ON documents BEGIN "
    f"INSERT INTO documents_fts (documents_fts, rowid, {COLUMNS}) "
    "VALUES ('delete', old.id, old.title, old.lead, old.body); "
    f"INSERT INTO documents_fts (rowid, {COLUMNS}) VALUES (new.id, new.title, new.lead, new.body); END",
]


def upgrade() -> None:
    """Create the search index and fill it from the documents already there."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX ix_documents_search ON documents USING gin ({PG_VECTOR})")
        return
    for sql in SQLITE:
        op.execute(sql)


def downgrade() -> None:
    """Drop the search index."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_documents_search")
        return
    for trigger in ("documents_au", "documents_ad", "documents_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS documents_fts")
