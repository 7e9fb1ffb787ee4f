"""Reports: SQL on the catalog, the exact index columns, filters, and the v_* views agreeing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.dialects import postgresql, sqlite

from catalog import reports
from catalog.db import Catalog, read_snapshot
from catalog.extract import Extraction
from catalog.models import Document
from catalog.output import plain
from catalog.records import DocumentData, Record
from catalog.reports import INDEX_COLUMNS, Filters, run_report
from catalog.store import Store

Invoke = Callable[..., Any]
ROOT = "/arsip/berita"
INDEX_HEADER = (
    "path,kind,title,authors,published_date,published_time,timezone,editors,source,dateline,views"
)


def article(**fields: Any) -> Extraction:
    fields.setdefault("kind", "article")
    return Extraction(**fields)


# Made up for these tests; the bylines list names in the order written.
DOCS: list[tuple[str, Extraction]] = [
    (
        "jkt/1.txt",
        article(
            title="Banjir Rob Rendam Pesisir Utara",
            authors=("Siti Nurjanah", "Dr. H. Ahmad Fauzi"),
            editors=("Bambang Irawan",),
            published_date=dt.date(2024, 9, 19),
            published_time=dt.time(21, 9),
            timezone="WIB",
            source="InfoPublik",
            dateline="Jakarta",
            views=283,
        ),
    ),
    (
        "jkt/2.txt",
        article(
            title="Posko Pengungsian Ditambah",
            authors=("Ahmad Fauzi, S.Sos",),
            editors=("Bambang Irawan",),
            published_date=dt.date(2024, 10, 2),
            source="InfoPublik",
            dateline="Jakarta",
        ),
    ),
    (
        "ant/3.txt",
        article(
            title="Harga Garam Stabil",
            authors=("Siti Nurjanah",),
            editors=("Maria Fransiska",),
            published_date=dt.date(2023, 12, 31),
            published_time=dt.time(8, 15),
            timezone="WITA",
            source="ANTARA",
            dateline="Sumenep",
        ),
    ),
    ("lain/4.txt", Extraction(kind="listing")),
    (
        "hilang/5.txt",
        article(
            title="Berkas Yang Sudah Dihapus",
            authors=("Orang Hilang",),
            published_date=dt.date(2022, 1, 5),
            source="Tempo",
        ),
    ),
]


def seed(db: str, docs: Sequence[tuple[str, Extraction]], missing: Sequence[str] = ()) -> None:
    """A catalog built through the migrations, filled through the store."""
    cat = Catalog(db)
    cat.open(create=True)
    with cat.session() as session:
        store = Store(session, ROOT)
        store.add(
            [
                DocumentData(rel, 100 + i, 1_000_000 + i, f"hash{i:04d}", Record.of(x))
                for i, (rel, x) in enumerate(docs)
            ]
        )
        store.commit()
        ids = list(session.scalars(select(Document.id).where(Document.path.in_(missing))))
        store.mark_missing(ids)
        store.commit()
    cat.close()


@pytest.fixture()
def filled(db: str) -> str:
    seed(db, DOCS, missing=["hilang/5.txt"])
    return db


NO_FILTERS = Filters()


def report(db: str, name: str, filters: Filters = NO_FILTERS) -> list[tuple[Any, ...]]:
    cat = Catalog(db)
    try:
        with cat.open().connect() as conn:
            rep = run_report(conn, name, filters)
            return [tuple(plain(v) for v in row) for row in rep.rows]
    finally:
        cat.close()


def csv_of(output: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(output)))


# -- index ----------------------------------------------------------------------
def test_index_names_the_root_only_when_there_are_several(invoke: Invoke, filled: str) -> None:
    one = csv_of(invoke("report", "index", "--format", "csv").stdout)
    assert one[0] == list(INDEX_COLUMNS)
    cat = Catalog(filled)
    with cat.session() as session:
        store = Store(session, "/arsip/lain")
        store.add([DocumentData("jkt/1.txt", 7, 7, "hash-lain", Record.of(DOCS[0][1]))])
        store.commit()
    cat.close()
    result = invoke("report", "index", "--format", "csv")
    assert result.exit_code == 0, result.output
    two = csv_of(result.stdout)
    assert two[0] == ["root", *INDEX_COLUMNS]
    assert [r[:2] for r in two[1:] if r[1] == "jkt/1.txt"] == [
        ["/arsip/berita", "jkt/1.txt"],
        ["/arsip/lain", "jkt/1.txt"],
    ]
    assert [r[1:] for r in two[1:] if r[0] == ROOT] == one[1:]


def test_index_csv_columns_and_cells(invoke: Invoke, filled: str) -> None:
    result = invoke("report", "index", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == INDEX_HEADER
    assert ",".join(INDEX_COLUMNS) == INDEX_HEADER
    assert csv_of(result.stdout)[1:] == [
        [
            "ant/3.txt", "article", "Harga Garam Stabil", "Siti Nurjanah", "2023-12-31",
            "08:15", "WITA", "Maria Fransiska", "ANTARA", "Sumenep", "",
        ],
        [
            "jkt/1.txt", "article", "Banjir Rob Rendam Pesisir Utara",
            "Siti Nurjanah; Dr. H. Ahmad Fauzi", "2024-09-19", "21:09", "WIB",
            "Bambang Irawan", "InfoPublik", "Jakarta", "283",
        ],
        [
            "jkt/2.txt", "article", "Posko Pengungsian Ditambah", "Ahmad Fauzi, S.Sos",
            "2024-10-02", "", "", "Bambang Irawan", "InfoPublik", "Jakarta", "",
        ],
        ["lain/4.txt", "listing", "", "", "", "", "", "", "", "", ""],
    ]  # fmt: skip


def test_index_from_a_real_sync(invoke: Invoke, docs: Path, tmp_path: Path) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    out = tmp_path / "index.csv"
    result = invoke("report", "index", "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = csv_of(out.read_text(encoding="utf-8"))
    assert ",".join(rows[0]) == INDEX_HEADER
    assert [r[0] for r in rows[1:]] == [
        "antara/garam.txt",
        "infopublik/arsip.txt",
        "kompas/taman.txt",
    ]
    arsip = dict(zip(rows[0], rows[2], strict=True))
    assert arsip["published_date"] == "2024-09-18"
    assert arsip["published_time"] == "20:45"
    assert arsip["views"] == "512"


def test_missing_documents_left_out_everywhere(filled: str) -> None:
    assert "hilang/5.txt" not in [r[0] for r in report(filled, "index")]
    assert "Orang Hilang" not in [r[0] for r in report(filled, "authors")]
    assert "Tempo" not in [r[0] for r in report(filled, "sources")]
    assert "2022-01" not in [r[0] for r in report(filled, "months")]


# -- people, sources, months ----------------------------------------------------------
def test_authors_report(filled: str) -> None:
    # Most documents first, then by name; one person however the byline spells
    # the titles, shown with the first spelling seen.
    assert report(filled, "authors") == [
        ("Dr. H. Ahmad Fauzi", 2, "2024-09-19", "2024-10-02",
         "Bambang Irawan (2); Siti Nurjanah (1)"),
        ("Siti Nurjanah", 2, "2023-12-31", "2024-09-19",
         "Bambang Irawan (1); Dr. H. Ahmad Fauzi (1); Maria Fransiska (1)"),
    ]  # fmt: skip


def test_editors_report(filled: str) -> None:
    assert report(filled, "editors") == [
        ("Bambang Irawan", 2, "2024-09-19", "2024-10-02", "Dr. H. Ahmad Fauzi (2); Siti Nurjanah (1)"),
        ("Maria Fransiska", 1, "2023-12-31", "2023-12-31", "Siti Nurjanah (1)"),
    ]  # fmt: skip


def test_sources_report(filled: str) -> None:
    assert report(filled, "sources") == [
        ("InfoPublik", 2, "2024-09-19", "2024-10-02", "Dr. H. Ahmad Fauzi (2); Siti Nurjanah (1)"),
        ("ANTARA", 1, "2023-12-31", "2023-12-31", "Siti Nurjanah (1)"),
    ]  # fmt: skip


def test_months_report(filled: str) -> None:
    # the listing page has no date: it is counted, last, not left out
    assert report(filled, "months") == [
        ("2023-12", "ANTARA", 1),
        ("2024-09", "InfoPublik", 1),
        ("2024-10", "InfoPublik", 1),
        ("(undated)", None, 1),
    ]


@pytest.mark.parametrize(
    ("since", "until", "wanted"),
    [
        ("2024", None, ["2024-09", "2024-10"]),
        (None, "2023", ["2023-12"]),
        ("2024-09", "2024-09", ["2024-09"]),
        ("2023-12", "2024-09", ["2023-12", "2024-09"]),
        ("2024-10", "2024", ["2024-10"]),
    ],
)
def test_since_and_until_take_a_year_or_a_month(
    invoke: Invoke, filled: str, since: str | None, until: str | None, wanted: list[str]
) -> None:
    args = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    result = invoke("report", "months", "--format", "csv", *args)
    assert result.exit_code == 0, result.output
    assert [r[0] for r in csv_of(result.stdout)[1:]] == wanted


@pytest.mark.parametrize("bad", ["2024-13", "24", "2024-02-30", "kemarin"])
def test_since_that_is_no_date_is_a_usage_error(invoke: Invoke, filled: str, bad: str) -> None:
    result = invoke("report", "months", "--since", bad)
    assert result.exit_code == 2
    assert f"'{bad}' is not a date like 2024-09-19, a month like 2024-09 or a year" in result.output


def test_appears_with_keeps_three_most_frequent(db: str) -> None:
    docs = [
        (
            f"{i}.txt",
            article(authors=("Yohanes Tanu", partner), published_date=dt.date(2024, 1, 1 + i)),
        )
        for i, partner in enumerate(["Ani", "Ani", "Ani", "Budi", "Budi", "Cici", "Dedi"])
    ]
    seed(db, docs)
    (yohanes,) = [r for r in report(db, "authors") if r[0] == "Yohanes Tanu"]
    assert yohanes[1] == 7
    assert yohanes[4] == "Ani (3); Budi (2); Cici (1)"


def test_empty_catalog_reports_are_empty(db: str) -> None:
    seed(db, [])
    for name in ("index", "authors", "editors", "sources", "months"):
        assert report(db, name) == []


def test_unknown_report_from_the_library(filled: str) -> None:
    from catalog.errors import CatalogError

    cat = Catalog(str(filled))
    with cat.open().connect() as conn, pytest.raises(CatalogError, match="no report named"):
        run_report(conn, "nope")
    cat.close()


# -- filters --------------------------------------------------------------------
def paths(db: str, **filters: Any) -> list[str]:
    return [r[0] for r in report(db, "index", Filters(**filters))]


@pytest.mark.parametrize(
    ("filters", "wanted"),
    [
        ({}, ["ant/3.txt", "jkt/1.txt", "jkt/2.txt", "lain/4.txt"]),
        ({"since": dt.date(2024, 1, 1)}, ["jkt/1.txt", "jkt/2.txt"]),
        ({"since": dt.date(2024, 9, 19)}, ["jkt/1.txt", "jkt/2.txt"]),  # inclusive
        ({"until": dt.date(2024, 9, 19)}, ["ant/3.txt", "jkt/1.txt"]),  # inclusive
        ({"since": dt.date(2024, 9, 20), "until": dt.date(2024, 12, 31)}, ["jkt/2.txt"]),
        ({"source": "infopublik"}, ["jkt/1.txt", "jkt/2.txt"]),
        ({"source": "  ANTARA "}, ["ant/3.txt"]),
        ({"source": "Tempo"}, []),  # only a missing document has it
        ({"author": "Ahmad Fauzi"}, ["jkt/1.txt", "jkt/2.txt"]),
        ({"author": "ahmad fauzi"}, ["jkt/1.txt", "jkt/2.txt"]),
        ({"author": "Dr. H. Ahmad Fauzi"}, ["jkt/1.txt", "jkt/2.txt"]),
        ({"author": "DR. AHMAD FAUZI, S.Sos"}, ["jkt/1.txt", "jkt/2.txt"]),
        ({"author": "Siti Nurjanah", "source": "ANTARA"}, ["ant/3.txt"]),
        ({"author": "Bambang Irawan"}, []),  # an editor, not an author
        ({"author": "Tidak Ada"}, []),
    ],
)
def test_index_filters(filled: str, filters: dict[str, Any], wanted: list[str]) -> None:
    assert paths(filled, **filters) == wanted


def test_filters_apply_to_people_and_months(filled: str) -> None:
    antara = Filters(source="antara")
    assert report(filled, "authors", antara) == [
        ("Siti Nurjanah", 1, "2023-12-31", "2023-12-31", "Maria Fransiska (1)")
    ]
    assert report(filled, "months", Filters(since=dt.date(2024, 10, 1))) == [
        ("2024-10", "InfoPublik", 1)
    ]
    assert report(filled, "sources", Filters(author="h. ahmad fauzi")) == [
        ("InfoPublik", 2, "2024-09-19", "2024-10-02", "Dr. H. Ahmad Fauzi (2); Siti Nurjanah (1)")
    ]
    editors_2024 = report(filled, "editors", Filters(since=dt.date(2024, 1, 1)))
    assert [r[0] for r in editors_2024] == ["Bambang Irawan"]


def test_filters_through_the_cli(invoke: Invoke, filled: str) -> None:
    result = invoke(
        "report", "index", "--format", "csv",
        "--since", "2024-01-01", "--until", "2024-09-30",
        "--source", "InfoPublik", "--author", "dr. h. ahmad fauzi",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [r[0] for r in csv_of(result.stdout)[1:]] == ["jkt/1.txt"]
    authors = invoke("report", "authors", "--format", "csv", "--source", "ANTARA")
    assert csv_of(authors.stdout) == [
        ["name", "documents", "first_date", "last_date", "appears_with"],
        ["Siti Nurjanah", "1", "2023-12-31", "2023-12-31", "Maria Fransiska (1)"],
    ]


# -- the views ------------------------------------------------------------------
VIEW_COLUMNS = {
    "index": ("v_index", ", ".join(INDEX_COLUMNS)),
    "authors": ("v_authors", "name, documents, first_date, last_date, appears_with"),
    "editors": ("v_editors", "name, documents, first_date, last_date, appears_with"),
    "sources": ("v_sources", "name, documents, first_date, last_date, appears_with"),
    "months": ("v_months", "month, source, documents"),
}


def _norm(row: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(None if v is None else str(plain(v)) for v in row)


@pytest.mark.parametrize("name", list(VIEW_COLUMNS))
def test_views_match_reports(db: str, name: str) -> None:
    # A busier catalog than DOCS: ties, shared names, a second root.
    extra = [
        (
            f"x/{i}.txt",
            article(
                title=f"Kabar {i}",
                authors=(["Rina Wati", "Yusuf Lubis", "Ani"][i % 3],),
                editors=(["Bambang Irawan", "Maria Fransiska"][i % 2],),
                published_date=dt.date(2024, 1 + i % 12, 1 + i % 28),
                source=["InfoPublik", "ANTARA", "KOMPAS.com"][i % 3],
            ),
        )
        for i in range(30)
    ]
    seed(db, [*DOCS, *extra], missing=["hilang/5.txt", "x/7.txt"])
    view, cols = VIEW_COLUMNS[name]
    cat = Catalog(db)
    try:
        with cat.open().connect() as conn:
            from_view = [_norm(r) for r in conn.execute(text(f"SELECT {cols} FROM {view}"))]
            rep = run_report(conn, name, Filters())
            from_report = [_norm(r) for r in rep.rows]
    finally:
        cat.close()
    assert from_report  # something to compare
    assert Counter(from_view) == Counter(from_report)


# -- hostile text ---------------------------------------------------------------
def test_hostile_titles_and_names_are_neutralised(invoke: Invoke, db: str) -> None:
    seed(
        db,
        [
            (
                "jahat.txt",
                article(
                    title='=HYPERLINK("http://contoh.id","klik")',
                    authors=("+Andi Kurniawan", "@Rina"),
                    editors=("-Budi",),
                    published_date=dt.date(2024, 2, 3),
                    source="\tSumber",
                    dateline="\rJakarta",
                    views=5,
                ),
            )
        ],
    )
    safe = csv_of(invoke("report", "index", "--format", "csv").stdout)[1]
    assert safe == [
        "jahat.txt", "article", "'=HYPERLINK(\"http://contoh.id\",\"klik\")",
        "'+Andi Kurniawan; @Rina", "2024-02-03", "", "", "'-Budi", "'\tSumber", "'\rJakarta", "5",
    ]  # fmt: skip
    raw = csv_of(invoke("report", "index", "--format", "csv", "--raw-csv").stdout)[1]
    assert raw[2] == '=HYPERLINK("http://contoh.id","klik")'
    assert raw[3] == "+Andi Kurniawan; @Rina"
    authors = csv_of(invoke("report", "authors", "--format", "csv").stdout)
    assert ["'+Andi Kurniawan", "1", "2024-02-03", "2024-02-03", "'-Budi (1); @Rina (1)"] in authors


# -- people reports at scale: totals first, "appears with" in batches ----------------
def _crowd() -> list[tuple[str, Extraction]]:
    """Forty documents, eight people in rotating pairs and trios (ties included)."""
    names = ["Rina Wati", "Yusuf Lubis", "Ani", "Budi Santoso", "Cici", "Dedi", "Eka", "Fajar"]
    return [
        (
            f"crowd/{i}.txt",
            article(
                title=f"Kabar {i}",
                authors=tuple(names[(i * k) % 8] for k in (1, 3, 5)[: 2 + i % 2]),
                editors=(names[(i + 4) % 8],),
                published_date=dt.date(2023 + i % 2, 1 + i % 12, 1 + i % 28),
                source=["InfoPublik", "ANTARA", "Kemenag", "KOMPAS.com", "jpnn.com"][i % 5],
            ),
        )
        for i in range(40)
    ]


@pytest.mark.parametrize("role", ["authors", "editors", "sources"])
@pytest.mark.parametrize("first,size", [(1, 1), (2, 3), (25, 500)])
def test_ranked_report_batches_agree_with_the_view(
    db: str, role: str, first: int, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in [("_FIRST_PARTNERS", first), ("_PARTNERS", size)]:
        monkeypatch.setattr(reports, name, value)
        monkeypatch.setattr(reports, name.replace("PARTNERS", "SOURCES"), value)
    seed(db, [*DOCS, *_crowd()], missing=["crowd/3.txt"])
    cat = Catalog(db)
    try:
        with cat.open().connect() as conn:
            view = [
                _norm(r)
                for r in conn.execute(
                    text(
                        "SELECT name, documents, first_date, last_date, appears_with "
                        f"FROM v_{role} ORDER BY documents DESC, name"
                    )
                )
            ]
            got = [_norm(r) for r in run_report(conn, role, Filters()).rows]
    finally:
        cat.close()
    assert len(got) >= 5
    assert got == view  # same rows, same order: most documents first, then by name
    counts = [int(r[1]) for r in got]
    assert counts == sorted(counts, reverse=True)


def test_people_report_reads_the_narrow_index_on_sqlite(db_path: Path) -> None:
    seed(str(db_path), DOCS)
    for stmt in (
        reports.people_totals("author", Filters()),
        reports.partners_select("author", Filters(), [1, 2]),
        reports.source_authors_select(Filters(), [1, 2]),
    ):
        sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        assert "INDEXED BY ix_documents_report" in sql
        assert "INDEXED BY" not in str(stmt.compile(dialect=postgresql.dialect()))
        with sqlite3.connect(db_path) as conn:
            plan = " | ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "COVERING INDEX ix_documents_report" in plan, plan


def test_batched_report_reads_one_snapshot_while_a_sync_commits(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The totals and the later "appears with" batches see the same catalog."""
    monkeypatch.setattr(reports, "_FIRST_PARTNERS", 1)
    monkeypatch.setattr(reports, "_PARTNERS", 1)
    seed(db, _crowd())
    cat = Catalog(db)
    try:
        with read_snapshot(cat) as conn:
            before = [tuple(r) for r in conn.execute(text("SELECT * FROM v_authors"))]
            rows = run_report(conn, "authors", Filters()).rows
            got = [next(rows)]  # totals read, first batch read
            # meanwhile a sync adds documents crediting everyone with a newcomer
            late = [
                DocumentData(
                    f"late/{i}.txt",
                    10,
                    2_000_000 + i,
                    f"late{i}",
                    Record.of(
                        article(
                            authors=(r[0], "Pendatang Baru"), published_date=dt.date(2025, 1, 1)
                        )
                    ),
                )
                for i, r in enumerate(before)
            ]
            with cat.session() as session:
                store = Store(session, ROOT)
                store.add(late)
                store.commit()
            got += list(rows)
    finally:
        cat.close()
    assert len(got) == len(before) > 3
    assert Counter(_norm(r) for r in got) == Counter(_norm(r) for r in before)
    assert not any("Pendatang" in str(r) for r in got)


