"""catalog.similarity: normalised words, MinHash signatures, their estimates and band hashes."""

from __future__ import annotations

import subprocess
import sys
import zlib

import pytest

from catalog.similarity import (
    BANDS,
    BINS,
    MAX_WORDS,
    MIN_WORDS,
    bands,
    estimate,
    signature,
    similarity,
    unpack,
    words,
)

# The team's own text: about 300 words on an invented market renovation.
SENTENCES = [
    "Pemerintah kota mulai merenovasi Pasar Rakyat Cempaka yang atapnya bocor sejak tiga tahun lalu.",
    "Wali kota mengatakan pedagang akan dipindahkan sementara ke lapangan parkir di sebelah timur pasar.",
    "Tenda dan lampu disiapkan oleh dinas perdagangan sehingga pedagang tetap bisa berjualan pada pagi hari.",
    "Renovasi mencakup atap baru, saluran air, lantai yang tidak licin, dan tempat sampah terpisah.",
    "Kepala dinas perdagangan menyebut pekerjaan dibagi menjadi dua tahap agar pasar tidak tutup sepenuhnya.",
    "Tahap pertama mengerjakan los sayur dan buah, sedangkan tahap kedua menyentuh los ikan dan daging.",
    "Pedagang ikan meminta agar tempat penampungan es dibuat lebih dekat dengan pintu masuk kendaraan.",
    "Permintaan itu akan dibahas bersama konsultan perencana dalam pertemuan pekan depan di kantor kelurahan.",
    "Seorang pedagang bumbu, Sumarni, berharap harga sewa kios tidak naik setelah pasar selesai dibangun.",
    "Ia sudah berjualan di pasar itu selama dua puluh tahun dan mengenal hampir semua pelanggannya.",
    "Dinas perdagangan memastikan pedagang lama mendapat kios di tempat yang sama dengan ukuran serupa.",
    "Pengundian hanya dilakukan untuk kios tambahan yang dibangun di lantai dua bangunan baru.",
    "Selain itu, pemerintah menyiapkan ruang laktasi, mushala, dan pos kesehatan kecil bagi pengunjung.",
    "Petugas kebersihan akan ditambah karena sampah pasar selama ini sering menumpuk di dekat sungai.",
    "Warga sekitar mengeluhkan bau sampah yang tercium sampai ke permukiman ketika hujan turun deras.",
    "Lurah setempat mengajak warga ikut mengawasi pembangunan dan melapor bila melihat pekerjaan yang janggal.",
    "Anggaran renovasi berasal dari dana alokasi khusus dan sebagian kecil dari pendapatan asli daerah.",
    "Kontraktor diberi waktu delapan bulan dan akan dikenai denda harian bila pekerjaan terlambat.",
    "Jalan di depan pasar akan ditata ulang agar angkutan kota tidak lagi berhenti sembarangan.",
    "Pemerintah berharap pasar yang bersih dan tertata bisa menarik kembali pembeli muda ke pasar tradisional.",
]
TEXT = " ".join(SENTENCES)
OTHER = (
    "Sebuah sekolah dasar di pinggir hutan mengajak murid menanam bibit pohon buah setiap Sabtu. "
    "Guru kelas lima menjelaskan bahwa setiap anak merawat satu pohon sampai lulus nanti. "
    "Orang tua murid membantu membuat pagar bambu supaya bibit tidak dimakan kambing warga. "
    "Kepala sekolah menyebut kegiatan itu membuat anak lebih betah belajar di luar kelas. "
    "Dinas kehutanan memberikan tiga ratus bibit durian, rambutan, dan alpukat secara gratis. "
    "Panen pertama diperkirakan lima tahun lagi dan hasilnya akan dijual untuk membeli buku. "
    "Warga desa tetangga tertarik meniru cara itu di sekolah anak-anak mereka sendiri."
)


def test_text_sizes() -> None:
    assert 280 <= len(TEXT.split()) <= 320
    assert len(words(TEXT)) == MAX_WORDS
    assert len(words(OTHER)) >= MIN_WORDS


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("Pemerintah MENGAJAK warga.", "pemerintah mengajak warga"),
        ("warga—kafé «Ñusa» buka 24 jam!", "warga kafe nusa buka 24 jam"),
        ("Jakarta (ANTARA) - Harga cabai", "jakarta antara harga cabai"),
        ("“Kami siap,” kata dia… lalu pergi", "kami siap kata dia lalu pergi"),
        ("Rp443 juta, 18/9/2024", "rp443 juta 18 9 2024"),
        ("non\u00a0breaking\u2009thin", "non breaking thin"),
        ("e\u0301 decomposed", "e decomposed"),
    ],
)
def test_words(raw: str, normalised: str) -> None:
    assert b" ".join(words(raw)).decode() == normalised


