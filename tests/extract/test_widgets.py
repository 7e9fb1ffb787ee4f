"""A site's widgets around a story (our own words, in layouts seen on real pages: a market
ticker over the story and a countdown on two dev sites, visitor counters and archives on
many blogs): a row of numbers, its heading, a counter's rows under the story, a live clock,
a share count, a translation widget, a link past the menu, the newsroom's contact line and
its address, tags over a job board, a search box's prompt, a language switch, a quote of the
day, a radio player, a case counter, the day's printed edition, an earthquake report, an
office's hours, readers' comments with their ages and a notice that readers wrote the piece,
a chat button's number, the readers on the page now, an early warning, the site's totals, a
traffic update, how long the story takes to read, a prompt with its two buttons, a sign-up
form, ticked key points, boxes of videos, the page's refresh age, a live stream's
audience and the newsroom's masthead are the site's, and change nothing a librarian records."""

from __future__ import annotations

import pytest
from sample_text import HEADED_OPENING, P1, P2, P3, doc

from catalog.accuracy import extraction_row
from catalog.extract import extract

# A story that prints no headline: byline, stamp, then its paragraphs (the layout of
# many regional portals' pages once their header is cut away).
HEADLESS = doc(
    "- Oleh Humas Kota Lama",
    "- Kamis, 6 Maret 2025 | 09:15 WIB",
    "",
    f"KOTA LAMA - {P1}",
    "",
    P2,
    "",
    P3,
)

# A story that prints neither headline nor byline: its dateline opens the page.
BARE = doc(f"KOTA LAMA - {P1}", "", P2, "", P3)

# A story with its headline, whose closing initials credit the writer.
CLOSED = doc(*HEADED_OPENING, f"{P3} (rina/bud)")

ABOVE: dict[str, tuple[str, ...]] = {
    # a reading with the day and time it was taken: no stamp of the story's
    "quake-reading": (
        "Info Gempa",
        "Gempa M5,1 - 3 Maret 2025 02:14 WIB - 80 km Tenggara Kota Lama",
    ),
    # a widget's heading over its entry, a label and a sentence in lower case
    "traffic-notice": ("Kabar Lalu Lintas", "Simpang Pasar Lama: padat merayap sejak pagi"),
    # a widget's rows, one a line or set apart by pipes, each closing with its number
    "posts-on-call": ("Posko Siaga Banjir", "PMI Kota Lama 115", "Posko Kelurahan 112", "SAR 113"),
    "market-prices": ("Harga Cabai Rp45.000 | Bawang Merah Rp38.000 | Beras Rp14.500",),
    "prayer-times": (
        "Jadwal Sholat Kota Lama",
        "Subuh 04:21  Dzuhur 11:48  Ashar 15:09  Maghrib 17:57  Isya 19:08",
    ),
    "one-line-prayer-times": ("Kota Lama: Subuh 04:21 Dzuhur 11:48 Ashar 15:09 Maghrib 17:57",),
    "market": ("IHSG 7.102,35 ▲0,42% | USD/IDR 15.735 | Emas Rp 1.312.000/gram",),
    "countdown": ("Menuju Hari Pencoblosan 27 November 2029", "120 Hari 6 Jam 41 Menit"),
    "date-bar": ("Kamis, 7 Rajab 1446 H",),
    "welcome": ("Welcome to the official website of Lembah Hijau",),
    "live-clock": ("Pukul 14.05 WITA",),
    "share-count": ("Dibagikan 87 kali",),
    "skip-link": ("Skip to main content",),
    "translate": ("Pilih Bahasa ▼", "Powered by Google Terjemahan"),
    "tabs": ("Terbaru | Terpopuler | Terkomentari",),
    "spaced-tabs": ("Terkini   Populer   Pilihan",),
    "saying": ("Mutiara Hikmah", "“Ilmu yang dibagi tidak akan berkurang.” — Hasan Basri"),
    "radio": ("Radio Kota Lama 101,7 FM ► Dengarkan",),
    "case-counter": (
        "Jumlah Kasus ISPA",
        "Positif 1.204 | Sembuh 1.100 | Dirawat 12",
        "Data per 03/02/2026",
    ),
    "edition": ("E-Paper Edisi Senin, 9 Februari 2026",),
    "office-hours": (
        "Jam Pelayanan",
        "Senin - Kamis 07.30 - 16.00 WITA | Jumat 07.30 - 11.00 WITA",
    ),
    "readers-notice": ("Tulisan ini kiriman warga dan di luar tanggung jawab redaksi",),
    "chat-button": ("Kirim Kabar lewat WhatsApp 0813-4455-6677",),
    "readers-now": ("2.318 orang sedang membaca",),
    "early-warning": ("Peringatan Dini: angin kencang di pesisir pukul 14.00-17.00 WITA",),
    "earthquake": (
        "Gempa M4,2 - 02 Feb 2026 11:05:09 WIB - 21 km Tenggara KAB-LEMBAH",
        "Kedalaman 14 km",
    ),
    "traffic": ("Kabar Jalan | 17:20 WITA | bundaran pasar ramai",),
    "reading-time": ("Estimasi baca 4 menit",),
    "search-prompt": ("Ketik judul berita yang dicari",),
    "languages": ("Indonesia | English",),
    "search-here": ("Cari di sini",),
    "prompt": ("Mau terima kabar terbaru dari redaksi? Mau | Tidak Usah",),
    "key-points": (
        "Inti Berita",
        "✔ Rangkuman singkat untuk pembaca",
        "✔ Uraian lengkap ada di bawah",
    ),
    "dash-points": (
        "Sekilas",
        "- Rangkuman singkat untuk pembaca",
        "- Uraian lengkap ada di bawah",
    ),
    "videos": (
        "Video Terbaru",
        "Lomba Perahu Hias di Kota Lama (03:12)",
        "► 02:40 Taman Kota Lama Ramai Dikunjungi",
    ),
    "sign-up": ("Kabar pilihan tiap pagi di kotak masuk Anda  Alamat surel  Daftar",),
    "refresh-age": ("Pembaruan terakhir 14 menit lalu",),
    "live-audience": ("Siaran Langsung · 2,3 rb menonton",),
    "holidays": (
        "Libur Terdekat",
        "1 Januari 2027: Tahun Baru",
        "17 Agustus 2027: Hari Kemerdekaan",
    ),
    "bookmarks": ("Disimpan 45 kali",),
}

