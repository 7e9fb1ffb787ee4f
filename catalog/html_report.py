"""``catalog report html``: one web page of every report, with charts and the evidence.

The page opens offline in any browser: styles and a few lines of script are
inline, charts are SVG computed in :mod:`catalog.charts`, nothing comes from
the network. Its numbers come from the same report queries as the CSV reports
(:func:`catalog.reports.run_report`), with the same filters.

A small catalog is one file: summary, charts, the index as a sortable,
filterable table and a section per document (every field, each value's
evidence line, the rejected candidates, the lead). Above :data:`INLINE_LIMIT`
documents, or when ``-o`` names a folder, the summary stays one small file and
the index and the documents go into a folder of pages beside it,
:data:`PAGE_SIZE` documents a page, so the summary of a 100,000-document
catalog stays a few hundred kilobytes.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from sqlalchemy import Connection, distinct, func, select
from sqlalchemy.orm import aliased

from catalog import __version__
from catalog.charts import TOP_BARS, bar_chart, months_chart
from catalog.errors import CatalogError
from catalog.models import Credit, Document, Evidence, LoadProblem, SyncRun
from catalog.output import publish
from catalog.reports import (
    INDEX_COLUMNS,
    UNDATED,
    Filters,
    document_filter,
    index_select,
    run_report,
)

INLINE_LIMIT = 1000  # documents in one file; above this the pages go into a folder
PAGE_SIZE = 200  # documents a page in the folder
DOCUMENTS_DIR = "dokumen"
INDEX_PAGE = "indeks.html"
SUMMARY_PAGE = "index.html"  # the summary's name inside a folder
_PAGE_NAME = re.compile(r"p\d{4,}\.html")

LABELS: dict[str, dict[str, str]] = {
    "id": {
        "title": "Laporan Katalog Berita",
        "generated": "Dibuat",
        "by": "oleh catalog",
        "filters": "Saringan",
        "no_filters": "tanpa saringan (seluruh katalog)",
        "since": "sejak",
        "until": "sampai",
        "source": "sumber",
        "author": "penulis",
        "summary": "Ringkasan",
        "documents": "Dokumen",
        "articles": "Artikel",
        "sites": "Situs",
        "sources": "Sumber (media)",
        "people": "Orang (penulis dan editor)",
        "date_range": "Rentang tanggal terbit",
        "undated": "Dokumen tanpa tanggal",
        "load_problems": "Masalah saat memuat (sinkronisasi terakhir tiap folder)",
        "errors": "galat",
        "warnings": "peringatan",
        "charts": "Grafik",
        "chart_months": "Dokumen per bulan, menurut sumber",
        "chart_authors": "Penulis dengan dokumen terbanyak",
        "chart_editors": "Editor dengan dokumen terbanyak",
        "chart_sources": "Sumber dengan dokumen terbanyak",
        "chart_sites": "Dokumen per situs",
        "download_png": "Unduh PNG",
        "other": "lainnya",
        "unknown_source": "(tanpa sumber)",
        "no_dates": "Belum ada dokumen bertanggal.",
        "index": "Indeks dokumen",
        "full_index": "Indeks lengkap",
        "filter_table": "Saring tabel…",
        "rows_shown": "baris ditampilkan",
        "sort_hint": "Klik judul kolom untuk mengurutkan.",
        "document_pages": "Halaman dokumen",
        "back": "Kembali ke ringkasan",
        "evidence": "Bukti",
        "chosen": "dipilih",
        "rejected": "ditolak",
        "line": "baris",
        "lead": "Teras berita",
        "lines_cited": "Baris yang dikutip",
        "empty_fields": "Tidak ditemukan",
        "no_evidence": "tidak ada bukti",
        "no_documents": "Tidak ada dokumen yang cocok dengan saringan.",
        "page": "Halaman",
        "documents_lower": "dokumen",
        "url": "Alamat asal",
        "root": "Folder",
        "path": "Berkas",
        "kind": "Jenis",
        "title_col": "Judul",
        "authors": "Penulis",
        "published_date": "Tanggal",
        "published_time": "Jam",
        "timezone": "Zona",
        "editors": "Editor",
        "source_col": "Sumber",
        "dateline": "Dateline",
        "views": "Dibaca",
        "photo_credits": "Kredit foto",
    },
    "en": {
        "title": "News Catalog Report",
        "generated": "Generated",
        "by": "by catalog",
        "filters": "Filters",
        "no_filters": "none (the whole catalog)",
        "since": "since",
        "until": "until",
        "source": "source",
        "author": "author",
        "summary": "Summary",
        "documents": "Documents",
        "articles": "Articles",
        "sites": "Sites",
        "sources": "Sources (outlets)",
        "people": "People (authors and editors)",
        "date_range": "Publication dates",
        "undated": "Documents without a date",
        "load_problems": "Load problems (last sync of each folder)",
        "errors": "errors",
        "warnings": "warnings",
        "charts": "Charts",
        "chart_months": "Documents per month, by source",
        "chart_authors": "Authors with the most documents",
        "chart_editors": "Editors with the most documents",
        "chart_sources": "Sources with the most documents",
        "chart_sites": "Documents per site",
        "download_png": "Download PNG",
        "other": "other",
        "unknown_source": "(no source)",
        "no_dates": "No dated documents yet.",
        "index": "Document index",
        "full_index": "Full index",
        "filter_table": "Filter the table…",
        "rows_shown": "rows shown",
        "sort_hint": "Click a column heading to sort.",
        "document_pages": "Document pages",
        "back": "Back to the summary",
        "evidence": "Evidence",
        "chosen": "chosen",
        "rejected": "rejected",
        "line": "line",
        "lead": "Lead",
        "lines_cited": "Lines cited",
        "empty_fields": "Not found",
        "no_evidence": "no evidence",
        "no_documents": "No document matches the filters.",
        "page": "Page",
        "documents_lower": "documents",
        "url": "Source URL",
        "root": "Folder",
        "path": "File",
        "kind": "Kind",
        "title_col": "Title",
        "authors": "Authors",
        "published_date": "Date",
        "published_time": "Time",
        "timezone": "Zone",
        "editors": "Editors",
        "source_col": "Source",
        "dateline": "Dateline",
        "views": "Views",
        "photo_credits": "Photo credits",
    },
}
# Index columns → label keys (``title`` and ``source`` are taken by headings).
_COLUMN_LABELS = {"title": "title_col", "source": "source_col"}
# A document's fields in the order ``catalog show`` prints them, with the evidence field names.
DOCUMENT_FIELDS = (
    "kind",
    "title",
    "authors",
    "editors",
    "published_date",
    "published_time",
    "timezone",
    "source",
    "dateline",
    "views",
    "photo_credits",
)


@dataclass(frozen=True)
class Summary:
    documents: int
    articles: int
    sites: int
    sources: int
    people: int
    first_date: dt.date | None
    last_date: dt.date | None
    undated: int
    load_errors: int
    load_warnings: int


@dataclass(frozen=True)
class Written:
    """What ``report html`` wrote: the summary file, and the folder of pages if any."""

    summary: str
    folder: str | None
    documents: int
    pages: int

    def describe(self) -> str:
        where = f" and {self.pages} pages in {self.folder}" if self.folder else ""
        return f"{self.summary}{where} ({self.documents} documents)"


@dataclass(frozen=True)
class EvidenceLine:
    """One candidate of a field as the page shows it (the strings made once, here)."""

    chosen: bool
    line_no: int
    rule: str
    confidence: float
    value: str
    raw: str  # cut to RAW_MAX characters

    @property
    def css(self) -> str:
        return "chosen" if self.chosen else "rejected"

    @property
    def mark(self) -> str:
        return "✓" if self.chosen else "✗"

    @property
    def why(self) -> str:
        """The reader that proposed it and the probability it was given: ``[oleh, 0.93]``."""
        return f"[{self.rule}, {self.confidence:.2f}]"


@dataclass(frozen=True)
class FieldPart:
    name: str
    label: str
    value: str  # "" when unknown
    evidence: list[EvidenceLine]


@dataclass
class DocumentPart:
    number: int
    anchor: str
    path: str
    root: str
    url: str | None
    lead: str | None
    fields: list[FieldPart] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # labels of fields with no value, no evidence
    # Each line the evidence cites, once (a byline often gives author, editor, date,
    # time and views): (line number, the line cut to RAW_MAX).
    lines: list[tuple[int, str]] = field(default_factory=list)


RAW_MAX = 200  # characters of an evidence line shown (a dateline line is a whole paragraph)


def clip(text: str, limit: int = RAW_MAX) -> str:
    """An evidence line as shown: cut to ``limit`` characters with ``…``.

    >>> clip("Oleh Ani"), clip("x" * 5, 4)
    ('Oleh Ani', 'xxx…')
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


