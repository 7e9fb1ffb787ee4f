"""catalog report duplicates: one release under several outlets groups; sync keeps the bands in step.

Every text here is the team's own: an invented press release about clean water
in an invented district, told by three outlets with their own datelines and
bylines, and two unrelated stories.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import rows, touch_later

from catalog.db import Catalog, downgrade, upgrade
from catalog.reports import DUPLICATES_COLUMNS, Filters, duplicates

Invoke = Callable[..., Any]
Tree = Callable[[dict[str, str | bytes]], Path]

# The release as the district office sent it out; each outlet adds its own
# dateline in front and its own byline.
RELEASE = [
    "Pemerintah Kabupaten Lembah Hijau meluncurkan program sambungan air bersih untuk "
    "dua ribu rumah tangga di tujuh kecamatan yang selama ini bergantung pada sumur dangkal.",
    "Bupati Lembah Hijau, Sulastri Rahayu, mengatakan pemasangan pipa dimulai dari desa-desa "
    "di bantaran sungai karena di sana air sumur paling sering keruh saat musim hujan.",
    '"Kami ingin setiap keluarga punya air yang layak diminum tanpa harus membeli air galon '
    'setiap hari. Biaya sambungan ditanggung daerah, warga cukup mendaftar," kata Sulastri.',
    "Menurut dia, anggaran program berasal dari dana bagi hasil dan kerja sama dengan "
    "perusahaan daerah air minum yang menyiapkan tenaga teknis di setiap kecamatan.",
    "Kepala Dinas Pekerjaan Umum, Gunawan Siregar, menjelaskan bahwa jaringan baru akan "
    "tersambung ke instalasi pengolahan di hulu sungai yang kapasitasnya sudah dinaikkan "
    "menjadi delapan puluh liter per detik.",
    "Ia menambahkan petugas akan memeriksa mutu air setiap bulan dan hasilnya diumumkan di "
    "papan informasi kantor desa agar warga bisa ikut mengawasi.",
    "Warga Desa Sukamaju, Rohimah, menyambut baik program tersebut. Selama ini ia harus "
    "merebus air sumur dua kali sebelum dipakai memasak karena baunya tidak hilang.",
    "Pendaftaran dibuka di kantor kecamatan mulai pekan depan dengan membawa kartu keluarga "
    "dan bukti kepemilikan rumah, sedangkan pemasangan tahap pertama ditargetkan rampung "
    "sebelum akhir tahun.",
]
BODY = "\n\n".join(RELEASE)

KOMPAS = f"""\
Dua Ribu Rumah di Lembah Hijau Dapat Sambungan Air Bersih
Senin, 3 Juni 2024 | 14:20 WIB

LEMBAH HIJAU, KOMPAS.com - {BODY}

Penulis: Wulan Andriani | Editor: Hasan Basri
"""

ANTARA = f"""\
Lembah Hijau Sambungkan Air Bersih ke Dua Ribu Rumah
Senin, 3 Juni 2024 09:05 WIB

Lembah Hijau (ANTARA) - {BODY}

Pewarta: Teguh Santoso
Editor: Rina Marlina
"""

INFOPUBLIK = f"""\
Oleh Dimas Prakoso, Selasa, 4 Juni 2024 | 08:30 WIB - Redaktur: Yuni Astuti - 210
Lembah Hijau, InfoPublik – {BODY}
"""

FERRY = """\
Kapal Penyeberangan Baru Layani Rute Antarpulau
Rabu, 5 Juni 2024 | 10:00 WIB

TANJUNG BATU, KOMPAS.com - Sebuah kapal penyeberangan baru mulai melayani rute antara Tanjung Batu dan Pulau Merpati setelah kapal lama ditarik untuk perbaikan mesin.

Kepala syahbandar setempat, Yohanes Manuhutu, mengatakan kapal itu mampu mengangkut tiga ratus penumpang dan dua puluh kendaraan kecil dalam sekali jalan.

Jadwal keberangkatan ditambah menjadi empat kali sehari pada akhir pekan karena banyak pedagang sayur yang membawa hasil kebun ke pasar di kota.

