"""Full-text search: ranked hits with snippets, kept in step by sync, found by sqlite-utils."""

from __future__ import annotations

import json
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


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)


def hits(db: Path, *args: str) -> list[dict[str, object]]:
    res = run(db, "search", *args, "--format", "json")
    assert res.exit_code == 0, res.output
    return json.loads(res.output)  # type: ignore[no-any-return]


@pytest.fixture()
def catalog(tmp_path: Path, make_tree: Tree) -> tuple[Path, Path]:
    root = make_tree({"arsip.txt": GOOD, "sagu.txt": SAGU, "kopi/cafe.txt": CAFE})
    db = tmp_path / "s.db"
    assert run(db, "sync", str(root)).exit_code == 0
    return db, root


def test_search_ranks_and_snippets(catalog: tuple[Path, Path]) -> None:
    db, _ = catalog
    found = hits(db, "sagu")
    assert [h["path"] for h in found] == ["sagu.txt"]
    assert "[sagu]" in str(found[0]["snippet"])
    assert hits(db, "Pemerintah daerah")  # every document has both words
    assert hits(db, "tidakadakatasemacamini") == []


def test_diacritics_are_folded(catalog: tuple[Path, Path]) -> None:
    db, _ = catalog
    assert [h["path"] for h in hits(db, "cafe")] == ["kopi/cafe.txt"]


def test_filters_and_formats(catalog: tuple[Path, Path]) -> None:
    db, _ = catalog
    assert hits(db, "arsip", "--since", "2030-01-01") == []
    assert len(hits(db, "Medan", "--source", "infopublik")) == 3
    res = run(db, "search", "sagu", "--format", "csv")
    assert res.output.splitlines()[0] == "path,title,published_date,source,snippet,rank"


def test_user_words_are_not_fts_syntax_but_raw_is(catalog: tuple[Path, Path]) -> None:
    db, _ = catalog
    assert [h["path"] for h in hits(db, 'sagu" (*')] == ["sagu.txt"]  # quotes, brackets: noise
    assert {h["path"] for h in hits(db, "--raw", "sagu OR cafe")} == {"sagu.txt", "kopi/cafe.txt"}
    res = CliRunner().invoke(cli, ["--db", str(db), "search", "--raw", "sagu AND ("])
    assert res.exit_code == 1
    assert res.output.startswith("Error: cannot search for")
    res = CliRunner().invoke(cli, ["--db", str(db), "search", "!! ??"])
    assert res.exit_code == 1


def test_index_follows_change_move_missing_and_prune(catalog: tuple[Path, Path]) -> None:
    db, root = catalog
    (root / "sagu.txt").write_text(SAGU.replace("sagu", "jagung"), encoding="utf-8")
    import os

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
    fts_rows = (
        sqlite_utils.Database(db)
        .execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'jagung'")
        .fetchone()
    )
    assert fts_rows == (0,)


def test_datasette_and_sqlite_utils_find_the_index_and_views(catalog: tuple[Path, Path]) -> None:
    db, _ = catalog
    sdb = sqlite_utils.Database(db)
    assert sdb["documents"].detect_fts() == "documents_fts"
    assert {"v_index", "v_authors", "v_editors", "v_sources", "v_months"} <= set(sdb.view_names())
    # sqlite-utils' own search over the same index works too.
    assert [r["path"] for r in sdb["documents"].search("sagu", columns=["path"])] == ["sagu.txt"]
