"""JSONL crawl dumps: one record per line, each a document addressed ``file.jsonl#N``.

A record is a JSON object with ``url`` and ``text`` or ``html``, and may carry
``title`` and ``date`` (ISO 8601)::

    {"url": "https://warta.example/a/1", "title": "Rumpon Baru", "date": "2024-03-12T08:30:00+07:00", "text": "..."}
    {"url": "https://warta.example/a/2", "html": "<html>...</html>"}

``N`` is the 1-based line number; blank lines are skipped but counted, so the
addresses of the other records do not move. Each record's hash covers its
line, so an edited record changes and its neighbours do not. A line that is
not such an object is a problem of its own address; the rest of the file loads.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from catalog.loaders.files import LoadError, open_binary
from catalog.loaders.html import read_page
from catalog.loaders.meta import date_candidates, with_title
from catalog.loaders.model import Candidate, Loaded, Part, Records
from catalog.loaders.text import DEFAULT_MAX_BYTES

# A crawler's title and date are what the page said, so they are trusted like
# the page's own metadata (see catalog.loaders.html.CONFIDENCE).
CONFIDENCE = {"title": 0.8, "date": 0.85}


def record(line: bytes, max_bytes: int) -> Loaded:
    """One line as a document; :class:`LoadError` says what is wrong with it.

    >>> r = record(b'{"url": "https://w.example/1", "title": "Rumpon", "text": "Cilacap - Ikan."}', 99)
    >>> r.text, r.url, [c.rule for c in r.meta]
    ('Rumpon\\nCilacap - Ikan.', 'https://w.example/1', ['jsonl:title'])
    >>> record(b'["bukan", "objek"]', 99)
    Traceback (most recent call last):
    catalog.loaders.files.LoadError: not a JSON object but list
    """
    try:
        obj: Any = json.loads(line)
    except UnicodeDecodeError:
        raise LoadError("not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise LoadError(f"not JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(obj, dict):
        raise LoadError(f"not a JSON object but {type(obj).__name__}")
    url, title, date = obj.get("url"), obj.get("title"), obj.get("date")
    for name, value in (("url", url), ("title", title), ("date", date)):
        if value is not None and not isinstance(value, str):
            raise LoadError(f'"{name}" is not a string')
    body, markup = obj.get("text"), obj.get("html")
    page: tuple[Candidate, ...] = ()
    if isinstance(body, str) and body.strip():
        text = body
    elif isinstance(markup, str) and markup.strip():
        text, page, page_url = read_page(markup[:max_bytes])
        url = url or page_url
    else:
        raise LoadError('no "text" or "html" to read')
    # The record's own fields go first: on equal confidence they win over the page's.
    own: list[Candidate] = []
    if title and title.strip():
        own.append(Candidate("title", title.strip(), title, "jsonl:title", CONFIDENCE["title"]))
    if date:
        found = date_candidates(date, "jsonl:date", CONFIDENCE["date"])
        if not found:
            raise LoadError(f'"date" is not an ISO date: {date[:40]!r}')
        own += found
    warnings: tuple[str, ...] = ()
    if len(text) > max_bytes:
        text = text[:max_bytes]
        warnings = (f"only the first {max_bytes} characters were read for extraction",)
    return Loaded(
        text=with_title(text, title),
        content_hash=hashlib.blake2b(line, digest_size=16).hexdigest(),
        size=len(line),
        warnings=warnings,
        meta=(*own, *page),
        url=url or None,
    )


def load_jsonl(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Records:
    """Every record of a JSONL file; bad lines become parts with an error."""
    parts: list[Part] = []
    error = ""
    try:
        with open_binary(path) as fh:
            for number, raw in enumerate(fh, 1):
                line = raw.strip()
                if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:].strip()
                if not line:
                    continue
                try:
                    parts.append(Part(number, record(line, max_bytes)))
                except LoadError as exc:
                    parts.append(Part(number, None, str(exc)))
    except LoadError as exc:
        if not parts:
            raise
        error = f"{exc}: records after line {parts[-1].line} were not read"
    if not parts and not error:
        raise LoadError("empty file")
    return Records(tuple(parts), error)
