"""Shared fixtures: catalogs built through the migrations, folders of the team's own texts."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from catalog.db import Catalog

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"

# Written by the team in the InfoPublik layout: a sidebar byline of another
# story, a photo caption with its credit, the real byline, the dateline.
INFOPUBLIK = """\
- Oleh MC KAB TAPANULI UTARA
- Senin, 7 Oktober 2024 | 10:05 WIB
: Kepala Balai Arsip Daerah Ratna Sembiring (dok Humas Pemkab)
Oleh Rizky Pratama, Rabu, 18 September 2024 | 20:45 WIB - Redaktur: Lestari W - 512
Medan, InfoPublik – Pemerintah daerah mengajak pengelola arsip di setiap dinas untuk memindai dokumen lama agar layanan informasi publik lebih cepat.
Kepala Balai Arsip Daerah, Ratna Sembiring, mengatakan pemindaian dimulai dari dokumen perizinan yang paling sering diminta warga, Rabu (18/9/2024).
Menurutnya, arsip digital juga mengurangi risiko kerusakan akibat banjir dan rayap di gudang penyimpanan.
"""

ANTARA = """\
Petani Garam Madura Mulai Panen Lebih Awal
Sumenep (ANTARA) - Petani garam di pesisir selatan mulai memanen lebih awal karena kemarau datang sebelum jadwal, kata ketua kelompok tani setempat.
Ia menyebut harga di tingkat petani masih stabil dan gudang koperasi sudah disiapkan untuk menampung hasil panen.
Pewarta: Siti Nurjanah
Editor : Bambang Irawan
"""

KOMPAS = """\
Warga Bangun Taman Baca di Bekas Pos Ronda
Senin, 14 Mei 2018 | 15:11 WIB
BOGOR, KOMPAS.com - Sekelompok pemuda mengubah pos ronda yang lama tak terpakai menjadi taman baca untuk anak-anak kampung.
Buku-buku dikumpulkan dari sumbangan warga dan alumni sekolah dasar setempat.
Penulis: Andi Kurniawan | Editor: Maria Fransiska
"""


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "catalog.db"


@pytest.fixture()
def make_tree(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write {relative path: text or bytes} under a fresh folder and return it."""
    counter = iter(range(1000))

    def make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / f"docs{next(counter)}"
        for rel, content in files.items():
            p = root / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_text(content, encoding="utf-8")
        return root

    return make


@pytest.fixture()
def docs(make_tree: Callable[[dict[str, str | bytes]], Path]) -> Path:
    return make_tree(
        {"infopublik/arsip.txt": INFOPUBLIK, "antara/garam.txt": ANTARA, "kompas/taman.txt": KOMPAS}
    )


@pytest.fixture()
def invoke(runner: CliRunner, db_path: Path) -> Callable[..., object]:
    """Run the CLI against the test catalog; returns click's Result."""

    def run(*args: str, input: str | None = None) -> object:
        return runner.invoke(
            cli, ["--db", str(db_path), *args], input=input, catch_exceptions=False
        )

    return run


@pytest.fixture()
def catalog(db_path: Path) -> Catalog:
    cat = Catalog(str(db_path))
    yield cat  # type: ignore[misc]
    cat.close()


def touch_later(path: Path, text: str) -> None:
    """Rewrite a file and make sure its mtime moves even on coarse clocks."""
    st = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
