"""xlsx output: read back with openpyxl and compared cell by cell with the CSV reports."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from catalog import workbook
from catalog.reports import ALL_REPORTS
from catalog.workbook import write_workbook

Invoke = Callable[..., Any]


def _as_csv_text(value: Any) -> str:
    """A cell as the CSV report writes it (dates come back from Excel as midnight datetimes)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _sheet_rows(sheet: Any) -> list[list[str]]:
    return [[_as_csv_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def _csv_rows(invoke: Invoke, *args: str) -> list[list[str]]:
    result = invoke("report", *args, "--format", "csv", "--raw-csv")
    assert result.exit_code == 0, result.output
    return list(csv.reader(io.StringIO(result.output)))


@pytest.mark.parametrize("filters", [(), ("--since", "2024"), ("--source", "antara")])
def test_report_all_equals_the_csv_reports_cell_by_cell(
    invoke: Invoke, docs: Path, tmp_path: Path, filters: tuple[str, ...]
) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    out = tmp_path / "laporan.xlsx"
    result = invoke("report", "all", *filters, "-o", str(out))
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == list(ALL_REPORTS)
    for name in ALL_REPORTS:
        assert _sheet_rows(book[name]) == _csv_rows(invoke, name, *filters), name


def test_one_report_as_xlsx_has_typed_cells_frozen_header_filter_and_widths(
    invoke: Invoke, docs: Path, tmp_path: Path
) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    out = tmp_path / "indeks.xlsx"
    assert invoke("report", "index", "-o", str(out)).exit_code == 0  # the suffix says xlsx
    sheet = openpyxl.load_workbook(out)["index"]
    header = [c.value for c in sheet[1]]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in sheet.iter_rows(2, values_only=True)}
    arsip = rows["infopublik/arsip.txt"]
    assert arsip["published_date"] == dt.datetime(2024, 9, 18)  # a date, not text
    at = 2 + list(rows).index("infopublik/arsip.txt")
    assert sheet.cell(at, header.index("published_date") + 1).number_format == "yyyy-mm-dd"
    assert arsip["views"] == 512  # a number
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:K{len(rows) + 1}"
    width = sheet.column_dimensions["A"].width
    assert width >= len("infopublik/arsip.txt")
    assert sheet.column_dimensions["B"].width < width  # fitted per column


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    write_workbook(str(out), [("query", ["title"], [("=HYPERLINK(1)",), ("+62 812",)])])
    sheet = openpyxl.load_workbook(out)["query"]
    assert [c.value for c in sheet["A"]] == ["title", "=HYPERLINK(1)", "+62 812"]
    assert [c.data_type for c in sheet["A"]][1:] == ["s", "s"]


def test_rows_past_excels_limit_go_on_in_a_second_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook, "MAX_ROWS", 4)  # a header and three rows a sheet
    out = tmp_path / "a.xlsx"
    counts = write_workbook(str(out), [("index", ["n"], [(i,) for i in range(5)])])
    assert counts == {"index": 5}
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["index", "index (2)"]
    assert [c.value for c in book["index"]["A"]] == ["n", 0, 1, 2]
    assert [c.value for c in book["index (2)"]["A"]] == ["n", 3, 4]


def test_existing_workbook_is_kept_without_force(
    invoke: Invoke, docs: Path, tmp_path: Path
) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    out = tmp_path / "laporan.xlsx"
    out.write_bytes(b"kemarin")
    result = invoke("report", "all", "-o", str(out))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {out} exists: pass --force to overwrite it"
    ]
    assert out.read_bytes() == b"kemarin"
    assert invoke("report", "all", "-o", str(out), "--force").exit_code == 0
    assert openpyxl.load_workbook(out).sheetnames == list(ALL_REPORTS)


def test_a_failure_half_way_leaves_no_file(tmp_path: Path) -> None:
    def rows() -> Any:
        yield ("a",)
        raise RuntimeError("the database went away")

    out = tmp_path / "a.xlsx"
    with pytest.raises(RuntimeError):
        write_workbook(str(out), [("index", ["x"], rows())])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [
        ("report", "all"),
        ("report", "all", "--format", "csv", "-o", "x.csv"),
        ("report", "index", "--format", "xlsx"),
    ],
)
def test_workbook_needs_a_file(
    invoke: Invoke, docs: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    result = invoke(*args)
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: ") and ".xlsx" in line
