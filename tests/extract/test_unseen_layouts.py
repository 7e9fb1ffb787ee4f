"""Layouts that the blind pages of ``benchmarks/unseen`` showed the extractor reading
wrong, each also printed by a dev page or a second site (our own words, not those pages):
an update stamp under the byline's stamp, a copyright line that says its rights are
reserved after the brand."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sample_text import P1, P2, P3, doc

from catalog.extract import extract, layout
from catalog.extract.core import read

# the story's second and third paragraphs, under each test's lead
AFTER_LEAD = ("", P2, "", P3)
# the headline and stamp most tests print over their story, and the story with its lead
HEADLINE = "Taman Baca Dibuka di Pasar Lama"
STAMP = "Kamis, 6 Maret 2025 | 09:15 WIB"
STORY = ("", f"Kota Lama - {P1}", *AFTER_LEAD)


def test_an_update_stamp_under_the_byline_names_no_writer() -> None:
    # "Diperbarui" labels the day of a later edit: the word is no one's name
    text = doc(
        HEADLINE,
        "Oleh Nadia Larasati pada 04 Mar 2025, 10:20 WIB",
        "Diperbarui 04 Mar 2025, 12:05 WIB",
        *STORY,
    )
    got = extract(text)
    assert got.authors == ("Nadia Larasati",)
    assert (got.published_date, got.published_time) == (dt.date(2025, 3, 4), dt.time(10, 20))


def test_the_brand_of_a_copyright_line_stops_where_its_rights_are_reserved() -> None:
    for footer in (
        "Copyright © 2025 KABARLEMBAH. All Rights Reserved.",
        "Copyright © 2025 KABARLEMBAH. All rights reserved",
        "© 2025 KABARLEMBAH. Hak Cipta Dilindungi Undang-Undang",
    ):
        text = doc(
            HEADLINE,
            STAMP,
            "",
            P1,
            *AFTER_LEAD,
            "",
            footer,
        )
        assert extract(text).source == "KABARLEMBAH", footer


def _with_footer(footer: str) -> str:
    """A headed story whose only brand is its site's copyright line."""
    return doc(
        HEADLINE,
        STAMP,
        "",
        P1,
        *AFTER_LEAD,
        "",
        footer,
    )


def test_a_copyright_line_names_a_domain_or_a_newspaper_as_the_source() -> None:
    # the forms of national and regional outlets' footers: a domain, two capitalised
    # words, a brand with its tagline after a dash
    cases = {
        "Copyright © 2025 KabarLembah.com All Rights Reserved": "KabarLembah.com",
        "Copyright © 2025 kabarlembah.id. All rights reserved.": "kabarlembah.id",
        "Copyright © 2025 Lembah Pos. All Rights Reserved.": "Lembah Pos",
        "Copyright © 2025 KLB - Kabar Lembah Terkini. All Rights Reserved.": "KLB",
    }
    for footer, brand in cases.items():
        assert extract(_with_footer(footer)).source == brand, footer


def test_a_public_body_in_the_copyright_line_is_the_site_s_owner_not_a_source() -> None:
    for footer in (
        "Copyright © 2025 Pemerintah Kabupaten Lembah. All Rights Reserved.",
        "© 2025 Universitas Lembah Hijau",
        "Copyright © 2025 Dinas Kesehatan Kota Lembah",
    ):
        assert extract(_with_footer(footer)).source is None, footer


def test_a_dateline_closed_by_a_full_stop_names_its_place() -> None:
    # an old newspaper's "JAKARTA." and an English daily's "Denpasar.", and a press
    # release's place and day before its first sentence
    for lead, place in (
        ("KUPANG. Pemerintah kota meresmikan taman baca di pasar lama.", "KUPANG"),
        ("Denpasar. The city opened a reading park at the old market.", "Denpasar"),
        ("Kupang, Kamis 6 Maret 2025. Pemerintah kota meresmikan taman baca.", "Kupang"),
    ):
        text = doc("Taman Baca Dibuka di Pasar Lama", "", f"{lead} {P2}", "", P3)
        assert extract(text).dateline == place, lead


def test_a_word_closed_by_a_stop_is_no_dateline_unless_it_is_a_place() -> None:
    # an abbreviated title and a photo's label open sentences too
    for lead in (
        "Plt. Kepala Dinas meresmikan taman baca di pasar lama kota ini.",
        "ILUSTRASI. Warga membaca buku di taman baca pasar lama kota ini.",
        # an outlet's initials closed by a stop: no place (four letters, on no list)
        "KBLM. Pemerintah kota meresmikan taman baca di pasar lama kota ini.",
    ):
        text = doc("Taman Baca Dibuka di Pasar Lama", "", f"{lead} {P2}", "", P3)
        assert extract(text).dateline is None, lead


def test_two_initialisms_joined_by_a_hyphen_are_one_word_not_a_dateline() -> None:
    # a university's page: the photo's caption opens with a team's name ("KKN-PPM"),
    # and a related story under the article opens with the same two words
    text = doc(
        "Mahasiswa Bangun Pompa Air Tenaga Surya di Desa Lembah",
        "",
        "9 Oktober 2024",
        "",
        "Tim KKN-PPM Lembah bersama warga memasang panel surya untuk pompa air desa.",
        "",
        P1,
        *AFTER_LEAD,
        "",
        "Penulis: Sari Dewi",
        "",
        "Berita Terkait",
        "",
        "Tim KKN Lembah Tanam Seribu Bakau di Pesisir",
        "7 Oktober 2024",
    )
    got = extract(text)
    assert got.kind == "article"
    assert got.dateline is None
    assert got.authors == ("Sari Dewi",)
    assert got.published_date == dt.date(2024, 10, 9)


def test_another_story_s_headline_opening_with_the_place_is_no_second_dateline() -> None:
    # a headline under "Berita Terkait" naming the same place as the dateline: one story
    # and its related links, not two stories opened by one dateline
    text = doc(
        HEADLINE,
        STAMP,
        "",
        f"KOTA LAMA-{P1}",
        *AFTER_LEAD,
        "",
        "Berita Terkait",
        "",
        "KOTA LAMA Gelar Festival Bunga Akhir Pekan Ini",
        "Rabu, 5 Maret 2025",
    )
    assert extract(text).kind == "article"


def test_a_byline_closing_with_the_page_s_own_outlet_names_the_writer() -> None:
    # the writer, a comma and the outlet its dateline names, then the desk's rubric in
    # capitals over the stamp: the rubric names no one
    text = doc(
        "Harga Beras Turun di Pasar Lama",
        "Rina Kusuma, Lembah Pos",
        "NEWS",
        "06 March 2025 10:15",
        "",
        f"Kota Lama, Lembah Pos - {P1}",
        *AFTER_LEAD,
    )
    got = extract(text)
    assert got.authors == ("Rina Kusuma",)
    assert (got.source, got.dateline) == ("Lembah Pos", "Kota Lama")


def test_a_headline_with_a_slash_between_two_words_is_still_the_headline() -> None:
    # "Kabupaten/Kota" inside the phrase is no photographer's credit closing a caption
    text = doc(
        "Lembah Sehat",
        "Kementerian Kesehatan Lembah",
        "",
        "Skrining Gratis Diperluas ke 40 Kabupaten/Kota Rawan Demam Berdarah",
        "",
        STAMP,
        "",
        P1,
        *AFTER_LEAD,
    )
    assert extract(text).title == (
        "Skrining Gratis Diperluas ke 40 Kabupaten/Kota Rawan Demam Berdarah"
    )


def test_a_section_the_menu_names_over_the_stamp_is_no_writer() -> None:
    # a ministry's release page: the section ("Rilis Berita") is a menu item and a
    # breadcrumb step, then printed again before the stamp under the headline
    text = doc(
        "Beranda",
        "Rilis Berita",
        "Galeri",
        "",
        "Beranda » Rilis Berita",
        "",
        HEADLINE,
        "",
        "Rilis Berita | Kamis, 6 Maret 2025",
        "",
        P1,
        *AFTER_LEAD,
    )
    got = extract(text)
    assert got.authors == ()
    assert got.published_date == dt.date(2025, 3, 6)


def test_a_people_s_paper_opening_the_lead_is_the_outlet_not_a_place() -> None:
    # "Rakyat" names newspapers (the people's ...), as "Pos" and "Harian" do
    text = doc(
        HEADLINE,
        STAMP,
        "",
        f"PELITA RAKYAT - {P1}",
        *AFTER_LEAD,
    )
    got = extract(text)
    assert (got.source, got.dateline) == ("PELITA RAKYAT", None)


def test_a_caption_closing_with_its_labelled_credit_opens_no_dateline() -> None:
    # a regional daily's photo caption over the lead: its subject in capitals and a
    # colon, the caption, then "FOTO: NAME"; the lead's dateline is glued to its dash
    text = doc(
        "Harga Cabai di Pasar Lama Naik Jelang Lebaran",
        "Kamis, 6 Maret 2025 | 09:15 WITA",
        "",
        "PEDAGANG: Seorang pedagang menata cabai di Pasar Lama, Rabu (5/3). FOTO: ANI LESTARI",
        "",
        f"KOTA LAMA–{P1}",
        *AFTER_LEAD,
    )
    got = extract(text)
    assert got.dateline == "KOTA LAMA"
    assert got.title == "Harga Cabai di Pasar Lama Naik Jelang Lebaran"


def test_links_under_a_read_also_label_start_no_second_post() -> None:
    # a site clock over the headline (a bare date), then two links under "Baca Juga:"
    # inside the story: another story's headlines, not a blog's second post
    text = doc(
        "Kamis, 6 Maret 2025",
        "",
        HEADLINE,
        "Oleh Rina Kusuma",
        STAMP,
        "",
        P1,
        "",
        P2,
        "",
        "Baca Juga:",
        "Harga Cabai di Pasar Lama Turun Menjelang Akhir Pekan",
        "Pemerintah Kota Lama Buka Lowongan Petugas Kebersihan Baru",
        "",
        P3 + " Taman itu juga dilengkapi pojok dongeng untuk anak-anak.",
        "",
        "Editor: Budi Santoso",
    )
    got = extract(text)
    assert got.kind == "article"
    assert (got.authors, got.editors) == (("Rina Kusuma",), ("Budi Santoso",))


def test_the_outlet_s_rubric_over_the_credits_is_no_second_lead() -> None:
    # the lead opens with the outlet's dateline; the same outlet heads its rubric line
    # over the credits at the foot
    text = doc(
        HEADLINE,
        STAMP,
        "",
        f"lembahpos.id - {P1}",
        *AFTER_LEAD,
        "",
        "lembahpos.id - Regional",
        "Reporter: Rina Kusuma",
        "Editor: Budi Santoso",
    )
    got = extract(text)
    assert got.kind == "article"
    assert got.authors == ("Rina Kusuma",)


def test_a_photo_s_caption_over_the_lead_is_not_the_lead() -> None:
    # the caption opens with the outlet's name, as the lead does, and closes with the
    # photographer's credit: one story, not two opened by one outlet
    text = doc(
        "Jembatan Gantung di Kota Lama Rampung Diperbaiki",
        "Penulis: Rina Kusuma | Editor: Budi Santoso",
        "Kamis, 6 Maret 2025 - 09:15 WIB",
        "",
        "LEMBAHPOS.ID - Warga melintas di jembatan gantung Kota Lama, Rabu (5/3/2025). "
        "(LembahPos/Rina Kusuma)",
        "",
        f"LembahPos.id, KOTA LAMA — {P1}",
        *AFTER_LEAD,
    )
    got = extract(text)
    assert got.kind == "article"
    assert (got.dateline, got.source) == ("KOTA LAMA", "LembahPos.id")
    assert got.authors == ("Rina Kusuma",)


def test_a_tab_s_label_or_a_state_s_name_over_the_stamp_is_no_writer() -> None:
    # a ministry's masthead in capitals over its site clock, and a "Detail" tab over the
    # story's labelled stamp
    text = doc(
        "KEMENTERIAN LEMBAH HIJAU",
        "REPUBLIK INDONESIA",
        "Kamis, 6 Maret 2025 | 08:12:45 WIB",
        "",
        HEADLINE,
        "Detail",
        "Diterbitkan: 6 Maret 2025",
        "",
        f"Kota Lama – {P1}",
        *AFTER_LEAD,
    )
    got = extract(text)
    assert got.authors == ()
    # neither is even proposed
    proposed = {ev.value for ev in got.evidence if ev.field == "authors"}
    assert proposed.isdisjoint({"REPUBLIK INDONESIA", "Detail"}), proposed


def test_a_domain_and_a_name_over_a_caption_are_a_photo_credit_not_a_dateline() -> None:
    # a regional daily's photo: the outlet's domain, a slash and the photographer's name
    # in capitals over the caption; the story's own dateline is in its lead
    text = doc(
        "Bus Kota Lama Beroperasi Lebih Lama Selama Ramadhan",
        "Senin, 10 Maret 2025 14:30 WIB",
        "Penulis: Rina Kusuma | Editor: Budi Santoso",
        "",
        "LEMBAHPOS.COM/RINA KUSUMA",
        "Penumpang menaiki bus kota di halte Pasar Lama, Senin (10/3/2025).",
        "",
        f"LEMBAHPOS.COM, KOTA LAMA - {P1}",
        *AFTER_LEAD,
    )
    assert extract(text).dateline == "KOTA LAMA"


