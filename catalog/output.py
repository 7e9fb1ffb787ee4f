"""Rows → table | csv | json | jsonl, written by one function. JSON streams.

Spreadsheets (xlsx) are binary and written to a file by :mod:`catalog.workbook`;
this module names the format and picks it from the ``-o`` file's suffix.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import json
import os
from collections.abc import Callable, Collection, Iterable, Sequence
from decimal import Decimal
from typing import Any, TextIO

from catalog.errors import CatalogError

FORMATS = ("table", "csv", "json", "jsonl", "xlsx")
# Formats written as text by :func:`write_rows`; xlsx is a binary file.
TEXT_FORMATS = ("table", "csv", "json", "jsonl")
# An output file's suffix names its format unless --format says otherwise.
SUFFIX_FORMATS = {
    ".csv": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xlsx": "xlsx",
}
# Files a user may ask for that no format here can be: refused rather than filled with a table.
_FOREIGN_SUFFIXES = (".xls", ".ods", ".html", ".htm")
# A spreadsheet treats a cell starting with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TABLE_CELL_MAX = 60
# Several names in one cell (authors, editors) are joined by this in tables and CSV,
# and become a JSON array in json/jsonl.
LIST_JOINER = "; "


def format_for(fmt: str | None, path: str | None) -> str:
    """The format to write: ``--format`` when given, else the output file's suffix,
    else a table.

    >>> format_for(None, "hasil.JSON"), format_for(None, "a.jsonl"), format_for(None, "a.xlsx")
    ('json', 'jsonl', 'xlsx')
    >>> format_for("table", "x.json"), format_for(None, "x.txt"), format_for(None, None)
    ('table', 'table', 'table')
    """
    if fmt is not None:
        return fmt
    if path is None:
        return "table"
    suffix = os.path.splitext(path)[1].lower()
    if suffix in _FOREIGN_SUFFIXES:
        stem = os.path.splitext(path)[0]
        hint = (
            f"for a web page of every report, `catalog report html -o {path}`"
            if suffix in (".html", ".htm")
            else f"for a spreadsheet, -o {stem}.xlsx"
        )
        raise CatalogError(
            f"cannot write {path}: the formats are {', '.join(FORMATS)} ({hint}), "
            "or pass --format to write one of them under this name"
        )
    return SUFFIX_FORMATS.get(suffix, "table")


def publish(tmp: str, path: str) -> None:
    """Move a finished temporary file into place with the mode a new file would get
    (``mkstemp`` makes it private to its owner)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)
    os.replace(tmp, path)


