"""How long ``catalog --version`` and ``--help`` take to start, and what is imported.

    python benchmarks/startup_bench.py [--runs N]

Runs each command N times (default 10) in a fresh process and prints the best and
the median wall time, against a bare ``python -c pass`` (the interpreter's own
floor); then ``python -X importtime -c 'import catalog.cli'``'s total and its five
slowest modules. The goal is 0.15 s or less for both commands: SQLAlchemy, Alembic,
the reports and the extractor are imported only by the commands that use them.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time

GOAL = 0.15


def timed(argv: list[str], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def import_times() -> tuple[int, list[tuple[int, str]]]:
    """The cumulative microseconds of ``import catalog.cli`` and the slowest modules."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import catalog.cli"],
        check=True,
        capture_output=True,
        text=True,
    )
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), m.group(4), len(m.group(3))))
    total = next(cum for cum, name, _ in rows if name == "catalog.cli")
    slowest = sorted(((cum, name) for cum, name, depth in rows if depth <= 3), reverse=True)
    return total, slowest[:5]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    floor = timed([sys.executable, "-c", "pass"], args.runs)
    print(f"{'command':28} {'best':>7} {'median':>7}")
    print(f"{'python -c pass':28} {floor[0]:7.3f} {floor[1]:7.3f}")
    for argv in (["--version"], ["--help"], ["sync", "--help"]):
        best, median = timed([sys.executable, "-m", "catalog", *argv], args.runs)
        mark = "ok" if median <= GOAL else f"over the {GOAL} s goal"
        print(f"{'catalog ' + ' '.join(argv):28} {best:7.3f} {median:7.3f}  {mark}")
    total, slowest = import_times()
    print(f"\nimport catalog.cli: {total / 1e6:.3f} s cumulative; slowest modules:")
    for cum, name in slowest:
        print(f"  {cum / 1e6:7.3f} s  {name}")
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, catalog.cli; print('sqlalchemy' in sys.modules)"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    print(f"sqlalchemy imported by catalog.cli: {loaded}")


if __name__ == "__main__":
    main()
