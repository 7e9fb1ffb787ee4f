"""Label-preserving perturbations of a news-page text dump (for ``robustness.py``).

Each perturbation in :data:`PERTURBATIONS` is a pure function ``(text, seed) -> text``:
deterministic for a given seed (an ``int`` or ``str``, e.g. ``"0:page.txt"``), with
several variants of wording and shape so it is never one fixed string. None of them
adds anything a librarian would catalogue as *this* story's metadata:

- furniture above the story (share row, site clock or date bar, breadcrumb, menu,
  a "popular" block of teasers with their own bylines, stamps and view counts);
- furniture below it (related / "Baca juga" teasers with stamps, a tags line, a
  footer that names no outlet: the corpus rules read a named ``© ... Portal`` line
  as a source, so ours only says "all rights reserved" and gives an address);
- line endings and spacing (CRLF, a blank line between lines, trailing spaces).

Furniture lines are short and never prose paragraphs, so rules that depend on
position (the lead is the first prose paragraph; a date without a printed stamp
counts only from it) keep their answer. Every original line stays, in order.

:func:`replace_dateline` changes a label, so it is not in the registry: it swaps
the place at the start of the dateline for an invented one and returns the new
place, which the caller writes into its copy of the label.

All words here are the project's own, in the layouts of the corpus ``LAYOUTS.md``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from collections.abc import Callable

from catalog.calendar_names import MONTH_NAMES, WEEKDAY_NAMES

Perturbation = Callable[[str, int | str], str]

HARI = WEEKDAY_NAMES
BULAN = MONTH_NAMES
BULAN_PENDEK = tuple(m[:3] for m in MONTH_NAMES)
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

FIRST_NAMES = (
    "Dimas",
    "Galih",
    "Sekar",
    "Intan",
    "Yoga",
    "Nanda",
    "Rendi",
    "Laras",
    "Bagus",
    "Citra",
    "Fajar",
    "Wulan",
    "Arif",
    "Melati",
)
LAST_NAMES = (
    "Prasetyo",
    "Maharani",
    "Saputra",
    "Anggraini",
    "Nugroho",
    "Kusumawati",
    "Hidayat",
    "Permatasari",
    "Wibisono",
    "Lestari",
    "Ramadhan",
    "Puspitasari",
)

# Teaser headlines: an actor, an action, a thing, a place kind (all invented).
ACTORS = (
    "Pemkab",
    "Warga",
    "Pemuda Desa",
    "Dinas Sosial",
    "Polsek",
    "Puskesmas",
    "Pemprov",
    "Relawan",
    "Petani",
    "Pelajar",
    "Komunitas Lari",
    "Karang Taruna",
)
ACTIONS = (
    "Tinjau",
    "Resmikan",
    "Gelar",
    "Bagikan",
    "Perbaiki",
    "Siapkan",
    "Dorong",
    "Kawal",
    "Tanam",
    "Bersihkan",
)
THINGS = (
    "Jembatan Gantung",
    "Pasar Murah",
    "Bibit Mangrove",
    "Lomba Perahu Hias",
    "Posko Kesehatan",
    "Saluran Irigasi",
    "Festival Kuliner",
    "Bantuan Seragam",
    "Vaksinasi Ternak",
    "Taman Baca",
    "Lampu Jalan Tenaga Surya",
    "Bank Sampah",
)
WHERE = (
    "di Pesisir Utara",
    "Jelang Musim Hujan",
    "di Tiga Kecamatan",
    "untuk Warga Lansia",
    "di Kawasan Wisata",
    "Akhir Pekan Ini",
    "Bersama Mahasiswa",
    "di Perbatasan",
    "Tahap Kedua",
)

SECTIONS = (
    "Nasional",
    "Daerah",
    "Ekonomi",
    "Politik",
    "Hukum",
    "Olahraga",
    "Pendidikan",
    "Kesehatan",
    "Wisata",
    "Gaya Hidup",
    "Opini",
    "Teknologi",
    "Lingkungan",
    "Internasional",
)
TAG_WORDS = (
    "pelayanan publik",
    "infrastruktur",
    "pendidikan",
    "kesehatan",
    "UMKM",
    "banjir",
    "pertanian",
    "pariwisata",
    "anggaran daerah",
    "air bersih",
    "lingkungan hidup",
    "transportasi",
    "kebudayaan",
)

# Places no list holds: invented for the dateline perturbation. The test checks
# the extractor's sources name none of them.
INVENTED_PLACES = (
    "Woloparang",
    "Lembarosa",
    "Pamorangit",
    "Sidowaru Kidul",
    "Ngaripuro",
    "Kuala Seripan",
    "Makaratu",
    "Teluk Mangkarin",
    "Batu Lindosa",
    "Rantemalogi",
)


def _rng(name: str, seed: int | str) -> random.Random:
    return random.Random(f"{name}/{seed}")


def _date(rng: random.Random, first_year: int, last_year: int) -> dt.date:
    start = dt.date(first_year, 1, 1).toordinal()
    end = dt.date(last_year, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _headline(rng: random.Random) -> str:
    return f"{rng.choice(ACTORS)} {rng.choice(ACTIONS)} {rng.choice(THINGS)} {rng.choice(WHERE)}"


def _stamp(rng: random.Random, when: dt.date) -> str:
    """A timestamp in one of the shapes news sites print."""
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    hari, bulan = HARI[when.weekday()], BULAN[when.month - 1]
    zone = rng.choice(("WIB", "WIB", "WITA", "WIT"))
    shapes = (
        f"{hari}, {when.day} {bulan} {when.year} | {hh:02d}:{mm:02d} {zone}",
        f"{when.day:02d}/{when.month:02d}/{when.year} {hh:02d}:{mm:02d}",
        f"{when.day} {BULAN_PENDEK[when.month - 1]} {when.year}, {hh:02d}:{mm:02d} {zone}",
        f"{when.isoformat()} {hh:02d}:{mm:02d}:{ss:02d}",
        f"{hari}, {when.day:02d} {bulan} {when.year} - {hh:02d}.{mm:02d} {zone}",
    )
    return rng.choice(shapes)


def _views(rng: random.Random) -> str:
    n = rng.randint(12, 48000)
    shown = f"{n:,}".replace(",", ".")
    return rng.choice(
        (f"Dibaca {shown} kali", f"{shown} views", f"Dilihat {n} kali", f"{n} kali dibaca")
    )


def _teasers(rng: random.Random, count: int) -> list[str]:
    """``count`` teasers in one shape: headline, byline-like name, stamp, views."""
    shape = rng.randrange(4)
    out: list[str] = []
    for i in range(1, count + 1):
        head, who = _headline(rng), _name(rng)
        stamp, views = _stamp(rng, _date(rng, 2015, 2025)), _views(rng)
        if shape == 0:
            out += [head, f"Oleh {who}", stamp, views]
        elif shape == 1:
            out += [head, f"{who} | {stamp} | {views}"]
        elif shape == 2:
            out += [f"{i}. {head}", f"{who} - {stamp}", views]
        else:
            out += [f"{i}", head, who, stamp, views]
    return out


def _above(text: str, lines: list[str], rng: random.Random) -> str:
    gap = [""] if rng.random() < 0.5 else []
    return "\n".join([*lines, *gap]) + "\n" + text


def _below(text: str, lines: list[str], rng: random.Random) -> str:
    gap = [""] if rng.random() < 0.5 else []
    end = "\n" if text.endswith("\n") else ""
    return text.rstrip("\r\n") + "\n" + "\n".join([*gap, *lines]) + end


def share_row_above(text: str, seed: int | str = 0) -> str:
    """A row of share buttons above the story (``Bagikan: Facebook Twitter WhatsApp``)."""
    rng = _rng("share-row-above", seed)
    nets = rng.sample(("Facebook", "Twitter", "WhatsApp", "Telegram", "LINE", "X", "Email"), 4)
    label = rng.choice(("Bagikan:", "Share:", "Bagikan ke", "Sebarkan:", "Bagikan artikel ini"))
    sep = rng.choice((" ", " | ", " · "))
    extra = rng.choice(("", "", f"{sep}Salin Tautan", f"{sep}{rng.randint(0, 40)} Shares"))
    return _above(text, [f"{label} {sep.join(nets)}{extra}".replace("  ", " ")], rng)


def site_clock_above(text: str, seed: int | str = 0) -> str:
    """A site clock or date bar (a day in 2026-2027, never a story's) above the story.

    Each shape carries site chrome on its line (``Hari ini:``, ``Login``, weather),
    so no reader takes it for the story's own stamp: a bare date line above a
    lead could be read as one."""
    rng = _rng("site-clock-above", seed)
    when = _date(rng, 2026, 2027)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    hari, bulan = HARI[when.weekday()], BULAN[when.month - 1]
    shapes = (
        f"{hari}, {when.day} {bulan} {when.year} | Indeks Berita | E-Paper",
        f"{hari}, {when.day} {bulan} {when.year} | {hh:02d}:{mm:02d} WIB | Login | Daftar",
        f"Hari ini: {hari}, {when.day:02d}/{when.month:02d}/{when.year}",
        f"{hari}, {when.day:02d} {BULAN_PENDEK[when.month - 1]} {when.year} - "
        f"{hh:02d}:{mm:02d}:{ss:02d} WIB · Cuaca Cerah {rng.randint(24, 33)}°C",
        f"{DAYS_EN[when.weekday()]}, {MONTHS_EN[when.month - 1]} {when.day}, {when.year}"
        " | E-Paper | Indeks",
        f"Jam {hh:02d}:{mm:02d} WITA | {hari} {when.day} {bulan} {when.year} | Beranda",
    )
    return _above(text, [rng.choice(shapes)], rng)


def breadcrumb_above(text: str, seed: int | str = 0) -> str:
    """A breadcrumb line above the story (``Beranda » Berita » Daerah``)."""
    rng = _rng("breadcrumb-above", seed)
    home = rng.choice(("Beranda", "Home", "Depan"))
    sep = rng.choice((" » ", " > ", " / ", " › "))
    parts = [
        home,
        rng.choice(("Berita", "Kabar", "News", "Warta")),
        *rng.sample(SECTIONS, rng.randint(1, 2)),
    ]
    return _above(text, [sep.join(parts)], rng)


def menu_above(text: str, seed: int | str = 0) -> str:
    """A site menu above the story: several lines of one or two words each."""
    rng = _rng("menu-above", seed)
    items = [rng.choice(("Beranda", "Home")), *rng.sample(SECTIONS, rng.randint(4, 8))]
    if rng.random() < 0.5:
        items.append(rng.choice(("Indeks", "Video", "Foto", "Kanal", "Lainnya")))
    return _above(text, items, rng)


def popular_above(text: str, seed: int | str = 0) -> str:
    """A "Berita Terpopuler" / "Terkini" block of 3-5 teasers above the story, each
    with a headline, its own byline-like name, a stamp of another day and a view count."""
    rng = _rng("popular-above", seed)
    head = rng.choice(
        ("Berita Terpopuler", "Terpopuler", "Terkini", "Berita Terkini", "Paling Banyak Dibaca")
    )
    return _above(text, [head, *_teasers(rng, rng.randint(3, 5))], rng)


def related_below(text: str, seed: int | str = 0) -> str:
    """A "Baca juga:" / "Berita Terkait" block of teasers with stamps below the story."""
    rng = _rng("related-below", seed)
    n = rng.randint(2, 4)
    if rng.random() < 0.4:  # one "Baca juga: Headline" line per teaser, a stamp under each
        lines: list[str] = []
        for _ in range(n):
            lines += [
                f"{rng.choice(('Baca juga:', 'Baca Juga :', 'BACA JUGA:'))} {_headline(rng)}",
                _stamp(rng, _date(rng, 2015, 2025)),
            ]
        return _below(text, lines, rng)
    head = rng.choice(("Berita Terkait", "Baca Juga", "Artikel Terkait", "Berita Lainnya"))
    return _below(text, [head, *_teasers(rng, n)], rng)


def tags_below(text: str, seed: int | str = 0) -> str:
    """A tags line below the story (``Tag: banjir, infrastruktur``)."""
    rng = _rng("tags-below", seed)
    words = rng.sample(TAG_WORDS, rng.randint(2, 5))
    shape = rng.randrange(3)
    if shape == 0:
        line = f"{rng.choice(('Tag:', 'Tags:', 'Topik:'))} {', '.join(words)}"
    elif shape == 1:
        line = "Tag: " + " ".join("#" + w.replace(" ", "") for w in words)
    else:
        line = "TAGS " + " | ".join(w.title() for w in words)
    return _below(text, [line], rng)


def footer_below(text: str, seed: int | str = 0) -> str:
    """A site footer below the story: links, an address, a copyright naming no outlet."""
    rng = _rng("footer-below", seed)
    year = rng.choice((2024, 2025, 2026))
    links = rng.sample(
        (
            "Tentang Kami",
            "Pedoman Media Siber",
            "Kebijakan Privasi",
            "Kontak",
            "Karir",
            "Disclaimer",
        ),
        4,
    )
    street = rng.choice(
        ("Jl. Cempaka Wangi", "Jl. Teratai Raya", "Jl. Kenari Indah", "Jl. Flamboyan")
    )
    address = f"{street} No. {rng.randint(1, 120)}, Lt. {rng.randint(1, 4)}"
    phone = f"Telp. (0{rng.randint(21, 986)}) {rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    right = rng.choice(
        (
            f"© {year} All rights reserved",
            f"Copyright © {year}. Hak Cipta Dilindungi Undang-Undang",
            f"© Copyright {year}, All Rights Reserved",
        )
    )
    lines = [" | ".join(links), address, phone, right]
    if rng.random() < 0.5:
        lines = [right, " | ".join(links)]
    return _below(text, lines, rng)


def _between_paragraphs(text: str, lines: list[str], rng: random.Random) -> str:
    """``lines`` between two paragraphs of the story, never before its second: a
    place where two long lines follow each other (blank lines between them only),
    not the first such place. The text is returned as it is when it has none."""
    rows = text.split("\n")
    long = [i for i, row in enumerate(rows) if len(row.strip()) >= 120]
    gaps = [b for a, b in itertools.pairwise(long) if not any(r.strip() for r in rows[a + 1 : b])]
    if len(gaps) < 2:
        return text
    at = rng.choice(gaps[1:])
    return "\n".join([*rows[:at], *lines, "", *rows[at:]])


def read_also_inside(text: str, seed: int | str = 0) -> str:
    """A "Baca juga: Headline" link between two of the story's paragraphs."""
    rng = _rng("read-also-inside", seed)
    label = rng.choice(("Baca juga:", "BACA JUGA:", "Baca Juga :", "Simak juga:", "Baca:"))
    return _between_paragraphs(text, [f"{label} {_headline(rng)}"], rng)


def ad_inside(text: str, seed: int | str = 0) -> str:
    """An advertisement slot between two of the story's paragraphs."""
    rng = _rng("ad-inside", seed)
    slot = rng.sample(
        (
            "ADVERTISEMENT",
            "SCROLL TO CONTINUE WITH CONTENT",
            "Iklan",
            "Advertisement",
            "- Advertisement -",
            "Gulir untuk melanjutkan",
        ),
        2,
    )
    return _between_paragraphs(text, slot, rng)


def reader_controls_above(text: str, seed: int | str = 0) -> str:
    """An audio player, a reading time or a text-size control above the story."""
    rng = _rng("reader-controls-above", seed)
    audio = rng.choice(
        ("Dengarkan berita ini", "Listen to this article", "Dengarkan", "Putar audio")
    )
    size = rng.choice(
        (
            f"Waktu baca {rng.randint(1, 9)} menit",
            f"{rng.randint(1, 9)} min read",
            "A A A",
            "Ukuran teks: A- A+",
        )
    )
    return _above(text, [audio, size], rng)


def follow_us_below(text: str, seed: int | str = 0) -> str:
    """Two "follow us" / "get our news" lines below the story."""
    rng = _rng("follow-us-below", seed)
    lines = (
        "Ikuti berita terkini dari kami di Google News",
        "Simak berita dan artikel lainnya di WhatsApp Channel",
        "Follow Instagram kami @portalkita",
        "Dapatkan update berita pilihan setiap hari, klik di sini",
        "Gabung grup Telegram kami",
    )
    return _below(text, rng.sample(lines, 2), rng)


def comments_below(text: str, seed: int | str = 0) -> str:
    """A comment box below the story: a count and an invitation to write."""
    rng = _rng("comments-below", seed)
    n = rng.randint(0, 30)
    lines = (
        f"{n} Komentar",
        "Tulis komentar Anda",
        "Login untuk berkomentar",
        f"Komentar ({n})",
        "Belum ada komentar. Jadilah yang pertama!",
    )
    return _below(text, rng.sample(lines, 3), rng)


def _one_of_above(name: str, text: str, seed: int | str, lines: tuple[str, ...]) -> str:
    """One of ``lines`` above the story, drawn for perturbation ``name``."""
    rng = _rng(name, seed)
    return _above(text, [rng.choice(lines)], rng)


def _one_of_below(name: str, text: str, seed: int | str, lines: tuple[str, ...]) -> str:
    """One of ``lines`` below the story, drawn for perturbation ``name``."""
    rng = _rng(name, seed)
    return _below(text, [rng.choice(lines)], rng)


def cookie_notice_above(text: str, seed: int | str = 0) -> str:
    """A cookie notice with its button above the story."""
    return _one_of_above(
        "cookie-notice-above",
        text,
        seed,
        (
            "Situs ini menggunakan cookie untuk pengalaman terbaik Anda. Setuju",
            "We use cookies to improve your experience on our site. Accept",
            "Kami menggunakan cookie. Dengan melanjutkan, Anda menyetujui kebijakan privasi kami. OK",
        ),
    )


def login_above(text: str, seed: int | str = 0) -> str:
    """Account links and a search box above the story."""
    rng = _rng("login-above", seed)
    account = rng.choice(("Masuk | Daftar", "Login  Register", "Masuk / Daftar Akun"))
    return _above(text, [account, rng.choice(("Cari berita", "Search", "Cari"))], rng)


def no_break_spaces(text: str, seed: int | str = 0) -> str:
    """An HTML dump's no-break spaces: every space of about a third of the lines."""
    rng = _rng("no-break-spaces", seed)
    return "\n".join(
        line.replace(" ", "\u00a0") if rng.random() < 0.3 else line for line in text.split("\n")
    )


def indented(text: str, seed: int | str = 0) -> str:
    """Spaces or a tab before about half the non-empty lines."""
    rng = _rng("indented", seed)
    pads = ("  ", "    ", "\t", " ")
    return "\n".join(
        rng.choice(pads) + line if line.strip() and rng.random() < 0.5 else line
        for line in text.split("\n")
    )


def newsletter_below(text: str, seed: int | str = 0) -> str:
    """A newsletter box below the story: its heading, the e-mail field, the button."""
    rng = _rng("newsletter-below", seed)
    heading = rng.choice(
        ("Berlangganan Newsletter", "Newsletter Harian", "Dapatkan Berita Terbaru di Email Anda")
    )
    field = rng.choice(("Masukkan alamat email", "Email Anda"))
    return _below(text, [heading, field, rng.choice(("Daftar", "Kirim", "Langganan"))], rng)


def reactions_below(text: str, seed: int | str = 0) -> str:
    """A reader-reaction widget below the story: a question and four moods."""
    rng = _rng("reactions-below", seed)
    question = rng.choice(
        (
            "Bagaimana perasaan Anda setelah membaca berita ini?",
            "Apa reaksi Anda?",
            "Berikan reaksi Anda",
        )
    )
    moods = rng.sample(
        ("Senang", "Sedih", "Marah", "Terkejut", "Terinspirasi", "Kecewa", "Bangga"), 4
    )
    if rng.random() < 0.5:
        return _below(text, [question, " ".join(f"{m} {rng.randint(0, 40)}" for m in moods)], rng)
    return _below(text, [question, *moods], rng)


def print_row_above(text: str, seed: int | str = 0) -> str:
    """Print and e-mail buttons above the story."""
    return _one_of_above(
        "print-row-above",
        text,
        seed,
        ("Cetak | Email | PDF", "Print  Email", "Cetak Berita", "Simpan | Cetak | Bagikan"),
    )


def ticker_above(text: str, seed: int | str = 0) -> str:
    """A news ticker above the story: a label, another story's headline, its time."""
    rng = _rng("ticker-above", seed)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    label = rng.choice(("BREAKING NEWS", "Breaking News", "TERKINI", "Kilas"))
    return _above(text, [f"{label}: {_headline(rng)} {hh:02d}:{mm:02d}"], rng)


def weather_above(text: str, seed: int | str = 0) -> str:
    """A weather widget above the story: a city, a temperature, the sky."""
    rng = _rng("weather-above", seed)
    city = rng.choice(("Jakarta", "Surabaya", "Makassar", "Medan", "Denpasar", "Pontianak"))
    sky = rng.choice(("Cerah", "Berawan", "Hujan Ringan"))
    return _above(text, [f"{city} {rng.randint(24, 34)}°C {sky}"], rng)


def app_banner_above(text: str, seed: int | str = 0) -> str:
    """A banner inviting the reader to the site's app, above the story."""
    return _one_of_above(
        "app-banner-above",
        text,
        seed,
        (
            "Baca berita lebih cepat di aplikasi kami. Unduh sekarang",
            "Download aplikasi PortalKita di Play Store",
            "Lebih nyaman baca di aplikasi",
        ),
    )


def _hashtags(rng: random.Random, pool: tuple[str, ...]) -> str:
    """Three hashtags of ``pool`` on one line."""
    return " ".join(rng.sample(pool, 3))


def hashtags_below(text: str, seed: int | str = 0) -> str:
    """A line of three hashtags below the story."""
    rng = _rng("hashtags-below", seed)
    pool = ("#beritaterkini", "#pemilu2024", "#infopublik", "#pembangunan", "#daerah", "#viral")
    return _below(text, [_hashtags(rng, (*pool, "#kesehatan"))], rng)


def motto_above(text: str, seed: int | str = 0) -> str:
    """The site's name and motto on a line above the story."""
    rng = _rng("motto-above", seed)
    site = rng.choice(("PortalKita", "KabarNusa", "WartaLembah", "SuaraPesisir"))
    motto = rng.choice(
        ("Tajam dan Terpercaya", "Berita Terkini dan Terpercaya", "Suara Warga Daerah")
    )
    return _above(text, [f"{site} — {motto}"], rng)


def single_spacing(text: str, seed: int | str = 0) -> str:
    """Every blank line removed: each paragraph stays a line of its own."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def blank_edges(text: str, seed: int | str = 0) -> str:
    """Blank lines (some with spaces) before the page's first line and after its last."""
    rng = _rng("blank-edges", seed)
    pad = ["", " ", "\t", ""]
    top = rng.sample(pad, rng.randint(1, 3))
    bottom = rng.sample(pad, rng.randint(1, 3))
    return "\n".join([*top, text.strip("\r\n"), *bottom])


def share_row_below(text: str, seed: int | str = 0) -> str:
    """A row of share buttons below the story, with a count of shares."""
    rng = _rng("share-row-below", seed)
    nets = rng.sample(("Facebook", "Twitter", "WhatsApp", "Telegram", "LINE", "Pinterest"), 3)
    label = rng.choice(("Bagikan berita ini:", "Share this:", "Sebarkan:", "Bagikan"))
    return _below(text, [label, " ".join(nets), f"{rng.randint(0, 90)} kali dibagikan"], rng)


def byte_order_mark(text: str, seed: int | str = 0) -> str:
    """A byte-order mark (``\\ufeff``) before the first line, as a file saved as UTF-8
    with BOM and read without dropping it leaves one."""
    return "\ufeff" + text


def zero_width_spaces(text: str, seed: int | str = 0) -> str:
    """A zero-width space at the start of about a third of the lines."""
    rng = _rng("zero-width-spaces", seed)
    return "\n".join(
        "\u200b" + line if line.strip() and rng.random() < 0.34 else line
        for line in text.split("\n")
    )


def search_box_above(text: str, seed: int | str = 0) -> str:
    """A search box's placeholder above the story."""
    return _one_of_above(
        "search-box-above",
        text,
        seed,
        (
            "Cari berita…",
            "Search",
            "Ketik kata kunci lalu tekan Enter",
            "Cari di sini",
            "Pencarian",
        ),
    )


def language_switch_above(text: str, seed: int | str = 0) -> str:
    """The site's language switch above the story."""
    return _one_of_above(
        "language-switch-above",
        text,
        seed,
        ("ID | EN", "Bahasa Indonesia | English", "IND ENG", "Pilih Bahasa"),
    )


def dark_mode_above(text: str, seed: int | str = 0) -> str:
    """A light/dark theme switch above the story."""
    return _one_of_above(
        "dark-mode-above",
        text,
        seed,
        ("Mode Gelap", "Dark Mode", "Mode Malam ☾", "Tema: Terang | Gelap"),
    )


def pagination_below(text: str, seed: int | str = 0) -> str:
    """Page links under the story."""
    return _one_of_below(
        "pagination-below",
        text,
        seed,
        ("Halaman 1 2 3 Selanjutnya »", "« Sebelumnya | Selanjutnya »", "Page 1 of 2", "1 2 Next"),
    )


def back_to_top_below(text: str, seed: int | str = 0) -> str:
    """A back-to-top link under the story."""
    return _one_of_below(
        "back-to-top-below",
        text,
        seed,
        ("Kembali ke atas", "Back to top ↑", "▲ Ke Atas", "Scroll to top"),
    )


def video_inside(text: str, seed: int | str = 0) -> str:
    """A link to a video of another story between two of the story's paragraphs."""
    rng = _rng("video-inside", seed)
    label = rng.choice(("VIDEO:", "Video:", "Tonton:"))
    return _between_paragraphs(text, [f"{label} {_headline(rng)}"], rng)


def channel_below(text: str, seed: int | str = 0) -> str:
    """An invitation to the site's messaging channel under the story."""
    return _one_of_below(
        "channel-below",
        text,
        seed,
        (
            "Ikuti saluran WhatsApp kami untuk kabar terbaru setiap hari",
            "Dapatkan berita pilihan langsung di ponsel Anda lewat Telegram",
            "Gabung kanal kami di Google News",
        ),
    )


def editor_picks_below(text: str, seed: int | str = 0) -> str:
    """A heading and three other stories' headlines (no bylines, no stamps) under the story."""
    rng = _rng("editor-picks-below", seed)
    heading = rng.choice(("Pilihan Editor", "Pilihan Redaksi", "Editor's Picks"))
    return _below(text, [heading, *(_headline(rng) for _ in range(3))], rng)


def comments_named_below(text: str, seed: int | str = 0) -> str:
    """Two readers' comments under the story, each with its writer's name and its
    own date or age, and a reply link."""
    rng = _rng("comments-named-below", seed)
    out = [f"{rng.randint(2, 9)} Komentar"]
    for _ in range(2):
        when, who = _date(rng, 2015, 2025), _name(rng)
        shape = rng.randrange(3)
        if shape == 0:
            hh, mm = rng.randint(0, 23), rng.randint(0, 59)
            out += [who, f"{when.day} {BULAN[when.month - 1]} {when.year} pukul {hh:02d}.{mm:02d}"]
            out.append(rng.choice(("Semoga bermanfaat bagi warga", "Mantap, lanjutkan")))
        elif shape == 1:
            hh, mm = rng.randint(1, 12), rng.randint(0, 59)
            out += [
                f"{who} says:",
                f"{when.day:02d}/{when.month:02d}/{when.year} at {hh}:{mm:02d} pm",
            ]
            out.append(rng.choice(("Good news", "Thanks for sharing")))
        else:
            out += [
                f"{who} · {rng.randint(1, 11)} bulan lalu",
                rng.choice(("Setuju", "Kapan mulai?")),
            ]
    return _below(text, [*out, "Balas"], rng)


def archive_below(text: str, seed: int | str = 0) -> str:
    """A blog's archive widget under the story: a heading and four months with counts."""
    rng = _rng("archive-below", seed)
    year = rng.randint(2016, 2025)
    months = [f"{BULAN[m]} {year} ({rng.randint(1, 40)})" for m in sorted(rng.sample(range(12), 4))]
    return _below(text, [rng.choice(("Arsip", "Archives", "Arsip Berita")), *months], rng)


def calendar_below(text: str, seed: int | str = 0) -> str:
    """A calendar widget under the story: the month, the weekdays' initials, two rows
    of days and a link to the month before."""
    rng = _rng("calendar-below", seed)
    month, year = rng.randrange(12), rng.randint(2016, 2025)
    first = rng.randint(1, 7)
    rows = [" ".join(str(d) for d in range(start, start + 7)) for start in (first, first + 7)]
    heads = rng.choice(("S S R K J S M", "M T W T F S S", "Sen Sel Rab Kam Jum Sab Min"))
    back = rng.choice(("« Sebelumnya", "« Prev", "‹ " + BULAN[month - 1][:3]))
    return _below(text, [f"{BULAN[month]} {year}", heads, *rows, back], rng)


def caption_inside(text: str, seed: int | str = 0) -> str:
    """A photo's caption, with its credit, between two of the story's paragraphs."""
    rng = _rng("caption-inside", seed)
    label = rng.choice(("Foto:", "FOTO:", "Foto :"))
    credit = rng.choice(("Dok. Humas", "Istimewa", "Ist"))
    scene = rng.choice(("Suasana kegiatan warga di balai desa", "Peserta mengikuti acara"))
    return _between_paragraphs(text, [f"{label} {scene}. ({credit})"], rng)


def most_read_below(text: str, seed: int | str = 0) -> str:
    """A numbered "most read" list of five other stories' headlines under the story."""
    rng = _rng("most-read-below", seed)
    heading = rng.choice(("Terpopuler", "Paling Banyak Dibaca", "Most Read"))
    return _below(text, [heading, *(f"{k} {_headline(rng)}" for k in range(1, 6))], rng)


def topics_above(text: str, seed: int | str = 0) -> str:
    """A row of trending topics (hashtags under a label) above the story."""
    rng = _rng("topics-above", seed)
    label = rng.choice(("Topik Pilihan:", "Trending:", "Topik:"))
    tags = rng.sample(("Pilkada", "Banjir", "Vaksinasi", "UMKM", "Stunting", "Mudik"), 3)
    return _above(text, [label + " #" + " #".join(tags)], rng)


def today_clock_above(text: str, seed: int | str = 0) -> str:
    """A site clock labelled as the reader's day (``Today:``, ``Hari ini:``), in
    English or Indonesian, with account links, above the story."""
    rng = _rng("today-clock-above", seed)
    when = _date(rng, 2026, 2027)
    if rng.random() < 0.5:
        day = f"{DAYS_EN[when.weekday()]}, {MONTHS_EN[when.month - 1]} {when.day}, {when.year}"
        line = f"Today: {day} | {rng.choice(('Sign in', 'Login', 'Subscribe'))}"
    else:
        day = f"{HARI[when.weekday()]}, {when.day} {BULAN[when.month - 1]} {when.year}"
        line = f"Hari ini: {day} | {rng.choice(('Masuk', 'Daftar', 'Langganan'))}"
    return _above(text, [line], rng)


def sponsored_inside(text: str, seed: int | str = 0) -> str:
    """A sponsored story's label and headline between two of the story's paragraphs."""
    rng = _rng("sponsored-inside", seed)
    label = rng.choice(("Konten Bersponsor", "Sponsored", "ADVERTORIAL"))
    return _between_paragraphs(text, [label, _headline(rng)], rng)


def prayer_times_above(text: str, seed: int | str = 0) -> str:
    """A prayer-times widget above the story: a city and five clock times."""
    rng = _rng("prayer-times-above", seed)
    city = rng.choice(("Kota Serang", "Kab. Sleman", "Kota Padang", "Kab. Gowa"))
    names = ("Subuh", "Dzuhur", "Ashar", "Maghrib", "Isya")
    base = (4, 11, 15, 17, 19)
    times = [f"{n} {h:02d}:{rng.randint(0, 59):02d}" for n, h in zip(names, base, strict=True)]
    sep = rng.choice((" | ", "  ", " · "))
    label = rng.choice(("Jadwal Sholat", "Jadwal Salat Hari Ini", "Waktu Sholat"))
    if rng.random() < 0.5:
        return _above(text, [f"{label} {city}", sep.join(times)], rng)
    return _above(text, [f"{city}: " + " ".join(times)], rng)


def market_ticker_above(text: str, seed: int | str = 0) -> str:
    """A market ticker above the story: the index, a currency and gold, with changes."""
    rng = _rng("market-ticker-above", seed)
    index = f"IHSG {rng.randint(6000, 7900)},{rng.randint(10, 99)}"
    change = f"{rng.choice(('▲', '▼', '+', '-'))}{rng.randint(0, 2)},{rng.randint(10, 99)}%"
    rupiah = f"USD/IDR {rng.randint(14, 16)}.{rng.randint(100, 999)}"
    gold = "Emas Rp " + f"{rng.randint(900, 1400):,}".replace(",", ".") + ".000/gram"
    return _above(text, [f"{index} {change} | {rupiah} | {gold}"], rng)


def image_file_inside(text: str, seed: int | str = 0) -> str:
    """An image's file name left between two of the story's paragraphs."""
    rng = _rng("image-file-inside", seed)
    name = rng.choice(
        (
            f"IMG-2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-WA00{rng.randint(10, 99)}.jpg",
            f"foto-kegiatan-{rng.randint(1, 9)}.jpeg",
            f"DSC_{rng.randint(1000, 9999)}.JPG",
        )
    )
    return _between_paragraphs(text, [name], rng)


def visitors_below(text: str, seed: int | str = 0) -> str:
    """A site's visitor counter under the story (today, this month, in all)."""
    rng = _rng("visitors-below", seed)
    heading = rng.choice(("Statistik Pengunjung", "Pengunjung", "Visitor Stats"))
    today, month = rng.randint(20, 900), rng.randint(1000, 30000)
    total = f"{rng.randint(100000, 999999):,}".replace(",", ".")
    rows = [f"Hari ini: {today}", f"Bulan ini: {month}", f"Total: {total}"]
    return _below(text, [heading, *rows], rng)


def countdown_above(text: str, seed: int | str = 0) -> str:
    """An election countdown above the story: the day, and the days and hours to it."""
    rng = _rng("countdown-above", seed)
    when = _date(rng, 2024, 2029)
    day = f"{when.day} {BULAN[when.month - 1]} {when.year}"
    left = f"{rng.randint(1, 300)} Hari {rng.randint(0, 23)} Jam {rng.randint(0, 59)} Menit"
    event = rng.choice(("Pemungutan Suara", "Pilkada Serentak", "Hari Pencoblosan"))
    return _above(text, [f"Menuju {event} {day}", left], rng)


def hijri_date_above(text: str, seed: int | str = 0) -> str:
    """The day in the Islamic calendar alone above the story (a site's date bar)."""
    rng = _rng("hijri-date-above", seed)
    month = rng.choice(("Muharram", "Safar", "Rabiul Awal", "Jumadil Akhir", "Syaban", "Ramadhan"))
    day = HARI[rng.randrange(7)]
    return _above(text, [f"{day}, {rng.randint(1, 29)} {month} {rng.randint(1440, 1449)} H"], rng)


def welcome_marquee_above(text: str, seed: int | str = 0) -> str:
    """A running text welcoming the visitor to an office's site, above the story."""
    return _one_of_above(
        "welcome-marquee-above",
        text,
        seed,
        (
            "Selamat datang di situs resmi Dinas Komunikasi dan Informatika",
            "Selamat Datang di Website Resmi Pemerintah Kabupaten Lembah Hijau",
            "Welcome to the official website of the regency",
        ),
    )


def audio_player_above(text: str, seed: int | str = 0) -> str:
    """An audio player's row above the story: its label and the clip's length."""
    rng = _rng("audio-player-above", seed)
    length = f"{rng.randint(1, 7)}:{rng.randint(0, 59):02d}"
    label = rng.choice(("Dengarkan berita ini", "Dengarkan", "Listen", "▶"))
    return _above(text, [f"{label} 0:00 / {length}"], rng)


def live_clock_above(text: str, seed: int | str = 0) -> str:
    """A live clock alone above the story: the time and perhaps the zone."""
    rng = _rng("live-clock-above", seed)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    zone = rng.choice(("WIB", "WITA", "WIT"))
    line = rng.choice((f"{hh:02d}:{mm:02d}:{ss:02d} {zone}", f"Pukul {hh:02d}.{mm:02d} {zone}"))
    return _above(text, [line], rng)


def contact_below(text: str, seed: int | str = 0) -> str:
    """The newsroom's telephone and e-mail under the story."""
    rng = _rng("contact-below", seed)
    phone = f"0812-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    lines = rng.choice(
        (
            [f"Kontak redaksi: {phone}", "Surel: kabar@portalkita.example"],
            [f"Hubungi kami: {phone} | kabar@wartalembah.example"],
            [f"Layanan pengaduan (WhatsApp): {phone}"],
        )
    )
    return _below(text, lines, rng)


