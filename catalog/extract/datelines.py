"""Datelines: the place (and often the outlet) that open a story's lead.

>>> parse_dateline("Jakarta, InfoPublik – Kementerian mendorong ...")
Dateline(place='Jakarta', outlet='InfoPublik', end=22, rule='place-comma-outlet')
>>> parse_dateline("Mangupura (Antara Bali) - Bupati ...").outlet
'Antara Bali'
>>> parse_dateline("Menurut dia, harga naik - turun.") is None
True
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from catalog.extract.dates import INDONESIAN_WEEKDAYS_ASCII, has_ascii_digit

_DASH: Final = r"(?:-{1,3}|[–—]{1,3}|_)"
_IMG_PREFIX: Final = re.compile(r"^(?:IMG|DSC|DSCF|WhatsApp Image)[_\- ]?[\w\-]{0,30}?(?=[A-Z])")

# "Jakarta (ANTARA) -", "Ternate, 22/1 (Antaranews Maluku) -", "TAKALAR, (PEDOMAN KARYA)."
# "Jakarta, Feb 24 (ANTARA) -": the day may be numeric or name its month either side
_PAREN: Final = re.compile(
    r"^(?P<place>[^\W\d][\w.'’ ]{0,30}?)\s{0,2},?\s{0,2}"
    r"(?:(?:\d{1,2}/\d{1,2}|[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8})\s{0,2})?"
    rf"\(\s{{0,2}}(?P<outlet>[^()]{{2,40}}?)\s{{0,2}}\)\s{{0,3}}(?:{_DASH}|[.:,]|(?=[A-Z“\"]))\s{{0,3}}"
)
# words that label a line ("Ringkasan: ...", "Sumber :"), never a place before a colon
_LINE_LABELS: Final = frozenset(
    (
        "ringkasan",
        "sumber",
        "foto",
        "keterangan",
        "catatan",
        "caption",
        "baca",
        "simak",
        "tags",
        "tag",
    )
)
_INNER_CAPITAL: Final = re.compile(r"^\w+[A-Z][a-z]")
# the day alone in the brackets: "(02/01)", "(2/1/20)"
_PAREN_DAY: Final = re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")
# "Jakarta, InfoPublik –", "TRIBUNNEWS.COM, MEDAN -", "KBRN, Jakarta:", "TAKALAR, –"
_COMMA: Final = re.compile(
    r"^(?P<a>[^\s,|:()][^,|:()–—]{0,38}?)\s{0,2},\s{0,3}"
    rf"(?P<b>[^\s,|:()–—-][^,|:()–—]{{0,38}}?)?\s{{0,3}}(?:{_DASH}|:)\s{{0,3}}"
)
# the rest of a hyphenated name after its first part, then a spaced dash ("-WANGI –",
# a domain's "-Maluku.com –")
_JOINED_TAIL: Final = re.compile(
    rf"(-[^\W\d_]{{2,20}}(?:\.[a-z]{{2,4}}){{0,2}})\s{{1,3}}{_DASH}\s{{0,3}}"
)
# "balitribune.co.id | Denpasar -"
_PIPE: Final = re.compile(
    rf"^(?P<a>[^\s|][^|:()]{{0,38}}?)\s{{0,2}}\|\s{{0,2}}(?P<b>[^|:()–—-]{{1,38}}?)\s{{0,3}}(?:{_DASH}|:)\s{{0,3}}"
)
# "KONTAN.CO.ID - JAKARTA.", "INDUSTRY.co.id - Balikpapan,"
_OUTLET_DASH_PLACE: Final = re.compile(
    r"^(?P<a>[\w\-]{2,30}\.(?:CO\.ID|COM|ID|CO)|[\w\-]{2,30}\.(?:co\.id|com|id|co))\s{0,2}[-–—]{1,2}\s{0,2}"
    r"(?P<b>[A-Z][A-Za-z ]{1,25}?)[.,]\s"
)
# "KRjogja.com - SLEMAN - ...", "SULTRAKINI.COM: KENDARI – ...": a domain, a dash or a
# colon, then a place in capitals before a dash
_OUTLET_DASH_CAPS: Final = re.compile(
    r"^(?P<a>[\w\-]{2,30}\.(?:co\.id|com|id|co|CO\.ID|COM|ID|CO))\s{0,2}(?:[-–—]{1,2}|:)\s{0,2}"
    r"(?P<b>[A-Z]{3,}(?: [A-Z]{2,}){0,2})\s{1,2}[-–—]{1,2}\s{1,2}"
)
# the place in capitals and a second dash after an outlet's dash ("TATV - SOLO - ")
_CAPS_PLACE_DASH: Final = re.compile(r"([A-Z]{3,}(?: [A-Z]{2,}){0,2})\s{0,2}[-–—]{1,2}\s{1,2}")
# "Jakarta -", "SEMARANG-", "Jatim Newsroom –", "IKN :", "biem.co –", "KBRN, Jakarta:",
# "Banda Aceh | ..." (a court's and a sports federation's pages part place and lead by a
# pipe)
_SINGLE: Final = re.compile(
    rf"^(?P<a>[^\W\d_][\w.'’\-]{{0,30}}(?: [\w.'’\-]{{1,30}}){{0,3}}?)\s{{0,2}}(?:{_DASH}|:|\|)\s{{0,3}}"
)
# "Jakarta-TAMBANG- ...", "PALI//Linksumsel-...": place and outlet joined without spaces
_TIGHT: Final = re.compile(
    r"^(?P<a>[A-Za-z][A-Za-z.]{1,24}(?: [A-Za-z][A-Za-z.]{1,24})?)(?:-|/{1,2})"
    r"(?P<b>[A-Za-z][A-Za-z.]{1,24}(?: [A-Za-z][A-Za-z.]{1,24})?)\s{0,2}(?:" + _DASH + r"|$)\s{0,3}"
)


_DOMAIN: Final = re.compile(
    r"\.(?:co\.id|com|id|co|net|org|or\.id|go\.id|news|tv)\b", re.IGNORECASE
)


def _names(text: str) -> frozenset[str]:
    """A comma-separated vocabulary as a set."""
    return frozenset(part.strip() for part in text.split(",") if part.strip())


# Outlet brands seen in datelines (lower case). Not exhaustive: a domain or
# an outlet word ("news", "post", "pos", ...) also marks an outlet.
KNOWN_OUTLETS: Final = _names(
    "antara, infopublik, kominfo, kbrn, rri, tvri, viva, kompas, tempo, cnn indonesia, "
    "republika, jpnn, kontan, okezone, detik, detikcom, suara, kumparan, jubi, bali post, "
    "barito, kitasulsel, pedoman karya, kemenag, humas, media center, inews, tribunnews, "
    "diskominfo, diskominfotik, jatim newsroom, mc, ppid, bernama, reuters, ap, waspada, "
    "tribun"
)
_OUTLET_WORDS: Final = _names(
    "news, post, pos, times, media, tribun, online, antara, kominfo, humas, diskominfo, newsroom, radio, rakyat, "
    "tv, pers, express, ekspres, info, channel, today, daily, harian, koran, berita, warta, kabar"
)
_OUTLET_WORD_RE: Final = re.compile("|".join(sorted(_OUTLET_WORDS)))
# Places that look like outlets or that tell the order in "A, B" datelines.
KNOWN_PLACES: Final = _names(
    "jakarta, bandung, surabaya, semarang, medan, makassar, denpasar, yogyakarta, "
    "palembang, padang, pekanbaru, jambi, bengkulu, lampung, bandar lampung, serang, "
    "banten, bogor, depok, bekasi, tangerang, malang, solo, surakarta, kediri, madiun, "
    "jember, banyuwangi, mataram, kupang, ambon, ternate, sofifi, jayapura, manokwari, "
    "sorong, merauke, manado, gorontalo, palu, kendari, mamuju, pontianak, "
    "palangka raya, palangkaraya, banjarmasin, banjarbaru, samarinda, balikpapan, "
    "tarakan, tanjung selor, tanjungpinang, batam, pangkalpinang, aceh, banda aceh, ikn, "
    "nusantara, mangupura, amlapura, gianyar, tabanan, singaraja, klungkung, bangli, "
    "negara, purbalingga, purworejo, kebumen, temanggung, magelang, pati, kudus, demak, "
    "cilacap, banyumas, purwokerto, tegal, pekalongan, cirebon, sukabumi, garut, "
    "tasikmalaya, karawang, sumedang, lombok, sumbawa, bima, larantuka, ende, maumere, "
    "atambua, labuan bajo, gerung, takalar, gowa, maros, pare-pare, parepare, bone, "
    "sidrap, enrekang, palopo, bulukumba, kolaka, baubau, luwuk, tobelo, tual, bitung, "
    "tomohon, kotamobagu, sampit, murung raya, kapuas, tenggarong, bontang, sangatta, "
    "nunukan, bulungan, sintang, ketapang, singkawang, lubuklinggau, prabumulih, lahat, "
    "dumai, bukittinggi, payakumbuh, solok, sibolga, binjai, pematangsiantar, "
    "tebing tinggi, lhokseumawe, langsa, meulaboh, sabang, wamena, timika, nabire, biak, "
    "fakfak, kaimana, karimun, natuna, bintan, sleman, bantul, wonosari, klaten, "
    "boyolali, sragen, wonogiri, karanganyar, sukoharjo, blitar, tulungagung, "
    "trenggalek, ponorogo, ngawi, magetan, pacitan, bojonegoro, tuban, lamongan, gresik, "
    "sidoarjo, mojokerto, jombang, nganjuk, pasuruan, probolinggo, lumajang, situbondo, "
    "bondowoso, bangkalan, sampang, pamekasan, sumenep, batu, washington, beijing, "
    "tokyo, london, singapura, kuala lumpur, brussels, paris, moskow, new york, jenewa, "
    "den haag, "
    "cianjur, purwakarta, subang, indramayu, majalengka, kuningan, ciamis, banjar, "
    "pangandaran, cimahi, lebak, pandeglang, cilegon, tangerang selatan, rembang, blora, "
    "grobogan, jepara, salatiga, boyolali, wonosobo, banjarnegara, kendal, batang, "
    "pemalang, brebes, sragen, ungaran, mungkid, kulon progo, gunungkidul, wates, "
    "kepanjen, lumajang, kraksaan, bantaeng, jeneponto, sinjai, barru, pangkep, soppeng, "
    "wajo, pinrang, luwu, toraja, makale, rantepao, selayar, majene, polewali, mamasa, "
    "pasangkayu, poso, donggala, tolitoli, morowali, parigi, banggai, buol, "
    "bolaang mongondow, minahasa, tondano, amurang, sangihe, talaud, marisa, limboto, "
    "kwandang, unaaha, raha, wakatobi, bombana, kolaka utara, konawe, buton, masohi, "
    "saumlaki, namlea, piru, dobo, tidore, labuha, weda, sanana, maba, jailolo, daruba, "
    "bintuni, teminabuan, raja ampat, waisai, serui, sarmi, sentani, keerom, oksibil, "
    "dekai, kenyam, mulia, ilaga, enarotali, agats, tanah merah, kepi, bade, pontianak, "
    "mempawah, sanggau, sekadau, melawi, putussibau, kapuas hulu, bengkayang, sambas, "
    "landak, ngabang, kayong utara, sukamara, kuala kapuas, pulang pisau, kasongan, "
    "kuala kurun, muara teweh, buntok, tamiang layang, pangkalan bun, nanga bulik, "
    "martapura, pelaihari, rantau, kandangan, barabai, amuntai, tanjung, paringin, "
    "batulicin, kotabaru, marabahan, tanjung redeb, penajam, tanah grogot, sendawar, "
    "malinau, tana tidung, medan, deli serdang, lubuk pakam, sei rampah, kisaran, "
    "rantauprapat, padangsidimpuan, panyabungan, gunungsitoli, tarutung, balige, "
    "sidikalang, kabanjahe, stabat, tanjungbalai, pariaman, padang panjang, sawahlunto, "
    "batusangkar, painan, lubuk basung, pasaman, dharmasraya, mentawai, siak, bengkalis, "
    "rengat, tembilahan, pangkalan kerinci, bangkinang, pasir pengaraian, bagansiapiapi, "
    "selatpanjang, kuala tungkal, muara bungo, muara bulian, sarolangun, bangko, "
    "sungai penuh, kerinci, muara enim, baturaja, kayuagung, sekayu, pagar alam, "
    "martapura oku, muara dua, indralaya, pangkalan balai, empat lawang, metro, "
    "pringsewu, kalianda, kotabumi, liwa, menggala, gunung sugih, sukadana, kota agung, "
    "curup, manna, mukomuko, argamakmur, kepahiang, tais, tanjung pandan, manggar, "
    "sungailiat, mentok, koba, toboali, tanjung uban, ranai, daik, tarempa, takengon, "
    "bireuen, sigli, calang, tapaktuan, kutacane, blangkejeren, subulussalam, singkil, "
    "sinabang, idi, kuala simpang, lhoksukon, jantho, selong, praya, dompu, taliwang, "
    "ruteng, bajawa, mbay, borong, waingapu, waikabubak, tambolaka, kalabahi, "
    "kefamenanu, soe, lewoleba, ba'a, seba, oelamasi, gorontalo utara, kupang, bangli, "
    "karangasem, jembrana, buleleng, badung, denpasar, surakarta, semarang, jogja, "
    "jakarta pusat, jakarta selatan, jakarta timur, jakarta barat, jakarta utara, "
    "kepulauan seribu, bekasi, karawang, cikarang, cibinong, soreang, bandung barat, "
    "ngamprah, bogor, sukoharjo, tuban, sumenep, ponorogo"
)


class Dateline(NamedTuple):  # a NamedTuple: cheaper to build than a frozen dataclass
    """Place and outlet read from the opening of a lead; ``end`` is where prose starts."""

    place: str | None
    outlet: str | None
    end: int
    rule: str


_tuple_new: Final = tuple.__new__


def new_dateline(place: str | None, outlet: str | None, end: int, rule: str) -> Dateline:
    """``Dateline(place, outlet, end, rule)``, the very same tuple, built without the
    class's ``__new__`` (interpreted code, even called from the compiled build)."""
    return _tuple_new(Dateline, (place, outlet, end, rule))  # type: ignore[no-any-return]


