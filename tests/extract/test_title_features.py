"""Features of title candidates that carry across sites (pages in our own words)."""

from __future__ import annotations

import datetime as dt

import pytest
from sample_text import P1, P2, doc

from catalog.extract.candidates import Candidate, caption_cue, names_nothing_of, uses_word
from catalog.extract.core import extract, read
from catalog.extract.page import headline_value, split_lines


def _titles(text: str) -> dict[str, Candidate]:
    return {c.value: c for c in read(text).candidates["title"]}


@pytest.mark.parametrize(
    "line",
    [
        "Warga antre minyak goreng di depan pasar, Senin (3/4/2023). Warta Kota/Rina Kusuma",
        "Petani memanen padi di sawah desa. Kabar/Dok. Pribadi",
        "Bupati menyerahkan bantuan kepada warga. (hen)",
        "Hendra Wijaya (Ketua Kelompok Tani Sumber Makmur)",
        "Foto: relawan membersihkan sungai di tepi kota",
        "(Foto: Dinas Kominfo)",
        "Kabar Kota / Relawan membersihkan sungai di tepi kota bersama pelajar.",
    ],
)
def test_caption_lines_carry_the_cue(line: str) -> None:
    assert caption_cue(line)


@pytest.mark.parametrize(
    "line",
    [
        "Taman Baca Baru Dibuka di Pasar Lama",
        "Taman baca baru dibuka di pasar lama",
        "Pelatihan Kelompok Informasi Masyarakat (KIM)",
        "Cerita Bersambung dari Desa (7)",
        "Foto Bersama Bupati Usai Upacara",
        "Dokter Puskesmas Datangi Rumah Warga",
        "Istimewa, Pasar Lama Kini Punya Taman Baca",
        "Apa Kata Warga Soal Taman Baca? Ini Jawabannya",
        "Jakarta / Bandung: Kereta Cepat Mulai Beroperasi",
    ],
)
def test_headlines_carry_no_caption_cue(line: str) -> None:
    assert not caption_cue(line)


CAPTION_ABOVE_LEAD = doc(
    "Taman Baca Baru Dibuka di Pasar Lama",
    "Penulis: Hendra Wijaya",
    "Rabu, 5 Maret 2025 10:15 WIB",
    "Anak-anak membaca buku di taman baca pasar lama, Rabu (5/3/2025). Kabar Kota/Lilis Suryani",
    f"BANJARMASIN - {P1}",
    P2,
)


def test_a_caption_is_no_title_candidate_and_the_headline_is() -> None:
    assert set(_titles(CAPTION_ABOVE_LEAD)) == {"Taman Baca Baru Dibuka di Pasar Lama"}


@pytest.mark.parametrize(
    "line",
    ["Hendra Wijaya (Ketua Kelompok Tani Sumber Makmur)", "Bupati menyerahkan bantuan. (hen)"],
)
def test_a_caption_over_the_lead_is_no_title_candidate(line: str) -> None:
    text = doc("Taman Baca Baru Dibuka di Pasar Lama", line, f"BANJARMASIN - {P1}", P2)
    assert set(_titles(text)) == {"Taman Baca Baru Dibuka di Pasar Lama"}


# a line printed after the byline that is neither caption nor headline: an image's alt text
UNDER_THE_BYLINE = doc(
    "Taman Baca Baru Dibuka di Pasar Lama",
    "Penulis: Hendra Wijaya",
    "Rabu, 5 Maret 2025 10:15 WIB",
    "Suasana Taman Baca Pasar Lama Rabu Pagi",
    f"BANJARMASIN - {P1}",
    P2,
)


HEADLINE_WITH_SITE_TAIL = doc(
    "Taman Baca Baru Dibuka di Pasar Lama - Kabar Kota - Portal Berita Warga Terkini",
    "Beranda",
    "Taman Baca Baru Dibuka di Pasar Lama",
    "Penulis: Hendra Wijaya",
    f"BANJARMASIN - {P1}",
    P2,
)


def test_a_headline_printed_again_with_the_site_s_words_after_it() -> None:
    cands = _titles(HEADLINE_WITH_SITE_TAIL)
    bare = cands["Taman Baca Baru Dibuka di Pasar Lama"]
    long = next(c for v, c in cands.items() if v.endswith("Terkini"))
    assert long.features.get("headline-with-tail") == 1.0
    assert bare.features.get("tail-cut") == 1.0
    assert "headline-with-tail" not in bare.features
    assert "tail-cut" not in long.features


