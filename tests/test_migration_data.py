"""Migrations keep data: a catalog filled at an older revision survives upgrade, and round trips."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import text

from catalog.db import Catalog, alembic_config, downgrade, upgrade
from catalog.sync import SyncOptions, sync_root

TABLES = ("documents", "people", "credits", "sources", "evidence", "sync_runs", "load_problems")


def snapshot(cat: Catalog) -> dict[str, list[tuple[object, ...]]]:
    with cat.engine.connect() as conn:
        return {
            t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY id"))]
            for t in TABLES
        }


def test_every_older_revision_keeps_its_data_through_upgrade(tmp_path: Path, docs: Path) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    for rev in revisions[:-1]:
        cat = Catalog(str(tmp_path / f"at_{rev}.db"))
        upgrade(cat.engine, rev)
        # The sync writes only tables; every revision so far has all of them.
        with cat.session() as session:
            result = sync_root(session, str(docs), SyncOptions(jobs=1))
        assert result.added == 3
        before = snapshot(cat)
        upgrade(cat.engine)
        assert snapshot(cat) == before
        assert sum(len(v) for v in before.values()) > 10
        cat.close()


def test_downgrade_then_upgrade_round_trips(tmp_path: Path, docs: Path) -> None:
    cat = Catalog(str(tmp_path / "round.db"))
    cat.open(create=True)
    with cat.session() as session:
        sync_root(session, str(docs), SyncOptions(jobs=1))
    before = snapshot(cat)
    script = ScriptDirectory.from_config(alembic_config())
    first = next(r.revision for r in reversed(list(script.walk_revisions())))
    downgrade(cat.engine, first)
    upgrade(cat.engine)
    assert snapshot(cat) == before
    with cat.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM v_index")).scalar() == 3
    cat.close()