def test_a_view_count_under_the_credits_below_the_stamp_is_the_page_s() -> None:
    # stamp, writer, editor, then the count: three lines under the stamp
    text = doc(
        HEADLINE,
        "Kamis, 6 Maret 2025",
        "Penulis: Rina Kusuma",
        "Editor: Budi Santoso",
        "Dilihat 1.532 kali",
        "",
        f"Kota Lama – {P1}",
        *AFTER_LEAD,
    )
    assert extract(text).views == 1532


def test_an_english_count_of_views_is_read() -> None:
    text = doc(
        "Reading Park Opens at the Old Market",
        "By Rina Kusuma | 6 March 2025",
        "Viewed 384 times",
        "",
        "Kota Lama – The city government opened a reading park for schoolchildren at the "
        "old market on Thursday, the head of the office told reporters.",
        "",
        "The park was built with the ward's funds and will open every day.",
    )
    assert extract(text).views == 384


def test_a_photo_page_s_photographer_is_its_author() -> None:
    # a gallery's photo page: the breadcrumb names the photo section, the item is one
    # caption, and its credit line names the photographer (and the office, before a slash)
    for credit, author, source in (
        ("Foto : Rina Kusuma", "Rina Kusuma", None),
        ("Foto: Humas/Rina Kusuma", "Rina Kusuma", "Humas"),
    ):
        text = doc(
            "Beranda / Galeri / Foto Kegiatan",
            "",
            "Wali Kota Tinjau Taman Baca di Pasar Lama",
            STAMP,
            "",
            "Wali Kota Lembah meninjau taman baca di kawasan pasar lama bersama anak-anak "
            "sekolah, Rabu (5/3/2025).",
            credit,
            "",
            "Bagikan: Facebook X WhatsApp",
        )
        got = extract(text)
        assert (got.authors, got.source) == ((author,), source), credit


def test_a_photographer_under_an_article_s_photo_is_no_author() -> None:
    # the same credit under a photo of a story of several paragraphs
    text = doc(
        "Beranda / Berita",
        "",
        HEADLINE,
        STAMP,
        "",
        "Foto: Rina Kusuma",
        "",
        f"Kota Lama – {P1}",
        *AFTER_LEAD,
    )
    assert extract(text).authors == ()


def test_links_and_sidebar_stories_after_the_story_start_no_second_post() -> None:
    # a site clock over the headline; inside the story an English "Read also:" link; under
    # it "Berita Terkait" and a readers' column with its own byline and stamp
    text = doc(
        "Kamis, 9 November 2023",
        "Home > Kota",
        HEADLINE,
        "Penulis: Rina Kusuma | Editor: Budi Santoso",
        "Rabu, 8 Nov 2023 | 13:47 WIB",
        "",
        f"KOTA LAMA, LEMBAHPOS.COM -- {P1}",
        "",
        P2,
        "",
        "Read also: Harga Cabai di Pasar Lama Turun Menjelang Akhir Pekan Ini",
        "",
        P3,
        "",
        "Berita Terkait",
        "Harga Cabai di Pasar Lama Turun Menjelang Akhir Pekan Ini",
        "Selasa, 7 Nov 2023 | 09:12 WIB",
        "",
        "Kolom Warga",
        "Menjaga Warung Kopi Tua di Sudut Kota Lama",
        "Oleh: Dimas Prayoga",
        "Kamis, 9 Nov 2023 | 08:05 WIB",
    )
    got = extract(text)
    assert got.kind == "article"
    assert got.authors == ("Rina Kusuma",)


def test_the_site_s_clock_over_its_menu_is_no_date() -> None:
    # the site's name, its clock, its menu, then a page with no stamp of its own
    text = doc(
        "Lembah Pos",
        "Jumat, 15 Maret 2024",
        "Beranda",
        "Berita",
        "Kolom",
        "",
        HEADLINE,
        "",
        P1,
        *AFTER_LEAD,
    )
    got = extract(text)
    assert got.published_date is None
    rules = [ev.rule for ev in got.evidence if ev.field == "published_date"]
    assert any(rule.startswith("site-clock:rejected") for rule in rules), rules


def test_an_outlet_and_a_photographer_over_a_caption_are_no_dateline() -> None:
    # "KOMPAS/NAME" (an outlet in capitals, no domain), and a caption whose credit is
    # the photographer's initials in lower case ("Foto: rk")
    for credit_line in (
        "LEMBAHPOS/RINA KUSUMA",
        "PASAR - Pedagang menata dagangan, Senin (8/7). Foto: rk",
    ):
        text = doc(
            HEADLINE,
            STAMP,
            "",
            credit_line,
            "",
            f"KOTA LAMA - {P1}",
            *AFTER_LEAD,
        )
        assert extract(text).dateline == "KOTA LAMA", credit_line


def test_an_index_counting_the_entries_it_shows_is_a_listing() -> None:
    # "showing 11 to 20 of 57": only an index of entries counts what it shows
    for count in ("Menampilkan 11 - 20 dari 57 berita", "Showing 1–10 of 240 results"):
        text = doc(
            "Beranda / Berita",
            count,
            "",
            HEADLINE,
            STAMP,
            "",
            P1,
        )
        got = extract(text)
        assert got.kind == "listing", count
        assert (got.title, got.published_date) == (None, None)


_HEADLINES = (
    HEADLINE,
    "Warga Bersihkan Saluran Air Menjelang Musim Hujan",
    "Pelatihan Menjahit bagi Seratus Ibu Rumah Tangga",
    "Jembatan Gantung Desa Hulu Selesai Diperbaiki",
    "Posyandu Keliling Sambangi Tiga Dusun Terpencil",
    "Lomba Perahu Hias Meriahkan Hari Jadi Kota",
)


def _titles_with_stamps(n: int) -> list[str]:
    rows: list[str] = []
    for k, head in enumerate(_HEADLINES[:n]):
        rows += [head, f"{20 - k} Mei 2025 | Pemerintahan | Dilihat {100 + k} kali", ""]
    return rows


def test_headlines_each_over_a_stamp_with_no_paragraph_are_no_article() -> None:
    # an archive of titles: no story on the page, only headlines and their stamps. The
    # readers call it a listing; the kind model, which has seen no such dev page, may
    # weigh it an other page: either way none of its entries' values is the page's
    text = doc("Arsip Berita", "", *_titles_with_stamps(6), "Halaman 1 2 3")
    assert read(text).kind_rule == "listing:headline-list"
    got = extract(text)
    assert got.kind != "article"
    assert (got.title, got.published_date, got.views) == (None, None, None)


def test_a_sidebar_of_stamped_headlines_beside_a_story_leaves_it_an_article() -> None:
    # the same six titles as a "latest news" box under a story: the story is the page's
    text = doc(
        HEADLINE,
        STAMP,
        *STORY,
        "",
        "Berita Terbaru",
        *_titles_with_stamps(6),
    )
    got = extract(text)
    assert got.kind == "article"
    assert got.published_date == dt.date(2025, 3, 6)


def test_a_page_type_s_name_over_the_text_makes_an_other_page() -> None:
    # the newsroom's guidelines, a contact page, a village's vision or history: no news
    # item, and (as a listing) no article field, its heading included
    for heading in ("Pedoman Media Siber", "Kontak Kami", "Visi dan Misi", "Sejarah Desa"):
        text = doc(
            "Beranda / Profil",
            heading,
            "",
            "Halaman ini memuat keterangan tentang lembaga kami bagi warga yang ingin tahu "
            "lebih banyak, disusun oleh pengelola situs dan diperbarui setiap tahun.",
            "",
            P2,
        )
        got = extract(text)
        assert (got.kind, got.title, got.published_date) == ("other", None, None), heading


def test_a_footer_s_links_to_such_pages_leave_an_article_an_article() -> None:
    # "Redaksi", "Pedoman Media Siber", "Kontak" one under another close every page
    text = doc(
        HEADLINE,
        STAMP,
        *STORY,
        "",
        "Redaksi",
        "Pedoman Media Siber",
        "Kontak",
        "© 2025 Kabar Lembah",
    )
    assert extract(text).kind == "article"


def test_a_headline_profiling_someone_is_no_profile_page() -> None:
    # a profile of a candidate is news; the page type is "Profil" with at most two words
    text = doc(
        "Profil Calon Bupati Lembah Hijau",
        STAMP,
        *STORY,
    )
    assert extract(text).kind == "article"


def test_a_release_stamp_s_label_names_no_writer() -> None:
    # "Dirilis: 26/04/2024 10:15 WIT": the day a statistics office released the story
    text = doc(
        HEADLINE,
        "Dirilis: 26/04/2024 10:15 WIT",
        *STORY,
    )
    got = extract(text)
    assert got.authors == ()
    assert (got.published_date, got.timezone) == (dt.date(2024, 4, 26), "WIT")


def test_a_degree_after_the_editor_s_comma_is_part_of_the_name() -> None:
    text = doc(
        HEADLINE,
        STAMP,
        *STORY,
        "",
        "Penulis: Nadia Larasati",
        "Editor: Bagus Wicaksono, S.Pd.",
    )
    got = extract(text)
    assert got.editors == ("Bagus Wicaksono, S.Pd.",)
    assert got.authors == ("Nadia Larasati",)


def test_a_page_that_is_no_news_item_names_no_outlet_or_place() -> None:
    # the newsroom's masthead page: the copyright's brand is the site's, not the source
    # of a story, and the office's address opens no dateline
    text = doc(
        "Beranda / Redaksi",
        "Redaksi",
        "",
        "KABAR LEMBAH - Kabar Lembah adalah media daring yang terbit sejak 2019 dan "
        "melayani pembaca di seluruh kabupaten dengan berita harian.",
        "",
        P2,
        "",
        "© 2025 Kabar Lembah. All Rights Reserved.",
    )
    got = extract(text)
    assert got.kind == "other"
    assert (got.source, got.dateline) == (None, None)


def test_a_page_named_by_its_type_is_an_other_page_with_no_field() -> None:
    # the office's name over the menu looks more like a headline than "Kontak Kami": a
    # page that is no news item gives neither (as a listing gives no field)
    text = doc(
        "DINAS KESEHATAN KABUPATEN LEMBAH HIJAU",
        "Beranda",
        "Profil",
        "Berita",
        "",
        "Beranda / Kontak Kami",
        "Kontak Kami",
        "",
        "Warga dapat menyampaikan pertanyaan, saran dan pengaduan layanan kesehatan melalui "
        "saluran di bawah ini pada hari dan jam kerja.",
        "",
        "Alamat: Jl. Merdeka No. 12, Lembah Hijau",
    )
    got = extract(text)
    assert (got.kind, got.title, got.source) == ("other", None, None)


def test_a_contact_block_under_the_story_names_no_writer_or_outlet() -> None:
    # a press release's or a service page's foot: the office's web address and mail
    for contact in ("Website: www.lembahhijau.go.id", "Email: ppid.lembah@gmail.com"):
        text = doc(
            HEADLINE,
            STAMP,
            "",
            P1,
            *AFTER_LEAD,
            "",
            "Narahubung:",
            "Telepon: (0291) 123456",
            contact,
        )
        got = extract(text)
        assert (got.authors, got.source) == ((), None), contact


def test_a_photo_page_s_credit_over_the_photo_names_its_author() -> None:
    # the same gallery item with its credit printed under the stamp, over the photo
    for credit in ("Foto: Rina Kusuma", "Fotografer : Rina Kusuma"):
        text = doc(
            "Beranda > Galeri > Galeri Foto",
            "",
            "Wali Kota Tinjau Taman Baca di Pasar Lama",
            STAMP,
            credit,
            "",
            "Wali Kota Lembah meninjau taman baca di kawasan pasar lama bersama anak-anak "
            "sekolah, Rabu (5/3/2025).",
            "",
            "Bagikan: Facebook X WhatsApp",
        )
        assert extract(text).authors == ("Rina Kusuma",), credit


def test_a_source_line_under_the_story_above_the_sidebars_is_read() -> None:
    # the office named under the story, with the page's lists and footer under it
    text = doc(
        HEADLINE,
        STAMP,
        "",
        P1,
        "",
        "Sumber: Bagian Protokol dan Komunikasi Pimpinan",
        "",
        "Kategori: Pendidikan",
        "",
        "Berita Terbaru",
        *_titles_with_stamps(6),
        "Pemerintah Kabupaten Lembah Hijau",
        "Jl. Merdeka No. 12, Lembah Hijau",
        "Telepon (0291) 123456",
        "Hak Cipta © 2025 Pemerintah Kabupaten Lembah Hijau",
    )
    assert extract(text).source == "Bagian Protokol dan Komunikasi Pimpinan"


def test_a_caption_closed_by_a_domain_s_or_a_courtesy_credit_is_no_headline() -> None:
    # the photo's caption under the stamp, over the lead: "Foto: site.com/Name", "IST"
    for credit in ("Foto: kabarlembah.com/Rina", "IST"):
        text = doc(
            HEADLINE,
            "Reporter: Nadia Larasati",
            STAMP,
            "",
            f"Anak-anak membaca buku di taman baca yang baru dibuka di kawasan pasar lama. {credit}",
            *STORY,
        )
        got = extract(text)
        assert got.title == "Taman Baca Dibuka di Pasar Lama", credit
        assert got.dateline == "Kota Lama", credit


