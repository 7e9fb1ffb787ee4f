"""Credit lines: authors and editors as written, labels dropped (invented names)."""

from __future__ import annotations

import pytest

from catalog.extract.bylines import (
    closing_unit,
    credit_brand,
    parse_credit,
    split_names,
    trailing_credit,
)


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        # one name, two roles joined before the colon
        ("Redaktur & Reporter : Tim Redaksi", ("Tim Redaksi",), ("Tim Redaksi",)),
        ("Penulis/Editor: Ani Lestari", ("Ani Lestari",), ("Ani Lestari",)),
        ("Penulis dan Editor: Ani Lestari", ("Ani Lestari",), ("Ani Lestari",)),
        ("Laporan: Ansari Hasyim | Banda Aceh", ("Ansari Hasyim",), ()),
        # a closing full stop is punctuation, an initial's is not
        ("Editor : Chandra.", (), ("Chandra",)),
        ("Penulis: Dewi H.", ("Dewi H.",), ()),
        (
            "Oleh Rina Kusuma, Kamis, 3 Oktober 2024 | 09:10 WIB - Redaktur: Agus T - 51",
            ("Rina Kusuma",),
            ("Agus T",),
        ),
        (
            "Oleh MC KAB LEMBAH HIJAU, Kamis, 3 Oktober 2024 | 09:10 WIB",
            ("MC KAB LEMBAH HIJAU",),
            (),
        ),
        ("Penulis: Hendra Wijaya | Editor: Lilis Suryani", ("Hendra Wijaya",), ("Lilis Suryani",)),
        ("Penulis: hendra wijaya | Editor: lilis suryani", ("hendra wijaya",), ("lilis suryani",)),
        ("Rep: Fajar Nugroho Red: Dewi Kartika", ("Fajar Nugroho",), ("Dewi Kartika",)),
        ("Laporan Wartawan Tribunnews.com, Yoga Pratama", ("Yoga Pratama",), ()),
        ("Laporan Wartawan Tribun Jateng Sekar Ayu", ("Sekar Ayu",), ()),
        ("Laporan Reporter POS-KUPANG.COM, Maria Goreti", ("Maria Goreti",), ()),
        ("Editor: Bambang Irawan", (), ("Bambang Irawan",)),
        ("Pewarta: Siti Rahma", ("Siti Rahma",), ()),
        ("Editor : Joko Susilo", (), ("Joko Susilo",)),
        ("Reporter: Nanda Putri/NT", ("Nanda Putri",), ()),
        ("Wartawan : Arif Budiman/ Yuni Astuti", ("Arif Budiman", "Yuni Astuti"), ()),
        ("Penulis : Andi Saputra, ,", ("Andi Saputra",), ()),
        ("Editor : Grid Hot", (), ("Grid Hot",)),
        ("Editor: Redaksi", (), ("Redaksi",)),
        ("Editor : Rahmat HidayatEditor Jakarta", (), ("Rahmat Hidayat",)),
        ("Upload by Admin - 22 November 2021", ("Admin",), ()),
        ("By Dedi Kurnia - Jumat, 3 Agustus 2018 | 14:37 WIB", ("Dedi Kurnia",), ()),
        ("Diposkan oleh Bayu on 08 July, 2011", ("Bayu",), ()),
        ("Oleh : *) Yohanes Kristianto", ("Yohanes Kristianto",), ()),
        ("Oleh Redaksi KABARKOTA | 04 November 2016", ("Redaksi KABARKOTA",), ()),
        ("Reported by Lia Amalia | Translated by Tom Baker", ("Lia Amalia",), ()),
        ("Ahmad Fikri oleh Ahmad Fikri", ("Ahmad Fikri",), ()),
        ("Kategori Artikel | budi017", ("budi017",), ()),
        # padded labels on one line, the last one unknown to the reader: it ends the name
        (
            "Editor      : R Santoso Penulis      : A Wibowo S. Publish      : T Laksono",
            ("A Wibowo S.",),
            ("R Santoso",),
        ),
    ],
)
def test_credit_lines(line: str, authors: tuple[str, ...], editors: tuple[str, ...]) -> None:
    credit = parse_credit(line)
    assert credit is not None, line
    assert credit.authors == authors
    assert credit.editors == editors


@pytest.mark.parametrize(
    "line",
    [
        "Laporan: kegiatan bulanan dinas kesehatan kota pada triwulan ini",
        "Oleh karena itu, warga diminta berhati-hati saat berkendara di jalan licin.",
        "Video Editor | Produksi Harian",
        "Produser: Gilang Ramadhan",
        "Pemimpin Redaksi Hartono menyambut rombongan mahasiswa.",
        "Redaktur Pelaksana Budi Susanto dan Redaktur Online Anton Wibowo hadir.",
        "Kepala dinas itu mengatakan, lanjutnya, bahwa kegiatan akan berlanjut.",
    ],
)
def test_not_credit_lines(line: str) -> None:
    credit = parse_credit(line)
    assert credit is None or (not credit.authors and not credit.editors)


