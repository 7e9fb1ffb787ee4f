"""Output formats: safe CSV, Excel CSV, streaming JSON, JSON lines, tables."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from catalog.output import FORMATS, safe_cell, write_rows

COLUMNS = ("title", "views", "published_date")


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize(
    ("value", "wanted"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+62 812 3456", "'+62 812 3456"),
        ("-Medan", "'-Medan"),
        ("@Rina", "'@Rina"),
        ("\tSembunyi", "'\tSembunyi"),
        ("\rBaris", "'\rBaris"),
        ("Banjir di Demak", "Banjir di Demak"),
        ("Harga naik 5%", "Harga naik 5%"),
        ("", ""),
        (-3, -3),
        (283, 283),
        (-1.5, -1.5),
        (None, None),
    ],
)
def test_safe_cell(value: Any, wanted: Any) -> None:
    assert safe_cell(value) == wanted


def test_csv_neutralises_formulas_and_keeps_numbers() -> None:
    rows = [
        ("=1+1", -5, dt.date(2024, 9, 19)),
        ("@SUM(A1)", 0, None),
        ("Petani Garam Madura", 1200, dt.date(2023, 1, 2)),
    ]
    out = io.StringIO()
    assert write_rows(COLUMNS, rows, "csv", out) == 3
    assert csv_rows(out.getvalue()) == [
        list(COLUMNS),
        ["'=1+1", "-5", "2024-09-19"],
        ["'@SUM(A1)", "0", ""],
        ["Petani Garam Madura", "1200", "2023-01-02"],
    ]


def test_raw_csv_leaves_cells_alone() -> None:
    out = io.StringIO()
    write_rows(COLUMNS, [("=1+1", 3, None), ("-Medan", -2, None)], "csv", out, raw_csv=True)
    assert csv_rows(out.getvalue())[1:] == [["=1+1", "3", ""], ["-Medan", "-2", ""]]


def test_excel_csv_has_bom_and_crlf() -> None:
    out = io.StringIO()
    write_rows(COLUMNS, [("Kabar Ambon", 7, None)], "csv", out, excel=True)
    text = out.getvalue()
    assert text.startswith("\ufeff")
    assert text == "\ufefftitle,views,published_date\r\nKabar Ambon,7,\r\n"


def test_plain_csv_has_no_bom_and_lf() -> None:
    out = io.StringIO()
    write_rows(COLUMNS, [("Kabar Ambon", 7, None)], "csv", out)
    assert out.getvalue() == "title,views,published_date\nKabar Ambon,7,\n"


@pytest.mark.parametrize("rows", [[], [("Satu", 1, dt.date(2024, 1, 2))], [("a", None, None)] * 5])
def test_json_is_valid(rows: list[tuple[Any, ...]]) -> None:
    out = io.StringIO()
    assert write_rows(COLUMNS, rows, "json", out) == len(rows)
    data = json.loads(out.getvalue())
    assert data == [
        dict(zip(COLUMNS, [r[0], r[1], r[2] and r[2].isoformat()], strict=True)) for r in rows
    ]


def test_json_keeps_numbers_and_non_ascii() -> None:
    out = io.StringIO()
    write_rows(("judul", "n"), [("Kafé “Merdeka”", -7)], "json", out)
    assert "Kafé “Merdeka”" in out.getvalue()  # not \u escapes
    assert json.loads(out.getvalue()) == [{"judul": "Kafé “Merdeka”", "n": -7}]


def test_jsonl_one_object_per_line() -> None:
    out = io.StringIO()
    rows = [("Baris\nbaru", 1, None), ("Dua", 2, dt.date(2020, 2, 29))]
    write_rows(COLUMNS, rows, "jsonl", out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert [json.loads(line) for line in lines] == [
        {"title": "Baris\nbaru", "views": 1, "published_date": None},
        {"title": "Dua", "views": 2, "published_date": "2020-02-29"},
    ]


def test_jsonl_of_nothing_is_empty() -> None:
    out = io.StringIO()
    write_rows(COLUMNS, [], "jsonl", out)
    assert out.getvalue() == ""


class _Recorder(io.StringIO):
    """Counts writes, so a generator can see what was already written."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, s: str) -> int:
        self.writes += 1
        return super().write(s)


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_streams_rows_as_they_come(fmt: str) -> None:
    """Row k is written before row k+1 is asked for: nothing holds every row."""
    out = _Recorder()
    seen: list[int] = []

    def rows() -> Iterator[Sequence[Any]]:
        for i in range(5):
            seen.append(out.writes)
            yield (f"Judul {i}", i, None)

    write_rows(COLUMNS, rows(), fmt, out)
    assert seen == sorted(seen)
    assert len(set(seen)) == 5  # output grew between every two rows