def site_of(url: str | None, root: str, path: str) -> str:
    """The site a document came from: its URL's host, else the folder it sits in
    under its root (crawls keep a folder per site), else the root's own name.

    >>> site_of("https://www.antaranews.com/berita/1", "/crawl", "a.html")
    'antaranews.com'
    >>> site_of(None, "/crawl", "infopublik/a.txt"), site_of(None, "/crawl/kompas", "a.txt")
    ('infopublik', 'kompas')
    """
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    top = path.split("#", 1)[0]
    if "/" in top:
        return top.split("/", 1)[0]
    return os.path.basename(root.rstrip("/")) or root


def sites(conn: Connection, f: Filters) -> Counter[str]:
    """Documents per site (:func:`site_of`) among those the filters keep."""
    doc = aliased(Document, name="d")
    stmt = select(doc.url, doc.root, doc.path).where(document_filter(doc, f))
    found: Counter[str] = Counter()
    for url, root, path in conn.execution_options(yield_per=5000).execute(stmt):
        found[site_of(url, root, path)] += 1
    return found


def summary(conn: Connection, f: Filters, site_count: int) -> Summary:
    """The figures at the top of the report, over the documents the filters keep."""
    d = aliased(Document, name="d")
    keep = document_filter(d, f)
    documents, articles, sources, first, last, undated = conn.execute(
        select(
            func.count(d.id),
            func.count(d.id).filter(d.kind == "article"),
            func.count(distinct(d.source_id)),
            func.min(d.published_date),
            func.max(d.published_date),
            func.count(d.id).filter(d.published_date.is_(None)),
        ).where(keep)
    ).one()
    c = aliased(Credit, name="c")
    people = conn.execute(
        select(func.count(distinct(c.person_id))).join(d, d.id == c.document_id).where(keep)
    ).scalar_one()
    latest = (
        select(func.max(SyncRun.id))
        .where(SyncRun.finished_at.is_not(None))
        .group_by(SyncRun.root)
        .scalar_subquery()
    )
    problems = dict(
        conn.execute(
            select(LoadProblem.severity, func.count())
            .where(LoadProblem.run_id.in_(latest))
            .group_by(LoadProblem.severity)
        ).all()
    )
    return Summary(
        documents=documents,
        articles=articles,
        sites=site_count,
        sources=sources,
        people=people,
        first_date=first,
        last_date=last,
        undated=undated,
        load_errors=problems.get("error", 0),
        load_warnings=problems.get("warning", 0),
    )


