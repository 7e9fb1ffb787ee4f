"""Look up one document with everything known about it, for ``catalog show``."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalog.errors import CatalogError, NotFound
from catalog.models import Credit, Document, Evidence
from catalog.sync.discover import printable


@dataclass
class DocumentView:
    document: Document
    credits: list[Credit]
    evidence: list[Evidence]


def find_document(session: Session, path: str) -> DocumentView:
    """Find a document by its path relative to the sync root, or by a path on disk."""
    # A name that is not UTF-8 arrives with surrogates; the catalog holds it as \\xNN.
    wanted = printable(path.replace(os.sep, "/"))
    candidates = list(session.scalars(select(Document).where(Document.path == wanted)))
    if not candidates and os.path.exists(path):
        full = os.path.realpath(path)
        root, rel = os.path.split(full)
        parts = [rel]
        while root and root != os.path.dirname(root):
            found = session.scalars(
                select(Document).where(
                    Document.root == printable(root), Document.path == printable("/".join(parts))
                )
            ).first()
            if found is not None:
                candidates = [found]
                break
            root, head = os.path.split(root)
            parts.insert(0, head)
    if not candidates:
        candidates = list(
            session.scalars(
                select(Document)
                .where(Document.path.endswith("/" + wanted, autoescape=True))
                .limit(5)
            )
        )
    if not candidates:
        raise NotFound(f"no document at {path!r} in the catalog")
    if len(candidates) > 1:
        roots = ", ".join(f"{d.root}/{d.path}" for d in candidates)
        raise CatalogError(f"{path!r} matches several documents: {roots}")
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
