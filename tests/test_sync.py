"""Sync: add, unchanged, change, move, vanish, prune, bad files, dry run, roots, batches, workers."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import ANTARA, INFOPUBLIK, KOMPAS, rows, touch_later
from sqlalchemy import text

from catalog.cli import cli
from catalog.db import Catalog
from catalog.sync import SyncOptions, pipeline, sync_root

Invoke = Callable[..., Any]
Tree = Callable[[dict[str, str | bytes]], Path]

SUMMARY = re.compile(
    r"^(?:dry run: )?(?P<root>/.+): (?P<added>\d+) added, (?P<changed>\d+) changed, "
    r"(?P<moved>\d+) moved, (?P<unchanged>\d+) unchanged, (?P<missing>\d+) missing, "
    r"(?P<failed>\d+) failed(?:, (?P<pruned>\d+) pruned)? in \d+\.\d s"
    r"(?: \(-v lists problems\))?$"
)
COUNTS = ("added", "changed", "moved", "unchanged", "missing", "failed")


def short(title: str, n: int = 0) -> str:
    """A small article in the Kompas layout, different for every title and n."""
    return (
        f"{title}\n"
        f"Senin, {1 + n % 28} Mei 2023 | 10:{n % 60:02d} WIB\n"
        f"SEMARANG, KOMPAS.com - Warga kampung nomor {n} membersihkan saluran air bersama.\n"
        f"Penulis: Dewi Lestari | Editor: Yoga Pratama\n"
    )


def summaries(output: str) -> list[dict[str, Any]]:
    found = []
    for line in output.splitlines():
        m = SUMMARY.match(line)
        if m:
            d: dict[str, Any] = {k: int(m[k]) for k in COUNTS}
            d["root"] = m["root"]
            d["pruned"] = int(m["pruned"] or 0)
            found.append(d)
    return found


def run(invoke: Invoke, *args: str) -> dict[str, Any]:
    """Run ``catalog sync ARGS`` and return the counts of its one summary line."""
    result = invoke("sync", *args)
    assert result.exit_code == 0, result.output
    (summary,) = summaries(result.stdout)
    return summary


def counts(summary: dict[str, Any]) -> tuple[int, ...]:
    return tuple(summary[k] for k in COUNTS)


def db_rows(db: str | Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return rows(str(db), sql, *params)


def documents(db: str | Path) -> dict[str, dict[str, Any]]:
    cat = Catalog(str(db))
    try:
        with cat.engine.connect() as conn:
            found = conn.execute(text("SELECT * FROM documents")).mappings()
            return {r["path"]: dict(r) for r in found}
    finally:
        cat.close()


def credits(db_path: str | Path, path: str, role: str) -> list[str]:
    return [
        r[0]
        for r in db_rows(
            db_path,
            "SELECT c.name_as_written FROM credits c JOIN documents d ON d.id = c.document_id "
            "WHERE d.path = ? AND c.role = ? ORDER BY c.position",
            path,
            role,
        )
    ]


def index_paths(invoke: Invoke) -> list[str]:
    out = invoke("query", "SELECT path FROM v_index ORDER BY path", "--format", "jsonl").stdout
    return re.findall(r'"path": "([^"]+)"', out)


# -- add / unchanged / change -----------------------------------------------------
def test_first_sync_adds_everything(invoke: Invoke, docs: Path, db_path: Path) -> None:
    assert not db_path.exists()
    s = run(invoke, str(docs))
    assert counts(s) == (3, 0, 0, 0, 0, 0)
    assert s["root"] == os.path.realpath(docs)
    rows = documents(db_path)
    assert sorted(rows) == ["antara/garam.txt", "infopublik/arsip.txt", "kompas/taman.txt"]
    for path, row in rows.items():
        assert row["root"] == os.path.realpath(docs)
        assert row["size"] == (docs / path).stat().st_size
        assert row["mtime_ns"] == (docs / path).stat().st_mtime_ns
        assert (
            row["content_hash"]
            == hashlib.blake2b((docs / path).read_bytes(), digest_size=16).hexdigest()
        )
        assert row["first_seen"] and row["last_seen"] and row["missing_since"] is None
    assert credits(db_path, "kompas/taman.txt", "author") == ["Andi Kurniawan"]
    (run_row,) = db_rows(
        db_path,
        "SELECT root, added, changed, moved, unchanged, missing, failed, finished_at FROM sync_runs",
    )
    assert run_row[:7] == (os.path.realpath(docs), 3, 0, 0, 0, 0, 0)
    assert run_row[7] is not None


def test_unchanged_files_are_not_read_again(
    invoke: Invoke, docs: Path, db: str, reads: list[str]
) -> None:
    run(invoke, str(docs))
    # each new file of a site is read by the profile stage, then for extraction
    assert sorted(reads) == sorted(["arsip.txt", "garam.txt", "taman.txt"] * 2)
    before = documents(db)
    reads.clear()
    assert counts(run(invoke, str(docs))) == (0, 0, 0, 3, 0, 0)
    assert reads == []
    after = documents(db)
    assert {p: r["id"] for p, r in after.items()} == {p: r["id"] for p, r in before.items()}
    assert db_rows(db, "SELECT count(*) FROM sync_runs") == [(2,)]


def test_touched_file_is_read_but_counts_unchanged(
    invoke: Invoke, docs: Path, db: str, reads: list[str]
) -> None:
    run(invoke, str(docs))
    path = docs / "antara" / "garam.txt"
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    reads.clear()
    assert counts(run(invoke, str(docs))) == (0, 0, 0, 3, 0, 0)
    assert reads == ["garam.txt"]  # read to compare the hash, nothing else
    assert documents(db)["antara/garam.txt"]["mtime_ns"] == path.stat().st_mtime_ns


def test_changed_file_is_reparsed_in_place(invoke: Invoke, docs: Path, db: str) -> None:
    run(invoke, str(docs))
    before = documents(db)["kompas/taman.txt"]
    new_text = KOMPAS.replace(
        "Warga Bangun Taman Baca di Bekas Pos Ronda", "Taman Baca Kampung Kini Punya Seribu Buku"
    ).replace("Editor: Maria Fransiska", "Editor: Yoga Pratama")
    touch_later(docs / "kompas" / "taman.txt", new_text)
    assert counts(run(invoke, str(docs))) == (0, 1, 0, 2, 0, 0)
    after = documents(db)["kompas/taman.txt"]
    assert after["id"] == before["id"]
    assert after["first_seen"] == before["first_seen"]
    assert after["title"] == "Taman Baca Kampung Kini Punya Seribu Buku"
    assert after["content_hash"] != before["content_hash"]
    assert after["size"] == len(new_text.encode())
    assert credits(db, "kompas/taman.txt", "editor") == ["Yoga Pratama"]
    assert len(documents(db)) == 3
    # The old editor is credited nowhere any more: no orphan person row is left.
    assert db_rows(db, "SELECT count(*) FROM people WHERE name = 'Maria Fransiska'") == [(0,)]
    # Evidence was replaced, not appended to.
    ev = db_rows(
        db,
        "SELECT count(*) FROM evidence WHERE document_id = ? AND raw LIKE '%Maria%'",
        after["id"],
    )
    assert ev == [(0,)]


# -- move / vanish / prune ------------------------------------------------------
def test_rename_keeps_the_row(invoke: Invoke, docs: Path, db: str) -> None:
    run(invoke, str(docs))
    old = documents(db)["kompas/taman.txt"]
    target = docs / "arsip" / "2018" / "taman-baca.txt"
    target.parent.mkdir(parents=True)
    (docs / "kompas" / "taman.txt").rename(target)
    assert counts(run(invoke, str(docs))) == (0, 0, 1, 2, 0, 0)
    rows = documents(db)
    assert "kompas/taman.txt" not in rows
    moved = rows["arsip/2018/taman-baca.txt"]
    assert moved["id"] == old["id"]
    assert moved["title"] == old["title"]
    assert moved["missing_since"] is None
    assert credits(db, "arsip/2018/taman-baca.txt", "author") == ["Andi Kurniawan"]


def test_moved_and_edited_is_new_plus_missing(invoke: Invoke, docs: Path, db: str) -> None:
    run(invoke, str(docs))
    (docs / "kompas" / "taman.txt").unlink()
    (docs / "kompas" / "taman-baru.txt").write_text(KOMPAS + "Tambahan satu kalimat.\n")
    assert counts(run(invoke, str(docs))) == (1, 0, 0, 2, 1, 0)


def test_vanished_file_is_marked_missing_not_deleted(invoke: Invoke, docs: Path, db: str) -> None:
    run(invoke, str(docs))
    saved = (docs / "antara" / "garam.txt").read_bytes()
    old = documents(db)["antara/garam.txt"]
    (docs / "antara" / "garam.txt").unlink()
    assert counts(run(invoke, str(docs))) == (0, 0, 0, 2, 1, 0)
    row = documents(db)["antara/garam.txt"]
    assert row["id"] == old["id"]
    assert row["missing_since"] is not None
    assert row["title"] == old["title"]
    assert "antara/garam.txt" not in index_paths(invoke)
    assert credits(db, "antara/garam.txt", "author") == ["Siti Nurjanah"]

    # Still missing on the next run, and the mark keeps its first time.
    assert counts(run(invoke, str(docs)))[4] == 1
    assert documents(db)["antara/garam.txt"]["missing_since"] == row["missing_since"]

    # Back again: same row, not missing, in the index.
    (docs / "antara" / "garam.txt").write_bytes(saved)
    assert counts(run(invoke, str(docs))) == (0, 0, 0, 3, 0, 0)
    back = documents(db)["antara/garam.txt"]
    assert back["id"] == old["id"] and back["missing_since"] is None
    assert "antara/garam.txt" in index_paths(invoke)


def test_prune_deletes_missing_rows(invoke: Invoke, docs: Path, db: str) -> None:
    run(invoke, str(docs))
    (docs / "antara" / "garam.txt").unlink()
    run(invoke, str(docs))
    assert "antara/garam.txt" in documents(db)
    s = run(invoke, "--prune", str(docs))
    assert s["pruned"] == 1 and s["missing"] == 1
    assert sorted(documents(db)) == ["infopublik/arsip.txt", "kompas/taman.txt"]
    assert db_rows(db, "SELECT count(*) FROM people WHERE name = 'Siti Nurjanah'") == [(0,)]
    assert db_rows(db, "SELECT count(*) FROM sources WHERE name = 'ANTARA'") == [(0,)]
    if "://" not in db:  # PostgreSQL enforces foreign keys as rows go in
        assert db_rows(db, "PRAGMA foreign_key_check") == []
    assert counts(run(invoke, "--prune", str(docs))) == (0, 0, 0, 2, 0, 0)


def test_prune_in_the_same_run_as_the_vanishing(invoke: Invoke, docs: Path, db: str) -> None:
    run(invoke, str(docs))
    (docs / "kompas" / "taman.txt").unlink()
    s = run(invoke, "--prune", str(docs))
    assert s["pruned"] == 1
    assert "kompas/taman.txt" not in documents(db)


# -- bad files --------------------------------------------------------------------
BAD = {
    "rusak/biner.txt": bytes(range(8)) * 300,
    "rusak/kosong.txt": b"",
    "rusak/lama.txt": b"Kabar dari Bandung\nBandung (ANTARA) - Kafe \x93Merdeka\x94 dibuka lagi.\n",
}


def test_bad_files_become_load_problems_and_the_sync_goes_on(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    root = make_tree({"antara/garam.txt": ANTARA, "kompas/taman.txt": KOMPAS, **BAD})
    result = invoke("sync", str(root))
    assert result.exit_code == 0, result.output
    (s,) = summaries(result.stdout)
    assert counts(s) == (3, 0, 0, 0, 0, 2)
    assert result.stdout.rstrip().endswith("(-v lists problems)")
    assert sorted(documents(db)) == ["antara/garam.txt", "kompas/taman.txt", "rusak/lama.txt"]
    # read as cp1252, not given up on: the curly quotes come through as such
    assert "Kafe “Merdeka” dibuka lagi." in documents(db)["rusak/lama.txt"]["body"]
    problems = {
        r[0]: r[1:] for r in db_rows(db, "SELECT path, stage, severity, message FROM load_problems")
    }
    assert problems["rusak/biner.txt"][:2] == ("read", "error")
    assert "binary" in problems["rusak/biner.txt"][2]
    assert problems["rusak/kosong.txt"] == ("read", "error", "empty file")
    assert problems["rusak/lama.txt"][:2] == ("read", "warning")
    assert "cp1252" in problems["rusak/lama.txt"][2]
    assert db_rows(db, "SELECT failed FROM sync_runs") == [(2,)]


def test_verbose_lists_problems(invoke: Invoke, make_tree: Tree) -> None:
    root = make_tree({"a.txt": ANTARA, **BAD})
    result = invoke("-v", "sync", str(root))
    assert result.exit_code == 0
    assert "rusak/kosong.txt: read: empty file" in result.stderr
    assert "rusak/biner.txt: read: binary" in result.stderr
    assert "(-v lists problems)" not in result.stdout


def test_good_file_turned_bad_keeps_what_the_catalog_had(
    invoke: Invoke, docs: Path, db: str
) -> None:
    run(invoke, str(docs))
    before = documents(db)["infopublik/arsip.txt"]
    path = docs / "infopublik" / "arsip.txt"
    st = path.stat()
    path.write_bytes(bytes(range(8)) * 300)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    s = run(invoke, str(docs))
    assert s["failed"] == 1 and s["missing"] == 0 and s["changed"] == 0
    after = documents(db)["infopublik/arsip.txt"]
    assert after["title"] == before["title"]
    assert after["content_hash"] == before["content_hash"]
    assert after["missing_since"] is None
    assert credits(db, "infopublik/arsip.txt", "author") == ["Rizky Pratama"]
    assert "infopublik/arsip.txt" in index_paths(invoke)
    # Emptied: same story.
    touch_later(path, "")
    assert run(invoke, str(docs))["failed"] == 1
    assert documents(db)["infopublik/arsip.txt"]["title"] == before["title"]


def test_extractor_crash_is_a_load_problem(
    invoke: Invoke, docs: Path, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.extract

    def fragile(text: str, **kwargs: Any) -> Any:
        if "Sumenep" in text:
            raise ValueError("aturan rusak")
        return real(text, **kwargs)

    monkeypatch.setattr(pipeline, "extract", fragile)
    s = run(invoke, str(docs))
    assert counts(s) == (2, 0, 0, 0, 0, 1)
    assert db_rows(db, "SELECT path, stage, message FROM load_problems") == [
        ("antara/garam.txt", "extract", "ValueError: aturan rusak")
    ]


def test_file_vanishing_during_the_sync(
    invoke: Invoke, docs: Path, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.loader_for

    def racing(path: str) -> Any:
        if path.endswith("garam.txt") and os.path.exists(path):
            os.unlink(path)  # once, by whichever stage looks at it first
        return real(path)

    monkeypatch.setattr(pipeline, "loader_for", racing)
    s = run(invoke, str(docs))
    assert s["added"] == 2 and s["failed"] == 1
    assert db_rows(db, "SELECT message FROM load_problems") == [
        ("vanished while the sync was running",)
    ]


# -- dry run --------------------------------------------------------------------
def test_dry_run_without_a_catalog_creates_nothing(
    invoke: Invoke, docs: Path, db_path: Path
) -> None:
    result = invoke("sync", "--dry-run", str(docs))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("dry run: ")
    (s,) = summaries(result.stdout)
    assert counts(s) == (3, 0, 0, 0, 0, 0)
    assert not db_path.exists()
    assert list(db_path.parent.glob(db_path.name + "*")) == []


def _fingerprint(db_path: Path) -> tuple[str, list[tuple[Any, ...]]]:
    data = hashlib.sha256(db_path.read_bytes()).hexdigest()
    tables = ("documents", "credits", "people", "sources", "evidence", "sync_runs", "load_problems")
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        rows = [tuple(conn.execute(f"SELECT * FROM {t} ORDER BY id")) for t in tables]
    finally:
        conn.close()
    return data, rows


def test_dry_run_on_a_catalog_writes_nothing(invoke: Invoke, docs: Path, db_path: Path) -> None:
    run(invoke, str(docs))
    touch_later(docs / "kompas" / "taman.txt", KOMPAS.replace("Sekelompok", "Beberapa"))
    (docs / "antara" / "garam.txt").rename(docs / "antara" / "garam-madura.txt")
    (docs / "infopublik" / "arsip.txt").unlink()
    (docs / "baru.txt").write_text(short("Jalan Tol Baru Dibuka"), encoding="utf-8")
    (docs / "kosong.txt").write_bytes(b"")
    before = _fingerprint(db_path)
    result = invoke("sync", "--dry-run", str(docs))
    assert result.exit_code == 0, result.output
    (s,) = summaries(result.stdout)
    assert counts(s) == (1, 1, 1, 0, 1, 1)
    assert _fingerprint(db_path) == before
    # The real sync then does what the dry run said.
    assert counts(run(invoke, str(docs))) == counts(s)


# -- selection, layout, roots -----------------------------------------------------
def test_glob_selects_files(invoke: Invoke, make_tree: Tree, db: str) -> None:
    root = make_tree({"a.txt": ANTARA, "b.md": KOMPAS, "c/d.md": INFOPUBLIK, "c/e.txt.bak": ANTARA})
    assert run(invoke, "--glob", "*.md", str(root))["added"] == 2
    assert sorted(documents(db)) == ["b.md", "c/d.md"]


def test_default_glob_is_txt_in_any_case(invoke: Invoke, make_tree: Tree, db: str) -> None:
    root = make_tree({"a.txt": ANTARA, "b.md": KOMPAS, "c.TXT": INFOPUBLIK})
    run(invoke, str(root))
    assert sorted(documents(db)) == ["a.txt", "c.TXT"]


def test_case_sensitive_globs(invoke: Invoke, make_tree: Tree, db: str) -> None:
    root = make_tree({"a.txt": ANTARA, "b.md": KOMPAS, "c.TXT": INFOPUBLIK})
    run(invoke, "--case-sensitive", str(root))
    assert sorted(documents(db)) == ["a.txt"]


def test_a_sync_that_matches_no_file_says_what_it_skipped(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    root = make_tree({"a.html": "<p>x</p>", "b/c.html": "<p>y</p>", "d.jsonl": "{}\n"})
    result = invoke("sync", "-q", str(root))
    assert result.exit_code == 0, result.output
    assert counts(summaries(result.stdout)[0]) == (0, 0, 0, 0, 0, 0)
    assert result.stderr == (
        f"{root}: no *.txt files; 2 .html and 1 .jsonl files were skipped: add --glob '*.html'\n"
    )
    empty = make_tree({})
    empty.mkdir()
    result = invoke("sync", str(empty))
    assert result.stderr == f"{empty}: no *.txt files: the folder holds no files\n"
    # a sync that found files says nothing of the kind
    result = invoke("sync", "--glob", "*.html", "--glob", "*.jsonl", str(root))
    assert "no *.html" not in result.output and "skipped" not in result.output


def test_nested_folders_relative_paths_with_slash(invoke: Invoke, make_tree: Tree, db: str) -> None:
    deep = "/".join(["arsip", "2024", "09", "19", "pagi"])
    root = make_tree({f"{deep}/garam.txt": ANTARA, "atas.txt": KOMPAS})
    run(invoke, str(root))
    rows = documents(db)
    assert sorted(rows) == [f"{deep}/garam.txt", "atas.txt"]
    assert all("\\" not in p and not p.startswith("/") for p in rows)


def test_root_given_relatively_or_through_a_symlink_is_the_same_root(
    invoke: Invoke, docs: Path, db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(invoke, str(docs))
    link = tmp_path / "pintasan"
    link.symlink_to(docs, target_is_directory=True)
    assert counts(run(invoke, str(link))) == (0, 0, 0, 3, 0, 0)
    monkeypatch.chdir(docs.parent)
    assert counts(run(invoke, docs.name)) == (0, 0, 0, 3, 0, 0)
    assert len(documents(db)) == 3


def test_second_root(invoke: Invoke, make_tree: Tree, db: str) -> None:
    one = make_tree({"berita.txt": ANTARA, "satu.txt": KOMPAS})
    two = make_tree({"berita.txt": INFOPUBLIK})
    result = invoke("sync", str(one), str(two))
    assert result.exit_code == 0
    s1, s2 = summaries(result.stdout)
    assert (s1["root"], s1["added"]) == (os.path.realpath(one), 2)
    assert (s2["root"], s2["added"]) == (os.path.realpath(two), 1)
    roots = db_rows(db, "SELECT root, path FROM documents ORDER BY root, path")
    assert roots == [
        (os.path.realpath(one), "berita.txt"),
        (os.path.realpath(one), "satu.txt"),
        (os.path.realpath(two), "berita.txt"),
    ]
    # Syncing one root alone leaves the other root's rows alone.
    (one / "satu.txt").unlink()
    assert counts(run(invoke, str(one))) == (0, 0, 0, 1, 1, 0)
    assert db_rows(db, "SELECT count(*) FROM documents WHERE missing_since IS NULL") == [(2,)]
    # Same content under another root is a new document there, not a move.
    (two / "satu.txt").write_text(KOMPAS, encoding="utf-8")
    assert counts(run(invoke, str(two))) == (1, 0, 0, 1, 0, 0)


def test_summary_line_format(invoke: Invoke, docs: Path) -> None:
    result = invoke("sync", str(docs))
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert re.fullmatch(
        re.escape(os.path.realpath(docs))
        + r": 3 added, 0 changed, 0 moved, 0 unchanged, 0 missing, 0 failed in \d+\.\d s",
        lines[0],
    )


def test_quiet_still_prints_the_summary(invoke: Invoke, docs: Path) -> None:
    result = invoke("-q", "sync", str(docs))
    assert len(summaries(result.stdout)) == 1


def test_symlinks_through_the_cli(invoke: Invoke, make_tree: Tree, tmp_path: Path, db: str) -> None:
    outside = make_tree({"rahasia.txt": KOMPAS})
    root = make_tree({"a.txt": ANTARA, "sub/b.txt": INFOPUBLIK})
    (root / "luar.txt").symlink_to(outside / "rahasia.txt")
    (root / "dalam.txt").symlink_to(root / "a.txt")
    assert run(invoke, str(root))["added"] == 2
    s = run(invoke, "--follow-symlinks", str(root))
    assert s["added"] == 1  # dalam.txt only
    assert "luar.txt" not in documents(db)
    warned = db_rows(db, "SELECT path, stage, severity FROM load_problems")
    assert ("luar.txt", "discover", "warning") in warned


def test_undecodable_file_name_is_stored_printable(invoke: Invoke, tmp_path: Path, db: str) -> None:
    root = tmp_path / "nama"
    root.mkdir()
    with open(os.fsencode(str(root)) + b"/kabar-\xe9.txt", "wb") as fh:
        fh.write(ANTARA.encode())
    (root / "baris\nbaru.txt").write_text(KOMPAS, encoding="utf-8")
    assert run(invoke, str(root))["added"] == 2
    assert sorted(documents(db)) == ["baris\nbaru.txt", "kabar-\\xe9.txt"]
    assert counts(run(invoke, str(root))) == (0, 0, 0, 2, 0, 0)


def test_max_bytes_reads_a_head_and_hashes_everything(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    body = "Kalimat tambahan tentang pembangunan jembatan desa. " * 200
    root = make_tree({"panjang.txt": KOMPAS + body})
    run(invoke, "--max-bytes", "1024", str(root))
    row = documents(db)["panjang.txt"]
    data = (root / "panjang.txt").read_bytes()
    assert row["size"] == len(data)
    assert row["content_hash"] == hashlib.blake2b(data, digest_size=16).hexdigest()
    assert row["title"] == "Warga Bangun Taman Baca di Bekas Pos Ronda"
    (msg,) = db_rows(db, "SELECT message FROM load_problems WHERE severity = 'warning'")
    assert "first 1024" in msg[0]


# -- batches and workers ----------------------------------------------------------
def test_small_batches_store_everything(db: str, make_tree: Tree) -> None:
    root = make_tree({f"f{i:02d}.txt": short(f"Kabar Nomor {i}", i) for i in range(23)})
    cat = Catalog(db)
    cat.open(create=True)
    with cat.session() as session:
        result = sync_root(session, str(root), SyncOptions(jobs=1, batch=5))
    cat.close()
    assert result.added == 23
    assert db_rows(db, "SELECT count(*) FROM documents") == [(23,)]


def test_interrupted_sync_keeps_finished_batches(
    db: str, make_tree: Tree, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_tree({f"f{i:02d}.txt": short(f"Kabar Nomor {i}", i) for i in range(12)})
    real = pipeline.read_and_extract
    done: list[int] = []

    def dies_at_eleven(job: Any) -> Any:
        done.append(1)
        if len(done) == 11:
            raise KeyboardInterrupt
        return real(job)

    monkeypatch.setattr(pipeline, "read_and_extract", dies_at_eleven)
    cat = Catalog(db)
    cat.open(create=True)
    with cat.session() as session, pytest.raises(KeyboardInterrupt):
        sync_root(session, str(root), SyncOptions(jobs=1, batch=5))
    cat.close()
    assert db_rows(db, "SELECT count(*) FROM documents") == [(10,)]
    if "://" not in db:
        assert db_rows(db, "PRAGMA integrity_check") == [("ok",)]
    # The next sync finishes the work.
    monkeypatch.setattr(pipeline, "read_and_extract", real)
    cat = Catalog(db)
    cat.open()
    with cat.session() as session:
        result = sync_root(session, str(root), SyncOptions(jobs=1))
    cat.close()
    assert (result.added, result.unchanged) == (2, 10)


def _index(runner: CliRunner, db: Path) -> str:
    result = runner.invoke(cli, ["--db", str(db), "report", "index", "--format", "csv"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_workers_give_the_same_index_as_in_process(
    runner: CliRunner, make_tree: Tree, tmp_path: Path
) -> None:
    """More files than BATCH and than PARALLEL_THRESHOLD: batches and worker processes."""
    n = max(pipeline.BATCH, pipeline.PARALLEL_THRESHOLD) + 20
    files: dict[str, str | bytes] = {
        f"d{i % 9}/berita{i:04d}.txt": short(f"Kabar Kampung {i}", i) for i in range(n)
    }
    files["d0/kosong.txt"] = b""
    root = make_tree(files)
    out = {}
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.db"
        result = runner.invoke(cli, ["--db", str(db), "sync", "--jobs", jobs, str(root)])
        assert result.exit_code == 0, result.output
        (s,) = summaries(result.stdout)
        assert counts(s) == (n, 0, 0, 0, 0, 1)
        assert db_rows(db, "SELECT count(*) FROM documents") == [(n,)]
        out[jobs] = _index(runner, db)
    assert out["1"] == out["2"]
    assert len(out["1"].splitlines()) == n + 1


# -- progress without a terminal (issue 12.11) --------------------------------------
def test_progress_without_a_terminal_is_a_line_every_few_seconds(
    runner: CliRunner, db: str, make_tree: Tree, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog import cli as cli_module

    root = make_tree({f"f{i}.txt": short(f"Kabar Nomor {i}", i) for i in range(3)})
    # CliRunner's stderr is no terminal, as under cron; every step is "a few seconds" here.
    monkeypatch.setattr(cli_module._Progress, "INTERVAL", 0.0)
    result = runner.invoke(cli, ["--db", db, "sync", "--jobs", "1", str(root)])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    # the walk first, then the files read: each line names the root
    assert [line.split(" (")[0] for line in lines] == [
        f"{root}: 1 files found",
        f"{root}: 2 files found",
        f"{root}: 3 files found",
        f"{root}: 0 of 3 files",
        f"{root}: 1 of 3 files",
        f"{root}: 2 of 3 files",
        f"{root}: 3 of 3 files",
    ]
    assert all(re.fullmatch(r".*: .* of 3 files \([\d,]+ files/s\)", line) for line in lines[3:])
    assert "files found" not in result.stdout and " of 3 files" not in result.stdout
    touch_later(root / "f0.txt", short("Kabar Lain", 9))
    quiet = runner.invoke(cli, ["--db", db, "sync", "-q", str(root)])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_progress_lines_wait_their_interval(
    runner: CliRunner, db: str, make_tree: Tree, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog import cli as cli_module

    root = make_tree({f"f{i}.txt": short(f"Kabar Nomor {i}", i) for i in range(3)})
    monkeypatch.setattr(cli_module._Progress, "INTERVAL", 3600.0)
    result = runner.invoke(cli, ["--db", db, "sync", str(root)])
    assert result.exit_code == 0 and result.stderr == ""
