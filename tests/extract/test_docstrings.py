"""The worked examples in the extractor's docstrings stay true.

A regular install compiles the extractor with mypyc, and a compiled module
carries no docstring examples for doctest to find: the examples are then run
from the ``.py`` source the extension was built from (installed beside it).
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

MODULES = [
    f"catalog.extract.{name}"
    for name in (
        "bylines",
        "candidates",
        "core",
        "datelines",
        "dates",
        "furniture",
        "kinds",
        "labels",
        "layout",
        "names",
        "page",
        "profile",
        "scoring",
        "views",
    )
]


def _with_examples(name: str) -> ModuleType:
    module = importlib.import_module(name)
    path = Path(module.__file__ or "")
    if path.suffix == ".py":
        return module
    source = path.with_name(name.rsplit(".", 1)[1] + ".py")
    spec = importlib.util.spec_from_file_location(f"_source_of_{name}", source)
    assert spec is not None and spec.loader is not None, source
    copy = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = copy  # doctest finds functions by their module
    spec.loader.exec_module(copy)
    return copy


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = _with_examples(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
