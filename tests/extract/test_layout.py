"""Line roles: prose, headlines, captions, menus, sidebars, listing markers."""

from __future__ import annotations

import pytest

from catalog.extract import layout
from catalog.extract.page import split_lines

PROSE = (
    "Dinas Pekerjaan Umum Kota Bogor memperbaiki jalan berlubang di kawasan Pasar Anyar "
    "setelah warga mengeluhkan genangan air."
)


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        (PROSE, True),
        ("Dua Orang Ditangkap Usai Mencuri Motor di Parkiran Pasar", False),
        (
            "Kepala Dinas Komunikasi dan Informatika Provinsi Jawa Barat, Budi Santoso, membuka "
            "Pelatihan Humas Pemerintah Daerah di Bandung.",
            True,
        ),
        ("Harga naik.", False),
    ],
)
def test_is_prose(line: str, prose: bool) -> None:
    assert layout.is_prose(line) is prose


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Dua Orang Ditangkap Usai Mencuri Motor di Parkiran Pasar", True),
        ("Walikota Resmikan Taman Baca di Pasar Lama.", True),
        ("Siaran Pers No. 15/HM/KOMINFO/3/2011", True),
        ("“Kami Siap Hadapi Banjir,” Kata Bupati Lembah Hijau", True),
        ("[HOAKS] Video Jembatan Runtuh di Kota Lama", True),
        ("Informasi › Berita", False),
        ("Kategori : Kesehatan", False),
        ("- Bupati Resmikan Jembatan Desa", False),
        ("Baca Juga: Harga Cabai Naik Lagi", False),
        ("Kepala dinas meninjau lokasi banjir di desa pada pagi hari (dok Humas Kota)", False),
        ("Tribun Medan/Rizal Effendi", False),
        ("1. Polres Bogor sebanyak 4 kasus;", False),
        ("Facebook", False),
        ("Pemerintah Kabupaten Lembah Hijau", False),
        ("Pemerintah Kabupaten Lembah Hijau Raih Penghargaan Keterbukaan", True),
        ("Selamat Datang di Portal Kota Lama", False),
        # breadcrumb trails of three or more steps, whatever the arrow
        ("Depan > Kabar Daerah > Pendidikan Anak", False),
        ("Beranda » Berita Kota » Pemerintahan Desa", False),
        ("Harga Cabai > Rp 80 Ribu, Warga Mengeluh di Pasar", True),
        (PROSE + " " + PROSE, False),
        # a site's widgets: rows of numbers, a timetable, a date bar in another calendar
        ("Subuh 04:21 Dzuhur 11:48 Ashar 15:09 Maghrib 17:57 Isya 19:08", False),
        ("Kota Lama: Subuh 04:21 Dzuhur 11:48 Ashar 15:09 Maghrib 17:57 Isya 19:08", False),
        ("IHSG 7.102,35 +0,42% USD/IDR 15.735", False),
        ("120 Hari 6 Jam 41 Menit", False),
        ("Kamis, 7 Rajab 1446 H", False),
        ("Welcome to the official website of Lembah Hijau", False),
        ("Terkini   Populer   Pilihan", False),
        ("Pasar  Murah  Digelar  di  Alun-alun  Kota", True),
        # a headline's own numbers qualify its words
        ("Harga Cabai Rp 80.000 per Kilogram di Pasar Lama", True),
        ("Posyandu Dibuka Pukul 08.00 hingga 12.00 WIB Setiap Kamis", True),
        ("Kamis Pagi, Warga Gotong Royong Bersihkan Saluran Air", True),
    ],
)
def test_headline_score(line: str, headline: bool) -> None:
    assert (layout.headline_score(line) > 0) is headline


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("Showing posts with label Daerah. Show all posts", True),
        ("Harga cabai kembali naik di pasar induk … Baca Selengkapnya", True),
        ("Older Posts", False),
        ("Read More", False),
        ("Halaman Berikutnya", False),
        (PROSE, False),
    ],
)
def test_listing_markers(line: str, marker: bool) -> None:
    assert (layout.listing_markers([line]) is not None) is marker


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("Berita Terkait", True),
        ("Tinggalkan Balasan", True),
        ("© 2024 Kabar Kota", True),
        ("Copyright © Kabar Kota 2019", True),
        ("7 Komentar", True),
        ("Tulis komentar Anda di sini", True),
        ("Belum ada komentar", True),
        ("No comments yet", True),
        ("Bupati Enggan Berkomentar Soal Anggaran", False),
        ("Warga Beri Komentar Positif", False),
        (PROSE, False),
    ],
)
def test_end_markers(line: str, end: bool) -> None:
    assert layout.is_end_marker(line) is end