BELOW: dict[str, tuple[str, ...]] = {
    "visitors": ("Statistik Pengunjung", "Hari ini: 412", "Bulan ini: 9120", "Total: 281.044"),
    "archive": ("Arsip", "Januari 2025 (14)", "Februari 2025 (9)", "Maret 2025 (3)"),
    "contact": ("Kontak redaksi: 0812-5550-1234", "Surel: kabar@lembahhijau.example"),
    "one-line-contact": ("Hubungi kami: 0812-5550-1234 | kabar@lembahhijau.example",),
    "job-board": (
        "#KotaLama #PasarRakyat",
        "Lowongan Kerja",
        "Penjaga Kios - ditutup 12 Maret 2026",
        "Operator Gudang - ditutup 2 April 2026",
    ),
    "address": (
        "#KotaLama #PasarRakyat",
        "Alamat Kantor Redaksi",
        "Jalan Cempaka No. 12, Kota Lama",
        "Telepon (0411) 552 310",
        "Fax (0411) 552 311",
        "WhatsApp 0813-4455-6677",
        "Alamat Biro: Jl. Lingkar Timur No. 5, Lembah Hijau",
    ),
    "comments-ago": (
        "Tanggapan Pembaca",
        "Rina Lestari · 2 jam yang lalu",
        "Terima kasih infonya",
        "Budi Santoso · 5 menit yang lalu",
        "Semoga lancar",
    ),
    "site-totals": ("Total Berita: 12.450 | Penulis: 31 | Total Pembaca: 402.118",),
    "print-footer": ("Dicetak dari Kabar Lembah pada 14/08/2026 21:40",),
    "next-prev": (
        "« Sebelumnya",
        "Jembatan Desa Lembah Diperbaiki Pekan Depan",
        "Berita Selanjutnya",
        "Pelajar Kota Lama Juara Lomba Pidato Daerah",
    ),
    "videos": (
        "VIDEO TERKINI",
        "Warga Kota Lama Gelar Lomba Perahu (04:12)",
        "Taman Kota Lama Ramai Dikunjungi (02:40)",
    ),
    # a sentence of the site's under the story's closing credit: the credit stays
    "comment-rules": (
        "Komentar yang menyinggung pribadi atau golongan akan dihapus oleh pengelola tanpa pemberitahuan",
    ),
    "contact-sentence": (
        "Keterangan lebih lanjut dapat ditanyakan kepada Bagian Humas Pemerintah Kota Lama pada jam kerja",
    ),
    # the newsroom's masthead: its reporters and editors are the whole staff's
    "masthead": (
        "Dewan Redaksi",
        "Pemimpin Umum: Hendra Gunawan",
        "",
        "Pemimpin Redaksi: Sari Wulandari",
        "",
        "Editor: Toni Hidayat",
        "",
        "Wartawan: Ayu Kartika, Joko Susilo",
    ),
    "masthead-no-heading": (
        "Editor-in-Chief: Sari Wulandari",
        "Managing Editor: Toni Hidayat",
        "Reporters: Ayu Kartika, Joko Susilo",
    ),
}