def test_a_gallery_widget_over_a_story_names_no_author() -> None:
    # "Galeri Foto / 1 dari 8 / Foto: Name" over a one-paragraph story: the widget's
    # photo, not the page's item (the robustness benchmark's gallery-above)
    text = doc(
        "Galeri Foto",
        "1 dari 8",
        "Foto: Rina Kusuma",
        "",
        f"Kota Lama - {P1}",
    )
    assert extract(text).authors == ()


def test_a_page_type_s_name_over_its_stamp_and_credits_still_makes_an_other_page() -> None:
    # a CMS page: the heading, then who wrote it, when, how often it was read; none of
    # it is a news item's, so the page gives no article field
    text = doc(
        "Beranda / Tentang Kami",
        "Visi dan Misi",
        "Ditulis oleh Administrator",
        "Kategori: Tentang Kami",
        "Diterbitkan: Kamis, 14 Maret 2019 10:21",
        "Dilihat: 2318",
        "",
        "VISI",
        "Terwujudnya pelayanan yang bersih, cepat dan dipercaya oleh seluruh warga kota.",
        "",
        P2,
    )
    got = extract(text)
    assert (got.kind, got.title, got.authors) == ("other", None, ())
    assert (got.published_date, got.views) == (None, None)


def test_a_menu_s_page_name_over_a_story_s_headline_makes_no_other_page() -> None:
    # "Profil" is the last menu item over the headline; the page is the story's
    text = doc(
        "Beranda",
        "Berita",
        "Profil",
        "",
        "Taman Baca Dibuka di Pasar Lama untuk Anak-anak Sekolah",
        "Oleh Humas Kota",
        STAMP,
        *STORY,
    )
    assert extract(text).kind == "article"


def test_a_count_under_the_credit_lines_under_the_stamp_is_the_page_s() -> None:
    text = doc(
        HEADLINE,
        "Kamis, 6 Maret 2025 - 09:15 WIB",
        "Penulis: Nadia Larasati",
        "Editor: Bagus Wicaksono",
        "Fotografer: Rina Kusuma",
        "Dibaca 1.087 kali",
        *STORY,
    )
    assert extract(text).views == 1087


def test_a_gallery_s_captions_under_their_counters_make_a_photo_page() -> None:
    # several photos, each caption under "[Foto N dari M]", the credit under the stamp
    captions = []
    for k, caption in enumerate(
        (
            "Wali Kota Lembah meninjau taman baca di kawasan pasar lama bersama anak-anak "
            "sekolah, Rabu (5/3/2025).",
            "Anak-anak memilih buku cerita bergambar di rak yang disumbangkan warga sekitar "
            "pasar lama.",
            "Petugas perpustakaan kota mencatat peminjaman buku oleh pengunjung taman baca "
            "pada hari pertama.",
        ),
        start=1,
    ):
        captions += [f"[Foto {k} dari 3]", caption, ""]
    text = doc(
        "Beranda / Galeri / Foto",
        "",
        "Wali Kota Tinjau Taman Baca di Pasar Lama",
        "",
        "Kamis, 6 Maret 2025 | 09:15 WITA",
        "Dilihat: 89",
        "",
        "Fotografer: Rina Kusuma",
        "",
        *captions,
        "Bagikan: Facebook X WhatsApp",
    )
    assert extract(text).authors == ("Rina Kusuma",)


def test_a_name_between_the_stamp_and_the_count_is_the_writer() -> None:
    # a village site's article: headline, date, the poster's name, the read count
    for name in ("Administrator", "Sri Wahyuni"):
        text = doc(
            "Penyaluran Bantuan Pangan Tahap Kedua di Balai Desa",
            "Kamis, 15 Agustus 2024 - 11:02 WITA",
            name,
            "Dibaca 57 Kali",
            "",
            P1,
            *AFTER_LEAD,
        )
        got = extract(text)
        assert (got.authors, got.views) == ((name,), 57), name


def test_a_contact_page_s_heading_over_its_stamp_is_no_writer() -> None:
    text = doc(
        "Beranda > Kontak",
        "Kontak Kami",
        "Dipublikasikan: 9 Januari 2024 | Dilihat 1.203 kali",
        "",
        "Warga dapat menyampaikan pertanyaan, saran dan pengaduan layanan melalui "
        "saluran di bawah ini pada hari dan jam kerja.",
        "",
        P2,
    )
    got = extract(text)
    assert (got.kind, got.title, got.authors, got.views) == ("other", None, (), None)


# A stamp row whose cells are set apart by wide gaps, as a browser copies a row of a
# page's header (the ninth blind set: a regency's press release, a village's news).
@pytest.mark.parametrize(
    ("row", "writer"),
    [
        (
            "Kamis, 6 Maret 2025 09:15 WIB   Ditulis oleh Rina Kusuma   Dilihat: 88 kali",
            "Rina Kusuma",
        ),
        ("6 Maret 2025 09:15:02   Penulis: Bayu Pratama   Dibaca 40 Kali", "Bayu Pratama"),
    ],
)
def test_a_byline_in_its_own_cell_of_the_stamp_row_is_the_writer(row: str, writer: str) -> None:
    got = extract(doc(HEADLINE, row, *STORY))
    assert got.authors == (writer,)
    assert got.published_date == dt.date(2025, 3, 6)


def test_a_label_padded_to_its_colon_is_one_cell_with_its_name() -> None:
    # "Editor        : Name": the gap before the colon aligns the labels, it parts nothing
    row = "Editor          : Hendra Wijaya Penulis          : Lilis Suryani"
    got = extract(doc(HEADLINE, STAMP, row, *STORY))
    assert (got.authors, got.editors) == (("Lilis Suryani",), ("Hendra Wijaya",))


def test_souvenirs_are_no_byline() -> None:
    # "Oleh-oleh" (souvenirs) names a menu's section, not a writer after "oleh"
    got = extract(doc("Beranda", "Oleh-oleh Khas Lembah", HEADLINE, STAMP, *STORY))
    assert got.authors == ()


def test_a_closing_credit_under_a_writer_s_note_starts_no_second_post() -> None:
    # a site clock (a bare date) over an opinion; under its paragraphs the writer's
    # note and the desk's credit, then the site's links: one story, not a blog's posts
    text = doc(
        "Kabar Lembah",
        "Senin, 10 Maret 2025",
        "Beranda",
        "Opini",
        "",
        "Menimbang Ulang Jadwal Angkutan Kota Kita",
        "Sabtu, 8 Mar 2025, 07:00 WIB",
        "Oleh: Hendra Wijaya",
        "",
        P1,
        *AFTER_LEAD,
        "",
        "Penulis adalah Pengajar Program Studi Perencanaan Wilayah dan Kota Universitas Lembah",
        "",
        "Redaktur: Lilis Suryani",
        "",
        "Tag",
        "Angkutan Kota",
        "Bagikan",
        "Facebook",
    )
    got = extract(text)
    assert got.kind == "article"
    assert got.authors == ("Hendra Wijaya",)


def test_an_english_source_line_under_the_story_names_its_source() -> None:
    # the English pages of ministries and agencies label their source as the
    # Indonesian ones do ("Sumber: ...")
    text = doc(
        "Delegations Agree on Joint Marine Research",
        "12 June 2024",
        "",
        "Officials of both countries met on Tuesday to agree on a programme of joint "
        "marine research and on exchanges of students between their universities.",
        "",
        "The programme will start next year and run for three years, the officials said "
        "after the meeting, adding that funding had been set aside by both sides.",
        "",
        "Source: Embassy of Indonesia in Lembah",
        "",
        "Share:",
        "Facebook",
    )
    assert extract(text).source == "Embassy of Indonesia in Lembah"


def test_a_source_line_among_the_credits_over_a_gallery_names_its_source() -> None:
    # a photo page's credits under its stamp, over the captions: the office that
    # published it, as a "Sumber:" line under a story names one
    text = doc(
        "Bupati Tinjau Pembangunan Jembatan Gantung",
        "",
        "6 Mar 2025 | 09:15 WITA",
        "",
        "Fotografer: Bayu Pratama",
        "Sumber: Diskominfo Lembah",
        "",
        "[Foto 1 dari 2]",
        f"LEMBAH – {P1}",
        "",
        "[Foto 2 dari 2]",
        P2,
    )
    assert extract(text).source == "Diskominfo Lembah"


@pytest.mark.parametrize("heading", ["Rincian", "Detail", "Details"])
def test_a_cms_details_heading_over_the_stamp_is_no_writer(heading: str) -> None:
    # a CMS's block of an article's details under its headline (five sites of our
    # blind pages: courts, a ministry's regional office, an anti-graft agency); the
    # writer is credited under the story
    text = doc(
        "Kantor Wilayah Lembah",
        "Beranda",
        "Berita",
        "Siaran Pers",
        "Kontak",
        "Cari ...",
        "Anda di sini:  Beranda  Berita  Siaran Pers",
        "Kantor Wilayah Jemput Bola Daftarkan Merek Para Penenun di Lembah Tengah",
        heading,
        "Kategori: Siaran Pers",
        "Diterbitkan: Kamis, 6 Maret 2025 09:15",
        "Dilihat: 137",
        "SIARAN PERS",
        "Nomor: W.1-HM.04.02-17",
        f"Kota Lama – {P1}",
        P2,
        P3,
        "Penulis: Lilis Suryani",
        "Editor: Hendra Wijaya",
        "Bagikan:",
        "Facebook Twitter WhatsApp",
        "< Sebelumnya   Selanjutnya >",
        "Berita Terkini",
        "Lapas Terima Kunjungan Tim Penilai Zona Integritas",
        "Rudenim Pulangkan Dua Warga Asing yang Melebihi Izin Tinggal",
    )
    assert extract(text).authors == ("Lilis Suryani",)


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("Foto: RINA KUSUMA/LEMBAH POS", "RINA KUSUMA"),
        ("Foto: Bayu Pratama/MC Lembah", "Bayu Pratama"),
        ("Foto: Humas/Siti Rahma", "Siti Rahma"),  # the office first, as before
    ],
)
def test_a_photo_page_s_credit_names_its_photographer_on_either_side_of_the_slash(
    credit: str, name: str
) -> None:
    # a regional paper's and a city's media center's photo pages print the name first
    # and the outlet after the slash; others print the office first
    text = doc(
        "Beranda » Foto",
        "Anak-anak Berlatih Mendayung Jelang Festival Sungai",
        "Sabtu, 10 Agustus 2024 - 16:22 WIB",
        "",
        "Puluhan anak dari desa di tepi sungai mendayung perahu panjang saat berlatih di "
        "aliran sungai kota, Sabtu (10/8/2024), menjelang festival tahunan bulan depan.",
        credit,
        "Editor: Hendra Wijaya",
    )
    assert extract(text).authors == (name,)


def test_a_report_by_two_writers_credits_both() -> None:
    # "Laporan oleh ..." opens a byline as "Oleh ..." does (a radio's and a
    # university's news)
    got = extract(doc(HEADLINE, STAMP, "Laporan oleh Rina Kusuma dan Bayu Pratama", *STORY))
    assert got.authors == ("Rina Kusuma", "Bayu Pratama")


@pytest.mark.parametrize("account", ["Posted by admin", "by kabarlembah"])
def test_a_writer_credited_by_name_outweighs_the_site_s_account(account: str) -> None:
    # the CMS names the account that posted the page; the story credits its writer
    # (a school's news, a regional portal's advertorial)
    text = doc(HEADLINE, f"{account} | 6 Maret 2025", *STORY, "", "Penulis: Lilis Suryani")
    assert extract(text).authors == ("Lilis Suryani",)


def test_the_site_s_account_is_the_author_when_no_one_else_is_credited() -> None:
    got = extract(doc(HEADLINE, "Posted by admin | 6 Maret 2025", *STORY))
    assert got.authors == ("admin",)


@pytest.mark.parametrize(
    "lead",
    [
        "Jakarta (6 Maret 2025) – Kementerian meminta pemerintah daerah menyiapkan posko.",
        "Jakarta (6/3) – Kementerian meminta pemerintah daerah menyiapkan posko.",
    ],
)
def test_a_release_s_day_in_brackets_after_its_place_is_a_dateline(lead: str) -> None:
    # a ministry's release prints its day where a wire prints its name ("Jakarta
    # (ANTARA) -"): a place and no outlet (a weather agency's and a ministry's releases)
    got = extract(doc(HEADLINE, STAMP, "", lead, *AFTER_LEAD))
    assert (got.dateline, got.source) == ("Jakarta", None)


_PROCEDURE = (
    "Pendaftaran surat kuasa khusus di pengadilan ini dapat dilakukan secara langsung di "
    "loket pelayanan terpadu setiap hari kerja, dengan membawa berkas yang sudah lengkap.",
    "",
    "Petugas memeriksa kelengkapan berkas, mencatatnya dalam register dan memberi nomor "
    "pendaftaran kepada pemohon setelah biaya pendaftaran dibayar melalui bank.",
    "",
    "Berkas yang tidak lengkap dikembalikan kepada pemohon untuk dilengkapi lebih dahulu, "
    "dan pemohon dapat bertanya kepada petugas meja informasi bila ada yang belum jelas.",
)


