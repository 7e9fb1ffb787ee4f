"""The synthetic pages of ``benchmarks/generate_corpus.py`` (our own layouts and words,
each with its truth) are all read right: the sync benchmark's accuracy is a floor, not a
figure that may drift. (Session 19's caption mends left 398 of 5,000 of them titled by a
photo's caption closed by ``OUTLET.ID/NAME``; only the benchmark's printout showed it.)"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from catalog.accuracy import extraction_row, score
from catalog.extract import extract

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_corpus", BENCH / "generate_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_corpus"] = module
    spec.loader.exec_module(module)
    return module


def test_every_generated_page_is_read_right() -> None:
    make_document = _generator().make_document
    labels: list[dict[str, object]] = []
    rows: dict[str, dict[str, str]] = {}
    for i in range(1500):
        text, label = make_document(1, i)
        name = f"{i:06d}.txt"
        labels.append({"file": name, **label})
        rows[name] = extraction_row(extract(text))
    result = score(labels, rows)
    assert result.pages_all_right == len(labels), result.mismatches[:5]