def comment_count_above(text: str, seed: int | str = 0) -> str:
    """How many comments the story has, above it."""
    rng = _rng("comment-count-above", seed)
    n = rng.randint(0, 80)
    return _above(text, [rng.choice((f"{n} Komentar", f"Komentar ({n})", f"{n} comments"))], rng)


def share_count_above(text: str, seed: int | str = 0) -> str:
    """How many times the story was shared, above it."""
    rng = _rng("share-count-above", seed)
    n = rng.randint(2, 900)
    return _above(
        text, [rng.choice((f"{n} Shares", f"Dibagikan {n} kali", f"{n} kali dibagikan"))], rng
    )


def photo_counter_inside(text: str, seed: int | str = 0) -> str:
    """A gallery's counter between two of the story's paragraphs."""
    rng = _rng("photo-counter-inside", seed)
    total = rng.randint(2, 9)
    k = rng.randint(1, total)
    return _between_paragraphs(text, [rng.choice((f"Foto {k} dari {total}", f"{k}/{total}"))], rng)


def skip_link_above(text: str, seed: int | str = 0) -> str:
    """A link that skips the menu, first on the page."""
    return _one_of_above(
        "skip-link-above",
        text,
        seed,
        ("Skip to content", "Lompat ke konten", "Langsung ke isi utama", "Skip to main content"),
    )


