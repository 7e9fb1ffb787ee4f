"""The worked examples in the extractor's docstrings stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    *(
        f"catalog.extract.{name}"
        for name in (
            "bylines",
            "candidates",
            "core",
            "datelines",
            "dates",
            "kinds",
            "layout",
            "names",
            "page",
            "scoring",
            "views",
        )
    ),
    "catalog.evaluation",
    "catalog.fitting",
    "catalog.augment",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
