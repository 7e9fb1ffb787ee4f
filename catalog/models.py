"""The ORM: one ``Base`` with a constraint naming convention and typed models.

The schema itself is created only by the Alembic migrations in ``migrations/``;
these classes describe it for queries, and a test checks the two agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# The kinds a document may be: the extractor decides them, the schema checks them.
from catalog.extract.model import KINDS

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROLES = ("author", "editor")

# Repeated column shapes.
IntPk = Annotated[int, mapped_column(Integer, primary_key=True)]
Name = Annotated[str, mapped_column(String(300))]
Stamp = Annotated[dt.datetime, mapped_column(DateTime(timezone=True))]
Count = Annotated[int, mapped_column(Integer, default=0, server_default="0")]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """An outlet as the text brands it (``InfoPublik``, ``ANTARA``)."""

    __tablename__ = "sources"

    id: Mapped[IntPk]
    key: Mapped[Name] = mapped_column(unique=True)
    name: Mapped[Name]


class Person(Base):
    """One row per normalised name; ``name`` is the first spelling seen."""

    __tablename__ = "people"

    id: Mapped[IntPk]
    key: Mapped[Name] = mapped_column(unique=True)
    name: Mapped[Name]


class Document(Base):
    """One text file (or record) under a sync root, with what was read from it."""

    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("root", "path"),
        CheckConstraint("kind IN ('article', 'listing', 'other')", name="kind"),
        Index("ix_documents_published_date", "published_date"),
        Index("ix_documents_source_id", "source_id"),
        Index("ix_documents_content_hash", "content_hash"),
        # Reports read these three from the index, not the wide row.
        Index(
            "ix_documents_published_date_source_id",
            "published_date",
            "source_id",
            "missing_since",
        ),
        # The people reports look documents up by id in this narrow index, not in the
        # wide rows (SQLite is told to with INDEXED BY; see catalog.dialects).
        Index("ix_documents_report", "id", "missing_since", "published_date", "source_id"),
        # catalog report sites counts each site's pages here.
        Index("ix_documents_site", "root", "site", "missing_since"),
    )

    id: Mapped[IntPk]
    root: Mapped[str] = mapped_column(Text)
    # A file relative to the root, or ``file.jsonl#N`` for the record on line N of one.
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    content_hash: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(10))
    title: Mapped[str | None] = mapped_column(Text)
    published_date: Mapped[dt.date | None] = mapped_column(Date)
    # "HH:MM" local time as printed; kept as text so every SQL engine shows it alike.
    published_time: Mapped[str | None] = mapped_column(String(5))
    timezone: Mapped[str | None] = mapped_column(String(4))
    published_utc: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    dateline: Mapped[str | None] = mapped_column(String(200))
    views: Mapped[int | None] = mapped_column(BigInteger)
    lead: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="", server_default="")
    word_count: Mapped[Count]
    first_seen: Mapped[Stamp]
    last_seen: Mapped[Stamp]
    missing_since: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # Added by a later revision, so last in the table as in the model (exports list them so).
    url: Mapped[str | None] = mapped_column(Text)  # where an HTML page or a crawl record came from
    record: Mapped[int | None] = mapped_column(Integer)  # N of ``file.jsonl#N``; NULL for a file
    # catalog.similarity.signature of the body, as hex; NULL for listings and texts too short to
    # compare. Its band hashes are in minhash_bands, where SQL finds near-duplicates.
    minhash: Mapped[str | None] = mapped_column(String(2 * 4 * 64))
    # The site the page belongs to within its root (a URL's host, else its first folder;
    # NULL for loose files) and the version of that site's furniture it was extracted
    # with (catalog.sites.version_of; NULL: none). A page extracted with another
    # version than its site's current one is read again.
    site: Mapped[str | None] = mapped_column(Text)
    profile_version: Mapped[str | None] = mapped_column(String(16))

    source: Mapped[Source | None] = relationship()
    credits: Mapped[list[Credit]] = relationship(
        back_populates="document", order_by="Credit.role, Credit.position"
    )
    evidence: Mapped[list[Evidence]] = relationship(order_by="Evidence.id")


class Credit(Base):
    """A person's role (author or editor) on a document, as written there."""

    __tablename__ = "credits"
    __table_args__ = (
        UniqueConstraint("document_id", "role", "position"),
        CheckConstraint("role IN ('author', 'editor')", name="role"),
        # a person's credits in one role, read from the index alone
        Index("ix_credits_person_id", "person_id", "role", "document_id"),
        Index("ix_credits_document_id", "document_id", "role", "person_id"),
    )

    id: Mapped[IntPk]
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    role: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(Integer)
    name_as_written: Mapped[Name]

    document: Mapped[Document] = relationship(back_populates="credits")
    person: Mapped[Person] = relationship()