def test_label_without_name_is_reported() -> None:
    credit = parse_credit("Reporter:")
    assert credit is not None
    assert credit.label_only


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("sudah tuntas dikerjakan, pungkasnya. (DR01)", ("DR01",)),
        ("hal itu bisa dilakukan,” katanya. (OGI)", ("OGI",)),
        ("tuturnya.(abc/jpnn)", ("abc/jpnn",)),
        ("kata dia. (tri/mof/gr/fud)", ("tri/mof/gr/fud",)),
        ("demikian disampaikan. [RWT]", ("RWT",)),
        ("ujar dia. (DDJP/rei/asa)", ("DDJP/rei/asa",)),
        (
            "tegasnya. (BIRO ADMINISTRASI PIMPINAN SETDA KOTA)",
            ("BIRO ADMINISTRASI PIMPINAN SETDA KOTA",),
        ),
        (
            "ekonomi warga meningkat.(Nina Sari/ Budi Hartono/ Tika Ayu)",
            ("Nina Sari", "Budi Hartono", "Tika Ayu"),
        ),
        ("dana bencana habis terpakai. (ANTARA /Rudi Santoso)", ("Rudi Santoso",)),
        ("berlangsung damai” ujarnya. (Humas Kota/Rif/Cni/ana)", ("Humas Kota/Rif/Cni/ana",)),
        ("acara dibuka Kamis (12/4)", ()),
        ("acara berlangsung meriah. (*)", ()),
        ("kata dia. (Kabarkota.com)", ()),
        ("warga hadir di lapangan (Istimewa)", ()),
        ("foto bersama seusai acara. (Foto)", ()),
        # asterisks as an end mark before or after the credit
        ("panen raya digelar di tiga desa, ***(Rud)", ("Rud",)),
        ("para tamu undangan hadir.(DISKOMINFO)****", ("DISKOMINFO",)),
        ("para tamu undangan hadir.****", ()),
        # a sign-off, not a writer
        ("acara ditutup dengan doa bersama. (end)", ()),
    ],
)
def test_trailing_credit(line: str, names: tuple[str, ...]) -> None:
    assert trailing_credit(line) == names


def test_split_names_keeps_single_initial() -> None:
    assert split_names("Untung S") == ("Untung S",)
    assert split_names("Ani Lestari dan Dodi Prasetyo") == ("Ani Lestari", "Dodi Prasetyo")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Oleh Redaksi KABARKOTA", ("", "KABARKOTA")),
        ("- kabarKota", ("", "kabarKota")),
        ("Rina Kusuma Kabarkota.Com", ("Rina Kusuma", "Kabarkota.Com")),
        ("www.pn-lembah.go.id ", ("", "www.pn-lembah.go.id")),
        ("Dewi Lestari - 20KABAR", ("Dewi Lestari", "20KABAR")),
        ("Dewi Lestari - Warta Contributor", ("Dewi Lestari", "Warta")),
        # a writer alone, a place after the dash, a sentence, a headline: no outlet
        ("Rina Kusuma", None),
        ("Rina Kusuma - JAKARTA", None),
        ("Oleh Rina Kusuma", None),
        ("Bupati meninjau banjir - BPBD", None),
        ("Warga menyambut baik kehadiran taman - Kabarkota.com", None),
    ],
)
def test_credit_brand(text: str, want: tuple[str, str] | None) -> None:
    assert credit_brand(text) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Humas Bawaslu Kota", "Humas Bawaslu Kota"),
        ("Diskominfo", "Diskominfo"),
        ("PROKOPIM SETDA", "PROKOPIM SETDA"),
        # a sentence, a cut line, a number, a word that is not an office
        ("Humas menyebut acara selesai.", None),
        ("Tim juga meninjau lokasi banjir di", None),
        ("Bagian 2", None),
        ("Pemkot Lembah Bantu P", None),
    ],
)
def test_closing_unit(line: str, want: str | None) -> None:
    assert closing_unit(line) == want


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Oleh Sari Wulandari dan Bayu Prakoso", ("Sari Wulandari", "Bayu Prakoso")),
        ("Oleh: Sari Wulandari dan Bayu Prakoso", ("Sari Wulandari", "Bayu Prakoso")),
        ("By Sari Wulandari and Bayu Prakoso", ("Sari Wulandari", "Bayu Prakoso")),
        ("Oleh Sari Wulandari", ("Sari Wulandari",)),
    ],
)
def test_an_oleh_byline_names_every_writer(line: str, authors: tuple[str, ...]) -> None:
    credit = parse_credit(line)
    assert credit is not None and credit.authors == authors


def test_a_sentence_opening_with_oleh_is_no_byline() -> None:
    assert parse_credit("Oleh karena itu, warga diminta menjaga kebersihan sungai.") is None
