"""``extract(text) -> Extraction``: the whole pipeline for one decoded document.

Stages (the line readers live in their own modules):

1. ``page.locate``: split the text into lines once; menus and share buttons do not count;
2. listing markers (``Baca Selengkapnya``, ``Showing posts``) → a listing, stop;
3. the lead: the first paragraph opening with a dateline (``datelines``), else
   the first prose paragraph that is not a deck above the byline block;
   header = lines above it, the story ends at the first end marker
   (``Berita Terkait``, ``©``);
4. teaser lines in the header (list entries and the stamps/credits under them);
5. kind: listing / other / article (``kinds.classify``);
6. credits in the header (``bylines``; nearest to the lead wins, teasers'
   credits are rejected), then labelled footer credits, then the credit closing
   the story (initials, ``Name - OUTLET``, a press office alone on the last line,
   an agency's photo credit) when nothing else credits it;
7. the headline (``layout.headline_score``), then the header timestamp
   (``dates.find_stamp``; site clocks and teaser dates rejected), view counts
   (``views``), else a dated lead (``dates.find_lead_dates``);
8. outlet and place from the dateline, a ``Sumber:`` or copyright line, or the
   outlet the story's own credit names (``Oleh Redaksi OUTLET``); photo credits.

Every chosen value gets an :class:`Evidence` row; candidates that lost are
recorded with ``chosen=False`` and the reason in ``rule``.

>>> e = extract(
...     "Oleh Rina Kusuma, Rabu, 2 Oktober 2024 | 10:15 WIB - Redaktur: Tono - 12\\n"
...     "Bandung, InfoPublik – Pemerintah kota membuka taman baru yang luas di pusat kota.\\n"
... )
>>> (e.authors, str(e.published_date), e.timezone, e.editors, e.source, e.dateline, e.views)
(('Rina Kusuma',), '2024-10-02', 'WIB', ('Tono',), 'InfoPublik', 'Bandung', 12)
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Collection, Iterator
from typing import Final

from catalog.extract import bylines, datelines, dates, labels, layout, views
from catalog.extract.candidates import (
    Lines,
    Reading,
    StoryDates,
    against_story_dates,
    caption_cue,
    collect,
    kind_features,
    meta_below,
    names_nothing_of,
    new_reading,
    site_line,
    story_text,
)
from catalog.extract.kinds import RECORDS_VERDICT, classify, clock_over_the_menu, printed_above
from catalog.extract.model import Evidence, Extraction
from catalog.extract.page import (
    Doc,
    headline_value,
    in_widget_rows,
    is_name_line,
    locate,
    piped_headline,
    split_lines,
    stamp_or_link,
    strip_bullet,
    widget_rows,
)
from catalog.extract.profile import Profile, furniture_marks, furniture_runs
from catalog.extract.scoring import Weights, choose, shipped_weights

_SEG_SPLIT: Final = re.compile(r"\s[|•·]\s|^•\s")
# a colon closing the words before a stamp's date, a weekday between them aside
_LABEL_COLON: Final = re.compile(
    r":\s{0,3}(?:(?:" + "|".join(dates.WEEKDAYS) + r")\.?,?\s{0,3})?$", re.IGNORECASE
)


_ROLE_DASH: Final = re.compile(r"\s[-–—]\s")


# "Rani Sanjaya, Jurnalis · Senin ...": the role after the name is not part of it
_ROLE_SUFFIX: Final = re.compile(r",\s{0,2}(?:" + "|".join(labels.ROLE_SUFFIXES) + ")$", re.I)


# "Name - Senin, 17 Maret 2025", and glued to the weekday: "Name, Jurnalis-Senin, ..."
_NAME_DASH: Final = re.compile(
    r"^(.{2,50}?)(?:\s[-–—]\s{1,2}|[-–—](?=(?:"
    + "|".join(dates.INDONESIAN_WEEKDAYS_ASCII)
    + r")\b))(?:(?:"
    + "|".join(dates.INDONESIAN_WEEKDAYS_ASCII)
    + r"),?\s{0,2})?$",
    re.IGNORECASE,
)


_PHOTO_CREDIT: Final = re.compile(
    r"\(\s{0,2}((?:dok\.?|foto\s{0,2}:?|photo\s{0,2}:?)\s{0,2}[^()]{2,60}?"
    r"|[\w.\-]{2,30}\.(?:com|co\.id|id|co)\s{0,2}/\s{0,2}[^()]{2,40}?"
    r"|ANTARA(?: FOTO)?\s{0,2}/\s{0,2}[^()]{2,40}?)\s{0,2}\)",
    re.IGNORECASE,
)


_SLASH_CREDIT: Final = re.compile(
    r"^([A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20}){0,2})\s{0,2}/\s{0,2}([A-Z][\w .]{2,40})$"
)


_NOT_SOURCES: Final[tuple[str, ...]] = (
    "dok",
    "istimewa",
    "ist",
    "foto",
    "net",
    "internet",
    "google",
    "pribadi",
    "berbagai",
    "instagram",
    "twitter",
    "facebook",
    "youtube",
    "tiktok",
    "x.com",
    "whatsapp",
    "akun",
    "tangkapan layar",
    "screenshot",
)


_SUMBER: Final = re.compile(
    r"^(?:sumber(?: berita)?|source)\s{0,2}:\s{0,3}(?P<value>[^|:]{2,40}?)\s*$", re.IGNORECASE
)


# "COPYRIGHT © ANTARA News Kalimantan Barat 2019": a brand of up to five words
_COPYRIGHT: Final = re.compile(
    r"(?:copyright|©)\s{0,3}(?:©\s{0,2})?(?:\d{4}\s{0,2})?"
    r"([A-Z][A-Za-z.]{1,30}(?:\s{1,2}[A-Z][A-Za-z.]{1,30}){0,4})\s{0,2}(?:\d{4})?\s*$",
    re.IGNORECASE,
)


# what follows the brand on a copyright line ("Copyright © 2023 VOI. All Rights Reserved.")
_RESERVED: Final = re.compile(r"\s{0,2}(?:all\s{1,2}rights?\s{1,2}reserved|hak\s{1,2}cipta)", re.I)


# a site's tagline after its brand ("VOI - Waktunya Merevolusi Pemberitaan")
_TAGLINE: Final = re.compile(r"\s[-–—|]\s")


# a tuple[str, ...] constant: mypyc builds a literal tuple anew on every call
_COPYRIGHT_OPENERS: Final[tuple[str, ...]] = ("copyright", "©")


def extract(
    text: str, weights: Weights | None = None, profile: Profile | None = None
) -> Extraction:
    """Read the metadata of one news or press page from its decoded text.

    ``weights`` are the scorer's fitted weights (default: those shipped with the
    package); ``profile`` is what the page's site repeats on its pages (default:
    nothing known, as for a single page). Never raises: a document that trips an unexpected case yields an
    empty ``Extraction(kind="other")`` whose only evidence row names the error.
    """
    try:
        reading = read(text if isinstance(text, str) else str(text), profile)
        return choose(reading, weights if weights is not None else shipped_weights())
    except Exception as exc:  # a bad page must never stop a sync run
        # Recorded, so `catalog show` and the tests can see that a rule broke.
        note = Evidence("kind", "other", 1, "", f"error:{type(exc).__name__}", 0.0)
        return Extraction(kind="other", evidence=(note,))


def read(text: str, profile: Profile | None = None) -> Reading:
    """Generate: every candidate of every field and the page's kind features.

    Lines the site's ``profile`` calls furniture are blanked first
    (:func:`catalog.extract.profile.without_furniture`).

    The line readers run as they always did; what each of them proposed, chosen
    by its own ordering or not, becomes a candidate (``candidates.collect``).
    """
    ignored: tuple[Evidence, ...] = ()
    marks: list[bool] | None = None
    raw: list[str] | None = None
    if profile is not None and profile.lines:
        # The text is split once and each line looked up in the profile once: the
        # blanking and the line features (Lines) both ask. The blanked lines are
        # emptied in the list, which is the splitlines() of without_furniture's text.
        raw = text.splitlines()
        marks = furniture_marks(raw, profile)
        blanked = furniture_runs(raw, marks)
        if blanked:
            ignored = _furniture_evidence(split_lines(text, raw), blanked)
            raw = list(raw)
            for j in blanked:
                raw[j] = ""
    doc = split_lines(text, raw)
    # the newsroom's masthead is the site's, as its furniture is
    masthead = masthead_lines(doc.lines)
    if masthead:
        ignored = (*ignored, *_furniture_evidence(doc, masthead))
        raw = list(raw if raw is not None else text.splitlines())
        for j in masthead:
            raw[j] = ""
        doc = split_lines(text, raw)
    if not any(doc.lines):
        return new_reading({}, {"empty": 1.0}, "other:empty", 0, doc.raw, None, "", 0, (), ())
    page = locate(doc)
    lines = doc.lines
    n = len(lines)
    if page.listing_marker is not None:
        # (a table counting its records is no listing: the page is a table of documents)
        records = page.listing_marker == layout.RECORDS_SHOWN
        rule = RECORDS_VERDICT if records else f"listing:marker:{page.listing_marker}"
        features = kind_features(doc, page, rule, Lines(doc, page, profile, marks))
        return new_reading({}, features, rule, 0, doc.raw, None, "", 0, (), ())
    header, body_start, body_end, dl = page.header, page.body_start, page.body_end, page.dateline
    header_full_date, header_month = page.header_full_date, page.header_month
    body_lines = [lines[i] for i in range(body_start, body_end) if lines[i]]
    kind = classify(doc, header, body_start, body_end, dl)
    facts = Lines(doc, page, profile, marks)
    features = kind_features(doc, page, kind[2], facts)

    authors, editors = _credits(doc, header, body_start, body_end, dl.outlet if dl else None)
    credit_lines = {ev.line_no - 1 for ev in doc.evidence if ev.field in ("authors", "editors")}
    title = _title(doc, header, credit_lines)
    title_at = next(
        (ev.line_no - 1 for ev in doc.evidence if ev.field == "title" and ev.chosen), None
    )
    in_story = StoryDates(doc, page)  # read when a stamp asks
    stamp_date, _, _, _ = _stamps_and_views(
        doc, header, header_full_date, title_at, facts.runs, in_story
    )
    # a stamp long after every date the story gives is most likely the day the page
    # was saved (a site clock with no headline found under it): the lead still
    # proposes its own date, and the scorer weighs them
    if stamp_date is not None and "far-from-story-dates" in against_story_dates(
        stamp_date.isoformat(), -1, in_story.get()
    ):
        _lead_date(doc, body_start, body_end, header_month)
    if stamp_date is None:
        stamp_date = _title_date(doc, header)
    # the story's close stops at the site's footer (found once: the closing stamp and
    # the closing lines both read up from there)
    story_end = _footer_top(doc, body_start, min(body_end, len(lines)))
    # a stamp printed last is proposed even under a stamp above the story (a site
    # clock prints one on any page): the readers pick it only when there is none
    closing_date = _closing_stamp(doc, body_start, story_end, bool(authors), stamp_date is None)
    if stamp_date is None:
        stamp_date = closing_date
        if not authors:
            authors = tuple(ev.value for ev in doc.evidence if ev.field == "authors" and ev.chosen)
    if not any(ev.field == "views" for ev in doc.evidence):
        _views_under_story(doc, body_start, story_end)
    if stamp_date is None:
        stamp_date = _lead_date(doc, body_start, body_end, header_month)
    elif 0 <= body_start < n:
        for lead_hit in doc.lead_dates(body_start):
            if lead_hit.date != stamp_date:
                doc.ev(
                    "published_date",
                    lead_hit.date.isoformat(),
                    body_start,
                    "lead-date:rejected-header-stamp-wins",
                    0.3,
                    False,
                )
    source, _ = _source_and_dateline(doc, body_start, body_end, dl)
    # the lines closing the story, each with the writer and outlet its credit names
    # (read once: the source and the authors both look at them)
    closing = {
        i: bylines.credit_brand(lines[i]) or bylines.photo_agency_credit(lines[i])
        for i in _closing_lines(doc, body_start, story_end, facts.runs)
    }
    if not authors and _photo_page(doc, body_start, story_end):
        # a photo page: its caption is the item, its photographer the item's author;
        # the credit under the caption, or else over the photo, right under the item's
        # stamp (a gallery's widget over a page names another photo's)
        credit = _photo_page_credit(doc, body_start, story_end)
        if credit is not None:
            i, found = credit
            # first, and over what the closing lines' own reading found on line i
            closing = {i: found, **{k: v for k, v in closing.items() if k != i}}
    _credit_brands(doc, header, source is None, closing)
    # initials closing the story are attribution only when nothing else credits it
    closing_names = _trailing_initials(doc, closing, rejected=bool(authors))
    if not authors:
        authors = closing_names
    _photo_credits(doc, header, body_start)
    del title, editors

    body = "\n".join(body_lines)
    # words ≈ spaces + 1 per line (cheaper than splitting a 6 KB body)
    words = body.count(" ") + len(body_lines)
    lead = body_lines[0] if body_lines else None
    photo = tuple(doc.evidence_of(ev) for ev in doc.evidence if ev.field == "photo_credits")
    return new_reading(
        collect(doc, page, facts, in_story),
        features,
        kind[2],
        kind[1],
        doc.raw,
        lead,
        body,
        words,
        photo,
        ignored,
    )


# at most this many furniture rows per document: the evidence stays compact
_FURNITURE_ROWS: Final = 4


def _furniture_evidence(doc: Doc, blanked: list[int]) -> tuple[Evidence, ...]:
    """The stamps and credits on lines left out as the site's furniture, as rejected
    evidence, so ``catalog show`` can say why they were not taken."""
    out: list[Evidence] = []
    for i in blanked:
        line = doc.lines[i]
        if len(line) > 220:
            continue
        stamp = doc.stamp(i)
        if stamp is not None:
            out.append(_rejected(doc, "published_date", stamp.date.isoformat(), i))
        credit = doc.credit(i)
        if credit is not None:
            for field_name, names in (("authors", credit.authors), ("editors", credit.editors)):
                out.extend(_rejected(doc, field_name, name, i) for name in names)
        if len(out) >= _FURNITURE_ROWS:
            break
    return tuple(out[:_FURNITURE_ROWS])


def masthead_lines(lines: list[str]) -> list[int]:
    """The lines of a newsroom's masthead among a page's stripped ``lines``: a run of
    labelled lines (a short label before a colon: four spaces at most, four words and
    a space before the colon; blank lines between them do not break it) two of which
    name newsroom titles (``Pemimpin Redaksi:``, ``Redaktur Pelaksana:``;
    ``labels.MASTHEAD_TITLES``: one alone may be a press release's ``Penanggung
    jawab:`` beside its writer's credit). Its ``Reporter:`` and ``Redaktur:`` lines
    list the newsroom's staff, no credit of the story, and a heading (``Susunan
    Redaksi``) or a paragraph ends the run, so the story's own credit over the heading
    stays the story's. The heading is the masthead's too: a line of four words at most
    right over the run, with no digit, bracket, slash or closing punctuation (a credit
    closing the story has one: ``(ani)``, ``Ani/Budi``).

    >>> masthead_lines(["Isi berita.", "Reporter: Ani", "", "Redaksi", "Pemimpin Redaksi: Budi",
    ...                 "Redaktur Pelaksana: Cici", "", "Reporter: Dedi, Euis"])
    [3, 4, 5, 7]
    >>> masthead_lines(["Isi berita.", "Penulis: Ani", "Penanggung jawab: Kepala Biro Humas"])
    []
    """
    out: list[int] = []
    run: list[int] = []
    titled = 0
    last = -1  # the printed line before the run
    head = -1  # ... when the run started
    n = len(lines)
    for i in range(n + 1):
        line = lines[i] if i < n else ""
        if i < n and not line:
            continue
        # a label is short: the colon is looked for in the line's first 40 characters
        # (a paragraph rarely holds one there, and the search stops at once)
        c = line.find(":", 1, 41)
        if c > 0 and len(line) <= 120 and line.count(" ", 0, c) <= 4:
            if not run:
                head = last
            run.append(i)
            if titled < 2 and line[:c].lower().lstrip("•*- ").startswith(labels.MASTHEAD_TITLES):
                titled += 1
            continue
        if titled >= 2:
            if head >= 0 and _masthead_heading(lines[head]):
                out.append(head)
            out.extend(run)
        run = []
        titled = 0
        last = i
    return out


def _masthead_heading(line: str) -> bool:
    """A masthead's heading (``Susunan Redaksi``, ``REDAKSI``): four words at most,
    none with a digit, a bracket, a slash or closing punctuation."""
    words = line.split()
    return (
        0 < len(words) <= 4
        and not any(c.isdigit() or c in "()[]/.,;:!?|" for c in line)
        and words[0][0].isupper()
    )


def _rejected(doc: Doc, field_name: str, value: str, i: int) -> Evidence:
    return Evidence(
        field_name, value, i + 1, doc.raw[i][:300], "site-furniture:rejected", 0.0, False
    )


# ---------------------------------------------------------------- kind


def _title(doc: Doc, header: list[int], credit_lines: Collection[int]) -> str | None:
    lines = doc.lines
    twice = _printed_twice(doc, header)
    cands = [
        i
        for i in header
        if i not in doc.sidebar
        and i not in credit_lines
        and (doc.headline(i) or piped_headline(lines[i]) or i in twice)
    ]
    cands = [
        i
        for i in cands
        if doc.stamp(i) is None
        and doc.credit(i) is None
        and not doc.count_line(i)
        and not caption_cue(lines[i])
        and not _over_widget_row(doc, i)
        and not in_widget_rows(doc, i)
    ]
    if not cands:
        return None
    seen: dict[str, int] = {}
    chosen = None
    for i in header:
        key = doc.low(i)
        if key in seen and seen[key] in cands and key.count(" ") >= 3:
            chosen = seen[key]
            break
        seen.setdefault(key, i)
    if chosen is None:
        # Above a byline or timestamp the headline is the nearest candidate (a site
        # name or tagline may sit higher up); without one, the first candidate.
        # The story's own byline lines count here too: "Site name / breadcrumb /
        # headline / byline" puts the headline nearest above the byline.
        bylines = {
            ev.line_no - 1
            for ev in doc.evidence
            if ev.chosen and ev.field in ("authors", "editors")
        }
        # When the story's byline is known it alone marks the spot: a site clock
        # (a bare date under the site name) is a stamp too, but not the story's.
        meta = [i for i in header if i in bylines] or [
            i
            for i in header
            if i not in doc.sidebar and (doc.stamp(i) is not None or doc.credit(i) is not None)
        ]
        above = [i for i in cands if meta and i < meta[0]]
        # A deck (a sentence-case summary) may sit between headline and byline:
        # where a Title Case line is above, that one is the headline.
        titled = [i for i in above if _title_case(lines[i])]
        chosen = (titled or above)[-1] if above else cands[0]
        rule = "title:above-byline" if above else "title:first-headline"
    else:
        rule = "title:repeated-headline"
    value = headline_value(doc, chosen)
    doc.ev("title", value, chosen, rule, 0.8)
    for i in cands:
        if i != chosen and lines[i] != lines[chosen]:
            doc.ev("title", headline_value(doc, i), i, "title:other-headline:rejected", 0.3, False)
    return value


def _over_widget_row(doc: Doc, i: int) -> bool:
    """A widget's heading: the next line is a row of numbers that is no stamp and no
    count (``Jadwal Sholat Kota Serang`` over ``Subuh 04:21 Dzuhur 11:48 ...``, an
    election's countdown over ``12 Hari 4 Jam 33 Menit``, a market's heading over its
    prices), the first of a widget's rows (:func:`page.in_widget_rows`), or a saying and
    its speaker (a quote of the day). A headline's next line is its stamp, its byline or
    its story."""
    lines = doc.lines
    j = i + 1
    while j < len(lines) and not lines[j]:
        j += 1
    if j >= len(lines) or j > i + 2:
        return False
    line = lines[j]
    if len(line) < 160 and layout.is_saying(line):
        return True  # a quote of the day's heading
    if len(lines[i]) < 40 and layout.labelled_notice(line):
        return True  # a widget's heading over its entry ("Zodiak Hari Ini" / "Leo: peluang ...")
    if len(lines[i]) < 40 and in_widget_rows(doc, j):
        # a short heading over rows of one shape with their numbers ("Posko Siaga" over
        # "PMI 115" / "SAR 113" / ...); a longer line there is a page's own title over
        # a widget whose heading is one of its rows ("Cuaca 3 Hari" / "Senin 28°C Cerah")
        return True
    if len(line) >= 100 or not dates.has_ascii_digit(line):
        return False
    words = [w for w in line.split() if any(ch.isalnum() for ch in w)]
    numbers = sum(1 for w in words if not any(ch.isalpha() for ch in w))
    return (
        numbers >= 3
        # half the words numbers, a zone or a unit counted as one (office hours:
        # "Senin - Kamis 08.00 - 15.30 WIB | Jumat 08.00 - 11.30 WIB")
        and layout.mostly_numbers(words)
        and doc.stamp(j) is None
        and not doc.nav(j)  # page links ("Halaman 1 2 3 Selanjutnya") under a story
        and not doc.count_line(j)
    )


def _printed_twice(doc: Doc, header: list[int]) -> set[int]:
    """Short lines of two words or more printed twice above the story (the first
    copy only): a headline too short for :func:`layout.headline_score`
    (``Rembug Stunting``, ``Surat Pembaca``) that the page prints over its stamp
    and again over the story. Whether it is the title is the scorer's to weigh.

    >>> d = split_lines("Rapat Warga\\n9 Juli 2024\\nRapat Warga\\nWarga desa berkumpul.")
    >>> sorted(_printed_twice(d, [0, 1, 2]))
    [0]
    """
    lines = doc.lines
    seen: set[str] = set()
    out: set[int] = set()
    for i in header:
        line = lines[i]
        if not 2 <= line.count(" ") + 1 <= 8 or not 8 <= len(line) <= 100:
            continue
        if line in seen:
            continue
        seen.add(line)
        if not line[0].isupper() or ":" in line or doc.nav(i):
            continue
        if any(lines[j] == line for j in header if j > i):
            out.add(i)
    return out


def _title_case(line: str) -> bool:
    """Most words capitalised, as Indonesian headlines are (decks are sentence case).

    >>> _title_case("Pelatihan Admin Website Desa Diikuti 40 Operator")
    True
    >>> _title_case("Puluhan perahu bandung berjajar di tepian Kapuas")
    False
    """
    words = [w for w in line.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# ---------------------------------------------------------------- credits


_GENERIC_NAMES: Final = frozenset(
    ("admin", "redaksi", "administrator", "humas", "tim redaksi", "webmaster")
)


def _generic(name: str) -> bool:
    return name.lower().strip() in _GENERIC_NAMES


def _credits(
    doc: Doc, header: list[int], body_start: int, body_end: int, outlet: str | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The byline's and the credits' names; ``outlet`` is the dateline's, when it names
    one (a byline may close with it: ``Name, Outlet``)."""
    lines = doc.lines
    author_cands: list[tuple[int, tuple[str, ...], str]] = []
    editor_cands: list[tuple[int, tuple[str, ...], str]] = []
    pending_label: tuple[int, str] | None = None
    for i in header:
        line = lines[i]
        credit = doc.credit(i)
        if credit is None:
            if pending_label is not None and is_name_line(line, max_words=5):
                if pending_label[1] == "editor":
                    editor_cands.append((i, (line.strip(),), "label-next-line"))
                elif pending_label[1] == "oleh":
                    author_cands.append((i, (line.strip(),), "oleh-next-line"))
                pending_label = None
            continue
        if credit.label_only:
            low = line.lower()
            if any(word in low for word in labels.NEXT_LINE_EDITOR):
                pending_label = (i, "editor")
            elif low.strip(" :") in labels.NEXT_LINE_AUTHOR:
                pending_label = (i, "oleh")
            else:
                pending_label = (i, "author")
            continue
        if credit.authors:
            author_cands.append((i, credit.authors, credit.rule))
        if credit.editors:
            editor_cands.append((i, credit.editors, credit.rule))
    # what a name line above a stamp asks of the page, each read once when first asked
    asks = _NameQuestions(doc, header, body_start, body_end)
    outlet_tail = f", {outlet.lower()}" if outlet is not None else ""

    # A name on its own line right above a timestamp (up to three lines up).
    for pos, i in enumerate(header):
        if doc.stamp(i) is None or i in doc.sidebar:
            continue
        if any(c[0] == i for c in author_cands):
            continue
        for back in range(1, 4):
            if pos - back < 0:
                break
            j = header[pos - back]
            cand = lines[j]
            if outlet is not None and cand.lower().endswith(outlet_tail):
                # "Name, CNBC Indonesia": the writer, then the outlet the dateline names
                cand = cand[: len(cand) - len(outlet_tail)]
            # A short headline right above its stamp looks like a name too: a name
            # line counts only under a headline, or when it is a generic desk name.
            if " | " in cand or " - " in cand:
                # "Desk | Outlet", "Name - detikNews"
                first_seg = re.split(r" [|-] ", cand, maxsplit=1)[0].strip()
                if (
                    is_name_line(first_seg)
                    and (asks.titled(pos - back) or _generic(first_seg))
                    and not asks.section(first_seg, j)
                ):
                    author_cands.append((j, (first_seg,), "desk-pipe-above-stamp"))
                    break
            if any(c[0] == j for c in author_cands) or any(c[0] == j for c in editor_cands):
                break  # already read as a labelled credit ("Editor" / name)
            if " " not in cand.strip() and cand.strip().lower() in datelines.KNOWN_PLACES:
                continue  # a place on its own line over the stamp: the story's dateline
            if (
                is_name_line(cand)
                and (asks.titled(pos - back) or _generic(cand))
                and not asks.section(cand, j)
                and not asks.in_menu(j)
            ):
                author_cands.append((j, (cand.strip(),), "name-above-stamp"))
                break
            several = names_joined(cand)
            if several and asks.titled(pos - back) and not asks.in_menu(j):
                # "Rina Sari and Budi Santoso", "A, B and C (The Outlet)": writers
                # who share the story, on their own line under its headline
                author_cands.append((j, several, "name-above-stamp"))
                break
            if asks.names_story(j):
                break  # over the story's headline: a rubric or the site's line, no byline
        # "Kamis, 15 Agustus 2024 / Name / Dibaca 57 Kali": a name between the stamp
        # and the page's count (village sites' layout: dev 319 and a blind village)
        if pos + 2 < len(header) and doc.views(header[pos + 2]) is not None:
            j = header[pos + 1]
            cand = lines[j]
            if (
                doc.credit(j) is None
                and doc.stamp(j) is None
                and is_name_line(cand)
                and not asks.section(cand, j)
                and not any(c[0] == j for c in author_cands)
            ):
                author_cands.append((j, (cand.strip(),), "name-under-stamp"))
        # "Admin kominfosanti | 29 April 2024 | 67 kali", "• name • 11 Oktober 2021 • ..."
        # the credit before the stamp on the same line: "Name | date", "Name - Weekday, date"
        stamp = doc.stamp(i)
        before = strip_bullet(lines[i])[: stamp.start] if stamp is not None else ""
        first_seg = _SEG_SPLIT.split(lines[i].strip("• "), maxsplit=1)[0].strip()
        first_seg = _ROLE_SUFFIX.sub("", first_seg)
        m_dash = _NAME_DASH.match(before)
        if m_dash and "|" not in before:
            first_seg = _ROLE_SUFFIX.sub("", m_dash[1]).strip()
        elif first_seg == lines[i].strip("• ").strip() and before.strip():
            # a credit glued to its stamp ("Diskominfo Kota Sorong Senin, 29 ...",
            # "Name - Kontributor 2025-03-12 11:00"): the name before any role, up to
            # three words, right under the headline (a headline glued to its date,
            # "Harga Beras Naik Lagi Senin, 6 Mei ...", opens the page or heads a deck)
            bare = _ROLE_DASH.split(dates.drop_weekday(before), maxsplit=1)[0].strip()
            under_headline = pos > 0 and doc.headline(header[pos - 1])
            # (words and a colon before the date, its weekday aside, label it: "Tayang:
            # 3 Juli 2024", "Terakhir Diperbarui: Senin, 8 Januari 2024")
            labelled = _LABEL_COLON.search(before) is not None
            first_seg = bare if under_headline and len(bare.split()) <= 3 and not labelled else ""
        if (
            first_seg
            and first_seg != lines[i]
            and len(first_seg.split()) <= 4
            and bylines.is_name(first_seg)
            and not layout.is_nav(first_seg)
            and not dates.find_dates(first_seg)
            and not dates.is_stamp_label(first_seg)  # "Diperbarui 12 Mar 2024, 16:02"
            and datelines.outlet_score(first_seg) < 3
            # as a name line over its stamp: a byline prints under its headline (a
            # line opening the page, "Koran Digital | Senin, ...", links an edition)
            and (_generic(first_seg) or (asks.titled(pos) and not asks.section(first_seg, i)))
        ):
            author_cands.append((i, (first_seg,), "name-before-stamp"))
    authors = _choose(doc, "authors", author_cands, body_start)
    editors = _choose(doc, "editors", editor_cands, body_start)

    # Footer credits: labelled lines after the lead.
    tail_from = max(body_start + 1, len(lines) - layout.TAIL_LINES)
    foot_authors: list[str] = []
    foot_editors: list[str] = []
    # Credits close the story; after an end marker they belong to other stories.
    stop = min(len(lines), body_end + 2)
    first = body_start + 1 if stop - body_start < 80 else max(tail_from, body_start + 1)
    for i in range(first, stop):
        line = lines[i]
        if not line or len(line) > 120:
            continue
        # (the line's lower case is Doc's: the kind features lower every line)
        low = doc.low(i).lstrip("(*) ")
        if not low.startswith(labels.FOOTER_OPENERS):
            continue
        credit = doc.footer_credit(i)  # (parse_credit of the line without "(*) ")
        if credit is None:
            continue
        # recorded even under a header credit: the scorer weighs both
        for name in credit.authors:
            if name not in foot_authors:
                foot_authors.append(name)
                rule = f"footer-{credit.rule}" + (":rejected-header-credit" if authors else "")
                doc.ev("authors", name, i, rule, 0.9, not authors)
        for name in credit.editors:
            if name not in foot_editors:
                foot_editors.append(name)
                rule = f"footer-{credit.rule}" + (":rejected-header-credit" if editors else "")
                doc.ev("editors", name, i, rule, 0.9, not editors)
    return authors or tuple(foot_authors), editors or tuple(foot_editors)


