"""Datelines in every layout seen on Indonesian news pages (invented leads)."""

from __future__ import annotations

import pytest

from catalog.extract.datelines import clean_lead, parse_dateline, parse_standalone

LEAD = "Pemerintah daerah meresmikan pasar baru di pusat kota pada pagi hari."


@pytest.mark.parametrize(
    ("line", "place", "outlet"),
    [
        (f"Bandung, InfoPublik – {LEAD}", "Bandung", "InfoPublik"),
        (f"Medan (ANTARA) - {LEAD}", "Medan", "ANTARA"),
        (f"Gianyar (Antara Bali) - {LEAD}", "Gianyar", "Antara Bali"),
        (f"SURABAYA, KOMPAS.com - {LEAD}", "SURABAYA", "KOMPAS.com"),
        (f"Bogor, CNN Indonesia -- {LEAD}", "Bogor", "CNN Indonesia"),
        (f"REPUBLIKA.CO.ID, BEKASI -- {LEAD}", "BEKASI", "REPUBLIKA.CO.ID"),
        (f"jpnn.com, DEPOK - {LEAD}", "DEPOK", "jpnn.com"),
        (f"KONTAN.CO.ID - BATAM. {LEAD}", "BATAM", "KONTAN.CO.ID"),
        # the place closed by a comma as well as by a full stop
        (f"WARTAHULU.co.id - Sumedang, {LEAD}", "Sumedang", "WARTAHULU.co.id"),
        (f"PADANG, SUMUTPOS.CO – {LEAD}", "PADANG", "SUMUTPOS.CO"),
        (f"TRIBUNNEWS.COM, KUPANG - {LEAD}", "KUPANG", "TRIBUNNEWS.COM"),
        (f"TIMES MALANG, KEDIRI – {LEAD}", "KEDIRI", "TIMES MALANG"),
        (f"Palangka Raya, BARITO – {LEAD}", "Palangka Raya", "BARITO"),
        (f"balitribune.co.id | Tabanan - {LEAD}", "Tabanan", "balitribune.co.id"),
        (f"Kitasulsel, Maros—{LEAD}", "Maros", "Kitasulsel"),
        (f"MAROS, (PEDOMAN KARYA). {LEAD}", "MAROS", "PEDOMAN KARYA"),
        (f"Singaraja (Bali Post) {LEAD}", "Singaraja", "Bali Post"),
        (f"KBRN, Ambon: {LEAD}", "Ambon", "KBRN"),
        (f"Kupang: {LEAD}", "Kupang", None),
        (f"Kendari- {LEAD}", "Kendari", None),
        (f"IKN : {LEAD}", "IKN", None),
        (f"Balikpapan (Kemenag) --- {LEAD}", "Balikpapan", "Kemenag"),
        (f"Natuna (Humas)_ {LEAD}", "Natuna", "Humas"),
        (f"Klaten, MediaCenter - {LEAD}", "Klaten", "MediaCenter"),
        (f"PURWOREJO, INFO – {LEAD}", "PURWOREJO", "INFO"),
        # a domain in capitals is one outlet, not "place.outlet"
        (f"KABARKITA.COM - {LEAD}", None, "KABARKITA.COM"),
        (f"Jatim Newsroom – {LEAD}", None, "Jatim Newsroom"),
        (f"ANTARA - {LEAD}", None, "ANTARA"),
        (f"Sorong, 14/2 (Antaranews Papua Barat) - {LEAD}", "Sorong", "Antaranews Papua Barat"),
        (f"GOWA, – {LEAD}", "GOWA", None),
        (f"MURUNG RAYA – {LEAD}", "MURUNG RAYA", None),
        (f"SEMARANG-{LEAD}", "SEMARANG", None),
        (f"biem.co – {LEAD}", None, "biem.co"),
        (f"papua.tribratanews.com, - {LEAD}", None, "papua.tribratanews.com"),
        # a comma after the outlet's parenthesis, when the name is outlet-like
        (f"Bengkulu (Humas Kota), {LEAD}", "Bengkulu", "Humas Kota"),
        # a day naming its month between place and outlet (English wire copy)
        (f"Jakarta, Feb 24 (ANTARA) - {LEAD}", "Jakarta", "ANTARA"),
        (f"Medan, 3 Mei (Antaranews Sumut) - {LEAD}", "Medan", "Antaranews Sumut"),
        # place and outlet joined without spaces
        (f"Jakarta-WARTANUSA- {LEAD}", "Jakarta", "WARTANUSA"),
        (f"KENDARI//Kabarsultra-{LEAD}", "KENDARI", "Kabarsultra"),
        # a full stop glued to the dash is punctuation
        (f"Bima, KL.- {LEAD}", "Bima", "KL"),
        (f"Kabartimur/AMBON - {LEAD}", "AMBON", "Kabartimur"),
        # a hyphenated domain stays one outlet
        (f"kab-kota.kpu.go.id - {LEAD}", None, "kab-kota.kpu.go.id"),
        # a brand or a place, then the day in brackets
        (f"KabarPlus, (02/01) - {LEAD}", None, "KabarPlus"),
        # a known brand and its regional edition
        (f"Viva Kendari – {LEAD}", None, "Viva Kendari"),
        # a place in title case, then the outlet's initials
        (f"Pasaman Barat PN— {LEAD}", "Pasaman Barat", "PN"),
    ],
)
def test_dateline_forms(line: str, place: str | None, outlet: str | None) -> None:
    d = parse_dateline(line)
    assert d is not None
    assert (d.place, d.outlet) == (place, outlet)
    assert line[d.end :].startswith("Pemerintah")


