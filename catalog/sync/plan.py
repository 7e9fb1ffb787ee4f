"""Decide, from stat data alone, what each file needs: nothing, a read, or a mark."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from catalog.store import Known
from catalog.sync.discover import FileStat


@dataclass
class Plan:
    unchanged: list[int] = field(default_factory=list)  # document ids
    to_read: list[tuple[FileStat, Known | None]] = field(default_factory=list)
    vanished: dict[str, Known] = field(default_factory=dict)  # path -> known, not on disk now


def make_plan(files: Iterable[FileStat], known: Mapping[str, Known]) -> Plan:
    """Sort the files on disk against what the catalog knows.

    A file with the size and mtime on record is unchanged and never read; any
    other file is read (new, changed, moved, or back after being missing).
    Paths on record that are not on disk any more are ``vanished``.
    """
    plan = Plan()
    seen: set[str] = set()
    for f in files:
        seen.add(f.rel)
        k = known.get(f.rel)
        if k is not None and not k.missing and k.size == f.size and k.mtime_ns == f.mtime_ns:
            plan.unchanged.append(k.id)
        else:
            plan.to_read.append((f, k))
    plan.vanished = {p: k for p, k in known.items() if p not in seen}
    return plan
