"""Recognise a moved crawl folder: a new root holding the files of a root that vanished.

``mv devA devB`` then ``sync devB`` reads every file again as new; this tells the
sync that its files are those of ``devA`` (same relative paths and content hashes)
so it can offer ``catalog roots move`` (:func:`catalog.roots.move`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from catalog.models import Document
from catalog.records import sync_roots

# A vanished root is offered as moved when this share of its documents, or more, turn
# up under the new root with the same relative path and content hash.
MOVE_SHARE = 0.9


@dataclass(frozen=True)
class Match:
    """A root whose folder is gone and whose documents a new root holds too."""

    old: str
    matched: int  # its documents found under the new root: same path, same content hash
    total: int  # its documents


def vanished_match(session: Session, root: str) -> Match | None:
    """The root, its folder gone, whose files ``root`` holds (same relative paths and
    content hashes, for at least :data:`MOVE_SHARE` of them): the folder moved or was
    renamed. None when there is none. One index seek per document of each vanished
    root (``uq_documents_root_path``), and nothing at all while every root is on disk.
    """
    best: Match | None = None
    for old in sync_roots(session):
        if old == root or os.path.isdir(old):
            continue
        new, other = aliased(Document), aliased(Document)
        matched = session.scalar(
            select(func.count())
            .select_from(other)
            .join(
                new,
                and_(
                    new.root == root,
                    new.path == other.path,
                    new.content_hash == other.content_hash,
                ),
            )
            .where(other.root == old)
        )
        total = session.scalar(select(func.count()).where(Document.root == old)) or 0
        if matched and matched >= MOVE_SHARE * total and (best is None or matched > best.matched):
            best = Match(old, matched, total)
    return best
