"""The extractor's fast paths give the answers of the plain code they replace.

Each helper below was written for speed in compiled code (code points instead of
str methods, one scan instead of several, a cheap test before a costly one); the
plain version it stands for is written out here and both are asked the same
questions, on words and lines that mix ASCII, Indonesian page punctuation and
other scripts (Greek final sigma, the dotted capital I, Arabic-Indic digits).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.extract import dates, layout
from catalog.extract.candidates import _any_digit, _title_share_of
from catalog.extract.page import Doc

_PIECES = st.sampled_from(
    [
        "Bagikan",
        "facebook",
        "FaceBook",
        "WA",
        "x",
        "X",
        "link",
        "Warga",
        "kota",
        "di",
        "dan",
        "ΑΣ",
        "İ",
        "K",  # Kelvin sign: lower-cases to ASCII "k"
        "٣",  # an Arabic-Indic digit: \d, not 0-9
        "2024",
        ":",
        "·",
        "|",
        "•",
        ",",
        "(",
        ")",
        "- ",
        "– ",
        "-",
        "–",
        " ",
        "  ",
        "\u00a0",
        "\t",
        "beranda",
        "Baca juga",
        "copyright",
        "©",
        "selengkapnya",
        ".",
    ]
)
LINES = st.lists(_PIECES, max_size=14).map("".join) | st.text(max_size=40)


def _platform_share(line: str) -> float:
    words = [w.strip(":·|•,()").lower() for w in line.split()]
    words = [w for w in words if w]
    if not words:
        return 0.0
    return sum(1 for w in words if w in layout.PLATFORM_WORDS) / len(words)


def _title_share(line: str) -> float:
    words = [w for w in line.split() if w[:1].isalpha()]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


@settings(max_examples=400)
@given(LINES)
def test_word_shares_match_the_plain_ones(line: str) -> None:
    assert layout.platform_share(line) == _platform_share(line)
    assert layout.platform_share_of(line.split()) == _platform_share(line)
    assert layout._mostly_platform(line) == (_platform_share(line) >= 0.6)
    assert _title_share_of(line.split()) == _title_share(line)


@settings(max_examples=400)
@given(LINES)
def test_character_tests_match_the_str_methods(line: str) -> None:
    assert _any_digit(line) == (re.search(r"\d", line) is not None)
    assert layout.is_sidebar_item(line) == (line.startswith(("- ", "– ")) and len(line) > 3)
    if line:
        assert layout._opens_lower(line) == line[0].islower()
    for word in line.split():
        assert layout._strip_marks(word) == word.strip(":·|•,()")


@settings(max_examples=300)
@given(LINES, st.lists(st.sampled_from(["", "b", "ba", "baca ", "co", "©", "- ", "x"]), max_size=5))
def test_prefix_index_matches_startswith(line: str, prefixes: list[str]) -> None:
    index = layout.prefix_index(tuple(prefixes))
    assert layout.starts_with_any(line, index) == line.startswith(tuple(prefixes))


@settings(max_examples=300)
@given(LINES, st.sampled_from(["bogor", "kota", "x", "ba", "k"]))
def test_any_before_matches_one_search_per_word(line: str, place: str) -> None:
    text = line.lower()
    words = ("di", "kota", "kab.", "ke", "")
    assert layout.any_before(text, words, " " + place) == any(f"{w} {place}" in text for w in words)


@settings(max_examples=200)
@given(st.lists(LINES, min_size=1, max_size=5), st.integers(0, 6), st.integers(0, 8))
def test_doc_lower_join_matches_joining_then_lowering(
    lines: list[str], start: int, stop: int
) -> None:
    doc = Doc(list(lines), list(lines))
    # Both sides lower with Doc.low: compiled by mypyc, str.lower has no final-sigma
    # rule ("ΑΣ" -> "ασ", CPython gives "ας"), so the plain side must be lowered by the
    # same code for the test to ask only about joining.
    joined = " ".join(lines[start:stop])
    assert doc.lower_join(start, stop) == Doc([joined], [joined]).low(0)


@settings(max_examples=300)
@given(LINES.filter(lambda s: not any(ch in "0123456789" for ch in s)))
def test_a_stamp_needs_an_ascii_digit(line: str) -> None:
    # _maybe_stamp and classify ask doc.stamp without a digit regex first: this is why
    assert dates.find_stamp(line) is None
    # digits of another script read as a date by the \d patterns, were the gate not there
    assert dates.find_stamp("Senin, ١٤ Mei ٢٠١٨ | WIB") is None
