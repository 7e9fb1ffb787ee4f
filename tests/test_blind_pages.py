"""Our own blind pages (``benchmarks/unseen``, ``heldback``, ``final``, ``fourth``,
``fifth``, ``sixth``, ``seventh``, ``eighth``, ``ninth``, ``tenth``, ``eleventh``,
``twelfth``, ``thirteenth``, ``fourteenth``, ``fifteenth``, ``sixteenth``, ``seventeenth``,
``eighteenth``, ``nineteenth``, ``twentieth``, ``twentyfirst``, ``twentysecond``,
``twentythird``, ``twentyfourth``, ``twentyfifth``, ``twentysixth``, ``twentyseventh``, ``twentyeighth``, ``twentyninth``): sites in none of the dev corpus, written in real
sites' layouts in our words and labelled from the text. The shipped extractor's figures on
them never fall below the recorded baseline (``blind_baseline.json``); a change may raise
them (and the baseline with them), never lower them silently. Unlike the dev corpus, the
pages are in the repository: this runs everywhere, CI included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests_support import score_figures

from catalog.sample_evaluation import score_labels

ROOT = Path(__file__).resolve().parent.parent / "benchmarks"
BASELINE = Path(__file__).with_name("blind_baseline.json")
SETS = (
    "unseen",
    "heldback",
    "final",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twentyfirst",
    "twentysecond",
    "twentythird",
    "twentyfourth",
    "twentyfifth",
    "twentysixth",
    "twentyseventh",
    "twentyeighth",
    "twentyninth",
)


def _figures(name: str) -> dict[str, float]:
    return score_figures(
        score_labels(str(ROOT / name / "labels.jsonl"), str(ROOT / name / "pages"))
    )


@pytest.mark.parametrize("name", SETS)
def test_blind_pages_meet_the_baseline(name: str) -> None:
    recorded = json.loads(BASELINE.read_text(encoding="utf-8"))[name]
    measured = _figures(name)
    low = [
        f"{key}: {measured[key]:.3f} < baseline {value:.3f}"
        for key, value in recorded.items()
        if measured[key] < value - 1e-9
    ]
    assert not low, low


@pytest.mark.parametrize("name", SETS)
def test_every_blind_page_is_labelled(name: str) -> None:
    labels = [
        json.loads(line)
        for line in (ROOT / name / "labels.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    files = sorted(p.name for p in (ROOT / name / "pages").glob("*.txt"))
    assert sorted(label["file"] for label in labels) == files
