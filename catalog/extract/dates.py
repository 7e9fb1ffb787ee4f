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
from dataclasses import dataclass

MONTHS: dict[str, int] = {}
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

WEEKDAYS = [
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
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(re.escape(w) for w in sorted(WEEKDAYS, key=len, reverse=True))
_WEEKDAY_LONG_ALT = "|".join(re.escape(w) for w in sorted(WEEKDAYS[:16], key=len, reverse=True))

# "19 September 2024", "08 July, 2011", "5 Jan. 2024", "19-Sep-2024"
_DMY_NAMED = re.compile(
    rf"(?<![\d])(\d{{1,2}})[ \-]{{1,3}}({_MONTH_ALT})\.?,?[ \-]{{1,3}}(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# "March 15, 2024"
_MDY_NAMED = re.compile(
    rf"\b({_MONTH_ALT})\.? {{1,3}}(\d{{1,2}}),? {{1,3}}(\d{{4}})(?!\d)", re.IGNORECASE
)
# "2022-07-13", "2024/09/19"
_ISO = re.compile(r"(?<![\d/.-])(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d/-])")
# "29/9/2025", "30-04-2021", "19.09.2024"
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])")
# "18 05-2022": day, then month-year
_D_MY = re.compile(r"(?<![\d/.-])(\d{1,2}) (\d{1,2})-(\d{4})(?![\d/-])")
# year-month only ("date 2023-02"): used to check other candidates, never a date itself
YEAR_MONTH = re.compile(r"(?<![\d-])(\d{4})-(\d{1,2})(?![\d-])")

_TIME = re.compile(
    r"(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?:[:.]([0-5]\d))?(?![\d])"
    r"(?: {0,2}([ap])\.?m\b\.?)?",
    re.IGNORECASE,
)
_ZONE = re.compile(r"^[\s|,–—-]{0,4}(WITA|WIB|WIT)\b", re.IGNORECASE)
_WEEKDAY_PREFIX = re.compile(rf"^\W{{0,4}}(?:{_WEEKDAY_ALT})\b\W{{0,4}}$", re.IGNORECASE)

# Lead forms. "Kamis (11/7/2019)", "Jumat(24/06/2016)", "Senin pagi (21/8/2019)"
_LEAD_PAREN = re.compile(
    rf"\b({_WEEKDAY_LONG_ALT})\b,? {{0,2}}(?:pagi|siang|sore|malam|dini hari|petang)? {{0,2}}"
    r"\( {0,2}(\d{1,2})/(\d{1,2})/(\d{4}|\d{2}) {0,2}\)",
    re.IGNORECASE,
)
# "(Rabu, 17/01/2024)"
_LEAD_PAREN_INSIDE = re.compile(
    rf"\( {{0,2}}({_WEEKDAY_LONG_ALT}),? {{0,2}}(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}|\d{{2}}) {{0,2}}\)",
    re.IGNORECASE,
)
# "Rabu, 27 November 2024", "Jumat 12 Juli 2019"
_LEAD_NAMED = re.compile(
    rf"\b({_WEEKDAY_LONG_ALT})\b,? {{1,3}}(\d{{1,2}}) {{1,3}}({_MONTH_ALT}) {{1,3}}(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# Words right before a date that make it something other than the story's day.
_NOT_PUBLICATION = re.compile(
    r"(?:sepanjang|tertanggal|tanggal|sejak|hingga|sampai|mulai|pada tahun|berlaku|"
    r"lahir|nomor|no\.|surat|deadline|batas)\W{0,4}$",
    re.IGNORECASE,
)

# Prefix words allowed before a date on a timestamp line ("Diposting pada :").
_STAMP_LABEL = re.compile(
    r"^(?:\W{0,3}(?:access_time|date|schedule|calendar|event|today|clock|"
    r"diposting pada|diposting|dipublikasikan|dipublikasi|diterbitkan|terbit|"
    r"tanggal|tgl|published on|published|posted on|posted|diperbarui|update|updated|"
    r"waktu|hari/tanggal|hari, tanggal)\W{0,4})+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateHit:
    """One full date found in a string, with its character span."""

    date: dt.date
    start: int
    end: int
    form: str


@dataclass(frozen=True, slots=True)
class Stamp:
    """A timestamp read from one metadata line."""

    date: dt.date
    time: dt.time | None
    zone: str | None
    start: int
    end: int
    form: str


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


def find_dates(text: str) -> list[DateHit]:
    """Every full date in ``text``, in order of position.

    >>> [h.date.isoformat() for h in find_dates("Kamis, 19 September 2024 | 21:09")]
    ['2024-09-19']
    >>> [h.date.isoformat() for h in find_dates("29/9/2025 15:32 dan 2022-07-13")]
    ['2025-09-29', '2022-07-13']
    """
    if not _has_digit(text):
        return []
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def add(date: dt.date | None, start: int, end: int, form: str) -> None:
        if date is None:
            return
        for a, b in taken:
            if start < b and a < end:
                return
        taken.append((start, end))
        hits.append(DateHit(date, start, end, form))

    for m in _DMY_NAMED.finditer(text):
        month = month_number(m.group(2))
        if month:
            add(make_date(int(m.group(3)), month, int(m.group(1))), m.start(), m.end(), "dmy")
    for m in _MDY_NAMED.finditer(text):
        month = month_number(m.group(1))
        if month:
            add(make_date(int(m.group(3)), month, int(m.group(2))), m.start(), m.end(), "mdy")
    for m in _ISO.finditer(text):
        add(
            make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))),
            m.start(),
            m.end(),
            "iso",
        )
    for m in _NUMERIC.finditer(text):
        if m.group(2) == "." and len(m.group(4)) != 4:
            continue  # "1.5.22" is more likely a number than a date
        add(
            make_date(_year(m.group(4)), int(m.group(3)), int(m.group(1))),
            m.start(),
            m.end(),
            "numeric",
        )
    for m in _D_MY.finditer(text):
        add(
            make_date(int(m.group(3)), int(m.group(2)), int(m.group(1))),
            m.start(),
            m.end(),
            "d-my",
        )
    hits.sort(key=lambda h: h.start)
    return hits


