"""Near-duplicate text: word shingles, a one-permutation MinHash signature, LSH band hashes.

Pure and stdlib only; every hash is ``zlib.crc32``, so a signature is the same in
every process and on every machine (Python's ``hash()`` is salted per process).

The text is normalised (lower case, diacritics and punctuation folded, digits
kept), cut to its first :data:`MAX_WORDS` words, and read as overlapping
:data:`SHINGLE`-word shingles. Each shingle hash falls into one of :data:`BINS`
bins by its top bits and each bin keeps its smallest hash (one-permutation
MinHash, Li, Owen & Zhang 2012); an empty bin borrows from the next full one
to its right (rotation densification, Shrivastava & Li 2014), so every position
is set.
The share of positions two signatures agree on estimates the Jaccard similarity
of their shingle sets: ``estimate(signature(a), signature(b))`` is about
``similarity(a, b)``, within ±0.05 (one standard deviation) near 0.8.

The signature is cut into :data:`BANDS` bands of :data:`ROWS` positions; two
documents that agree on every position of some band share that band's hash, which
is how SQL finds candidate pairs (``GROUP BY band, hash``) without comparing all
pairs. With 16 bands of 4, a pair of Jaccard 0.8 shares a band with probability
1 - (1 - 0.8⁴)¹⁶ ≈ 0.9998, a pair of 0.5 with 0.64, a pair of 0.2 with 0.03.
"""

from __future__ import annotations

import operator
import re
import string
import struct
import unicodedata
import zlib

SHINGLE = 4  # words per shingle
MAX_WORDS = 200  # only the start of a text is read: a syndicated release differs, if at all, late
MIN_WORDS = 50  # shorter texts get no signature: too few shingles to tell a copy from a topic
BINS = 64
BANDS = 16
ROWS = BINS // BANDS

_BIN_SHIFT = 32 - (BINS.bit_length() - 1)  # the top bits of a 32-bit hash pick the bin
_EVERY_BIN = range(BINS)
_LEFTWARDS = range(BINS - 1, -1, -1)
_ABOVE_ANY = 1 << 32  # more than any crc32
_PACK = struct.Struct(f"<{BINS}I")
_FOLD = bytes.maketrans(string.punctuation.encode(), b" " * len(string.punctuation))
# In UTF-8: U+0080-U+00BF (no-break space, « », ·, ©, °) and U+2000-U+203F
# (spaces, dashes, curly quotes, bullets, ellipsis) are punctuation to fold;
# U+0300-U+036F are the combining diacritics NFKD splits off letters.
_PUNCT = re.compile(rb"\xc2[\x80-\xbf]|\xe2\x80[\x80-\xbf]")
_MARKS = re.compile(rb"\xcc[\x80-\xbf]|\xcd[\x80-\xaf]")
_CUT = MAX_WORDS * 12  # characters read: more than MAX_WORDS words of news prose need


def words(text: str) -> list[bytes]:
    """The normalised words (UTF-8) of the start of ``text``.

    >>> [w.decode() for w in words("Pemerintah MENGAJAK warga—kafé «Ñusa» buka 24 jam!")]
    ['pemerintah', 'mengajak', 'warga', 'kafe', 'nusa', 'buka', '24', 'jam']
    """
    # Only C-level passes over bytes: str.translate or a regex over a str
    # costs more than all the hashing when a text holds one en dash.
    t = text[:_CUT].lower()
    if t.isascii():
        raw = t.encode()
    else:
        raw = unicodedata.normalize("NFKD", t).encode()
        if b"\xc2" in raw or b"\xe2\x80" in raw:
            raw = _PUNCT.sub(b" ", raw)
        if b"\xcc" in raw or b"\xcd" in raw:
            raw = _MARKS.sub(b"", raw)
    return raw.translate(_FOLD).split()[:MAX_WORDS]


def shingle_hashes(ws: list[bytes]) -> list[int]:
    """crc32 of each run of :data:`SHINGLE` consecutive words, joined by spaces."""
    runs = zip(*(ws[i:] for i in range(SHINGLE)), strict=False)
    return list(map(zlib.crc32, map(b" ".join, runs)))


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` (``BINS`` little-endian uint32), or None if too short."""
    ws = words(text)
    if len(ws) < MIN_WORDS:
        return None
    low: dict[int, int] = {}  # bin -> its smallest hash
    get = low.get
    # A plain loop: half the cost of sorting the hashes for dict() to keep each bin's last.
    for h in shingle_hashes(ws):
        b = h >> _BIN_SHIFT
        if h < get(b, _ABOVE_ANY):
            low[b] = h
    if len(low) < BINS:
        _densify(low)
    return _PACK.pack(*map(low.__getitem__, _EVERY_BIN))


def _densify(low: dict[int, int]) -> None:
    """Give each empty bin the value of the next full bin to its right (wrapping round).

    A value keeps its own bin in its top bits, so two texts agree on an empty bin
    only when both borrowed the same minimum from the same bin, which is what
    the offset of rotation densification is for.
    """
    # Walked right to left, the bins after the last full one wrap round to the first.
    carry = low[min(low)]
    for i in _LEFTWARDS:
        value = low.get(i)
        if value is None:
            low[i] = carry
        else:
            carry = value


def unpack(sig: bytes) -> tuple[int, ...]:
    """The :data:`BINS` values of a signature."""
    values: tuple[int, ...] = _PACK.unpack(sig)
    return values


def estimate(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures (0.0 to 1.0)."""
    agree: int = sum(map(operator.eq, _PACK.unpack(a), _PACK.unpack(b)))
    return agree / BINS


def bands(sig: bytes) -> tuple[int, ...]:
    """One hash per band of :data:`ROWS` positions: equal hashes mean equal bands (or a collision)."""
    step = 4 * ROWS
    return tuple(zlib.crc32(sig[i : i + step]) for i in range(0, len(sig), step))


def similarity(a: str, b: str) -> float:
    """The exact Jaccard similarity of the shingle sets of two texts, for tests and tuning."""
    sa, sb = set(shingle_hashes(words(a))), set(shingle_hashes(words(b)))
    return len(sa & sb) / len(sa | sb) if sa or sb else 1.0