def menu_toggle_above(text: str, seed: int | str = 0) -> str:
    """A collapsed menu's button above the story."""
    return _one_of_above(
        "menu-toggle-above", text, seed, ("Toggle navigation", "☰ Menu", "Buka menu", "MENU")
    )


def translate_widget_above(text: str, seed: int | str = 0) -> str:
    """A translation widget's two lines above the story."""
    rng = _rng("translate-widget-above", seed)
    pick = rng.choice(("Select Language ▼", "Pilih Bahasa", "Translate »"))
    by = rng.choice(
        ("Powered by Google Terjemahan", "Diterjemahkan oleh Google", "Google Translate")
    )
    return _above(text, [pick, by], rng)


def accessibility_above(text: str, seed: int | str = 0) -> str:
    """An accessibility toolbar above the story (contrast, text size, reading aloud)."""
    rng = _rng("accessibility-above", seed)
    tools = rng.sample(
        ("Kontras Tinggi", "Perbesar Teks", "Perkecil Teks", "Skala Abu-abu", "Baca Halaman"), 3
    )
    return _above(text, [rng.choice(("Aksesibilitas", "Accessibility")), *tools], rng)


def logo_alt_above(text: str, seed: int | str = 0) -> str:
    """The text of the site's logo image above the story."""
    rng = _rng("logo-alt-above", seed)
    region = rng.choice(("Kabupaten Lembah Hijau", "Kota Teluk Mangkarin", "Provinsi Nusa Raya"))
    return _above(text, [rng.choice((f"Logo {region}", f"Logo Pemerintah {region}"))], rng)


def hotline_banner_above(text: str, seed: int | str = 0) -> str:
    """A banner with emergency numbers above the story."""
    rng = _rng("hotline-banner-above", seed)
    return _above(
        text,
        [
            rng.choice(
                (
                    "Call Center 112 - Layanan Darurat 24 Jam",
                    "Darurat? Hubungi 112 (gratis)",
                    "Layanan Pengaduan 24 Jam: 112",
                )
            )
        ],
        rng,
    )


def last_updated_below(text: str, seed: int | str = 0) -> str:
    """The site's last update (a day in 2026-2027, never a story's) at the page's foot."""
    rng = _rng("last-updated-below", seed)
    when = _date(rng, 2026, 2027)
    day = f"{when.day} {BULAN[when.month - 1]} {when.year}"
    label = rng.choice(("Terakhir diperbarui:", "Pembaruan terakhir", "Last updated:"))
    return _below(text, [f"{label} {day} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"], rng)


def caption_above(text: str, seed: int | str = 0) -> str:
    """A photo's caption with its credit above the story (the picture printed first)."""
    rng = _rng("caption-above", seed)
    label = rng.choice(("Foto:", "FOTO:", "Ilustrasi:"))
    scene = rng.choice(("Suasana kegiatan warga di balai desa", "Peserta mengikuti acara"))
    credit = rng.choice(("Dok. Humas", "Istimewa", "Ist"))
    return _above(text, [f"{label} {scene}. ({credit})"], rng)


def poll_below(text: str, seed: int | str = 0) -> str:
    """A reader poll under the story: its question and three answers with shares."""
    rng = _rng("poll-below", seed)
    topic = rng.choice(THINGS)
    a = rng.randint(10, 60)
    b = rng.randint(5, 100 - a - 1)
    rows = [f"Setuju ({a}%)", f"Tidak setuju ({b}%)", f"Ragu-ragu ({100 - a - b}%)"]
    return _below(text, [f"Jajak Pendapat: Perlukah {topic} di desa Anda?", *rows], rng)


def tabs_above(text: str, seed: int | str = 0) -> str:
    """A listing's tabs above the story: latest, most read, most commented."""
    return _one_of_above(
        "tabs-above",
        text,
        seed,
        ("Terbaru | Terpopuler | Terkomentari", "Terkini  Populer  Pilihan", "Latest Popular"),
    )


def rating_above(text: str, seed: int | str = 0) -> str:
    """Readers' rating of the story above it: stars, a mark and a count."""
    rng = _rng("rating-above", seed)
    stars = rng.randint(3, 5)
    mark = f"{stars - 1},{rng.randint(1, 9)}"
    return _above(
        text, ["★" * stars + "☆" * (5 - stars) + f" {mark} ({rng.randint(3, 400)} ulasan)"], rng
    )