def test_table_aligns_and_cuts_long_cells() -> None:
    out = io.StringIO()
    long = "Pemerintah " * 20
    write_rows(("judul", "n"), [(long, 5), ("Pendek", None)], "table", out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["judul", "n"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2].rstrip().endswith("5")
    assert "…" in lines[2]
    assert max(len(line) for line in lines) < 80


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        write_rows(COLUMNS, [], "xml", io.StringIO())


def test_formats_declared_once() -> None:
    assert FORMATS == ("table", "csv", "json", "jsonl", "xlsx")


# -- through the CLI ------------------------------------------------------------
HOSTILE = '=HYPERLINK("http://contoh.id","klik")'


def hostile_query(col: str = "judul") -> str:
    return (
        f"SELECT '{HOSTILE.replace(chr(39), chr(39) * 2)}' AS {col}, -5 AS n, '-5' AS teks, "
        "'+62' AS telp, '@rina' AS akun, '\ttab' AS tab, '\rcr' AS cr, "
        "2.5 AS pecahan"
    )


def test_query_csv_is_safe_unless_raw(invoke: Callable[..., Any], docs: Path) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    safe = invoke("query", hostile_query(), "--format", "csv")
    assert safe.exit_code == 0, safe.output
    header, row = csv_rows(safe.stdout)
    assert header == ["judul", "n", "teks", "telp", "akun", "tab", "cr", "pecahan"]
    assert row == ["'" + HOSTILE, "-5", "'-5", "'+62", "'@rina", "'\ttab", "'\rcr", "2.5"]
    raw = invoke("query", hostile_query(), "--format", "csv", "--raw-csv")
    assert csv_rows(raw.stdout)[1] == [HOSTILE, "-5", "-5", "+62", "@rina", "\ttab", "\rcr", "2.5"]


def test_query_excel_file_has_bom_and_crlf(
    invoke: Callable[..., Any], docs: Path, tmp_path: Path
) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    out = tmp_path / "hasil.csv"
    result = invoke("query", "SELECT path FROM documents ORDER BY path", "--excel", "-o", str(out))
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode())
    assert data.count(b"\r\n") == 4 and data.count(b"\n") == 4


def test_query_json_and_jsonl_through_cli(invoke: Callable[..., Any], docs: Path) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    as_json = invoke("query", hostile_query(), "--format", "json")
    (obj,) = json.loads(as_json.stdout)
    assert obj["judul"] == HOSTILE  # JSON is not a spreadsheet: no quote added
    assert obj["n"] == -5 and obj["pecahan"] == 2.5
    as_jsonl = invoke("query", "SELECT path FROM documents ORDER BY path", "--format", "jsonl")
    lines = as_jsonl.stdout.splitlines()
    assert [json.loads(x)["path"] for x in lines] == [
        "antara/garam.txt",
        "infopublik/arsip.txt",
        "kompas/taman.txt",
    ]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_writes_a_blob_as_sqlite_utils_does(fmt: str) -> None:
    out = io.StringIO()
    write_rows(("b", "n"), [(b"\x00\xff", 1), (memoryview(b"ok"), 2)], fmt, out)
    text = out.getvalue()
    records = json.loads(text) if fmt == "json" else [json.loads(x) for x in text.splitlines()]
    assert records == [
        {"b": {"$base64": True, "encoded": "AP8="}, "n": 1},
        {"b": {"$base64": True, "encoded": "b2s="}, "n": 2},
    ]


@pytest.mark.parametrize("excel", [False, True])
def test_line_breaks_inside_cells_survive_a_round_trip(excel: bool) -> None:
    titles = ["Judul\rdengan CR", "Judul\ndengan LF", "Judul\r\ndengan CRLF", 'Kutip "ganda"']
    out = io.StringIO()
    write_rows(("title",), [(t,) for t in titles], "csv", out, excel=excel)
    text = out.getvalue().removeprefix("\ufeff")
    assert csv_rows(text) == [["title"], *([t] for t in titles)]


