"""A crawl of a few invented news sites whose pages carry their site's furniture.

    python benchmarks/furnished_crawl.py DIR [--sites 6] [--pages 36] [--seed 0] [--bare]

Writes ``DIR/<site>/<nnn>.txt`` for each site (a crawler's layout: one folder
per site) and ``DIR/labels.jsonl`` with the truth of every page in the label
schema of ``catalog evaluate``. Each page is one story in its site's own layout
(headline, stamp, dateline, credits) wrapped in the furniture every page of
that site repeats, as a text dump of a crawled page shows it:

- a menu row, and a share row (``Bagikan: ...``), above the story;
- a site clock with the crawl day's date and a time that differs page to page;
- a "popular" block: five of the site's seven teasers of that day, each with
  another reporter's byline and stamp (above the story on some sites, below it
  on others);
- a footer (copyright row and a links row).

``--bare`` writes the same stories, same paths and labels, without any
furniture: extraction on the two crawls should be as right (issue 13).

Everything is made up here: sites, people, stories. ``make_crawl`` and
``page_text`` can be imported (tests import this file by path:
``tests/crawl_fixture.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CRAWL_DAY = dt.date(2026, 11, 28)  # the day the crawler ran: its clocks all say so
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
FIRST = ("Rani", "Dodi", "Melati", "Surya", "Kirana", "Bima", "Wulan", "Tegar", "Laila", "Anton")
LAST = ("Situmorang", "Wicaksono", "Pakpahan", "Hutapea", "Salim", "Rangkuti", "Tambunan")
CITIES = ("Bogor", "Depok", "Cianjur", "Kudus", "Blora", "Madiun", "Kediri", "Tegal")
SUBJECTS = (
    "Warga",
    "Pemerintah desa",
    "Kelompok tani",
    "Pengurus koperasi",
    "Dinas kesehatan",
    "Karang taruna",
    "Pedagang pasar",
)
ACTS = (
    "memperbaiki saluran irigasi",
    "membuka posyandu keliling",
    "menanam bibit mangrove",
    "menggelar pasar murah",
    "mendata rumah tidak layak huni",
    "melatih pemandu wisata",
    "membersihkan sungai",
)
PLACES = (
    "di pinggir kota",
    "di kampung nelayan",
    "di lereng bukit",
    "di sekitar terminal",
    "di bantaran sungai",
)
REASONS = (
    "agar musim tanam berikutnya tidak terlambat",
    "karena keluhan warga terus bertambah",
    "setelah hujan deras merusak fasilitas lama",
    "supaya anak-anak punya tempat belajar",
    "untuk menekan harga kebutuhan pokok",
)


@dataclass(frozen=True)
class Site:
    folder: str
    brand: str  # how the dateline and footer name it
    layout: str  # "stamp", "agency" or "oleh": how a story names its people and date
    menu: str
    share: str
    popular_title: str
    popular_on_top: bool
    footer: tuple[str, str]


SITES = (
    Site(
        "kabarpagi",
        "KabarPagi.id",
        "stamp",
        "Beranda | Nasional | Daerah | Ekonomi | Olahraga | Indeks",
        "Bagikan: Facebook Twitter WhatsApp Salin Tautan",
        "Terpopuler Hari Ini",
        True,
        (
            "© 2026 KabarPagi.id. Seluruh hak cipta dilindungi.",
            "Redaksi | Pedoman Media Siber | Kontak",
        ),
    ),
    Site(
        "lintasdesa",
        "LINTASDESA",
        "agency",
        "HOME  NEWS  DESA  WISATA  OPINI  VIDEO",
        "Share: FB | TW | WA | Telegram",
        "Berita Terpopuler",
        False,
        ("Copyright © 2026 Lintas Desa Media", "Tentang Kami · Iklan · Karier"),
    ),
    Site(
        "suarapesisir",
        "SuaraPesisir",
        "oleh",
        "Berita | Pesisir | Laut | Budaya | Foto",
        "Sebarkan: Facebook · X · WhatsApp · Surel",
        "Paling Banyak Dibaca",
        True,
        ("SuaraPesisir © 2026 — Semua hak dilindungi", "Disclaimer | Kebijakan Privasi | Redaksi"),
    ),
    Site(
        "warta_kota_lama",
        "WartaKotaLama.com",
        "stamp",
        "Home › Metro › Kriminal › Gaya Hidup › Kuliner",
        "Bagikan artikel ini",
        "Trending",
        False,
        ("© 2026 WartaKotaLama.com", "Pedoman Siber | Info Iklan | Hubungi Kami"),
    ),
    Site(
        "gemabumi",
        "GEMABUMI",
        "agency",
        "Nasional Daerah Lingkungan Energi Sains",
        "Bagikan ke: Facebook Twitter LinkedIn",
        "Populer",
        True,
        ("Hak cipta © 2026 Gema Bumi", "Redaksi - Kode Etik - Kontak"),
    ),
    Site(
        "jendelahumas",
        "JendelaHumas",
        "oleh",
        "Beranda / Berita Daerah / Pengumuman / Galeri",
        "Share this: Facebook WhatsApp",
        "Berita Populer",
        False,
        ("© 2026 Jendela Humas Kabupaten", "Peta Situs | Kontak | Layanan Informasi"),
    ),
)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _stamp(day: dt.date, hh: int, mm: int) -> str:
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year} | {hh:02d}:{mm:02d} WIB"


def _headline(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(CITIES)} {rng.choice(ACTS)}".title()


def _paragraphs(rng: random.Random, n: int) -> list[str]:
    return [
        f"{rng.choice(SUBJECTS)} {rng.choice(ACTS)} {rng.choice(PLACES)} {rng.choice(REASONS)}, "
        f"dan kegiatan itu direncanakan berlanjut hingga akhir bulan."
        for _ in range(n)
    ]


def _popular(site: Site, index: int) -> list[list[str]]:
    """The site's seven teasers of the crawl day: a headline and another byline each."""
    rng = random.Random(f"popular:{site.folder}")
    items = []
    for _ in range(7):
        day = CRAWL_DAY - dt.timedelta(days=rng.randint(0, 2))
        byline = f"Oleh {_name(rng)} | {_stamp(day, rng.randint(5, 22), rng.randint(0, 59))}"
        items.append([_headline(rng), byline])
    pick = random.Random(f"pick:{site.folder}:{index}")
    return pick.sample(items, 5)


