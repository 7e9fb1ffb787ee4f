"""Hostile and broken input: each case is a recorded load problem or a correct document,
and the sync goes on without losing what the catalog already holds."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from tests_support import GOOD

from catalog.db import Catalog
from catalog.sync import SyncOptions, sync_root

Tree = Callable[[dict[str, str | bytes]], Path]


def sync(db: Path, root: Path, **kw: object) -> object:
    cat = Catalog(str(db))
    cat.open(create=True)
    with cat.session() as session:
        result = sync_root(session, str(root), SyncOptions(jobs=1, **kw))  # type: ignore[arg-type]
    cat.close()
    return result


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def problems(db: Path) -> dict[str, str]:
    return {p: m for p, m in rows(db, "SELECT path, message FROM load_problems")}


CASES: list[tuple[str, bytes, str | None]] = [
    # name, content, expected problem message part (None: becomes a document)
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \t\n", "empty"),
    ("binary.txt", bytes(range(256)) * 64, "binary"),
    ("latin1.txt", "Caf\u00e9 di Jakarta, InfoPublik \u2013 warga".encode("cp1252"), "cp1252"),
    ("utf16.txt", GOOD.encode("utf-16"), None),
    ("nul.txt", GOOD.encode().replace(b"\n", b"\n\x00", 3), None),
    ("bom.txt", b"\xef\xbb\xbf" + GOOD.encode(), None),
    ("one_line.txt", b"Jakarta, InfoPublik - " + b"kata " * 200_000, None),
    ("digits.txt", b"1" * 300_000 + b"\n" + b"-|" * 100_000, None),
]


@pytest.mark.parametrize(("name", "content", "problem"), CASES, ids=[c[0] for c in CASES])
def test_each_bad_file_is_a_problem_or_a_document(
    tmp_path: Path, make_tree: Tree, name: str, content: bytes, problem: str | None
) -> None:
    root = make_tree({"good.txt": GOOD, name: content})
    db = tmp_path / "c.db"
    sync(db, root)
    paths = {p for (p,) in rows(db, "SELECT path FROM documents")}
    assert "good.txt" in paths
    if problem is None:
        assert name in paths
        text = rows(db, f"SELECT body FROM documents WHERE path = '{name}'")[0][0]
        assert "\x00" not in str(text)
    else:
        assert problem in problems(db).get(name, ""), problems(db)


def test_big_file_reads_a_head_but_hashes_everything(tmp_path: Path, make_tree: Tree) -> None:
    big = GOOD.encode() + b"kalimat pengisi yang panjang sekali. " * (50 * 1024 * 1024 // 37)
    root = make_tree({"big.txt": big})
    db = tmp_path / "c.db"
    sync(db, root, max_bytes=256 * 1024)
    (size, authors) = rows(
        db, "SELECT d.size, v.authors FROM documents d JOIN v_index v ON v.document_id = d.id"
    )[0]
    assert size == len(big)
    assert authors == "Rizky Pratama"
    assert "only the first" in problems(db)["big.txt"]
    # Changing a byte past the head changes the hash: the file is re-parsed, not skipped.
    with (root / "big.txt").open("r+b") as fh:
        fh.seek(len(big) - 10)
        fh.write(b"X")
    st = (root / "big.txt").stat()
    os.utime(root / "big.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    result = sync(db, root, max_bytes=256 * 1024)
    assert result.changed == 1  # type: ignore[attr-defined]


def test_deep_folders(tmp_path: Path) -> None:
    root = tmp_path / "deep"
    p = root
    for i in range(120):
        p = p / f"d{i}"
    p.mkdir(parents=True)
    (p / "deep.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "c.db"
    sync(db, root)
    (path,) = rows(db, "SELECT path FROM documents")[0]
    assert str(path).count("/") == 120


def test_symlinks_loop_and_outside(tmp_path: Path, make_tree: Tree) -> None:
    outside = make_tree({"secret.txt": GOOD})
    root = make_tree({"a/good.txt": GOOD})
    (root / "a" / "loop").symlink_to(root / "a", target_is_directory=True)
    (root / "out").symlink_to(outside, target_is_directory=True)
    (root / "link.txt").symlink_to(outside / "secret.txt")
    db = tmp_path / "c.db"
    sync(db, root)
    assert {p for (p,) in rows(db, "SELECT path FROM documents")} == {"a/good.txt"}
    sync(db, root, follow_symlinks=True)
    paths = {p for (p,) in rows(db, "SELECT path FROM documents WHERE missing_since IS NULL")}
    assert "a/good.txt" in paths
    assert not any("secret" in str(p) for p in paths)
    assert any("loop" in m for m in problems(db).values())


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path, make_tree: Tree) -> None:
    root = make_tree({"good.txt": GOOD, "locked.txt": GOOD.replace("Rizky", "Dewi")})
    (root / "locked.txt").chmod(0)
    db = tmp_path / "c.db"
    sync(db, root)
    assert "permission" in problems(db)["locked.txt"]


def test_file_deleted_during_sync_is_a_problem(
    tmp_path: Path, make_tree: Tree, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog.sync import pipeline

    root = make_tree({"a.txt": GOOD, "b.txt": GOOD.replace("Rizky", "Dewi")})
    real = pipeline.read_and_extract

    def vanish_then_read(job):  # type: ignore[no-untyped-def]
        f, _ = job
        if f.rel == "b.txt" and os.path.exists(f.abspath):
            os.unlink(f.abspath)
        return real(job)

    monkeypatch.setattr(pipeline, "read_and_extract", vanish_then_read)
    db = tmp_path / "c.db"
    sync(db, root)
    assert "vanished" in problems(db)["b.txt"]
    assert {p for (p,) in rows(db, "SELECT path FROM documents")} == {"a.txt"}


def test_file_rewritten_during_sync_is_caught_next_time(
    tmp_path: Path, make_tree: Tree, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog.sync import pipeline

    root = make_tree({"a.txt": GOOD})
    real = pipeline.read_and_extract

    def rewrite_after_stat(job):  # type: ignore[no-untyped-def]
        f, _ = job
        Path(f.abspath).write_text(GOOD.replace("Rizky Pratama", "Dewi Lestari"), encoding="utf-8")
        os.utime(f.abspath, ns=(f.mtime_ns + 10**9, f.mtime_ns + 10**9))
        return real(job)

    monkeypatch.setattr(pipeline, "read_and_extract", rewrite_after_stat)
    db = tmp_path / "c.db"
    sync(db, root)
    monkeypatch.setattr(pipeline, "read_and_extract", real)
    # The stored stat is the one seen before the rewrite, so the next sync re-reads the file.
    result = sync(db, root)
    assert result.unchanged + result.changed == 1  # type: ignore[attr-defined]
    assert rows(db, "SELECT authors FROM v_index") == [("Dewi Lestari",)]


def test_odd_file_names(tmp_path: Path) -> None:
    root = tmp_path / "odd"
    root.mkdir()
    (root / "baris\nbaru.txt").write_text(GOOD, encoding="utf-8")
    (root / os.fsdecode(b"nama\xff.txt")).write_text(GOOD, encoding="utf-8")
    db = tmp_path / "c.db"
    sync(db, root)
    paths = {p for (p,) in rows(db, "SELECT path FROM documents")}
    assert "baris\nbaru.txt" in paths
    assert "nama\\xff.txt" in paths
    # A second sync sees both as unchanged (names map the same way every time).
    result = sync(db, root)
    assert result.unchanged == 2  # type: ignore[attr-defined]


def test_catalog_content_survives_a_bad_rewrite(tmp_path: Path, make_tree: Tree) -> None:
    root = make_tree({"a.txt": GOOD})
    db = tmp_path / "c.db"
    sync(db, root)
    (root / "a.txt").write_bytes(bytes(range(256)) * 64)  # now binary
    st = (root / "a.txt").stat()
    os.utime(root / "a.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    sync(db, root)
    assert rows(db, "SELECT authors FROM v_index") == [("Rizky Pratama",)]
    assert "binary" in problems(db)["a.txt"]


def test_permission_denied_is_a_problem(
    tmp_path: Path, make_tree: Tree, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as chmod 0 for a normal user (the test may run as root, who reads anything)."""
    import builtins

    from catalog.loaders import files as file_opener

    root = make_tree({"good.txt": GOOD, "locked.txt": GOOD.replace("Rizky", "Dewi")})
    real_open = builtins.open

    def guarded(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(file_opener, "open", guarded, raising=False)
    db = tmp_path / "c.db"
    sync(db, root)
    assert "permission" in problems(db)["locked.txt"]
    assert {p for (p,) in rows(db, "SELECT path FROM documents")} == {"good.txt"}
