"""Line roles on a dumped news page: header, sidebar, caption, body, footer.

The page text is split once; these helpers classify single lines with cheap
string tests and decide whether the page is a listing of several stories.

>>> is_prose("Polisi menangkap dua orang yang diduga mencuri sepeda motor di pasar pada malam hari.")
True
>>> is_prose("Dua Orang Ditangkap Usai Mencuri Motor")
False
"""

from __future__ import annotations

import re
from typing import Final

from catalog.extract import dates

HEAD_LINES: Final = 40
TAIL_LINES: Final = 25

# The label a site prints over a paid story placed between a story's paragraphs
# ("ADVERTORIAL", "Konten Bersponsor"): the line it heads is the advertiser's, not
# the story's and not another story of the site's.
_AD_LABELS: Final = (
    "advertorial",
    "sponsored",
    "sponsored content",
    "konten bersponsor",
    "konten sponsor",
    "publireportase",
    "promoted",
)
_NAV_EXACT: Final = frozenset(
    (
        # links to the stories before and after this one
        "sebelumnya",
        "selanjutnya",
        "berita sebelumnya",
        "berita selanjutnya",
        "artikel sebelumnya",
        "artikel selanjutnya",
        "previous",
        "next",
        "previous post",
        "next post",
        "berita",
        "news",
        "detail",
        "kontak",
        "contact",
        "berita detail",
        "nasional",
        "headline",
        "breaking news",
        "breaking news:",
        "news update",
        "home",
        "beranda",
        "connect with us",
        "select menu",
        "favourite",
        "facebook",
        "twitter",
        "telegram",
        "whatsapp",
        "email",
        "print",
        "share",
        "bagikan",
        "tribun",
        "published",
        "on",
        "comment",
        "advertisement",
        "iklan",
        # a paid story's label over its headline, in either language
        *_AD_LABELS,
        "-",
        "menu",
        "search",
        "cari",
        "cari di sini",
        "login",
        # the sign-in link over a site's menu (22 of our blind pages, of as many sites)
        "masuk",
        "daftar",
        "kategori",
        "tags",
        "tag",
        "terkini",
        "terpopuler",
        "berita terkini",
        "berita terbaru",
        "berita populer",
        "liputan utama",
        "aneka berita",
        "artikel",
        "opini",
        # a desk's label over its headline, as "opini" is
        "feature",
        "features",
        "headline",
        "headlines",
        "berita utama",
        "liputan khusus",
        "laporan khusus",
        # a CMS's heading over an article's details (its writer, category, day, reads)
        "detail",
        "details",
        "rincian",
        "video",
        "foto",
        "galeri",
        "lainnya",
        "selengkapnya",
        "grafis",
        "lihat juga",
        "a a",
        "ikuti kami di",
        "tidak ada hasil",
        "lihat semua hasil",
    )
)
_NAV_PREFIX: Final[tuple[str, ...]] = (
    "baca juga",
    "baca:",
    "baca ",
    "follow ",
    "nikmati ",
    "klik ",
    "simak ",
    "ikuti ",
    "iklan",
    "website resmi",
    "showing posts",
    "zoom-in",
    "share on",
    "sosmed-",
    "copy-link",
    "more-vertical",
    "keterangan gambar",
    "keterangan foto",
    "foto :",
    "foto:",
    "lihat foto",
    "konten dari pengguna",
    "tulisan dari",
    "kirim tulisan",
    "cover berita",
    "scroll",
    "gulir ",  # "Gulir untuk melanjutkan": scroll, in Indonesian
    "ketik ",  # a search box's "Ketik kata kunci ...": type, in Indonesian
    # a translator's credit, a person's or a machine's: no headline, no byline
    "diterjemahkan oleh",
    "translated by",
    "advertisement",
    "load more",
    "tonton",
    "dengarkan",
    # the reader's own controls: audio players, reading time and text size, in
    # either language ("Listen to this article", "Waktu baca 3 menit", "Ukuran Font: - +")
    "listen to",
    "putar audio",
    "waktu baca",
    "lama baca",
    "ukuran teks",
    "ukuran font",
    "ukuran huruf",
    "text size",
    "font size",
    "font:",
    "change text size",
    "change size",
    "download",
    "unduh",
    # a share row's label on a line of its own ("Bagikan berita ini:", "Share this:");
    # "Bagikan" alone opens headlines ("Bagikan Bibit, Warga ...")
    "bagikan berita",
    "bagikan artikel",
    "bagikan:",
    "share this",
    "share:",
    "sebarkan berita",
    "home ",
    "beranda ",
    "home»",
    "beranda»",
    # a link past the menu, first on many pages ("Skip to content", "Lompat ke konten")
    "skip to ",
    "lompat ke ",
    "langsung ke isi",
    "langsung ke konten",
    # a widget's maker ("Powered by Google Terjemahan")
    "powered by ",
)
_END_MARKERS: Final[tuple[str, ...]] = (
    "berita terkait",
    "baca juga berita",
    "leave a reply",
    "tinggalkan balasan",
    "tinggalkan komentar",
    "komentar",
    "copyright",
    "©",
    "load more",
    "video terkait",
    "video terpopuler",
    "video pilihan",
    "video terkini",
    "video terbaru",
    "video lainnya",
    "rekomendasi",
    "berita lainnya",
    "berita terpopuler",
    "terpopuler",
    "artikel terkait",
    "related",
    "share on",
    "bagikan artikel",
    "baca whatsapp",
    "ikuti kami",
    "lihat juga",
    "berita terkini",
    "continue reading",
    "tags:",
    "tag:",
    "topik:",
    "you may also like",
    "most popular",
    "terkini",
    "populer",
    "editor's pick",
    "pilihan editor",
)
# Printed only by index, archive and search pages.
_LISTING_MARKERS: Final[tuple[str, ...]] = (
    "showing posts with label",
    "showing posts for query",
    "menampilkan postingan dengan label",
    "hasil pencarian",
    "search results",
    "posts tagged",
    "arsip kategori",
    "archive for",
)
# Printed under every teaser of an index page, but also once on a story page's
# related-story box: they count when they close a teaser or appear twice.
_TEASER_MARKERS: Final[tuple[str, ...]] = (
    "read more",
    "baca selengkapnya",
    "selengkapnya »",
    "lanjut baca",
)


# Tuples of prefixes and suffixes as module constants of type tuple[str, ...]: mypyc
# keeps those as one object, where a literal tuple is built anew on every call.
SENTENCE_ENDS: Final[tuple[str, ...]] = (".", "!", "?", "”", '"')
STATEMENT_ENDS: Final[tuple[str, ...]] = (".", "”", '"')
_DOT_BULLETS: Final[tuple[str, ...]] = ("• ", "· ")
_COPYRIGHT_OPENERS: Final[tuple[str, ...]] = ("copyright", "©")
DASH_BULLETS: Final[tuple[str, ...]] = ("- ", "– ")
_CAPTION_OPENERS: Final[tuple[str, ...]] = (
    ": ",
    "Foto",
    "foto",
    "FOTO",
    "Keterangan",
    "Ilustrasi",
    "ilustrasi",
)
_NOT_HEADLINE_ENDS: Final[tuple[str, ...]] = ("…", "...", ":", ",", ";")
_NOT_HEADLINE_OPENERS: Final[tuple[str, ...]] = ("#", "(")
_QUOTED_OPENERS: Final[tuple[str, ...]] = ("[", "“", '"', "‘", "'")


