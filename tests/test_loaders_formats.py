"""HTML pages, JSONL crawl dumps and .gz of either: loaders, metadata evidence, and sync.

Every page and record here is written by the team for these tests.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ANTARA, rows
from test_sync import counts, documents, run

from catalog.loaders import REGISTRY, Loaded, LoadError, Records, loader_for
from catalog.loaders.html import load_html
from catalog.loaders.jsonl import load_jsonl
from catalog.loaders.text import load_text

Invoke = Callable[..., Any]
Tree = Callable[[dict[str, str | bytes]], Path]

# A regional portal's page: the byline lives only in <meta name="author">.
PAGE = """\
<!DOCTYPE html>
<html lang="id"><head>
<meta charset="utf-8">
<title>Nelayan Cilacap Pasang Rumpon Baru - Warta Pesisir</title>
<meta name="author" content="Dimas Prasetyo">
<meta property="og:site_name" content="Warta Pesisir">
<meta property="og:title" content="Nelayan Cilacap Pasang Rumpon Baru">
<meta property="article:published_time" content="2024-03-12T08:30:00+07:00">
<link rel="canonical" href="https://wartapesisir.example/2024/03/rumpon-cilacap">
</head><body>
<nav><a href="/">Beranda</a> | <a href="/daerah">Daerah</a> | <a href="/olahraga">Olahraga</a></nav>
<article>
<h1>Nelayan Cilacap Pasang Rumpon Baru</h1>
<p>Cilacap - Kelompok nelayan di pesisir selatan Cilacap memasang dua puluh rumpon baru
untuk menarik ikan mendekat ke perairan dangkal, Selasa (12/3/2024).</p>
<p>Ketua kelompok, Sutrisno, mengatakan rumpon dibuat dari bambu dan daun kelapa yang
dikumpulkan warga sejak bulan lalu.</p>
<p>Dinas perikanan setempat berjanji memantau hasil tangkapan selama tiga bulan ke depan
sebelum menambah rumpon di desa lain.</p>
</article>
<footer>Hak cipta Warta Pesisir</footer>
</body></html>
"""

# A page whose printed byline and author tag disagree: the CMS account is in the tag.
BYLINE_PAGE = (
    PAGE.replace('content="Dimas Prasetyo"', 'content="admin redaksi"')
    .replace("Pasang Rumpon Baru", "Gelar Lomba Perahu Hias")
    .replace(
        "<p>Dinas perikanan",
        "<p>Penulis: Ayu Lestari | Editor: Hendra Gunawan</p>\n<p>Dinas perikanan",
    )
)

RECORDS = [
    {
        "url": "https://kabarsungai.example/berita/1",
        "title": "Jembatan Gantung Desa Muara Diperbaiki",
        "date": "2024-05-02T09:15:00+08:00",
        "text": "Banjarmasin - Warga Desa Muara bergotong royong memperbaiki jembatan gantung "
        "yang putus diterjang arus sungai pekan lalu.\nPewarta: Rahmat Hidayat\n",
    },
    "{ini bukan json",
    {
        "url": "https://kabarsungai.example/berita/3",
        "html": PAGE.replace("Cilacap", "Kotabaru").replace("Dimas Prasetyo", "Nur Aini"),
    },
]


def jsonl(records: list[Any]) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


# -- the registry -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "loader"),
    [
        ("a/berita.txt", load_text),
        ("a/berita.html", load_html),
        ("a/BERITA.HTM", load_html),
        ("a/crawl.jsonl", load_jsonl),
        ("a/berita.txt.gz", load_text),
        ("a/berita.html.gz", load_html),
        ("a/crawl.JSONL.GZ", load_jsonl),
        ("a/berita.md", load_text),
        ("a/berita.gz", load_text),
    ],
)
def test_loader_for_reads_through_gz(path: str, loader: Any) -> None:
    assert loader_for(path) is loader


def test_registry_holds_one_loader_per_format() -> None:
    assert set(REGISTRY) == {".txt", ".html", ".htm", ".jsonl"}


# -- HTML -----------------------------------------------------------------------------
def test_html_main_text_and_meta_candidates(tmp_path: Path) -> None:
    path = tmp_path / "rumpon.html"
    path.write_text(PAGE, encoding="utf-8")
    loaded = load_html(str(path))
    assert loaded.text.splitlines()[0] == "Nelayan Cilacap Pasang Rumpon Baru"
    assert "Beranda" not in loaded.text and "Hak cipta" not in loaded.text
    assert loaded.url == "https://wartapesisir.example/2024/03/rumpon-cilacap"
    meta = {(c.field, c.value, c.rule) for c in loaded.meta}
    assert meta == {
        ("title", "Nelayan Cilacap Pasang Rumpon Baru", "html-meta:title"),
        ("authors", "Dimas Prasetyo", "html-meta:author"),
        ("published_date", "2024-03-12", "html-meta:date"),
        ("published_time", "08:30", "html-meta:date"),
        ("timezone", "WIB", "html-meta:date"),
        ("source", "Warta Pesisir", "html-meta:site-name"),
    }


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"<html><head><script>var a = 1;</script></head><body> </body></html>", "no main text"),
    ],
)
def test_html_without_text_is_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "kosong.html"
    path.write_bytes(data)
    with pytest.raises(LoadError, match=reason):
        load_html(str(path))


# -- JSONL ----------------------------------------------------------------------------
def test_jsonl_records_with_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text(jsonl(RECORDS), encoding="utf-8")
    loaded = load_jsonl(str(path))
    assert isinstance(loaded, Records) and not loaded.error
    first, bad, page = loaded.parts
    assert (first.line, bad.line, page.line) == (1, 2, 3)
    assert first.loaded is not None and page.loaded is not None
    assert first.loaded.url == "https://kabarsungai.example/berita/1"
    assert first.loaded.text.startswith("Jembatan Gantung Desa Muara Diperbaiki\nBanjarmasin - ")
    assert {(c.field, c.value) for c in first.loaded.meta} == {
        ("title", "Jembatan Gantung Desa Muara Diperbaiki"),
        ("published_date", "2024-05-02"),
        ("published_time", "09:15"),
        ("timezone", "WITA"),
    }
    assert bad.loaded is None and bad.error.startswith("not JSON")
    # An html record: the record's URL is kept, the page's metadata comes along.
    assert page.loaded.url == "https://kabarsungai.example/berita/3"
    assert ("authors", "Nur Aini") in {(c.field, c.value) for c in page.loaded.meta}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('["daftar", "bukan objek"]', "not a JSON object"),
        ('{"url": "https://x.example/1"}', 'no "text" or "html"'),
        ('{"url": "https://x.example/1", "text": "   "}', 'no "text" or "html"'),
        ('{"url": 7, "text": "Palu - Gempa kecil."}', '"url" is not a string'),
        ('{"text": "Palu - Gempa kecil.", "date": "kemarin"}', '"date" is not an ISO date'),
    ],
)
def test_jsonl_bad_records(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text(line + "\n" + json.dumps({"url": "u", "text": "Palu - Aman."}) + "\n")
    first, good = load_jsonl(str(path)).parts
    assert first.loaded is None and reason in first.error
    assert good.loaded is not None and good.line == 2


def test_blank_lines_keep_the_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    rec = json.dumps({"url": "u", "text": "Palu - Aman."})
    path.write_text(f"\n{rec}\n\n{rec}\n\n")
    assert [p.line for p in load_jsonl(str(path)).parts] == [2, 4]


def test_empty_jsonl_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n \n")
    with pytest.raises(LoadError, match="empty file"):
        load_jsonl(str(path))


# -- gzip -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "content"),
    [("garam.txt", ANTARA), ("rumpon.html", PAGE), ("crawl.jsonl", jsonl(RECORDS))],
)
def test_gz_reads_like_the_plain_file(tmp_path: Path, name: str, content: str) -> None:
    plain, packed = tmp_path / name, tmp_path / (name + ".gz")
    plain.write_text(content, encoding="utf-8")
    packed.write_bytes(gzip.compress(content.encode()))
    a = loader_for(str(plain))(str(plain), 1 << 20)
    b = loader_for(str(packed))(str(packed), 1 << 20)
    assert a == b  # same text, metadata and hashes: gzipping a file is a move, not a change
    if isinstance(a, Loaded):
        assert a.size == len(content.encode())


def test_broken_gz_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "garam.txt.gz"
    path.write_bytes(b"bukan gzip sama sekali")
    with pytest.raises(LoadError, match="gzip"):
        load_text(str(path))


def test_truncated_jsonl_gz_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    many = [
        {"url": f"u{i}", "text": f"Palu - Kabar nomor {i} hari ini {os.urandom(64).hex()}."}
        for i in range(400)
    ]
    data = gzip.compress(jsonl(many).encode())
    path = tmp_path / "crawl.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    loaded = load_jsonl(str(path))
    assert 0 < len(loaded.parts) < 400
    assert "cut short" in loaded.error


# -- sync -----------------------------------------------------------------------------
def crawl(make_tree: Tree) -> Path:
    return make_tree(
        {
            "antara/garam.txt": ANTARA,
            "web/rumpon.html": PAGE,
            "web/lomba.html.gz": gzip.compress(BYLINE_PAGE.encode()),
            "dump/sungai.jsonl": jsonl(RECORDS),
            "dump/lama.jsonl.gz": gzip.compress(jsonl(RECORDS[:1]).encode()),
        }
    )


GLOBS = ("--glob", "*.txt", "--glob", "*.html*", "--glob", "*.jsonl*")


def index(db: str) -> dict[str, tuple[Any, ...]]:
    found = rows(
        db,
        "SELECT path, title, authors, published_date, published_time, timezone, source "
        "FROM v_index",
    )
    return {r[0]: tuple(str(v) if v is not None else None for v in r[1:]) for r in found}


def evidence(db: str, path: str, field: str) -> list[tuple[Any, ...]]:
    return rows(
        db,
        "SELECT e.value, e.line_no, e.rule, e.chosen FROM evidence e "
        "JOIN documents d ON d.id = e.document_id WHERE d.path = ? AND e.field = ? ORDER BY e.id",
        path,
        field,
    )


def test_default_glob_takes_only_text(invoke: Invoke, make_tree: Tree, db: str) -> None:
    assert counts(run(invoke, str(crawl(make_tree)))) == (1, 0, 0, 0, 0, 0)
    assert list(documents(db)) == ["antara/garam.txt"]


def test_sync_every_format_into_the_index(invoke: Invoke, make_tree: Tree, db: str) -> None:
    s = run(invoke, *GLOBS, str(crawl(make_tree)))
    # 1 text + 2 pages + 2 good records of sungai.jsonl + 1 of lama.jsonl.gz; 1 bad line.
    assert counts(s) == (6, 0, 0, 0, 0, 1)
    assert index(db) == {
        "antara/garam.txt": (
            "Petani Garam Madura Mulai Panen Lebih Awal",
            "Siti Nurjanah",
            None,
            None,
            None,
            "ANTARA",
        ),
        "web/rumpon.html": (
            "Nelayan Cilacap Pasang Rumpon Baru",
            "Dimas Prasetyo",
            "2024-03-12",
            "08:30",
            "WIB",
            "Warta Pesisir",
        ),
        "web/lomba.html.gz": (
            "Nelayan Cilacap Gelar Lomba Perahu Hias",
            "Ayu Lestari",
            "2024-03-12",
            "08:30",
            "WIB",
            "Warta Pesisir",
        ),
        "dump/sungai.jsonl#1": (
            "Jembatan Gantung Desa Muara Diperbaiki",
            "Rahmat Hidayat",
            "2024-05-02",
            "09:15",
            "WITA",
            None,
        ),
        "dump/sungai.jsonl#3": (
            "Nelayan Kotabaru Pasang Rumpon Baru",
            "Nur Aini",
            "2024-03-12",
            "08:30",
            "WIB",
            "Warta Pesisir",
        ),
        "dump/lama.jsonl.gz#1": (
            "Jembatan Gantung Desa Muara Diperbaiki",
            "Rahmat Hidayat",
            "2024-05-02",
            "09:15",
            "WITA",
            None,
        ),
    }
    docs = documents(db)
    assert docs["dump/sungai.jsonl#3"]["url"] == "https://kabarsungai.example/berita/3"
    assert docs["dump/sungai.jsonl#3"]["record"] == 3
    assert docs["web/rumpon.html"]["url"] == "https://wartapesisir.example/2024/03/rumpon-cilacap"
    assert docs["antara/garam.txt"]["url"] is None and docs["antara/garam.txt"]["record"] is None
    assert rows(db, "SELECT path, stage, severity FROM load_problems") == [
        ("dump/sungai.jsonl#2", "read", "error")
    ]


def test_html_metadata_is_evidence_and_the_printed_byline_wins(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    run(invoke, *GLOBS, str(crawl(make_tree)))
    # No byline in the text: the author tag fills in, as evidence from no line of the text.
    assert evidence(db, "web/rumpon.html", "authors") == [
        ("Dimas Prasetyo", 0, "html-meta:author", True)
    ]
    # The printed byline beats the CMS account in the author tag; both are kept.
    by_rule = {r[2]: r for r in evidence(db, "web/lomba.html.gz", "authors")}
    rejected = by_rule["html-meta:author:rejected"]
    assert (rejected[0].casefold(), bool(rejected[3])) == ("admin redaksi", False)
    printed = [r for r in by_rule.values() if r[3]]
    assert [(r[0], r[1] > 0) for r in printed] == [("Ayu Lestari", True)]
    # The date in the lead (no time) loses to the page's publication time.
    dates = evidence(db, "web/rumpon.html", "published_date")
    assert ("2024-03-12", 0, "html-meta:date", True) in dates


def test_unchanged_files_are_not_read_again(
    invoke: Invoke, make_tree: Tree, db: str, reads: list[str]
) -> None:
    root = crawl(make_tree)
    run(invoke, *GLOBS, str(root))
    reads.clear()
    # The file is the unit: its good records are on record, so not even the
    # file with a bad line is read again (its problem was logged by the first run).
    assert counts(run(invoke, *GLOBS, str(root))) == (0, 0, 0, 6, 0, 0)
    assert reads == []


def test_edit_one_record_changes_only_it(
    invoke: Invoke, make_tree: Tree, db: str, reads: list[str]
) -> None:
    root = crawl(make_tree)
    run(invoke, *GLOBS, str(root))
    before = documents(db)
    edited = [
        dict(RECORDS[0], title="Jembatan Gantung Desa Muara Selesai Diperbaiki"),
        *RECORDS[1:],
    ]
    dump = root / "dump" / "sungai.jsonl"
    st = dump.stat()
    dump.write_text(jsonl(edited), encoding="utf-8")
    os.utime(dump, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    reads.clear()
    assert counts(run(invoke, *GLOBS, str(root))) == (0, 1, 0, 5, 0, 1)
    assert reads == ["sungai.jsonl"]
    after = documents(db)
    assert after["dump/sungai.jsonl#1"]["id"] == before["dump/sungai.jsonl#1"]["id"]
    assert after["dump/sungai.jsonl#1"]["title"] == "Jembatan Gantung Desa Muara Selesai Diperbaiki"
    assert (
        after["dump/sungai.jsonl#3"]["content_hash"]
        == before["dump/sungai.jsonl#3"]["content_hash"]
    )
    assert after["dump/sungai.jsonl#3"]["mtime_ns"] == dump.stat().st_mtime_ns


def test_removed_record_is_marked_missing(invoke: Invoke, make_tree: Tree, db: str) -> None:
    root = crawl(make_tree)
    run(invoke, *GLOBS, str(root))
    dump = root / "dump" / "sungai.jsonl"
    st = dump.stat()
    dump.write_text(jsonl(RECORDS[:2]), encoding="utf-8")
    os.utime(dump, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    assert counts(run(invoke, *GLOBS, str(root))) == (0, 0, 0, 5, 1, 1)
    row = documents(db)["dump/sungai.jsonl#3"]
    assert row["missing_since"] is not None
    assert "dump/sungai.jsonl#3" not in index(db)
    # Still missing while the file stays as it is, like a vanished file.
    assert counts(run(invoke, *GLOBS, str(root)))[4] == 1
    # Back at its line: the same row again.
    dump.write_text(jsonl(RECORDS), encoding="utf-8")
    os.utime(dump, ns=(st.st_atime_ns, st.st_mtime_ns + 4_000_000_000))
    assert counts(run(invoke, *GLOBS, str(root))) == (0, 0, 0, 6, 0, 1)
    assert documents(db)["dump/sungai.jsonl#3"]["id"] == row["id"]


def test_removed_file_marks_every_record_missing(invoke: Invoke, make_tree: Tree, db: str) -> None:
    root = crawl(make_tree)
    run(invoke, *GLOBS, str(root))
    (root / "dump" / "sungai.jsonl").unlink()
    assert counts(run(invoke, *GLOBS, str(root))) == (0, 0, 0, 4, 2, 0)


def test_record_moving_to_another_line_keeps_its_row(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    root = crawl(make_tree)
    run(invoke, *GLOBS, str(root))
    old = documents(db)["dump/sungai.jsonl#3"]
    dump = root / "dump" / "sungai.jsonl"
    # The bad line goes and a blank line comes in: #1 stays, the page record goes #3 → #4.
    dump.write_text(jsonl([RECORDS[0], "", "", RECORDS[2]]), encoding="utf-8")
    assert counts(run(invoke, *GLOBS, str(root))) == (0, 0, 1, 5, 0, 0)
    moved = documents(db)["dump/sungai.jsonl#4"]
    assert (moved["id"], moved["record"]) == (old["id"], 4)
    assert "dump/sungai.jsonl#3" not in documents(db)


def test_gzipping_a_file_in_place_is_a_move(invoke: Invoke, make_tree: Tree, db: str) -> None:
    root = crawl(make_tree)
    run(invoke, *GLOBS, str(root))
    old = documents(db)["web/rumpon.html"]
    page = root / "web" / "rumpon.html"
    (root / "web" / "rumpon.html.gz").write_bytes(gzip.compress(page.read_bytes()))
    page.unlink()
    assert counts(run(invoke, *GLOBS, str(root))) == (0, 0, 1, 5, 0, 0)
    assert documents(db)["web/rumpon.html.gz"]["id"] == old["id"]