# what separates a breadcrumb's steps ("Beranda » Berita", "Home > Berita", "A / B")
_CRUMB_SEP: Final = re.compile(r"\s[»›>/|]\s|\s[»›]|[»›]\s")


def _menu_item(line: str) -> bool:
    """A line a menu prints one item a line: three words at most, no digit, no closing stop
    (see :meth:`_NameQuestions.in_menu`)."""
    return (
        len(line) <= 30
        and line.count(" ") <= 2
        and line[-1:] not in ".,:;!?"
        and not any(ch.isdigit() for ch in line)
    )


class _NameQuestions:
    """The two questions a name line above a stamp asks of the page (:func:`_credits`),
    each answer read once, when first asked: is there a headline above it in the
    header, and is the line a headline that names something of the story.

    (A class, not nested functions: compiled, nested functions and the frame they
    share hold one another, so the page's ``Doc`` would be left to the cyclic
    garbage collector instead of being freed when ``extract()`` returns.)"""

    def __init__(self, doc: Doc, header: list[int], body_start: int, body_end: int) -> None:
        self.doc = doc
        self.header = header
        self.body_start = body_start
        self.body_end = body_end
        self._story: str | None = None
        # position in the header of the first headline (not a teaser's); -1: not found yet
        self._first_title = -1
        # the short lines and breadcrumb steps above the story, lower-cased: first line
        self._menu: dict[str, int] | None = None

    def story(self) -> str:
        """The story's start, lower-cased (both questions compare a headline with it)."""
        if self._story is None:
            self._story = story_text(self.doc, self.body_start, self.body_end)
        return self._story

    def titled(self, upto: int) -> bool:
        """Whether the first headline of the header (not a teaser's) is above ``upto``."""
        if self._first_title < 0:
            doc, header = self.doc, self.header
            self._first_title = next(
                (
                    p
                    for p, k in enumerate(header)
                    # a link to another story (a ticker) heads no story here, nor
                    # a site's own short line (its name, a widget) with no stamp
                    # or credit under it (a column's pun headline has its byline)
                    if k not in doc.sidebar
                    and doc.headline(k)
                    and not stamp_or_link(doc.lines[k])
                    and not (site_line(doc, k, self.story()) and not meta_below(doc, k))
                    # nor a widget's heading over its rows ("Update Kasus DBD")
                    and not _over_widget_row(doc, k)
                ),
                len(header),
            )
        return self._first_title < upto

    def names_story(self, j: int) -> bool:
        doc = self.doc
        return doc.headline(j) and not names_nothing_of(doc.lines[j], self.story())

    def in_menu(self, j: int) -> bool:
        """Whether line ``j`` is one item of a menu printed one item a line: three or
        more short lines in a row (three words at most, no digit, no closing stop),
        ``Beranda`` / ``Profil`` / ``Agenda`` / ``Kontak`` over a site clock or the
        story's stamp. A byline over its stamp stands under a headline."""
        lines = self.doc.lines
        if not (0 <= j < len(lines) and lines[j] and _menu_item(lines[j])):
            return False
        run = 1
        for step in (-1, 1):
            k = j + step
            while 0 <= k < len(lines) and run < 3:
                if not lines[k]:
                    k += step
                    continue
                if not _menu_item(lines[k]):
                    break
                run += 1
                k += step
        return run >= 3

    def section(self, name: str, j: int) -> bool:
        """Whether ``name`` is also one of the page's menu items or breadcrumb steps
        above the story, on a line other than ``j``: a section's name (``Rilis Berita |
        Kamis, ...`` under ``Beranda » Rilis Berita``), no writer's. A generic desk's
        name (``Redaksi``) stays a writer's even when the menu links its page."""
        if _generic(name):
            return False
        if self._menu is None:
            lines = self.doc.lines
            menu: dict[str, int] = {}
            for i in range(min(self.body_start, len(lines))):
                line = lines[i]
                if not line or len(line) > 80:
                    continue
                parts = _CRUMB_SEP.split(line) if len(line) > 30 else [line]
                for part in parts:
                    key = part.strip().lower()
                    if key and len(key) <= 30:
                        menu.setdefault(key, i)
            self._menu = menu
        at = self._menu.get(name.strip().lower())
        return at is not None and at != j