@pytest.mark.parametrize(
    "trail",
    [
        "Beranda › Layanan Hukum › Pendaftaran Surat Kuasa",
        "Beranda / Unit Layanan / Pusat Bahasa",
        "Home > Informasi Publik > Informasi Berkala",
        "Beranda / Kontak",  # two steps, the second the page type's name (six sites)
    ],
)
def test_a_page_under_a_service_trail_is_no_news_item(trail: str) -> None:
    # a court's procedure, a university unit's profile, a public-information page: the
    # breadcrumb leads to the site's services, not to its news
    got = extract(
        doc(
            "Pengadilan Negeri Lembah",
            "Beranda  Tentang  Layanan",
            trail,
            "Pendaftaran Surat Kuasa Khusus",
            *_PROCEDURE,
        )
    )
    assert (got.kind, got.title, got.published_date) == ("other", None, None)


@pytest.mark.parametrize(
    "trail",
    [
        "Beranda / Berita / Layanan",  # a story filed under the site's news
        "Beranda | Profil | Pemerintahan | Data | Regulasi | Peta | Layanan",  # a menu
        "Home / Career",  # a magazine's section of its news
    ],
)
def test_a_news_trail_or_a_menu_names_no_service_page(trail: str) -> None:
    got = extract(doc(trail, HEADLINE, STAMP, *STORY))
    assert got.kind == "article"


def test_a_count_under_a_photo_s_caption_is_the_page_s() -> None:
    # a city's and a province's photo pages print the count under the caption and
    # its credit, not under the stamp
    text = doc(
        "Beranda » Foto",
        "Ribuan Warga Ikuti Gowes Pagi Keliling Kota",
        "Minggu, 9 Juni 2024 | 07:30 WIB",
        "",
        "Penjabat wali kota mengibarkan bendera start melepas ribuan peserta gowes pagi di "
        "depan kantor wali kota, Minggu (9/6/2024), dalam rangka hari jadi kota.",
        "",
        "Foto: Bayu Pratama/MC Lembah",
        "",
        "Dilihat 645 kali",
        "",
        "Bagikan:",
        "Facebook",
    )
    assert extract(text).views == 645


def test_a_count_under_a_stamp_and_its_labelled_credits_is_the_page_s() -> None:
    # a university's stamp, its writers, its editor and its photographer, then the count
    text = doc(
        HEADLINE,
        "Selasa, 12 Maret 2024 | 10:30 WIT",
        "Penulis: Rina Kusuma, Bayu Pratama",
        "Editor: Hendra Wijaya",
        "Kontributor Foto: Siti Rahma",
        "Dilihat 389 kali",
        *STORY,
    )
    assert extract(text).views == 389


@pytest.mark.parametrize(
    ("lead", "place", "outlet"),
    [
        (
            "KABARLEMBAH.ID, WANGI-WANGI – Pemerintah daerah membuka festival.",
            "WANGI-WANGI",
            "KABARLEMBAH.ID",
        ),
        (
            "KabarLembah.com - SLEMAN - Warga dusun mengarak gunungan hasil bumi.",
            "SLEMAN",
            "KabarLembah.com",
        ),
        (
            "KABARLEMBAH.COM: KENDARI – Tim gabungan mencari nelayan yang hilang.",
            "KENDARI",
            "KABARLEMBAH.COM",
        ),
        # a hyphen right before the story's first word ends the place, as before
        (
            "LEMBAHPOS.COM, LARANTUKA-Harian pagi kota ini genap berumur sepuluh tahun.",
            "LARANTUKA",
            "LEMBAHPOS.COM",
        ),
    ],
)
def test_a_hyphenated_place_or_a_place_between_dashes_is_the_dateline(
    lead: str, place: str, outlet: str
) -> None:
    # Wakatobi's capital is spelt with a hyphen; a Yogyakarta paper prints its place in
    # capitals between two dashes after its domain
    got = extract(doc(HEADLINE, STAMP, "", lead, *AFTER_LEAD))
    assert (got.dateline, got.source) == (place, outlet)


_CAPTION = (
    "Anak-anak menabuh gamelan pada pembukaan festival seni remaja di lapangan kota, "
    "Minggu (23/2/2025), di depan ratusan penonton"
)


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("(Foto: Rina Kusuma)", "Rina Kusuma"),
        ("(Foto: Bayu Pratama/Diskominfo Lembah)", "Bayu Pratama"),
    ],
)
def test_a_photo_page_s_credit_closing_its_caption_in_brackets_names_its_author(
    closing: str, name: str
) -> None:
    # a city's and a regency's galleries close the caption with the credit in brackets
    text = doc(
        "Beranda > Galeri Foto",
        "",
        "Penampilan Anak-anak di Festival Seni Remaja",
        "Senin, 24 Februari 2025",
        "",
        f"{_CAPTION}. {closing}",
        "",
        "Kategori: Seni dan Budaya",
    )
    assert extract(text).authors == (name,)


def test_a_gallery_s_credit_in_its_first_caption_names_its_author() -> None:
    text = doc(
        "Beranda / Galeri / Galeri Foto",
        "Pawai Ogoh-ogoh Mini Siswa Sekolah Dasar",
        "12 Feb 2025",
        "[Foto 1 dari 3]",
        f"{_CAPTION}. (Foto: Siti Rahma/Diskominfo Lembah)",
        "[Foto 2 dari 3]",
        "Seorang siswa merapikan kepala ogoh-ogoh dari bubur kertas sebelum pawai dimulai.",
        "[Foto 3 dari 3]",
        "Penonton memadati sisi utara taman untuk menyaksikan peserta yang melintas.",
        "Bagikan :",
    )
    assert extract(text).authors == ("Siti Rahma",)


_INDEX_ROWS = (
    "Banjir Surut, Warga Perumahan Bersihkan Lumpur Sisa Genangan",
    "7 Maret 2024, 10:15 WIB",
    "Tanggul Kali Jebol Sepanjang Lima Belas Meter di Pinggir Kota",
    "6 Maret 2024, 19:42 WIB",
    "Badan Bencana Dirikan Tiga Dapur Umum untuk Para Pengungsi",
    "6 Maret 2024, 14:05 WIB",
    "Ketinggian Air Capai Satu Meter, Petugas Evakuasi Para Lansia",
    "6 Maret 2024, 08:30 WIB",
    "Hujan Lebat Diperkirakan Turun Hingga Akhir Pekan Ini",
    "5 Maret 2024, 21:10 WIB",
)


def test_a_tag_page_opening_with_a_sentence_about_its_stories_is_a_listing() -> None:
    # a television news site's tag page: one sentence on what it gathers, then its
    # headlines each over its stamp
    text = doc(
        "Tag: banjir kota",
        "Kumpulan berita terbaru tentang banjir kota hari ini, ketinggian air, titik "
        "pengungsian dan bantuan bagi warga.",
        *_INDEX_ROWS,
    )
    assert extract(text).kind == "listing"


def test_a_photo_page_over_a_box_of_other_photos_stays_an_article() -> None:
    text = doc(
        "Beranda » Foto",
        "Anak-anak Berlatih Mendayung Jelang Festival Sungai",
        "Sabtu, 10 Agustus 2024 - 16:22 WIB",
        "Puluhan anak dari desa di tepi sungai mendayung perahu panjang saat berlatih di "
        "aliran sungai kota, Sabtu (10/8/2024), menjelang festival.",
        "Foto: Bayu Pratama/MC Lembah",
        "Foto Lainnya",
        *_INDEX_ROWS,
    )
    assert extract(text).kind == "article"


def test_a_stamp_after_credits_packed_with_bare_pipes_is_read() -> None:
    # a regional paper's network prints its reporter, editor and stamp as one row of
    # cells parted by pipes with no spaces
    row = (
        "Reporter: Rina Kusumawardani|Editor: Hendra Budi Santoso Wijaya|Kamis 11-07-2024,09:15 WIB"
    )
    got = extract(doc(HEADLINE, row, *STORY))
    assert (got.published_date, got.published_time, got.timezone) == (
        dt.date(2024, 7, 11),
        dt.time(9, 15),
        "WIB",
    )
    assert (got.authors, got.editors) == (("Rina Kusumawardani",), ("Hendra Budi Santoso Wijaya",))


def test_a_photo_page_s_headline_under_its_foto_label_is_the_title() -> None:
    # three photo pages of our blind sets (a province, a regional portal, a news site)
    # print "FOTO:" before the headline; "Foto: Name" is still a credit
    headline = "FOTO: Nelayan Menjemur Ikan di Pesisir Lembah Jelang Panen"
    text = doc(
        "Beranda / Galeri / Foto",
        headline,
        "28 Okt 2024 | 11:07 WITA",
        "Foto: Bayu Pratama",
        "",
        "Para nelayan menjemur ikan di atas para-para bambu di pesisir desa, Senin "
        "(28/10/2024), menjelang musim panen ikan tahun ini.",
    )
    got = extract(text)
    assert (got.title, got.authors) == (headline, ("Bayu Pratama",))


def test_a_count_in_its_own_cell_of_the_stamp_row_is_the_page_s() -> None:
    # "... WIT    Dibaca: 1.208": the wide gap parts the count's cell from the zone
    got = extract(doc(HEADLINE, "Senin, 16 Sep 2024 | 19:40 WIT    Dibaca: 1.208", *STORY))
    assert got.views == 1208


def test_a_video_s_count_of_times_watched_is_its_views() -> None:
    # "x ditonton" counts a video page's viewers as "kali dibaca" counts a story's
    got = extract(doc(HEADLINE, "Minggu, 10 November 2024  ·  1.204 x ditonton", *STORY))
    assert got.views == 1204


def test_an_outlet_in_its_own_cell_after_the_stamp_is_the_source() -> None:
    # "... | HARIAN LEMBAH" after the stamp, as the label rules' own example prints it
    got = extract(doc(HEADLINE, "21/11/2024 08:15 WIT  |  Kabarlembah.com", *STORY))
    assert got.source == "Kabarlembah.com"


def test_a_lone_paragraph_over_the_story_s_header_is_not_its_lead() -> None:
    # a village site's welcome line over its menu, and a writer's profile over the
    # headline (two sites of the twelfth blind set): each stands alone, with the
    # story's headline and stamp under it before any paragraph, so the story starts
    # under them
    welcome = doc(
        "Website Resmi Desa Sukalaras",
        "",
        "Selamat datang di laman resmi Desa Sukalaras. Surat pengantar kini dapat diurus "
        "lewat layanan mandiri di kantor desa.",
        "",
        "Beranda",
        "Profil Desa",
        "Pemerintahan",
        "Data Desa",
        "",
        HEADLINE,
        "",
        "5 Maret 2025 10:12",
        "Sari Pertiwi",
        "Dibaca 64 Kali",
        "",
        P1,
        *AFTER_LEAD,
    )
    got = extract(welcome)
    assert (got.title, got.published_date) == (HEADLINE, dt.date(2025, 3, 5))
    profile = doc(
        "Dimas Prayoga",
        "Penulis lepas yang tinggal di tepi danau dan menulis tentang pasar, sekolah dan "
        "kebun warga sejak lama.",
        "",
        "Humaniora",
        "",
        HEADLINE,
        "",
        "Diterbitkan: 5 Maret 2025 10:12",
        "",
        P1,
        *AFTER_LEAD,
    )
    got = extract(profile)
    assert (got.title, got.published_date) == (HEADLINE, dt.date(2025, 3, 5))


def test_a_word_and_a_colon_before_the_stamp_label_it_and_name_no_writer() -> None:
    for stamp in ("Tayang: 5 Maret 2025 10:12", "Dirilis Ulang: Rabu, 5 Maret 2025 10:12"):
        text = doc(HEADLINE, stamp, *STORY)
        got = extract(text)
        assert got.authors == (), stamp
        assert got.published_date == dt.date(2025, 3, 5), stamp


def test_a_hyphenated_domain_in_the_dateline_is_the_whole_outlet() -> None:
    text = doc(
        HEADLINE,
        STAMP,
        "",
        f"Kota Lama, Kabar-Lembah.com – {P1}",
        *AFTER_LEAD,
    )
    got = extract(text)
    assert (got.dateline, got.source) == ("Kota Lama", "Kabar-Lembah.com")


def test_an_eye_s_glyph_before_a_number_labels_the_view_count() -> None:
    # two sites of our blind pages print the icon where others print "Dilihat"
    for count in ("\U0001f441 1.208", "\U0001f441\ufe0f 1.208"):
        text = doc(HEADLINE, STAMP, count, *STORY)
        assert extract(text).views == 1208, count


def test_a_byline_under_the_headline_stands_when_the_story_looks_back_years() -> None:
    # a fact check or an anniversary piece writes of days years before its own stamp;
    # the byline under its headline is still the page's (a teaser's byline in a box of
    # other stories over the page is what a stamp long after the story's dates marks)
    text = doc(
        "[HOAKS] Foto Jembatan Putus Akibat Banjir Pekan Ini",
        "",
        "Penulis: Laras Wijayanti",
        "Selasa, 4 Maret 2025 10:31",
        "",
        "Sebuah foto jembatan gantung yang putus beredar di grup percakapan warga sejak "
        "Minggu. Foto itu disebut diambil setelah banjir pekan ini.",
        "",
        "Penelusuran gambar menunjukkan foto yang sama sudah dimuat pada 12 Januari 2019, "
        "ketika banjir besar merusak jembatan itu enam tahun lalu.",
        "",
        "Jembatan tersebut telah dibangun kembali pada 3 Agustus 2020 dan kini dipakai "
        "warga setiap hari.",
    )
    got = extract(text)
    assert got.authors == ("Laras Wijayanti",)
    assert got.published_date == dt.date(2025, 3, 4)