def find_time(text: str) -> tuple[dt.time, int, int] | None:
    """First clock time in ``text`` (24h or 12h, ``:`` or ``.``).

    >>> find_time("| 21.09 WIB")[0].isoformat()
    '21:09:00'
    >>> find_time("• 5:03pm •")[0].isoformat()
    '17:03:00'
    """
    m = _TIME.search(text)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    half = m.group(4)
    if half:
        if hour > 12 or hour == 0:
            return None
        if half.lower() == "p" and hour != 12:
            hour += 12
        elif half.lower() == "a" and hour == 12:
            hour = 0
    return dt.time(hour, minute), m.start(), m.end()


def find_zone(text: str) -> tuple[str, int] | None:
    """A zone printed right at the start of ``text``: ``" WIB"`` → ("WIB", end)."""
    m = _ZONE.match(text)
    if m is None:
        return None
    return m.group(1).upper(), m.end()


def _has_digit(text: str) -> bool:
    return any(c in text for c in "0123456789")


_TIME_GAP = re.compile(r"^[\s,|•·–—\-]{0,6}(?:pukul|jam|pkl\.?|at)?[\s:]{0,3}$", re.IGNORECASE)


def find_stamp(line: str) -> Stamp | None:
    """Read a timestamp from a metadata line, or None.

    The date must open the line (after a weekday, an icon word or a label such
    as ``Diposting pada :``) or follow a short credit separated by ``,``,
    ``|``, ``-`` or ``•``; what follows must be a clock, a zone or more
    metadata, not a sentence. Dates inside prose are not stamps.

    >>> s = find_stamp("Senin, 14 Mei 2018 | 15:11 WIB")
    >>> (s.date.isoformat(), s.time.isoformat(), s.zone)
    ('2018-05-14', '15:11:00', 'WIB')
    >>> find_stamp("Polisi menangkap dua orang pada Senin, 14 Mei 2018 malam") is None
    True
    """
    if len(line) > 400 or not _has_digit(line):
        return None
    hits = find_dates(line)
    if not hits:
        return None
    hit = hits[0]
    prefix = line[: hit.start]
    if not _stamp_prefix_ok(prefix):
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
    return Stamp(hit.date, time, zone, hit.start, end, hit.form)


_CREDIT_SEP = re.compile(r"[,|•·\-–—]\s{0,3}$|\bon\s{1,3}$", re.IGNORECASE)
_CREDIT_WORDS = frozenset(("oleh", "by", "upload", "uploaded", "posted", "diposkan", "on", "dan"))


def _stamp_prefix_ok(prefix: str) -> bool:
    text = prefix.strip(" \t:-–—|•·,")
    if not text:
        return True
    # strip a trailing weekday ("Kamis, ")
    words = text.rsplit(None, 1)
    if words and words[-1].strip(",").lower() in WEEKDAYS:
        text = text[: len(text) - len(words[-1])].strip(" \t:-–—|•·,")
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
        if tail and tail[-1].strip(",").lower() in WEEKDAYS:
            before_weekday = stripped[: len(stripped) - len(tail[-1])].rstrip()
        if _CREDIT_SEP.search(before_weekday + " "):
            return True
    return False


_SUFFIX_SENTENCE = re.compile(r"[a-z]{3,} [a-z]{3,} [a-z]{3,} [a-z]{3,}")


def _stamp_suffix_ok(rest: str) -> bool:
    text = rest.strip()
    if not text:
        return True
    if text[0] in "|•·-–—,/(" or text.lower().startswith(("jam", "pukul", "wib", "wita", "wit")):
        return True
    if len(text) <= 40:
        return True
    # a bare date glued to a headline ("date 2023-09-20 Harga Beras ...")
    return not _SUFFIX_SENTENCE.search(text[:80])


@dataclass(frozen=True, slots=True)
class LeadDate:
    """A full date read from lead prose."""

    date: dt.date
    start: int
    form: str


def find_lead_dates(text: str) -> list[LeadDate]:
    """Dates a lead paragraph gives its story, in order; only forms with a year.

    >>> [d.date.isoformat() for d in find_lead_dates("katanya, Kamis (11/7/2019).")]
    ['2019-07-11']
    >>> find_lead_dates("di Jakarta, Senin (21/8).")
    []
    >>> find_lead_dates("surat tertanggal Senin, 15 April 2013")
    []
    """
    if not _has_digit(text):
        return []
    out: list[LeadDate] = []
    for rx, form in (
        (_LEAD_PAREN, "paren"),
        (_LEAD_PAREN_INSIDE, "paren-inside"),
    ):
        for m in rx.finditer(text):
            date = make_date(_year(m.group(4)), int(m.group(3)), int(m.group(2)))
            if date is not None and not _NOT_PUBLICATION.search(
                text[max(0, m.start() - 20) : m.start()]
            ):
                out.append(LeadDate(date, m.start(), form))
    for m in _LEAD_NAMED.finditer(text):
        month = month_number(m.group(3))
        if not month:
            continue
        date = make_date(int(m.group(4)), month, int(m.group(2)))
        if date is not None and not _NOT_PUBLICATION.search(
            text[max(0, m.start() - 20) : m.start()]
        ):
            out.append(LeadDate(date, m.start(), "named"))
    out.sort(key=lambda d: d.start)
    return out
