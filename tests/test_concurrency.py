"""Two syncs at once, and readers while a sync writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from tests_support import GOOD

from catalog.cli import cli


def tree(root: Path, n: int) -> Path:
    for i in range(n):
        p = root / f"b{i % 10}" / f"doc{i:05d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(GOOD.replace("512", str(i + 1)), encoding="utf-8")
    return root


def start_sync(db: Path, root: Path, *extra: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "CATALOG_DB"}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "catalog",
            "--db",
            str(db),
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


def wait_for_lock(db: Path) -> None:
    lock = Path(str(db) + ".lock")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text().strip():
            return
        time.sleep(0.02)
    raise AssertionError("the first sync never took the lock")


def test_second_sync_is_refused_with_the_holder(tmp_path: Path) -> None:
    root = tree(tmp_path / "docs", 1500)
    db = tmp_path / "c.db"
    first = start_sync(db, root)
    try:
        wait_for_lock(db)
        res = CliRunner().invoke(cli, ["--db", str(db), "sync", str(root)])
        assert res.exit_code == 1
        assert res.output.startswith("Error: another sync is running (pid ")
        assert "database is locked" not in res.output
    finally:
        first.communicate(timeout=120)
    assert first.returncode == 0


def test_second_sync_waits_when_asked(tmp_path: Path) -> None:
    root = tree(tmp_path / "docs", 600)
    db = tmp_path / "c.db"
    first = start_sync(db, root)
    wait_for_lock(db)
    res = CliRunner().invoke(cli, ["--db", str(db), "sync", "--wait", "120", str(root)])
    first.communicate(timeout=120)
    assert res.exit_code == 0, res.output
    assert "600 unchanged" in res.output


def test_readers_see_consistent_snapshots_while_a_sync_writes(tmp_path: Path) -> None:
    root = tree(tmp_path / "docs", 2000)
    db = tmp_path / "c.db"
    # Create the catalog first so readers have something to open.
    CliRunner().invoke(cli, ["--db", str(db), "db", "upgrade"], catch_exceptions=False)
    proc = start_sync(db, root)
    seen: list[int] = []
    runner = CliRunner()
    try:
        while proc.poll() is None:
            res = runner.invoke(
                cli,
                [
                    "--db",
                    str(db),
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
            rep = runner.invoke(cli, ["--db", str(db), "report", "months", "--format", "csv"])
            assert rep.exit_code == 0, rep.output
    finally:
        proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert seen == sorted(seen)