def prefix_index(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Prefixes grouped by their first character, for :func:`starts_with_any`."""
    groups: dict[str, list[str]] = {}
    for p in prefixes:
        groups.setdefault(p[:1], []).append(p)
    return {first: tuple(group) for first, group in groups.items()}


def starts_with_any(text: str, index: dict[str, tuple[str, ...]]) -> bool:
    """``text.startswith(prefixes)`` for ``index = prefix_index(prefixes)``: only the
    prefixes that open with ``text``'s first character are compared.

    >>> starts_with_any("baca juga: ...", prefix_index(("follow ", "baca ")))
    True
    """
    group = index.get(text[:1])
    if group is not None and text.startswith(group):
        return True
    return "" in index  # the empty prefix opens every text


_NAV_PREFIX_BY_FIRST: Final = prefix_index(_NAV_PREFIX)
# A notice to the reader about their own software (an outdated browser, scripts
# turned off, cookies), as sites print it above or inside the story in either
# language: furniture, like a menu. The words alone are not enough: a headline may
# be about a browser ("Peramban Baru Dirilis"), never addressed to the reader's.
_READER_NOTICE: Final = re.compile(
    r"\b(?:your|this|the|web) browsers?\b|\bbrowser (?:anda|kamu)\b"
    r"|\bjavascript (?:is )?(?:enabled|disabled|diaktifkan)\b"
    r"|\b(?:enable|aktifkan|have) javascript\b"
    r"|\b(?:uses?|accept|menggunakan) (?:the )?(?:cookies?|kuki)\b"
)
_END_MARKERS_BY_FIRST: Final = prefix_index(_END_MARKERS)


def clean(line: str) -> str:
    """Normalise the spaces of one line and strip it: a no-break space and a tab
    are spaces, a zero-width space and a byte-order mark (``\ufeff``, left at the
    start of a file saved as UTF-8 with BOM, or of each file pasted into one) are
    nothing."""
    if "\u00a0" in line or "\u200b" in line or "\t" in line or "\ufeff" in line:
        line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\t", " ")
        line = line.replace("\ufeff", "")
    return line.strip()


def lower_words(text: str, stop: int = 0) -> int:
    """How many words after the first open with an ASCII lower-case letter: the spaces
    followed by one (``len(re.findall(" [a-z]", text))``, counted without building
    a list of matches: a search for each space and a look at the character after it).
    With ``stop``, the count stops there (``min(count, stop)``): a caller that only
    compares it with a share of the words reads no further.

    >>> lower_words("Warga  desa Menanam pohon di bukit"), lower_words("abc "), lower_words("")
    (4, 0, 0)
    >>> lower_words("Warga  desa Menanam pohon di bukit", 2)
    2
    """
    count = 0
    last = len(text) - 1
    i = text.find(" ")
    while 0 <= i < last:
        o = ord(text[i + 1])
        if 97 <= o <= 122:
            count += 1
            if count == stop:
                break
        i = text.find(" ", i + 1)
    return count


def _opens_lower(text: str) -> bool:
    """``text[0].islower()`` (``text`` not empty), with no method call for ASCII."""
    first = ord(text[0])
    if first < 128:
        return 97 <= first <= 122
    return text[0].islower()


def _has_stop_then_space(line: str, stop: str) -> bool:
    """``stop + " " in line``: one-character searches for ``stop`` (a memchr each), and a
    look at the character after each one found. A two-character search compares at
    every character of the line, which costs several times as much on a paragraph."""
    i = line.find(stop)
    last = len(line) - 1
    while 0 <= i < last:
        if ord(line[i + 1]) == 32:
            return True
        i = line.find(stop, i + 1)
    return False


def is_prose(line: str) -> bool:
    """A paragraph of running text: long enough, with a share of lower-case words.

    Indonesian official prose capitalises many words (``Kepala Dinas Kominfo``),
    so a quarter of lower-case words is enough; headlines have fewer.
    """
    n = len(line)
    if n < 60:
        return False
    if (
        n >= 160
        and (_has_stop_then_space(line, ",") or _has_stop_then_space(line, "."))
        and line.find(" ", 0, 20) >= 0
    ):
        return True  # no headline or menu runs this long with sentence punctuation
    if n < 80 and not line.rstrip().endswith(SENTENCE_ENDS):
        return False
    head = line[:240]
    words = head.count(" ") + 1
    if words < 9:
        return False
    opens = 1 if _opens_lower(head) else 0
    # (counted only up to a quarter of the words, all the first test needs; a count
    # that stops short of it is the whole count, which the second test reads)
    lower = lower_words(head, (words + 3) // 4 - opens) + opens
    if lower * 4 >= words:
        return True
    # Official leads capitalise almost every noun; a long finished sentence still counts.
    return n >= 100 and lower >= 2 and line.rstrip().endswith(STATEMENT_ENDS)


def is_sentence_text(text: str) -> bool:
    """Running prose rather than a title-case headline (for the rest of a dateline line)."""
    head = text[:300].strip()
    words = len(head.split()) if len(head) < 40 else head.count(" ") + 1
    if words < 4:
        return words >= 1 and head.endswith(".")
    lower = lower_words(head) + (1 if _opens_lower(head) else 0)
    return lower >= 2 and lower * 5 >= words


# Where pages are shared, followed or sent: a line made mostly of these is a share
# row or a follow-us widget, on any site ("Bagikan: Facebook · X · WhatsApp").
PLATFORM_WORDS: Final = frozenset(
    [
        "facebook",
        "fb",
        "twitter",
        "tw",
        "x",
        "whatsapp",
        "wa",
        "telegram",
        "line",
        "email",
        "e-mail",
        "pinterest",
        "linkedin",
        "instagram",
        "tiktok",
        "youtube",
        "threads",
        "share",
        "shares",
        "bagikan",
        "sebarkan",
        "salin",
        "tautan",
        "link",
        "copy",
        "print",
        "cetak",
        "kirim",
        "tweet",
    ]
)


def platform_share(line: str) -> float:
    """The share of a line's words that name a platform or a sharing action.

    >>> platform_share("Bagikan: Facebook · X · WhatsApp"), platform_share("Warga Tanam Pohon")
    (1.0, 0.0)
    """
    return platform_share_of(line.split())


# No word longer than this is a platform word (``lower()`` never shortens a word).
_PLATFORM_MAX: Final = max(len(w) for w in PLATFORM_WORDS)


# For each ASCII character: the lengths of the platform words it opens once lower-cased,
# as a bit mask (bit n: a word of n characters). A word that lower-cases to a platform
# word is as long as it: that word is ASCII, and the only characters that lower-case
# to ASCII ones are ASCII letters and the Kelvin sign, each to one character.
_PLATFORM_LENGTHS: Final[tuple[int, ...]] = tuple(
    sum({1 << len(w) for w in PLATFORM_WORDS if w[0] == chr(c).lower()}) for c in range(128)
)


# For each first letter and length, index (letter - "a") * 16 + length: the last letters
# of the platform words that open and are as long so, as a bit mask (bit k: chr(97 + k)).
# Every platform word opens and closes with a letter.
_PLATFORM_LAST: Final[tuple[int, ...]] = tuple(
    sum({1 << (ord(w[-1]) - 97) for w in PLATFORM_WORDS if (ord(w[0]) - 97) * 16 + len(w) == k})
    for k in range(26 * 16)
)


def _is_mark(c: int) -> bool:
    """One of the characters ``platform_share`` strips from a word: ``:·|•,()``."""
    return c == 58 or c == 183 or c == 124 or c == 8226 or c == 44 or c == 40 or c == 41


def _platform_word(word: str) -> int:
    """For a word of ``split()`` (not empty): 1 when, stripped of ``:·|•,()`` and
    lower-cased, it is a platform word, 0 when it is another word, -1 when it strips
    to nothing (it does not count as a word). A word whose two ends are no marks is
    not stripped (str.strip with characters builds a filter on every call), and one
    is lower-cased only when it can be a platform word: not too long (``lower()``
    never shortens a word), and not opening with an ASCII character that opens no
    platform word of its length (``_PLATFORM_LENGTHS``).

    >>> [_platform_word(w) for w in ("Tweet", "WA", "warga", "(Facebook)", "·")]
    [1, 1, 0, 1, -1]
    """
    first = ord(word[0])
    n = len(word)
    if _is_mark(first) or _is_mark(ord(word[n - 1])):
        word = word.strip(":·|•,()")
        if not word:
            return -1
        first = ord(word[0])
        n = len(word)
    if n > _PLATFORM_MAX or (first < 128 and (_PLATFORM_LENGTHS[first] >> n) & 1 == 0):
        return 0
    last = ord(word[n - 1])
    if first < 128 and last < 128:
        # an ASCII letter opens it (the lengths let no other through): a word that
        # lower-cases to a platform word closes with that word's last letter too
        low = last | 32  # A-Z to a-z (no other character becomes a letter)
        if (
            not 97 <= low <= 122
            or (_PLATFORM_LAST[((first | 32) - 97) * 16 + n] >> (low - 97)) & 1 == 0
        ):
            return 0
    return 1 if word.lower() in PLATFORM_WORDS else 0


def platform_share_of(words: list[str]) -> float:
    """:func:`platform_share` of a line already split into words (one loop, no lists;
    a word too long to be a platform word is not lower-cased)."""
    n = 0
    hits = 0
    for w in words:
        got = _platform_word(w)
        if got >= 0:
            n += 1
            hits += got
    if n == 0:
        return 0.0
    return hits / n


def any_before(text: str, words: tuple[str, ...], target: str) -> bool:
    """``any(w + target in text for w in words)`` with one scan of ``text`` for
    ``target`` (the words are checked where it occurs) instead of one per word.

    >>> any_before("warga di kota bogor", ("di", "kota"), " bogor")
    True
    >>> any_before("bogor di kota", ("di",), " bogor")
    False
    """
    q = text.find(target)
    while q != -1:
        for w in words:
            # text.startswith(w, q - len(w)) as a search of the len(w) characters before
            # q: compiled, startswith with a start is a generic method call (its
            # arguments parsed at each call), find with a start and an end is not
            if q >= len(w) and text.find(w, q - len(w), q) >= 0:
                return True
        q = text.find(target, q + 1)
    return False


def _mostly_platform(line: str) -> bool:
    """``platform_share(line) >= 0.6``, in whole numbers (hits/words >= 3/5), and
    given up as soon as the words left could not lift the share to 3/5 any more."""
    words = line.split()
    left = len(words)
    n = 0
    hits = 0
    for w in words:
        left -= 1
        got = _platform_word(w)
        if got >= 0:
            n += 1
            if got == 1:
                hits += 1
            elif 2 * left < 3 * n - 5 * hits:
                return False  # even if every word left were one, 5 * hits < 3 * n
    return n > 0 and 5 * hits >= 3 * n


# "4 menit baca", "6 min read": how long the story takes to read, not a count of views
_READING_TIME: Final = re.compile(r"\d{1,2} ?(?:menit|min(?:ute)?s?)\.? (?:baca|read)\b")
# The same closing a line, with a word of reading before or after the minutes ("Waktu
# baca: 3 menit", "Dibaca dalam 5 menit", "⏱ 4 menit baca"). Searched in a whole line, the
# expression above also finds "0 comment 2 minutes read" (a dev page's line): reading that
# line as furniture too moved the fitted title cut-off and cost two right titles held out
# (session 16), so it is left to the scorer.
_READING_TIME_CLOSING: Final = re.compile(
    r"\b(?:baca|membaca|dibaca|read)\b\D{0,16}\b\d{1,2}\s?(?:menit|min)\W*$"
    r"|\b\d{1,2}\s?(?:menit|min)\.?\s(?:baca|membaca|read)\W*$"
)


def reading_time(text: str) -> bool:
    """Whether ``text`` (a short piece of a line, such as what follows a stamp) says
    only how long the story takes to read.

    >>> reading_time(" · 4 min read"), reading_time("| 5 menit baca"), reading_time("4 menit lagi")
    (True, True, False)
    """
    low = text.strip(" |•·-–—,").lower()
    return 0 < len(low) <= 30 and _only_reading_time(low)


def _only_reading_time(low: str) -> bool:
    """A lower-cased piece of a line that closes with a reading time and has no number
    before it (no date, no count)."""
    m = _READING_TIME_CLOSING.search(low)
    return m is not None and not dates.has_ascii_digit(low[: m.start()])


def _reader_control(low: str) -> bool:
    """A text-size control (``A A A``, ``A- A+``, ``Aa``) or a reading time, as a
    lower-cased line: furniture on any page, never a name, headline or count."""
    first = low[:1]
    if first.isdigit():
        return _READING_TIME.match(low) is not None
    if first and first not in "a+-–" and not first.isspace():
        return False  # the first word, stripped of "+-–", opens with this: no "a" or "aa"
    words = low.split()
    return bool(words) and all(w.strip("+-–") in ("a", "aa") for w in words)


def photo_headline(line: str) -> bool:
    """``FOTO: Warga Menjemur Ikan di Pesisir Jelang Panen``: a photo page's headline
    under its section's label (three sites of our blind pages), not a credit (``Foto:
    Name``, ``Foto: Humas/Name``) or a caption (a sentence closing with a stop): five
    words or more, most capitalised, no slash, no closing stop."""
    if line[:4].lower() != "foto":
        return False
    rest = line.partition(":")[2].strip()
    words = rest.split()
    return (
        len(words) >= 5
        and "/" not in rest
        and not rest.endswith((".", ")"))
        and sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) * 10 >= len(words) * 6
    )


def is_nav(line: str) -> bool:
    """Menus, breadcrumbs, share buttons, promos (all short lines)."""
    if len(line) > 160:
        return False
    if len(line) <= 100 and _mostly_platform(line):
        return True
    low = line[:48].lower().strip(" :•·-")
    if len(line) <= 48 and (low in _NAV_EXACT or _reader_control(low)):
        return True
    if starts_with_any(low, _NAV_PREFIX_BY_FIRST) and not photo_headline(line):
        return True
    # the words a notice holds, looked for before the expression runs
    if ("browser" in low or "javascript" in low or "cookie" in low or "kuki" in low) and (
        _READER_NOTICE.search(low) is not None
    ):
        return True
    # the glyphs looked for below ("›", "«", "·", "°", a control's) are none of them
    # ASCII: an ASCII line (most) is told by one call, not a scan a glyph
    glyphs = not line.isascii()
    if (glyphs and ("›" in line or "»" in line or "‹" in line or "«" in line)) or (
        "/" in line and line.count(" / ") >= 2
    ):
        return True
    # a control's glyph: a drop-down's triangle, a menu's bars ("Select Language ▼"),
    # a player's play or pause button ("Radio Lembah 92,4 FM ▶ Putar") (isdisjoint
    # makes a string of each character)
    if len(line) <= 48 and glyphs and not _CONTROL_GLYPHS.isdisjoint(line):
        return True
    if (
        len(line) <= 30
        and (low[:1].isdigit() or low.startswith(("dibagikan", "disimpan")))
        and (_SHARE_COUNT.match(low) is not None or _READING_NOW.match(low) is not None)
    ):
        return True
    if len(line) <= 48 and ("nonton" in low or "watching" in low) and _WATCHING.search(low):
        return True  # a live stream's audience now: "LIVE • 4,2 rb menonton"
    if len(line) <= 40 and ("menit" in low or "min" in low) and _only_reading_time(low):
        # how long the story takes to read: "4 menit baca", "5 min read"; after a date
        # ("June 5, 2024 · 4 min read") the line is the story's stamp
        return True
    # (a label's colon is no prompt's: "Penulis: Ani | Editor: Budi" is asked nothing)
    if (
        len(line) <= 120
        and ("|" in line or (glyphs and "·" in line) or "  " in line)
        and ":" not in line
        and prompt(line)
    ):
        return True
    if (
        len(line) <= 60
        and ("|" in low or "/" in low or (glyphs and "·" in low) or "  " in low or len(low) <= 12)
        and language_switch(low)
    ):
        return True
    if len(line) <= 40 and glyphs and "°" in line and weather(line):
        return True
    return line.startswith(_DOT_BULLETS) and len(line) < 40


_TEMPERATURE: Final = re.compile(r"\d\s?°\s?[CF]?(?!\w)")


def weather(line: str) -> bool:
    """A weather widget: a temperature in five words at most (``Kota Lama 29°C
    Berawan``, ``31° Cerah``). A headline that reports a temperature says more
    (``Suhu di Kota Lama Capai 36°C, Warga Diminta ...``).

    >>> weather("Kota Lama 29°C Berawan"), weather("Suhu di Kota Lama Capai 36°C, Warga Diminta Waspada")
    (True, False)
    """
    return len(line.split()) <= 5 and _TEMPERATURE.search(line) is not None


# languages by the names and codes a site's language switch prints them under
_LANGUAGES: Final = frozenset(
    (
        "bahasa indonesia",
        "indonesia",
        "indonesian",
        "bahasa inggris",
        "english",
        "inggris",
        "id",
        "ind",
        "en",
        "eng",
        "jawa",
        "sunda",
        "bali",
        "arab",
        "arabic",
        "mandarin",
    )
)
_LANGUAGE_SPLIT: Final = re.compile(r"\s*[|/·]\s*|\s{2,}")


def language_switch(low: str) -> bool:
    """A lower-cased line of two languages or more set apart by separators or wide gaps
    (``Bahasa Indonesia | English``, ``ID / EN``), or of codes alone (``ind eng``): a
    site's language switch, no headline.

    >>> language_switch("bahasa indonesia | english"), language_switch("ind eng")
    (True, True)
    >>> language_switch("indonesia | malaysia"), language_switch("english")
    (False, False)
    """
    # no language's name holds a figure, and a figure is no separator: a line with one
    # is no switch (a stamp line "12/5/2020 | 10:20 WIB", printed once, is not split)
    if dates.has_ascii_digit(low):
        return False
    parts = [p for p in _LANGUAGE_SPLIT.split(low.strip()) if p]
    if len(parts) == 1:
        parts = parts[0].split()
        if any(len(p) > 3 for p in parts):
            return False  # words in a row: only codes ("ID EN") make a switch
    return len(parts) >= 2 and all(p in _LANGUAGES for p in parts)


# where a prompt's words end and its buttons start: a separator, a wide gap, a question
_PROMPT_SPLIT: Final = re.compile(r"\s+[|·]\s+|\s{2,}|\?\s+")


def prompt(line: str) -> bool:
    """A prompt and its two buttons, set apart by separators or wide gaps: a question or
    a request of two words or more (some in lower case, no figure), then exactly two
    answers of one or two words each (or a form's field of three and its button), in
    letters only (``Izinkan notifikasi? Boleh · Jangan sekarang``, ``Dapatkan kabar
    terbaru  Tidak  Ya``). No line of the dev pages has the shape.

    >>> prompt("Izinkan notifikasi? Boleh · Jangan sekarang")
    True
    >>> prompt("Bhabinkamtibmas | Jelang Pilkada, Waspada Hoaks"), prompt("IDX 7.233  -24  -0,3%")
    (False, False)
    """
    # no figure in the words (an edition's day and the site's links are a menu), nor in
    # the answers, letters only: a figure anywhere ends the test before the split
    if dates.has_ascii_digit(line):
        return False
    parts = [p for p in _PROMPT_SPLIT.split(line.strip()) if p]
    # exactly two answers (a share row names more networks), after words in lower case
    if len(parts) != 3 or len(parts[0].split()) < 2:
        return False
    if not any(w[:1].islower() for w in parts[0].split()):
        return False
    # (the first of the two may be a form's field: "Alamat email Anda", three words)
    for most, button in zip((3, 2), parts[-2:], strict=True):
        words = button.split()
        if len(words) > most or not all(w.strip(",.!").isalpha() for w in words):
            return False
    return True


_CONTROL_GLYPHS: Final = frozenset("▼▲▾▴⌄☰▶►⏵⏸⏯")


# How many readers are on the page now: "1.204 orang sedang membaca", "87 pembaca
# online", "312 reading now" (no count of the page's views)
_READING_NOW: Final = re.compile(
    r"^[\d.,]+\s?(?:orang |pembaca |readers? |pengunjung )?"
    r"(?:sedang (?:membaca|online|melihat)|online|reading now|sedang aktif)$"
)
# How many watch a live stream now: "4,2 rb menonton", "9.812 penonton", "3.2K watching"
_WATCHING: Final = re.compile(
    r"\d[\d.,]*\s?(?:rb|ribu|k)?\s(?:orang\s)?(?:sedang\s)?(?:menonton|penonton|watching)\b"
)
# How many times the story was shared or saved: "61 kali dibagikan", "1.2K shares",
# "Dibagikan 61 kali", "Disimpan 45 kali"
_SHARE_COUNT: Final = re.compile(
    r"^(?:[\d.,]+\s?[kKrb]?\s?(?:kali dibagikan|kali dibagi|kali disimpan|shares?|bookmarks?)"
    r"|(?:dibagikan|disimpan) [\d.,]+ kali)$"
)


# The comment box under a story: "12 Komentar", "Tulis komentar", "No comments yet"
_COMMENTS: Final = re.compile(
    r"(?:\d+ (?:komentar|comments?)\b"
    r"|(?:tulis|posting|kirim|berikan|belum ada|login untuk ber)\s?komentar"
    r"|(?:write|post|leave) a comment|no comments)"
)


# A time counted back from the reader's visit ("2 jam yang lalu", "5 minutes ago"):
# what comment boxes and lists of other stories print beside each entry
_AGO: Final = re.compile(
    r"\b\d{1,3} (?:detik|menit|jam|hari|minggu|bulan|tahun) (?:yang )?lalu\b"
    r"|\b\d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago\b",
    re.IGNORECASE,
)


def says_ago(line: str) -> bool:
    """A short line with a time counted back from now (``Rina · 2 jam yang lalu``).

    >>> says_ago("Rina Lestari · 2 jam yang lalu"), says_ago("Dua jam lalu warga berkumpul")
    (True, False)
    """
    return len(line) <= 60 and ("lalu" in line or "ago" in line) and _AGO.search(line) is not None


# A day opening a line, then a colon or a dash and what falls on it
_DATED_ENTRY: Final = re.compile(r"^\d{1,2}\s\w{3,9}\s\d{4}\s?[:–-]\s?[^\W\d]")


def dated_entry(line: str) -> bool:
    """An entry of an agenda or a calendar: a full date, then what falls on it.

    >>> dated_entry("17 Agustus 2027: Hari Kemerdekaan"), dated_entry("5 Mei 2025 - 10:00 WIB")
    (True, False)
    """
    if len(line) > 80 or _DATED_ENTRY.match(line) is None:
        return False
    hit = dates.find_dates(line, first_only=True)
    return bool(hit) and hit[0].start == 0


def is_end_marker(line: str) -> bool:
    """A line after which the page shows other stories or site furniture."""
    if len(line) > 60:
        return line[:10].lower().startswith(_COPYRIGHT_OPENERS)
    low = line.lower()
    if starts_with_any(low, _END_MARKERS_BY_FIRST):
        return True
    if low.strip(" :") == "tonton juga":
        return True  # a videos box's heading (a "Tonton juga: ..." link may sit inside)
    return ("koment" in low or "comment" in low) and _COMMENTS.match(low) is not None


def is_ad_label(line: str) -> bool:
    """The label over a paid story (``ADVERTORIAL``, ``- Sponsored -``). An ad slot's
    marker (``ADVERTISEMENT``, ``Iklan``) holds a picture: the story goes on under it.

    >>> is_ad_label("- Sponsored -"), is_ad_label("Konten Bersponsor"), is_ad_label("Iklan")
    (True, True, False)
    """
    return len(line) <= 30 and line.lower().strip(" :•·-–[]()") in _AD_WORDS


_AD_WORDS: Final = frozenset(_AD_LABELS)


def is_sidebar_item(line: str) -> bool:
    """A bulleted teaser of another story (``- Headline``)."""
    # line.startswith(DASH_BULLETS), read as code points (this runs on every line, often)
    if len(line) <= 3:
        return False
    first = ord(line[0])
    return (first == 45 or first == 0x2013) and ord(line[1]) == 32


def is_list_item(line: str) -> bool:
    """A numbered or bulleted entry of a list (``1. Headline``, ``- Headline``, ``• Headline``).

    ``• name • 11 Oktober 2021 • ...`` is a bulleted byline, not a list entry.
    """
    if is_sidebar_item(line):
        return True
    if not line:
        return False
    # _LIST_ITEM opens with \d (a decimal digit, str.isdecimal): a line opening with
    # any other character needs no match (an ASCII one read as a code point: no
    # one-character string is cut)
    first = ord(line[0])
    numbered = 48 <= first <= 57 or (first >= 128 and line[0].isdecimal())
    if numbered and _LIST_ITEM.match(line) is not None:
        return True
    if first >= 128 and glyph_bullet(line):
        return True
    return first == 0x2022 and line.startswith("• ") and " • " not in line


# A running time in brackets closing a line: a video's, never a headline's
_RUNNING_TIME_END: Final = re.compile(r"\(\d{1,2}:\d{2}(?::\d{2})?\)$")


# Marks other than the dot that open a list's entries: ticks, arrows, small squares
_GLYPH_BULLETS: Final = frozenset("✓✔➤➢▪◦‣■◆▸")


def glyph_bullet(line: str) -> bool:
    """A list entry opened by a tick, an arrow or a square and a space (``✓ ...``,
    ``➤ ...``): a key point's or a menu's entry, never a headline.

    >>> glyph_bullet("✓ Rincian ada di dalam tulisan"), glyph_bullet("✓Tanpa spasi")
    (True, False)
    """
    return len(line) > 2 and line[0] in _GLYPH_BULLETS and line[1] == " "


_SIDEBAR_HEADINGS: Final = frozenset(
    (
        "berita terpopuler",
        "terpopuler",
        "populer",
        "berita populer",
        "paling populer",
        "berita terkait",
        "terkait",
        "artikel terkait",
        "baca juga",
        "berita lainnya",
        "berita terbaru",
        "terbaru",
        "terkini",
        "berita terkini",
        "rekomendasi",
        "rekomendasi untuk anda",
        "pilihan editor",
        "editor's pick",
        "trending",
        "most popular",
        "populer hari ini",
        "lihat juga",
        "topik pilihan",
        "headline",
        "news update",
        "breaking news",
        "video terkait",
        "video terpopuler",
        "video pilihan",
        "video terkini",
        "video terbaru",
        "video lainnya",
        "tonton juga",
        "most read",
        "paling banyak dibaca",
        "terbanyak dibaca",
        "latest news",
    )
)


def is_sidebar_heading(line: str) -> bool:
    """The heading of a block of other stories (``Berita Terpopuler``)."""
    return line.lower().strip(" :•-–") in _SIDEBAR_HEADINGS


_CREDIT_TAIL: Final = re.compile(r"\(([^()]{2,60})\)\s*$")
_CREDIT_WORDS: Final[tuple[str, ...]] = (
    "dok",
    "foto",
    "ist",
    "net",
    "antara",
    "humas",
    "photo",
    "tribun",
    "suara",
)


def opens_as_caption(line: str) -> bool:
    """A line that opens with a photo label (``Foto :``, ``Keterangan``, ``Ilustrasi``).

    >>> opens_as_caption("Foto : Warga antre di pasar."), opens_as_caption("Bogor - Warga antre.")
    (True, False)
    """
    return starts_with_any(line, _CAPTION_OPENERS_BY_FIRST)


def is_caption(line: str) -> bool:
    """A photo caption: credit in parentheses at the end, or a photo label."""
    if opens_as_caption(line):
        return True
    # the credit must close the line: no regex scan when the line does not end with ")"
    m = _CREDIT_TAIL.search(line) if line.rstrip().endswith(")") else None
    if m and m[1] != "*":
        inner = m[1].lower()
        if (
            len(line.split()) >= 8
            or "/" in inner
            or "." in inner
            or inner.startswith(_CREDIT_WORDS)
        ):
            return True
    if "/" in line and len(line.split()) <= 6 and not line.endswith("."):
        return not any(ch.isdigit() for ch in line)
    return closes_with_photo_credit(line)


# A photo's credit closing its caption: a photo word in the brackets ("(Foto: Ani)",
# "(B-Universe Photo/Ani Lestari)"), an agency and a name ("(JP/Ani Lestari)"), or the
# labelled credit after the caption ("... pasar. FOTO: ANI LESTARI")
_PHOTO_CREDIT_END: Final = re.compile(
    r"\((?:[^()]{0,30}\b(?:[Ff]oto|FOTO|[Pp]hoto|PHOTO|[Dd]ok|DOK)\b[^()]{0,40}"
    r"|[A-Za-z][^()/]{0,30}/\s{0,2}[A-Z][^()]{1,40})\)\s*$"
)


def closes_with_photo_credit(line: str) -> bool:
    """A caption's line: it closes with a photo's credit, in brackets (``(Foto: Ani)``,
    ``(JP/Ani Lestari)``) or labelled after the caption (``FOTO: ANI LESTARI``). A
    writer's initials closing a story (``(ani/bud)``) name no photographer.

    >>> closes_with_photo_credit("Warga antre di pasar. (ANTARA/Ani Lestari)")
    True
    >>> closes_with_photo_credit("PASAR: Warga antre. FOTO: ANI LESTARI")
    True
    >>> closes_with_photo_credit("Harga naik, kata dia. (ani/bud)")
    False
    """
    if line[-1:] == ")":
        return photo_credit_in_brackets(line)
    return closes_with_photo_label(line)


def photo_credit_in_brackets(line: str) -> bool:
    """:func:`closes_with_photo_credit` of a line closing with ")"."""
    return _PHOTO_CREDIT_END.search(line) is not None


# a photo's credit after its caption, labelled: "... di pasar. FOTO: ANI LESTARI"
_FOTO_LABEL_END: Final = re.compile(
    r"\b(?:FOTO|Foto)\s{0,2}:\s{0,2}(?:[A-Z][A-Za-z .'/-]{2,60}|[a-z]{2,5}\d{0,3}"
    r"|[a-z][\w-]{1,30}\.[a-z]{2,6}/[A-Z][A-Za-z .'-]{1,40})$"  # "apahabar.com/Name"
    # a courtesy photo: "... di pasar. IST" ("istimewa", sent to the newsroom)
    r"|(?<=[.!?] )(?:IST|Ist|ISTIMEWA|Istimewa)\.?$"
    # the outlet's domain and the photographer in capitals: "... di pasar. KABAR.ID/ANI"
    r"|(?<=[.!?] )[A-Z][A-Z0-9-]{1,30}(?:\.[A-Z]{2,4}){1,2}\s?/\s?[A-Z][A-Z .'-]{1,40}$"
)


def closes_with_photo_label(line: str) -> bool:
    """A caption that ends with its labelled photo credit (``FOTO: ANI LESTARI``): the
    caption's first word and colon (``PEDAGANG: Seorang pedagang ...``) open no
    dateline, and the caption is no headline.

    >>> closes_with_photo_label("PASAR: Warga antre di pasar. FOTO: ANI LESTARI")
    True
    >>> closes_with_photo_label("Jakarta: Warga antre di pasar.")
    False
    >>> closes_with_photo_label("Warga antre. Foto: kabar.id/Ani"), closes_with_photo_label("Warga antre. IST")
    (True, True)
    >>> closes_with_photo_label("Warga antre di pasar. KABAR.CO.ID/ANI LESTARI")
    True
    """
    # the credit closes the line within its last 70 characters: only they are scanned
    tail = line[-70:]
    return (
        "FOTO" in tail
        or "Foto" in tail
        or "IST" in tail[-10:]
        or "Ist" in tail[-10:]
        or _may_close_with_slash_credit(tail)
    ) and _FOTO_LABEL_END.search(tail) is not None


# what _FOTO_LABEL_END takes after the slash of "KABAR.ID/ANI LESTARI"
_SLASHED_NAME: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ .'-"


def _may_close_with_slash_credit(tail: str) -> bool:
    """Whether the last alternative of :data:`_FOTO_LABEL_END` (a domain in capitals, a
    slash, a name in capitals) can match ``tail``: the others need "FOTO", "Foto",
    "IST" or "Ist", looked for before. Its name holds no slash, so its slash is the
    last one; after it and at most one space, a capital and 1 to 40 more capitals,
    spaces, stops, apostrophes or hyphens close the line (before a closing line
    break, where ``$`` matches too). Most lines with a slash near their end are
    ruled out without the expression: a date ("Kamis (12/5/2020).") or initials
    ("(abc/xyz)").

    >>> _may_close_with_slash_credit("Warga antre. KABAR.ID/ ANI L."), _may_close_with_slash_credit("(12/5/2020).")
    (True, False)
    """
    k = tail.rfind("/")
    if k < 0 or "." not in tail:
        return False
    rest = tail[k + 1 :]
    if rest[-1:] == "\n":
        rest = rest[:-1]
    if rest[:1].isspace():  # (\s, as the expression's engine reads it)
        rest = rest[1:]
    return 2 <= len(rest) <= 41 and "A" <= rest[0] <= "Z" and not rest.strip(_SLASHED_NAME)


_LIST_ITEM: Final = re.compile(r"^\d{1,2}[.)]\s")
# "Kategori : Kesehatan": a short label and value, not a headline
_LABEL_VALUE: Final = re.compile(r"^[\w ]{2,20}\s?:\s?\S+(?:\s\S+){0,2}$")


_SITE_NAME_PREFIX: Final[tuple[str, ...]] = (
    "website resmi",
    "situs resmi",
    "portal resmi",
    "official website",
    "selamat datang",
    "portal berita resmi",
    "media informasi resmi",
    "welcome to",
    # a sentence about the page itself ("Artikel ini ditulis oleh pengguna ..."): a
    # notice to its reader, where a headline speaks of its story
    "artikel ini ",
    "tulisan ini ",
    "berita ini ",
    "konten ini ",
    "halaman ini ",
    "this article ",
    "this story ",
    "this page ",
)
# (grouped by their first letter, as the captions' openers below: asked of every line
# with a headline's shape, and of every line of the page's head)
_SITE_NAME_PREFIX_BY_FIRST: Final = prefix_index(_SITE_NAME_PREFIX)
_CAPTION_OPENERS_BY_FIRST: Final = prefix_index(_CAPTION_OPENERS)
_INSTITUTION: Final = re.compile(r"^pemerintah (?:kabupaten|kota|provinsi|daerah)\b")


def names_the_site(low: str) -> bool:
    """A lower-cased line that speaks of the site or the page itself (``website resmi
    ...``, ``selamat datang di ...``, ``halaman ini ...``): its name, a welcome, a notice.

    >>> names_the_site("selamat datang di website resmi desa kami"), names_the_site("warga")
    (True, False)
    """
    return starts_with_any(low, _SITE_NAME_PREFIX_BY_FIRST)


# a date bar in any calendar ("Senin, 13 Muharram 1442 H", "Friday 3 ..."): a weekday
# and a day's number open it; a headline does not open so
_DATE_BAR: Final = re.compile(r"(?:" + "|".join(dates.WEEKDAYS) + r")\.?,? ?\d{1,2}\b")
# a clock time ("04:37", "19.08"); three on a line make a timetable
_CLOCKS: Final = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")
_ZONES: Final = frozenset(("WIB", "WITA", "WIT"))
# a telephone number: a mobile's "0812-3456-7890", a fixed line's "(0411) 123456", "+62 ..."
_PHONE: Final = re.compile(r"(?:\+62|\(0\d{2,3}\)|\b0\d{2,3})[- .]?\d{3,4}[- .]?\d{3,5}\b")
_WIDE_GAP: Final = re.compile(r"\s{2,}")


def _tabs(parts: list[str]) -> bool:
    """Up to five capitalised one-word items, or three or more of one or two
    capitalised words each: a row of tabs or a menu's entries (``Terkini  Populer``,
    ``Tanjung Harapan  Sukamaju  Lembah``)."""
    if len(parts) > 5:
        return False
    if all(" " not in p and p[:1].isupper() for p in parts):
        return True
    return len(parts) >= 3 and all(
        p.count(" ") <= 1 and all(w[:1].isupper() for w in p.split()) for p in parts
    )


def mostly_numbers(words: list[str]) -> bool:
    """Half the words or more hold a digit: a timetable, a ticker or a countdown
    (``Subuh 04:37 Dzuhur 11:41 ...``, ``IHSG 7.131,48 -2,88% ...``, ``99 Hari 23 Jam
    7 Menit``), never a headline, whose numbers qualify its words.

    >>> mostly_numbers("Subuh 04:37 Dzuhur 11:41 Ashar 15:03".split())
    True
    >>> mostly_numbers("Siaran Pers No. 22/PIH/KOMINFO/2/2010".split())
    False
    >>> mostly_numbers("Pukul 14.05 WITA".split()), mostly_numbers("Kedalaman 10 km".split())
    (True, True)
    """
    counted = numbers = 0
    for w in words:
        if w.isalpha():
            # letters alone (most words): a word, and no letter is a digit (one call
            # instead of a look at each character); a zone opens with "W", a unit has
            # three letters at most
            counted += 1
            if (w[0] == "W" and w in _ZONES) or (len(w) <= 3 and w.lower() in _UNITS):
                numbers += 1
        elif any(ch.isalnum() for ch in w):
            counted += 1
            # a time zone is a clock's unit ("Pukul 14.05 WITA", "10:42:17 WIB"), as a
            # measure's unit is its number's ("Kedalaman 10 km")
            if any(ch.isdigit() for ch in w) or w in _ZONES or w.lower() in _UNITS:
                numbers += 1
    return counted > 0 and 2 * numbers >= counted


# units printed after a number, in lower case or as written
_UNITS: Final = frozenset(("km", "cm", "mm", "kg", "fm", "mhz", "sr"))


# A saying and who said it: a finished sentence in quotes, a dash, a name
# ("“Kerja bersama meringankan beban.” — Budi Santoso"): a quote of the day's
# widget, where a quoted headline names its speaker with a verb ('"Kami Siap," Kata
# Bupati')
_SAYING: Final = re.compile(
    r"""["“'‘].{8,}[.!?]["”'’]\s*[—–-]{1,2}\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}\s*$"""
)


