"""A regular (non-editable) install works from any folder, migrations included."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.install, pytest.mark.slow]


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"{cmd} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout + proc.stderr


def test_wheel_installs_and_runs_from_another_folder(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            str(REPO),
        ],
        cwd=tmp_path,
    )
    wheels = list(dist.glob("catalog-*.whl"))
    assert len(wheels) == 1
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    run([str(py), "-m", "pip", "install", "-q", str(wheels[0])], cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CATALOG_DB")}
    exe = env_dir / "bin" / "catalog"
    out = run([str(exe), "sync", str(REPO / "examples")], cwd=elsewhere, env=env)
    assert "added" in out
    assert (elsewhere / "catalog.db").exists()
    index = run([str(exe), "report", "index", "--format", "csv"], cwd=elsewhere, env=env)
    assert index.splitlines()[0] == (
        "path,kind,title,authors,published_date,published_time,timezone,editors,source,dateline,views"
    )
    where = run([str(py), "-c", "import catalog; print(catalog.__file__)"], cwd=elsewhere, env=env)
    assert str(env_dir) in where  # the installed copy, not the source tree
    history = run([str(py), "-m", "catalog", "db", "history"], cwd=elsewhere, env=env)
    assert "0001" in history
    # The wheel's extractor is compiled with mypyc where a C compiler exists (setup.py);
    # compiled or not, it must read every page exactly as the Python source does.
    compiled = run([str(py), "-c", _WHICH_EXTRACTOR], cwd=elsewhere, env=env).strip()
    # What the build was asked for: pure when told so (the variable reaches the wheel
    # build above), compiled when a compiler is at hand, pure otherwise.
    if os.environ.get("CATALOG_PURE_PYTHON") == "1" or not _have_compiler():
        assert compiled.endswith(".py"), compiled
    else:
        assert compiled.endswith(".so"), compiled
    pages = [*sorted((REPO / "examples").rglob("*.txt")), *_dev_corpus()]
    script = _READ_ALL.format(paths=[str(p) for p in pages])
    from_wheel = run([str(py), "-c", script], cwd=elsewhere, env=env)
    source_env = {**env, "PYTHONPATH": str(REPO)}
    from_source = run([sys.executable, "-c", _WHICH_EXTRACTOR], cwd=elsewhere, env=source_env)
    assert from_source.strip().endswith(".py")  # the source tree is never compiled in place
    from_source = run([sys.executable, "-c", script], cwd=elsewhere, env=source_env)
    assert from_wheel == from_source
    assert from_wheel.count("\n") == len(pages) > 10


_WHICH_EXTRACTOR = "import catalog.extract.core as c; print(c.__file__)"

# Every field and evidence row of each page, one repr a line (hypothesis-free, exact).
_READ_ALL = """
from catalog.extract import extract
for p in {paths!r}:
    with open(p, encoding="utf-8", errors="replace") as fh:
        print(repr(extract(fh.read())))
"""


def _have_compiler() -> bool:
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return (
        shutil.which(cc) is not None and Path(sysconfig.get_paths()["include"], "Python.h").exists()
    )


def _dev_corpus() -> list[Path]:
    dev = REPO.parent / "shared" / "corpus" / "dev"
    return sorted(dev.glob("*.txt")) if dev.is_dir() else []
