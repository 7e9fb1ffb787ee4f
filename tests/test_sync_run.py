"""``catalog.sync.sync_catalog``: the whole sync as one library call, without click;
what an interrupted run records; the lock file that stays behind no more (issue 12)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ANTARA, INFOPUBLIK, KOMPAS, rows

from catalog.db import Catalog
from catalog.errors import CatalogError, Interrupted, LockedError
from catalog.locking import sync_lock
from catalog.sync import Progress, SyncOptions, sync_catalog

Tree = Callable[[dict[str, str | bytes]], Path]


def test_a_script_syncs_a_catalog_with_one_call(db: str, make_tree: Tree) -> None:
    root = make_tree({"a/arsip.txt": INFOPUBLIK, "b/garam.txt": ANTARA})
    catalog = Catalog(db)
    try:
        (first,) = sync_catalog(catalog, [str(root)], SyncOptions(jobs=1))
        (again,) = sync_catalog(catalog, [str(root)], SyncOptions(jobs=1))
    finally:
        catalog.close()
    assert (first.added, first.unchanged) == (2, 0)
    assert (again.added, again.unchanged) == (0, 2)
    assert rows(db, "SELECT count(*) FROM documents") == [(2,)]


def test_a_script_gets_the_same_errors_as_the_command(db: str, make_tree: Tree) -> None:
    root = make_tree({"arsip.txt": INFOPUBLIK})
    catalog = Catalog(db)
    try:
        with pytest.raises(CatalogError, match="is not a folder: it is a file"):
            sync_catalog(catalog, [str(root / "arsip.txt")])
        with pytest.raises(CatalogError, match="is not a folder: it does not exist"):
            sync_catalog(catalog, [str(root / "tidak-ada")])
    finally:
        catalog.close()


class _StopAt(Progress):
    """Tells of every file, and stops the sync as a signal would after ``at`` files."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.done = 0
        self.told: list[tuple[str, int, int]] = []

    def reading(self, root: str, total: int, done: int) -> None:
        self.told.append((root, total, done))
        self.done = done

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.done == self.at:
            raise Interrupted(signal.SIGINT)


def test_an_interrupted_run_records_what_it_added(db: str, make_tree: Tree) -> None:
    """Its sync_runs row counts the files its committed batches hold, not 0."""
    root = make_tree({f"f{i}.txt": text for i, text in enumerate([INFOPUBLIK, ANTARA, KOMPAS])})
    catalog = Catalog(db)
    try:
        with pytest.raises(Interrupted) as stopped:
            # batches of 2 files: the first is committed, the third file is not
            sync_catalog(catalog, [str(root)], SyncOptions(jobs=1, batch=2), progress=_StopAt(3))
    finally:
        catalog.close()
    assert stopped.value.stored == 2
    assert rows(db, "SELECT count(*) FROM documents") == [(2,)]
    assert rows(db, "SELECT added, changed, failed, finished_at FROM sync_runs") == [
        (2, 0, 0, None)
    ]


def test_progress_hears_of_unchanged_files_as_done(db: str, make_tree: Tree) -> None:
    root = make_tree({"a.txt": INFOPUBLIK, "b.txt": ANTARA})
    catalog = Catalog(db)
    try:
        sync_catalog(catalog, [str(root)], SyncOptions(jobs=1))
        told = _StopAt(0)
        sync_catalog(catalog, [str(root)], SyncOptions(jobs=1), progress=told)
    finally:
        catalog.close()
    assert told.told == [(str(root.resolve()), 2, 2)]


# -- the lock file ---------------------------------------------------------------------
def test_no_lock_file_stays_beside_the_catalog(db_path: Path, make_tree: Tree) -> None:
    root = make_tree({"a.txt": INFOPUBLIK})
    catalog = Catalog(str(db_path))
    try:
        sync_catalog(catalog, [str(root)])
        with sync_lock(catalog):
            assert (db_path.parent / "catalog.db.lock").exists()  # while a sync holds it
    finally:
        catalog.close()
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["catalog.db", root.name]


def test_the_lock_passes_to_one_waiter_only(db_path: Path) -> None:
    """The holder deletes the file as it lets go: a waiter that locked that file must not
    think it holds the catalog while a newcomer locks a new file at the same name."""
    catalog = Catalog(str(db_path))
    held, release, taken, done = (threading.Event() for _ in range(4))
    order: list[str] = []

    def first() -> None:
        with sync_lock(catalog):
            held.set()
            release.wait(10)
            order.append("first lets go")

    def second() -> None:
        held.wait(10)
        with sync_lock(catalog, wait=10):
            order.append("second holds")
            taken.set()
            done.wait(10)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    try:
        assert held.wait(10)
        with (
            pytest.raises(LockedError, match=r"another sync is running \(pid \d+"),
            sync_lock(catalog),
        ):
            pass
        release.set()
        assert taken.wait(10)
        # the file the first holder locked is gone; the newcomer must find the second's
        with pytest.raises(LockedError, match="another sync is running"), sync_lock(catalog):
            pass
    finally:
        release.set()
        done.set()
        for t in threads:
            t.join(10)
    assert order == ["first lets go", "second holds"]
    assert not (db_path.parent / "catalog.db.lock").exists()
