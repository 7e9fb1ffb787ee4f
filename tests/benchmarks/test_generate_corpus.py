"""The synthetic corpus generator and a tiny run of the sync benchmark."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests_support import load_benchmark

from catalog.accuracy import LABEL_KEYS

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "benchmarks"


gen = load_benchmark("generate_corpus")


def _digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    gen.generate(50, tmp_path / "a", 7)
    gen.generate(50, tmp_path / "b", 7)
    gen.generate(50, tmp_path / "c", 8)
    a, b, c = (_digest(tmp_path / x) for x in "abc")
    assert a == b
    assert a != c


def test_document_i_does_not_depend_on_n(tmp_path: Path) -> None:
    gen.generate(10, tmp_path / "small", 3)
    gen.generate(30, tmp_path / "big", 3)
    small, big = _digest(tmp_path / "small"), _digest(tmp_path / "big")
    assert all(big[k] == v for k, v in small.items() if k.endswith(".txt"))


def test_files_sizes_folders_and_labels(tmp_path: Path) -> None:
    root = tmp_path / "c"
    gen.generate(50, root, 1)
    txt = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt"))
    assert len(txt) == 50
    assert txt[0] == "0000/000000.txt"
    for rel in txt:
        size = (root / rel).stat().st_size
        assert 2048 <= size <= 6144, (rel, size)
        (root / rel).read_text(encoding="utf-8")

    labels = [json.loads(line) for line in (root / "labels.jsonl").read_text().splitlines()]
    assert [lab["file"] for lab in labels] == txt
    for lab in labels:
        assert tuple(lab) == LABEL_KEYS
        assert lab["kind"] in {"article", "listing", "other"}
        assert isinstance(lab["authors"], list) and isinstance(lab["editors"], list)
        assert lab["tz"] in {None, "WIB", "WITA", "WIT"}
        assert lab["views"] is None or isinstance(lab["views"], int)
        text = (root / lab["file"]).read_text(encoding="utf-8")
        if lab["kind"] == "listing":
            assert all(lab[k] in (None, []) for k in LABEL_KEYS[3:12])
            continue
        # every labelled name and place is printed in the text as written
        for value in [lab["title"], lab["source"], *lab["authors"], *lab["editors"]]:
            if value:
                assert value in text, (lab["file"], value)
        if lab["dateline"]:
            assert lab["dateline"].upper() in text.upper()
        if lab["date"]:
            y, m, d = (int(x) for x in lab["date"].split("-"))
            month = (gen.MONTHS[m - 1], gen.MONTHS_ABBR[m - 1], f"/{m}/")
            assert str(y) in text and str(d) in text, lab["file"]
            assert any(x in text for x in month), lab["file"]


def test_layouts_all_appear_in_a_modest_corpus(tmp_path: Path) -> None:
    gen.generate(400, tmp_path / "c", 2)
    notes = {
        json.loads(line)["notes"].rsplit(" ", 1)[-1]
        for line in (tmp_path / "c" / "labels.jsonl").read_text().splitlines()
    }
    assert notes == {f.__name__[4:] for f, _ in gen.LAYOUTS}


def _catalog_runs() -> bool:
    if importlib.util.find_spec("catalog.cli") is None:
        return False
    probe = subprocess.run(
        [sys.executable, "-m", "catalog", "--help"], cwd=REPO, capture_output=True, timeout=60
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _catalog_runs(), reason="the catalog command is not importable")
def test_sync_bench_runs_at_tiny_size(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(BENCH / "sync_bench.py"), "--n", "60", "--workdir", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    for key in "abcdef":
        assert f"({key}) " in out
    assert "ratios: a/b" in out
    assert "60 added" in out
    assert "1 changed" in out  # (d): every 100th file, so only file 0 of 60
    assert not (tmp_path / "corpus").exists()  # no --keep: what it made is gone


@pytest.mark.skipif(not _catalog_runs(), reason="the catalog command is not importable")
def test_sync_bench_measures_profiles_at_tiny_size(tmp_path: Path) -> None:
    argv = ["--profiles", "--n", "60", "--rounds", "2", "--workdir", str(tmp_path)]
    proc = subprocess.run(
        [sys.executable, str(BENCH / "sync_bench.py"), *argv],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert out.count("60 added") == 2  # (p) and (q)
    assert out.count(": 10 added") == 4  # two rounds, both catalogs
    assert "first sync, p/q: median" in out and "10 new pages into 60, p/q: median" in out
    assert list(tmp_path.iterdir()) == []  # no --keep: what it made is gone