def test_an_outlet_then_a_place_in_capitals_each_before_a_dash_is_a_dateline() -> None:
    # a regional TV site's lead (eleventh blind set) and a portal's next story (dev)
    # print the outlet with no domain, as "KRjogja.com - SLEMAN -" prints it with one
    for opening in ("KLTV - KOTA LAMA - ", "KABARLEMBAH—KOTA LAMA — "):
        text = doc(HEADLINE, STAMP, "", f"{opening}{P1}", *AFTER_LEAD)
        got = extract(text)
        assert got.dateline is not None and got.dateline.lower() == "kota lama", opening
        assert got.source == opening.split()[0].split("—")[0], opening


def test_a_site_s_tagline_after_its_name_and_a_dash_opens_no_lead() -> None:
    # page 2 of a story: its text starts mid-sentence with no dateline, and the only
    # dash-opened line is the paper's tagline under its name (eleventh blind set)
    text = doc(
        "kabarlembah.id",
        "Harian Kabar Lembah - Terdepan dan Terpercaya di Lembah",
        "",
        "BERANDA",
        "DAERAH",
        "",
        HEADLINE,
        "",
        "Kamis, 6 Maret 2025 09:15",
        "Penulis: Sari Pertiwi",
        "",
        "sebelumnya warga meminta pengurus pasar membuka ruang baca itu setiap sore.",
        "",
        P2,
        "",
        P3,
        "",
        "Halaman: 1 2 3",
    )
    got = extract(text)
    assert (got.title, got.published_date) == (HEADLINE, dt.date(2025, 3, 6))
    assert got.dateline is None


def test_a_source_line_over_the_text_is_no_longer_headline_than_the_headline() -> None:
    # an infographic's page (twelfth blind set): the graphic's figures and the line
    # naming where its data came from stand between the headline's stamp and the text
    text = doc(
        "Infografis",
        "",
        HEADLINE,
        "",
        STAMP,
        "",
        "Penulis: Sari Pertiwi",
        "",
        "RUANG BACA KOTA LAMA 2024",
        "Pengunjung per bulan",
        "",
        "Januari",
        "1.204 orang",
        "",
        "Februari",
        "1.377 orang",
        "",
        "Sumber data: Dinas Perpustakaan dan Kearsipan Kota Lama, diolah",
        "",
        P1,
        *AFTER_LEAD,
    )
    assert extract(text).title == HEADLINE


def test_a_menu_printed_one_item_a_line_over_the_stamp_names_no_writer() -> None:
    # three sites of our blind pages print their menu one item a line right over the
    # story's stamp or a site clock; the name reader took the item nearest the stamp
    for item in ("Agenda", "Kegiatan", "JDIH"):
        text = doc(
            "PORTAL KOTA LAMA",
            "Beranda",
            "Berita",
            "Pengumuman",
            item,
            "Kontak",
            "Kamis, 6 Maret 2025",
            "",
            f"KOTA LAMA - {P1}",
            *AFTER_LEAD,
        )
        assert extract(text).authors == (), item
    # a writer's name alone over the stamp, under the headline, stays a byline
    text = doc(HEADLINE, "Sari Pertiwi", "Kamis, 6 Maret 2025", "", f"KOTA LAMA - {P1}")
    assert extract(text).authors == ("Sari Pertiwi",)


def test_a_day_signing_a_document_on_an_other_page_is_no_publication_date() -> None:
    # a portal's copy of the press council's guidelines closes with the place and day
    # they were signed; a release closes so with the day it was issued
    closing = "Jakarta, 3 Februari 2012"
    guidelines = doc(
        "Beranda / Redaksi",
        "Pedoman Media Siber",
        "",
        "Kemerdekaan berpendapat dan kemerdekaan pers adalah hak asasi yang dijamin oleh "
        "undang-undang, dan pedoman ini disusun agar media siber menjalankannya dengan baik.",
        "",
        P2,
        "",
        closing,
        "Dewan Pers",
    )
    got = extract(guidelines)
    assert (got.kind, got.published_date) == ("other", None)
    release = doc(HEADLINE, "", f"KOTA LAMA - {P1}", *AFTER_LEAD, "", closing)
    got = extract(release)
    assert (got.kind, got.published_date) == ("article", dt.date(2012, 2, 3))


def test_a_welcome_between_the_site_s_clock_and_its_menu_leaves_the_clock_the_site_s() -> None:
    # a DPRD site (eighth blind set): its clock, a scrolling welcome, then its menu; the
    # story prints only "3 hari yang lalu" and its lead's day
    text = doc(
        "DPRD KOTA LAMA",
        "Kamis, 24 Oktober 2024",
        "Selamat Datang di Website Resmi DPRD Kota Lama ..... Sampaikan aspirasi Anda",
        "Beranda",
        "Profil",
        "Berita",
        "",
        HEADLINE,
        "3 hari yang lalu",
        "",
        f"KOTA LAMA - Sekretariat dewan menyampaikan, Senin (21/10/2024), {P1}",
        *AFTER_LEAD,
    )
    assert extract(text).published_date == dt.date(2024, 10, 21)


def test_the_site_s_name_between_its_clock_and_its_menu_leaves_the_clock_the_site_s() -> None:
    # the clock opens the page (eighth blind set), the site's name is under it, then
    # the menu; the story prints no stamp of its own
    text = doc(
        "Rabu, Juni 12, 2024",
        "Suara Lembah",
        "Berita",
        "Artikel",
        "Opini",
        "",
        HEADLINE,
        "",
        P1,
        *AFTER_LEAD,
    )
    assert extract(text).published_date is None


def test_a_columnist_s_post_under_the_byline_is_not_the_headline() -> None:
    # two opinion pages of our blind sets print the writer's post on the line under
    # the byline, longer than the headline over them
    text = doc(
        "Opini",
        "Merawat Ruang Baca di Pasar Lama",
        "Kamis, 6 Maret 2025 | 09:15 WIB",
        "Oleh: Sari Pertiwi",
        "Pengajar Sejarah Kota pada sebuah perguruan tinggi swasta di Kota Lama",
        "",
        P1,
        *AFTER_LEAD,
    )
    assert extract(text).title == "Merawat Ruang Baca di Pasar Lama"


def test_a_table_counting_its_records_makes_an_other_page_with_no_field() -> None:
    # a regulation or document table's own count (four sites of our blind pages); an
    # index counting its stories stays a listing
    rows = [
        "No | Nomor | Judul | Tahun | Unduh",
        "1 | Perda 3 | Penyelenggaraan Ruang Baca Kota Lama | 2024 | PDF",
        "2 | Perda 2 | Pengelolaan Pasar Rakyat | 2024 | PDF",
        "3 | Perwali 11 | Tata Tertib Taman Kota | 2023 | PDF",
    ]
    for count, kind in (
        ("Menampilkan 1 sampai 3 dari 57 entri", "other"),
        ("Menampilkan 1 - 3 dari 57 berita", "listing"),
    ):
        text = doc("Produk Hukum Kota Lama", "", "Cari:", "", *rows, "", count, "Sebelumnya 1 2 3")
        got = extract(text)
        assert got.kind == kind, count
        assert (got.title, got.published_date, got.authors) == (None, None, ()), count


def test_a_link_bar_under_the_site_s_clock_leaves_the_clock_the_site_s() -> None:
    # a portal (thirteenth set): its clock, then a bar of links to its own pages; the
    # story prints only "3 jam yang lalu" and its lead's day
    text = doc(
        "Minggu, 21 Juli 2024",
        "Redaksi | Pedoman Media Siber | Kontak",
        "",
        "KABARLEMBAH.COM",
        "",
        HEADLINE,
        "3 jam yang lalu",
        "",
        f"KOTA LAMA - Pemerintah kota, Sabtu (20/7/2024), {P1}",
        *AFTER_LEAD,
    )
    assert extract(text).published_date == dt.date(2024, 7, 20)


def test_writers_joined_by_and_on_their_own_line_are_the_authors() -> None:
    # an English daily (dev) and an English magazine (fourteenth set) print two or
    # three writers on one line under the headline, over the stamp, with no label
    for names, outlet in (
        ("Dewi Kartika and Ray Holloway", ""),
        ("Dewi Kartika, Ray Holloway and Budi Wicaksono", " (The Harbour Times)"),
    ):
        text = doc(
            "Fishing towns count the cost of a late monsoon",
            names + outlet,
            "Published: Apr 2, 2024",
            "",
            "Boats stayed ashore for a third week as the rains failed to come, and "
            "traders in the harbour market said prices of dried fish had doubled since March.",
            *AFTER_LEAD,
        )
        got = extract(text)
        assert set(got.authors) == set(re.split(r", | and ", names)), names
        assert got.title == "Fishing towns count the cost of a late monsoon"


def test_a_headline_of_title_case_words_joined_by_a_comma_or_dan_names_no_writers() -> None:
    # under a site's motto line such a headline sits where a writers' line would: over
    # the stamp, under a headline-like line; English writers' lines join with "and"
    for headline in ("Pasar Rakyat Dibuka, Pedagang Antre Lapak", "Rumah Tenun dan Galeri Batik"):
        text = doc(
            "KabarLembah — Jernih, Dekat, Terpercaya",
            headline,
            "Senin, 3 Juni 2024 | 10:15 WIB",
            "",
            P1,
            *AFTER_LEAD,
        )
        assert extract(text).authors == (), headline


def test_uploaded_labels_the_story_s_stamp() -> None:
    # "Diunggah:" (uploaded) before the day: the stamp's label on a navy gallery and a
    # poll body's pages (our blind sets); the lead's earlier day is the event's
    text = doc(
        "Galeri Foto",
        "Nelayan Pulau Kecil Latihan Evakuasi Perahu",
        "Diunggah: Selasa, 21 Januari 2025  |  Kategori: Kegiatan",
        "",
        "Sejumlah nelayan berlatih membalikkan perahu di dermaga desa pada Senin "
        "(20/1/2025), dipandu petugas pos pencarian dan pertolongan setempat.",
        *AFTER_LEAD,
    )
    assert extract(text).published_date == dt.date(2025, 1, 21)


def test_the_site_s_name_printed_again_in_its_footer_is_not_the_headline() -> None:
    # a court's and a ministry's portals (blind sets): the office's name under the
    # site's clock, over the menu, and again in the footer; a headline's second copy
    # stands over the story (a breadcrumb, a share row), never only in the footer
    office = "Pengadilan Tinggi Lembah Hijau"
    menu = ("Beranda", "Tentang Pengadilan", "Visi dan Misi", "Layanan Publik", "Berita Terkini")
    text = doc(
        "Sabtu, 22 Maret 2025 09:30:12 WITA",
        office,
        "Mahkamah Agung Republik Indonesia",
        *menu,
        "Anda di sini:  Beranda  Informasi  Berita Terkini",
        HEADLINE,
        "Rincian",
        "Kategori: Berita Terkini",
        "Dibuat: Kamis, 6 Maret 2025 10:14",
        "Dilihat: 214",
        f"Lembah – {P1}",
        *AFTER_LEAD,
        "",
        "Penulis : Rina Kusuma",
        "Bagikan:",
        "Statistik Pengunjung",
        "Hari Ini: 87",
        office,
        "Jl. Raya Lembah No. 1, Kota Lembah",
        f"Hak Cipta © 2025 {office}. Seluruh Hak Cipta Dilindungi.",
    )
    # (the short headline alone is too weak to be given: no title beats a wrong one)
    assert extract(text).title in (HEADLINE, None)


def test_a_copyright_in_the_site_s_footer_is_no_source_of_the_story() -> None:
    # full-page copies of two newspapers' and a weekly's sites (blind sets): the story
    # ends, then tags, other stories with their own stamps, the menu again and the
    # footer's copyright; the brand is the site's, not the story's dateline, Sumber
    # line, stamp or credit
    text = doc(
        HEADLINE,
        STAMP,
        "",
        P1,
        *AFTER_LEAD,
        "",
        "Tag: taman baca, pasar lama",
        "",
        "Berita Lainnya",
        "Jembatan Gantung Desa Hulu Selesai Diperbaiki",
        "Rabu, 5 Maret 2025 | 14:02 WIB",
        "Festival Layang-layang Digelar di Pantai Timur",
        "Selasa, 4 Maret 2025 | 08:40 WIB",
        "",
        "Tentang Kami",
        "Redaksi",
        "Pedoman Media Siber",
        "Kontak",
        "© 2025 Lembah Pos. All rights reserved.",
    )
    assert extract(text).source is None


def test_a_copyright_closing_the_story_under_its_credits_is_its_source() -> None:
    # a news agency's regional page prints its writer and editor, then its copyright,
    # right under the story: the story's own credit (as the dev corpus labels it)
    text = doc(
        f"{P1}",
        *AFTER_LEAD,
        "",
        "Pewarta: Rina Kusuma",
        "",
        "Editor : Bayu Saputra",
        "",
        "COPYRIGHT © Kabar Lembah 2025",
    )
    assert extract(text).source == "Kabar Lembah"