Penumpang diminta datang satu jam sebelum keberangkatan dan membeli tiket di loket resmi agar tidak tertipu calo yang menawarkan harga lebih tinggi.

Penulis: Markus Lelono | Editor: Hasan Basri
"""

LIBRARY = """\
Perpustakaan Keliling Sambangi Sekolah di Pegunungan
Kamis, 6 Juni 2024 | 11:15 WIB

BUKIT TINGGI RAYA, KOMPAS.com - Mobil perpustakaan keliling milik pemerintah provinsi kini singgah di sekolah-sekolah dasar yang letaknya jauh dari pusat kota setiap dua pekan sekali.

Pustakawan yang bertugas, Ayu Lestiani, mengatakan anak-anak paling senang membaca buku cerita bergambar dan buku tentang hewan yang hidup di hutan sekitar kampung mereka.

Selain meminjamkan buku, petugas juga mengajak guru membuat pojok baca sederhana di kelas dari rak bekas dan kardus yang dicat warna-warni oleh para murid.

Kepala sekolah berharap kunjungan itu bisa lebih sering karena minat baca murid naik sejak mobil perpustakaan pertama kali datang tahun lalu.

Penulis: Fajar Nugroho | Editor: Maria Fransiska
"""

SHORT = """\
Jalan Desa Ditutup Sementara
Jumat, 7 Juni 2024 | 07:00 WIB

SUKAMAJU, KOMPAS.com - Jalan desa ditutup sementara karena perbaikan gorong-gorong.

Penulis: Wulan Andriani | Editor: Hasan Basri
"""

OUTLETS = {
    "kompas/air-bersih.txt": KOMPAS,
    "antara/air-bersih.txt": ANTARA,
    "infopublik/air-bersih.txt": INFOPUBLIK,
    "kompas/kapal.txt": FERRY,
    "kompas/perpustakaan.txt": LIBRARY,
}


def report(db: str, filters: Filters | None = None) -> list[dict[str, Any]]:
    cat = Catalog(db)
    try:
        with cat.open(create=True).connect() as conn:
            rep = duplicates(conn, filters or Filters())
            return [dict(zip(rep.columns, r, strict=True)) for r in rep.rows]
    finally:
        cat.close()


def groups(db: str, filters: Filters | None = None) -> list[list[str]]:
    """Each group's member paths, earliest first."""
    found: dict[int, list[str]] = {}
    for r in report(db, filters):
        found.setdefault(r["group"], []).append(r["path"])
    return list(found.values())


def sync(invoke: Invoke, root: Path, *args: str) -> None:
    result = invoke("sync", str(root), *args)
    assert result.exit_code == 0, result.output


def band_count(db: str, path: str) -> int:
    ((n,),) = rows(
        db,
        "SELECT count(*) FROM minhash_bands b JOIN documents d ON d.id = b.document_id "
        "WHERE d.path = ?",
        path,
    )
    return int(n)


