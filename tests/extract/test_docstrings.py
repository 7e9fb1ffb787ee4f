"""The worked examples in the extractor's docstrings stay true."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from catalog import evaluation
from catalog.extract import bylines, core, datelines, dates, kinds, layout, names, page, views


@pytest.mark.parametrize(
    "module",
    [bylines, core, datelines, dates, kinds, layout, names, page, views, evaluation],
    ids=str,
)
def test_docstring_examples(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