def test_a_line_under_the_byline_is_marked_and_the_headline_over_it_is_not() -> None:
    cands = _titles(UNDER_THE_BYLINE)
    assert cands["Suasana Taman Baca Pasar Lama Rabu Pagi"].features.get("under-meta") == 1.0
    assert "under-meta" not in cands["Taman Baca Baru Dibuka di Pasar Lama"].features


def test_under_the_byline_does_not_move_with_furniture_at_the_top() -> None:
    furnished = doc("Beranda", "Berita Daerah", "Kabar Kota Hari Ini", UNDER_THE_BYLINE)
    for text in (UNDER_THE_BYLINE, furnished):
        marked = {v for v, c in _titles(text).items() if c.features.get("under-meta")}
        assert marked == {"Suasana Taman Baca Pasar Lama Rabu Pagi"}


# ---------------------------------------------------------------- headline lines


def _lead_under(*head: str) -> str:
    return doc(*head, f"BANJARMASIN - {P1}", P2)


@pytest.mark.parametrize(
    "line",
    [
        "Kamtibmas | Warga Diminta Waspada Kabar Bohong Jelang Pemilu",
        "[TERPOPULER KOTA] Jalan Desa Diperbaiki Warga | Pasar Lama Dibuka Lagi Pekan Ini",
    ],
)
def test_a_headline_with_a_rubric_or_a_second_headline_after_a_pipe_is_a_candidate(
    line: str,
) -> None:
    assert line in _titles(_lead_under(line, "Penulis: Hendra Wijaya"))


def test_a_menu_of_pipes_is_no_title_candidate() -> None:
    assert not _titles(_lead_under("Beranda | Berita | Daerah | Kontak", "Penulis: Hendra Wijaya"))


@pytest.mark.parametrize("line", ["Dibaca 14 Kali", "Kategori: Cerita Warga - Dibaca: 52 kali"])
def test_a_view_count_line_is_no_title_candidate(line: str) -> None:
    text = _lead_under("Taman Baca Baru Dibuka di Pasar Lama", line)
    assert set(_titles(text)) == {"Taman Baca Baru Dibuka di Pasar Lama"}


@pytest.mark.parametrize(
    "line",
    [
        "Read Next : Jembatan Desa Sukamaju Ambrol Diterjang Banjir",
        "Aa Baca Juga: Jembatan Desa Sukamaju Ambrol Diterjang Banjir",
    ],
)
def test_a_stamp_or_a_story_link_is_marked_and_the_headline_is_not(line: str) -> None:
    cands = _titles(_lead_under("Taman Baca Baru Dibuka di Pasar Lama", line))
    assert cands[line].features.get("stamp-or-link") == 1.0
    assert "stamp-or-link" not in cands["Taman Baca Baru Dibuka di Pasar Lama"].features


def test_a_desk_glued_to_its_stamp_is_no_title_but_the_stamp() -> None:
    line = "Humas Kota Lembah Rabu, 3 Mei 2023 10:20:00 2 menit"
    text = _lead_under("Taman Baca Baru Dibuka di Pasar Lama", line)
    assert line not in _titles(text)
    assert extract(text).published_date == dt.date(2023, 5, 3)


def test_a_date_and_a_back_link_after_the_headline_are_cut_off() -> None:
    text = _lead_under("Taman Baca Baru Dibuka di Pasar Lama  12 Mei 2024  ← Kembali")
    assert set(_titles(text)) == {"Taman Baca Baru Dibuka di Pasar Lama"}
    assert extract(text).title == "Taman Baca Baru Dibuka di Pasar Lama"


@pytest.mark.parametrize(
    "line",
    [
        "Sambutan Wali Kota pada Peringatan Hari Jadi Kota Lembah, 14 Juni 2023",
        "Pemilu 14 Februari 2024 Berjalan Lancar di Desa Sukamaju",
    ],
)
def test_a_date_in_the_headline_s_own_words_stays(line: str) -> None:
    assert headline_value(split_lines(line), 0) == line


def test_a_drop_cap_split_off_the_lead_leaves_the_headline() -> None:
    text = doc(
        "Taman Baca Baru Dibuka di Pasar Lama P",
        "EMERINTAH kota meresmikan taman baca di kawasan pasar lama untuk anak-anak sekolah, "
        "kata kepala dinas kepada wartawan di lokasi.",
        P2,
    )
    assert set(_titles(text)) == {"Taman Baca Baru Dibuka di Pasar Lama"}


def test_a_capital_letter_ending_a_headline_over_a_plain_lead_stays() -> None:
    line = "Warga Desa Sukamaju Terima Bantuan Vitamin A"
    assert line in _titles(_lead_under(line, "Penulis: Hendra Wijaya"))


