"""Indonesian and English dates, clocks and zones as printed on news pages.

Two readers:

* :func:`find_stamp` reads a *timestamp line* (header or byline metadata),
  e.g. ``Kamis, 19 September 2024 | 21:09 WIB`` → 2024-09-19, 21:09, ``WIB``.
* :func:`find_lead_dates` reads dates written in running prose the way a lead
  paragraph dates its story: ``Kamis (11/7/2019)``, ``(Rabu, 17/01/2024)``,
  ``Senin, 17 Oktober 2022``. Dates without a year (``Senin (21/8)``) are not
  full dates and are never returned.

All regexes are precompiled with bounded quantifiers so that long runs of
digits, dashes or spaces cannot make them backtrack badly.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, NamedTuple

MONTHS: Final[dict[str, int]] = {}
for _num, _names in enumerate(
    (
        "januari jan january",
        "februari feb pebruari peb february",
        "maret mar march",
        "april apr",
        "mei may",
        "juni jun june",
        "juli jul july",
        "agustus agu agt ags aug august",
        "september sep sept",
        "oktober okt oct october",
        "november nov nopember nop",
        "desember des dec december",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _num

# The home of weekday names: every reader of days builds its set or pattern from these.
# Indonesian, Monday first, in each spelling pages print ("Jumat", "Jum'at", "Jum’at").
INDONESIAN_WEEKDAYS: Final[tuple[str, ...]] = (
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "jum'at",
    "jum’at",
    "sabtu",
    "minggu",
    "ahad",
)
# Without the typographic "Jum’at": the dateline and byline readers have never matched
# it, and the scorer's weights were fitted so.
INDONESIAN_WEEKDAYS_ASCII: Final[tuple[str, ...]] = tuple(
    d for d in INDONESIAN_WEEKDAYS if d.isascii()
)
# Each weekday in full, Indonesian and English (a byline's name is never one)
FULL_WEEKDAYS: Final[tuple[str, ...]] = (
    *INDONESIAN_WEEKDAYS,
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
WEEKDAYS: Final[list[str]] = [
    *FULL_WEEKDAYS,
    "sen",
    "sel",
    "rab",
    "kam",
    "jum",
    "sab",
    "min",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
]

# Javanese and Sundanese weekdays, as regional portals and magazines print them before
# a stamp's or a lead's date ("Rebo Legi, 16 Oktober 2024", "Dinten Kemis (15/5/2025)"):
# read there only, never as a weekday alone (a "setu" is also a lake, "Senen" a market)
REGIONAL_WEEKDAYS: Final[tuple[str, ...]] = (
    "senen",
    "slasa",
    "salasa",
    "rebo",
    "kemis",
    "jemuwah",
    "jumaah",
    "setu",
    "saptu",
)
# The five-day market week's day, printed after the weekday ("Senin Paing", "Rebo Legi")
PASARAN: Final[tuple[str, ...]] = ("legi", "pahing", "paing", "pon", "wage", "kliwon")
_PASARAN_SET: Final = frozenset(PASARAN)

# membership tests (a set, not a 40-item list scan)
_WEEKDAY_SET: Final = frozenset([*WEEKDAYS, *REGIONAL_WEEKDAYS])

_MONTH_ALT: Final = "|".join(sorted(MONTHS, key=len, reverse=True))

# "March 15, 2024" (English order); checked only when "d, yyyy" / "d yyyy" is present
_MDY_NAMED: Final = re.compile(
    rf"\b({_MONTH_ALT})\.? {{1,3}}(\d{{1,2}}),? {{1,3}}(\d{{4}})(?!\d)", re.IGNORECASE
)
# The part of every _MDY_NAMED match after the month word. _MDY_NAMED opens with \b and
# an alternation, so the engine tries it at every character of a paragraph; this one
# opens with a digit, which the engine skips ahead to (most paragraphs have none of it).
_MDY_TAIL: Final = re.compile(r"\d,? {1,3}\d{4}")
_MDY_TAIL_ASCII: Final = re.compile(_MDY_TAIL.pattern, re.ASCII)  # (see _ANY_DATE_ASCII)

_TIME: Final = re.compile(
    r"([01]?\d|2[0-3])[:.]([0-5]\d)(?:[:.]([0-5]\d))?(?![\d])"
    r"(?: {0,2}([ap])\.?m\b\.?)?",
    re.IGNORECASE,
)
_ZONE: Final = re.compile(r"^[\s|,–—-]{0,4}(WITA|WIB|WIT)\b", re.IGNORECASE)

# Words right before a date that make it something other than the story's day.
_NOT_PUBLICATION: Final = frozenset(
    (
        "sepanjang",
        "tertanggal",
        "tanggal",
        "sejak",
        "hingga",
        "sampai",
        "mulai",
        "berlaku",
        "lahir",
        "nomor",
        "no.",
        "surat",
        "deadline",
        "batas",
    )
)


# Words opening a stamp's line that make its day the page's edit, print or access
# rather than the story's publication ("Diperbarui: ...", "Dicetak dari Portal pada ...",
# "Printed on ...", "Diakses pada ...").
OTHER_DAY_LABELS: Final[tuple[str, ...]] = (
    "diperbarui",
    "update",
    "updated",
    "last updated",
    "terakhir diperbarui",
    "diubah",
    "dicetak",
    "printed",
    "diakses",
    "accessed",
)


def _not_publication(before: str) -> bool:
    """The word before a date makes it a letter's, a range's or a law's date."""
    words = before[-24:].lower().split()
    return bool(words) and words[-1].strip(",:;(") in _NOT_PUBLICATION


