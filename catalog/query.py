"""Read-only SQL for people who know what they want from the catalog.

On SQLite the statement runs on a connection opened read-only (``mode=ro``,
``query_only``) with an authorizer that allows reading and nothing else, so a
write is refused before it starts, whatever its spelling. A progress handler
cancels it at the deadline. On PostgreSQL it runs in a READ ONLY transaction
with ``statement_timeout``.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, StatementError

from catalog.db import Catalog, sqlite_path
from catalog.errors import CatalogError, QueryRefused, QueryTimeout

# PRAGMAs that only read; any PRAGMA with a value (a write) is refused.
READ_PRAGMAS = frozenset(
    {
        "table_info",
        "table_xinfo",
        "table_list",
        "index_list",
        "index_info",
        "index_xinfo",
        "foreign_key_list",
        "database_list",
        "collation_list",
        "function_list",
        "pragma_list",
        "schema_version",
        "user_version",
        "page_count",
        "page_size",
        "freelist_count",
        "journal_mode",
        "foreign_keys",
        "encoding",
        "compile_options",
        "data_version",
        "integrity_check",
        "quick_check",
        "foreign_key_check",
    }
)
# Of those, the ones whose argument names what to read (``PRAGMA table_info(documents)``),
# never a value to set.
_READ_PRAGMAS_WITH_ARGUMENT = frozenset(
    {
        "table_info",
        "table_xinfo",
        "index_list",
        "index_info",
        "index_xinfo",
        "foreign_key_list",
        "foreign_key_check",
        "integrity_check",
        "quick_check",
    }
)
_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE}
_FORBIDDEN_FUNCTIONS = frozenset({"load_extension", "writefile", "edit", "fts3_tokenizer"})
_PROGRESS_STEPS = 10_000


@dataclass
class QueryResult:
    columns: Sequence[str]
    rows: Iterator[Sequence[Any]]


def _authorizer(
    action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None
) -> int:
    if action in _ALLOWED:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION:
        return (
            sqlite3.SQLITE_DENY
            if (arg2 or "").lower() in _FORBIDDEN_FUNCTIONS
            else sqlite3.SQLITE_OK
        )
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if name in READ_PRAGMAS and (arg2 is None or name in _READ_PRAGMAS_WITH_ARGUMENT):
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_DENY


def _explain_refusal(message: str) -> str:
    return f"catalog query only reads: this statement would change the catalog or its connection ({message})"


def _sqlite_query(
    path: Path, sql: str, params: Mapping[str, Any], timeout: float, limit: int | None
) -> QueryResult:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5, check_same_thread=False)
    except sqlite3.Error as exc:
        raise CatalogError(f"cannot open {path} for reading: {exc}") from None
    conn.execute("PRAGMA query_only=ON")
    conn.set_authorizer(_authorizer)
    deadline = time.monotonic() + timeout if timeout > 0 else None

    def progress() -> int:
        return 1 if deadline is not None and time.monotonic() > deadline else 0

    conn.set_progress_handler(progress, _PROGRESS_STEPS)

    def fail(exc: sqlite3.Error) -> CatalogError:
        text_ = str(exc)
        if "interrupted" in text_:
            return QueryTimeout(
                f"query cancelled after {timeout:g} s (use --timeout to allow more)"
            )
        if any(
            m in text_ for m in ("not authorized", "authorization denied", "readonly", "read-only")
        ):
            return QueryRefused(_explain_refusal(text_))
        if "one statement at a time" in text_:
            return QueryRefused("give one SQL statement at a time")
        return CatalogError(f"SQL error: {text_}")

    try:
        cur = conn.execute(sql, dict(params))
    except sqlite3.ProgrammingError as exc:
        conn.close()
        raise fail(exc) from None
    except sqlite3.Error as exc:
        conn.close()
        raise fail(exc) from None
    columns = [d[0] for d in cur.description or ()]

    def rows() -> Iterator[Sequence[Any]]:
        n = 0
        try:
            while limit is None or n < limit:
                row = cur.fetchone()
                if row is None:
                    break
                n += 1
                yield row
        except sqlite3.Error as exc:
            raise fail(exc) from None
        finally:
            conn.close()

    return QueryResult(columns, rows())


# A server-side cursor (DECLARE ... CURSOR FOR) takes one SELECT, WITH ... SELECT,
# VALUES or TABLE and nothing else: no second statement (so no COMMIT that would
# end the READ ONLY transaction), no data-modifying WITH. READ ONLY stops what
# is left (functions that write); statement_timeout cancels each fetch.
_READING_WORDS = ("select", "with", "values", "table", "(")


def _first_word(sql: str) -> str:
    stripped = re.sub(r"^(\s+|--[^\n]*\n?|/\*.*?\*/)+", "", sql, flags=re.S)
    return stripped[:1] if stripped.startswith("(") else stripped.split(None, 1)[0].lower()


def _server_error(exc: DBAPIError, sql: str, timeout: float) -> CatalogError:
    msg = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    if "read-only transaction" in msg or "data-modifying" in msg:
        return QueryRefused(_explain_refusal(msg))
    if "statement timeout" in msg:
        return QueryTimeout(f"query cancelled after {timeout:g} s (use --timeout to allow more)")
    if "multiple commands" in msg:
        return QueryRefused("give one SQL statement at a time")
    if "syntax error" in msg and _first_word(sql) not in _READING_WORDS:
        return QueryRefused(
            _explain_refusal(f"on PostgreSQL only SELECT, WITH, VALUES and TABLE run: {msg}")
        )
    return CatalogError(f"SQL error: {msg}")


def _server_query(
    catalog: Catalog, sql: str, params: Mapping[str, Any], timeout: float, limit: int | None
) -> QueryResult:
    conn = catalog.engine.connect()
    try:
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        if timeout > 0:
            conn.exec_driver_sql(f"SET LOCAL statement_timeout = {int(timeout * 1000)}")
        result = conn.execution_options(stream_results=True, yield_per=500).execute(
            text(sql), dict(params)
        )
        columns = list(result.keys())
    except DBAPIError as exc:
        conn.close()
        raise _server_error(exc, sql, timeout) from None
    except StatementError as exc:  # a :name with no -p NAME VALUE
        conn.close()
        raise CatalogError(f"SQL error: {exc.orig or exc}") from None
    except Exception:
        conn.close()
        raise

    def rows() -> Iterator[Sequence[Any]]:
        try:
            for n, row in enumerate(result):
                if limit is not None and n >= limit:
                    break
                yield tuple(row)
        except DBAPIError as exc:
            raise _server_error(exc, sql, timeout) from None
        finally:
            conn.close()

    return QueryResult(columns, rows())


def run_query(
    catalog: Catalog,
    sql: str,
    params: Mapping[str, Any] | None = None,
    *,
    timeout: float = 10.0,
    limit: int | None = None,
) -> QueryResult:
    """Run one read-only statement; refuse any write with :class:`QueryRefused`."""
    if not sql.strip():
        raise QueryRefused("no SQL statement given")
    catalog.open()
    path = sqlite_path(catalog.url)
    if path is not None:
        return _sqlite_query(path, sql, params or {}, timeout, limit)
    return _server_query(catalog, sql, params or {}, timeout, limit)
