"""Invented story text shared by the whole-page tests (our own words)."""

from __future__ import annotations

P1 = (
    "Pemerintah kota meresmikan taman baca di kawasan pasar lama untuk anak-anak sekolah, "
    "kata kepala dinas kepada wartawan di lokasi."
)
P2 = (
    "Menurut dia, taman itu dibangun dengan dana kelurahan dan akan dibuka setiap hari "
    "mulai pukul 08.00 hingga 16.00 WIB bagi warga sekitar."
)
P3 = (
    "Warga menyambut baik kehadiran taman tersebut karena selama ini anak-anak tidak "
    "memiliki tempat bermain yang aman di sekitar pasar."
)


def doc(*lines: str) -> str:
    return "\n".join(lines)


# A story's opening with its headline and stamp, up to its third paragraph (whole-page
# tests end it their own way: closing initials, a box and a credit).
HEADED_OPENING = (
    "Taman Baca Dibuka di Pasar Lama",
    "Kamis, 6 Maret 2025 | 09:15 WIB",
    "",
    f"KOTA LAMA - {P1}",
    "",
    P2,
    "",
)


# A blog's date header over its headline: the post's day, a few days after the
# event its story dates (whole-page and date-feature tests).
BLOG_DATE_HEADER = doc(
    "Beranda",
    "",
    "Sabtu, 24 Oktober 2020",
    "",
    "Koperasi Nelayan Buka Gerai Ikan Segar",
    "",
    f"LEMBAH HIJAU, (KABAR DESA). {P1}",
    "",
    "Gerai itu mulai dibangun pada Selasa, 20 Oktober 2020 oleh anggota koperasi.",
    "",
    P3,
)

# The story first, then its section, headline and stamp (whole-page and date tests).
BODY_FIRST_STAMP_LAST = doc(
    f"Lembah Hijau (Humas) - {P1}",
    P2,
    P3,
    "Wilayah",
    "Taman Baca Baru Dibuka di Pasar Lama",
    "- Senin, 30 November 2020 | 00:00 WIB",
)