# Prefix words allowed before a date on a timestamp line ("Diposting pada :").
_STAMP_LABEL: Final = re.compile(
    r"^(?:\W{0,3}(?:access_time|date|schedule|calendar|event|today|clock|"
    r"diposting pada|diposting|dipublikasikan|dipublikasi|diterbitkan|terbit|dibuat|"
    r"dirilis|rilis|released|dimuat|diunggah pada|diunggah|uploaded on|uploaded|"
    r"tanggal|tgl|published on|published|posted on|posted|diperbarui|update|updated|"
    r"waktu|hari/tanggal|hari, tanggal)\W{0,4})+$",
    re.IGNORECASE,
)


# The small records below are NamedTuples rather than frozen dataclasses: they are
# built several times per document, and a frozen dataclass's __init__ costs about
# three times as much (one object.__setattr__ per field). Still immutable.
class DateHit(NamedTuple):
    """One full date found in a string, with its character span."""

    date: dt.date
    start: int
    end: int
    form: str


class Stamp(NamedTuple):
    """A timestamp read from one metadata line."""

    date: dt.date
    time: dt.time | None
    zone: str | None
    start: int
    end: int
    form: str


# The NamedTuples built on every page, built as their classes build them (the same
# tuples) without the class's ``__new__``: interpreted code, even called from the
# compiled build.
_tuple_new: Final = tuple.__new__


def _date_hit(date: dt.date, start: int, end: int, form: str) -> DateHit:
    return _tuple_new(DateHit, (date, start, end, form))  # type: ignore[no-any-return]


