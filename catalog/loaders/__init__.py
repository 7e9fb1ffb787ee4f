"""Loaders turn a file's bytes into text, one module per input format.

A loader is chosen by file suffix from :data:`REGISTRY`; a new format is one
module and one entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from catalog.loaders.text import DEFAULT_MAX_BYTES, Loaded, LoadError, load_text

Loader = Callable[[str, int], Loaded]

REGISTRY: dict[str, Loader] = {
    ".txt": load_text,
}


def loader_for(path: str) -> Loader:
    """The loader for a path; plain text for any suffix not registered."""
    return REGISTRY.get(PurePath(path).suffix.lower(), load_text)


__all__ = ["DEFAULT_MAX_BYTES", "REGISTRY", "LoadError", "Loaded", "loader_for"]
