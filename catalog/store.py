"""Write sync results to the catalog in bulk: documents, people, credits, sources, evidence, bands.

One writer; a batch's new documents go in as one multi-row INSERT (SQLite's
full-text trigger writes its index once per statement), their child rows as
plain executemany, changed documents through SQLAlchemy's bulk UPDATE; one
batch per transaction, so an interrupted sync keeps every batch it finished.
"""

from __future__ import annotations

import datetime as dt
import operator
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from catalog.extract.names import normalise_name
from catalog.models import (
    Credit,
    Document,
    Evidence,
    LoadProblem,
    MinhashBand,
    Person,
    SiteProfile,
    Source,
    SyncRun,
)
from catalog.records import DocumentData, Known, source_key
from catalog.similarity import BANDS, bands
from catalog.sites import SiteState

_CHUNK = 500  # ids per IN (...) list
# Core tables for the bulk paths: executemany without per-object ORM work.
_DOCUMENTS: Table = Document.__table__  # type: ignore[assignment]
_CREDITS: Table = Credit.__table__  # type: ignore[assignment]
_EVIDENCE: Table = Evidence.__table__  # type: ignore[assignment]
_BANDS: Table = MinhashBand.__table__  # type: ignore[assignment]
_BAND_COLUMNS = ("document_id", "band", "hash")
_BAND_NUMBERS = range(BANDS)
_CREDIT_COLUMNS = ("document_id", "person_id", "role", "position", "name_as_written")
_EVIDENCE_COLUMNS = (
    "document_id",
    "field",
    "value",
    "line_no",
    "raw",
    "rule",
    "confidence",
    "chosen",
)


def _placeholder(conn: Connection) -> str:
    """The driver's parameter mark, for the few statements sent to it as plain SQL."""
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def _insert_head(table: Table, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES "


def _row_marks(conn: Connection, n: int) -> str:
    """The placeholders of one row of ``n`` values: ``(?, ?, ?)``."""
    return f"({', '.join([_placeholder(conn)] * n)})"


def _max_parameters(conn: Connection) -> int:
    """How many parameters one statement may carry on this connection."""
    if conn.dialect.name == "sqlite":
        raw = conn.connection.dbapi_connection
        getlimit = getattr(raw, "getlimit", None)
        # SQLite before 3.32 allowed 999; the driver says what this one allows.
        return int(getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)) if getlimit else 999
    return 65_535  # PostgreSQL's wire protocol counts parameters in 16 bits


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Writer(Protocol):
    """What a sync asks of its writer: :class:`Store`, or a dry run's stand-in that writes nothing."""

    def known(self) -> dict[str, Known]: ...
    def begin_run(self) -> int | None: ...
    def problem(self, run_id: int, path: str, stage: str, severity: str, message: str) -> None: ...
    def count_run(self, run_id: int, counts: dict[str, int]) -> None: ...
    def finish_run(self, run_id: int, counts: dict[str, int]) -> None: ...
    def commit(self) -> None: ...
    def add(self, docs: Sequence[DocumentData]) -> None: ...
    def replace(self, items: Sequence[tuple[int, DocumentData]]) -> None: ...
    def move(
        self, doc_id: int, rel: str, size: int, mtime_ns: int, record: int | None = None
    ) -> None: ...
    def touch(self, doc_id: int, size: int, mtime_ns: int) -> None: ...
    def mark_missing(self, ids: Sequence[int]) -> None: ...
    def prune(self) -> int: ...
    def orphans(self) -> None: ...
    def save_profiles(self, states: Mapping[str, SiteState]) -> None: ...


