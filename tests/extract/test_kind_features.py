"""The page-kind model's "a new story starts here" feature (catalog.extract.candidates):
pages written in our own words in the layouts of listings that print whole or cut
stories one after another without any list marker, and articles that look alike."""

from __future__ import annotations

from typing import Any

import pytest
from sample_text import P1, P2, P3, doc

from catalog.extract import extract
from catalog.extract.candidates import Lines, kind_features, new_story_signs
from catalog.extract.page import locate, split_lines

P4 = (
    "Petugas kebersihan mulai mengangkut sampah dari saluran air di sepanjang jalan "
    "protokol sejak pagi agar banjir tidak kembali menggenangi permukiman warga."
)
P5 = (
    "Kepala dinas meminta warga tidak membuang sampah ke sungai dan melaporkan "
    "tumpukan sampah liar lewat layanan pengaduan yang dibuka sepanjang hari."
)
P6 = (
    "Ratusan pelajar mengikuti lomba membaca puisi yang digelar perpustakaan daerah "
    "untuk memperingati bulan bahasa di gedung kesenian."
)
EN1 = (
    "The city council has kept itself busy getting ready to host two regional fairs "
    "next year, with new halls and roads to be finished by the spring."
)
EN2 = (
    "Despite the long distances between the islands, the provincial government is "
    "resolved to keep its ferry service running every week of the year."
)


def _signs(text: str) -> list[str]:
    d = split_lines(text)
    page = locate(d)
    return new_story_signs(d, page, Lines(d, page))


def _features(text: str) -> dict[str, float]:
    d = split_lines(text)
    page = locate(d)
    return kind_features(d, page, "article:default", Lines(d, page))


# Each page shows a second story starting, in one layout.
NEW_STORIES = [
    pytest.param(
        doc(
            "Foto: Dok. Humas",
            "",
            f"WARTAKITA,MEDAN - {P1}",
            "",
            P2,
            "",
            "Sumber Humas Pemkot Medan",
            "",
            f"WARTAKITA,BANDUNG -- {P4}",
            "",
            P5,
        ),
        "opening-repeat",
        id="same-outlet-two-places",
    ),
    pytest.param(
        doc(
            "Sunday, March 3, 2024",
            "",
            f"Kupang, Mar 3, 2024 (Warta) - {EN1}",
            "",
            f"Kupang, Mar 2, 2024 (Warta) - {EN2}",
            "",
            EN1,
        ),
        "opening-repeat",
        id="dated-opening-twice",
    ),
    pytest.param(
        doc(f"Kupang – {P1}", f"Medan – {P3}", f"Sorong – {P4}"),
        "leads-in-a-row",
        id="leads-in-a-row",
    ),
    pytest.param(
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "",
            P1,
            "",
            P2,
            "",
            "sumber: https://kabar.example/berita/taman-baca",
            "",
            "Dinas Kebersihan Angkut Sampah dari Saluran Kota",
            "",
            P4,
            "",
            P5,
        ),
        "story-restarts",
        id="source-line-then-headline",
    ),
    pytest.param(
        doc(
            "Warga menanam seratus pohon di taman kota bersama para pelajar, Senin (4/3).",
            "Anggota dewan memantau penyaluran bantuan pangan di tiga kelurahan, Senin (4/3).",
            "Dinas membuka pasar murah di balai desa untuk warga kurang mampu, Selasa (5/3).",
            P4,
        ),
        "dated-leads-in-a-row",
        id="paragraphs-each-with-their-day",
    ),
    pytest.param(
        doc(P4, "", P5, "", P6),
        "headless-leads",
        id="teasers-without-headlines",
    ),
    pytest.param(
        doc("Hasil Pencarian", P6, P4, P5, "Halaman 4"),
        "headless-leads",
        id="teasers-under-a-short-label",
    ),
    pytest.param(
        # a ticker names another story: it heads none of these
        doc(
            "TERKINI: Jembatan Desa Sukamaju Ambrol Diterjang Banjir 09:03", "", P4, "", P5, "", P6
        ),
        "headless-leads",
        id="teasers-without-headlines-under-a-ticker",
    ),
    pytest.param(
        doc(
            "Berita Terpopuler",
            "Relawan Bersihkan Pantai Jelang Libur Sekolah",
            "Oleh Dewi Lestari",
            "Senin, 4 Maret 2024 | 09:15 WIB",
            "Dibaca 1.204 kali",
            "Warga Desa Gelar Lomba Perahu Hias",
            "Oleh Budi Santoso",
            "Selasa, 5 Maret 2024 | 14:02 WIB",
            "Dibaca 877 kali",
            "",
            P4,
            P5,
            P6,
        ),
        "headless-leads",
        id="teasers-under-a-popular-block",
    ),
    pytest.param(
        doc(f"{P1} {P2} (more…)", "| 3 tahun lalu / Kabar Desa"),
        "teaser-cut",
        id="read-more-link",
    ),
    pytest.param(
        doc(f"Kupang - {P1} Taman itu dibangun dengan dana kelura...", "Selengkapnya"),
        "teaser-cut",
        id="ellipsis-then-read-more",
    ),
    pytest.param(
        doc(
            "Kamis, 12 Mei 2016",
            "",
            "Taman Baca Baru Dibuka di Pasar Lama",
            "",
            P1,
            "",
            P2,
            "",
            "JADWAL KERJA BAKTI WARGA KELURAHAN PASAR LAMA BULAN MEI",
            "",
            P4,
        ),
        "posts-under-a-date-header",
        id="date-header-then-a-second-post-in-capitals",
    ),
    pytest.param(
        doc(
            "Monday, 3 October 2016",
            "",
            "Contoh Siaran Pers Sekolah",
            "",
            P1,
            "",
            P2,
            "",
            P3,
            "",
            "Pemuda Desa dan Upaya Menjaga Sungai Tetap Bersih",
            "",
            "Opini",
            "Oleh Sekar Ayu – Mahasiswa Ilmu Lingkungan",
            "Tulisan ini disusun untuk tugas mata ku",
        ),
        "posts-under-a-date-header",
        id="date-header-then-a-second-post-with-its-byline",
    ),
    pytest.param(
        doc(
            f"Kampung Lama _: {P1}",
            P2,
            P3,
            P4,
            "Deli, Kabarkota| Diawali apel pagi, petugas kebersihan kecamatan mulai menyisir "
            "saluran air di sepanjang jal",
        ),
        "headless-story-then-lead",
        id="headless-story-then-the-next-lead-cut",
    ),
]


