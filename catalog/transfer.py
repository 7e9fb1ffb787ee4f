"""Move a whole catalog between databases (SQLite ↔ PostgreSQL) as JSON lines.

``export`` writes one header line, then for each table (parents first) a line
naming its columns followed by one JSON array per row, ordered by id, then an
end line with the row counts, so a cut-off file is refused on import::

    {"catalog_export": 1, "revision": "0002", "tables": ["sources", ...]}
    {"table": "sources", "columns": ["id", "key", "name"]}
    [1, "infopublik", "InfoPublik"]
    ...
    {"end": true, "rows": {"sources": 1, ...}}

Ids are kept, so every relation survives; instants are written in UTC with
their offset, dates as ISO text. Both sides stream: rows go out as they are
read and come in batch by batch, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from sqlalchemy import Connection, Date, DateTime, Table, func, insert, select

from catalog.db import Catalog, head_revision, read_snapshot, reset_sequences, translate_errors
from catalog.errors import CatalogError
from catalog.models import Base

FORMAT_VERSION = 1
_BATCH = 1000


def tables() -> list[Table]:
    """The catalog's tables, each after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


def _out_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        # SQLite hands back the stored UTC instant without its zone.
        aware = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
        return aware.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"


def export_jsonl(catalog: Catalog, out: TextIO) -> dict[str, int]:
    """Write the whole catalog to ``out``; return the row count of each table."""
    catalog.open()
    counts: dict[str, int] = {}
    with translate_errors(catalog.display), read_snapshot(catalog) as conn:
        out.write(
            _dump(
                {
                    "catalog_export": FORMAT_VERSION,
                    "revision": head_revision(),
                    "tables": [t.name for t in tables()],
                }
            )
        )
        for table in tables():
            out.write(_dump({"table": table.name, "columns": [c.name for c in table.columns]}))
            n = 0
            result = conn.execution_options(stream_results=True, yield_per=_BATCH).execute(
                select(table).order_by(*table.primary_key.columns)
            )
            for row in result:
                out.write(_dump([_out_value(v) for v in row]))
                n += 1
            counts[table.name] = n
        out.write(_dump({"end": True, "rows": counts}))
    return counts


@dataclass
class ImportResult:
    rows: dict[str, int] = field(default_factory=dict)
    nul_stripped: int = 0


def _converters(table: Table, columns: list[str]) -> list[Any]:
    convs: list[Any] = []
    for name in columns:
        if name not in table.columns:
            raise CatalogError(f"the export has a column {table.name}.{name} this catalog lacks")
        col_type = table.columns[name].type
        if isinstance(col_type, DateTime):
            convs.append(dt.datetime.fromisoformat)
        elif isinstance(col_type, Date):
            convs.append(dt.date.fromisoformat)
        else:
            convs.append(None)
    return convs


class _Position:
    """How far the import got: the last line read whole, and what it held."""

    def __init__(self) -> None:
        self.line = 0
        self.table: str | None = None
        self.rows = 0  # rows of ``table`` read so far

    def describe(self) -> str:
        if self.table is None:
            return f"after line {self.line}"
        if not self.rows:
            return f"after line {self.line} (the columns of table {self.table})"
        return f"after line {self.line} (row {self.rows} of table {self.table})"


def _lines(fh: TextIO, name: str, at: _Position) -> Iterator[tuple[int, Any]]:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            if not line.endswith("\n"):
                # The last line, cut off inside a record: a copy that stopped early.
                raise CatalogError(
                    f"{name} is cut off inside line {n}, after {len(line)} characters; the "
                    f"last whole line is {at.describe().removeprefix('after line ')}: "
                    "nothing was imported"
                ) from None
            raise CatalogError(f"{name} line {n}: not JSON ({exc.msg})") from None
        at.line = n
        yield n, obj


def _is_empty(conn: Connection) -> dict[str, int]:
    found = {}
    for table in tables():
        n = conn.scalar(select(func.count()).select_from(table)) or 0
        if n:
            found[table.name] = n
    return found


def import_jsonl(catalog: Catalog, fh: TextIO, name: str = "the export") -> ImportResult:
    """Load an export into an empty catalog at head (created if new), in one transaction.

    PostgreSQL text cannot hold NUL characters: any found are dropped and counted.
    """
    catalog.open(create=True)
    result = ImportResult()
    at = _Position()
    lines = _lines(fh, name, at)
    first = next(lines, None)
    if first is None or not isinstance(first[1], dict) or "catalog_export" not in first[1]:
        raise CatalogError(f"{name} is not a catalog export (no header line)")
    header = first[1]
    if header["catalog_export"] != FORMAT_VERSION:
        raise CatalogError(
            f"{name} is export format {header['catalog_export']}, not {FORMAT_VERSION}"
        )
    if header.get("revision") != head_revision():
        raise CatalogError(
            f"{name} was exported at schema revision {header.get('revision')}, this catalog is at "
            f"{head_revision()}: export and import with the same version of catalog"
        )
    by_name = {t.name: t for t in tables()}
    with translate_errors(catalog.display), catalog.engine.begin() as conn:
        busy = _is_empty(conn)
        if busy:
            listed = ", ".join(f"{n} {t}" for t, n in busy.items())
            raise CatalogError(
                f"{catalog.display} is not empty ({listed}): import into a new, empty catalog"
            )
        table: Table | None = None
        columns: list[str] = []
        convs: list[Any] = []
        batch: list[dict[str, Any]] = []
        ended: dict[str, int] | None = None

        def flush() -> None:
            if batch and table is not None:
                conn.execute(insert(table), batch)
                batch.clear()

        for n, obj in lines:
            if ended is not None:
                raise CatalogError(f"{name} line {n}: data after the end line")
            if isinstance(obj, list):
                if table is None or len(obj) != len(columns):
                    raise CatalogError(f"{name} line {n}: a row that fits no table header")
                row: dict[str, Any] = {}
                for col, conv, value in zip(columns, convs, obj, strict=True):
                    if isinstance(value, str):
                        if "\x00" in value:
                            value = value.replace("\x00", "")
                            result.nul_stripped += 1
                        if conv is not None:
                            value = conv(value)
                    row[col] = value
                batch.append(row)
                result.rows[table.name] += 1
                at.rows = result.rows[table.name]
                if len(batch) >= _BATCH:
                    flush()
            elif isinstance(obj, dict) and "table" in obj:
                flush()
                if obj["table"] not in by_name:
                    raise CatalogError(f"{name} line {n}: unknown table {obj['table']!r}")
                table = by_name[obj["table"]]
                at.table, at.rows = table.name, 0
                columns = list(obj["columns"])
                convs = _converters(table, columns)
                result.rows.setdefault(table.name, 0)
            elif isinstance(obj, dict) and obj.get("end"):
                flush()
                ended = dict(obj.get("rows", {}))
            else:
                raise CatalogError(f"{name} line {n}: not part of a catalog export")
        if ended is None:
            raise CatalogError(
                f"{name} ends early, {at.describe()}, with no end line: nothing was imported"
            )
        got = {t: n for t, n in result.rows.items() if n}
        if {t: n for t, n in ended.items() if n} != got:
            raise CatalogError(f"{name}: rows read {got} differ from its end line {ended}")
        reset_sequences(conn, tables())
    return result
