"""``catalog query``: one read-only statement; every write path refused, file untouched."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import rows

from catalog.db import Catalog
from catalog.errors import QueryRefused, QueryTimeout
from catalog.query import run_query

Invoke = Callable[..., Any]
TABLES = ("documents", "people", "credits", "sources", "evidence", "sync_runs", "load_problems")
RUNAWAY = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


@pytest.fixture()
def synced(invoke: Invoke, docs: Path, db: str) -> str:
    result = invoke("sync", str(docs))
    assert result.exit_code == 0, result.output
    return db


def counts(db: str) -> dict[str, int]:
    return {t: rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def fingerprint(db: str | Path) -> Any:
    """On SQLite the file bytes too; on a server, what the catalog holds."""
    if "://" in str(db):
        return counts(str(db)), rows(str(db), "SELECT version_num FROM alembic_version")
    return _file_fingerprint(Path(db))


def _file_fingerprint(db_path: Path) -> tuple[dict[str, str], dict[str, int], list[str], int]:
    """Bytes of the catalog (and any WAL), row counts, schema and user_version."""
    files = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(db_path.parent.glob(db_path.name + "*"))
        if not p.name.endswith((".lock", "-shm"))
    }
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        schema = [r[0] for r in conn.execute("SELECT sql FROM sqlite_master ORDER BY name")]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    return files, counts, schema, version


def rows_of(output: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(output)))


# -- reading ------------------------------------------------------------------
def test_select_with_named_parameters(invoke: Invoke, synced: str) -> None:
    result = invoke(
        "query",
        "SELECT path, dateline FROM v_index WHERE source = :s AND dateline = :d",
        "-p", "s", "KOMPAS.com",
        "-p", "d", "BOGOR",
        "--format", "csv",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert rows_of(result.stdout) == [["path", "dateline"], ["kompas/taman.txt", "BOGOR"]]


def test_json_of_a_blob(invoke: Invoke, synced: str) -> None:
    sql = "SELECT '\\x00ff'::bytea AS b" if "://" in synced else "SELECT x'00ff' AS b"
    result = invoke("query", sql, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"b": {"$base64": True, "encoded": "AP8="}}]


def test_parameter_text_is_never_sql(invoke: Invoke, synced: str) -> None:
    result = invoke(
        "query", "SELECT count(*) AS n FROM documents WHERE path = :p",
        "-p", "p", "x' OR '1'='1",
        "--format", "json",
    )  # fmt: skip
    assert json.loads(result.stdout) == [{"n": 0}]


def test_missing_parameter_is_a_user_error(invoke: Invoke, synced: str) -> None:
    result = invoke("query", "SELECT :nope")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
def test_formats(invoke: Invoke, synced: str, fmt: str) -> None:
    result = invoke("query", "SELECT path, views FROM v_index ORDER BY path", "--format", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    wanted = [
        ("antara/garam.txt", None),
        ("infopublik/arsip.txt", 512),
        ("kompas/taman.txt", None),
    ]
    if fmt == "csv":
        assert rows_of(out) == [
            ["path", "views"],
            *([p, "" if v is None else str(v)] for p, v in wanted),
        ]
    elif fmt == "json":
        assert json.loads(out) == [{"path": p, "views": v} for p, v in wanted]
    elif fmt == "jsonl":
        assert [json.loads(x) for x in out.splitlines()] == [
            {"path": p, "views": v} for p, v in wanted
        ]
    else:
        lines = out.splitlines()
        assert lines[0].split() == ["path", "views"]
        assert lines[3].split() == ["infopublik/arsip.txt", "512"]
        assert len(lines) == 5


@pytest.mark.parametrize(
    ("name", "fmt", "check"),
    [
        ("out.csv", None, lambda t: rows_of(t)[0] == ["path"]),  # table → csv by suffix
        ("out.json", "json", lambda t: len(json.loads(t)) == 3),
        ("out.jsonl", "jsonl", lambda t: len(t.splitlines()) == 3),
    ],
)
def test_output_file(
    invoke: Invoke, synced: str, tmp_path: Path, name: str, fmt: str | None, check: Any
) -> None:
    out = tmp_path / name
    args = ["query", "SELECT path FROM documents", "-o", str(out)]
    if fmt:
        args += ["--format", fmt]
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert check(out.read_text(encoding="utf-8"))


def test_limit(invoke: Invoke, synced: str) -> None:
    result = invoke(
        "query", "SELECT path FROM documents ORDER BY path", "--limit", "2", "--format", "jsonl"
    )
    assert [json.loads(x)["path"] for x in result.stdout.splitlines()] == [
        "antara/garam.txt",
        "infopublik/arsip.txt",
    ]


def test_limit_stops_an_endless_query(invoke: Invoke, synced: str) -> None:
    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"
    result = invoke("query", endless, "--limit", "3", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert rows_of(result.stdout) == [["x"], ["1"], ["2"], ["3"]]


@pytest.mark.sqlite_only
def test_reading_pragmas_allowed(invoke: Invoke, synced: str) -> None:
    for sql in ("PRAGMA user_version", "PRAGMA journal_mode", "PRAGMA integrity_check"):
        result = invoke("query", sql, "--format", "csv")
        assert result.exit_code == 0, (sql, result.output)


@pytest.mark.sqlite_only
def test_schema_introspection_pragmas_allowed(invoke: Invoke, synced: str) -> None:
    """People writing SQL look the columns up; that reads and must work."""
    for sql in (
        "PRAGMA index_list(documents)",
        "PRAGMA foreign_key_list(credits)",
        "PRAGMA integrity_check(10)",
    ):
        result = invoke("query", sql, "--format", "csv")
        assert result.exit_code == 0, (sql, result.output)
    result = invoke("query", "PRAGMA table_info(v_index)", "--format", "csv")
    names = [row[1] for row in rows_of(result.stdout)[1:]]
    assert {"path", "authors", "editors", "views"} <= set(names)


# -- refusing -------------------------------------------------------------------
WRITES = [
    "INSERT INTO sources (key, name) VALUES ('tempo', 'Tempo')",
    "UPDATE documents SET title = 'Diganti'",
    "DELETE FROM documents",
    "REPLACE INTO sources (id, key, name) VALUES (1, 'x', 'x')",
    "INSERT OR REPLACE INTO people (key, name) VALUES ('a', 'A')",
    "WITH x AS (SELECT 1) DELETE FROM credits",
    "CREATE TABLE catatan (x)",
    "CREATE TEMP TABLE catatan (x)",
    "DROP TABLE documents",
    "DROP VIEW v_index",
    "ALTER TABLE documents ADD COLUMN catatan TEXT",
    "ALTER TABLE documents RENAME TO dokumen",
    "CREATE VIEW v_baru AS SELECT 1",
    "CREATE INDEX ix_judul ON documents (title)",
    "CREATE TRIGGER tr AFTER INSERT ON sources BEGIN DELETE FROM documents; END",
    "ATTACH DATABASE '{tmp}/lain.db' AS lain",
    "ATTACH DATABASE ':memory:' AS mem",
    "DETACH DATABASE main",
    "VACUUM",
    "VACUUM INTO '{tmp}/salinan.db'",
    "PRAGMA user_version = 5",
    "PRAGMA user_version=5",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA journal_mode=DELETE",
    "PRAGMA query_only = OFF",
    "PRAGMA foreign_keys = OFF",
    "PRAGMA wal_checkpoint(TRUNCATE)",
    "SELECT * FROM pragma_journal_mode('delete')",
    "SELECT load_extension('/tmp/tidak_ada.so')",
    "SELECT 1; DELETE FROM documents",
    "SELECT 1; SELECT 2",
    "BEGIN",
    "BEGIN IMMEDIATE",
    "COMMIT",
    "SAVEPOINT s1",
    "ANALYZE",
    "REINDEX",
]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("sql", WRITES)
def test_write_paths_refused_and_file_unchanged(
    invoke: Invoke, synced: str, tmp_path: Path, sql: str
) -> None:
    sql = sql.replace("{tmp}", str(tmp_path))
    before = fingerprint(synced)
    result = invoke("query", sql)
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ")
    assert "only reads" in lines[0] or "one SQL statement" in lines[0]
    assert "Traceback" not in result.output
    assert fingerprint(synced) == before
    assert not (tmp_path / "lain.db").exists()
    assert not (tmp_path / "salinan.db").exists()


# What PostgreSQL must refuse: a second statement (its COMMIT would end READ ONLY),
# data-modifying WITH, writes hidden in functions, every other kind of statement.
SERVER_WRITES = [
    "SELECT 1; COMMIT; INSERT INTO sources (id, key, name) VALUES (99, 'x', 'x')",
    "SELECT 1; DELETE FROM documents",
    "COMMIT; DELETE FROM documents",
    "WITH x AS (DELETE FROM credits RETURNING id) SELECT count(*) FROM x",
    "SELECT nextval(pg_get_serial_sequence('sync_runs', 'id'))",
    "SELECT setval(pg_get_serial_sequence('sync_runs', 'id'), 1000)",
    "INSERT INTO sources (id, key, name) VALUES (99, 'x', 'x')",
    "UPDATE documents SET title = 'Diganti'",
    "DELETE FROM documents",
    "TRUNCATE documents CASCADE",
    "CREATE TABLE catatan (x int)",
    "CREATE TEMP TABLE catatan (x int)",
    "DROP VIEW v_index",
    "ALTER TABLE documents ADD COLUMN catatan TEXT",
    "SET default_transaction_read_only = off",
    "SET statement_timeout = 0",
    "BEGIN",
    "VACUUM",
    "ANALYZE",
    "COPY documents TO STDOUT",
    "/* hi */ DELETE FROM documents",
]


def test_server_write_paths_refused(invoke: Invoke, synced: str, backend: str) -> None:
    if backend == "sqlite":
        pytest.skip("on SQLite: test_write_paths_refused_and_file_unchanged")
    before = fingerprint(synced)
    for sql in SERVER_WRITES:
        result = invoke("query", sql)
        assert result.exit_code == 1, (sql, result.output)
        (line,) = result.output.strip().splitlines()
        assert line.startswith("Error: ")
        assert "only reads" in line or "one SQL statement" in line, (sql, line)
        assert fingerprint(synced) == before, sql


@pytest.mark.parametrize("sql", ["", "   ", "\n\t"])
def test_no_statement(invoke: Invoke, synced: str, sql: str) -> None:
    result = invoke("query", sql)
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")


@pytest.mark.sqlite_only
def test_sql_error_is_one_line(invoke: Invoke, synced: str) -> None:
    result = invoke("query", "SELECT * FROM tidak_ada")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["Error: SQL error: no such table: tidak_ada"]


def test_timeout_cancels_runaway_query(invoke: Invoke, synced: str) -> None:
    before = fingerprint(synced)
    result = invoke("query", RUNAWAY, "--timeout", "0.2")
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: query cancelled after 0.2 s")
    assert "--timeout" in line
    assert fingerprint(synced) == before


def test_library_refuses_and_times_out(synced: str) -> None:
    cat = Catalog(str(synced))
    try:
        with pytest.raises(QueryRefused):
            run_query(cat, "DELETE FROM documents")
        with pytest.raises(QueryTimeout, match="cancelled"):
            list(run_query(cat, RUNAWAY, timeout=0.1).rows)
        ok = run_query(cat, "SELECT count(*) FROM documents")
        assert list(ok.rows) == [(3,)]
    finally:
        cat.close()


def test_query_of_no_catalog(invoke: Invoke, db_path: Path) -> None:
    result = invoke("query", "SELECT 1")
    assert result.exit_code == 1
    assert "no catalog" in result.output
    assert not db_path.exists()
