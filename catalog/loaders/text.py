"""Plain-text dumps: bytes → clean text, a content hash over the whole file, warnings."""

from __future__ import annotations

import codecs
import hashlib

from catalog.loaders.files import LoadError, open_binary
from catalog.loaders.model import Loaded

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
_CHUNK = 1 << 20
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Bytes that occur in text; what is left after deleting them are control bytes.
_TEXT_BYTES = bytes([9, 10, 11, 12, 13, 27, *range(32, 127), *range(128, 256)])


def decode(data: bytes, *, truncated: bool = False) -> tuple[str, list[str]]:
    """Decode a dump: UTF-8 (BOM dropped), UTF-16 with BOM, else cp1252 with a warning.

    >>> decode(b"\\xef\\xbb\\xbfJakarta\\x00")
    ('Jakarta', [])
    >>> decode(b"Caf\\xe9")
    ('Café', ['not valid UTF-8: decoded as cp1252'])
    """
    warnings: list[str] = []
    if data.startswith(_UTF16_BOMS):
        try:
            # A head cut inside a code unit or a surrogate pair keeps what is whole.
            text = codecs.getincrementaldecoder("utf-16")().decode(data, final=not truncated)
            return text.replace("\x00", ""), warnings
        except UnicodeDecodeError:
            raise LoadError("starts with a UTF-16 byte-order mark but is not UTF-16") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    head = data[:8192]
    if head and len(head.translate(None, _TEXT_BYTES)) > len(head) // 20:
        raise LoadError("binary file (control bytes), not text")
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A head cut inside a multi-byte character is not an encoding problem.
        if truncated and exc.start >= len(data) - 3:
            text = data[: exc.start].decode("utf-8", errors="replace")
        else:
            text = data.decode("cp1252", errors="replace")
            warnings.append("not valid UTF-8: decoded as cp1252")
    return text, warnings


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