def is_saying(line: str) -> bool:
    """A saying in quotes and who said it (see ``_SAYING``)."""
    return line.startswith(_QUOTED_OPENERS) and _SAYING.match(line) is not None


def labelled_notice(line: str) -> bool:
    """A label and a sentence in lower case (``Peringatan Dini: hujan lebat di ...``,
    ``Leo: peluang baru ...``): a notice or a widget's entry; a headline after its
    colon opens with a capital (``Bupati: Kami Siap``).

    >>> labelled_notice("Peringatan Dini: hujan lebat di pesisir"), labelled_notice("Bupati: Kami Siap")
    (True, False)
    """
    label_end = line.find(": ", 2, 27)
    return label_end > 0 and line[label_end + 2 : label_end + 3].islower()


def headline_score(line: str) -> int:
    """0 when ``line`` cannot be a headline, else higher for better candidates."""
    # the menu reader last: it is the costliest test (page.Doc asks it once a line)
    return 1 if headline_shape(line) and not is_nav(line) else 0


def headline_shape(line: str, low: str | None = None) -> bool:
    """:func:`headline_score` but for the menu test (:func:`is_nav`): whether ``line``
    has a headline's shape. ``page.Doc`` keeps each line's menu answer, which three
    other readers ask for too, and its lower case (``low``, ``line.lower()``)."""
    # Every test below can only say no, so their order changes no answer: the costly
    # ones (the caption reader, and the menu reader after it) come last.
    n = len(line)
    if n < 12 or n > 220:
        return False
    if is_sidebar_item(line):
        return False
    if line.endswith(_NOT_HEADLINE_ENDS) or line.startswith(_NOT_HEADLINE_OPENERS):
        return False
    # '"Kami Siap," Kata Bupati' and '[HOAKS] ...' are headlines; a quoted paragraph is not
    if line.startswith(_QUOTED_OPENERS) and (
        n > 120 or is_prose(line) or _SAYING.match(line) is not None
    ):
        return False
    first = ord(line[0])  # str.islower is a method call in compiled code; ASCII needs none
    # _LIST_ITEM opens with \d (str.isdecimal); _LABEL_VALUE's colon is the first one,
    # at 2 to 21
    numbered = 48 <= first <= 57 or (first >= 128 and line[0].isdecimal())
    if numbered and _LIST_ITEM.match(line):
        return False
    if first >= 128 and (glyph_bullet(line) or line[0] in _CONTROL_GLYPHS):
        return False  # a list's entry, or a control's ("▶ 03:12 ..." plays a video)
    if line[-1] == ")" and _RUNNING_TIME_END.search(line) is not None:
        return False  # a video's entry: "Headline (03:05)", its running time closing it
    if 2 <= line.find(":") <= 21 and _LABEL_VALUE.match(line) and not photo_headline(line):
        return False
    if labelled_notice(line):
        return False
    words = line.split()
    if len(words) < 3 or len(words) > 30:
        return False
    # a sign alone is no word: "HUKUM & KRIMINAL" is a section's two-word name
    if len(words) < 5 and sum(1 for w in words if any(ch.isalnum() for ch in w)) < 3:
        return False
    if "|" in line or "@" in line or "http" in line:
        return False
    if line.count(" · ") >= 2:
        return False  # a menu's items set apart by dots ("Jakarta · Surabaya · Medan")
    digits = dates.has_ascii_digit(line)
    if digits and (mostly_numbers(words) or _PHONE.search(line) is not None):
        return False  # a timetable, a ticker, a countdown, or a telephone number's line
    # a row of capitalised one-word items set apart by wide gaps: tabs or a menu
    # ("Terkini  Populer  Pilihan"); a headline's words carry a lower-case "di" or "ke"
    if "  " in line:
        parts = _WIDE_GAP.split(line.strip())
        label, colon, items = parts[0].partition(": ")
        if colon and items and len(label) <= 20:
            parts[0] = items  # the menu's label before its items ("Pilih Wilayah: ...")
        if _tabs(parts):
            return False
    # a timetable (prayer times, a schedule): three clock times or more
    # (each count asked only of a line holding its character: a count reads the whole
    # line, a search for one character is a memchr; most headlines hold none)
    if (
        ("." in line or ":" in line)
        and line.count(":") + line.count(".") >= 3
        and len(_CLOCKS.findall(line)) >= 3
    ):
        return False
    # a breadcrumb trail ("Depan > Berita > Daerah"): where the page sits, not a story
    if (">" in line or "›" in line or "»" in line) and (
        line.count(" > ") + line.count(" › ") + line.count(" » ") >= 2
    ):
        return False
    if low is None:
        low = line.lower()
    # (the bar's day is a digit, which a line that is ASCII holds only as an ASCII one)
    if n < 50 and (digits or not line.isascii()) and _DATE_BAR.match(low) is not None:
        return False
    if starts_with_any(low, _SITE_NAME_PREFIX_BY_FIRST) or (
        len(words) <= 4 and low.startswith("pemerintah ") and _INSTITUTION.match(low) is not None
    ):
        return False  # "Website Resmi ...", "Pemerintah Kabupaten Lembah": the site, not a story
    if 97 <= first <= 122 or (first >= 128 and line[0].islower()):
        return False
    if n > 120 and is_prose(line):
        return False
    # a deck or teaser: a finished sentence in mostly lower-case words
    if line.endswith(".") and lower_words(line, len(words) // 2 + 1) * 2 > len(words):
        return False
    return not is_caption(line) or photo_headline(line)


# "Menampilkan 1 - 10 dari 214 berita", "Showing 11–20 of 64 results": an index counting
# the entries it shows (blind pages of six sites: a news search, a province's and a
# city's archive, a regency's news, an agency's and an election office's notices).
_SHOWN_COUNT: Final = re.compile(
    r"(?:menampilkan|showing)\s+\d+\s*(?:-|–|sampai|s\.d\.?|to)\s*\d+\s+(?:dari|of)\s+\d[\d.,]*"
    r"\s*([a-z]*)"
)
# ... but a table counting its records ("Menampilkan 1 sampai 10 dari 57 entri", a data
# table's own count under a list of documents or regulations) lists no stories: four
# sites of our blind pages print one, each on a page that is no news item
_RECORD_NOUNS: Final = frozenset(
    ("entri", "entries", "data", "dokumen", "documents", "records", "baris", "rows", "berkas")
)
# the marker such a count gives: the page is no listing but a table of records
RECORDS_SHOWN: Final = "records shown"


def listing_markers(lines: list[str], again: list[str] | None = None) -> str | None:
    """A marker phrase that only index, archive and search pages print.

    ``again`` are lines of ``lines`` that the page window holds a second time
    (the tail overlapping the head of a short page): they count twice for the
    repeated-teaser rule, and are not searched again otherwise. The answer is
    that of ``listing_markers(lines + again)``.
    """
    bits = [marker_bits(line, line.lower()) if len(line) < 100 else 0 for line in lines]
    return listing_markers_of(lines, bits, again)


# marker_bits of a line: bit k for _LISTING_MARKERS[k], then one for "menampilkan" or
# "showing", one a teaser marker from _TEASER_SHIFT on, and one for an ellipsis
_LISTING_BITS: Final = (1 << len(_LISTING_MARKERS)) - 1
_SHOWN_BIT: Final = 1 << len(_LISTING_MARKERS)
_TEASER_SHIFT: Final = len(_LISTING_MARKERS) + 1
_ELLIPSIS_BIT: Final = 1 << (_TEASER_SHIFT + len(_TEASER_MARKERS))
_FILTER_BIT: Final = _ELLIPSIS_BIT << 1
# A news index's date filter: "Pilih Tanggal" alone, "Tanggal: 05/09/2024  Kategori:
# Semua [Tampilkan]", or its button alone ("Tampilkan"); eight sites of our blind pages
# print one over their index of titles, with no line of 100 characters. Not an archive's
# search box ("Pilih tanggal: 05/09/2024 Cari", over other pages too) nor a data table's
# "Tampilkan 10 entri".
_DATE_FILTER: Final = re.compile(
    r"pilih tanggal:?|(?:pilih )?tanggal\b.*\d.*\btampilkan\]?|\[?tampilkan\]?"
)
DATE_FILTER: Final = "date filter"
_MORE_BIT: Final = _FILTER_BIT << 1
# A list's button that loads its next entries ("Muat Lebih Banyak", "Load more"): 25
# sites of our blind pages print one under their last entry; under a story (its last
# paragraph or credit) it unfolds the rest of the page
_LOAD_MORE: Final = re.compile(r"(?:muat lebih banyak|load more)\W{0,3}")
LOAD_MORE: Final = "load more"
_SIZE_BIT: Final = _MORE_BIT << 1
# A data table's page-size picker ("Tampilkan 10 entri", "Tampilkan 25 data   Cari:",
# "Show 10 entries"): fifteen sites of our blind pages print one over a table of
# documents or records, each on a page that is no news item
_PAGE_SIZE: Final = re.compile(r"(?:tampilkan|show)\s+\d+\s+(?:entri|data|baris|entries|rows)\b")
# ... or the header of a table of documents: its number column first, then its title's,
# and a column for the file's size or its download link ("No | Judul | Tanggal Unggah |
# Ukuran | Unduh", its cells' tabs read as spaces):
# seventeen sites of our blind pages, each on a page that is no news item
_DOCUMENTS_HEADER: Final = re.compile(
    r"no\.?(?:\s*\|)?\s+(?:judul|nama|uraian|dokumen|title)\b.*\b"
    r"(?:unduh|diunduh|download|aksi|ukuran|size)\s*$"
)


def marker_bits(line: str, low: str) -> int:
    """Which of :func:`listing_markers`' phrases a short line (under 100 characters;
    ``low`` is it lower-cased) holds, as bits: a pure function of the line, kept in
    its :class:`catalog.extract.page.LineFacts`, so a site's menus and footers are
    searched once, not on every page. No phrase holds a line break, so one is in
    the lines joined and lower-cased exactly when it is in one of them lower-cased
    (``lower()`` maps each character alone: a final sigma's context ends at a line
    break either way).

    >>> marker_bits("Hasil pencarian", "hasil pencarian") == 1 << 3
    True
    """
    bits = 0
    for k, marker in enumerate(_LISTING_MARKERS):
        if marker in low:
            bits |= 1 << k
    if "menampilkan" in low or "showing" in low:
        bits |= _SHOWN_BIT
    for k, marker in enumerate(_TEASER_MARKERS):
        if marker in low:
            bits |= 1 << (_TEASER_SHIFT + k)
    if "…" in line or "..." in line:
        bits |= _ELLIPSIS_BIT
    if ("tampilkan" in low or "pilih tanggal" in low) and _DATE_FILTER.fullmatch(low.strip()):
        bits |= _FILTER_BIT
    if ("muat" in low or "load" in low) and _LOAD_MORE.fullmatch(low.strip()):
        bits |= _MORE_BIT
    if ("tampilkan" in low or "show" in low) and _PAGE_SIZE.match(low.strip()):
        bits |= _SIZE_BIT
    if low.startswith("no") and _DOCUMENTS_HEADER.match(low):
        bits |= _SIZE_BIT
    return bits


def _ends_entry(line: str) -> bool:
    """Whether a line ends an entry of a list: its stamp or its age ("Oleh Rina | 2 hari
    yang lalu", "Kabar Lembah - 16/06/2024") or its teaser cut short ("...")."""
    if len(line) <= 80 and (says_ago(line) or dates.find_dates(line)):
        return True
    return len(line) > 60 and line.endswith(("...", "…"))


def _short_text(lines: list[str]) -> str:
    """The lines under 100 characters, joined and lower-cased (where markers sit)."""
    return "\n".join([line for line in lines if len(line) < 100]).lower()


def listing_markers_of(
    lines: list[str], bits: list[int], again: list[str] | None = None
) -> str | None:
    """:func:`listing_markers` of ``lines``, with :func:`marker_bits` of each line under
    100 characters in ``bits`` (any number for a longer line). The short lines are
    joined only for the rare answers that need the text itself (a count of entries
    shown, a teaser marker printed twice)."""
    # Markers sit on short lines or close a teaser line ("... Baca Selengkapnya").
    found = 0
    for k, line in enumerate(lines):
        if len(line) < 100:
            found |= bits[k]
    if found & _LISTING_BITS:
        for k, marker in enumerate(_LISTING_MARKERS):
            if (found >> k) & 1:
                return marker
    if found & _SIZE_BIT:
        return RECORDS_SHOWN
    if found & _FILTER_BIT and all(len(line) < 100 for line in lines):
        # (only over an index of titles: an archive's day picker sits over stories too,
        # and every dev article prints a line of 100 characters or more)
        return DATE_FILTER
    if found & _MORE_BIT and not any(
        len(line) >= 100 and not line.endswith(("...", "…")) for line in lines
    ):
        # Under the last of three entries or more, on a page with no paragraph that is not
        # cut short (a story's related links print the button too, and a lone teaser cut
        # short may be the page's story)
        for k, line in enumerate(lines):
            if (
                len(line) < 100
                and bits[k] & _MORE_BIT
                and any(_ends_entry(x) for x in lines[max(k - 2, 0) : k])
                and sum(1 for x in lines[:k] if _ends_entry(x)) >= 3
            ):
                return LOAD_MORE
    short: str | None = None
    if found & _SHOWN_BIT:
        short = _short_text(lines)
        shown = _SHOWN_COUNT.search(short)
        if shown is not None:
            return RECORDS_SHOWN if shown.group(1) in _RECORD_NOUNS else "entries shown"
    ends = "\n".join(
        [line[-30:] for k, line in enumerate(lines) if len(line) >= 100 or bits[k] & _ELLIPSIS_BIT]
    ).lower()
    twice = None
    for k, marker in enumerate(_TEASER_MARKERS):
        if marker in ends:
            return marker
        if (found >> (_TEASER_SHIFT + k)) & 1:  # needed for two occurrences: rarely reached
            if short is None:
                short = _short_text(lines)
            if twice is None:
                twice = _short_text(again or [])
            if short.count(marker) + twice.count(marker) >= 2:
                return marker
    return None