def _with(text: str, above: tuple[str, ...] = (), below: tuple[str, ...] = ()) -> str:
    return doc(*above, "", text, "", *below)


@pytest.mark.parametrize("widget", sorted(ABOVE))
@pytest.mark.parametrize("page", [HEADLESS, BARE, CLOSED], ids=["headless", "bare", "closed"])
def test_a_widget_above_changes_nothing(widget: str, page: str) -> None:
    assert extraction_row(extract(_with(page, above=ABOVE[widget]))) == extraction_row(
        extract(page)
    )


@pytest.mark.parametrize("widget", sorted(BELOW))
@pytest.mark.parametrize("page", [HEADLESS, BARE, CLOSED], ids=["headless", "bare", "closed"])
def test_a_widget_below_changes_nothing(widget: str, page: str) -> None:
    assert extraction_row(extract(_with(page, below=BELOW[widget]))) == extraction_row(
        extract(page)
    )


def test_the_pages_read_as_a_librarian_would() -> None:
    # what the two tests above keep: a headless page has no title, the closed one its
    # headline and the writer of its closing initials
    headless, closed = extract(HEADLESS), extract(CLOSED)
    assert (headless.kind, headless.title) == ("article", None)
    assert headless.authors == ("Humas Kota Lama",)
    assert (closed.title, closed.authors) == ("Taman Baca Dibuka di Pasar Lama", ("rina/bud",))


def test_page_links_under_a_one_line_page_leave_its_headline() -> None:
    # a row of page numbers is navigation, not a widget's numbers under its heading
    page = "RENCANA KERJA PEMERINTAH DESA LEMBAH HIJAU TAHUN 2025"
    with_links = doc(page, "", "Halaman 1 2 3 Selanjutnya »")
    alone, linked = extract(page), extract(with_links)
    assert (linked.kind, linked.title) == (alone.kind, alone.title)
    # a headline over an article's lead keeps it with the links under the page
    story = doc(page, "", P1, "", "Halaman 1 2 3 Selanjutnya »")
    assert extract(story).title == page


def test_an_e_mail_closing_the_story_still_credits_it() -> None:
    # alone on the story's last line it is the writer's; after a label it is a contact
    assert extract(doc(CLOSED.rsplit(" (", 1)[0], "", "rina@lembahhijau.example")).authors == (
        "rina@lembahhijau.example",
    )


def test_a_translators_credit_is_no_byline() -> None:
    # "Diterjemahkan oleh ..." (translated by): a passive verb no byline opens with
    page = doc("Diterjemahkan oleh Layanan Mesin", "", HEADLESS)
    assert extract(page).authors == extract(HEADLESS).authors


@pytest.mark.parametrize(
    "footer", ["Dicetak dari Kabar Lembah pada 14/08/2026 21:40", "Printed on 14/08/2026 21:40"]
)
def test_a_print_day_is_no_publication_date(footer: str) -> None:
    # a story that prints no day of its own: the print day under it is the reader's
    story = doc(f"KOTA LAMA - {P1}", "", P2, "", P3)
    assert extract(story).published_date is None
    assert extract(doc(story, "", footer)).published_date is None


def test_the_editions_name_and_day_is_no_byline() -> None:
    # a name and a day on one line with no label: a byline prints so under its
    # headline; over it, the line links the day's edition (a story that writes no dated
    # event leaves nothing to weigh the edition's day against)
    edition = "Koran Digital | Senin, 9 Februari 2026"
    assert extract(_with(CLOSED, above=(edition,))).authors == extract(CLOSED).authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Dimas Aryo | Jumat, 7 Maret 2025", ("Dimas Aryo",)),
        # the same name over a day eleven months after the only day the story writes:
        # another item's (a teaser's, an edition's), even with no other credit printed
        ("Dimas Aryo | Senin, 9 Februari 2026", ()),
    ],
)
def test_a_byline_over_a_day_long_after_the_story_is_another_items(
    line: str, authors: tuple[str, ...]
) -> None:
    story = doc(
        "Taman Baca Dibuka di Pasar Lama",
        line,
        "",
        f"KOTA LAMA - Pada 6 Maret 2025 {P1[0].lower()}{P1[1:]}",
        "",
        P2,
    )
    assert extract(story).authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # no label and no headline over it: nothing says the two words name a writer
        ("Dimas Aryo | Jumat, 7 Maret 2025", ()),
        ("Koran Digital | Jumat, 7 Maret 2025", ()),
        # a label says so wherever the line is
        ("Oleh Dimas Aryo | Jumat, 7 Maret 2025", ("Dimas Aryo",)),
        # a desk's name is a credit by its words
        ("Redaksi | Jumat, 7 Maret 2025", ("Redaksi",)),
    ],
)
def test_a_name_and_day_over_a_page_with_no_headline(line: str, authors: tuple[str, ...]) -> None:
    story = doc(line, "", f"KOTA LAMA - {P1}", "", P2, "", P3)
    assert extract(story).authors == authors


