"""Reports on a catalog built the way ``benchmarks/report_bench.py`` builds one, checked in Python.

A few thousand documents (a synced seed copied in SQL), no timing: the
reports must count what a plain Python pass over the same rows counts.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from catalog.db import Catalog
from catalog.output import plain
from catalog.reports import Filters, run_report

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def _bench() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("report_bench", BENCH / "report_bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["report_bench"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("scale") / "catalog.db"
    _bench().build(db, 3000, 300, 1)
    return db


def report(db: Path, name: str, filters: Filters | None = None) -> list[tuple[Any, ...]]:
    cat = Catalog(str(db))
    try:
        with cat.open().connect() as conn:
            return [
                tuple(plain(v) for v in row)
                for row in run_report(conn, name, filters or Filters()).rows
            ]
    finally:
        cat.close()


def rows(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_the_built_catalog_looks_like_an_archive(big: Path) -> None:
    ((docs, missing),) = rows(big, "SELECT count(*), count(missing_since) FROM documents")
    assert docs == 3000
    assert 0 < missing < docs // 50
    ((people,),) = rows(big, "SELECT count(*) FROM people")
    ((sources,),) = rows(big, "SELECT count(*) FROM sources")
    assert people > 100 and sources > 10


@pytest.mark.parametrize("role", ["author", "editor"])
def test_people_counts_match_python(big: Path, role: str) -> None:
    present = {
        i: date
        for i, date, gone in rows(big, "SELECT id, published_date, missing_since FROM documents")
        if gone is None
    }
    name = dict(rows(big, "SELECT id, name FROM people"))
    docs: dict[int, set[int]] = defaultdict(set)
    for doc, person, r in rows(big, "SELECT document_id, person_id, role FROM credits"):
        if r == role and doc in present:
            docs[person].add(doc)
    wanted = {}
    for person, ids in docs.items():
        dates = [present[i] for i in ids if present[i] is not None]
        wanted[name[person]] = (len(ids), min(dates, default=None), max(dates, default=None))
    got = report(big, f"{role}s")
    assert {r[0]: r[1:4] for r in got} == wanted
    counts = [r[1] for r in got]
    assert counts == sorted(counts, reverse=True)


def test_months_and_sources_match_python(big: Path) -> None:
    docs = rows(
        big,
        "SELECT substr(d.published_date, 1, 7), s.name FROM documents d "
        "LEFT JOIN sources s ON s.id = d.source_id WHERE d.missing_since IS NULL",
    )
    months = Counter((m or "(undated)", s) for m, s in docs)
    assert {(m, s): n for m, s, n in report(big, "months")} == dict(months)
    sources = Counter(s for _, s in docs if s is not None)
    assert {r[0]: r[1] for r in report(big, "sources")} == dict(sources)


def test_index_lists_every_present_document_once(big: Path) -> None:
    ((present,),) = rows(big, "SELECT count(*) FROM documents WHERE missing_since IS NULL")
    paths = [r[0] for r in report(big, "index")]
    assert len(paths) == len(set(paths)) == present
    assert paths == sorted(paths)


def test_filtered_index_matches_python(big: Path) -> None:
    ((source,),) = rows(big, "SELECT name FROM sources ORDER BY id LIMIT 1")
    wanted = rows(
        big,
        "SELECT d.path FROM documents d JOIN sources s ON s.id = d.source_id "
        "WHERE d.missing_since IS NULL AND s.name = ? AND d.published_date >= '2020-01-01' "
        "ORDER BY d.path",
        source,
    )
    got = report(big, "index", Filters(since=dt.date(2020, 1, 1), source=source))
    assert [r[0] for r in got] == [w[0] for w in wanted]