def _stamp(
    date: dt.date, time: dt.time | None, zone: str | None, start: int, end: int, form: str
) -> Stamp:
    return _tuple_new(Stamp, (date, time, zone, start, end, form))  # type: ignore[no-any-return]


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years on news pages are this century.
        year += 2000
    return year


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """Return a date when the parts form a real one between 1945 and 2099.

    >>> make_date(2024, 2, 30) is None
    True
    """
    if not (1945 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_number(name: str) -> int | None:
    """``"Agt"`` → 8, ``"Nopember"`` → 11, ``"Sept."`` → 9; unknown → None."""
    return MONTHS.get(name.lower().rstrip("."))


# One scan for every numeric-led form; the month word and ranges are checked in Python.
# Starting the pattern with a digit (no look-behind) lets the engine skip ahead fast:
# written "\d\d{0,3}", not "\d{1,4}", as the engine only skips ahead to a character
# set opening the pattern (a repeat hides it; the two match the same digits).
_ANY_DATE: Final = re.compile(
    r"(\d\d{0,3})(?:"
    r"[ \-]{1,3}([A-Za-z]{3,9})\.?,?[ \-]{1,3}(\d{4})"  # 19 September 2024, 08 July, 2011
    r"|([/.\-])(\d{1,2})\4(\d{4}|\d{2})"  # 29/9/2025, 2022-07-13, 30-04-2021
    r"| (\d{1,2})-(\d{4})"  # 18 05-2022
    r")(?![\d/])"
)
# The same pattern for ASCII text, where \d and [0-9] are one: the engine tests a
# character against [0-9] inline, and against Unicode's \d with a table lookup.
_ANY_DATE_ASCII: Final = re.compile(_ANY_DATE.pattern, re.ASCII)


def _hit(m: re.Match[str], text: str) -> DateHit | None:
    start = m.start()
    if start and (text[start - 1].isdigit() or text[start - 1] in "/-"):
        return None
    first = m[1]
    if m[2] is not None:
        month = month_number(m[2])
        if month is None or len(first) > 2:
            return None
        date = make_date(int(m[3]), month, int(first))
        return _date_hit(date, start, m.end(), "dmy") if date else None
    if m[4] is not None:
        sep, mid, last = m[4], m[5], m[6]
        if len(first) == 4:
            if sep == "." or len(last) > 2:
                return None
            date = make_date(int(first), int(mid), int(last))
            return _date_hit(date, start, m.end(), "iso") if date else None
        if len(first) > 2 or (sep == "." and len(last) != 4):
            return None  # "1.5.22" is more likely a number than a date
        end = m.end()
        if end + 1 < len(text) and text[end] in "./-" and text[end + 1].isdigit():
            return None
        date = make_date(_year(last), int(mid), int(first))
        return _date_hit(date, start, m.end(), "numeric") if date else None
    if len(first) > 2:
        return None
    date = make_date(int(m[8]), int(m[7]), int(first))
    return _date_hit(date, start, m.end(), "d-my") if date else None


def find_dates(text: str, first_only: bool = False) -> list[DateHit]:
    """Every full date in ``text``, in order of position.

    >>> [h.date.isoformat() for h in find_dates("Kamis, 19 September 2024 | 21:09")]
    ['2024-09-19']
    >>> [h.date.isoformat() for h in find_dates("29/9/2025 15:32 dan 2022-07-13")]
    ['2025-09-29', '2022-07-13']
    >>> [h.date.isoformat() for h in find_dates("Friday, March 15, 2024")]
    ['2024-03-15']
    """
    if not _has_digit(text):
        return []
    return _find_dates(text, first_only)


def _find_dates(text: str, first_only: bool) -> list[DateHit]:
    """:func:`find_dates` for text already known to hold a digit."""
    hits: list[DateHit] = []
    if not _may_hold_date(text):
        return hits
    ascii_text = text.isascii()
    pattern = _ANY_DATE_ASCII if ascii_text else _ANY_DATE
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            break
        hit = _hit(m, text)
        if hit is not None:
            hits.append(hit)
            if first_only:
                break
            pos = m.end()
        else:
            pos = m.start() + 1
    tail = _MDY_TAIL_ASCII if ascii_text else _MDY_TAIL
    # (an English date's year is 1945 to 2099: in ASCII text, a "19" or a "20" is there;
    # most paragraphs with a comma and a figure hold neither)
    if (
        "," in text
        and (not ascii_text or _has_pair(text, "2", "0") or _has_pair(text, "1", "9"))
        and tail.search(text) is not None
    ):
        # English order too, wherever it comes ("Wed, March 2, 2016 ... 2016-03-02"):
        # for the first date, only before the first date found above
        limit = hits[0].start if first_only and hits else len(text)
        named: list[DateHit] = []
        for m2 in _MDY_NAMED.finditer(text, 0, limit):
            month = month_number(m2[1])
            date = make_date(int(m2[3]), month, int(m2[2])) if month else None
            if date is not None and not any(
                h.start < m2.end() and m2.start() < h.end for h in hits
            ):
                named.append(_date_hit(date, m2.start(), m2.end(), "mdy"))
                if first_only:
                    return named
        if named:
            hits = sorted(hits + named, key=lambda h: h.start)
    return hits


def _may_hold_date(text: str) -> bool:
    """False when no full date can be read from ``text``: every form but one has a
    four-digit year, between 1945 and 2099 (``19..``/``20..``), and the one with a
    two-digit year separates its parts with a slash or a dash (``1/5/22``, ``1-5-22``;
    a dotted ``1.5.22`` is no date). Digits of other scripts are ``\\d`` too: text that
    is not ASCII is always read. A few substring scans: most paragraphs with figures
    and no date skip the pattern scan (about 20 ns a character)."""
    return (
        "/" in text
        or "-" in text
        or not text.isascii()
        or _has_pair(text, "2", "0")
        or _has_pair(text, "1", "9")
    )


def _has_pair(text: str, first: str, second: str) -> bool:
    """``first + second in text``: one-character searches for ``first`` (a memchr
    each) and a look at the character after each one; a two-character search
    compares at every character of the text."""
    i = text.find(first)
    last = len(text) - 1
    while 0 <= i < last:
        if text[i + 1] == second:
            return True
        i = text.find(first, i + 1)
    return False


def find_time(text: str) -> tuple[dt.time, int, int] | None:
    """First clock time in ``text`` (24h or 12h, ``:`` or ``.``).

    >>> find_time("| 21.09 WIB")[0].isoformat()
    '21:09:00'
    >>> find_time("• 5:03pm •")[0].isoformat()
    '17:03:00'
    """
    pos = 0
    while True:
        m = _TIME.search(text, pos)
        if m is None:
            return None
        if m.start() == 0 or text[m.start() - 1] not in "0123456789.:":
            break
        pos = m.start() + 1
    hour, minute = int(m[1]), int(m[2])
    half = m[4]
    if half:
        if hour > 12 or hour == 0:
            return None
        if half.lower() == "p" and hour != 12:
            hour += 12
        elif half.lower() == "a" and hour == 12:
            hour = 0
    return dt.time(hour, minute), m.start(), m.end()


def hh_mm(clock: dt.time) -> str:
    """``clock.strftime("%H:%M")``, formatted without the strftime call (which goes
    through the C library's formatter every time).

    >>> hh_mm(dt.time(7, 5))
    '07:05'
    """
    return _TWO_DIGITS[clock.hour] + ":" + _TWO_DIGITS[clock.minute]


# "00" to "59": an hour's and a minute's two digits, looked up (a format call costs more)
_TWO_DIGITS: Final[tuple[str, ...]] = tuple(f"{n:02d}" for n in range(60))


def find_zone(text: str) -> tuple[str, int] | None:
    """A zone printed right at the start of ``text``: ``" WIB"`` → ("WIB", end)."""
    m = _ZONE.match(text)
    if m is None:
        return None
    return m[1].upper(), m.end()


_ANY_SCRIPT_DIGIT: Final = re.compile(r"\d")


def any_digit(text: str) -> bool:
    """``re.search(r"\\d", text) is not None``: ten substring scans find an ASCII digit;
    the expression (every script's digits) runs only on text with other characters
    and none of those."""
    if _has_digit(text):
        return True
    return not text.isascii() and _ANY_SCRIPT_DIGIT.search(text) is not None


def has_ascii_digit(text: str) -> bool:
    """Whether ``text`` holds a digit 0-9 (ten substring scans, no regex)."""
    return _has_digit(text)


def _has_digit(text: str) -> bool:
    # ten C-speed substring scans beat one regex scan (~5 ns a character) on long lines;
    # spelled out rather than any(<generator>): no generator frame, about 3x cheaper
    return (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    )


_TIME_GAP: Final = re.compile(
    r"^[\s,|/•·–—\-]{0,6}(?:pukul|jam|pkl\.?|at)?[\s:]{0,3}$", re.IGNORECASE
)


def find_stamp(line: str) -> Stamp | None:
    """Read a timestamp from a metadata line, or None.

    The date must open the line (after a weekday, an icon word or a label such
    as ``Diposting pada :``) or follow a short credit separated by ``,``,
    ``|``, ``-`` or ``•``; what follows must be a clock, a zone or more
    metadata, not a sentence. Dates inside prose are not stamps.

    >>> s = find_stamp("Senin, 14 Mei 2018 | 15:11 WIB")
    >>> (s.date.isoformat(), s.time.isoformat(), s.zone)
    ('2018-05-14', '15:11:00', 'WIB')
    >>> find_stamp("Senin, 14 Mei 2018 / 15:11 WIB").time.isoformat()
    '15:11:00'
    >>> find_stamp("Polisi menangkap dua orang pada Senin, 14 Mei 2018 malam") is None
    True
    """
    if len(line) > 400:
        return None
    # The date must come within the first ~120 characters (after a short credit).
    head = line[:140]  # (cut once for both)
    if not _has_digit(head):
        return None
    hits = _find_dates(head, True)  # the digit test just above is find_dates' own
    if not hits:
        return None
    hit = hits[0]
    prefix = line[: hit.start]
    strict = _stamp_prefix_ok(prefix)
    if not strict and not _bare_credit(prefix):
        return None
    rest = line[hit.end :]
    time: dt.time | None = None
    zone: str | None = None
    end = hit.end
    found = find_time(rest[:30])
    if found is not None and _TIME_GAP.match(rest[: found[1]]):
        time = found[0]
        end = hit.end + found[2]
        rest = line[end:]
        z = find_zone(rest)
        if z is not None:
            zone = z[0]
            end += z[1]
            rest = line[end:]
    if not _stamp_suffix_ok(rest):
        return None
    if not strict and time is None:
        return None  # a credit with no separator: only a date with its clock is a stamp
    return _stamp(hit.date, time, zone, hit.start, end, hit.form)


# A stamp printed over two lines: the day and month ("1 June", "Senin, 12 Juni") on
# one, the year with the clock and its zone on the next ("03:50 2019", "2023 | 10:15 WIB")
_DAY_MONTH: Final = re.compile(
    rf"(?:([^\W\d_]{{3,9}}),? {{1,3}})?\d{{1,2}} {{1,3}}(?:{_MONTH_ALT})\.?", re.IGNORECASE
)
_YEAR_LINE: Final = re.compile(
    r"(?:(\d{1,2}[:.]\d{2}) {1,3}[|/-]? {0,3})?((?:19|20)\d{2})"
    r"(?: {0,3}[|/,-]? {0,3}(\d{1,2}[:.]\d{2}))?(?: {1,3}(WIB|WITA|WIT))?",
    re.IGNORECASE,
)


def split_stamp(line: str, below: str) -> Stamp | None:
    """A stamp whose year (and clock) the page prints on the line ``below`` its day
    and month: read as one, placed on the day's line.

    >>> s = split_stamp("1 June", "03:50 2019")
    >>> (s.date.isoformat(), s.time.isoformat(), s.start, s.end)
    ('2019-06-01', '03:50:00', 0, 6)
    >>> split_stamp("Senin, 12 Juni", "2023 | 10:15 WIB").zone
    'WIB'
    >>> split_stamp("1 June", "2019 warga"), split_stamp("Edisi 1 June", "2019")
    (None, None)
    """
    if len(line) > 30 or len(below) > 30:
        return None
    day = _DAY_MONTH.fullmatch(line)
    if day is None or (day[1] and day[1].lower() not in _WEEKDAY_SET):
        return None
    m = _YEAR_LINE.fullmatch(below)
    if m is None:
        return None
    clock = m[1] or m[3]
    joined = f"{line} {m[2]}" + (f" {clock}" if clock else "")
    if m[4]:
        joined += f" {m[4]}"
    stamp = find_stamp(joined)
    if stamp is None or stamp.start >= len(line):
        return None
    return stamp._replace(end=len(line))


_CREDIT_SEP: Final = re.compile(r"[,|•·\-–—]\s{0,3}$|\bon\s{1,3}$", re.IGNORECASE)
_CREDIT_WORDS: Final = frozenset(
    ("oleh", "by", "upload", "uploaded", "posted", "diposkan", "diposting", "on", "dan", "pada")
)


# tuple[str, ...] constants: mypyc builds a literal tuple anew on every call
_POSTED_BY_ENDS: Final[tuple[str, ...]] = (" pada", " on", " tanggal")
_CLOCK_WORDS: Final[tuple[str, ...]] = ("jam", "pukul", "wib", "wita", "wit")


# A site clock's label: the day the page is read, never the story's ("Today:
# Wednesday, ..."; an icon's name glued to a date, "today 26 Agustus 2023", is a stamp's)
_CLOCK_LABEL: Final = re.compile(r"\W{0,3}(?:today|hari ini)\s{0,2}:", re.IGNORECASE)


def site_clock_label(line: str) -> bool:
    """The line opens with a site clock's label (``Today:``, ``Hari ini:``)."""
    return _CLOCK_LABEL.match(line) is not None


def is_stamp_label(text: str) -> bool:
    """Only the words that label a stamp (``Diperbarui``, ``Posted on``, ``Tanggal :``):
    a line's words before its date that name no one.

    >>> is_stamp_label("Diperbarui"), is_stamp_label("Published on"), is_stamp_label("Dina")
    (True, True, False)
    """
    return _STAMP_LABEL.match(text.strip()) is not None


# _stamp_prefix_ok's answers by prefix: the stamp lines of a site change their day and
# clock from page to page, but not the label or credit before them ("Oleh Ani, ",
# "- "): at most _PREFIXES_SIZE texts, emptied when full (as page.LineFacts' table)
_PREFIXES_OK: Final[dict[str, bool]] = {}
_PREFIXES_SIZE: Final = 4096


def _stamp_prefix_ok(prefix: str) -> bool:
    """Whether ``prefix`` may stand before a stamp's date: nothing, a weekday, a label or
    a short credit and its separator (:func:`_prefix_ok`, kept by text: its
    expressions cost about 10k instructions a stamp)."""
    got = _PREFIXES_OK.get(prefix)
    if got is None:
        if len(_PREFIXES_OK) >= _PREFIXES_SIZE:
            _PREFIXES_OK.clear()
        got = _PREFIXES_OK[prefix] = _prefix_ok(prefix)
    return got


def _prefix_ok(prefix: str) -> bool:
    if _CLOCK_LABEL.match(prefix):
        return False
    if "|" in prefix:
        # cells packed with bare pipes ("Reporter: Ani|Editor: Budi|Kamis 11-07-2024")
        prefix = prefix.replace(" | ", "|").replace("|", " | ")
    text = drop_weekday(prefix)  # "Kamis, " goes
    if not text:
        return True
    if _STAMP_LABEL.match(text):
        return True
    # a short credit before a separator: "Oleh Name, ", "Admin kominfosanti | "
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower() and w.lower() not in _CREDIT_WORDS)
    if len(text) <= 80 and len(words) <= 9 and lower <= 1:
        stripped = prefix.rstrip()
        before_weekday = stripped
        tail = stripped.rsplit(None, 1)
        if tail and tail[-1].strip(",").lower() in _WEEKDAY_SET:
            before_weekday = stripped[: len(stripped) - len(tail[-1])].rstrip()
        if _CREDIT_SEP.search(before_weekday + " "):
            return True
        # "Diposting oleh Admin pada 6 Mei 2024"
        low = before_weekday.lower()
        if low.startswith(_POSTED_BY) and low.endswith(_POSTED_BY_ENDS):
            return True
    return False


