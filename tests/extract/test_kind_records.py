"""The page-kind model's "a page of records" feature (catalog.extract.candidates.record_body):
profile, service and document pages written in our own words in the layouts of the
labelled ones, and stories with lists, fields or teaser blocks that must stay articles."""

from __future__ import annotations

import pytest
from sample_text import P1, P2, P3, doc

from catalog.extract import extract
from catalog.extract.candidates import Lines, kind_features, record_body
from catalog.extract.page import locate, split_lines


def _share(text: str) -> float:
    d = split_lines(text)
    page = locate(d)
    return record_body(d, page, Lines(d, page))


def _features(text: str) -> dict[str, float]:
    d = split_lines(text)
    page = locate(d)
    return kind_features(d, page, "article:default", Lines(d, page))


RECORDS = [
    pytest.param(
        doc(
            "Visi dan Misi",
            "",
            "VISI DINAS PERPUSTAKAAN DAERAH",
            "",
            "Menjadi perpustakaan yang terbuka, ramah dan dekat dengan warga pada tahun 2030.",
            "",
            "MISI DINAS PERPUSTAKAAN DAERAH",
            "",
            "1. Memperluas layanan baca sampai ke desa-desa yang jauh dari pusat kota",
            "   bidang pengadaan, pengolahan dan pelestarian bahan pustaka",
            "2. Meningkatkan mutu koleksi serta keterampilan para pustakawan",
            "   bidang pelatihan, kerja sama dan pengembangan layanan digital",
            "3. Menumbuhkan kegemaran membaca di kalangan pelajar dan keluarga",
        ),
        id="vision-and-mission",
    ),
    pytest.param(
        doc(
            "Cara Mengajukan Permohonan Informasi",
            "Setiap warga dapat meminta salinan informasi publik kepada petugas layanan "
            "dengan beberapa cara yang dijelaskan di bawah ini.",
            "- Lewat laman resmi atau surat elektronik",
            "Pemohon mengisi formulir daring lalu menunggu jawaban dari petugas dalam "
            "sepuluh hari kerja sejak formulir diterima.",
            "Jadwal Layanan",
            "HARI |",
            "JAM BUKA |",
            "Senin - Kamis |",
            "08.00 - 15.00 WIB |",
            "Jumat |",
            "08.00 - 11.00 WIB |",
            "Biaya Layanan",
            "Layanan ini tidak dipungut biaya, kecuali ongkos salinan yang dibayar sendiri "
            "oleh pemohon sesuai jumlah halaman.",
        ),
        id="service-page-with-a-table",
    ),
    pytest.param(
        doc(
            "Detail Dokumen Laporan Keuangan Desa Tahun 2024",
            "",
            "Tanggal Unggah : 4 Maret 2024",
            "Kategori : Berkala",
            "Jenis Informasi : Laporan Keuangan",
            "Ringkasan : Laporan ini memuat realisasi pendapatan dan belanja desa selama "
            "satu tahun anggaran beserta catatan atas laporan keuangannya",
            "Unit Pengelola : Sekretariat Desa",
            "Lampiran : Unduh 120 KB",
        ),
        id="document-record",
    ),
]


@pytest.mark.parametrize("text", RECORDS)
def test_a_page_of_records_is_told(text: str) -> None:
    assert _share(text) >= 1 / 3
    assert _features(text)["record-body"] == 1.0


@pytest.mark.parametrize("text", RECORDS)
def test_the_kind_model_reads_a_page_of_records_as_other(text: str) -> None:
    """With the shipped weights (the model before this feature read these as articles)."""
    assert extract(text).kind == "other"


TEASERS_BELOW = [
    "Baca Juga",
    "1. Pemuda Desa Gelar Lomba Perahu Hias di Muara",
    "Nanda Pratiwi - 2022-04-06 13:31:37",
    "Dilihat 4.297 kali",
    "2. Karang Taruna Buka Posko Kesehatan di Tiga Kecamatan",
    "Bagus Wibowo - 16 Des 2017, 17:34 WIT",
    "Dilihat 1.458 kali",
    "3. Relawan Pasang Lampu Jalan Tenaga Surya di Pesisir",
    "Wulan Sari - Rabu, 7 Februari 2018 | 21:12 WIB",
    "Dibaca 925 kali",
]

STORIES = [
    pytest.param(
        doc(
            "Lima Langkah Hadapi Musim Hujan",
            f"Semarang – {P1}",
            "1. Membersihkan saluran air di depan rumah",
            "2. Menyimpan dokumen penting di tempat yang tinggi",
            "3. Mencatat nomor darurat kelurahan",
            P3,
        ),
        id="story-with-a-dateline-and-a-list",
    ),
    pytest.param(
        doc(
            "Kamis, 9 April 2020 – 09:47 WIB",
            "Taman Baca Dibuka di Pasar Lama",
            P1,
            P2,
            P3,
            *TEASERS_BELOW,
        ),
        id="story-over-a-numbered-teaser-block",
    ),
    pytest.param(
        doc(
            "Taman Baca Dibuka di Pasar Lama",
            P1,
            P2,
            P3,
            "Pilihan Editor: Warga Pasar Lama Gelar Lomba Mewarnai",
            "Topik: taman baca, pasar lama, pendidikan",
        ),
        id="story-with-a-pick-and-a-tag-line",
    ),
    pytest.param(
        doc(
            "Taman Baca Dibuka di Pasar Lama",
            P1,
            "Baca juga: Perpustakaan Keliling Singgah di Lima Desa",
            P2,
            "Baca juga: Pelajar Sumbang Buku untuk Taman Baca",
        ),
        id="story-with-read-also-links",
    ),
    pytest.param(
        doc(
            "Taman Baca Dibuka di Pasar Lama",
            "Penulis: Rina Kusuma | Editor: Budi Santoso",
            P1,
            "- membaca bersama setiap pagi",
            "- meminjam buku untuk dibawa pulang",
            "- mengikuti kelas mendongeng",
        ),
        id="credited-story-with-a-bulleted-list",
    ),
    pytest.param(
        doc(
            "Taman Baca Dibuka di Pasar Lama",
            P1,
            "Sekilas Angka",
            "✓ 12 kelurahan ikut serta",
            "✓ Anggaran Rp1,2 miliar",
            "✓ 300 buku baru",
            P2,
            P3,
        ),
        id="story-with-a-box-of-facts-inside",
    ),
]


@pytest.mark.parametrize("text", STORIES)
def test_a_story_is_no_page_of_records(text: str) -> None:
    assert "record-body" not in _features(text)
    assert extract(text).kind == "article"
