"""The Datasette plugin of ``catalog serve`` (entry point ``datasette: catalog``).

- SQL functions ``catalog_source_key`` and ``catalog_person_key``: a name folded
  the way the catalog keys sources and people, so the report queries' ``source``
  and ``author`` parameters match as ``catalog report --source/--author`` do;
- a ``month`` facet (``_facet_month=published_date``): documents per ``YYYY-MM``,
  each month selecting ``published_date__startswith``;
- columns hidden on a table's page unless asked for (``hide_columns`` in the
  plugin's metadata: the documents' ``body`` and ``minhash``), by redirecting a
  plain request to the same page with ``_nocol`` for each;
- the duplicates report, which is Python over the MinHash signatures rather than
  SQL: ``/-/catalog/duplicates.json`` answers with the rows of ``catalog report
  duplicates --format json`` (``?since=&until=&source=&author=&threshold=``, empty
  means not given) and ``/-/catalog/duplicates`` shows them as a page.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette import Response, hookimpl
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

from catalog.errors import CatalogError
from catalog.extract.names import normalise_name
from catalog.records import source_key
from catalog.web.duplicates import PARAMETERS, duplicate_rows, parse_parameters

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


DUPLICATES_PATH = "/-/catalog/duplicates"

_DUPLICATES_PAGE = """{% extends "base.html" %}
{% block title %}Duplikat / Duplicates{% endblock %}
{% block content %}
<h1>Duplikat / Duplicates</h1>
<p>Kelompok dokumen yang teksnya sama atau hampir sama (satu siaran pers di beberapa media),
satu baris per anggota, yang terbit lebih dulu di atas. / Groups of documents whose text is the
same or nearly so, one row per member, earliest first; the same rows as
<code>catalog report duplicates</code>.</p>
<form action="{{ path }}" method="get">
{% if database %}<input type="hidden" name="database" value="{{ database }}">{% endif %}
{% for name in parameters %}<label>{{ name }} <input name="{{ name }}" value="{{ given[name] }}"
size="12"></label> {% endfor %}<input type="submit" value="Tampilkan / Show">
</form>
{% if error %}<p class="message-error">{{ error }}</p>{% else %}
<p>{{ rows|length }} baris / rows{% if rows|length > shown|length %}, {{ shown|length }}
ditampilkan / shown{% endif %}: <a href="{{ json_url }}">JSON</a></p>
<div class="table-wrapper"><table class="rows-and-columns">
<thead><tr>{% for c in columns %}<th scope="col">{{ c }}</th>{% endfor %}</tr></thead>
<tbody>{% for row in shown %}<tr>{% for c in columns %}<td>{{ row[c] if row[c] is not none else "" }}</td>
{% endfor %}</tr>{% endfor %}</tbody>
</table></div>{% endif %}
{% endblock %}
"""


async def duplicates_view(datasette: Any, request: Any) -> Any:
    """The duplicates report of the catalog (``?database=`` when Datasette serves several)."""
    as_json = request.path.endswith(".json")
    given = {name: request.args.get(name) or "" for name in PARAMETERS}
    columns: list[str] = []
    rows: list[dict[str, Any]] = []
    error = None
    try:
        try:
            database = datasette.get_database(request.args.get("database") or None)
        except KeyError:
            raise CatalogError(f"no database named {request.args.get('database')!r}") from None
        if database.path is None:
            raise CatalogError(f"{database.name} is not a catalog file")
        # Whoever may not see the database's tables may not see its documents here either.
        await datasette.ensure_permissions(
            request.actor, [("view-database", database.name), "view-instance"]
        )
        filters, threshold = parse_parameters(given)
        # The report reads with SQLAlchemy, as the CLI does; off the event loop.
        columns, rows = await asyncio.to_thread(duplicate_rows, database.path, filters, threshold)
    except CatalogError as exc:
        error = str(exc)
    if as_json:
        if error is not None:
            return Response.json({"ok": False, "error": error}, status=400)
        if request.args.get("_shape") == "array":
            return Response.json(rows)
        return Response.json({"ok": True, "columns": columns, "rows": rows})
    template = datasette.jinja_env.from_string(_DUPLICATES_PAGE)
    limit = datasette.setting("max_returned_rows")
    query = request.query_string
    page = await datasette.render_template(
        template,
        {
            "path": datasette.urls.path(DUPLICATES_PATH),
            "parameters": PARAMETERS,
            "given": given,
            "database": request.args.get("database") or "",
            "error": error,
            "columns": columns,
            "rows": rows,
            "shown": rows[:limit],
            "json_url": datasette.urls.path(f"{DUPLICATES_PATH}.json")
            + (f"?{query}" if query else ""),
        },
        request=request,
    )
    return Response.html(page, status=400 if error is not None else 200)


@hookimpl  # type: ignore[untyped-decorator]
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [{"href": datasette.urls.path(DUPLICATES_PATH), "label": "Duplikat / Duplicates"}]


@hookimpl  # type: ignore[untyped-decorator]
def register_routes() -> list[tuple[str, Any]]:
    return [(rf"^{DUPLICATES_PATH}(\.json)?$", duplicates_view)]
