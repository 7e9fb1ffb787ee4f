"""A sync killed with SIGKILL at any moment loses nothing and the next sync finishes the job.

A real ``catalog sync`` subprocess is killed at random moments while the
folder keeps changing between runs (files added, rewritten, moved, deleted).
After every kill the catalog must pass SQLite's integrity and foreign-key
checks; a completed sync must then give an index byte-identical to a clean
sync of the same folder into a new catalog.

Each folder is a site whose furniture a sync learns from the pages it sees, so a
catalog that saw the folder's history and a clean one that sees its final state
count different samples. They mark the same lines when no line is near the share
that makes furniture: a line is on every page of a folder or on few of them (the
places vary among twelve, so none holds 30 % of a folder's pages).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from catalog.calendar_names import WEEKDAY_NAMES

KILLS = 20
FILES = 240

STORY = """\
Oleh {author}, {weekday}, {day} {month} 2024 | {hh:02d}:{mm:02d} WIB - Redaktur: {editor} - {views}
{place}, InfoPublik – Pemerintah kabupaten menggelar pelatihan ke-{n} bagi operator desa tentang pengelolaan data penduduk.
Peserta berlatih memperbarui data kelahiran, kematian dan perpindahan warga secara daring setiap pekan.
"""
AUTHORS = ["Rina Marlina", "Yoga Pratama", "Dedi Kusnadi", "Sari Wulandari", "Bayu Saputra"]
EDITORS = ["Tono S", "Wati R", "Agus H"]
PLACES = [
    "Bandung",
    "Garut",
    "Cirebon",
    "Bogor",
    "Sumedang",
    "Tasikmalaya",
    "Karawang",
    "Subang",
    "Indramayu",
    "Kuningan",
    "Majalengka",
    "Ciamis",
]
MONTHS = ["Januari", "Maret", "Mei", "Juli", "September", "November"]
WEEKDAYS = WEEKDAY_NAMES[:5]


def story(rng: random.Random, n: int) -> str:
    return STORY.format(
        author=rng.choice(AUTHORS),
        editor=rng.choice(EDITORS),
        place=rng.choice(PLACES),
        month=rng.choice(MONTHS),
        weekday=rng.choice(WEEKDAYS),
        day=rng.randint(1, 28),
        hh=rng.randint(0, 23),
        mm=rng.randint(0, 59),
        views=rng.randint(1, 9999),
        n=n,
    )


def cli(db: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "CATALOG_DB"}
    return subprocess.Popen(
        [sys.executable, "-m", "catalog", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def run(db: Path, *args: str) -> bytes:
    proc = cli(db, *args)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    return out


def index(db: Path) -> bytes:
    return run(db, "report", "index", "--format", "csv")


def checks(db: Path) -> None:
    if not db.exists():
        return
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def mutate(root: Path, rng: random.Random, step: int) -> None:
    """Change the folder a little: add, rewrite, move and delete files."""
    files = sorted(root.rglob("*.txt"))
    for p in rng.sample(files, 3):
        p.write_text(story(rng, 1000 + step), encoding="utf-8")
        st = p.stat()
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000 * (step + 1)))
    moved = rng.choice([p for p in files if p.exists()])
    moved.rename(moved.with_name(f"moved_{step}_{moved.name}"))
    rng.choice([p for p in root.rglob("*.txt")]).unlink()
    (root / f"new_{step}.txt").write_text(story(rng, 2000 + step), encoding="utf-8")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sync_survives_sigkill_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(20240919)
    root = tmp_path / "docs"
    for i in range(FILES):
        p = root / f"part{i % 4}" / f"doc{i:04d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(story(rng, i), encoding="utf-8")
    db = tmp_path / "catalog.db"

    # How long a full sync takes here, so kills land across its whole span.
    probe = tmp_path / "probe.db"
    started = time.monotonic()
    run(probe, "sync", "--jobs", "1", "--batch", "10", str(root))
    span = time.monotonic() - started

    cut_short = 0  # kills that landed while the sync was still running
    for step in range(KILLS):
        proc = cli(db, "sync", "--jobs", "1", "--batch", "10", str(root))
        time.sleep(rng.uniform(0.0, span))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        # The sync may finish between the sleep and the kill: then it must have
        # finished cleanly; otherwise the kill is what ended it.
        if proc.returncode == -signal.SIGKILL:
            cut_short += 1
        else:
            assert proc.returncode == 0
        checks(db)
        # The next sync completes the work and matches a clean catalog.
        if step % 4 == 3:
            run(db, "sync", "--jobs", "1", str(root))
            checks(db)
            clean = tmp_path / f"clean{step}.db"
            run(clean, "sync", "--jobs", "1", str(root))
            assert index(db) == index(clean)
        mutate(root, rng, step)

    run(db, "sync", "--jobs", "1", str(root))
    clean = tmp_path / "clean_final.db"
    run(clean, "sync", "--jobs", "1", str(root))
    assert index(db) == index(clean)
    # a run in which every kill came after the sync had finished would prove nothing
    assert cut_short > 0, "no kill landed during a sync"
