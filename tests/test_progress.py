"""What ``catalog sync`` shows while it works (issue 12.11): on a terminal, a bar with
the root, files done/total and files/s, also for an unchanged re-sync and while
``--wait`` waits; without a terminal, a line every few seconds; ``-q`` neither."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ANTARA, INFOPUBLIK, KOMPAS

from catalog.cli import cli
from catalog.db import Catalog
from catalog.locking import sync_lock

Tree = Callable[[dict[str, str | bytes]], Path]


def on_a_terminal(
    *args: str, once: tuple[bytes, threading.Event] | None = None
) -> tuple[int, str, str]:
    """Run the command with stderr on a pseudo-terminal: exit code, stdout, what the
    terminal got. ``once=(text, event)`` sets the event when the terminal shows text."""
    control, terminal = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "catalog", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=terminal,
        env={**os.environ, "COLUMNS": "100"},
    )
    os.close(terminal)
    got = b""
    while True:
        try:
            chunk = os.read(control, 65536)
        except OSError:  # the command closed the terminal: it has ended
            break
        if not chunk:
            break
        got += chunk
        if once is not None and once[0] in got:
            once[1].set()
    os.close(control)
    out = proc.stdout.read().decode() if proc.stdout else ""
    return proc.wait(30), out, got.decode()


@contextmanager
def lock_held(db: str, seconds: float) -> Iterator[threading.Event]:
    """Another sync holds the catalog for ``seconds``, in a thread of this process
    (or until the event it yields is set)."""
    catalog = Catalog(db)
    held, stop = threading.Event(), threading.Event()

    def hold() -> None:
        with sync_lock(catalog):
            held.set()
            stop.wait(seconds)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert held.wait(10)
        yield stop
    finally:
        stop.set()
        thread.join(10)
        catalog.close()


@pytest.fixture()
def crawl(make_tree: Tree) -> Path:
    return make_tree({"a.txt": INFOPUBLIK, "b.txt": ANTARA, "c.txt": KOMPAS})


def test_the_bar_shows_the_root_files_and_rate(db_path: Path, crawl: Path) -> None:
    code, out, shown = on_a_terminal("--db", str(db_path), "sync", "--jobs", "1", str(crawl))
    assert code == 0, shown
    assert re.search(re.escape(crawl.name) + r"\s+\[#+\]\s+3/3\s.*\d+ files/s", shown), shown
    assert "3 added" in out and "3 added" not in shown
    assert shown.rstrip().endswith("\x1b[?25h")  # the cursor is shown again


def test_an_unchanged_resync_shows_its_bar_too(db_path: Path, crawl: Path) -> None:
    on_a_terminal("--db", str(db_path), "sync", str(crawl))
    code, out, shown = on_a_terminal("--db", str(db_path), "sync", str(crawl))
    assert code == 0 and "3 unchanged" in out
    assert re.search(re.escape(crawl.name) + r"\s+\[#+\]\s+3/3", shown), shown


def test_waiting_for_the_lock_shows_who_holds_it(db_path: Path, crawl: Path) -> None:
    # held until the terminal has shown the wait (a loaded machine may take longer
    # than any fixed hold to start the command)
    with lock_held(str(db_path), 15) as release:
        code, out, shown = on_a_terminal(
            "--db",
            str(db_path),
            "sync",
            "--wait",
            "20",
            str(crawl),
            once=(b"waiting for another sync", release),
        )
    assert code == 0 and "3 added" in out
    assert re.search(rf"\rwaiting for another sync \(pid {os.getpid()}, since [^)]+\): \d s", shown)


def test_quiet_shows_nothing_on_a_terminal(db_path: Path, crawl: Path) -> None:
    code, out, shown = on_a_terminal("--db", str(db_path), "sync", "-q", str(crawl))
    assert code == 0 and "3 added" in out
    assert shown == ""


def test_waiting_without_a_terminal_is_a_line_every_few_seconds(
    db: str, crawl: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog import cli as cli_module

    monkeypatch.setattr(cli_module._Progress, "INTERVAL", 0.3)
    with lock_held(db, 1.5):
        result = CliRunner().invoke(cli, ["--db", db, "sync", "--wait", "20", str(crawl)])
    assert result.exit_code == 0, result.output
    waits = [x for x in result.stderr.splitlines() if x.startswith("waiting")]
    assert 2 <= len(waits) <= 6, result.stderr
    assert all(
        re.fullmatch(rf"waiting for another sync \(pid {os.getpid()}, since .+\): \d s", x)
        for x in waits
    )