# What separates a stamp's date from a credit or label before it
_PREFIX_SEPS: Final = " \t:-–—|•·,"


def drop_weekday(prefix: str) -> str:
    """``prefix`` without the weekday (and separators) it ends with.

    >>> drop_weekday("Dinas Kominfo Senin, ")
    'Dinas Kominfo'
    >>> drop_weekday("Rebo Legi, ")
    ''
    """
    text = prefix.strip(_PREFIX_SEPS)
    words = text.rsplit(None, 2)
    if (
        len(words) >= 2
        and words[-1].strip(",").lower() in _PASARAN_SET
        and words[-2].lower() in _WEEKDAY_SET
    ):
        # "Rebo Legi, ": the weekday and its market day
        return words[0].strip(_PREFIX_SEPS) if len(words) == 3 else ""
    if words and words[-1].strip(",").lower() in _WEEKDAY_SET:
        text = text[: len(text) - len(words[-1])].strip(_PREFIX_SEPS)
    return text


def _bare_credit(prefix: str) -> bool:
    """A short credit printed before the stamp with no separator: a name or a desk
    in capitals ("Diskominfo Kota Sorong Senin, 29 September 2025 15:44",
    "Rina Wulandari - Kontributor 2025-03-12 11:00:18")."""
    text = prefix.strip(_PREFIX_SEPS)
    if len(text) > 60 or len(text.split()) > 6 or _has_digit(text):
        return False
    words = drop_weekday(text).split()
    return bool(words) and all(w[:1].isupper() or w in "-–—" for w in words)


