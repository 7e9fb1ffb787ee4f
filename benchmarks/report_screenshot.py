"""A screenshot of the HTML report's summary page, to look at without running anything else.

    python benchmarks/report_screenshot.py [-o report-summary.png] [--db CATALOG] [--lang en]

Without ``--db`` it syncs the bundled ``examples/`` into a throwaway catalog.
The report is written with ``catalog report html`` into a temporary folder,
opened in headless Chromium (``benchmarks/headless.py``; Debian's ``chromium``
package) and the whole summary page is saved as a PNG. Console errors on the
page make the script exit 1.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import headless  # noqa: E402


def catalog(db: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "catalog", "--db", str(db), "-q", *args], check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-o", "--output", type=Path, default=Path("report-summary.png"))
    ap.add_argument("--db", type=Path, help="catalog to report on (default: examples/, synced)")
    ap.add_argument("--lang", choices=("id", "en"), default="id")
    ap.add_argument("--width", type=int, default=1200, help="browser window width in pixels")
    args = ap.parse_args(argv)
    if headless.find_chromium() is None:
        print("no chromium on the PATH (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="report_screenshot_") as tmp:
        db = args.db or Path(tmp) / "catalog.db"
        if args.db is None:
            catalog(db, "sync", str(REPO / "examples"))
        page_path = Path(tmp) / "laporan.html"
        catalog(db, "report", "html", "--lang", args.lang, "-o", str(page_path))
        with headless.Browser() as browser:
            page = browser.open(page_path.as_uri(), width=args.width)
            # The summary and the charts: the page down to the index's heading.
            bottom = page.evaluate(
                "Math.ceil(document.getElementById('index').getBoundingClientRect().top"
                " + window.scrollY + 200)"
            )
            page.send(
                "Emulation.setDeviceMetricsOverride",
                {"width": args.width, "height": bottom, "deviceScaleFactor": 1, "mobile": False},
            )
            page.screenshot(args.output, full_page=False)
            if page.errors:
                print("\n".join(page.errors), file=sys.stderr)
                return 1
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
