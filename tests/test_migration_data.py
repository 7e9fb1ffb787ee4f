"""Migrations keep data: a catalog filled at an older revision survives upgrade, and round trips."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import text

from catalog.db import Catalog, alembic_config, downgrade, upgrade
from catalog.sync import SyncOptions, sync_root

TABLES = ("documents", "people", "credits", "sources", "evidence", "sync_runs", "load_problems")
# In the order foreign keys allow them to be filled.
FILL_ORDER = ("sources", "people", "documents", "credits", "evidence", "sync_runs", "load_problems")


def columns(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as conn:
        return {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in TABLES}


def snapshot(
    cat: Catalog, only: dict[str, list[str]] | None = None
) -> dict[str, list[tuple[object, ...]]]:
    with cat.engine.connect() as conn:
        return {
            t: [
                tuple(r)
                for r in conn.execute(
                    text(f"SELECT {', '.join(only[t]) if only else '*'} FROM {t} ORDER BY id")
                )
            ]
            for t in TABLES
        }


def fill_from(path: Path, head: Path) -> None:
    """Copy a head catalog's rows into an older one, in the columns the older one has.

    Today's sync writes columns later revisions added, so it cannot fill an
    older catalog itself.
    """
    have = columns(path)
    with sqlite3.connect(path) as conn:
        conn.execute("ATTACH DATABASE ? AS head", (str(head),))
        for t in FILL_ORDER:
            names = ", ".join(have[t])
            conn.execute(f"INSERT INTO main.{t} ({names}) SELECT {names} FROM head.{t}")
        conn.commit()
        conn.execute("DETACH DATABASE head")


def test_every_older_revision_keeps_its_data_through_upgrade(tmp_path: Path, docs: Path) -> None:
    head = Catalog(str(tmp_path / "head.db"))
    head.open(create=True)
    with head.session() as session:
        result = sync_root(session, str(docs), SyncOptions(jobs=1))
    assert result.added == 3
    head.close()
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    for rev in revisions[:-1]:
        path = tmp_path / f"at_{rev}.db"
        cat = Catalog(str(path))
        upgrade(cat.engine, rev)
        cat.close()
        fill_from(path, tmp_path / "head.db")
        cat = Catalog(str(path))
        had = columns(path)
        before = snapshot(cat, had)
        upgrade(cat.engine)
        assert snapshot(cat, had) == before
        assert sum(len(v) for v in before.values()) > 10
        cat.close()


# What a sync learned of each site (revision 0009) is gone with a downgrade past it and
# not rebuilt by the upgrade: a document has no site until it is read again.
LEARNED = ("site", "profile_version")


def test_downgrade_then_upgrade_round_trips(tmp_path: Path, docs: Path) -> None:
    cat = Catalog(str(tmp_path / "round.db"))
    cat.open(create=True)
    with cat.session() as session:
        sync_root(session, str(docs), SyncOptions(jobs=1))
    kept = {
        t: [c for c in names if t != "documents" or c not in LEARNED]
        for t, names in columns(tmp_path / "round.db").items()
    }
    before = snapshot(cat, kept)
    script = ScriptDirectory.from_config(alembic_config())
    first = next(r.revision for r in reversed(list(script.walk_revisions())))
    downgrade(cat.engine, first)
    upgrade(cat.engine)
    assert snapshot(cat, kept) == before
    with cat.engine.connect() as conn:
        learned = conn.execute(text("SELECT DISTINCT site, profile_version FROM documents"))
        assert learned.all() == [(None, None)]
    with cat.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM v_index")).scalar() == 3
    cat.close()
