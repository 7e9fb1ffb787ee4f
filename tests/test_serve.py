"""``catalog serve``: Datasette on a free loopback port answers each report query, and the
duplicates page, with the CLI report's rows; ``--print-metadata``; the errors.

The near-duplicate texts are the team's own: an invented district's release about
planting mangroves, carried by three outlets with their own datelines and bylines.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from catalog.db import Catalog
from catalog.output import plain
from catalog.reports import DUPLICATES_COLUMNS, Filters, date_bound, run_report
from catalog.web import metadata, report_queries
from catalog.web import serve as run_server

Invoke = Callable[..., Any]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as reply:
        return json.loads(reply.read())


@pytest.fixture()
def served(invoke: Invoke, db_path: Path, docs: Path) -> Iterator[str]:
    with _serving(invoke, db_path, docs) as base:
        yield f"{base}/{db_path.stem}"


@contextlib.contextmanager
def _serving(invoke: Invoke, db_path: Path, docs: Path) -> Iterator[str]:
    """``catalog serve`` over ``docs`` synced into ``db_path``; yields the server's root URL."""
    pytest.importorskip("datasette", reason="catalog serve needs the web extra (datasette)")
    assert invoke("sync", str(docs)).exit_code == 0
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "catalog", "--db", str(db_path), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _get(f"{base}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    assert proc.stderr is not None
                    pytest.fail(f"catalog serve did not start: {proc.stderr.read().decode()}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()


FILTERS: list[dict[str, str]] = [
    {},
    {"since": "2024"},
    {"until": "2024-09"},
    {"since": "2018-05-14", "until": "2018"},
    {"source": "  infopublik "},
    {"author": "Rizky Pratama, S.Sos"},
]


def _cli_rows(db: Path, name: str, given: dict[str, str]) -> list[list[Any]]:
    f = Filters(
        since=date_bound(given["since"]) if "since" in given else None,
        until=date_bound(given["until"], end=True) if "until" in given else None,
        source=given.get("source"),
        author=given.get("author"),
    )
    cat = Catalog(str(db))
    try:
        with cat.open().connect() as conn:
            return [[plain(v) for v in row] for row in run_report(conn, name, f).rows]
    finally:
        cat.close()


def test_each_report_query_answers_the_cli_reports_rows(served: str, db_path: Path) -> None:
    for query in report_queries():
        name = query.removeprefix("report_")
        for given in FILTERS:
            args = urllib.parse.urlencode({**given, "_shape": "arrays"})
            got = _get(f"{served}/{query}.json?{args}")
            wanted = _cli_rows(db_path, name, given)
            assert got["rows"] == wanted, (query, given)
            if name == "index" and not given:
                assert len(wanted) == 3  # the comparison is not of empty lists


def test_the_pages_are_labelled_sorted_and_hide_the_body(served: str, db_path: Path) -> None:
    credits = _get(f"{served}/credits.json?_labels=on&_shape=array&role=author")
    assert {c["document_id"]["label"] for c in credits} >= {"infopublik/arsip.txt"}
    authors = _get(f"{served}/v_authors.json?_shape=array")
    assert [a["documents"] for a in authors] == sorted(
        (a["documents"] for a in authors), reverse=True
    )
    no_redirect = urllib.request.build_opener(_NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as moved:
        no_redirect.open(f"{served}/documents")
    assert moved.value.code == 302
    assert moved.value.headers["location"].endswith("/documents?_nocol=body&_nocol=minhash")
    page = _get(f"{served}/documents.json?_nocol=body&_nocol=minhash&_search=garam")
    assert "body" not in page["columns"] and "minhash" not in page["columns"]
    assert [r[page["columns"].index("path")] for r in page["rows"]] == ["antara/garam.txt"]
    facets = _get(f"{served}/documents.json?_size=0")["facet_results"]
    assert {"kind", "source_id", "published_date"} <= set(facets)
    months = {v["value"]: v["count"] for v in facets["published_date"]["results"]}
    assert months == {"2024-09": 1, "2018-05": 1}
    tables = {t["name"]: t for t in _get(f"{served}.json")["tables"]}
    assert tables["minhash_bands"]["hidden"]


# The release as the district office wrote it; each outlet puts its own title and
# dateline in front and its byline under it.
MANGROVE = [
    "Pemerintah Kabupaten Teluk Sari bersama kelompok nelayan menanam dua puluh ribu bibit "
    "bakau di sepanjang pesisir utara yang tahun lalu terkikis ombak pasang.",
    "Wakil Bupati Teluk Sari, Hendra Wijaya, mengatakan akar bakau menahan lumpur sehingga "
    "garis pantai tidak terus mundur dan tambak warga tidak tergenang air laut.",
    '"Bibit kami beli dari kebun pembibitan milik warga sendiri, jadi uangnya berputar di '
    'kampung. Tiap kelompok nelayan merawat petak yang mereka tanam," kata Hendra.',
    "Kepala Dinas Lingkungan Hidup, Ratna Simanjuntak, menjelaskan bahwa bibit yang mati dalam "
    "tiga bulan pertama akan diganti dan pertumbuhannya dicatat setiap musim.",
    "Ketua kelompok nelayan Sinar Laut, Bahrudin, berharap kepiting dan udang kembali banyak di "
    "sela akar bakau seperti ketika ia masih kecil.",
    "Penanaman tahap kedua direncanakan di pesisir selatan setelah musim angin barat berlalu, "
    "dengan melibatkan pelajar sekolah menengah dari kecamatan terdekat.",
]
RELEASE = "\n\n".join(MANGROVE)

NEAR_DUPLICATES = {
    "kompas/bakau.txt": f"""\
Dua Puluh Ribu Bibit Bakau Ditanam di Pesisir Teluk Sari
Senin, 10 Juni 2024 | 09:30 WIB

TELUK SARI, KOMPAS.com - {RELEASE}

Penulis: Laras Ayuningtyas | Editor: Bondan Prasetyo
""",
    "antara/bakau.txt": f"""\
Teluk Sari Tanam Bakau untuk Tahan Abrasi
Selasa, 11 Juni 2024 14:10 WIB

Teluk Sari (ANTARA) - {RELEASE}

Pewarta: Yosef Manurung
Editor: Sekar Wulandari
""",
    "infopublik/bakau.txt": f"""\
Oleh Nur Aisyah, Kamis, 9 Januari 2025 | 10:45 WIB - Redaktur: Galih Pamungkas - 87
Teluk Sari, InfoPublik – {RELEASE}
""",
    "kompas/pasar.txt": """\
Pasar Ikan Baru Dibuka di Muara Kecil
Rabu, 12 Juni 2024 | 07:15 WIB

MUARA KECIL, KOMPAS.com - Pedagang ikan di Muara Kecil mulai berjualan di los pasar yang baru \
selesai dibangun, setelah bertahun-tahun menggelar dagangan di tepi jalan.

Lurah setempat, Agustinus Bere, mengatakan lantai pasar dibuat miring agar air bekas cucian \
ikan langsung mengalir ke saluran dan tidak menggenang.

Penulis: Laras Ayuningtyas | Editor: Bondan Prasetyo
""",
}

DUPLICATE_FILTERS: list[dict[str, str]] = [
    {},
    {"since": "2024-06-11"},
    {"until": "2024"},
    {"source": "kompas"},
    {"author": "Laras Ayuningtyas"},
    {"since": "2024-06", "until": "2025-01", "threshold": "0.95"},
]


def _cli_duplicates(invoke: Invoke, given: dict[str, str]) -> list[dict[str, Any]]:
    options = [arg for name, value in given.items() for arg in (f"--{name}", value)]
    result = invoke("report", "duplicates", *options, "--format", "json")
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.output)
    return rows


def test_the_duplicates_page_answers_the_cli_reports_rows(
    invoke: Invoke, db_path: Path, make_tree: Callable[[dict[str, str | bytes]], Path]
) -> None:
    with _serving(invoke, db_path, make_tree(NEAR_DUPLICATES)) as base:
        sizes = set()
        for given in DUPLICATE_FILTERS:
            args = urllib.parse.urlencode(given)
            got = _get(f"{base}/-/catalog/duplicates.json?{args}")
            wanted = _cli_duplicates(invoke, given)
            assert got["ok"] and got["rows"] == wanted, given
            assert got["columns"] == list(DUPLICATES_COLUMNS)
            assert _get(f"{base}/-/catalog/duplicates.json?_shape=array&{args}") == wanted
            sizes.add(len(wanted))
        # The filters change the answer (three, two and no members), so the
        # comparison is not of one list again and again.
        assert {3, 2, 0} <= sizes
        everything = _get(f"{base}/-/catalog/duplicates.json")["rows"]
        assert [r["path"] for r in everything] == [
            "kompas/bakau.txt",
            "antara/bakau.txt",
            "infopublik/bakau.txt",
        ]
        with urllib.request.urlopen(f"{base}/-/catalog/duplicates?until=2024", timeout=10) as page:
            html = page.read().decode("utf-8")
        assert "antara/bakau.txt" in html and "infopublik/bakau.txt" not in html
        with urllib.request.urlopen(f"{base}/", timeout=10) as front:
            assert 'href="/-/catalog/duplicates"' in front.read().decode("utf-8")


def test_the_duplicates_page_refuses_bad_parameters_in_one_line(
    invoke: Invoke, db_path: Path, docs: Path
) -> None:
    with _serving(invoke, db_path, docs) as base:
        for given, message in [
            ({"since": "kemarin"}, "since: 'kemarin' is not a date like 2024-09-19"),
            ({"threshold": "0.3"}, "threshold: '0.3' is not a number from 0.5 to 1.0"),
            ({"threshold": "banyak"}, "threshold: 'banyak' is not a number from 0.5 to 1.0"),
            ({"source": "Tempo"}, "no source is named 'Tempo' or starts so"),
            ({"database": "lain"}, "no database named 'lain'"),
        ]:
            args = urllib.parse.urlencode(given)
            with pytest.raises(urllib.error.HTTPError) as refused:
                _get(f"{base}/-/catalog/duplicates.json?{args}")
            assert refused.value.code == 400
            answer = json.loads(refused.value.read())
            assert answer["ok"] is False and answer["error"].startswith(message), given
            assert "\n" not in answer["error"]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def test_print_metadata(invoke: Invoke, tmp_path: Path) -> None:
    db = tmp_path / "arsip-2024.db"
    result = invoke("--db", str(db), "serve", "--print-metadata")
    assert result.exit_code == 0, result.output
    meta = json.loads(result.output)
    assert meta == metadata(str(db))
    database = meta["databases"]["arsip-2024"]
    assert set(database["queries"]) == {
        f"report_{n}" for n in ("index", "authors", "editors", "sources", "months")
    }
    assert database["tables"]["documents"]["label_column"] == "path"
    assert database["tables"]["minhash_bands"]["hidden"] is True
    assert meta["plugins"]["catalog"]["hide_columns"]["documents"] == ["body", "minhash"]


def test_serve_errors_are_one_line(invoke: Invoke, tmp_path: Path) -> None:
    missing = invoke("--db", str(tmp_path / "tidak-ada.db"), "serve")
    assert missing.exit_code == 1
    assert missing.output.strip() == f"Error: no catalog at {tmp_path / 'tidak-ada.db'}"
    pg = invoke("--db", "postgresql+psycopg://u@localhost/berita", "serve", "--print-metadata")
    assert pg.exit_code == 1
    assert pg.output.startswith("Error: catalog serve is for SQLite catalogs")


def test_without_datasette_the_error_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "datasette", None)
    db = tmp_path / "catalog.db"
    db.write_bytes(b"")
    with pytest.raises(Exception, match=r"pip install 'catalog\[web\]'"):
        run_server(str(db), 0)
    assert os.path.getsize(db) == 0
