"""``catalog export`` / ``catalog import``: a whole catalog moves between backends, nothing lost.

The middle catalog of the round trip is ``db``: SQLite always, PostgreSQL too
when CATALOG_TEST_PG_URL is set, so SQLite → PostgreSQL → SQLite runs there.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import touch_later

from catalog.cli import cli
from catalog.db import Catalog
from catalog.models import Document
from catalog.transfer import tables

Tree = Callable[[dict[str, str | bytes]], Path]


def catalog(db: str, *args: str) -> Any:
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def every_table(db: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, instants as aware UTC (SQLite hands them back naive)."""

    def same(v: Any) -> Any:
        if isinstance(v, dt.datetime) and v.tzinfo is None:
            return v.replace(tzinfo=dt.UTC)
        return v

    cat = Catalog(db)
    try:
        with cat.engine.connect() as conn:
            return {
                t.name: [
                    tuple(same(v) for v in row) for row in conn.execute(t.select().order_by(t.c.id))
                ]
                for t in tables()
            }
    finally:
        cat.close()


@pytest.fixture()
def source(tmp_path: Path, docs: Path, make_tree: Tree) -> str:
    """An SQLite catalog with two runs, a changed and a missing file, load problems."""
    db = str(tmp_path / "source.db")
    catalog(db, "sync", str(docs))
    other = make_tree({"rusak.txt": b"\x00\x01\x02\x03" * 200, "kosong.txt": ""})
    touch_later(docs / "kompas" / "taman.txt", (docs / "kompas" / "taman.txt").read_text() + "\n")
    (docs / "antara" / "garam.txt").unlink()
    catalog(db, "sync", str(docs), str(other))
    return db


def test_round_trip_keeps_every_row_and_the_index(
    tmp_path: Path, source: str, db: str, docs: Path
) -> None:
    exported = tmp_path / "a.jsonl"
    catalog(source, "export", "-o", str(exported))
    catalog(db, "import", str(exported))
    back = tmp_path / "b.jsonl"
    catalog(db, "export", "-o", str(back))
    final = str(tmp_path / "final.db")
    catalog(final, "import", str(back))

    before = every_table(source)
    assert before["documents"] and before["credits"] and before["evidence"]
    assert before["load_problems"] and len(before["sync_runs"]) == 3
    missing_since = [c.name for c in Document.__table__.columns].index("missing_since")
    assert any(row[missing_since] is not None for row in before["documents"])  # a missing file
    assert every_table(db) == before
    assert every_table(final) == before
    assert back.read_bytes() == exported.read_bytes()

    index = catalog(source, "report", "index", "--format", "csv").stdout_bytes
    assert catalog(db, "report", "index", "--format", "csv").stdout_bytes == index
    assert catalog(final, "report", "index", "--format", "csv").stdout_bytes == index
    show = catalog(source, "show", "infopublik/arsip.txt").stdout
    assert catalog(db, "show", "infopublik/arsip.txt").stdout == show


def test_imported_catalog_keeps_syncing(tmp_path: Path, source: str, db: str, docs: Path) -> None:
    """New ids follow the imported ones (PostgreSQL sequences are moved on)."""
    exported = tmp_path / "a.jsonl"
    catalog(source, "export", "-o", str(exported))
    catalog(db, "import", str(exported))
    (docs / "baru.txt").write_text((docs / "kompas" / "taman.txt").read_text() + "Baru.\n")
    out = catalog(db, "sync", str(docs)).stdout
    assert "1 added" in out
    runs = every_table(db)["sync_runs"]
    assert [r[0] for r in runs] == [1, 2, 3, 4]


def test_import_refuses_a_catalog_with_rows(tmp_path: Path, source: str, db: str) -> None:
    exported = tmp_path / "a.jsonl"
    catalog(source, "export", "-o", str(exported))
    catalog(db, "import", str(exported))
    again = CliRunner().invoke(cli, ["--db", db, "import", str(exported)])
    assert again.exit_code == 1
    assert "is not empty" in again.output and "import into a new, empty catalog" in again.output


