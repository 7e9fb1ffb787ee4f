"""The few SQL differences between SQLite and PostgreSQL, in one place."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, func, literal
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import Alias

_Select = TypeVar("_Select", bound="Select[*tuple[Any, ...]]")


def group_concat(expr: Any, sep: str, order_by: Any, dialect: str) -> Any:
    """Join text values with ``sep`` in order.

    SQLite's ``group_concat`` keeps the order of the subquery it reads from
    (callers order that subquery); PostgreSQL orders inside the aggregate.
    """
    if dialect == "postgresql":
        return func.string_agg(expr, aggregate_order_by(literal(sep), order_by))
    return func.group_concat(expr, sep)


def month_of(date_column: Any, dialect: str) -> Any:
    """``YYYY-MM`` of a date column."""
    if dialect == "postgresql":
        return func.to_char(date_column, "YYYY-MM")
    return func.substr(date_column, 1, 7)


@compiles(Alias, "sqlite")
def _alias_with_index_hint(element: Alias, compiler: SQLCompiler, **kw: Any) -> str:
    """Render ``Select.with_hint(alias, "INDEXED BY ix", "sqlite")`` after the alias.

    SQLAlchemy's SQLite compiler drops table hints; SQLite reads ``INDEXED BY``
    right after a table's alias. Every other alias compiles as before.
    """
    text: str = compiler.visit_alias(element, **kw)  # type: ignore[no-untyped-call]
    hints = kw.get("fromhints")
    if kw.get("asfrom") and hints and element in hints:
        hint = hints[element]
        if hint.startswith("INDEXED BY "):
            text += " " + hint
    return text


def indexed_by(stmt: _Select, alias: Any, index: str) -> _Select:
    """On SQLite, read ``alias`` through ``index`` (PostgreSQL's planner needs no hint).

    For lookups by id where a narrow covering index beats the wide table rows
    that SQLite's planner would otherwise pick (the index must exist: the
    migrations make it, and a catalog behind them is refused).
    """
    return stmt.with_hint(alias, f"INDEXED BY {index}", dialect_name="sqlite")
