"""Walk sync roots with ``os.scandir``: stat only, nothing is read."""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from collections import Counter
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


def suffix_of(name: str) -> str:
    """A file name's suffix as a user would glob for it: lower case, with ``.gz`` kept.

    >>> suffix_of("Berita.HTML"), suffix_of("dump.jsonl.gz"), suffix_of("README")
    ('.html', '.jsonl.gz', '')
    """
    stem, dot, suffix = name.lower().rpartition(".")
    if not dot or not stem:
        return ""
    if suffix == "gz":
        return suffix_of(stem) + ".gz" if "." in stem.lstrip(".") else ".gz"
    return "." + suffix


def nothing_matched(patterns: Sequence[str], skipped: Counter[str]) -> str:
    """The line a sync prints when no file matched its globs.

    >>> nothing_matched(["*.txt"], Counter({".html": 214, ".jsonl": 3}))
    "no *.txt files; 214 .html and 3 .jsonl files were skipped: add --glob '*.html'"
    >>> nothing_matched(["*.html", "*.htm"], Counter())
    'no *.html or *.htm files: the folder holds no files'
    """
    wanted = " or ".join(patterns)
    if not skipped:
        return f"no {wanted} files: the folder holds no files"
    ranked = skipped.most_common()
    parts = [f"{n:,} {suffix or 'suffix-less'}" for suffix, n in ranked[:3]]
    others = sum(n for _, n in ranked[3:])
    if others:
        parts.append(f"{others:,} other")
    listing = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    line = f"no {wanted} files; {listing} files were skipped"
    suggest = next((suffix for suffix, _ in ranked if suffix), None)
    return line + (f": add --glob '*{suggest}'" if suggest else "")


def walk(
    root: str,
    pattern: str | Sequence[str] = "*.txt",
    *,
    follow_symlinks: bool = False,
    problems: list[WalkProblem] | None = None,
    ignore_case: bool = True,
    skipped: Counter[str] | None = None,
) -> Iterator[FileStat]:
    """Yield every file under ``root`` whose name matches ``pattern`` (or any of several).

    Depth first, sorted. Patterns ignore case unless ``ignore_case`` is false (``*.txt``
    takes ``BERITA.TXT`` from a Windows machine). Files that match no pattern are
    counted in ``skipped`` by their suffix (see :func:`suffix_of`).

    Symlinks are skipped unless ``follow_symlinks``; then loops are detected by
    (device, inode) and links leading outside the root are still skipped.
    """
    patterns = [pattern] if isinstance(pattern, str) else list(pattern)
    flags = re.IGNORECASE if ignore_case else 0
    match = re.compile("|".join(fnmatch.translate(p) for p in patterns), flags).match
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
                elif entry.is_file(follow_symlinks=follow_symlinks):
                    if match(entry.name):
                        st = entry.stat(follow_symlinks=follow_symlinks)
                        yield FileStat(printable(rel), entry.path, st.st_size, st.st_mtime_ns)
                    elif skipped is not None:
                        skipped[suffix_of(entry.name)] += 1
            except OSError as exc:
                if problems is not None:
                    problems.append(WalkProblem(printable(rel), f"cannot stat: {exc.strerror}"))


def listed(root: str, rels: Sequence[str]) -> Iterator[FileStat]:
    """Stat the named files under ``root`` (paths relative to it, ``/`` or ``\\``), in the
    order given, each once; no walk, and no glob: the caller chose them.

    A name that leaves the root, or is not a file there, raises :class:`ValueError`
    naming it.
    """
    seen: set[str] = set()
    for given in rels:
        rel = os.path.normpath(given.replace("\\", "/")).replace(os.sep, "/")
        if os.path.isabs(rel) or rel == ".." or rel.startswith("../"):
            raise ValueError(f"{given} is not inside {root}")
        if rel in seen:
            continue
        seen.add(rel)
        path = os.path.join(root, rel)
        try:
            st = os.stat(path)
        except OSError as exc:
            raise ValueError(f"{given}: {exc.strerror} in {root}") from None
        if not stat.S_ISREG(st.st_mode):
            raise ValueError(f"{given} is not a file in {root}")
        yield FileStat(printable(rel), path, st.st_size, st.st_mtime_ns)
