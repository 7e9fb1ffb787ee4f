"""Where things are on a page: catalog.extract.page (invented pages)."""

from __future__ import annotations

from sample_text import P1, P2, doc

from catalog.extract.page import line_roles, locate, split_lines


def test_line_roles() -> None:
    text = doc(
        "- Oleh Tim Humas Kota",
        "- Rabu, 9 Oktober 2024 | 15:22 WIB",
        ": Kepala dinas meninjau taman (dok Humas Kota)",
        "Oleh Rina Kusuma, Kamis, 19 September 2024 | 21:09 WIB - Redaktur: Tono - 12",
        f"Bandung, InfoPublik – {P1}",
        "",
        P2,
        "Editor: Bambang Irawan",
        "Berita Terkait",
        "Jalan Desa Diperbaiki Sebelum Lebaran",
    )
    assert line_roles(text) == [
        "sidebar",
        "sidebar",
        "caption",
        "header",
        "body",
        "blank",
        "body",
        "footer",
        "footer",
        "footer",
    ]
    assert line_roles("") == []


def test_locate_finds_lead_header_and_end() -> None:
    text = doc(
        "Beranda",
        "Taman Baca Baru Dibuka di Pasar Lama",
        "Senin, 6 Mei 2024 | 10:00 WIB",
        f"Bogor - {P1}",
        P2,
        "Berita Terkait",
        "Jalan Desa Diperbaiki",
    )
    page = locate(split_lines(text))
    assert page.body_start == 3
    assert page.header == [1, 2]
    assert page.body_end == 5
    assert page.dateline is not None and page.dateline.place == "Bogor"