# -- several names: arrays in JSON, "; " in CSV and tables (issue 12.14) ------------
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_index_json_gives_names_as_arrays(invoke: Invoke, filled: str, fmt: str) -> None:
    result = invoke("report", "index", "--format", fmt)
    assert result.exit_code == 0, result.output
    text = result.stdout
    records = json.loads(text) if fmt == "json" else [json.loads(x) for x in text.splitlines()]
    by_path = {r["path"]: r for r in records}
    assert by_path["jkt/1.txt"]["authors"] == ["Siti Nurjanah", "Dr. H. Ahmad Fauzi"]
    assert by_path["jkt/1.txt"]["editors"] == ["Bambang Irawan"]
    assert by_path["jkt/2.txt"]["authors"] == ["Ahmad Fauzi, S.Sos"]  # a comma is no joiner
    assert by_path["lain/4.txt"]["authors"] == [] and by_path["lain/4.txt"]["editors"] == []
    # single-valued fields stay scalars
    assert by_path["jkt/1.txt"]["source"] == "InfoPublik" and by_path["jkt/1.txt"]["views"] == 283


def test_index_csv_and_table_keep_the_agreed_join(invoke: Invoke, filled: str) -> None:
    rows = csv_of(invoke("report", "index", "--format", "csv").stdout)
    by_path = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert by_path["jkt/1.txt"]["authors"] == "Siti Nurjanah; Dr. H. Ahmad Fauzi"
    table = invoke("report", "index").stdout
    assert "Siti Nurjanah; Dr. H. Ahmad Fauzi" in table
