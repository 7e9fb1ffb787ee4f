"""Discovery: which files a sync sees under a root, and how their paths are written."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from catalog.sync.discover import WalkProblem, printable, walk

Tree = Callable[[dict[str, str | bytes]], Path]
TEXT = "Ambon – Nelayan kembali melaut setelah gelombang tinggi reda.\n"


def rels(root: Path, pattern: str = "*.txt", **kw: object) -> list[str]:
    return sorted(f.rel for f in walk(str(root), pattern, **kw))  # type: ignore[arg-type]


def test_nested_folders_relative_paths_with_slash(make_tree: Tree) -> None:
    root = make_tree(
        {
            "a.txt": TEXT,
            "daerah/maluku/b.txt": TEXT,
            "daerah/maluku/kota/ambon/c.txt": TEXT,
        }
    )
    found = list(walk(str(root)))
    assert sorted(f.rel for f in found) == [
        "a.txt",
        "daerah/maluku/b.txt",
        "daerah/maluku/kota/ambon/c.txt",
    ]
    for f in found:
        assert os.path.isabs(f.abspath) or f.abspath.startswith(str(root))
        assert f.size == len(TEXT.encode())
        assert f.mtime_ns == os.stat(f.abspath).st_mtime_ns


@pytest.mark.parametrize(
    ("pattern", "ignore_case", "wanted"),
    [
        ("*.txt", True, ["a.txt", "sub/c.txt", "sub/d.TXT"]),
        ("*.txt", False, ["a.txt", "sub/c.txt"]),
        ("*.TXT", True, ["a.txt", "sub/c.txt", "sub/d.TXT"]),
        ("*.md", True, ["b.md"]),
        ("*", True, ["a.txt", "b.md", "sub/c.txt", "sub/d.TXT"]),
        ("c*", True, ["sub/c.txt"]),
        ("D*", False, []),
    ],
)
def test_glob(make_tree: Tree, pattern: str, ignore_case: bool, wanted: list[str]) -> None:
    root = make_tree({"a.txt": TEXT, "b.md": TEXT, "sub/c.txt": TEXT, "sub/d.TXT": TEXT})
    assert rels(root, pattern, ignore_case=ignore_case) == wanted


def test_files_that_match_no_glob_are_counted_by_suffix(make_tree: Tree) -> None:
    root = make_tree(
        {"a.txt": TEXT, "b.HTML": TEXT, "c/d.html": TEXT, "e.jsonl.gz": b"", "README": TEXT}
    )
    skipped: Counter[str] = Counter()
    assert [f.rel for f in walk(str(root), "*.txt", skipped=skipped)] == ["a.txt"]
    assert skipped == Counter({".html": 2, ".jsonl.gz": 1, "": 1})


def test_very_deep_folders(make_tree: Tree) -> None:
    deep = "/".join(f"d{i}" for i in range(60))
    root = make_tree({f"{deep}/dalam.txt": TEXT})
    assert rels(root) == [f"{deep}/dalam.txt"]


def test_symlinks_not_followed_by_default(make_tree: Tree) -> None:
    root = make_tree({"asli/a.txt": TEXT})
    (root / "tautan.txt").symlink_to(root / "asli" / "a.txt")
    (root / "folder-tautan").symlink_to(root / "asli", target_is_directory=True)
    assert rels(root) == ["asli/a.txt"]


def test_symlinks_inside_root_followed_when_asked(make_tree: Tree) -> None:
    root = make_tree({"asli/a.txt": TEXT})
    (root / "tautan.txt").symlink_to(root / "asli" / "a.txt")
    (root / "folder-tautan").symlink_to(root / "asli", target_is_directory=True)
    # The linked folder is the same (device, inode) as asli/: walked once only.
    found = rels(root, follow_symlinks=True)
    assert "tautan.txt" in found
    assert "asli/a.txt" in found or "folder-tautan/a.txt" in found
    assert len([r for r in found if r.endswith("a.txt")]) == 1


def test_symlink_loop_with_follow_terminates(make_tree: Tree) -> None:
    root = make_tree({"a/b/c.txt": TEXT})
    (root / "a" / "b" / "balik").symlink_to(root / "a", target_is_directory=True)
    (root / "a" / "ke-akar").symlink_to(root, target_is_directory=True)
    problems: list[WalkProblem] = []
    found = sorted(f.rel for f in walk(str(root), follow_symlinks=True, problems=problems))
    assert found == ["a/b/c.txt"]
    skipped = {p.rel for p in problems}
    assert {"a/b/balik", "a/ke-akar"} <= skipped
    assert any("loop" in p.message for p in problems if p.rel == "a/b/balik")


def test_symlink_outside_root_skipped_even_with_follow(make_tree: Tree, tmp_path: Path) -> None:
    outside = tmp_path / "luar"
    outside.mkdir()
    (outside / "rahasia.txt").write_text(TEXT, encoding="utf-8")
    root = make_tree({"a.txt": TEXT})
    (root / "luar-file.txt").symlink_to(outside / "rahasia.txt")
    (root / "luar-folder").symlink_to(outside, target_is_directory=True)
    assert rels(root) == ["a.txt"]
    problems: list[WalkProblem] = []
    found = sorted(f.rel for f in walk(str(root), follow_symlinks=True, problems=problems))
    assert found == ["a.txt"]
    assert {p.rel for p in problems} == {"luar-file.txt", "luar-folder"}
    assert all("outside the root" in p.message for p in problems)


def test_sibling_folder_with_root_as_prefix_is_outside(tmp_path: Path) -> None:
    root = tmp_path / "berita"
    sibling = tmp_path / "berita-lain"
    root.mkdir()
    sibling.mkdir()
    (sibling / "x.txt").write_text(TEXT, encoding="utf-8")
    (root / "x.txt").symlink_to(sibling / "x.txt")
    assert rels(root, follow_symlinks=True) == []


def test_dangling_symlink_with_follow_is_skipped(make_tree: Tree) -> None:
    root = make_tree({"a.txt": TEXT})
    (root / "putus.txt").symlink_to(root / "tidak-ada.txt")
    assert rels(root, follow_symlinks=True) == ["a.txt"]


def test_undecodable_file_name_stored_printable(tmp_path: Path) -> None:
    root = tmp_path / "nama"
    root.mkdir()
    raw = os.fsencode(str(root)) + b"/berita-\xff\xfe.txt"
    with open(raw, "wb") as fh:
        fh.write(TEXT.encode())
    (found,) = list(walk(str(root)))
    assert found.rel == "berita-\\xff\\xfe.txt"
    found.rel.encode("utf-8")  # storable
    assert os.path.exists(found.abspath)  # still opens the real file


def test_file_name_with_newline(tmp_path: Path) -> None:
    root = tmp_path / "nama"
    root.mkdir()
    (root / "baris\nbaru.txt").write_text(TEXT, encoding="utf-8")
    assert rels(root) == ["baris\nbaru.txt"]


@pytest.mark.parametrize(
    ("name", "shown"),
    [("biasa.txt", "biasa.txt"), ("kafé.txt", "kafé.txt"), ("a\udcffb", "a\\xffb")],
)
def test_printable(name: str, shown: str) -> None:
    assert printable(name) == shown


def test_order_is_stable(make_tree: Tree) -> None:
    root = make_tree({f"{c}/{n}.txt": TEXT for c in "cab" for n in "zyx"})
    first = [f.rel for f in walk(str(root))]
    assert first == [f.rel for f in walk(str(root))]
    assert sorted(first) == sorted(set(first))
