"""HTML pages: the main text and the page's metadata through trafilatura.

The page's title, author, publication date and site name become
:class:`Candidate` values (rules ``html-meta:title``, ``html-meta:author``,
``html-meta:date``, ``html-meta:site-name``); the sync weighs them against what
the extractor reads from the main text (``catalog.sync.merge``). The canonical
URL is kept.
"""

from __future__ import annotations

import logging
from typing import Any

from catalog.loaders.files import LoadError
from catalog.loaders.meta import author_candidates, date_candidates, with_title
from catalog.loaders.model import Candidate, Loaded
from catalog.loaders.text import DEFAULT_MAX_BYTES, read_head

# How far each kind of page metadata is trusted against the extractor's own
# candidates (a printed byline 0.9, a header stamp 1.0, a date in the lead 0.7,
# a headline 0.8). A page's author tag often names the outlet or a CMS account,
# so it loses to a printed byline; the machine-readable publication time beats
# a date guessed from the lead but not the stamp printed under the headline;
# the site name only fills in when the text names no outlet.
CONFIDENCE = {"title": 0.8, "author": 0.7, "date": 0.85, "site-name": 0.5}
_DATE_PARAMS = {
    # Only the page's own metadata: a date found by searching the text is the
    # extractor's job, and would count twice.
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}

# trafilatura reports pages it finds thin at WARNING; the sync has its own problem list.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def read_page(
    html: bytes | str, rule: str = "html-meta"
) -> tuple[str, tuple[Candidate, ...], str | None]:
    """Main text (headline first), metadata candidates and canonical URL of one page."""
    import trafilatura  # here: it takes a while to import, and plain-text syncs never need it

    doc: Any = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        raise LoadError("no main text found in the HTML")
    meta: list[Candidate] = []
    if doc.title:
        meta.append(Candidate("title", doc.title, doc.title, f"{rule}:title", CONFIDENCE["title"]))
    if doc.author:
        meta += author_candidates(doc.author, f"{rule}:author", CONFIDENCE["author"])
    if doc.date:
        meta += date_candidates(doc.date, f"{rule}:date", CONFIDENCE["date"])
    if doc.sitename:
        site = doc.sitename
        meta.append(Candidate("source", site, site, f"{rule}:site-name", CONFIDENCE["site-name"]))
    return with_title(text, doc.title), tuple(meta), doc.url or None


def load_html(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Read an HTML page: the hash covers the whole file, parsing its first ``max_bytes``."""
    head, content_hash, size = read_head(path, max_bytes)
    if not head.strip():
        raise LoadError("empty file")
    text, meta, url = read_page(head)
    warnings: tuple[str, ...] = ()
    if size > max_bytes:
        warnings = (f"only the first {max_bytes} of {size} bytes were read for extraction",)
    return Loaded(text, content_hash, size, warnings, meta, url)
