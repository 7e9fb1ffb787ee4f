"""Whole pages in the layouts of LAYOUTS.md, written in our own words."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sample_text import BLOG_DATE_HEADER, BODY_FIRST_STAMP_LAST, P1, P2, P3, doc

from catalog.extract import extract
from catalog.extract.bylines import parse_credit

CASES: list[tuple[str, str, dict[str, object]]] = [
    (
        "header-credit-line",
        doc(
            "Berita Kota",
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Penulis: Hendra Wijaya | Editor: Lilis Suryani",
            f"BANJARMASINPOST.CO.ID, MARTAPURA - {P1} Rabu (5/3/2025).",
            P2,
            P3,
        ),
        {
            "title": "Taman Baca Baru Dibuka di Pasar Lama",
            "authors": ("Hendra Wijaya",),
            "editors": ("Lilis Suryani",),
            "source": "BANJARMASINPOST.CO.ID",
            "dateline": "MARTAPURA",
            "published_date": dt.date(2025, 3, 5),
        },
    ),
    (
        "name-then-stamp",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Fitri Handayani ",
            "29/9/2025 15:32",
            "Taman Baca Baru Dibuka di Pasar Lama",
            P1,
            P2,
            "Editor : Yusuf Maulana",
        ),
        {
            "title": "Taman Baca Baru Dibuka di Pasar Lama",
            "authors": ("Fitri Handayani",),
            "published_date": dt.date(2025, 9, 29),
            "published_time": dt.time(15, 32),
            "timezone": None,
            "editors": ("Yusuf Maulana",),
        },
    ),
    (
        "admin-stamp-views",
        doc(
            "Informasi › Berita",
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Admin",
            "Kamis, 18 Februari 2016 01:00 WITA | 842 kali dibaca",
            P1,
            P2,
        ),
        {
            "authors": ("Admin",),
            "published_date": dt.date(2016, 2, 18),
            "published_time": dt.time(1, 0),
            "timezone": "WITA",
            "views": 842,
        },
    ),
    (
        "pipe-admin-views",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Admin dinkominfo | 29 April 2024 | 67 kali",
            P1,
            P2,
        ),
        {"authors": ("Admin dinkominfo",), "published_date": dt.date(2024, 4, 29), "views": 67},
    ),
    (
        "bulleted-12h",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "• dewi • 11 Oktober 2021 • 5:03pm • Berita • 221 kali dilihat",
            P1,
        ),
        {
            "authors": ("dewi",),
            "published_date": dt.date(2021, 10, 11),
            "published_time": dt.time(17, 3),
            "views": 221,
        },
    ),
    (
        "footer-pewarta-editor",
        doc(
            f"Kupang (ANTARA) - {P1}",
            P2,
            P3,
            "Pewarta: Siti Rahma",
            "Editor : Joko Susilo",
        ),
        {
            "authors": ("Siti Rahma",),
            "editors": ("Joko Susilo",),
            "source": "ANTARA",
            "dateline": "Kupang",
            "published_date": None,
        },
    ),
    (
        "trailing-initials-only",
        doc(f"Jatim Newsroom – {P1} Jumat (8/12/2023).", P2, f"{P3} (abc)"),
        {
            "authors": ("abc",),
            "source": "Jatim Newsroom",
            "dateline": None,
            "published_date": dt.date(2023, 12, 8),
        },
    ),
    (
        "initials-not-counted-when-byline",
        doc("Upload by Admin - 22 November 2021", P1, f"{P3} (dul)"),
        {"authors": ("Admin",), "published_date": dt.date(2021, 11, 22)},
    ),
    (
        # the role glued to the weekday, a space before the comma, no space after the
        # pipe; the initials closing the story are not counted beside the byline
        "role-glued-to-weekday-and-closing-initials",
        doc(
            "Warga Gotong Royong Bersihkan Saluran Air",
            "Rani Sanjaya , Jurnalis-Kamis, 12 Juni 2025 |09:15 WIB",
            f"BEKASI - {P1}",
            P2,
            f"{P3}",
            "(Hendra)",
        ),
        {
            "authors": ("Rani Sanjaya",),
            "published_date": dt.date(2025, 6, 12),
            "dateline": "BEKASI",
        },
    ),
    (
        # the headline printed twice around a tag line, opening "Word-Word": neither
        # copy is the lead, and its first word is no dateline
        "headline-printed-twice-is-no-lead",
        doc(
            "Dinkes-Kota ajak warga periksa kesehatan gratis di puskesmas",
            "id Dinkes Kota ,Puskesmas ,Kesehatan warga",
            "Dinkes-Kota ajak warga periksa kesehatan gratis di puskesmas",
            f"Kupang (ANTARA) - {P1}",
            P2,
            P3,
        ),
        {"source": "ANTARA", "dateline": "Kupang"},
    ),
    (
        # one line: date, reporter, editor and the view count straight after the
        # editor's name, no dash
        "view-count-after-the-editor-without-a-dash",
        doc(
            "Taman Kota Dibuka untuk Warga Setiap Akhir Pekan",
            "Kamis, 11 Juni 2015 Reporter: Sekar Ayu Editor: Bima Putra 2731",
            P1,
            P2,
            P3,
        ),
        {
            "authors": ("Sekar Ayu",),
            "editors": ("Bima Putra",),
            "views": 2731,
            "published_date": dt.date(2015, 6, 11),
        },
    ),
    (
        "tribun-laporan",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Editor: Bambang Irawan",
            "Tribun Medan/Rizal Effendi",
            "Laporan Wartawan Tribun Medan, Rizal Efendi",
            f"TRIBUNNEWS.COM, MEDAN - {P1}",
            P2,
            "Sumber: Tribun Medan",
        ),
        {
            "authors": ("Rizal Efendi",),
            "editors": ("Bambang Irawan",),
            "source": "TRIBUNNEWS.COM",
            "dateline": "MEDAN",
        },
    ),
    (
        "sumber-line-only",
        doc(
            "Diposting pada : 26 September 2025",
            "Kategori : Kesehatan",
            P1,
            "Sumber Berita : Harian Pagi",
        ),
        {"source": "Harian Pagi", "published_date": dt.date(2025, 9, 26), "title": None},
    ),
    (
        "event-time-in-body-is-not-stamp",
        doc(
            f"AMLAPURA - {P1}",
            "Pada hari Rabu (20/9/2017) pukul 00.00 hingga 12.00 Wita gempa terjadi.",
            P3,
        ),
        {"published_time": None, "timezone": None, "dateline": "AMLAPURA"},
    ),
    (
        "lead-date-without-year-is-null",
        doc(f"Jakarta (ANTARA) - {P1} Senin (21/8).", P2),
        {"published_date": None},
    ),
    (
        "date-token-glued-to-headline",
        doc(
            " date 2023-09-20 Harga Cabai Naik Lagi di Pasar Induk",
            f"JAKARTA - {P1}",
            "Selasa, 19 September 2023 ia meninjau.",
        ),
        {"published_date": dt.date(2023, 9, 20), "title": "Harga Cabai Naik Lagi di Pasar Induk"},
    ),
    (
        # The lead's date contradicts the header's month, and a later paragraph's
        # date never counts (corpus rule): no date.
        "year-month-token-rejects-contradicting-lead-date",
        doc(
            " date 2021-11 Laporan Reporter POS-KUPANG.COM, Maria Goreti",
            f"POS-KUPANG.COM, ENDE-Koran itu berulang tahun, Rabu 1 Desember 2020. {P1}",
            P2,
            f"“Selamat ulang tahun,” ujarnya kepada wartawan, Selasa 30 November 2021. {P3}",
        ),
        {"published_date": None, "authors": ("Maria Goreti",)},
    ),
    (
        "rep-red",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Rep: Fajar Nugroho Red: Dewi Kartika",
            f"REPUBLIKA.CO.ID, BOGOR -- {P1}",
        ),
        {"authors": ("Fajar Nugroho",), "editors": ("Dewi Kartika",), "source": "REPUBLIKA.CO.ID"},
    ),
    (
        "english-stamp",
        doc("Taman Baca Baru Dibuka di Pasar Lama", "Friday, March 15, 2024", P1),
        {"published_date": dt.date(2024, 3, 15)},
    ),
    (
        "name-dash-stamp-no-zone",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Ayu Lestari - Selasa, 27 Agustus 2019 | 16:05",
            P1,
        ),
        {
            "authors": ("Ayu Lestari",),
            "published_date": dt.date(2019, 8, 27),
            "published_time": dt.time(16, 5),
            "timezone": None,
        },
    ),
    (
        # the same header stamp with a related-stories block under the story: the
        # teasers' stamps must not make the story's own stamp doubtful
        "name-dash-stamp-related-below",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Ayu Lestari - Selasa, 27 Agustus 2019 | 16:05",
            P1,
            "",
            "Artikel Lainnya",
            "Jalan Lingkar Timur Mulai Diaspal Pekan Depan",
            "Rina Marlina | Senin, 03 April 2017 - 09.14 WIB | 1204 kali dibaca",
            "Pedagang Pasar Ikan Pindah ke Los Baru",
            "Budi Santoso | 14 Mei 2018, 13:40 WIB | Dibaca 8.310 kali",
        ),
        {
            "authors": ("Ayu Lestari",),
            "published_date": dt.date(2019, 8, 27),
            "published_time": dt.time(16, 5),
        },
    ),
    (
        "sidebar-only-loses-to-plain",
        doc(
            "- Oleh Tim Humas Kota",
            "- Rabu, 9 Oktober 2024 | 15:22 WIB",
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Fitri Handayani",
            "Kamis, 19 September 2024 | 10:00 WIB",
            "Ilustrasi taman baca (dok Humas Kota)",
            P1,
        ),
        {"authors": ("Fitri Handayani",), "published_date": dt.date(2024, 9, 19)},
    ),
    (
        "dateline-with-date",
        doc(f"Bogor, 3 Maret 2025 — {P1}", P2),
        # the date in the dateline is not read (no labelled page dates its story there)
        {"dateline": "Bogor", "source": None},
    ),
    (
        "email-only-credit",
        doc(f"Bogor - {P1}", P2, "rina.kusuma@kabarkota.id"),
        {"authors": ("rina.kusuma@kabarkota.id",)},
    ),
    (
        "short-headline-above-stamp-is-not-a-name",
        doc("Harga Cabai Naik", "Senin, 6 Mei 2024 | 10:00 WIB", P1, P2),
        {"authors": (), "title": "Harga Cabai Naik", "published_date": dt.date(2024, 5, 6)},
    ),
    (
        "deck-is-not-the-title",
        doc(
            "Nikmati berita interaktif hanya di aplikasi kami",
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Warga yang tinggal di sekitar pasar menyambut gembira taman baru itu.",
            "Editor: Bambang Irawan",
            f"TRIBUNNEWS.COM, MEDAN - {P1}",
        ),
        {"title": "Taman Baca Baru Dibuka di Pasar Lama", "editors": ("Bambang Irawan",)},
    ),
    (
        "photo-source-is-not-the-outlet",
        doc(f"Bogor - {P1}", P2, "Sumber foto: dok. pribadi", "Sumber: Istimewa"),
        {"source": None},
    ),
    (
        "name-dash-outlet-above-stamp",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Agus Salim - detikNews",
            "Senin, 6 Mei 2024 10:00 WIB",
            P1,
        ),
        {"authors": ("Agus Salim",), "published_time": dt.time(10, 0)},
    ),
    (
        "name-role-dot-stamp",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Rani Sanjaya, Jurnalis · Senin 19 Februari 2018 10:00 WIB",
            P1,
        ),
        {"authors": ("Rani Sanjaya",), "published_date": dt.date(2018, 2, 19), "timezone": "WIB"},
    ),
    (
        "site-name-above-headline",
        doc(
            "Pemerintah Kabupaten Lembah Hijau",
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Admin",
            "Kamis, 18 Februari 2016 01:00 WITA | 842 kali dibaca",
            P1,
        ),
        {"title": "Taman Baca Baru Dibuka di Pasar Lama", "authors": ("Admin",)},
    ),
    (
        "single-word-brand-repeats-on-teaser",
        doc(f"Kabarloka – {P1}", P2, "Berita terkait", "Jalan Desa Diperbaiki", f"Kabarloka— {P3}"),
        {"source": "Kabarloka", "dateline": None},
    ),
    (
        "single-word-place-named-in-text",
        doc(f"Mempura – {P1} Bupati Mempura hadir.", P2),
        {"source": None, "dateline": "Mempura"},
    ),
    (
        # a lone word opening the lead is read as its place whether or not a list of
        # places holds it (robustness benchmark: dateline-unknown-place)
        "single-word-unknown-place-is-read",
        doc(f"Lorosae – {P1}", P2),
        {"source": None, "dateline": "Lorosae"},
    ),
    (
        "stacked-labels",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Reporter",
            "Rina Kusuma",
            "Editor",
            "Bambang Irawan",
            "Senin, 6 Mei 2024 14:30 WIB",
            f"TEMPO.CO, Bogor - {P1}",
        ),
        {"authors": ("Rina Kusuma",), "editors": ("Bambang Irawan",)},
    ),
    (
        "posted-by-on-date-and-initials-line",
        doc("Taman Baca Baru Dibuka di Pasar Lama", "Diposting oleh Admin pada 6 Mei 2024", P1, P2),
        {"authors": ("Admin",), "published_date": dt.date(2024, 5, 6)},
    ),
    (
        "initials-alone-on-last-line",
        doc(f"Bogor - {P1}", P2, "(humas/rk)"),
        {"authors": ("humas/rk",)},
    ),
    (
        "updated-stamp-loses",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Diterbitkan: Senin, 6 Mei 2024 10:00 WIB",
            "Diperbarui: Selasa, 7 Mei 2024 08:15 WIB",
            P1,
        ),
        {"published_date": dt.date(2024, 5, 6), "published_time": dt.time(10, 0)},
    ),
    (
        "antara-header-stamp-footer-credits",
        doc(
            "Taman baca baru dibuka di pasar lama",
            "Senin, 6 Mei 2024 14:30 WIB",
            f"Bogor (ANTARA) - {P1}",
            P2,
            "Pewarta: Rina Kusuma",
            "Editor: Bambang Irawan",
            "COPYRIGHT © ANTARA 2024",
        ),
        {
            "title": "Taman baca baru dibuka di pasar lama",
            "authors": ("Rina Kusuma",),
            "editors": ("Bambang Irawan",),
            "published_date": dt.date(2024, 5, 6),
            "published_time": dt.time(14, 30),
            "timezone": "WIB",
            "source": "ANTARA",
            "dateline": "Bogor",
        },
    ),
    (
        "portal-posted-by-views",
        doc(
            "Beranda",
            "Berita",
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Diposting oleh Admin pada 6 Mei 2024",
            "Dilihat 1.234 kali",
            P1,
            P2,
        ),
        {"authors": ("Admin",), "published_date": dt.date(2024, 5, 6), "views": 1234},
    ),
    (
        "oleh-upper-next-line",
        doc("Menimbang Ulang Subsidi Pupuk", "Oleh", "SURYADI", P1, P2),
        {"title": "Menimbang Ulang Subsidi Pupuk", "authors": ("SURYADI",)},
    ),
    (
        "site-name-breadcrumb-headline-bulleted-byline",
        doc(
            "Dinas Pertanian Kabupaten Lembah Hijau",
            "Beranda / Berita / Pertanian",
            "Petani Muda Belajar Menanam Padi Organik",
            "• dimas_arya • 3 Maret 2023 • 9:15am • Berita • 88 kali dilihat",
            P1,
            P2,
        ),
        {"title": "Petani Muda Belajar Menanam Padi Organik", "authors": ("dimas_arya",)},
    ),
    (
        "site-name-site-clock-section-headline-byline",
        doc(
            "Kabar Lembah Hijau",
            "Senin, 6 November 2023",
            "Ekonomi",
            "Koperasi Nelayan Buka Gerai Ikan Segar di Pasar Kota",
            "By Rina Kartika - Jumat, 3 November 2023 | 14:20 WIB",
            P1,
            P2,
        ),
        {
            "title": "Koperasi Nelayan Buka Gerai Ikan Segar di Pasar Kota",
            "authors": ("Rina Kartika",),
            "published_date": dt.date(2023, 11, 3),
        },
    ),
    (
        "kicker-headline-deck-credit-line",
        doc(
            "Berita Daerah",
            "Festival Layang-Layang Ramaikan Pantai Selatan",
            "Ratusan layang-layang raksasa buatan warga memenuhi langit pantai sepanjang akhir pekan",
            "Penulis: Nur Aini | Editor: Bagas Wicaksono",
            P1,
            P2,
        ),
        {
            "title": "Festival Layang-Layang Ramaikan Pantai Selatan",
            "authors": ("Nur Aini",),
            "editors": ("Bagas Wicaksono",),
        },
    ),
]


CASES += [
    (
        # the stamp's day and month on one line, its clock and year on the next; a
        # rubric over the headline is no byline for the stamp under the headline
        "split-stamp-under-a-rubric",
        doc(
            "Portal Berita Lembah",
            "LIPUTAN KHUSUS",
            "Relawan Radio Desa Siaga Semalam di Posko Banjir",
            "14 March",
            "21:05 2021",
            "Kupang : Relawan radio desa bergantian berjaga di posko banjir sepanjang malam "
            "agar kabar dari kampung yang terendam cepat sampai ke petugas.",
            P2,
            P3,
        ),
        {
            "title": "Relawan Radio Desa Siaga Semalam di Posko Banjir",
            "authors": (),
            "published_date": dt.date(2021, 3, 14),
            "published_time": dt.time(21, 5),
        },
    ),
    (
        "dateline-alone-then-dated-lead",
        doc(
            "Lembah Hijau, Diskominfo",
            "Penjabat Bupati meninjau pemungutan suara di sejumlah tempat pemungutan suara. "
            "Peninjauan itu berlangsung Rabu, 27 November 2024 di tiga kecamatan sekaligus.",
            P2,
            P3,
        ),
        {"published_date": dt.date(2024, 11, 27)},
    ),
    (
        "blog-date-header-over-headline",
        BLOG_DATE_HEADER,
        {
            "title": "Koperasi Nelayan Buka Gerai Ikan Segar",
            "published_date": dt.date(2020, 10, 24),
        },
    ),
    (
        "headline-with-its-date-and-a-dated-dateline",
        doc(
            "Panen Raya Padi di Desa Sukamaju  08 Juli 2023  ← Back",
            "",
            f"Lembah Hijau, 6 Juli 2023 --- {P1}",
            P2,
            P3,
        ),
        {"published_date": dt.date(2023, 7, 8)},
    ),
    (
        # a city portal glues its desk's name to the stamp, no separator between
        "desk-name-glued-to-its-stamp",
        doc(
            "Apel Pagi di Halaman Kantor Wali Kota",
            "",
            "Diskominfo Kota Lestari Selasa, 14 Oktober 2025 07:45:00 2 menit",
            "",
            f"Kota Lestari - {P1}",
            P2,
            P3,
        ),
        {
            "authors": ("Diskominfo Kota Lestari",),
            "published_date": dt.date(2025, 10, 14),
            "published_time": dt.time(7, 45),
        },
    ),
    (
        # the court's portal: "Name - Role Outlet" and a machine date with seconds
        "name-and-role-glued-to-a-machine-stamp",
        doc(
            "Pengadilan Negeri Gelar Sidang Keliling di Kecamatan Terpencil",
            "",
            "Rina Wulandari - Kontributor Warta Peradilan 2025-02-18 09:30:12",
            "",
            f"Lembah Hijau- {P1}",
            P2,
            P3,
        ),
        {
            "authors": ("Rina Wulandari",),
            "published_date": dt.date(2025, 2, 18),
            "published_time": dt.time(9, 30),
        },
    ),
    (
        # an English-language page: the day for readers, then for machines
        "english-stamp-with-its-machine-form-after-it",
        doc(
            "Villagers Replant Mangroves Along the Coast",
            "",
            "The Island Herald",
            "Tue, April 8, 2025 Posted on Apr. 8, 2025 Posted on 2025-04-08T06:15:00+07:00",
            "",
            "Hundreds of villagers planted mangrove seedlings along the northern coast on "
            "Monday, hoping to slow the erosion that has swallowed their fish ponds.",
            "The district fisheries office supplied twelve thousand seedlings for the day.",
            "Officials said a second planting would follow before the rainy season ends.",
        ),
        {"published_date": dt.date(2025, 4, 8)},
    ),
    (
        "body-first-headline-and-stamp-last",
        BODY_FIRST_STAMP_LAST,
        {
            "published_date": dt.date(2020, 11, 30),
            "published_time": dt.time(0, 0),
            "timezone": "WIB",
        },
    ),
]


# Layouts the fitted scorer does not yet read as these tests want, each with the
# reason measured. strict: a case that starts passing must leave this list.
KNOWN_MISSES: dict[str, str] = {}


def _cases_of(cases: list[Any], names_missed: dict[str, str]) -> list[object]:
    return [
        pytest.param(*c, id=c[0], marks=pytest.mark.xfail(strict=True, reason=names_missed[c[0]]))
        if c[0] in names_missed
        else pytest.param(*c, id=c[0])
        for c in cases
    ]


def _cases(names_missed: dict[str, str]) -> list[object]:
    return _cases_of(CASES, names_missed)


def _reads_as(name: str, text: str, want: dict[str, object]) -> None:
    """The page is an article and every field ``want`` names is as it says."""
    e = extract(text)
    assert e.kind == "article"
    for key, value in want.items():
        assert getattr(e, key) == value, f"{name}: {key}"


@pytest.mark.parametrize(("name", "text", "want"), _cases(KNOWN_MISSES))
def test_layouts(name: str, text: str, want: dict[str, object]) -> None:
    _reads_as(name, text, want)


def test_empty_and_blank() -> None:
    assert extract("").kind == "other"
    assert extract("\n\n   \n").authors == ()


def test_rejected_candidates_are_evidence() -> None:
    e = extract(
        doc(
            "Upload by Admin - 22 November 2021",
            f"Bogor - {P1} Senin (21/11/2021).",
            f"{P3} (dul)",
        )
    )
    seen = {(ev.field, ev.value, ev.rule.split(";")[0]) for ev in e.evidence}
    assert ("authors", "dul", "trailing-initials:rejected-byline-exists") in seen
    assert ("published_date", "2021-11-21", "lead-date:rejected-header-stamp-wins") in seen
    assert ("published_date", "2021-11-22", "header-stamp") in seen
    assert e.authors == ("Admin",)


def test_header_stamp_beats_the_lead() -> None:
    e = extract(
        doc(
            "Upload by Admin - 22 November 2021",
            f"Bogor - {P1} Senin (21/11/2021).",
            f"{P3} (dul)",
        )
    )
    assert e.published_date == dt.date(2021, 11, 22)


# A "popular stories" block above the story: numbered teasers, each with its stamp or
# byline under it. The invariance below is held for these placements only, the ones
# the extractor is known to read as furniture; the block's own lines are the same in all.
_TEASERS = (
    "1. Jalan Desa Diperbaiki Sebelum Lebaran",
    "Senin, 1 Januari 2024 | 10:00 WIB",
    "2. Pasar Murah Digelar di Alun-alun",
    "Oleh Budi Santoso",
    "Selasa, 2 Januari 2024",
)
SIDEBARS = {
    "heading-teasers-blank": doc("Berita Terpopuler", *_TEASERS, ""),
    "heading-teasers": doc("Berita Terpopuler", *_TEASERS),
    "teasers-blank": doc(*_TEASERS, ""),
    "other-heading": doc("Baca Juga", *_TEASERS, ""),
}
SIDEBAR_BEFORE = SIDEBARS["heading-teasers-blank"]
# Placements the invariance does NOT hold for yet (the extraction rebuild's to take on):
# teasers without their numbers, and a teaser whose date comes before its byline.
UNCOVERED_SIDEBARS = {
    "unnumbered-teasers": doc("Berita Terpopuler", *(t.split(". ", 1)[-1] for t in _TEASERS), ""),
    "date-before-byline": doc("Berita Terpopuler", *_TEASERS[:3], _TEASERS[4], _TEASERS[3], ""),
}
_COMPARED = (
    "title",
    "authors",
    "editors",
    "published_date",
    "published_time",
    "source",
    "dateline",
    "views",
)


def _changed_by(sidebar: str, text: str) -> list[str]:
    """The fields a sidebar block put above ``text`` changes."""
    plain, shifted = extract(text), extract(sidebar + "\n" + text)
    return [key for key in _COMPARED if getattr(shifted, key) != getattr(plain, key)]


# Cases read right bare whose value sits at its field's cut-off, with the measured
# reason: any block above moves it across, so they have no reading to keep yet.
AT_THE_CUT_OFF = {
    "updated-stamp-loses": "its header stamp scores 0.601 against the shipped date cut-off "
    "0.60 (refit of 2026-12-06, session 11); a sidebar block above moves it under",
}


@pytest.mark.parametrize("placement", SIDEBARS)
# a case the scorer does not read right yet has no right reading to keep
@pytest.mark.parametrize(
    "name", [c[0] for c in CASES if c[0] not in KNOWN_MISSES and c[0] not in AT_THE_CUT_OFF]
)
def test_sidebar_block_before_the_story_changes_nothing(name: str, placement: str) -> None:
    text = next(c[1] for c in CASES if c[0] == name)
    assert _changed_by(SIDEBARS[placement], text) == [], f"{name} under {placement}"


@pytest.mark.xfail(
    strict=True,
    reason="not covered yet: these placements change fields of some cases (see UNCOVERED_SIDEBARS)",
)
@pytest.mark.parametrize("placement", UNCOVERED_SIDEBARS)
def test_uncovered_sidebar_placements_change_nothing(placement: str) -> None:
    changed = {
        c[0]: keys for c in CASES if (keys := _changed_by(UNCOVERED_SIDEBARS[placement], c[1]))
    }
    assert changed == {}


def test_sidebar_block_is_rejected_evidence() -> None:
    e = extract(SIDEBAR_BEFORE + "\n" + doc(f"Bogor - {P1}", P2))
    assert e.authors == () and e.published_date is None
    rejected = {(ev.field, ev.value) for ev in e.evidence if not ev.chosen}
    assert ("authors", "Budi Santoso") in rejected
    assert ("published_date", "2024-01-02") in rejected
    # the fields left empty say why on their strongest candidate; every row keeps
    # the probability the scorer gave it
    for name in ("authors", "published_date"):
        rows = [ev for ev in e.evidence if ev.field == name]
        assert sum("none chosen" in ev.rule for ev in rows) == 1
        assert all(ev.confidence < 0.5 for ev in rows)


@pytest.mark.xfail(
    strict=True,
    reason="a bare date above the headline is a site clock on some labelled pages and a "
    "blog's date header on others; the scorer takes it",
)
def test_site_clock_above_the_headline_is_not_the_date() -> None:
    text = doc(
        "Kamis, 26 November 2026", "Taman Baca Baru Dibuka di Pasar Lama", f"Bogor - {P1}", P2
    )
    e = extract(text)
    assert e.published_date is None
    assert any(ev.rule == "site-clock:rejected" for ev in e.evidence)


def test_date_with_counter_above_the_headline_is_the_date() -> None:
    e = extract(
        doc("FAQ / Tautan / Peta Situs", "18 05-2022", "", "728", "Taman Baca Baru Dibuka", P1)
    )
    assert e.published_date == dt.date(2022, 5, 18)
    assert e.views == 728


def test_view_counts_of_a_teaser_run_are_not_proposed() -> None:
    """A "most read" block above a story with no stamp of its own: every teaser prints a
    count, the story none. No count of the run is a candidate (old: the first one was)."""
    from catalog.extract.core import read

    teasers = [
        ("Jembatan Desa Diperbaiki Warga", 412),
        ("Lomba Perahu Hias Digelar Lagi", 1_093),
        ("Pasar Murah Dibuka di Alun-alun", 87),
    ]
    shapes = [
        lambda k, count: [f"Senin, {k} Januari 2024 | 10:0{k} WIB", f"Dibaca {count} kali"],
        lambda k, count: [f"Rina Kusuma | Senin, {k} Januari 2024 | {count} kali dibaca"],
        lambda k, count: ["Oleh Budi Santoso", f"{count} kali dibaca"],
    ]
    for shape in shapes:
        block = []
        for k, (head, count) in enumerate(teasers, start=1):
            block += [head, *shape(k, count)]
        text = doc("Paling Banyak Dibaca", *block, "", f"Bogor - {P1}", P2)
        assert read(text).candidates["views"] == []
        assert extract(text).views is None
    # the same story with its own byline block: its count is proposed and chosen
    own = doc(
        "Taman Baca Dibuka di Pasar Lama",
        "Rabu, 3 Januari 2024 | 09:00 WIB",
        "Dibaca 250 kali",
        f"Bogor - {P1}",
        P2,
    )
    assert [c.value for c in read(own).candidates["views"]] == ["250"]


def test_the_story_count_is_read_when_every_stamp_is_a_teasers() -> None:
    """A story that prints its count under its headline and no stamp, below numbered
    teasers with stamps and counts: the old reader looked for a count only next to a
    stamp of the story's own, found none, and gave up."""
    block = (
        "Terkini",
        "1. Sumur Bor Baru Mengairi Sawah Warga",
        "Andi Wijaya - Kamis, 4 April 2024 - 08.20 WIB",
        "2.310 views",
        "2. Festival Layang-layang Digelar di Pantai",
        "Sari Utami - 17/05/2022 15:05",
        "Dibaca 640 kali",
    )
    own = ("Taman Baca Dibuka di Pasar Lama", "", "Dilihat 57 kali", "")
    assert extract(doc(*own, f"Bogor - {P1}", P2)).views == 57
    assert extract(doc(*block, *own, f"Bogor - {P1}", P2)).views == 57