def test_a_javanese_weekday_and_market_day_before_a_date_are_no_writer() -> None:
    # a Javanese weekly's and a regency's portal (blind sets): the weekday in Javanese,
    # with or without its market day, before the stamp's or the lead's date
    text = doc(
        "Pethik Pari Bareng Warga Desa",
        "Rebo Legi, 16 Oktober 2024",
        "",
        "Kali Lembah – Warga desa ngawontenaken pethik pari ing sawah kulon desa.",
        *AFTER_LEAD,
    )
    got = extract(text)
    assert got.authors == ()
    assert got.published_date == dt.date(2024, 10, 16)
    lead = doc(
        "Bibit Kentang Kangge Kelompok Tani",
        "",
        "KALI LEMBAH – Dinten Kemis (15/5/2025), Pemkab maringaken bibit kentang dhateng"
        " kalih welas kelompok tani ing lereng gunung.",
        *AFTER_LEAD,
    )
    assert extract(lead).published_date == dt.date(2025, 5, 15)


def test_javanese_credit_labels_and_read_counts() -> None:
    # two Javanese-language weeklies (blind sets): "Dening:" (by) and "Diwaos N kaping"
    # (read N times) on the stamp's line, "Pawarta:" (reporter) and "Diwaca: N kaping"
    # over and under the story, "Redhaktur:" closing it
    text = doc(
        "Pethik Pari Bareng Warga Desa",
        "Setu, 15 Februari 2025  |  Dening: Ratri Kusumawati  |  Diwaos 418 kaping",
        "",
        "KALI LEMBAH – Warga desa ngawontenaken pethik pari ing sawah kulon desa.",
        *AFTER_LEAD,
        "",
        "Redhaktur: Bayu Saputra",
    )
    got = extract(text)
    assert (got.authors, got.editors, got.views) == (("Ratri Kusumawati",), ("Bayu Saputra",), 418)
    other = doc(
        "Pethik Pari Bareng Warga Desa",
        "Rebo, 16 Oktober 2024",
        "Diwaca: 275 kaping",
        "",
        "KALI LEMBAH – Warga desa ngawontenaken pethik pari ing sawah kulon desa.",
        *AFTER_LEAD,
        "",
        "Pawarta: Ratri Kusumawati",
    )
    got = extract(other)
    assert (got.authors, got.views) == (("Ratri Kusumawati",), 275)


def test_the_site_s_name_over_its_clock_and_menu_is_no_credit() -> None:
    # two regional newspapers' full-page copies (blind sets): the site's domain as its
    # logo, the day's clock under it, the menu; the story's own stamp under its headline
    text = doc(
        "kabarlembah.co.id",
        "Senin, 10 Maret 2025 | 07:02 WIB",
        "Beranda",
        "Berita",
        "Daerah",
        "Olahraga",
        "",
        HEADLINE,
        STAMP,
        "",
        P1,
        *AFTER_LEAD,
    )
    got = extract(text)
    assert got.source is None
    assert got.published_date == dt.date(2025, 3, 6)


def test_a_middle_dot_ends_the_byline_before_its_stamp() -> None:
    # a business weekly's and a city portal's byline (blind sets): "Oleh Name · stamp";
    # the label is no part of the name, and a separator no reader knows gives no name
    for byline in (
        "Oleh Ani Lestari  ·  Jumat 28 Feb 2025, 07:05 WIB",
        "Oleh: Ani Lestari  ·  28 Februari 2025, 07:05 WIB",
    ):
        text = doc(HEADLINE, byline, "", P1, *AFTER_LEAD)
        got = extract(text)
        assert got.authors == ("Ani Lestari",), byline
        assert got.published_date == dt.date(2025, 2, 28), byline
    odd = doc(HEADLINE, "Oleh Ani Lestari ~ Jumat 28 Feb 2025, 07:05 WIB", "", P1, *AFTER_LEAD)
    assert extract(odd).authors in ((), ("Ani Lestari",))


def test_a_video_s_length_under_its_stamp_is_no_menu() -> None:
    # video pages of a government channel and two TV newsrooms (blind sets): the date
    # under the headline, then the player's length and the count; a site's clock stands
    # over a menu of sections, which name no number
    text = doc(
        "Video",
        "Cara Mendaftar Taman Baca di Pasar Lama",
        "Kamis, 6 Maret 2025",
        "▶ 03:12",
        "Ditonton 2.311 kali",
        P1,
        *AFTER_LEAD,
    )
    got = extract(text)
    assert (got.published_date, got.views) == (dt.date(2025, 3, 6), 2311)


def test_a_photographer_in_a_row_of_credits_is_a_photo_page_s_author() -> None:
    # credits in cells parted by pipes are read cell by cell ("Reporter: A | Editor: B"
    # on many sites); a gallery prints its photographer so (a city portal, blind set)
    text = doc(
        "Beranda",
        "Galeri",
        "Warga Membersihkan Lumpur di Pasar Lama",
        STAMP,
        "Fotografer: Ani Lestari  |  Editor: Bayu Saputra",
        "1/3",
        "Warga membersihkan lumpur yang tertinggal di lorong pasar lama setelah banjir semalam.",
        "2/3",
        "Pedagang menjemur dagangan yang basah di depan kios mereka pada pagi hari ini.",
        "3/3",
        "Petugas menyemprot jalan di depan pasar untuk mengangkat sisa endapan lumpur.",
    )
    got = extract(text)
    assert (got.authors, got.editors) == (("Ani Lestari",), ("Bayu Saputra",))


def test_an_agency_s_credit_closing_a_photo_caption_under_the_site_s_widgets() -> None:
    # a news agency's photo page (dev, and its photo site in a blind set): the caption is
    # the item and closes with "OUTLET FOTO/Name/abc."; share buttons, related photos, a
    # numbered list of the most seen and the footer's links follow it, more lines than
    # the story's close is looked for in
    related = []
    for k in range(1, 5):
        related += ["", f"Perahu nelayan kembali ke dermaga nomor {k}", f"Senin, {k} Maret 2025"]
    popular = []
    for k in range(1, 6):
        popular += [str(k), f"Cerita foto lain yang banyak dilihat nomor {k}"]
    text = doc(
        "Beranda",
        "Berita Foto",
        "",
        "Warga membersihkan lumpur di Pasar Lama",
        STAMP,
        "",
        "Warga membersihkan lumpur yang tertinggal di lorong Pasar Lama, Kamis (6/3/2025), "
        "setelah banjir semalam merendam kios-kios di tepi sungai. KABAR FOTO/Ani Lestari/bys.",
        "",
        "Bagikan",
        "Facebook",
        "WhatsApp",
        "",
        "Foto Terkait",
        *related,
        "",
        "Foto Terpopuler",
        *popular,
        "",
        "Tentang Kami",
        "Kontak",
    )
    got = extract(text)
    assert (got.authors, got.source) == (("Ani Lestari",), "KABAR FOTO")


def test_a_stamp_followed_by_its_reading_time_is_the_story_s_stamp() -> None:
    # "June 5, 2024 · 4 min read" under a bare byline (an English startup site, blind
    # set) and "18 Agustus 2023 · 4 menit baca" (a national daily): the reading time
    # is the stamp's company, as a view count is, and the line is no reader's control
    for stamp, want in (
        ("March 6, 2025 · 4 min read", dt.date(2025, 3, 6)),
        ("6 Maret 2025 · 5 menit baca", dt.date(2025, 3, 6)),
    ):
        text = doc(
            "Beranda",
            "",
            HEADLINE,
            "",
            "Nadia Larasati",
            stamp,
            "",
            "Bagikan",
            "",
            P1,
            *AFTER_LEAD,
        )
        got = extract(text)
        assert (got.authors, got.published_date) == (("Nadia Larasati",), want), stamp
    # a reading time alone on its line stays the reader's control, not a stamp
    alone = doc(HEADLINE, "4 menit baca", "", P1, *AFTER_LEAD)
    assert extract(alone).published_date is None


def test_credit_labels_printed_without_a_colon() -> None:
    # a regional daily's "Reporter Name · Editor Name" under its headline and an opinion
    # column's "Editor Name" at its foot (blind set); a masthead's "Redaktur Pelaksana"
    # over a name is a post, not a credit
    top = doc(HEADLINE, STAMP, "Reporter Nadia Larasati · Editor Bayu Saputra", *STORY)
    got = extract(top)
    assert (got.authors, got.editors) == (("Nadia Larasati",), ("Bayu Saputra",))
    foot = doc(HEADLINE, STAMP, "Oleh: Nadia Larasati", *STORY, "", "Editor Bayu Saputra")
    got = extract(foot)
    assert (got.authors, got.editors) == (("Nadia Larasati",), ("Bayu Saputra",))
    post = doc(HEADLINE, STAMP, "Oleh: Nadia Larasati", *STORY, "", "Redaktur Pelaksana")
    assert extract(post).editors == ()


def test_a_page_of_frequently_asked_questions_is_an_other_page() -> None:
    # a service's questions and answers under the page type's own name (three sites of
    # our blind pages: a complaints portal, an insurer, a city's service hall), with or
    # without the day it was last edited: no news item, so no title and no date
    for heading, edited in (
        ("Pertanyaan yang Sering Diajukan (FAQ)", ()),
        ("FAQ Layanan Perpustakaan Keliling", ("", "Diperbarui 3 Februari 2025 oleh Admin")),
        ("Frequently Asked Questions", ()),
    ):
        text = doc(
            heading,
            *edited,
            "",
            "Di mana mobil perpustakaan keliling berhenti setiap pekan?",
            "Mobil berhenti di balai desa, halaman sekolah dan pasar menurut jadwal yang "
            "diumumkan pengelola pada awal bulan di papan pengumuman kelurahan.",
            "",
            "Apakah warga harus menjadi anggota untuk meminjam buku?",
            "Warga cukup menunjukkan kartu identitas kepada petugas, lalu boleh membawa "
            "pulang dua buku selama dua pekan tanpa dipungut biaya apa pun.",
        )
        got = extract(text)
        assert (got.kind, got.title, got.published_date) == ("other", None, None), heading


def test_a_headline_on_frequently_asked_questions_heads_a_story() -> None:
    # a story about a service's questions names more than the page type: it stays news
    text = doc("Warga Banyak Bertanya soal FAQ Layanan Pajak Daring", STAMP, *STORY)
    assert extract(text).kind == "article"


def test_a_photo_page_s_credit_right_over_its_caption_names_its_author() -> None:
    # a parliament's and a news site's gallery item (blind pages): the gallery's counter
    # and arrows between the stamp and the photo's own credit, right over its caption
    text = doc(
        "Beranda > Galeri > Foto",
        "",
        "Wali Kota Tinjau Taman Baca di Pasar Lama",
        STAMP,
        "Dilihat 88 kali",
        "Foto 1 dari 3",
        "‹",
        "›",
        "Foto: Rina Kusuma",
        "Wali Kota Lembah meninjau taman baca di kawasan pasar lama bersama anak-anak "
        "sekolah, Rabu (5/3/2025).",
        "Bagikan:",
        "WhatsApp",
    )
    assert extract(text).authors == ("Rina Kusuma",)


def test_a_clock_over_the_sign_in_link_and_the_menu_is_the_site_s() -> None:
    # the day the page was saved, over the site's name, its "Masuk" (sign in) link and
    # its menu; the story prints only a relative time, so its day is the lead's
    text = doc(
        "Senin, 10 Maret 2025",
        "kabarlembah.com",
        "Masuk",
        "Home",
        "News",
        "Regional",
        "Olahraga",
        "",
        HEADLINE,
        "Oleh Nadia Larasati",
        "5 jam yang lalu",
        "",
        "Kota Lama - Pengelola pasar membuka taman baca di lantai dua, Minggu (9/3/2025).",
        *AFTER_LEAD,
    )
    assert extract(text).published_date == dt.date(2025, 3, 9)


def test_a_photo_page_s_caption_closing_with_an_unbracketed_credit_names_its_author() -> None:
    # a regional daily's gallery: "... FOTO: OUTLET/Name" closes the caption without
    # brackets, as "(Foto: Name/Office)" closes it on other sites
    text = doc(
        "Home › Galeri Foto",
        "FOTO: Penampilan Anak-anak di Festival Seni Remaja",
        "Senin, 24 Februari 2025 10:05",
        "Dilihat 420 kali",
        f"{_CAPTION}. FOTO: LEMBAHPOS/Rina Kusuma",
        "Editor: Bayu Pratama",
        "Bagikan:",
    )
    got = extract(text)
    assert (got.authors, got.source) == (("Rina Kusuma",), "LEMBAHPOS")
    # a caption that only ends with a sentence names no one
    plain = text.replace(". FOTO: LEMBAHPOS/Rina Kusuma", ".")
    assert extract(plain).authors == ()


def test_a_page_of_an_office_s_contact_details_is_an_other_page() -> None:
    # an office's address, telephone, e-mail and opening hours over a few sentences on
    # how to reach it (six sites of our blind pages: ministries, a regency, an NGO, a
    # campus): no dateline, no stamp or credit of its own, so no news item
    text = doc(
        "Beranda",
        "Layanan",
        "Hubungi",
        "",
        "Sekretariat Badan Perpustakaan Lembah Hijau",
        "Jl. Merdeka No. 12, Kota Lama 40111",
        "Telepon: (0291) 123456",
        "Email: layanan@perpustakaan-lembah.go.id",
        "Jam Pelayanan: Senin - Jumat, 08.00 - 15.00 WIB",
        "",
        "Warga yang ingin meminjam ruang baca untuk kegiatan kelompok dapat mengirim surat "
        "permohonan paling lambat tujuh hari sebelum kegiatan, disertai nama penanggung jawab "
        "dan jumlah peserta yang akan hadir.",
        "",
        "Permohonan yang lengkap dijawab petugas melalui surat elektronik dalam tiga hari kerja.",
    )
    got = extract(text)
    assert (got.kind, got.title, got.published_date) == ("other", None, None)


