"""A site's furniture, learned from its own pages: lines the site repeats on many
pages (menus, share rows, the site clock, the day's "popular" block, the footer)
are not the metadata of any one story.

A :class:`Profile` is a frozen value computed from a sample of one site's pages
and passed to :func:`catalog.extract.extract`; extraction stays a pure function
of the text and the profile. Lines are compared in a folded form (:func:`fold`):
case, spacing and digits do not matter, so a clock showing another day's date
still matches.

>>> counter = FurnitureCounter()
>>> for n in range(4):
...     _ = counter.add(f"Beranda | Berita | Kontak\\nSabtu, {n + 1} Juni 2024\\nStory {n} here")
>>> profile = counter.profile()
>>> profile.is_furniture("BERANDA |  Berita | Kontak"), profile.is_furniture("Story 1 here")
(True, True)
>>> counter.add("Lain\\nSatu dua tiga")
True
>>> profile.pages, len(profile.lines)
(4, 3)
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from catalog.extract import dates, furniture, labels, views

# A site's pages sampled for its profile: enough to see what repeats on most of
# them; the count stays bounded however many pages a site has. Measured: the
# furnished crawls (benchmarks/crawl.py, 30-page sites; furnished_crawl.py, 36)
# are read as right as bare with any sample of a whole site; the first sync of
# 100,000 generated pages in folders of 1,000 cost 1.13x without profiles at
# 200 (a fifth of each site read twice), hence 100.
SAMPLE_PAGES = 100
# A folded line is furniture when at least this many sampled pages hold it...
MIN_PAGES = 3
# ...and at least this share of them: a reporter's name line repeats on a share
# of a site's pages, its menu on nearly all of them.
MIN_SHARE = 0.3
# Longer lines are paragraphs, never furniture worth a key.
MAX_LINE = 200

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


def fold(line: str) -> str:
    """The form lines are compared in: lower case, spaces collapsed, every run of
    digits written ``0``.

    >>> fold("  Sabtu, 15  Juni 2024 | 08:30 WIB ")
    'sabtu, 0 juni 0 | 0:0 wib'
    """
    if line.isascii():
        return furniture.fold_ascii(line)  # the same, compiled (most lines)
    return _DIGITS.sub("0", _SPACE.sub(" ", line.strip().lower()))


@dataclass(frozen=True, slots=True)
class Profile:
    """The folded lines one site repeats (``lines``) and how many of its pages were
    sampled to find them. The empty profile (a single page, loose files) marks
    nothing as furniture."""

    lines: frozenset[str] = frozenset()
    pages: int = 0

    def is_furniture(self, line: str) -> bool:
        return bool(self.lines) and len(line) <= MAX_LINE and fold(line) in self.lines


EMPTY = Profile()

# Words that make a line a credit or a source: a site may print the same one on
# every page ("Editor: Rina", "Sumber: Diskominfo"), and then it is the page's own.
_CREDIT_WORDS = re.compile(r"\b(?:" + "|".join(labels.LINE_WORDS) + r")\b", re.IGNORECASE)


def _own_kind(line: str) -> bool:
    """A credit or source line (a copyright line names the outlet), or one carrying a
    stamp (a day opening it, or after a short credit), a clock or a count: the page's
    own even when every page prints one like it. Other numbers (a temperature, an
    address, a hotline) are the site's, and so is a day inside a banner's words
    (``Ayo Memilih! Pilkada Serentak 12 Mei 2029``), which no stamp prints."""
    if _CREDIT_WORDS.search(line) is not None or "©" in line:
        return True
    if line.lstrip()[:9].lower() == "copyright":
        return True
    if _DIGITS.search(line) is None:
        return False
    return (
        dates.find_stamp(line.strip()) is not None
        or dates.find_time(line) is not None
        or views.find_views(line) is not None
    )


def without_furniture(text: str, profile: Profile) -> str:
    r"""The text with the site's furniture blanked out, line numbers kept.

    A run of furniture lines (blank lines between them do not count) is blanked
    whole, unless every line of it is a credit or source line or carries a stamp,
    a clock or a count: a menu, a share row, a weather widget or a "popular" block
    with its teasers' headlines and bylines goes; a fixed ``Editor: Rina`` line the
    site prints on every page stays, and so does a story's own stamp when a day's
    crawl holds many stories of one day (digits folded, their stamp lines are alike).

    >>> p = Profile(frozenset(["beranda | daerah", "oleh sari | 0 jam lalu", "editor: rina"]), 9)
    >>> without_furniture("Beranda | Daerah\nOleh Sari | 2 jam lalu\nJudul\nEditor: Rina", p)
    '\n\nJudul\nEditor: Rina'
    """
    blanked = furniture_lines(text, profile)
    if not blanked:
        return text
    out = text.splitlines()
    for j in blanked:
        out[j] = ""
    # a blanked last line still counts as a line
    return "\n".join(out) + ("\n" if out[-1] == "" else "")


def furniture_marks(lines: list[str], profile: Profile) -> list[bool]:
    """For each of ``lines``, whether the site's ``profile`` holds it (a blank line
    never: ``Profile.is_furniture`` of each line, as the readers ask it)."""
    keys = profile.lines
    if not keys:
        return [False] * len(lines)
    # blank, long and ASCII lines decided in compiled code; the others folded here
    marks = furniture.ascii_furniture_marks(lines, keys, MAX_LINE)
    if None not in marks:  # every mark a bool
        return marks  # type: ignore[return-value]
    return [fold(line) in keys if m is None else m for m, line in zip(marks, lines, strict=True)]


def furniture_lines(text: str, profile: Profile) -> list[int]:
    """The (0-based) lines :func:`without_furniture` blanks, in order."""
    if not profile.lines:
        return []
    lines = text.splitlines()
    return furniture_runs(lines, furniture_marks(lines, profile))


def furniture_runs(lines: list[str], marks: list[bool]) -> list[int]:
    """:func:`furniture_lines` of a text's ``lines`` whose :func:`furniture_marks`
    are known."""
    if not any(marks):
        return []
    return furniture.furniture_runs(lines, marks, _own_kind)


def page_keys(text: str) -> set[str]:
    """The distinct folded lines of one page that could be furniture."""
    out = set()
    for line in text.splitlines():
        if line.strip() and len(line) <= MAX_LINE:
            out.add(fold(line))
    return out


class FurnitureCounter:
    """Counts, over up to :data:`SAMPLE_PAGES` pages of one site, how many pages hold
    each folded line."""

    def __init__(self, counts: Iterable[tuple[str, int]] = (), pages: int = 0) -> None:
        self.counts: Counter[str] = Counter(dict(counts))
        self.pages = pages

    def add(self, text: str) -> bool:
        """Count one page; False (and nothing counted) once the sample is full."""
        if self.pages >= SAMPLE_PAGES:
            return False
        self.pages += 1
        self.counts.update(page_keys(text))
        return True

    def profile(self) -> Profile:
        need = max(MIN_PAGES, math.ceil(MIN_SHARE * self.pages))
        if self.pages < MIN_PAGES:
            return Profile(frozenset(), self.pages)
        return Profile(frozenset(k for k, c in self.counts.items() if c >= need), self.pages)