_CAMEL: Final = re.compile(r"[a-z][A-Z]")


# outlet_score's answers by text: a site prints the same place and outlet in every
# lead (up to _SCORED_SIZE texts, emptied when full, as page.LineFacts' table)
_SCORED: Final[dict[str, int]] = {}
_SCORED_SIZE: Final = 4096


def outlet_score(text: str) -> int:
    """How much ``text`` looks like an outlet brand rather than a place.

    A pure function of ``text``, kept by text (:data:`_SCORED`): a lead's dateline asks
    it of both its names, and its expressions cost about a microsecond a name.

    >>> outlet_score("TRIBUNNEWS.COM") > 0, outlet_score("Jakarta") > 0
    (True, False)
    """
    got = _SCORED.get(text)
    if got is None:
        if len(_SCORED) >= _SCORED_SIZE:
            _SCORED.clear()
        got = _SCORED[text] = _outlet_score(text)
    return got


def _outlet_score(text: str) -> int:
    """:func:`outlet_score`, computed."""
    low = text.lower().strip(" .")
    if not low:
        return 0
    score = 0
    if "." in low and _DOMAIN.search(low):
        score += 3
    if low in KNOWN_OUTLETS:
        score += 2
    elif _OUTLET_WORD_RE.search(low) or low.split(" ", 1)[0] in KNOWN_OUTLETS:
        # a word of an outlet's name, or a known brand and its edition ("Viva Kota")
        score += 1
    if low in KNOWN_PLACES:
        score -= 3
    # CamelCase brands ("InfoPublik", "MediaCenter", "tvOnenews")
    if _CAMEL.search(text):
        score += 1
    return score


