"""The furnished test crawl (``benchmarks/furnished_crawl.py``), importable from tests.

Benchmarks cannot import tests, so the generator lives in ``benchmarks/`` and is
loaded here by path: ``from crawl_fixture import make_crawl, SITES, page_text``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "furnished_crawl.py"
_spec = importlib.util.spec_from_file_location("furnished_crawl", _PATH)
assert _spec is not None and _spec.loader is not None
furnished_crawl = importlib.util.module_from_spec(_spec)
sys.modules["furnished_crawl"] = furnished_crawl
_spec.loader.exec_module(furnished_crawl)

CRAWL_DAY = furnished_crawl.CRAWL_DAY
SITES = furnished_crawl.SITES
Site = furnished_crawl.Site
furniture_lines = furnished_crawl.furniture_lines
make_crawl = furnished_crawl.make_crawl
page_text = furnished_crawl.page_text

__all__ = ["CRAWL_DAY", "SITES", "Site", "furniture_lines", "make_crawl", "page_text"]