def test_a_candidate_holding_a_full_date_is_marked_and_the_headline_is_not() -> None:
    dated = "Taman Baca Pasar Lama Diresmikan Rabu 5 Maret 2025"
    cands = _titles(_lead_under("Taman Baca Baru Dibuka di Pasar Lama", dated))
    assert cands[dated].features.get("dated") == 1.0
    assert "dated" not in cands["Taman Baca Baru Dibuka di Pasar Lama"].features


def test_a_sentence_case_line_under_a_title_case_headline_is_marked_as_its_deck() -> None:
    deck = "Pemerintah kota membuka taman baca bagi anak sekolah di kawasan pasar"
    cands = _titles(
        _lead_under("Taman Baca Baru Dibuka di Pasar Lama", deck, "Penulis: Hendra Wijaya")
    )
    assert cands[deck].features.get("deck") == 1.0
    assert "deck" not in cands["Taman Baca Baru Dibuka di Pasar Lama"].features


def test_a_title_case_line_under_a_headline_is_no_deck() -> None:
    cands = _titles(
        _lead_under(
            "Kabar Kota Hari Ini", "Taman Baca Baru Dibuka di Pasar Lama", "Penulis: Hendra Wijaya"
        )
    )
    assert "deck" not in cands["Taman Baca Baru Dibuka di Pasar Lama"].features


def test_blank_lines_between_every_two_lines_leave_the_headline_as_near() -> None:
    text = _lead_under("Taman Baca Baru Dibuka di Pasar Lama", "Penulis: Hendra Wijaya")
    spaced = text.replace("\n", "\n\n")
    keys = ("dist", "near2", "near6")
    plain = _titles(text)["Taman Baca Baru Dibuka di Pasar Lama"].features
    wide = _titles(spaced)["Taman Baca Baru Dibuka di Pasar Lama"].features
    assert {k: plain.get(k) for k in keys} == {k: wide.get(k) for k in keys}
    assert wide.get("near2") == 1.0


# Body first, then the section, the headline and its stamp (a layout of two labelled
# sites): the headline is the one printed over that closing stamp.
BODY_FIRST = doc(
    f"Lembah Hijau (Humas) - {P1}",
    P2,
    "Rubrik",
    "Warga Desa Gotong Royong Bersihkan Saluran Irigasi",
    "- Kamis, 14 Maret 2024 | 09:30 WIB",
)


def test_the_headline_over_a_closing_stamp_is_a_candidate() -> None:
    c = _titles(BODY_FIRST)["Warga Desa Gotong Royong Bersihkan Saluran Irigasi"]
    assert c.features.get("reader:closing-headline") == 1.0
    assert extract(BODY_FIRST).title == "Warga Desa Gotong Royong Bersihkan Saluran Irigasi"


def test_a_last_headline_without_a_stamp_under_it_is_no_closing_headline() -> None:
    text = BODY_FIRST.rsplit("\n", 1)[0]  # the stamp left out
    assert not any(c.features.get("reader:closing-headline") for c in _titles(text).values())


# A site's notice to readers with an old browser, over the whole page (seen on
# three labelled sites, in English on Indonesian pages too): a short line that is
# headline-shaped and a paragraph that is prose-shaped, neither of them the story.
BROWSER_NOTICE = doc(
    "Kabar Kota",
    "",
    "Please Update Your Browser",
    "",
    "Your browser is out of date and some pages of this site may not show as they should.",
    "",
    "Taman Baca Baru Dibuka di Pasar Lama",
    "",
    "Penulis: Hendra Wijaya",
    "Rabu, 5 Maret 2025 10:15 WIB",
    "",
    f"BANJARMASIN - {P1}",
    P2,
)


def test_a_browser_notice_is_neither_the_title_nor_the_lead() -> None:
    reading = read(BROWSER_NOTICE)
    assert "Please Update Your Browser" not in _titles(BROWSER_NOTICE)
    assert "Taman Baca Baru Dibuka di Pasar Lama" in _titles(BROWSER_NOTICE)
    assert reading.lead is not None and reading.lead.startswith("BANJARMASIN")


# The headline printed over the byline and again over the story (as many sites
# print it), and under the byline a photo's caption saved twice in a row (its alt
# text and its caption).
PRINTED_TWICE = doc(
    "Taman Baca Baru Dibuka di Pasar Lama",
    "Penulis: Hendra Wijaya | Rabu, 5 Maret 2025 10:15 WIB",
    "Anak Sekolah Membaca Buku di Taman Baca",
    "Anak Sekolah Membaca Buku di Taman Baca",
    "Taman Baca Baru Dibuka di Pasar Lama",
    f"BANJARMASIN - {P1}",
    P2,
)