def visitors_today_above(text: str, seed: int | str = 0) -> str:
    """The site's visitors today and online now, above the story."""
    rng = _rng("visitors-today-above", seed)
    today = f"{rng.randint(200, 9000):,}".replace(",", ".")
    online = rng.randint(2, 90)
    return _above(
        text,
        [rng.choice((f"Pengunjung hari ini: {today} | Online: {online}", f"Online: {online}"))],
        rng,
    )


def qr_below(text: str, seed: int | str = 0) -> str:
    """An invitation to read the page on a phone by its QR code, under the story."""
    return _one_of_below(
        "qr-below",
        text,
        seed,
        (
            "Pindai kode QR untuk membaca di ponsel",
            "Scan QR code",
            "Baca di ponsel Anda",
            "Pindai untuk membuka halaman ini",
            "Kode QR halaman ini",
        ),
    )


def donation_above(text: str, seed: int | str = 0) -> str:
    """An appeal for readers' support above the story."""
    return _one_of_above(
        "donation-above",
        text,
        seed,
        (
            "Dukung jurnalisme warga. Donasi sekarang",
            "Support independent journalism",
            "Traktir Redaksi Secangkir Kopi",
        ),
    )


def subheading_inside(text: str, seed: int | str = 0) -> str:
    """A subheading between two of the story's paragraphs, as long stories print them."""
    rng = _rng("subheading-inside", seed)
    head = rng.choice(
        (
            "Antisipasi Musim Hujan",
            "Dukungan Warga",
            "Langkah Selanjutnya",
            "Anggaran dari Dana Desa",
            "Harapan Pemerintah Daerah",
        )
    )
    return _between_paragraphs(text, [head], rng)


def related_box_inside(text: str, seed: int | str = 0) -> str:
    """A box of two related stories, headline and stamp each, between two paragraphs."""
    rng = _rng("related-box-inside", seed)
    rows = [rng.choice(("Artikel Terkait", "Berita Terkait", "BACA JUGA"))]
    for _ in range(2):
        rows += [_headline(rng), _stamp(rng, _date(rng, 2015, 2025))]
    return _between_paragraphs(text, rows, rng)


def table_inside(text: str, seed: int | str = 0) -> str:
    """A small table of figures between two of the story's paragraphs."""
    rng = _rng("table-inside", seed)
    head = rng.choice(("No | Kecamatan | Jumlah", "No. | Desa | Penerima"))
    places = rng.sample(INVENTED_PLACES, 3)
    rows = [f"{k} | {p} | {rng.randint(10, 900)}" for k, p in enumerate(places, 1)]
    return _between_paragraphs(text, [head, *rows], rng)


def editorial_note_below(text: str, seed: int | str = 0) -> str:
    """The newsroom's note on a change to the story, under it."""
    return _one_of_below(
        "editorial-note-below",
        text,
        seed,
        (
            "Catatan Redaksi: judul artikel ini telah diubah pada pembaruan terakhir",
            "Catatan redaksi: artikel ini telah diperbarui untuk menambahkan keterangan",
            "Editor's note: this story has been updated with more details",
            "Catatan Redaksi: nama salah satu narasumber telah diperbaiki",
            "Catatan redaksi: foto dalam artikel ini adalah ilustrasi",
        ),
    )


def disclaimer_below(text: str, seed: int | str = 0) -> str:
    """A disclaimer on who answers for the text, under it."""
    return _one_of_below(
        "disclaimer-below",
        text,
        seed,
        (
            "Disclaimer: isi tulisan di luar tanggung jawab redaksi",
            "Tulisan ini tanggung jawab penulis sepenuhnya",
            "Isi artikel menjadi tanggung jawab pengirim",
            "Disclaimer: opini penulis tidak mewakili redaksi",
            "Segala isi tulisan menjadi tanggung jawab penulis",
        ),
    )


def print_footer_below(text: str, seed: int | str = 0) -> str:
    """A printed page's footer: where and when it was printed (a day in 2026-2027)."""
    rng = _rng("print-footer-below", seed)
    when = _date(rng, 2026, 2027)
    day = f"{when.day:02d}/{when.month:02d}/{when.year} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    site = rng.choice(("PortalKita", "KabarNusa", "WartaLembah"))
    return _below(text, [rng.choice((f"Dicetak dari {site} pada {day}", f"Printed on {day}"))], rng)


def location_pin_above(text: str, seed: int | str = 0) -> str:
    """A location pin with an invented place above the story (where the reader is)."""
    rng = _rng("location-pin-above", seed)
    place = rng.choice(INVENTED_PLACES)
    return _above(text, [rng.choice((f"📍 {place}", f"Lokasi Anda: {place}", f"📍{place}"))], rng)


def trending_above(text: str, seed: int | str = 0) -> str:
    """A trending label with an emoji and two topics above the story."""
    rng = _rng("trending-above", seed)
    topics = rng.sample(("Pilkada", "Banjir", "Mudik", "UMKM", "Stunting", "Vaksinasi"), 2)
    mark = rng.choice(("🔥", "⚡", "📈"))
    return _above(text, [f"{mark} Trending: {topics[0]}, {topics[1]}"], rng)


def next_prev_below(text: str, seed: int | str = 0) -> str:
    """Links to the stories before and after this one, with their headlines."""
    rng = _rng("next-prev-below", seed)
    before = rng.choice(("« Sebelumnya", "Berita Sebelumnya", "Previous"))
    after = rng.choice(("Selanjutnya »", "Berita Selanjutnya", "Next"))
    return _below(text, [before, _headline(rng), after, _headline(rng)], rng)


def avatar_above(text: str, seed: int | str = 0) -> str:
    """An avatar's text and a user menu above the story."""
    return _one_of_above(
        "avatar-above",
        text,
        seed,
        ("Foto Profil", "Avatar pengguna", "Akun Saya", "Profil | Keluar", "Halo, Tamu"),
    )


def quake_above(text: str, seed: int | str = 0) -> str:
    """An earthquake widget above the story: magnitude, a day and time in 2026-2027
    (never a story's), the distance from an invented regency, the depth."""
    rng = _rng("quake-above", seed)
    when = _date(rng, 2026, 2027)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    bulan = BULAN_PENDEK[when.month - 1]
    place = f"KAB-{rng.choice(INVENTED_PLACES).upper()}"
    way = rng.choice(("BaratDaya", "TimurLaut", "Tenggara", "BaratLaut"))
    mag = f"M{rng.randint(3, 6)},{rng.randint(0, 9)}"
    clock = f"{when.day:02d} {bulan} {when.year} {hh:02d}:{mm:02d}:{ss:02d} WIB"
    where = f"{rng.randint(5, 150)} km {way} {place}"
    if rng.random() < 0.5:
        return _above(text, ["Gempa Terkini", f"{mag} | {clock} | {where}"], rng)
    depth = f"Kedalaman {rng.randint(5, 90)} km"
    return _above(text, [f"Gempa {mag} - {clock} - {where}", depth], rng)


def outbreak_stats_above(text: str, seed: int | str = 0) -> str:
    """A disease-case counter above the story: three counts and the day of the data."""
    rng = _rng("outbreak-stats-above", seed)
    when = _date(rng, 2026, 2027)

    def count() -> str:
        return f"{rng.randint(10, 90000):,}".replace(",", ".")

    counts = f"Positif {count()} | Sembuh {count()} | Meninggal {rng.randint(0, 900)}"
    day = rng.choice(
        (
            f"{when.day:02d}/{when.month:02d}/{when.year}",
            f"{when.day} {BULAN[when.month - 1]} {when.year}",
        )
    )
    label = rng.choice(("Update Kasus DBD", "Data Kasus Harian", "Pantauan Kasus"))
    return _above(text, [label, counts, f"Data per {day}"], rng)


def agenda_above(text: str, seed: int | str = 0) -> str:
    """The site's agenda above the story: a coming day (2026-2027) and an event."""
    rng = _rng("agenda-above", seed)
    when = _date(rng, 2026, 2027)
    day = f"{HARI[when.weekday()]}, {when.day} {BULAN[when.month - 1]} {when.year}"
    event = rng.choice(
        (
            "Upacara Hari Jadi Kabupaten di Alun-alun",
            "Rapat Paripurna DPRD Masa Sidang Kedua",
            "Lomba Kebersihan Antar Kelurahan",
        )
    )
    return _above(text, [rng.choice(("Agenda Kegiatan", "Agenda Pemda")), day, event], rng)


def epaper_above(text: str, seed: int | str = 0) -> str:
    """A link to the day's printed edition above the story (a day in 2026-2027)."""
    rng = _rng("epaper-above", seed)
    when = _date(rng, 2026, 2027)
    day = f"{HARI[when.weekday()]}, {when.day} {BULAN[when.month - 1]} {when.year}"
    return _above(
        text,
        [rng.choice((f"E-Paper Edisi {day}", f"Koran Digital | {day}", f"Baca Edisi Cetak {day}"))],
        rng,
    )


def radio_above(text: str, seed: int | str = 0) -> str:
    """A radio player above the story: the station, its frequency, a play control."""
    rng = _rng("radio-above", seed)
    station = rng.choice(("Suara Lembah", "Radio Pesisir", "Gema Nusa"))
    freq = f"{rng.randint(88, 107)},{rng.randint(0, 9)} FM"
    return _above(
        text,
        [rng.choice(("Live Streaming", "Dengarkan Siaran Langsung")), f"{station} {freq} ▶ Putar"],
        rng,
    )


def scores_below(text: str, seed: int | str = 0) -> str:
    """Match results below the story: two results of invented clubs."""
    rng = _rng("scores-below", seed)
    clubs = rng.sample(("Laskar Teluk", "Elang Hijau", "Putra Lembah", "Banteng Pesisir"), 4)
    games = [f"{clubs[k]} {rng.randint(0, 4)} - {rng.randint(0, 4)} {clubs[k + 1]}" for k in (0, 2)]
    label = rng.choice(("Hasil Pertandingan", "Skor Akhir", "Liga Daerah"))
    return _below(text, [label, *games], rng)


def quote_above(text: str, seed: int | str = 0) -> str:
    """A quote of the day with an invented speaker above the story."""
    rng = _rng("quote-above", seed)
    saying = rng.choice(
        (
            "Pendidikan adalah bekal yang tidak pernah habis.",
            "Kerja bersama membuat beban terasa ringan.",
            "Desa yang kuat adalah fondasi negeri.",
        )
    )
    who = _name(rng)
    return _above(
        text,
        [rng.choice(("Kutipan Hari Ini", "Kata Bijak")), f"“{saying}” — {who}"],
        rng,
    )


def kicker_above(text: str, seed: int | str = 0) -> str:
    """The story's section printed alone above it (a rubric: ``NASIONAL``, ``Ekonomi``)."""
    return _one_of_above(
        "kicker-above",
        text,
        seed,
        ("NASIONAL", "DAERAH", "Ekonomi", "HUKUM & KRIMINAL", "Pemerintahan", "Olahraga"),
    )


def social_post_inside(text: str, seed: int | str = 0) -> str:
    """An embedded social-media post between two paragraphs: its caption, who posted
    it (an invented account) and, for a short message, its day in 2026-2027."""
    rng = _rng("social-post-inside", seed)
    who, handle = _name(rng), f"@{rng.choice(('humas', 'info', 'kabar'))}{rng.randint(10, 99)}"
    if rng.random() < 0.5:
        lines = [
            rng.choice(("View this post on Instagram", "Lihat postingan ini di Instagram")),
            f"A post shared by {who} ({handle})",
        ]
    else:
        when = _date(rng, 2026, 2027)
        msg = rng.choice(
            (
                "Jembatan desa sudah bisa dilewati lagi pic.twitter.com/Qw3rTy",
                "Antrean di pasar murah pagi ini mengular",
                "Terima kasih warga yang ikut kerja bakti hari ini",
            )
        )
        lines = [msg, f"— {who} ({handle}) {MONTHS_EN[when.month - 1]} {when.day}, {when.year}"]
    return _between_paragraphs(text, lines, rng)


def contents_inside(text: str, seed: int | str = 0) -> str:
    """A table of contents (``Daftar Isi`` and numbered sections) between two
    paragraphs, and each section's name as a subheading further down, as long stories
    print them. The text is returned as it is when it has too few paragraphs."""
    rng = _rng("contents-inside", seed)
    rows = text.split("\n")
    long = [i for i, row in enumerate(rows) if len(row.strip()) >= 120]
    gaps = [b for a, b in itertools.pairwise(long) if not any(r.strip() for r in rows[a + 1 : b])]
    if len(gaps) < 3:
        return text
    # the contents after the first paragraph, a subheading at each later gap (three at most)
    later = gaps[1:4]
    parts = rng.sample(
        ("Latar Belakang", "Tanggapan Warga", "Langkah Berikutnya", "Anggaran", "Jadwal"),
        len(later),
    )
    head = rng.choice(("Daftar Isi", "DAFTAR ISI", "Isi Artikel"))
    toc = [head, *(f"{k}. {p}" for k, p in enumerate(parts, 1)), ""]
    out = [*rows[: gaps[0]], *toc]
    prev = gaps[0]
    for at, part in zip(later, parts, strict=True):
        out += [*rows[prev:at], part, ""]
        prev = at
    return "\n".join([*out, *rows[prev:]])


def infographic_inside(text: str, seed: int | str = 0) -> str:
    """An infographic's caption and the name of who drew it, between two paragraphs."""
    rng = _rng("infographic-inside", seed)
    topic = rng.choice(("Sebaran Titik Banjir", "Alur Pendaftaran", "Capaian Vaksinasi"))
    label = rng.choice(("Infografis", "INFOGRAFIS", "Grafis"))
    return _between_paragraphs(text, [f"{label}: {topic}", f"Desain: {_name(rng)}"], rng)


def continue_below(text: str, seed: int | str = 0) -> str:
    """A button that unfolds the rest of the page, under the story."""
    return _one_of_below(
        "continue-below",
        text,
        seed,
        ("Lanjutkan Membaca", "Tampilkan Lebih Banyak", "Muat Lebih Banyak", "Load more"),
    )


