"""Bring a catalog in step with folders on disk."""

from catalog.sync.pipeline import SyncOptions, SyncResult, sync, sync_root

__all__ = ["SyncOptions", "SyncResult", "sync", "sync_root"]
