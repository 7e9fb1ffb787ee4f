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
        stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {stamp}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _advisory_lock(catalog: Catalog, wait: float) -> Iterator[None]:
    deadline = time.monotonic() + wait
    with catalog.engine.connect() as conn:
        while not conn.execute(
            text("SELECT pg_try_advisory_lock(:k)"), {"k": _ADVISORY_KEY}
        ).scalar():
            if time.monotonic() >= deadline:
                holder = conn.execute(
                    text(
                        "SELECT a.pid, a.backend_start FROM pg_locks l JOIN pg_stat_activity a "
                        "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted LIMIT 1"
                    )
                ).first()
                who = (
                    f"pid {holder[0]}, since {holder[1]:%Y-%m-%dT%H:%M:%S}"
                    if holder
                    else "unknown holder"
                )
                raise LockedError(f"another sync is running ({who})")
            time.sleep(_POLL)
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _ADVISORY_KEY})
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
