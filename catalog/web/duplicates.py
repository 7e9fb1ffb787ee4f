"""The duplicates report in ``catalog serve``: request parameters in, the CLI report's rows out.

Near-duplicate groups are worked out in Python from the MinHash signatures
(:func:`catalog.reports.duplicates`), so no canned SQL query can stand for them;
the plugin serves them at ``/-/catalog/duplicates.json`` (and a page without
``.json``) through the same :func:`catalog.reports.run_report` the CLI calls.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from catalog.db import Catalog, read_snapshot, translate_errors
from catalog.errors import CatalogError
from catalog.near_duplicates import THRESHOLD, THRESHOLD_RANGE
from catalog.output import plain
from catalog.reports import Filters, date_bound, run_report

PARAMETERS = ("since", "until", "source", "author", "threshold")


def parse_parameters(args: Mapping[str, str]) -> tuple[Filters, float]:
    """The report's filters and threshold from query-string values; empty means not given,
    as in the canned report queries.

    >>> parse_parameters({"since": "2024-06", "source": "", "threshold": "0.9"})
    (Filters(since=datetime.date(2024, 6, 1), until=None, source=None, author=None), 0.9)
    >>> parse_parameters({"until": "juni"})
    Traceback (most recent call last):
    ...
    catalog.errors.CatalogError: until: 'juni' is not a date like 2024-09-19, a month like 2024-09 or a year like 2024
    """
    given = {name: (args.get(name) or "").strip() for name in PARAMETERS}
    bounds = {}
    for name in ("since", "until"):
        try:
            bounds[name] = date_bound(given[name], end=name == "until") if given[name] else None
        except ValueError as exc:
            raise CatalogError(f"{name}: {exc}") from None
    threshold = THRESHOLD
    if given["threshold"]:
        low, high = THRESHOLD_RANGE
        try:
            threshold = float(given["threshold"])
        except ValueError:
            threshold = -1.0
        if not low <= threshold <= high:
            raise CatalogError(
                f"threshold: {given['threshold']!r} is not a number from {low} to {high}"
            )
    filters = Filters(
        since=bounds["since"],
        until=bounds["until"],
        source=given["source"] or None,
        author=given["author"] or None,
    )
    return filters, threshold


def duplicate_rows(
    db_path: str, filters: Filters, threshold: float = THRESHOLD
) -> tuple[list[str], list[dict[str, Any]]]:
    """The columns and rows of ``catalog report duplicates`` on the catalog at ``db_path``,
    each row an object as ``--format json`` writes it."""
    catalog = Catalog(db_path)
    try:
        catalog.open()
        with translate_errors(catalog.display), read_snapshot(catalog) as conn:
            report = run_report(conn, "duplicates", filters, threshold)
            columns = list(report.columns)
            rows = [dict(zip(columns, (plain(v) for v in row), strict=True)) for row in report.rows]
    finally:
        catalog.close()
    return columns, rows