def plain(value: Any) -> Any:
    """A value as JSON/CSV can carry it: dates as ISO text, numbers as numbers.

    PostgreSQL's ``numeric`` (``avg``, ``sum`` of big integers) arrives as a
    Decimal; it is written as the number SQLite would give.

    >>> plain(Decimal("2.5")), plain(Decimal("12"))
    (2.5, 12)
    """
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formula injection in a text cell (numbers stay numbers).

    >>> safe_cell("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> safe_cell(-3)
    -3
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class _LineFeedRows:
    """A file for :func:`csv.writer` that ends each row with LF instead of CRLF."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, row: str) -> int:
        # csv.writer hands over one whole row per call.
        return self._out.write(row[:-2] + "\n" if row.endswith("\r\n") else row)


def _csv(
    columns: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO, raw: bool, excel: bool
) -> int:
    if excel:
        out.write("\ufeff")
    # The writer quotes only cells holding a character of its line terminator,
    # so it always ends rows with CRLF (a bare CR in a cell gets quoted too);
    # plain CSV then has that terminator turned into LF.
    writer = csv.writer(out if excel else _LineFeedRows(out), lineterminator="\r\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        cells = ["" if v is None else plain(v) for v in row]
        writer.writerow(cells if raw else [safe_cell(v) for v in cells])
        n += 1
    return n


def _json_value(value: Any) -> Any:
    """A value for JSON: a blob becomes the object sqlite-utils writes for one.

    >>> _json_value(b"\\x00\\xff")
    {'$base64': True, 'encoded': 'AP8='}
    """
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$base64": True, "encoded": base64.b64encode(value).decode("ascii")}
    return plain(value)


def split_names(value: Any) -> list[Any]:
    """A cell of several names as a JSON array: none is ``[]``, one is ``["a"]``.

    >>> split_names("Ani; Budi Santoso"), split_names(None), split_names("")
    (['Ani', 'Budi Santoso'], [], [])
    """
    if value is None or value == "":
        return []
    if not isinstance(value, str):
        return [_json_value(value)]
    return [name.strip() for name in value.split(LIST_JOINER.strip()) if name.strip()]


def _json(
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    out: TextIO,
    lines: bool,
    lists: Collection[str] = (),
) -> int:
    n = 0
    if not lines:
        out.write("[")
    convert = [split_names if c in lists else _json_value for c in columns]
    for row in rows:
        record = json.dumps(
            dict(zip(columns, (f(v) for f, v in zip(convert, row, strict=True)), strict=True)),
            ensure_ascii=False,
        )
        if lines:
            out.write(record + "\n")
        else:
            out.write(("\n " if n == 0 else ",\n ") + record)
        n += 1
    if not lines:
        out.write("\n]\n" if n else "]\n")
    return n


def _cell_text(value: Any, cut: Callable[[str, int], str]) -> str:
    text = "" if value is None else str(plain(value))
    text = " ".join(text.split())
    return cut(text, _TABLE_CELL_MAX)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# Columns whose cells hold a [hit] (search snippets): a cell cut to fit keeps it in view.
_HIT_COLUMNS = ("snippet",)


def cut_around_hit(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` characters centred on its first ``[hit]``, kept whole (a
    text with no hit is cut at the end, as any cell).

    >>> cut_around_hit("…kata53 kata54 kata55 kata56 [banjir] rob melanda pesisir utara…", 24)
    '…kata56 [banjir] rob me…'
    >>> cut_around_hit("[banjir] rob melanda pesisir utara", 12)
    '[banjir] ro…'
    >>> cut_around_hit("kata1 kata2 kata3 [rob]", 12)
    '…kata3 [rob]'
    """
    if len(text) <= width:
        return text
    start = text.find("[")
    end = text.find("]", start) + 1 if start >= 0 else 0
    if start < 0 or end <= 0:
        return _cut(text, width)
    inner = width - 2  # between the two "…"
    a = start - max(0, inner - (end - start)) // 2
    if a <= 0:  # the hit is near the start
        return _cut(text, width)
    if a + inner >= len(text):  # near the end
        return "…" + text[len(text) - (width - 1) :]
    return "…" + text[a : a + inner] + "…"


# No column is narrowed below this (a header may be cut to it).
_TABLE_COLUMN_MIN = 5
# Columns are first narrowed no further than this or their widest cell, so that short
# values (dates, times, kinds) stay whole while long text gives way; headers may be cut.
_TABLE_COLUMN_READABLE = 12


def fit_widths(widths: Sequence[int], width: int, cells: Sequence[int] | None = None) -> list[int]:
    """Column widths whose table (two spaces between columns) fits ``width``.

    The widest column gives up a character at a time: first down to its widest cell
    (``cells``; a long header is cut instead) or :data:`_TABLE_COLUMN_READABLE`,
    whichever is less, then, if the table is still too wide, down to
    :data:`_TABLE_COLUMN_MIN` (so a table of very many columns may stay wider).

    >>> fit_widths([4, 60, 10], 40)
    [4, 22, 10]
    >>> fit_widths([14, 40, 30], 46, cells=[10, 40, 30])
    [14, 14, 14]
    >>> fit_widths([14, 40, 30], 38, cells=[10, 40, 30])
    [10, 12, 12]
    >>> fit_widths([30, 30], 20), fit_widths([4, 6], 80)
    ([9, 9], [4, 6])
    """
    fitted = list(widths)
    excess = sum(fitted) + 2 * (len(fitted) - 1) - width
    readable = [
        min(w, max(_TABLE_COLUMN_MIN, min(c, _TABLE_COLUMN_READABLE)))
        for w, c in zip(widths, cells or widths, strict=True)
    ]
    for floors in (readable, [min(w, _TABLE_COLUMN_MIN) for w in widths]):
        while excess > 0:
            shrinkable = [i for i in range(len(fitted)) if fitted[i] > floors[i]]
            if not shrinkable:
                break
            widest = max(shrinkable, key=lambda i: fitted[i])
            fitted[widest] -= 1
            excess -= 1
    return fitted


def _table(
    columns: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO, width: int | None = None
) -> int:
    cuts = [cut_around_hit if c in _HIT_COLUMNS else _cut for c in columns]
    cells = [[_cell_text(v, cut) for v, cut in zip(row, cuts, strict=True)] for row in rows]
    longest = [0] * len(columns)  # the widest cell of each column, header aside
    for row in cells:
        longest = [max(w, len(c)) for w, c in zip(longest, row, strict=True)]
    widths = [max(len(h), w) for h, w in zip(columns, longest, strict=True)]
    if width is not None:
        widths = fit_widths(widths, width, longest)

    def line(row: Sequence[str], cuts: Sequence[Callable[[str, int], str]]) -> str:
        return "  ".join(
            cut(c, w).ljust(w) for c, w, cut in zip(row, widths, cuts, strict=True)
        ).rstrip()

    out.write(line(columns, [_cut] * len(columns)) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write(line(row, cuts) + "\n")
    return len(cells)


def write_rows(
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fmt: str,
    out: TextIO,
    *,
    raw_csv: bool = False,
    excel: bool = False,
    lists: Collection[str] = (),
    width: int | None = None,
) -> int:
    """Write rows in one of :data:`FORMATS`; return how many were written.

    ``lists`` names the columns whose cells hold several names joined by
    :data:`LIST_JOINER`: JSON gets them as arrays, the table and CSV as they are.
    ``width`` is the most characters a table line may take (a terminal's width):
    long cells are cut with ``…`` to fit.
    """
    if fmt == "csv":
        return _csv(columns, rows, out, raw_csv, excel)
    if fmt in ("json", "jsonl"):
        return _json(columns, rows, out, fmt == "jsonl", lists)
    if fmt == "table":
        return _table(columns, rows, out, width)
    raise ValueError(f"unknown format {fmt!r}")
