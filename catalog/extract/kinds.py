"""What kind of page this is: an article, a listing of stories, or something else."""

from __future__ import annotations

import itertools
import re
from typing import Final

from catalog.extract import datelines, dates, layout
from catalog.extract.page import Doc

_DIGIT: Final = re.compile(r"\d")
_GREETINGS: Final[tuple[str, ...]] = (
    "selamat hari",
    "selamat dan sukses",
    "selamat bertugas",
    "dirgahayu",
    "turut berduka",
    "mengucapkan selamat",
    "selamat ulang tahun",
    "selamat menunaikan",
    "selamat merayakan",
)


_NON_STORY_HEADINGS: Final[tuple[str, ...]] = (
    "visi dan misi",
    "visi misi",
    "visi & misi",
    "profil",
    "struktur organisasi",
    "tugas pokok",
    "tupoksi",
    "kontak",
    "hubungi kami",
    "tentang kami",
    "galeri",
    "unduhan",
    "maklumat pelayanan",
    "standar pelayanan",
)


_LISTING_HEADINGS: Final = frozenset(
    (
        "berita terkini",
        "berita terbaru",
        "indeks berita",
        "index berita",
        "arsip berita",
        "semua berita",
        "kabar terkini",
        "berita lainnya",
        "artikel terbaru",
        "latest news",
    )
)


# a tuple[str, ...] constant: mypyc builds a literal tuple anew on every call
_ELLIPSES: Final[tuple[str, ...]] = ("…", "...")


def classify(
    doc: Doc,
    header: list[int],
    body_start: int,
    body_end: int,
    dl: datelines.Dateline | None,
    body: list[str] | None = None,
) -> tuple[str, int, str]:
    """``(kind, line index, rule)``; ``body`` is the non-empty story lines when the
    caller has them already (``extract`` needs them too)."""
    lines = doc.lines
    # Two stories opened with the same dateline and no headline between them.
    if dl is not None:
        prefix = lines[body_start][: dl.end].strip(" -–—:").lower()
        opening = lines[body_start][:3]
        # cheap case variants of the first three characters before any lower-casing
        openings = {opening, opening.lower(), opening.upper(), opening.capitalize()}
        prev = ""
        for i in range(body_start + 1, len(lines)):
            line = lines[i]
            if not line:
                continue
            same = line[:3] in openings and line[: dl.end].strip(" -–—:").lower() == prefix
            if same and line != lines[body_start] and layout.headline_score(prev) == 0:
                return "listing", i, "listing:repeated-dateline"
            prev = line
    # Another story's headline printed twice inside the body: an index page.
    prev = ""
    for i in range(body_start + 1, body_end):
        line = lines[i]
        if not line:
            continue
        if (
            prev
            and line != prev
            and len(line) - len(prev) <= 6
            and line.startswith(prev)
            and layout.headline_score(prev) > 0
        ):
            return "listing", i, "listing:teaser-headline"
        prev = line
    # Several dated items, each with its own text: an index of stories.
    stamped = [
        i
        for i in range(min(body_end, layout.HEAD_LINES * 2, len(lines)))
        if lines[i]
        and len(lines[i]) <= 120
        and lines[i][0] not in "•·-–"  # menu bullets and teaser entries
        and doc.stamp(i)  # a stamp needs a digit (find_stamp's own gate)
    ]
    if len(stamped) >= 3:
        gaps = sum(
            1 for a, b in itertools.pairwise(stamped) if any(doc.prose(k) for k in range(a + 1, b))
        )
        if gaps >= 2:
            return "listing", stamped[0], "listing:many-dated-items"
    first8 = _first_nonempty(lines, 8, layout.HEAD_LINES)
    if body is None:
        body = [lines[i] for i in range(body_start, body_end) if lines[i]]
    if len(body) <= 2 and any(lines[i].lower() in _LISTING_HEADINGS for i in first8):
        return "listing", 0, "listing:section-heading"
    text_len = sum(map(len, body))
    # One truncated teaser under a headline, cut with an ellipsis.
    if (
        1 <= len(body) <= 2
        and body[-1].endswith(_ELLIPSES)
        and text_len < 1500
        and not header_has_meta(doc, header)
    ):
        return "listing", body_start, "listing:single-truncated-teaser"
    # A page number / edition label: e-paper pages are not articles.
    for i in first8:
        # lower-casing six characters, not the whole line, decides "edisi "
        if lines[i][:6].lower() == "edisi " and dates.find_dates(lines[i]):
            return "other", i, "other:e-paper-edition"
    # A greeting or condolence post without any news layout.
    no_news = dl is None and not header_has_meta(doc, header)
    if no_news and len(body) <= 4 and text_len < 1200:
        blob = " ".join(body).lower()
        if any(word in blob for word in _GREETINGS) and "!" in blob:
            return "other", body_start, "other:greeting"
    # Profile, contact and announcement pages of an institution are not stories.
    if no_news and header:
        heading = next(
            (lines[i] for i in header if i not in doc.sidebar and doc.headline(i)),
            "",
        )
        # "Profil Dinas Kominfo" is a page of the institution; a news headline is longer
        if heading.lower().startswith(_NON_STORY_HEADINGS) and heading.count(" ") <= 4:
            return "other", body_start, "other:institution-page"
    # A page whose only text is one unbroken run of several paragraphs with no headline
    # is an item teaser on an index page.
    if (
        len(body) == 1
        and len(body[0]) > 1200
        and dl is not None
        and dl.outlet is None
        and not any(doc.headline(i) for i in header if i not in doc.sidebar)
    ):
        return "listing", body_start, "listing:flattened-teaser"
    return "article", body_start, "article:default"


def _first_nonempty(lines: list[str], k: int, stop: int) -> list[int]:
    """Indices of the first ``k`` non-empty lines among the first ``stop``.

    >>> _first_nonempty(["", "Berita", "", "Judul", "Isi"], 2, 10)
    [1, 3]
    """
    out: list[int] = []
    for i in range(min(stop, len(lines))):
        if lines[i]:
            out.append(i)
            if len(out) == k:
                break
    return out


def header_has_meta(doc: Doc, header: list[int]) -> bool:
    """A stamp or credit of the story itself (teasers' ones do not count)."""
    return any(
        i not in doc.sidebar and (doc.stamp(i) is not None or doc.credit(i) is not None)
        for i in header
    )


# ---------------------------------------------------------------- sidebar