@functools.cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("catalog", "templates"),
        autoescape=select_autoescape(("html", "j2")),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["thousands"] = lambda n: f"{n:,}".replace(",", ".")
    env.filters["clip"] = clip
    return env


@dataclass(frozen=True)
class _Layout:
    summary: str  # the summary file
    folder: str | None  # where the index and document pages go; None: all in one file
    from_summary: str  # the folder as linked from the summary ("" or "laporan_files/")
    to_summary: str  # the summary's file as linked from a page in the folder


def _layout(path: str, documents: int, inline_limit: int) -> _Layout:
    is_file = path.lower().endswith((".html", ".htm")) and not os.path.isdir(path)
    if is_file and documents <= inline_limit:
        return _Layout(path, None, "", "")
    if is_file:
        stem = os.path.splitext(os.path.basename(path))[0]
        folder = os.path.join(os.path.dirname(path), f"{stem}_files")
        return _Layout(path, folder, f"{stem}_files/", f"../{os.path.basename(path)}")
    return _Layout(os.path.join(path, SUMMARY_PAGE), path, "", SUMMARY_PAGE)


def _check_target(layout: _Layout, force: bool) -> None:
    if not force and os.path.isfile(layout.summary):
        raise CatalogError(f"{layout.summary} exists: pass --force to overwrite it")
    if layout.folder is not None and os.path.isfile(layout.folder):
        raise CatalogError(f"cannot write pages into {layout.folder}: it is a file")
    parent = os.path.dirname(os.path.abspath(layout.summary))
    if layout.folder is None and not os.path.isdir(parent):
        raise CatalogError(f"cannot write {layout.summary}: the folder {parent} does not exist")
    pages = os.path.join(layout.folder or "", DOCUMENTS_DIR)
    if layout.folder is not None and not force and os.path.isdir(pages) and os.listdir(pages):
        raise CatalogError(f"{pages} holds pages already: pass --force to overwrite them")


