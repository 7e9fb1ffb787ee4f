"""Benchmark ``catalog report`` on a large catalog: time to first byte, total, peak RSS.

    python benchmarks/report_bench.py [--docs N] [--db PATH] [--seed-docs S] [--rebuild]

Builds (or reuses) a catalog of N documents (default 1,000,000) without
syncing N files: the catalog is created through the migrations, a small seed
corpus (``generate_corpus.py``, default 2,000 documents) is synced into it
for real, and then its documents, credits and evidence are copied in SQL
(``INSERT ... SELECT`` with new ids and paths) until there are N documents.
Each copy rotates the people credited (so co-author pairs differ from copy to
copy) and keeps the seed's sources and dates, so the catalog has the seed's
thousands of people and dozens of outlets over ten years; one document in a
hundred is marked missing.

Then every report (index, authors, editors, sources, months), plain and with
one filter, runs in its own process (``python -m catalog --db PATH report
NAME --format csv``); stdout is a pipe, read as it comes. It prints the time
to the first byte of stdout, the total time, the rows and the peak RSS of the
report process, the baselines ``SELECT count(*) FROM documents`` (in-process)
and a ``catalog query`` of the same (the CLI's start-up floor), and checks
the 2 s first-byte target of index, authors and months.

A reused catalog is brought to the current schema with ``catalog db upgrade``
first (that is how a new index migration gets applied, and timed).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import generate_corpus  # noqa: E402

TARGET_S = 2.0
TARGETED = ("index", "authors", "months")
REPORTS = ("index", "authors", "editors", "sources", "months")
MISSING_EVERY = 100  # one document in a hundred is missing from disk
PEOPLE_STEP = 37  # each copy shifts person ids by this much (mod the number of people)


# --------------------------------------------------------------------------
# Building a big catalog
# --------------------------------------------------------------------------


def catalog_cmd(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "catalog", "--db", str(db), *args]


def sync_seed(db: Path, seed_docs: int, seed: int) -> None:
    """Create the catalog through the migrations and sync a generated seed corpus into it."""
    from catalog.db import Catalog

    cat = Catalog(str(db))
    cat.open(create=True)
    cat.close()
    with tempfile.TemporaryDirectory(prefix="report_bench_") as tmp:
        corpus = Path(tmp) / "corpus"
        generate_corpus.generate(seed_docs, corpus, seed)
        subprocess.run(catalog_cmd(db, "--quiet", "sync", str(corpus)), check=True, cwd=REPO)


def multiply(db: Path, n: int) -> None:
    """Copy the seed's documents (with credits and evidence) in SQL until there are n.

    Copy k of seed document i gets id ``i + k * M`` (M: the seed's largest id)
    and path ``cKKKK/<path>``; its credits go to person
    ``(p - 1 + k * PEOPLE_STEP) % P + 1`` under that person's name, so pairs of
    co-credited people vary between copies. Runs on the raw file: this is test
    data, not catalog code.
    """
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=DELETE")  # one big write; WAL is restored below
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA cache_size=-262144")
        (seed_n, top) = con.execute("SELECT count(*), max(id) FROM documents").fetchone()
        (people,) = con.execute("SELECT count(*) FROM people").fetchone()
        (max_person,) = con.execute("SELECT max(id) FROM people").fetchone()
        if people != max_person:
            raise SystemExit("the seed's person ids are not 1..P; cannot rotate them")
        copies = -(-n // seed_n)
        con.execute("BEGIN")
        for k in range(1, copies):
            want = min(seed_n, n - k * seed_n)
            if want <= 0:
                break
            off = k * top
            con.execute(
                "INSERT INTO documents (id, root, path, size, mtime_ns, content_hash, kind, "
                "title, published_date, published_time, timezone, published_utc, source_id, "
                "dateline, views, lead, body, word_count, first_seen, last_seen, missing_since) "
                "SELECT id + :off, root, printf('c%04d/', :k) || path, size, mtime_ns, "
                "content_hash, kind, title, published_date, published_time, timezone, "
                "published_utc, source_id, dateline, views, lead, body, word_count, "
                "first_seen, last_seen, missing_since FROM documents WHERE id <= :top "
                "ORDER BY id LIMIT :want",
                {"off": off, "k": k, "top": top, "want": want},
            )
            con.execute(
                "INSERT INTO credits (document_id, person_id, role, position, name_as_written) "
                "SELECT c.document_id + :off, p.id, c.role, c.position, p.name "
                "FROM credits c JOIN people p "
                "ON p.id = (c.person_id - 1 + :k * :step) % :people + 1 "
                "WHERE c.document_id + :off IN (SELECT id FROM documents WHERE id > :off) "
                "AND c.document_id <= :top ORDER BY c.id",
                {"off": off, "k": k, "step": PEOPLE_STEP, "people": people, "top": top},
            )
            con.execute(
                "INSERT INTO evidence (document_id, field, value, line_no, raw, rule, "
                "confidence, chosen) SELECT document_id + :off, field, value, line_no, raw, "
                "rule, confidence, chosen FROM evidence "
                "WHERE document_id <= :top AND document_id + :off IN "
                "(SELECT id FROM documents WHERE id > :off) ORDER BY id",
                {"off": off, "top": top},
            )
        con.execute(
            "UPDATE documents SET missing_since = last_seen WHERE id % :every = 7",
            {"every": MISSING_EVERY},
        )
        con.execute("COMMIT")
        # No ANALYZE: catalogs made by sync have no planner statistics either.
        con.execute("PRAGMA journal_mode=WAL")
    finally:
        con.close()


def build(db: Path, n: int, seed_docs: int, seed: int) -> float:
    """A fresh catalog of n documents at ``db``; returns the seconds it took."""
    t0 = time.perf_counter()
    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        p.unlink(missing_ok=True)
    sync_seed(db, min(seed_docs, n), seed)
    multiply(db, n)
    return time.perf_counter() - t0


def marker(db: Path) -> Path:
    return db.with_name(db.name + ".bench.json")


def ensure_catalog(db: Path, n: int, seed_docs: int, seed: int, rebuild: bool) -> None:
    meta = {"docs": n, "seed_docs": seed_docs, "seed": seed}
    if not rebuild and db.exists() and marker(db).is_file():
        try:
            same = json.loads(marker(db).read_text()) == meta
        except ValueError:
            same = False
        if same:
            t0 = time.perf_counter()
            subprocess.run(catalog_cmd(db, "db", "upgrade"), check=True, cwd=REPO)
            print(f"reusing {db} ({n:,} documents); db upgrade {time.perf_counter() - t0:.1f} s")
            return
    # Built in a child process: a child inherits its parent's peak RSS at fork,
    # so this process stays small for the RSS figures of the reports it runs.
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, __file__, "--build-only", "--db", str(db), "--docs", str(n),
         "--seed-docs", str(seed_docs), "--seed", str(seed)],
        check=True,
    )  # fmt: skip
    seconds = time.perf_counter() - t0
    marker(db).write_text(json.dumps(meta))
    print(f"built {db} ({n:,} documents) in {seconds:.1f} s", flush=True)


# --------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------


@dataclass
class Timing:
    label: str
    first_byte: float
    total: float
    rows: int
    rss_kb: int


def time_command(label: str, argv: list[str]) -> Timing:
    """Run argv with stdout on a pipe: time to its first byte, total time, lines, peak RSS."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    assert proc.stdout is not None and proc.stderr is not None
    fd = proc.stdout.fileno()
    first = os.read(fd, 1)
    t_first = time.perf_counter() - t0
    lines = first.count(b"\n")
    while chunk := os.read(fd, 1 << 16):
        lines += chunk.count(b"\n")
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    total = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{label}: exit {proc.returncode}: {err.decode(errors='replace')}")
    return Timing(label, t_first, total, max(lines - 1, 0), usage.ru_maxrss)


def busiest(db: Path) -> tuple[str, str, str]:
    """(the most common source, a frequent author, a date a year before the newest)."""
    con = sqlite3.connect(db)
    try:
        (source,) = con.execute(
            "SELECT s.name FROM documents d JOIN sources s ON s.id = d.source_id "
            "WHERE d.id < 5000 GROUP BY s.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        (author,) = con.execute(
            "SELECT p.name FROM credits c JOIN people p ON p.id = c.person_id "
            "WHERE c.role = 'author' AND c.document_id < 50000 "
            "GROUP BY p.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        (newest,) = con.execute("SELECT max(published_date) FROM documents").fetchone()
    finally:
        con.close()
    year_before = f"{int(newest[:4]) - 1}{newest[4:]}"
    return source, author, year_before


def count_baseline(db: Path) -> tuple[float, int]:
    con = sqlite3.connect(db)
    try:
        t0 = time.perf_counter()
        (count,) = con.execute("SELECT count(*) FROM documents").fetchone()
        return time.perf_counter() - t0, count
    finally:
        con.close()


def warm(db: Path) -> None:
    """Read the database file once so every run starts on a warm page cache."""
    with db.open("rb") as fh:
        while fh.read(1 << 20):
            pass


def measure(db: Path, only: list[str]) -> list[Timing]:
    source, author, since = busiest(db)
    filtered = {
        "index": ["--since", since, "--source", source],
        "authors": ["--source", source],
        "editors": ["--since", since],
        "sources": ["--author", author],
        "months": ["--author", author],
    }
    timings = [
        time_command(
            "catalog query count(*)",
            catalog_cmd(db, "query", "SELECT count(*) FROM documents", "--format", "csv"),
        )
    ]
    for name in only:
        base = catalog_cmd(db, "report", name, "--format", "csv")
        timings.append(time_command(f"report {name}", base))
        args = filtered[name]
        timings.append(time_command(f"report {name} {' '.join(args)}", base + args))
    return timings


def print_table(timings: list[Timing], count_s: float, count: int) -> bool:
    print(f"\nSELECT count(*) FROM documents (in-process): {count_s:.3f} s ({count:,} rows)")
    width = max(len(t.label) for t in timings)
    print(f"{'command':<{width}}  {'first byte':>10}  {'total':>8}  {'rows':>9}  {'peak RSS':>9}")
    ok = True
    for t in timings:
        flag = ""
        name = t.label.split()[1] if t.label.startswith("report ") else ""
        if name in TARGETED and t.label == f"report {name}":
            met = t.first_byte <= TARGET_S
            ok = ok and met
            flag = "  ok" if met else f"  MISSES {TARGET_S:.0f} s"
        print(
            f"{t.label:<{width}}  {t.first_byte:>9.2f}s  {t.total:>7.2f}s  {t.rows:>9,}  "
            f"{t.rss_kb / 1024:>6.0f} MB{flag}"
        )
    print(
        f"\nfirst byte <= {TARGET_S:.0f} s for report {', '.join(TARGETED)}: {'MET' if ok else 'NOT MET'}"
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=1_000_000, help="documents in the catalog")
    ap.add_argument("--db", type=Path, help="catalog file (default: a temporary one, removed)")
    ap.add_argument("--seed-docs", type=int, default=2000, help="documents synced for real")
    ap.add_argument("--seed", type=int, default=1, help="corpus generator seed")
    ap.add_argument("--rebuild", action="store_true", help="build even if --db matches")
    ap.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--reports", default=",".join(REPORTS), help="comma-separated subset")
    args = ap.parse_args(argv)
    only = [r for r in args.reports.split(",") if r]
    if unknown := set(only) - set(REPORTS):
        ap.error(f"unknown reports: {', '.join(sorted(unknown))}")

    if args.build_only:
        build(args.db, args.docs, args.seed_docs, args.seed)
        return 0
    tmp = None
    if args.db is None:
        tmp = Path(tempfile.mkdtemp(prefix="report_bench_"))
        db = tmp / "catalog.db"
    else:
        db = args.db.resolve()
    try:
        ensure_catalog(db, args.docs, args.seed_docs, args.seed, args.rebuild)
        warm(db)
        count_s, count = count_baseline(db)
        ok = print_table(measure(db, only), count_s, count)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
