"""The compiled half of a site profile's work on each page (:mod:`catalog.extract.profile`
stays Python: its dataclass is pickled to the sync's workers): folding a line, marking
the lines a profile holds, and the runs of them that are blanked. Every page of a
sync asks this of each of its lines, so it is compiled with the extractor (see
``setup.py``); the answers are those :mod:`catalog.extract.profile` defines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

_FOLD_DIGITS: Final = re.compile(r"\d+")


def fold_ascii(line: str) -> str:
    """:func:`catalog.extract.profile.fold` of an ASCII line, here to be compiled (a
    site profile folds each line of each page): lower case, spaces collapsed (split
    and joined: ``str.split`` and the ``\\s`` of the profile's regex know the same
    spaces), every run of digits written ``0``.

    >>> fold_ascii("  Sabtu, 15  Juni 2024 | 08:30 WIB ")
    'sabtu, 0 juni 0 | 0:0 wib'
    """
    return _FOLD_DIGITS.sub("0", " ".join(line.lower().split()))


# id(keys) -> (keys, the first and last characters of each key): see _key_ends
_KEY_ENDS: Final[dict[int, tuple[frozenset[str], set[str]]]] = {}


def _key_ends(keys: frozenset[str]) -> set[str]:
    """The first and last characters of each of a profile's folded ``keys``, joined
    (built once a profile: a sync extracts every page of a site with the same one;
    the entry holds ``keys``, so no other object takes its id while it is kept)."""
    got = _KEY_ENDS.get(id(keys))
    if got is not None and got[0] is keys:
        return got[1]
    ends = {k[0] + k[-1] for k in keys if k}
    if len(_KEY_ENDS) >= 64:
        _KEY_ENDS.clear()
    _KEY_ENDS[id(keys)] = (keys, ends)
    return ends


def ascii_furniture_marks(
    lines: list[str], keys: frozenset[str], max_line: int
) -> list[bool | None]:
    """For each line, whether a profile holding the folded ``keys`` marks it as
    furniture (``bool(line.strip()) and len(line) <= max_line and fold(line) in
    keys``): decided here for blank, long and ASCII lines, None for another line
    (its ``fold`` is CPython's ``lower()``, which a compiled one is not).

    An ASCII line is folded only when its first and last characters, as the fold
    writes them (lower case, a digit as ``0``), are those of a key: most lines of a
    page are no key, and this test costs a fraction of the fold.

    >>> ascii_furniture_marks(["Menu  Utama", "Warga kota.", "", "Menü"], frozenset(["menu utama"]), 200)
    [True, False, False, None]
    """
    ends = _key_ends(keys)
    out: list[bool | None] = []
    for line in lines:
        if len(line) > max_line:
            out.append(False)
            continue
        s = line.strip()
        if not s:
            out.append(False)
        elif not line.isascii():
            out.append(None)
        else:
            first, last = s[0], s[-1]
            first = "0" if "0" <= first <= "9" else first.lower()
            last = "0" if "0" <= last <= "9" else last.lower()
            out.append(first + last in ends and fold_ascii(line) in keys)
    return out


def furniture_runs(
    lines: list[str], marks: list[bool], own_kind: Callable[[str], bool]
) -> list[int]:
    """:func:`catalog.extract.profile.furniture_lines` of a text's ``lines`` whose
    marks are known: runs of marked lines (blank lines neither end nor join a run),
    each but a run whose every line is ``own_kind`` (a credit, a source, a date, a clock, a count)."""
    out: list[int] = []
    run: list[int] = []
    n = len(lines)
    for i in range(n + 1):
        if i < n and not lines[i].strip():
            continue  # blank lines neither end nor join a run
        if i < n and marks[i]:
            run.append(i)
            continue
        if run and not all(own_kind(lines[j]) for j in run):
            out.extend(run)
        run = []
    return out