def test_a_headline_printed_again_apart_is_marked_and_a_doubled_caption_is_not() -> None:
    cands = _titles(PRINTED_TWICE)
    assert cands["Taman Baca Baru Dibuka di Pasar Lama"].features.get("printed-again") == 1.0
    # both lines occur twice on the page; only the caption's copies touch
    assert cands["Anak Sekolah Membaca Buku di Taman Baca"].features.get("repeated") == 1.0
    assert "printed-again" not in cands["Anak Sekolah Membaca Buku di Taman Baca"].features


# A headline of two words, too short to read as one by its shape, printed over the
# stamp block and again over the story (village portals; a magazine's letters page).
SHORT_HEADLINE_TWICE = doc(
    "Kerja Bakti",
    "",
    "12 Agustus 2024",
    "Lilis Suryani",
    "Dibaca 5 Kali",
    "Kerja Bakti",
    "",
    P1,
    "",
    P2,
)


def test_a_two_word_headline_printed_twice_is_a_title_candidate() -> None:
    cands = _titles(SHORT_HEADLINE_TWICE)
    assert "Kerja Bakti" in cands
    assert cands["Kerja Bakti"].features.get("printed-again") == 1.0
    # a name or a section printed once stays out
    assert "Lilis Suryani" not in cands


def test_a_two_word_line_printed_once_is_no_title_candidate() -> None:
    once = SHORT_HEADLINE_TWICE.replace("Kerja Bakti\n\n12", "Beranda\n\n12")
    assert "Kerja Bakti" not in _titles(once)


def test_a_headline_shares_its_story_s_words_and_a_site_s_motto_does_not() -> None:
    text = doc(
        "Kabar Nusa | Cepat dan Terpercaya",
        "Warga Bersihkan Saluran Air Jelang Hujan",
        "Kupang - Warga Lembah Hijau membersihkan saluran air di jalan utama pada Kamis "
        "pagi agar genangan tidak terulang ketika hujan deras turun di kota itu.",
        P2,
    )
    feats = {c.value: c.features for c in read(text).candidates["title"]}
    assert "no-story-words" not in feats["Warga Bersihkan Saluran Air Jelang Hujan"]
    motto = feats.get("Kabar Nusa | Cepat dan Terpercaya")
    assert motto is None or motto.get("no-story-words") == 1.0


def test_a_headline_s_word_is_found_inside_the_lead_s_longer_form() -> None:
    # "Bersihkan" is read inside "membersihkan": the only word of four letters or
    # more the two lines share
    text = doc(
        "Relawan Bersihkan Gorong",
        "Kupang - Warga Lembah Hijau membersihkan saluran air di jalan utama pada Kamis "
        "pagi agar genangan tidak terulang ketika hujan deras turun di kota itu.",
        P2,
    )
    (cand,) = read(text).candidates["title"]
    assert "no-story-words" not in cand.features
    assert (
        "no-story-words"
        in read(text.replace("membersihkan", "mengeruk")).candidates["title"][0].features
    )


@pytest.mark.parametrize(
    ("word", "story", "used"),
    [
        ("bersihkan", "warga membersihkan saluran", True),  # a prefix before it
        ("kantor", "di depan kantornya", True),  # a suffix after it
        ("soal", "hal itu dipersoalkan warga", True),  # both
        ("pers", "siaran pers, kata dia", True),
        ("pers", "persoalan itu selesai", False),  # inside a longer word
        ("kami", "pada kamis pagi", False),
        ("tani", "kelompok petani kopi", True),  # "pe" + "tani"
    ],
)
def test_a_word_is_used_by_the_story_with_its_affixes_not_inside_another(
    word: str, story: str, used: bool
) -> None:
    assert uses_word(story, word) is used


def test_a_banner_sharing_only_words_that_name_no_subject_names_nothing() -> None:
    # "untuk", "kami" and "anda" join or address; "memakai" is no word of this story
    # and "kamis" holds "kami" only inside it
    banner = "Kami mendeteksi Anda memakai pemblokir iklan, mohon matikan untuk mendukung kami"
    story = HEADLINE_LESS.lower() + " untuk warga, kata dia pada kamis."
    assert names_nothing_of(banner, story)
    assert not names_nothing_of("Warga Bersihkan Saluran Air di Kota", story)


