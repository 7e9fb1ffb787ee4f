"""``catalog db downgrade``: what a downgrade would undo (asked before it runs), and
what it removed (said after).

A downgrade drops what the undone revisions made, data included: to ``base`` it
drops every table. So the command first shows the revisions it would undo and
how many documents would go, and afterwards names the tables, views, columns and
indexes that are gone, read from the schema before and after.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, inspect, text

from catalog.db import alembic_config, current_revision, downgrade
from catalog.errors import CatalogError

# SQLite keeps an FTS5 table's contents in shadow tables named after it.
_FTS_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


@dataclass(frozen=True)
class Plan:
    """A downgrade before it runs: from which revision, to which, undoing what."""

    current: str | None
    target: str  # a revision id, or "base"
    undone: tuple[tuple[str, str], ...]  # (revision, what it made), newest first
    documents: int  # documents the catalog holds now

    def question(self, display: str) -> str:
        """The confirmation asked before the downgrade runs."""
        steps = "; ".join(f"{rev} {what}" for rev, what in self.undone)
        plural = "s" if len(self.undone) > 1 else ""
        loss = (
            f" Every table is dropped, with its {self.documents:,} documents."
            if self.target == "base"
            else " What they made is dropped, with the data in it."
        )
        return (
            f"Downgrade {display} from {self.current} to {self.target}, undoing "
            f"{len(self.undone)} revision{plural} ({steps}).{loss} Continue?"
        )


@dataclass(frozen=True)
class Removed:
    """What a downgrade removed from the schema (and the documents, with their table)."""

    tables: tuple[str, ...]
    views: tuple[str, ...]
    columns: tuple[str, ...]  # table.column, of tables that stay
    indexes: tuple[str, ...]  # of tables that stay
    documents: int  # documents dropped with their table

    def describe(self) -> str:
        """One clause per kind of thing removed.

        >>> Removed(("minhash_bands",), (), ("documents.minhash",), (), 0).describe()
        'removed table minhash_bands; column documents.minhash'
        >>> Removed(("credits", "documents"), ("v_index",), (), (), 3).describe()
        'removed tables credits, documents (3 documents); view v_index'
        >>> Removed((), (), (), (), 0).describe()
        'removed nothing from the schema'
        """
        parts = []
        for noun, names in (
            ("table", self.tables),
            ("view", self.views),
            ("column", self.columns),
            ("index", self.indexes),
        ):
            if names:
                plural = ("indexes" if noun == "index" else noun + "s") if len(names) > 1 else noun
                parts.append(f"{plural} {', '.join(names)}")
        if not parts:
            return "removed nothing from the schema"
        if self.documents and parts[0].startswith("table"):
            parts[0] += f" ({self.documents:,} documents)"
        return "removed " + "; ".join(parts)


def plan_downgrade(engine: Engine, revision: str) -> Plan:
    """What ``downgrade(revision)`` would undo; an unknown revision, or one above the
    current, is a :class:`CatalogError`."""
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError

    current = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    try:
        undone = list(script.iterate_revisions(current or "base", revision))
    except RevisionError as exc:
        raise CatalogError(f"cannot downgrade to {revision}: {exc}") from None
    target = undone[-1].down_revision if undone else current
    with engine.connect() as conn:
        documents = _documents(conn)
    return Plan(
        current,
        str(target or "base"),
        tuple((r.revision, _first_line(r.doc)) for r in undone),
        documents,
    )


def run_downgrade(engine: Engine, plan: Plan) -> Removed:
    """Downgrade to the plan's target and say what went."""
    with engine.connect() as conn:
        before = _schema(conn)
    downgrade(engine, plan.target)
    with engine.connect() as conn:
        after = _schema(conn)
    tables = before["tables"] - after["tables"]
    shadows = {t + s for t in tables for s in _FTS_SHADOWS}
    kept = after["tables"]
    return Removed(
        tables=tuple(sorted(tables - shadows - {"alembic_version"})),
        views=tuple(sorted(before["views"] - after["views"])),
        columns=tuple(
            sorted(c for c in before["columns"] - after["columns"] if c.split(".")[0] in kept)
        ),
        indexes=tuple(
            sorted(
                name.split(".", 1)[1]
                for name in before["indexes"] - after["indexes"]
                if name.split(".")[0] in kept
            )
        ),
        documents=plan.documents if "documents" in tables else 0,
    )


def _first_line(doc: str | None) -> str:
    lines = (doc or "").strip().splitlines()
    return lines[0].replace("``", "") if lines else ""


def _documents(conn: Connection) -> int:
    if not inspect(conn).has_table("documents"):
        return 0
    return int(conn.execute(text("SELECT count(*) FROM documents")).scalar() or 0)


def _schema(conn: Connection) -> dict[str, set[str]]:
    insp = inspect(conn)
    tables = set(insp.get_table_names())
    columns: set[str] = set()
    indexes: set[str] = set()
    for table in tables:
        columns.update(f"{table}.{c['name']}" for c in insp.get_columns(table))
        indexes.update(f"{table}.{i['name']}" for i in insp.get_indexes(table) if i["name"])
    return {
        "tables": tables,
        "views": set(insp.get_view_names()),
        "columns": columns,
        "indexes": indexes,
    }
