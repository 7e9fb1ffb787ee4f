"""Throughput of ``extract()`` on one core over synthetic pages in the real layouts.

Usage: ``python benchmarks/extract_bench.py [N] [--profiles]`` (default 20000 documents).

Builds N deterministic documents of 2–6 KB in memory (our own words, the
layouts of ``LAYOUTS.md``), times ``extract`` over all of them, and compares
with a baseline measured in the same run: ``text.splitlines()`` plus one
precompiled ``re.search`` per document. Prints docs/s, µs/doc and the ratio,
and which extractor it timed: the mypyc-compiled one a regular install builds
(see ``setup.py``) or the pure-Python source (an editable install,
``CATALOG_PURE_PYTHON=1``, or no C compiler). With ``--profiles`` each page is
extracted with the site profile that the first 100 pages of its layout teach
(``FurnitureCounter``, learned before the clock starts), as a sync extracts every
page of a site with the site's profile.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time

import catalog.extract.core
from catalog.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from catalog.extract import FurnitureCounter, Profile, extract

CITIES = ("Bandung", "Kupang", "Medan", "Sorong", "Kendari", "Mataram", "Palu", "Jambi")
OUTLETS = ("InfoPublik", "ANTARA", "KOMPAS.com", "CNN Indonesia", "jpnn.com", "Kemenag")
NAMES = ("Rina Kusuma", "Hendra Wijaya", "Siti Rahma", "Bayu Pratama", "Lilis Suryani", "Admin")
MONTHS = MONTH_NAMES[:8]
DAYS = WEEKDAY_NAMES
WORDS = tuple(
    re.split(
        r"\s+",
        "pemerintah kota warga pasar baru program bantuan sekolah jalan desa kepala dinas "
        "kegiatan rapat anggaran pembangunan layanan kesehatan masyarakat daerah tahun "
        "petugas lokasi kantor bupati camat lurah taman air bersih listrik sampah",
    )
)


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 22))]
    if rng.random() < 0.3:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(CITIES))
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))


def _body(rng: random.Random, size: int) -> list[str]:
    out: list[str] = []
    while sum(len(p) for p in out) < size:
        out.append(_paragraph(rng))
        out.append("")
    return out


def make_document(i: int) -> str:
    """One deterministic page; the layout rotates with ``i``."""
    rng = random.Random(i)
    city, outlet, name = rng.choice(CITIES), rng.choice(OUTLETS), rng.choice(NAMES)
    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    year, hh, mm = rng.randint(2015, 2025), rng.randint(0, 23), rng.randint(0, 59)
    stamp = f"{rng.choice(DAYS)}, {day} {month} {year} | {hh:02d}:{mm:02d} WIB"
    title = " ".join(w.capitalize() for w in rng.sample(WORDS, 7))
    body = _body(rng, rng.randint(1800, 5600))
    lead = f"{city}, {outlet} – {body[0]}"
    layout = i % 6
    if layout == 0:  # seed shape: sidebar byline, caption, byline with editor and views
        head = [
            "- Oleh MC KAB LEMBAH HIJAU",
            f"- {stamp}",
            f": Kepala dinas meninjau lokasi (dok Humas {city})",
            f"Oleh {name}, {stamp} - Redaktur: Tono - {rng.randint(10, 9999)}",
        ]
        return "\n".join([*head, lead, *body[1:]])
    if layout == 1:  # header credit line
        head = ["Berita Daerah", title, f"Penulis: {name} | Editor: Lilis Suryani"]
        return "\n".join([*head, lead, *body[1:]])
    if layout == 2:  # name then stamp, footer editor
        head = [title, name, f"{day}/{rng.randint(1, 12)}/{year} {hh:02d}:{mm:02d}", title]
        return "\n".join([*head, *body, "Editor : Yusuf Maulana", "Berita Lainnya"])
    if layout == 3:  # ANTARA footer credits
        lead = f"{city} (ANTARA) - {body[0]}"
        return "\n".join([lead, *body[1:], "Pewarta: Siti Rahma", "Editor : Joko Susilo"])
    if layout == 4:  # trailing initials only, lead date
        lead = f"{city.upper()} - {body[0]} Kamis ({day}/{rng.randint(1, 12)}/{year})."
        return "\n".join([title, lead, *body[1:-2], body[-2] + " (abc/xyz)"])
    # listing page
    teasers = [f"{title}\n{_paragraph(rng)} Baca Selengkapnya" for _ in range(rng.randint(4, 9))]
    return "\n\n".join(["Berita Terkini", *teasers])


_BASELINE_RX = re.compile(
    r"\b(\d{1,2}) (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus) (\d{4})"
)


# the layouts make_document rotates through (a site each, for --profiles)
LAYOUTS = 6


def layout_profiles(pages: int = 100) -> list[Profile]:
    """The profile each layout's first ``pages`` pages teach, in layout order."""
    out = []
    for layout in range(LAYOUTS):
        counter = FurnitureCounter()
        for i in range(layout, layout + LAYOUTS * pages, LAYOUTS):
            counter.add(make_document(i))
        out.append(counter.profile())
    return out


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=20000, help="documents (20000)")
    parser.add_argument(
        "--profiles",
        action="store_true",
        help="extract each page with its layout's site profile, as a sync does",
    )
    args = parser.parse_args(argv[1:])
    n = args.n
    docs = [make_document(i) for i in range(n)]
    sizes = sorted(len(d.encode()) for d in docs)
    print(f"{n} documents, {sizes[0]}–{sizes[-1]} bytes (median {sizes[n // 2]})")
    where = catalog.extract.core.__file__ or "?"
    built = "compiled with mypyc" if not where.endswith(".py") else "pure Python"
    print(f"extractor: {built} ({where})")
    profiles: list[Profile | None] = [None] * LAYOUTS
    if args.profiles:
        learned = layout_profiles()
        profiles = list(learned)
        counts = ", ".join(str(len(p.lines)) for p in learned)
        print(f"site profiles: one a layout, {counts} furniture lines")

    t0 = time.perf_counter()
    for d in docs:
        d.splitlines()
        _BASELINE_RX.search(d)
    base = time.perf_counter() - t0

    t0 = time.perf_counter()
    for i, d in enumerate(docs):
        extract(d, profile=profiles[i % LAYOUTS])
    took = time.perf_counter() - t0

    print(
        f"baseline (splitlines + one re.search): {n / base:12,.0f} docs/s {base / n * 1e6:8.1f} µs/doc"
    )
    print(
        f"extract():                             {n / took:12,.0f} docs/s {took / n * 1e6:8.1f} µs/doc"
    )
    print(f"ratio extract/baseline: {took / base:.1f}x")


if __name__ == "__main__":
    main(sys.argv)