class Store:
    """The single writer of a sync."""

    def __init__(self, session: Session, root: str) -> None:
        self.session = session
        self.root = root
        self._people: dict[str, int] | None = None
        self._sources: dict[str, int] | None = None
        self._next_id: int | None = None
        self._keys: dict[str, str] = {}  # name as written -> person key
        self.stamp = now()

    # -- runs and problems -------------------------------------------------
    def begin_run(self) -> int:
        run = SyncRun(root=self.root, started_at=self.stamp)
        self.session.add(run)
        self.session.commit()
        return run.id

    def problem(self, run_id: int, path: str, stage: str, severity: str, message: str) -> None:
        self.session.add(
            LoadProblem(run_id=run_id, path=path, stage=stage, severity=severity, message=message)
        )

    def count_run(self, run_id: int, counts: dict[str, int]) -> None:
        """The run's counts so far, committed with the batch they describe."""
        self.session.execute(update(SyncRun).where(SyncRun.id == run_id).values(**counts))

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        self.session.execute(
            update(SyncRun).where(SyncRun.id == run_id).values(finished_at=now(), **counts)
        )
        self.session.commit()

    def commit(self) -> None:
        self.session.commit()

    # -- what is known -----------------------------------------------------
    def known(self) -> dict[str, Known]:
        """Every document of this root, by path; read on every sync, so through a
        plain driver cursor (no result-row objects for 100,000 rows)."""
        conn = self.session.connection()
        mark = _placeholder(conn)
        sql = (
            "SELECT path, id, size, mtime_ns, content_hash, missing_since IS NOT NULL, record, "
            f"site, profile_version FROM {Document.__tablename__} WHERE root = {mark}"
        )
        cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cur.execute(sql, (self.root,))
            out: dict[str, Known] = {}
            while rows := cur.fetchmany(10_000):
                for r in rows:
                    out[r[0]] = Known(r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], r[8])
            return out
        finally:
            cur.close()

    # -- people and sources --------------------------------------------------
    def _ids(
        self, model: type[Person] | type[Source], cache: dict[str, int], names: dict[str, str]
    ) -> None:
        """Make sure every key in ``names`` (key -> display name) has a row; fill the cache."""
        new: list[dict[str, Any]] = [
            {"key": k, "name": n} for k, n in names.items() if k not in cache
        ]
        if new:
            # One writer: ids are handed out here, so a plain executemany will do.
            first = (self.session.scalar(select(func.max(model.id))) or 0) + 1
            for i, row in enumerate(new, first):
                row["id"] = i
                cache[row["key"]] = i
            self.session.execute(insert(cast(Table, model.__table__)), new)

    def _caches(self) -> tuple[dict[str, int], dict[str, int]]:
        """Every person and source key with its id, loaded once per sync (one writer)."""
        if self._people is None or self._sources is None:
            self._people = {k: i for k, i in self.session.execute(select(Person.key, Person.id))}
            self._sources = {k: i for k, i in self.session.execute(select(Source.key, Source.id))}
        return self._people, self._sources

    # -- documents -----------------------------------------------------------
    def _row(self, d: DocumentData) -> dict[str, Any]:
        r = d.record
        _, sources = self._caches()
        return {
            "root": self.root,
            "path": d.rel,
            "record": d.line,
            "url": d.url,
            "size": d.size,
            "mtime_ns": d.mtime_ns,
            "content_hash": d.content_hash,
            "kind": r.kind,
            "title": r.title,
            "published_date": r.published_date,
            "published_time": r.published_time,
            "timezone": r.timezone,
            "published_utc": r.published_utc,
            "source_id": sources[source_key(r.source)] if r.source else None,
            "dateline": r.dateline,
            "views": r.views,
            "lead": r.lead,
            "body": r.body,
            "word_count": r.word_count,
            "minhash": d.minhash.hex() if d.minhash is not None else None,
            "site": d.site,
            "profile_version": d.profile_version,
            "last_seen": self.stamp,
            "missing_since": None,
        }

    def _person_key(self, name: str) -> str:
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = normalise_name(name) or name.casefold()
        return key

    def _prepare(self, docs: Sequence[DocumentData]) -> None:
        people, sources = self._caches()
        person_names: dict[str, str] = {}
        source_names: dict[str, str] = {}
        for d in docs:
            r = d.record
            for name in (*r.authors, *r.editors):
                person_names.setdefault(self._person_key(name), name)
            if r.source:
                source_names.setdefault(source_key(r.source), r.source)
        self._ids(Person, people, person_names)
        self._ids(Source, sources, source_names)

    def _children(self, pairs: Iterable[tuple[int, DocumentData]]) -> None:
        people, _ = self._caches()
        credits: list[tuple[Any, ...]] = []
        evidence: list[tuple[Any, ...]] = []
        band_rows: list[tuple[int, int, int]] = []
        for doc_id, d in pairs:
            r = d.record
            for role, names in (("author", r.authors), ("editor", r.editors)):
                for pos, name in enumerate(names):
                    credits.append((doc_id, people[self._person_key(name)], role, pos, name))
            evidence.extend((doc_id, *ev) for ev in r.evidence)
            if d.minhash is not None:
                hashes = d.bands if d.bands is not None else bands(d.minhash)
                band_rows.extend(zip(repeat(doc_id), _BAND_NUMBERS, hashes))
        self._executemany(_CREDITS, _CREDIT_COLUMNS, credits)
        self._executemany(_EVIDENCE, _EVIDENCE_COLUMNS, evidence)
        self._executemany(_BANDS, _BAND_COLUMNS, band_rows)

    def _executemany(
        self, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
    ) -> None:
        """Plain DBAPI executemany for the many small child rows.

        Their columns need no conversion in Python (text, numbers, booleans), so
        the rows go to the driver as tuples; this is most of a sync's writing.
        """
        if not rows:
            return
        conn = self.session.connection()
        conn.exec_driver_sql(_insert_head(table, columns) + _row_marks(conn, len(columns)), rows)

    def add(self, docs: Sequence[DocumentData]) -> None:
        """Insert new documents with their people, credits and evidence."""
        if not docs:
            return
        self._prepare(docs)
        # This is the only writer (the sync lock), so ids can be handed out here
        # and every table goes in as one plain executemany, no RETURNING.
        first = self._next_document_id()
        ids = range(first, first + len(docs))
        self._next_id = first + len(docs)
        rows = [
            {**self._row(d), "id": i, "first_seen": self.stamp}
            for i, d in zip(ids, docs, strict=True)
        ]
        self._insert_values(_DOCUMENTS, rows)
        self._children(zip(ids, docs, strict=True))

    def _insert_values(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Insert ``rows`` (dicts with the same keys) as few multi-row ``INSERT ... VALUES
        (...), (...)`` statements, each value converted as SQLAlchemy would bind it.

        Not an executemany: on SQLite the full-text trigger of ``documents`` runs once
        per statement executed, and FTS5 writes its pending index at the end of each
        one, so a statement per document cost twice the CPU of the whole insert
        (benchmarks/sync_bench.py). One statement of many rows writes the index once.
        """
        if not rows:
            return
        conn = self.session.connection()
        dialect = conn.dialect
        columns = list(rows[0])
        take = operator.itemgetter(*columns)
        convert = []  # (position, processor) of the columns whose values are converted
        for i, c in enumerate(columns):
            process = table.c[c].type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                convert.append((i, process))
        per = max(1, _max_parameters(conn) // len(columns))
        one = _row_marks(conn, len(columns))
        head = _insert_head(table, columns)
        for start in range(0, len(rows), per):
            part = rows[start : start + per]
            values: list[Any] = []
            for row in part:
                row_values = list(take(row))
                for i, process in convert:
                    if row_values[i] is not None:
                        row_values[i] = process(row_values[i])
                values += row_values
            conn.exec_driver_sql(head + ", ".join([one] * len(part)), tuple(values))

    def _next_document_id(self) -> int:
        if self._next_id is None:
            self._next_id = (self.session.scalar(select(func.max(Document.id))) or 0) + 1
        return self._next_id

    def replace(self, items: Sequence[tuple[int, DocumentData]]) -> None:
        """Re-parse changed documents in place: same row id, fresh fields and children."""
        if not items:
            return
        self._prepare([d for _, d in items])
        ids = [i for i, _ in items]
        self._delete_children(ids)
        # ORM bulk UPDATE by primary key: one executemany.
        self.session.execute(update(Document), [{**self._row(d), "id": i} for i, d in items])
        self._children(items)

    def _delete_children(self, ids: Sequence[int]) -> None:
        for i in range(0, len(ids), _CHUNK):
            part = ids[i : i + _CHUNK]
            self.session.execute(delete(Credit).where(Credit.document_id.in_(part)))
            self.session.execute(delete(Evidence).where(Evidence.document_id.in_(part)))
            self.session.execute(delete(MinhashBand).where(MinhashBand.document_id.in_(part)))

    def move(
        self, doc_id: int, rel: str, size: int, mtime_ns: int, record: int | None = None
    ) -> None:
        """Same content under a new path (or line): keep the row, change its address."""
        self.session.execute(
            update(Document)
            .where(Document.id == doc_id)
            .values(
                path=rel,
                record=record,
                size=size,
                mtime_ns=mtime_ns,
                last_seen=self.stamp,
                missing_since=None,
            )
        )

    def touch(self, doc_id: int, size: int, mtime_ns: int) -> None:
        """Same content, new stat data (touched, or back after being missing)."""
        self.session.execute(
            update(Document)
            .where(Document.id == doc_id)
            .values(size=size, mtime_ns=mtime_ns, last_seen=self.stamp, missing_since=None)
        )

    def mark_missing(self, ids: Sequence[int]) -> None:
        for i in range(0, len(ids), _CHUNK):
            part = ids[i : i + _CHUNK]
            self.session.execute(
                update(Document)
                .where(Document.id.in_(part), Document.missing_since.is_(None))
                .values(missing_since=self.stamp)
            )

    def prune(self) -> int:
        """Delete the documents of this root that are missing; return how many."""
        ids = list(
            self.session.scalars(
                select(Document.id).where(
                    Document.root == self.root, Document.missing_since.is_not(None)
                )
            )
        )
        self._delete_children(ids)
        for i in range(0, len(ids), _CHUNK):
            self.session.execute(delete(Document).where(Document.id.in_(ids[i : i + _CHUNK])))
        return len(ids)

    def delete(self, ids: Sequence[int]) -> None:
        """Delete these documents with their credits, evidence and band hashes."""
        self._delete_children(ids)
        for i in range(0, len(ids), _CHUNK):
            self.session.execute(delete(Document).where(Document.id.in_(ids[i : i + _CHUNK])))

    def forget(self) -> tuple[int, int]:
        """Delete every document of this root and its sync runs (their problems go with
        them), then the people and sources left unnamed; return (documents, runs)."""
        ids = list(self.session.scalars(select(Document.id).where(Document.root == self.root)))
        self._delete_children(ids)
        for i in range(0, len(ids), _CHUNK):
            self.session.execute(delete(Document).where(Document.id.in_(ids[i : i + _CHUNK])))
        run_ids = list(self.session.scalars(select(SyncRun.id).where(SyncRun.root == self.root)))
        for i in range(0, len(run_ids), _CHUNK):
            part = run_ids[i : i + _CHUNK]
            self.session.execute(delete(LoadProblem).where(LoadProblem.run_id.in_(part)))
            self.session.execute(delete(SyncRun).where(SyncRun.id.in_(part)))
        self.session.execute(delete(SiteProfile).where(SiteProfile.root == self.root))
        self.orphans()
        return len(ids), len(run_ids)

    # -- site profiles -------------------------------------------------------
    def site_profiles(self) -> dict[str, SiteState]:
        """The stored profile of every site of this root."""
        rows = self.session.execute(
            select(
                SiteProfile.site, SiteProfile.pages, SiteProfile.lines, SiteProfile.version
            ).where(SiteProfile.root == self.root)
        )
        return {site: SiteState.load(pages, lines, version) for site, pages, lines, version in rows}

    def save_profiles(self, states: Mapping[str, SiteState]) -> None:
        """Store the sites that counted new pages (committed with the caller's batch)."""
        table = cast(Table, SiteProfile.__table__)
        for site, state in states.items():
            if not state.grew:
                continue
            values = {"pages": state.counter.pages, "version": state.version, "lines": state.dump()}
            done = self.session.execute(
                update(table)
                .where(table.c.root == self.root, table.c.site == site)
                .values(**values)
            )
            if not done.rowcount:  # type: ignore[attr-defined]
                self.session.execute(insert(table).values(root=self.root, site=site, **values))
            state.grew = False
            state.stored_version = state.version

    def orphans(self) -> None:
        """Drop people and sources no document refers to any more."""
        self.session.execute(
            delete(Person).where(~select(Credit.id).where(Credit.person_id == Person.id).exists())
        )
        self.session.execute(
            delete(Source).where(
                ~select(Document.id).where(Document.source_id == Source.id).exists()
            )
        )
        self._people = None
        self._sources = None