# A site's own short line printed above (its name, a weather widget), naming nothing
# the stories tell, heads none of them: the signs of headless stories stay.
SITE_LINES = ("Portal Berita Nusantara", "Ende 29°C Berawan")


@pytest.mark.parametrize("line", SITE_LINES)
@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (p.values[0], p.values[1])
        for p in NEW_STORIES
        if p.id
        in (
            "teasers-without-headlines",
            "date-header-then-a-second-post-in-capitals",
            "headless-story-then-the-next-lead-cut",
        )
    ],
)
def test_a_site_s_own_line_above_heads_no_story(text: str, sign: str, line: str) -> None:
    assert sign in _signs(f"{line}\n\n{text}")


def test_a_ticker_above_a_blog_s_date_header_heads_no_post() -> None:
    (param,) = _pages(NEW_STORIES, "date-header-then-a-second-post-in-capitals")
    ticker = "TERKINI: Jembatan Desa Sukamaju Ambrol Diterjang Banjir 09:03"
    assert "posts-under-a-date-header" in _signs(f"{ticker}\n\n{param.values[0]}")


def test_a_line_naming_the_story_above_heads_it() -> None:
    # the same paragraphs under a headline of theirs are one story's
    (param,) = _pages(NEW_STORIES, "teasers-without-headlines")
    text = param.values[0]
    assert "headless-leads" in _signs(text)
    assert "headless-leads" not in _signs(f"Sampah Saluran Diangkut\n\n{text}")


@pytest.mark.parametrize(("text", "sign"), NEW_STORIES)
def test_a_second_story_is_seen(text: str, sign: str) -> None:
    assert sign in _signs(text)
    assert _features(text)["new-story"] == 1.0


def test_a_headline_then_a_lead_with_the_same_outlet_after_an_editor_credit() -> None:
    text = doc(
        "Taman Baca Baru Dibuka di Pasar Lama",
        "",
        f"WartaKita, Kupang – {P1}",
        "",
        P2,
        "",
        "Editor: Rina Kusuma",
        "",
        "Dinas Kebersihan Angkut Sampah dari Saluran Kota",
        "",
        f"WartaKita, Kupang – {P4}",
        "",
        P5,
    )
    assert _signs(text) == ["story-restarts", "opening-repeat"]


