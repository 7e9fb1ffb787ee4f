"""Every command and subcommand: a success case, each error exit, help with an example."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result
from tests_support import revisions, user_error

from catalog import __version__
from catalog.cli import cli
from catalog.db import Catalog, head_revision, upgrade

Invoke = Callable[..., Any]
REPO = Path(__file__).resolve().parent.parent


def usage_error(result: Result, *needles: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Error: " in result.output
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in result.output


@pytest.fixture()
def synced(invoke: Invoke, docs: Path, db_path: Path) -> Path:
    assert invoke("sync", str(docs)).exit_code == 0
    return docs


# -- success cases ---------------------------------------------------------------
def test_sync_creates_the_catalog_at_head(invoke: Invoke, docs: Path, db_path: Path) -> None:
    result = invoke("sync", str(docs))
    assert result.exit_code == 0, result.output
    assert "3 added" in result.stdout
    assert invoke("db", "current").stdout.strip() == f"{head_revision()} (head)"
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()


@pytest.mark.parametrize("name", ["index", "authors", "editors", "sources", "months"])
def test_report(invoke: Invoke, synced: Path, name: str) -> None:
    result = invoke("report", name)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) >= 3  # header, rule, at least one row
    assert set(lines[1].replace(" ", "")) == {"-"}


def test_query(invoke: Invoke, synced: Path) -> None:
    result = invoke("query", "SELECT count(*) AS n FROM documents", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"n": 3}]


def test_show_by_relative_path_and_by_disk_path(invoke: Invoke, synced: Path) -> None:
    by_rel = invoke("show", "infopublik/arsip.txt")
    assert by_rel.exit_code == 0, by_rel.output
    out = by_rel.stdout
    assert out.startswith("infopublik/arsip.txt")
    assert "Rizky Pratama" in out
    assert "line 4" in out  # evidence: where the byline was read
    by_disk = invoke("show", str(synced / "infopublik" / "arsip.txt"))
    assert by_disk.exit_code == 0
    assert by_disk.stdout == out
    by_name = invoke("show", "arsip.txt")
    assert by_name.exit_code == 0
    assert by_name.stdout == out


def test_show_a_file_name_that_is_not_utf8(invoke: Invoke, make_tree: Callable[..., Path]) -> None:
    from conftest import ANTARA

    name = os.fsdecode(b"garam\xff.txt")  # as the shell hands it over: with a surrogate
    root = make_tree({f"antara/{name}": ANTARA})
    assert invoke("sync", str(root)).exit_code == 0
    outputs = set()
    for arg in (name, f"antara/{name}", str(root / "antara" / name), "antara/garam\\xff.txt"):
        result = invoke("show", arg)
        assert result.exit_code == 0, (arg, result.output)
        outputs.add(result.stdout)
    (out,) = outputs
    assert out.startswith("antara/garam\\xff.txt  (")
    assert "Siti Nurjanah" in out


def test_sync_of_a_folder_whose_name_is_not_utf8(
    invoke: Invoke, make_tree: Callable[..., Path]
) -> None:
    from conftest import ANTARA

    root = make_tree({os.fsdecode(b"antara\xff/garam.txt"): ANTARA}) / os.fsdecode(b"antara\xff")
    user_error(invoke("sync", str(root)), "antara\\xff: its name is not UTF-8 (rename it)")


def test_show_marks_a_missing_document(invoke: Invoke, synced: Path) -> None:
    (synced / "antara" / "garam.txt").unlink()
    invoke("sync", str(synced))
    result = invoke("show", "antara/garam.txt")
    assert result.exit_code == 0
    assert "MISSING since" in result.stdout


def _labels(root: Path, authors: str) -> Path:
    labels = root / "labels.jsonl"
    rows = [
        {
            "file": "kompas/taman.txt",
            "kind": "article",
            "title": "Warga Bangun Taman Baca di Bekas Pos Ronda",
            "authors": [authors],
            "date": "2018-05-14",
            "time": "15:11",
            "tz": "WIB",
            "editors": ["Maria Fransiska"],
            "source": "KOMPAS.com",
            "dateline": "Bogor",
            "views": None,
        }
    ]
    labels.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return labels


def test_evaluate(invoke: Invoke, docs: Path) -> None:
    labels = _labels(docs, "Andi Kurniawan")
    result = invoke("evaluate", str(labels))
    assert result.exit_code == 0, result.output
    assert "authors" in result.stdout and "precision" not in result.stderr


def test_evaluate_without_db_uses_a_throwaway_catalog(
    runner: CliRunner, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CATALOG_DB", raising=False)
    result = runner.invoke(cli, ["evaluate", str(_labels(docs, "Andi Kurniawan"))])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "catalog.db").exists()


def test_db_quiet_and_verbose_after_the_command(
    runner: CliRunner,
    make_tree: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from conftest import ANTARA

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CATALOG_DB", raising=False)
    root = make_tree({"garam.txt": ANTARA, "kosong.txt": ""})
    db = str(tmp_path / "lain.db")
    hinted = runner.invoke(cli, ["sync", str(root), "--db", db])
    assert hinted.exit_code == 0, hinted.output
    assert hinted.stdout.rstrip().endswith("(-v lists problems)")
    touch = root / "garam.txt"
    os.utime(touch, ns=(0, touch.stat().st_mtime_ns + 10**9))  # read again, so problems recur
    # The hint's own advice, given where a user types it: after the command.
    verbose = runner.invoke(cli, ["sync", str(root), "-v", "--db", db])
    assert verbose.exit_code == 0, verbose.output
    assert "kosong.txt: read: empty file" in verbose.stderr
    assert "(-v lists problems)" not in verbose.stdout
    quiet = runner.invoke(cli, ["report", "index", "--format", "csv", "-q", "--db", db])
    assert quiet.exit_code == 0, quiet.output
    assert quiet.stdout.splitlines()[1].startswith("garam.txt,")
    for args in (["db", "current", "--db", db], ["db", "--db", db, "current"]):
        current = runner.invoke(cli, args)
        assert current.stdout.strip() == f"{head_revision()} (head)", args
    # evaluate keeps what it syncs in the catalog given after its name, as before it
    labels = _labels(root, "Siti Nurjanah")
    labels.write_text(labels.read_text().replace("kompas/taman.txt", "garam.txt"))
    assert (
        runner.invoke(cli, ["evaluate", str(labels), "--db", str(tmp_path / "e.db")]).exit_code == 0
    )
    assert (tmp_path / "e.db").exists()
    assert not (tmp_path / "catalog.db").exists()


def test_evaluate_below_the_floor(invoke: Invoke, docs: Path) -> None:
    labels = _labels(docs, "Orang Lain")
    result = invoke("evaluate", str(labels), "--min-recall", "1", "--no-mismatches")
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith("Error: below the floors")


def test_db_upgrade_downgrade_current_history(invoke: Invoke, db_path: Path) -> None:
    revs = revisions()
    up = invoke("db", "upgrade", revs[0])
    assert up.exit_code == 0, up.output
    assert db_path.exists()
    current = invoke("db", "current")
    assert current.exit_code == 0
    assert current.stdout.startswith(revs[0])
    assert "catalog db upgrade" in current.stdout
    assert invoke("db", "upgrade").exit_code == 0
    assert invoke("db", "current").stdout.strip() == f"{revs[-1]} (head)"
    down = invoke("db", "downgrade", "base", "--yes")
    assert down.exit_code == 0, down.output
    assert invoke("db", "current").stdout.startswith("none")
    history = invoke("db", "history")
    assert history.exit_code == 0
    lines = history.stdout.splitlines()
    assert len(lines) == len(revs)
    assert lines[0].startswith(f"{revs[-2] if len(revs) > 1 else 'base'} -> {revs[-1]}:")
    assert lines[-1].startswith(f"base -> {revs[0]}:")


def test_db_history_needs_no_catalog(invoke: Invoke, db_path: Path) -> None:
    assert invoke("db", "history").exit_code == 0
    assert not db_path.exists()


def test_check_and_backup(invoke: Invoke, synced: Path, tmp_path: Path) -> None:
    assert invoke("check").exit_code == 0
    dest = tmp_path / "cadangan.db"
    result = invoke("backup", str(dest))
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(dest)
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (3,)
    conn.close()


def test_db_from_the_environment(
    runner: CliRunner, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "dari-env.db"
    monkeypatch.setenv("CATALOG_DB", str(db))
    assert runner.invoke(cli, ["sync", str(docs)]).exit_code == 0
    assert db.exists()


def test_db_as_an_sqlalchemy_url(runner: CliRunner, docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "url.db"
    url = f"sqlite:///{db}"
    assert runner.invoke(cli, ["--db", url, "sync", str(docs)]).exit_code == 0
    result = runner.invoke(
        cli, ["--db", url, "query", "SELECT count(*) FROM documents", "--format", "csv"]
    )
    assert result.stdout.splitlines()[1] == "3"


def test_default_db_is_in_the_current_folder(
    runner: CliRunner, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CATALOG_DB", raising=False)
    assert runner.invoke(cli, ["sync", str(docs)]).exit_code == 0
    assert (tmp_path / "catalog.db").exists()


def test_version_with_python_m(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "catalog", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"catalog, version {__version__}"


def test_python_m_error_exit(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "catalog", "--db", str(tmp_path / "x.db"), "report", "index"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()]
    assert proc.stderr.startswith("Error: no catalog at")
    assert proc.stdout == ""


# -- user mistakes: exit 1, one line ----------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ("report", "index"),
        ("query", "SELECT 1"),
        ("show", "a.txt"),
        ("db", "current"),
        ("db", "downgrade", "base"),
    ],
)
def test_missing_catalog(invoke: Invoke, db_path: Path, args: tuple[str, ...]) -> None:
    user_error(invoke(*args), "no catalog at", str(db_path))
    assert not db_path.exists()


@pytest.fixture()
def behind(db_path: Path) -> Path:
    cat = Catalog(str(db_path))
    upgrade(cat.engine, revisions()[0])
    cat.close()
    return db_path


@pytest.mark.parametrize(
    "args",
    [("report", "index"), ("query", "SELECT 1"), ("show", "a.txt"), ("report", "authors")],
)
def test_catalog_behind_head(invoke: Invoke, behind: Path, args: tuple[str, ...]) -> None:
    user_error(invoke(*args), "catalog db upgrade", "behind")


def test_sync_on_a_catalog_behind_head(invoke: Invoke, behind: Path, docs: Path) -> None:
    user_error(invoke("sync", str(docs)), "catalog db upgrade")
    user_error(invoke("sync", "--dry-run", str(docs)), "catalog db upgrade")


def test_catalog_after_downgrade_to_base(invoke: Invoke, synced: Path) -> None:
    assert invoke("db", "downgrade", "--yes", "base").exit_code == 0
    user_error(invoke("report", "index"), "not a catalog yet")


@pytest.fixture()
def future(invoke: Invoke, synced: Path, db_path: Path) -> Path:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.close()
    return db_path


@pytest.mark.parametrize(
    "args", [("report", "index"), ("query", "SELECT 1"), ("show", "arsip.txt"), ("sync", "{docs}")]
)
def test_catalog_newer_than_code_refused(
    invoke: Invoke, future: Path, docs: Path, args: tuple[str, ...]
) -> None:
    args = tuple(a.replace("{docs}", str(docs)) for a in args)
    user_error(invoke(*args), "newer than this version")


def test_db_current_of_a_newer_catalog(invoke: Invoke, future: Path) -> None:
    result = invoke("db", "current")
    assert "ffff9999" in result.output


@pytest.mark.parametrize("args", [("sync", "{docs}"), ("report", "index"), ("query", "SELECT 1")])
def test_db_in_a_folder_that_does_not_exist(
    runner: CliRunner, docs: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    bad = tmp_path / "tidak-ada" / "catalog.db"
    args = tuple(a.replace("{docs}", str(docs)) for a in args)
    result = runner.invoke(cli, ["--db", str(bad), *args])
    user_error(result, str(tmp_path / "tidak-ada"))
    assert not bad.parent.exists()


@pytest.mark.parametrize("args", [("report", "index"), ("query", "SELECT 1"), ("sync", "{docs}")])
def test_db_that_is_not_a_database(
    runner: CliRunner, docs: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    bad = tmp_path / "catatan.db"
    bad.write_text("ini bukan basis data, hanya catatan rapat\n" * 50, encoding="utf-8")
    before = bad.read_bytes()
    args = tuple(a.replace("{docs}", str(docs)) for a in args)
    user_error(runner.invoke(cli, ["--db", str(bad), *args]), str(bad))
    assert bad.read_bytes() == before


def test_bad_db_url(runner: CliRunner) -> None:
    user_error(runner.invoke(cli, ["--db", "nope://::", "report", "index"]))


def test_show_unknown_path(invoke: Invoke, synced: Path) -> None:
    user_error(invoke("show", "tidak/ada.txt"), "no document at 'tidak/ada.txt'")


def test_show_root_slash_path_and_root_option(
    invoke: Invoke, make_tree: Callable[..., Path]
) -> None:
    from conftest import ANTARA, KOMPAS

    tree = make_tree({"antara/a.txt": ANTARA, "kompas/a.txt": KOMPAS})
    assert invoke("sync", str(tree / "antara"), str(tree / "kompas")).exit_code == 0
    ambiguous = user_error(invoke("show", "a.txt"), "matches several documents")
    assert "name one as ROOT/PATH or with --root" in ambiguous
    by_root = invoke("show", "--root", str(tree / "kompas"), "a.txt")
    assert by_root.exit_code == 0, by_root.output
    assert by_root.stdout.startswith(f"a.txt  ({tree / 'kompas'})")
    # ROOT/PATH finds a document whose file (or whole root) is gone
    (tree / "antara" / "a.txt").unlink()
    gone = invoke("show", str(tree / "antara" / "a.txt"))
    assert gone.exit_code == 0, gone.output
    assert gone.stdout.startswith(f"a.txt  ({tree / 'antara'})")
    user_error(invoke("show", "--root", str(tree / "lain"), "a.txt"), "under")


def test_show_ambiguous_name(invoke: Invoke, make_tree: Callable[..., Path]) -> None:
    from conftest import ANTARA, KOMPAS

    root = make_tree({"a/berita.txt": ANTARA, "b/berita.txt": KOMPAS})
    invoke("sync", str(root))
    user_error(invoke("show", "berita.txt"), "matches several documents")


def test_query_refused(invoke: Invoke, synced: Path) -> None:
    user_error(invoke("query", "DELETE FROM documents"), "only reads")
    user_error(invoke("query", "SELECT 1; SELECT 2"), "one SQL statement")


def test_query_timeout(invoke: Invoke, synced: Path) -> None:
    sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"
    user_error(invoke("query", sql, "--timeout", "0.1"), "cancelled")


def test_sync_of_a_folder_that_does_not_exist(
    invoke: Invoke, tmp_path: Path, db_path: Path
) -> None:
    user_error(invoke("sync", str(tmp_path / "tidak-ada")), "is not a folder")
    assert not db_path.exists()


def test_sync_of_a_file_is_the_same_mistake_as_a_missing_folder(
    invoke: Invoke, synced: Path, db_path: Path
) -> None:
    a_file = synced / "antara" / "garam.txt"
    user_error(invoke("sync", str(a_file)), "is not a folder: it is a file")
    user_error(invoke("sync", str(synced / "tidak-ada")), "is not a folder: it does not exist")


@pytest.mark.parametrize("url", ["mysql://u@localhost/berita", "mssql+pyodbc://u@dsn"])
def test_an_unsupported_database_says_so(runner: CliRunner, url: str) -> None:
    result = runner.invoke(cli, ["--db", url, "report", "index"])
    user_error(result, "is not supported: the catalog lives in an SQLite file or on PostgreSQL")


def test_output_into_a_missing_folder(invoke: Invoke, synced: Path, tmp_path: Path) -> None:
    user_error(invoke("report", "index", "-o", str(tmp_path / "x" / "index.csv")), "cannot use")


def test_db_upgrade_to_unknown_revision(invoke: Invoke) -> None:
    user_error(invoke("db", "upgrade", "tidakada"), "tidakada")


def test_evaluate_of_bad_labels(invoke: Invoke, tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    labels.write_text("{bukan json\n", encoding="utf-8")
    user_error(invoke("evaluate", str(labels)), "labels.jsonl")


# -- usage errors: exit 2 -----------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("report", "nama-lain"), "nama-lain"),
        (("report", "index", "--since", "2024-13-01"), "not a date"),
        (("report", "index", "--since", "19/09/2024"), "not a date"),
        (("report", "index", "--until", "kemarin"), "not a date"),
        (("report", "index", "--format", "xml"), "xml"),
        (("report",), "Missing argument"),
        (("sync",), "Missing argument"),
        (("sync", "--jobs", "-1", "."), "--jobs"),
        (("sync", "--max-bytes", "10", "."), "--max-bytes"),
        (("query",), "Missing argument"),
        (("query", "SELECT 1", "--timeout", "-1"), "--timeout"),
        (("query", "SELECT 1", "--limit", "0"), "--limit"),
        (("query", "SELECT :a", "-p", "a"), "-p"),
        (("show",), "Missing argument"),
        (("evaluate",), "Missing argument"),
        (("evaluate", "tidak-ada.jsonl"), "tidak-ada.jsonl"),
        (("db", "downgrade"), "Missing argument"),
        (("db", "hapus"), "hapus"),
        (("hapus",), "hapus"),
        (("--tidak-ada",), "--tidak-ada"),
    ],
)
def test_usage_errors(invoke: Invoke, args: tuple[str, ...], needle: str) -> None:
    usage_error(invoke(*args), needle)


# -- help -------------------------------------------------------------------------
def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


ALL_COMMANDS = [(), *_commands(cli)]


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=lambda p: " ".join(p) or "catalog")
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_has_an_example(runner: CliRunner, path: tuple[str, ...], flag: str) -> None:
    result = runner.invoke(cli, [*path, flag])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert "catalog " in result.output.split("Example", 1)[1]


def test_every_listed_command_exists() -> None:
    wanted = {
        ("sync",),
        ("report",),
        ("query",),
        ("show",),
        ("evaluate",),
        ("db", "upgrade"),
        ("db", "downgrade"),
        ("db", "current"),
        ("db", "history"),
    }
    assert wanted <= set(ALL_COMMANDS)


def test_no_args_prints_usage(runner: CliRunner) -> None:
    result = runner.invoke(cli, [])
    # a group called bare shows its help and asks for a command: click's usage exit
    assert result.exit_code == 2
    assert "Usage:" in result.output


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"catalog, version {__version__}"


def test_errors_go_to_stderr(invoke: Invoke, db_path: Path) -> None:
    result = invoke("report", "index")
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")


def test_main_entry_point(tmp_path: Path) -> None:
    env = {**os.environ, "CATALOG_DB": str(tmp_path / "x.db")}
    proc = subprocess.run(
        [sys.executable, "-c", "from catalog.cli import main; main(['db', 'history'])"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "->" in proc.stdout


# -- start-up: nothing heavy for --version and --help (issue 12.15) -----------------------
@pytest.mark.parametrize("args", [["--version"], ["--help"], ["sync", "--help"]])
def test_version_and_help_do_not_import_sqlalchemy(args: list[str]) -> None:
    """SQLAlchemy (and the extractor, the reports) are imported by the commands that use
    them; the time it saves is measured with ``python -X importtime``, not here."""
    code = (
        "import sys\n"
        "from catalog.cli import main\n"
        "try:\n"
        f"    main({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'})\n"
        "print('heavy:', heavy, 'extract' in str(list(sys.modules)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "heavy: [] False"


# -- JSON from show and the sync summary (issue 12.14) -------------------------------------
def test_show_as_json(invoke: Invoke, synced: Path) -> None:
    result = invoke("show", "infopublik/arsip.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["path"] == "infopublik/arsip.txt" and doc["root"] == str(synced.resolve())
    assert doc["authors"] == ["Rizky Pratama"] and doc["editors"] == ["Lestari W"]
    assert doc["published_date"] == "2024-09-18" and doc["views"] == 512
    (chosen,) = [e for e in doc["evidence"]["authors"] if e["chosen"]]
    assert chosen["line"] == 4 and "Rizky Pratama" in chosen["raw"]
    assert doc["evidence"]["authors"][0] == chosen  # the chosen line first


def test_sync_summary_as_json(invoke: Invoke, make_tree: Callable[..., Path]) -> None:
    root = make_tree({"a.txt": "Judul\nIsi yang cukup panjang untuk sebuah berita.\n", "b.txt": ""})
    result = invoke("sync", str(root), "--format", "json")
    assert result.exit_code == 0, result.output
    (summary,) = json.loads(result.stdout)
    assert summary["root"] == str(root.resolve())
    assert (summary["added"], summary["failed"], summary["unchanged"]) == (1, 1, 0)
    (problem,) = summary["problems"]
    assert problem["path"] == "b.txt" and problem["stage"] == "read"
    assert summary["moved_from"] is None and summary["nothing_matched"] is None


# -- --source: the folded start of a name (issue 12.15) ----------------------------------
def test_source_matches_the_start_of_a_name(invoke: Invoke, synced: Path, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "UPDATE sources SET name = 'Antara Bali', key = 'antara bali' WHERE key = 'antara'"
        )
    conn.close()
    for given in ("antara", "ANTARA  bali", "Antara Bali"):
        result = invoke("report", "index", "--source", given, "--format", "json")
        assert result.exit_code == 0, result.output
        assert [r["path"] for r in json.loads(result.stdout)] == ["antara/garam.txt"]
    search = invoke("search", "garam", "--source", "antara", "--format", "json")
    assert [r["path"] for r in json.loads(search.stdout)] == ["antara/garam.txt"]


def test_an_unknown_source_lists_the_known_ones(invoke: Invoke, synced: Path) -> None:
    names = [r["name"] for r in json.loads(invoke("report", "sources", "--format", "json").stdout)]
    assert len(names) == 3
    for args in (("report", "authors"), ("search", "garam")):
        line = user_error(invoke(*args, "--source", "tempo"), "no source is named 'tempo'")
        assert line.endswith("the sources are " + ", ".join(sorted(names, key=str.casefold)))
