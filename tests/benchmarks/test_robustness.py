"""The label-preserving perturbations and a tiny run of the robustness benchmark.

Pages here are the project's own words in the corpus layouts; nothing needs
``../shared``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tests_support import load_benchmark

from catalog.accuracy import blank_label

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "benchmarks"


pert = load_benchmark("perturbations")

ARTICLE = """\
Warga Lembah Hijau Bersihkan Saluran Air Jelang Musim Hujan
Oleh Rina Kusuma, Kamis, 12 September 2024 | 10:15 WIB - Redaktur: Tono Hartono - 152
Kendari, InfoPublik – Ratusan warga Kelurahan Lembah Hijau bergotong royong membersihkan saluran air di sepanjang jalan utama pada Kamis pagi agar genangan tidak terulang ketika hujan deras turun.
Lurah setempat mengatakan kegiatan serupa akan digelar setiap bulan dengan melibatkan karang taruna dan pengurus rukun warga di Kendari.
"Kami ingin lingkungan tetap bersih dan sehat, terutama bagi anak-anak yang bermain di sekitar saluran," ujarnya.
"""

UPPER_DATELINE = """\
PALU - Dinas Pertanian menyalurkan bibit jagung kepada kelompok tani di tiga kecamatan, Senin (3/6/2024), untuk mempercepat musim tanam setelah panen padi selesai.
Kepala dinas menjelaskan bantuan itu berasal dari anggaran daerah tahun ini dan akan dievaluasi pada akhir musim.
Para petani berharap bantuan pupuk juga segera menyusul agar hasil panen meningkat dibanding tahun lalu. (rk/ab)
"""

LISTING = """\
Berita Terkini

Pasar Murah Digelar di Alun-Alun Kota
Pemerintah kota menggelar pasar murah untuk membantu warga menjelang hari raya, dengan harga beras dan minyak goreng di bawah harga pasar... Baca Selengkapnya

Jalan Desa Diperbaiki Sebelum Musim Hujan
Perbaikan jalan sepanjang dua kilometer itu ditargetkan selesai dalam tiga minggu agar hasil kebun warga mudah diangkut... Baca Selengkapnya

