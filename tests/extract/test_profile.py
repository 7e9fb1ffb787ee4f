"""A site's furniture: folded lines repeated on enough of its sampled pages."""

import pytest

from catalog.extract import profile as prof
from catalog.extract.profile import EMPTY, FurnitureCounter, Profile, fold


@pytest.mark.parametrize(
    ("line", "folded"),
    [
        ("Minggu, 3 Maret 2024", "minggu, 0 maret 0"),
        ("  MINGGU,  13 Maret 2025 ", "minggu, 0 maret 0"),
        ("Bagikan:\tFacebook  Twitter", "bagikan: facebook twitter"),
        ("Dibaca 1.204 kali", "dibaca 0.0 kali"),
    ],
)
def test_fold(line: str, folded: str) -> None:
    assert fold(line) == folded


def _site(pages: int, extra: str = "") -> FurnitureCounter:
    counter = FurnitureCounter()
    for n in range(pages):
        counter.add(f"Menu Utama | Daerah\nKabar ke-{n} dari desa\nCerita {'x' * n}\n{extra}")
    return counter


def test_lines_on_enough_pages_are_furniture() -> None:
    got = _site(10).profile()
    assert got.pages == 10
    assert got.is_furniture("Menu Utama | Daerah")
    # digits fold, so every page's own numbered line matches the others
    assert got.is_furniture("Kabar ke-99 dari desa")
    # each page's own line is not
    assert not got.is_furniture("Cerita xxx")


def test_too_few_pages_make_no_furniture() -> None:
    assert _site(prof.MIN_PAGES - 1).profile() == Profile(frozenset(), prof.MIN_PAGES - 1)


def test_a_line_on_a_small_share_of_pages_is_not_furniture() -> None:
    counter = _site(20)
    rare = max(prof.MIN_PAGES, int(prof.MIN_SHARE * 30) - 1)
    for _ in range(rare):
        counter.add("Penulis: Sari\nlain")
    assert counter.pages == 20 + rare
    assert not counter.profile().is_furniture("Penulis: Sari")
    assert counter.profile().is_furniture("Menu Utama | Daerah")


def test_the_sample_is_bounded() -> None:
    counter = _site(prof.SAMPLE_PAGES)
    assert not counter.add("Menu Utama | Daerah")
    assert counter.pages == prof.SAMPLE_PAGES


def test_long_lines_and_the_empty_profile() -> None:
    long = "kata " * 60
    counter = FurnitureCounter()
    for _ in range(5):
        counter.add(long)
    assert not counter.profile().is_furniture(long)
    assert not EMPTY.is_furniture("Menu Utama | Daerah")


def test_counter_resumes_from_stored_counts() -> None:
    first = _site(10)
    again = FurnitureCounter(first.counts.items(), first.pages)
    assert again.profile() == first.profile()
