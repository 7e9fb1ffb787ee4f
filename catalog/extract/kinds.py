"""What the line readers say of a page's kind: a verdict the kind model weighs.

Four rules stay: the same dateline opening two stories (it fires on four dev
pages of three sites, all listings), a teaser headline printed twice (one page, a
listing), several dated items with text between them (no dev page) and headlines
each over its own stamp on a page without one paragraph (no dev page; five sites of
our blind pages print such an index of titles); five name an other page: a page
type's name over its text (``Pedoman Media Siber``, ``Visi dan Misi``), an agenda's
heading over three days or more, an office's contact details and a procedure's name,
the last three on a page with no sign of a news item (no dev page but one procedure;
seven, nine and eleven sites of our blind pages print such an agenda, contact or
service page and procedure), and a newsroom's masthead (its roles over its first
paragraph; nine sites of our blind pages). The
greeting, e-paper, institution-page, section-heading, truncated-teaser and
flattened-teaser rules were removed on 2026-12-06: together they fired on seven
dev pages of six sites (section heading on two, the others on one or none) and
named the wrong kind on six of them (the kind model had learned to overrule them).
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from catalog.extract import datelines, dates, layout
from catalog.extract.page import Doc

# The readers' kind when no line names a listing or other page: the kind model decides.
DEFAULT_KIND_RULE: Final = "article:default"
SERVICE_VERDICT: Final = "other:service-heading"
CONTACT_VERDICT: Final = "other:contact-rows"
AGENDA_VERDICT: Final = "other:agenda"
PROCEDURE_VERDICT: Final = "other:procedure"
MASTHEAD_VERDICT: Final = "other:masthead"
# A table counting its records (layout.RECORDS_SHOWN): a page of documents, no news item
RECORDS_VERDICT: Final = "other:records-shown"
# The verdicts that name a page type with no news item, by its heading or its rows. Each
# but the first fires on no dev page, so none has a weight of its own: the kind model
# weighs them as one sign, the page type (as it weighs the listings' "a new story starts").
PAGE_TYPE_VERDICTS: Final = frozenset(
    (SERVICE_VERDICT, CONTACT_VERDICT, AGENDA_VERDICT, PROCEDURE_VERDICT, MASTHEAD_VERDICT)
)
# ... and those whose pages print sections under headings of their own (a procedure's
# steps, a profile's values): no new story starts there. Not an agenda's days: an agenda
# widget sits over a blog's archive of whole stories too.
SECTIONED_VERDICTS: Final = PAGE_TYPE_VERDICTS - {AGENDA_VERDICT}

# The heading of a page that is no news item: the newsroom's masthead, its guidelines,
# a contact, history, profile, vision or public-information service page (the page
# types' own names, in Indonesian and English: dev 602 and 604, and 22 of the 24
# other pages of our eight blind sets, each of its own site, print one over their
# text; no article or listing of either does).
_SERVICE_HEADING: Final = re.compile(
    r"(?:pedoman (?:pemberitaan )?media siber|(?:susunan )?redaksi|kontak(?: kami)?"
    r"|hubungi kami|tentang kami|about us|contact us|visi\W{0,2}(?:dan )?misi\b.{0,30}"
    r"|(?:sejarah|profil|struktur organisasi)(?: [\w.-]+){0,2}"
    r"|(?:layanan|prosedur|tata cara)\b.{0,40}informasi\b.{0,24}|maklumat pelayanan"
    r"|standar pelayanan(?: [\w.-]+){0,3}|kebijakan privasi|privacy policy|disclaimer"
    r"|syarat dan ketentuan|tugas(?: pokok)? dan fungsi|tupoksi"
    r"|(?:faq|(?:daftar )?pertanyaan yang sering diajukan|frequently asked questions)"
    r"(?: \(faq\))?(?: [\w.-]+){0,5})"
)


# the name of a page of questions and answers (its first question may sit under it)
_FAQ: Final = re.compile(r"faq|(?:daftar )?pertanyaan yang sering|frequently asked")


def names_page_type(low: str) -> bool:
    """A lower-cased line is the name of a page type that is no news item.

    >>> names_page_type("pedoman media siber"), names_page_type("profil calon bupati baru")
    (True, False)
    """
    return len(low) <= 60 and _SERVICE_HEADING.fullmatch(low.strip(" :")) is not None


def service_heading(doc: Doc, body_start: int) -> int | None:
    """The line, among the last four over the story (its stamp, credits and counts
    passed over) and under any headline, that names a page type that is no news item
    (``Pedoman Media Siber``, ``Kontak Kami``, ``Visi dan Misi``), if any."""
    # the lines over the story but its stamp, credits and counts ("Ditulis oleh ...",
    # "Diterbitkan: ...", "Dilihat: 2318" between the heading and the text)
    rows = [
        i
        for i in range(min(body_start, len(doc.lines)))
        if doc.lines[i] and not (doc.meta(i) or doc.views_line(i))
    ][-5:]
    # (not the menu's "Kontak" over another page's story)
    named = [not doc.nav(i) and names_page_type(doc.low(i)) for i in rows]
    asked = False  # a question under the heading: an FAQ's first entry, no story's headline
    for k in range(len(rows) - 1, max(len(rows) - 5, -1), -1):  # the last four
        if not named[k]:
            if doc.headline(rows[k]) and doc.lines[rows[k]].count(" ") >= 4:
                if not doc.lines[rows[k]].endswith("?"):
                    if any(named[j] and _FAQ.match(doc.low(rows[j])) for j in range(k)):
                        continue  # the sentence under an FAQ's name saying what it answers
                    break  # a story's headline under it (a section's "VISI" is no story's)
                asked = True
            continue
        if asked and not _FAQ.match(doc.low(rows[k])):
            break  # a story's headline asking a question, under a menu's page name
        # a footer's links name several such pages one under another ("Redaksi",
        # "Pedoman Media Siber", "Kontak"); a breadcrumb may print the heading again
        # (not "FAQ" over "Pertanyaan yang Sering Diajukan": one heading in its two forms)
        line = doc.lines[rows[k]]
        faq = _FAQ.match(doc.low(rows[k])) is not None
        if any(
            named[j] and doc.lines[rows[j]] != line and not (faq and _FAQ.match(doc.low(rows[j])))
            for j in (k - 1, k + 1)
            if 0 <= j < len(rows)
        ):
            continue
        return rows[k]
    return _under_service_trail(doc, rows)


# A breadcrumb trail: the home page's name, then two to four steps.
_TRAIL_SPLIT: Final = re.compile(r"\s*(?:›|>|»|/|\|)\s*")
_HOME_STEPS: Final = frozenset(("beranda", "home", "depan", "halaman utama"))
_HOME_PREFIXES: Final = tuple(_HOME_STEPS)
# steps that lead to a page that is no news item, and steps of a site's news
_SERVICE_STEP: Final = re.compile(
    r"\b(?:layanan|profil|tentang|karie?r|lowongan|ppid|faq|kontak|struktur|sejarah|visi"
    r"|regulasi|produk hukum|dokumen|unduhan|informasi publik|informasi berkala|about"
    r"|contact|careers?|services?)\b"
)
_NEWS_STEP: Final = re.compile(
    r"\b(?:berita|news|artikel|kabar|warta|rilis|pers|press|galeri|foto|video|opini|agenda"
    r"|pengumuman|liputan|kegiatan|publikasi)\b"
)


def _under_service_trail(doc: Doc, rows: list[int]) -> int | None:
    """The heading under a breadcrumb trail whose steps lead to a page that is no news
    item (``Beranda › Layanan Hukum › ...``, ``Beranda / Unit Layanan / ...``, ``Beranda
    > Informasi Publik > Informasi Berkala``) and name none of the site's news (a
    ``Berita`` step, ``Pengumuman``, ``Artikel``): the trail's own line when no short
    line is under it. Fourteen other pages of twelve sites of our blind pages print
    such a trail; a site's menu (more steps) and a story's trail (``Beranda / Berita /
    Layanan``) do not count. Two steps are enough when the second names the page's type
    (``Beranda / Kontak``: six other pages of six sites of our blind pages, no article;
    a magazine's ``Home / Career`` is a section of its news)."""
    for k, i in enumerate(rows):
        low = doc.low(i).strip()
        if not low.startswith(_HOME_PREFIXES):
            continue  # (most lines: no trail's first step, and nothing to split)
        steps = [s for s in _TRAIL_SPLIT.split(low) if s]
        if steps[0] not in _HOME_STEPS or not (
            3 <= len(steps) <= 5 or (len(steps) == 2 and names_page_type(steps[1]))
        ):
            continue
        rest = steps[1:]
        if any(len(s.split()) > 6 or _NEWS_STEP.search(s) for s in rest):
            continue
        if not any(_SERVICE_STEP.search(s) for s in rest):
            continue
        if k + 1 < len(rows) and len(doc.lines[rows[k + 1]].split()) <= 8:
            return rows[k + 1]
        return i
    return None


def printed_above(lines: list[str], i: int) -> int:
    """The printed (non-empty) line nearest above line ``i``, or -1."""
    k = i - 1
    while k >= 0 and not lines[k]:
        k -= 1
    return k


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
    # An agenda's heading over its days: the site's coming events, no news item
    agenda = _agenda_heading(doc, header, body_start, dl)
    if agenda is not None:
        return "other", agenda, AGENDA_VERDICT
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
        # Headlines each over its own stamp, and not one paragraph on the page: an index
        # of titles (blind pages of five sites, city, regency, ministry and election
        # office archives and a news index; every dev article prints a paragraph).
        over = [printed_above(lines, i) for i in stamped]
        if sum(1 for k in over if k >= 0 and doc.headline(k)) >= 5:
            # (an index may open with one paragraph saying what it gathers, over its
            # first headline: "Kumpulan berita terbaru tentang ..."; a story's
            # paragraphs over a box of related headlines are more than one)
            prose = (i for i in range(len(lines)) if lines[i] and doc.prose(i))
            first = next(prose, None)
            if first is None or (first < over[0] and next(prose, None) is None):
                return "listing", stamped[0], "listing:headline-list"
    heading = service_heading(doc, body_start)
    if heading is not None:
        return "other", heading, SERVICE_VERDICT
    contact = _contact_rows(doc, header, dl)
    if contact is not None:
        return "other", contact, CONTACT_VERDICT
    procedure = _procedure_heading(doc, header, body_start, dl)
    if procedure is not None:
        return "other", procedure, PROCEDURE_VERDICT
    masthead = _masthead(doc)
    if masthead is not None:
        return "other", masthead, MASTHEAD_VERDICT
    return "article", body_start, DEFAULT_KIND_RULE


# the name of a service's procedure or requirements ("Tata Cara Pengaduan ...",
# "Persyaratan dan Prosedur Penerbitan ...", "Alur Pendaftaran ...")
_PROCEDURE: Final = re.compile(
    r"(?:tata cara|prosedur|persyaratan|alur|mekanisme|syarat dan|langkah)\b", re.IGNORECASE
)


def _own_credit(doc: Doc, header: list[int], stamps: bool) -> bool:
    """Whether a line over the text, not a sidebar's, is a credit of the page's own (or,
    with ``stamps``, a stamp): a sign of a news item that the other-page verdicts ask
    for none of."""
    return any(
        i not in doc.sidebar
        and (
            doc.credit(i) is not None
            # (the site's clock over its menu is the day the page was saved, no stamp)
            or (stamps and doc.stamp(i) is not None and not clock_over_the_menu(doc, i))
        )
        for i in header
    )


def _procedure_heading(
    doc: Doc, header: list[int], body_start: int, dl: datelines.Dateline | None
) -> int | None:
    """A heading that names a service's procedure or requirements (twelve words at
    most, among the page's first 30 lines and over its text), on a page with no
    dateline and no stamp or credit of its own: a procedure page (eleven pages of eleven
    sites of our blind pages and a dev page print one, all other pages). A news site's
    explainer ("Tata Cara Salat Id ...") carries its own stamp or byline."""
    if dl is not None:
        return None
    lines = doc.lines
    for h in range(min(len(lines), 30, body_start + 1)):
        line = lines[h]
        if not line or len(line) > 100 or line[:1] not in "tTpPaAmMsSlL":
            continue
        if not _PROCEDURE.match(line.lstrip()) or len(line.split()) > 12 or doc.nav(h):
            continue
        return None if _own_credit(doc, header, stamps=True) else h
    return None


def _agenda_heading(
    doc: Doc, header: list[int], body_start: int, dl: datelines.Dateline | None
) -> int | None:
    """The heading of an agenda (``Agenda Kegiatan ...``, ``Agenda Pelayanan ...``: the
    word and two to eight words in all, among the page's first 40 lines and over its
    text) with three stamped days or more under it, on a page with no dateline and no
    credit of its own: a site's calendar of coming events (seven sites of our blind
    pages: cities, regencies, a legislature, a church), no news item. A menu's
    ``Agenda`` is one word; a widget's single coming day over a story is one stamp."""
    if dl is not None:
        return None
    lines = doc.lines
    for h in range(min(len(lines), 40, body_start + 1)):
        line = lines[h]
        if not line or len(line) > 80 or line[:1] not in "aA":
            continue
        if not line.lower().startswith("agenda") or not 2 <= len(line.split()) <= 8:
            continue
        if doc.nav(h):
            continue
        if _own_credit(doc, header, stamps=False):
            return None
        days = sum(
            1
            for j in range(h + 1, min(len(lines), h + 60))
            if lines[j] and len(lines[j]) <= 160 and doc.stamp(j) is not None
        )
        if days >= 3:
            return h
    return None


# A line of an office's contact details: its label (address, telephone, e-mail, opening
# hours, a street), or a short line with a telephone number or an e-mail address
_CONTACT_LABEL: Final = re.compile(
    r"(?:alamat|telepon|telp|tel|phone|fax|faks|faksimile|e-?mail|surel|whatsapp|wa|hotline"
    r"|call center|jam (?:layanan|pelayanan|kerja|operasional|buka)|jl|jalan)\b",
    re.IGNORECASE,
)
_PHONE: Final = re.compile(r"(?:\+62|\(0\d{2,3}\)|\b0\d{2,3}[- ]?\d{3,4})[\d -]{4,}")
_MAIL: Final = re.compile(r"[\w.-]+@[\w-]+\.\w")


def _contact_rows(doc: Doc, header: list[int], dl: datelines.Dateline | None) -> int | None:
    """The first of four or more lines of contact details among the page's first 120,
    on a page that shows no news item's sign: no dateline, no stamp or credit of its
    own over the text. A contact or service page (an office's address, telephone,
    e-mail and opening hours; nine sites of our blind pages print one), not a story;
    a story's own stamp keeps an article whose site prints its address in the footer
    an article."""
    if dl is not None:
        return None
    if _own_credit(doc, header, stamps=True):
        return None
    lines = doc.lines
    rows = [
        i
        for i in range(min(len(lines), 120))
        if lines[i]
        and len(lines[i]) <= 120
        and (
            _CONTACT_LABEL.match(lines[i].lstrip())
            or (len(lines[i]) < 80 and (_PHONE.search(lines[i]) or _MAIL.search(lines[i])))
        )
    ]
    return rows[0] if len(rows) >= 4 else None


# the roles only a newsroom's masthead names, each alone on its line over the names
# ("Pemimpin Redaksi", "Redaktur Pelaksana", "Alamat Redaksi"; a story's credits name
# its writer, editor and photographer, never these)
_MASTHEAD_ROLE: Final = re.compile(
    r"(?:wakil )?pemimpin (?:redaksi|umum|perusahaan)|redaktur pelaksana|sekretaris redaksi"
    r"|dewan redaksi|alamat redaksi|penerbit|(?:manajer )?pemasaran(?: dan iklan)?"
)


def _masthead(doc: Doc) -> int | None:
    """The first of three or more masthead roles, each alone on its line (a colon at
    most after it), over the page's first paragraph of 150 characters or more, if any:
    the newsroom's masthead page (nine sites of our blind pages print one, all other
    pages). A masthead under a story sits under its paragraphs; its roles count as
    credits, and its address may read as a dateline, so neither is asked here."""
    found: dict[str, int] = {}
    for i, line in enumerate(doc.lines[:400]):
        if len(line) >= 150:
            break
        if 0 < len(line) <= 45 and line[:1] in "PpRrSsDdAaMmWw":
            role = doc.low(i).strip(" :")
            if _MASTHEAD_ROLE.fullmatch(role):
                found.setdefault(role, i)
    return min(found.values()) if len(found) >= 3 else None


def _site_notice(doc: Doc, j: int) -> bool:
    return len(doc.lines[j]) > 30 and layout.names_the_site(doc.low(j))


def clock_over_the_menu(doc: Doc, i: int) -> bool:
    """Line ``i`` is one of the page's first three non-empty lines and the two under it
    open the site's menu: short, the first a menu item (``Home``, ``Beranda``, ``News``,
    a section's name). A stamp there is the site's clock under its name ("Harianjogja.com"
    / "Jumat, 15 Maret 2024" / "News" / ...): the day the page was saved, never the
    story's. An icon's date token (``date 2025-03-17``) is a story's stamp whatever
    follows it."""
    lines = doc.lines
    if i >= 40 or lines[i].startswith("date"):
        return False
    above = 0
    for j in range(i):
        if lines[j]:
            above += 1
            if above > 2:
                return False
    # (a welcome scrolling between the clock and the menu is the site's too: "Selamat
    # Datang di Website Resmi ...")
    below = [
        j for j in range(i + 1, min(len(lines), i + 8)) if lines[j] and not _site_notice(doc, j)
    ][:3]
    # the menu's first item under the clock, or, under a clock opening the page, under
    # the site's name printed between them ("Rabu, Juni 12, 2024" / "Suara Lembah" /
    # "Berita" / "Artikel")
    for k in (0, 1) if above == 0 else (0,):
        if k + 2 > len(below):
            return False
        if any(len(lines[j]) > 30 and not _link_bar(lines[j]) for j in below[: k + 2]):
            return False
        first = lines[below[k]]
        # (a menu's item names a section, with no digit: "▶ 02:37" under a video's stamp
        # is its player's length)
        if (
            (doc.nav(below[k]) or _link_bar(first))
            and doc.stamp(below[k]) is None
            and not dates.any_digit(first)
        ):
            return True
    return False


def _link_bar(line: str) -> bool:
    """A row of the site's links parted by pipes (``Redaksi | Pedoman Media Siber |
    Kontak``): three cells or more, each a few words with no digit.

    >>> _link_bar("Redaksi | Pedoman Media Siber | Kontak"), _link_bar("Senin | 12 Mei 2024")
    (True, False)
    """
    if len(line) > 80 or line.count("|") < 2:
        return False
    cells = [c.strip() for c in line.split("|")]
    return all(c and len(c.split()) <= 4 and not any(ch.isdigit() for ch in c) for c in cells)