_POSTED_BY: Final[tuple[str, ...]] = (
    "diposting",
    "diposkan",
    "ditulis",
    "dikirim",
    "oleh",
    "posted",
    "upload",
    "by ",
)


_SUFFIX_SENTENCE: Final = re.compile(r"[a-z]{3,} [a-z]{3,} [a-z]{3,} [a-z]{3,}")


def _stamp_suffix_ok(rest: str) -> bool:
    text = rest.strip()
    if not text:
        return True
    if text[0] in "|•·-–—,/(" or text.lower().startswith(_CLOCK_WORDS):
        return True
    if len(text) <= 40:
        return True
    # a bare date glued to a headline ("date 2023-09-20 Harga Beras ...")
    return not _SUFFIX_SENTENCE.search(text[:80])


class LeadDate(NamedTuple):
    """A full date read from lead prose."""

    date: dt.date
    start: int
    form: str


def _lead_date(date: dt.date, start: int, form: str) -> LeadDate:
    return _tuple_new(LeadDate, (date, start, form))  # type: ignore[no-any-return]


def find_lead_dates(text: str, low: str | None = None) -> list[LeadDate]:
    """Dates a lead paragraph gives its story, in order; only forms with a year.

    Every lead form names the weekday, so weekday words are found with plain
    substring search and the date is matched right there. ``low`` is
    ``text.lower()`` when the caller has it (``page.Doc`` keeps each line's).

    >>> [d.date.isoformat() for d in find_lead_dates("katanya, Kamis (11/7/2019).")]
    ['2019-07-11']
    >>> find_lead_dates("di Jakarta, Senin (21/8).")
    []
    >>> find_lead_dates("surat tertanggal Senin, 15 April 2013")
    []
    >>> find_lead_dates("bertamu ke redaksi, Kamis, 15 Mei 2025 kemarin.")
    []
    """
    if not _has_digit(text):
        return []
    if low is None:
        low = text.lower()
    out: list[LeadDate] = []
    for day in _LEAD_WEEKDAYS:
        pos = low.find(day)
        while pos != -1:
            if pos == 0 or not low[pos - 1].isalpha():
                found = _lead_at(low, pos)
                if found is not None:
                    out.append(found)
            pos = low.find(day, pos + len(day))
    out.sort(key=lambda d: d.start)
    return out


