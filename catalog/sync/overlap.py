"""Refuse sync roots of which one holds another: their files would be counted twice."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from catalog.errors import CatalogError


def check_overlap(new: Sequence[str], known: Iterable[str]) -> None:
    """Refuse roots (absolute, as a sync stores them) of which one holds another, among
    themselves or with the roots the catalog has; the same root again is fine."""

    def inside(a: str, b: str) -> bool:
        return a != b and a.startswith(b.rstrip("/") + "/")

    known = list(known)
    for i, root in enumerate(new):
        for other in known:
            if inside(root, other):
                raise CatalogError(
                    f"{root} is inside {other}, a root the catalog already holds, so its files "
                    f"would be counted twice: sync {other} instead, `catalog forget {other}` "
                    "first, or pass --allow-overlap"
                )
            if inside(other, root):
                raise CatalogError(
                    f"{root} holds {other}, a root the catalog already holds, so its files "
                    f"would be counted twice: `catalog forget {other}` first, or pass "
                    "--allow-overlap"
                )
        for other in new[:i]:
            if inside(root, other) or inside(other, root):
                raise CatalogError(
                    f"{other} and {root} overlap, so their files would be counted twice: "
                    "sync one of them, or pass --allow-overlap"
                )
