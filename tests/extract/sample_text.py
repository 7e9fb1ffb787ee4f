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