# right after a weekday: "(11/7/2019)", ", 17/01/2024)" (inside a parenthesis),
# ", 07/02/2022" (no parenthesis) or "27 November 2024"; the comma may have a space
# before it ("Kamis , 17 April 2025")
_LEAD_WEEKDAYS: Final = (*INDONESIAN_WEEKDAYS, *REGIONAL_WEEKDAYS)
_LEAD_AT: Final = re.compile(
    "(?:" + "|".join(_LEAD_WEEKDAYS) + r")(?![a-z])"
    r"(?: (?:" + "|".join(PASARAN) + r")(?![a-z]))? ?,? {0,2}"
    r"(?:(?:pagi|siang|sore|malam|dini hari|petang) {0,2})?"
    r"(?:\( {0,2}(\d{1,2})/(\d{1,2})/(\d{4}|\d{2}) {0,2}\)"
    r"|(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/]) {0,2}(\)?)"
    r"|(\d{1,2}) {1,3}([a-z]{3,9}) {1,3}(\d{4})(?!\d))"
)


# Words after a lead's date that put the day in the past of the writing.
_LATER_WORDS: Final[tuple[str, ...]] = ("kemarin",)


def _lead_at(low: str, pos: int) -> LeadDate | None:
    m = _LEAD_AT.match(low, pos)
    if m is None:
        return None
    if m[1] is not None:
        date = make_date(_year(m[3]), int(m[2]), int(m[1]))
        form = "paren"
    elif m[4] is not None:
        inside = low[max(0, pos - 3) : pos].rstrip().endswith("(")
        if inside != bool(m[7]):  # "(Senin, 17/01/2024" needs its ")", and only it
            return None
        date = make_date(_year(m[6]), int(m[5]), int(m[4]))
        form = "paren-inside" if inside else "slashed"
    else:
        month = month_number(m[9])
        date = make_date(int(m[10]), month, int(m[8])) if month else None
        form = "named"
    if date is None or _not_publication(low[max(0, pos - 24) : pos]):
        return None
    # "Kamis, 15 Mei 2025 kemarin": the story was written a day or more later
    if low[m.end() : m.end() + 12].lstrip(" ,)").startswith(_LATER_WORDS):
        return None
    # "... akan digelar pada Rabu, 14 Februari 2024": a planned event, not the story's day
    before = low[max(0, pos - 40) : pos]
    if " akan " in before or " dijadwalkan " in before or " rencananya " in before:
        return None
    return _lead_date(date, pos, form)
