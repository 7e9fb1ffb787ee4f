"""Loaders turn a file's bytes into documents, one module per input format.

A loader is chosen by file suffix from :data:`REGISTRY`; a new format is one
module and one entry here. A compression suffix (``.gz``) in front of the
format's suffix is read through (``x.jsonl.gz`` → the JSONL loader); any suffix
not registered is read as plain text.

A loader takes a path and the most bytes to read for extraction, and returns
:class:`Loaded` (the file is one document) or :class:`Records` (it holds many,
each addressed ``file#N``).
"""

from __future__ import annotations

from collections.abc import Callable

from catalog.loaders.files import LoadError, format_suffix
from catalog.loaders.html import load_html
from catalog.loaders.jsonl import load_jsonl
from catalog.loaders.model import Candidate, Loaded, Part, Records
from catalog.loaders.text import DEFAULT_MAX_BYTES, load_text

Loader = Callable[[str, int], Loaded | Records]

REGISTRY: dict[str, Loader] = {
    ".txt": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".jsonl": load_jsonl,
}


# Formats whose documents may say which URL they came from (and so which site).
URL_FORMATS = frozenset({".html", ".htm", ".jsonl"})


def names_url(path: str) -> bool:
    """Whether a document of this file may carry its URL; a text dump does not."""
    return format_suffix(path) in URL_FORMATS


def loader_for(path: str) -> Loader:
    """The loader for a path; plain text for any suffix not registered."""
    return REGISTRY.get(format_suffix(path), load_text)


__all__ = [
    "DEFAULT_MAX_BYTES",
    "REGISTRY",
    "Candidate",
    "LoadError",
    "Loaded",
    "Loader",
    "Part",
    "Records",
    "loader_for",
    "names_url",
]
