"""Layouts that the blind pages of ``benchmarks/unseen`` showed the extractor reading
wrong, each also printed by a dev page or a second site (our own words, not those pages):
an update stamp under the byline's stamp, a copyright line that says its rights are
reserved after the brand."""

from __future__ import annotations

import datetime as dt

from sample_text import P1, P2, P3, doc

from catalog.extract import extract


def test_an_update_stamp_under_the_byline_names_no_writer() -> None:
    # "Diperbarui" labels the day of a later edit: the word is no one's name
    text = doc(
        "Taman Baca Dibuka di Pasar Lama",
        "Oleh Nadia Larasati pada 04 Mar 2025, 10:20 WIB",
        "Diperbarui 04 Mar 2025, 12:05 WIB",
        "",
        f"Kota Lama - {P1}",
        "",
        P2,
        "",
        P3,
    )
    got = extract(text)
    assert got.authors == ("Nadia Larasati",)
    assert (got.published_date, got.published_time) == (dt.date(2025, 3, 4), dt.time(10, 20))


def test_the_brand_of_a_copyright_line_stops_where_its_rights_are_reserved() -> None:
    for footer in (
        "Copyright © 2025 KABARLEMBAH. All Rights Reserved.",
        "Copyright © 2025 KABARLEMBAH. All rights reserved",
        "© 2025 KABARLEMBAH. Hak Cipta Dilindungi Undang-Undang",
    ):
        text = doc(
            "Taman Baca Dibuka di Pasar Lama",
            "Kamis, 6 Maret 2025 | 09:15 WIB",
            "",
            P1,
            "",
            P2,
            "",
            P3,
            "",
            footer,
        )
        assert extract(text).source == "KABARLEMBAH", footer
