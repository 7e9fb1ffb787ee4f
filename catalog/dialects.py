"""The few SQL differences between SQLite and PostgreSQL, in one place."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, literal
from sqlalchemy.dialects.postgresql import aggregate_order_by


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
