"""catalog check and catalog backup."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path

from click.testing import CliRunner

from catalog.cli import cli


def invoke(db: Path, *args: str) -> object:
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def test_check_passes_on_a_fresh_sync(tmp_path: Path, docs: Path) -> None:
    db = tmp_path / "c.db"
    assert invoke(db, "sync", str(docs)).exit_code == 0  # type: ignore[attr-defined]
    res = invoke(db, "check")
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    assert "3 files on disk match the catalog" in res.output  # type: ignore[attr-defined]


def test_check_reports_changed_and_missing_files(tmp_path: Path, docs: Path) -> None:
    db = tmp_path / "c.db"
    invoke(db, "sync", str(docs))
    (docs / "antara" / "garam.txt").unlink()
    (docs / "kompas" / "taman.txt").write_text("Berita baru sama sekali.\n", encoding="utf-8")
    res = invoke(db, "check")
    assert res.exit_code == 1  # type: ignore[attr-defined]
    out = res.output  # type: ignore[attr-defined]
    assert "1 files in the catalog are gone from disk" in out
    assert "1 files changed since the last sync" in out
    assert out.rstrip().endswith("Error: 2 problems found")


def test_check_finds_files_whose_names_are_not_utf8(tmp_path: Path, docs: Path) -> None:
    odd = docs / "antara" / os.fsdecode(b"garam\xff.txt")
    (docs / "antara" / "garam.txt").rename(odd)
    db = tmp_path / "c.db"
    assert invoke(db, "sync", str(docs)).exit_code == 0  # type: ignore[attr-defined]
    res = invoke(db, "check")
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    assert "3 files on disk match the catalog" in res.output  # type: ignore[attr-defined]
    odd.unlink()
    res = invoke(db, "check")
    assert res.exit_code == 1  # type: ignore[attr-defined]
    assert f"{docs}/antara/garam\\xff.txt" in res.output  # type: ignore[attr-defined]


def test_check_counts_a_jsonl_file_once_and_finds_it(tmp_path: Path, docs: Path) -> None:
    line = json.dumps(
        {"url": "https://warta.example/a/1", "text": "Jakarta - Warga menanam pohon."}
    )
    (docs / "warta.jsonl").write_text(f"{line}\n{line}\n", encoding="utf-8")
    db = tmp_path / "c.db"
    res = invoke(db, "sync", "--glob", "*.txt", "--glob", "*.jsonl", str(docs))
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    res = invoke(db, "check")
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    assert "4 files on disk match the catalog" in res.output  # type: ignore[attr-defined]


def test_check_reports_orphans_and_broken_foreign_keys(tmp_path: Path, docs: Path) -> None:
    db = tmp_path / "c.db"
    invoke(db, "sync", str(docs))
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO people (key, name) VALUES ('tak bertuan', 'Tak Bertuan')")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE credits SET person_id = 99999 WHERE id = (SELECT min(id) FROM credits)")
    conn.commit()
    conn.close()
    res = invoke(db, "check")
    assert res.exit_code == 1  # type: ignore[attr-defined]
    assert "break foreign keys" in res.output  # type: ignore[attr-defined]
    assert "orphan rows" in res.output  # type: ignore[attr-defined]


def test_backup_is_a_consistent_copy_while_a_reader_holds_a_transaction(
    tmp_path: Path, docs: Path
) -> None:
    db = tmp_path / "c.db"
    invoke(db, "sync", str(docs))
    reader = sqlite3.connect(db)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM documents").fetchone()
    done = threading.Event()
    result: list[object] = []

    def run() -> None:
        result.append(invoke(db, "backup", str(tmp_path / "copy.db")))
        done.set()

    threading.Thread(target=run).start()
    assert done.wait(30)
    reader.rollback()
    reader.close()
    assert result[0].exit_code == 0, result[0].output  # type: ignore[attr-defined]
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("SELECT count(*) FROM documents").fetchone() == (3,)
    copy.close()
    # The copy is a working catalog.
    assert invoke(tmp_path / "copy.db", "report", "index").exit_code == 0  # type: ignore[attr-defined]


def test_backup_refuses_to_overwrite_without_force(tmp_path: Path, docs: Path) -> None:
    db = tmp_path / "c.db"
    invoke(db, "sync", str(docs))
    (tmp_path / "exists.db").write_bytes(b"keep me")
    res = invoke(db, "backup", str(tmp_path / "exists.db"))
    assert res.exit_code == 1  # type: ignore[attr-defined]
    assert "exists" in res.output  # type: ignore[attr-defined]
    assert (tmp_path / "exists.db").read_bytes() == b"keep me"
    assert invoke(db, "backup", "--force", str(tmp_path / "exists.db")).exit_code == 0  # type: ignore[attr-defined]
    res = invoke(db, "backup", str(db))
    assert res.exit_code == 1  # type: ignore[attr-defined]


def test_backup_makes_the_folder_it_is_to_go_into(tmp_path: Path, docs: Path) -> None:
    db = tmp_path / "c.db"
    invoke(db, "sync", str(docs))
    res = invoke(db, "backup", str(tmp_path / "backups" / "2024" / "c-0919.db"))
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    assert invoke(tmp_path / "backups" / "2024" / "c-0919.db", "check").exit_code == 0  # type: ignore[attr-defined]
    # a name ending in / is a folder: the copy keeps the catalog's name inside it
    res = invoke(db, "backup", f"{tmp_path / 'harian'}/")
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    assert (tmp_path / "harian" / "c.db").is_file()


def test_every_command_is_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    names = []
    for name, command in cli.commands.items():
        sub = getattr(command, "commands", None)
        names.extend(f"catalog {name} {s}" for s in sub) if sub else names.append(f"catalog {name}")
    missing = [n for n in names if n not in readme]
    assert missing == []


def test_check_notes_files_not_yet_in_the_catalog(tmp_path: Path, docs: Path) -> None:
    """A new file of a kind the root holds is noted (not a problem: a crawl goes on)."""
    db = tmp_path / "c.db"
    invoke(db, "sync", str(docs))
    (docs / "kompas" / "baru.txt").write_text("Berita baru.\n", encoding="utf-8")
    (docs / "kompas" / "gambar.png").write_bytes(b"\x89PNG")  # no document is a .png
    res = invoke(db, "check")
    out = res.output  # type: ignore[attr-defined]
    assert res.exit_code == 0, out  # type: ignore[attr-defined]
    assert "note    1 files on disk are not in the catalog yet (run sync to add them)" in out
    assert f"          {docs.resolve()}/kompas/baru.txt" in out
    assert "gambar.png" not in out


def test_check_as_json(tmp_path: Path, docs: Path) -> None:
    db = tmp_path / "c.db"
    invoke(db, "sync", str(docs))
    (docs / "antara" / "garam.txt").unlink()
    res = invoke(db, "check", "--format", "json")
    assert res.exit_code == 1  # type: ignore[attr-defined]
    out = json.loads(res.stdout)  # type: ignore[attr-defined]
    assert out["problems"] == 1
    (gone,) = [f for f in out["findings"] if f["status"] == "problem"]
    assert gone["what"].startswith("1 files in the catalog are gone from disk")
    assert gone["details"] == [f"{docs.resolve()}/antara/garam.txt"]
    assert {"status": "ok", "what": "integrity_check", "details": []} in out["findings"]