# One story each, however much they look like two.
ONE_STORY = [
    pytest.param(
        doc(f"WARTAKITA.COM - KUPANG. {P1}", "", f"WARTAKITA.COM - KUPANG. {P1}", "", P2, "", P3),
        id="lead-printed-twice",
    ),
    pytest.param(
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "",
            f"Ringkasan: Medan (Humas) – {P1}",
            "",
            f"Medan (Humas) – {P1} {P2}",
            "",
            P3,
        ),
        id="summary-repeats-the-lead",
    ),
    pytest.param(
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            f"MEDAN, WARTAKITA.COM – {P1}",
            P2,
            P3,
            P5,
            "Dinas Kebersihan Angkut Sampah dari Saluran Kota",
            f"JAKARTA, WARTAKITA.COM - {P4[:70]}...",
        ),
        id="related-teaser-cut-under-the-story",
    ),
    pytest.param(
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "",
            f"Medan – {P1}",
            "",
            P2,
            "",
            "Editor: Rina Kusuma",
            "",
            "Dinas Kebersihan Angkut Sampah dari Saluran Kota",
            "",
            f"{P4[:90]}...",
        ),
        id="related-teaser-cut-under-the-credit",
    ),
    pytest.param(
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "",
            f"Medan – {P1}",
            "",
            "Dibuka Setiap Hari",
            "",
            P2,
            "",
            P3,
            "",
            "Editor: Rina Kusuma",
        ),
        id="subheading-and-closing-credit",
    ),
    pytest.param(
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "",
            f"WartaKita, Kupang – {P1}",
            "",
            P2,
            "",
            "Berita Terkait",
            "",
            "Dinas Kebersihan Angkut Sampah dari Saluran Kota",
            "",
            f"WartaKita, Kupang – {P4}",
        ),
        id="related-story-after-end-marker",
    ),
    pytest.param(
        doc(f"Kupang – {P1}", f'"Kami siap - {P2[11:]}', P3),
        id="quote-with-a-dash",
    ),
    pytest.param(
        doc(P4, "", "Selain itu, " + P5[0].lower() + P5[1:], "", P6),
        id="headless-paragraph-leaning-back",
    ),
    pytest.param(
        doc(P4, "", "Petugas itu " + P5[13:], "", P6),
        id="headless-paragraph-naming-the-last-one",
    ),
    pytest.param(
        doc(P4, "", P5[:-1] + ", ujarnya.", "", P6),
        id="headless-paragraph-quoting",
    ),
    pytest.param(
        doc(P4, "", P5, "", P6, "", "Editor: Rina Kusuma"),
        id="headless-paragraphs-and-a-credit",
    ),
    pytest.param(
        doc("Warga Bersihkan Saluran Air Jelang Musim Hujan", "", P4, "", P5, "", P6),
        id="paragraphs-under-a-headline",
    ),
    pytest.param(
        doc(
            "Sabtu, 2 Juni 2018",
            "",
            "Posyandu Desa Buka Tiga Layanan Baru untuk Balita",
            "",
            P4,
            "",
            P5,
            "",
            "Timbangan gantung yang membuat balita senang ditimbang",
            "",
            P6,
        ),
        id="date-header-over-one-post-with-a-subheading",
    ),
    pytest.param(
        doc(
            "Taman Baca Baru Dibuka di Pasar Lama",
            "",
            "Kamis, 12 Mei 2016",
            "",
            P1,
            "",
            P2,
            "",
            "Pemkot Siapkan Dua Taman Baca Lagi di Pinggir Kota Tahun Depan",
            "",
            P4,
        ),
        id="stamp-under-the-headline-and-a-spliced-headline",
    ),
    pytest.param(
        doc(
            "Kamis, 12 Mei 2016",
            "",
            "Taman Baca Baru Dibuka di Pasar Lama",
            "",
            P1,
            "",
            P2,
            "",
            "Pemuda Desa Gelar Lomba Perahu Hias di Muara Sungai",
            "Nanda Pratiwi - 2022-04-06 13:31:37",
            "Dilihat 4.297 kali",
            "Karang Taruna Buka Posko Kesehatan di Tiga Kecamatan",
            "Bagus Wibowo - 16 Des 2017, 17:34 WIT",
            "Dilihat 1.458 kali",
        ),
        id="date-header-over-one-post-and-a-teaser-block",
    ),
    pytest.param(
        doc(
            "Polisi Tangkap Dua Pencuri Motor",
            f"Kupang – {P1}",
            "Keduanya ditangkap di sebuah rumah kos di dekat terminal kota, Sabtu (2/3).",
            "Barang bukti dua sepeda motor ditemukan di gudang milik tersangka, Minggu (3/3).",
            P3,
        ),
        id="two-paragraphs-with-their-day",
    ),
    pytest.param(
        doc(
            "Anak-anak Kini Punya Taman Baca di Pasar Lama",
            "Kamis, 3 Mei 2024 – 09:10 WIB",
            P2,
            P3,
            P4,
            "MEDAN – Pemerintah kota meresmikan taman baca di kawasan pasar lama untuk "
            "anak-anak sekolah, kata kepala di",
        ),
        id="story-page-with-its-lead-displaced-to-the-foot",
    ),
    pytest.param(
        doc(
            "Kami menggunakan cookie agar situs ini nyaman dibaca. Dengan melanjutkan, Anda setuju.",
            "Lembah Hijau - Dinas pertanian membagikan seribu bibit kopi kepada petani di lereng "
            "gunung pada Senin pagi.",
            "Petani menanam bibit itu di kebun masing-masing dengan pendampingan penyuluh dari "
            "balai benih setempat.",
            "Panen pertama dari kebun baru tersebut diperkirakan berlangsung tiga tahun lagi "
            "menurut perhitungan dinas.",
        ),
        # the notice is no paragraph: the first one opens with the story's dateline
        id="cookie-notice-over-a-dated-story",
    ),
]