def test_a_story_over_its_site_s_address_in_the_footer_stays_an_article() -> None:
    # the story's own stamp says it is a news item, whatever the footer prints
    text = doc(
        HEADLINE,
        STAMP,
        *STORY,
        "",
        "Kabar Lembah",
        "Jl. Merdeka No. 12, Kota Lama 40111",
        "Telepon: (0291) 123456",
        "Email: redaksi@kabarlembah.id",
        "WhatsApp: 0812 3456 7890",
    )
    assert extract(text).kind == "article"


def test_an_english_editor_credit_without_a_colon_is_read() -> None:
    # two campuses' English pages: "Edited by Name" on its own line under the byline, or
    # in a cell of the byline's own line; "Edited by" over no name credits no one
    for credits in (
        ("Written by Nadia Larasati", "Edited by Bayu Saputra"),
        ("Written by Nadia Larasati | Edited by Bayu Saputra",),
    ):
        text = doc("Campus Team Builds a Water Filter for the Village", *credits, *STORY)
        got = extract(text)
        assert (got.authors, got.editors) == (("Nadia Larasati",), ("Bayu Saputra",)), credits
    text = doc(HEADLINE, "Written by Nadia Larasati", "Edited by the newsroom", *STORY)
    assert extract(text).editors == ()


def _agenda(heading: str) -> str:
    """A town's calendar of coming events under ``heading``: a month, a sentence on
    what it lists, then days, each with its hour and event and its place (our words)."""
    days = (
        ("Selasa, 2 Juni 2026", "Apel Pagi Gabungan Pegawai Kantor Kota", "Halaman Balai Kota"),
        ("Rabu, 3 Juni 2026", "Rapat Persiapan Pasar Murah Kelurahan", "Aula Kantor Camat"),
        ("Kamis, 4 Juni 2026", "Lomba Taman Baca Antarkelurahan", "Taman Baca Pasar Lama"),
        ("Jumat, 5 Juni 2026", "Jumat Bersih di Sepanjang Kali Lama", "Bantaran Kali Lama"),
    )
    return doc(
        heading,
        "Bulan Juni 2026",
        "Berikut jadwal kegiatan wali kota dan para kepala dinas selama bulan ini bagi warga "
        "yang ingin hadir.",
        *(
            row
            for day, event, place in days
            for row in (day, f"08.00 WIB – {event}", f"Tempat: {place}")
        ),
    )


def test_an_agenda_s_heading_over_its_days_makes_an_other_page() -> None:
    # a city's or a church's agenda (seven sites of our blind pages): no news item
    got = extract(_agenda("Agenda Pelayanan Pimpinan Kota Lembah"))
    assert (got.kind, got.title, got.published_date) == ("other", None, None)


def test_an_agenda_widget_of_one_day_over_a_story_leaves_it_an_article() -> None:
    # a single coming day under "Agenda Kegiatan" over a story with its own headline
    text = doc(
        "Agenda Kegiatan",
        "Selasa, 2 Juni 2026",
        "Apel Pagi Gabungan Pegawai Kantor Kota",
        "",
        HEADLINE,
        STAMP,
        *STORY,
    )
    assert extract(text).kind == "article"


def test_a_place_parted_from_the_lead_by_a_pipe_is_its_dateline() -> None:
    # a court's and a sports federation's stories open "Banda Aceh | ...", "Tokyo | ..."
    for place in ("Kota Lama", "Tokyo"):
        text = doc(HEADLINE, STAMP, "", f"{place} | {P1}", *AFTER_LEAD)
        assert extract(text).dateline == place, place
    # a menu's cells and an outlet's stamp row are no lead
    got = extract(doc("Beranda | Profil | Kontak", HEADLINE, STAMP, "", P1, *AFTER_LEAD))
    assert got.dateline is None


def test_a_gallery_s_credit_of_a_name_and_a_one_word_brand_names_both() -> None:
    # a news site's gallery credits each photo "Foto: Name/Brand" under its caption: the
    # person's name of two words first, the outlet's one-word brand after the slash
    text = doc(
        "Foto › Metropolitan",
        "FOTO: Warga Padati Pawai Budaya di Kota Lama",
        "Kamis, 10/07/2025 09:12 WIB",
        "1 / 2",
        "Penari tampil dalam pawai budaya yang digelar di kawasan kota lama, Rabu (9/7/2025).",
        "Foto: Rina Kusuma/Kabarlembah",
        "2 / 2",
        "Warga mengabadikan pawai dengan telepon genggam dari tepi jalan.",
        "Foto: Rina Kusuma/Kabarlembah",
        "Bagikan:",
    )
    got = extract(text)
    assert (got.authors, got.source) == (("Rina Kusuma",), "Kabarlembah")


def test_a_procedure_s_name_over_a_page_with_no_news_sign_makes_an_other_page() -> None:
    # a civil registry's, a court's or a council's procedure (ten sites of our blind
    # pages): its name over its steps, no dateline, no stamp or credit of its own
    text = doc(
        "Persyaratan dan Prosedur Penerbitan Kartu Perpustakaan",
        "",
        "Kartu perpustakaan diterbitkan bagi warga yang tinggal di wilayah kota dan ingin "
        "meminjam buku untuk dibawa pulang dari perpustakaan umum maupun taman baca.",
        "",
        "Pemohon datang ke meja layanan dengan membawa kartu identitas, lalu mengisi formulir "
        "pendaftaran yang disediakan petugas di ruang baca lantai satu.",
        "",
        "Kartu selesai dicetak pada hari yang sama dan berlaku selama tiga tahun sejak tanggal "
        "diterbitkan, tanpa dipungut biaya apa pun.",
    )
    got = extract(text)
    assert (got.kind, got.title) == ("other", None)


def test_a_news_explainer_on_a_procedure_with_its_stamp_stays_an_article() -> None:
    # a news site's explainer names a procedure too, but prints its own stamp
    text = doc("Tata Cara Mendaftar Kartu Perpustakaan di Pasar Lama", STAMP, *STORY)
    assert extract(text).kind == "article"


# an office's own account of itself in eight paragraphs (our words): on a page of a page
# type they are no news item's prose
_ABOUT = (
    "Perpustakaan umum kota berdiri sejak tahun 1978 di sebuah gedung bekas kantor pos "
    "dan pada mulanya hanya menyimpan beberapa ratus buku sumbangan warga dan sekolah.",
    "Kini koleksinya mencapai lebih dari empat puluh ribu judul, termasuk naskah lama "
    "tentang sejarah kampung-kampung di tepi sungai yang dirawat bersama para pegiat.",
    "Setiap tahun perpustakaan menggelar kelas menulis, lomba bercerita untuk anak-anak "
    "dan pameran arsip foto kota lama yang terbuka bagi siapa saja tanpa dipungut biaya.",
    "Ruang baca anak di lantai dua dibuka kembali setelah direnovasi dengan rak baru, "
    "karpet dan sudut dongeng yang dapat dipakai sekolah untuk kunjungan kelas.",
    "Layanan keliling menyambangi dua belas kelurahan setiap bulan dengan mobil yang "
    "membawa sekitar seribu buku, dari cerita bergambar sampai buku pertanian.",
    "Warga yang belum memiliki kartu anggota dapat mendaftar langsung di meja layanan "
    "dengan membawa kartu identitas, dan kartu dicetak pada hari yang sama.",
    "Bagi peneliti, ruang arsip melayani permintaan salinan naskah dengan perjanjian "
    "terlebih dahulu melalui surat elektronik paling lambat tiga hari sebelumnya.",
    "Saran dan keluhan tentang layanan perpustakaan diterima setiap hari kerja melalui "
    "kotak saran di lobi maupun nomor telepon layanan yang tertera di halaman ini.",
)


@pytest.mark.parametrize(
    "rows",
    [
        (  # an office's contact details
            "Hubungi Layanan",
            "Jl. Merdeka No. 12, Kota Lama 40111",
            "Telepon: (0291) 123456",
            "Email: layanan@perpustakaan-lembah.go.id",
            "Jam Pelayanan: Senin - Jumat, 08.00 - 15.00 WIB",
        ),
        (  # an agenda's heading over its days
            "Agenda Perpustakaan Kota Lembah",
            "Selasa, 2 Juni 2026",
            "08.00 WIB – Kelas Menulis Cerita Anak",
            "Rabu, 3 Juni 2026",
            "09.00 WIB – Pameran Arsip Foto Kota Lama",
            "Kamis, 4 Juni 2026",
            "10.00 WIB – Lomba Bercerita Tingkat SD",
        ),
        ("Tata Cara Peminjaman Ruang Baca Kelompok",),  # a procedure's name
    ],
    ids=["contact", "agenda", "procedure"],
)
def test_a_page_type_s_verdict_outweighs_its_prose(rows: tuple[str, ...]) -> None:
    # the verdicts of a contact, agenda or procedure page weigh as a page type's heading
    # does: with a few long paragraphs of the office's account under it the page stays an
    # other page (a contact page, two agendas and a council's procedure among our blind
    # pages were read as articles while their verdict alone counted)
    got = extract(doc(*rows, "", *(row for line in _ABOUT for row in ("", line))))
    assert (got.kind, got.title, got.published_date) == ("other", None, None)


def test_a_lead_opening_with_a_word_said_twice_has_no_dateline() -> None:
    # Indonesian makes plurals and some nouns by saying a word twice with a hyphen
    # ("Undang-Undang", "Kupu-kupu"): a paragraph that opens so names no place, as
    # "SEMARANG-Pemerintah ..." does
    for opening in ("Undang-Undang Nomor 5 Tahun 2020", "Kupu-kupu dari lembah itu"):
        lead = f"{opening} {P1[0].lower()}{P1[1:]}"
        assert extract(doc(HEADLINE, STAMP, "", lead, *AFTER_LEAD)).dateline is None, opening
    assert extract(doc(HEADLINE, STAMP, "", f"SEMARANG-{P1}", *AFTER_LEAD)).dateline == "SEMARANG"


def test_a_press_release_s_contact_block_names_no_writer() -> None:
    # a release closes with whom to ask ("Narahubung:", "Kontak Media"): a person and
    # the office's unit, its telephone; they answer questions, they did not write it
    for label in ("Narahubung:", "Kontak Media"):
        text = doc(
            HEADLINE,
            STAMP,
            *STORY,
            "",
            label,
            "Sari Lestari",
            "Bagian Hubungan Masyarakat Kota Lama",
            "Email: humas@kotalama.go.id",
        )
        assert extract(text).authors == (), label
    # without the label, an office's name closing the story is its credit
    text = doc(HEADLINE, STAMP, *STORY, "", "Humas Kota Lama")
    assert extract(text).authors == ("Humas Kota Lama",)


@pytest.mark.parametrize(
    "picker",
    [
        ("Pilih Tanggal: 06/03/2025", "Tampilkan"),
        ("Tanggal: 06/03/2025   Kanal: Semua Kanal   [Tampilkan]",),
        ("Tanggal", "06/03/2025", "Kanal", "Semua Kanal", "Tampilkan"),
    ],
    ids=["pick", "one-row", "cells"],
)
def test_a_news_index_s_date_filter_makes_a_listing(picker: tuple[str, ...]) -> None:
    # a news index under its date filter (eight sites of our blind pages): hours and
    # sections over headlines, no story of its own
    rows = (
        ("20:41 WIB | Kota Lama", "Taman Baca Pasar Lama Buka Sampai Malam Selama Libur Sekolah"),
        ("18:05 WIB | Ekonomi", "Harga Cabai di Pasar Induk Turun Setelah Panen Raya di Lembah"),
        ("15:30 WIB | Olahraga", "Klub Voli Putri Kota Lama Melaju ke Final Turnamen Antarkota"),
        (
            "11:12 WIB | Pendidikan",
            "Tiga Sekolah Dasar Mulai Membuka Kelas Membaca untuk Orang Tua",
        ),
    )
    got = extract(doc("Indeks Berita", *picker, "Kamis, 6 Maret 2025", *sum(rows, ())))
    assert (got.kind, got.title, got.published_date) == ("listing", None, None)


def test_a_search_box_or_a_table_s_page_size_is_no_date_filter() -> None:
    # "Tampilkan 10 entri" sets a table's page size, "Tampilkan di aplikasi" is a link,
    # and an archive's search box ("... Cari") sits over stories and other pages too
    for line in ("Tampilkan 10 entri", "Tampilkan di aplikasi", "Pilih tanggal: 06/03/2025 Cari"):
        assert layout.listing_markers([line]) != layout.DATE_FILTER, line
    # a filter over a story (a line of 100 characters or more) makes no index
    assert layout.listing_markers(["Pilih Tanggal", "Tampilkan", P1]) is None