def test_a_story_without_a_header_under_same_shaped_teasers_reads_none_of_theirs() -> None:
    """A "popular" block of unnumbered teasers, each a headline and one line with its
    writer, stamp and count, above a story that opens with its dateline. The old reader
    took the last teaser for the story's own header and proposed its headline as the
    title (chosen or not depending on the fitted cut-off); now no headline is proposed."""
    block = (
        "Berita Terpopuler",
        "Sumur Bor Baru Mengairi Sawah Warga",
        "Andi Wijaya | Kamis, 4 April 2024 | 08:20 WIB | 2.310 views",
        "Festival Layang-layang Digelar di Pantai",
        "Sari Utami | 17 Mei 2022, 15:05 WITA | 640 kali dibaca",
        "Kelas Menjahit Gratis untuk Ibu Rumah Tangga",
        "Hendra Gunawan | 2021-08-30 11:45:10 | Dilihat 995 kali",
    )
    from catalog.extract.core import read

    text = doc(*block, "", f"Bogor - {P1}", P2)
    assert read(text).candidates["title"] == []
    e = extract(text)
    assert e.title is None
    assert e.authors == () and e.published_date is None and e.views is None


def test_initials_closing_the_story_are_read_above_a_related_block() -> None:
    """ "Baca juga" teasers with their stamps under the story: the initials that close
    the story are still its last words (old: four lines up, only teasers were seen)."""
    from catalog.extract.core import read

    related = [
        "Baca juga: Jembatan Desa Diperbaiki Warga",
        "3 Jan 2024, 10:05 WIB",
        "Baca juga: Lomba Perahu Hias Digelar Lagi",
        "12/02/2023 08:40",
        "BACA JUGA: Pasar Murah Dibuka di Alun-alun",
        "Senin, 4 Maret 2024 | 19:20 WIB",
    ]
    for closing in (f"{P3} (abc)", "(humas/rk)"):
        story = doc(f"Bogor - {P1}", P2, closing)
        plain = extract(story).authors
        assert plain  # the story alone is credited
        text = story + "\n" + "\n".join(related)
        assert plain[0] in [c.value for c in read(text).candidates["authors"]]
        assert extract(text).authors == plain


