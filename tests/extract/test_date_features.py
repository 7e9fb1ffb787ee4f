"""What the readers propose for the date, and the features of date candidates that
carry across sites (pages in our own words; no fitted weight is involved)."""

from __future__ import annotations

import pytest
from sample_text import BLOG_DATE_HEADER, BODY_FIRST_STAMP_LAST, P1, P2, P3, doc

from catalog.extract.candidates import Candidate
from catalog.extract.core import read, title_date


def _dates(text: str) -> dict[str, Candidate]:
    return {c.value: c for c in read(text).candidates["published_date"]}


DATELINE_ALONE = doc(
    "Lembah Hijau, Diskominfo",
    "Penjabat Bupati meninjau pemungutan suara di sejumlah tempat pemungutan suara. "
    "Peninjauan itu berlangsung Rabu, 27 November 2024 di tiga kecamatan sekaligus.",
    P2,
    P3,
)


def test_a_dateline_on_its_own_line_leaves_the_next_paragraph_the_lead() -> None:
    c = _dates(DATELINE_ALONE)["2024-11-27"]
    assert c.features.get("pos:lead") == 1.0
    assert "pos:story" not in c.features


def test_a_second_paragraph_is_no_lead() -> None:
    text = doc(
        f"Lembah Hijau - {P1}",
        "Peninjauan itu berlangsung Rabu, 27 November 2024 di tiga kecamatan sekaligus.",
        P3,
    )
    c = _dates(text)["2024-11-27"]
    assert "pos:lead" not in c.features


def test_a_caption_above_the_dated_lead_is_not_the_first_paragraph() -> None:
    text = doc(
        "Bupati Tinjau Pemungutan Suara",
        "Bupati meninjau TPS di balai desa, Senin (20/5/2024). (ANTARA/Rina Kusuma)",
        "Lembah Hijau (ANTARA) - " + P1,
        P2,
    )
    c = _dates(text).get("2024-05-20")
    assert c is None or "pos:lead" not in c.features


BLOG = BLOG_DATE_HEADER


def test_a_date_header_days_after_the_story_s_own_dates_is_its_stamp() -> None:
    c = _dates(BLOG)["2020-10-24"]
    assert c.rule == "header-stamp"
    assert c.features.get("near-story-date") == 1.0


def test_a_bare_date_years_after_the_story_is_a_site_clock() -> None:
    text = BLOG.replace("Sabtu, 24 Oktober 2020", "Sabtu, 18 Mei 2024")
    c = _dates(text)["2024-05-18"]
    assert c.rule.startswith("site-clock")
    assert c.features.get("far-from-story-dates") == 1.0


@pytest.mark.parametrize(
    ("text", "date", "time", "zone"),
    [
        # body first, then the section, the headline and its stamp
        (
            BODY_FIRST_STAMP_LAST,
            "2020-11-30",
            "00:00",
            "WIB",
        ),
        # a footer credit, its date and a view count
        (
            doc(f"LESTARI_{P1}", P2, P3, "By Admin", "05-03-2020", "123 Dilihat"),
            "2020-03-05",
            "",
            "",
        ),
    ],
)
def test_a_stamp_printed_last_is_proposed(text: str, date: str, time: str, zone: str) -> None:
    c = _dates(text)[date]
    assert c.rule == "closing-stamp"
    assert c.features.get("readers-pick") == 1.0
    assert (c.time, c.zone) == (time, zone)


# A footer printed as a header's meta block: a credit, "created on" and the count.
FOOTER_META = doc(
    f"LESTARI_{P1}", P2, f"{P3} (rk)", "By Admin", "Dibuat tanggal 05-03-2020", "123 Dilihat"
)


def test_a_labelled_creation_date_printed_last_is_the_closing_stamp() -> None:
    c = _dates(FOOTER_META)["2020-03-05"]
    assert c.rule == "closing-stamp"


