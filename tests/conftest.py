"""Shared fixtures: catalogs built through the migrations, folders of the team's own texts.

Backends: every test that asks for ``db`` (or ``invoke``) runs on SQLite, and on
PostgreSQL too when ``CATALOG_TEST_PG_URL`` names a server URL whose role may
CREATE DATABASE; without it, the PostgreSQL runs show as skipped, with the reason.
Each PostgreSQL test gets a database of its own, dropped after it, so runs do not
interfere. A test that asks for ``db_path`` (the SQLite file) or is marked
``sqlite_only`` runs on SQLite alone.

A run that was meant to have PostgreSQL fails rather than quietly leaving it out:
a ``CATALOG_TEST_PG_URL`` whose server cannot be reached stops the run before any
test, and so does ``CATALOG_TEST_PG_REQUIRED=1`` (set by ``.ci/run``) without a URL.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from catalog.cli import cli
from catalog.db import Catalog

PG_URL = os.environ.get("CATALOG_TEST_PG_URL", "")
PG_REQUIRED = os.environ.get("CATALOG_TEST_PG_REQUIRED") == "1"
NO_PG = "PostgreSQL: CATALOG_TEST_PG_URL is not set (see the README's development section)"

BACKENDS = ("sqlite", "postgresql") if PG_URL else ("sqlite",)

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"

# Written by the team in the InfoPublik layout: a sidebar byline of another
# story, a photo caption with its credit, the real byline, the dateline.
INFOPUBLIK = """\
- Oleh MC KAB TAPANULI UTARA
- Senin, 7 Oktober 2024 | 10:05 WIB
: Kepala Balai Arsip Daerah Ratna Sembiring (dok Humas Pemkab)
Oleh Rizky Pratama, Rabu, 18 September 2024 | 20:45 WIB - Redaktur: Lestari W - 512
Medan, InfoPublik – Pemerintah daerah mengajak pengelola arsip di setiap dinas untuk memindai dokumen lama agar layanan informasi publik lebih cepat.
Kepala Balai Arsip Daerah, Ratna Sembiring, mengatakan pemindaian dimulai dari dokumen perizinan yang paling sering diminta warga, Rabu (18/9/2024).
Menurutnya, arsip digital juga mengurangi risiko kerusakan akibat banjir dan rayap di gudang penyimpanan.
"""

ANTARA = """\
Petani Garam Madura Mulai Panen Lebih Awal
Sumenep (ANTARA) - Petani garam di pesisir selatan mulai memanen lebih awal karena kemarau datang sebelum jadwal, kata ketua kelompok tani setempat.
Ia menyebut harga di tingkat petani masih stabil dan gudang koperasi sudah disiapkan untuk menampung hasil panen.
Pewarta: Siti Nurjanah
Editor : Bambang Irawan
"""

KOMPAS = """\
Warga Bangun Taman Baca di Bekas Pos Ronda
Senin, 14 Mei 2018 | 15:11 WIB
BOGOR, KOMPAS.com - Sekelompok pemuda mengubah pos ronda yang lama tak terpakai menjadi taman baca untuk anak-anak kampung.
Buku-buku dikumpulkan dari sumbangan warga dan alumni sekolah dasar setempat.
Penulis: Andi Kurniawan | Editor: Maria Fransiska
"""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about SQLite itself; not run on PostgreSQL")
    if PG_REQUIRED and not PG_URL:
        raise pytest.UsageError(
            "CATALOG_TEST_PG_REQUIRED=1 but CATALOG_TEST_PG_URL is not set: "
            "the PostgreSQL runs would be left out"
        )
    if PG_URL:
        _reach_pg_server()


def _reach_pg_server() -> None:
    """Stop the whole run at once when the PostgreSQL server it was given does not answer."""
    engine = create_engine(make_url(PG_URL))
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:
        shown = make_url(PG_URL).render_as_string(hide_password=True)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise pytest.UsageError(f"CATALOG_TEST_PG_URL={shown} cannot be reached: {first}") from None
    finally:
        engine.dispose()


def pytest_report_header(config: pytest.Config) -> list[str]:
    shown = make_url(PG_URL).render_as_string(hide_password=True) if PG_URL else "unset"
    # A regular install compiles the extractor with mypyc (setup.py); an editable one does not.
    import catalog.extract.core as core

    where = core.__file__ or "?"
    built = "pure Python" if where.endswith(".py") else "compiled with mypyc"
    return [
        f"catalog backends: {', '.join(BACKENDS)} (CATALOG_TEST_PG_URL {shown})",
        f"extractor under test: {built} ({where})",
    ]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test that uses ``backend`` once per backend it can run on."""
    if "backend" not in metafunc.fixturenames:
        return
    sqlite_only = (
        "db_path" in metafunc.fixturenames
        or metafunc.definition.get_closest_marker("sqlite_only") is not None
    )
    if sqlite_only:
        metafunc.parametrize("backend", ("sqlite",))
    else:
        # Without a server the PostgreSQL runs are still collected, and skipped in
        # the ``db`` fixture: one summary line with the reason, never silence.
        metafunc.parametrize("backend", ("sqlite", "postgresql"))


