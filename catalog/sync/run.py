"""A sync of a catalog, whole: the folders checked, one sync at a time, the catalog
created on first use, and SIGINT/SIGTERM turned into a stop that keeps every batch.

``catalog sync`` is one call to :func:`sync_catalog`, and so is a script's::

    from catalog.db import Catalog
    from catalog.sync import SyncOptions, sync_catalog

    for result in sync_catalog(Catalog("news.db"), ["crawl/antara"], SyncOptions(jobs=2)):
        print(result.summary())
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterable, Iterator

from catalog.db import Catalog, translate_errors
from catalog.errors import CatalogError, Interrupted
from catalog.progress import Progress
from catalog.sync.pipeline import SyncOptions, SyncResult, defer_interrupt, sync


def sync_catalog(
    catalog: Catalog,
    folders: Iterable[str],
    options: SyncOptions | None = None,
    *,
    wait: float = 0.0,
    progress: Progress | None = None,
    signals: bool = False,
) -> list[SyncResult]:
    """Sync each folder into the catalog, which is created if new (not by a dry run).

    A file or a missing path is an error (both are not a folder), except a root the
    catalog knows whose folder is gone, given with ``options.prune`` (its documents
    are pruned). Another sync of the same catalog is waited for up to ``wait``
    seconds. With ``signals`` (the main thread of a command) SIGINT and SIGTERM
    stop the sync with :class:`~catalog.errors.Interrupted`, every finished batch kept.
    """
    options = options or SyncOptions()
    progress = progress or Progress()
    with stop_on_signals() if signals else contextlib.nullcontext():
        try:
            roots = [_folder(catalog, d, options.prune) for d in folders]
            with translate_errors(catalog.display):
                if options.dry_run and not catalog.exists():
                    return sync(None, roots, options, progress)
                if options.dry_run:
                    catalog.open()
                    with catalog.session() as session:
                        return sync(session, roots, options, progress)
                from catalog.locking import sync_lock

                catalog.engine  # noqa: B018 -- says clearly when the catalog's folder is missing
                with sync_lock(catalog, wait, progress.waiting):
                    catalog.open(create=True)
                    with catalog.session() as session:
                        return sync(session, roots, options, progress)
        finally:
            progress.close()  # shows the terminal's cursor again, whatever happened


def _folder(catalog: Catalog, d: str, prune: bool) -> str:
    """A folder to sync, checked: a file and a missing path are the same mistake (both
    a CatalogError), except a known root whose folder is gone, with ``prune``."""
    if os.path.isfile(d):
        raise CatalogError(
            f"{d} is not a folder: it is a file (sync takes folders; --glob picks their files)"
        )
    if os.path.isdir(d):
        return d
    if prune and catalog.exists():
        from catalog.roots import resolve_root

        catalog.open()
        with (
            translate_errors(catalog.display),
            catalog.session() as session,
            contextlib.suppress(CatalogError),
        ):
            return resolve_root(session, d)  # its documents are all missing: pruned
    raise CatalogError(f"{d} is not a folder: it does not exist")


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise :class:`Interrupted` in the main thread.

    A second signal while the first unwinds (workers ended, the open batch rolled
    back) is ignored, so the cleanup is not cut short and nothing prints twice.
    """
    signals = (signal.SIGINT, signal.SIGTERM)
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers (and only it gets signals)
        return

    def stop(signum: int, _frame: object) -> None:
        for s in signals:
            signal.signal(s, signal.SIG_IGN)
        if not defer_interrupt(signum):  # a commit under way raises it when done
            raise Interrupted(signum)

    before = {s: signal.signal(s, stop) for s in signals}
    try:
        yield
    finally:
        for s, handler in before.items():
            signal.signal(s, handler)
