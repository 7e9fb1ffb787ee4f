"""The extractor's fast paths give the answers of the plain code they replace.

Each helper below was written for speed in compiled code (code points instead of
str methods, one scan instead of several, a cheap test before a costly one); the
plain version it stands for is written out here and both are asked the same
questions, on words and lines that mix ASCII, Indonesian page punctuation and
other scripts (Greek final sigma, the dotted capital I, Arabic-Indic digits).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from catalog.extract import bylines, datelines, dates, labels, layout, views
from catalog.extract.candidates import (
    _ATTRIBUTED,
    _CREDIT_VERBS,
    _DAY_AT_END,
    _FIELD_LINE,
    _FUNCTION_WORDS,
    _READ_MORE,
    _SLASH_CREDIT,
    _WORD,
    _WORD_ASCII,
    Candidate,
    Reading,
    _any_digit,
    _any_digit_in,
    _attributed,
    _day_at_end,
    _has_function_word,
    _has_label_word,
    _has_read_more,
    _slash_credit,
    _title_share_of,
    new_candidate,
    new_reading,
    shape_runs,
)
from catalog.extract.model import Evidence, Extraction
from catalog.extract.page import Doc, build_extraction, evidence_row
from catalog.extract.profile import Profile, fold, furniture_marks
from catalog.extract.scoring import Weights, kind_probabilities, shipped_weights

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
        "DAN",
        "Yang",
        "\u212ae",  # Kelvin sign and "e": lower-cases to "ke"
        "a\u212aan",  # a Kelvin sign inside a word: lower-cases to "akan"
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
        "read",
        "more",
        "ing",
        "continue",
        "lanjut",
        "baca",
        "juga",
        "j",
        "(more",
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
    plain = any(w.lower() in _FUNCTION_WORDS for w in line.split())
    assert _has_function_word(line, line.split()) == plain


@settings(max_examples=400)
@given(LINES)
def test_character_tests_match_the_str_methods(line: str) -> None:
    assert _any_digit(line) == (re.search(r"\d", line) is not None)
    assert _any_digit_in(line, line.split()) == (re.search(r"\d", line) is not None)
    assert layout.is_sidebar_item(line) == (line.startswith(("- ", "– ")) and len(line) > 3)
    if line:
        assert layout._opens_lower(line) == line[0].islower()
    for word in line.split():
        plain = word.strip(":·|•,()").lower()
        assert layout._platform_word(word) == (int(plain in layout.PLATFORM_WORDS) if plain else -1)


@given(LINES | st.text(alphabet="Kab1_/.&-: \t\u00e9\u2013", max_size=50))
def test_a_field_line_has_its_colon_in_its_first_33_characters(line: str) -> None:
    if _FIELD_LINE.match(line) is not None:
        assert ":" in line[:33]


@given(
    st.lists(
        st.sampled_from(["senin", "kamis", " ", "(", ")", "/", "4", "12", ".", "x"]), max_size=12
    ).map("".join)
    | LINES.map(str.lower),
    st.integers(0, 30),
)
def test_day_at_end_matches_the_expression(low: str, start: int) -> None:
    assert _day_at_end(low, start) == (_DAY_AT_END.search(low, start) is not None)


@given(LINES | LINES.map(str.lower))
def test_ascii_story_words_match_the_unicode_expression(line: str) -> None:
    if line.isascii():
        assert _WORD_ASCII.findall(line) == _WORD.findall(line)


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


# captions closing on a credit ("... di pasar. Warta/Rina Kusuma"), with prose and
# spaces around, and lines of pieces of dates in both orders
_CAPS = st.lists(st.sampled_from(["Warta", "A", "Rina", "K.", "Kusuma", "B-2"]), max_size=5)
_CREDITS = st.builds(
    lambda prose, before, left, right, after, tail: (
        f"{prose}{' '.join(before)}{left}/{right}{' '.join(after)}{tail}"
    ),
    st.lists(st.sampled_from(["di pasar.", "Warga", " ", "  ", "x", "("]), max_size=6).map(
        " ".join
    ),
    _CAPS,
    st.sampled_from(["", " ", "  "]),
    st.sampled_from(["", " ", "  "]),
    _CAPS,
    st.sampled_from(["", ".", " ", "  ", " .", ")", "a"]),
)
_DATE_PIECES = st.sampled_from(
    ["1", "12", "2024", "19", "/", "-", ".", " ", "  ", ",", ", ", "Maret", "March", "Mei", "Sen"]
)
_DATES = st.lists(_DATE_PIECES, max_size=16).map("".join) | st.builds(
    lambda a, month, gap, day, comma, year, b: f"{a}{month}{gap}{day}{comma}{year}{b}",
    st.sampled_from(["", "Friday, ", "x", "Rabu 2 ", "12 "]),
    st.sampled_from(["March", "Mar.", "Agt", "Bulan"]),
    st.sampled_from([" ", "  ", "    ", ""]),
    st.sampled_from(["5", "15", "٣", "115"]),
    st.sampled_from([", ", " ", ",", ",   "]),
    st.sampled_from(["2024", "٢٠٢٤", "20245", "24"]),
    st.sampled_from(["", " | 10:00", ", 2023"]),
)


@settings(max_examples=600)
@given(_CREDITS | st.lists(_PIECES, max_size=14).map("".join))
@example("Warga di pasar. Rina / Kusuma A B K.  ")  # seven spaces from "Rina" on
@example("Warga di pasar. Rina /Kusuma A B K.  ")
def test_slash_credit_searched_near_the_end_matches_the_plain_search(line: str) -> None:
    # the plain search over the whole line, then the same test of what precedes the
    # credit (a caption's stop or bracket, not a word of a headline's phrase)
    m = _SLASH_CREDIT.search(line)
    before = line[: m.start()].rstrip() if m is not None else ""
    plain = m is not None and (
        not before or not before[-1].isalnum() or before.lower().endswith(_CREDIT_VERBS)
    )
    assert _slash_credit(line) == plain


# find_dates as it read before its patterns were written for the engine's fast scan
_PLAIN_ANY_DATE = re.compile(dates._ANY_DATE.pattern.replace(r"(\d\d{0,3})", r"(\d{1,4})", 1))


def _plain_find_dates(text: str) -> list[dates.DateHit]:
    hits: list[dates.DateHit] = []
    pos = 0
    while (m := _PLAIN_ANY_DATE.search(text, pos)) is not None:
        hit = dates._hit(m, text)
        if hit is not None:
            hits.append(hit)
        pos = m.end() if hit is not None else m.start() + 1
    if not hits and "," in text:
        for m2 in dates._MDY_NAMED.finditer(text):
            month = dates.month_number(m2.group(1))
            day = dates.make_date(int(m2.group(3)), month, int(m2.group(2))) if month else None
            if day is not None:
                hits.append(dates.DateHit(day, m2.start(), m2.end(), "mdy"))
    return hits


@settings(max_examples=600)
@given(_DATES)
@example("Rapat digelar Rabu (1-5-22) di balai desa.")  # the two-digit year: a dash ...
@example("Rapat digelar Rabu (1/5/22) di balai desa.")  # ... or a slash, no "19"/"20"
@example("Rapat digelar 5 Maret 1999 di balai desa.")
@example("Rapat digelar ٣/٣/٢٢ di balai desa 1.")  # digits of another script
def test_find_dates_matches_the_plain_scan(line: str) -> None:
    assert _PLAIN_ANY_DATE.pattern != dates._ANY_DATE.pattern
    if any(ch in "0123456789" for ch in line):  # find_dates' own gate
        assert dates.find_dates(line) == _plain_find_dates(line)


@settings(max_examples=400)
@given(LINES | _CREDITS | _DATES)
def test_stop_then_space_matches_the_two_character_search(line: str) -> None:
    for stop in (",", ".", "/"):
        assert layout._has_stop_then_space(line, stop) == (stop + " " in line)
    for first, second in (("2", "0"), ("1", "9"), (" ", " ")):
        assert dates._has_pair(line, first, second) == (first + second in line)


@given(st.times())
def test_hh_mm_matches_strftime(clock: dt.time) -> None:
    assert dates.hh_mm(clock) == clock.strftime("%H:%M")


def test_build_extraction_is_the_dataclass_built_with_every_field() -> None:
    # a field added to Extraction and not to the builder is left unset: no equality
    assert len(dataclasses.fields(Extraction)) == 15
    ev = Evidence("title", "Judul", 1, "Judul", "title:first-headline", 0.9, True)
    values = {
        "kind": "article",
        "title": "Judul",
        "authors": ("Rina",),
        "editors": ("Tono",),
        "published_date": dt.date(2024, 10, 2),
        "published_time": dt.time(10, 15),
        "timezone": "WIB",
        "source": "InfoKota",
        "dateline": "Bandung",
        "views": 12,
        "photo_credits": ("dok Humas",),
        "lead": "Bandung - Warga menanam pohon.",
        "body": "Bandung - Warga menanam pohon.",
        "word_count": 5,
        "evidence": (ev,),
    }
    built = build_extraction(*values.values())
    plain = Extraction(**values)
    assert type(built) is Extraction
    assert built == plain and hash(built) == hash(plain) and repr(built) == repr(plain)


def test_doc_lead_dates_reads_each_line_once() -> None:
    lead = "Bogor - Warga menanam pohon di taman kota, Senin (4/3/2024), bersama camat."
    doc = Doc([lead, "Judul"], [lead, "Judul"])
    first = doc.lead_dates(0)
    assert first == dates.find_lead_dates(lead) and [d.form for d in first] == ["paren"]
    assert doc.lead_dates(0) is first  # the answer kept, not read again
    assert doc.lead_dates(1) == []


@settings(max_examples=600)
@given(LINES.map(str.lower))
@example("baca selengkapnya")
@example("membaca juga")
@example("lanjut  baca")
@example("silakan lanjut baca")
@example("baca juga")
@example("jika baca juga")
@example("(more…)")
@example("continue reading")
@example("read  more")
def test_read_more_cue_with_fewer_scans_matches_any_cue(low: str) -> None:
    assert _has_read_more(low) == any(c in low for c in _READ_MORE)


_SAID_PIECES = st.sampled_from(
    [
        *("kata", "nya", "ujar", "said", "tersebut", "menurut", "pungkas", "ucap", "jelas"),
        *("ber", "me", "_", "1", "٣", "é", "İ", " ", ",", ".", "-", "“", "”", '"', "'", "a", "n"),
    ]
)


@settings(max_examples=800)
@given(st.lists(_SAID_PIECES, max_size=12).map("".join) | LINES.map(str.lower))
@example("harga naik, ujarnya.")
@example("katanyanya")
@example("_katanya")
@example("ékatanya")
@example("menurutnya_")
@example("said")
@example("kata٣")
def test_attributed_matches_the_expression(low: str) -> None:
    assert _attributed(low) == (_ATTRIBUTED.search(low) is not None)


_CREDIT_WORDS = [
    *("Humas", "Polres", "Kota", "DISKOMINFO", "Dewi", "-", "KABARKOTA", "|", ",", "•"),
    *("warga", "menanam", "pohon.", " ", "  ", "\t", "\u00a0", "\x1c", "–", "a"),
]
_CREDIT_LINES = st.lists(st.sampled_from(_CREDIT_WORDS), max_size=40).map(" ".join) | LINES


@settings(max_examples=600)
@given(_CREDIT_LINES, st.integers(0, 80))
@example("Warga kota menanam pohon di taman kota pada pagi hari ini bersama para petugas.", 70)
@example("Warga kota menanam pohon di taman kota , , , , , , , , , , , , , , , , , , ,", 40)
@example("a \x1c b \x1c c \x1c d", 5)
def test_surely_longer_only_says_so_of_a_longer_credit(text: str, limit: int) -> None:
    if bylines._surely_longer(text, limit):
        assert len(" ".join(text.replace("\u00a0", " ").split()).strip(" |•·,")) > limit


def _plain_closing_unit(line: str) -> str | None:
    text = " ".join(line.split())
    words = text.split()
    if not words or len(words) > 5 or len(text) > 50:
        return None
    if words[0].lower() not in bylines._UNIT_HEADS or (len(words) == 1 and len(text) < 5):
        return None
    if not all(w[0].isupper() for w in words) or not bylines.is_name(text):
        return None
    return None if bylines._DIGITS.search(text) else text


@settings(max_examples=600)
@given(_CREDIT_LINES)
@example("Humas Polres Kota")
@example("Humas Polres Kota Baru Sekali Lagi")
@example("  Humas  Polres\tKota ")
def test_closing_unit_counting_six_words_first_matches_the_plain_one(line: str) -> None:
    assert bylines.closing_unit(line) == _plain_closing_unit(line)


def test_named_tuples_built_with_tuple_new_are_those_the_class_builds() -> None:
    features = {"near2": 1.0}
    fast = new_candidate("title", "Judul", 3, "title:first", features, ("A",), "10:15", "WIB")
    plain = Candidate("title", "Judul", 3, "title:first", features, ("A",), "10:15", "WIB")
    assert type(fast) is Candidate and fast == plain and fast.zone == "WIB"
    args = ({}, features, "article:lead", 2, ["a"], "lead", "body", 2, (), ())
    assert type(new_reading(*args)) is Reading and new_reading(*args) == Reading(*args)
    credit = bylines._credit(("Ani",), (), "label")
    assert type(credit) is bylines.Credit and credit == bylines.Credit(("Ani",), (), "label")
    assert credit.label_only is False and bylines._credit((), (), "label-only", True).label_only
    day, clock = dt.date(2024, 5, 14), dt.time(15, 11)
    built = [
        (
            datelines.new_dateline("Palu", None, 6, "single"),
            datelines.Dateline("Palu", None, 6, "single"),
        ),
        (dates._date_hit(day, 0, 11, "dmy"), dates.DateHit(day, 0, 11, "dmy")),
        (
            dates._stamp(day, clock, "WIB", 0, 30, "dmy"),
            dates.Stamp(day, clock, "WIB", 0, 30, "dmy"),
        ),
        (dates._lead_date(day, 4, "dmy"), dates.LeadDate(day, 4, "dmy")),
    ]
    for fast_tuple, plain_tuple in built:
        assert type(fast_tuple) is type(plain_tuple) and fast_tuple == plain_tuple
        assert repr(fast_tuple) == repr(plain_tuple)


def test_evidence_rows_built_as_drafts_are_those_the_dataclass_builds() -> None:
    fast = evidence_row("title", "Judul", 3, "Judul", "title:first-headline", 0.25, False)
    plain = Evidence("title", "Judul", 3, "Judul", "title:first-headline", 0.25, False)
    assert type(fast) is Evidence
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    try:
        fast.value = "Lain"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("an evidence row is frozen")


_KIND_FEATURES = st.dictionaries(
    st.sampled_from(
        [
            *sorted({k for m in shipped_weights().kinds.values() for k in m.weights}),
            "not-a-feature",
            "empty-ish",
        ]
    ),
    st.floats(min_value=-3.0, max_value=3.0, allow_nan=False),
    max_size=40,
)


@settings(max_examples=300)
@given(_KIND_FEATURES)
def test_kind_probabilities_from_the_table_are_those_of_each_logit(
    features: dict[str, float],
) -> None:
    shipped = shipped_weights()
    # the same models in another Weights: summed kind by kind, not from the table
    plain = kind_probabilities(Weights(shipped.fields, dict(shipped.kinds)), features)
    assert kind_probabilities(shipped, features) == plain


def _plain_fold(line: str) -> str:
    return re.sub(r"\d+", "0", re.sub(r"\s+", " ", line.strip().lower()))


@settings(max_examples=400)
@given(LINES | st.text(alphabet="aB1 \t\x1c\x1f\x0b\r:|", max_size=30))
@example("  Sabtu, 15  Juni 2024 | 08:30 WIB ")
@example("\x1cMenu\x1fUtama\x0b")
def test_fold_of_ascii_lines_matches_the_regex_fold(line: str) -> None:
    assert fold(line) == _plain_fold(line)


@settings(max_examples=200)
@given(
    st.lists(
        LINES
        | st.sampled_from(
            [
                "",
                "  ",
                "Menu Utama",
                "MENU  utama",
                "Kabar 12",
                " 12  Menit lalu",
                "7",
                "Menü Utama",
            ]
        ),
        max_size=8,
    )
)
def test_furniture_marks_are_the_profile_asked_line_by_line(lines: list[str]) -> None:
    profile = Profile(frozenset(["menu utama", "kabar 0", "baca juga", "0 menit lalu", "0"]), 9)
    plain = [bool(line.strip()) and profile.is_furniture(line) for line in lines]
    assert furniture_marks(lines, profile) == plain
    assert furniture_marks(lines, Profile()) == [False] * len(lines)


@settings(max_examples=400)
@given(
    LINES
    | st.lists(st.sampled_from(["a", "aa", "A", "+", "-", "–", " ", "\t", "x"]), max_size=6).map(
        "".join
    )
)
def test_line_tests_match_the_plain_ones(line: str) -> None:
    low = line.lower()
    assert _has_label_word(low) == any(w in low for w in labels.LINE_SUBSTRINGS)
    words = low.split()
    plain_control = bool(words) and all(w.strip("+-–") in ("a", "aa") for w in words)
    if not low[:1].isdigit():
        assert layout._reader_control(low) == plain_control
    # a view count is a number: a line without a digit (of any script) holds none
    if re.search(r"\d", line) is None:
        assert views.find_views(line) is None


@settings(max_examples=400)
@given(LINES, st.integers(1, 6))
def test_digit_tests_match_the_plain_ones(line: str, times: int) -> None:
    text = line * times
    assert dates.has_ascii_digit(text) == any(c in "0123456789" for c in text)
    assert dates.any_digit(text) == (re.search(r"\d", text) is not None)


def _mostly_numbers(words: list[str]) -> bool:
    counted = numbers = 0
    for w in words:
        if any(ch.isalnum() for ch in w):
            counted += 1
            # a zone is a clock's unit, as a measure's unit ("km", "mm") is its number's
            if (
                any(ch.isdigit() for ch in w)
                or w in ("WIB", "WITA", "WIT")
                or w.lower() in layout._UNITS
            ):
                numbers += 1
    return counted > 0 and 2 * numbers >= counted


_NUMBER_PIECES = st.sampled_from(
    ["WIB", "WITA", "WIT", "Wita", "W", "04:37", "14.05", "²", "½", "Ⅻ", "٣", "Senin", "senin, "]
)


@settings(max_examples=400)
@given(LINES | st.lists(_PIECES | _NUMBER_PIECES | st.just(" "), max_size=14).map("".join))
def test_headline_number_tests_match_the_plain_ones(line: str) -> None:
    assert layout.mostly_numbers(line.split()) == _mostly_numbers(line.split())
    # a date bar's day is a digit: an ASCII line with no ASCII digit opens with none
    if line.isascii() and not any(c in "0123456789" for c in line):
        assert layout._DATE_BAR.match(line.lower()) is None
    # a control's glyph is not ASCII
    if line.isascii():
        assert layout._CONTROL_GLYPHS.isdisjoint(line)


@settings(max_examples=400)
@given(st.text("DCPHNO", max_size=40))
def test_line_shapes_without_stamp_count_or_entry_make_no_run(types: str) -> None:
    # teaser_runs skips the line shapes of a window with no stamp or count line (S, T,
    # V) and no list entry (a lower-case letter): such shapes make no run
    assert shape_runs(types, list(range(len(types)))) == {}
    # (a stamp in each group makes one: two groups of three)
    assert shape_runs("HSVHSV" + types, list(range(len(types) + 6)))[0] == (2, False)


@settings(max_examples=300)
@given(LINES, st.integers(1, 8))
@example(
    "Pemerintah kota bersama warga desa menanam pohon di sepanjang jalan baru dan membersihkan "
    "sampah di pasar pada pagi hari ini, kata kepala dinas.",
    1,
)
def test_a_long_paragraph_is_no_headline_shape(line: str, times: int) -> None:
    # page.Doc.headline answers a paragraph over 120 characters without asking
    # headline_shape, whose own test it is
    text = " ".join([line] * times).strip()
    if len(text) > 120 and layout.is_prose(text):
        assert not layout.headline_shape(text)
        assert not layout.headline_shape(text, text.lower())


_DATELINE_PIECES = st.sampled_from(
    [
        *("Jakarta", "Kota Baru", "KUPANG", "Ternate", "Antara Bali", "ANTARA", "kim", "Harga"),
        *("naik", "22/1", "Feb 24", "5 Juni", "Kepala Dinas Kesehatan Provinsi Maluku Utara"),
        *(" ", "  ", "   ", "    ", "\t", "\u00a0", ",", "(", ")", "-", "--", "–", "—", "_"),
        *(".", ":", "“", '"', "x" * 30),
    ]
)


@settings(max_examples=600)
@given(st.lists(_DATELINE_PIECES, max_size=12).map("".join))
def test_paren_dateline_gate_keeps_every_match(text: str) -> None:
    # parse_dateline runs the expression only where the gate says it may match
    if datelines._PAREN.match(text) is not None:
        assert datelines._paren_may_match(text)


@settings(max_examples=600)
@given(st.lists(_DATELINE_PIECES, max_size=12).map("".join))
def test_single_dateline_gate_keeps_every_match(text: str) -> None:
    if datelines._SINGLE.match(text) is not None:
        assert datelines._single_may_match(text)


@settings(max_examples=600)
@given(st.lists(_DATELINE_PIECES | st.sampled_from(["|", ",", "a b"]), max_size=12).map("".join))
def test_comma_dateline_gate_keeps_every_match(text: str) -> None:
    if datelines._COMMA.match(text) is not None:
        assert datelines._comma_may_match(text)


@settings(max_examples=600)
@given(
    st.lists(_DATELINE_PIECES | st.sampled_from(["/", "//", "a.b", "Bb"]), max_size=12).map("".join)
)
def test_tight_dateline_gate_keeps_every_match(text: str) -> None:
    if datelines._TIGHT.match(text) is not None:
        assert datelines._tight_may_match(text)


@settings(max_examples=400)
@given(
    LINES
    | st.lists(
        st.sampled_from(["Oleh", "oleh ", "by", "Penulis", "Redaktur", "(", "- ", "x"]), max_size=6
    ).map("".join)
)
def test_credit_gate_matches_the_plain_one(line: str) -> None:
    low = line.lower()
    head = line[:40].lower().lstrip("-–•*( ")
    plain = (
        ":" in line
        or "：" in line
        or head.startswith(bylines._OPENERS)
        or head.startswith(labels.WORDS)
        or " oleh " in low
    )
    assert bylines.may_be_credit(line, low) == plain


@settings(max_examples=300)
@given(
    LINES | st.sampled_from(["Foto: x", "FOTO", "Ilustrasi", ": a", "website resmi", "welcome to"])
)
def test_caption_and_site_openers_match_startswith(line: str) -> None:
    assert layout.opens_as_caption(line) == line.startswith(layout._CAPTION_OPENERS)
    low = line.lower()
    plain = low.startswith(layout._SITE_NAME_PREFIX)
    assert layout.starts_with_any(low, layout._SITE_NAME_PREFIX_BY_FIRST) == plain


@settings(max_examples=300)
@given(st.lists(LINES, max_size=6), st.sampled_from(["kota", "di", "a b", "warga", "foto", "x"]))
def test_a_word_in_the_joined_story_is_in_one_of_its_lines(lines: list[str], low: str) -> None:
    # collect joins the story's lines for "lower-case-elsewhere" only when one holds the
    # word (or the word holds a space, and may span two lines)
    if f" {low} " in " ".join(lines):
        assert " " in low or any(low in line for line in lines)


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(["March", "Mei", " ", ", ", "15", "2024", "1890", "2150", "3", "-", "/"]),
        max_size=10,
    ).map("".join)
)
def test_english_dates_need_a_year_of_this_era(text: str) -> None:
    # _find_dates reads English dates only in ASCII text holding "19" or "20"
    if text.isascii() and "19" not in text and "20" not in text:
        assert not [h for h in dates.find_dates(text) if h.form == "mdy"]


@settings(max_examples=300)
@given(LINES)
def test_one_or_two_words_matches_the_space_count(line: str) -> None:
    from catalog.extract.core import _one_or_two_words

    plain = line.count(" ") <= 1 and not any(ch.isdigit() for ch in line)
    assert _one_or_two_words(line) == plain


@settings(max_examples=300)
@given(LINES, st.integers(1, 12), st.integers(1, 6))
def test_lower_words_stopped_is_the_count_up_to_there(line: str, stop: int, times: int) -> None:
    text = " ".join([line] * times)
    assert layout.lower_words(text, stop) == min(layout.lower_words(text), stop)


_CUE_PIECES = st.sampled_from(
    [
        *("Baca Selengkapnya", "selengkapnya", "Read more", " ", ".", "..", "...", "…", "»"),
        *(">", "warga kota", "Lanjut Baca", "(more", "İ", "ΑΣ", "x" * 30, "\u00a0"),
    ]
)


@settings(max_examples=500)
@given(st.lists(_CUE_PIECES, max_size=10).map("".join) | LINES)
@example("Selengkapnya »")
@example("x" * 58 + "...")
@example("x" * 60 + "…")
@example("x" * 61 + "..")
@example("İ" * 30 + " read more")
def test_cue_bits_are_the_kind_features_line_tests(line: str) -> None:
    from catalog.extract.candidates import (
        _CUE,
        _CUE_LINE,
        _CUT,
        _ELLIPSES,
        _READ_MORE_LINES,
        cue_bits,
    )
    from catalog.extract.page import LineFacts

    t = line.lower()
    plain = (
        (_CUE if _has_read_more(t) else 0)
        | (_CUE_LINE if len(t) < 40 and t.strip(" .»>…") in _READ_MORE_LINES else 0)
        | (_CUT if len(line) > 60 and line.endswith(_ELLIPSES) else 0)
    )
    facts = LineFacts(line)
    assert cue_bits(facts) == plain
    assert cue_bits(facts) == plain  # (kept)


@settings(max_examples=300)
@given(LINES)
@example("Jakarta. Harga naik")
@example("Plt. Kepala dinas")
def test_a_dateline_stop_is_searched_only_where_a_stop_is(line: str) -> None:
    lead50 = line[:50]
    assert (lead50.find(". ") if "." in lead50 else -1) == lead50.find(". ")


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["", "Warga", "Senin, 1 Mei 2024", "Oleh Ani"]), max_size=12))
def test_lines_order_is_the_place_among_printed_lines(lines: list[str]) -> None:
    from catalog.extract.candidates import Lines
    from catalog.extract.page import locate, split_lines

    if not any(lines):
        return
    doc = split_lines("\n".join(lines))
    facts = Lines(doc, locate(doc))
    places = {i: k for k, i in enumerate(facts.nonempty)}
    for i in range(-3, len(doc.lines) + 3):
        assert facts.order(i) == places.get(i)


@settings(max_examples=300)
@given(
    st.dictionaries(
        st.sampled_from(["article", "listing", "other", ""]),
        st.sampled_from([0.0, 0.25, 0.5, 1.0, float("nan")]),
        min_size=1,
    )
)
def test_most_likely_kind_is_max_with_a_key(probs: dict[str, float]) -> None:
    from catalog.extract.scoring import _most_likely

    assert _most_likely(probs) == max(probs, key=lambda k: probs[k])


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(["IMG", "DSC", "Wha", "_8076", "Brand", " – ", "I", "W"])).map("".join)
    | LINES
)
def test_clean_lead_gate_keeps_every_image_name(line: str) -> None:
    plain = line
    if line[:3] in ("IMG", "DSC", "Wha"):
        m = datelines._IMG_PREFIX.match(line)
        if m:
            plain = line[m.end() :]
    assert datelines.clean_lead(line) == plain


def test_only_an_s_opens_a_sumber_line() -> None:
    # _source_and_dateline asks _SUMBER only of a line opening with "s", "S" or "ſ"
    from catalog.extract.core import _SUMBER

    openers = {
        c
        for c in range(0x30000)
        if _SUMBER.match(chr(c) + "umber: Ani") or _SUMBER.match(chr(c) + "ource: Ani")
    }
    assert openers == {ord("s"), ord("S"), ord("ſ")}


def test_a_list_entry_opens_with_a_decimal_digit_and_glyphs_are_not_ascii() -> None:
    # is_list_item and headline_shape match _LIST_ITEM only under a code point that
    # is an ASCII digit or str.isdecimal (re's \d); is_nav looks for its glyphs only
    # in a line that is not ASCII
    digit = re.compile(r"\d")
    for c in range(0x30000):
        ch = chr(c)
        assert (digit.match(ch) is not None) == ch.isdecimal()
    assert not any(g.isascii() for g in ("›", "»", "‹", "«", "·", "°", *layout._CONTROL_GLYPHS))


def _plain_platform_word(word: str) -> int:
    stripped = word.strip(":·|•,()")
    if not stripped:
        return -1
    return 1 if stripped.lower() in layout.PLATFORM_WORDS else 0


def test_platform_word_matches_the_plain_test_on_every_spelling() -> None:
    # the length and last-letter tables only rule out words that cannot lower-case to
    # a platform word: every platform word in any case, with Kelvin signs for its
    # "k", in marks, one letter off at either end, is read as the plain test reads it
    words: list[str] = []
    for p in layout.PLATFORM_WORDS:
        for w in (p, p.upper(), p.capitalize(), p.replace("k", "\u212a"), p.swapcase()):
            words += [w, f"({w})", f"{w}:", f"·{w},", w[:-1] + "x", w[:-1] + "Z", "q" + w[1:]]
            words += [w + "s", w[:-1], w[:-1] + "\u212a", w[:-1] + "İ", w[:-1] + "-", "@" + w[1:]]
    for w in words:
        if w:  # (a word of split(), never empty)
            assert layout._platform_word(w) == _plain_platform_word(w), w