def _sections(env: Environment, labels: dict[str, str], documents: list[DocumentPart]) -> Markup:
    """The documents' sections, rendered on their own (the page puts them in its body as
    they are: the template's escaping is done, and the many small pieces of a page of
    documents do not travel through the page's block and layout a second time)."""
    return Markup(env.get_template("_documents.html.j2").render(L=labels, documents=documents))


def _write_atomically(path: str, chunks: Iterable[str] | str) -> None:
    """Write ``path`` beside itself and move it into place when whole; a long stream of
    chunks is joined and written a few thousand at a time."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".catalog-", suffix=".html", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            if isinstance(chunks, str):
                fh.write(chunks)
            else:
                buffer: list[str] = []
                for chunk in chunks:
                    buffer.append(chunk)
                    if len(buffer) >= 20_000:
                        fh.write("".join(buffer))
                        buffer.clear()
                fh.write("".join(buffer))
        publish(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _evidence(conn: Connection, ids: Sequence[int]) -> dict[int, dict[str, list[EvidenceLine]]]:
    """Each document's evidence by field: the chosen line first, then rivals by confidence."""
    found: dict[int, dict[str, list[EvidenceLine]]] = defaultdict(lambda: defaultdict(list))
    e = Evidence.__table__.c
    stmt = (
        select(e.document_id, e.field, e.chosen, e.line_no, e.rule, e.confidence, e.value, e.raw)
        .where(e.document_id.in_(list(ids)))
        .order_by(e.document_id, e.field, e.chosen.desc(), e.confidence.desc(), e.line_no)
    )
    for doc_id, name, chosen, line_no, rule, confidence, value, raw in conn.execute(stmt):
        found[doc_id][name].append(
            EvidenceLine(bool(chosen), line_no, rule, confidence, value, clip(raw))
        )
    return found


def _documents(
    conn: Connection, labels: dict[str, str], rows: Sequence[Sequence[Any]]
) -> list[DocumentPart]:
    """The document sections for index ``rows`` (:data:`INDEX_COLUMNS`, then root, id,
    url, lead and the row's number)."""
    evidence = _evidence(conn, [r[-4] for r in rows])
    names = [(n, labels[_COLUMN_LABELS.get(n) or n]) for n in DOCUMENT_FIELDS]
    parts = []
    for row in rows:
        values = dict(zip(INDEX_COLUMNS, row, strict=False))
        root, doc_id, url, lead, number = row[-5:]
        by_field = evidence.get(doc_id, {})
        part = DocumentPart(number, f"d{number}", values["path"], root, url, lead)
        for name, label in names:
            found = by_field.get(name, [])
            if name == "photo_credits":
                value: Any = "; ".join(e.value for e in found if e.chosen)
            else:
                value = values[name]
            if (value is None or value == "") and not found:
                part.empty.append(label)
            else:
                part.fields.append(
                    FieldPart(name, label, "" if value is None else str(value), found)
                )
        part.lines = sorted({(e.line_no, e.raw) for f in part.fields for e in f.evidence if e.raw})
        parts.append(part)
    return parts


def _numbered(rows: Iterable[Sequence[Any]]) -> Iterator[tuple[Any, ...]]:
    for n, row in enumerate(rows, 1):
        yield (*row, n)


def _filters_text(f: Filters, labels: dict[str, str]) -> str:
    parts = []
    if f.since is not None:
        parts.append(f"{labels['since']} {f.since.isoformat()}")
    if f.until is not None:
        parts.append(f"{labels['until']} {f.until.isoformat()}")
    if f.source is not None:
        parts.append(f"{labels['source']} {f.source}")
    if f.author is not None:
        parts.append(f"{labels['author']} {f.author}")
    return ", ".join(parts) or labels["no_filters"]


def _top(conn: Connection, name: str, f: Filters, n: int) -> list[tuple[str, int]]:
    """The first ``n`` rows of a ranked report as (name, documents): the CSV's own numbers."""
    rows = run_report(conn, name, f).rows
    out = []
    for row in rows:
        out.append((str(row[0]), int(row[1])))
        if len(out) == n:
            break
    return out