def _choose(
    doc: Doc, field_name: str, cands: list[tuple[int, tuple[str, ...], str]], body_start: int
) -> tuple[str, ...]:
    """The credit nearest above the body wins; the others are recorded as rejected.

    Bulleted sidebar teasers (``- Oleh ...``) lose to any credit that is not one.
    """
    if not cands:
        return ()
    cands.sort(key=lambda c: c[0])
    own = [c for c in cands if c[0] not in doc.sidebar]
    if not own:
        best: tuple[int, tuple[str, ...], str] | None = None
    else:
        plain = [c for c in own if not layout.is_sidebar_item(doc.lines[c[0]])]
        best = (plain or own)[-1]
    for idx, names, rule in cands:
        chosen = best is not None and idx == best[0]
        why = rule
        if not chosen:
            teaser = idx in doc.sidebar or layout.is_sidebar_item(doc.lines[idx])
            why = f"{rule}:rejected-" + ("sidebar-byline" if teaser else "farther-byline")
        for name in names:
            doc.ev(field_name, name, idx, why, 0.9 if chosen else 0.3, chosen)
    return best[1] if best is not None else ()


def _stamps_and_views(
    doc: Doc,
    header: list[int],
    header_full_date: tuple[dt.date, int] | None,
    title_at: int | None = None,
    teasers: Collection[int] = (),
    story: StoryDates | None = None,
) -> tuple[dt.date | None, dt.time | None, str | None, int | None]:
    # a view count inside a run of same-shaped teasers is a teaser's, never proposed
    header_counts = [i for i in header if i not in teasers]
    lines = doc.lines
    stamps: list[tuple[int, dates.Stamp]] = []
    for pos, i in enumerate(header):
        s = doc.stamp(i)
        if s is None:
            continue
        if clock_over_the_menu(doc, i):
            # the site's clock under its name, over its menu ("Harianjogja.com" / "Jumat,
            # 15 Maret 2024" / "News" / "Jogjapolitan" ...): the day the page was saved
            doc.ev("published_date", s.date.isoformat(), i, "site-clock:rejected", 0.2, False)
            continue
        if (
            title_at is not None
            and i < title_at
            and _looks_like_clock(doc, header, pos, title_at)
            # a date a few days after the story's own is its date header, as blogs print
            # one over the headline; a site clock shows the day the page was saved
            and "near-story-date"
            not in against_story_dates(
                s.date.isoformat(), i, story.get() if story is not None else []
            )
        ):
            doc.ev("published_date", s.date.isoformat(), i, "site-clock:rejected", 0.2, False)
            continue
        stamps.append((i, s))
    views_count: int | None = None
    if not stamps:
        if header_full_date is not None:
            d, i = header_full_date
            doc.ev("published_date", d.isoformat(), i, "date-token")
            return d, None, None, _views_near(doc, header_counts, i)
        return None, None, None, _views_near(doc, header_counts, None)
    own = [st for st in stamps if st[0] not in doc.sidebar]
    # "Diperbarui/Updated: ..." is not the publication stamp when another one is printed
    first_printed = [st for st in own if not _is_update_stamp(lines[st[0]], st[1])]
    if first_printed and len(first_printed) < len(own):
        for i, s_ in own:
            if (i, s_) not in first_printed:
                doc.ev(
                    "published_date", s_.date.isoformat(), i, "updated-date:rejected", 0.3, False
                )
        stamps = [st for st in stamps if st not in own or st in first_printed]
        own = first_printed
    if not own:
        for i, s_ in stamps:
            doc.ev("published_date", s_.date.isoformat(), i, "sidebar-date:rejected", 0.3, False)
        if header_full_date is not None:
            d, i = header_full_date
            doc.ev("published_date", d.isoformat(), i, "date-token")
            return d, None, None, _views_near(doc, header_counts, i)
        # every stamp is a teaser's: the story's count is looked for as on a page
        # with no stamp at all
        return None, None, None, _views_near(doc, header_counts, None)
    plain = [st for st in own if not layout.is_sidebar_item(lines[st[0]])]
    best_i, best = (plain or own)[-1]
    # Prefer the stamp on a byline line or under the headline over a bare sidebar date.
    for i, s in stamps:
        chosen = i == best_i
        doc.ev(
            "published_date",
            s.date.isoformat(),
            i,
            "header-stamp"
            if chosen
            else (
                "sidebar-date:rejected"
                if i in doc.sidebar or layout.is_sidebar_item(lines[i])
                else "farther-date:rejected"
            ),
            0.9 if chosen else 0.3,
            chosen,
        )
    if best.time is not None:
        doc.ev("published_time", dates.hh_mm(best.time), best_i, "header-stamp")
    if best.zone is not None and best.time is not None:
        doc.ev("timezone", best.zone, best_i, "header-stamp")
    views_count = _views_near(doc, header_counts, best_i)
    return best.date, best.time, best.zone, views_count