def test_a_photo_caption_is_not_the_lead_and_its_label_not_a_place() -> None:
    """'Foto : ...' above the story: a caption long enough to pass for a paragraph. Its
    label was read as a one-word dateline (the synthetic corpus lost 653 of 10,000)."""
    from catalog.extract.core import read

    text = doc(
        "Taman Baca Dibuka di Pasar Lama",
        "Rabu, 3 Januari 2024 | 09:00 WIB",
        "Foto : Anak-anak membaca buku di taman baca yang baru dibuka di kawasan pasar lama. "
        "Pemerintah kota menyediakan ratusan buku cerita, buku pelajaran dan majalah anak yang "
        "boleh dibaca di tempat atau dipinjam pulang oleh warga sekitar.",
        P1,
        P2,
    )
    assert "Foto" not in [c.value for c in read(text).candidates["dateline"]]
    assert extract(text).dateline is None


def test_a_credit_closing_a_caption_is_no_author() -> None:
    # the photographer's desk and initials under a caption: photographers are not
    # the authors of an article
    e = extract(
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Kepala dinas (kiri) menyerahkan buku kepada anak-anak. Humas Kota/abc",
            P1,
            P2,
            P3,
        )
    )
    assert e.authors == ()


# Outlets and writers named in the story's own credits, each the only one on its page.
# Kept apart from CASES: their headlines are as bare as the layouts print them, and
# what they test is the source and the authors, which stay put under furniture
# (``test_perturbations.test_credits_stay_under_furniture``) where a bare headline may not.
CREDIT_CASES: list[tuple[str, str, dict[str, object]]] = [
    (
        "closing-copyright-brand-of-several-words",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Penulis: Hendra Wijaya | Senin, 3 Mei 2021 | 10:15 WIB",
            P1,
            P2,
            P3,
            "COPYRIGHT © WARTA News Lembah Hijau 2021",
        ),
        {"source": "WARTA News Lembah Hijau"},
    ),
    (
        "press-office-alone-on-the-last-line",
        # paragraphs apart, as most dumps print them
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "",
            "Senin, 3 Mei 2021 | 10:15 WIB",
            "",
            P1,
            "",
            P2,
            "",
            P3,
            "",
            "Humas Dinas Pendidikan Kota",
        ),
        {"authors": ("Humas Dinas Pendidikan Kota",)},
    ),
    (
        "desk-byline-names-the-outlet",
        doc(
            "Menimbang Ulang Subsidi Pupuk",
            "Oleh Redaksi KABARKOTA | 4 Mei 2020",
            P1,
            P2,
            "Oleh : Yohanes Kristianto",
            P3,
        ),
        {"source": "KABARKOTA"},
    ),
    (
        "outlet-alone-in-the-byline-slot",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "",
            "- kabarKota",
            "Senin, 03 Nov 2014 15:25 WIB",
            f"Jakarta - {P1}",
            P2,
            P3,
        ),
        {"source": "kabarKota", "dateline": "Jakarta"},
    ),
    (
        "photo-page-caption-with-agency-credit",
        doc(
            "Ratusan warga mengantre di pelabuhan pada Kamis (28/4/2022) pagi untuk menyeberang "
            "ke pulau seberang, sementara kendaraan mengular hingga ke jalan raya. "
            "WARTA FOTO/Dewi Lestari/abc.",
            "Komentar",
        ),
        {"authors": ("Dewi Lestari",), "source": "WARTA FOTO"},
    ),
    (
        "dateline-over-a-lead-that-names-its-day",
        doc(
            f"Sleman, Kabarkota.com – Pagi tadi, Kamis, 7 November 2019, {P1}",
            P2,
            P3,
        ),
        {
            "source": "Kabarkota.com",
            "dateline": "Sleman",
            "published_date": dt.date(2019, 11, 7),
        },
    ),
    (
        "closing-name-dash-outlet",
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "",
            "Selasa, 07 Des 2021 10:29 WIB",
            "",
            P1,
            "",
            P2,
            "",
            P3,
            "",
            "Dewi Lestari - 20KABAR",
        ),
        {"authors": ("Dewi Lestari",), "source": "20KABAR"},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), CREDIT_CASES, ids=[c[0] for c in CREDIT_CASES])
