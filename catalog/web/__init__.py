"""``catalog serve``: the catalog in Datasette, labelled, sorted and with the reports as queries.

The metadata is package data (``metadata.json``: labels, sorting, hidden tables,
facets, full-text search) plus a canned query for each report built here,
with the CLI's filters as parameters (``since``, ``until``, ``source``,
``author``; empty means none). The queries call two SQL functions that the
plugin in :mod:`catalog.web.plugin` registers, so a source or author matches
exactly as ``catalog report --source/--author`` matches it. The duplicates
report is not SQL: the plugin serves it at ``/-/catalog/duplicates``
(:mod:`catalog.web.duplicates`), linked from the front page. Datasette reads
SQLite files only.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from typing import Any

from catalog.errors import CatalogError

HOST = "127.0.0.1"
DEFAULT_PORT = 8001
# Datasette names a database after its file, without the suffix.
PLUGIN_NAME = "catalog"


def database_name(path: str) -> str:
    """The name Datasette gives the database at ``path``.

    >>> database_name("/data/arsip-2024.db"), database_name("catalog.db")
    ('arsip-2024', 'catalog')
    """
    return os.path.splitext(os.path.basename(path))[0]


def _filters(d: str) -> str:
    """The ``--since/--until/--source/--author`` filters on documents ``d``, in SQL.

    ``since`` and ``until`` take a day, a month or a year, as the CLI does: a
    date is at or after ``2024-09`` when it sorts after it, and at or before it
    when its first seven characters do not sort after it.
    """
    # Datasette hands "2024" over as a number, and the date column's NUMERIC affinity
    # would make a number of the bound too: both sides are compared as plain text.
    since, until = "CAST(:since AS TEXT)", "CAST(:until AS TEXT)"
    return (
        f"{d}.missing_since IS NULL "
        f"AND (:since = '' OR substr({d}.published_date, 1, 10) >= {since}) "
        f"AND (:until = '' OR substr({d}.published_date, 1, length({until})) <= {until}) "
        f"AND (:source = '' OR {d}.source_id IN "
        "(SELECT fs.id FROM sources fs WHERE fs.key = catalog_source_key(:source))) "
        f"AND (:author = '' OR EXISTS (SELECT 1 FROM credits fc "
        "JOIN people fp ON fp.id = fc.person_id "
        f"WHERE fc.document_id = {d}.id AND fc.role = 'author' "
        "AND fp.key = catalog_person_key(:author)))"
    )


def _names(role: str) -> str:
    return (
        "(SELECT group_concat(n, '; ') FROM (SELECT c.name_as_written AS n FROM credits c "
        f"WHERE c.document_id = d.id AND c.role = '{role}' ORDER BY c.position))"
    )


def _top_three(inner: str) -> str:
    return f"(SELECT group_concat(t.n || ' (' || t.k || ')', '; ') FROM ({inner}) t)"


def _people(role: str) -> str:
    partners = (
        "SELECT p2.name AS n, count(*) AS k FROM credits c1 "
        "JOIN credits c2 ON c2.document_id = c1.document_id AND c2.person_id <> c1.person_id "
        "JOIN people p2 ON p2.id = c2.person_id "
        "JOIN documents d2 ON d2.id = c1.document_id "
        f"WHERE c1.person_id = p.id AND c1.role = '{role}' AND {_filters('d2')} "
        "GROUP BY p2.id, p2.name ORDER BY k DESC, n LIMIT 3"
    )
    return (
        "SELECT p.name AS name, count(DISTINCT c.document_id) AS documents, "
        "min(d.published_date) AS first_date, max(d.published_date) AS last_date, "
        f"{_top_three(partners)} AS appears_with "
        f"FROM people p JOIN credits c ON c.person_id = p.id AND c.role = '{role}' "
        f"JOIN documents d ON d.id = c.document_id WHERE {_filters('d')} "
        "GROUP BY p.id, p.name ORDER BY documents DESC, p.name"
    )


def report_queries() -> dict[str, str]:
    """The SQL of each report as a canned query, by query name."""
    authors_of_source = (
        "SELECT p.name AS n, count(*) AS k FROM documents d2 "
        "JOIN credits c ON c.document_id = d2.id AND c.role = 'author' "
        "JOIN people p ON p.id = c.person_id "
        f"WHERE d2.source_id = s.id AND {_filters('d2')} "
        "GROUP BY p.id, p.name ORDER BY k DESC, n LIMIT 3"
    )
    month = "coalesce(substr(d.published_date, 1, 7), '(undated)')"
    return {
        "report_index": (
            "SELECT d.path AS path, d.kind AS kind, d.title AS title, "
            f"{_names('author')} AS authors, d.published_date AS published_date, "
            "d.published_time AS published_time, d.timezone AS timezone, "
            f"{_names('editor')} AS editors, s.name AS source, d.dateline AS dateline, "
            "d.views AS views "
            "FROM documents d LEFT JOIN sources s ON s.id = d.source_id "
            f"WHERE {_filters('d')} ORDER BY d.root, d.path"
        ),
        "report_authors": _people("author"),
        "report_editors": _people("editor"),
        "report_sources": (
            "SELECT s.name AS name, count(d.id) AS documents, "
            "min(d.published_date) AS first_date, max(d.published_date) AS last_date, "
            f"{_top_three(authors_of_source)} AS appears_with "
            "FROM sources s JOIN documents d ON d.source_id = s.id "
            f"WHERE {_filters('d')} GROUP BY s.id, s.name ORDER BY documents DESC, s.name"
        ),
        "report_months": (
            f"SELECT {month} AS month, s.name AS source, count(*) AS documents "
            "FROM documents d LEFT JOIN sources s ON s.id = d.source_id "
            f"WHERE {_filters('d')} GROUP BY {month}, s.name "
            f"ORDER BY {month} = '(undated)', {month}, s.name"
        ),
    }


_TITLES = {
    "report_index": "Indeks dokumen / Index",
    "report_authors": "Penulis / Authors",
    "report_editors": "Editor / Editors",
    "report_sources": "Sumber / Sources",
    "report_months": "Dokumen per bulan / Documents per month",
}


def metadata(db_path: str) -> dict[str, Any]:
    """Datasette metadata for the catalog at ``db_path``: the shipped ``metadata.json``
    under the database's name, with a canned query for each report."""
    text = resources.files(__package__).joinpath("metadata.json").read_text("utf-8")
    meta: dict[str, Any] = json.loads(text)
    database = meta["databases"].pop("catalog")
    database["queries"] = {
        name: {
            "sql": sql,
            "title": _TITLES[name],
            "description": "Saringan / filters: since, until (YYYY, YYYY-MM, YYYY-MM-DD), "
            "source, author; kosong = semua / empty = all.",
        }
        for name, sql in report_queries().items()
    }
    meta["databases"][database_name(db_path)] = database
    return meta


def serve_argv(db_path: str, metadata_file: str, port: int, host: str = HOST) -> list[str]:
    """The ``datasette`` command line that serves the catalog with the metadata."""
    return [
        "serve",
        db_path,
        "--metadata",
        metadata_file,
        "--host",
        host,
        "--port",
        str(port),
        "--setting",
        "facet_time_limit_ms",
        "1000",
    ]


def serve(db_path: str, port: int = DEFAULT_PORT, host: str = HOST) -> None:
    """Run Datasette on the catalog at ``db_path`` until interrupted."""
    try:
        from datasette import cli as datasette_cli
    except ImportError:
        raise CatalogError(
            "catalog serve needs Datasette: pip install 'catalog[web]' (or '.[web]' in the repository)"
        ) from None
    import tempfile

    if not os.path.isfile(db_path):
        raise CatalogError(f"no catalog at {db_path}")
    with tempfile.TemporaryDirectory(prefix="catalog-serve-") as tmp:
        meta_file = os.path.join(tmp, "metadata.json")
        with open(meta_file, "w", encoding="utf-8") as fh:
            json.dump(metadata(db_path), fh, ensure_ascii=False, indent=2)
        datasette_cli.cli.main(serve_argv(db_path, meta_file, port, host), standalone_mode=False)
