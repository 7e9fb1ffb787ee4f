"""Which backends the suite runs on is never silent: PostgreSQL runs show as skipped
with the reason when no server is given, and a run meant to have one fails without it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ONE_TEST = "test_backends.py::test_nul_bytes_never_reach_the_database"


def run_suite(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CATALOG_TEST_PG_URL", "CATALOG_TEST_PG_REQUIRED", "PYTEST_ADDOPTS")
    }
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", ONE_TEST],
        cwd=TESTS,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_without_a_server_the_postgresql_runs_show_as_skipped() -> None:
    proc = run_suite()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 passed, 1 skipped" in proc.stdout
    assert "SKIPPED [1]" in proc.stdout
    assert "CATALOG_TEST_PG_URL is not set" in proc.stdout


def test_a_run_that_requires_postgresql_fails_without_a_url() -> None:
    proc = run_suite(CATALOG_TEST_PG_REQUIRED="1")
    assert proc.returncode == pytest.ExitCode.USAGE_ERROR, proc.stdout + proc.stderr
    assert "CATALOG_TEST_PG_URL is not set" in proc.stderr
    assert "passed" not in proc.stdout


def test_a_server_that_does_not_answer_stops_the_run() -> None:
    # port 9 (discard) on loopback: nothing listens there
    url = "postgresql+psycopg://catalog:secret@127.0.0.1:9/catalog"
    proc = run_suite(CATALOG_TEST_PG_URL=url)
    assert proc.returncode == pytest.ExitCode.USAGE_ERROR, proc.stdout + proc.stderr
    assert "cannot be reached" in proc.stderr
    assert "secret" not in proc.stderr  # the password is not printed