def test_credit_layouts(name: str, text: str, want: dict[str, object]) -> None:
    _reads_as(name, text, want)


def test_a_picture_credited_in_brackets_has_no_author() -> None:
    # "(Gambar oleh Name/Library)" under a picture credits the picture, not the story
    e = extract(
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "Senin, 3 Mei 2021 | 10:15 WIB",
            "Ilustrasi taman baca (Gambar oleh Sekar Ayu/Pustakafoto)",
            P1,
            P2,
            P3,
        )
    )
    assert "Sekar Ayu/Pustakafoto)" not in e.authors
    assert not any(")" in name for name in e.authors)
    assert parse_credit("Tulisan pilihan oleh Sekar Ayu") is not None
    assert parse_credit("Ilustrasi (Gambar oleh Sekar Ayu/Pustakafoto)") is None


# A headline and a shorter headline-shaped line between it and the story: the photo's
# caption (printed twice by some sites, or sentence case with its photo's source
# label under it). The headline, the longer of the two, is the title.
HEADLINE_OVER_CAPTION = [
    (
        "byline-between-headline-and-caption-printed-twice",
        doc(
            "Ratusan Kepala Desa Berkumpul di Kupang, Bahas Apa?",
            "Oleh : Rina Kusuma | Senin, 9 September 2024 - 08:15 WITA",
            "Pertemuan Kepala Desa di Aula Kantor Gubernur",
            "Pertemuan Kepala Desa di Aula Kantor Gubernur",
            f"WARTADESA.id - Kupang, {P1}",
            P2,
            P3,
        ),
        {
            "title": "Ratusan Kepala Desa Berkumpul di Kupang, Bahas Apa?",
            "authors": ("Rina Kusuma",),
        },
    ),
    (
        "sentence-case-caption-with-its-source-label",
        doc(
            "Musim Tanam Tiba, Bupati Bagikan 12 Ton Benih Padi Unggul kepada Kelompok Tani",
            "Bupati bagikan benih padi kepada kelompok tani di Desa Sukamaju",
            "Sumber :",
            f"Warta Tani – {P1}",
            P2,
            P3,
        ),
        {"title": "Musim Tanam Tiba, Bupati Bagikan 12 Ton Benih Padi Unggul kepada Kelompok Tani"},
    ),
    (
        # a deck says more than its headline: longer, yet not the title
        "headline-over-a-longer-sentence-case-deck",
        doc(
            "Berita Kendari",
            "Sumur Bor Baru Aliri 12 Kampung",
            "Pemerintah daerah membangun sumur bor dan pipa air bersih untuk warga di 12 kampung",
            "Penulis: Rina Kusuma | Editor: Bayu Pratama",
            f"WARTAKITA.ID, KENDARI - {P1}",
            P2,
            P3,
        ),
        {"title": "Sumur Bor Baru Aliri 12 Kampung", "editors": ("Bayu Pratama",)},
    ),
]


