"""View counts as printed next to bylines and stamps."""

from __future__ import annotations

import pytest

from catalog.extract.views import bare_count, find_views, trailing_dash_count


@pytest.mark.parametrize(
    ("line", "views"),
    [
        ("Kamis, 18 Februari 2016 01:00 WITA | 842 kali dibaca", 842),
        # a clock's minutes before the word are no count; the count follows it
        ("3 Mar 2024 : 09.45 Views 12", 12),
        ("09:45 views", None),
        ("Admin dinkominfo | 29 April 2024 | 67 kali", 67),
        ("Dibaca 1.234 kali", 1234),
        ("• dewi • 11 Oktober 2021 • 5:03pm • Berita • 221 kali dilihat", 221),
        ("Dilihat: 75", 75),
        ("1,502 views", 1502),
        ("0 comment 2 minutes read", None),
        ("Diperbarui 2 jam lalu", None),
        ("Harga naik 3 kali lipat", None),  # "tripled": no count of readers
        ("Harga naik 3 kali lipat, dibaca 40 kali", 40),
        # a word's object, no label opening a count: a survey's year
        ("Ikut Survei Pembaca 2026 - klik di sini", None),
        ("Kategori: Berita - Dibaca: 83 kali", 83),
        # how many readers saved the story: no count of its readers
        ("Disimpan 45 kali", None),
        ("45 kali disimpan", None),
    ],
)
def test_find_views(line: str, views: int | None) -> None:
    assert find_views(line) == views


def test_trailing_dash_count() -> None:
    line = "Oleh Rina, Rabu, 2 Oktober 2024 | 10:15 WIB - Redaktur: Tono - 1.283"
    assert trailing_dash_count(line) == 1283
    assert trailing_dash_count("Redaktur: Tono") is None


@pytest.mark.parametrize(("line", "count"), [("794", 794), ("    728", 728), ("7 hari", None)])
def test_bare_count(line: str, count: int | None) -> None:
    assert bare_count(line) == count


@pytest.mark.parametrize("line", ["61 kali dibagikan", "12 kali disukai", "8 kali diunduh"])
def test_a_count_of_shares_likes_or_downloads_is_no_view_count(line: str) -> None:
    assert find_views(line) is None