def write_html_report(
    conn: Connection,
    path: str,
    f: Filters | None = None,
    *,
    lang: str = "id",
    force: bool = False,
    inline_limit: int = INLINE_LIMIT,
    page_size: int = PAGE_SIZE,
    now: dt.datetime | None = None,
) -> Written:
    """Write the report at ``path`` (a ``.html`` file, or a folder) and say what was written."""
    f = f or Filters()
    labels = LABELS[lang]
    site_counts = sites(conn, f)
    facts = summary(conn, f, len(site_counts))
    layout = _layout(path, facts.documents, inline_limit)
    _check_target(layout, force)
    env = _environment()
    # The table always has the index's agreed columns, path first; a document's root is
    # on its own section (two roots may both hold a.txt).
    stmt = index_select(f, conn.dialect.name, extra=("root", "id", "url", "lead"))
    columns = list(INDEX_COLUMNS)
    months = months_chart(
        run_report(conn, "months", f).rows,
        UNDATED,
        labels["other"],
        labels["unknown_source"],
    )
    charts = {
        "authors": bar_chart(_top(conn, "authors", f, TOP_BARS)),
        "editors": bar_chart(_top(conn, "editors", f, TOP_BARS)),
        "sources": bar_chart(_top(conn, "sources", f, TOP_BARS)),
        "sites": bar_chart(sorted(site_counts.items(), key=lambda kv: (-kv[1], kv[0]))),
    }
    common = {
        "L": labels,
        "lang": lang,
        "columns": columns,
        "ncols": len(columns),
        "column_label": lambda c: labels[_COLUMN_LABELS.get(c) or c],
        "version": __version__,
        "generated": (now or dt.datetime.now()).strftime("%Y-%m-%d %H:%M"),
        "filters": _filters_text(f, labels),
    }
    pages = 0
    if layout.folder is None:
        rows = list(_numbered(conn.execute(stmt)))
        docs = _documents(conn, labels, rows)
        _write_atomically(
            layout.summary,
            env.get_template("summary.html.j2").generate(
                **common,
                facts=facts,
                months=months,
                charts=charts,
                rows=rows,
                link=lambda n: f"#d{n}",
                sections=_sections(env, labels, docs),
                index_href=None,
            ),
        )
        return Written(layout.summary, None, facts.documents, 0)

    pages_dir = os.path.join(layout.folder, DOCUMENTS_DIR)
    os.makedirs(pages_dir, exist_ok=True)
    for old in os.listdir(pages_dir):  # pages of an earlier, larger report (--force)
        if _PAGE_NAME.fullmatch(old):
            os.unlink(os.path.join(pages_dir, old))

    def page_of(n: int) -> str:
        return f"p{(n - 1) // page_size + 1:04d}.html"

    def link(n: int) -> str:
        return f"{DOCUMENTS_DIR}/{page_of(n)}#d{n}"

    result = conn.execution_options(stream_results=True, yield_per=page_size).execute(stmt)
    number = 0
    for batch in result.partitions(page_size):
        rows = [(*r, number + i) for i, r in enumerate(batch, 1)]
        number += len(rows)
        pages += 1
        _write_atomically(
            os.path.join(pages_dir, page_of(rows[0][-1])),
            env.get_template("documents.html.j2").render(
                **common,
                sections=_sections(env, labels, _documents(conn, labels, rows)),
                page=pages,
                summary_href=f"../{layout.to_summary}",
                index_href=f"../{INDEX_PAGE}",
            ),
        )
    _write_atomically(
        os.path.join(layout.folder, INDEX_PAGE),
        env.get_template("index.html.j2").generate(
            **common,
            rows=_numbered(conn.execution_options(stream_results=True).execute(stmt)),
            link=link,
            summary_href=layout.to_summary,
        ),
    )
    _write_atomically(
        layout.summary,
        env.get_template("summary.html.j2").generate(
            **common,
            facts=facts,
            months=months,
            charts=charts,
            rows=None,
            link=None,
            sections=None,
            index_href=f"{layout.from_summary}{INDEX_PAGE}",
        ),
    )
    return Written(layout.summary, layout.folder, facts.documents, pages)
