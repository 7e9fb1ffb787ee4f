"""Walk sync roots with ``os.scandir``: stat only, nothing is read."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple


class FileStat(NamedTuple):
    """A file found by the walk; a tuple, as it travels to worker processes."""

    rel: str  # relative to the root, with '/', printable even for undecodable names
    abspath: str
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class WalkProblem:
    rel: str
    message: str


def printable(name: str) -> str:
    """A file name as text the database can store (undecodable bytes become \\xNN)."""
    if name.isascii():
        return name
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


_ESCAPED_BYTE = re.compile(r"\\x[89a-f][0-9a-f]")


def on_disk(name: str) -> str:
    """The name :func:`printable` came from, for opening the file again.

    A stored name with ``\\xNN`` may also be a real backslash in a name, so callers try
    the name as it is first.

    >>> on_disk(printable(os.fsdecode(b"nama\\xff.txt"))) == os.fsdecode(b"nama\\xff.txt")
    True
    """
    if "\\x" not in name:
        return name
    raw = _ESCAPED_BYTE.sub(lambda m: chr(0xDC00 + int(m.group()[2:], 16)), name)
    return raw.encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape")


def walk(
    root: str,
    pattern: str | Sequence[str] = "*.txt",
    *,
    follow_symlinks: bool = False,
    problems: list[WalkProblem] | None = None,
) -> Iterator[FileStat]:
    """Yield every file under ``root`` whose name matches ``pattern`` (or any of several).

    Depth first, sorted.

    Symlinks are skipped unless ``follow_symlinks``; then loops are detected by
    (device, inode) and links leading outside the root are still skipped.
    """
    patterns = [pattern] if isinstance(pattern, str) else list(pattern)
    match = re.compile("|".join(fnmatch.translate(p) for p in patterns)).match
    real_root = os.path.realpath(root)
    seen_dirs: set[tuple[int, int]] = set()
    stack: list[tuple[str, str]] = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name, reverse=True)
        except OSError as exc:
            if problems is not None:
                problems.append(
                    WalkProblem(
                        printable(prefix.rstrip("/") or "."), f"cannot list folder: {exc.strerror}"
                    )
                )
            continue
        for entry in entries:
            rel = prefix + entry.name
            try:
                is_link = entry.is_symlink()
                if is_link and not follow_symlinks:
                    continue
                if is_link and not os.path.realpath(entry.path).startswith(real_root + os.sep):
                    if problems is not None:
                        problems.append(
                            WalkProblem(printable(rel), "symlink points outside the root: skipped")
                        )
                    continue
                if entry.is_dir(follow_symlinks=follow_symlinks):
                    st = entry.stat(follow_symlinks=follow_symlinks)
                    key = (st.st_dev, st.st_ino)
                    if key in seen_dirs:
                        if problems is not None:
                            problems.append(WalkProblem(printable(rel), "symlink loop: skipped"))
                        continue
                    seen_dirs.add(key)
                    stack.append((entry.path, rel + "/"))
                elif entry.is_file(follow_symlinks=follow_symlinks) and match(entry.name):
                    st = entry.stat(follow_symlinks=follow_symlinks)
                    yield FileStat(printable(rel), entry.path, st.st_size, st.st_mtime_ns)
            except OSError as exc:
                if problems is not None:
                    problems.append(WalkProblem(printable(rel), f"cannot stat: {exc.strerror}"))
