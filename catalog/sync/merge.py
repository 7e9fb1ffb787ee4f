"""Weigh what a file's format says (HTML metadata, JSONL fields) against what the extractor read.

Pure: an :class:`Extraction` and the loader's :class:`Candidate` values in, a
:class:`Record` out. The choice, field by field (title, source, authors, date):

* the candidate with the highest confidence wins, and on a tie the text wins:
  a value read from a line of the text can be shown where it stands;
* when the metadata and the text agree, the text's value (and line) is kept
  and the metadata's candidate is marked chosen too, as a second witness;
* a date from the metadata that wins brings its own time and zone; one that
  loses but names the same day as the text fills in the time and zone the
  text left out;
* an author tag naming the site itself (``Warta Pesisir``) is no person.

Every candidate is kept as evidence: metadata rows have line 0 (they come from
no line of the text) and their rule (``html-meta:author``); metadata that lost
gets ``:rejected`` on its rule, the extractor's own rows ``:rejected-by-<rule>``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from catalog.extract import Extraction, normalise_name
from catalog.folding import fold
from catalog.loaders import Candidate
from catalog.records import Record, utc_instant

EvidenceRow = tuple[str, str, int, str, str, float, bool]
_DATE_FIELDS = ("published_date", "published_time", "timezone")


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and fold(a) == fold(b)


def _person(name: str) -> str:
    return normalise_name(name) or fold(name)


class _Merge:
    def __init__(self, rec: Record, meta: Sequence[Candidate]) -> None:
        self.rec = rec
        self.meta = meta
        self.evidence: list[EvidenceRow] = list(rec.evidence)
        self.rows: list[EvidenceRow] = []

    def text_confidence(self, field: str) -> float:
        found = [e[5] for e in self.evidence if e[0] == field and e[6]]
        return max(found, default=1.0)

    def best(self, field: str) -> Candidate | None:
        # max() keeps the first of equals: loaders list their most direct fields first.
        found = [c for c in self.meta if c.field == field]
        return max(found, key=lambda c: c.confidence) if found else None

    def reject_text(self, fields: Sequence[str], by: str) -> None:
        self.evidence = [
            (f, v, n, raw, f"{rule}:rejected-by-{by}"[:100], conf, False)
            if f in fields and chosen
            else (f, v, n, raw, rule, conf, chosen)
            for f, v, n, raw, rule, conf, chosen in self.evidence
        ]

    def record(self, c: Candidate, chosen: bool, why: str = "rejected") -> None:
        rule = c.rule if chosen else f"{c.rule}:{why}"
        self.rows.append((c.field, c.value, 0, c.raw[:300], rule[:100], c.confidence, chosen))

    def single(self, field: str) -> str | None:
        """Title or source: one value."""
        value: str | None = getattr(self.rec, field)
        best = self.best(field)
        if (
            best is not None
            and not _same(value, best.value)
            and (value is None or best.confidence > self.text_confidence(field))
        ):
            if value is not None:
                self.reject_text([field], best.rule)
            value = best.value
        for c in self.meta:
            if c.field == field:
                self.record(c, _same(value, c.value))
        return value

    def authors(self, source: str | None) -> tuple[str, ...]:
        names = self.rec.authors
        sites = {fold(c.value) for c in self.meta if c.field == "source"}
        if source:
            sites.add(fold(source))
        cands = [c for c in self.meta if c.field == "authors"]
        people = [c for c in cands if fold(c.value) not in sites]
        if people:
            conf = max(c.confidence for c in people)
            theirs = tuple(dict.fromkeys(c.value for c in people))
            differ = {_person(n) for n in theirs} != {_person(n) for n in names}
            if differ and (not names or conf > self.text_confidence("authors")):
                if names:
                    self.reject_text(["authors"], people[0].rule)
                names = theirs
        chosen = {_person(n) for n in names}
        for c in cands:
            if c not in people:
                self.record(c, False, "site-name:rejected")
            else:
                self.record(c, _person(c.value) in chosen)
        return names

    def date(self) -> tuple[dt.date | None, str | None, str | None]:
        rec = self.rec
        day, clock, zone = rec.published_date, rec.published_time, rec.timezone
        best = self.best("published_date")
        if best is not None:
            theirs = {c.field: c.value for c in self.meta if c.rule == best.rule}
            same_day = day is not None and day.isoformat() == best.value
            if not same_day and (
                day is None or best.confidence > self.text_confidence("published_date")
            ):
                if day is not None:
                    self.reject_text(_DATE_FIELDS, best.rule)
                day = dt.date.fromisoformat(best.value)
                clock, zone = theirs.get("published_time"), theirs.get("timezone")
            elif same_day and clock is None and "published_time" in theirs:
                clock, zone = theirs["published_time"], theirs.get("timezone")
        chosen = {
            "published_date": day.isoformat() if day else None,
            "published_time": clock,
            "timezone": zone,
        }
        for c in self.meta:
            if c.field in _DATE_FIELDS:
                self.record(c, c.value == chosen[c.field])
        return day, clock, zone


def _utc(day: dt.date | None, clock: str | None, zone: str | None) -> dt.datetime | None:
    """The instant of a date, clock and zone chosen here, worked out as the extractor's."""
    time = dt.time.fromisoformat(clock) if clock is not None else None
    return utc_instant(Extraction(published_date=day, published_time=time, timezone=zone))


def combine(x: Extraction, meta: Sequence[Candidate] = ()) -> Record:
    """The record to store: the extraction, with the format's metadata weighed in.

    >>> from catalog.extract import extract
    >>> x = extract("Rumpon Baru\\nCilacap - Nelayan memasang dua puluh rumpon baru di pesisir.\\n")
    >>> r = combine(x, [
    ...     Candidate("authors", "Dimas Prasetyo", "Dimas Prasetyo", "html-meta:author", 0.7),
    ...     Candidate("published_date", "2024-03-12", "2024-03-12", "html-meta:date", 0.85)])
    >>> r.authors, str(r.published_date)
    (('Dimas Prasetyo',), '2024-03-12')
    >>> [(e[0], e[2], e[4], e[6]) for e in r.evidence if e[2] == 0]
    [('authors', 0, 'html-meta:author', True), ('published_date', 0, 'html-meta:date', True)]
    """
    rec = Record.of(x)
    if not meta:
        return rec
    m = _Merge(rec, meta)
    title = m.single("title")
    source = m.single("source")
    authors = m.authors(source)
    day, clock, zone = m.date()
    return rec._replace(
        title=title,
        source=source,
        authors=authors,
        published_date=day,
        published_time=clock,
        timezone=zone,
        published_utc=_utc(day, clock, zone),
        evidence=(*m.evidence, *m.rows),
    )
