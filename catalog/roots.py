"""Sync roots: which folders the catalog holds, forgetting one, and moving one.

A root is the absolute folder a sync was given; every document is addressed by
(root, path). (A sync refuses a root inside or above another: catalog/sync/overlap.py.)
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, select, update
from sqlalchemy.orm import Session

from catalog.errors import NotFound
from catalog.models import Document, SiteProfile, SyncRun
from catalog.records import Known, sync_roots
from catalog.store import Store
from catalog.sync.discover import printable

ROOTS_COLUMNS = ("root", "present", "missing", "last_sync", "on_disk")


@dataclass(frozen=True)
class RootInfo:
    root: str
    present: int  # documents on disk at the last sync
    missing: int  # documents whose file had vanished at the last sync
    last_sync: dt.datetime | None  # when the last finished sync of it ended
    on_disk: bool  # whether the folder exists now

    def row(self) -> tuple[str, int, int, dt.datetime | None, str]:
        return (
            self.root,
            self.present,
            self.missing,
            self.last_sync,
            "yes" if self.on_disk else "no",
        )


def list_roots(conn: Connection | Session) -> list[RootInfo]:
    """Every root the catalog holds documents or sync runs of, sorted."""
    docs = {
        root: (total, missing)
        for root, total, missing in conn.execute(
            select(Document.root, func.count(), func.count(Document.missing_since)).group_by(
                Document.root
            )
        )
    }
    runs = {
        root: finished
        for root, finished in conn.execute(
            select(SyncRun.root, func.max(SyncRun.finished_at)).group_by(SyncRun.root)
        )
    }
    infos = []
    for root in sorted(docs.keys() | runs.keys()):
        total, missing = docs.get(root, (0, 0))
        infos.append(RootInfo(root, total - missing, missing, runs.get(root), os.path.isdir(root)))
    return infos


def spellings(folder: str) -> list[str]:
    """A folder as a root may have been stored: symlinks resolved (as a sync stores
    it), or only made absolute (the folder may be gone)."""
    forms = (os.path.realpath(folder), os.path.abspath(folder))
    return list(dict.fromkeys(printable(f.rstrip(os.sep) or os.sep) for f in forms))


def resolve_root(session: Session, folder: str) -> str:
    """The known root a folder names; an error listing the known roots if none."""
    known = sync_roots(session)
    for spelling in spellings(folder):
        if spelling in known:
            return spelling
    listed = ", ".join(known) if known else "none yet"
    raise NotFound(f"{folder} is not a root of this catalog (its roots: {listed})")


@dataclass(frozen=True)
class Forgotten:
    root: str
    documents: int
    runs: int


def forget(session: Session, root: str) -> Forgotten:
    """Remove a root's documents, its sync runs and problems, and the people and
    sources no other document names; one transaction."""
    documents, runs = Store(session, root).forget()
    session.commit()
    return Forgotten(root, documents, runs)


@dataclass(frozen=True)
class Moved:
    old: str
    new: str
    documents: int  # the old root's documents, now under the new root
    replaced: int  # copies a sync of the new root had added, dropped for the older rows
    stale: int  # moved documents whose file differs or is absent: the next sync sees to them


def move(session: Session, old: str, new: str) -> Moved:
    """Give a root's documents and sync runs a new root, keeping their ids, evidence and
    history; one transaction.

    Documents a sync of ``new`` already added at the same paths (copies, made before
    the move was known) are dropped in favour of the older rows. A row whose copy had
    the same content takes the copy's size and mtime; any other keeps what it had, so
    the next sync of ``new`` re-reads its file, or marks it missing.
    """
    old_docs = Store(session, old).known()
    store = Store(session, new)
    copies = store.known()
    same: list[tuple[int, Known]] = []
    stale = 0
    for path, k in old_docs.items():
        copy = copies.get(path)
        if copy is not None and copy.content_hash == k.content_hash:
            same.append((k.id, copy))
        elif copies:  # the new root was synced: this file differs there, or is not there
            stale += 1
    dropped = [copies[p].id for p in old_docs.keys() & copies.keys()]
    store.delete(dropped)
    session.execute(update(Document).where(Document.root == old).values(root=new))
    for doc_id, copy in same:
        if not copy.missing:
            store.touch(doc_id, copy.size, copy.mtime_ns)
    session.execute(update(SyncRun).where(SyncRun.root == old).values(root=new))
    # The old root's sites, learned from the rows kept, go with them.
    session.execute(delete(SiteProfile).where(SiteProfile.root == new))
    session.execute(update(SiteProfile).where(SiteProfile.root == old).values(root=new))
    store.orphans()
    session.commit()
    return Moved(old, new, len(old_docs), len(dropped), stale)