def test_the_credit_and_the_count_beside_a_closing_stamp_are_the_page_s() -> None:
    cands = read(FOOTER_META).candidates
    (admin,) = (c for c in cands["authors"] if c.value == "Admin")
    assert admin.features.get("readers-pick") == 1.0
    (initials,) = (c for c in cands["authors"] if c.value != "Admin")
    assert initials.features.get("other-credit") == 1.0  # the footer credits the story
    assert [(c.value, c.rule) for c in cands["views"]] == [("123", "labelled-count")]


def test_a_closing_stamp_is_the_story_s_last_not_the_page_s() -> None:
    # furniture and other stories after the story's end do not hide its stamp
    text = doc(
        f"LESTARI_{P1}",
        P2,
        "Dibuat tanggal 05-03-2020",
        "Berita Terkait",
        "Pasar Murah Digelar di Alun-Alun",
        "Senin, 2 Desember 2024 | 10:00 WIB",
        "© 2025 Portal Lestari",
    )
    assert _dates(text)["2020-03-05"].rule == "closing-stamp"


def test_follow_us_lines_under_the_story_do_not_hide_its_closing_stamp() -> None:
    text = doc(
        f"LESTARI_{P1}",
        P2,
        "Dibuat tanggal 05-03-2020",
        "Simak berita lainnya di Google News",
        "Follow Instagram kami @kabarlestari",
        "Klik di sini untuk berlangganan kabar harian",
    )
    assert _dates(text)["2020-03-05"].rule == "closing-stamp"


def test_the_reader_s_controls_above_the_story_are_no_title_and_no_author() -> None:
    text = doc(
        "Listen to this article",
        "Ukuran teks: A- A+",
        "Warga Tanam Seratus Pohon di Taman Kota",
        "Rina Kusuma",
        "Senin, 2 Desember 2024 | 10:00 WIB",
        f"Lembah Hijau - {P1}",
        P2,
    )
    cands = read(text).candidates
    assert [c.value for c in cands["title"]] == ["Warga Tanam Seratus Pohon di Taman Kota"]
    assert [c.value for c in cands["authors"]] == ["Rina Kusuma"]


def test_a_block_of_dated_items_at_the_end_gives_no_closing_stamp() -> None:
    text = doc(
        f"Lembah Hijau - {P1}",
        P2,
        "Berita Lainnya",
        "Pasar Murah Digelar di Alun-Alun",
        "Senin, 2 Desember 2024 | 10:00 WIB",
        "Warga Bersihkan Sungai Kota",
        "Selasa, 3 Desember 2024 | 09:00 WIB",
    )
    assert not any(c.rule == "closing-stamp" for c in _dates(text).values())


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            doc(
                "Panen Raya Padi di Desa Sukamaju  08 Juli 2023  ← Back",
                "",
                f"Lembah Hijau, 6 Juli 2023 --- {P1}",
                P2,
            ),
            "2023-07-08",
        ),
        (
            doc(
                "Rapat Koordinasi Kepala Desa Se-Kecamatan | (16/3/2023)",
                "Rapat Koordinasi Kepala Desa Se-Kecamatan",
                "Lembah Hijau || desa-lestari.id",
                P1,
                P2,
            ),
            "2023-03-16",
        ),
    ],
)
def test_a_headline_with_its_date_on_its_line(text: str, date: str) -> None:
    got = _dates(text)
    assert got[date].rule == "title-date"
    assert got[date].features.get("readers-pick") == 1.0


@pytest.mark.parametrize(
    "line",
    [
        "Warga menanam padi pada Kamis (16/3/2023) di sawah.",
        "Warga menanam padi di sawah  16 Maret 2023  lalu pulang",
        "Rapat  16 Maret 2023",
        "APEL PAGI 25 Januari 2021 Selanjutnya",
    ],
)
def test_not_a_headline_with_its_date(line: str) -> None:
    assert title_date(line) is None


def _headed(stamp_line: str) -> str:
    return doc(
        "Jembatan Gantung Desa Sukamaju Diperbaiki Warga",
        stamp_line,
        f"Lembah Hijau - {P1}",
        P2,
        P3,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Kamis, 12 Juni 2025 | Masuk | Daftar",
        "Kamis, 12 Juni 2025 - 08:00 WIB | Cerah Berawan 29°",
    ],
)
def test_site_words_after_a_date_mark_a_clock(line: str) -> None:
    c = _dates(_headed(line))["2025-06-12"]
    assert c.features.get("words-after-stamp") == 1.0


