"""Listing and other pages: kind rules of catalog.extract.kinds (invented pages)."""

from __future__ import annotations

import datetime as dt

import pytest
from sample_text import P1, P2, P3, doc

from catalog.extract import extract

LISTINGS = [
    doc(
        "Showing posts with label Daerah. Show all posts",
        "Taman Baca Baru Dibuka di Pasar Lama",
        "Diposkan oleh Bayu on 08 July, 2011",
        P1,
    ),
    doc("Taman Baca Baru Dibuka di Pasar Lama", f"{P1} {P2} Baca Selengkapnya"),
    doc(f"BOGOR,KABARKITA.COM – {P1}", P2, f"BOGOR,KABARKITA.COM – {P3}"),
]


@pytest.mark.parametrize("text", LISTINGS)
def test_listing_pages_carry_no_metadata(text: str) -> None:
    e = extract(text)
    assert e.kind == "listing"
    assert e.authors == () and e.published_date is None and e.title is None
    assert e.source is None and e.dateline is None


def test_other_pages_are_other() -> None:
    # an institution's vision page written in prose: its heading names the page type
    # (kinds.service_heading); a greeting page in prose is still read as an article
    e = extract(doc("Visi dan Misi Dinas Kominfo", P1, P2))
    assert e.kind == "other"


def test_greeting_date_is_kept() -> None:
    e = extract(
        doc(
            "Tepat hari ini, Senin, 3 Juni 2024, Ibu Rina Kusuma mulai bertugas sebagai kepala dinas.",
            "Selamat bertugas, Ibu Rina Kusuma!",
        )
    )
    assert e.published_date == dt.date(2024, 6, 3)


# A link to a video set between a story's paragraphs is another story's link, as a
# "Baca juga" line is: no second post under a blog's date header, and no break in a
# search page's run of headless leads.
VIDEO_LINK = "Video: Warga Lembah Hijau Gelar Lomba Perahu Hias di Sungai Besar"


def test_a_video_link_inside_a_dated_post_is_no_second_post() -> None:
    e = extract(
        doc(
            "Sabtu, 24 Oktober 2020",
            "",
            "Koperasi Nelayan Buka Gerai Ikan Segar",
            "",
            P1,
            "",
            P2,
            "",
            VIDEO_LINK,
            "",
            P3,
        )
    )
    assert (e.kind, e.title) == ("article", "Koperasi Nelayan Buka Gerai Ikan Segar")


def test_a_video_link_between_headless_leads_leaves_the_listing() -> None:
    leads = (
        "Bupati meresmikan jembatan gantung baru yang menghubungkan dua desa di tepi sungai besar.",
        "Dinas kesehatan membuka layanan vaksinasi keliling di lima kecamatan selama sepekan penuh.",
        "Ratusan pelajar mengikuti lomba membaca puisi yang digelar perpustakaan daerah kemarin sore.",
    )
    assert extract(doc(*leads)).kind == "listing"
    assert extract(doc(leads[0], "", leads[1], "", VIDEO_LINK, "", leads[2])).kind == "listing"