# -- -o FILE: the format from the suffix, and no silent overwrite (issue 12.10) ------
@pytest.mark.parametrize(
    ("name", "args", "check"),
    [
        ("index.json", (), lambda t: json.loads(t)[0]["path"] == "antara/garam.txt"),
        ("index.JSONL", (), lambda t: json.loads(t.splitlines()[2])["path"] == "kompas/taman.txt"),
        ("index.csv", (), lambda t: t.startswith("path,kind,title,")),
        ("index.txt", (), lambda t: t.splitlines()[1].startswith("----")),
        # --format says otherwise: it wins over the suffix
        ("index.json", ("--format", "csv"), lambda t: t.startswith("path,kind,")),
        ("index.json", ("--format", "table"), lambda t: t.startswith("path ")),
    ],
)
def test_output_format_follows_the_suffix(
    invoke: Callable[..., Any],
    docs: Path,
    tmp_path: Path,
    name: str,
    args: tuple[str, ...],
    check: Callable[[str], bool],
) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    out = tmp_path / name
    result = invoke("report", "index", "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert check(out.read_text(encoding="utf-8")), out.read_text(encoding="utf-8")


def _one_error_line(result: Any, *needles: str) -> None:
    assert result.exit_code == 1, result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: ") and "Traceback" not in result.output
    for needle in needles:
        assert needle in line, line


@pytest.mark.parametrize(
    "command",
    [
        ("report", "authors"),
        ("query", "SELECT 1 AS n"),
        ("search", "garam"),
        ("roots",),
        ("export",),
    ],
)
def test_output_does_not_overwrite_without_force(
    invoke: Callable[..., Any], docs: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    out = tmp_path / "hasil.jsonl"
    out.write_text("kerja kemarin\n", encoding="utf-8")
    _one_error_line(invoke(*command, "-o", str(out)), str(out), "exists", "--force")
    assert out.read_text(encoding="utf-8") == "kerja kemarin\n"
    forced = invoke(*command, "-o", str(out), "--force")
    assert forced.exit_code == 0, forced.output
    assert "kerja kemarin" not in out.read_text(encoding="utf-8")
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])


def test_output_to_a_device_needs_no_force(invoke: Callable[..., Any], docs: Path) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    assert invoke("report", "index", "-o", os.devnull).exit_code == 0


@pytest.mark.parametrize(
    ("name", "hint"), [("index.xls", "index.xlsx"), ("index.html", "catalog report html")]
)
def test_output_to_a_format_it_cannot_write_is_refused(
    invoke: Callable[..., Any], docs: Path, tmp_path: Path, name: str, hint: str
) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    out = tmp_path / name
    _one_error_line(invoke("report", "index", "-o", str(out)), name, hint)
    assert not out.exists()
    # Said plainly, it is the user's choice.
    assert invoke("report", "index", "-o", str(out), "--format", "csv").exit_code == 0


# -- tables fit the terminal (issue 12.13) ----------------------------------------------
def test_table_fits_a_width_by_cutting_the_widest_cells() -> None:
    out = io.StringIO()
    rows = [("a.txt", "Pemerintah Kabupaten " * 3, "Siti Nurjanah; Ahmad Fauzi", 283)]
    write_rows(("path", "title", "authors", "views"), rows, "table", out, width=50)
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) == 50
    assert lines[0].split() == ["path", "title", "authors", "views"]
    assert lines[2].startswith("a.txt  Pemerintah Kabup…  Siti Nurjanah; A…")
    assert lines[2].endswith("283")  # short columns keep their whole cells


def test_table_cuts_long_headers_and_text_before_short_values() -> None:
    out = io.StringIO()
    rows = [("2024-09-18", "Banjir rob merendam pesisir utara " * 2)]
    write_rows(("published_date", "title"), rows, "table", out, width=24)
    header, _rule, row = out.getvalue().splitlines()
    assert header == "published…  title"
    assert row == "2024-09-18  Banjir rob …"


@pytest.mark.parametrize("columns", [80, 120])
def test_report_table_fits_the_terminal_width(
    runner: Any, db: str, docs: Path, columns: int
) -> None:
    from catalog.cli import cli

    assert runner.invoke(cli, ["--db", db, "sync", str(docs)]).exit_code == 0
    wide = runner.invoke(cli, ["--db", db, "report", "index"])
    assert max(len(line) for line in wide.stdout.splitlines()) > 120  # a pipe: whole cells
    fitted = runner.invoke(cli, ["--db", db, "report", "index"], env={"COLUMNS": str(columns)})
    assert fitted.exit_code == 0, fitted.output
    lines = fitted.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert len(lines) == 5 and "…" in fitted.stdout
    # CSV and JSON are data, never cut
    csv_out = runner.invoke(
        cli, ["--db", db, "report", "index", "--format", "csv"], env={"COLUMNS": "80"}
    )
    assert "…" not in csv_out.stdout