# strict: a case that starts passing must leave this list
CAPTION_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(("name", "text", "want"), _cases_of(HEADLINE_OVER_CAPTION, CAPTION_MISSES))
def test_headline_over_a_caption(name: str, text: str, want: dict[str, object]) -> None:
    _reads_as(name, text, want)


def test_a_link_to_another_story_is_never_the_title() -> None:
    # "Read Next : Headline" above the story names another story: ruled out before
    # scoring (a row with no probability), the page's own headline is the title
    e = extract(
        doc(
            "Aa Read Next : Jembatan Desa Sukamaju Ambrol Diterjang Banjir Semalam",
            "Warga kota Sambut Taman Baca Baru",
            f"Kupang - {P1}",
            P2,
            P3,
        )
    )
    assert e.kind == "article"
    assert e.title == "Warga kota Sambut Taman Baca Baru"
    (link,) = [ev for ev in e.evidence if ev.field == "title" and "Read Next" in ev.value]
    assert (link.chosen, link.confidence) == (False, 0.0)


def test_the_longest_headline_feature_skips_decks_stamps_and_links() -> None:
    # no fitted weight involved: which of the lines above the story carry the feature
    from catalog.extract.core import read

    caption = read(HEADLINE_OVER_CAPTION[0][1]).candidates["title"]
    longest = {c.value for c in caption if c.features.get("longest-headline")}
    assert longest == {"Ratusan Kepala Desa Berkumpul di Kupang, Bahas Apa?"}
    deck = read(HEADLINE_OVER_CAPTION[2][1]).candidates["title"]
    assert not any(
        c.features.get("longest-headline") for c in deck if c.value.startswith("Pemerintah")
    )
    linked = read(
        doc(
            "Aa Read Next : Jembatan Desa Sukamaju Ambrol Diterjang Banjir Semalam",
            "Taman Baca Baru Dibuka",
            "Oleh : Rina Kusuma | Senin, 9 September 2024 - 08:15 WITA",
            "Anak-anak membaca di taman",
            f"Kupang - {P1}",
            P2,
        )
    ).candidates["title"]
    assert not any(c.features.get("longest-headline") for c in linked if "Read Next" in c.value)


