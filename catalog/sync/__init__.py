"""Bring a catalog in step with folders on disk."""

from catalog.progress import Progress
from catalog.sync.pipeline import SyncOptions, SyncResult, sync, sync_root
from catalog.sync.run import stop_on_signals, sync_catalog

__all__ = [
    "Progress",
    "SyncOptions",
    "SyncResult",
    "stop_on_signals",
    "sync",
    "sync_catalog",
    "sync_root",
]
