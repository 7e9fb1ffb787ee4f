"""Build hook: compile the extractor with mypyc when a C compiler is at hand.

Everything else about the package is declared in ``pyproject.toml``. The
extractor (``catalog/extract``) is fully typed, pure Python; mypyc turns its
modules into C extensions that run the same code about twice as fast
(``benchmarks/extract_bench.py`` prints which one it measured). When mypyc or
a compiler is missing, or ``CATALOG_PURE_PYTHON=1`` is set (development with
an editable install, where a compiled module would hide edits to its ``.py``),
the package installs as plain Python and behaves the same, only slower.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

# model.py stays Python: its dataclasses cross process boundaries by pickle.
COMPILED = [
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
    "scoring",
    "views",
]


def extensions() -> list[object]:
    if os.environ.get("CATALOG_PURE_PYTHON") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("catalog: mypyc not available, installing the pure-Python extractor", file=sys.stderr)
        return []
    paths = [f"catalog/extract/{name}.py" for name in COMPILED]
    try:
        exts = mypycify(paths, opt_level="3", group_name="catalog_extract")
    except (Exception, SystemExit) as exc:  # a type error here must not stop the install
        print(
            f"catalog: mypyc failed ({exc}); installing the pure-Python extractor", file=sys.stderr
        )
        return []
    for ext in exts:
        ext.optional = True  # no compiler: skip the extension, keep the .py module
    return list(exts)


setup(ext_modules=extensions())
