"""One sync at a time per catalog.

SQLite: an exclusive ``flock`` on ``<catalog>.lock`` beside the database. The
kernel drops it when the holder dies, so a lock left by a killed sync is taken
over at once; the file records who holds it (pid, start time) for the message.
PostgreSQL: a session-level advisory lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import time
from collections.abc import Iterator

from sqlalchemy import text

from catalog.db import Catalog, sqlite_path
from catalog.errors import LockedError

_ADVISORY_KEY = 0x636174616C6F67  # "catalog"
_POLL = 0.2


def _holder(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            pid, _, since = fh.read().strip().partition(" ")
        return f"pid {pid}, since {since}" if pid else "unknown holder"
    except OSError:
        return "unknown holder"


@contextlib.contextmanager
def _file_lock(path: str, wait: float) -> Iterator[None]:
    deadline = time.monotonic() + wait
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockedError(f"another sync is running ({_holder(path)})") from None
                time.sleep(_POLL)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {_stamp()}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


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
def _advisory_lock(catalog: Catalog, wait: float) -> Iterator[None]:
    """A session advisory lock: the server drops it when the holder's connection dies."""
    deadline = time.monotonic() + wait
    with catalog.engine.connect() as conn:
        conn.execute(
            text("SELECT set_config('application_name', :n, false)"),
            {"n": f"{_APP_PREFIX}{os.getpid()} {_stamp()}"},
        )
        while not conn.execute(
            text("SELECT pg_try_advisory_lock(:k)"), {"k": _ADVISORY_KEY}
        ).scalar():
            if time.monotonic() >= deadline:
                name = conn.execute(
                    _HOLDER_SQL, {"hi": _ADVISORY_KEY >> 32, "lo": _ADVISORY_KEY & 0xFFFFFFFF}
                ).scalar()
                pid, _, since = str(name or "").removeprefix(_APP_PREFIX).partition(" ")
                who = f"pid {pid}, since {since}" if name and pid else "unknown holder"
                raise LockedError(f"another sync is running ({who})")
            time.sleep(_POLL)
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _ADVISORY_KEY})
            conn.execute(text("SELECT set_config('application_name', '', false)"))
            conn.commit()


@contextlib.contextmanager
def sync_lock(catalog: Catalog, wait: float = 0.0) -> Iterator[None]:
    """Hold the catalog's sync lock, waiting up to ``wait`` seconds for it."""
    path = sqlite_path(catalog.url)
    if path is not None:
        with _file_lock(str(path) + ".lock", wait):
            yield
    elif catalog.url.get_backend_name() == "postgresql":
        with _advisory_lock(catalog, wait):
            yield
    else:
        yield
