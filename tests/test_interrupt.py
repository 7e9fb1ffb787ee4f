"""Ctrl-C or SIGTERM during a sync: a prompt stop that keeps every finished batch.

A real ``catalog sync`` subprocess gets a real signal once the catalog holds some
rows (so the signal lands while files are being read and stored), sent either to
the main process alone (``kill -INT pid``) or to its whole process group, as a
terminal's Ctrl-C does, workers included. It must end at once with exit 130
(SIGINT) or 143 (SIGTERM), one line on stderr saying how many files were stored
(exactly as many as the catalog then holds), no traceback, and a sound catalog
that the next sync completes.
"""

from __future__ import annotations

import os
import pty
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from tests_support import GOOD

FILES = 4000
BATCH = "50"

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX signals")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("interrupt") / "docs"
    for i in range(FILES):
        path = root / f"part{i % 8}" / f"doc{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(GOOD.replace(" - 512", f" - {i}"), encoding="utf-8")
    return root


def start(
    db: Path, root: Path, jobs: int, stderr: int = subprocess.PIPE
) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "CATALOG_DB"}
    args = ["--db", str(db), "sync", "--jobs", str(jobs), "--batch", BATCH, str(root)]
    return subprocess.Popen(
        [sys.executable, "-m", "catalog", *args],
        stdout=subprocess.PIPE,
        stderr=stderr,
        env=env,
        start_new_session=True,  # its own process group, as a job in a terminal has
    )


def stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet
    finally:
        conn.close()


def wait_for_rows(proc: subprocess.Popen[bytes], db: Path, at_least: int) -> None:
    while stored(db) < at_least:
        assert proc.poll() is None, "the sync ended before it could be interrupted"
        time.sleep(0.01)


def send(proc: subprocess.Popen[bytes], signum: int, to_group: bool) -> None:
    if to_group:
        os.killpg(proc.pid, signum)
    else:
        os.kill(proc.pid, signum)


def assert_resumable(db: Path, root: Path, kept: int) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    again = start(db, root, 2)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err.decode()
    assert f": {FILES - kept} added, 0 changed" in out.decode()
    assert stored(db) == FILES


@pytest.mark.parametrize(
    ("jobs", "signum", "to_group", "after_rows"),
    [
        (2, signal.SIGINT, True, 1),  # Ctrl-C in the terminal, workers get it too
        (2, signal.SIGINT, False, 1),  # kill -INT to the main process alone
        (2, signal.SIGTERM, False, 1000),
        (2, signal.SIGTERM, True, 1),
        (1, signal.SIGINT, False, 1000),
        (1, signal.SIGTERM, False, 1),
    ],
    ids=[
        "jobs2-ctrl-c",
        "jobs2-int-main",
        "jobs2-term-later",
        "jobs2-term-group",
        "jobs1-int",
        "jobs1-term",
    ],
)
def test_signal_stops_the_sync_and_keeps_finished_batches(
    tmp_path: Path, folder: Path, jobs: int, signum: int, to_group: bool, after_rows: int
) -> None:
    db = tmp_path / "catalog.db"
    proc = start(db, folder, jobs)
    try:
        wait_for_rows(proc, db, after_rows)
        send(proc, signum, to_group)
        out, err = proc.communicate(timeout=30)  # a hang fails here
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    kept = stored(db)
    assert after_rows <= kept < FILES
    assert proc.returncode == 128 + signum, err.decode()
    assert err.decode() == f"Interrupted: {kept:,} files stored; run sync again to finish\n"
    assert out == b""
    assert_resumable(db, folder, kept)


def test_ctrl_c_on_a_terminal_shows_the_cursor_again(tmp_path: Path, folder: Path) -> None:
    """The progress bar hides the cursor while it draws; an interrupted sync shows it again."""
    db = tmp_path / "catalog.db"
    parent, child = pty.openpty()
    proc = start(db, folder, 1, stderr=child)
    os.close(child)
    screen = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(parent, 4096)
            except OSError:  # the terminal's other side is closed
                return
            if not chunk:
                return
            screen.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        wait_for_rows(proc, db, 1)
        os.killpg(proc.pid, signal.SIGINT)
        proc.communicate(timeout=30)
        reader.join(timeout=10)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        os.close(parent)
    assert proc.returncode == 130
    text = screen.decode(errors="replace")
    assert "\x1b[?25l" in text  # the bar was drawn
    assert text.rindex("\x1b[?25h") > text.rindex("\x1b[?25l")
    assert text.rstrip().endswith("run sync again to finish")
    assert "Traceback" not in text


