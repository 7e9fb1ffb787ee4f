"""Reports as an Excel workbook: one sheet a report, typed cells, rows written as they stream.

XlsxWriter in constant-memory mode writes each row to disk as it comes, so a
workbook of a million index rows costs no more memory than one of ten. Cells
keep their types (a date is a date, a count a number), text is always written
as text (a title starting with ``=`` is never a formula), the header row is
frozen, every column gets an auto-filter and a width fitted to what it holds.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import xlsxwriter

from catalog.errors import CatalogError
from catalog.output import publish

# Excel's own limits: rows a sheet, characters a cell, characters a sheet name.
MAX_ROWS = 1_048_576
MAX_CELL = 32_767
MAX_SHEET_NAME = 31
# Column widths (in characters) are fitted to the longest cell, within these bounds.
WIDTH_MIN, WIDTH_MAX = 6, 60

Sheet = tuple[str, Sequence[str], Iterable[Sequence[Any]]]


def sheet_name(name: str, taken: Iterable[str] = ()) -> str:
    """A name Excel accepts for a sheet, not one of ``taken``.

    >>> sheet_name("index"), sheet_name("a/b: [c]"), sheet_name("index", ["index"])
    ('index', 'a_b_ _c_', 'index (2)')
    """
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in name).strip("'") or "sheet"
    clean = clean[:MAX_SHEET_NAME]
    used = {t.lower() for t in taken}
    candidate, n = clean, 1
    while candidate.lower() in used:
        n += 1
        suffix = f" ({n})"
        candidate = clean[: MAX_SHEET_NAME - len(suffix)] + suffix
    return candidate


def _text_width(value: Any) -> int:
    if isinstance(value, dt.datetime):
        return 19
    if isinstance(value, dt.date):
        return 10
    return len(str(value))


class _SheetWriter:
    """Writes one report's rows, starting a continuation sheet when Excel's row limit is hit."""

    def __init__(self, book: _Book, name: str, columns: Sequence[str]) -> None:
        self.book, self.name, self.columns = book, name, list(columns)
        self.sheet: Any = None
        self.row = 0
        self.widths: list[int] = []

    def _start(self) -> None:
        self._finish()
        self.sheet = self.book.wb.add_worksheet(sheet_name(self.name, self.book.names))
        self.book.names.append(self.sheet.name)
        self.sheet.write_row(0, 0, self.columns, self.book.header)
        self.widths = [len(c) for c in self.columns]
        self.row = 1

    def _finish(self) -> None:
        if self.sheet is None:
            return
        last_col = max(len(self.columns) - 1, 0)
        self.sheet.freeze_panes(1, 0)
        self.sheet.autofilter(0, 0, max(self.row - 1, 0), last_col)
        for i, w in enumerate(self.widths):
            self.sheet.set_column(i, i, min(max(w + 2, WIDTH_MIN), WIDTH_MAX))

    def write(self, rows: Iterable[Sequence[Any]]) -> int:
        self._start()
        n = 0
        for values in rows:
            if self.row >= MAX_ROWS:
                self._start()
            for col, value in enumerate(values):
                self._cell(col, value)
            self.row += 1
            n += 1
        self._finish()
        return n

    def _cell(self, col: int, value: Any) -> None:
        if value is None:
            return
        ws, row, book = self.sheet, self.row, self.book
        if isinstance(value, bool):
            ws.write_boolean(row, col, value)
        elif isinstance(value, int | float | Decimal):
            ws.write_number(row, col, float(value) if isinstance(value, Decimal) else value)
        elif isinstance(value, dt.datetime):
            # Excel has no time zones: an instant is written in UTC, as the catalog keeps it.
            if value.tzinfo is not None:
                value = value.astimezone(dt.UTC).replace(tzinfo=None)
            ws.write_datetime(row, col, value, book.stamp)
        elif isinstance(value, dt.date):
            ws.write_datetime(row, col, value, book.date)
        else:
            if isinstance(value, bytes | bytearray | memoryview):
                value = bytes(value).hex()
            text = str(value)
            if len(text) > MAX_CELL:
                text = text[: MAX_CELL - 1] + "…"
            ws.write_string(row, col, text)
        if col < len(self.widths):
            self.widths[col] = max(self.widths[col], min(_text_width(value), WIDTH_MAX))


class _Book:
    def __init__(self, path: str) -> None:
        self.wb = xlsxwriter.Workbook(
            path,
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        self.header = self.wb.add_format({"bold": True, "bottom": 1})
        self.date = self.wb.add_format({"num_format": "yyyy-mm-dd"})
        self.stamp = self.wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        self.names: list[str] = []


def write_workbook(path: str, sheets: Iterable[Sheet], *, force: bool = False) -> dict[str, int]:
    """Write each ``(name, columns, rows)`` as a sheet of a new workbook at ``path``;
    return the rows written per report.

    The workbook is written beside ``path`` and moved into place when whole, so a
    failure half-way leaves no broken file and an earlier one untouched.
    """
    if not force and os.path.isfile(path):
        raise CatalogError(f"{path} exists: pass --force to overwrite it")
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise CatalogError(f"cannot write {path}: the folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=".catalog-", suffix=".xlsx", dir=folder)
    os.close(fd)
    counts: dict[str, int] = {}
    try:
        book = _Book(tmp)
        for name, columns, rows in sheets:
            counts[name] = _SheetWriter(book, name, columns).write(rows)
        if not book.names:
            book.wb.add_worksheet("empty")
        book.wb.close()
        publish(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return counts