_WEEKDAYS: Final = frozenset(INDONESIAN_WEEKDAYS_ASCII)


def _looks_like_name(text: str) -> bool:
    """Capitalised words, or a domain; at most four words, no sentence, no weekday."""
    words = text.split()
    if not words or len(words) > 4 or words[-1][-1] in "!?":
        return False  # (a name closes with no exclamation: "Main Kuis, Dapat Pulsa!")
    if words[0].lower().strip(",") in _WEEKDAYS:
        return False
    if "." in text and _DOMAIN.search(text):  # (the expression opens with the dot)
        return True
    # a number alone ("09" of "Info Lalin | 09:45 WIB | ...") names no place
    return all(w[0].isupper() or w[0].isdigit() for w in words) and any(c.isalpha() for c in text)


def _prose_follows(line: str, end: int) -> bool:
    rest = line[end:].lstrip()
    if not rest:
        return True
    c = rest[0]
    return c.isupper() or c.isdigit() or c in "“\"'‘«(["


def drop_closing_stop(name: str) -> str:
    """A full stop closing a name ("Bima, KB.- ...", "Editor : Chandra.") is punctuation;
    a name with dots inside ("KOMPAS.com", "S.Sos.") or closing on an initial ("Dewi H.")
    keeps its own.

    >>> drop_closing_stop("KB."), drop_closing_stop("Dewi H."), drop_closing_stop("KOMPAS.com")
    ('KB', 'Dewi H.', 'KOMPAS.com')
    """
    if name.endswith(".") and "." not in name[:-1] and len(name.split()[-1]) > 2:
        return name[:-1]
    return name