def author_box_below(text: str, seed: int | str = 0) -> str:
    """A box about the site's writers, with no name, under the story."""
    rng = _rng("author-box-below", seed)
    head = rng.choice(("Tentang Penulis", "Profil Penulis", "About the author"))
    bio = rng.choice(
        (
            "Jurnalis warga yang menulis tentang desa dan pertanian",
            "Kontributor lepas untuk kanal daerah",
            "Menulis sejak 2012 untuk media lokal",
        )
    )
    return _below(text, [head, bio], rng)


def office_hours_above(text: str, seed: int | str = 0) -> str:
    """An office's opening hours above the story: weekdays and clock times."""
    rng = _rng("office-hours-above", seed)
    label = rng.choice(("Jam Pelayanan", "Jam Layanan Kantor", "Waktu Pelayanan"))
    close = rng.choice(("15.00", "15.30", "16.00"))
    return _above(
        text, [label, f"Senin - Kamis 08.00 - {close} WIB | Jumat 08.00 - 11.30 WIB"], rng
    )


def image_source_inside(text: str, seed: int | str = 0) -> str:
    """Where an illustration comes from, between two paragraphs (``Sumber gambar: ...``)."""
    rng = _rng("image-source-inside", seed)
    where = rng.choice(("Pixabay", "Freepik", "Unsplash", "Dokumentasi Warga"))
    line = rng.choice(
        (f"Sumber gambar: {where}", f"Ilustrasi (Sumber: {where})", f"Gambar: {where}")
    )
    return _between_paragraphs(text, [line], rng)


def address_below(text: str, seed: int | str = 0) -> str:
    """The office's address and telephone under the story, in an invented town."""
    rng = _rng("address-below", seed)
    town = rng.choice(INVENTED_PLACES)
    street = rng.choice(("Jl. Merdeka", "Jl. Pahlawan", "Jl. Diponegoro"))
    phone = f"({rng.randint(200, 999):04d}) {rng.randint(100000, 999999)}"
    return _below(
        text,
        [
            rng.choice(("Alamat Kantor", "Alamat Redaksi")),
            f"{street} No. {rng.randint(1, 99)}, {town}",
            f"Telp. {phone}",
        ],
        rng,
    )


def announcement_above(text: str, seed: int | str = 0) -> str:
    """An announcement box above the story: a label and a notice carrying a day in
    2026-2027."""
    rng = _rng("announcement-above", seed)
    when = _date(rng, 2026, 2027)
    day = f"{when.day} {BULAN[when.month - 1]} {when.year}"
    notice = rng.choice(
        (
            f"Pendaftaran beasiswa daerah dibuka hingga {day}",
            f"Pelayanan kantor libur pada {day}",
            f"Uji publik rancangan perda digelar {day}",
        )
    )
    return _above(text, [rng.choice(("Pengumuman", "PENGUMUMAN", "Info Penting")), notice], rng)


def relative_comments_below(text: str, seed: int | str = 0) -> str:
    """Two readers' comments under the story, each with an invented name and a time
    counted back from now (``2 jam yang lalu``)."""
    rng = _rng("relative-comments-below", seed)
    lines = [rng.choice(("Komentar", "2 Komentar", "Tanggapan Pembaca"))]
    for _ in range(2):
        ago = rng.choice(("menit", "jam", "hari"))
        lines += [
            f"{_name(rng)} · {rng.randint(2, 20)} {ago} yang lalu",
            rng.choice(("Semoga bermanfaat untuk warga", "Mantap, lanjutkan", "Setuju sekali")),
        ]
    return _below(text, lines, rng)


def date_picker_above(text: str, seed: int | str = 0) -> str:
    """An archive's day picker above the story, on a day in 2026-2027."""
    rng = _rng("date-picker-above", seed)
    when = _date(rng, 2026, 2027)
    day = rng.choice(
        (
            f"{when.day:02d}/{when.month:02d}/{when.year}",
            f"{when.day:02d}-{when.month:02d}-{when.year}",
        )
    )
    return _above(
        text,
        [rng.choice(("Arsip Berita", "Cari berdasarkan tanggal")), f"Pilih tanggal: {day} Cari"],
        rng,
    )


def regions_menu_above(text: str, seed: int | str = 0) -> str:
    """A menu of the site's regional editions above the story: four invented places."""
    rng = _rng("regions-menu-above", seed)
    places = rng.sample(INVENTED_PLACES, 4)
    sep = rng.choice((" | ", " · ", "  "))
    label = rng.choice(("", "Pilih Wilayah: ", "Edisi Daerah: "))
    return _above(text, [label + sep.join(places)], rng)


def download_below(text: str, seed: int | str = 0) -> str:
    """A link to download a document under the story, with its format and size."""
    rng = _rng("download-below", seed)
    what = rng.choice(("Salinan Surat Edaran", "Dokumen Lengkap", "Lampiran Keputusan"))
    size = f"{rng.randint(1, 9)},{rng.randint(0, 9)} MB"
    return _below(text, [f"Unduh {what} (PDF, {size})"], rng)


def map_inside(text: str, seed: int | str = 0) -> str:
    """An embedded map between two paragraphs: its link and its data credit."""
    rng = _rng("map-inside", seed)
    year = rng.randint(2024, 2027)
    return _between_paragraphs(
        text,
        [
            rng.choice(("Lihat peta lebih besar", "View larger map", "Buka di Peta")),
            rng.choice((f"Data peta ©{year}", f"Map data ©{year} Google", "Laporkan masalah peta")),
        ],
        rng,
    )


def greeting_banner_above(text: str, seed: int | str = 0) -> str:
    """A holiday greeting from the site above the story, with a year of the Islamic
    or the Western calendar."""
    rng = _rng("greeting-banner-above", seed)
    return _one_of_above(
        "greeting-banner-above",
        text,
        seed,
        (
            f"Selamat Hari Raya Idulfitri {rng.randint(1445, 1449)} H",
            f"Selamat Tahun Baru {rng.randint(2026, 2028)}",
            f"Dirgahayu Republik Indonesia ke-{rng.randint(81, 83)}",
            "Mohon Maaf Lahir dan Batin",
        ),
    )


def live_updates_inside(text: str, seed: int | str = 0) -> str:
    """A live report's update marks between two paragraphs: a clock time and a label."""
    rng = _rng("live-updates-inside", seed)
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    zone = rng.choice(("WIB", "WITA", "WIT"))
    label = rng.choice(("Pembaruan", "Update", "LIVE"))
    return _between_paragraphs(text, [f"{label} {hh:02d}.{mm:02d} {zone}"], rng)


def paywall_below(text: str, seed: int | str = 0) -> str:
    """A subscription offer under the story."""
    return _one_of_below(
        "paywall-below",
        text,
        seed,
        (
            "Berlangganan untuk membaca tanpa batas",
            "Konten eksklusif untuk pelanggan premium",
            "Subscribe untuk akses penuh",
            "Sudah berlangganan? Masuk di sini",
        ),
    )


def breadcrumb_day_above(text: str, seed: int | str = 0) -> str:
    """A breadcrumb trail ending in the day the page was browsed (2026-2027)."""
    rng = _rng("breadcrumb-day-above", seed)
    when = _date(rng, 2026, 2027)
    sep = rng.choice((" › ", " » ", " > "))
    day = rng.choice(
        (
            f"{when.day} {BULAN[when.month - 1]} {when.year}",
            f"{when.day:02d}/{when.month:02d}/{when.year}",
        )
    )
    return _above(text, [sep.join((rng.choice(("Beranda", "Home")), "Berita", day))], rng)


def ugc_notice_above(text: str, seed: int | str = 0) -> str:
    """A notice that readers write the site's pieces, above the story."""
    return _one_of_above(
        "ugc-notice-above",
        text,
        seed,
        (
            "Tulisan ini kiriman pembaca, isi di luar tanggung jawab redaksi",
            "Artikel ini ditulis oleh pengguna platform kami",
            "Konten dari pengguna",
        ),
    )


def correction_below(text: str, seed: int | str = 0) -> str:
    """A correction notice under the story with the day it was made (2026-2027)."""
    rng = _rng("correction-below", seed)
    when = _date(rng, 2026, 2027)
    day = f"{when.day} {BULAN[when.month - 1]} {when.year}"
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    label = rng.choice(("Ralat", "Koreksi", "Correction"))
    return _below(
        text, [f"{label}: judul berita ini diperbaiki pada {day} pukul {hh:02d}.{mm:02d}"], rng
    )


def forecast_below(text: str, seed: int | str = 0) -> str:
    """A three-day weather forecast under the story: a weekday, a temperature, the sky."""
    rng = _rng("forecast-below", seed)
    start = rng.randrange(7)
    rows = [
        f"{HARI[(start + k) % 7].capitalize()} {rng.randint(24, 34)}°C "
        f"{rng.choice(('Cerah', 'Berawan', 'Hujan'))}"
        for k in range(3)
    ]
    return _below(text, [rng.choice(("Prakiraan Cuaca", "Cuaca 3 Hari")), *rows], rng)


def gallery_above(text: str, seed: int | str = 0) -> str:
    """A photo gallery's heading, counter and photo credit above the story."""
    rng = _rng("gallery-above", seed)
    total = rng.randint(4, 12)
    credit = rng.choice(("Foto: Dok. Humas", "Foto: Istimewa", f"Foto: {_name(rng)}"))
    return _above(
        text, [rng.choice(("Galeri Foto", "Foto Terkait")), f"1 dari {total}", credit], rng
    )


def top_writers_below(text: str, seed: int | str = 0) -> str:
    """A box of the site's most active writers under the story: invented names, each
    with how many pieces they wrote."""
    rng = _rng("top-writers-below", seed)
    head = rng.choice(("Kontributor Terbaik", "Penulis Teraktif", "Top Writers"))
    unit = rng.choice(("tulisan", "artikel", "posts"))
    rows = [f"{_name(rng)} ({rng.randint(3, 60)} {unit})" for _ in range(3)]
    return _below(text, [head, *rows], rng)


def page_counter_above(text: str, seed: int | str = 0) -> str:
    """Which page of a long story this is, above the story (``Halaman 1 dari 3``)."""
    rng = _rng("page-counter-above", seed)
    total = rng.randint(2, 5)
    return _above(
        text,
        [rng.choice((f"Halaman 1 dari {total}", f"Hal. 1/{total}", f"Page 1 of {total}"))],
        rng,
    )


def agency_caption_inside(text: str, seed: int | str = 0) -> str:
    """A photo's caption between two paragraphs, closed by the photo agency and the
    photographer in brackets (an invented agency and name)."""
    rng = _rng("agency-caption-inside", seed)
    scene = rng.choice(
        (
            "Warga menanam bibit pohon di tepi sungai",
            "Petugas memeriksa kendaraan di pos jaga",
            "Suasana pasar murah di halaman kantor kecamatan",
        )
    )
    agency = rng.choice(("FOTO LEMBAH", "PEWARTA FOTO NUSA", "KABARFOTO"))
    return _between_paragraphs(text, [f"{scene} ({agency}/{_name(rng)})"], rng)


def chat_button_above(text: str, seed: int | str = 0) -> str:
    """A button to chat with the newsroom above the story, with a telephone number."""
    rng = _rng("chat-button-above", seed)
    number = f"0812-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    label = rng.choice(("Chat via WhatsApp", "Kirim berita lewat WA", "Hubungi Redaksi"))
    return _above(text, [f"{label} {number}"], rng)


def short_link_inside(text: str, seed: int | str = 0) -> str:
    """A registration link between two paragraphs (``Daftar di: s.id/...``)."""
    rng = _rng("short-link-inside", seed)
    slug = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
    label = rng.choice(("Daftar di:", "Formulir pendaftaran:", "Info lengkap:"))
    return _between_paragraphs(text, [f"{label} s.id/{slug}"], rng)


def live_readers_above(text: str, seed: int | str = 0) -> str:
    """How many readers are on the page right now, above the story (no view count)."""
    rng = _rng("live-readers-above", seed)
    n = f"{rng.randint(12, 4800):,}".replace(",", ".")
    return _above(
        text,
        [rng.choice((f"{n} orang sedang membaca", f"{n} pembaca online", f"{n} reading now"))],
        rng,
    )


def site_stats_below(text: str, seed: int | str = 0) -> str:
    """The site's totals under the story: stories, writers and readers."""
    rng = _rng("site-stats-below", seed)
    stories = f"{rng.randint(1000, 90000):,}".replace(",", ".")
    readers = f"{rng.randint(10000, 900000):,}".replace(",", ".")
    return _below(
        text,
        [f"Total Berita: {stories} | Penulis: {rng.randint(5, 80)} | Total Pembaca: {readers}"],
        rng,
    )


def weather_warning_above(text: str, seed: int | str = 0) -> str:
    """An early weather warning above the story: an invented regency and hours."""
    rng = _rng("weather-warning-above", seed)
    start = rng.randint(10, 18)
    place = rng.choice(INVENTED_PLACES)
    zone = rng.choice(("WIB", "WITA", "WIT"))
    return _above(
        text,
        [f"Peringatan Dini: hujan lebat di {place} pukul {start}.00-{start + 3}.00 {zone}"],
        rng,
    )


def badge_above(text: str, seed: int | str = 0) -> str:
    """A badge the site pins on the story, above it (``PILIHAN EDITOR``, ``Eksklusif``)."""
    return _one_of_above(
        "badge-above",
        text,
        seed,
        ("PILIHAN EDITOR", "Eksklusif", "TERPOPULER", "Berita Utama", "Headline", "Sorotan"),
    )


def reading_time_above(text: str, seed: int | str = 0) -> str:
    """How long the story takes to read, above it (``Waktu baca: 3 menit``)."""
    rng = _rng("reading-time-above", seed)
    n = rng.randint(2, 9)
    shapes = (
        f"Waktu baca: {n} menit",
        f"⏱ {n} menit baca",
        f"Estimasi waktu membaca {n} menit",
        f"{n} min read",
        f"Dibaca dalam {n} menit",
    )
    return _above(text, [rng.choice(shapes)], rng)