@pytest.mark.parametrize("label", ["FEATURE", "Liputan Khusus", "Berita Utama", "Headline"])
def test_a_desk_s_label_over_the_headline_is_no_byline(label: str) -> None:
    # a desk's label above a headline and its stamp is the site's, as "OPINI" is,
    # even over a feature's headline that names nothing of the story's start
    text = doc(
        "• Pilih Jaringan Radio",
        "Portal Berita Radio",
        label,
        "'Tim 112' Radio, Menembus Kabut Pegunungan",
        "3 March",
        "10:15 2025",
        "0 Votes (0)",
        HEADLINE_LESS,
        P2,
    )
    assert extract(text).authors == ()


# A story printed without its headline, a site's own short line over it: its name,
# its motto, a banner for its app. None names anything the story tells.
HEADLINE_LESS = (
    "Kupang - Warga Lembah Hijau membersihkan saluran air di jalan utama pada Kamis "
    "pagi agar genangan tidak terulang ketika hujan deras turun di kota itu."
)


@pytest.mark.parametrize(
    "line",
    ["Portal Berita Nusantara", "Ende Tanah Pancasila", "Kabar Timur — Tajam Terpercaya"],
)
def test_a_short_line_tied_to_nothing_of_the_story_is_no_title(line: str) -> None:
    text = doc(line, HEADLINE_LESS, P2)
    cand = _titles(text)[line]
    assert cand.features.get("untied") == 1.0
    e = extract(text)
    assert e.title is None
    assert any(ev.field == "title" and ev.value == line and not ev.chosen for ev in e.evidence)


def test_a_short_headline_naming_the_story_is_tied() -> None:
    text = doc("Saluran Air Dibersihkan", HEADLINE_LESS, P2)
    assert "untied" not in _titles(text)["Saluran Air Dibersihkan"].features


def test_a_pun_headline_over_its_byline_is_tied_to_its_story() -> None:
    # a column's headline names nothing of the story, but its writer and stamp sit
    # right under it: still a title candidate, left to the scorer
    text = doc(
        "Gaduh di Ruang Tunggu",
        "Oleh: Hendra Wijaya",
        "Rabu, 5 Maret 2025 10:15 WIB",
        HEADLINE_LESS,
        P2,
    )
    cand = _titles(text)["Gaduh di Ruang Tunggu"]
    assert "no-story-words" in cand.features
    assert "untied" not in cand.features
    assert extract(text).title == "Gaduh di Ruang Tunggu"


# Site chrome over a short headline printed right above its stamp: the headline is
# shaped like a name, and a name line counts as a byline only under a headline.
CHROME_OVER_SHORT_HEADLINE = (
    "Unduh Aplikasi",
    "Kabar Timur",
    "Ukuran Teks",
    "Baca Juga: Pasar Murah Digelar di Alun-Alun",
    "Warga Bersihkan Saluran Air",
    "Rabu, 5 Maret 2025 10:15 WIB",
    HEADLINE_LESS,
    P2,
)


@pytest.mark.parametrize("line", [None, "Ende 29°C Berawan", "Portal Berita Nusantara"])
def test_a_site_s_own_line_above_makes_no_headline_a_byline(line: str | None) -> None:
    text = doc(*([line] if line else []), *CHROME_OVER_SHORT_HEADLINE)
    e = extract(text)
    assert e.authors == ()
    assert e.title == "Warga Bersihkan Saluran Air"


@pytest.mark.parametrize(
    "clock", ["Today: Wednesday, August 26, 2026 | Sign in", "Hari ini: Rabu, 26 Agustus 2026"]
)
def test_a_site_clock_labelled_as_the_reader_s_day_is_neither_title_nor_date(clock: str) -> None:
    # over a page that prints no headline and no stamp: the reader's day is not the
    # story's, and the line is no headline
    e = extract(doc(clock, HEADLINE_LESS, P2))
    assert e.title is None
    assert e.published_date is None


def test_a_ruled_out_line_is_no_rival_of_the_headline() -> None:
    # a ticker over the headline is ruled out of the title: the headline is still
    # the only candidate the choice weighs, and its features say so
    text = doc(
        "TERKINI: Jembatan Desa Sukamaju Ambrol Diterjang Banjir 09:03",
        "Warga Bersihkan Saluran Air Jelang Hujan",
        HEADLINE_LESS,
        P2,
    )
    cands = _titles(text)
    assert cands["TERKINI: Jembatan Desa Sukamaju Ambrol Diterjang Banjir 09:03"].features.get(
        "stamp-or-link"
    )
    head = cands["Warga Bersihkan Saluran Air Jelang Hujan"].features
    assert (head.get("alone"), head.get("rivals")) == (1.0, 0.0)