def _teasers(n: int, when: str) -> list[str]:
    """``n`` entries of a tag or author page: a section, a headline and the entry's age
    or day (our words)."""
    heads = (
        "Taman Baca Pasar Lama Buka Sampai Malam Selama Libur Sekolah",
        "Harga Cabai di Pasar Induk Turun Setelah Panen Raya di Lembah",
        "Klub Voli Putri Kota Lama Melaju ke Final Turnamen Antarkota",
        "Tiga Sekolah Dasar Mulai Membuka Kelas Membaca untuk Orang Tua",
        "Warga Tepi Kali Lama Tanam Seribu Bibit Bambu di Bantaran",
    )
    return [row for k in range(n) for row in ("Kota Lama", heads[k], when.format(k + 2))]


@pytest.mark.parametrize("button", ["Muat Lebih Banyak", "Load more"])
def test_a_list_s_load_more_button_under_its_entries_makes_a_listing(button: str) -> None:
    # tag and author pages (25 sites of our blind pages) end their entries with a button
    # that loads the next ones; the entries carry ages or days, no paragraph
    for when in ("{} jam lalu", "Kabar Lembah - 1{}/06/2024"):
        got = extract(doc("Tag: Taman Baca", *_teasers(5, when), button))
        assert (got.kind, got.title, got.published_date) == ("listing", None, None), when


def test_a_load_more_button_under_a_story_leaves_it_an_article() -> None:
    # under a story's related links, or under one lone teaser, the button is no list's
    related = _teasers(3, "{} jam lalu")
    assert extract(doc(HEADLINE, STAMP, *STORY, "Berita Terkait", *related, "Load more")).kind == (
        "article"
    )
    assert layout.listing_markers([HEADLINE, P1[:80] + "...", "Muat Lebih Banyak"]) is None


def test_a_page_type_s_rows_like_datelines_are_no_new_stories() -> None:
    # a hospital's "Visi dan Misi" spells its values letter by letter ("R – Ramah: ...")
    # and a state insurer's procedure numbers its steps ("Langkah 1 – ..."): rows that
    # open like leads in a row, but the page names its own type, and they are its parts
    # (three blind pages of a hospital, a village and a state insurer)
    text = doc(
        "Beranda » Profil » Visi Misi",
        "Visi, Misi dan Nilai Perpustakaan Kota",
        "VISI",
        "Menjadi perpustakaan yang dekat dengan warga dan menjadi rumah belajar bersama.",
        "MISI",
        "1. Menyediakan koleksi bacaan yang lengkap, mutakhir dan mudah dijangkau warga.",
        "2. Menyelenggarakan kelas membaca dan menulis bagi anak-anak dan orang tua.",
        "3. Merawat arsip dan naskah lama kota agar dapat dipelajari generasi berikutnya.",
        "NILAI-NILAI",
        "B – Bersahabat: melayani setiap pengunjung dengan sikap santun dan penuh senyum.",
        "A – Amanah: menjaga koleksi dan data anggota dengan jujur dan bertanggung jawab.",
        "C – Cermat: mengutamakan ketelitian dalam mencatat setiap pinjaman dan kembalian.",
        "A – Akrab: membuka ruang baca bagi semua warga tanpa membedakan latar belakang.",
        "Visi dan misi ini ditetapkan oleh kepala perpustakaan dan menjadi pedoman seluruh "
        "petugas dalam menyusun rencana kerja setiap tahun, dari layanan ruang baca sampai "
        "layanan keliling ke kelurahan.",
    )
    got = extract(text)
    assert (got.kind, got.title) == ("other", None)


def test_a_photo_page_s_own_credit_beats_its_sidebar_photos_credits() -> None:
    # a city's photo page: the photographer under the item's stamp, then a box of other
    # photos, each with its headline, stamp and "Foto: Name" (the box's credits are
    # those photos', not this item's)
    text = doc(
        "Galeri Foto",
        "Lomba Bercerita Anak Meriahkan Taman Baca Pasar Lama",
        "Senin, 11 Maret 2024 | 19:40",
        "Fotografer: Rina Kusuma",
        f"{_CAPTION}.",
        "Dilihat 96 kali",
        "Foto Lainnya",
        "Warga Tanam Seribu Bibit Bambu di Bantaran Kali Lama",
        "Kamis, 7 Maret 2024 | 10:15",
        "Foto: Bayu Pratama",
        "Pasar Murah Digelar di Halaman Kantor Camat",
        "Selasa, 5 Maret 2024 | 14:02",
        "Foto: Sari Lestari",
    )
    assert extract(text).authors == ("Rina Kusuma",)


def test_a_ranked_box_s_entry_over_the_site_s_blurb_starts_no_second_story() -> None:
    # a news site's story under its clock, then a "Terpopuler" box ranking other stories
    # ("1", a headline, "2", ...) and the site's footer with a sentence about itself: the
    # last ranked headline over that sentence is a link, not a second post
    text = doc(
        "Selasa, 14 Mei 2024",
        HEADLINE,
        "by Rina Kusuma",
        "13 Mei 2024",
        *STORY,
        "Terpopuler",
        "1",
        "Harga Cabai di Pasar Induk Turun Setelah Panen Raya di Lembah",
        "2",
        "Klub Voli Putri Kota Lama Melaju ke Final Turnamen Antarkota",
        "Kabar Lembah",
        "Kabar Lembah adalah media siber yang menyajikan berita dan cerita dari kota-kota di "
        "sepanjang lembah dan sekitarnya.",
    )
    got = extract(text)
    assert (got.kind, got.title) == ("article", HEADLINE)


def test_a_data_table_s_page_size_picker_makes_a_page_of_records() -> None:
    # a regency's downloads: the table's page-size picker and search box over its rows
    # of documents, each with its upload day (no count of records shown under it)
    rows = (
        "1\tRencana Kerja Perpustakaan Kota Tahun 2025\tPerencanaan\t02/05/2024\t4,2 MB\tUnduh",
        "2\tLaporan Kinerja Perpustakaan Kota Tahun 2023\tLaporan\t28/03/2024\t3,1 MB\tUnduh",
        "3\tDaftar Informasi Publik Tahun 2024\tPPID\t03/01/2024\t512 KB\tUnduh",
    )
    for picker in ("Tampilkan 25 data", "Show 10 entries"):
        assert layout.listing_markers([picker, "Cari:"]) == layout.RECORDS_SHOWN, picker
        text = doc(
            "Selasa, 14 Mei 2024 | 10:32:07 WIB",
            "Beranda > Unduhan",
            "UNDUHAN DOKUMEN",
            picker,
            "Cari:",
            "No\tNama Dokumen\tKategori\tTanggal Unggah\tUkuran\tAksi",
            *rows,
            "Statistik Pengunjung",
            "Hari ini: 1.204",
        )
        got = extract(text)
        assert (got.kind, got.title, got.published_date) == ("other", None, None), picker


def test_a_newsroom_s_masthead_page_is_an_other_page() -> None:
    # a news site's masthead under its clock: roles alone on their lines, names under
    # them (nine sites of our blind pages); its "Editor" and "Reporter" read as credits
    # and its address as a dateline, but roles only a masthead names say what it is
    text = doc(
        "Kamis, 23 Januari 2025",
        "Diterbitkan oleh: PT Kabar Lembah Media",
        "Pemimpin Redaksi",
        "Rina Kusuma",
        "Redaktur Pelaksana",
        "Bayu Pratama",
        "Editor",
        "Sari Lestari",
        "Reporter",
        "Dimas Ardiansyah (Kota Lama)",
        "Fotografer",
        "Nia Marlina",
        "Alamat Redaksi",
        "Jl. Merdeka No. 12, Kota Lama",
    )
    assert read(text).kind_rule == "other:masthead"
    got = extract(text)
    assert (got.kind, got.authors, got.published_date) == ("other", (), None)
    # a story's own credits name no masthead's role
    assert extract(doc(HEADLINE, STAMP, "Reporter", "Rina Kusuma", *STORY)).kind == "article"


def test_a_byline_listing_three_writers_names_all_three() -> None:
    # "By A, B and C" (an institute's English story): the comma that closes one name
    # ("By Ani, Jakarta") here goes on to more names, as "Penulis: A, B dan C" does
    for byline in (
        "By Rina Kusuma, Bayu Pratama and Sari Lestari",
        "Oleh Rina Kusuma, Bayu Pratama dan Sari Lestari",
    ):
        got = extract(doc(HEADLINE, byline, STAMP, *STORY))
        assert got.authors == ("Rina Kusuma", "Bayu Pratama", "Sari Lestari"), byline
    # a writer and outlets after it: only the writer
    got = extract(doc(HEADLINE, "By Rina Kusuma, Reuters and AFP staff", STAMP, *STORY))
    assert got.authors == ("Rina Kusuma",)


@pytest.mark.parametrize(
    "heading",
    [
        ("FAQ", "Pertanyaan yang Sering Diajukan", "Kartu Anggota"),
        (
            "Pertanyaan yang Sering Diajukan (FAQ)",
            "Temukan jawaban atas pertanyaan umum seputar layanan perpustakaan kota di sini",
            "Umum",
        ),
    ],
    ids=["two-forms", "intro"],
)
def test_an_faq_s_name_over_a_section_and_its_first_question(heading: tuple[str, ...]) -> None:
    # a commuter railway's and a complaints service's FAQ: the page type's name in its
    # two forms, or over a sentence saying what it answers, then a section's name and
    # the first question with its answer (neither a footer's links nor a story)
    text = doc(
        *heading,
        "Berapa biaya membuat kartu anggota perpustakaan?",
        "Kartu anggota dibuat tanpa biaya di meja layanan dengan membawa kartu identitas, dan "
        "kartu dicetak pada hari yang sama setelah data pemohon diperiksa petugas.",
        "Berapa lama kartu anggota berlaku?",
        "Kartu berlaku selama tiga tahun dan dapat diperpanjang di meja layanan.",
    )
    assert read(text).kind_rule == "other:service-heading"
    got = extract(text)
    assert (got.kind, got.title) == ("other", None)


def test_a_bare_zero_under_the_stamp_is_no_view_count() -> None:
    # an opinion site's theme prints its count of comments, "0", alone under the day;
    # a page being read has been read, so no count of its readers is nought
    text = doc(HEADLINE, "Rina Kusuma", "-", "Juli 3, 2024", "0", *STORY)
    assert extract(text).views is None
    assert extract(text.replace("\n0\n", "\n214\n")).views == 214


@pytest.mark.parametrize(
    "header",
    [
        "No | Judul | Tanggal Unggah | Ukuran | Unduh",
        "No\tJudul Dokumen\tNomor\tTanggal Terbit\tUnduh",
    ],
)
def test_a_table_of_documents_under_its_header_makes_a_page_of_records(header: str) -> None:
    # an agency's publications: a sentence on what the table holds, then the table's
    # header (number, title ... size or download) and its rows of documents
    text = doc(
        "Beranda > Publikasi > Buletin",
        "Buletin Statistik Perpustakaan Kota",
        "Halaman ini memuat buletin statistik perpustakaan kota yang terbit setiap bulan, "
        "lengkap dengan jumlah pengunjung, pinjaman dan anggota baru.",
        header,
        "1 | Buletin Statistik Vol. 5 No. 12 Desember 2024 | 24/01/2025 | 4,1 MB | Unduh",
        "2 | Buletin Statistik Vol. 5 No. 11 November 2024 | 19/12/2024 | 3,9 MB | Unduh",
        "3 | Buletin Statistik Vol. 5 No. 10 Oktober 2024 | 21/11/2024 | 3,8 MB | Unduh",
    )
    assert layout.listing_markers([header]) == layout.RECORDS_SHOWN
    got = extract(text)
    assert (got.kind, got.title, got.published_date) == ("other", None, None)
    # a story's own table (a number column, no file's size or link) is no such header
    assert layout.listing_markers(["No | Kecamatan | Jumlah"]) is None


def test_a_contact_page_under_the_site_s_clock_is_an_other_page() -> None:
    # a regency's contact page: the site's clock over its menu, then each contact's label
    # over its value; the clock is the day the page was saved, no stamp of a news item
    text = doc(
        "Pemerintah Kota Lembah",
        "Jumat, 07 Maret 2025 | 10:42:17",
        "Beranda",
        "Profil",
        "Layanan",
        "Kontak",
        "Beranda / Kontak",
        "Kontak Kami",
        "Alamat",
        "Jl. Merdeka No. 12, Kota Lama",
        "Telepon",
        "(0291) 123 456",
        "Faksimile",
        "(0291) 123 457",
        "Surel",
        "humas@kotalembah.go.id",
        "Jam Pelayanan",
        "Senin – Kamis : 07.30 – 15.30 WIB",
        "Layanan Pengaduan Masyarakat",
        "Warga dapat menyampaikan pengaduan melalui formulir di bawah ini; petugas akan "
        "menjawab melalui surel dalam tiga hari kerja.",
        "Nama Lengkap *",
        "Pesan *",
        "Kirim Pesan",
    )
    got = extract(text)
    assert (got.kind, got.title, got.published_date) == ("other", None, None)


def test_a_step_s_number_before_a_dash_is_no_dateline() -> None:
    # a procedure's steps ("Langkah 1 – ...", "Tahap 2 – ..."), on a city's and an
    # agency's service pages: a word and its number name no place, and steps one after
    # another are no leads of stories in a row
    for opening in ("Langkah 1", "Tahap 2"):
        lead = f"{opening} – {P1}"
        assert extract(doc(HEADLINE, STAMP, "", lead, *AFTER_LEAD)).dateline is None, opening
