"""Site profiles: which site a page is of, what a sync learns of each site's
furniture, how it keeps and reuses it, and when it reads pages again."""

from __future__ import annotations

import gc
import json
import os
import re
import weakref
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import rows
from crawl_fixture import SITES, make_crawl, page_text

from catalog import sites as sites_module
from catalog.extract import profile as profile_module
from catalog.loaders import loader_for
from catalog.sites import SiteState, page_lines, site_of, version_of
from catalog.sync import pipeline

Invoke = Callable[..., Any]
Tree = Callable[[dict[str, str | bytes]], Path]

MENU = "Beranda | Warta | Daerah | Indeks"
FOOTER = "© 2026 Warta Contoh. Hak cipta dilindungi."
BANNER = "Ikuti kanal Warta Contoh di aplikasi pesan"


WORDS = ("gantung", "bambu", "beton", "kayu", "desa", "sawah", "pasar", "sungai", "bukit", "pantai")


def page(n: int, extra: str = "") -> str:
    """A page of the test site: the menu, one story of its own, the footer. Stories
    differ in words, not only in digits (lines are compared with digits folded)."""
    a, b = WORDS[n % 10], WORDS[n // 10 % 10]
    lines = [
        MENU,
        f"Jembatan {a.title()} di Kampung {b.title()} Diperbaiki",
        f"Cianjur - Warga kampung {b} bergotong royong memasang papan {a} yang baru.",
        f"Penulis: Rani Salim | Editor: Bima {a.title()}",
        *([extra] if extra else []),
        FOOTER,
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file the sync opens (in-process syncs only): the profile stage's reads too."""
    seen: list[str] = []

    def counting(path: str) -> Any:
        loader = loader_for(path)

        def load(p: str, max_bytes: int) -> Any:
            seen.append(os.path.relpath(p, os.path.dirname(os.path.dirname(p))))
            return loader(p, max_bytes)

        return load

    monkeypatch.setattr(pipeline, "loader_for", counting)
    return seen


@pytest.fixture()
def sample_of(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """Make the profile sample this many pages a site (the shipped size is 100)."""

    def set_size(n: int) -> None:
        for module in (profile_module, sites_module, pipeline):
            monkeypatch.setattr(module, "SAMPLE_PAGES", n)

    return set_size


def sync(invoke: Invoke, *args: str) -> str:
    result = invoke("sync", "--jobs", "1", *args)
    assert result.exit_code == 0, result.output
    return str(result.stdout)


def profile_rows(db: str) -> dict[str, SiteState]:
    return {
        site: SiteState.load(pages, lines, version)
        for site, pages, lines, version in rows(
            db, "SELECT site, pages, lines, version FROM site_profiles"
        )
    }


# -- which site ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rel", "url", "site"),
    [
        ("kompas/2024/a.txt", None, "kompas"),
        ("kompas/a.html", "https://www.Kompas.example/berita/1", "kompas.example"),
        ("a.html", "http://warta.example:8080/x", "warta.example"),
        ("dump.jsonl#3", "https://sub.warta.example/", "sub.warta.example"),
        ("a.txt", None, None),  # loose files: no site
        ("a.txt", "", None),
        ("feeds/a.html", "bukan alamat", "feeds"),  # no host in it: its folder
        ("feeds/a.html", "http://[::1", "feeds"),  # not a URL at all
    ],
)
def test_site_of(rel: str, url: str | None, site: str | None) -> None:
    assert site_of(rel, url) == site


def test_page_lines_keep_one_spelling_of_each_folded_line() -> None:
    lines = page_lines("Sabtu, 1 Juni 2024 | 08:00 WIB\n\nSABTU, 2 juni 2024 | 9:10 wib\nKisah")
    assert lines == {
        "sabtu, 0 juni 0 | 0:0 wib": "Sabtu, 1 Juni 2024 | 08:00 WIB",
        "kisah": "Kisah",
    }


def test_a_full_sample_keeps_only_its_furniture_and_reads_back_the_same(
    sample_of: Callable[[int], None],
) -> None:
    sample_of(4)
    state = SiteState()
    for n in range(6):
        state.add(page_lines(page(n)))
    assert state.full and state.counter.pages == 4
    kept = [row[0] for row in json.loads(state.dump())]
    assert sorted(kept) == sorted(state.profile.lines) and len(kept) == 2
    again = SiteState.load(4, state.dump(), state.version)
    assert again.profile == state.profile and again.version == state.version
    assert again.furniture() == [MENU, FOOTER] or again.furniture() == [FOOTER, MENU]


# -- what a sync learns ----------------------------------------------------------
def test_a_synced_crawl_marks_its_furniture_and_not_its_stories(
    invoke: Invoke, db: str, tmp_path: Path
) -> None:
    root = tmp_path / "crawl"
    make_crawl(root, sites=3, pages=32)
    out = sync(invoke, str(root))
    assert ": 96 added" in out and "re-read" not in out
    profiles = profile_rows(db)
    assert sorted(profiles) == sorted(s.folder for s in SITES[:3])
    for site in SITES[:3]:
        profile = profiles[site.folder].profile
        assert profiles[site.folder].counter.pages == 32
        for i in range(32):
            furnished, _ = page_text(site, i)
            bare, _ = page_text(site, i, furniture=False)
            story = set(bare.splitlines())
            for line in furnished.splitlines():
                # menu, share row, clock, popular block, footer: furniture; the story's
                # title, stamp, byline, credits and paragraphs: not
                assert profile.is_furniture(line) == (line not in story), (site.folder, line)
    versions = dict(rows(db, "SELECT site, version FROM site_profiles"))
    for site, version in rows(db, "SELECT site, profile_version FROM documents"):
        assert version == versions[site] is not None


def test_the_sample_counts_are_freed_before_the_pages_are_read(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every line of up to SAMPLE_PAGES pages a site: tens of megabytes on a large
    # first sync, not to be held while the pages are read and stored.
    root = tmp_path / "crawl"
    make_crawl(root, sites=2, pages=12)
    alive: weakref.WeakSet[SiteState] = weakref.WeakSet()
    made = SiteState.__init__

    def tracked(self: SiteState, *args: Any, **kwargs: Any) -> None:
        made(self, *args, **kwargs)
        alive.add(self)

    monkeypatch.setattr(SiteState, "__init__", tracked)
    real = pipeline.read_and_extract
    during: list[int] = []

    def reading(job: Any) -> Any:
        gc.collect()
        during.append(len(alive))
        return real(job)

    monkeypatch.setattr(pipeline, "read_and_extract", reading)
    out = sync(invoke, str(root))
    assert ": 24 added" in out
    assert during and set(during) == {0}


def test_loose_files_belong_to_no_site(invoke: Invoke, db: str, make_tree: Tree) -> None:
    root = make_tree({f"p{n}.txt": page(n) for n in range(5)})
    sync(invoke, str(root))
    assert rows(db, "SELECT count(*) FROM site_profiles") == [(0,)]
    assert rows(db, "SELECT DISTINCT site, profile_version FROM documents") == [(None, None)]


def test_an_html_page_is_of_its_urls_host(invoke: Invoke, db: str, make_tree: Tree) -> None:
    def html(n: int) -> str:
        body = "".join(f"<p>{line}</p>" for line in page(n).splitlines())
        link = f'<link rel="canonical" href="https://www.warta.example/berita/{n}">'
        return f"<html><head>{link}</head><body>{body}</body></html>"

    root = make_tree({f"p{n}.html": html(n) for n in range(4)})
    sync(invoke, "--glob", "*.html", str(root))
    assert rows(db, "SELECT DISTINCT site FROM documents") == [("warta.example",)]
    (state,) = profile_rows(db).values()
    assert state.counter.pages == 4 and state.profile.is_furniture(MENU)


def test_no_profiles_reads_each_file_once_and_learns_nothing(
    invoke: Invoke, db: str, make_tree: Tree, reads: list[str]
) -> None:
    root = make_tree({f"warta/p{n}.txt": page(n) for n in range(5)})
    sync(invoke, "--no-profiles", str(root))
    assert sorted(reads) == sorted(f"warta/p{n}.txt" for n in range(5))
    assert rows(db, "SELECT count(*) FROM site_profiles") == [(0,)]
    assert rows(db, "SELECT DISTINCT site, profile_version FROM documents") == [("warta", None)]


def test_a_dry_run_stores_no_profile(invoke: Invoke, db: str, make_tree: Tree) -> None:
    root = make_tree({f"warta/p{n}.txt": page(n) for n in range(5)})
    sync(invoke, str(make_tree({"x/a.txt": page(99)})))  # the catalog exists
    sync(invoke, "--dry-run", str(root))
    assert rows(db, "SELECT site FROM site_profiles") == [("x",)]


# -- keeping and reusing it ------------------------------------------------------
def test_a_growing_sample_counts_the_new_pages_only(
    invoke: Invoke, db: str, make_tree: Tree, reads: list[str]
) -> None:
    root = make_tree({f"warta/p{n}.txt": page(n) for n in range(5)})
    sync(invoke, str(root))
    before = profile_rows(db)["warta"]
    assert before.counter.pages == 5 and before.profile.is_furniture(MENU)
    for n in range(5, 8):
        (root / "warta" / f"p{n}.txt").write_text(page(n), encoding="utf-8")
    reads.clear()
    out = sync(invoke, str(root))
    assert ": 3 added" in out and "re-read" not in out
    # sampled, then extracted; the pages already there are not read
    assert sorted(reads) == sorted([f"warta/p{n}.txt" for n in range(5, 8)] * 2)
    after = profile_rows(db)["warta"]
    assert after.counter.pages == 8
    assert after.counter.counts["beranda | warta | daerah | indeks"] == 8


def test_a_full_sample_is_used_as_stored(
    invoke: Invoke,
    db: str,
    make_tree: Tree,
    reads: list[str],
    sample_of: Callable[[int], None],
) -> None:
    sample_of(6)
    root = make_tree({f"warta/p{n:02d}.txt": page(n) for n in range(8)})
    sync(invoke, str(root))
    stored = rows(db, "SELECT pages, version, lines FROM site_profiles")
    assert stored[0][0] == 6
    for n in (8, 9):
        (root / "warta" / f"p{n:02d}.txt").write_text(page(n, BANNER), encoding="utf-8")
    reads.clear()
    out = sync(invoke, str(root))
    assert ": 2 added" in out
    assert sorted(reads) == ["warta/p08.txt", "warta/p09.txt"]  # each read once, to extract
    assert rows(db, "SELECT pages, version, lines FROM site_profiles") == stored


def test_a_site_whose_furniture_changes_has_its_pages_read_again(
    invoke: Invoke, db: str, make_tree: Tree, reads: list[str]
) -> None:
    root = make_tree(
        {
            **{f"warta/p{n:02d}.txt": page(n) for n in range(6)},
            **{f"lain/p{n:02d}.txt": page(n) for n in range(4)},
        }
    )
    sync(invoke, str(root))
    old = profile_rows(db)["warta"].version
    # six new pages all carry a banner: on half the pages now, it is furniture
    for n in range(6, 12):
        (root / "warta" / f"p{n:02d}.txt").write_text(page(n, BANNER), encoding="utf-8")
    reads.clear()
    out = sync(invoke, str(root))
    # the pages read again are unchanged files: 6 of them and the other site's 4
    assert re.search(r": 6 added, 0 changed, 0 moved, 10 unchanged", out)
    assert f"{root}: re-read 6 pages of site warta: its furniture changed" in out
    assert "site lain" not in out
    state = profile_rows(db)["warta"]
    assert state.version != old and state.profile.is_furniture(BANNER)
    assert sorted(set(reads)) == sorted(f"warta/p{n:02d}.txt" for n in range(12))
    assert rows(db, "SELECT DISTINCT profile_version FROM documents WHERE site = 'warta'") == [
        (state.version,)
    ]
    # and nothing is left to read again
    reads.clear()
    out = sync(invoke, str(root))
    assert "re-read" not in out and reads == []


def test_a_file_read_anyway_is_read_with_the_new_furniture(
    invoke: Invoke, db: str, make_tree: Tree
) -> None:
    root = make_tree({f"warta/p{n:02d}.txt": page(n) for n in range(6)})
    sync(invoke, str(root))
    for n in range(6, 12):
        (root / "warta" / f"p{n:02d}.txt").write_text(page(n, BANNER), encoding="utf-8")
    touched = root / "warta" / "p00.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    out = sync(invoke, str(root))  # p00 is read for its new mtime, the other 5 as stale
    assert f"{root}: re-read 6 pages of site warta: its furniture changed" in out
    version = profile_rows(db)["warta"].version
    assert rows(db, "SELECT DISTINCT profile_version FROM documents") == [(version,)]


def test_a_page_moved_to_another_site_is_read_with_its_new_sites_furniture(
    invoke: Invoke, db: str, make_tree: Tree
) -> None:
    root = make_tree(
        {
            **{f"warta/p{n}.txt": page(n) for n in range(5)},
            **{f"lain/q{n}.txt": page(n, BANNER) for n in range(5)},
        }
    )
    sync(invoke, str(root))
    (doc_id,) = rows(db, "SELECT id FROM documents WHERE path = 'warta/p0.txt'")[0]
    (root / "warta" / "p0.txt").rename(root / "lain" / "p0.txt")
    out = sync(invoke, str(root))
    assert ": 0 added, 0 changed, 1 moved" in out
    lain = profile_rows(db)["lain"].version
    assert rows(
        db, "SELECT id, site, profile_version FROM documents WHERE path = 'lain/p0.txt'"
    ) == [
        (doc_id, "lain", lain)  # the same row, read as the new site's page
    ]
    assert "re-read" not in sync(invoke, str(root))


def test_forget_drops_the_roots_profiles(invoke: Invoke, db: str, make_tree: Tree) -> None:
    root = make_tree({f"warta/p{n}.txt": page(n) for n in range(4)})
    sync(invoke, str(root))
    assert invoke("forget", "--yes", str(root)).exit_code == 0
    assert rows(db, "SELECT count(*) FROM site_profiles") == [(0,)]


# -- report sites ----------------------------------------------------------------
def test_report_sites_lists_each_site_with_its_furniture(
    invoke: Invoke, db: str, make_tree: Tree
) -> None:
    root = make_tree(
        {
            **{f"warta/p{n}.txt": page(n) for n in range(5)},
            **{f"lain/q{n}.txt": page(n, BANNER) for n in range(3)},
            "lepas.txt": page(50),
        }
    )
    sync(invoke, str(root))
    result = invoke("report", "sites", "--format", "json")
    assert result.exit_code == 0, result.output
    got = json.loads(result.stdout)
    assert [(r["site"], r["documents"], r["sampled"]) for r in got] == [
        ("warta", 5, 5),
        ("lain", 3, 3),
    ]
    assert sorted(got[0]["most_frequent"]) == sorted([MENU, FOOTER])  # as the pages spell them
    assert set(got[1]["most_frequent"]) == {MENU, FOOTER, BANNER}
    assert got[0]["furniture"] == 2
    csv = invoke("report", "sites", "--format", "csv").stdout
    assert csv.splitlines()[0] == "root,site,documents,sampled,furniture,most_frequent"
    assert str(root) in csv and "lain" in csv


def test_report_sites_counts_documents_within_the_filters(invoke: Invoke, make_tree: Tree) -> None:
    crawl = make_tree({})
    make_crawl(crawl, sites=2, pages=30)
    sync(invoke, str(crawl))
    everything = json.loads(invoke("report", "sites", "--format", "json").stdout)
    assert [r["documents"] for r in everything] == [30, 30]
    dated = json.loads(
        invoke("report", "sites", "--since", "1990-01-01", "--format", "json").stdout
    )
    # undated pages are outside any date range: a site may lose pages, or be left out
    total = {r["site"]: r["documents"] for r in everything}
    assert dated and all(0 < r["documents"] <= total[r["site"]] for r in dated)
    old = json.loads(invoke("report", "sites", "--until", "1990-01-01", "--format", "json").stdout)
    assert old == []  # no document then: no site shown


def test_version_names_the_set() -> None:
    state = SiteState()
    for n in range(3):
        state.add(page_lines(page(n)))
    assert state.version == version_of(state.profile) is not None
    assert SiteState().version is None


def test_show_names_the_site_and_the_furniture_a_page_was_read_with(
    invoke: Invoke, db: str, make_tree: Tree
) -> None:
    root = make_tree({**{f"warta/p{n}.txt": page(n) for n in range(4)}, "lepas.txt": page(9)})
    sync(invoke, str(root))
    (version,) = rows(db, "SELECT version FROM site_profiles")[0]
    shown = invoke("show", "warta/p1.txt").stdout
    assert f"  site warta, read with furniture version {version}\n" in shown
    assert "  site " not in invoke("show", "lepas.txt").stdout


def test_the_profile_stage_reads_crawl_dumps_up_to_a_budget(
    invoke: Invoke, db: str, make_tree: Tree, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def dump(k: int) -> str:
        return "".join(
            json.dumps({"url": f"https://warta.example/{k}/{n}", "text": page(n)}) + "\n"
            for n in range(3)
        )

    root = make_tree({f"dumps/d{k}.jsonl": dump(k) for k in range(4)})
    size = (root / "dumps" / "d0.jsonl").stat().st_size
    monkeypatch.setattr(pipeline, "SAMPLE_BYTES", size + 1)  # two dumps' worth
    sync(invoke, "--glob", "*.jsonl", str(root))
    # two dumps read by the profile stage (the first two the walk found), all four to extract
    assert sorted(Counter(reads).values()) == [1, 1, 2, 2] and len(set(reads)) == 4
    (state,) = profile_rows(db).values()
    assert state.counter.pages == 6 and state.profile.is_furniture(MENU)
    assert rows(db, "SELECT DISTINCT site FROM documents") == [("warta.example",)]
