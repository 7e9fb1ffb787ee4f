"""``catalog check`` and ``catalog backup``: is the catalog sound, and a safe copy of it."""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, func, select

from catalog.db import Catalog, sqlite_path, translate_errors
from catalog.errors import CatalogError
from catalog.models import Credit, Document, Person, Source, SyncRun
from catalog.records import Known
from catalog.sync.discover import on_disk, suffix_of, walk


@dataclass(frozen=True)
class Finding:
    """One line of ``catalog check``: ``ok``, a ``problem`` (exit 1) or a ``note``."""

    status: str
    what: str
    details: tuple[str, ...] = ()


DETAILS_SHOWN = 20  # details printed under a finding; JSON gives them all


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)

    @property
    def problems(self) -> int:
        return sum(f.status == "problem" for f in self.findings)

    @property
    def lines(self) -> list[str]:
        out = []
        for f in self.findings:
            out.append(f"{'PROBLEM' if f.status == 'problem' else f.status:7} {f.what}")
            out.extend(f"          {d}" for d in f.details[:DETAILS_SHOWN])
            if len(f.details) > DETAILS_SHOWN:
                out.append(f"          ... and {len(f.details) - DETAILS_SHOWN} more")
        return out

    def as_dict(self) -> dict[str, object]:
        """JSON values: the problem count and every finding with all its details."""
        return {
            "problems": self.problems,
            "findings": [
                {"status": f.status, "what": f.what, "details": list(f.details)}
                for f in self.findings
            ],
        }

    def ok(self, what: str) -> None:
        self.findings.append(Finding("ok", what))

    def note(self, what: str, details: list[str] | None = None) -> None:
        self.findings.append(Finding("note", what, tuple(details or ())))

    def bad(self, what: str, details: list[str] | None = None) -> None:
        self.findings.append(Finding("problem", what, tuple(details or ())))


def check(catalog: Catalog) -> CheckReport:
    """Integrity, foreign keys, orphan rows, and files on disk against the catalog."""
    engine = catalog.open()
    report = CheckReport()
    with translate_errors(catalog.display), engine.connect() as conn:
        if catalog.is_sqlite:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if integrity == ["ok"]:
                report.ok("integrity_check")
            else:
                report.bad("integrity_check failed", integrity)
            fks = [str(tuple(r)) for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
            if fks:
                report.bad(f"{len(fks)} rows break foreign keys", fks)
            else:
                report.ok("foreign_key_check")
        lonely_people = conn.scalar(
            select(func.count())
            .select_from(Person)
            .where(~select(Credit.id).where(Credit.person_id == Person.id).exists())
        )
        lonely_sources = conn.scalar(
            select(func.count())
            .select_from(Source)
            .where(~select(Document.id).where(Document.source_id == Source.id).exists())
        )
        if lonely_people or lonely_sources:
            report.bad(
                f"orphan rows: {lonely_people} people and {lonely_sources} sources with no document"
            )
        else:
            report.ok("no orphan people or sources")
        unfinished = conn.scalar(
            select(func.count()).select_from(SyncRun).where(SyncRun.finished_at.is_(None))
        )
        if unfinished:
            report.note(f"{unfinished} sync runs did not finish (interrupted); run sync again")
        missing: list[str] = []
        changed: list[str] = []
        rows = conn.execute(
            select(
                Document.root, Document.path, Document.record, Document.size, Document.mtime_ns
            ).where(Document.missing_since.is_(None))
        )
        total = 0
        seen: set[tuple[str, str]] = set()
        for root, path, record, size, mtime_ns in rows:
            file = Known.file_of(path, record)
            if (root, file) in seen:  # the records of a .jsonl file are one file on disk
                continue
            seen.add((root, file))
            total += 1
            st = _stat(root, file)
            if st is None:
                missing.append(f"{root}/{file}")
            elif st.st_size != size or st.st_mtime_ns != mtime_ns:
                changed.append(f"{root}/{file}")
        if missing:
            report.bad(
                f"{len(missing)} files in the catalog are gone from disk (run sync)", missing
            )
        if changed:
            report.bad(f"{len(changed)} files changed since the last sync (run sync)", changed)
        if not missing and not changed:
            report.ok(f"{total} files on disk match the catalog")
        new = _not_in_catalog(conn)
        if new:
            # A note, not a problem: a crawl still adding files is no fault of the catalog.
            report.note(
                f"{len(new)} files on disk are not in the catalog yet (run sync to add them)",
                new,
            )
    return report


def _not_in_catalog(conn: Connection) -> list[str]:
    """Files under each root, of the kinds that root's documents are (by suffix), that
    the catalog holds no row for; ``sync`` would add them."""
    stored: dict[str, set[str]] = defaultdict(set)
    for root, path, record in conn.execute(select(Document.root, Document.path, Document.record)):
        stored[root].add(Known.file_of(path, record))
    new: list[str] = []
    for root, files in sorted(stored.items()):
        if not os.path.isdir(root):
            continue
        patterns = sorted({f"*{suffix_of(f)}" for f in files if suffix_of(f)})
        if patterns:
            new.extend(f"{root}/{f.rel}" for f in walk(root, patterns) if f.rel not in files)
    return new


def _stat(root: str, path: str) -> os.stat_result | None:
    """The file a stored path names, trying the bytes behind a ``\\xNN`` it may hold."""
    for name in dict.fromkeys((path, on_disk(path))):
        try:
            return os.stat(os.path.join(root, name))
        except OSError:
            continue
    return None


def backup(catalog: Catalog, dest: str, *, force: bool = False) -> Path:
    """A consistent copy of an SQLite catalog, taken with the backup API while others read."""
    src_path = sqlite_path(catalog.url)
    if src_path is None:
        raise CatalogError(
            "backup copies SQLite catalogs; for PostgreSQL use pg_dump or `catalog export`"
        )
    catalog.open()
    target = Path(dest)
    if target.is_dir() or dest.endswith(("/", os.sep)):
        target = target / src_path.name
    if target.exists() and not force:
        raise CatalogError(f"{target} exists: choose another name or pass --force")
    if target.resolve() == src_path.resolve():
        raise CatalogError("the backup cannot overwrite the catalog itself")
    target.parent.mkdir(parents=True, exist_ok=True)  # backups/2024-09-19.db makes backups/
    tmp = target.with_name(target.name + ".partial")
    try:
        src = sqlite3.connect(f"{src_path.resolve().as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise CatalogError(f"backup failed: {exc}") from None
    return target
