"""Open a file as bytes, gzip-compressed or not, and name the troubles a person can act on.

A ``.gz`` suffix is a transport, not a format: ``x.jsonl.gz`` is read by the
JSONL loader from the decompressed stream, and hashes and sizes are of the
decompressed bytes, so gzipping a dump in place counts as a move, not a change.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

COMPRESSED = (".gz",)


class LoadError(Exception):
    """The file cannot become a document; the message says why."""


def format_suffix(path: str) -> str:
    """The suffix that names the format, under any compression suffix.

    >>> format_suffix("crawl/2024/antara.JSONL.gz"), format_suffix("a.txt"), format_suffix("b.gz")
    ('.jsonl', '.txt', '')
    """
    # As PurePath(path).suffix, without a PurePath: asked for every file a sync walks.
    name = os.path.basename(path)
    suffix = _suffix(name).lower()
    if suffix in COMPRESSED:
        suffix = _suffix(name[: -len(suffix)]).lower()
    return suffix


def _suffix(name: str) -> str:
    """A file name's last suffix, as :attr:`PurePath.suffix` reads it: none for a name that
    starts with its only dot (``.profile``) or ends with a dot."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


@contextmanager
def open_binary(path: str) -> Iterator[BinaryIO]:
    """The file's bytes (decompressed for ``.gz``); OS and gzip errors become :class:`LoadError`.

    Errors raised while the caller reads (a truncated or corrupt gzip stream)
    are translated too.
    """
    try:
        if _suffix(os.path.basename(path)).lower() in COMPRESSED:
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
