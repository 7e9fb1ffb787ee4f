"""The fitting copies' furniture (``catalog.augment``): what it may and may not
look like, so the fitted model is not taught to distrust a story's own stamp."""

from __future__ import annotations

import random

from catalog.augment import furnish
from catalog.calendar_names import WEEKDAY_NAMES
from catalog.extract import dates

STORY = "Lembah Hijau - Warga memperbaiki jembatan gantung desa bersama-sama."


def _date_alone(line: str) -> bool:
    """A line that prints a date and nothing else but a day name: what a story's
    own header stamp looks like over its lead."""
    stamp = dates.find_stamp(line)
    if stamp is None:
        return False
    rest = (line[: stamp.start] + " " + line[stamp.end :]).lower()
    for day in WEEKDAY_NAMES:
        rest = rest.replace(day.lower(), " ")
    return not any(ch.isalpha() for ch in rest)


def test_the_date_alone_test_tells_a_stamp_from_a_clock() -> None:
    assert _date_alone("Kamis, 12 Juni 2025")
    assert not _date_alone("Kamis, 12 Juni 2025 | Masuk | Daftar")
    assert not _date_alone("Hari ini, Kamis, 12 Juni 2025")


def test_no_copy_opens_with_a_date_alone() -> None:
    # a date line first, over the story, reads as the story's own stamp: the site
    # clocks put above a page always carry the site's words
    for seed in range(400):
        first = furnish(STORY, random.Random(seed)).split("\n", 1)[0]
        assert not _date_alone(first), (seed, first)
