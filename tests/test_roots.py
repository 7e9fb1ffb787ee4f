"""Sync roots: ``catalog roots``, ``catalog forget ROOT``, and overlapping roots refused."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ANTARA, INFOPUBLIK, KOMPAS, rows
from tests_support import user_error

Invoke = Callable[..., Any]
Tree = Callable[[dict[str, str | bytes]], Path]


@pytest.fixture()
def two_roots(invoke: Invoke, make_tree: Tree) -> tuple[Path, Path]:
    tree = make_tree(
        {"antara/garam.txt": ANTARA, "antara/arsip.txt": INFOPUBLIK, "kompas/taman.txt": KOMPAS}
    )
    for folder in ("antara", "kompas"):
        assert invoke("sync", str(tree / folder)).exit_code == 0
    return tree / "antara", tree / "kompas"


def listed(invoke: Invoke) -> dict[str, tuple[str, ...]]:
    result = invoke("roots", "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "root,present,missing,last_sync,on_disk"
    return {
        line.split(",")[0]: tuple(line.split(",")[1:3] + line.split(",")[4:]) for line in lines[1:]
    }


def test_roots_lists_counts_and_whether_the_folder_is_there(
    invoke: Invoke, two_roots: tuple[Path, Path]
) -> None:
    antara, kompas = two_roots
    assert listed(invoke) == {str(antara): ("2", "0", "yes"), str(kompas): ("1", "0", "yes")}
    (antara / "garam.txt").unlink()
    invoke("sync", str(antara))
    shutil.rmtree(kompas)
    assert listed(invoke) == {str(antara): ("1", "1", "yes"), str(kompas): ("1", "0", "no")}


def test_forget_asks_then_removes_only_what_the_root_holds(
    invoke: Invoke, two_roots: tuple[Path, Path], db: str
) -> None:
    antara, kompas = two_roots
    kept = invoke("forget", str(kompas), input="n\n")
    assert kept.exit_code == 1
    assert f"Forget {kompas} and its 1 documents (0 of them missing on disk)?" in kept.output
    assert rows(db, "SELECT count(*) FROM documents") == [(3,)]
    shutil.rmtree(kompas)  # a root whose folder is gone can be forgotten too
    done = invoke("forget", str(kompas), input="y\n")
    assert done.exit_code == 0, done.output
    assert done.stdout.endswith(f"forgot {kompas}: 1 documents, 1 sync runs\n")
    assert rows(db, "SELECT DISTINCT root FROM documents") == [(str(antara),)]
    assert rows(db, "SELECT DISTINCT root FROM sync_runs") == [(str(antara),)]
    # KOMPAS.com and its people were named by the forgotten root alone
    assert rows(db, "SELECT name FROM sources ORDER BY name") == [("ANTARA",), ("InfoPublik",)]
    people = {name for (name,) in rows(db, "SELECT name FROM people")}
    assert "Andi Kurniawan" not in people and "Siti Nurjanah" in people
    search = invoke("search", "taman baca", "--format", "csv")
    assert search.stdout.splitlines()[1:] == []
    assert list(listed(invoke)) == [str(antara)]


def test_forget_with_yes_and_an_unknown_root(
    invoke: Invoke, two_roots: tuple[Path, Path], tmp_path: Path
) -> None:
    antara, kompas = two_roots
    user_error(invoke("forget", "--yes", str(tmp_path / "lain")), "is not a root of this catalog")
    done = invoke("forget", "--yes", str(antara) + "/")
    assert done.exit_code == 0, done.output
    assert list(listed(invoke)) == [str(kompas)]


def test_a_root_inside_or_above_a_known_root_is_refused(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    tree = make_tree({"berita/antara/garam.txt": ANTARA, "berita/kompas/taman.txt": KOMPAS})
    assert invoke("sync", str(tree / "berita" / "antara")).exit_code == 0
    user_error(
        invoke("sync", str(tree / "berita")),
        f"{tree / 'berita'} holds {tree / 'berita' / 'antara'}, a root the catalog already holds",
        f"`catalog forget {tree / 'berita' / 'antara'}` first, or pass --allow-overlap",
    )
    user_error(
        invoke("sync", "--dry-run", str(tree / "berita")), "a root the catalog already holds"
    )
    assert invoke("sync", str(tree / "berita" / "kompas")).exit_code == 0  # a sibling is fine
    assert invoke("sync", str(tree / "berita" / "antara")).exit_code == 0  # the same root again
    assert rows(db, "SELECT count(*) FROM documents") == [(2,)]
    # the same root spelled otherwise is the same root
    assert invoke("sync", str(tree / "berita" / "antara" / ".")).exit_code == 0
    allowed = invoke("sync", "--allow-overlap", str(tree / "berita"))
    assert allowed.exit_code == 0, allowed.output
    assert rows(db, "SELECT count(*) FROM documents") == [(4,)]


def test_a_root_inside_a_known_root_and_two_overlapping_in_one_sync(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    tree = make_tree({"berita/antara/garam.txt": ANTARA})
    assert invoke("sync", str(tree / "berita")).exit_code == 0
    user_error(
        invoke("sync", str(tree / "berita" / "antara")),
        f"{tree / 'berita' / 'antara'} is inside {tree / 'berita'}",
        f"sync {tree / 'berita'} instead",
    )
    other = make_tree({"a/b/garam.txt": ANTARA})
    user_error(invoke("sync", str(other / "a"), str(other / "a" / "b")), "overlap")
    assert rows(db, "SELECT count(*) FROM documents") == [(1,)]


# -- a moved crawl folder: recognised, moved, pruned (issue 12.2) ---------------------
@pytest.fixture()
def moved(invoke: Invoke, make_tree: Tree, db: str) -> tuple[Path, Path, dict[str, int]]:
    """devA synced, then renamed devB; returns (devA, devB, the ids devA's documents had)."""
    tree = make_tree(
        {"devA/antara/garam.txt": ANTARA, "devA/arsip.txt": INFOPUBLIK, "devA/taman.txt": KOMPAS}
    )
    old, new = tree / "devA", tree / "devB"
    assert invoke("sync", str(old)).exit_code == 0
    ids = dict(rows(db, "SELECT path, id FROM documents"))
    old.rename(new)
    return old, new, ids


def hint(old: Path, new: Path) -> str:
    return f"`catalog roots move {old} {new}` keeps their ids, evidence and history"


def test_a_sync_of_a_moved_folder_says_so(
    invoke: Invoke, moved: tuple[Path, Path, dict[str, int]]
) -> None:
    old, new, _ids = moved
    result = invoke("sync", str(new))
    assert result.exit_code == 0, result.output
    summary, line = result.stdout.splitlines()
    assert summary.startswith(f"{new}: 3 added")
    assert line.startswith(f"{new}: 3 of the 3 documents of {old}, whose folder is gone, are here")
    assert line.endswith(hint(old, new))
    again = invoke("sync", str(new))  # nothing added: nothing to say
    assert hint(old, new) not in again.output


def test_roots_move_after_the_sync_keeps_ids_evidence_and_history(
    invoke: Invoke, moved: tuple[Path, Path, dict[str, int]], db: str
) -> None:
    old, new, ids = moved
    assert invoke("sync", str(new)).exit_code == 0
    assert rows(db, "SELECT count(*) FROM documents") == [(6,)]  # the doubling, until the move
    done = invoke("roots", "move", str(old), str(new))
    assert done.exit_code == 0, done.output
    assert done.stdout == f"moved 3 documents from {old} to {new}, 3 copies from its sync dropped\n"
    assert dict(rows(db, "SELECT path, id FROM documents WHERE root = ?", str(new))) == ids
    assert rows(db, "SELECT count(*) FROM documents") == [(3,)]
    assert rows(db, "SELECT DISTINCT root FROM sync_runs") == [(str(new),)]
    assert rows(db, "SELECT count(*) FROM sync_runs") == [(2,)]  # devA's run, and devB's
    assert list(listed(invoke)) == [str(new)]
    show = invoke("show", "arsip.txt")
    assert show.exit_code == 0 and "Rizky Pratama" in show.stdout and "line 4" in show.stdout
    authors = invoke("report", "authors", "--format", "csv").stdout
    assert "Rizky Pratama,1," in authors  # counted once, not twice
    resync = invoke("sync", str(new))
    assert resync.stdout.startswith(f"{new}: 0 added, 0 changed, 0 moved, 3 unchanged")


def test_roots_move_before_any_sync_of_the_new_folder(
    invoke: Invoke, moved: tuple[Path, Path, dict[str, int]], db: str
) -> None:
    old, new, ids = moved
    done = invoke("roots", "move", str(old), str(new))
    assert done.stdout == f"moved 3 documents from {old} to {new}\n"
    assert dict(rows(db, "SELECT path, id FROM documents")) == ids
    resync = invoke("sync", str(new))
    assert resync.stdout.startswith(f"{new}: 0 added, 0 changed, 0 moved, 3 unchanged")


def test_roots_move_leaves_a_changed_or_deleted_file_to_the_next_sync(
    invoke: Invoke, moved: tuple[Path, Path, dict[str, int]], db: str
) -> None:
    old, new, ids = moved
    (new / "taman.txt").write_text(KOMPAS.replace("taman baca", "taman bacaan"), encoding="utf-8")
    (new / "arsip.txt").unlink()
    synced = invoke("sync", str(new))
    assert synced.exit_code == 0, synced.output
    # 1 of 3 same: below the share that makes it a move, so no offer
    assert hint(old, new) not in synced.stdout
    done = invoke("roots", "move", str(old), str(new))
    assert done.exit_code == 0, done.output
    assert (
        done.stdout.splitlines()[1]
        == f"2 of them differ from or are not in {new}: run `catalog sync {new}`"
    )
    resync = invoke("sync", str(new))
    assert resync.stdout.startswith(f"{new}: 0 added, 1 changed, 0 moved, 1 unchanged, 1 missing")
    assert dict(rows(db, "SELECT path, id FROM documents")) == ids


def test_roots_move_refuses_what_is_not_a_move(
    invoke: Invoke, moved: tuple[Path, Path, dict[str, int]], make_tree: Tree, tmp_path: Path
) -> None:
    old, new, _ids = moved
    user_error(invoke("roots", "move", str(tmp_path / "lain"), str(new)), "is not a root")
    other = make_tree({"x.txt": ANTARA})
    assert invoke("sync", str(other)).exit_code == 0
    user_error(invoke("roots", "move", str(other), str(new)), f"{other} is still there")
    assert invoke("roots", "move", str(old), str(tmp_path / "tidak-ada")).exit_code == 2
    user_error(invoke("roots", "move", str(old), str(other.parent)), "holds", str(other))


def test_sync_prune_of_a_root_whose_folder_vanished(
    invoke: Invoke, moved: tuple[Path, Path, dict[str, int]], db: str
) -> None:
    old, _new, _ids = moved
    result = invoke("sync", "--prune", str(old))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{old}: 0 added, 0 changed, 0 moved, 0 unchanged, 3 missing")
    assert "3 pruned" in result.stdout and result.stderr == ""
    assert rows(db, "SELECT count(*) FROM documents") == [(0,)]
    assert rows(db, "SELECT count(*) FROM people") == [(0,)]
    # without --prune, or for a folder that was never a root, it is still a mistake
    user_error(invoke("sync", str(old)), "is not a folder: it does not exist")
    user_error(invoke("sync", "--prune", str(old.parent / "lain")), "is not a folder")