# "A, B and C (The Outlet)": the outlet in brackets after the writers' names
_OUTLET_AFTER_NAMES: Final = re.compile(r"\s*\([^()]{2,40}\)$")
# the joins of writers' names on one line: commas and a last "and"
_JOINED_NAMES: Final = re.compile(r",\s{0,2}(?:and\s)?|\sand\s")


def names_joined(line: str) -> tuple[str, ...]:
    """The two to four names (each of two words or more) of a line that holds only
    writers' names joined as English joins them (commas and a last ``and``), perhaps
    with an outlet in brackets after them; else none. Indonesian pages label such a
    line (``Penulis: A dan B``); a headline of title-case words joined by ``dan`` or
    a comma ("Sidang Putusan MK, Pengunjung Berdesakan") is no writers' line. The
    shape alone cannot tell "Prabowo Subianto and Joko Widodo Meet" from two names
    either: the caller asks for the line's place too (under a headline, over the
    story's stamp).

    >>> names_joined("Rina Sari and Budi Santoso")
    ('Rina Sari', 'Budi Santoso')
    >>> names_joined("Ani Lestari, Budi Hartono and C. Wulan (Harian Kita)")
    ('Ani Lestari', 'Budi Hartono', 'C. Wulan')
    >>> names_joined("Rina Sari"), names_joined("Poros Seni dan Budaya Bali")
    ((), ())
    >>> names_joined("Sidang Putusan MK, Pengunjung Berdesakan")
    ()
    """
    # (asked of every line over a stamp: the cheap test first, before any regex)
    if " and " not in line or len(line) > 120:
        return ()
    bare = _OUTLET_AFTER_NAMES.sub("", line.strip())
    if " and " not in bare:
        return ()  # the "and" was the outlet's ("(Tom and Partners)")
    parts = [p.strip() for p in _JOINED_NAMES.split(bare)]
    # each a name of two words or more: "Facts and Figures" is a heading
    if not 2 <= len(parts) <= 4 or not all(" " in p and is_name_line(p) for p in parts):
        return ()
    return tuple(parts)