def test_clean_folds_odd_spaces() -> None:
    assert layout.clean("\u00a0Jakarta\u00a0-\tx\u200b ") == "Jakarta - x"


def test_a_byte_order_mark_is_no_character_of_the_line() -> None:
    # a file saved as UTF-8 with BOM and read without dropping it: its headline is
    # still a headline
    assert layout.clean("\ufeffWarga Tanam Pohon ") == "Warga Tanam Pohon"
    assert split_lines("\ufeffWarga Tanam Pohon\nisi").lines == ["Warga Tanam Pohon", "isi"]


@pytest.mark.parametrize(
    "line",
    [
        "Please update your browser",
        "Your browser is out of date and some pages may not show as they should.",
        "This browser cannot play the video on this page.",
        "JavaScript is disabled in your browser settings.",
        "Please enable JavaScript to read the comments.",
        "Situs ini menggunakan cookie agar Anda nyaman membaca.",
        "Perbarui browser Anda agar situs ini tampil sempurna",
    ],
)
def test_a_notice_about_the_readers_browser_is_furniture(line: str) -> None:
    assert layout.is_nav(line)
    assert layout.headline_score(line) == 0


@pytest.mark.parametrize(
    "line",
    [
        "Peramban Baru Buatan Mahasiswa Dipamerkan di Kampus",
        "Warga Belajar Membuat Kue Cookies di Balai Desa",
        "Kominfo Imbau Warga Perbarui Aplikasi Browser di Ponsel",
    ],
)
def test_a_headline_about_browsers_or_cookies_is_not_a_notice(line: str) -> None:
    assert not layout.is_nav(line)
    assert layout.headline_score(line) > 0


@pytest.mark.parametrize(
    "line",
    [
        "Dengarkan berita ini",
        "Listen to this article",
        "Waktu baca 4 menit",
        "5 menit baca",
        "3 min read",
        "A A A",
        "A- A+",
        "Aa",
        "Ukuran Font: - +",
        "Change text size",
    ],
)
def test_the_reader_s_own_controls_are_furniture(line: str) -> None:
    assert layout.is_nav(line)


@pytest.mark.parametrize(
    "line",
    ["Ana Maria", "Listrik Padam 5 Menit di Pusat Kota", "12 menit lagi rapat dimulai", "Abdi Aa"],
)
def test_lines_that_only_look_like_a_control_are_not_furniture(line: str) -> None:
    assert not layout.is_nav(line)


@pytest.mark.parametrize(
    ("line", "nav"),
    [
        ("Bagikan berita ini:", True),
        ("Share this:", True),
        ("Sebarkan berita ini", True),
        ("37 kali dibagikan", True),
        ("1.5K shares", True),
        # a headline's verb, and a count of something else, are no share row
        ("Bagikan Bibit Mangrove, Nelayan Tanam di Pesisir", False),
        ("37 kali dibaca", False),
    ],
)
def test_a_share_row_s_label_and_count_are_furniture(line: str, nav: bool) -> None:
    assert layout.is_nav(line) is nav


@pytest.mark.parametrize(
    ("line", "nav"),
    [
        # a language switch; a headline naming places, and two words in a row, are none
        ("Indonesia | English", True),
        ("ID / EN", True),
        ("IND  ENG", True),
        ("Bahasa Indonesia · English · Jawa", True),
        ("Indonesia | Malaysia Sepakat Jaga Perbatasan", False),
        ("Jawa Bali", False),
        # a weather widget; a headline that reports a temperature says more than five words
        ("Kota Lama 29°C Berawan", True),
        ("31° Cerah", True),
        ("Lembah Hijau 27 °C", True),
        ("Suhu di Kota Lama Capai 36°C, Warga Diminta Banyak Minum", False),
        # a search box's prompt; a headline opening with "Ketika" or the verb "Cari" is none
        ("Ketik nama desa atau kecamatan", True),
        ("Cari di sini", True),
        ("Ketika Hujan Turun, Warga Lembah Hijau Siaga", False),
        ("Cari Korban Banjir, Tim SAR Sisir Sungai", False),
        # a translator's credit: no headline over a page that prints none, and no byline
        # (test_widgets.py)
        ("Diterjemahkan oleh Layanan Mesin", True),
        ("Translated by Rina Kusuma", True),
        ("Diterjemahkan oleh: Budi", True),
    ],
)
def test_site_furniture_told_by_its_words(line: str, nav: bool) -> None:
    assert layout.is_nav(line) is nav