def _pair(a: str, b: str | None, end: int, rule: str) -> Dateline:
    a = drop_closing_stop(a.strip())
    b = drop_closing_stop(b.strip()) if b else None
    if not b:
        if outlet_score(a) > 0:
            return new_dateline(None, a, end, rule + ":outlet-only")
        return new_dateline(a, None, end, rule + ":place-only")
    if outlet_score(a) > outlet_score(b):
        return new_dateline(b, a, end, rule.replace("place-comma-outlet", "outlet-comma-place"))
    return new_dateline(a, b, end, rule)


def clean_lead(line: str) -> str:
    """Drop image file names glued before a dateline (``IMG_8076Brand –``)."""
    # (the first code point, "I", "D" or "W", compared first: the slice is a new
    # string on every line)
    first = ord(line[0]) if line else 0
    if (first == 73 or first == 68 or first == 87) and line[:3] in ("IMG", "DSC", "Wha"):
        m = _IMG_PREFIX.match(line)
        if m:
            return line[m.end() :]
    return line


def _paren_may_match(text: str) -> bool:
    """Whether :data:`_PAREN` can match ``text``, from where its parentheses are: the
    expression tries every length of the place before it gives up (about 40k
    instructions on a paragraph opening with a long name in capitals), and most
    paragraphs with a name in parentheses near their start go on in lower case
    ("Kelompok Informasi Masyarakat (KIM) berdasarkan ...").

    Neither the place, the separators nor the day before the outlet holds a
    parenthesis, and they are at most 51 characters: the match's "(" is the first
    one, at 1 to 51. The outlet holds none either: its ")" is the first one after.
    Up to three spaces after it, a dash, a full stop, a colon, a comma, a capital
    or a quote mark follows.

    >>> _paren_may_match("Jakarta (ANTARA) - Harga naik."), _paren_may_match("Dinas (KIM) ikut")
    (True, False)
    """
    k = text.find("(")
    if k < 1 or k > 51:
        return False
    m = text.find(")", k + 1)
    if m < 0:
        return False
    after = text[m + 1 : m + 5].lstrip()[:1]
    return after != "" and (after in _AFTER_OUTLET or "A" <= after <= "Z")


