"""View and read counts printed next to a byline or timestamp.

>>> find_views("Kamis, 18 Februari 2016 01:00 WITA | 1157 kali dibaca")
1157
>>> find_views("Dibaca 1.234 kali")
1234
>>> find_views("0 comment 2 minutes read") is None
True
>>> find_views("10 Feb 2023 : 17.22 Views 7")
7
>>> find_views("Viewed 1,234 times")
1234
>>> find_views("\U0001f441 1.532")
1532
>>> find_views("56 kali dibagikan") is None, find_views("Dibagikan 56 kali") is None
(True, True)
>>> find_views("87 pembaca online") is None, find_views("Total Pembaca: 12.345") is None
(True, True)
>>> find_views("Survei Pembaca 2027 - klik untuk ikut") is None
True
"""

from __future__ import annotations

import re
from typing import Final

from catalog.extract import dates

_NUMBER: Final = r"(\d{1,3}(?:[.,]\d{3}){1,3}|\d{1,9})"
# the number is not the minutes of a clock or the decimals of a figure ("17.22 Views 7")
_COUNT_AFTER: Final = re.compile(
    r"(?<![\d.:,])"
    + _NUMBER
    + r"\s{0,2}(?:x\s{0,2})?(?:kali\b(?:\s{0,2}(?:dibaca|dilihat|ditonton))?|views?\b|"
    r"dibaca\b|dilihat\b|ditonton\b|pembaca\b|reads?\b(?!\s)|hits\b|pengunjung\b)",
    re.IGNORECASE,
)
# (an eye's glyph labels the count on sites that print an icon for the word: "👁 523")
_COUNT_BEFORE: Final = re.compile(
    r"(?:dibaca|dilihat|viewed|views?|hits|pembaca|diwaca|diwaos|\U0001f441\ufe0f?|\U0001f440)"
    r"\s{0,2}:?\s{0,2}" + _NUMBER + r"(?!\d)(?:\s{0,2}(?:kali|times|kaping))?",
    re.IGNORECASE,
)
# InfoPublik: "... - Redaktur: Name - 283" (count closes the byline line)
_TRAILING_DASH_COUNT: Final = re.compile(r"\s[-–]\s{0,2}" + _NUMBER + r"\s*$")
_AFTER_NAME_COUNT: Final = re.compile(r"\s{1,2}" + _NUMBER + r"\s*$")
_BARE: Final = re.compile(r"^\s{0,8}" + _NUMBER + r"\s*$")
# "3 kali lipat" is "tripled", not a count of readers; "12 kali dibagikan" counts shares
_NOT_VIEWS: Final = re.compile(
    r"\b(?:minutes?|menit|comments?|komentar|jam|hari|detik|lipat|dibagikan|disukai|diunduh|disimpan"
    r"|online|now|sedang)\b",
    re.I,
)


# ... and "Dibagikan 87 kali" too, the word before the number
_NOT_VIEWS_BEFORE: Final = re.compile(
    r"\b(?:dibagikan|disukai|diunduh|disimpan|shares?|komentar|comments?)\s{0,2}:?\s{0,2}$", re.I
)


_COUNT_WORDS: Final[tuple[str, ...]] = (
    "kali",
    "view",
    "dibaca",
    "dilihat",
    "pembaca",
    "read",
    "hits",
    "pengunjung",
)


def to_int(text: str) -> int | None:
    """``"1.234"`` → 1234."""
    digits = text.replace(".", "").replace(",", "")
    if not digits.isdigit() or len(digits) > 9:
        return None
    return int(digits)


def find_views(line: str) -> int | None:
    """A labelled view count in ``line`` (``67 kali``, ``Dibaca 12 kali``, ``221 views``)."""
    if len(line) > 400:
        line = line[:400]
    # both count expressions hold a digit (\d): an ASCII line without one (a headline,
    # a name) is not lower-cased and searched for the count words
    if not dates.has_ascii_digit(line) and line.isascii():
        return None
    low = line.lower()
    # the _COUNT_WORDS spelled out: no generator frame (this runs on every header line)
    if not (
        "kali" in low
        or "view" in low
        or "dibaca" in low
        or "dilihat" in low
        or "pembaca" in low
        or "read" in low
        or "hits" in low
        or "pengunjung" in low
        or "ditonton" in low
        or "diwa" in low  # Javanese: "Diwaca: 340 kaping", "Diwaos 312 kaping"
        or "\U0001f441" in line
        or "\U0001f440" in line
    ):
        return None
    for m in _COUNT_AFTER.finditer(line):
        tail = line[m.end() : m.end() + 12]
        if _NOT_VIEWS.match(tail.strip()):
            continue
        if _NOT_VIEWS_BEFORE.search(line, max(0, m.start() - 14), m.start()):
            continue  # "Dibagikan 87 kali": shares, whatever follows
        return to_int(m[1])
    m2 = _COUNT_BEFORE.search(line)
    if m2 is None:
        return None
    # a word right before the label makes the count that word's: "Total Pembaca: 12.345"
    # counts the whole site's, "Survei Pembaca 2027" names a survey
    before = low[max(0, m2.start() - 6) : m2.start()]
    # (a wide gap parts a row's cells: "19:40 WIT    Dibaca: 1.208" counts the page)
    if before.endswith(" ") and not before.endswith("  ") and before.rstrip()[-1:].isalpha():
        return None
    return to_int(m2[1])


def trailing_dash_count(line: str, editor: str = "") -> int | None:
    """A count closing a byline line after a dash: ``... Redaktur: Tono - 283`` → 283;
    or, with the ``editor`` the line credits, straight after that name:
    ``... Editor: Lopi Kasim 5149`` → 5149 (a year after a month is no count).

    >>> trailing_dash_count("Editor: Lopi Kasim 5149", "Lopi Kasim")
    5149
    >>> trailing_dash_count("Editor: Lopi Kasim | 9 Mei 2025", "Lopi Kasim") is None
    True
    """
    m = _TRAILING_DASH_COUNT.search(line[-20:])
    if m is not None:
        return to_int(m[1])
    if editor:
        at = line.rfind(editor)
        if at >= 0:
            m = _AFTER_NAME_COUNT.match(line, at + len(editor))
            if m is not None:
                return to_int(m[1])
    return None


def bare_count(line: str) -> int | None:
    """A line that is only a number (a view counter printed under the date)."""
    m = _BARE.match(line)
    if m is None:
        return None
    return to_int(m[1])
