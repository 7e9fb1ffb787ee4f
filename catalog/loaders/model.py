"""What loaders return: plain frozen values that travel from worker processes cheaply.

A loader returns :class:`Loaded` for a file that is one document, or
:class:`Records` for a file that holds many (a JSONL crawl dump). Metadata the
format carries besides the text (an HTML page's author, a record's date) comes
as :class:`Candidate` values; the sync weighs them against what the extractor
reads from the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Candidate(NamedTuple):
    """A field value the file's format states outside the text.

    ``field`` is an Extraction field name (``title``, ``authors``,
    ``published_date``, ``published_time``, ``timezone``, ``source``);
    ``raw`` is what was found, as found; ``rule`` names where
    (``html-meta:author``, ``jsonl:date``); ``confidence`` is weighed against
    the extractor's own candidates.
    """

    field: str
    value: str
    raw: str
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Loaded:
    """One document's text, a hash of its content, and what the format said about it."""

    text: str
    content_hash: str
    size: int
    warnings: tuple[str, ...] = ()
    meta: tuple[Candidate, ...] = ()
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """One record of a multi-record file: loaded, or the reason it could not be."""

    line: int  # 1-based line number: the record's address is ``file#line``
    loaded: Loaded | None
    error: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Records:
    """The records of a multi-record file.

    ``error`` is set when the file could not be read to its end (a gzip stream
    cut short): the records before that point are in ``parts``, and records the
    catalog knew from further on are not taken to be gone.
    """

    parts: tuple[Part, ...]
    error: str = ""
