"""The worked examples in the extractor's docstrings stay true."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from catalog import augment, evaluation, fitting
from catalog.extract import (
    bylines,
    candidates,
    core,
    datelines,
    dates,
    kinds,
    layout,
    names,
    page,
    scoring,
    views,
)


@pytest.mark.parametrize(
    "module",
    [
        bylines,
        candidates,
        core,
        datelines,
        dates,
        kinds,
        layout,
        names,
        page,
        scoring,
        views,
        evaluation,
        fitting,
        augment,
    ],
    ids=str,
)
def test_docstring_examples(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