Sekolah Baru Dibuka untuk Anak Pesisir
Gedung sekolah dengan enam ruang kelas itu dibangun bersama warga dan mulai dipakai pada tahun ajaran baru... Baca Selengkapnya"""

# A hard-wrapped paragraph: double spacing must not split it.
WRAPPED = """\
Sungai Meluap, Jalan Kabupaten Tergenang
Banjarbaru - Hujan deras sejak sore membuat sungai kecil di tepi kota
meluap dan menggenangi jalan kabupaten hingga setinggi lutut orang dewasa.
Petugas mengalihkan kendaraan ke jalur desa sampai air surut.
"""

TEXTS = (ARTICLE, UPPER_DATELINE, LISTING, WRAPPED)
SEEDS = [0, 1, 2, "7:a.txt", "x"]
LIMIT = ["--limit", "1"]


def _lines(text: str) -> list[str]:
    """The non-empty lines, their spaces folded (a no-break space, an indent) and
    the invisible marks dropped (a zero-width space, a byte-order mark)."""
    text = text.replace("\u200b", "").replace("\ufeff", "")
    return [" ".join(ln.split()) for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(line == other for other in it) for line in small)


@pytest.mark.parametrize("name", sorted(pert.PERTURBATIONS))
@pytest.mark.parametrize("text", TEXTS, ids=["article", "upper", "listing", "wrapped"])
def test_story_lines_stay_in_order(name: str, text: str) -> None:
    fn = pert.PERTURBATIONS[name]
    assert fn.__doc__, f"{name} has no docstring"
    for seed in SEEDS:
        out = fn(text, seed)
        assert out == fn(text, seed), "not deterministic"
        assert _is_subsequence(_lines(text), _lines(out)), (name, seed)


@pytest.mark.parametrize("name", sorted(pert.PERTURBATIONS))
def test_furniture_is_never_prose(name: str) -> None:
    """What a perturbation adds are short lines, never a paragraph that could pass for a lead."""
    for seed in range(30):
        added = list(_lines(pert.PERTURBATIONS[name](ARTICLE, seed)))
        for line in _lines(ARTICLE):
            added.remove(line)
        for line in added:
            assert len(line.split()) <= 14, line
            assert not line.endswith("."), line


@pytest.mark.parametrize(
    "name",
    [n for n in pert.PERTURBATIONS if n.endswith(("-above", "-below")) or n == "trailing-spaces"],
)
def test_wording_varies_with_the_seed(name: str) -> None:
    outs = {pert.PERTURBATIONS[name](ARTICLE, seed) for seed in range(20)}
    assert len(outs) >= 5


def test_above_and_below_keep_the_story_whole() -> None:
    for name, fn in pert.PERTURBATIONS.items():
        out = fn(ARTICLE, 3)
        if name.endswith("-above"):
            assert out.endswith(ARTICLE) and out != ARTICLE
        elif name.endswith("-below"):
            assert out.startswith(ARTICLE.rstrip("\n")) and out != ARTICLE


def test_whitespace_perturbations() -> None:
    assert "\n" not in pert.crlf(ARTICLE).replace("\r\n", "")
    assert pert.crlf(ARTICLE).count("\r\n") == ARTICLE.count("\n")
    doubled = pert.double_spacing(ARTICLE)
    assert doubled.split("\n")[1] == "" and doubled.split("\n")[3] == ""
    wrapped = pert.double_spacing(WRAPPED).split("\n")
    # the wrapped sentence stays one paragraph; the lines around it get blanks
    i = wrapped.index("Banjarbaru - Hujan deras sejak sore membuat sungai kecil di tepi kota")
    assert wrapped[i + 1].startswith("meluap") and wrapped[i + 2] == ""
    assert pert.trailing_spaces(ARTICLE, 1).split("\n") != ARTICLE.split("\n")


def test_dateline_replaces_only_the_place() -> None:
    for seed in SEEDS:
        out, place = pert.replace_dateline(ARTICLE, "Kendari", seed)
        assert place in pert.INVENTED_PLACES
        before, after = ARTICLE.split("\n"), out.split("\n")
        changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
        assert changed == [2]
        assert after[2] == place + before[2][len("Kendari") :]
        # the same place later in the story is left alone
        assert after[3] == before[3] and "Kendari" in after[3]


def test_dateline_keeps_upper_case_and_skips_non_datelines() -> None:
    out, place = pert.replace_dateline(UPPER_DATELINE, "Palu", "s")
    assert place.isupper() and out.startswith(place + " - Dinas Pertanian")
    assert out.split("\n")[1:] == UPPER_DATELINE.split("\n")[1:]
    assert pert.replace_dateline(ARTICLE, "Jayapura", 0) is None
    # "Kendari Pos" opening a line is a name, not a dateline
    assert pert.replace_dateline("Kendari Pos terbit lagi\nteks", "Kendari", 0) is None


def test_invented_places_are_in_no_list_of_the_extractor() -> None:
    source = "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in (REPO / "catalog" / "extract").rglob("*")
        if p.is_file() and p.suffix in {".py", ".txt", ".json", ".csv", ".tsv"}
    )
    for place in pert.INVENTED_PLACES:
        assert not re.search(rf"\b{re.escape(place)}\b", source, re.IGNORECASE), place


def _label(file: str, kind: str, **fields: object) -> dict[str, object]:
    notes = "test page in the project's own words"
    return {**blank_label(file, kind), "notes": notes, **fields}


def test_script_runs_on_a_tiny_labelled_set(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (pages / "b.txt").write_text(UPPER_DATELINE, encoding="utf-8")
    (pages / "c.txt").write_text(LISTING, encoding="utf-8")
    labels = [
        _label(
            "a.txt",
            "article",
            title="Warga Lembah Hijau Bersihkan Saluran Air Jelang Musim Hujan",
            authors=["Rina Kusuma"],
            date="2024-09-12",
            time="10:15",
            tz="WIB",
            editors=["Tono Hartono"],
            source="InfoPublik",
            dateline="Kendari",
            views=152,
        ),
        _label("b.txt", "article", authors=["rk/ab"], date="2024-06-03", dateline="Palu"),
        _label("c.txt", "listing"),
    ]
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in labels), encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            str(BENCH / "robustness.py"),
            str(path),
            "--root",
            str(pages),
            "--show",
            "popular-above",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert re.search(r"^baseline: \d/3 pages fully right$", out, re.M), out
    for name in [*pert.PERTURBATIONS, pert.DATELINE]:
        assert re.search(rf"^{re.escape(name)} +\d\.\d\d +\(\d+/\d+\) +\d+/\d+$", out, re.M), name
    assert re.search(r"^worst: ", out, re.M)
    assert "baseline-right pages broken by popular-above" in out

    limited = subprocess.run(
        [sys.executable, str(BENCH / "robustness.py"), str(path), "--root", str(pages), *LIMIT],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert limited.returncode == 0 and "(1 pages" in limited.stdout

    stack = [sys.executable, str(BENCH / "robustness.py"), str(path), "--root", str(pages)]
    stack += ["--stack", "3", "--draws", "2"]
    first = subprocess.run(stack, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    draws = re.findall(
        r"^draw \d: kept \d\.\d{3} \((\d+)/(\d+)\); broken by one piece alone (\d+), "
        r"only by the combination (\d+)$",
        first.stdout,
        re.M,
    )
    assert len(draws) == 2, first.stdout
    for kept, right, alone, only in draws:
        assert int(kept) + int(alone) + int(only) == int(right)
    assert re.search(r"^all draws: kept \d\.\d{3} \(\d+/\d+\)$", first.stdout, re.M)
    # the draws are the seed's: the same run prints the same
    again = subprocess.run(stack, capture_output=True, text=True, timeout=120)
    assert again.stdout == first.stdout


def test_script_says_clearly_when_labels_are_missing(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(BENCH / "robustness.py"), str(tmp_path / "nope.jsonl")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "labels file not found" in run.stderr


def test_script_says_clearly_when_no_page_is_found(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    path.write_text(json.dumps(_label("gone.txt", "listing")) + "\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(BENCH / "robustness.py"), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "no labelled page could be read" in run.stderr
