"""Texts and helpers shared by several test modules (the texts are the team's own writing)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def user_error(result: Any, *needles: str) -> str:
    """Exit 1 with exactly one line ``Error: ...`` holding every needle, and no traceback."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: "), result.output
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def revisions() -> list[str]:
    """The migration revisions, oldest first."""
    from alembic.script import ScriptDirectory

    from catalog.db import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def load_benchmark(name: str) -> ModuleType:
    """A script of ``benchmarks/`` (not a package) imported as a module."""
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


GOOD = """\
Oleh Rizky Pratama, Rabu, 18 September 2024 | 20:45 WIB - Redaktur: Lestari W - 512
Medan, InfoPublik – Pemerintah daerah mengajak pengelola arsip di setiap dinas untuk memindai dokumen lama.
Kepala balai arsip mengatakan pemindaian dimulai dari dokumen perizinan yang paling sering diminta warga.
"""


def score_figures(score: Any) -> dict[str, float]:
    """The figures a labelled evaluation's baseline records: pages and articles fully
    right, kind accuracy, and every field's precision and recall."""
    from catalog.accuracy import Score

    assert isinstance(score, Score)
    out = {
        "pages fully right": score.pages_right_share,
        "articles fully right": score.all_right_share,
        "kind accuracy": score.kind_accuracy,
    }
    for key, f in score.fields.items():
        out[f"{key} precision"] = f.precision
        out[f"{key} recall"] = f.recall
    return out
