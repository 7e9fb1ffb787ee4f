"""The worked examples in the library's docstrings stay true (the extractor's: tests/extract/)."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from catalog import (
    accuracy,
    augment,
    calendar_names,
    db,
    downgrade,
    fitting,
    folding,
    near_duplicates,
    output,
    reports,
    search,
    similarity,
    sites,
)
from catalog.loaders import files, jsonl, meta, text
from catalog.sync import discover, merge
from catalog.web import duplicates as web_duplicates

MODULES = [
    accuracy,
    augment,
    calendar_names,
    db,
    downgrade,
    fitting,
    folding,
    near_duplicates,
    output,
    reports,
    search,
    similarity,
    sites,
    files,
    jsonl,
    meta,
    text,
    discover,
    merge,
    web_duplicates,
]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_docstring_examples(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
