"""``catalog report html``: the same numbers as the CSV reports, every evidence line, safe
text, one file or a folder of pages; and the page itself in headless Chromium."""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import rows
from lxml import html as lxml_html

from catalog.charts import month_span
from catalog.db import Catalog, read_snapshot
from catalog.html_report import LABELS, clip, write_html_report
from catalog.reports import Filters

Invoke = Callable[..., Any]
REPO = Path(__file__).resolve().parent.parent


def _load_headless() -> Any:
    spec = importlib.util.spec_from_file_location("headless", REPO / "benchmarks" / "headless.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["headless"] = module
    spec.loader.exec_module(module)
    return module


headless = _load_headless()


def _csv(invoke: Invoke, *args: str) -> list[dict[str, str]]:
    result = invoke("report", *args, "--format", "csv", "--raw-csv")
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def _page(path: Path) -> Any:
    return lxml_html.fromstring(path.read_text(encoding="utf-8"))


def _html(invoke: Invoke, out: Path, *args: str) -> Any:
    result = invoke("report", "html", *args, "-o", str(out))
    assert result.exit_code == 0, result.output
    return _page(out / "index.html" if out.is_dir() else out)


FILTERS = [(), ("--since", "2024"), ("--source", "kompas.com"), ("--author", "rizky pratama")]


@pytest.mark.parametrize("filters", FILTERS)
def test_numbers_are_the_csv_reports_numbers(
    invoke: Invoke, docs: Path, tmp_path: Path, filters: tuple[str, ...]
) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    page = _html(invoke, tmp_path / "laporan.html", *filters)
    index = _csv(invoke, "index", *filters)
    assert page.xpath('string(//dd[@data-fact="documents"])') == str(len(index))
    assert page.xpath('string(//dd[@data-fact="articles"])') == str(
        sum(r["kind"] == "article" for r in index)
    )
    assert page.xpath('string(//dd[@data-fact="sources"])') == str(
        len({r["source"] for r in index if r["source"]})
    )
    assert page.xpath('string(//dd[@data-fact="undated"])') == str(
        sum(not r["published_date"] for r in index)
    )
    # the index table: one row per CSV row, the same paths in the same order
    assert page.xpath('//table[@id="index-table"]/tbody/tr/td[1]//text()') == [
        r["path"] for r in index
    ]
    # months: each bar's segments are the months report's rows of that month
    months: dict[str, dict[str, int]] = defaultdict(dict)
    for r in _csv(invoke, "months", *filters):
        if r["month"] != "(undated)":
            months[r["month"]][r["source"] or LABELS["id"]["unknown_source"]] = int(r["documents"])
    bars = page.xpath('//figure[@id="chart-months"]//*[@class="bar"]')
    if months:
        assert [b.get("data-month") for b in bars] == month_span(min(months), max(months))
    drawn = {
        b.get("data-month"): {
            s.get("data-source"): int(s.get("data-count"))
            for s in b.xpath("./*[local-name()='rect']")
        }
        for b in bars
    }
    assert {m: d for m, d in drawn.items() if d} == months
    # authors, editors and sources: the ranked reports' first rows and counts
    for chart, report in (("authors", "authors"), ("editors", "editors"), ("sources", "sources")):
        shown = [
            (g.get("data-name"), int(g.get("data-count")))
            for g in page.xpath(f'//figure[@id="chart-{chart}"]//*[@class="hbar"]')
        ]
        assert shown == [(r["name"], int(r["documents"])) for r in _csv(invoke, report, *filters)]


def _evidence_lines(db: str, path: str) -> list[tuple[str, int, str, str]]:
    return rows(
        db,
        "SELECT e.field, e.line_no, e.raw, e.value FROM evidence e "
        "JOIN documents d ON d.id = e.document_id WHERE d.path = ?",
        path,
    )


def test_every_document_shows_its_fields_and_every_evidence_line(
    invoke: Invoke, db: str, docs: Path, tmp_path: Path
) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    page = _html(invoke, tmp_path / "laporan.html")
    (row,) = page.xpath('//table[@id="index-table"]/tbody/tr[td[1]//text()="infopublik/arsip.txt"]')
    anchor = row.xpath("./td[1]/a/@href")[0]
    (section,) = page.xpath(f'//section[@id="{anchor[1:]}"]')
    assert section.xpath("string(h3)") == "infopublik/arsip.txt"
    evidence = _evidence_lines(db, "infopublik/arsip.txt")
    assert len(evidence) >= 8
    cited = {
        (int(li.get("data-line")), li.xpath("string(code)"))
        for li in section.xpath('.//tr[@data-field="lines"]//li')
    }
    for name, line_no, raw, value in evidence:
        items = section.xpath(f'.//tr[@data-field="{name}"]//li')
        assert any(
            li.xpath("string(q)") == value
            and li.xpath('string(span[@class="line-no"])') == str(line_no)
            for li in items
        ), (name, line_no, value)
        # the line itself, shown once (the default kind's row names no line text)
        assert not raw or (line_no, clip(raw)) in cited
    # the sidebar byline above the story was a candidate, and is shown rejected
    rejected = section.xpath('.//tr[@data-field="authors"]//li[@class="rejected"]')
    assert any("MC KAB TAPANULI UTARA" in li.text_content() for li in rejected)
    assert section.xpath('string(.//tr[@data-field="authors"]//div[@class="value"])') == (
        "Rizky Pratama"
    )
    assert "memindai dokumen lama" in section.xpath('string(.//tr[@data-field="lead"])')


def test_english_labels_with_lang_en(invoke: Invoke, docs: Path, tmp_path: Path) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    page = _html(invoke, tmp_path / "report.html", "--lang", "en")
    assert page.xpath("string(//h1)") == LABELS["en"]["title"]
    assert page.get("lang") == "en"
    default = _html(invoke, tmp_path / "laporan.html")
    assert default.xpath("string(//h1)") == LABELS["id"]["title"]


HOSTILE = """\
<script>alert(1)</script> Banjir & "Rob" Datang
Jakarta, InfoPublik – Warga pesisir diminta waspada <img src=x onerror=alert(2)> karena air pasang naik malam ini.
Penulis: Ani <b>Tebal</b> | Editor: Budi
"""


def test_text_from_the_documents_is_escaped(
    invoke: Invoke, make_tree: Callable[[dict[str, str]], Path], tmp_path: Path
) -> None:
    root = make_tree({"a/<b>x</b>.txt": HOSTILE})
    assert invoke("sync", str(root)).exit_code == 0
    out = tmp_path / "laporan.html"
    _html(invoke, out)
    text = out.read_text(encoding="utf-8")
    assert "<script>alert" not in text and "<img src=x" not in text and "<b>x</b>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    page = _page(out)
    assert page.xpath('//table[@id="index-table"]/tbody/tr/td[1]//text()') == ["a/<b>x</b>.txt"]


def _links_resolve(summary: Path) -> list[Path]:
    """Follow the summary's index link and every index row's link; return the pages seen."""
    page = _page(summary)
    (href,) = page.xpath('//section[@id="index"]//a/@href')
    index = summary.parent / href
    pages = []
    for link in _page(index).xpath('//table[@id="index-table"]/tbody/tr/td[1]/a/@href'):
        file, anchor = link.split("#")
        target = index.parent / file
        assert _page(target).xpath(f'//section[@id="{anchor}"]'), link
        pages.append(target)
    return pages


def test_above_the_inline_limit_documents_go_into_a_folder_of_pages(
    db: str, docs: Path, tmp_path: Path, invoke: Invoke
) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    out = tmp_path / "laporan.html"
    cat = Catalog(db)
    try:
        cat.open()
        with read_snapshot(cat) as conn:
            written = write_html_report(conn, str(out), Filters(), inline_limit=2, page_size=2)
    finally:
        cat.close()
    assert written.folder == str(tmp_path / "laporan_files")
    assert written.pages == 2
    assert not _page(out).xpath('//section[@class="document"]')  # the summary stays small
    pages = _links_resolve(out)
    assert len(pages) == 3 and len(set(pages)) == 2
    back = _page(pages[0]).xpath('//p[@class="nav no-print"]/a/@href')[0]
    assert (pages[0].parent / back).resolve() == out.resolve()


def test_a_folder_output_is_a_site_of_pages(invoke: Invoke, docs: Path, tmp_path: Path) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    out = tmp_path / "situs"
    result = invoke("report", "html", "-o", f"{out}/")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["dokumen", "indeks.html", "index.html"]
    assert len(_links_resolve(out / "index.html")) == 3
    again = invoke("report", "html", "-o", str(out))
    assert again.exit_code == 1 and "--force" in again.output
    assert invoke("report", "html", "-o", str(out), "--force").exit_code == 0


def test_html_report_errors_are_one_line(invoke: Invoke, docs: Path, tmp_path: Path) -> None:
    assert invoke("sync", str(docs)).exit_code == 0
    out = tmp_path / "laporan.html"
    out.write_text("kemarin", encoding="utf-8")
    for args, words in (
        ((), "-o"),
        (("-o", str(out)), "--force"),
        (("-o", str(tmp_path / "tidak-ada" / "l.html")), "does not exist"),
    ):
        result = invoke("report", "html", *args)
        assert result.exit_code == 1, args
        (line,) = result.output.strip().splitlines()
        assert line.startswith("Error: ") and words in line
    assert out.read_text(encoding="utf-8") == "kemarin"
    usage = invoke("report", "html", "--format", "csv", "-o", str(tmp_path / "x.html"))
    assert usage.exit_code == 2
    assert invoke("report", "index", "--lang", "en").exit_code == 2  # for html only


def test_an_empty_catalog_gives_a_page_that_says_so(invoke: Invoke, tmp_path: Path) -> None:
    empty = tmp_path / "kosong"
    empty.mkdir()
    invoke("sync", str(empty))
    page = _html(invoke, tmp_path / "laporan.html")
    assert page.xpath('string(//dd[@data-fact="documents"])') == "0"
    assert LABELS["id"]["no_documents"] in page.xpath('string(//section[@id="index"])')


# -- in a browser -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if headless.find_chromium() is None:
        pytest.skip(
            "chromium is not installed here (Debian: apt-get install chromium; .ci/run "
            "installs it), so the HTML report is not opened in a browser"
        )
    with headless.Browser() as b:
        yield b


@pytest.fixture()
def report_page(db_path: Path, docs: Path, tmp_path: Path, runner: Any) -> Path:
    from catalog.cli import cli

    assert runner.invoke(cli, ["--db", str(db_path), "sync", str(docs)]).exit_code == 0
    out = tmp_path / "laporan.html"
    result = runner.invoke(cli, ["--db", str(db_path), "report", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_the_browser_driver_sees_errors(browser: Any, tmp_path: Path) -> None:
    bad = tmp_path / "rusak.html"
    bad.write_text("<script>console.error('x'); tidakAda();</script>", encoding="utf-8")
    page = browser.open(bad.as_uri())
    assert len(page.errors) == 2


VISIBLE_ROWS = (
    "Array.from(document.querySelectorAll('#index-table tbody tr'))"
    ".filter(r => !r.hidden && r.offsetParent !== null).map(r => r.cells[0].textContent)"
)


def test_the_report_in_a_browser(browser: Any, report_page: Path, db_path: Path) -> None:
    page = browser.open(report_page.as_uri())
    assert page.errors == []
    # one bar per month from the first dated document (2018-05) to the last (2024-09)
    bars = page.evaluate(
        "Array.from(document.querySelectorAll('#chart-months svg g.bar'))"
        ".map(g => [g.dataset.month, +g.dataset.total, g.getBoundingClientRect().height > 0])"
    )
    assert [m for m, _, _ in bars] == month_span("2018-05", "2024-09")
    drawn = [(m, n) for m, n, seen in bars if seen]
    assert drawn == [(m, n) for m, n, _ in bars if n] == [("2018-05", 1), ("2024-09", 1)]
    assert page.evaluate("document.querySelectorAll('figure svg').length") == 5
    # filtering the table
    assert len(page.evaluate(VISIBLE_ROWS)) == 3
    page.evaluate(
        "(() => { const i = document.querySelector('input.table-filter');"
        " i.value = 'garam'; i.dispatchEvent(new Event('input')); })()"
    )
    assert page.evaluate(VISIBLE_ROWS) == ["antara/garam.txt"]
    assert page.evaluate("document.querySelector('.shown').textContent") == "1"
    page.evaluate(
        "(() => { const i = document.querySelector('input.table-filter');"
        " i.value = ''; i.dispatchEvent(new Event('input')); })()"
    )
    # sorting by a column heading
    page.evaluate("document.querySelector('#index-table th[data-col=\"path\"]').click()")
    page.evaluate("document.querySelector('#index-table th[data-col=\"path\"]').click()")
    assert page.evaluate(VISIBLE_ROWS) == [
        "kompas/taman.txt",
        "infopublik/arsip.txt",
        "antara/garam.txt",
    ]
    # the seed's document: following its link shows its evidence lines
    page.evaluate(
        "Array.from(document.querySelectorAll('#index-table a'))"
        ".find(a => a.textContent === 'infopublik/arsip.txt').click()"
    )
    anchor = page.wait_for("location.hash")
    shown = page.evaluate(
        f"Array.from(document.querySelectorAll('{anchor} code.raw')).map(c => c.textContent)"
    )
    wanted = {
        clip(raw)
        for _f, _n, raw, _v in _evidence_lines(str(db_path), "infopublik/arsip.txt")
        if raw  # the default kind's row names no line text
    }
    assert wanted and wanted <= set(shown)
    assert page.evaluate(f"document.querySelector('{anchor}').getBoundingClientRect().top") < 50
    assert page.errors == []
