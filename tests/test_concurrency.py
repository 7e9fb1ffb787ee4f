"""Two syncs at once, and readers while a sync writes, on each backend."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from conftest import rows
from tests_support import GOOD

from catalog.cli import cli


def tree(root: Path, n: int) -> Path:
    for i in range(n):
        p = root / f"b{i % 10}" / f"doc{i:05d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(GOOD.replace("512", str(i + 1)), encoding="utf-8")
    return root


def start_sync(db: str, root: Path, *extra: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "CATALOG_DB"}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "catalog",
            "--db",
            db,
            "sync",
            "--jobs",
            "1",
            "--batch",
            "50",
            *extra,
            str(root),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def lock_taken(db: str) -> bool:
    if "://" not in db:
        lock = Path(db + ".lock")
        return lock.exists() and bool(lock.read_text().strip())
    held = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    return bool(rows(db, held)[0][0])


def wait_for_lock(db: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if lock_taken(db):
            return
        time.sleep(0.02)
    raise AssertionError("the first sync never took the lock")


def test_second_sync_is_refused_with_the_holder(tmp_path: Path, db: str) -> None:
    root = tree(tmp_path / "docs", 1500)
    first = start_sync(db, root)
    try:
        wait_for_lock(db)
        res = CliRunner().invoke(cli, ["--db", db, "sync", str(root)])
        assert res.exit_code == 1
        assert re.match(
            rf"Error: another sync is running \(pid {first.pid}, since \d{{4}}-\d\d-\d\dT[\d:]+[+-]\d\d:\d\d\)$",
            res.output.strip(),
        ), res.output
        assert "database is locked" not in res.output
    finally:
        first.communicate(timeout=120)
    assert first.returncode == 0


def test_second_sync_waits_when_asked(tmp_path: Path, db: str) -> None:
    root = tree(tmp_path / "docs", 600)
    first = start_sync(db, root)
    wait_for_lock(db)
    res = CliRunner().invoke(cli, ["--db", db, "sync", "--wait", "120", str(root)])
    first.communicate(timeout=120)
    assert res.exit_code == 0, res.output
    assert "600 unchanged" in res.output


def test_readers_see_consistent_snapshots_while_a_sync_writes(tmp_path: Path, db: str) -> None:
    root = tree(tmp_path / "docs", 2000)
    # Create the catalog first so readers have something to open.
    CliRunner().invoke(cli, ["--db", db, "db", "upgrade"], catch_exceptions=False)
    # its pages differ in one number only: to a profile, every line of them would be
    # the site's furniture, and no page would keep a credit to count
    proc = start_sync(db, root, "--no-profiles")
    seen: list[int] = []
    runner = CliRunner()
    try:
        while proc.poll() is None:
            res = runner.invoke(
                cli,
                [
                    "--db",
                    db,
                    "query",
                    "SELECT (SELECT count(*) FROM documents) AS docs, "
                    "(SELECT count(DISTINCT document_id) FROM credits) AS credited",
                    "--format",
                    "json",
                ],
            )
            assert res.exit_code == 0, res.output
            (row,) = json.loads(res.output)
            # Every document is written with its credits in one transaction.
            assert row["docs"] == row["credited"]
            seen.append(row["docs"])
            rep = runner.invoke(cli, ["--db", db, "report", "months", "--format", "csv"])
            assert rep.exit_code == 0, rep.output
    finally:
        proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert seen == sorted(seen)
