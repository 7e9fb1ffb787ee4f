"""Look up one document with everything known about it, for ``catalog show``."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import select, true
from sqlalchemy.orm import Session, selectinload

from catalog.errors import CatalogError, NotFound
from catalog.models import Credit, Document, Evidence
from catalog.records import sync_roots
from catalog.sync.discover import printable


def _spellings(root: str) -> list[str]:
    """A root as the user may type it: as stored (absolute, symlinks resolved), or not."""
    return list(
        dict.fromkeys(printable(p) for p in (os.path.realpath(root), os.path.abspath(root)))
    )


def _under_a_root(session: Session, path: str) -> list[Document]:
    """The document at ``ROOT/PATH``, even when the file or its whole root is gone."""
    for full in dict.fromkeys((os.path.abspath(path), os.path.realpath(path))):
        full = printable(full.replace(os.sep, "/"))
        for root in sync_roots(session):
            if full.startswith(root.rstrip("/") + "/"):
                rel = full[len(root.rstrip("/")) + 1 :]
                found = session.scalars(
                    select(Document).where(Document.root == root, Document.path == rel)
                ).first()
                if found is not None:
                    return [found]
    return []


@dataclass
class DocumentView:
    document: Document
    credits: list[Credit]
    evidence: list[Evidence]


def find_document(session: Session, path: str, root: str | None = None) -> DocumentView:
    """Find a document by its path relative to the sync root, by ``ROOT/PATH``, or by a
    path on disk; ``root`` picks one root when several hold the same path."""
    # A name that is not UTF-8 arrives with surrogates; the catalog holds it as \\xNN.
    wanted = printable(path.replace(os.sep, "/"))
    in_root = Document.root.in_(_spellings(root)) if root is not None else true()
    candidates = list(session.scalars(select(Document).where(Document.path == wanted, in_root)))
    if not candidates and root is None:
        candidates = _under_a_root(session, path)
    if not candidates and os.path.exists(path):
        full = os.path.realpath(path)
        top, rel = os.path.split(full)
        parts = [rel]
        while top and top != os.path.dirname(top):
            found = session.scalars(
                select(Document).where(
                    Document.root == printable(top), Document.path == printable("/".join(parts))
                )
            ).first()
            if found is not None:
                candidates = [found]
                break
            top, head = os.path.split(top)
            parts.insert(0, head)
    if not candidates:
        candidates = list(
            session.scalars(
                select(Document)
                .where(Document.path.endswith("/" + wanted, autoescape=True), in_root)
                .limit(5)
            )
        )
    if not candidates:
        where = f" under {root}" if root is not None else ""
        raise NotFound(f"no document at {path!r}{where} in the catalog")
    if len(candidates) > 1:
        roots = ", ".join(f"{d.root}/{d.path}" for d in candidates)
        raise CatalogError(
            f"{path!r} matches several documents: {roots} (name one as ROOT/PATH or with --root)"
        )
    doc = session.scalars(
        select(Document)
        .where(Document.id == candidates[0].id)
        .options(
            selectinload(Document.credits),
            selectinload(Document.evidence),
            selectinload(Document.source),
        )
    ).one()
    return DocumentView(doc, list(doc.credits), list(doc.evidence))
