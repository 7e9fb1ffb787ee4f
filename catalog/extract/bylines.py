"""Bylines and credit lines: who wrote a story and who edited it.

Each reader takes one line and returns the names as written, without the
label (``Oleh``, ``Penulis:``, ``Laporan Wartawan ...``):

>>> parse_credit("Penulis: Sri Wahyuni | Editor: Bima Saputra")
Credit(authors=('Sri Wahyuni',), editors=('Bima Saputra',), rule='label', label_only=False)
>>> parse_credit("Oleh Rina Kusuma, Rabu, 2 Oktober 2024 | 10:15 WIB - Redaktur: Tono - 12").authors
('Rina Kusuma',)
>>> parse_credit("Oleh karena itu, harga naik.") is None
True
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from catalog.extract import labels, layout
from catalog.extract.datelines import KNOWN_PLACES, drop_closing_stop
from catalog.extract.dates import FULL_WEEKDAYS

# "Video Editor", "Editor Foto" and producers are not the story's editors.
_NOT_EDITOR: Final = re.compile(
    r"\b(?:video|foto|photo|grafis|produser|producer)\s{0,2}editor\b", re.I
)

_OLEH: Final = re.compile(
    r"^\W{0,3}(?:oleh|by|upload by|uploaded by|posted by|diposting oleh|diposkan oleh|"
    r"ditulis oleh|dikirim oleh|laporan oleh|liputan oleh|reported by|written by)\b(?!-)\s{0,3}:?\s{0,3}(?:\*\)\s{0,2})?"
    r"(?P<value>[^|,•·]{1,80}?)\s{0,3}(?=,|\||•|·|\s[-–—]\s|\son\s|\spada\s|\s[-–—]$|$)",
    re.IGNORECASE,
)
# where a byline's cell ends: a bar, a bullet or a spaced dash
_CELL_END: Final = re.compile(r"\s?[|•·]|\s[-–—]\s")
_LAPORAN: Final = re.compile(
    r"^\W{0,3}laporan\s{1,2}(?:" + "|".join(labels.REPORT_ROLES) + r")\s{1,2}"
    r"(?P<outlet>[^,]{2,60}?)\s{0,2},\s{0,3}(?P<value>[^,|]{2,60}?)\s{0,3}$",
    re.IGNORECASE,
)
_LAPORAN_TRIBUN: Final = re.compile(
    r"^\W{0,3}laporan\s{1,2}(?:"
    + "|".join(labels.TRIBUN_REPORT_ROLES)
    + r")\s{1,2}(?P<outlet>tribun\s{1,2}\w{2,20}|\S{2,40})"
    r"\s{1,2}(?P<value>[A-Z][^,|]{2,60}?)\s{0,3}$",
    re.IGNORECASE,
)
# "Tulisan Ani oleh Budi"; not inside brackets: "(Gambar oleh Ani/Pixabay)" credits a picture
_NAME_OLEH_NAME: Final = re.compile(
    r"^(?P<a>[^|()]{2,50}?)\s{1,2}oleh\s{1,2}(?P<value>[^|()]{2,50}?)\s*$"
)
_PASSIVE_VERB: Final = re.compile(r"^[Dd]i[a-z]{3,}$")
_KATEGORI_USER: Final = re.compile(
    r"^kategori\b[^|]{0,40}\|\s{0,3}(?P<value>[\w.\-]{2,40})\s*$", re.I
)
_GLUED_LABEL: Final = re.compile(r"(?<=[a-z])(?:" + "|".join(labels.NAME_GLUED_LABELS) + r")\b.*$")
_TRAILING_INITIALS: Final = re.compile(r"/\s{0,2}[A-Z]{1,3}$")
_NON_NAME_WORDS: Final = frozenset(
    [
        "karena",
        "itu",
        "sebab",
        "adalah",
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "untuk",
        "dengan",
        "pada",
        "dalam",
        "akan",
        "telah",
        "sudah",
        "ini",
        "itu",
        "tersebut",
        "bahwa",
        "juga",
        "tidak",
        "bisa",
        "dapat",
        # a state's name in a site's masthead ("KEMENTERIAN ... / REPUBLIK INDONESIA")
        "republik",
        # a page type's name over its stamp ("Pedoman Pemberitaan Media Siber",
        # "Visi dan Misi", "Kebijakan Privasi"): no writer's or desk's name
        "pedoman",
        "siber",
        "visi",
        "misi",
        "kebijakan",
        "privasi",
        "prosedur",
        "kami",  # "Kontak Kami", "Tentang Kami"
    ]
)


# a count closing the editor's credit, after a dash or straight after the name:
# "Redaktur: Tono - 283", "Editor: Lopi Kasim 5149" (the page's view count)
_DASH_COUNT: Final = re.compile(r"(?:\s[-–]\s{0,2}|(?<=[^\W\d_])\s{1,2})\d[\d.,]{0,9}\s*$")
_OLEH_OPENERS: Final[tuple[str, ...]] = (
    "oleh",
    "laporan oleh",
    "liputan oleh",
    "by ",
    "upload",
    "posted",
    "diposting",
    "diposkan",
    "ditulis",
    "dikirim",
    "reported",
    "written",
)


def _labelled_values(text: str, low: str) -> list[tuple[str, str]]:
    """``Label: value`` pairs on a line, found from the colons (no regex scan).

    >>> _labelled_values("Rep: Ani Red: Budi", "rep: ani red: budi")
    [('rep', 'Ani'), ('red', 'Budi')]
    >>> _labelled_values("Editor & Penulis : Tim", "editor & penulis : tim")
    [('penulis', 'Tim'), ('editor', 'Tim')]

    A label the reader does not know still ends the value before it:

    >>> _labelled_values("Penulis : Ani Rahma Unggah : Budi", "penulis : ani rahma unggah : budi")
    [('penulis', 'Ani Rahma')]
    """
    found: list[tuple[int, int, str]] = []  # label start, value start, label
    pos = 0
    while True:
        c = low.find(":", pos)
        c2 = low.find("：", pos) if "：" in low else -1
        if c == -1 or (c2 != -1 and c2 < c):
            c = c2
        if c == -1:
            break
        pos = c + 1
        words = low[max(0, c - 24) : c].split()
        if not words:
            continue
        last = words[-1]
        label = None
        if len(words) > 1 and f"{words[-2]} {last}" in labels.LABELS:
            label = f"{words[-2]} {last}"
        elif last in labels.LABELS:
            label = last
        else:
            # glued to an icon word or a bar: "|Editor", "photo_cameraPenulis"
            for cand in labels.GLUED_LABELS:
                if last.endswith(cand):
                    label = cand
                    break
        if label is None:
            continue
        start = low.rfind(label, 0, c)
        if start > 0 and low[start - 1].isalnum() and label in labels.WORD_END_LABELS:
            continue
        if start > 0 and _NOT_EDITOR.search(low[max(0, start - 8) : c]):
            continue
        found.append((start, c + 1, label))
    out: list[tuple[str, str]] = []
    for k, (start, value_start, label) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else len(text)
        value = text[value_start:stop]
        for sep in ("|", "•", "·"):
            if sep in value:
                value = value.split(sep, 1)[0]
        if ":" in value:
            # another label the reader does not know ends the value: "Ani Publish : Budi"
            m_next = _NEXT_LABEL.search(value)
            if m_next is not None:
                value = value[: m_next.start()]
        out.append((label, value.strip()))
        # two roles for one name: "Redaktur & Reporter : Tim", "Penulis/Editor: Ani"
        before = low[max(0, start - 24) : start]
        joined = (
            _JOINED_LABEL.search(before)
            if before.rstrip().endswith(_JOINERS)  # what the expression ends with
            else None
        )
        if joined is not None and joined[1] in labels.LABELS:
            out.append((joined[1], value.strip()))
    return out


# a word and a colon inside a labelled value: the label of the next credit ("Publish :")
_NEXT_LABEL: Final = re.compile(r"\s[A-Za-z][a-z]{2,14}\s{0,3}:")

# a second role label joined to the one before the colon by "&", "dan", "and" or "/"
_JOINERS: Final[tuple[str, ...]] = ("&", "dan", "and", "/")
_JOINED_LABEL: Final = re.compile(r"(?:^|\s)([a-z]{3,12})\s{0,2}(?:&|dan|and|/)\s{0,2}$")


class Credit(NamedTuple):  # a NamedTuple: cheaper to build than a frozen dataclass
    """Names read from one credit line."""

    authors: tuple[str, ...]
    editors: tuple[str, ...]
    rule: str
    label_only: bool = False


# ``Credit(...)`` runs the NamedTuple's generated ``__new__`` (an interpreted frame in
# the compiled build); ``tuple.__new__`` builds the very same object
_tuple_new: Final = tuple.__new__


def _credit(
    authors: tuple[str, ...], editors: tuple[str, ...], rule: str, label_only: bool = False
) -> Credit:
    """``Credit(authors, editors, rule, label_only)``."""
    return _tuple_new(Credit, (authors, editors, rule, label_only))  # type: ignore[no-any-return]


def clean_name(raw: str) -> str:
    """Tidy a credited name without changing how it is written.

    >>> clean_name(" Budi Santoso, , ")
    'Budi Santoso'
    >>> clean_name("Vera WidyaEditor Jakarta")
    'Vera Widya'

    A full stop closing the credit line is not part of the name; an initial keeps its own.

    >>> clean_name("Chandra."), clean_name("Dewi H."), clean_name("Siti Aminah S.Sos.")
    ('Chandra', 'Dewi H.', 'Siti Aminah S.Sos.')
    """
    name = raw.replace("\u00a0", " ").strip()
    if any(word in name for word in labels.NAME_GLUED_LABELS):
        name = _GLUED_LABEL.sub("", name)  # the regex needs one of these words
    name = name.strip(" \t,;|•·-–—*:")
    if name.startswith("*)"):
        name = name[2:].strip()
    return " ".join(drop_closing_stop(name).split())


_BAD_NAME_CHARS: Final = re.compile(r'[“”"?!;]')
_DIGITS: Final = re.compile(r"\d+")
_DECIMAL: Final = re.compile(r"\d[.,]\d")
_WEEKDAY_NAMES: Final = frozenset(FULL_WEEKDAYS)
_NAME_SEPARATORS: Final = re.compile(
    r"\s{0,2}/\s{0,2}|\s{0,2}&\s{0,2}|\s{1,2}(?:dan|and)\s{1,2}|,\s{0,2}"
)


def is_name(text: str) -> bool:
    """Whether ``text`` can be a credited name: short, no sentence, no date.

    >>> is_name("Wahyu Sudoyo"), is_name("karena itu harga naik"), is_name("doni003")
    (True, False, True)
    >>> is_name("Senin"), is_name("M4,8")
    (False, False)
    """
    if not text or len(text) > 60:
        return False
    if not (text[0].isalpha() or text[0] == "("):
        return False
    words = text.lower().split()
    if len(words) > 6:
        return False
    if len(words) > 1 and not _NON_NAME_WORDS.isdisjoint(words):
        return False
    if len(words) == 1 and words[0].strip(",") in _WEEKDAY_NAMES:
        return False  # "Senin - Kamis 08.00 - 15.00": a day, no one's name
    if text.replace(" ", "").isalpha():
        return True  # letters only: no bad character and no digit (the tests below)
    if _BAD_NAME_CHARS.search(text):
        return False
    digits = _DIGITS.findall(text)
    if len(digits) > 1 and _DECIMAL.search(text):
        return False  # a measure ("M4,8"), where a user name runs its digits together
    return not (digits and (len(words) > 1 or len("".join(digits)) > 4))


# An academic degree after a name's comma ("I Made Suardana, S.Pd.", "Rina, M.Si"): part
# of the name as printed, not a second person (Indonesian staff lists and school, campus
# and office sites print them).
_DEGREE: Final = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\.){1,3}[A-Z]?[A-Za-z]{0,3}\.?")


def split_names(value: str) -> tuple[str, ...]:
    """``"A/ B"`` and ``"A, B dan C"`` → separate names; ``"Budi S"`` stays one.

    >>> split_names("Ani Lestari/ Dodi Prasetyo")
    ('Ani Lestari', 'Dodi Prasetyo')
    >>> split_names("Rudi Hartono/NT")
    ('Rudi Hartono',)
    >>> split_names("Ani Lestari and Dodi Prasetyo")
    ('Ani Lestari', 'Dodi Prasetyo')
    >>> split_names("Dodi Prasetyo, S.Pd., Ani Lestari, M.Si")
    ('Dodi Prasetyo, S.Pd.', 'Ani Lestari, M.Si')
    """
    value = value.strip()
    if "/" in value and " " in value:
        value = _TRAILING_INITIALS.sub("", value)
    if not ("/" in value or "&" in value or "," in value or " dan " in value or " and " in value):
        name = clean_name(value)
        return (name,) if name and is_name(name) else ()
    parts: list[str] = []
    for chunk in _NAME_SEPARATORS.split(value):
        name = clean_name(chunk)
        if name and parts and "." in name and len(name) <= 10 and _DEGREE.fullmatch(name):
            parts[-1] = f"{parts[-1]}, {name}"
        elif name:
            parts.append(name)
    if not parts:
        return ()
    if all(is_name(p) for p in parts):
        return tuple(parts)
    return ()


_OPENERS: Final[tuple[str, ...]] = (
    "oleh",
    "by",
    "upload",
    "posted",
    "diposting",
    "diposkan",
    "ditulis",
    "dikirim",
    "reported",
    "written",
    "edited by",
    "laporan",
    "kategori",
)


# The openers and label words grouped by their first letter: a line's start is compared
# only with those opening with its own (startswith with the tuples compared each of the
# nineteen; the credit gate asks it of every short line). None is empty.
_OPENERS_BY_FIRST: Final = layout.prefix_index(_OPENERS + labels.WORDS)


def may_be_credit(line: str, low: str | None = None) -> bool:
    """Cheap gate before :func:`parse_credit`: a colon, an opener word or "oleh".
    ``low`` is ``line.lower()`` when the caller keeps it (``page.Doc`` does).

    >>> may_be_credit("Penulis: Ani"), may_be_credit("Harga naik lagi hari ini")
    (True, False)
    """
    if ":" in line or "：" in line:
        return True
    head = line[:40].lower().lstrip("-–•*( ")
    # head.startswith(_OPENERS) or head.startswith(labels.WORDS)
    if layout.starts_with_any(head, _OPENERS_BY_FIRST):
        return True
    return " oleh " in (low if low is not None else line.lower())


# three spaces or more, or a tab: the gap between a row's cells (see parse_credit);
# before a colon it is a label's padding ("Editor        : Name")
_WIDE_GAP: Final = re.compile(r"(?: {3,}|\t+)(?![ \t]*[:：])")


def parse_credit(line: str) -> Credit | None:
    """Read author and editor names from a credit line, or None.

    >>> parse_credit("Laporan Wartawan Harian Kota, Dewi Anggraini").authors
    ('Dewi Anggraini',)
    >>> parse_credit("Editor : Rahmat HidayatEditor Jakarta").editors
    ('Rahmat Hidayat',)
    >>> parse_credit("Reporter:").label_only
    True
    """
    line = line.replace("\u00a0", " ")
    if "   " in line or "\t" in line:
        # a row's cells set apart by wide gaps or tabs, as by pipes ("Senin, 13 Mei
        # 2024   Penulis: Ani   Dibaca 63 Kali"): each value ends at its gap
        line = _WIDE_GAP.sub(" | ", line.strip())
    text = " ".join(line.split())
    if not text or len(text) > 300:
        return None
    low = text.lower()
    if low.strip(" :") in labels.BARE_LABELS:
        # a label alone on its line; the name follows on the next one
        return _credit((), (), "label-only", True)
    m = None
    opened = low.lstrip("-–•*( ")  # the opener word, past bullets and brackets
    if opened.startswith("laporan"):
        m = _LAPORAN.match(text) or _LAPORAN_TRIBUN.match(text)
    if m:
        names = split_names(m["value"])
        if names:
            return _credit(names, (), "laporan-wartawan")
    authors: list[str] = []
    editors: list[str] = []
    rule = ""
    label_only = False
    if ":" in text or "：" in text:
        for label, value in _labelled_values(text, low):
            if label in labels.EDITOR_LABELS:
                # The InfoPublik byline ends "Redaktur: Name - 283": drop the count.
                # (the count's last character closes the value, spaces aside)
                tail = value.rstrip()[-1:]
                if tail in (".", ",") or tail.isdecimal():
                    value = _DASH_COUNT.sub("", value)
            if not value.strip():
                label_only = True
                continue
            names = split_names(value)
            if not names:
                continue
            if label == "laporan" and not all(n[:1].isupper() for n in names):
                continue  # "Laporan: kegiatan bulanan ..." heads a report, not a credit
            if label in labels.EDITOR_LABELS:
                editors.extend(names)
            else:
                authors.extend(names)
            rule = "label"
    m2 = _OLEH.match(text) if opened.startswith(_OLEH_OPENERS) else None
    if m2 and not authors:
        value = m2["value"]
        cleaned = clean_name(value)
        several = " dan " in value or " and " in value
        if is_name(cleaned) and not (several or "/" in value or "&" in value or "," in value):
            names = (cleaned,)  # what split_names returns for one name (no second check)
        elif is_name(cleaned) or several:
            # "Oleh Ani Lestari dan Budi Santoso": several names, each checked
            names = split_names(value)
        else:
            names = ()
        rest = text[m2.end() :]
        if names and rest.startswith(",") and (" and " in rest or " dan " in rest):
            # "By Ani Lestari, Budi Santoso and Dewi Sartika": the list goes on past
            # the comma that closes one name ("By Ani, Jakarta" names one writer)
            listed = split_names(value + _CELL_END.split(rest, 1)[0])
            # (each a person's name of two words or more in capitals: "By Ani, Reuters
            # and AFP staff" lists outlets after its writer)
            if len(listed) >= 3 and all(
                len(n.split()) >= 2 and all(w[:1].isupper() for w in n.split()) for n in listed
            ):
                names = listed
        if names:
            authors.extend(names)
            rule = "oleh"
            # the editor in a cell of its own after the byline's ("Written by Ani |
            # Edited by Budi Santoso")
            for cell in _CREDIT_CELLS.split(text)[1:]:
                got = _credits_without_colons(cell)
                if got is not None:
                    editors.extend(got.editors)
    if not authors and not editors and opened.startswith(_BARE_CREDIT_OPENERS):
        got = _credits_without_colons(text)
        if got is not None:
            return got
    if not authors and not editors:
        m3 = _KATEGORI_USER.match(text) if low.startswith("kategori") else None
        if m3:
            return _credit((m3["value"],), (), "category-user")
        m4 = _NAME_OLEH_NAME.match(text) if " oleh " in low else None
        # a passive verb alone before "oleh" that no byline opens with ("Diterjemahkan
        # oleh Google", "Didukung oleh ..."): a translation's or a sponsor's credit
        if (
            m4
            and not _PASSIVE_VERB.match(m4["a"])
            and is_name(m4["a"])
            and is_name(clean_name(m4["value"]))
        ):
            return _credit((clean_name(m4["value"]),), (), "name-oleh-name")
        if label_only:
            return _credit((), (), "label-only", True)
        if " | " in text:
            # a byline in a cell of its own after the stamp's ("Senin, 13 Mei 2024 |
            # Ditulis oleh Ani | Dilihat: 312 kali")
            for cell in text.split(" | ")[1:]:
                got = parse_credit(cell)
                if got is not None and got.authors:
                    return got
        return None
    return _credit(tuple(authors), tuple(editors), rule or "label")


# Credit labels some sites print without a colon ("Editor Ani Lestari", "Reporter Ani
# Lestari · Editor Budi Santoso", "Edited by Budi Santoso"), lower-cased with the space
# after them.
_BARE_CREDIT_OPENERS: Final = (
    "reporter ",
    "editor ",
    "penulis ",
    "redaktur ",
    "pewarta ",
    "edited by ",
)
# the cells of such a line: parted by a middle dot, a bullet or a pipe
_CREDIT_CELLS: Final = re.compile(r"\s+[·•|]\s+")


def _credits_without_colons(text: str) -> Credit | None:
    """A line of credit cells each a label and a person's name with no colon between
    (two sites of our blind pages: a regional daily's ``Reporter Name · Editor Name``,
    an opinion column's ``Editor Name``; and two campuses' English ``Edited by Name``).
    Every cell must be one, and every name two to four words, each capitalised: "Redaktur Pelaksana" and "Editor Bahasa" head a
    masthead's rows, "Reporter Daerah (Kontributor)" names a post, and a sentence
    ("Editor senior majalah itu ...") none.

    >>> _credits_without_colons("Reporter Ani Lestari · Editor Budi Santoso").editors
    ('Budi Santoso',)
    >>> _credits_without_colons("Redaktur Pelaksana") is None
    True
    """
    authors: list[str] = []
    editors: list[str] = []
    for cell in _CREDIT_CELLS.split(text.strip()):
        label, _, name = cell.partition(" ")
        label = label.lower()
        if label == "edited":  # the one label of two words ("Edited by Name")
            by, _, name = name.partition(" ")
            label = f"{label} {by.lower()}"
        words = name.split()
        if (
            label + " " not in _BARE_CREDIT_OPENERS
            or not 2 <= len(words) <= 4
            or not all(
                w[:1].isupper() and w.replace(".", "").replace("'", "").isalpha() for w in words
            )
            or not is_name(name)
        ):
            return None
        (editors if label in labels.EDITOR_LABELS else authors).append(name)
    return _credit(tuple(authors), tuple(editors), "label")


_INITIALS: Final = re.compile(
    r"(?:^|[.!?”\"’')\]*]\s{0,3})[(\[]\s{0,2}(?P<value>[A-Za-z][A-Za-z0-9 .,/\-]{0,70}?)\s{0,2}[)\]]\s*$"
)
_BARE_DOMAIN: Final = re.compile(
    r"^[\w\-]{2,30}\.(?:com|co\.id|id|co|net|org|news)$", re.IGNORECASE
)
_INITIALS_SKIP: Final = frozenset(
    [
        "ist",
        "istimewa",
        "foto",
        "dok",
        "net",
        "ilustrasi",
        "red",
        "adv",
        "advertorial",
        "rls",
        "rilis",
        "humas",
        "sumber",
        "source",
        "bersambung",
        "selesai",
        "habis",
        "tamat",
        "dikutip",
        "end",
    ]
)


# an e-mail address closing the story, bare or in brackets, as its only credit: alone
# on its line or after a sentence's end, never after a label ("Surel: ...") or a
# telephone number (a newsroom's contact line)
_EMAIL_CREDIT: Final = re.compile(
    r"(?:^|[.!?”\"’')]\s{0,3})[(\[]?\s{0,2}(?<![\w.+\-])([\w.+\-]{1,40}@[\w\-]{1,40}(?:\.[\w\-]{1,20}){1,3})\s{0,2}[)\]]?\s*$"
)


# a tuple[str, ...] constant: mypyc builds a literal tuple anew on every call
_CLOSERS: Final[tuple[str, ...]] = (")", "]")


def trailing_credit(line: str) -> tuple[str, ...]:
    """Initials or a credit closing a paragraph: ``... katanya. (fat/jpnn)``.

    >>> trailing_credit("sudah selesai, katanya. (abc/xyz)")
    ('abc/xyz',)
    >>> trailing_credit("ujar dia.(Nina Sari/ Budi Hartono)")
    ('Nina Sari', 'Budi Hartono')
    >>> trailing_credit("dibuka pada Kamis (12/4)")
    ()
    >>> trailing_credit("kata dia. (Wulan / Teguh)"), trailing_credit("kata dia. (Rik/Kominfo)")
    (('Wulan', 'Teguh'), ('Rik/Kominfo',))
    >>> trailing_credit("di kantor camat, ***(Ani)"), trailing_credit("tamu undangan.(PROKOPIM)****")
    (('Ani',), ('PROKOPIM',))
    >>> trailing_credit("kata dia. ani@kabar.id"), trailing_credit("Email: ppid.kabar@gmail.com")
    (('ani@kabar.id',), ())
    """
    # asterisks are an end mark around the credit: "... Laur, ***(Yan)", "(KOMINFO)****"
    text = line.rstrip().rstrip("*").rstrip()
    m_mail = _EMAIL_CREDIT.search(text[-80:]) if "@" in text[-80:] else None
    if m_mail:
        return (m_mail[1],)
    if not text.endswith(_CLOSERS):
        return ()
    # a whole short line may be the credit; in a long line only what follows a sentence
    m = _INITIALS.search(text if len(text) <= 90 else "x" + text[-90:])
    if m is None:
        return ()
    value = " ".join(m["value"].split())
    if value.lower().strip(". ") in _INITIALS_SKIP or value == "*":
        return ()
    if _BARE_DOMAIN.match(value):
        return ()  # "(Kabarkota.com)" credits an outlet, not a writer
    parts = [p.strip() for p in value.split("/") if p.strip()]
    if not parts:
        return ()
    # "(ANTARA/Name)" and "(ANTARA FOTO/Name)": the outlet credits a person.
    if len(parts) == 2 and parts[0].upper() == parts[0] and " " in parts[1]:
        first = parts[0].replace("FOTO", "").strip()
        if first.isalpha() and len(first) >= 4:
            return (parts[1],)
    if len(parts) > 1 and all(" " in p and is_name(p) for p in parts):
        return tuple(parts)
    # a spaced slash between capitalised names is two people ("Gunadi / Nala"), as in
    # split_names; "fat/jpnn" and "Rik/Kominfo" are one credit
    if (
        len(parts) > 1
        and (" /" in value or "/ " in value)
        and all(len(p) >= 3 and p[0].isupper() and is_name(p) for p in parts)
    ):
        return tuple(parts)
    if len(value) <= 40 and (len(parts) > 1 or len(value.split()) <= 3):
        return (value,)
    # an organisation credit in capitals: "(BIRO ADMINISTRASI PIMPINAN SETDA ...)"
    if value.isupper() and len(value.split()) <= 8:
        return (value,)
    return ()


# the words a press office's name opens with ("Humas Bawaslu Jateng", "Diskominfo")
_UNIT_HEADS: Final = frozenset(
    ("humas", "diskominfo", "kominfo", "prokopim", "bagian", "biro", "subbag", "tim", "mc")
)


def closing_unit(line: str) -> str | None:
    """A press office's name alone on the line that closes a story, its only credit.

    >>> closing_unit("Humas Polres Kota"), closing_unit("DISKOMINFO")
    ('Humas Polres Kota', 'DISKOMINFO')
    >>> closing_unit("Humas menyebut acara selesai."), closing_unit("Bagian 2")
    (None, None)
    """
    # six words or more (a paragraph): no unit, and no need to split it all
    if len(line.split(None, 5)) > 5:
        return None
    text = " ".join(line.split())
    words = text.split()
    if not words or len(text) > 50:
        return None
    if words[0].lower() not in _UNIT_HEADS or (len(words) == 1 and len(text) < 5):
        return None
    if not all(w[0].isupper() for w in words) or not is_name(text) or _DIGITS.search(text):
        return None
    return text


# an outlet's brand in a credit: a domain ("Kabarkota.Com", "www.pn-kota.go.id"), a
# brand in lower camel case ("detikNews"), or one word in capitals ("KABARKOTA", "20DETIK")
_BRAND_DOMAIN: Final = re.compile(
    r"^(?:www\.)?[\w\-]{2,30}\.(?:co\.id|com|id|go\.id|or\.id|net|org|news)$", re.I
)
_BRAND_CAMEL: Final = re.compile(r"^[a-z]{3,12}[A-Z][a-z]{2,12}$")
_BRAND_CAPS: Final = re.compile(r"^(?=[A-Z0-9]*[A-Z]{4})[A-Z0-9]{4,20}$")
_CONTRIBUTOR_WORDS: Final[tuple[str, ...]] = ("contributor", "kontributor")
# the dash between a credit's writer and its outlet, or opening a credit with no writer
_CREDIT_DASH: Final = re.compile(r"(?:^|\s)[-–—]\s")
_DESK_WORDS: Final[tuple[str, ...]] = ("redaksi", "tim redaksi")


def _brand_shape(word: str) -> bool:
    return bool(_BRAND_DOMAIN.match(word) or _BRAND_CAMEL.match(word) or _BRAND_CAPS.match(word))


# a credit naming its outlet is short: longer, its words are a sentence
_BRAND_MAX: Final = 70


def _surely_longer(text: str, limit: int) -> bool:
    """Whether ``" ".join(text.replace("\u00a0", " ").split()).strip(" |•·,")`` is longer
    than ``limit``, when that is plain without splitting: an ASCII text whose only
    white space is the space and whose two ends are kept by the strip joins to all
    its other characters and one space between words. False means "not known".

    >>> _surely_longer("Warga kota menanam pohon.", 20), _surely_longer("a   b", 2)
    (True, False)
    >>> _surely_longer("| Warga kota menanam pohon", 20), _surely_longer("Warga\\tkota", 5)
    (False, False)
    """
    if not text.isascii() or text[:1] in ("", " ", "|", ",") or text[-1] in " |,":
        return False
    # the other ASCII characters str.split() breaks at
    if (
        "\t" in text
        or "\n" in text
        or "\r" in text
        or "\x0b" in text
        or "\x0c" in text
        or "\x1c" in text
        or "\x1d" in text
        or "\x1e" in text
        or "\x1f" in text
    ):
        return False
    return len(text) - text.count(" ") > limit


# The labels of a contact block's lines (a press release's or an office page's foot)
_CONTACT_LABELS: Final = frozenset(
    ("website", "situs", "web", "laman", "email", "e-mail", "surel", "telp", "telepon")
)


def credit_brand(text: str) -> tuple[str, str] | None:
    """The outlet a byline or credit names beside its writer, as ``(name, brand)``;
    ``name`` is empty when the credit names only the outlet or its desk.

    >>> credit_brand("Dewi Lestari - KABARKOTA"), credit_brand("- detikKota")
    (('Dewi Lestari', 'KABARKOTA'), ('', 'detikKota'))
    >>> credit_brand("Dewi Lestari Kabarkota.Com"), credit_brand("Oleh Redaksi KABARKOTA")
    (('Dewi Lestari', 'Kabarkota.Com'), ('', 'KABARKOTA'))
    >>> credit_brand("Dewi Lestari - Kabarkota Contributor")
    ('Dewi Lestari', 'Kabarkota')

    A name alone, a place or a sentence is no brand:

    >>> credit_brand("Dewi Lestari"), credit_brand("Dewi - JAKARTA"), credit_brand("Oleh Dewi")
    (None, None, None)

    A label is no writer, and a contact line's address no outlet:

    >>> credit_brand("Sumber: Kabarkota.com"), credit_brand("Website: www.kabar.go.id")
    (('', 'Kabarkota.com'), None)
    """
    if len(text) > 2 * _BRAND_MAX and _surely_longer(text, _BRAND_MAX):
        return None  # a paragraph: not split into words only to be measured
    value = " ".join(text.replace("\u00a0", " ").split()).strip(" |•·,")
    if not value or len(value) > _BRAND_MAX:
        return None
    low = value.lower()
    for opener in _OLEH_OPENERS:
        if low.startswith(opener):
            value = value[len(opener) :].lstrip(" :")
            low = value.lower()
            break
    name, brand = "", ""
    contributor = False  # "Name - Brand Contributor": the role names the brand
    has_dash = "-" in value or "–" in value or "—" in value
    dash = _CREDIT_DASH.search(value) if has_dash else None
    if dash is not None:
        name, brand = value[: dash.start()].strip(), value[dash.end() :].strip()
        words = brand.split()
        if len(words) == 2 and words[1].lower() in _CONTRIBUTOR_WORDS and words[0][0].isupper():
            brand, contributor = words[0], True
    else:
        head, _, last = value.rpartition(" ")
        if head.lower() in _DESK_WORDS:
            brand = last
        elif "." in last and _BRAND_DOMAIN.match(last):
            name, brand = head, last
    if not brand or " " in brand or brand.lower() in KNOWN_PLACES:
        return None
    if name.endswith(":"):
        # a label, not a writer: "Sumber: Kompas.com" names the outlet alone, and a
        # contact line ("Website: www.kabar.go.id") names the site's own address
        if name[:-1].strip().lower() in _CONTACT_LABELS:
            return None
        name = ""
    if name.lower() in _DESK_WORDS:
        name = ""
    if not (contributor or _brand_shape(brand)):
        return None
    if name and not (is_name(name) and all(w[0].isupper() for w in name.split())):
        return None
    return name, brand


# "... di pelabuhan. ANTARA FOTO/Dewi Lestari/abc.": an agency's photo credit closing a caption
_PHOTO_AGENCY_CREDIT: Final = re.compile(
    r"(?:^|(?<=[.!?”\"] ))(?P<outlet>[A-Z]{3,20} FOTO)\s{0,2}/\s{0,2}"
    r"(?P<name>[A-Z][A-Za-z.'’]{1,20}(?: [A-Z][A-Za-z.'’]{0,20}){0,3})(?:\s{0,2}/\s{0,2}[a-z]{2,5})?\.?$"
)


# A photo's credit labelled on its line: "Fotografer : Ani", "Foto : Ani Lestari",
# "Foto: Humas/Ani Lestari" (the office or outlet before the slash)
PHOTO_LABEL: Final = re.compile(
    r"(?:fotografer|foto|photo)\s{0,2}:\s{0,2}([A-Z][\w .]{1,40}/[\w .]{2,30}|[A-Z][\w .]{2,40}$)",
    re.IGNORECASE,
)
# a photographer's name as a credit prints it: one to four capitalised words
_PHOTOGRAPHER: Final = re.compile(r"[A-Z][A-Za-z.'’]{1,20}(?: [A-Z][A-Za-z.'’]{0,20}){0,3}")


def labelled_photo_credit(line: str) -> tuple[str, str] | None:
    """A photo's credit alone on its line, as ``(name, outlet)``: on a photo page the
    caption is the item and its photographer its author (the outlet or office before a
    slash, when printed).

    >>> labelled_photo_credit("Foto : Dewi Lestari"), labelled_photo_credit("Foto: Humas/Dewi")
    (('Dewi Lestari', ''), ('Dewi', 'Humas'))
    >>> labelled_photo_credit("Foto: warga antre di pasar") is None
    True
    >>> labelled_photo_credit("Fotografer: Dewi Lestari  |  Editor: Budi Santoso")
    ('Dewi Lestari', '')
    >>> labelled_photo_credit("Foto: Dewi Lestari/Kabarlembah")
    ('Dewi Lestari', 'Kabarlembah')
    """
    if line[:1] not in "FfPp":
        return None
    if "|" in line:
        # the first cell of a row of credits ("Fotografer: Name | Editor: Name")
        line = line.split("|", 1)[0].rstrip()
    if len(line) > 60:
        return None
    m = PHOTO_LABEL.match(line)
    if m is None:
        return None
    outlet, _, name = m[1].strip().rpartition("/")
    name, outlet = name.strip(), outlet.strip()
    if outlet and (
        (_names_an_outlet(name) and not _names_an_outlet(outlet))
        # a person's name of two words or more, then one word: the outlet's brand
        # ("Foto: Ani Lestari/Kabarlembah", a news site's gallery)
        or (" " in outlet and " " not in name and not _names_an_outlet(outlet) and is_name(outlet))
    ):
        # the name first, its outlet after the slash ("Foto: Ani Lestari/MC Lembah")
        name, outlet = outlet, name
    elif " " in outlet:
        return None
    if _PHOTOGRAPHER.fullmatch(name) is None or len(outlet.split()) > 3:
        return None
    return name, outlet


# Words that name a newsroom or an office, never a person: the outlet's side of a
# "name/outlet" photo credit.
_OUTLET_WORDS: Final = frozenset(
    [
        "mc",
        "pos",
        "post",
        "humas",
        "news",
        "media",
        "tv",
        "antara",
        "dok",
        "kominfo",
        "diskominfo",
        "pers",
        "press",
        "online",
        "times",
        "radar",
        "harian",
        "koran",
        "warta",
    ]
)


def _names_an_outlet(part: str) -> bool:
    """Whether ``part`` of a photo credit names an outlet: a domain, or a word of
    ``_OUTLET_WORDS`` (``MC Lembah``, ``RIAU POS``, ``Humas``)."""
    low = part.lower()
    return "." in low or any(w in _OUTLET_WORDS for w in low.split())


def photo_agency_credit(line: str) -> tuple[str, str] | None:
    """The photographer and the agency credited at the end of a caption, as
    ``(name, outlet)``: on a photo page the caption is the story and they are its
    author and source.

    >>> photo_agency_credit("Warga antre di pelabuhan. WARTA FOTO/Dewi Lestari/abc.")
    ('Dewi Lestari', 'WARTA FOTO')
    >>> photo_agency_credit("WARTA FOTO/DEWIPresiden meninjau pelabuhan.") is None
    True
    """
    tail = line.rstrip()[-80:]
    # the expression needs " FOTO" (upper case): most lines have none, and one scan
    # for it costs a fraction of the search
    if " FOTO" not in tail:
        return None
    m = _PHOTO_AGENCY_CREDIT.search(tail)
    if m is None:
        return None
    return m["name"], m["outlet"]
