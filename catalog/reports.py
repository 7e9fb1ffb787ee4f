"""Reports as SQL on the catalog: never a re-read of files.

Each report is one ``select()`` with the user's filters as bound parameters;
rows stream from the database. The same reports without filters exist as SQL
views (``v_index``, ``v_authors`` ...) made by the migrations, and a test
checks both agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    and_,
    cast,
    desc,
    func,
    literal,
    select,
    true,
)
from sqlalchemy.orm import aliased

from catalog.dialects import group_concat, month_of
from catalog.errors import CatalogError
from catalog.extract.names import normalise_name
from catalog.models import Credit, Document, Person, Source
from catalog.store import source_key

INDEX_COLUMNS = (
    "path",
    "kind",
    "title",
    "authors",
    "published_date",
    "published_time",
    "timezone",
    "editors",
    "source",
    "dateline",
    "views",
)
PEOPLE_COLUMNS = ("name", "documents", "first_date", "last_date", "appears_with")
MONTHS_COLUMNS = ("month", "source", "documents")


@dataclass(frozen=True)
class Filters:
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None
    author: str | None = None


@dataclass
class Report:
    columns: Sequence[str]
    rows: Iterator[Sequence[Any]]


def document_filter(d: Any, f: Filters) -> ColumnElement[bool]:
    """The documents a report covers: present on disk and within the filters."""
    conds: list[ColumnElement[bool]] = [d.missing_since.is_(None)]
    if f.since is not None:
        conds.append(d.published_date >= f.since)
    if f.until is not None:
        conds.append(d.published_date <= f.until)
    if f.source is not None:
        s = aliased(Source)
        conds.append(
            select(s.id).where(s.id == d.source_id, s.key == source_key(f.source)).exists()
        )
    if f.author is not None:
        c, p = aliased(Credit), aliased(Person)
        conds.append(
            select(c.id)
            .join(p, p.id == c.person_id)
            .where(c.document_id == d.id, c.role == "author", p.key == normalise_name(f.author))
            .exists()
        )
    return and_(true(), *conds)


def _names(d: Any, role: str, dialect: str) -> Any:
    c = aliased(Credit)
    inner = (
        select(c.name_as_written.label("n"), c.position.label("pos"))
        .where(c.document_id == d.id, c.role == role)
        .order_by(c.position)
        .correlate(d)
        .subquery()
    )
    return select(group_concat(inner.c.n, "; ", inner.c.pos, dialect)).scalar_subquery()


def index_select(f: Filters, dialect: str) -> Select[Any]:
    d = aliased(Document, name="d")
    s = aliased(Source, name="s")
    return (
        select(
            d.path,
            d.kind,
            d.title,
            _names(d, "author", dialect).label("authors"),
            d.published_date,
            d.published_time,
            d.timezone,
            _names(d, "editor", dialect).label("editors"),
            s.name.label("source"),
            d.dateline,
            d.views,
        )
        .outerjoin(s, s.id == d.source_id)
        .where(document_filter(d, f))
        .order_by(d.root, d.path)
    )


def _top(inner: Any, dialect: str) -> Any:
    label = inner.c.n + literal(" (") + cast(inner.c.k, String) + literal(")")
    return select(group_concat(label, "; ", desc(inner.c.k), dialect)).scalar_subquery()


def people_select(role: str, f: Filters, dialect: str) -> Select[Any]:
    p = aliased(Person, name="p")
    c = aliased(Credit, name="c")
    d = aliased(Document, name="d")
    c1, c2, p2 = aliased(Credit), aliased(Credit), aliased(Person)
    d2 = aliased(Document)
    k = func.count().label("k")
    partners = (
        select(p2.name.label("n"), k)
        .select_from(c1)
        .join(c2, and_(c2.document_id == c1.document_id, c2.person_id != c1.person_id))
        .join(p2, p2.id == c2.person_id)
        .join(d2, d2.id == c1.document_id)
        .where(c1.person_id == p.id, c1.role == role, document_filter(d2, f))
        .group_by(p2.id, p2.name)
        .order_by(desc(k), p2.name)
        .limit(3)
        .correlate(p)
        .subquery()
    )
    return (
        select(
            p.name,
            func.count(func.distinct(c.document_id)).label("documents"),
            func.min(d.published_date).label("first_date"),
            func.max(d.published_date).label("last_date"),
            _top(partners, dialect).label("appears_with"),
        )
        .select_from(p)
        .join(c, and_(c.person_id == p.id, c.role == role))
        .join(d, d.id == c.document_id)
        .where(document_filter(d, f))
        .group_by(p.id, p.name)
        .order_by(desc("documents"), p.name)
    )


def sources_select(f: Filters, dialect: str) -> Select[Any]:
    s = aliased(Source, name="s")
    d = aliased(Document, name="d")
    d2, c, p = aliased(Document), aliased(Credit), aliased(Person)
    k = func.count().label("k")
    authors = (
        select(p.name.label("n"), k)
        .select_from(d2)
        .join(c, and_(c.document_id == d2.id, c.role == "author"))
        .join(p, p.id == c.person_id)
        .where(d2.source_id == s.id, document_filter(d2, f))
        .group_by(p.id, p.name)
        .order_by(desc(k), p.name)
        .limit(3)
        .correlate(s)
        .subquery()
    )
    return (
        select(
            s.name,
            func.count(d.id).label("documents"),
            func.min(d.published_date).label("first_date"),
            func.max(d.published_date).label("last_date"),
            _top(authors, dialect).label("appears_with"),
        )
        .select_from(s)
        .join(d, d.source_id == s.id)
        .where(document_filter(d, f))
        .group_by(s.id, s.name)
        .order_by(desc("documents"), s.name)
    )


def months_select(f: Filters, dialect: str) -> Select[Any]:
    d = aliased(Document, name="d")
    s = aliased(Source, name="s")
    month = month_of(d.published_date, dialect).label("month")
    return (
        select(month, s.name.label("source"), func.count().label("documents"))
        .select_from(d)
        .outerjoin(s, s.id == d.source_id)
        .where(document_filter(d, f), d.published_date.is_not(None))
        .group_by(month, s.name)
        .order_by(month, s.name)
    )


REPORTS: dict[str, Callable[[Filters, str], Select[Any]]] = {
    "index": index_select,
    "authors": lambda f, dialect: people_select("author", f, dialect),
    "editors": lambda f, dialect: people_select("editor", f, dialect),
    "sources": sources_select,
    "months": months_select,
}


def run_report(conn: Connection, name: str, filters: Filters = Filters()) -> Report:
    """Run one report and stream its rows."""
    try:
        build = REPORTS[name]
    except KeyError:
        raise CatalogError(
            f"no report named {name!r}: choose one of {', '.join(REPORTS)}"
        ) from None
    stmt = build(filters, conn.dialect.name)
    result = conn.execution_options(stream_results=True, yield_per=1000).execute(stmt)
    return Report(columns=list(result.keys()), rows=(tuple(r) for r in result))
