"""A site's furniture: folded lines repeated on enough of its sampled pages."""

import pytest

from catalog.extract import profile as prof
from catalog.extract.profile import EMPTY, FurnitureCounter, Profile, fold


@pytest.mark.parametrize(
    ("line", "folded"),
    [
        ("Minggu, 3 Maret 2024", "minggu, 0 maret 0"),
        ("  MINGGU,  13 Maret 2025 ", "minggu, 0 maret 0"),
        ("Bagikan:\tFacebook  Twitter", "bagikan: facebook twitter"),
        ("Dibaca 1.204 kali", "dibaca 0.0 kali"),
    ],
)
def test_fold(line: str, folded: str) -> None:
    assert fold(line) == folded


def _site(pages: int, extra: str = "") -> FurnitureCounter:
    counter = FurnitureCounter()
    for n in range(pages):
        counter.add(f"Menu Utama | Daerah\nKabar ke-{n} dari desa\nCerita {'x' * n}\n{extra}")
    return counter


def test_lines_on_enough_pages_are_furniture() -> None:
    got = _site(10).profile()
    assert got.pages == 10
    assert got.is_furniture("Menu Utama | Daerah")
    # digits fold, so every page's own numbered line matches the others
    assert got.is_furniture("Kabar ke-99 dari desa")
    # each page's own line is not
    assert not got.is_furniture("Cerita xxx")


def test_too_few_pages_make_no_furniture() -> None:
    assert _site(prof.MIN_PAGES - 1).profile() == Profile(frozenset(), prof.MIN_PAGES - 1)


def test_a_line_on_a_small_share_of_pages_is_not_furniture() -> None:
    counter = _site(20)
    rare = max(prof.MIN_PAGES, int(prof.MIN_SHARE * 30) - 1)
    for _ in range(rare):
        counter.add("Penulis: Sari\nlain")
    assert counter.pages == 20 + rare
    assert not counter.profile().is_furniture("Penulis: Sari")
    assert counter.profile().is_furniture("Menu Utama | Daerah")


def test_the_sample_is_bounded() -> None:
    counter = _site(prof.SAMPLE_PAGES)
    assert not counter.add("Menu Utama | Daerah")
    assert counter.pages == prof.SAMPLE_PAGES


def test_long_lines_and_the_empty_profile() -> None:
    long = "kata " * 60
    counter = FurnitureCounter()
    for _ in range(5):
        counter.add(long)
    assert not counter.profile().is_furniture(long)
    assert not EMPTY.is_furniture("Menu Utama | Daerah")


def test_counter_resumes_from_stored_counts() -> None:
    first = _site(10)
    again = FurnitureCounter(first.counts.items(), first.pages)
    assert again.profile() == first.profile()


# A small crawl in our own words: one site, every page under the same furniture.
_MENU = ["Beranda", "Pemerintahan", "Ekonomi", "Olahraga", "Indeks"]
_CLOCK = "Sabtu, 5 Desember 2026 | 09:12 WIB | Masuk"
_SHARE = "Bagikan: Facebook | X | WhatsApp"
_POPULAR = [
    "Terpopuler",
    "1. Jalan Desa Rampung Dibangun Warga",
    "Oleh Wulan Sari | Jumat, 4 Desember 2026",
    "2. Pasar Murah Digelar di Alun-alun",
    "Oleh Dedi Kurnia | Kamis, 3 Desember 2026",
]
_FOOTER = ["Tentang Kami | Kontak | Pedoman Media Siber", "© 2026 Kabar Lembah"]
_PLACES = ["Sumberjaya", "Karangrejo", "Tanjungsari", "Wonoasri", "Kedungwaru"]
_WRITERS = ["Rahmat Hidayat", "Sinta Maharani", "Yoga Pratama", "Lestari Ningsih"]


def _story(n: int, day: int) -> str:
    place = _PLACES[n % len(_PLACES)]
    return "\n".join(
        [
            f"Warga {place} Menanam {n + 3} Ribu Bibit Mangrove",
            f"Penulis: {_WRITERS[n % len(_WRITERS)]}",
            f"Jumat, {day} November 2026 | {8 + n % 9:02d}:{(7 * n) % 60:02d} WIB",
            "Editor: Bayu Anggara",
            "",
            f"{place}, Kabar Lembah – Ratusan warga {place} menanam bibit mangrove di pesisir"
            " desa untuk menahan abrasi yang makin parah sejak musim hujan lalu.",
            "",
            f"Kepala desa mengatakan kegiatan itu akan diulang bersama {n % 7 + 2} sekolah"
            f" dan {_WRITERS[(n + 1) % len(_WRITERS)].split()[0]} menyiapkan bibitnya.",
        ]
    )


def _furnished(story: str) -> str:
    return "\n".join([*_MENU, _CLOCK, _SHARE, "", *_POPULAR, "", story, "", *_FOOTER])