def _no_pg_server() -> None:
    pytest.skip(NO_PG)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Every PostgreSQL run skipped for want of a server reported from one place, so the
    summary folds them into one line with their number instead of one line a test."""
    report = yield
    longrepr = report.longrepr
    if report.skipped and isinstance(longrepr, tuple) and longrepr[2] == f"Skipped: {NO_PG}":
        report.longrepr = (__file__, _no_pg_server.__code__.co_firstlineno + 1, longrepr[2])
    return report


@contextlib.contextmanager
def pg_database() -> Iterator[str]:
    """A fresh, empty database on the test server; dropped on exit.

    Collation C sorts text by code point, as SQLite does, so reports list rows
    in the same order on both.
    """
    admin_url = make_url(PG_URL)
    name = f"catalog_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(
                f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                "LC_COLLATE 'C' LC_CTYPE 'C'"
            )
        try:
            yield admin_url.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    finally:
        admin.dispose()


@pytest.fixture()
def db(backend: str, tmp_path: Path) -> Iterator[str]:
    """What ``--db`` takes for this test's catalog: a file path, or a server URL."""
    if backend == "sqlite":
        yield str(tmp_path / "catalog.db")
        return
    if not PG_URL:
        _no_pg_server()
    with pg_database() as url:
        yield url


def rows(db: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (``?`` placeholders) on either backend, values as the driver gives them."""
    numbered = iter(range(len(params)))
    named = re.sub(r"\?", lambda _m: f":p{next(numbered)}", sql)
    cat = Catalog(db)
    try:
        with cat.engine.connect() as conn:
            result = conn.execute(text(named), {f"p{i}": v for i, v in enumerate(params)})
            return [tuple(r) for r in result]
    finally:
        cat.close()


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "catalog.db"


@pytest.fixture()
def make_tree(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write {relative path: text or bytes} under a fresh folder and return it."""
    counter = iter(range(1000))

    def make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / f"docs{next(counter)}"
        for rel, content in files.items():
            p = root / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_text(content, encoding="utf-8")
        return root

    return make


@pytest.fixture()
def docs(make_tree: Callable[[dict[str, str | bytes]], Path]) -> Path:
    return make_tree(
        {"infopublik/arsip.txt": INFOPUBLIK, "antara/garam.txt": ANTARA, "kompas/taman.txt": KOMPAS}
    )


@pytest.fixture()
def invoke(runner: CliRunner, db: str) -> Callable[..., object]:
    """Run the CLI against the test catalog (on each backend); returns click's Result."""

    def run(*args: str, input: str | None = None) -> object:
        return runner.invoke(cli, ["--db", db, *args], input=input, catch_exceptions=False)

    return run


@pytest.fixture()
def catalog(db_path: Path) -> Catalog:
    cat = Catalog(str(db_path))
    yield cat  # type: ignore[misc]
    cat.close()


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file an in-process sync reads, by base name, in order."""
    from catalog.sync import pipeline

    seen: list[str] = []
    real = pipeline.loader_for

    def counting(path: str) -> Any:
        loader = real(path)

        def load(p: str, max_bytes: int) -> Any:
            seen.append(os.path.basename(p))
            return loader(p, max_bytes)

        return load

    monkeypatch.setattr(pipeline, "loader_for", counting)
    return seen


def touch_later(path: Path, text: str) -> None:
    """Rewrite a file and make sure its mtime moves even on coarse clocks."""
    st = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