def _single_may_match(text: str) -> bool:
    """Whether :data:`_SINGLE` can match ``text``: its name is one to four words with
    one space between two (three spaces at most), and at most two spaces come after
    it, so its dash, colon or pipe has at most five spaces before it, and so has the
    first dash, underscore, colon or pipe of the text. The expression tries each of the
    name's lengths before it gives up (about 15k instructions on a paragraph); most
    paragraphs hold none of those marks, or many words before the first.

    >>> _single_may_match("SEMARANG - Diskominfo")
    True
    >>> _single_may_match("Warga desa kota ini ikut rapat - ya")
    False
    """
    sep = text.find("-")
    for k in (text.find("–"), text.find("—"), text.find("_"), text.find(":"), text.find("|")):
        if k >= 0 and (sep < 0 or k < sep):
            sep = k
    return sep > 0 and text.count(" ", 0, sep) <= 5


def _comma_may_match(text: str) -> bool:
    """Whether :data:`_COMMA` can match ``text``, from where its comma and separator
    can be: the expression tries each length of the place, then of the outlet, before
    it gives up (about 20k instructions on a paragraph with a comma near its start).

    The place holds no comma (nor "|", ":", "(", ")", and no dash after its first
    character) and is at most 41 characters with its spaces: the match's comma is
    the first one, at 1 to 41. The outlet after it holds no comma, "|", "(" or ")"
    either, and the dash, underscore or colon closing it comes at most 45 characters
    after the comma: so does the first one after the comma, with none of those four
    before it.

    >>> _comma_may_match("Jakarta, InfoPublik - Harga naik"), _comma_may_match("Warga, kata dia")
    (True, False)
    """
    c = text.find(",")
    if c < 1 or c > 41:
        return False
    if (
        text.find("|", 0, c) >= 0
        or text.find(":", 0, c) >= 0
        or text.find("(", 0, c) >= 0
        or text.find(")", 0, c) >= 0
        or text.find("–", 1, c) >= 0
        or text.find("—", 1, c) >= 0
    ):
        return False
    after = c + 1
    sep = text.find("-", after)
    for k in (
        text.find("_", after),
        text.find(":", after),
        text.find("–", after),
        text.find("—", after),
    ):
        if k >= 0 and (sep < 0 or k < sep):
            sep = k
    if sep < 0 or sep - after > 45:
        return False
    return (
        text.find(",", after, sep) < 0
        and text.find("|", after, sep) < 0
        and text.find("(", after, sep) < 0
        and text.find(")", after, sep) < 0
    )


def _tight_may_match(text: str) -> bool:
    """Whether :data:`_TIGHT` can match ``text``: its place is one or two words of
    letters and dots (one space in it), 2 to 51 characters, joined to the outlet by
    a dash or a slash, so that joiner is the text's first dash or slash, with at most
    one space before it. Most paragraphs with a dash near their start have more.

    >>> _tight_may_match("Jakarta-TAMBANG- Harga"), _tight_may_match("Warga kota - Harga")
    (True, False)
    """
    j = text.find("-")
    k = text.find("/")
    if k >= 0 and (j < 0 or k < j):
        j = k
    return 2 <= j <= 51 and text.count(" ", 0, j) <= 1


# what _PAREN takes after the outlet's ")" but a capital: a dash, a stop, a quote mark
_AFTER_OUTLET: Final = '-–—_.:,“"'


