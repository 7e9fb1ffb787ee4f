"""The worked examples in the library's docstrings stay true (the extractor's: tests/extract/)."""

from __future__ import annotations

import doctest
import importlib

import pytest

# Every library module with worked examples, named once.
MODULES = [
    "catalog.accuracy",
    "catalog.augment",
    "catalog.calendar_names",
    "catalog.db",
    "catalog.downgrade",
    "catalog.fitting",
    "catalog.folding",
    "catalog.near_duplicates",
    "catalog.output",
    "catalog.reports",
    "catalog.search",
    "catalog.similarity",
    "catalog.sites",
    "catalog.loaders.files",
    "catalog.loaders.jsonl",
    "catalog.loaders.meta",
    "catalog.loaders.text",
    "catalog.sync.discover",
    "catalog.sync.merge",
    "catalog.web.duplicates",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
