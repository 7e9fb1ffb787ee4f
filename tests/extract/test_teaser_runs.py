"""Teaser runs: groups of the same line shape back to back, found by shape alone."""

from __future__ import annotations

from sample_text import P1, P2, doc

from catalog.extract.candidates import Lines
from catalog.extract.page import locate, split_lines


def _runs(text: str) -> dict[str, tuple[int, bool]]:
    d = split_lines(text)
    facts = Lines(d, locate(d))
    return {d.lines[i]: run for i, run in facts.runs.items()}


TEASERS = (
    "Terpopuler",
    "Warga Tanam Seribu Pohon di Bantaran Sungai",
    "Dewi Lestari | Senin, 3 Maret 2025 | 10:00 WIB | 1.204 views",
    "Pasar Murah Digelar Jelang Ramadan di Alun-alun",
    "Budi Santoso | Selasa, 4 Maret 2025 | 09:15 WIB | 877 views",
    "Jembatan Gantung Desa Selesai Diperbaiki Warga",
    "Rina Kusuma | Rabu, 5 Maret 2025 | 13:40 WIB | 2.310 views",
)


def test_teasers_with_credit_and_count_on_the_stamp_line_are_a_run() -> None:
    runs = _runs(doc(*TEASERS, "Perpustakaan Keliling Singgahi Sekolah Dasar", P1, P2))
    assert runs["Warga Tanam Seribu Pohon di Bantaran Sungai"] == (3, False)
    assert runs["Rina Kusuma | Rabu, 5 Maret 2025 | 13:40 WIB | 2.310 views"] == (3, True)


def test_the_story_header_under_them_does_not_join_the_run() -> None:
    # headline then a bare stamp: the teasers' groups are headline then a stamp with
    # a name and a count, another shape
    text = doc(
        *TEASERS,
        "Perpustakaan Keliling Singgahi Sekolah Dasar",
        "Kamis, 6 Maret 2025 | 08:00 WIB",
        P1,
        P2,
    )
    runs = _runs(text)
    assert "Perpustakaan Keliling Singgahi Sekolah Dasar" not in runs
    assert "Kamis, 6 Maret 2025 | 08:00 WIB" not in runs
    assert runs["Rina Kusuma | Rabu, 5 Maret 2025 | 13:40 WIB | 2.310 views"] == (3, True)