def _is_update_stamp(line: str, stamp: dates.Stamp) -> bool:
    return (
        strip_bullet(line)[: stamp.start].lower().strip(" :|-•").startswith(dates.OTHER_DAY_LABELS)
    )


def _looks_like_clock(doc: Doc, header: list[int], pos: int, title_at: int) -> bool:
    """A bare date above the headline, with no credit or counter next to it: the
    site's "today" widget rather than the story's stamp."""
    i = header[pos]
    if doc.credit(i) is not None or doc.views(i) is not None:
        return False
    stamp = doc.stamp(i)
    if stamp is not None and stamp.start > 0 and _NAME_DASH.match(doc.lines[i][: stamp.start]):
        return False
    for j in header[pos + 1 : pos + 3]:
        if j >= title_at:
            break
        if doc.views_line(j) or doc.credit(j) is not None:
            return False
    return True


def _last_paragraph(doc: Doc, body_start: int, end: int) -> int:
    """The story's last line of prose before line ``end`` (``body_start`` when there is
    none after it, one less on an empty page)."""
    last = min(end, len(doc.lines)) - 1
    while last > body_start and not doc.prose(last):
        last -= 1
    return last


# a short labelled line of the credits under a stamp ("Kontributor Foto: Name")
_CREDIT_ROW: Final = re.compile(r"[A-Z][A-Za-z ]{1,30}:\s?[A-Z][\w .,'’-]{1,60}$")


def _views_under_story(doc: Doc, body_start: int, story_end: int) -> None:
    """A labelled count right under the story's last paragraph, with at most its
    credits between (``Foto: Name/Office`` / ``Dilihat 645 kali`` under a photo's
    caption, as city and province portals print them), when nothing above the story
    counted the page's readers."""
    last = _last_paragraph(doc, body_start, story_end)
    if last < body_start:
        return
    for i in _under_the_story(doc, last, story_end + 8, 2):
        if i in doc.sidebar:
            return
        v = doc.views(i)
        if v is not None:
            doc.ev("views", str(v), i, "count-under-story", 0.8, True)
            return


def _under_the_story(doc: Doc, last: int, stop: int, credits: int) -> Iterator[int]:
    """The printed lines under the story's last paragraph (line ``last``), before line
    ``stop``: up to ``credits`` lines of its credits (``Pewarta: ...``, ``Foto: Name``)
    and the first line that is none, where what closes the story (its count, its
    copyright) is printed."""
    lines = doc.lines
    seen = 0
    for i in range(last + 1, min(stop, len(lines))):
        line = lines[i]
        if not line:
            continue
        yield i
        seen += 1
        if seen > credits or (
            doc.credit(i) is None and bylines.labelled_photo_credit(line) is None
        ):
            return


def _views_near(doc: Doc, header: list[int], stamp_i: int | None, pick: bool = True) -> int | None:
    lines = doc.lines
    order = list(header)
    if stamp_i is not None and stamp_i in order:
        pos = order.index(stamp_i)
        # the count under the stamp, and under the credit lines printed below it
        # ("Penulis:", "Editor:", "Fotografer:" one per line)
        k = pos + 1
        while k < min(len(order), pos + 7) and (
            doc.credit(order[k]) is not None
            or bylines.labelled_photo_credit(lines[order[k]]) is not None
            or _CREDIT_ROW.match(lines[order[k]]) is not None
        ):
            k += 1
        near = order[max(0, pos - 1) : max(pos + 4, k + 1)]
    else:
        near = order
    for i in near:
        if i in doc.sidebar:
            continue
        line = lines[i]
        v = doc.views(i)
        if v is not None:
            doc.ev("views", str(v), i, "labelled-count", 1.0, pick)
            return v
        if i == stamp_i or ("redaktur" in doc.low(i) and doc.credit(i) is not None):
            credit = doc.credit(i)
            editor = credit.editors[-1] if credit is not None and credit.editors else ""
            v = views.trailing_dash_count(line, editor)
            if v is not None and ("redaktur" in doc.low(i) or "editor" in doc.low(i)):
                doc.ev("views", str(v), i, "byline-trailing-count", 1.0, pick)
                return v
    if stamp_i is not None:
        # a bare number on the very next non-empty line (a counter under the date)
        nxt = next((j for j in range(stamp_i + 1, min(len(lines), stamp_i + 8)) if lines[j]), None)
        if nxt is not None:
            v = views.bare_count(lines[nxt])
            # (a page being read has been read: a bare "0" is a theme's count of comments)
            if v is not None and v > 0:
                doc.ev("views", str(v), nxt, "bare-count-under-stamp", 0.7, pick)
                return v
    return None


# Before a date printed after a headline on its line: two spaces, a pipe, "| (".
_BEFORE_TITLE_DATE: Final = re.compile(r"(?: {2,}|\s\|{1,2} ?\(?)$")


def title_date(line: str) -> dates.DateHit | None:
    """A date printed after the headline on the headline's own line, with at most a
    back link after it: ``Headline  08 Juli 2023  ← Back``, ``Headline | (16/3/2023)``.

    >>> title_date("Panen Raya Padi di Desa Sukamaju  08 Juli 2023  ← Back").date.isoformat()
    '2023-07-08'
    >>> title_date("Warga Desa Sukamaju Menanam Padi | (16/3/2023)").date.isoformat()
    '2023-03-16'
    >>> title_date("Warga menanam padi pada Kamis (16/3/2023) di sawah.") is None
    True
    >>> title_date("Warga menanam padi di sawah  16 Maret 2023  lalu pulang") is None
    True
    """
    if len(line) > 160:
        return None
    hits = dates.find_dates(line)
    if not hits:
        return None
    hit = hits[-1]
    before = line[: hit.start]
    tail = line[hit.end :].strip().lstrip(")").strip()
    if len(tail) > 10 or any(w[:1].islower() for w in tail.split()):
        return None
    if not _BEFORE_TITLE_DATE.search(before):
        return None
    if len(before.strip(" |(").split()) < 3:
        return None
    return hit


def _title_date(doc: Doc, header: list[int]) -> dt.date | None:
    """The first header line that is a headline with its date (:func:`title_date`),
    on a page with no stamp of its own."""
    for i in header:
        line = doc.lines[i]
        if not line or i in doc.sidebar or doc.prose(i) or doc.stamp(i) is not None:
            continue
        hit = title_date(line)
        if hit is not None:
            doc.ev("published_date", hit.date.isoformat(), i, "title-date", 0.7)
            return hit.date
    return None


# How many of the page's last non-empty lines may hold the closing stamp, and how
# many above them must hold no other stamp (a block of related items has several).
_CLOSING_LINES: Final = 3
_CLOSING_ALONE: Final = 8