@pytest.mark.parametrize(
    "line",
    [
        f"WARTAHULU.co.id - Mulai pekan ini, {LEAD}",
        # a page printed in capitals: three words before the comma are the lead's
        f"WARTAHULU.CO.ID - SEJAK PAGI TADI, {LEAD.upper()}",
    ],
)
def test_the_leads_first_words_after_the_outlets_dash_are_no_place(line: str) -> None:
    """A place closed by a comma is a name of two words at most (or one a list holds)."""
    d = parse_dateline(line)
    assert d is not None
    assert (d.place, d.outlet) == (None, line.split(" - ")[0])


def test_dateline_with_date_keeps_place() -> None:
    d = parse_dateline(f"Bogor, 3 Maret 2025 — {LEAD}")
    assert d is not None
    assert d.place == "Bogor"
    assert d.outlet is None


@pytest.mark.parametrize(
    "line",
    [
        "Menurut dia, harga cabai di pasar naik - turun sejak pekan lalu.",
        "Oleh karena itu, warga diminta waspada.",
        "Kamis, 18 Februari 2016 01:00 WITA | 1157 kali dibaca",
        "“Kami siap,” katanya - lalu pergi.",
        "Dinas Pendidikan Kota (Disdik) Bogor menggelar lomba cerdas cermat tingkat SD.",
        "1. Polres Bogor sebanyak 4 kasus;",
        "Covid-19 kembali meningkat di sejumlah daerah pekan ini.",
        "Ketua DPRD: Pembangunan jalan harus selesai tahun ini, katanya.",
        # a label over a line repeating the lead, or an empty photo-source slot
        f"Ringkasan: Kendari (Humas) – {LEAD}",
        "Sumber :",
        # a headline of three words and a word in capitals is no place and outlet
        f"Warga Tolak Rencana TPA - {LEAD}",
        # a parenthesis then a comma is prose unless the name in it is outlet-like
        "Dinas Kesehatan (Dinkes), bekerja sama dengan puskesmas, membuka layanan.",
        # two names joined by a dash, neither in capitals nor outlet-like
        "Senin-Selasa - warga diminta menjauhi sungai yang meluap.",
        # a clock between pipes is no place ("17" of a traffic update)
        "Kabar Jalan | 17:20 WITA | bundaran pasar ramai lancar",
        "",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_image_file_name_glued_before_outlet() -> None:
    lead = clean_lead(f"IMG_2231Tribratanewsbali – {LEAD}")
    d = parse_dateline(lead)
    assert d is not None
    assert d.outlet == "Tribratanewsbali"


@pytest.mark.parametrize(
    ("line", "place", "outlet"),
    [
        ("Praya, Diskominfotik", "Praya", "Diskominfotik"),
        ("Bogor, CNN Indonesia --", "Bogor", "CNN Indonesia"),
        ("Jakarta (kabarkita.com)", "Jakarta", "kabarkita.com"),
        ("Semarang || pa-kota.go.id", "Semarang", "pa-kota.go.id"),
        ("SUARA RAKYAT-BULUKUMBA", "BULUKUMBA", "SUARA RAKYAT"),
        # a comma glued to both words joins the place's parts; the one before a space
        # sets the outlet apart (and alone, a glued comma does)
        ("Kab,Garut, WARTA PRIANGAN", "Kab,Garut", "WARTA PRIANGAN"),
        ("Kota,Bima, Suara Dompu", "Kota,Bima", "Suara Dompu"),
        ("BANDUNG,KABARJABAR.COM", "BANDUNG", "KABARJABAR.COM"),
    ],
)
def test_standalone_dateline(line: str, place: str, outlet: str) -> None:
    d = parse_standalone(line) or parse_dateline(line)
    assert d is not None
    assert (d.place, d.outlet) == (place, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "Harga Cabai Naik (Lagi)",
        "Beranda | Berita Daerah",
        "Banjir-Longsor",
        "Pasar Baru // Foto",
        # a slogan closing with an exclamation names no outlet
        "Ikut Lomba, Raih Hadiah!",
        # a greeting to the visitor: no place a list holds, no outlet's name
        "Halo, Pengunjung",
    ],
)
def test_short_lines_that_are_not_standalone_datelines(line: str) -> None:
    """Headlines ending in a parenthesis, breadcrumbs and joined words: no outlet in them."""
    assert parse_standalone(line) is None