def notification_above(text: str, seed: int | str = 0) -> str:
    """A prompt to allow the site's notifications, with its two buttons, above the story."""
    return _one_of_above(
        "notification-above",
        text,
        seed,
        (
            "Aktifkan notifikasi untuk kabar terbaru dari kami? Izinkan | Nanti Saja",
            "Dapatkan pemberitahuan berita pilihan langsung di peramban Anda  Tidak  Ya",
            "Izinkan notifikasi? Boleh · Jangan sekarang",
        ),
    )


def key_points_above(text: str, seed: int | str = 0) -> str:
    """A box of bulleted key points above the story, in words of no story of ours."""
    rng = _rng("key-points-above", seed)
    head = rng.choice(("Poin Penting", "Ringkasan", "Intisari", "Sekilas Info"))
    points = rng.sample(
        (
            "Rangkuman disusun oleh tim redaksi",
            "Poin berikut memudahkan pembaca memahami isi tulisan",
            "Penjelasan yang utuh ada di tulisan berikut",
            "Setiap poin diambil dari isi tulisan di bawah",
            "Rincian ada di dalam tulisan",
        ),
        3,
    )
    bullet = rng.choice(("• ", "- ", "✓ "))
    return _above(text, [head, *(bullet + p for p in points)], rng)


def video_recs_below(text: str, seed: int | str = 0) -> str:
    """Two recommended videos under the story: a heading, and each a headline with its
    running time (``03:45``), which is no clock time."""
    rng = _rng("video-recs-below", seed)
    rows = [rng.choice(("Tonton Juga", "Video Pilihan", "VIDEO TERKINI"))]
    for _ in range(2):
        length = f"{rng.randint(0, 12):02d}:{rng.randint(0, 59):02d}"
        head = _headline(rng)
        rows.append(rng.choice((f"{length} {head}", f"{head} ({length})", f"▶ {length} | {head}")))
    return _below(text, rows, rng)


def traffic_above(text: str, seed: int | str = 0) -> str:
    """A traffic update above the story: a clock time and a road in an invented town."""
    rng = _rng("traffic-above", seed)
    hh, mm = rng.randint(5, 22), rng.choice((0, 15, 30, 45))
    place = rng.choice(INVENTED_PLACES)
    state = rng.choice(("ramai lancar", "padat merayap", "lengang", "tersendat"))
    label = rng.choice(("Info Lalu Lintas", "Pantauan Lalin", "INFO LALIN"))
    shapes = (
        f"{label} {hh:02d}.{mm:02d}: jalan utama {place} {state}",
        f"{label} | {hh:02d}:{mm:02d} WIB | simpang {place} {state}",
    )
    return _above(text, [rng.choice(shapes)], rng)


def pull_quote_inside(text: str, seed: int | str = 0) -> str:
    """A pull quote set apart between two paragraphs, in quotation marks, unsigned."""
    return _between_paragraphs(
        text,
        [
            _rng("pull-quote-inside", seed).choice(
                (
                    "“Kami ingin semua warga merasakan manfaatnya”",
                    '"Pekerjaan ini belum selesai, masih banyak yang harus dibenahi"',
                    "“Kuncinya ada pada kerja sama semua pihak”",
                )
            )
        ],
        _rng("pull-quote-inside/place", seed),
    )


def report_button_below(text: str, seed: int | str = 0) -> str:
    """A button to report a mistake in the story to the newsroom, under it."""
    return _one_of_below(
        "report-button-below",
        text,
        seed,
        (
            "Laporkan artikel ini",
            "Menemukan kesalahan? Laporkan ke redaksi",
            "Lapor Konten",
            "Report this article",
        ),
    )


def writer_more_below(text: str, seed: int | str = 0) -> str:
    """More stories by the same (unnamed) writer under the story, each with its stamp."""
    rng = _rng("writer-more-below", seed)
    rows = [rng.choice(("Artikel lain dari penulis ini", "Tulisan Lainnya dari Penulis"))]
    for _ in range(2):
        rows += [_headline(rng), _stamp(rng, _date(rng, 2015, 2025))]
    return _below(text, rows, rng)


def follower_counts_above(text: str, seed: int | str = 0) -> str:
    """The site's followers on each network above the story (``12,3K Pengikut``)."""
    rng = _rng("follower-counts-above", seed)
    nets = rng.sample(
        (("Pengikut", "K"), ("Fans", "K"), ("Subscribers", "K"), ("Followers", "rb")), 3
    )
    row = "  ".join(f"{rng.randint(1, 99)},{rng.randint(0, 9)}{unit} {name}" for name, unit in nets)
    return _above(text, [row], rng)


def motto_below(text: str, seed: int | str = 0) -> str:
    """The site's name and motto at the page's foot (no ``©``, so no source)."""
    rng = _rng("motto-below", seed)
    site = rng.choice(("PortalKita", "KabarNusa", "WartaLembah", "SuaraPesisir"))
    motto = rng.choice(
        ("Jernih Melihat Daerah", "Kabar Dekat, Kabar Tepat", "Dari Warga untuk Warga")
    )
    return _below(text, [f"{site} - {motto}"], rng)


def app_badges_below(text: str, seed: int | str = 0) -> str:
    """The app stores' badges under the story."""
    return _one_of_below(
        "app-badges-below",
        text,
        seed,
        (
            "Unduh aplikasinya: Google Play | App Store",
            "GET IT ON Google Play  Download on the App Store",
            "Tersedia di Google Play dan App Store",
        ),
    )


def comment_form_below(text: str, seed: int | str = 0) -> str:
    """An empty comment form under the story: its fields and its button."""
    rng = _rng("comment-form-below", seed)
    button = rng.choice(("Kirim Komentar", "Kirim", "Posting Komentar", "Kirim Tanggapan"))
    rows = rng.choice(
        (
            ["Tinggalkan Balasan", "Nama *", "Email *", "Situs Web", button],
            ["Tulis Tanggapan", "Nama  Email  Pesan", button],
        )
    )
    return _below(text, rows, rng)


def videos_above(text: str, seed: int | str = 0) -> str:
    """Two videos over the story: a heading, and each a headline with its running time."""
    rng = _rng("videos-above", seed)
    rows = [rng.choice(("Video Terbaru", "VIDEO"))]
    for _ in range(2):
        length = f"{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}"
        rows.append(rng.choice((f"{_headline(rng)} ({length})", f"▶ {length} {_headline(rng)}")))
    return _above(text, rows, rng)


def facts_box_inside(text: str, seed: int | str = 0) -> str:
    """A box of quick facts with figures between two paragraphs, its entries ticked."""
    rng = _rng("facts-box-inside", seed)
    mark = rng.choice(("✓ ", "▪ ", "• "))
    rows = [rng.choice(("Fakta Singkat", "Sekilas Angka"))]
    rows += [
        f"{mark}{rng.randint(2, 90)} kelurahan ikut serta",
        f"{mark}Anggaran Rp{rng.randint(1, 9)},{rng.randint(1, 9)} miliar",
        f"{mark}{rng.randint(100, 900)} relawan terlibat",
    ]
    return _between_paragraphs(text, rows, rng)


def newsletter_above(text: str, seed: int | str = 0) -> str:
    """A newsletter sign-up over the story: an invitation, a field and a button."""
    return _one_of_above(
        "newsletter-above",
        text,
        seed,
        (
            "Dapatkan rangkuman berita setiap pagi  Alamat email Anda  Langganan",
            "Berlangganan buletin kami: masukkan email | Daftar",
            "Newsletter: kabar pilihan langsung ke kotak masuk Anda",
        ),
    )


def survey_above(text: str, seed: int | str = 0) -> str:
    """An invitation to a readers' survey over the story, with how long it takes."""
    rng = _rng("survey-above", seed)
    n = rng.randint(2, 5)
    return _above(
        text,
        [
            rng.choice(
                (
                    f"Isi survei kepuasan pembaca, hanya {n} menit!",
                    f"Bantu kami jadi lebih baik: survei {n} menit",
                    "Survei Pembaca 2027 - klik untuk ikut",
                )
            )
        ],
        rng,
    )


def live_viewers_above(text: str, seed: int | str = 0) -> str:
    """A live stream's badge over the story, with how many watch it now (no view count)."""
    rng = _rng("live-viewers-above", seed)
    n = f"{rng.randint(1, 9)},{rng.randint(1, 9)} rb"
    return _above(
        text,
        [
            rng.choice(
                (f"LIVE • {n} menonton", f"Siaran Langsung | {n} penonton", f"🔴 LIVE {n} watching")
            )
        ],
        rng,
    )


def jobs_below(text: str, seed: int | str = 0) -> str:
    """A box of job openings under the story, each with its closing day (2026-2027)."""
    rng = _rng("jobs-below", seed)
    rows = [rng.choice(("Lowongan Kerja", "INFO LOKER"))]
    for _ in range(2):
        when = _date(rng, 2026, 2027)
        role = rng.choice(("Staf Administrasi", "Juru Masak", "Teknisi Listrik", "Kasir Toko"))
        rows.append(f"{role} - ditutup {when.day} {BULAN[when.month - 1]} {when.year}")
    return _below(text, rows, rng)


def updated_ago_above(text: str, seed: int | str = 0) -> str:
    """When the page was last refreshed, in hours or minutes ago, above the story."""
    rng = _rng("updated-ago-above", seed)
    n = rng.randint(2, 50)
    unit = rng.choice(("menit", "jam"))
    return _above(
        text,
        [rng.choice((f"Diperbarui {n} {unit} lalu", f"Update terakhir: {n} {unit} yang lalu"))],
        rng,
    )


def hashtags_above(text: str, seed: int | str = 0) -> str:
    """A campaign's hashtags above the story."""
    rng = _rng("hashtags-above", seed)
    pool = ("#AyoVaksin", "#JagaKebersihan", "#CegahStunting", "#PemiluDamai")
    return _above(text, [_hashtags(rng, (*pool, "#BanggaBuatanIndonesia"))], rng)


def zoom_hint_inside(text: str, seed: int | str = 0) -> str:
    """An image's hint between two paragraphs (``Klik gambar untuk memperbesar``)."""
    rng = _rng("zoom-hint-inside", seed)
    hint = rng.choice(("Klik gambar untuk memperbesar", "Ketuk untuk memperbesar", "Perbesar foto"))
    return _between_paragraphs(text, [hint], rng)


def series_above(text: str, seed: int | str = 0) -> str:
    """The name of a series the story belongs to, and its part, above it."""
    rng = _rng("series-above", seed)
    name = rng.choice(("Liputan Khusus", "Seri Jelajah Desa", "Laporan Mendalam"))
    k = rng.randint(1, 4)
    return _above(text, [rng.choice((f"{name} (Bagian {k} dari 5)", f"{name} | Seri {k}/5"))], rng)


def quick_count_above(text: str, seed: int | str = 0) -> str:
    """An election's quick count above the story: two pairs of candidates' shares."""
    rng = _rng("quick-count-above", seed)
    a = rng.randint(400, 600) / 10
    return _above(
        text,
        [
            rng.choice(("Hitung Cepat Pilkada", "QUICK COUNT")),
            f"Paslon 1 {a:.1f}% | Paslon 2 {100 - a:.1f}% | Data masuk {rng.randint(60, 99)}%".replace(
                ".", ","
            ),
        ],
        rng,
    )


def ad_contact_above(text: str, seed: int | str = 0) -> str:
    """The site's own advertisement for ad space, with a telephone number, above the story."""
    rng = _rng("ad-contact-above", seed)
    phone = f"08{rng.randint(11, 59)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return _above(
        text,
        [
            rng.choice(
                (f"PASANG IKLAN DI SINI Hubungi {phone}", f"Ruang iklan tersedia, info: {phone}")
            )
        ],
        rng,
    )


def holidays_above(text: str, seed: int | str = 0) -> str:
    """The coming public holidays above the story: a heading and two days (2026-2027)."""
    rng = _rng("holidays-above", seed)
    rows = [rng.choice(("Libur Nasional", "Hari Libur Terdekat"))]
    for name in rng.sample(("Tahun Baru", "Hari Buruh", "Hari Kemerdekaan", "Hari Pahlawan"), 2):
        when = _date(rng, 2026, 2027)
        rows.append(f"{when.day} {BULAN[when.month - 1]} {when.year}: {name}")
    return _above(text, rows, rng)


def fact_check_note_below(text: str, seed: int | str = 0) -> str:
    """A note that a fact-checking desk checked the story, under it (no writer of it)."""
    return _one_of_below(
        "fact-check-note-below",
        text,
        seed,
        (
            "Berita ini telah diperiksa oleh Tim Cek Fakta",
            "Terverifikasi: Tim Cek Fakta Redaksi",
            "Diperiksa faktanya oleh Meja Verifikasi",
        ),
    )


def bookmark_count_above(text: str, seed: int | str = 0) -> str:
    """How many readers saved the story, above it (no view count)."""
    rng = _rng("bookmark-count-above", seed)
    n = rng.randint(3, 900)
    return _above(
        text, [rng.choice((f"Disimpan {n} kali", f"{n} kali disimpan", f"{n} bookmarks"))], rng
    )


def social_links_above(text: str, seed: int | str = 0) -> str:
    """The site's social accounts above the story."""
    rng = _rng("social-links-above", seed)
    nets = rng.sample(("Facebook", "Instagram", "YouTube", "TikTok", "X", "Threads"), 3)
    label = rng.choice(("Ikuti kami:", "Follow us", "Temukan kami di"))
    return _above(text, [f"{label} {' | '.join(nets)}"], rng)


def quiz_above(text: str, seed: int | str = 0) -> str:
    """An invitation to the site's quiz above the story."""
    return _one_of_above(
        "quiz-above",
        text,
        seed,
        (
            "Ikuti Kuis Mingguan dan Menangkan Hadiah Menarik",
            "Kuis Pekan Ini: jawab dan raih saldo digital",
            "Main Kuis, Dapat Pulsa!",
        ),
    )


def train_schedule_above(text: str, seed: int | str = 0) -> str:
    """A commuter train's next departures above the story: a station and three times."""
    rng = _rng("train-schedule-above", seed)
    hh = rng.randint(5, 20)
    times = " ".join(f"{hh:02d}:{m:02d}" for m in sorted(rng.sample(range(60), 3)))
    station = rng.choice(INVENTED_PLACES)
    return _above(text, [f"Jadwal KRL {station}: {times}"], rng)


