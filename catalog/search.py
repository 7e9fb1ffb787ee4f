"""Full-text search over title, lead and body, ranked, with snippets.

SQLite reads the FTS5 table ``documents_fts`` (BM25 ranking, ``snippet()``);
PostgreSQL the GIN-indexed ``simple`` text-search vector (``ts_rank``,
``ts_headline``). The user's words are searched as words: FTS syntax is only
used with ``raw=True``.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    Connection,
    Numeric,
    bindparam,
    cast,
    column,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import aliased

from catalog.errors import CatalogError
from catalog.models import Document, Source
from catalog.reports import Filters, Report, check_source, document_filter

SEARCH_COLUMNS = ("path", "title", "published_date", "source", "snippet", "rank")
_WORD = re.compile(r"\w+", re.UNICODE)
_PG_VECTOR = (
    "to_tsvector('simple', coalesce(d.title, '') || ' ' || coalesce(d.lead, '') "
    "|| ' ' || coalesce(d.body, ''))"
)


def fts5_query(words: str) -> str:
    """Plain words as an FTS5 query that matches all of them, each as a phrase.

    >>> fts5_query('banjir "Demak" -- 2024')
    '"banjir" "Demak" "2024"'
    """
    terms = _WORD.findall(words)
    if not terms:
        raise CatalogError("give at least one word to search for")
    return " ".join(f'"{t}"' for t in terms)


def search_select(dialect: str, filters: Filters, *, limit: int) -> Any:
    d = aliased(Document, name="d")
    s = aliased(Source, name="s")
    if dialect == "postgresql":
        vector: Any = literal_column(_PG_VECTOR)
        query = func.websearch_to_tsquery("simple", bindparam("q"))
        snippet = func.ts_headline(
            "simple",
            func.coalesce(d.lead, d.body),
            query,
            "StartSel=[, StopSel=], MaxWords=20, MinWords=8",
        )
        score: Any = func.ts_rank(vector, query)  # higher is better
        found = select().where(vector.op("@@")(query))
    else:
        fts = table("documents_fts", column("rowid"))
        fts_ref: Any = literal_column("documents_fts")
        snippet = func.snippet(fts_ref, -1, "[", "]", "…", 16)
        score = -func.bm25(fts_ref)  # bm25 is lower for better matches
        found = (
            select()
            .select_from(fts)
            .join(d, d.id == fts.c.rowid)
            .where(fts_ref.op("MATCH")(bindparam("q")))
        )
    return (
        found.add_columns(
            d.path,
            d.title,
            d.published_date,
            s.name.label("source"),
            snippet.label("snippet"),
            func.round(cast(score, Numeric), 3).label("rank"),
        )
        .outerjoin(s, s.id == d.source_id)
        .where(document_filter(d, filters))
        .order_by(score.desc(), d.path)
        .limit(limit)
    )


def search(
    conn: Connection,
    words: str,
    filters: Filters | None = None,
    *,
    limit: int = 50,
    raw: bool = False,
) -> Report:
    """Documents matching ``words``, best first."""
    dialect = conn.dialect.name
    check_source(conn, filters or Filters())
    # PostgreSQL's websearch_to_tsquery already reads plain words safely.
    q = words if raw or dialect == "postgresql" else fts5_query(words)
    stmt = search_select(dialect, filters or Filters(), limit=limit)
    try:
        result = conn.execute(stmt, {"q": q})
    except DBAPIError as exc:
        message = str(exc.orig)
        if "fts5" in message or "syntax error" in message:
            raise CatalogError(f"cannot search for {words!r}: {message}") from None
        if "no such table: documents_fts" in message:
            raise CatalogError(
                "this catalog has no search index: run `catalog db upgrade`"
            ) from None
        raise
    return Report(columns=list(result.keys()), rows=(tuple(r) for r in result))
