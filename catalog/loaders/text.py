"""Plain-text dumps: bytes → clean text, a content hash over the whole file, warnings."""

from __future__ import annotations

import codecs
import hashlib
import re

from catalog.loaders.files import LoadError, open_binary
from catalog.loaders.model import Loaded

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
_CHUNK = 1 << 20
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Bytes that occur in text; what is left after deleting them are control bytes.
_TEXT_BYTES = bytes([9, 10, 11, 12, 13, 27, *range(32, 127), *range(128, 256)])
# After decoding with surrogateescape: one lone surrogate per byte that is not UTF-8, and
# the well-formed characters of two bytes or more.
_ESCAPED = re.compile("[\udc80-\udcff]")
_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")


def decode(data: bytes, *, truncated: bool = False) -> tuple[str, list[str]]:
    """Decode a dump: UTF-8 (BOM dropped), UTF-16 with BOM, else cp1252 with a warning.

    A few bad bytes in UTF-8 text are replaced, and the warning says where; only a text
    whose non-ASCII bytes are mostly not UTF-8 is read as cp1252.

    >>> decode(b"\\xef\\xbb\\xbfJakarta (ANTARA) - Hujan\\x00")
    ('Jakarta (ANTARA) - Hujan', [])
    >>> decode(b"Caf\\xe9")
    ('Café', ['not valid UTF-8: decoded as cp1252'])
    >>> decode("InfoPublik – Kota".encode() + b" \\x96 warga")
    ('InfoPublik – Kota � warga', ['not valid UTF-8 at byte offset 20: replaced with U+FFFD'])
    """
    warnings: list[str] = []
    if data.startswith(_UTF16_BOMS):
        try:
            # A head cut inside a code unit or a surrogate pair keeps what is whole.
            text = codecs.getincrementaldecoder("utf-16")().decode(data, final=not truncated)
            return text.replace("\x00", ""), warnings
        except UnicodeDecodeError:
            raise LoadError("starts with a UTF-16 byte-order mark but is not UTF-16") from None
    offset = 0
    if data.startswith(b"\xef\xbb\xbf"):
        data, offset = data[3:], 3
    head = data[:8192]
    if head and len(head.translate(None, _TEXT_BYTES)) > len(head) // 20:
        raise LoadError("binary file (control bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_mostly_utf8(data, offset, truncated, warnings)
    # NUL bytes go after decoding, so that warnings give offsets in the file as it is.
    return text.replace("\x00", ""), warnings


def _decode_mostly_utf8(data: bytes, offset: int, truncated: bool, warnings: list[str]) -> str:
    """UTF-8 with bad bytes replaced when the text is UTF-8 as a whole, else cp1252."""
    # A head cut inside a multi-byte character is not an encoding problem: the incremental
    # decoder keeps the unfinished character back. Bad bytes become lone surrogates.
    escaped = codecs.getincrementaldecoder("utf-8")("surrogateescape").decode(
        data, final=not truncated
    )
    first = _ESCAPED.search(escaped)
    if first is None:
        return escaped
    bad = len(_ESCAPED.findall(escaped))
    # A cp1252 text seldom forms a well-formed multi-byte UTF-8 character by chance, so
    # as many good ones as bad bytes means UTF-8 with a few broken bytes.
    if len(_MULTIBYTE.findall(escaped)) >= bad:
        at = offset + len(escaped[: first.start()].encode("utf-8", "surrogateescape"))
        if bad == 1:
            warnings.append(f"not valid UTF-8 at byte offset {at}: replaced with U+FFFD")
        else:
            warnings.append(
                f"{bad} bytes not valid UTF-8, the first at byte offset {at}: replaced with U+FFFD"
            )
        return escaped.encode("utf-8", "surrogateescape").decode("utf-8", errors="replace")
    warnings.append("not valid UTF-8: decoded as cp1252")
    return data.decode("cp1252", errors="replace")


def read_head(path: str, max_bytes: int) -> tuple[bytes, str, int]:
    """The first ``max_bytes`` of a file, a hash of all of it, and its size (decompressed)."""
    digest = hashlib.blake2b(digest_size=16)
    head = bytearray()
    size = 0
    with open_binary(path) as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if len(head) < max_bytes:
                head += chunk[: max_bytes - len(head)]
    return bytes(head), digest.hexdigest(), size


def load_text(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Read a text file: the hash covers all of it, the text its first ``max_bytes``."""
    head, content_hash, size = read_head(path, max_bytes)
    if not head.strip():
        raise LoadError("empty file")
    text, warnings = decode(head, truncated=size > max_bytes)
    if not text.strip():  # a byte-order mark and spaces: nothing to catalog
        raise LoadError("empty file")
    if size > max_bytes:
        warnings.append(f"only the first {max_bytes} of {size} bytes were read for extraction")
    return Loaded(text=text, content_hash=content_hash, size=size, warnings=tuple(warnings))