def _story(site: Site, rng: random.Random) -> tuple[list[str], dict[str, Any]]:
    """One story in its site's layout, and its truth."""
    title = _headline(rng)
    author, editor = _name(rng), _name(rng)
    while editor == author:
        editor = _name(rng)
    city = rng.choice(CITIES)
    day = CRAWL_DAY - dt.timedelta(days=rng.randint(3, 400))
    while (day.weekday(), day.month) == (CRAWL_DAY.weekday(), CRAWL_DAY.month):
        # Its stamp would fold (digits aside) to the site clock's line: no profile could
        # tell them apart by repetition. Left out, so the crawl measures what it can.
        day -= dt.timedelta(days=1)
    hh, mm = rng.randint(6, 21), rng.randint(0, 59)
    body = _paragraphs(rng, rng.randint(3, 5))
    label: dict[str, Any] = {
        "kind": "article",
        "title": title,
        "authors": [author],
        "date": day.isoformat(),
        "time": f"{hh:02d}:{mm:02d}",
        "tz": "WIB",
        "editors": [editor],
        "source": site.brand,
        "dateline": city,
        "views": None,
    }
    if site.layout == "stamp":
        lines = [title, _stamp(day, hh, mm), f"{city.upper()}, {site.brand} - {body[0]}"]
        lines += [*body[1:], f"Penulis : {author}", f"Editor : {editor}"]
    elif site.layout == "agency":
        lines = [title, f"{city} ({site.brand}) - {body[0]}", *body[1:]]
        lines += [f"Pewarta: {author}", f"Editor : {editor}"]
        label.update(date=None, time=None, tz=None)  # an agency page gives no date of its own
    else:
        views = rng.randint(40, 4000)
        stamp = _stamp(day, hh, mm)
        lines = [title, f"Oleh {author}, {stamp} - Redaktur: {editor} - {views}"]
        lines += [f"{city}, {site.brand} – {body[0]}", *body[1:]]
        label["views"] = views
    return lines, label


def page_text(
    site: Site, index: int, seed: int = 0, furniture: bool = True
) -> tuple[str, dict[str, Any]]:
    """Page ``index`` of ``site``: its text and its label (without ``file``).

    The story depends on (seed, site, index) only, so the bare and the furnished
    crawl hold the same stories."""
    rng = random.Random(f"{seed}:{site.folder}:{index}")
    story, label = _story(site, rng)
    if not furniture:
        return "\n".join(story) + "\n", label
    clock = random.Random(f"clock:{seed}:{site.folder}:{index}")
    top = [site.menu, _stamp(CRAWL_DAY, clock.randint(0, 23), clock.randint(0, 59)), site.share]
    popular = [site.popular_title]
    for n, (headline, byline) in enumerate(_popular(site, index), 1):
        popular += [f"{n}. {headline}", byline]
    lines = top + (popular if site.popular_on_top else []) + story
    lines += [site.share] + ([] if site.popular_on_top else popular) + list(site.footer)
    return "\n".join(lines) + "\n", label


def make_crawl(
    root: Path, sites: int = 6, pages: int = 36, seed: int = 0, furniture: bool = True
) -> list[dict[str, Any]]:
    """Write the crawl under ``root`` and ``root/labels.jsonl``; return the labels."""
    if not 1 <= sites <= len(SITES):
        raise ValueError(f"sites must be 1 to {len(SITES)}")
    labels = []
    for site in SITES[:sites]:
        folder = root / site.folder
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(pages):
            text, label = page_text(site, i, seed, furniture)
            rel = f"{site.folder}/{i:03d}.txt"
            (root / rel).write_text(text, encoding="utf-8")
            labels.append({"file": rel, "url": None, **label, "notes": f"{site.folder} crawl"})
    with (root / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def furniture_lines(site: Site) -> list[str]:
    """Lines every page of ``site`` carries (the clock aside, whose time varies)."""
    return [site.menu, site.share, site.popular_title, *site.footer]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--sites", type=int, default=6)
    parser.add_argument("--pages", type=int, default=36)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--bare", action="store_true", help="the same stories, no furniture")
    args = parser.parse_args(argv)
    labels = make_crawl(args.dir, args.sites, args.pages, args.seed, not args.bare)
    print(f"wrote {len(labels)} pages and labels.jsonl under {args.dir}")


if __name__ == "__main__":
    main()
