"""Text that one engine takes and another may not: NULs, very long lines, zones, case.

Each test runs on SQLite, and on PostgreSQL when CATALOG_TEST_PG_URL is set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import INFOPUBLIK, KOMPAS, rows

Invoke = Callable[..., Any]
Tree = Callable[[dict[str, str | bytes]], Path]
NAME = "Ratna Sembiring Kusumawardani Pratama"


def test_nul_bytes_never_reach_the_database(invoke: Invoke, make_tree: Tree, db: str) -> None:
    """PostgreSQL text refuses NUL; the loader drops them before extraction and evidence."""
    root = make_tree({"nul.txt": INFOPUBLIK.replace("Rizky", "Riz\x00ky").encode("utf-8")})
    result = invoke("sync", str(root))
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout
    raws = [r[0] for r in rows(db, "SELECT raw FROM evidence")]
    assert raws and not any("\x00" in r for r in raws)
    assert rows(db, "SELECT name FROM people WHERE key = ?", "rizky pratama") == [
        ("Rizky Pratama",)
    ]


def test_very_long_lines_fit_every_column(invoke: Invoke, make_tree: Tree, db: str) -> None:
    """Names, datelines and sources have bounded columns on PostgreSQL; long lines still sync."""
    long_name = " ".join([NAME] * 20)
    root = make_tree(
        {
            "panjang.txt": ("Judul " * 2000)
            + "\nSenin, 14 Mei 2018 | 15:11 WIB\n"
            + ("JAKARTA RAYA " * 40)
            + ", KOMPAS.com - Warga membersihkan saluran air bersama di kampung.\n"
            + f"Penulis: {long_name} | Editor: {long_name}\n",
            "redaktur.txt": f"Oleh {long_name}, Rabu, 18 September 2024 | 20:45 WIB - "
            f"Redaktur: {long_name} - 512\nMedan, InfoPublik – {'kata ' * 20000}\n",
        }
    )
    result = invoke("sync", str(root))
    assert result.exit_code == 0, result.output
    assert "2 added" in result.stdout and "0 failed" in result.stdout
    assert invoke("report", "index", "--format", "csv").exit_code == 0


def test_instants_in_utc_with_the_zone_label_kept(invoke: Invoke, make_tree: Tree, db: str) -> None:
    root = make_tree({"kompas/taman.txt": KOMPAS})
    assert invoke("sync", str(root)).exit_code == 0
    shown = invoke("show", "kompas/taman.txt").stdout
    assert "published 2018-05-14T08:11:00 UTC" in shown
    out = invoke(
        "query",
        "SELECT published_time, timezone, published_utc FROM documents",
        "--format",
        "csv",
    ).stdout
    assert out.splitlines()[1].startswith("15:11,WIB,2018-05-14")
    assert "08:11:00" in out.splitlines()[1]


def test_names_and_sources_match_without_regard_to_case(invoke: Invoke, make_tree: Tree) -> None:
    root = make_tree({"kompas/taman.txt": KOMPAS})
    assert invoke("sync", str(root)).exit_code == 0
    for args in (("--source", "kompas.COM"), ("--author", "ANDI kurniawan")):
        out = invoke("report", "index", "--format", "csv", *args).stdout
        assert "kompas/taman.txt" in out, args