def headlines_block_above(text: str, seed: int | str = 0) -> str:
    """A slider of the site's top stories above the story: a heading and three headlines,
    with no stamp, byline or count under any."""
    rng = _rng("headlines-block-above", seed)
    heading = rng.choice(("Berita Utama", "Sorotan Hari Ini", "TOP STORIES"))
    return _above(text, [heading, *(_headline(rng) for _ in range(3))], rng)


def app_link_below(text: str, seed: int | str = 0) -> str:
    """A link to read on in the site's app, under the story."""
    return _one_of_below(
        "app-link-below",
        text,
        seed,
        (
            "Baca berita lainnya lebih cepat di aplikasi kami",
            "Klik di sini untuk membuka di aplikasi",
            "Lanjutkan membaca di aplikasi »",
        ),
    )


def edit_note_above(text: str, seed: int | str = 0) -> str:
    """The newsroom's note on a change to the page, above the story (no day given)."""
    return _one_of_above(
        "edit-note-above",
        text,
        seed,
        (
            "Catatan Redaksi: judul artikel ini telah diubah untuk kejelasan",
            "Ralat: nama jabatan pada paragraf keempat sudah diperbaiki",
            "Pembaruan: artikel ini dilengkapi keterangan tambahan",
        ),
    )


def bottom_nav_below(text: str, seed: int | str = 0) -> str:
    """A phone's bottom navigation bar under the story: five sections set apart by gaps."""
    rng = _rng("bottom-nav-below", seed)
    items = ["Beranda", *rng.sample(("Terkini", "Populer", "Video", "Indeks", "Foto", "Kanal"), 4)]
    return _below(text, [rng.choice(("  ", "   ")).join(items)], rng)


def fuel_prices_below(text: str, seed: int | str = 0) -> str:
    """The day's fuel prices under the story: a heading and a row of prices in rupiah."""
    rng = _rng("fuel-prices-below", seed)
    prices = [
        f"Pertalite Rp{rng.randint(9, 11)}.{rng.choice(('000', '500'))}",
        f"Pertamax Rp{rng.randint(12, 14)}.{rng.choice(('100', '400', '950'))}",
        f"Solar Rp{rng.randint(6, 7)}.{rng.choice(('800', '500'))}",
    ]
    heading = rng.choice(("Harga BBM Hari Ini", "Info Harga BBM", "Harga BBM per Liter"))
    if rng.random() < 0.5:
        return _below(text, [heading, rng.choice((" | ", " · ", "  ")).join(prices)], rng)
    return _below(text, [heading, *prices], rng)


def emergency_numbers_above(text: str, seed: int | str = 0) -> str:
    """The emergency services' numbers above the story, on one line or one a line."""
    rng = _rng("emergency-numbers-above", seed)
    services = rng.sample(
        ("Polisi 110", "Ambulans 118", "Pemadam Kebakaran 113", "Basarnas 115", "Darurat 112"), 3
    )
    label = rng.choice(("Nomor Darurat", "Layanan Darurat", "Nomor Penting"))
    if rng.random() < 0.5:
        return _above(text, [f"{label}: {' | '.join(services)}"], rng)
    return _above(text, [label, *services], rng)


def masthead_below(text: str, seed: int | str = 0) -> str:
    """The newsroom's masthead under the story: its heading and each role with a name
    (the whole staff of the site, no credit of this story)."""
    rng = _rng("masthead-below", seed)
    roles = [
        f"Pemimpin Redaksi: {_name(rng)}",
        f"Redaktur Pelaksana: {_name(rng)}",
        f"Redaktur: {_name(rng)}, {_name(rng)}",
        f"Reporter: {_name(rng)}, {_name(rng)}, {_name(rng)}",
        f"Fotografer: {_name(rng)}",
    ]
    heading = rng.choice(("Susunan Redaksi", "SUSUNAN REDAKSI", "Redaksi Kabar Lembah"))
    return _below(text, [heading, *roles], rng)


def press_contact_below(text: str, seed: int | str = 0) -> str:
    """A press release's contact under it: who answers the press, and how."""
    rng = _rng("press-contact-below", seed)
    who = _name(rng)
    phone = f"0812-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    role = rng.choice(("Kepala Bagian Humas", "Pranata Humas", "Sekretaris Dinas"))
    shapes = (
        ["Narahubung:", f"{who} ({role})", f"Telp. {phone}"],
        [f"Kontak Media: {who} | {phone}"],
        [f"Informasi lebih lanjut hubungi: {who}, {role}, HP {phone}"],
    )
    return _below(text, rng.choice(shapes), rng)


def comment_policy_below(text: str, seed: int | str = 0) -> str:
    """The rules for readers' comments under the story (who removes what)."""
    return _one_of_below(
        "comment-policy-below",
        text,
        seed,
        (
            "Komentar yang mengandung SARA, hoaks atau ujaran kebencian akan dihapus oleh admin",
            "Setiap komentar menjadi tanggung jawab pengirimnya dan dapat dihapus oleh moderator",
            "Berkomentarlah dengan sopan. Komentar yang melanggar aturan akan kami hapus!",
            "Comments are moderated and may be removed by the editors",
        ),
    )


def complaint_channel_below(text: str, seed: int | str = 0) -> str:
    """Where the public files a complaint, under the story, with the desk's hours."""
    rng = _rng("complaint-channel-below", seed)
    wa = f"0811-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"
    return _one_of_below(
        "complaint-channel-below",
        text,
        seed,
        (
            "Punya keluhan layanan publik? Sampaikan lewat SP4N-LAPOR! di lapor.go.id atau SMS 1708",
            f"Pengaduan masyarakat: WhatsApp {wa} (Senin - Jumat 08.00 - 16.00 WIB)",
            f"Layanan Pengaduan | WA {wa} | Email pengaduan@kotalama.go.id",
        ),
    )


def license_below(text: str, seed: int | str = 0) -> str:
    """The terms on which the text may be reused, under the story."""
    return _one_of_below(
        "license-below",
        text,
        seed,
        (
            "Konten ini berlisensi CC BY 4.0: boleh dikutip dengan menyebut sumbernya",
            "Artikel ini boleh disebarluaskan dengan mencantumkan sumber dan tautan aslinya",
            "This work is licensed under a Creative Commons Attribution 4.0 License",
            "Dilarang mengutip sebagian atau seluruh isi tanpa izin tertulis",
        ),
    )


def exchange_rates_above(text: str, seed: int | str = 0) -> str:
    """The rupiah's exchange rates above the story, with the day they are for (2026-2027)."""
    rng = _rng("exchange-rates-above", seed)
    when = _date(rng, 2026, 2027)
    usd = f"USD {rng.randint(15, 17)}.{rng.randint(100, 999)}"
    sgd = f"SGD {rng.randint(11, 13)}.{rng.randint(100, 999)}"
    myr = f"MYR {rng.randint(3, 4)}.{rng.randint(100, 999)}"
    day = rng.choice(
        (
            f"{when.day} {BULAN[when.month - 1]} {when.year}",
            f"{when.day:02d}/{when.month:02d}/{when.year}",
        )
    )
    if rng.random() < 0.5:
        return _above(text, [f"Kurs Rupiah {day}: {usd} · {sgd} · {myr}"], rng)
    return _above(text, [f"Kurs Hari Ini ({day})", f"{usd}  {sgd}  {myr}"], rng)


def air_quality_above(text: str, seed: int | str = 0) -> str:
    """The town's air quality above the story: an index and its band."""
    rng = _rng("air-quality-above", seed)
    aqi = rng.randint(20, 180)
    band = "Baik" if aqi <= 50 else "Sedang" if aqi <= 100 else "Tidak Sehat"
    town = rng.choice(INVENTED_PLACES)
    return _one_of_above(
        "air-quality-above",
        text,
        seed,
        (
            f"Kualitas Udara {town}: {aqi} ({band})",
            f"AQI {aqi} · PM2.5 {rng.randint(8, 90)} µg/m³ · {band}",
            f"Indeks Udara Hari Ini {aqi} - {band}",
        ),
    )


def standings_below(text: str, seed: int | str = 0) -> str:
    """A league table under the story: its heading and four clubs with their points."""
    rng = _rng("standings-below", seed)
    clubs = rng.sample(
        ("Persatuan Lembah", "Putra Pesisir", "Gema Nusa FC", "Bintang Timur", "Tunas Muda"), 4
    )
    points = sorted((rng.randint(10, 50) for _ in clubs), reverse=True)
    rows = [
        f"{k}. {club} {pts}" for k, (club, pts) in enumerate(zip(clubs, points, strict=True), 1)
    ]
    return _below(text, [rng.choice(("Klasemen Sementara", "Klasemen Liga Daerah")), *rows], rng)


def horoscope_above(text: str, seed: int | str = 0) -> str:
    """The day's horoscope above the story: a sign and its line."""
    rng = _rng("horoscope-above", seed)
    sign = rng.choice(("Aries", "Leo", "Virgo", "Libra", "Scorpio", "Pisces"))
    line = rng.choice(
        (
            "peluang baru datang dari teman lama",
            "jaga kesehatan dan atur waktu istirahat",
            "keuangan membaik menjelang akhir pekan",
        )
    )
    head = rng.choice(("Zodiak Hari Ini", "Ramalan Bintang"))
    return _above(text, [head, f"{sign}: {line}"], rng)


def adblock_notice_above(text: str, seed: int | str = 0) -> str:
    """A plea to turn an ad blocker off, above the story."""
    return _one_of_above(
        "adblock-notice-above",
        text,
        seed,
        (
            "Kami mendeteksi Anda memakai AdBlock, mohon nonaktifkan untuk mendukung kami",
            "Matikan pemblokir iklan agar kami tetap bisa menyajikan berita gratis",
            "Please disable your ad blocker to support local journalism",
        ),
    )


def blood_stock_above(text: str, seed: int | str = 0) -> str:
    """The blood bank's stock by group above the story, on one line or under a heading."""
    rng = _rng("blood-stock-above", seed)
    stock = " | ".join(f"{g} {rng.randint(10, 200)}" for g in ("A", "B", "O", "AB"))
    if rng.random() < 0.5:
        return _above(text, [f"Stok Darah PMI: {stock}"], rng)
    return _above(text, [rng.choice(("Stok Darah PMI", "Info Stok Darah")), stock], rng)


def event_banner_above(text: str, seed: int | str = 0) -> str:
    """A banner for a coming event above the story: its name, its days (2026-2027), a call."""
    rng = _rng("event-banner-above", seed)
    when = _date(rng, 2026, 2027)
    last = when + dt.timedelta(days=rng.randint(1, 3))
    days = f"{when.day}-{last.day} {BULAN[last.month - 1]} {last.year}"
    if last.month != when.month:
        days = (
            f"{when.day} {BULAN[when.month - 1]} - {last.day} {BULAN[last.month - 1]} {last.year}"
        )
    name = rng.choice(("Festival Budaya Lembah", "Pameran UMKM Pesisir", "Lomba Perahu Nusa"))
    call = rng.choice(("Daftar Sekarang", "Gratis untuk Umum", "Info & Pendaftaran"))
    return _above(
        text, [rng.choice((f"{name} | {days} | {call}", f"{name}, {days} - {call}"))], rng
    )


def press_council_badge_above(text: str, seed: int | str = 0) -> str:
    """The press council's verification of the site, with its certificate's number."""
    rng = _rng("press-council-badge-above", seed)
    number = f"{rng.randint(100, 1999)}/DP-Verifikasi/K/{rng.choice(('III', 'VI', 'IX', 'XII'))}/{rng.randint(2018, 2025)}"
    return _one_of_above(
        "press-council-badge-above",
        text,
        seed,
        (
            "Terverifikasi Dewan Pers",
            f"Terverifikasi Dewan Pers No. {number}",
            f"Sertifikat Dewan Pers: {number}",
        ),
    )


def zone_clocks_above(text: str, seed: int | str = 0) -> str:
    """The time in the country's three zones above the story (a site's clock row)."""
    rng = _rng("zone-clocks-above", seed)
    hh, mm = rng.randint(0, 21), rng.randint(0, 59)
    sep = rng.choice((" | ", "  ", " · "))
    return _above(
        text,
        [
            sep.join(
                f"{z} {(hh + k) % 24:02d}:{mm:02d}" for k, z in enumerate(("WIB", "WITA", "WIT"))
            )
        ],
        rng,
    )


def timeline_inside(text: str, seed: int | str = 0) -> str:
    """A chronology between two paragraphs: its heading and three clock times with a
    zone, each with what happened (event times, no stamp of the story's)."""
    rng = _rng("timeline-inside", seed)
    zone = rng.choice(("WIB", "WITA", "WIT"))
    start = rng.randint(6, 15)
    steps = ("warga melapor ke posko", "petugas tiba di lokasi", "situasi kembali normal")
    rows = [
        f"{start + 2 * k:02d}.{rng.choice(('00', '15', '30', '45'))} {zone} - {step}"
        for k, step in enumerate(steps)
    ]
    return _between_paragraphs(text, [rng.choice(("Kronologi:", "Kronologi Kejadian")), *rows], rng)


def health_campaign_above(text: str, seed: int | str = 0) -> str:
    """A public-health campaign's banner above the story (no story's headline)."""
    return _one_of_above(
        "health-campaign-above",
        text,
        seed,
        (
            "Ingat Pesan Ibu: Pakai Masker, Jaga Jarak, Cuci Tangan",
            "Gerakan Masyarakat Hidup Sehat, Mulai dari Keluarga",
            "Cegah Stunting Itu Penting",
            "Ayo Imunisasi Lengkap untuk Anak Kita",
        ),
    )


def election_banner_above(text: str, seed: int | str = 0) -> str:
    """The election commission's call to vote above the story, with the vote's day in
    2029 (after every dev page)."""
    rng = _rng("election-banner-above", seed)
    when = _date(rng, 2029, 2029)
    day = f"{when.day} {BULAN[when.month - 1]} {when.year}"
    return _one_of_above(
        "election-banner-above",
        text,
        seed,
        (
            f"Ayo Memilih! Pilkada Serentak {day}",
            f"Gunakan Hak Pilihmu pada {day}",
            f"Pemilu {when.year}: Jangan Golput, Datang ke TPS",
        ),
    )