def _closing_stamp(
    doc: Doc, body_start: int, body_end: int, credited: bool, pick: bool
) -> dt.date | None:
    """A page with no stamp above its story may print it last: body first, then the
    headline and its stamp (``Headline`` / ``- Senin, 30 November 2020 | 00:00 WIB``),
    or a footer credit and stamp (``By Admin`` / ``Dibuat tanggal 05-03-2020``).
    Taken when it is the only stamp among the story's last lines (the page's, up to
    the first line after which the site prints furniture or other stories).

    Such a footer is the header's meta block printed last, read as the header's is:
    a credit right above the stamp proposes its names as authors (the readers' pick
    when the header ``credited`` no one), and a count beside it is the page's views.
    ``pick``: the readers take what it proposes (no stamp was found above the story).
    """
    lines = doc.lines
    last = _last_lines(doc, body_start, body_end, _CLOSING_ALONE)
    found = [i for i in last if doc.stamp(i) is not None]
    if len(found) != 1 or found[0] not in last[:_CLOSING_LINES]:
        return None
    i = found[0]
    stamp = doc.stamp(i)
    # (a dash before it is no teaser's bullet: "- Senin, 30 November 2020 | 00:00 WIB")
    if stamp is None or i in doc.sidebar or _is_update_stamp(lines[i], stamp):
        return None
    doc.ev("published_date", stamp.date.isoformat(), i, "closing-stamp", 0.7, pick)
    # the headline printed with it, right above ("Wilayah" / "Headline" / "- Senin, ...")
    above = next((j for j in range(i - 1, body_start, -1) if lines[j]), None)
    if above is not None and above not in doc.sidebar:
        credit = doc.credit(above)
        if credit is not None and credit.authors and not credit.label_only:
            for name in credit.authors:
                doc.ev("authors", name, above, f"footer-{credit.rule}", 0.9, pick and not credited)
        elif doc.headline(above):
            doc.ev("title", headline_value(doc, above), above, "closing-headline", 0.5, pick)
    _views_near(doc, sorted(last), i, pick)
    if stamp.time is not None:
        doc.ev("published_time", dates.hh_mm(stamp.time), i, "closing-stamp", 1.0, pick)
        if stamp.zone is not None:
            doc.ev("timezone", stamp.zone, i, "closing-stamp", 1.0, pick)
    return stamp.date


def _lead_date(
    doc: Doc, body_start: int, body_end: int, header_month: tuple[int, int] | None
) -> dt.date | None:
    lines = doc.lines
    want = 8 if header_month is not None else 2
    # the first want + 1 non-empty story lines (stop there: the body may be long)
    paras: list[int] = []
    for i in range(body_start, min(body_end, len(lines))):
        if lines[i]:
            paras.append(i)
            if len(paras) > want:
                break
    paras = [i for i in paras if i == body_start or doc.prose(i)][:want]
    found: list[tuple[int, dates.LeadDate]] = []
    for i in paras:
        for d in doc.lead_dates(i):
            found.append((i, d))
    if not found:
        return None
    pick: tuple[int, dates.LeadDate] | None = None
    if header_month is not None:
        for i, d in found:
            if (d.date.year, d.date.month) == header_month:
                pick = (i, d)
                break
        if pick is None:
            for i, d in found:
                doc.ev(
                    "published_date",
                    d.date.isoformat(),
                    i,
                    "lead-date-month-mismatch:rejected",
                    0.3,
                    False,
                )
            return None
    else:
        pick = found[0]
    for i, d in found:
        chosen = d is pick[1]
        doc.ev(
            "published_date",
            d.date.isoformat(),
            i,
            f"lead-date:{d.form}" if chosen else "later-lead-date:rejected",
            0.7 if chosen else 0.3,
            chosen,
        )
    return pick[1].date


# ---------------------------------------------------------------- source, dateline


# the place words, and the offices and people of a place ("Bupati Bogor", "warga Bogor")
_PLACE_CONTEXT: Final[tuple[str, ...]] = (
    *labels.PLACE_WORDS,
    "bupati",
    "wali kota",
    "walikota",
    "pemkab",
    "pemkot",
    "warga",
    "camat",
    "wilayah",
)


def _resolve_single(doc: Doc, body_start: int, dl: datelines.Dateline) -> datelines.Dateline | None:
    """A lone word opening the lead (``Word –``) is a place or an outlet brand.

    Known places stay places. Otherwise the page decides: the same word opening
    another paragraph with a dash is a brand (``Spektroom—`` on a related teaser);
    the word after ``di``/``Kabupaten``/``Bupati`` ... in the text is a place;
    with neither, the word is still proposed as a place (``single:undecided``):
    the scorer weighs it (``named-as-place``, its shape), so that a place no list
    holds is read like one that a list holds.
    """
    word = dl.place or ""
    low = word.lower()
    if low in datelines.KNOWN_PLACES or " " in word:
        return dl
    lines = doc.lines
    for i in range(len(lines)):
        line = lines[i]
        if i != body_start and line[: len(word)].lower() == low:
            rest = line[len(word) : len(word) + 3].lstrip()
            if rest[:1] in ("-", "–", "—", ":", ","):
                doc.ev("source", word, i, "single-word:brand-repeats", 0.6)
                return datelines.Dateline(None, word, dl.end, "single:brand")
    text = doc.lower_join(body_start, body_start + 12)
    if layout.any_before(text, _PLACE_CONTEXT, " " + low):
        return dl
    return datelines.Dateline(word, None, dl.end, "single:undecided")


def _source_and_dateline(
    doc: Doc, body_start: int, body_end: int, dl: datelines.Dateline | None
) -> tuple[str | None, str | None]:
    lines = doc.lines
    source: str | None = None
    place: str | None = None
    if dl is not None and dl.rule == "single:place-only" and dl.place:
        dl = _resolve_single(doc, body_start, dl)
    if dl is not None:
        if dl.outlet:
            source = dl.outlet
            doc.ev("source", source, body_start, f"dateline:{dl.rule}")
        if dl.place:
            place = dl.place
            doc.ev("dateline", place, body_start, f"dateline:{dl.rule}")
    n = len(lines)
    tail_start = max(body_start + 1, n - layout.TAIL_LINES)
    # "Sumber: ..." in the page's last lines, or right under the story's last paragraph
    # (a gallery's or a portal's page may print its sidebars and footer under it), or
    # among the credits over the story, under its stamp ("Fotografer: ..." / "Sumber:
    # ..." over a gallery's captions): over, under, then the tail, each a plain range
    # loop (compiled, a chain of ranges is stepped through by generic iterator calls)
    last = _last_paragraph(doc, body_start, body_end)
    spans = ((max(0, body_start - 4), body_start), (last + 1, min(last + 6, tail_start, n)))
    for lo, hi in (*spans, (tail_start, n)):
        for i in range(lo, hi):
            line = lines[i]
            if not line or len(line) > 60:
                continue
            # the expression opens with "sumber" or "source" in any case ("s", "S", or the
            # long s "ſ" that IGNORECASE takes for one): looked at first
            first = ord(line[0])
            if first != 115 and first != 83 and first != 383:
                continue
            m = _SUMBER.match(line)
            if m and not m["value"].lower().startswith(_NOT_SOURCES):
                value = m["value"].strip()
                if source is None:
                    source = value
                    doc.ev("source", value, i, "sumber-line")
                else:
                    doc.ev("source", value, i, "sumber-line:rejected-dateline-outlet", 0.3, False)
    if source is None:
        closing = _closing_copyright(doc, last)
        if closing is not None:
            line = lines[closing]
            # the brand, without the rights reserved or a tagline after a dash
            head = _TAGLINE.split(_RESERVED.split(line, maxsplit=1)[0], maxsplit=1)[0]
            m = _COPYRIGHT.search(head.rstrip(" ,.|")) if len(head) <= 60 else None
            if m and _copyright_brand(m[1]):
                source = " ".join(m[1].split())
                doc.ev("source", source, closing, "copyright-line", 0.6)
    return source, place


def _closing_copyright(doc: Doc, last: int) -> int | None:
    """The copyright line that closes the story, as its credit line: under its last
    paragraph (line ``last``) with at most its credits between (``Pewarta: ...`` /
    ``Editor: ...`` / ``COPYRIGHT © Outlet 2019`` on a news agency's regional page).
    A copyright printed in the site's footer, under menus, tags and other stories,
    is the site's, not the story's credit."""
    for i in _under_the_story(doc, last, last + 40, 4):
        if len(doc.lines[i]) <= 160 and doc.low(i).startswith(_COPYRIGHT_OPENERS):
            return i
    return None


