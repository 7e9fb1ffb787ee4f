"""Open a file as bytes, gzip-compressed or not, and name the troubles a person can act on.

A ``.gz`` suffix is a transport, not a format: ``x.jsonl.gz`` is read by the
JSONL loader from the decompressed stream, and hashes and sizes are of the
decompressed bytes, so gzipping a dump in place counts as a move, not a change.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import PurePath
from typing import BinaryIO

COMPRESSED = (".gz",)


class LoadError(Exception):
    """The file cannot become a document; the message says why."""


def format_suffix(path: str) -> str:
    """The suffix that names the format, under any compression suffix.

    >>> format_suffix("crawl/2024/antara.JSONL.gz"), format_suffix("a.txt"), format_suffix("b.gz")
    ('.jsonl', '.txt', '')
    """
    p = PurePath(path)
    if p.suffix.lower() in COMPRESSED:
        p = p.with_suffix("")
    return p.suffix.lower()


@contextmanager
def open_binary(path: str) -> Iterator[BinaryIO]:
    """The file's bytes (decompressed for ``.gz``); OS and gzip errors become :class:`LoadError`.

    Errors raised while the caller reads (a truncated or corrupt gzip stream)
    are translated too.
    """
    try:
        if PurePath(path).suffix.lower() in COMPRESSED:
            fh: BinaryIO = gzip.open(path, "rb")  # type: ignore[assignment]  # noqa: SIM115
        else:
            fh = open(path, "rb")  # noqa: SIM115 -- closed below
    except IsADirectoryError:
        raise LoadError("is a folder, not a file") from None
    except FileNotFoundError:
        raise LoadError("vanished while the sync was running") from None
    except PermissionError:
        raise LoadError("permission denied") from None
    except OSError as exc:
        raise LoadError(f"cannot read: {exc.strerror or exc}") from None
    try:
        with fh:
            yield fh
    except LoadError:
        raise
    except IsADirectoryError:
        raise LoadError("is a folder, not a file") from None
    except PermissionError:
        raise LoadError("permission denied") from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise LoadError(f"not a readable gzip file: {exc}") from None
    except EOFError:
        raise LoadError("gzip file is cut short (truncated download?)") from None
    except OSError as exc:
        raise LoadError(f"cannot read: {exc.strerror or exc}") from None