def _crawl(pages: int, one_day: bool) -> list[tuple[str, str]]:
    stories = [_story(n, 27 if one_day else 1 + n % 28) for n in range(pages)]
    return [(s, _furnished(s)) for s in stories]


@pytest.mark.parametrize("one_day", [False, True], ids=["many-days", "one-day"])
def test_a_site_profile_reads_furnished_pages_as_bare_ones(one_day: bool) -> None:
    from catalog.extract import extract

    crawl = _crawl(12, one_day)
    counter = FurnitureCounter()
    for _, page in crawl:
        counter.add(page)
    profile = counter.profile()
    assert profile.is_furniture(_POPULAR[1]) and profile.is_furniture(_CLOCK)
    # the fixed editor line is furniture too, but a credit run of its own: it stays
    assert profile.is_furniture("Editor: Bayu Anggara")
    for bare, page in crawl:
        want = extract(bare)
        got = extract(page, profile=profile)
        assert want.authors and want.published_date and want.editors
        for field_name in ("title", "authors", "editors", "published_date", "source", "dateline"):
            assert getattr(got, field_name) == getattr(want, field_name), field_name


def test_without_furniture_keeps_line_numbers_and_own_lines() -> None:
    bare, page = _crawl(1, True)[0]
    profile = Profile(frozenset(fold(line) for line in page.splitlines() if line not in bare), 9)
    cleaned = prof.without_furniture(page, profile)
    assert len(cleaned.splitlines()) == len(page.splitlines())
    assert [line for line in cleaned.splitlines() if line] == [
        line for line in bare.splitlines() if line
    ]


def test_stamps_and_credits_left_out_as_furniture_are_rejected_evidence() -> None:
    from catalog.extract import extract

    crawl = _crawl(12, False)
    counter = FurnitureCounter()
    for _, page in crawl:
        counter.add(page)
    got = extract(crawl[0][1], profile=counter.profile())
    rows = {(ev.field, ev.value, ev.rule, ev.chosen) for ev in got.evidence}
    assert ("authors", "Wulan Sari", "site-furniture:rejected", False) in rows
    assert ("published_date", "2026-12-05", "site-furniture:rejected", False) in rows
    # without a profile no row says so
    assert not any("site-furniture" in ev.rule for ev in extract(crawl[0][1]).evidence)


def test_a_widget_s_number_is_the_site_s_and_a_stamp_the_page_s() -> None:
    counter = FurnitureCounter()
    for n in range(6):
        counter.add(
            f"Kota Lestari {24 + n}°C Cerah\nJudul {'y' * n}\n"
            f"Senin, {n + 1} Juni 2024 | 10:0{n} WIB\nDibaca {n * 7} kali\nCerita {'x' * n}"
        )
    profile = counter.profile()
    text = (
        "Kota Lestari 31°C Cerah\nJudul z\nSenin, 9 Juni 2024 | 10:09 WIB\nDibaca 50 kali\nCerita z"
    )
    # the temperature goes; the stamp and the count, alike on every page, stay
    assert prof.without_furniture(text, profile).split("\n") == [
        "",
        "Judul z",
        "Senin, 9 Juni 2024 | 10:09 WIB",
        "Dibaca 50 kali",
        "Cerita z",
    ]


@pytest.mark.parametrize("line", ["COPYRIGHT © ANTARA 2024", "Copyright 2024 Kabar Lestari"])
def test_a_copyright_line_alike_on_every_page_is_the_page_s_source(line: str) -> None:
    counter = FurnitureCounter()
    for n in range(6):
        counter.add(f"Judul {'y' * n}\nCerita {'x' * n}\n\n{line}")
    text = f"Judul z\nCerita z\n\n{line}"
    assert prof.without_furniture(text, counter.profile()).split("\n")[-1] == line


def test_a_day_inside_a_banners_words_is_the_site_s_and_a_stamp_the_page_s() -> None:
    # a banner carries a day inside its words ("... Serentak 14 Mei 2029"); a stamp
    # opens its line with the day, or prints it after a short credit
    counter = FurnitureCounter()
    for n in range(6):
        counter.add(
            f"Ayo Memilih! Pilkada Serentak 14 Mei 2029\nJudul {'y' * n}\n"
            f"Oleh Rina | Senin, {n + 1} Juni 2024\nCerita {'x' * n}"
        )
    profile = counter.profile()
    text = "Ayo Memilih! Pilkada Serentak 14 Mei 2029\nJudul z\nOleh Rina | Senin, 9 Juni 2024\nCerita z"
    assert prof.without_furniture(text, profile).split("\n") == [
        "",
        "Judul z",
        "Oleh Rina | Senin, 9 Juni 2024",
        "Cerita z",
    ]
