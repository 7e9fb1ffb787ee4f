"""extract() never raises, returns well-formed values, and stays fast on hostile lines."""

from __future__ import annotations

import datetime as dt
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.extract import Extraction, extract
from catalog.extract.model import KINDS, ZONES

_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))
_PIECES = st.sampled_from(
    [
        "Oleh ",
        "Penulis: ",
        "Editor : ",
        " | ",
        " - ",
        "–",
        "—",
        "(",
        ")",
        "/",
        ":",
        "\n",
        "Kamis, ",
        "19 September 2024",
        "21:09 WIB",
        "(11/7/2019)",
        "Jakarta, InfoPublik – ",
        "283",
        "kali dibaca",
        "•",
        "\u00a0",
        "WITA",
        "Pebruari",
        "5:03pm",
        "©",
        "...",
    ]
)


def _check(e: Extraction) -> None:
    # the never-raise safety net must not be what kept us alive
    assert not any(ev.rule.startswith("error:") for ev in e.evidence)
    assert e.kind in KINDS
    assert e.published_date is None or isinstance(e.published_date, dt.date)
    assert e.published_time is None or isinstance(e.published_time, dt.time)
    assert e.timezone is None or e.timezone in ZONES
    assert e.views is None or e.views >= 0
    assert all(isinstance(a, str) and a for a in e.authors)
    assert all(isinstance(a, str) and a for a in e.editors)
    for ev in e.evidence:
        assert ev.line_no >= 1
        assert len(ev.raw) <= 300
        assert 0.0 <= ev.confidence <= 1.0
    if e.published_utc is not None:
        assert e.published_date is not None and e.published_time is not None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_ALPHABET, max_size=2000))
def test_arbitrary_text_never_raises(text: str) -> None:
    _check(extract(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=80).map("".join))
def test_layout_fragments_never_raise(text: str) -> None:
    _check(extract(text))


ADVERSARIAL = [
    "9" * 100_000,
    "-" * 100_000,
    "|" * 100_000,
    " " * 100_000,
    "1/" * 50_000,
    "1 " * 50_000,
    "Oleh " * 20_000,
    "Jakarta, " * 11_000,
    "((((((" * 16_000,
    ("12 Januari 2024 | " * 5_000),
    "Jakarta (ANTARA) - " + "a" * 100_000,
    "Editor: " + "x " * 50_000,
    "\n".join(["- Oleh X"] * 20_000),
    "Kamis (" + "1/" * 30_000 + ")",
    "a" * 99_999 + "\n" + "Rabu, 1 Mei 2024 | 10:00 WIB",
]


def test_adversarial_lines_finish_fast() -> None:
    # Not a timing assertion on normal work: a guard against catastrophic
    # backtracking, where one line would take minutes.
    for text in ADVERSARIAL:
        start = time.perf_counter()
        _check(extract(text))
        assert time.perf_counter() - start < 5.0, text[:40]