def test_an_interrupt_during_a_commit_waits_for_its_end() -> None:
    """The handler's interrupt is put off inside the block and raised when it ends,
    so a batch committed is always a batch counted."""
    from catalog.errors import Interrupted
    from catalog.sync.pipeline import defer_interrupt, interrupts_deferred

    assert not defer_interrupt(signal.SIGINT)  # outside: the handler raises itself
    done = []
    with pytest.raises(Interrupted) as caught, interrupts_deferred():
        assert defer_interrupt(signal.SIGTERM)
        done.append("committed and counted")
    assert done == ["committed and counted"]
    assert caught.value.signum == signal.SIGTERM
    assert not defer_interrupt(signal.SIGINT)  # nothing left pending or deferring


def test_an_interrupt_while_a_site_is_read_again_keeps_the_previous_values(
    tmp_path: Path,
) -> None:
    """Pages read again because their site's furniture changed are replaced batch by
    batch: a stop keeps the old values (and the old furniture version) of every page
    not yet committed, and the next sync reads just those again."""
    from catalog.db import Catalog
    from catalog.errors import Interrupted
    from catalog.progress import Progress
    from catalog.sync import SyncOptions, sync

    menu, banner = "Beranda | Warta | Indeks", "Ikuti kanal kami di aplikasi pesan"
    words = ("bambu", "beton", "kayu", "sawah", "pasar", "sungai", "bukit", "pantai")

    def page(n: int, extra: str = "") -> str:
        w = words[n % len(words)]
        lines = [menu, f"Jembatan {w.title()} Diperbaiki Warga", f"Cianjur - Papan {w} dipasang."]
        return "\n".join([*lines, "Penulis: Rani Salim | Editor: Bima Tegar", extra]) + "\n"

    root = tmp_path / "docs"
    (root / "warta").mkdir(parents=True)
    for n in range(6):
        (root / "warta" / f"p{n}.txt").write_text(page(n), encoding="utf-8")
    catalog = Catalog(str(tmp_path / "catalog.db"))
    catalog.open(create=True)
    options = SyncOptions(jobs=1, batch=2)
    snapshot = (
        "SELECT d.path, d.title, d.profile_version, d.last_seen, count(e.id) FROM documents d "
        "LEFT JOIN evidence e ON e.document_id = d.id GROUP BY d.id ORDER BY d.path"
    )

    def read(sql: str) -> list[tuple[object, ...]]:
        conn = sqlite3.connect(tmp_path / "catalog.db")
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()

    with catalog.session() as session:
        sync(session, [str(root)], options)
    before = {row[0]: row for row in read(snapshot)}
    for n in range(6, 12):  # a banner on half the pages now: the furniture changes
        (root / "warta" / f"p{n}.txt").write_text(page(n, banner), encoding="utf-8")

    class StopInTheReReading(Progress):
        """Raises what the signal handler raises, once a file is read and not yet stored."""

        done = 0

        def step(self, n: int = 1) -> None:
            self.done += n
            if self.done == 9:  # 6 new pages, then p0 and p1 committed, p2 read, not stored
                raise Interrupted(signal.SIGINT)

    with catalog.session() as session, pytest.raises(Interrupted):
        sync(session, [str(root)], options, progress=StopInTheReReading())
    (version,) = read("SELECT version FROM site_profiles")[0]
    after = {row[0]: row for row in read(snapshot)}
    assert {p for p, row in after.items() if row[2] == version} == {
        *(f"warta/p{n}.txt" for n in range(6, 12)),
        "warta/p0.txt",
        "warta/p1.txt",
    }
    for n in range(2, 6):  # as they were: values, evidence, version, last seen
        assert after[f"warta/p{n}.txt"] == before[f"warta/p{n}.txt"]
    with catalog.session() as session:
        (result,) = sync(session, [str(root)], options)
    assert result.reread == {"warta": 4}
    assert read("SELECT DISTINCT profile_version FROM documents") == [(version,)]
    catalog.close()