def test_a_rubric_is_no_headline() -> None:
    # the story's section printed alone over a page that prints no headline: a sign
    # alone is no word, so "KOTA & WARGA" is two words, too few for a headline
    story = doc(f"KOTA LAMA - {P1}", "", P2, "", P3)
    assert extract(doc("KOTA & WARGA", "", story)).title is None
    assert extract(doc("Kota Lama Buka Taman Baca", "", story)).title == "Kota Lama Buka Taman Baca"


@pytest.mark.parametrize(
    "menu",
    [
        "Tanjung Harapan · Kota Lama · Sukamaju · Pasar Baru",
        "Pilih Wilayah: Kota Lama  Sukamaju  Pasar Baru",
    ],
)
def test_a_menu_of_places_is_no_headline(menu: str) -> None:
    # the site's regional editions over a page that prints no headline
    story = doc(f"KOTA LAMA - {P1}", "", P2, "", P3)
    assert extract(doc(menu, "", story)).title is None


@pytest.mark.parametrize(
    "head",
    [
        ("Oleh Rina Lestari", "Kamis, 6 Maret 2025 | 09:15 WIB"),
        ("Kamis, 6 Maret 2025 | 09:15 WIB",),
    ],
    ids=["byline-and-stamp", "stamp"],
)
def test_an_offices_hours_are_no_headline_and_no_byline(head: tuple[str, ...]) -> None:
    # a heading over a timetable whose zones count as numbers, over a page that prints
    # no headline: neither the heading is its title nor the weekday ("Senin") a name
    page = doc(*head, "", f"KOTA LAMA - {P1}", "", P2, "", P3)
    hours = ("Jam Layanan Kantor", "Senin - Kamis 07.30 - 16.00 WITA | Jumat 07.30 - 11.00 WITA")
    plain, furnished = extract(page), extract(doc(*hours, "", page))
    assert (furnished.title, furnished.authors) == (plain.title, plain.authors)


def test_a_videos_box_ends_the_story_before_its_closing_initials_are_lost() -> None:
    # initials closing the last paragraph, the editor's line, then a box of videos
    # whose running times sit in brackets at the end of each headline
    page = doc(f"KOTA LAMA - {P1}", "", P2, "", f"{P3} (RIN)", "Editor: Redaksi")
    assert extract(page).authors == ("RIN",)
    assert extract(_with(page, below=BELOW["videos"])).authors == ("RIN",)


def test_the_storys_own_stamp_under_a_list_of_bare_points_is_its_own() -> None:
    # key points that print nothing under them: the stamp under the last is the story's
    page = doc("Diposting pada : 6 Maret 2025", "", f"KOTA LAMA - {P1}", "", P2, "", P3)
    points = ("Sekilas", "- Rangkuman singkat untuk pembaca", "- Uraian lengkap ada di bawah")
    assert extract(page).published_date is not None
    assert extract(_with(page, above=points)).published_date == extract(page).published_date


def test_one_newsroom_title_beside_the_writer_is_no_masthead() -> None:
    # a press release names the official who answers for it beside its writer: one
    # newsroom title is no list of the staff, and the writer's credit stays
    release = doc(
        f"KOTA LAMA - {P1}", "", P2, "", "Penulis: Ayu Kartika", "Penanggung jawab: Kabag Humas"
    )
    assert extract(release).authors == ("Ayu Kartika",)


def test_a_widgets_heading_heads_no_byline_under_it() -> None:
    # a name line over its stamp is a byline only under the page's headline; a case
    # counter's heading over its row of numbers is no headline, so the videos box's
    # heading under it is no writer's name
    page = doc(
        "Kasus Demam Berdarah Kota Lama",
        "Dirawat 112 | Sembuh 340 | Meninggal 3",
        "Video Terbaru",
        "Diposting pada : 6 Maret 2025",
        "",
        f"KOTA LAMA - {P1}",
        "",
        P2,
    )
    assert extract(page).authors == ()


def test_several_pieces_under_the_story_leave_its_closing_initials() -> None:
    # a note, a disclaimer, a poll and page links under the story at once: the window
    # where the closing credit is looked for reaches over all of them
    below = (
        "Catatan redaksi: judul tulisan ini diperbarui",
        "Isi tulisan menjadi tanggung jawab penulis",
        "Jajak Pendapat: Perlukah taman baca di setiap desa?",
        "Setuju (48%)",
        "Tidak setuju (30%)",
        "Ragu-ragu (22%)",
        "Halaman 1 2 3",
    )
    assert extract(_with(CLOSED, below=below)).authors == extract(CLOSED).authors
