"""One sync at a time per catalog.

SQLite: an exclusive ``flock`` on ``<catalog>.lock`` beside the database. The
kernel drops it when the holder dies, so a lock left by a killed sync is taken
over at once; the file records who holds it (pid, start time) for the message.
The holder deletes the file before it lets go, so no ``.lock`` stays beside a
catalog (one stays only after a killed sync, and the next sync takes it over).
A waiter may thus lock a file that is no longer there: it checks, after locking,
that the name still leads to the file it locked, and starts again if not.
PostgreSQL: a session-level advisory lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import time
from collections.abc import Callable, Iterator

from sqlalchemy import Connection, text

from catalog.db import Catalog, sqlite_path
from catalog.errors import LockedError

_ADVISORY_KEY = 0x636174616C6F67  # "catalog"
_POLL = 0.2
# Told who holds the lock and how long the caller has waited, at every poll.
OnWait = Callable[[str, float], None]


def _holder(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            pid, _, since = fh.read().strip().partition(" ")
        return f"pid {pid}, since {since}" if pid else "unknown holder"
    except OSError:
        return "unknown holder"


@contextlib.contextmanager
def _file_lock(path: str, wait: float, on_wait: OnWait | None = None) -> Iterator[None]:
    started = time.monotonic()
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if _lock_or_wait(fd, path, started, wait, on_wait) and _still_named(fd, path):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the holder deleted the file we locked: lock the one at the name now
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {_stamp()}\n".encode(), 0)
        try:
            yield
        finally:
            # Deleted while still held: a waiter that then gets this file sees that the
            # name no longer leads to it, and locks the name afresh.
            with contextlib.suppress(OSError):
                os.unlink(path)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _lock_or_wait(fd: int, path: str, started: float, wait: float, on_wait: OnWait | None) -> bool:
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            waited = time.monotonic() - started
            if waited >= wait:
                raise LockedError(f"another sync is running ({_holder(path)})") from None
            if on_wait is not None:
                on_wait(_holder(path), waited)
            time.sleep(_POLL)


def _still_named(fd: int, path: str) -> bool:
    """Whether ``path`` still names the file open at ``fd``."""
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (mine.st_dev, mine.st_ino)


def _stamp() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


# The holder's own pid and start time ride in its application_name, so the
# message names the sync process as it does on SQLite, not a server backend.
_APP_PREFIX = "catalog sync "
_HOLDER_SQL = text(
    "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :hi AND l.objid = :lo "
    "AND l.objsubid = 1 AND l.database = "
    "(SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1"
)


@contextlib.contextmanager
def _advisory_lock(catalog: Catalog, wait: float, on_wait: OnWait | None) -> Iterator[None]:
    """A session advisory lock: the server drops it when the holder's connection dies."""
    started = time.monotonic()
    with catalog.engine.connect() as conn:
        conn.execute(
            text("SELECT set_config('application_name', :n, false)"),
            {"n": f"{_APP_PREFIX}{os.getpid()} {_stamp()}"},
        )
        while not conn.execute(
            text("SELECT pg_try_advisory_lock(:k)"), {"k": _ADVISORY_KEY}
        ).scalar():
            waited = time.monotonic() - started
            if waited >= wait:
                raise LockedError(f"another sync is running ({_pg_holder(conn)})")
            if on_wait is not None:
                on_wait(_pg_holder(conn), waited)
            time.sleep(_POLL)
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _ADVISORY_KEY})
            conn.execute(text("SELECT set_config('application_name', '', false)"))
            conn.commit()


def _pg_holder(conn: Connection) -> str:
    name = conn.execute(
        _HOLDER_SQL, {"hi": _ADVISORY_KEY >> 32, "lo": _ADVISORY_KEY & 0xFFFFFFFF}
    ).scalar()
    pid, _, since = str(name or "").removeprefix(_APP_PREFIX).partition(" ")
    return f"pid {pid}, since {since}" if name and pid else "unknown holder"


@contextlib.contextmanager
def sync_lock(catalog: Catalog, wait: float = 0.0, on_wait: OnWait | None = None) -> Iterator[None]:
    """Hold the catalog's sync lock, waiting up to ``wait`` seconds for it; ``on_wait``
    hears who holds it, and for how long it was waited for, while it waits."""
    path = sqlite_path(catalog.url)
    if path is not None:
        with _file_lock(str(path) + ".lock", wait, on_wait):
            yield
    elif catalog.url.get_backend_name() == "postgresql":
        with _advisory_lock(catalog, wait, on_wait):
            yield
    else:
        yield
