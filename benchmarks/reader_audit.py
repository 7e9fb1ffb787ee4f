"""Which reader proposes the right value of which field, on how many sites.

For every labelled dev page, each candidate's reader (``candidates.generator``)
is counted per field: candidates proposed, pages and distinct sites where the
reader proposes the labelled value, and pages where the value chosen with the
shipped weights is that reader's (in sample) and right. A reader whose right
proposals come from one site (or none) is a one-site rule (issue 11)::

    python benchmarks/reader_audit.py ../shared/corpus/dev/labels.jsonl
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict

from catalog.accuracy import load_labels
from catalog.extract.candidates import generator
from catalog.extract.scoring import choose, shipped_weights
from catalog.fitting import is_right, load_pages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("labels")
    ap.add_argument("--root", help="folder of the labelled files (default: the labels' folder)")
    ap.add_argument(
        "--rules",
        action="store_true",
        help="count by evidence rule (before :rejected) instead of by reader",
    )
    args = ap.parse_args(argv)
    labels = load_labels(args.labels)
    root = args.root or os.path.dirname(os.path.abspath(args.labels))
    pages = load_pages(labels, root, copies=0)
    weights = shipped_weights()

    def reader(rule: str) -> str:
        return rule.partition(":rejected")[0] if args.rules else generator(rule)

    proposed: dict[tuple[str, str], int] = defaultdict(int)
    right_pages: dict[tuple[str, str], set[str]] = defaultdict(set)
    right_sites: dict[tuple[str, str], set[str]] = defaultdict(set)
    chosen_right: dict[tuple[str, str], set[str]] = defaultdict(set)
    chosen_wrong: dict[tuple[str, str], set[str]] = defaultdict(set)
    only_right_sites: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in pages:
        name = str(p.label.get("file"))
        ext = choose(p.reading, weights)
        picked = {ev.field: ev.rule.split("; ")[0] for ev in ext.evidence if ev.chosen}
        for field, cands in p.reading.candidates.items():
            right_readers = set()
            for c in cands:
                key = (field, reader(c.rule))
                proposed[key] += 1
                if is_right(field, c, p.label):
                    right_pages[key].add(name)
                    right_sites[key].add(p.site)
                    right_readers.add(key)
            if len(right_readers) == 1:
                only_right_sites[next(iter(right_readers))].add(p.site)
            if field in picked:
                key = (field, reader(picked[field]))
                pick = next((c for c in cands if c.rule == picked[field]), None)
                if pick is not None and is_right(field, pick, p.label):
                    chosen_right[key].add(name)
                else:
                    chosen_wrong[key].add(name)
    print(
        "field\treader\tproposed\tright_pages\tright_sites\tonly_reader_right_sites"
        "\tchosen_right\tchosen_wrong\tsites"
    )
    for key in sorted(proposed, key=lambda k: (k[0], -len(right_sites[k]), k[1])):
        sites = sorted(right_sites[key]) if len(right_sites[key]) <= 2 else []
        print(
            f"{key[0]}\t{key[1]}\t{proposed[key]}\t{len(right_pages[key])}\t"
            f"{len(right_sites[key])}\t{len(only_right_sites[key])}\t{len(chosen_right[key])}\t"
            f"{len(chosen_wrong[key])}\t{','.join(sites)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
