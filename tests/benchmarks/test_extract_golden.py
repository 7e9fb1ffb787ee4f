"""The golden-output dump that speed changes to the extractor are checked against."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "benchmarks"

PAGE = """\
Oleh Rina Kusuma, Rabu, 2 Oktober 2024 | 10:15 WIB - Redaktur: Tono - 12
Bandung, InfoPublik – Pemerintah kota membuka taman baru yang luas di pusat kota pada pagi hari.
Warga menyambut taman itu dengan gembira dan berharap perawatannya terjaga sepanjang tahun.
"""


def _dump(out: Path, root: Path) -> tuple[str, str]:
    script = str(BENCH / "extract_golden.py")
    run = subprocess.run(
        [sys.executable, script, str(out), "--root", str(root), "--pages", "3"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout, out.read_text(encoding="utf-8")


def test_dump_covers_every_page_and_variant_and_repeats_exactly(tmp_path: Path) -> None:
    root = tmp_path / "pages"
    root.mkdir()
    (root / "a.txt").write_text(PAGE, encoding="utf-8")
    (root / "b.txt").write_text(PAGE.replace("Rina Kusuma", "Siti Rahma"), encoding="utf-8")
    printed, dump = _dump(tmp_path / "one.txt", root)
    lines = dump.splitlines()
    # two pages, each as it is, with two profiles and eight variants; three bench pages,
    # each as it is and with its layout's site profile
    assert len(lines) == 2 * (1 + 2 + 8) + 3 * 2
    assert lines[0].startswith("a.txt\tExtraction(kind='article'")
    assert "authors=('Rina Kusuma',)" in lines[0] and "Evidence(field=" in lines[0]
    assert [line.split("\t")[0] for line in lines[-6:]] == [
        *("bench:0", "bench:0:profile", "bench:1", "bench:1:profile"),
        *("bench:2", "bench:2:profile"),
    ]
    assert "28 extractions, sha256 " in printed and "extractor: " in printed
    again, dump_again = _dump(tmp_path / "two.txt", root)
    assert dump_again == dump and again.splitlines()[-1] == printed.splitlines()[-1]