@pytest.mark.parametrize("text", ONE_STORY)
def test_one_story_shows_no_second_one(text: str) -> None:
    assert _signs(text) == []
    assert "new-story" not in _features(text)


@pytest.mark.parametrize("text", [p.values[0] for p in NEW_STORIES + ONE_STORY])
@pytest.mark.parametrize("read_more", [True, False])
def test_the_first_sign_found_answers_as_all_of_them(text: str, read_more: bool) -> None:
    d = split_lines(text)
    page = locate(d)
    facts = Lines(d, page)
    got = new_story_signs(d, page, facts, read_more, first=True)
    assert got == new_story_signs(d, page, facts, read_more)[:1]


def _pages(params: list[Any], *ids: str) -> list[Any]:
    """The pages of ``params`` with these ids, as parameters of another test."""
    return [pytest.param(p.values[0], id=p.id) for p in params if p.id in ids]


@pytest.mark.parametrize(
    "text",
    _pages(
        NEW_STORIES,
        "same-outlet-two-places",
        "source-line-then-headline",
        "read-more-link",
        "paragraphs-each-with-their-day",
        "teasers-without-headlines",
        "teasers-under-a-popular-block",
        "date-header-then-a-second-post-in-capitals",
        "date-header-then-a-second-post-with-its-byline",
        "headless-story-then-the-next-lead-cut",
    ),
)
def test_the_kind_model_reads_such_pages_as_listings(text: str) -> None:
    """With the shipped weights (the model before this feature read these as articles):
    a listing carries no article fields."""
    e = extract(text)
    assert e.kind == "listing"
    assert e.title is None and e.dateline is None and e.published_date is None


@pytest.mark.parametrize(
    "text",
    _pages(
        ONE_STORY,
        "summary-repeats-the-lead",
        "related-teaser-cut-under-the-story",
        "subheading-and-closing-credit",
        "related-story-after-end-marker",
        "related-teaser-cut-under-the-credit",
        "two-paragraphs-with-their-day",
        "headless-paragraph-leaning-back",
        "headless-paragraph-quoting",
        "headless-paragraphs-and-a-credit",
        "paragraphs-under-a-headline",
        "date-header-over-one-post-with-a-subheading",
        "stamp-under-the-headline-and-a-spliced-headline",
        "date-header-over-one-post-and-a-teaser-block",
        "story-page-with-its-lead-displaced-to-the-foot",
    ),
)
def test_the_kind_model_reads_one_story_as_an_article(text: str) -> None:
    assert extract(text).kind == "article"


# A site places a paid story between a page's paragraphs: its label, then the
# advertiser's headline. Neither starts a story of the page's, nor
# breaks a run of another page's teasers.
AD_BLOCKS = (
    ("ADVERTORIAL", "Pemkab Gelar Pasar Murah Sembako di Tujuh Kecamatan Jelang Lebaran"),
    ("Konten Bersponsor", "Bank Daerah Buka Layanan Kredit Usaha Rakyat Tanpa Agunan Baru"),
    ("- Sponsored -", "Diskon Akhir Tahun untuk Semua Paket Internet Rumah dan Kantor"),
)


@pytest.mark.parametrize(("label", "headline"), AD_BLOCKS)
def test_a_paid_story_inside_an_article_under_a_date_header_starts_no_post(
    label: str, headline: str
) -> None:
    head = ("Kamis, 12 Mei 2016", "", "Taman Baca Baru Dibuka di Pasar Lama", "", P1, "", P2)
    # the headline alone, unlabelled, is what a blog's second post looks like
    assert "posts-under-a-date-header" in _signs(doc(*head, "", headline, "", P4))
    assert "posts-under-a-date-header" not in _signs(doc(*head, "", label, headline, "", P4))


@pytest.mark.parametrize(("label", "headline"), AD_BLOCKS)
def test_a_paid_story_between_teasers_leaves_them_teasers(label: str, headline: str) -> None:
    assert "headless-leads" in _signs(doc(P4, "", label, headline, "", P5, "", P6))
    # an unlabelled short line between them is a subheading of one story
    assert "headless-leads" not in _signs(doc(P4, "", headline, "", P5, "", P6))


def test_an_ad_slot_s_marker_heads_the_story_s_own_line() -> None:
    # the slot holds a picture; the short line under it is the story's subheading
    text = doc(P4, "", "ADVERTISEMENT", "Pengangkutan Sampah", "", P5, "", P6)
    assert "headless-leads" not in _signs(text)