def test_the_default_kind_keeps_its_line_number_without_the_line() -> None:
    # an article because no line said otherwise: no line decided it, so its evidence row
    # carries no line text (the lead's line is in the dateline and source rows already)
    article = extract(doc("Taman Baca Baru Dibuka", f"Kupang, WARTA.id - {P1}", P2, P3))
    (kind,) = [ev for ev in article.evidence if ev.field == "kind"]
    assert (kind.value, kind.rule, kind.raw) == ("article", "article:default", "")
    assert kind.line_no == 2
    # a listing's marker is the line that gave the reason: kept
    listing = extract(
        doc(
            "Warga Sambut Taman Baca Baru",
            f"{P1} Baca selengkapnya",
            "Pasar Lama Ditata Ulang",
            f"{P2} Baca selengkapnya",
            "Air Bersih untuk Tiga Desa",
            f"{P3} Baca selengkapnya",
        )
    )
    (kind,) = [ev for ev in listing.evidence if ev.field == "kind"]
    assert kind.value == "listing" and kind.raw


@pytest.mark.parametrize(
    "footer",
    [
        # links, an address, a telephone, then the copyright
        [
            "Redaksi | Iklan | Kebijakan Privasi | Kontak",
            "Jalan Melati Raya No. 12, Kota Lestari",
            "Telepon (0274) 556-1200",
            "© 2025 Kabar Lestari",
        ],
        # the copyright first, its links under it
        ["Copyright © 2025 Kabar Lestari", "Redaksi | Iklan | Kontak | Karir"],
    ],
)
def test_a_stamp_printed_last_stays_the_date_over_the_site_footer(footer: list[str]) -> None:
    bare = extract(BODY_FIRST_STAMP_LAST)
    footed = extract("\n".join([BODY_FIRST_STAMP_LAST, "", *footer]))
    assert bare.published_date == dt.date(2020, 11, 30)
    assert (footed.published_date, footed.published_time) == (
        bare.published_date,
        bare.published_time,
    )


