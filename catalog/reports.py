"""Reports as SQL on the catalog: never a re-read of files.

``index`` and ``months`` are one ``select()`` each with the user's filters as
bound parameters; rows stream from the database. ``authors``, ``editors`` and
``sources`` count their totals in one sorted statement and then fill in the
names each one appears with a batch of rows at a time, so the first rows come
out before every companion is counted (a few statements in all, never one a
row). The same reports without filters exist as SQL views (``v_index``,
``v_authors`` ...) made by the migrations, and tests check both agree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    desc,
    exists,
    func,
    literal_column,
    select,
    true,
)
from sqlalchemy.orm import aliased

from catalog.dialects import group_concat, indexed_by, month_of
from catalog.errors import CatalogError
from catalog.extract.names import normalise_name
from catalog.models import Credit, Document, MinhashBand, Person, SiteProfile, Source
from catalog.near_duplicates import THRESHOLD as THRESHOLD  # the duplicates report's default
from catalog.near_duplicates import (
    agree,
    agreement_needed,
    bands_needed,
    candidate_pairs,
    near_groups,
)
from catalog.records import source_key, sync_roots
from catalog.similarity import BINS, unpack
from catalog.sites import SiteState

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
UNDATED = "(undated)"  # the month of documents without a publication date
DUPLICATES_COLUMNS = (
    "group",
    "documents",
    "earliest_date",
    "earliest_path",
    "path",
    "published_date",
    "source",
    "title",
    "similarity",
)
# A band hash shared by more documents than this is boilerplate (a standard
# paragraph, a site's footer), not one release: its bucket is skipped, so the
# work stays linear. Byte-identical copies group by content hash whatever their number.
BUCKET_CAP = 200
_CHUNK = 500


@dataclass(frozen=True)
class Filters:
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None
    author: str | None = None


def date_bound(text: str, *, end: bool = False) -> dt.date:
    """A ``--since``/``--until`` value: a day, a month or a year, as its first day, or its
    last day for the end of a range.

    >>> date_bound("2024"), date_bound("2024", end=True)
    (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    >>> date_bound("2024-02", end=True), date_bound("2024-09-19", end=True)
    (datetime.date(2024, 2, 29), datetime.date(2024, 9, 19))
    """
    parts = text.strip().split("-")
    try:
        if len(parts) == 3:
            return dt.date.fromisoformat(text.strip())
        if len(parts) in (1, 2) and len(parts[0]) == 4 and all(p.isdigit() for p in parts):
            year, month = int(parts[0]), int(parts[1]) if len(parts) == 2 else None
            if month is None:
                return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
            first = dt.date(year, month, 1)
            if not end:
                return first
            return (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    except ValueError:
        pass
    raise ValueError(
        f"{text!r} is not a date like 2024-09-19, a month like 2024-09 or a year like 2024"
    )


@dataclass
class Report:
    columns: Sequence[str]
    rows: Iterator[Sequence[Any]]
    # Columns whose cells join several names with "; " (JSON output makes them arrays).
    lists: tuple[str, ...] = ()


# The index's columns of several names each.
INDEX_LISTS = ("authors", "editors")


def document_filter(d: Any, f: Filters) -> ColumnElement[bool]:
    """The documents a report covers: present on disk and within the filters."""
    conds: list[ColumnElement[bool]] = [d.missing_since.is_(None)]
    if f.since is not None:
        conds.append(d.published_date >= f.since)
    if f.until is not None:
        conds.append(d.published_date <= f.until)
    if f.source is not None:
        s = aliased(Source)
        # "antara" takes "Antara Bali" too: the folded name's start
        prefix = s.key.startswith(source_key(f.source), autoescape=True)
        conds.append(select(s.id).where(s.id == d.source_id, prefix).exists())
    if f.author is not None:
        c, p = aliased(Credit), aliased(Person)
        conds.append(
            select(c.id)
            .join(p, p.id == c.person_id)
            .where(c.document_id == d.id, c.role == "author", p.key == normalise_name(f.author))
            .exists()
        )
    return and_(true(), *conds)


def check_source(conn: Connection, f: Filters) -> None:
    """Refuse a ``--source`` that starts no source's name, listing the ones there are."""
    if f.source is None:
        return
    key = source_key(f.source)
    names = list(conn.scalars(select(Source.name).order_by(Source.key)))
    if not any(source_key(n).startswith(key) for n in names):
        known = ", ".join(names[:30]) + (f" and {len(names) - 30} more" if len(names) > 30 else "")
        raise CatalogError(
            f"no source is named {f.source!r} or starts so: "
            + (f"the sources are {known}" if names else "the catalog has no sources yet")
        )


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


def index_select(
    f: Filters, dialect: str, *, with_root: bool = False, extra: Sequence[str] = ()
) -> Select[Any]:
    """The index: :data:`INDEX_COLUMNS`, after a ``root`` column when ``with_root``, and
    then the ``extra`` columns of documents named (the HTML report's ``id``, ``lead``)."""
    d = aliased(Document, name="d")
    s = aliased(Source, name="s")
    columns: list[Any] = [
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
    ]
    if with_root:
        columns.insert(0, d.root)
    columns.extend(getattr(d, name) for name in extra)
    return (
        select(*columns)
        .outerjoin(s, s.id == d.source_id)
        .where(document_filter(d, f))
        .order_by(d.root, d.path)
    )


# The narrow copy of each document's report columns (migration 0007): looked up by id
# for every credit, it keeps the people reports off the wide documents rows.
REPORT_INDEX = "ix_documents_report"
# "appears with" is worked out for this many people per query: a small first batch
# so the first rows come out at once, then bigger ones.
_FIRST_PARTNERS, _PARTNERS = 25, 500
# Outlets are few and each has many documents: its top authors, one outlet and then
# a hundred at a time.
_FIRST_SOURCES, _SOURCES = 1, 100


def people_totals(role: str, f: Filters) -> Select[Any]:
    """Each person credited in ``role``: documents, first and last date; most documents first."""
    p = aliased(Person, name="p")
    c = aliased(Credit, name="c")
    d = aliased(Document, name="d")
    totals = indexed_by(
        select(
            c.person_id.label("person_id"),
            func.count(func.distinct(c.document_id)).label("documents"),
            func.min(d.published_date).label("first_date"),
            func.max(d.published_date).label("last_date"),
        )
        .join(d, d.id == c.document_id)
        .where(c.role == role, document_filter(d, f))
        .group_by(c.person_id),
        d,
        REPORT_INDEX,
    ).subquery("totals")
    return (
        select(p.id, p.name, totals.c.documents, totals.c.first_date, totals.c.last_date)
        .join(totals, totals.c.person_id == p.id)
        .order_by(desc(totals.c.documents), p.name)
    )


def partners_select(role: str, f: Filters, person_ids: Sequence[int]) -> Select[int, str, int]:
    """Who else is credited (any role) on the documents of these people, with counts;
    per person, most shared documents first, then by name."""
    c1, c2 = aliased(Credit, name="c1"), aliased(Credit, name="c2")
    p2, d2 = aliased(Person, name="p2"), aliased(Document, name="d2")
    k = func.count().label("k")
    return indexed_by(
        select(c1.person_id, p2.name, k)
        .select_from(c1)
        .join(c2, and_(c2.document_id == c1.document_id, c2.person_id != c1.person_id))
        .join(p2, p2.id == c2.person_id)
        .join(d2, d2.id == c1.document_id)
        .where(c1.person_id.in_(person_ids), c1.role == role, document_filter(d2, f))
        .group_by(c1.person_id, p2.id, p2.name)
        .order_by(c1.person_id, desc(k), p2.name),
        d2,
        REPORT_INDEX,
    )


def people(conn: Connection, role: str, f: Filters = Filters()) -> Report:
    """The authors or editors report: name, documents, first and last date, and the
    three names credited with them most (``v_authors`` / ``v_editors`` as views).

    Two kinds of statement, so the first rows come out as soon as the totals are
    counted (one row a person, sorted): the totals, then "appears with" for a
    batch of people at a time (a few queries in all, not one a person).
    """
    return _ranked(
        conn.execute(people_totals(role, f)).all(),
        lambda ids: conn.execute(partners_select(role, f, ids)),
        first=_FIRST_PARTNERS,
        size=_PARTNERS,
    )


def sources_totals(f: Filters) -> Select[Any]:
    """Each outlet: documents, first and last date; most documents first."""
    s = aliased(Source, name="s")
    d = aliased(Document, name="d")
    totals = (
        select(
            d.source_id.label("source_id"),
            func.count(d.id).label("documents"),
            func.min(d.published_date).label("first_date"),
            func.max(d.published_date).label("last_date"),
        )
        .where(d.source_id.is_not(None), document_filter(d, f))
        .group_by(d.source_id)
        .subquery("totals")
    )
    return (
        select(s.id, s.name, totals.c.documents, totals.c.first_date, totals.c.last_date)
        .join(totals, totals.c.source_id == s.id)
        .order_by(desc(totals.c.documents), s.name)
    )


def source_authors_select(f: Filters, source_ids: Sequence[int]) -> Select[int | None, str, int]:
    """The authors of these outlets' documents, with counts; per outlet, most first."""
    d2, c, p = aliased(Document, name="d2"), aliased(Credit, name="c"), aliased(Person, name="p")
    k = func.count().label("k")
    return indexed_by(
        select(d2.source_id, p.name, k)
        .select_from(d2)
        .join(c, and_(c.document_id == d2.id, c.role == "author"))
        .join(p, p.id == c.person_id)
        .where(d2.source_id.in_(source_ids), document_filter(d2, f))
        .group_by(d2.source_id, p.id, p.name)
        .order_by(d2.source_id, desc(k), p.name),
        d2,
        REPORT_INDEX,
    )


def sources(conn: Connection, f: Filters = Filters()) -> Report:
    """The sources report: name, documents, first and last date, its three most
    frequent authors (``v_sources`` as a view); same two-step plan as :func:`people`."""
    return _ranked(
        conn.execute(sources_totals(f)).all(),
        lambda ids: conn.execute(source_authors_select(f, ids)),
        first=_FIRST_SOURCES,
        size=_SOURCES,
    )


def _ranked(
    totals: Sequence[Any],
    partners: Callable[[list[int]], Iterable[Any]],
    first: int,
    size: int,
) -> Report:
    """Rows ``(name, documents, first, last, appears_with)`` from sorted totals
    ``(id, name, documents, first, last)``, the top three of ``partners(ids)``
    (rows ``(id, name, count)`` ordered by id, count descending, name) filled in
    for ``first`` rows, then ``size`` rows at a time, as the rows are read."""

    def rows() -> Iterator[tuple[Any, ...]]:
        at, step = 0, first
        while at < len(totals):
            batch = totals[at : at + step]
            at, step = at + step, size
            top: dict[int, list[str]] = defaultdict(list)
            for key, name, k in partners([r[0] for r in batch]):
                if len(top[key]) < 3:
                    top[key].append(f"{name} ({k})")
            for key, name, documents, first_date, last_date in batch:
                yield name, documents, first_date, last_date, "; ".join(top[key]) or None

    return Report(columns=list(PEOPLE_COLUMNS), rows=rows())


def months_select(f: Filters, dialect: str) -> Select[Any]:
    """Documents per month and source; undated documents under ``(undated)``, last."""
    d = aliased(Document, name="d")
    s = aliased(Source, name="s")
    # A literal, not a bound parameter: PostgreSQL must see the same expression in
    # the select list and in GROUP BY.
    undated: ColumnElement[str] = literal_column(f"'{UNDATED}'")
    month = func.coalesce(month_of(d.published_date, dialect), undated)
    return (
        select(month.label("month"), s.name.label("source"), func.count().label("documents"))
        .select_from(d)
        .outerjoin(s, s.id == d.source_id)
        .where(document_filter(d, f))
        .group_by(month, s.name)
        .order_by(month == undated, month, s.name)
    )


def _band_buckets(conn: Connection) -> list[list[int]]:
    """Documents sharing a (band, hash), bucket by bucket; oversized buckets left out.

    Both halves of the join read only the (band, hash, document_id) index; the
    rows are bucketed here rather than sorted by SQL.
    """
    b = MinhashBand.__table__
    shared = (
        select(b.c.band, b.c.hash)
        .group_by(b.c.band, b.c.hash)
        .having(func.count() > 1, func.count() <= BUCKET_CAP)
        .subquery()
    )
    rows = conn.execute(
        select(b.c.band, b.c.hash, b.c.document_id).join(
            shared, and_(shared.c.band == b.c.band, shared.c.hash == b.c.hash)
        )
    )
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for band, hash_, doc_id in rows:
        buckets[band, hash_].append(doc_id)
    return list(buckets.values())


def _exact_copies(conn: Connection) -> Iterator[list[int]]:
    """Signed documents with the same content hash, hash by hash."""
    d = aliased(Document, name="d")
    repeated = (
        select(Document.content_hash).group_by(Document.content_hash).having(func.count() > 1)
    )
    signed = exists().where(MinhashBand.document_id == d.id, MinhashBand.band == 0)
    copies: dict[str, list[int]] = defaultdict(list)
    for doc_id, content_hash in conn.execute(
        select(d.id, d.content_hash).where(d.content_hash.in_(repeated), signed)
    ):
        copies[content_hash].append(doc_id)
    return iter(copies.values())


def _members(conn: Connection, ids: Iterable[int], f: Filters) -> dict[int, tuple[Any, ...]]:
    """(path, published_date, published_time, source, title, signature) of the ids the filters keep."""
    d = aliased(Document, name="d")
    s = aliased(Source, name="s")
    wanted = sorted(ids)
    found: dict[int, tuple[Any, ...]] = {}
    for i in range(0, len(wanted), _CHUNK):
        stmt = (
            select(d.id, d.path, d.published_date, d.published_time, s.name, d.title, d.minhash)
            .outerjoin(s, s.id == d.source_id)
            .where(d.id.in_(wanted[i : i + _CHUNK]), d.minhash.is_not(None), document_filter(d, f))
        )
        for doc_id, *rest, minhash in conn.execute(stmt):
            assert minhash is not None  # as the WHERE says
            found[doc_id] = (*rest, unpack(bytes.fromhex(minhash)))
    return found


def duplicates(conn: Connection, f: Filters = Filters(), threshold: float = THRESHOLD) -> Report:
    """Groups of documents whose texts are the same or nearly so, one row per member.

    Candidates come from SQL (documents sharing band hashes, or the content
    hash); only those are read and checked, so the cost follows the number of
    candidates, not the square of the catalog. A pair whose signatures agree on
    at least ``threshold`` of their positions is joined; groups are the
    connected components, so a chain of close copies is one group.
    """
    need = agreement_needed(threshold)
    pairs = candidate_pairs(_band_buckets(conn), bands_needed(need))
    exact = list(_exact_copies(conn))
    docs = _members(conn, {i for pair in pairs for i in pair}.union(*exact), f)
    found = near_groups(exact, pairs, {i: doc[5] for i, doc in docs.items()}, need)

    def order(i: int) -> tuple[Any, ...]:
        path, date, time, *_ = docs[i]
        return (date is None, date or dt.date.min, time or "", path)

    groups = [sorted(g, key=order) for g in found]
    groups.sort(key=lambda g: (-len(g), *order(g[0])))

    def rows() -> Iterator[tuple[Any, ...]]:
        for number, group in enumerate(groups, 1):
            first = docs[group[0]]
            for i in group:
                path, date, _time, source, title, sig = docs[i]
                similarity = round(agree(sig, first[5]) / BINS, 2)
                yield (
                    number,
                    len(group),
                    first[1],
                    first[0],
                    path,
                    date,
                    source,
                    title,
                    similarity,
                )

    return Report(columns=DUPLICATES_COLUMNS, rows=rows())


SITES_COLUMNS = ("root", "site", "documents", "sampled", "furniture", "most_frequent")
SITES_LISTS = ("most_frequent",)
TOP_FURNITURE = 5  # furniture lines shown per site


def sites(conn: Connection, f: Filters = Filters()) -> Report:
    """Each site of each root: its documents (within the filters), the pages sampled
    for its profile, how many lines are its furniture, and the most frequent of them
    as a page spelled them; sites with most documents first.

    One grouped count over ``ix_documents_site`` and one read of ``site_profiles``
    (a row per site, its counts bounded by the sample).
    """
    d = aliased(Document, name="d")
    counted = conn.execute(
        select(d.root, d.site, func.count())
        .where(document_filter(d, f), d.site.is_not(None))
        .group_by(d.root, d.site)
    )
    documents = {(root, str(site)): n for root, site, n in counted}  # site IS NOT NULL
    states = {
        (root, site): SiteState.load(pages, lines, version)
        for root, site, pages, lines, version in conn.execute(
            select(
                SiteProfile.root,
                SiteProfile.site,
                SiteProfile.pages,
                SiteProfile.lines,
                SiteProfile.version,
            )
        )
    }
    if f != Filters():  # a site with no document within the filters is not shown
        states = {k: v for k, v in states.items() if k in documents}
    keys = sorted(
        documents.keys() | states.keys(), key=lambda k: (k[0], -documents.get(k, 0), k[1])
    )

    def rows() -> Iterator[tuple[Any, ...]]:
        for key in keys:
            state = states.get(key)
            top = state.furniture(TOP_FURNITURE) if state is not None else []
            yield (
                *key,
                documents.get(key, 0),
                state.counter.pages if state is not None else 0,
                len(state.profile.lines) if state is not None else 0,
                "; ".join(top) or None,
            )

    return Report(columns=SITES_COLUMNS, rows=rows(), lists=SITES_LISTS)


REPORTS: dict[str, Callable[[Filters, str], Select[Any]]] = {
    "index": index_select,
    "months": months_select,
}


# Reports worked out in Python over SQL candidates; no view stands for them.
COMPUTED: dict[str, Callable[[Connection, Filters, float], Report]] = {
    "authors": lambda conn, f, _threshold: people(conn, "author", f),
    "editors": lambda conn, f, _threshold: people(conn, "editor", f),
    "sources": lambda conn, f, _threshold: sources(conn, f),
    "duplicates": duplicates,
    "sites": lambda conn, f, _threshold: sites(conn, f),
}


# ``catalog report all``: every report, in this order, one sheet each.
ALL_REPORTS = ("index", "authors", "editors", "sources", "months", "duplicates")


def every_report(
    conn: Connection, filters: Filters = Filters(), threshold: float = THRESHOLD
) -> Iterator[tuple[str, Sequence[str], Iterator[Sequence[Any]]]]:
    """``(name, columns, rows)`` of each of :data:`ALL_REPORTS`, each run only when the
    one before it has been read (they share ``conn``)."""
    for name in ALL_REPORTS:
        rep = run_report(conn, name, filters, threshold)
        yield name, rep.columns, rep.rows


def run_report(
    conn: Connection, name: str, filters: Filters = Filters(), threshold: float = THRESHOLD
) -> Report:
    """Run one report and stream its rows; ``threshold`` is for ``duplicates``."""
    check_source(conn, filters)
    if name in COMPUTED:
        return COMPUTED[name](conn, filters, threshold)
    try:
        build = REPORTS[name]
    except KeyError:
        names = ", ".join([*REPORTS, *COMPUTED])
        raise CatalogError(f"no report named {name!r}: choose one of {names}") from None
    if name == "index":
        # Two roots may each hold a.txt: only then do rows need their root to be told
        # apart; with one root the agreed columns stay exactly as they are.
        stmt = index_select(filters, conn.dialect.name, with_root=len(sync_roots(conn)) > 1)
    else:
        stmt = build(filters, conn.dialect.name)
    result = conn.execution_options(stream_results=True, yield_per=1000).execute(stmt)
    lists = INDEX_LISTS if name == "index" else ()
    return Report(columns=list(result.keys()), rows=(tuple(r) for r in result), lists=lists)
