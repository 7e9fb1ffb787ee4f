"""Helpers for the metadata formats carry outside the text: dates, names, the headline line."""

from __future__ import annotations

import datetime as dt
import re

from catalog.folding import fold
from catalog.loaders.model import Candidate

# UTC offsets of the Indonesian zones, as the extractor names them.
ZONE_OF_OFFSET = {7 * 3600: "WIB", 8 * 3600: "WITA", 9 * 3600: "WIT"}
_NAME_SEPARATORS = re.compile(r"\s*(?:;|,|&|\s+dan\s+|\s+and\s+)\s*", re.IGNORECASE)


def date_candidates(value: str, rule: str, confidence: float) -> list[Candidate]:
    """An ISO date or date-time as candidates for date, time and zone.

    An offset of an Indonesian zone keeps the local time and names the zone;
    any other offset is turned into WIB (the rule says so); a bare midnight
    with no offset is how a date without a time is written, so no time is taken.

    >>> [c[:2] for c in date_candidates("2024-03-12T08:30:00+08:00", "jsonl:date", 0.85)]
    [('published_date', '2024-03-12'), ('published_time', '08:30'), ('timezone', 'WITA')]
    >>> [c[:2] + (c.rule,) for c in date_candidates("2024-03-11T20:00:00Z", "jsonl:date", 0.85)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('published_date', '2024-03-12', 'jsonl:date:as-WIB'),
     ('published_time', '03:00', 'jsonl:date:as-WIB'), ('timezone', 'WIB', 'jsonl:date:as-WIB')]
    >>> [c[:2] for c in date_candidates("2024-03-12T00:00:00", "html-meta:date", 0.85)]
    [('published_date', '2024-03-12')]
    >>> date_candidates("kemarin sore", "jsonl:date", 0.85)
    []
    """
    raw = value.strip()
    try:
        stamp = dt.datetime.fromisoformat(raw)
    except ValueError:
        return []
    zone: str | None = None
    offset = stamp.utcoffset()
    if offset is not None:
        zone = ZONE_OF_OFFSET.get(int(offset.total_seconds()))
        if zone is None:
            stamp = stamp.astimezone(dt.timezone(dt.timedelta(hours=7)))
            zone, rule = "WIB", f"{rule}:as-WIB"
    found = [Candidate("published_date", stamp.date().isoformat(), raw, rule, confidence)]
    has_time = len(raw) > 10 and (offset is not None or stamp.time() != dt.time())
    if has_time:
        found.append(Candidate("published_time", stamp.strftime("%H:%M"), raw, rule, confidence))
        if zone is not None:
            found.append(Candidate("timezone", zone, raw, rule, confidence))
    return found


def author_candidates(value: str, rule: str, confidence: float) -> list[Candidate]:
    """One candidate per name in a metadata author string.

    >>> [c.value for c in author_candidates("Rina Kusuma; Andi Saputra dan Tono", "x", 0.7)]
    ['Rina Kusuma', 'Andi Saputra', 'Tono']
    """
    names = [n.strip() for n in _NAME_SEPARATORS.split(value) if n.strip()]
    return [Candidate("authors", n, value.strip(), rule, confidence) for n in names]


def with_title(text: str, title: str | None) -> str:
    """The text as a dump would hold it: the headline on the first line.

    Crawlers and HTML extraction often keep the headline apart from the body;
    the extractor reads a headline from the top of the text, so it is put back
    when the text does not already open with it.

    >>> with_title("Cilacap - Nelayan memasang rumpon.", "Rumpon Baru")
    'Rumpon Baru\\nCilacap - Nelayan memasang rumpon.'
    >>> with_title("Rumpon Baru\\nCilacap - Nelayan memasang rumpon.", "rumpon  baru")
    'Rumpon Baru\\nCilacap - Nelayan memasang rumpon.'
    """
    if not title or not title.strip():
        return text
    first = next((line for line in text.splitlines() if line.strip()), "")
    if fold(first) == fold(title):
        return text
    return f"{' '.join(title.split())}\n{text}"
