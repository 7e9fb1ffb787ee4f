"""The Datasette plugin of ``catalog serve`` (entry point ``datasette: catalog``).

- SQL functions ``catalog_source_key`` and ``catalog_person_key``: a name folded
  the way the catalog keys sources and people, so the report queries' ``source``
  and ``author`` parameters match as ``catalog report --source/--author`` do;
- a ``month`` facet (``_facet_month=published_date``): documents per ``YYYY-MM``,
  each month selecting ``published_date__startswith``;
- columns hidden on a table's page unless asked for (``hide_columns`` in the
  plugin's metadata: the documents' ``body`` and ``minhash``), by redirecting a
  plain request to the same page with ``_nocol`` for each.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

from catalog.extract.names import normalise_name
from catalog.records import source_key

PLUGIN = "catalog"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


@hookimpl  # type: ignore[untyped-decorator]
def prepare_connection(conn: Any) -> None:
    conn.create_function(
        "catalog_source_key", 1, lambda v: source_key(_text(v)), deterministic=True
    )
    conn.create_function(
        "catalog_person_key", 1, lambda v: normalise_name(_text(v)), deterministic=True
    )


class MonthFacet(Facet):  # type: ignore[misc]
    """Counts by the first seven characters (``YYYY-MM``) of a date column."""

    type = "month"

    async def suggest(self) -> list[dict[str, Any]]:
        return []

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results: list[dict[str, Any]] = []
        timed_out: list[str] = []
        args = dict(self.get_querystring_pairs())
        size = self.get_facet_size()
        for found in self.get_configs():
            config, source = found["config"], found["source"]
            column = config.get("column") or config["simple"]
            col = escape_sqlite(column)
            sql = (
                f"select substr({col}, 1, 7) as value, count(*) as count from ({self.sql}) "
                f"where {col} is not null group by value order by value desc limit {size + 1}"
            )
            try:
                rows = await self.ds.execute(
                    self.database,
                    sql,
                    self.params,
                    truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )
            except Exception:  # QueryInterrupted: the facet is left out, the page still shows
                timed_out.append(column)
                continue
            values = []
            key = f"{column}__startswith"
            for row in rows.rows[:size]:
                selected = args.get(key) == row["value"]
                path = (
                    path_with_removed_args(self.request, {key: row["value"]})
                    if selected
                    else path_with_added_args(self.request, {key: row["value"]})
                )
                values.append(
                    {
                        "value": row["value"],
                        "label": row["value"],
                        "count": row["count"],
                        "toggle_url": self.ds.absolute_url(self.request, path),
                        "selected": selected,
                    }
                )
            results.append(
                {
                    "name": column,
                    "type": self.type,
                    "results": values,
                    "hideable": source != "metadata",
                    "toggle_url": path_with_removed_args(self.request, {"_facet_month": column}),
                    "truncated": len(rows.rows) > size,
                }
            )
        return results, timed_out


@hookimpl  # type: ignore[untyped-decorator]
def register_facet_classes() -> list[type]:
    return [MonthFacet]


@hookimpl  # type: ignore[untyped-decorator]
def asgi_wrapper(datasette: Any) -> Any:
    def wrap(app: Any) -> Any:
        async def hide_columns(scope: dict[str, Any], receive: Any, send: Any) -> None:
            target = _redirect(datasette, scope) if scope.get("type") == "http" else None
            if target is None:
                await app(scope, receive, send)
                return
            await send(
                {
                    "type": "http.response.start",
                    "status": 302,
                    "headers": [(b"location", target.encode("utf-8"))],
                }
            )
            await send({"type": "http.response.body", "body": b""})

        return hide_columns

    return wrap


def _redirect(datasette: Any, scope: dict[str, Any]) -> str | None:
    """Where a plain request for a table page with hidden columns goes, or None."""
    parts = scope.get("path", "").strip("/").split("/")
    if len(parts) != 2 or scope.get("method") != "GET":
        return None
    database, table = parts
    config = datasette.plugin_config(PLUGIN) or {}
    hidden = (config.get("hide_columns") or {}).get(table)
    if not hidden:
        return None
    query = parse_qsl(scope.get("query_string", b"").decode("utf-8"), keep_blank_values=True)
    if any(k in ("_col", "_nocol") for k, _ in query):
        return None
    query += [("_nocol", column) for column in hidden]
    return f"/{database}/{table}?{urlencode(query)}"