def _credit_brands(
    doc: Doc,
    header: list[int],
    first_chosen: bool,
    closing: dict[int, tuple[str, str] | None],
) -> None:
    """The outlet named in the story's own credit: the byline over its stamp
    (``Oleh Redaksi KABARKOTA | 4 Mei 2020``, ``- detikKota`` / ``Senin, ...``,
    ``Name Kabarkota.Com``) or the credit closing it (``Name - KABARKOTA``).

    Proposed for the scorer beside the dateline's and ``Sumber`` line's outlets;
    the first one found is the readers' pick only when those named none. ``closing``
    maps the lines closing the story to what their credit names (:func:`_closing_lines`).
    """
    lines = doc.lines
    # each line's credit read for its outlet, in the order they are proposed
    found_at: list[tuple[int, tuple[str, str] | None]] = []
    # a bulleted line just over the story is its own byline ("- detikKota" / stamp),
    # higher up it may be a sidebar teaser's
    near = set(header[-2:])
    for pos, i in enumerate(header):
        if i in doc.sidebar and i not in near:
            continue
        stamp = doc.stamp(i)
        if stamp is not None:
            if clock_over_the_menu(doc, i):
                # the site's clock under its name, over the menu: the name is the
                # site's logo, no credit of the story's
                continue
            line = strip_bullet(lines[i])
            brand = bylines.credit_brand(line[: stamp.start].split("|", 1)[0])
            after = line[stamp.end :].strip(" |•·")
            if after and not brand:
                # the outlet after the stamp in its own cell ("21/11/2024 08:15 WIT |
                # Pasificpos.com"), when nothing before the stamp names one
                brand = bylines.credit_brand(after.split("|", 1)[0])
            found_at.append((i, brand))
            # the credit printed over its stamp, up to two lines up
            for j in header[max(0, pos - 2) : pos]:
                if (j not in doc.sidebar or j in near) and doc.stamp(j) is None:
                    found_at.append((j, bylines.credit_brand(lines[j])))
        elif doc.credit(i) is not None:
            found_at.append((i, bylines.credit_brand(lines[i].split("|", 1)[0])))
    found_at.extend(closing.items())
    seen: set[int] = set()
    for i, found in found_at:
        if i in seen:
            continue
        seen.add(i)
        if found is not None and found[1]:  # (a photographer's credit may name none)
            doc.ev("source", found[1], i, "credit-brand", 0.6, first_chosen)
            first_chosen = False


def _copyright_brand(value: str) -> bool:
    """An outlet's name in a copyright line: opens with a word in capitals (``ANTARA``,
    not the site's ``Pemkab``), every word capitalised.

    >>> _copyright_brand("ANTARA News Kalimantan Barat"), _copyright_brand("Pemkab Bogor")
    (True, False)
    >>> _copyright_brand("Kabar Lembah"), _copyright_brand("kabarlembah.id")
    (True, True)
    """
    words = value.split()
    first = words[0].rstrip(".")
    if first.isupper() and len(first) >= 3 and all(w[0].isupper() for w in words):
        return True
    if len(words) == 1 and datelines.outlet_score(value) >= 2:
        return True  # a domain or a brand: "SINDOnews.com", "medcom.id", "TVRINews"
    # two or three capitalised words naming no public body: "Kaltim Post", not
    # "Universitas Gadjah Mada" or "Pemerintah Desa Lembah" (its site's owner)
    return (
        2 <= len(words) <= 3
        and all(w[0].isupper() for w in words)
        and _PUBLIC_BODY_WORDS.isdisjoint(w.lower() for w in words)
    )


# Words naming a public body, a school or a firm, never a news outlet's brand.
_PUBLIC_BODY_WORDS: Final = frozenset(
    (
        "pemerintah",
        "pemkab",
        "pemkot",
        "pemprov",
        "pemdes",
        "dinas",
        "diskominfo",
        "badan",
        "kementerian",
        "universitas",
        "institut",
        "politeknik",
        "sekolah",
        "pengadilan",
        "kejaksaan",
        "sekretariat",
        "kepolisian",
        "polres",
        "polda",
        "dprd",
        "dpr",
        "komisi",
        "lembaga",
        "yayasan",
        "website",
        "portal",
        "situs",
        "desa",
        "kelurahan",
        "kecamatan",
        "kabupaten",
        "kota",
        "provinsi",
        "pt",
        "cv",
    )
)


# ---------------------------------------------------------------- initials, photo credits


def _no_word(line: str) -> bool:
    """Three or more tokens and no word among them (a word: two letters or digits
    or more, one a letter at least, as ``(Z002)``): a calendar's row (``S S R K J S
    M``, ``8 9 10 11 12 13 14``), a row of page numbers or of symbols. A date or a
    count alone on its line is one token."""
    tokens = line.split()
    return len(tokens) >= 3 and not any(
        sum(ch.isalnum() for ch in w) >= 2 and any(ch.isalpha() for ch in w) for w in tokens
    )


def _one_or_two_words(line: str) -> bool:
    # line.count(" ") <= 1: no second space (a search stops there; a count reads a
    # paragraph to its end)
    space = line.find(" ")
    return (space < 0 or line.find(" ", space + 1) < 0) and not any(ch.isdigit() for ch in line)


def _last_lines(
    doc: Doc, body_start: int, body_end: int, count: int, skip: Collection[int] = ()
) -> list[int]:
    """Up to ``count`` of the story's last non-empty lines (after ``body_start``,
    before ``body_end``: the caller stops it at the site's footer, :func:`_footer_top`),
    last first, without the site's furniture under it: short menu and widget lines
    (``layout.is_nav``), a calendar's rows (:func:`_no_word`), the office's address and
    telephone (``Jl. ...``, ``Telp. ...``: the footer's, with no copyright line to mark
    it for :func:`_footer_top`), lines in ``skip``, and
    a closing run of three or more lines of one or two words each (a reader's
    choices, a tag list) or of headline-shaped lines (other stories' headlines under
    a heading) but for the run's first line, which may be the story's credit."""
    lines = doc.lines
    out: list[int] = []
    for i in range(min(body_end, len(lines)) - 1, body_start, -1):
        line = lines[i]
        if not line or i in skip or (len(line) < 60 and doc.nav(i)):
            continue
        if len(line) < 60 and _no_word(line) and doc.stamp(i) is None:
            continue  # a calendar's row ("05-03-2020 | 10:15" is a stamp's)
        if len(line) < 100 and doc.low(i).startswith(_ADDRESS_OPENERS):
            continue  # the office's address and telephone ("Jl. Mawar No. 3", "Telp. ...")
        out.append(i)
        if len(out) == count + 8:  # room for the run of short lines
            break
    run = 0
    while run < len(out) and _one_or_two_words(lines[out[run]]):
        run += 1
    if run < 3:
        run = widget_rows(doc, out)
    if run < 3:
        # a closing run of headline-shaped lines: other stories' headlines under a
        # heading ("Pilihan Editor"), with no stamp or byline to make them teasers
        run = 0
        while run < len(out) and doc.headline(out[run]) and not doc.prose(out[run]):
            run += 1
    # the run's first line (the one next to the story) may be its credit ("Admin")
    return (out[run - 1 :] if run >= 3 else out)[:count]


_DIGIT_IN: Final = re.compile(r"\d")
# a footer's address and contact lines (a telephone number has seven digits or more)
_CONTACT_OPENERS: Final[tuple[str, ...]] = (
    "jl.",
    "jl ",
    "jalan ",
    "alamat",
    "address",
    "telp",
    "tel.",
    "telepon",
    "phone",
    "fax",
    "email",
    "e-mail",
    "whatsapp",
)
# ... of them, those that no credit opens (an e-mail may close the story as its credit)
_ADDRESS_OPENERS: Final = tuple(w for w in _CONTACT_OPENERS if "mail" not in w)
# How far up from the page's end a site's copyright line is looked for.
_FOOTER_LINES: Final = 8


def _footer_top(doc: Doc, body_start: int, end: int) -> int:
    """Where the site's footer starts under the story, or ``end``: a copyright line
    among the page's last lines, with the block of short lines around it (its links,
    its address and telephone) that holds no stamp, credit or prose of the story's.

    >>> from catalog.extract.page import split_lines
    >>> d = split_lines("Isi berita.\\nSenin, 30 November 2020 | 10:00 WIB\\n"
    ...                 "Tentang Kami | Kontak | Karir\\nJl. Mawar No. 3\\n© 2024 Portal")
    >>> _footer_top(d, 0, 5)
    2
    """
    lines = doc.lines
    seen = 0
    mark = -1
    for i in range(len(lines) - 1, body_start, -1):
        line = lines[i]
        if not line:
            continue
        seen += 1
        if seen > _FOOTER_LINES:
            break
        low = doc.low(i).lstrip()
        # ("v", rare in Indonesian, is looked for first: a memchr where a search of the
        # phrase reads the last lines, paragraphs of the story among them, whole)
        if low.startswith(_COPYRIGHT_OPENERS) or ("v" in low and "all rights reserved" in low):
            mark = i
            break
    if mark < 0:
        return end
    top = mark
    for i in range(mark - 1, body_start, -1):
        line = lines[i]
        if not line:
            continue
        if len(line) >= 80 or doc.prose(i) or doc.stamp(i) is not None or doc.credit(i) is not None:
            break
        if doc.views(i) is not None:
            break
        # the footer's own: a row of links, a menu entry, an address or a telephone
        # (a credit of initials or an e-mail closing the story is none of these)
        links = line.count("|") + line.count("•") + line.count("·") >= 2
        contact = doc.low(i).startswith(_CONTACT_OPENERS) or len(_DIGIT_IN.findall(line)) >= 7
        if not (links or contact or doc.nav(i)):
            break
        top = i
    return min(top, end)


# a photo section's name in a breadcrumb or heading ("Beranda / Foto / Detail Foto",
# "Galeri > Foto Kegiatan")
_PHOTO_SECTION: Final = re.compile(r"\b(?:foto|photo|galeri|gallery)\b", re.IGNORECASE)


# a gallery's counter between its photos' captions: "[Foto 2 dari 4]", "2 / 4"
_PHOTO_COUNTER: Final = re.compile(
    r"\[?(?:foto\s{1,2})?\d{1,2}\s{0,2}(?:dari|/|of)\s{0,2}\d{1,2}\]?", re.IGNORECASE
)


