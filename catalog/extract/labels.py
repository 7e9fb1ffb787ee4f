"""Credit-label words: the words a page prints before the names of a story's people.

A credit line names who wrote a story and who edited it behind a label word:
``Penulis: Ani``, ``Redaktur: Budi``, ``Oleh Ani``, ``Laporan Wartawan Harian
Kota, Ani``. The byline parser, the line features, the footer scan and the site
profile all build their sets and patterns from the tables here, so a label word
is added or dropped in one place.

Where one reader knows fewer or more words than another, the difference is
written here under the reader's own name. The scorer's weights
(``weights.json``) were fitted on exactly these readings: widening a reader is a
change to measure against the labelled pages, not a tidy-up.

>>> "redaktur" in EDITOR_LABELS, "redaktur" in AUTHOR_LABELS
(True, False)
>>> LINE_SUBSTRINGS[:3], LINE_SUBSTRINGS[-3:]
(('oleh', 'by ', 'penulis'), ('rep:', 'red:', 'sumber'))
"""

from __future__ import annotations

from typing import Final

# The common label words, the ones a credit line most often opens with.
AUTHOR_WORDS: Final[tuple[str, ...]] = ("penulis", "reporter", "pewarta", "wartawan")
EDITOR_WORDS: Final[tuple[str, ...]] = ("editor", "redaktur", "penyunting")
WORDS: Final[tuple[str, ...]] = AUTHOR_WORDS + EDITOR_WORDS
# "Oleh Ani", "By Ani": a credit that names no role
OLEH: Final = "oleh"
BY: Final = "by"
BY_WORDS: Final[tuple[str, ...]] = (OLEH, BY)
# Roles that sign stories on fewer pages: "Kontributor: Ani", "Ani, Jurnalis"
CONTRIBUTOR: Final = "kontributor"
ROLES: Final[tuple[str, ...]] = (CONTRIBUTOR, "jurnalis")
# Abbreviations, label words only with a colon after them: "Rep: Ani", "Red: Budi"
AUTHOR_SHORT: Final = "rep"
EDITOR_SHORT: Final = "red"
SHORT_LABELS: Final[tuple[str, ...]] = (AUTHOR_SHORT, EDITOR_SHORT)
# More author labels: "Teks: Ani", "Writer: Ani", "Reported by: Ani", "Laporan: Ani",
# and the Javanese "Pawarta: Ani" (reporter) and "Dening: Ani" (by)
OTHER_AUTHOR_LABELS: Final[tuple[str, ...]] = (
    "teks",
    "writer",
    "author",
    "reported by",
    "laporan",
    "pawarta",
    "dening",
)
# "Sumber: Diskominfo" names a source, not a person, but stands among the credits.
SOURCE: Final = "sumber"

# The label of a "Label: name" pair, by whom the name is.
AUTHOR_LABELS: Final = frozenset(
    (
        *AUTHOR_WORDS,
        *ROLES,
        AUTHOR_SHORT,
        *OTHER_AUTHOR_LABELS,
        "penulis berita",
        "ditulis oleh",
    )
)
# the Javanese spelling of "Redaktur: Budi"
EDITOR_JAVANESE: Final = "redhaktur"
EDITOR_LABELS: Final = frozenset(
    (*EDITOR_WORDS, EDITOR_SHORT, "editing", "edited by", EDITOR_JAVANESE)
)
LABELS: Final = AUTHOR_LABELS | EDITOR_LABELS

# What each reader asks for, and how it differs from the tables above.

# A label alone on its line, the name on the next one (the byline parser).
BARE_LABELS: Final = frozenset((*BY_WORDS, *WORDS))
# A label glued to what comes before its colon ("|Editor:", "photo_cameraPenulis:"):
# every common word but "wartawan" and "penyunting".
GLUED_LABELS: Final[tuple[str, ...]] = tuple(
    w for w in WORDS if w not in ("wartawan", "penyunting")
)
# A label glued to the end of a name ("Vera WidyaEditor Jakarta"), capitalised as
# printed: the glued labels but "pewarta".
NAME_GLUED_LABELS: Final[tuple[str, ...]] = tuple(
    w.capitalize() for w in GLUED_LABELS if w != "pewarta"
)
# Labels that also end longer words ("konteks:", "kred:"): a letter right before
# one means it is not the label.
WORD_END_LABELS: Final[tuple[str, ...]] = (*SHORT_LABELS, "teks")
# "Laporan Wartawan Tribun Kota Ani" (no comma): the roles of that form ...
TRIBUN_REPORT_ROLES: Final[tuple[str, ...]] = ("wartawan", "reporter")
# ... and of "Laporan Koresponden Harian Kota, Ani" (a comma before the name).
REPORT_ROLES: Final[tuple[str, ...]] = (*TRIBUN_REPORT_ROLES, "koresponden", *ROLES)
# "Rani Sanjaya, Jurnalis": a role printed after the name, not part of it
# (the author words but "pewarta", and the other roles).
ROLE_SUFFIXES: Final[tuple[str, ...]] = (*ROLES, *(w for w in AUTHOR_WORDS if w != "pewarta"))
# A label alone on its line that makes the next line an editor's name: found
# anywhere in the line (the editor words but "penyunting") ...
NEXT_LINE_EDITOR: Final[tuple[str, ...]] = tuple(w for w in EDITOR_WORDS if w != "penyunting")
# ... or an author's name: the whole line (the author words but "wartawan").
NEXT_LINE_AUTHOR: Final[tuple[str, ...]] = (
    *BY_WORDS,
    *(w for w in AUTHOR_WORDS if w != "wartawan"),
)
# A credit line closing the story starts with one of these.
FOOTER_OPENERS: Final[tuple[str, ...]] = (
    *WORDS,
    CONTRIBUTOR,
    *(w + ":" for w in SHORT_LABELS),
    *OTHER_AUTHOR_LABELS,
    EDITOR_JAVANESE,
)
# The newsroom's own titles: a story's credits name its writer and editor, a
# masthead (the site's list of its staff, under the story on some sites) names its
# chief and managing editor too; the labelled lines printed with one of these are the
# newsroom's, not the story's.
MASTHEAD_TITLES: Final[tuple[str, ...]] = (
    "pemimpin redaksi",
    "wakil pemimpin redaksi",
    "redaktur pelaksana",
    "pemimpin umum",
    "penanggung jawab",
    "editor in chief",
    "editor-in-chief",
    "managing editor",
)
# Words that make a line a credit or a source line wherever they stand: a site
# may print the same one on every page ("Editor: Rina", "Sumber: Diskominfo").
LINE_WORDS: Final[tuple[str, ...]] = (*BY_WORDS, *WORDS, CONTRIBUTOR, *SHORT_LABELS, SOURCE)
# The same words as plain substrings of a lowered line: "by" with the space after
# it and the abbreviations with their colon, or "baby" and "report" would count.
LINE_SUBSTRINGS: Final[tuple[str, ...]] = (
    OLEH,
    BY + " ",
    *WORDS,
    CONTRIBUTOR,
    *(w + ":" for w in SHORT_LABELS),
    SOURCE,
)

# Words that put a place after them in Indonesian prose ("di Bogor", "Kota Bogor").
PLACE_WORDS: Final[tuple[str, ...]] = (
    "di",
    "kota",
    "kabupaten",
    "kab.",
    "provinsi",
    "ke",
    "dari",
    "kecamatan",
    "daerah",
)
