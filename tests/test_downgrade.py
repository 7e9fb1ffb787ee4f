"""``catalog db downgrade``: asks first (``--yes`` for scripts), then says what it removed
(issue 12.6)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import rows

from catalog.db import head_revision

Invoke = Callable[..., Any]


@pytest.fixture()
def synced(invoke: Invoke, docs: Path) -> Path:
    assert invoke("sync", str(docs)).exit_code == 0
    return docs


def documents(db: str) -> int:
    return int(rows(db, "SELECT count(*) FROM documents")[0][0])


def test_downgrade_to_base_asks_and_a_no_keeps_everything(
    invoke: Invoke, db: str, synced: Path
) -> None:
    result = invoke("db", "downgrade", "base", input="n\n")
    assert result.exit_code == 1
    question = result.stderr.splitlines()[0]
    assert question.startswith("Downgrade ")
    assert f"from {head_revision()} to base" in question
    assert "Every table is dropped, with its 3 documents" in question
    assert "Aborted!" in result.stderr
    assert documents(db) == 3
    assert invoke("db", "current").stdout.startswith(head_revision())


def test_downgrade_with_no_answer_at_all_does_nothing(
    invoke: Invoke, db: str, synced: Path
) -> None:
    # A script that forgot --yes: stdin at its end is a no, not a yes.
    assert invoke("db", "downgrade", "base", input="").exit_code == 1
    assert documents(db) == 3


def test_downgrade_yes_says_what_it_removed(invoke: Invoke, synced: Path) -> None:
    result = invoke("db", "downgrade", "--yes", "base")
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    assert ": at revision none; removed tables " in line
    for table in ("documents", "people", "credits", "evidence", "sync_runs"):
        assert table in line
    assert "(3 documents)" in line
    assert "views " in line and "v_index" in line
    assert "alembic_version" not in line and "documents_fts_data" not in line


def test_a_confirmed_partial_downgrade_names_the_tables_and_columns_it_dropped(
    invoke: Invoke, synced: Path
) -> None:
    result = invoke("db", "downgrade", "0005", input="y\n")
    assert result.exit_code == 0, result.output
    assert "undoing 4 revisions (0009 " in result.stderr
    assert "0006 near-duplicates" in result.stderr
    line = result.stdout.strip()
    assert line.endswith(
        "at revision 0005; removed tables minhash_bands, site_profiles; columns "
        "documents.minhash, documents.profile_version, documents.site; indexes "
        "ix_documents_report, ix_documents_site"
    )


def test_nothing_to_undo_asks_nothing(invoke: Invoke, synced: Path) -> None:
    result = invoke("db", "downgrade", head_revision())
    assert result.exit_code == 0, result.output
    assert "nothing to undo" in result.stderr and "Continue" not in result.output


@pytest.mark.parametrize(("revision", "needle"), [("0099", "0099"), ("+1", "+1")])
def test_a_revision_it_cannot_downgrade_to_is_one_error_line(
    invoke: Invoke, synced: Path, revision: str, needle: str
) -> None:
    result = invoke("db", "downgrade", "--yes", revision)
    assert result.exit_code == 1, result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: cannot downgrade to") and needle in line