def _photo_page_credit(
    doc: Doc, body_start: int, story_end: int
) -> tuple[int, tuple[str, str]] | None:
    """A photo page's credit line and what it names, ``(line, (name, outlet))``: the
    agency's credit closing the caption, a labelled credit under the caption, or else
    over the photo right under the item's stamp (:func:`_beside_the_stamp`; a gallery's
    widget over a page names another photo's) or right over the caption (a gallery's
    counter may stand between the stamp and the photo's own credit), or else closing in
    brackets the caption the story was found at or the gallery's first caption just over
    it (``... Denpasar. (Foto: Name/Office)``)."""
    lines = doc.lines
    n = len(lines)
    if 0 <= body_start < n:
        # the caption closing with its agency's credit ("... pelabuhan. OUTLET
        # FOTO/Name/abc."), however much of the site's furniture follows it
        agency = bylines.photo_agency_credit(lines[body_start])
        if agency is not None:
            return body_start, agency
    below: list[int] = []
    for i in range(body_start + 1, min(n, story_end + 3)):
        if lines[i] and (doc.stamp(i) is not None or doc.headline(i)):
            break  # another item's headline or stamp: a sidebar's photos ("Foto Lainnya")
        below.append(i)
    above = [
        i
        for i in range(body_start - 1, max(body_start - 13, -1), -1)
        if lines[i] and _beside_the_stamp(doc, i)
    ]
    over = printed_above(lines, body_start)  # right over the caption
    nearest = (
        [over] if over >= 0 and (not above or above[0] < over) and _under_counter(doc, over) else []
    )
    for i in itertools.chain(below, nearest, above):
        if lines[i]:
            found = bylines.labelled_photo_credit(lines[i])
            if found is not None:
                return i, found
    for i in range(max(body_start - 2, 0), min(n, story_end, body_start + 1)):
        line = lines[i]
        if line and i not in above and len(line) >= 60:
            found = bylines.labelled_photo_credit(_closing_credit(line))
            if found is not None:
                return i, found
    return None


def _under_counter(doc: Doc, i: int) -> bool:
    """Line ``i`` sits under the item's stamp with a gallery's counter between them
    (``Foto 1 dari 4``, its arrows, the page's count): the credit of the gallery's
    first photo, the page's item. A gallery widget over a story prints no stamp over
    its counter."""
    lines = doc.lines
    counter = False
    k = printed_above(lines, i)
    while k >= 0 and i - k <= 8:
        line = lines[k]
        if doc.stamp(k) is not None:
            return counter
        if len(line) <= 16 and _PHOTO_COUNTER.fullmatch(line):
            counter = True
        elif not (doc.views_line(k) or (len(line) <= 2 and not line.isalnum())):
            return False
        k = printed_above(lines, k)
    return False


# a caption's closing credit printed without brackets: "... per lembar. FOTO: OUTLET/Name"
_CLOSING_PHOTO_LABEL: Final = re.compile(r"[.!?]\s+((?:foto|photo)\s?:\s?[^.:]{2,60}?)\.?$", re.I)


def _closing_credit(line: str) -> str:
    """The credit closing a caption: what its closing brackets hold (``"... kota. (Foto:
    Ani)"`` -> ``"Foto: Ani"``), or a photo label after its last sentence (``"... kota.
    FOTO: OUTLET/Ani"`` -> ``"FOTO: OUTLET/Ani"``), or ``""``."""
    if line[-1] == ")":
        return _closing_brackets(line)
    m = _CLOSING_PHOTO_LABEL.search(line, max(len(line) - 80, 0))
    return m[1] if m else ""


def _closing_brackets(line: str) -> str:
    """What the brackets closing ``line`` hold (``"... kota. (Foto: Ani)"`` -> ``"Foto:
    Ani"``), or ``""``."""
    start = line.rfind("(")
    return line[start + 1 : -1].strip() if start >= 0 else ""


def _photo_page(doc: Doc, body_start: int, body_end: int) -> bool:
    """A photo's page: a short line above the story (a breadcrumb, a section's heading)
    names a photo section, and the story is one paragraph of prose, its caption, or a
    gallery's captions, each under its counter ("[Foto 2 dari 4]")."""
    lines = doc.lines
    if not any(
        0 < len(lines[i]) <= 60 and _PHOTO_SECTION.search(lines[i]) for i in range(body_start)
    ):
        return False
    prose = [i for i in range(body_start, body_end) if len(lines[i]) >= 60 and doc.prose(i)]
    if len(prose) == 1:
        return True
    counters = sum(
        1
        for i in range(max(body_start - 3, 0), body_end)
        if 0 < len(lines[i]) <= 16 and _PHOTO_COUNTER.fullmatch(lines[i])
    )
    return counters >= 2 and len(prose) <= counters + 1


def _beside_the_stamp(doc: Doc, i: int) -> bool:
    """Line ``i`` sits by the item's stamp: right under it, or under the item's headline
    and over the stamp with only credit lines between ("Foto: Name" / "Editor: Name" /
    the stamp; a gallery widget's "1 dari 8" / "Foto: Name" over a page's stamp is not)."""
    rows = [j for j in range(max(i - 4, 0), min(i + 5, len(doc.lines))) if doc.lines[j]]
    k = rows.index(i)
    under_headline = k > 0 and doc.headline(rows[k - 1])
    for step in (-1, 1) if under_headline else (-1,):
        for d in (1, 2):
            j = k + step * d
            if not 0 <= j < len(rows):
                break
            if doc.stamp(rows[j]) is not None:
                return True
            if doc.credit(rows[j]) is None and not doc.views_line(rows[j]):
                break
    return False


# the label over a press release's contact details (nine sites of our blind pages print
# "Narahubung", four "Kontak Media", one "Media contact")
_CONTACT_LABELS: Final[tuple[str, ...]] = ("narahubung", "kontak media", "media contact")


def _closing_lines(
    doc: Doc, body_start: int, body_end: int, teasers: Collection[int] = ()
) -> list[int]:
    """The lines that close the story, last first: up to ten non-empty lines, up to
    and including the last paragraph of prose. A run of same-shaped teasers under the
    story ("Baca juga: ..." and a stamp, again and again) is not its close, nor is a
    line of site furniture (a "follow us" or share row), nor a short sentence under the
    story's closing credit (:func:`_site_sentence_over_credit`): the window looks above
    them.
    (Four lines were too few: a tag line and a three-line widget under the story, a
    job board or a match's scores, hid a closing credit such as ``(pca)``; seven were
    too few for several pieces of furniture at once, page links, a poll and a note.)"""
    out: list[int] = []
    window = _last_lines(doc, body_start - 1, body_end, 10, teasers)
    for k, i in enumerate(window):
        if doc.low(i).startswith(_CONTACT_LABELS):
            # a press release's contact ("Narahubung:", a name, the office's unit, its
            # telephone): the people and offices under it answer questions, they did
            # not write the story
            out.clear()
            continue
        out.append(i)
        if doc.prose(i):
            if k == 0 and _site_sentence_over_credit(doc, window):
                continue
            break
    return out


def _site_sentence_over_credit(doc: Doc, window: list[int]) -> bool:
    """Whether the short sentence closing the page (``window[0]``, twenty words at
    most) sits right under the story's closing credit: initials, a labelled credit, a
    writer and an outlet or a press office on one of the two lines above it
    (``... katanya. (pca)`` / ``#tag #tag`` / ``Komentar yang ... dihapus oleh
    admin``). The credit closes the story; a sentence under it is the site's (its
    comment rules, a press contact, its terms), and the window looks above it.
    (Farther up, the lines between are the site's too: its links and its name, which
    read as an outlet's credit.)"""
    # (split at most 20 times: 21 parts exactly when there are more than 20 words, and
    # a paragraph is not cut into all of its words)
    if len(doc.lines[window[0]].split(None, 20)) > 20:
        return False
    for i in window[1:3]:
        line = doc.lines[i]
        if (
            doc.credit(i) is not None
            or bylines.trailing_credit(line)
            or bool((bylines.credit_brand(line) or ("", ""))[0])  # a writer and outlet
            or bylines.closing_unit(line) is not None
        ):
            return True
        if doc.prose(i):
            return False
    return False


def _trailing_initials(
    doc: Doc, closing: dict[int, tuple[str, str] | None], rejected: bool = False
) -> tuple[str, ...]:
    for i, found in closing.items():
        line = doc.lines[i]
        names = bylines.trailing_credit(line)
        rule = "trailing-initials"
        if not names and found is not None and found[0]:
            # "Name - KABARKOTA" closing the story, or the agency's credit closing a
            # photo page's caption ("... OUTLET FOTO/Name/abc."): the writer and the outlet
            names = (found[0],)
        if not names:
            # "Humas Bawaslu Kota" alone on the last line: the office that wrote it
            unit = bylines.closing_unit(line)
            if unit is not None:
                names = (unit,)
                rule = "trailing-initials:unit-line"
        if names:
            for name in names:
                if rejected:
                    doc.ev("authors", name, i, rule + ":rejected-byline-exists", 0.2, False)
                else:
                    doc.ev("authors", name, i, rule, 0.6)
            return () if rejected else names
    return ()


def _photo_credits(doc: Doc, header: list[int], body_start: int) -> tuple[str, ...]:
    lines = doc.lines
    out: list[str] = []
    scan = list(header) + [
        i for i in range(body_start, min(len(lines), body_start + 3)) if lines[i]
    ]
    in_header = set(header)
    for i in scan:
        line = lines[i]
        if "(" not in line and (i not in in_header or len(line) > 60):
            continue
        for m in _PHOTO_CREDIT.finditer(line) if "(" in line else ():
            value = " ".join(m[1].split())
            if value not in out:
                out.append(value)
                doc.ev("photo_credits", value, i, "caption-credit", 0.8)
        if i in in_header and len(line) <= 60 and ("/" in line or ":" in line):
            # bylines.PHOTO_LABEL needs "foto"/"photo"
            low = doc.low(i)
            m2 = _SLASH_CREDIT.match(line) or (
                bylines.PHOTO_LABEL.search(line) if "foto" in low or "photo" in low else None
            )
            if m2 and m2[0] not in out and not dates.find_dates(line):
                value = m2[0].strip()
                out.append(value)
                doc.ev("photo_credits", value, i, "photo-credit-line", 0.7)
    return tuple(out)