def parse_dateline(line: str) -> Dateline | None:
    """Read the dateline opening ``line``, or None when it does not open with one.

    >>> d = parse_dateline("REPUBLIKA.CO.ID, JAKARTA -- Harga naik.")
    >>> (d.place, d.outlet)
    ('JAKARTA', 'REPUBLIKA.CO.ID')
    >>> d = parse_dateline("SEMARANG- Diskominfo mengadakan uji.")
    >>> (d.place, d.outlet)
    ('SEMARANG', None)
    """
    if not line or line[0] in "“\"'‘(-–—•*#[:|/" or line[0].isdigit():
        return None
    # every dateline separates place/outlet from the lead within the first ~50 characters
    # (looked for before the longer slices are cut: most paragraphs stop here)
    lead50 = line[:50]
    # (a memchr for the stop first: most paragraphs hold none in their first 50)
    stop = lead50.find(". ") if "." in lead50 else -1
    if stop > 0:
        d = _stopped(line, stop)
        if d is not None:
            return d
    if not (
        "-" in lead50
        or "–" in lead50
        or "—" in lead50
        or ":" in lead50
        or "(" in lead50
        or "|" in lead50
        or "_" in lead50
    ):
        return None
    text = line[:160]
    head = text[:70]
    has_dot = "." in head[:35]
    m = _OUTLET_DASH_PLACE.match(text) if has_dot else None
    # a name ("TRIBUNJABAR.ID - Mulai hari ini, Rabu ..." names no place); closed by
    # a comma, of two words at most or a place a list holds (a page in capitals:
    # "BIEM.CO – UNTUK KESEKIAN KALINYA, GEMPA ...")
    if (
        m
        and _looks_like_name(m["b"])
        and (text[m.end("b")] == "." or len(m["b"].split()) <= 2 or m["b"].lower() in KNOWN_PLACES)
        and _prose_follows(text, m.end())
    ):
        return new_dateline(m["b"], m["a"], m.end(), "outlet-dash-place")
    m = _OUTLET_DASH_CAPS.match(text) if has_dot else None
    if m and _prose_follows(text, m.end()):
        # "KRjogja.com - SLEMAN - Warga ...": the place in capitals before a dash
        return new_dateline(m["b"], m["a"], m.end(), "outlet-dash-place")
    m = _PAREN.match(text) if "(" in head and _paren_may_match(text) else None
    if m:
        place, end = m["place"], m.end()
        if _looks_like_name(place) and _prose_follows(text, end):
            outlet = m["outlet"].strip()
            tail = text[m.end("outlet") : end]
            # Without a dash after the parenthesis only a known outlet brand counts:
            # "Suku Dinas Kesehatan (Sudinkes) Kabupaten ..." is prose.
            dashed = any(ch in tail for ch in "-–—_:.")
            if not any(ch.isdigit() for ch in outlet) and (dashed or outlet_score(outlet) > 0):
                return new_dateline(place.strip(), outlet, end, "place-paren-outlet")
            name = place.strip()
            if (
                dashed
                and _PAREN_DAY.match(outlet)
                and " " not in name
                and _INNER_CAPITAL.search(name)
            ):
                # "IQPlus, (02/01) -": a brand, one word with a capital inside it
                # ("IQPlus", "InfoKota"), then the day in brackets
                return new_dateline(None, name, end, "name-paren-day:outlet-only")
            if (
                dashed
                and (_PAREN_DAY.match(outlet) or _is_date_text(outlet))
                and len(name.split()) <= 3
                and "," not in text[: m.start("outlet")]
            ):
                # "Jakarta (4 Desember 2024) –", "Jakarta (15/6) –": a press office's
                # release, its day in brackets where a wire prints its name (a brand
                # before a comma, "IQPLUS, (02/01) -", is the page's outlet)
                return new_dateline(name, None, end, "place-paren-date")
    m = _TIGHT.match(text) if _tight_may_match(text) else None
    if m and _tight_pair(m["a"], m["b"]) and _prose_follows(text, m.end()):
        return _pair(m["a"], m["b"], m.end(), "place-joined-outlet")
    m = _PIPE.match(text) if "|" in head else None
    if (
        m
        and _looks_like_name(m["a"])
        and _looks_like_name(m["b"])
        and _prose_follows(text, m.end())
    ):
        return _pair(m["a"], m["b"], m.end(), "place-pipe-outlet")
    m = _COMMA.match(text) if "," in head and _comma_may_match(text) else None
    if m:
        # (each group asked once: a match object's method call costs more than a local)
        a, b, end = m["a"], m["b"], m.end()
        if _looks_like_name(a) and (b is None or _looks_like_name(b)):
            dated = _is_date_text(b)  # asked once, used by both rules
            joined = _JOINED_TAIL.match(text, m.end("b")) if b and not dated else None
            if joined is not None:
                # "ZONASULTRA.ID, WANGI-WANGI – ...": the hyphen joins the place's name; a
                # spaced dash after it ends the dateline ("LARANTUKA-Harian ..." is a place
                # and the story's first word)
                b, end = b + joined[1], joined.end()
            if _prose_follows(text, end) and not dated:
                return _pair(a, b, end, "place-comma-outlet")
            if dated and _prose_follows(text, m.end()):
                return new_dateline(a.strip(), None, m.end(), "place-comma-date")
    m = _SINGLE.match(text) if _single_may_match(text) else None
    if m and _looks_like_name(m["a"]) and _prose_follows(text, m.end()):
        a = m["a"]
        sep = text[len(a) : m.end()]
        rest = text[m.end() : m.end() + 1]
        if ":" in sep and len(a.split()) > 1 and a.lower() not in KNOWN_PLACES:
            return None  # "Ketua DPRD: ..." is a quote lead, "Jakarta:" a dateline
        if ":" in sep and a.lower() in _LINE_LABELS:
            return None  # "Ringkasan: ...", "Sumber :": a label over the lead, no place
        if "|" in sep and ("|" in text[m.end() :] or len(text) - m.end() < 60):
            return None  # "Beranda | Profil | Kontak", "PJTV | Kamis, ...": cells, no lead
        if sep.strip() == sep and rest and not rest.isalpha():
            return None  # "Covid-19 ..." is a word, not "Place-Lead"
        if sep == "-" and text[m.end() : m.end() + len(a) + 1].lower() == a.lower() + " ":
            return None  # "Undang-Undang ...", "Anak-anak ...": a word said twice, a plural
        if a.rsplit(None, 1)[-1].isdigit():
            return None  # "Langkah 1 – ...", "Tahap 2 – ...": a step's number, no place
        if (
            sep == "-"
            and not a.isupper()
            and a.rsplit(None, 1)[-1].isupper()
            and _ACRONYM_PAIR.match(text, m.end() - 1)
        ):
            return None  # "Tim KKN-PPM UGM ...": two initialisms joined, one word
        # a dash needs upper case or at most two words so headlines are not taken
        if len(a.split()) <= 2 or a.isupper() or outlet_score(a) > 0:
            got = _pair(a, None, m.end(), "single")
            place = _CAPS_PLACE_DASH.match(text, m.end()) if got.place is None else None
            if place is not None and _prose_follows(text, place.end()):
                # "TATV - SOLO - ...", "KITASULSEL—SIDRAP — ...": the outlet, then the
                # place in capitals before a second dash (as "KRjogja.com - SLEMAN -")
                return Dateline(place.group(1), got.outlet, place.end(), "outlet-dash-place")
            return got
        words = a.split()
        if (
            len(words) <= 3
            and words[-1].isupper()
            and words[-1].isalpha()
            and 2 <= len(words[-1]) <= 6
            and all(w[0].isupper() and not w.isupper() for w in words[:-1])
        ):
            # "Pasaman Barat PN—": a place in title case, then the outlet's initials
            return new_dateline(" ".join(words[:-1]), words[-1], m.end(), "place-space-outlet")
    return None