def test_one_release_under_three_outlets_is_one_group(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    sync(invoke, make_tree(OUTLETS))
    (group,) = report(db)[:1]
    assert groups(db) == [
        ["antara/air-bersih.txt", "kompas/air-bersih.txt", "infopublik/air-bersih.txt"]
    ]
    assert group["documents"] == 3
    assert str(group["earliest_date"]) == "2024-06-03"
    assert group["earliest_path"] == "antara/air-bersih.txt"
    assert group["similarity"] == 1.0
    for r in report(db):
        assert r["similarity"] >= 0.8
        assert str(r["published_date"]) in ("2024-06-03", "2024-06-04")


def test_each_signed_document_has_its_bands_and_short_texts_none(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    sync(invoke, make_tree({**OUTLETS, "kompas/jalan.txt": SHORT}))
    assert band_count(db, "kompas/kapal.txt") == 16
    assert band_count(db, "kompas/jalan.txt") == 0
    ((minhash,),) = rows(db, "SELECT minhash FROM documents WHERE path = 'kompas/jalan.txt'")
    assert minhash is None


def test_exact_copies_group_and_short_copies_do_not(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    root = make_tree(
        {
            "a/kapal.txt": FERRY,
            "b/kapal.txt": FERRY,
            "a/jalan.txt": SHORT,
            "b/jalan.txt": SHORT,
        }
    )
    sync(invoke, root)
    assert groups(db) == [["a/kapal.txt", "b/kapal.txt"]]


def test_a_changed_document_leaves_and_rejoins_its_group(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    root = make_tree(OUTLETS)
    sync(invoke, root)
    touch_later(root / "antara/air-bersih.txt", LIBRARY.replace("Ayu", "Siti"))
    sync(invoke, root)
    # The ANTARA copy now tells the library story: it left the release and joined that one.
    assert sorted(map(sorted, groups(db))) == [
        ["antara/air-bersih.txt", "kompas/perpustakaan.txt"],
        ["infopublik/air-bersih.txt", "kompas/air-bersih.txt"],
    ]
    touch_later(root / "antara/air-bersih.txt", ANTARA)
    sync(invoke, root)
    assert groups(db)[0] == [
        "antara/air-bersih.txt",
        "kompas/air-bersih.txt",
        "infopublik/air-bersih.txt",
    ]
    assert band_count(db, "antara/air-bersih.txt") == 16


def test_a_missing_document_leaves_the_report_and_prune_removes_its_bands(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    root = make_tree(OUTLETS)
    sync(invoke, root)
    ((gone_id,),) = rows(db, "SELECT id FROM documents WHERE path = 'antara/air-bersih.txt'")
    os.remove(root / "antara/air-bersih.txt")
    sync(invoke, root)
    assert groups(db) == [["kompas/air-bersih.txt", "infopublik/air-bersih.txt"]]
    assert band_count(db, "antara/air-bersih.txt") == 16  # kept while it may come back
    sync(invoke, root, "--prune")
    assert rows(db, "SELECT count(*) FROM minhash_bands WHERE document_id = ?", gone_id) == [(0,)]
    os.remove(root / "infopublik/air-bersih.txt")
    sync(invoke, root, "--prune")
    assert groups(db) == []


def test_filters_choose_the_documents_considered(invoke: Invoke, make_tree: Tree, db: str) -> None:
    sync(invoke, make_tree(OUTLETS))
    later = groups(db, Filters(since=dt.date(2024, 6, 4)))
    assert later == []  # only the InfoPublik copy is left of the release
    assert groups(db, Filters(until=dt.date(2024, 6, 3))) == [
        ["antara/air-bersih.txt", "kompas/air-bersih.txt"]
    ]
    assert groups(db, Filters(source="kompas.com")) == []
    assert groups(db, Filters(author="Teguh Santoso")) == []


def test_cli_csv_and_threshold(invoke: Invoke, make_tree: Tree) -> None:
    sync(invoke, make_tree(OUTLETS))
    result = invoke("report", "duplicates", "--format", "csv")
    assert result.exit_code == 0, result.output
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(table[0]) == DUPLICATES_COLUMNS
    assert [r[4] for r in table[1:]] == [
        "antara/air-bersih.txt",
        "kompas/air-bersih.txt",
        "infopublik/air-bersih.txt",
    ]
    assert {r[0] for r in table[1:]} == {"1"}
    strict = invoke("report", "duplicates", "--threshold", "1.0", "--format", "csv")
    assert strict.exit_code == 0, strict.output
    bad = invoke("report", "index", "--threshold", "0.9")
    assert bad.exit_code == 2
    assert "--threshold is for the duplicates report" in bad.output
    low = invoke("report", "duplicates", "--threshold", "0.1")
    assert low.exit_code == 2


def test_empty_catalog_has_no_duplicates(db: str) -> None:
    assert report(db) == []


def test_upgrade_signs_documents_already_in_the_catalog(
    invoke: Invoke, make_tree: Tree, db: str
) -> None:
    """Revision 0006 computes signatures from stored bodies; unchanged files are not re-read."""
    sync(invoke, make_tree(OUTLETS))
    cat = Catalog(db)
    try:
        downgrade(cat.engine, "0005")
        upgrade(cat.engine)
    finally:
        cat.close()
    assert len(groups(db)) == 1
    assert band_count(db, "kompas/kapal.txt") == 16
