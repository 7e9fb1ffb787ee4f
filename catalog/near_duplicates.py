"""Near-duplicate groups from MinHash candidates: which documents are one text.

The catalog finds the candidates in SQL (documents sharing a band hash, or the
content hash: ``reports.duplicates``); this module decides which of them are
close enough and joins them into groups. Pure: ids and signatures in, groups
out. The signatures and band hashes themselves are made in :mod:`catalog.similarity`.
"""

from __future__ import annotations

import math
import operator
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from itertools import chain

from catalog.similarity import BANDS, BINS

THRESHOLD = 0.8  # estimated Jaccard similarity of word shingles that makes two texts one
# The thresholds a user may ask for, on the command line and in `catalog serve` alike.
THRESHOLD_RANGE = (0.5, 1.0)


def agreement_needed(threshold: float) -> int:
    """Positions two signatures must agree on to be joined at ``threshold``.

    >>> agreement_needed(0.8)
    52
    """
    return math.ceil(threshold * BINS - 1e-9)


def bands_needed(need: int) -> int:
    """Whole bands a pair agreeing on ``need`` positions shares at least.

    Each position two signatures disagree on breaks at most one band, so a pair
    that agrees on ``need`` positions shares at least this many whole bands (4 of
    16 at 0.8). Pairs sharing fewer are not even looked at: on text that repeats
    stock sentences they are most of the candidates.

    >>> bands_needed(agreement_needed(0.8))
    4
    """
    return max(1, BANDS - (BINS - need))


def agree(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """Positions on which two unpacked signatures agree."""
    return sum(map(operator.eq, a, b))


def candidate_pairs(buckets: list[list[int]], shared: int) -> list[tuple[int, int]]:
    """Pairs of documents found together in at least ``shared`` buckets (bands), smaller id first.

    How many bands two documents share is theirs alone, whichever other
    documents the filters keep, so this runs before the filters are applied.
    """
    in_buckets = Counter(chain.from_iterable(buckets))
    enough = {i for i, k in in_buckets.items() if k >= shared}
    buckets_of: dict[int, list[list[int]]] = defaultdict(list)
    for bucket in buckets:
        kept = [i for i in bucket if i in enough]
        if len(kept) > 1:
            for i in kept:
                buckets_of[i].append(kept)
    found: list[tuple[int, int]] = []
    for a, its in buckets_of.items():
        if len(its) >= shared:
            # Counted in C: on text full of stock sentences most documents share a
            # band or two with many others, and only those sharing enough go on.
            together = Counter(chain.from_iterable(its))
            found.extend((a, b) for b, k in together.items() if k >= shared and b > a)
    return found


def near_groups(
    exact: Iterable[list[int]],
    pairs: Iterable[tuple[int, int]],
    signatures: Mapping[int, tuple[int, ...]],
    need: int,
) -> list[list[int]]:
    """Groups (two members or more) of the documents in ``signatures``.

    Byte-identical copies (``exact``) are one group whatever their signatures; a
    candidate pair whose signatures agree on at least ``need`` positions is
    joined. Groups are connected components, so a chain of close copies is one
    group. Ids not in ``signatures`` (filtered out) take no part.

    >>> near_groups([[7, 9]], [(1, 2), (2, 3)], {1: (5, 6), 2: (5, 6), 3: (0, 6), 7: (), 9: ()}, 2)
    [[7, 9], [1, 2]]
    """
    parts = _Components()
    for copies in exact:
        kept = [i for i in copies if i in signatures]
        for other in kept[1:]:
            parts.union(kept[0], other)
    for a, b in pairs:
        if a not in signatures or b not in signatures or parts.find(a) == parts.find(b):
            continue  # filtered out, or already joined through others
        if agree(signatures[a], signatures[b]) >= need:
            parts.union(a, b)
    return parts.groups()


class _Components:
    """Union-find over document ids: near-duplicate groups are its components."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        root = parent.setdefault(i, i)
        while root != parent[root]:
            root = parent[root]
        while parent[i] != root:  # path compression
            parent[i], i = root, parent[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for i in self.parent:
            found[self.find(i)].append(i)
        return [g for g in found.values() if len(g) > 1]