def donation_account_below(text: str, seed: int | str = 0) -> str:
    """A charity's bank account under the story, in the name of a foundation."""
    rng = _rng("donation-account-below", seed)
    account = f"{rng.randint(1000, 9999)}-01-{rng.randint(100000, 999999)}-50-{rng.randint(1, 9)}"
    bank = rng.choice(("BRI", "BNI", "Bank Daerah Lembah"))
    who = rng.choice(("Yayasan Peduli Lembah", "Dompet Warga Pesisir", "Posko Bersama Nusa"))
    if rng.random() < 0.5:
        return _below(text, [f"Rekening Donasi: {bank} {account} a.n. {who}"], rng)
    return _below(text, ["Salurkan bantuan Anda melalui", f"{bank} {account}", f"a.n. {who}"], rng)


def news_tip_below(text: str, seed: int | str = 0) -> str:
    """An invitation to send the newsroom a tip, under the story, with a number."""
    rng = _rng("news-tip-below", seed)
    wa = f"0812-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return _one_of_below(
        "news-tip-below",
        text,
        seed,
        (
            f"Punya info menarik? Kirim ke redaksi lewat WhatsApp {wa}",
            f"Kirim berita dan foto kejadian di sekitar Anda ke {wa}",
            f"Jadilah pewarta warga! Hubungi {wa}",
        ),
    )


def bot_check_above(text: str, seed: int | str = 0) -> str:
    """A browser check the crawler passed, its words left at the top of the dump."""
    return _one_of_above(
        "bot-check-above",
        text,
        seed,
        (
            "Checking your browser before accessing the site",
            "Memeriksa koneksi Anda, mohon tunggu sebentar",
            "Verifying you are human. This may take a few seconds",
            "Just a moment",
        ),
    )


def regional_edition_above(text: str, seed: int | str = 0) -> str:
    """The regional edition the reader is on, and the control to change it."""
    rng = _rng("regional-edition-above", seed)
    place = rng.choice(INVENTED_PLACES)
    return _one_of_above(
        "regional-edition-above",
        text,
        seed,
        (
            f"Edisi {place} | Ganti Edisi",
            f"Anda membaca edisi {place}",
            f"Kabar Lembah Edisi {place} ▼",
        ),
    )


def content_warning_above(text: str, seed: int | str = 0) -> str:
    """A warning that the story may upset some readers, above it."""
    return _one_of_above(
        "content-warning-above",
        text,
        seed,
        (
            "Peringatan: artikel ini memuat konten yang mungkin mengganggu sebagian pembaca",
            "Konten sensitif. Kebijaksanaan pembaca diharapkan",
            "Trigger warning: this story mentions violence",
        ),
    )


def crlf(text: str, seed: int | str = 0) -> str:
    """Windows line endings: every ``\\n`` becomes ``\\r\\n``."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


_END = re.compile(r"[.!?:;\"'”’)\]]\s*$")


def double_spacing(text: str, seed: int | str = 0) -> str:
    """A blank line after every line (runs of blank lines double), except inside a
    hard-wrapped sentence (a line without final punctuation followed by a lower-case start)."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i == len(lines) - 1:
            break
        nxt = lines[i + 1]
        wrapped = line.strip() and not _END.search(line) and nxt[:1].islower()
        if not wrapped:
            out.append("")
    return "\n".join(out)


def trailing_spaces(text: str, seed: int | str = 0) -> str:
    """Spaces or tabs at the end of about half the lines (blank lines included)."""
    rng = _rng("trailing-spaces", seed)
    pads = (" ", "  ", "\t", " \t", "   ")
    return "\n".join(
        line + (rng.choice(pads) if rng.random() < 0.5 else "") for line in text.split("\n")
    )


PERTURBATIONS: dict[str, Perturbation] = {
    "share-row-above": share_row_above,
    "site-clock-above": site_clock_above,
    "breadcrumb-above": breadcrumb_above,
    "menu-above": menu_above,
    "popular-above": popular_above,
    "related-below": related_below,
    "tags-below": tags_below,
    "footer-below": footer_below,
    "crlf": crlf,
    "double-spacing": double_spacing,
    "trailing-spaces": trailing_spaces,
    # written on 2026-12-06 and measured before any extraction change for them
    # (benchmarks/README.md gives the shares at the time)
    "read-also-inside": read_also_inside,
    "ad-inside": ad_inside,
    "reader-controls-above": reader_controls_above,
    "follow-us-below": follow_us_below,
    "comments-below": comments_below,
    "cookie-notice-above": cookie_notice_above,
    "login-above": login_above,
    "no-break-spaces": no_break_spaces,
    "indented": indented,
    # a second batch, written later that day and measured before any change for
    # it; a lone line over a page printing no headline is still read as its title
    "newsletter-below": newsletter_below,
    "reactions-below": reactions_below,
    "print-row-above": print_row_above,
    "ticker-above": ticker_above,
    "weather-above": weather_above,
    "app-banner-above": app_banner_above,
    "hashtags-below": hashtags_below,
    "motto-above": motto_above,
    # a third batch (session 11, 2026-12-06), measured before any change for it
    "single-spacing": single_spacing,
    "blank-edges": blank_edges,
    "share-row-below": share_row_below,
    # a fourth batch (session 12, 2026-12-06), measured before any change for it
    # (184 right dev pages): byte-order mark 0.49, zero-width spaces 1.00, search box
    # 0.95, language switch 0.96, dark mode 0.98, pagination 0.99, back to top 0.99,
    # video link 0.96, channel 0.99, editor's picks 0.96
    "byte-order-mark": byte_order_mark,
    "zero-width-spaces": zero_width_spaces,
    "search-box-above": search_box_above,
    "language-switch-above": language_switch_above,
    "dark-mode-above": dark_mode_above,
    "pagination-below": pagination_below,
    "back-to-top-below": back_to_top_below,
    "video-inside": video_inside,
    "channel-below": channel_below,
    "editor-picks-below": editor_picks_below,
    # a fifth batch (session 12), measured before any change for it: see benchmarks/README.md
    "comments-named-below": comments_named_below,
    "archive-below": archive_below,
    "calendar-below": calendar_below,
    "caption-inside": caption_inside,
    "most-read-below": most_read_below,
    "topics-above": topics_above,
    "today-clock-above": today_clock_above,
    "sponsored-inside": sponsored_inside,
    # a sixth batch (session 14), measured before any change for it: see benchmarks/README.md
    "prayer-times-above": prayer_times_above,
    "market-ticker-above": market_ticker_above,
    "image-file-inside": image_file_inside,
    "visitors-below": visitors_below,
    "countdown-above": countdown_above,
    "hijri-date-above": hijri_date_above,
    "welcome-marquee-above": welcome_marquee_above,
    # a seventh batch (session 14), measured before any change for it
    "audio-player-above": audio_player_above,
    "live-clock-above": live_clock_above,
    "contact-below": contact_below,
    "comment-count-above": comment_count_above,
    "share-count-above": share_count_above,
    "photo-counter-inside": photo_counter_inside,
    # an eighth batch (session 14), measured before any change for it
    "skip-link-above": skip_link_above,
    "menu-toggle-above": menu_toggle_above,
    "translate-widget-above": translate_widget_above,
    "accessibility-above": accessibility_above,
    "logo-alt-above": logo_alt_above,
    "hotline-banner-above": hotline_banner_above,
    "last-updated-below": last_updated_below,
    # a ninth batch (session 14), measured before any change for it
    "caption-above": caption_above,
    "poll-below": poll_below,
    "tabs-above": tabs_above,
    "rating-above": rating_above,
    "visitors-today-above": visitors_today_above,
    "qr-below": qr_below,
    "donation-above": donation_above,
    # a tenth batch (session 14), measured before any change for it
    "subheading-inside": subheading_inside,
    "related-box-inside": related_box_inside,
    "table-inside": table_inside,
    # an eleventh batch (session 14), measured before any change for it
    "editorial-note-below": editorial_note_below,
    "disclaimer-below": disclaimer_below,
    "print-footer-below": print_footer_below,
    # a twelfth batch (session 14), measured before any change for it
    "location-pin-above": location_pin_above,
    "trending-above": trending_above,
    "next-prev-below": next_prev_below,
    "avatar-above": avatar_above,
    # a thirteenth batch (session 15), measured before any change for it
    "quake-above": quake_above,
    "outbreak-stats-above": outbreak_stats_above,
    "agenda-above": agenda_above,
    "epaper-above": epaper_above,
    "radio-above": radio_above,
    "scores-below": scores_below,
    "quote-above": quote_above,
    # a fourteenth batch (session 15), measured before any change for it
    "kicker-above": kicker_above,
    "social-post-inside": social_post_inside,
    "contents-inside": contents_inside,
    "infographic-inside": infographic_inside,
    "continue-below": continue_below,
    "author-box-below": author_box_below,
    # a fifteenth batch (session 15), measured before any change for it
    "office-hours-above": office_hours_above,
    "image-source-inside": image_source_inside,
    "address-below": address_below,
    "announcement-above": announcement_above,
    "relative-comments-below": relative_comments_below,
    "date-picker-above": date_picker_above,
    # a sixteenth batch (session 15), measured before any change for it
    "regions-menu-above": regions_menu_above,
    "download-below": download_below,
    "map-inside": map_inside,
    "greeting-banner-above": greeting_banner_above,
    "live-updates-inside": live_updates_inside,
    "paywall-below": paywall_below,
    # a seventeenth batch (session 15), measured before any change for it
    "breadcrumb-day-above": breadcrumb_day_above,
    "ugc-notice-above": ugc_notice_above,
    "correction-below": correction_below,
    "forecast-below": forecast_below,
    "gallery-above": gallery_above,
    # an eighteenth batch (session 15), measured before any change for it
    "top-writers-below": top_writers_below,
    "page-counter-above": page_counter_above,
    "agency-caption-inside": agency_caption_inside,
    "chat-button-above": chat_button_above,
    "short-link-inside": short_link_inside,
    # a nineteenth batch (session 15), measured before any change for it
    "live-readers-above": live_readers_above,
    "site-stats-below": site_stats_below,
    "weather-warning-above": weather_warning_above,
    "badge-above": badge_above,
    "reading-time-above": reading_time_above,
    "notification-above": notification_above,
    "key-points-above": key_points_above,
    "video-recs-below": video_recs_below,
    "traffic-above": traffic_above,
    "pull-quote-inside": pull_quote_inside,
    "report-button-below": report_button_below,
    "writer-more-below": writer_more_below,
    "follower-counts-above": follower_counts_above,
    "motto-below": motto_below,
    "app-badges-below": app_badges_below,
    "comment-form-below": comment_form_below,
    "videos-above": videos_above,
    "facts-box-inside": facts_box_inside,
    "newsletter-above": newsletter_above,
    "survey-above": survey_above,
    "live-viewers-above": live_viewers_above,
    "jobs-below": jobs_below,
    "updated-ago-above": updated_ago_above,
    "hashtags-above": hashtags_above,
    "zoom-hint-inside": zoom_hint_inside,
    "series-above": series_above,
    "quick-count-above": quick_count_above,
    "ad-contact-above": ad_contact_above,
    "holidays-above": holidays_above,
    "fact-check-note-below": fact_check_note_below,
    "bookmark-count-above": bookmark_count_above,
    "social-links-above": social_links_above,
    "quiz-above": quiz_above,
    "train-schedule-above": train_schedule_above,
    "headlines-block-above": headlines_block_above,
    "app-link-below": app_link_below,
    "edit-note-above": edit_note_above,
    "bottom-nav-below": bottom_nav_below,
    "fuel-prices-below": fuel_prices_below,
    "emergency-numbers-above": emergency_numbers_above,
    "masthead-below": masthead_below,
    "press-contact-below": press_contact_below,
    "comment-policy-below": comment_policy_below,
    "complaint-channel-below": complaint_channel_below,
    "license-below": license_below,
    "exchange-rates-above": exchange_rates_above,
    "air-quality-above": air_quality_above,
    "standings-below": standings_below,
    "horoscope-above": horoscope_above,
    "adblock-notice-above": adblock_notice_above,
    "blood-stock-above": blood_stock_above,
    "event-banner-above": event_banner_above,
    "press-council-badge-above": press_council_badge_above,
    "zone-clocks-above": zone_clocks_above,
    "timeline-inside": timeline_inside,
    "health-campaign-above": health_campaign_above,
    "election-banner-above": election_banner_above,
    "donation-account-below": donation_account_below,
    "news-tip-below": news_tip_below,
    "bot-check-above": bot_check_above,
    "regional-edition-above": regional_edition_above,
    "content-warning-above": content_warning_above,
}

DATELINE = "dateline-unknown-place"
# After the place, a dateline goes on with punctuation (``Jakarta, InfoPublik –``,
# ``MAMUJU -``, ``Klungkung (ANTARA)``, ``TRUCUK_Musrenbang``) or ends the line
# (a place on its own line under the byline); ``Jakarta Post`` is not a dateline.
_AFTER = r"(?=\s*(?:[,(\-–—:_/|.;]|$))"


def dateline_line(text: str, place: str) -> int | None:
    """Index (in ``text.split("\\n")``) of the first line opening with ``place`` as a dateline."""
    rx = re.compile(r"[ \t]*" + re.escape(place) + _AFTER, re.IGNORECASE)
    for i, line in enumerate(text.split("\n")):
        if rx.match(line.rstrip("\r")):
            return i
    return None


def replace_dateline(text: str, place: str, seed: int | str = 0) -> tuple[str, str] | None:
    """Put an invented place (one no list holds) where ``place`` opens the dateline.

    Returns the new text and the place as printed (upper case when the original
    was), or ``None`` when no line opens with ``place``. Only that one occurrence
    changes; the same place elsewhere in the text is left alone.
    """
    i = dateline_line(text, place)
    if i is None:
        return None
    rng = _rng(DATELINE, seed)
    choices = [p for p in INVENTED_PLACES if p.casefold() not in text.casefold()]
    new = rng.choice(choices or list(INVENTED_PLACES))
    lines = text.split("\n")
    line = lines[i]
    start = len(line) - len(line.lstrip(" \t"))
    printed = line[start : start + len(place)]
    if printed.isupper():
        new = new.upper()
    lines[i] = line[:start] + new + line[start + len(place) :]
    return "\n".join(lines), new