# "Jakarta, Selasa 27 Agustus 2024. Kepala ...": a place and the day, closed by a stop
_COMMA_DAY_STOP: Final = re.compile(
    r"^(?P<a>[^\W\d][\w'’ ]{1,30}?),\s{1,2}(?P<b>[^,.]{6,30}?\d{4})$"
)


def _stopped(line: str, stop: int) -> Dateline | None:
    """A dateline closed by a full stop (``stop``, the first ". " in the line): a place a
    list holds or one in capitals alone (``JAKARTA. Harga ...``, ``Denpasar. The ...``),
    or a place and the day (``Jakarta, Selasa 27 Agustus 2024. Kepala ...``), with a
    capital after the stop.

    >>> _stopped("Denpasar. The Bali government ...", 8)
    Dateline(place='Denpasar', outlet=None, end=10, rule='place-stop')
    >>> _stopped("Plt. Kepala dinas ...", 3) is None
    True
    """
    after = line[stop + 2 : stop + 3]
    if not after or not (after.isupper() or after in '“"'):
        return None
    head = line[:stop]
    if head.isalpha() or (" " in head and head.replace(" ", "").isalpha() and head.count(" ") == 1):
        low = head.lower()
        if low in _LINE_LABELS or low in _CAPTION_WORDS:
            return None
        if outlet_score(head) > 0:
            return new_dateline(None, head, stop + 2, "place-stop:outlet-only")
        # a word in capitals no list holds: a place of five letters or more ("RMOL." is
        # an outlet's initials, a place that short is on the list)
        if low in KNOWN_PLACES or (head.isupper() and len(head.replace(" ", "")) >= 5):
            return new_dateline(head, None, stop + 2, "place-stop")
        return None
    if "," in head and head[-1].isdigit():
        m = _COMMA_DAY_STOP.match(head)
        if m and _looks_like_name(m["a"]) and _is_date_text(m["b"]):
            return new_dateline(m["a"].strip(), None, stop + 2, "place-comma-date")
    return None