@pytest.mark.parametrize(
    "line",
    [
        "Kamis, 12 Juni 2025",
        "Kamis, 12 Juni 2025 | 14:35 WITA",
        "Kamis, 12 Juni 2025 14:35 WIB | Dibaca 311 kali",
        "Kamis, 12 Juni 2025 | Penulis: Rina Kusuma",
        "Kamis, 12 Juni 2025 | Diperbarui: Jumat, 13 Juni 2025",
    ],
)
def test_a_story_stamp_s_own_company_is_no_site_words(line: str) -> None:
    c = _dates(_headed(line))["2025-06-12"]
    assert "words-after-stamp" not in c.features


def test_a_stamp_s_distance_from_the_lead_counts_printed_lines() -> None:
    lines = [
        "Jembatan Gantung Desa Sukamaju Diperbaiki Warga",
        "Kamis, 12 Juni 2025 | 14:35 WITA",
        "Penulis: Rina Kusuma",
        "Editor: Dedi Hartono",
        f"Lembah Hijau - {P1}",
        P2,
        P3,
    ]
    single = _dates(doc(*lines))["2025-06-12"].features
    double = _dates("\n\n".join(lines))["2025-06-12"].features
    assert single.get("near6") == 1.0
    for key in ("near2", "near6", "dist"):
        assert double.get(key) == single.get(key), key


@pytest.mark.parametrize(
    ("line", "only"),
    [
        ("Jumat, 5 Juli 2024 09:20 WIT | 318 kali dibaca", True),
        ("Jumat, 5 Juli 2024 09:20 WIT", True),
        ("Jumat, 5 Juli 2024 09:20 WIT | Hari ini di kota kita cerah berawan", False),
    ],
)
def test_a_stamp_with_the_page_s_view_count_is_a_stamp_line(line: str, only: bool) -> None:
    # the view count after the stamp is the page's metadata, not words around a date
    text = doc("Admin", line, f"Jayapura - {P1} Kamis (4/7/2024).", P2, P3)
    c = _dates(text)["2024-07-05"]
    assert (c.features.get("stamp-only") == 1.0) is only


def test_a_run_of_one_word_choices_under_the_story_is_not_its_close() -> None:
    # a reader-reaction widget: the initials closing the story are still its credit,
    # and a one-word credit right under the story is kept (the run's first line)
    moods = ("Senang", "Sedih", "Marah", "Bangga")
    initials = read(doc(f"Kupang - {P1}", P2, f"{P3} (rk)", *moods)).candidates["authors"]
    assert [c.value for c in initials] == ["rk"]
    unit = read(doc(f"Kupang - {P1}", P2, P3, "Diskominfo", *moods)).candidates["authors"]
    assert [c.value for c in unit] == ["Diskominfo"]


def test_a_stamp_printed_last_is_proposed_under_a_site_clock_too() -> None:
    # the clock above is found first; the stamp closing the story stays a candidate
    # for the scorer to weigh, not the readers' pick
    text = "Rabu, 17 Maret 2027 | Masuk | Daftar\n" + BODY_FIRST_STAMP_LAST
    c = _dates(text)["2020-11-30"]
    assert c.rule == "closing-stamp"
    assert "readers-pick" not in c.features


def test_a_name_under_a_ticker_is_no_byline() -> None:
    # a name line over a stamp is a byline only under the page's headline; a ticker
    # (a link to another story) is none, so the widget's word stays out
    text = doc(
        "BREAKING NEWS: Jembatan Desa Sukamaju Ambrol Diterjang Banjir 09:03",
        "Notifikasi",
        "Senin, 2 Desember 2024 | 10:00 WIB",
        f"Lembah Hijau - {P1}",
        P2,
    )
    assert [c.value for c in read(text).candidates["authors"]] == []
