"""Benchmark the reports people open: ``report html`` and xlsx workbooks on a big catalog.

    python benchmarks/html_bench.py [--docs N] [--db PATH] [--seed-docs S] [--rebuild]

Builds (or reuses) a catalog of N documents (default 100,000) the way
``report_bench.py`` does (a synced seed corpus copied in SQL), then runs, each
in its own process:

- ``catalog report html -o DIR/laporan.html``: seconds, peak RSS, the size of
  the summary file and of its folder of pages (index and documents), and the
  number of pages; targets: under 30 s, summary under 20 MB;
- ``catalog report index -o index.xlsx`` and, for comparison, the same report
  as CSV: seconds and peak RSS; target: under 20 s for 100,000 rows, with a
  peak RSS that does not grow with the rows (the CSV's is the yardstick);
- ``catalog report all -o laporan.xlsx``: every report in one workbook.

Prints a table and whether each target is met (exit 1 when one is missed).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import report_bench  # noqa: E402

HTML_SECONDS, SUMMARY_BYTES, XLSX_SECONDS = 30.0, 20 * 1024 * 1024, 20.0


@dataclass
class Run:
    label: str
    seconds: float
    cpu: float  # user + system seconds of the process
    rss_mb: float


def run(label: str, argv: list[str]) -> Run:
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{label}: {err.decode(errors='replace')}")
    return Run(label, seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def folder_size(path: Path) -> tuple[int, int]:
    """(bytes, files) under ``path``."""
    total = files = 0
    for root, _dirs, names in os.walk(path):
        for name in names:
            total += os.path.getsize(os.path.join(root, name))
            files += 1
    return total, files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000, help="documents in the catalog")
    ap.add_argument("--db", type=Path, help="catalog file (default: a temporary one, removed)")
    ap.add_argument("--seed-docs", type=int, default=2000, help="documents synced for real")
    ap.add_argument("--seed", type=int, default=1, help="corpus generator seed")
    ap.add_argument("--rebuild", action="store_true", help="build even if --db matches")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="html_bench_"))
    db = args.db.resolve() if args.db else tmp / "catalog.db"
    try:
        report_bench.ensure_catalog(db, args.docs, args.seed_docs, args.seed, args.rebuild)
        report_bench.warm(db)
        _, count = report_bench.count_baseline(db)
        out = tmp / "out"
        out.mkdir()
        cmd = report_bench.catalog_cmd
        # a shared machine's other work shows here: compare wall and CPU seconds
        load = " ".join(f"{x:.1f}" for x in os.getloadavg())
        html = run("report html", cmd(db, "report", "html", "-o", str(out / "laporan.html")))
        summary = (out / "laporan.html").stat().st_size
        pages_bytes, pages = folder_size(out / "laporan_files")
        xlsx = run("report index -o .xlsx", cmd(db, "report", "index", "-o", str(out / "i.xlsx")))
        csv = run("report index -o .csv", cmd(db, "report", "index", "-o", str(out / "i.csv")))
        every = run("report all -o .xlsx", cmd(db, "report", "all", "-o", str(out / "all.xlsx")))
        print(f"\n{count:,} documents in {db}")
        print(f"load average before: {load}")
        print(f"{'command':<24} {'seconds':>8} {'CPU s':>7} {'peak RSS':>9}")
        for r in (html, xlsx, csv, every):
            print(f"{r.label:<24} {r.seconds:>8.1f} {r.cpu:>7.1f} {r.rss_mb:>6.0f} MB")
        print(
            f"summary page {summary / 1e6:.2f} MB; folder of pages {pages_bytes / 1e6:.1f} MB "
            f"in {pages:,} files; index.xlsx {(out / 'i.xlsx').stat().st_size / 1e6:.1f} MB"
        )
        checks = {
            f"report html under {HTML_SECONDS:.0f} s": html.seconds < HTML_SECONDS,
            f"summary page under {SUMMARY_BYTES // 2**20} MB": summary < SUMMARY_BYTES,
            f"index as xlsx under {XLSX_SECONDS:.0f} s": xlsx.seconds < XLSX_SECONDS,
            "index as xlsx within 1.5x the CSV's peak RSS": xlsx.rss_mb < 1.5 * csv.rss_mb,
        }
        for name, met in checks.items():
            print(f"{name}: {'MET' if met else 'NOT MET'}")
        return 0 if all(checks.values()) else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
