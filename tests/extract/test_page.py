"""Where things are on a page: catalog.extract.page (invented pages)."""

from __future__ import annotations

from sample_text import HEADED_OPENING, P1, P2, P3, doc

from catalog.extract import extract
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


# A "most read" block above a story that prints no header of its own: the story opens
# with its dateline. Every teaser has the same shape, so none of them is the story's.
_SAME_SHAPED = (
    "Jembatan Gantung Desa Kembali Dibuka untuk Warga",
    "Rina Kusuma | Senin, 8 Januari 2024 | 10:15 WIB | 1.204 views",
    "Lomba Perahu Hias Meriahkan Pesisir Utara",
    "Budi Santoso | 3 Feb 2023, 19:40 WITA | 877 kali dibaca",
    "Posko Kesehatan Dibuka Sepanjang Libur Sekolah",
    "Dewi Lestari | 2022-11-05 07:30:00 | Dilihat 3120 kali",
)


def test_same_shaped_teasers_under_a_heading_are_all_sidebar() -> None:
    """Old: the last teaser was left as the story's own header (its headline the title)."""
    text = doc("Berita Terpopuler", *_SAME_SHAPED, "", f"Bogor - {P1}", P2)
    assert line_roles(text) == ["sidebar"] * 7 + ["blank", "body", "body"]


def test_a_heading_left_out_of_the_header_still_opens_the_block() -> None:
    """'Terkini' is short enough to pass for a menu item, so the header starts under it;
    the teasers below it are still a block (old: not one was read as a teaser), and the
    story's own byline under the last teaser is not that teaser's."""
    text = doc("Terkini", *_SAME_SHAPED, "Laporan wartawan Kabar Kota, Agus Salim", f"{P1}", P2)
    roles = line_roles(text)
    assert roles[1:7] == ["sidebar"] * 6
    assert roles[7] == "header"


def test_a_last_group_of_its_own_shape_stays_the_story_header() -> None:
    """The story's own header differs in shape (byline, stamp and count on lines of
    their own): it is kept, as before."""
    own = ("Taman Baca Dibuka di Pasar Lama", "Oleh Agus Salim", "Rabu, 3 Januari 2024 | 09:00 WIB")
    text = doc("Berita Terpopuler", *_SAME_SHAPED[:4], *own, f"Bogor - {P1}", P2)
    assert line_roles(text)[5:9] == ["header", "header", "header", "body"]


def test_the_heading_of_a_numbered_block_is_the_blocks() -> None:
    """Old: 'Paling Banyak Dibaca' over numbered teasers stayed a header line, and on a
    story with no header of its own it became the title."""
    block = (
        "Paling Banyak Dibaca",
        "1. Jembatan Gantung Desa Kembali Dibuka untuk Warga",
        "Rina Kusuma - 8 Jan 2024, 10:15 WIB",
        "2. Lomba Perahu Hias Meriahkan Pesisir Utara",
        "Budi Santoso - 3 Feb 2023, 19:40 WITA",
    )
    for heading in ("Paling Banyak Dibaca", "Pilihan Pembaca"):
        text = doc(heading, *block[1:], "", f"Bogor - {P1}", P2)
        assert line_roles(text)[0] == "sidebar", heading


def test_ranks_on_lines_of_their_own_number_the_teasers() -> None:
    """'1' / headline / name / stamp / count, twice: a numbered block whose ranks sit on
    their own lines (old: only '1. Headline' counted as an entry, so the teasers' stamps
    and names stayed header lines above the story's own)."""
    block = (
        "Terpopuler",
        "1",
        "Jembatan Gantung Desa Kembali Dibuka untuk Warga",
        "Rina Kusuma",
        "Senin, 8 Januari 2024 | 10:15 WIB",
        "1.204 views",
        "2",
        "Lomba Perahu Hias Meriahkan Pesisir Utara",
        "Budi Santoso",
        "3 Feb 2023, 19:40 WITA",
        "Dilihat 877 kali",
    )
    own = ("Taman Baca Dibuka di Pasar Lama", "Rabu, 3 Januari 2024 | 09:00 WIB")
    roles = line_roles(doc(*block, *own, f"Bogor - {P1}", P2))
    assert roles == ["sidebar"] * 11 + ["header", "header", "body", "body"]
    # a lone number above a headline is no rank: nothing to number
    lone = line_roles(doc("7", *own, f"Bogor - {P1}", P2))
    assert lone[1:] == ["header", "header", "body", "body"]


RELATED_BOX = (
    "Berita Terkait",
    "Jembatan Desa Lembah Diperbaiki Pekan Depan",
    "Rabu, 5 Maret 2025 | 10:00 WIB",
    "Pasar Murah Digelar di Alun-alun Kota",
    "Selasa, 4 Maret 2025 | 08:00 WIB",
)


def test_a_box_of_related_stories_inside_the_story_does_not_end_it() -> None:
    # the box's short lines, then the story's own paragraph with no dateline and its
    # editor's line: the story goes on under the box, and its credit is its own
    text = doc(*HEADED_OPENING, *RELATED_BOX, "", P3, "Editor: Rina Lestari")
    page = locate(split_lines(text))
    assert page.body_end == len(text.split("\n"))
    assert extract(text).editors == ("Rina Lestari",)


def test_a_box_of_related_stories_with_their_leads_ends_the_story() -> None:
    # under the box, another story's lead opening with its own dateline: the end
    text = doc(
        f"KOTA LAMA - {P1}",
        "",
        P2,
        "",
        *RELATED_BOX[:2],
        f"SUKAMAJU - {P3}",
        "Editor: Budi Santoso",
    )
    lines = text.split("\n")
    assert locate(split_lines(text)).body_end == lines.index("Berita Terkait")
