"""Full-text search: ranked hits with snippets, kept in step by sync, found by sqlite-utils."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner, Result
from tests_support import GOOD

from catalog.cli import cli

Tree = Callable[[dict[str, str | bytes]], Path]

SAGU = GOOD.replace("pengelola arsip", "petani sagu").replace(
    "memindai dokumen lama", "memanen sagu"
)
CAFE = GOOD.replace("pengelola arsip", "pemilik café kopi")


def run(db: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)


def hits(db: str, *args: str) -> list[dict[str, object]]:
    res = run(db, "search", *args, "--format", "json")
    assert res.exit_code == 0, res.output
    return json.loads(res.output)  # type: ignore[no-any-return]


@pytest.fixture()
def catalog(db: str, make_tree: Tree) -> tuple[str, Path]:
    root = make_tree({"arsip.txt": GOOD, "sagu.txt": SAGU, "kopi/cafe.txt": CAFE})
    assert run(db, "sync", str(root)).exit_code == 0
    return db, root


def test_search_ranks_and_snippets(catalog: tuple[str, Path]) -> None:
    db, _ = catalog
    found = hits(db, "sagu")
    assert [h["path"] for h in found] == ["sagu.txt"]
    assert "[sagu]" in str(found[0]["snippet"])
    assert hits(db, "Pemerintah daerah")  # every document has both words
    assert hits(db, "tidakadakatasemacamini") == []


@pytest.mark.sqlite_only  # PostgreSQL's simple configuration keeps accents
def test_diacritics_are_folded(catalog: tuple[str, Path]) -> None:
    db, _ = catalog
    assert [h["path"] for h in hits(db, "cafe")] == ["kopi/cafe.txt"]


def test_filters_and_formats(catalog: tuple[str, Path]) -> None:
    db, _ = catalog
    assert hits(db, "arsip", "--since", "2030-01-01") == []
    assert len(hits(db, "Medan", "--source", "infopublik")) == 3
    res = run(db, "search", "sagu", "--format", "csv")
    assert res.output.splitlines()[0] == "path,title,published_date,source,snippet,rank"


@pytest.mark.sqlite_only  # --raw is FTS5 syntax
def test_user_words_are_not_fts_syntax_but_raw_is(catalog: tuple[str, Path]) -> None:
    db, _ = catalog
    assert [h["path"] for h in hits(db, 'sagu" (*')] == ["sagu.txt"]  # quotes, brackets: noise
    assert {h["path"] for h in hits(db, "--raw", "sagu OR cafe")} == {"sagu.txt", "kopi/cafe.txt"}
    res = CliRunner().invoke(cli, ["--db", db, "search", "--raw", "sagu AND ("])
    assert res.exit_code == 1
    assert res.output.startswith("Error: cannot search for")
    res = CliRunner().invoke(cli, ["--db", db, "search", "!! ??"])
    assert res.exit_code == 1


def test_index_follows_change_move_missing_and_prune(catalog: tuple[str, Path]) -> None:
    db, root = catalog
    (root / "sagu.txt").write_text(SAGU.replace("sagu", "jagung"), encoding="utf-8")
    st = (root / "sagu.txt").stat()
    os.utime(root / "sagu.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    run(db, "sync", str(root))
    assert hits(db, "sagu") == []
    assert [h["path"] for h in hits(db, "jagung")] == ["sagu.txt"]
    (root / "sagu.txt").rename(root / "jagung.txt")
    run(db, "sync", str(root))
    assert [h["path"] for h in hits(db, "jagung")] == ["jagung.txt"]
    (root / "jagung.txt").unlink()
    run(db, "sync", str(root))
    assert hits(db, "jagung") == []  # missing documents are not offered
    run(db, "sync", "--prune", str(root))
    assert hits(db, "jagung") == []
    if "://" not in db:  # the FTS5 table itself holds nothing of the pruned document
        fts = sqlite_utils.Database(db)
        sql = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'jagung'"
        assert fts.execute(sql).fetchone() == (0,)


@pytest.mark.sqlite_only
def test_datasette_and_sqlite_utils_find_the_index_and_views(catalog: tuple[str, Path]) -> None:
    db, _ = catalog
    sdb = sqlite_utils.Database(db)
    assert sdb["documents"].detect_fts() == "documents_fts"
    assert {"v_index", "v_authors", "v_editors", "v_sources", "v_months"} <= set(sdb.view_names())
    # sqlite-utils' own search over the same index works too.
    assert [r["path"] for r in sdb["documents"].search("sagu", columns=["path"])] == ["sagu.txt"]


@pytest.mark.parametrize("columns", ["80", "120", "400"])
def test_table_snippets_keep_the_hit_in_view(db: str, make_tree: Tree, columns: str) -> None:
    """A long story whose hit lies deep in it: however narrow the table, the cut snippet
    is centred on [the hit], never cut before it (issue 12.13)."""
    before = " ".join(f"kalimat{i}" for i in range(40))
    after = " ".join(f"lanjutan{i}" for i in range(40))
    root = make_tree({"rob.txt": f"Judul Berita Pesisir\n{before} banjir rob melanda {after}\n"})
    assert run(db, "sync", str(root)).exit_code == 0
    res = CliRunner().invoke(
        cli, ["--db", db, "search", "banjir"], env={"COLUMNS": columns}, catch_exceptions=False
    )
    assert res.exit_code == 0, res.output
    header, _rule, row = res.stdout.splitlines()
    assert max(len(line) for line in res.stdout.splitlines()) <= int(columns)
    snippet = row[header.index("snippet") : header.index("rank")].strip()
    assert "[banjir]" in snippet, res.stdout
    left, right = snippet.split("[banjir]")
    assert abs(len(left) - len(right)) <= 2, snippet  # centred
