"""The schema comes only from the migrations, and the models agree with them, on each backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from tests_support import revisions

from catalog.db import (
    Catalog,
    alembic_config,
    current_revision,
    downgrade,
    head_revision,
    include_object,
    upgrade,
)
from catalog.errors import SchemaError
from catalog.models import Base


def test_single_head() -> None:
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_upgrade_to_head_on_a_fresh_catalog(db: str) -> None:
    cat = Catalog(db)
    upgrade(cat.engine)
    assert current_revision(cat.engine) == head_revision()
    names = set(inspect(cat.engine).get_table_names())
    assert {
        "documents",
        "people",
        "credits",
        "sources",
        "evidence",
        "sync_runs",
        "load_problems",
    } <= names
    views = set(inspect(cat.engine).get_view_names())
    assert {"v_index", "v_authors", "v_editors", "v_sources", "v_months"} <= views
    cat.close()


@pytest.mark.parametrize("revision", revisions())
def test_stairway(db: str, revision: str) -> None:
    """Each revision upgrades, downgrades to its parent, and upgrades again."""
    cat = Catalog(db)
    script = ScriptDirectory.from_config(alembic_config())
    down = script.get_revision(revision).down_revision or "base"
    upgrade(cat.engine, revision)
    downgrade(cat.engine, str(down))
    upgrade(cat.engine, revision)
    assert current_revision(cat.engine) == revision
    cat.close()


def test_models_match_migrations(db: str) -> None:
    cat = Catalog(db)
    upgrade(cat.engine)
    with cat.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": include_object}
            ),
            Base.metadata,
        )
    assert diff == []
    cat.close()


def test_behind_head_is_refused_until_upgraded(db: str) -> None:
    cat = Catalog(db)
    upgrade(cat.engine, revisions()[0])
    with pytest.raises(SchemaError, match="catalog db upgrade"):
        cat.open()
    upgrade(cat.engine)
    cat.open()
    cat.close()


def test_newer_than_code_is_refused(db: str) -> None:
    cat = Catalog(db)
    upgrade(cat.engine)
    with cat.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff9999'")
    with pytest.raises(SchemaError, match="newer than this version"):
        cat.open()
    cat.close()


def test_plain_alembic_from_the_repo_root(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parent.parent
    alembic = Path(sys.executable).parent / "alembic"
    env = {**os.environ, "CATALOG_DB": str(tmp_path / "env.db")}
    for args, db in (
        (["upgrade", "head"], "env.db"),
        (["-x", f"db={tmp_path / 'x.db'}", "upgrade", "head"], "x.db"),
    ):
        proc = subprocess.run(
            [str(alembic), *args], cwd=repo, env=env, capture_output=True, text=True
        )
        assert proc.returncode == 0, proc.stderr
        cat = Catalog(str(tmp_path / db))
        assert current_revision(cat.engine) == head_revision()
        cat.close()


def test_file_names_carry_the_revision_ids_in_one_chain() -> None:
    """The cheap revision check (no Alembic import) reads ids from file names: hold them to it."""
    from catalog.db import known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert known_revisions() == chain
    for rev in script.walk_revisions():
        assert Path(rev.path).name.startswith(rev.revision + "_")


class _Stopped(Exception):
    pass


def test_a_migration_run_stopped_half_way_leaves_nothing(db: str) -> None:
    """A run that stops after some tables were made (a kill while a new catalog is
    created) leaves no table behind, so the next run starts clean instead of failing
    with 'table people already exists'."""
    from sqlalchemy import event

    cat = Catalog(db)

    def stop_at_sources(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().upper().startswith("CREATE TABLE SOURCES"):
            raise _Stopped

    event.listen(cat.engine, "before_cursor_execute", stop_at_sources)
    with pytest.raises(_Stopped):
        upgrade(cat.engine)
    event.remove(cat.engine, "before_cursor_execute", stop_at_sources)
    assert [t for t in inspect(cat.engine).get_table_names() if t != "alembic_version"] == []
    upgrade(cat.engine)
    assert current_revision(cat.engine) == head_revision()
    cat.close()
