"""Does a site's own furniture, learned from its pages, stop breaking extraction?

Usage::

    python benchmarks/crawl.py [LABELS] [--root DIR] [--site-pages N] [--seed S]

The labelled pages (LABELS defaults to ``../shared/corpus/dev/labels.jsonl`` beside
the repository) are laid out as a crawl: consecutive runs of N pages (default 30)
become one invented site, and every page of a site carries that site's furniture,
the same on each page, as a real crawl does: a menu, a share row, a clock with
the crawl day's date and a "popular" block of teasers with their own bylines and
stamps above the story; related teasers and a footer below it (``perturbations.py``,
seeded by the site). Each site's profile is counted from its furnished pages
(``FurnitureCounter``, as sync does).

It prints, for the pages fully right without furniture, the share still fully right
(a) furnished, read without a profile and (b) furnished, read with the site's
profile; and the pages fully right overall in the three readings. Issue 13's figure:
(b) within 0.02 of the unfurnished reading.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturbations import (
    footer_below,
    menu_above,
    popular_above,
    related_below,
    share_row_above,
    site_clock_above,
)

from catalog.accuracy import extraction_row, load_labels, score
from catalog.extract import EMPTY, FurnitureCounter, Profile, extract
from catalog.loaders.files import LoadError
from catalog.loaders.text import load_text

REPO = Path(__file__).resolve().parents[1]
DEFAULT_LABELS = REPO.parent / "shared" / "corpus" / "dev" / "labels.jsonl"

Label = Mapping[str, object]


def furnish(text: str, site_seed: str) -> str:
    """One page as its site prints it: the same furniture on every page of a site."""
    # innermost first: the popular block sits right above the story, the menu on top
    text = popular_above(text, site_seed)
    text = share_row_above(text, site_seed)
    text = site_clock_above(text, site_seed)
    text = menu_above(text, site_seed)
    text = related_below(text, site_seed)
    return footer_below(text, site_seed)


def _right(
    labels: Sequence[Label], texts: Mapping[str, str], profiles: Mapping[str, Profile]
) -> set[str]:
    rows = {
        name: extraction_row(extract(text, profile=profiles.get(name, EMPTY)))
        for name, text in texts.items()
    }
    wrong = {m.file for m in score(labels, rows).mismatches}
    return {str(label["file"]) for label in labels} - wrong


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="?", default=str(DEFAULT_LABELS))
    parser.add_argument("--root", default=None)
    parser.add_argument("--site-pages", type=int, default=30)
    parser.add_argument("--seed", default="crawl")
    args = parser.parse_args(argv)
    labels_path = Path(args.labels)
    if not labels_path.is_file():
        parser.error(f"no labels at {labels_path}")
    root = Path(args.root) if args.root else labels_path.parent
    labels = [lab for lab in load_labels(str(labels_path))]
    texts: dict[str, str] = {}
    for label in labels:
        try:
            texts[str(label["file"])] = load_text(root / str(label["file"])).text
        except LoadError as exc:
            parser.error(str(exc))
    names = list(texts)
    site_of = {name: f"site{k // args.site_pages}" for k, name in enumerate(names)}
    furnished = {n: furnish(t, f"{args.seed}:{site_of[n]}") for n, t in texts.items()}
    counters: dict[str, FurnitureCounter] = {}
    for name, text in furnished.items():
        counters.setdefault(site_of[name], FurnitureCounter()).add(text)
    site_profiles = {site: c.profile() for site, c in counters.items()}
    profiles = {name: site_profiles[site_of[name]] for name in names}

    plain = _right(labels, texts, {})
    bare = _right(labels, furnished, {})
    learned = _right(labels, furnished, profiles)
    total = len(labels)
    print(f"{total} pages as {len(site_profiles)} sites of up to {args.site_pages} pages")
    for site, prof in site_profiles.items():
        print(f"  {site}: {prof.pages} pages, {len(prof.lines)} furniture lines")
    print(f"fully right, no furniture:             {len(plain) / total:.3f} ({len(plain)})")
    print(f"fully right, furnished, no profile:    {len(bare) / total:.3f} ({len(bare)})")
    print(f"fully right, furnished, site profile:  {len(learned) / total:.3f} ({len(learned)})")
    base = len(plain) or 1
    print(f"kept (no profile):   {len(plain & bare) / base:.3f}")
    print(f"kept (site profile): {len(plain & learned) / base:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
