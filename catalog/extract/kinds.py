"""What the line readers say of a page's kind: a verdict the kind model weighs.

Three rules stay: the same dateline opening two stories (it fires on four dev
pages of three sites, all listings), a teaser headline printed twice (one page, a
listing) and several dated items with text between them (no dev page). The
greeting, e-paper, institution-page, section-heading, truncated-teaser and
flattened-teaser rules were removed on 2026-12-06: together they fired on seven
dev pages of six sites (section heading on two, the others on one or none) and
named the wrong kind on six of them (the kind model had learned to overrule them).
"""

from __future__ import annotations

import itertools
from typing import Final

from catalog.extract import datelines, layout
from catalog.extract.page import Doc

# The readers' kind when no line names a listing or other page: the kind model decides.
DEFAULT_KIND_RULE: Final = "article:default"


def classify(
    doc: Doc,
    header: list[int],
    body_start: int,
    body_end: int,
    dl: datelines.Dateline | None,
) -> tuple[str, int, str]:
    r"""``(kind, line index, rule)``: the readers' verdict, one feature of the kind model.

    >>> from catalog.extract.page import locate, split_lines
    >>> d = split_lines(
    ...     "Warga Tanam Pohon di Taman Kota\n"
    ...     "BOGOR - Warga menanam seratus pohon di taman kota pada Minggu pagi.\n"
    ...     "BOGOR - Pasar murah digelar di alun-alun kota selama tiga hari."
    ... )
    >>> p = locate(d)
    >>> classify(d, p.header, p.body_start, p.body_end, p.dateline)
    ('listing', 2, 'listing:repeated-dateline')
    """
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
            if (
                same
                and line != lines[body_start]
                and layout.headline_score(prev) == 0
                # the second opens with a dateline too: "Tim KKN UGM Kembangkan ..." under
                # a caption read as "Tim KKN-PPM ..." is another story's headline; and it
                # opens a paragraph ("tirto.id - Ekonomi" over the credits is a rubric)
                and doc.dateline(i) is not None
                and len(line) >= 60
            ):
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
    return "article", body_start, DEFAULT_KIND_RULE
