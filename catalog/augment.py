"""Label-preserving furniture for fitting: copies of a labelled page with a site's
widgets around the story, so the scorer learns what a teaser block looks like.

A real crawl puts "popular stories" blocks, share rows, site clocks and related
links around every story; the labelled pages show few of them, so a scorer
fitted on those pages alone never sees a teaser's byline lose. These copies add
such furniture above or below the text. Nothing added is this story's metadata,
so the labels stay true. The wording here is the team's own and deliberately
differs from the robustness benchmark's (``benchmarks/perturbations.py``), so
that the benchmark measures furniture the scorer was not fitted on.

>>> import random
>>> text = "Judul\\nIsi berita yang panjang sekali di sini."
>>> furnished = furnish(text, random.Random(1))
>>> text in furnished
True
"""

from __future__ import annotations

import random

from catalog.calendar_names import MONTH_NAMES, WEEKDAY_NAMES

_PEOPLE = (
    "Dimas Aryo",
    "Wulan Sari",
    "Teguh Prasetyo",
    "Nur Aini",
    "Yoga Saputra",
    "Ratih Kumala",
    "Andi Firmansyah",
    "Sekar Ayu",
)
_SUBJECTS = (
    "Warga Desa",
    "Pemkab",
    "Dinas Kesehatan",
    "Polsek",
    "Mahasiswa",
    "Petani Kopi",
    "Nelayan",
    "DPRD",
)
_ACTIONS = (
    "Gelar Kerja Bakti Bersihkan Saluran Air",
    "Resmikan Jembatan Gantung Baru",
    "Bagikan Bibit Pohon kepada Sekolah",
    "Latih Pemuda Membuat Konten Digital",
    "Tinjau Harga Beras di Pasar Induk",
    "Ajak Masyarakat Cek Kesehatan Gratis",
    "Terima Kunjungan Tim Penilai Lomba",
)
_SHARE_ROWS = (
    "Bagikan ke: FB | TW | WA",
    "Share: Facebook Twitter Email",
    "Kirim ke teman: WA / Facebook / Salin link",
    "Tweet | Share | Pin | Kirim",
    "Sebar berita ini  Facebook  Telegram  Line",
    "SHARE ON: FACEBOOK • TWITTER • WHATSAPP",
)
# every clock carries the site's own words: a bare date line over the lead is what
# a story's header stamp looks like, and a copy must not teach that it is a clock
_CLOCKS = (
    "{clock} | Masuk | Daftar",
    "Hari ini, {clock}",
    "{clock} - {hh:02d}:00 WIB | Berawan 27°",
    "Edisi {clock} | Redaksi | Pedoman Siber",
)
_HEADINGS = ("Berita Populer", "Terpopuler Hari Ini", "Paling Banyak Dibaca", "Artikel Pilihan")
_BELOW_HEADINGS = ("Kabar Lainnya", "Artikel Terkait", "Baca Juga", "Berita Sebelumnya")
_MONTHS = MONTH_NAMES
_DAYS = WEEKDAY_NAMES


def _stamp(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2026)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    day = rng.choice(_DAYS)
    return rng.choice(
        (
            f"{day}, {d} {_MONTHS[m - 1]} {y} | {hh:02d}:{mm:02d} WIB",
            f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
            f"{d} {_MONTHS[m - 1][:3]} {y}, {hh:02d}.{mm:02d} WITA",
            f"{day}, {d:02d}-{m:02d}-{y}",
        )
    )


def _headline(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_ACTIONS)}"


def _teasers(rng: random.Random, heading: str) -> list[str]:
    shape = rng.randrange(4)
    out = [heading]
    for k in range(rng.randint(2, 4)):
        head, who, when = _headline(rng), rng.choice(_PEOPLE), _stamp(rng)
        if shape == 0:
            out += [f"{k + 1}. {head}", f"Oleh {who}", when]
        elif shape == 1:
            out += [head, when, f"Dibaca {rng.randint(10, 9000)} kali"]
        elif shape == 2:
            out += [head, f"{who} - {when}"]
        else:
            out += [f"- {head} ({when})"]
    return out


def furnish(text: str, rng: random.Random) -> str:
    """``text`` with one or two pieces of site furniture above and/or below it."""
    above: list[str] = []
    below: list[str] = []
    for _ in range(rng.randint(1, 2)):
        piece = rng.randrange(5)
        if piece == 0:
            above += _teasers(rng, rng.choice(_HEADINGS))
        elif piece == 1:
            below += _teasers(rng, rng.choice(_BELOW_HEADINGS))
        elif piece == 2:
            above.append(rng.choice(_SHARE_ROWS))
        elif piece == 3:
            day, d, m = rng.choice(_DAYS), rng.randint(1, 28), rng.choice(_MONTHS)
            clock = f"{day}, {d} {m} {rng.randint(2019, 2027)}"
            above.append(rng.choice(_CLOCKS).format(clock=clock, hh=rng.randint(0, 23)))
        else:
            above.append(rng.choice(("Beranda > Berita > Daerah", "Home / Kabar / Pemerintahan")))
    parts = [*above, "", text, "", *below] if above or below else [text]
    return "\n".join(parts)
