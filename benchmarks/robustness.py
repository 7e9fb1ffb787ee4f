"""How much does furniture that changes no label break extraction?

Usage::

    python benchmarks/robustness.py [LABELS] [--root DIR] [--limit N] [--seed S]
                                    [--show NAME] [--show-count K] [--site-pages N]
                                    [--stack K [--draws D]]

LABELS defaults to ``../shared/corpus/dev/labels.jsonl`` beside the repository;
DIR (where the labelled files are) defaults to the folder of LABELS. Each page is
read as the catalog reads it (``load_text``), extracted in memory and scored with
``catalog.accuracy``. The baseline is the set of pages fully right unperturbed.
Then every perturbation of ``perturbations.py`` is applied to every page (seeded by
``S`` and the file name) and the script prints, per perturbation, the share of
baseline-right pages that stay fully right, and as a side column how many
baseline-wrong pages became right. ``dateline-unknown-place`` applies only to pages
whose label has a dateline that opens a line, and scores them against a copy of the
label naming the invented place. The last line is the worst share.

``--show NAME`` lists the first K baseline-right pages that perturbation breaks,
with each field that changed (label, unperturbed output, perturbed output).

``--stack K`` measures furniture in combination instead: each baseline-right page gets
K different pieces (drawn from ``perturbations.py`` for the page, the seed and the draw),
applied one over another, and the script prints the share that stays fully right for
each of ``--draws`` draws and over all of them, and how many of the pages broken are
broken by no piece alone (what only the combination breaks).

``--site-pages N`` reads each page as ``catalog sync`` reads a site's pages: with the
furniture profile learned from it and the N-1 pages after it in label order (other
sites' pages, standing in for the same site's), all carrying the same furniture draw,
so a widget the site prints on every page is known as its furniture. Both the
baseline and the perturbed pages are read that way.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturbations import DATELINE, PERTURBATIONS, replace_dateline

from catalog.accuracy import Mismatch, extraction_row, load_labels, score
from catalog.extract import FurnitureCounter, Profile, extract
from catalog.loaders.files import LoadError
from catalog.loaders.text import load_text

REPO = Path(__file__).resolve().parents[1]
DEFAULT_LABELS = REPO.parent / "shared" / "corpus" / "dev" / "labels.jsonl"
NAMES = [*PERTURBATIONS, DATELINE]

Label = Mapping[str, object]


def _file(label: Label) -> str:
    return str(label.get("file", "")).replace("\\", "/")


def _mismatches(
    labels: Sequence[Label],
    texts: Mapping[str, str],
    profiles: Mapping[str, Profile] | None = None,
) -> dict[str, list[Mismatch]]:
    """Extract every page and score it: file -> its mismatches (empty when fully right)."""
    profiles = profiles or {}
    rows = {
        name: extraction_row(extract(text, profile=profiles.get(name)))
        for name, text in texts.items()
    }
    out: dict[str, list[Mismatch]] = {_file(label): [] for label in labels}
    for m in score(labels, rows).mismatches:
        out.setdefault(m.file, []).append(m)
    return out


def _perturbed(
    name: str, labels: Sequence[Label], texts: Mapping[str, str], seed: str
) -> tuple[list[Label], dict[str, str]]:
    """The pages (and labels) a perturbation applies to, perturbed."""
    out_labels: list[Label] = []
    out_texts: dict[str, str] = {}
    for label in labels:
        file = _file(label)
        if name == DATELINE:
            place = label.get("dateline")
            done = replace_dateline(texts[file], str(place), f"{seed}:{file}") if place else None
            if done is None:
                continue
            out_texts[file], new_place = done
            out_labels.append({**label, "dateline": new_place})
        else:
            out_texts[file] = PERTURBATIONS[name](texts[file], f"{seed}:{file}")
            out_labels.append(label)
    return out_labels, out_texts


def _site_profiles(
    name: str | None, labels: Sequence[Label], texts: Mapping[str, str], seed: str, n: int
) -> dict[str, Profile]:
    """Each page's profile, learned from it and the n-1 pages after it in label order,
    every one of them carrying the furniture drawn for this page (none when ``name``
    is None: the baseline)."""
    files = [_file(label) for label in labels]
    out: dict[str, Profile] = {}
    for k, file in enumerate(files):
        counter = FurnitureCounter()
        for j in range(n):
            other = texts[files[(k + j) % len(files)]]
            if name is not None and name != DATELINE:
                other = PERTURBATIONS[name](other, f"{seed}:{file}")
            counter.add(other)
        out[file] = counter.profile()
    return out


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Share of fully right pages that stay right under label-preserving furniture."
    )
    p.add_argument(
        "labels", nargs="?", default=None, help=f"labels.jsonl (default {DEFAULT_LABELS})"
    )
    p.add_argument(
        "--root", default=None, help="folder of the labelled files (default: beside LABELS)"
    )
    p.add_argument("--limit", type=int, default=None, help="only the first N labelled pages")
    p.add_argument("--seed", default="0", help="perturbation seed (default 0)")
    p.add_argument("--show", choices=NAMES, default=None, help="list pages this one breaks")
    p.add_argument("--show-count", type=int, default=5, help="how many pages --show lists")
    p.add_argument(
        "--stack",
        type=int,
        default=0,
        help="apply K different pieces to each page at once (see above)",
    )
    p.add_argument("--draws", type=int, default=3, help="how many draws --stack makes")
    p.add_argument(
        "--site-pages",
        type=int,
        default=0,
        help="read each page with a furniture profile learned from N pages (see above)",
    )
    return p.parse_args(argv)


def _stacked(
    labels: Sequence[Label], texts: Mapping[str, str], k: int, draws: int, seed: str
) -> int:
    """Print, for each draw, the share of baseline-right pages that stay right under
    ``k`` pieces at once, and how many broken pages no piece alone breaks."""
    right = [label for label in labels if not _mismatches([label], texts)[_file(label)]]
    names = list(PERTURBATIONS)
    k = max(1, min(k, len(names)))
    print(f"baseline: {len(right)}/{len(labels)} pages fully right")
    print(f"{k} pieces at once on each right page, {draws} draws (seed {seed})")
    print()
    kept_all = total = 0
    for draw in range(draws):
        stacked: dict[str, str] = {}
        picks: dict[str, list[str]] = {}
        for label in right:
            file = _file(label)
            rng = random.Random(f"stack/{seed}/{draw}:{file}")
            picks[file] = rng.sample(names, k)
            text = texts[file]
            for name in picks[file]:
                text = PERTURBATIONS[name](text, f"{seed}:{draw}:{file}")
            stacked[file] = text
        after = _mismatches(right, stacked)
        broken = [label for label in right if after[_file(label)]]
        alone = 0  # broken by one of its pieces on its own
        for label in broken:
            file = _file(label)
            for name in picks[file]:
                one = {file: PERTURBATIONS[name](texts[file], f"{seed}:{draw}:{file}")}
                if _mismatches([label], one)[file]:
                    alone += 1
                    break
        kept = len(right) - len(broken)
        kept_all += kept
        total += len(right)
        share = kept / len(right) if right else 1.0
        print(
            f"draw {draw}: kept {share:.3f} ({kept}/{len(right)}); broken by one piece "
            f"alone {alone}, only by the combination {len(broken) - alone}"
        )
    print()
    print(f"all draws: kept {kept_all / total if total else 1.0:.3f} ({kept_all}/{total})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    labels_path = Path(args.labels) if args.labels else DEFAULT_LABELS
    if not labels_path.is_file():
        print(
            f"error: labels file not found: {labels_path}\n"
            "pass LABELS (a labels.jsonl) or put the dev corpus at ../shared/corpus/dev",
            file=sys.stderr,
        )
        return 2
    root = Path(args.root) if args.root else labels_path.parent
    labels = load_labels(labels_path)
    if args.limit is not None:
        labels = labels[: args.limit]

    texts: dict[str, str] = {}
    kept: list[Label] = []
    for label in labels:
        file = _file(label)
        try:
            texts[file] = load_text(str(root / file)).text
        except (OSError, LoadError) as exc:
            print(f"skipped {file}: {exc}", file=sys.stderr)
            continue
        kept.append(label)
    labels = kept
    if not labels:
        print(f"error: no labelled page could be read under {root} (see --root)", file=sys.stderr)
        return 2

    if args.stack > 0:
        print(f"labels: {labels_path} ({len(labels)} pages)")
        return _stacked(labels, texts, args.stack, args.draws, args.seed)

    n_site = args.site_pages

    def profiles(name: str | None) -> dict[str, Profile] | None:
        return _site_profiles(name, labels, texts, args.seed, n_site) if n_site > 1 else None

    base = _mismatches(labels, texts, profiles(None))
    right = {f for f, ms in base.items() if not ms}
    site = f", each read with a profile of {n_site} pages" if n_site > 1 else ""
    print(f"labels: {labels_path} ({len(labels)} pages, seed {args.seed}{site})")
    print(f"baseline: {len(right)}/{len(labels)} pages fully right")
    print()
    print(f"{'perturbation':<24} {'kept':>5} {'(right)':>11}   {'fixed (of wrong)':>16}")

    worst: tuple[float, str, int, int] | None = None
    shown: list[str] = []
    for name in NAMES:
        p_labels, p_texts = _perturbed(name, labels, texts, args.seed)
        after = _mismatches(p_labels, p_texts, profiles(name))
        applied = set(after)
        base_right = applied & right
        stay = {f for f in base_right if not after[f]}
        wrong = applied - right
        fixed = {f for f in wrong if not after[f]}
        share = len(stay) / len(base_right) if base_right else 1.0
        print(
            f"{name:<24} {share:5.2f} {f'({len(stay)}/{len(base_right)})':>11}   "
            f"{f'{len(fixed)}/{len(wrong)}':>16}"
        )
        if base_right and (worst is None or share < worst[0]):
            worst = (share, name, len(stay), len(base_right))
        if name == args.show:
            broken = [f for f in sorted(base_right) if after[f]]
            shown = [f"{len(broken)} baseline-right pages broken by {name}:"]
            for f in broken[: args.show_count]:
                shown.append(f"  {f}")
                for m in after[f]:
                    shown.append(f"      {m.field}: label {m.wanted!r} perturbed {m.got!r}")
    print()
    if worst is None:
        print("worst: no baseline-right pages")
    else:
        print(f"worst: {worst[1]} {worst[0]:.2f} ({worst[2]}/{worst[3]})")
    if shown:
        print()
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
