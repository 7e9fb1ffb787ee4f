"""Engines, sessions and the migration state of a catalog.

Everything that knows about URLs, SQLite pragmas and Alembic lives here, so the
rest of the code asks for "the catalog at this place" and gets a ready engine or
a :class:`~catalog.errors.CatalogError` a person can act on.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

from catalog import DEFAULT_DB
from catalog.errors import CatalogError, NotFound, SchemaError

SUPPORTED = ("sqlite", "postgresql")  # the backends the migrations and dialects know
BUSY_TIMEOUT_MS = 30_000


def to_url(db: str) -> URL:
    """Turn ``--db`` (a file path or an SQLAlchemy URL) into a URL.

    >>> to_url("archive/catalog.db").drivername
    'sqlite'
    """
    if "://" in db:
        try:
            return make_url(db)
        except (ArgumentError, ValueError) as exc:  # a bad port is a ValueError
            raise CatalogError(f"not a database URL: {db!r} ({exc})") from None
    return URL.create("sqlite", database=os.path.abspath(db))


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None for other engines and memory."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def _on_sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets readers work while one writer syncs; NORMAL sync is safe in WAL.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _on_postgresql_connect(dbapi_conn: Any, _record: Any) -> None:
    # Instants come back in UTC whatever the server's zone, so a printed
    # ``published_utc`` is the same on every machine and on SQLite.
    autocommit = dbapi_conn.autocommit
    dbapi_conn.autocommit = True
    dbapi_conn.execute("SET TIME ZONE 'UTC'")
    dbapi_conn.autocommit = autocommit


def make_engine(url: URL) -> Engine:
    """An engine with the catalog's connection settings."""
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None and not path.parent.is_dir():
            raise CatalogError(f"cannot open {path}: the folder {path.parent} does not exist")
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    if url.get_backend_name() not in SUPPORTED:
        raise CatalogError(
            f"{url.get_backend_name()} is not supported: the catalog lives in an SQLite file "
            "or on PostgreSQL (postgresql+psycopg://...)"
        )
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise CatalogError(
            f"the driver for {url.drivername} is not installed: {exc.name}"
            + (" (pip install 'catalog[pg]')" if url.get_backend_name() == "postgresql" else "")
        ) from None
    if url.get_backend_name() == "postgresql":
        event.listen(engine, "connect", _on_postgresql_connect)
    return engine


def migrations_dir() -> Path:
    """Where the Alembic scripts are: inside the installed package, or the repo root."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "migrations", here.parent / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise CatalogError("the catalog's migration scripts are missing from this installation")


def alembic_config(url: URL | None = None, connection: Any = None) -> Config:
    """An Alembic config that needs no alembic.ini and works from any folder."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url is not None:
        cfg.set_main_option(
            "sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%")
        )
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


# The full-text search index is made by a migration in each engine's own form
# (FTS5 tables and triggers, a GIN expression index): not ORM tables.
SEARCH_OBJECTS = ("documents_fts", "ix_documents_search")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Autogenerate and the drift test compare everything but the search index."""
    return not (name or "").startswith(SEARCH_OBJECTS)


def known_revisions() -> list[str]:
    """Revision ids, oldest first, from the migration file names (``NNNN_slug.py``).

    Every command checks the catalog's revision; reading file names instead of
    importing Alembic keeps that check cheap. A test holds each file's
    ``revision`` to its name and the chain to one line.
    """
    versions = migrations_dir() / "versions"
    return sorted(p.name.split("_", 1)[0] for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None if value is None else str(value)


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with _migrating(engine) as conn:
        command.upgrade(alembic_config(connection=conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with _migrating(engine) as conn:
        command.downgrade(alembic_config(connection=conn), revision)


@contextlib.contextmanager
def _migrating(engine: Engine) -> Iterator[Connection]:
    """One transaction around a migration run, DDL included, so a run stopped half
    way (a kill while a new catalog is made) leaves nothing behind.

    SQLite's driver begins a transaction only before a write statement and runs
    ``CREATE TABLE`` outside one, so the transaction is begun by hand there.
    """
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN")
        yield conn


def check_revision(engine: Engine, display: str) -> None:
    """Stop unless the catalog is exactly at the head this code knows."""
    known = known_revisions()
    head = known[-1]
    current = current_revision(engine)
    if current == head:
        return
    if current is None:
        raise SchemaError(
            f"{display} is not a catalog yet: run `catalog sync DIR` or `catalog db upgrade`"
        )
    if current not in known:
        raise SchemaError(
            f"{display} is at schema revision {current}, newer than this version of catalog "
            f"knows (head {head}): upgrade the catalog program"
        )
    raise SchemaError(
        f"{display} is at schema revision {current}, behind this program's {head}: "
        "run `catalog db upgrade`"
    )


class Catalog:
    """A handle on one catalog: its URL, a lazily made engine, sessions."""

    def __init__(self, db: str = DEFAULT_DB) -> None:
        self.url = to_url(db)
        self.display = str(sqlite_path(self.url) or self.url.render_as_string(hide_password=True))
        self._engine: Engine | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def exists(self) -> bool:
        path = sqlite_path(self.url)
        return path is None or path.exists()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url)
        return self._engine

    def open(self, *, create: bool = False) -> Engine:
        """The engine of a catalog at head; ``create`` builds a new one through the migrations."""
        if not self.exists():
            if not create:
                raise NotFound(f"no catalog at {self.display}: run `catalog sync DIR` to create it")
            with translate_errors(self.display):
                upgrade(self.engine)
        with translate_errors(self.display):
            if create and current_revision(self.engine) is None:
                upgrade(self.engine)
            check_revision(self.engine, self.display)
        return self.engine

    def session(self) -> Session:
        return sessionmaker(self.engine, expire_on_commit=False)()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


@contextlib.contextmanager
def read_snapshot(catalog: Catalog) -> Iterator[Connection]:
    """A connection whose reads all see one moment, while syncs go on committing.

    SQLite's driver begins a transaction only before a write, so one is begun
    by hand; PostgreSQL gives a snapshot per transaction at REPEATABLE READ.
    """
    if catalog.is_sqlite:
        with catalog.engine.connect() as conn:
            conn.exec_driver_sql("BEGIN")
            try:
                yield conn
            finally:
                conn.rollback()
        return
    with catalog.engine.connect().execution_options(
        isolation_level="REPEATABLE READ", postgresql_readonly=True
    ) as conn:
        try:
            yield conn
        finally:
            conn.rollback()


def reset_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    """After rows went in with their ids, let the next generated id follow the largest.

    SQLite takes max(id) + 1 by itself; PostgreSQL's serial sequences must be moved.
    """
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c:
            continue
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE(MAX(id), 0) + 1, false) FROM {table.name}"
        )


@contextlib.contextmanager
def translate_errors(display: str) -> Iterator[None]:
    """Turn raw driver errors into messages a person can act on."""
    try:
        yield
    except DBAPIError as exc:
        text = str(exc.orig) if exc.orig is not None else str(exc)
        if "database is locked" in text:
            raise CatalogError(f"{display} is busy: another process is writing to it") from None
        if "file is not a database" in text:
            raise CatalogError(f"{display} is not an SQLite database") from None
        if "unable to open database" in text:
            raise CatalogError(f"cannot open {display}: {text}") from None
        if "connection failed" in text or "could not connect" in text:
            first = text.strip().splitlines()[0].removeprefix("connection failed: ")
            raise CatalogError(f"cannot connect to {display}: {first}") from None
        raise CatalogError(f"database error on {display}: {text}") from None
