"""The documentation stays true and portable: no path of one machine, examples that exist."""

from __future__ import annotations

import re
import shlex
import subprocess
import tempfile
from pathlib import Path

from click.testing import CliRunner

from catalog.cli import cli

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
_SKIPPED_DIRS = {".git", ".venv", "venv", "build", "dist", "__pycache__", ".mypy_cache"}


def tracked_files() -> list[Path]:
    """The files git tracks; without git (an unpacked sdist), every file but build output."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True, timeout=60
        ).stdout
        return [REPO / p for p in out.decode().split("\0") if p]
    except (OSError, subprocess.CalledProcessError):
        return [
            p
            for p in REPO.rglob("*")
            if p.is_file() and not _SKIPPED_DIRS.intersection(p.relative_to(REPO).parts)
        ]


def machine_prefixes(repo: Path, home: Path, scratch: Path | None = None) -> list[str]:
    """Where this machine keeps things: the folder the repository sits in, and the home folder.

    A path under either is true here only; the repository's own files are named relative to it.
    The system's scratch folder (``scratch``, by default ``tempfile.gettempdir()``) is none:
    the documentation names ``/tmp/...`` files on purpose, and a clone may sit right in it.
    """
    skip = {Path(scratch if scratch is not None else tempfile.gettempdir()).resolve()}
    return sorted(
        {
            str(p).rstrip("/") + "/"
            for p in (repo.parent, home)
            if p != Path(p.anchor) and p.resolve() not in skip
        }
    )


def machine_paths(text: str, prefixes: list[str]) -> list[str]:
    """The absolute paths in ``text`` that start with one of ``prefixes``."""
    if not prefixes:
        return []
    pattern = re.compile(r"(?<![\w.~-])(?:" + "|".join(map(re.escape, prefixes)) + r")\S*")
    return pattern.findall(text)


def test_the_detector_finds_a_machine_path() -> None:
    prefixes = machine_prefixes(Path("/srv/team/catalog"), Path("/home/ana"))
    assert prefixes == ["/home/ana/", "/srv/team/"]
    text = "see /srv/team/shared/LAYOUTS.md and ../shared/x, ~/crawl, /home/ana/notes.txt"
    assert machine_paths(text, prefixes) == ["/srv/team/shared/LAYOUTS.md", "/home/ana/notes.txt"]
    assert machine_paths("python -m catalog --db /tmp/examples.db", prefixes) == []
    # a clone right in the scratch folder: its /tmp paths are the documentation's own
    assert machine_prefixes(Path("/tmp/catalog"), Path("/home/ana"), Path("/tmp")) == ["/home/ana/"]


def test_no_tracked_file_names_a_path_of_this_machine() -> None:
    prefixes = machine_prefixes(REPO, Path.home())
    found: dict[str, list[str]] = {}
    for path in tracked_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary fixtures
        if hits := machine_paths(text, prefixes):
            found[path.relative_to(REPO).as_posix()] = hits
    assert found == {}, "name these relative to the repository: " + repr(found)


def test_show_help_examples_name_files_in_examples() -> None:
    help_text = CliRunner().invoke(cli, ["show", "--help"]).output
    shown = [
        shlex.split(line)[-1]
        for line in help_text.splitlines()
        if line.strip().startswith("catalog show ")
    ]
    relative = [p for p in shown if not p.startswith(("~", "/")) and "/" in p]
    assert relative, help_text
    assert [p for p in relative if not (EXAMPLES / p).is_file()] == []


def test_query_help_points_to_the_schema_document() -> None:
    """The help names the file that describes the tables, and that file has them."""
    help_text = " ".join(CliRunner().invoke(cli, ["query", "--help"]).output.split())
    named = re.findall(r"docs/[\w.-]+\.md", help_text)
    assert named == ["docs/schema.md"], help_text
    schema = (REPO / named[0]).read_text(encoding="utf-8")
    assert "`documents`" in schema and "`v_index`" in schema