@pytest.mark.parametrize("last", ["(humas/rk)", "(Z017)", "Rina Kusuma - KABARKOTA"])
def test_a_credit_closing_the_story_is_not_taken_into_the_footer(last: str) -> None:
    text = doc(f"Bogor - {P1}", P2, last, "", "© 2025 Kabar Lestari | Kontak | Iklan")
    bare = doc(f"Bogor - {P1}", P2, last)
    assert extract(text).authors == extract(bare).authors != ()


@pytest.mark.parametrize(
    "head",
    [
        "Harga Beras Naik Lagi Senin, 6 Mei 2024 10:00 WIB",
        "Harga Naik Lagi 2024-05-06 10:00:00",
    ],
)
@pytest.mark.parametrize("above", [(), ("Pasar Lama Ramai Menjelang Lebaran", "")])
def test_a_headline_glued_to_its_stamp_gives_the_date_and_no_author(
    head: str, above: tuple[str, ...]
) -> None:
    got = extract(doc(*above, head, "", f"Bogor - {P1}", P2, P3))
    assert got.published_date == dt.date(2024, 5, 6)
    # a glued credit is read only right under a headline and in up to three words;
    # under a headline, three words glued to a stamp ("Harga Naik Lagi") read as a
    # desk's name: the layout cannot tell them apart
    if not above or len(head.split()) > 7:
        assert got.authors == ()