def test_cut_off_export_imports_nothing(tmp_path: Path, source: str, db: str) -> None:
    exported = tmp_path / "a.jsonl"
    catalog(source, "export", "-o", str(exported))
    cut = tmp_path / "cut.jsonl"
    lines = exported.read_text().splitlines(keepends=True)
    cut.write_text("".join(lines[:-1]))
    res = CliRunner().invoke(cli, ["--db", db, "import", str(cut)])
    assert res.exit_code == 1
    # where the copy stopped: its last line, and the table that line belongs to
    last_table = [json.loads(x)["table"] for x in lines if x.startswith('{"table"')][-1]
    assert f"ends early, after line {len(lines) - 1} (row " in res.output
    assert f"of table {last_table}), with no end line: nothing was imported" in res.output
    assert all(not rows for rows in every_table(db).values())


def test_export_cut_inside_a_record_names_the_line_and_imports_nothing(
    tmp_path: Path, source: str, db: str
) -> None:
    """A copy that stopped mid-line (a full disk, a broken transfer): the error says where;
    the import is one transaction, so the rows before the cut are not kept either."""
    exported = tmp_path / "a.jsonl"
    catalog(source, "export", "-o", str(exported))
    lines = exported.read_text().splitlines(keepends=True)
    # 1-based: the documents' column line, its first row, then the cut second row
    n = next(i for i, x in enumerate(lines) if x.startswith('{"table":"documents"')) + 3
    cut = tmp_path / "cut.jsonl"
    cut.write_text("".join(lines[: n - 1]) + lines[n - 1][:40])
    res = CliRunner().invoke(cli, ["--db", db, "import", str(cut)])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert (
        f"Error: {cut} is cut off inside line {n}, after 40 characters; the last whole line "
        f"is {n - 1} (row 1 of table documents): nothing was imported"
    ) in res.output
    assert all(not rows for rows in every_table(db).values())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not a catalog export"),
        ('{"a": 1}\n', "not a catalog export"),
        ("not json\n", "not JSON"),
        ('{"catalog_export": 1, "revision": "0000", "tables": []}\n', "schema revision 0000"),
    ],
)
def test_not_an_export(tmp_path: Path, db: str, text: str, message: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(text)
    res = CliRunner().invoke(cli, ["--db", db, "import", str(bad)])
    assert res.exit_code == 1
    assert res.output.startswith("Error: ") and message in res.output


def test_nul_characters_are_dropped_and_counted(tmp_path: Path, source: str, db: str) -> None:
    """PostgreSQL text cannot hold NUL: an older SQLite catalog may; import drops them."""
    exported = tmp_path / "a.jsonl"
    catalog(source, "export", "-o", str(exported))
    lines = exported.read_text().splitlines()
    header = None
    for i, line in enumerate(lines):
        obj = json.loads(line)
        if isinstance(obj, dict) and obj.get("table") == "documents":
            header = obj["columns"]
        elif header is not None and isinstance(obj, list):
            obj[header.index("title")] = "Judul\x00 dengan NUL"
            lines[i] = json.dumps(obj, ensure_ascii=False)
            break
    exported.write_text("\n".join(lines) + "\n")
    res = CliRunner().invoke(cli, ["--db", db, "import", str(exported)])
    assert res.exit_code == 0, res.output
    assert "dropped NUL characters from 1 values" in res.output
    titles = [r[7] for r in every_table(db)["documents"]]
    assert "Judul dengan NUL" in titles


def test_export_to_stdout_is_the_file(tmp_path: Path, source: str) -> None:
    to_file = tmp_path / "a.jsonl"
    catalog(source, "export", "-o", str(to_file))
    assert catalog(source, "-q", "export").stdout == to_file.read_text()
