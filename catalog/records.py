"""The sync pipeline's vocabulary: what the catalog knows of a path, what a worker hands the writer.

Plain values shared by the stages that plan a sync (``sync/plan.py``), read and
extract (``sync/pipeline.py``, ``sync/merge.py``), write (``store.py``) and
read the catalog back (``reports.py``, ``roots.py``), so that only what writes
imports the writer.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from catalog.extract import Extraction
from catalog.folding import fold
from catalog.models import Document


def source_key(name: str) -> str:
    """Sources match case-insensitively with spaces folded."""
    return fold(name)


def utc_instant(x: Extraction) -> dt.datetime | None:
    """The extraction's instant as an aware UTC datetime; None unless date, time and zone are known."""
    utc = x.published_utc
    return utc.replace(tzinfo=dt.UTC) if utc else None


def sync_roots(conn: Connection | Session) -> list[str]:
    """Every root the catalog holds documents of, sorted.

    One index seek per root (``uq_documents_root_path`` leads with the root), so a
    catalog of a million documents under three roots costs three lookups, not a scan.
    """
    found: list[str] = []
    while True:
        query = select(func.min(Document.root))
        if found:
            query = query.where(Document.root > found[-1])
        root = conn.scalar(query)
        if root is None:
            return found
        found.append(root)


class Known(NamedTuple):
    """What the catalog holds about one path (a file, or ``file#N`` for a record of one)."""

    id: int
    size: int
    mtime_ns: int
    content_hash: str
    missing: bool
    record: int | None = None  # the line of a record in a multi-record file
    site: str | None = None  # catalog.sites.site_of; None: no site
    profile_version: str | None = None  # the furniture version it was extracted with

    @staticmethod
    def file_of(path: str, record: int | None) -> str:
        """The file a document lives in: itself, or the file a record was read from."""
        return path if record is None else path.removesuffix(f"#{record}")


class Record(NamedTuple):
    """What the store needs of an :class:`Extraction`, as plain values.

    Built in the worker process, so the single writer gets a cheap tuple to
    unpickle instead of dataclasses, and the time/zone arithmetic is done there.
    """

    kind: str
    title: str | None
    authors: tuple[str, ...]
    editors: tuple[str, ...]
    published_date: dt.date | None
    published_time: str | None  # HH:MM
    timezone: str | None
    published_utc: dt.datetime | None
    source: str | None
    dateline: str | None
    views: int | None
    lead: str | None
    body: str
    word_count: int
    # (field, value, line_no, raw, rule, confidence, chosen) per candidate
    evidence: tuple[tuple[str, str, int, str, str, float, bool], ...]

    @classmethod
    def of(cls, x: Extraction) -> Record:
        return cls(
            x.kind,
            x.title,
            x.authors,
            x.editors,
            x.published_date,
            x.published_time.strftime("%H:%M") if x.published_time else None,
            x.timezone,
            utc_instant(x),
            x.source,
            x.dateline,
            x.views,
            x.lead,
            x.body,
            x.word_count,
            tuple(
                # (the rule column holds 100 characters: a reader's name and its verdict)
                (e.field, e.value, e.line_no, e.raw, e.rule[:100], e.confidence, e.chosen)
                for e in x.evidence
            ),
        )


class DocumentData(NamedTuple):
    """One parsed document (a file, or a record of one), ready to store.

    ``size`` and ``mtime_ns`` are the file's: a multi-record file is the unit
    of the stat check, so its records carry its stat data.
    """

    rel: str
    size: int
    mtime_ns: int
    content_hash: str
    record: Record
    url: str | None = None
    line: int | None = None  # a record's line in its file; None for a whole file
    minhash: bytes | None = None  # catalog.similarity.signature of the body; None: not compared
    site: str | None = None  # catalog.sites.site_of
    profile_version: str | None = None  # the version of the site's furniture it was read with
    # catalog.similarity.bands of the minhash, made with it in the worker (the writer is
    # the sync's one serial stage); None: the writer makes them
    bands: tuple[int, ...] | None = None
