"""Golden output of ``extract()``: a dump to compare before and after a speed change.

Usage: ``python benchmarks/extract_golden.py OUT [--root DIR] [--pages N]``

Writes one line per extraction to ``OUT`` (the ``repr`` of the whole
``Extraction``, evidence included) and prints its SHA-256 and which extractor
ran (compiled or pure Python). It extracts the ``N`` pages of
``extract_bench.py`` (default 20,000; each also with its layout's site profile,
as ``extract_bench.py --profiles`` extracts it) and, with ``--root``, every ``*.txt``
under ``DIR`` (sorted) several ways: as it is, with a profile learned from the
whole folder and one from the pages sharing its name's first character, lower
and upper case, CRLF line ends, its first and last 30 lines, every third line
bulleted, blank lines dropped, lines reversed. A change that is meant to leave
the output alone must leave the dump byte-identical (``cmp`` the two files);
run it with the compiled build and the pure one alike.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

# the benchmark's own pages (a script's folder is on sys.path)
from extract_bench import LAYOUTS, layout_profiles, make_document

import catalog.extract.core
from catalog.extract import FurnitureCounter, Profile, extract
from catalog.loaders.text import decode

Variant = Callable[[str], str]


def _bullets(text: str) -> str:
    lines = text.splitlines()
    return "\n".join("- " + line if line and i % 3 == 0 else line for i, line in enumerate(lines))


VARIANTS: dict[str, Variant] = {
    "lower": str.lower,
    "upper": str.upper,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "head30": lambda t: "\n".join(t.splitlines()[:30]),
    "tail30": lambda t: "\n".join(t.splitlines()[-30:]),
    "bullets": _bullets,
    "noblank": lambda t: "\n".join(line for line in t.splitlines() if line.strip()),
    "reversed": lambda t: "\n".join(reversed(t.splitlines())),
}


def _profile(texts: list[str]) -> Profile:
    counter = FurnitureCounter()
    for text in texts:
        counter.add(text)
    return counter.profile()


def folder_runs(root: Path) -> Iterator[tuple[str, str, Profile | None]]:
    """(tag, text, profile) for every page of the folder and each of its variants."""
    pages = [(p.name, decode(p.read_bytes())[0]) for p in sorted(root.rglob("*.txt"))]
    whole = _profile([text for _, text in pages])
    groups: dict[str, list[str]] = {}
    for name, text in pages:
        groups.setdefault(name[:1], []).append(text)
    by_group = {key: _profile(texts) for key, texts in groups.items()}
    for name, text in pages:
        yield name, text, None
        yield f"{name}:profile", text, whole
        yield f"{name}:group-profile", text, by_group[name[:1]]
        for tag, variant in VARIANTS.items():
            yield f"{name}:{tag}", variant(text), None


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--root", type=Path, help="a folder of *.txt pages (e.g. a labelled corpus)"
    )
    parser.add_argument("--pages", type=int, default=20000, help="benchmark pages (default 20000)")
    args = parser.parse_args(argv[1:])
    where = catalog.extract.core.__file__ or "?"
    built = "compiled with mypyc" if not where.endswith(".py") else "pure Python"
    digest = hashlib.sha256()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:

        def emit(tag: str, text: str, profile: Profile | None) -> None:
            nonlocal count
            line = f"{tag}\t{extract(text, profile=profile)!r}\n"
            out.write(line)
            digest.update(line.encode())
            count += 1

        if args.root is not None:
            for tag, text, profile in folder_runs(args.root):
                emit(tag, text, profile)
        # each bench page also with its layout's site profile (as extract_bench.py
        # --profiles times it): the lines a profile blanks and their evidence rows
        profiles = layout_profiles()
        for i in range(args.pages):
            page = make_document(i)
            emit(f"bench:{i}", page, None)
            emit(f"bench:{i}:profile", page, profiles[i % LAYOUTS])
    print(f"extractor: {built} ({where})")
    print(f"{count} extractions, sha256 {digest.hexdigest()}")


if __name__ == "__main__":
    main(sys.argv)