# a hyphen between two initialisms ("KKN-PPM "), from the hyphen on
_ACRONYM_PAIR: Final = re.compile(r"-[A-Z]{2,}\b")
# a photo's label in capitals opening a caption ("ILUSTRASI. Warga antre ...")
_CAPTION_WORDS: Final = frozenset(("ilustrasi", "foto", "dok", "dokumentasi", "istimewa"))


def _tight_pair(a: str, b: str) -> bool:
    """Two names joined by a dash or slash are a place and an outlet when both are
    names and one of them is written in capitals or is outlet-like (``Covid-19``,
    ``Jawa-Bali`` and ``Senin-Selasa`` are words of the story)."""
    if not (_looks_like_name(a) and _looks_like_name(b)):
        return False
    if "." in b and _DOMAIN.search(b):
        return False  # "kab-kota.kpu.go.id": one domain name, hyphen and all
    if a.lower() in _WEEKDAYS or b.lower() in _WEEKDAYS:
        return False
    return a.isupper() or b.isupper() or outlet_score(a) > 0 or outlet_score(b) > 0


_STANDALONE_PAREN: Final = re.compile(
    r"^(?P<a>[^\W\d][\w.'’ ]{1,30}?)\s{0,2}\(\s{0,2}(?P<b>[^()]{2,40}?)\s{0,2}\)$"
)
_STANDALONE_PIPE: Final = re.compile(
    r"^(?P<a>[^|]{2,30}?)\s{0,2}(?:\|{1,2}|//)\s{0,2}(?P<b>[^|]{2,30})$"
)


def parse_standalone(line: str) -> Dateline | None:
    """A dateline printed alone on its line: ``Gerung, Diskominfotik``, ``Jakarta, CNN Indonesia --``,
    ``Jakarta (kabarkita.com)``, ``Semarang || pa-kota.go.id``, ``SUARA RAKYAT-BULUKUMBA``.

    >>> parse_standalone("Kab,Garut, WARTA PRIANGAN")[:2]
    ('Kab,Garut', 'WARTA PRIANGAN')
    """
    text = line.strip().rstrip(" -–—:")
    if len(text) > 50:
        return None
    # a headline may end in a parenthesis and a breadcrumb separates words with pipes:
    # the part after must be outlet-like, a domain or a known brand after pipes
    for pattern, least in ((_STANDALONE_PAREN, 1), (_STANDALONE_PIPE, 2)):
        m = pattern.match(text)
        if (
            m
            and _looks_like_name(m["a"])
            and _looks_like_name(m["b"])
            and len(m["a"].split()) <= 3
            and outlet_score(m["b"]) >= least
        ):
            return _pair(m["a"], m["b"], len(line), "standalone")
    m = _TIGHT.match(text)
    if (
        m
        and m.end() >= len(text)
        and _tight_pair(m["a"], m["b"])
        # "SERAMBINEWS.COM/HENDRI MAULANA", "KOMPAS/HENDRA WIBOWO": an outlet, a slash
        # and a name is a photo's credit
        and not ("/" in text and _credits_a_photo(m["a"], m["b"]))
    ):
        return _pair(m["a"], m["b"], len(line), "standalone")
    if "," not in text:
        return None
    # a comma glued to both words binds tighter than one before a space:
    # "Kab,Tasik, LINTAS PENA" is the place "Kab,Tasik" and the outlet
    a, _, b = text.partition(", ") if ", " in text else text.partition(",")
    if (
        _looks_like_name(a)
        and _looks_like_name(b)
        and len(a.split()) <= 3
        and len(b.split()) <= 3
        # a place a list holds, or an outlet's name: "Halo, Tamu" greets a visitor
        and (
            a.strip().lower() in KNOWN_PLACES
            or b.strip().lower() in KNOWN_PLACES
            or outlet_score(a) > 0
            or outlet_score(b) > 0
            or any(len(w) > 1 and w.isupper() for w in text.split())
        )
    ):
        return _pair(a, b, len(line), "standalone")
    return None


def _credits_a_photo(a: str, b: str) -> bool:
    """``a/b`` names an outlet, then a person: a domain, or an outlet's name before a
    name of two words or more."""
    if "." in a and _DOMAIN.search(a):
        return True
    return outlet_score(a) > 0 and len(b.split()) >= 2


def _is_date_text(text: str | None) -> bool:
    """Whether ``text`` holds a digit (``str.isdigit``, of any script)."""
    if not text:
        return False
    if text.isascii():
        # the only ASCII characters str.isdigit takes are 0-9: ten memchr scans of a
        # short name instead of a method call a character
        return has_ascii_digit(text)
    # map over a bound method: no generator frame per character
    return any(map(str.isdigit, text))