class Evidence(Base):
    """Where one candidate value of a field came from; ``chosen`` marks the winner."""

    __tablename__ = "evidence"
    __table_args__ = (Index("ix_evidence_document_id", "document_id"),)

    id: Mapped[IntPk]
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(Text)
    line_no: Mapped[int] = mapped_column(Integer)
    raw: Mapped[str] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(String(100))
    confidence: Mapped[float] = mapped_column(Float)
    chosen: Mapped[bool] = mapped_column(Boolean)


class MinhashBand(Base):
    """One band of a document's MinHash signature, hashed: equal (band, hash) marks a candidate pair.

    Written with the document, replaced when it changes, gone with it (the
    foreign key cascades); ``catalog report duplicates`` groups on the index.
    """

    __tablename__ = "minhash_bands"
    __table_args__ = (
        UniqueConstraint("document_id", "band"),
        Index("ix_minhash_bands_band", "band", "hash", "document_id"),
    )

    id: Mapped[IntPk]
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    band: Mapped[int] = mapped_column(SmallInteger)
    hash: Mapped[int] = mapped_column(BigInteger)  # crc32 of the band's values: 0 to 2**32 - 1


class SiteProfile(Base):
    """What one site of a sync root repeats on its pages, learned during sync.

    ``pages`` pages were sampled (at most catalog.extract.profile.SAMPLE_PAGES);
    ``lines`` is JSON, a list of ``[folded line, pages holding it, one spelling or
    null]``, most frequent first: every line counted while the sample fills, only the
    furniture once it is full. ``version`` names the furniture set (NULL: empty).
    """

    __tablename__ = "site_profiles"
    __table_args__ = (UniqueConstraint("root", "site"),)

    id: Mapped[IntPk]
    root: Mapped[str] = mapped_column(Text)
    site: Mapped[str] = mapped_column(Text)
    pages: Mapped[Count]
    version: Mapped[str | None] = mapped_column(String(16))
    lines: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class SyncRun(Base):
    """One ``catalog sync`` of one root; ``finished_at`` stays empty if it was cut short."""

    __tablename__ = "sync_runs"

    id: Mapped[IntPk]
    root: Mapped[str] = mapped_column(Text)
    started_at: Mapped[Stamp]
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    added: Mapped[Count]
    changed: Mapped[Count]
    moved: Mapped[Count]
    unchanged: Mapped[Count]
    missing: Mapped[Count]
    failed: Mapped[Count]

    problems: Mapped[list[LoadProblem]] = relationship(back_populates="run")


class LoadProblem(Base):
    """A file that could not be read or parsed (``error``), or was read with a ``warning``."""

    __tablename__ = "load_problems"
    __table_args__ = (
        CheckConstraint("severity IN ('error', 'warning')", name="severity"),
        Index("ix_load_problems_run_id", "run_id"),
    )

    id: Mapped[IntPk]
    run_id: Mapped[int] = mapped_column(ForeignKey("sync_runs.id", ondelete="CASCADE"))
    path: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(10))
    message: Mapped[str] = mapped_column(Text)

    run: Mapped[SyncRun] = relationship(back_populates="problems")


__all__ = [
    "KINDS",
    "ROLES",
    "Base",
    "Credit",
    "Document",
    "Evidence",
    "LoadProblem",
    "MinhashBand",
    "Person",
    "SiteProfile",
    "Source",
    "SyncRun",
]
