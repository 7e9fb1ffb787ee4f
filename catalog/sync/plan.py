"""Decide, from stat data alone, what each file needs: nothing, a read, or a mark."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from catalog.records import Known
from catalog.sync.discover import FileStat

# A new file has no documents in the catalog yet: one shared empty mapping for all
# of them, not a dict each (a first sync of a million files plans a million reads).
NO_PRIORS: Mapping[str, Known] = MappingProxyType({})


@dataclass
class Plan:
    unchanged: list[int] = field(default_factory=list)  # document ids
    # each file to read, with every document the catalog holds from it (path -> known)
    to_read: list[tuple[FileStat, Mapping[str, Known]]] = field(default_factory=list)
    vanished: dict[str, Known] = field(default_factory=dict)  # path -> known, not on disk now


def make_plan(files: Iterable[FileStat], known: Mapping[str, Known]) -> Plan:
    """Sort the files on disk against what the catalog knows.

    The file is the unit: a file whose documents (itself, or its records
    ``file#N``) all have the size and mtime on record is unchanged and never
    read; any other file is read (new, changed, moved, or back after being
    missing). Documents of files not on disk any more are ``vanished``, and so
    are records still missing from a file that has not changed since.
    """
    # Records (``file.jsonl#N``) grouped by their file; a plain file is its own one
    # document, looked up by path (the common case: one dict lookup a file).
    records: dict[str, dict[str, Known]] = defaultdict(dict)
    for path, k in known.items():
        if k.record is not None:
            records[Known.file_of(path, k.record)][path] = k
    plan = Plan()
    seen: set[str] = set()
    for f in files:
        rel = f.rel
        seen.add(rel)
        own = known.get(rel)
        if rel not in records:
            if (
                own is not None
                and not own.missing
                and own.size == f.size
                and own.mtime_ns == f.mtime_ns
            ):
                plan.unchanged.append(own.id)
            else:
                plan.to_read.append((f, NO_PRIORS if own is None else {rel: own}))
            continue
        mine = {rel: own, **records[rel]} if own is not None else records[rel]
        present = [k for k in mine.values() if not k.missing]
        if present and all(k.size == f.size and k.mtime_ns == f.mtime_ns for k in present):
            plan.unchanged.extend(k.id for k in present)
            plan.vanished.update((p, k) for p, k in mine.items() if k.missing)
        else:
            plan.to_read.append((f, mine))
    for path, k in known.items():
        if (path if k.record is None else Known.file_of(path, k.record)) not in seen:
            plan.vanished[path] = k
    return plan