def test_identical_texts_are_one() -> None:
    a = signature(TEXT)
    assert a is not None and len(a) == 4 * BINS
    assert estimate(a, signature(TEXT)) == 1.0  # type: ignore[arg-type]
    assert similarity(TEXT, TEXT) == 1.0


def test_case_punctuation_and_layout_do_not_matter() -> None:
    shouted = TEXT.upper().replace(". ", ".\n\n")
    assert signature(shouted) == signature(TEXT)


def test_one_sentence_changed_is_still_close() -> None:
    changed = TEXT.replace(
        SENTENCES[3],
        "Warga meminta agar lahan parkir sepeda motor diperluas sebelum bulan puasa tiba.",
    )
    assert similarity(TEXT, changed) > 0.8
    assert estimate(signature(TEXT), signature(changed)) >= 0.75  # type: ignore[arg-type]


def test_a_different_dateline_in_front_is_close() -> None:
    a = "JAKARTA, KOMPAS.com - " + TEXT
    b = "Jakarta (ANTARA) - " + TEXT
    assert estimate(signature(a), signature(b)) >= 0.9  # type: ignore[arg-type]


def test_unrelated_texts_are_far_apart() -> None:
    assert similarity(TEXT, OTHER) < 0.05
    assert estimate(signature(TEXT), signature(OTHER)) < 0.2  # type: ignore[arg-type]


def test_too_short_texts_have_no_signature() -> None:
    assert signature(" ".join(TEXT.split()[: MIN_WORDS - 1])) is None
    assert signature("") is None
    just = signature(" ".join(TEXT.split()[:MIN_WORDS]))
    assert just is not None  # a short text leaves bins empty; each is filled from a neighbour
    assert len(set(unpack(just))) < BINS


def test_bands() -> None:
    a = signature(TEXT)
    assert a is not None
    hashes = bands(a)
    assert len(hashes) == BANDS
    assert all(0 <= h < 2**32 for h in hashes)
    b = bytearray(a)
    b[0] ^= 1  # one position differs: only the first band changes
    assert [x == y for x, y in zip(hashes, bands(bytes(b)), strict=True)] == [False] + [True] * (
        BANDS - 1
    )


def test_signatures_are_the_same_in_every_process() -> None:
    """Stored signatures are compared with new ones: nothing may depend on the process."""
    code = (
        "import sys, zlib; from catalog.similarity import signature; "
        "print(zlib.crc32(signature(sys.stdin.read())))"
    )
    here = zlib.crc32(signature(TEXT))  # type: ignore[arg-type]
    for seed in ("1", "2"):
        out = subprocess.run(
            [sys.executable, "-c", code],
            input=TEXT,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        )
        assert int(out.stdout) == here
    # Pinned: a change to the algorithm must come with a migration that re-signs.
    assert here == PINNED


PINNED = 2080401325


def _by_definition(text: str) -> tuple[int, ...]:
    """The signature as the module docstring defines it, written the slow, plain way."""
    hashes = [zlib.crc32(" ".join(run).encode()) for run in _shingles(words(text))]
    top = 32 - (BINS.bit_length() - 1)
    low = {b: min(h for h in hashes if h >> top == b) for b in {h >> top for h in hashes}}
    full = sorted(low)
    return tuple(
        low[b] if b in low else low[next((f for f in full if f > b), full[0])] for b in range(BINS)
    )


def _shingles(ws: list[bytes]) -> list[list[str]]:
    return [[w.decode() for w in ws[i : i + 4]] for i in range(len(ws) - 3)]


@pytest.mark.parametrize("size", [MIN_WORDS, MIN_WORDS + 7, 120, MAX_WORDS])
def test_signature_is_each_bins_smallest_hash_empty_bins_borrowing_rightwards(size: int) -> None:
    # Short texts leave bins empty, the last ones among them: those wrap round to the first.
    text = " ".join((TEXT + " " + OTHER).split()[:size])
    sig = signature(text)
    assert sig is not None
    assert unpack(sig) == _by_definition(text)
    if size == MIN_WORDS:
        assert len(set(unpack(sig))) < BINS
