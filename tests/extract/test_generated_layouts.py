"""The synthetic pages of ``benchmarks/generate_corpus.py`` (our own layouts and words,
each with its truth) are all read right: the sync benchmark's accuracy is a floor, not a
figure that may drift. (Session 19's caption mends left 398 of 5,000 of them titled by a
photo's caption closed by ``OUTLET.ID/NAME``; only the benchmark's printout showed it.)"""

from __future__ import annotations

from tests_support import load_benchmark

from catalog.accuracy import extraction_row, score
from catalog.extract import extract


def test_every_generated_page_is_read_right() -> None:
    make_document = load_benchmark("generate_corpus").make_document
    labels: list[dict[str, object]] = []
    rows: dict[str, dict[str, str]] = {}
    for i in range(1500):
        text, label = make_document(1, i)
        name = f"{i:06d}.txt"
        labels.append({"file": name, **label})
        rows[name] = extraction_row(extract(text))
    result = score(labels, rows)
    assert result.pages_all_right == len(labels), result.mismatches[:5]