def test_a_share_row_under_the_story_keeps_its_closing_initials() -> None:
    text = doc(f"Bogor - {P1}", P2, P3 + " (rin/adi)")
    shared = text + "\nBagikan berita ini:\nFacebook WhatsApp Twitter\n14 kali dibagikan"
    assert extract(text).authors == extract(shared).authors == ("rin/adi",)
    assert extract(shared).views is None


def test_a_place_alone_over_the_stamp_is_the_dateline_not_a_writer() -> None:
    text = doc(
        "Nelayan Tanam Mangrove di Pesisir Utara",
        "",
        "Laporan khusus tim redaksi untuk edisi akhir pekan yang panjang sekali",
        "Makassar",
        "Sat, May 3, 2025",
        "",
        P1,
        P2,
    )
    assert extract(text).authors == ()


@pytest.mark.parametrize("rank", ["²", "³", "٣"])
def test_a_rank_in_another_script_s_digits_is_read_not_an_error(rank: str) -> None:
    got = extract(f"{rank}\nWarga Desa Tanam Seribu Pohon\nOleh Sari Wulandari\n{P1}\n{P2}")
    assert not any(e.rule.startswith("error:") for e in got.evidence)


def test_a_headline_alone_over_its_longer_deck_is_the_title() -> None:
    text = doc(
        "Sumur Bor Baru Aliri Dua Belas Kampung di Pesisir",
        "Pemerintah daerah membangun sumur bor dan pipa air bersih untuk warga di dua belas kampung",
        "Penulis: Rina Kusuma | Editor: Bayu Pratama",
        "WARTAKITA.ID, KENDARI - Dua belas kampung di pesisir kini mendapat air bersih dari "
        "sumur bor yang dibangun pemerintah daerah sejak awal tahun, kata kepala dinas.",
        P2,
        P3,
    )
    headline = "Sumur Bor Baru Aliri Dua Belas Kampung di Pesisir"
    from catalog.extract.core import read

    marked = [c for c in read(text).candidates["title"] if "longest-headline" in c.features]
    assert {c.value for c in marked} == {headline}
    assert extract(text).title == headline


def test_a_widget_line_over_a_sentence_case_headline_is_not_its_headline() -> None:
    # the sentence-case headline reads as a deck under the widget's Title Case line:
    # the widget names nothing of the story, so it is not taken as the longest headline
    from catalog.extract.core import read

    # (a weather widget, "Lembah 29°C Cerah", is a menu line and no candidate at all)
    text = doc(
        "Lembah Hijau Bangkit Bersama",
        "",
        "Taman baca baru dibuka di pasar lama",
        "Senin, 6 Mei 2024 14:30 WIB",
        f"Bogor (ANTARA) - {P1}",
        P2,
    )
    widget = [
        c for c in read(text).candidates["title"] if c.value == "Lembah Hijau Bangkit Bersama"
    ]
    assert widget and all("longest-headline" not in c.features for c in widget)
