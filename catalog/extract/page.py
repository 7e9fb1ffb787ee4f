"""Where things are on a page: lines, header, lead, end of story, teaser lines.

:func:`locate` is the first half of every reader: it splits the text once,
skips menus, finds the lead (a dateline paragraph, else the first prose
paragraph that is not a deck), the header above it, the end of the story and
the header lines that belong to other stories' teasers. :func:`line_roles`
shows the result line by line.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final

from catalog.extract import bylines, datelines, dates, layout, views
from catalog.extract.model import Evidence, EvidenceDraft, Extraction, ExtractionDraft

# A measurement on a line: a distance, a weight, a depth, a quake's magnitude ("141
# km", "M4,3", "5,2 SR"). A widget prints its reading with the day and time it was
# taken ("Gempa M4,3 - 20 Mei 2026 19:31 WIB - 141 km ..."); a story's stamp line never
# carries one (none of the dev pages' does). (Not a temperature: a site's clock prints
# the day's weather beside the day, and a clock is weighed as a stamp.)
_MEASURE: Final = re.compile(r"\d\s?(?:km|kg|cm|mm|SR)\b|\bM\d[,.]\d\b")


def _may_measure(line: str) -> bool:
    """Whether :data:`_MEASURE` can match ``line``: it holds a unit or an "M" before a
    digit (the expression has no literal prefix, so the engine tries it at every
    character of a stamp line; a few substring scans rule most lines out first).

    >>> _may_measure("Gempa M5.2 guncang"), _may_measure("Senin, 12 Mei 2020 | 10:20 WIB")
    (True, False)
    """
    if "km" in line or "kg" in line or "cm" in line or "mm" in line or "SR" in line:
        return True
    m = line.find("M")
    while m >= 0:
        # (isdigit takes every character \d does, and a few more)
        if line[m + 1 : m + 2].isdigit():
            return True
        m = line.find("M", m + 1)
    return False


_DATE_TOKEN: Final = re.compile(
    r"^\s{0,4}date\s{1,3}(\d{4}-\d{1,2}(?:-\d{1,2})?)(?!\d)\s{0,3}(.*)$"
)


def evidence_row(
    field_name: str, value: str, line_no: int, raw: str, rule: str, confidence: float, chosen: bool
) -> Evidence:
    """``Evidence(...)``, the very same object (same type, equality and hash).

    Filled in as an :class:`EvidenceDraft` (plain slot writes) and then given its
    class: a frozen dataclass's ``__init__`` runs as interpreted code and writes each
    field through ``object.__setattr__``, and model.py stays Python (its dataclasses
    are pickled)."""
    ev = EvidenceDraft()
    ev.field = field_name
    ev.value = value
    ev.line_no = line_no
    ev.raw = raw
    ev.rule = rule
    ev.confidence = confidence
    ev.chosen = chosen
    setattr(ev, "__class__", Evidence)  # noqa: B010 (mypy does not allow the assignment)
    return ev  # type: ignore[return-value]


def build_extraction(
    kind: str,
    title: str | None,
    authors: tuple[str, ...],
    editors: tuple[str, ...],
    published_date: dt.date | None,
    published_time: dt.time | None,
    timezone: str | None,
    source: str | None,
    dateline: str | None,
    views: int | None,
    photo_credits: tuple[str, ...],
    lead: str | None,
    body: str,
    word_count: int,
    evidence: tuple[Evidence, ...],
) -> Extraction:
    """``Extraction(...)`` with every field given, built as :func:`evidence_row` builds
    an ``Evidence`` (the very same object: same type, equality and hash)."""
    ex = ExtractionDraft()
    ex.kind = kind
    ex.title = title
    ex.authors = authors
    ex.editors = editors
    ex.published_date = published_date
    ex.published_time = published_time
    ex.timezone = timezone
    ex.source = source
    ex.dateline = dateline
    ex.views = views
    ex.photo_credits = photo_credits
    ex.lead = lead
    ex.body = body
    ex.word_count = word_count
    ex.evidence = evidence
    setattr(ex, "__class__", Extraction)  # noqa: B010 (as in evidence_row)
    return ex  # type: ignore[return-value]


def bare_extraction(kind: str, evidence: tuple[Evidence, ...]) -> Extraction:
    """``Extraction(kind=kind, evidence=evidence)``, every other field empty, built as
    :func:`build_extraction` builds one (a listing page's)."""
    return build_extraction(
        kind, None, (), (), None, None, None, None, None, None, (), None, "", 0, evidence
    )


_UNSET: Final = object()  # "not computed yet" in the per-line caches (None is an answer)


class Row:
    """A reader's proposal for one field, as an :class:`Evidence` row holds it but for
    the raw line (:meth:`Doc.evidence_of` adds it). The readers write a few dozen
    rows a page and the candidates are grouped from them; this class is compiled,
    so building and reading a row costs a fraction of a Python dataclass's."""

    def __init__(
        self, field_name: str, value: str, line_no: int, rule: str, confidence: float, chosen: bool
    ) -> None:
        self.field = field_name
        self.value = value
        self.line_no = line_no
        self.rule = rule
        self.confidence = confidence
        self.chosen = chosen


# Lines this long or shorter share their answers across documents (see LineFacts).
_SHARED_MAX_LEN: Final = 200
# At most this many texts are kept; the table is emptied when it is full.
_SHARED_SIZE: Final = 4096


class LineFacts:
    """The answers that depend on a line's text alone, computed when first asked.

    A site prints the same short lines on page after page (its menus, sections,
    widgets, its writers' credit lines, its footer): a line of up to
    ``_SHARED_MAX_LEN`` characters keeps one record for all the documents that
    print it (``_SHARED``, emptied when ``_SHARED_SIZE`` texts are in it), so the
    readers' first look at it is paid once. Every answer is a pure function of
    the text and an immutable value (a bool, a string, a NamedTuple or None);
    answers that depend on the lines around it stay in :class:`Doc`."""

    def __init__(self, line: str) -> None:
        self.line = line
        # _UNSET where None is an answer, None where it is not
        self.found: Any = _UNSET  # dates.find_stamp of the line, before the neighbours
        self.measure: bool | None = None  # _MEASURE.search(line) is not None
        self.credit: Any = _UNSET
        self.dateline: Any = _UNSET
        self.views: Any = _UNSET
        self.prose: bool | None = None
        self.headline: bool | None = None
        self.nav: bool | None = None
        self.list_item: bool | None = None
        self.low: str | None = None
        self.photo_label: bool | None = None  # layout.closes_with_photo_label
        self.photo_credit: bool | None = None  # layout.closes_with_photo_credit
        self.text: Any = None  # candidates.TextFeatures, when a candidate's line
        self.markers = -1  # layout.marker_bits, of a line under 100 characters
        self.name_line: bool | None = None  # is_name_line(line)
        self.footer_credit: Any = _UNSET  # bylines.parse_credit(line.lstrip("(*) "))
        self.cues = -1  # candidates.cue_bits: the kind features' read-more and cut marks

    def lowered(self) -> str:
        low = self.low
        if low is None:
            low = self.low = self.line.lower()
        return low

    def is_prose(self) -> bool:
        p = self.prose
        if p is None:
            p = self.prose = layout.is_prose(self.line)
        return p

    def is_nav(self) -> bool:
        v = self.nav
        if v is None:
            v = self.nav = layout.is_nav(self.line)
        return v

    def closes_with_photo_label(self) -> bool:
        v = self.photo_label
        if v is None:
            v = self.photo_label = layout.closes_with_photo_label(self.line)
        return v

    def closes_with_photo_credit(self) -> bool:
        """``layout.closes_with_photo_credit``, with its label check kept."""
        v = self.photo_credit
        if v is None:
            line = self.line
            if line[-1:] == ")":
                v = layout.photo_credit_in_brackets(line)
            else:
                v = self.closes_with_photo_label()
            self.photo_credit = v
        return v

    def is_name_line(self) -> bool:
        v = self.name_line
        if v is None:
            v = self.name_line = is_name_line(self.line)
        return v

    def marker_bits(self) -> int:
        v = self.markers
        if v < 0:
            v = self.markers = layout.marker_bits(self.line, self.lowered())
        return v

    def has_measure(self) -> bool:
        v = self.measure
        if v is None:
            line = self.line
            v = self.measure = _may_measure(line) and _MEASURE.search(line) is not None
        return v


_SHARED: Final[dict[str, LineFacts]] = {}


def line_facts(line: str) -> LineFacts:
    """The :class:`LineFacts` of ``line``: the shared record of a short line, a new one
    of a longer line."""
    if len(line) > _SHARED_MAX_LEN:
        return LineFacts(line)
    got = _SHARED.get(line)
    if got is None:
        if len(_SHARED) >= _SHARED_SIZE:
            _SHARED.clear()
        got = _SHARED[line] = LineFacts(line)
    return got


class Doc:
    """Working state for one document (internal; not returned).

    The same line is asked about by several stages; each answer is computed once
    and kept, one slot a line in a list (a list index costs less than a dict lookup,
    and the constructor is compiled: a dataclass's generated ``__init__`` runs as
    interpreted code). What depends on the line's text alone is kept in its
    :class:`LineFacts`, shared with the other documents that print the same short
    line. A negative index is the line it names, as in ``lines``: the answer for
    ``-1`` is that of the last line, and is shared with it.
    """

    def __init__(self, raw: list[str], lines: list[str]) -> None:
        self.raw = raw
        self.lines = lines
        self.evidence: list[Row] = []
        self.sidebar: set[int] = set()
        n = len(lines)
        self._facts: list[LineFacts | None] = [None] * n
        # _UNSET where None is an answer
        self._stamps: list[Any] = [_UNSET] * n
        self._lead_dates: list[list[dates.LeadDate] | None] = [None] * n

    def facts(self, i: int) -> LineFacts:
        """The :class:`LineFacts` of line ``i`` (looked up once a document: the line's
        text is that of its first look)."""
        f = self._facts[i]
        if f is None:
            f = self._facts[i] = line_facts(self.lines[i])
        return f

    def stamp(self, i: int) -> dates.Stamp | None:
        s = self._stamps[i]
        if s is _UNSET:
            f = self.facts(i)
            s = f.found
            if s is _UNSET:
                line = f.line
                s = f.found = dates.find_stamp(strip_bullet(line)) if len(line) <= 220 else None
            if s is None:
                line = f.line
                if len(line) <= 30 and dates.any_digit(line):
                    s = self._split_stamp(i)
            if s is not None and f.has_measure():
                s = None  # a widget's reading and its time, no story's stamp
            self._stamps[i] = s
        return s  # type: ignore[no-any-return]

    def _split_stamp(self, i: int) -> dates.Stamp | None:
        """The day and month on line ``i``, the year on the next printed line (a blank
        line may sit between): one stamp, on line ``i`` (:func:`dates.split_stamp`)."""
        lines = self.lines
        for j in range(i + 1, min(i + 3, len(lines))):
            if lines[j]:
                return dates.split_stamp(lines[i], lines[j])
        return None

    def credit(self, i: int) -> bylines.Credit | None:
        f = self.facts(i)
        c = f.credit
        if c is _UNSET:
            line = f.line
            # credit lines are short and carry a label, a colon or "oleh"/"by"
            c = f.credit = (
                bylines.parse_credit(line)
                if len(line) <= 180 and bylines.may_be_credit(line, f.lowered())
                else None
            )
        return c  # type: ignore[no-any-return]

    def footer_credit(self, i: int) -> bylines.Credit | None:
        """``bylines.parse_credit`` of line ``i`` without the marks that may open a
        closing credit ("(*) Editor: Ani"): the footer reader asks it of the lines
        under the story, a site's same few credit lines on page after page."""
        f = self.facts(i)
        c = f.footer_credit
        if c is _UNSET:
            c = f.footer_credit = bylines.parse_credit(f.line.lstrip("(*) "))
        return c  # type: ignore[no-any-return]

    def dateline(self, i: int) -> datelines.Dateline | None:
        """The dateline opening line ``i``, as ``parse_dateline(clean_lead(line))`` reads
        it (the lead finder and the kind features both ask)."""
        f = self.facts(i)
        d = f.dateline
        if d is _UNSET:
            d = f.dateline = datelines.parse_dateline(datelines.clean_lead(f.line))
        return d  # type: ignore[no-any-return]

    def lead_dates(self, i: int) -> list[dates.LeadDate]:
        """``dates.find_lead_dates`` of line ``i`` (the lead's dates are asked for by the
        date readers and by the candidates' features; the list is not to be changed)."""
        got = self._lead_dates[i]
        if got is None:
            got = self._lead_dates[i] = dates.find_lead_dates(self.lines[i], self.low(i))
        return got

    def views(self, i: int) -> int | None:
        """``views.find_views`` of line ``i`` (the line shapes, the teaser blocks, the
        line features, the title and the view-count readers all ask)."""
        f = self.facts(i)
        v = f.views
        if v is _UNSET:
            v = f.views = views.find_views(f.line)
        return v  # type: ignore[no-any-return]

    def views_line(self, i: int) -> bool:
        """:func:`is_views_line` of line ``i``."""
        line = self.lines[i]
        return len(line) < 40 and (views.bare_count(line) is not None or self.views(i) is not None)

    def count_line(self, i: int) -> bool:
        """:func:`is_count` of line ``i``."""
        return len(self.lines[i]) < 120 and self.views(i) is not None

    def low(self, i: int) -> str:
        """Line ``i`` lower-cased (the kind features, the line features and the
        dateline readers all ask for the same lines)."""
        return self.facts(i).lowered()

    def lower_join(self, start: int, stop: int) -> str:
        """``" ".join(self.lines[start:stop]).lower()``, from the lower-cased lines (the
        space between two lines ends a word either way, so the result is the same)."""
        return " ".join([self.low(j) for j in range(len(self.lines))[start:stop]])

    def prose(self, i: int) -> bool:
        return self.facts(i).is_prose()

    def headline(self, i: int) -> bool:
        """Whether line ``i`` can be a headline (``layout.headline_score``)."""
        f = self.facts(i)
        h = f.headline
        if h is None:
            line = f.line
            if len(line) > 120 and f.is_prose():
                # headline_shape's own "a paragraph is no headline", asked first of the
                # prose answer kept here (the kind features ask it of every line): a
                # paragraph of the story is not split and searched for a headline's marks
                h = f.headline = False
            else:
                h = f.headline = layout.headline_shape(line, f.lowered()) and not f.is_nav()
        return h

    def list_item(self, i: int) -> bool:
        """Whether line ``i`` is an entry of a list (``layout.is_list_item``, a bulleted
        teaser included: the kind features, the line shapes and the sidebar ask)."""
        f = self.facts(i)
        v = f.list_item
        if v is None:
            v = f.list_item = layout.is_list_item(f.line)
        return v

    def name_line(self, i: int) -> bool:
        """:func:`is_name_line` of line ``i`` (the line shapes, the sidebar and the teaser
        blocks ask it of a site's writers' names, printed on page after page)."""
        return self.facts(i).is_name_line()

    def nav(self, i: int) -> bool:
        """Whether line ``i`` is a menu, a share row or a notice (``layout.is_nav``: the
        head, the lead finder, the headline reader and the line features all ask)."""
        return self.facts(i).is_nav()

    def meta(self, i: int) -> bool:
        """A timestamp or credit line (never a lead)."""
        if self.stamp(i) is not None:
            return True
        return len(self.lines[i]) < 200 and self.credit(i) is not None

    def ev(
        self,
        field_name: str,
        value: str,
        idx: int,
        rule: str,
        confidence: float = 1.0,
        chosen: bool = True,
    ) -> None:
        self.evidence.append(Row(field_name, value, idx + 1, rule, confidence, chosen))

    def evidence_of(self, row: Row) -> Evidence:
        """The :class:`Evidence` row of a reader's proposal, with its raw line cut to
        300 characters."""
        idx = row.line_no - 1
        raw = self.raw[idx][:300] if 0 <= idx < len(self.raw) else ""
        return evidence_row(
            row.field, row.value, row.line_no, raw, row.rule, row.confidence, row.chosen
        )


def nonempty(lines: list[str], start: int, stop: int) -> list[int]:
    return [i for i in range(max(0, start), min(stop, len(lines))) if lines[i]]


def head_lines(doc: Doc) -> list[int]:
    """The first ``HEAD_LINES`` non-empty lines, menus and share buttons not counted."""
    lines = doc.lines
    out: list[int] = []
    for i in range(min(len(lines), 200)):
        line = lines[i]
        if not line:
            continue
        if len(line) < 40 and doc.nav(i):
            continue
        out.append(i)
        if len(out) >= layout.HEAD_LINES:
            break
    return out


def _dated_lead(doc: Doc, i: int, d: datelines.Dateline) -> bool:
    """A lead whose prose names its day after the dateline (``Kota, Brand – Pagi tadi,
    Kamis, 7 November 2019, ...``): the date inside it does not make it a stamp line."""
    stamp = doc.stamp(i)
    return (
        stamp is not None
        and stamp.start > d.end
        and doc.prose(i)
        and doc.credit(i) is None
        and len(doc.lines[i]) >= 120
    )


def _caption_over_prose(doc: Doc, head: list[int], pos: int) -> bool:
    """The head line at ``pos`` is a photo's caption (it closes with the photo's credit)
    and a paragraph of prose follows it within the next three lines: the story's lead is
    below it. A page whose only paragraph closes with a credit keeps it."""
    i = head[pos]
    if len(doc.lines[i]) < 40 or not doc.facts(i).closes_with_photo_credit():
        return False
    return any(
        len(doc.lines[j]) >= 60 and doc.prose(j) and not doc.facts(j).closes_with_photo_credit()
        for j in head[pos + 1 : pos + 4]
    )


def _sentence_after(rest: str) -> bool:
    """The words after a short line's dateline read as a sentence: running prose that
    is long or closed by a stop (a site's tagline under its name, "Harian Umum Kota -
    Pertama dan Terbesar di Kalteng", is neither)."""
    if not layout.is_sentence_text(rest):
        return False
    rest = rest.rstrip()
    return len(rest) >= 50 or rest.endswith((".", "!", "?", '"', "”", "…"))


def _over_a_story_header(doc: Doc, head: list[int], pos: int) -> bool:
    """The head line at ``pos`` is a paragraph standing alone over a story's header: no
    paragraph follows it before a headline and then a stamp or credit, and the story's
    prose follows those (a site's welcome line over its menu, a writer's profile over
    the headline). A lead is followed by the story's next paragraph, or by its closing
    credit before any other headline."""
    headline = False
    for k in range(pos + 1, min(len(head), pos + 40)):
        j = head[k]
        if layout.is_end_marker(doc.lines[j]):
            return False
        if doc.meta(j):
            return headline and any(doc.prose(h) for h in head[k + 1 : k + 8])
        if doc.prose(j):
            return False
        if doc.headline(j):
            headline = True
    return False


def find_body_start(doc: Doc, head: list[int]) -> tuple[int, datelines.Dateline | None]:
    """Index of the lead line and its dateline, if any."""
    lines = doc.lines
    prose_seen = 0
    for pos, i in enumerate(head):
        line = lines[i]
        if prose_seen >= 4:
            break  # the dateline opens one of the first paragraphs
        if prose_seen and layout.is_end_marker(line):
            break  # "Berita Terkait": what follows belongs to other stories
        # head_lines() left out the short menu lines already: is_nav only for longer ones
        if (len(line) >= 40 and doc.nav(i)) or layout.is_sidebar_item(line):
            continue
        if _caption_over_prose(doc, head, pos):
            continue  # a photo's caption over the story's lead ("... (ANTARA/Ani)")
        if len(line) >= 60 and doc.prose(i):
            prose_seen += 1
        # prose first: a long lead then needs no credit parse
        # a photo caption ("Foto : ...") opens with a label, never with the story's dateline
        if (
            len(line) >= 40
            and (doc.prose(i) or doc.credit(i) is None)
            and not layout.opens_as_caption(line)
            and not doc.facts(i).closes_with_photo_label()
        ):
            d = doc.dateline(i)
            if (
                d is not None
                and (doc.prose(i) or _sentence_after(datelines.clean_lead(line)[d.end :]))
                # a headline printed twice ("Pemprov-Sulteng minta ...") is no lead
                and (
                    doc.prose(i)
                    or all(lines[j] != line for j in head[max(0, pos - 8) : pos + 8] if j != i)
                )
                and (d.rule == "place-comma-date" or not doc.meta(i) or _dated_lead(doc, i, d))
            ):
                return i, d
        elif (
            4 <= len(line) <= 50
            and pos + 1 < len(head)
            and doc.prose(head[pos + 1])
            and not doc.meta(i)
        ):
            d = datelines.parse_dateline(line) or datelines.parse_standalone(line)
            if d is not None and d.end >= len(line.rstrip(" -–—:")):
                return i, d
    for pos, i in enumerate(head):
        line = lines[i]
        if not doc.prose(i) or layout.is_sidebar_item(line):
            continue
        if len(line) >= 40 and doc.nav(i):
            continue  # a notice to the reader ("The browser you are using is outdated.")
        if _caption_over_prose(doc, head, pos) or _over_a_story_header(doc, head, pos):
            continue
        end = next(
            (k for k, j in enumerate(head[pos + 1 : pos + 7]) if layout.is_end_marker(lines[j])), 6
        )
        # A deck or teaser above the byline/timestamp block is not the lead.
        after = head[pos + 1 : pos + 1 + end]
        metas = [k for k, j in enumerate(after) if doc.meta(j)]
        if metas and any(doc.prose(j) for j in after[metas[0] + 1 :]):
            continue
        return i, None
    return (head[-1] + 1 if head else len(lines)), None


class Page:
    """Where things are on one page: the shared first half of every reader.

    (A plain class with its own ``__init__``: a dataclass's generated one runs as
    interpreted code even in the compiled build.)"""

    def __init__(
        self,
        doc: Doc,
        head: list[int],
        header: list[int],
        body_start: int,
        body_end: int,
        dateline: datelines.Dateline | None,
        header_full_date: tuple[dt.date, int] | None,
        header_month: tuple[int, int] | None,
        listing_marker: str | None,
    ) -> None:
        self.doc = doc
        self.head = head
        self.header = header
        self.body_start = body_start
        self.body_end = body_end
        self.dateline = dateline
        self.header_full_date = header_full_date
        self.header_month = header_month
        self.listing_marker = listing_marker


def split_lines(text: str, raw: list[str] | None = None) -> Doc:
    """The :class:`Doc` of ``text``; ``raw`` is its ``splitlines()`` when the caller
    has it, some lines emptied perhaps (a site's furniture: each line is cleaned or
    stripped alone, and the two agree on a line without the characters cleaned)."""
    if raw is None:
        raw = text.splitlines()
    if "\u00a0" in text or "\u200b" in text or "\t" in text or "\ufeff" in text:
        lines = [layout.clean(line) for line in raw]
    else:
        lines = [line.strip() for line in raw]
    return Doc(raw, lines)


def locate(doc: Doc) -> Page:
    """Find the header, the lead and the end of the story (the text is not empty)."""
    lines = doc.lines
    n = len(lines)
    # A leading "date 2023-09-20" token (icon font) is glued to the next text.
    header_full_date: tuple[dt.date, int] | None = None
    header_month: tuple[int, int] | None = None
    first = next(i for i in range(n) if lines[i])
    m = None
    for i in range(first, min(n, first + 40)):
        # lines are stripped, so the token (^\s{0,4}date) can only open the line
        # (its first code point compared first: startswith is a call)
        line = lines[i]
        if len(line) >= 4 and ord(line[0]) == 100 and line.startswith("date"):
            m = _DATE_TOKEN.match(lines[i])
            if m:
                first = i
                break
    if m:
        parts = [int(p) for p in m[1].split("-")]
        if len(parts) == 3:
            d = dates.make_date(parts[0], parts[1], parts[2])
            if d is not None:
                header_full_date = (d, first)
        elif dates.make_date(parts[0], parts[1], 1) is not None:
            header_month = (parts[0], parts[1])
        lines[first] = m[2].strip()

    head = head_lines(doc)
    # Index pages print a marker phrase; they carry no article metadata.
    window = [lines[i] for i in head]
    # each short line's markers from its LineFacts (a site's menus and footers are
    # searched once), a long line's are not asked (see layout.listing_markers_of)
    bits = [doc.facts(i).marker_bits() if len(lines[i]) < 100 else 0 for i in head]
    # The last lines too; on a short page they are head lines already, passed as
    # "again" so that the marker search does not read them twice.
    in_head = set(head)
    again: list[str] = []
    for i in nonempty(lines, max(0, n - layout.TAIL_LINES), n):
        if i in in_head:
            again.append(lines[i])
        else:
            window.append(lines[i])
            bits.append(doc.facts(i).marker_bits() if len(lines[i]) < 100 else 0)
    marker = layout.listing_markers_of(window, bits, again)
    if marker is not None:
        return Page(doc, head, [], n, n, None, None, None, marker)
    body_start, dl = find_body_start(doc, head)
    # A lead printed before the headline and then again: the second copy starts the body.
    if dl is not None:
        for j in range(body_start + 1, min(n, body_start + 8)):
            if lines[j] == lines[body_start]:
                body_start = j
                break

    header = [i for i in head if i < body_start]
    body_end = n
    for i in range(body_start + 1, n):
        line = lines[i]
        # a long line ends the story only when it opens with "copyright"/"©": test
        # the first character before calling (most lines are long paragraphs)
        # (a box of related stories inside the story ends nothing: it goes on under it)
        if (
            line
            and (len(line) <= 60 or line[0] in "cC©")
            and layout.is_end_marker(line)
            and not _story_resumes(doc, i)
        ):
            body_end = i
            break
        # under the story, an entry's age starts the comments or other stories (over
        # the story it is the page's own: "11 jam lalu" under an aggregator's headline)
        if line and layout.says_ago(line):
            body_end = i
            break
    doc.sidebar = sidebar_lines(doc, header)
    return Page(doc, head, header, body_start, body_end, dl, header_full_date, header_month, None)


def line_roles(text: str) -> list[str]:
    """The role of every line of ``text``: ``header``, ``sidebar``, ``caption``, ``body``,
    ``footer`` or ``blank`` (for ``catalog show`` and for debugging a page).

    >>> line_roles("Judul Berita Hari Ini\\nBogor - Warga kota menanam pohon di taman kota pada pagi hari ini.")
    ['header', 'body']
    """
    doc = split_lines(text)
    roles = ["blank" if not line else "footer" for line in doc.lines]
    if not any(doc.lines):
        return roles
    page = locate(doc)
    if page.listing_marker is not None:
        return ["blank" if not line else "sidebar" for line in doc.lines]
    for i in range(len(doc.lines)):
        line = doc.lines[i]
        if not line:
            continue
        if i < page.body_start:
            roles[i] = "sidebar" if i in doc.sidebar else "header"
        elif i < page.body_end:
            roles[i] = "body"
        else:
            roles[i] = "footer"
        if roles[i] == "body" and len(line) < 120 and doc.credit(i) is not None:
            roles[i] = "footer"  # "Pewarta: ...", "Editor : ..." closing the story
        elif roles[i] in ("header", "body") and len(line) < 160 and layout.is_caption(line):
            roles[i] = "caption"
    return roles


def sidebar_lines(doc: Doc, header: list[int]) -> set[int]:
    """Header lines that belong to other stories' teasers.

    A list entry (``1. ...``, ``- ...``, or a headline under a rank on its own
    line) and the credit/stamp/name lines right under it, with the count that
    closes it, are a teaser. After a block heading (``Berita Terpopuler``) every
    headline followed by its own stamp, credit or count lines is a teaser too; the
    last such group is taken to be the story's own header only when its shape
    differs from the group before it (a story may print no header of its own).
    The heading of such a block is the block's.
    """
    lines = doc.lines
    out: set[int] = set()
    listed = [doc.list_item(i) for i in header]
    # a rank printed on its own line above each headline ("1" / "Headline" / name /
    # stamp / count) numbers entries too, when two ranks follow one another
    ranks = [
        pos
        for pos in range(len(header) - 1)
        # isdecimal, not isdigit: "²" is a digit int() cannot read
        if lines[header[pos]].isdecimal()
        and len(lines[header[pos]]) <= 2
        and doc.headline(header[pos + 1])
    ]
    numbers = {int(lines[header[pos]]) for pos in ranks}
    if any(n + 1 in numbers for n in numbers):
        for pos in ranks:
            listed[pos] = listed[pos + 1] = True
    in_list = False
    since = 0
    stamped = False
    for pos, i in enumerate(header):
        line = lines[i]
        since += 1
        if in_list and (
            since > 3
            or (since == 3 and not doc.views_line(i))
            or (stamped and doc.stamp(i) is not None)
        ):
            # a teaser's credit and stamp sit right under its entry, a third line only
            # when it is the count that closes the teaser; a second stamp is someone else's
            in_list = False
        if listed[pos]:
            stamped = False
            since = 0
            # a bulleted stamp or credit alone ("- 5 Januari 2022, 11:56 WIB") is the
            # story's own; inside a list of entries it is a teaser's
            near = (pos > 0 and listed[pos - 1]) or (pos + 1 < len(header) and listed[pos + 1])
            if not doc.meta(i) or near:
                out.add(i)
                # an entry printed right under or over another is one of a list whose
                # entries print nothing under them (key points, a menu): what follows
                # the last one is not its own (the story's headline, byline or stamp).
                # Printed lines, not the header's: a short bulleted line is left out
                # of the header as a menu's.
                prev = _previous_nonempty(lines, i)
                nxt = _next_nonempty(lines, i)
                in_list = not (
                    (prev is not None and doc.list_item(prev) and not doc.meta(prev))
                    or (nxt is not None and doc.list_item(nxt))
                )
                continue
            in_list = False
        elif in_list and (doc.meta(i) or doc.name_line(i) or doc.views_line(i)):
            out.add(i)
            stamped = stamped or doc.stamp(i) is not None
        else:
            in_list = False
    # an agenda's or a calendar's entries, two or more in a row, each a day and what
    # falls on it ("17 Agustus 2027: Hari Kemerdekaan"), and the short line over them
    # (the widget's heading, no headline): no stamp or title of the story's
    for pos in range(len(header) - 1):
        a, b = header[pos], header[pos + 1]
        # (a day opens each: most header lines are asked nothing more)
        if (
            lines[a][:1].isdigit()
            and lines[b][:1].isdigit()
            and layout.dated_entry(lines[a])
            and layout.dated_entry(lines[b])
        ):
            out.update((a, b))
            p = _previous_nonempty(lines, a)
            if p is not None and len(lines[p]) < 40 and not layout.dated_entry(lines[p]):
                out.add(p)
    # unnumbered teasers under a block heading: "Headline" + its stamp, credit or count
    # lines, repeated (the heading may be a short menu-like line head_lines() left out)
    for pos, i in enumerate(header):
        if layout.is_sidebar_heading(lines[i]):
            k = pos + 1
        elif (
            (p := _previous_nonempty(lines, i)) is not None
            and (pos == 0 or p > header[pos - 1])
            and layout.is_sidebar_heading(lines[p])
        ):
            k = pos
        else:
            continue
        groups: list[list[int]] = []
        while k + 1 < len(header):
            j = header[k]
            if j in out:
                k += 1
                continue
            if not doc.headline(j):
                break
            group = [j]
            k += 1
            # the first teaser sets how many lines one takes: the story's own byline
            # under the last teaser is not that teaser's
            most = len(groups[0]) if groups else 4
            while k < len(header) and len(group) < most and _teaser_meta(doc, header[k]):
                group.append(header[k])
                k += 1
            if not any(doc.stamp(g) is not None for g in group[1:]):
                break
            groups.append(group)
        if len(groups) >= 2:
            # the last group is the story's own header only when its shape is its own:
            # a run of same-shaped groups ends with a teaser, and a story printed with
            # no header of its own sits under it
            same = _group_shape(doc, groups[-1]) == _group_shape(doc, groups[-2])
            for group in groups if same else groups[:-1]:
                out.update(group)
            if layout.is_sidebar_heading(lines[i]):
                out.add(i)  # the block's heading
    # the heading of a block of teasers ("Paling Banyak Dibaca" over "1. ..." entries) is
    # the block's too, whatever its words: a short line with no figure or stamp of its
    # own right above two or more teaser entries (head_lines() may have left it out)
    for pos, j in enumerate(header):
        if not listed[pos] or j not in out or (pos > 0 and listed[pos - 1]):
            continue
        p = _previous_nonempty(lines, j)
        if p is None or p in out or (pos > 0 and p < header[pos - 1]):
            continue
        entries = sum(1 for q in range(pos, len(header)) if listed[q] and header[q] in out)
        line = lines[p]
        if entries >= 2 and (
            layout.is_sidebar_heading(line)
            or (
                len(line) < 40
                and len(line.split()) <= 4
                and not any(ch.isdigit() for ch in line)
                and not doc.meta(p)
                and not layout.is_list_item(line)
            )
        ):
            out.add(p)
    return out


def _story_resumes(doc: Doc, i: int) -> bool:
    """Whether the story goes on under the box of related stories headed by line ``i``:
    a few short lines (the box's headlines and stamps), then a paragraph of the story
    followed right away by another or by its closing credit. A box at the story's end
    shows other stories' teasers, whose excerpts alternate with their headlines."""
    lines = doc.lines
    if not layout.is_sidebar_heading(lines[i]):
        return False
    printed = [j for j in range(i + 1, min(len(lines), i + 24)) if lines[j]]
    k = next((k for k, j in enumerate(printed[:9]) if len(lines[j]) >= 120), -1)
    if k < 1 or k + 1 >= len(printed) or not _own_paragraph(doc, printed[k]):
        return False
    nxt = printed[k + 1]
    # another paragraph, or the story's closing credit ("Editor: ..."), or a line that
    # is no headline and then a paragraph of the story's own
    tail = lines[nxt]
    if (
        doc.prose(nxt)
        or doc.credit(nxt) is not None
        or (len(tail) >= 40 and tail.endswith(layout.STATEMENT_ENDS))
    ):
        return True
    return k + 2 < len(printed) and not doc.headline(nxt) and _own_paragraph(doc, printed[k + 2])


def _own_paragraph(doc: Doc, j: int) -> bool:
    """A long paragraph of prose with no dateline: the story going on (a teaser's lead
    opens with its own dateline)."""
    return len(doc.lines[j]) >= 120 and doc.prose(j) and doc.dateline(j) is None


def _previous_nonempty(lines: list[str], i: int) -> int | None:
    return next((p for p in range(i - 1, max(-1, i - 4), -1) if lines[p]), None)


def _next_nonempty(lines: list[str], i: int) -> int | None:
    return next((p for p in range(i + 1, min(len(lines), i + 4)) if lines[p]), None)


def _teaser_meta(doc: Doc, j: int) -> bool:
    """A line that may sit under a teaser's headline: a stamp, a credit, a name, a count."""
    return doc.meta(j) or doc.views_line(j) or doc.name_line(j)


def _group_shape(doc: Doc, group: list[int]) -> tuple[tuple[bool, bool], ...]:
    """What the lines under a teaser's headline carry: (stamp, view count) each.

    ``Rina | Senin, 1 Januari 2024 | 90 views`` is one line with both. (A credit is left
    out: whether a bare name parses as one varies from name to name.)"""
    return tuple((doc.stamp(j) is not None, doc.views(j) is not None) for j in group[1:])


def is_views_line(line: str) -> bool:
    return len(line) < 40 and (
        views.bare_count(line) is not None or views.find_views(line) is not None
    )


# ---------------------------------------------------------------- title


def is_name_line(line: str, max_words: int = 4) -> bool:
    """A line that is only a person's (or desk's) name: ``Admin``, ``Rina Kusuma``."""
    if len(line) > 40 or any(ch.isdigit() for ch in line[:1]):
        return False
    words = line.split()
    if not 1 <= len(words) <= max_words:
        return False
    if not all(w[0].isupper() for w in words):
        return False
    if ":" in line or layout.is_nav(line):
        return False
    return bylines.is_name(line)


# a rubric in brackets opening a headline ("[POPULER KOTA] ..."): a tag, not a quote
_BRACKET_TAG: Final = re.compile(r"^\[[^\[\]]{2,40}\]\s*")
# what may sit between a headline and a date printed after it on the same line:
# a wide gap or a separator, then perhaps the weekday
_DATE_GAP: Final = re.compile(
    r"(?:\s{2,}|\s[|•·–—-]\s{0,3})(?:(?:" + "|".join(dates.WEEKDAYS) + r")\.?,?\s{1,3})?$",
    re.IGNORECASE,
)
# letters of a word (a back link's "← Back" has one, a sentence has many)
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
_CLOCK_AFTER: Final = 4
# A clock time (and its zone) alone between separators: ``Info Lalin | 07:45 WIB | ...``,
# ``Nama · 09.30 · ...``. No dev page's title holds a clock so set apart.
_CLOCK_SEGMENT: Final = re.compile(
    r"(?:^|\s[|·•]\s)\s*\d{1,2}[:.]\d{2}(?:\s?(?:WIB|WITA|WIT))?\s*(?:\s?[|·•]\s|$)"
)
# a link to another story, however the site words it ("Read Next : Headline",
# "Baca Juga: Headline"), opening the line after at most a stray word ("Aa" of a
# font-size control)
_OTHER_STORY_LINK: Final = re.compile(
    r"^(?:\S{1,3}\s{1,3})?(?:read next|read also|related|baca juga|baca lagi|lihat juga|"
    r"simak juga|artikel terkait|berita terkait|berita lainnya|"
    # a ticker's label ("BREAKING NEWS: Headline 09:03", "Terkini: Headline")
    r"breaking news|news flash|flash news|hot news|terkini|terbaru|trending|kilas)\s{0,3}:",
    re.IGNORECASE,
)


def piped_headline(line: str) -> bool:
    """A headline printed with a rubric or a second headline after a pipe
    (``Rubrik | Headline``, ``[TAG] Headline A | Headline B``): the text without its
    pipes and opening tag passes :func:`layout.headline_score`.

    >>> piped_headline("Kamtibmas | Warga Diminta Waspada Kabar Bohong Jelang Pemilu")
    True
    >>> piped_headline("[TERPOPULER] Jalan Desa Diperbaiki | Pasar Lama Dibuka Lagi Pekan Ini")
    True
    >>> piped_headline("Beranda | Berita | Daerah | Kontak"), piped_headline("Terbaru | Populer")
    (False, False)
    >>> piped_headline("Harga Cabai Rp45.000 | Bawang Merah Rp38.000 | Beras Rp14.500")
    False
    """
    if not 0 < line.count("|") <= 2 or len(line) > 220:
        return False
    parts = [p.strip() for p in line.split("|")]
    if not all(parts):
        return False
    if " " not in "".join(parts):
        return False  # one word each: a menu's or tabs' items ("Terbaru | Terpopuler")
    if layout.prompt(line):
        return False  # a prompt and its buttons ("Izinkan notifikasi? Ya | Nanti Saja")
    if all(p[-1].isdigit() for p in parts):
        return False  # a row of figures, each item closing with its number ("Polisi 110 | ...")
    text = _BRACKET_TAG.sub("", " ".join(" ".join(parts).split()))
    return layout.headline_score(text) > 0


def is_count(line: str) -> bool:
    """A line carrying a view count (``Dibaca 1 Kali``, ``Kategori: Berita - Dibaca: 83
    kali``): a headline never does.

    >>> is_count("Dibaca 12 Kali"), is_count("Warga Desa Sukamaju Terima 12 Ekor Sapi")
    (True, False)
    """
    return len(line) < 120 and views.find_views(line) is not None


def row_shape(doc: Doc, i: int) -> str:
    """The shape of a widget's short row, or "" for a line that is none (long, prose,
    a stamp or a credit): whether it holds a colon and a digit, and how it ends (a
    letter, a digit or a sign). Rows of one widget share it whatever their words."""
    line = doc.lines[i]
    if len(line) >= 40 or doc.prose(i) or doc.stamp(i) is not None or doc.credit(i) is not None:
        return ""
    last = line[-1]
    end = "a" if last.isalpha() else "9" if last.isdigit() else last
    digit = any(ch.isdigit() for ch in line)
    return (":" if ":" in line else "") + ("9" if digit else "a") + end


def in_widget_rows(doc: Doc, i: int) -> bool:
    """Whether line ``i`` is one of three or more printed lines in a row of one
    :func:`row_shape` with a digit: a widget's rows anywhere on the page (``Polisi
    110`` / ``Ambulans 118`` / ``Pemadam Kebakaran 113``), none a headline.

    >>> d = split_lines("Nomor Penting\\nPolisi 110\\n\\nAmbulans 118\\nTim SAR Kota 115\\nIsi berita.")
    >>> [in_widget_rows(d, i) for i in range(6)]
    [False, True, False, True, True, False]
    """
    lines = doc.lines
    if not lines[i]:
        return False
    shape = row_shape(doc, i)
    if "9" not in shape:
        return False
    run = 1
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and run < 3:
            if lines[j]:
                if row_shape(doc, j) != shape:
                    break
                run += 1
            j += step
    return run >= 3


def widget_rows(doc: Doc, rows: list[int]) -> int:
    """How many of ``rows`` (non-empty lines, the page's last first) are a widget's
    rows of one shape (:func:`row_shape`): a visitor counter (``Hari ini: 598``,
    ``Total: 362.646``), an archive (``Maret 2021 (5)``). 0 under three: two rows
    alike are as often the story's own.

    >>> d = split_lines("Isi berita yang panjang.\\nHari ini: 598\\nBulan ini: 8375\\nTotal: 362.646")
    >>> widget_rows(d, [3, 2, 1, 0])
    3
    """
    shape = row_shape(doc, rows[0]) if rows else ""
    run = 0
    while shape and run < len(rows) and row_shape(doc, rows[run]) == shape:
        run += 1
    return run if run >= 3 else 0


def stamp_or_link(line: str) -> bool:
    """A line that reads as a stamp or as a link to another story, whatever its shape:
    a full date with a clock right after it (``Humas Kota Senin, 29 September 2025
    15:44:00``, a stamp however its start reads), or a labelled link (``Read Next :
    ...``, ``Baca Juga: ...``). A title feature: the scorer weighs it.

    >>> stamp_or_link("Tim Humas Rabu, 3 Mei 2023 10:20:00 2 menit")
    True
    >>> stamp_or_link("Aa Read Next : Jembatan Desa Sukamaju Ambrol Diterjang Banjir")
    True
    >>> stamp_or_link("BREAKING NEWS: Jembatan Desa Sukamaju Ambrol Diterjang Banjir 09:03")
    True
    >>> stamp_or_link("Pemilu 14 Februari 2024 Berjalan Lancar di Desa Sukamaju")
    False
    >>> stamp_or_link("Edisi Cetak Senin, 5 Oktober 2026"), stamp_or_link("Data per 12/08/2026")
    (True, True)
    >>> stamp_or_link("Warga Desa Sukamaju Gelar Kerja Bakti 5 Oktober 2026")
    False
    >>> stamp_or_link("Info Jalan | 07:45 WIB | simpang pasar padat"), stamp_or_link("Rp2.468 Triliun")
    (True, False)
    """
    if ":" in line and _OTHER_STORY_LINK.match(line) is not None:
        return True
    if ("|" in line or "·" in line or "•" in line) and _CLOCK_SEGMENT.search(line):
        return True  # a clock set apart by separators: a stamp's or a widget's time
    if layout.says_ago(line):
        return True  # an age counted back from now ("Diperbarui 2 jam lalu"): a stamp's
    if ":" in line and dates.site_clock_label(line):
        return bool(dates.find_dates(line, first_only=True))  # a site clock's day
    hits = dates.find_dates(line)
    for hit in hits:
        clock = dates.find_time(line[hit.end : hit.end + 20])
        if clock is not None and clock[1] <= _CLOCK_AFTER:
            return True
    # a day closing the line after three words at most (``E-Paper Edisi Senin, 5
    # Oktober 2026``, ``Data per 12/08/2026``, ``Diposting pada 3 Mei 2023``): a label
    # and its day, as stamps, editions and widgets print them; every such line of the
    # dev pages is one, and no headline
    if hits and not line[hits[-1].end :].strip(" .)"):
        before = line[: hits[-1].start].split()
        return sum(1 for w in before if any(ch.isalnum() for ch in w)) <= 3
    return False


def headline_value(doc: Doc, i: int) -> str:
    """The headline on line ``i`` without what the page printed around it: a date
    after a wide gap or a separator, with at most a back link after it
    (``Headline  08 Juli 2023  ← Back``), and a drop cap split off the story's first
    word (``Headline P`` over ``EMERINTAH kota ...``).

    >>> d = split_lines("Taman Baca Dibuka di Pasar Lama  12 Mei 2024  ← Kembali\\nisi")
    >>> headline_value(d, 0)
    'Taman Baca Dibuka di Pasar Lama'
    >>> d = split_lines("Taman Baca Dibuka di Pasar Lama P\\nEMERINTAH kota membuka taman.")
    >>> headline_value(d, 0)
    'Taman Baca Dibuka di Pasar Lama'
    >>> headline_value(split_lines("Kabar Desa Sukamaju, 14 Juni 2023"), 0)
    'Kabar Desa Sukamaju, 14 Juni 2023'
    """
    line = doc.lines[i]
    for hit in dates.find_dates(line):
        if len(_WORD.findall(line[hit.end :])) > 2:
            continue  # the date is part of the headline's sentence
        gap = _DATE_GAP.search(line, 0, hit.start)
        if gap is None:
            continue
        head = line[: gap.start()].rstrip()
        if layout.headline_score(head) > 0 or piped_headline(head):
            line = head
            break
    if len(line) > 2 and line[-2] == " " and "A" <= line[-1] <= "Z":
        nxt = next((doc.lines[j] for j in range(i + 1, len(doc.lines)) if doc.lines[j]), "")
        first = nxt.split(" ", 1)[0]
        if len(first) >= 2 and first.isalpha() and first.isupper():
            line = line[:-2].rstrip()
    return line


def strip_bullet(line: str) -> str:
    return line[2:] if line.startswith(layout.DASH_BULLETS) else line


# ---------------------------------------------------------------- stamps
