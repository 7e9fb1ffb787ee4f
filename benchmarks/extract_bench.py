"""Throughput of ``extract()`` on one core over synthetic pages in the real layouts.

Usage: ``python benchmarks/extract_bench.py [N]`` (default 20000 documents).

Builds N deterministic documents of 2–6 KB in memory (our own words, the
layouts of ``LAYOUTS.md``), times ``extract`` over all of them, and compares
with a baseline measured in the same run: ``text.splitlines()`` plus one
precompiled ``re.search`` per document. Prints docs/s, µs/doc and the ratio.
"""

from __future__ import annotations

import random
import re
import sys
import time

from catalog.extract import extract

CITIES = ("Bandung", "Kupang", "Medan", "Sorong", "Kendari", "Mataram", "Palu", "Jambi")
OUTLETS = ("InfoPublik", "ANTARA", "KOMPAS.com", "CNN Indonesia", "jpnn.com", "Kemenag")
NAMES = ("Rina Kusuma", "Hendra Wijaya", "Siti Rahma", "Bayu Pratama", "Lilis Suryani", "Admin")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
WORDS = tuple(
    re.split(
        r"\s+",
        "pemerintah kota warga pasar baru program bantuan sekolah jalan desa kepala dinas "
        "kegiatan rapat anggaran pembangunan layanan kesehatan masyarakat daerah tahun "
        "petugas lokasi kantor bupati camat lurah taman air bersih listrik sampah",
    )
)


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 20000
    docs = [make_document(i) for i in range(n)]
    sizes = sorted(len(d.encode()) for d in docs)
    print(f"{n} documents, {sizes[0]}–{sizes[-1]} bytes (median {sizes[n // 2]})")

    t0 = time.perf_counter()
    for d in docs:
        d.splitlines()
        _BASELINE_RX.search(d)
    base = time.perf_counter() - t0

    t0 = time.perf_counter()
    for d in docs:
        extract(d)
    took = time.perf_counter() - t0

    print(
        f"baseline (splitlines + one re.search): {n / base:12,.0f} docs/s {base / n * 1e6:8.1f} µs/doc"
    )
    print(
        f"extract():                             {n / took:12,.0f} docs/s {took / n * 1e6:8.1f} µs/doc"
    )
    print(f"ratio extract/baseline: {took / base:.1f}x")


if __name__ == "__main__":
    main(sys.argv)
