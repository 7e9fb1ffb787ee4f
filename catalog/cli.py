"""The command line: a thin click layer over the library.

Options are parsed here, one library call does the work, and what comes back is
formatted. Domain errors become ``Error: ...`` and exit 1; usage errors exit 2.

Nothing heavy is imported at the top (SQLAlchemy, the reports, the extractor): each
command imports what it uses, so ``catalog --version`` and ``--help`` start at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO, TypeVar, cast

import click

from catalog import DEFAULT_DB, __version__
from catalog.errors import CatalogError, Interrupted
from catalog.near_duplicates import THRESHOLD_RANGE
from catalog.output import FORMATS, format_for, write_rows
from catalog.progress import Progress

if TYPE_CHECKING:
    from catalog.db import Catalog
    from catalog.reports import Filters

F = TypeVar("F", bound=Callable[..., Any])
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "auto_envvar_prefix": "CATALOG"}


class CatalogGroup(click.Group):
    """Maps domain errors to ``Error: ...`` / exit 1 once, for every command."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CatalogError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:
            # Output piped into `head` and closed: not an error.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
        except OSError as exc:
            name = f" {exc.filename}" if exc.filename else ""
            raise click.ClickException(f"cannot use{name}: {exc.strerror or exc}") from None


def _after_the_command(name: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    """Callback of a shared option given after the command's name: it sets what the
    same option before the name would have set."""

    def apply(ctx: click.Context, _param: click.Parameter, value: Any) -> None:
        if value is None or value is False:
            return
        ctx.find_root().params[name] = value
        state = ctx.find_object(State)
        if state is not None:
            setattr(state, name, value)
            if name == "db":
                state.db_given = True

    return apply


def _shared_options() -> list[click.Parameter]:
    """``--db``, ``-q`` and ``-v`` for a command or a group below the root, so that they
    work on either side of the command's name (``catalog sync DIR -v``)."""
    return [
        click.Option(
            ["--db"],
            expose_value=False,
            allow_from_autoenv=False,
            callback=_after_the_command("db"),
            help="Catalog file path or SQLAlchemy URL (as before the command).",
        ),
        click.Option(
            ["-q", "--quiet"],
            is_flag=True,
            expose_value=False,
            allow_from_autoenv=False,
            callback=_after_the_command("quiet"),
            help="Print only results and errors.",
        ),
        click.Option(
            ["-v", "--verbose"],
            is_flag=True,
            expose_value=False,
            allow_from_autoenv=False,
            callback=_after_the_command("verbose"),
            help="Print every load problem.",
        ),
    ]


class CatalogCommand(click.Command):
    """A command that takes the shared options after its name too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params.extend(_shared_options())


CatalogGroup.command_class = CatalogCommand


class CatalogSubGroup(CatalogGroup):
    """A group below the root (``catalog db``) that takes the shared options too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params.extend(_shared_options())


class State:
    """What every command shares; the catalog is opened lazily and closed at exit."""

    def __init__(self, db: str, quiet: bool, verbose: bool, db_given: bool = False) -> None:
        self.db = db
        self.quiet = quiet
        self.verbose = verbose
        # --db or $CATALOG_DB named the catalog, even as the default's own name
        self.db_given = db_given
        self._catalog: Catalog | None = None

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            from catalog.db import Catalog

            self._catalog = Catalog(self.db)
        return self._catalog

    def close(self) -> None:
        if self._catalog is not None:
            self._catalog.close()

    def info(self, message: str) -> None:
        if not self.quiet:
            click.echo(message, err=True)


pass_state = click.make_pass_decorator(State)


def text_or_json(help_text: str) -> Callable[[F], F]:
    """``--format text|json`` for the commands that print one document or summary."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["text", "json"]),
        default="text",
        show_default=True,
        help=help_text,
    )


@click.group(cls=CatalogGroup, context_settings=CONTEXT_SETTINGS)
@click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    envvar="CATALOG_DB",
    help="Catalog file path or SQLAlchemy URL (env CATALOG_DB).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print only results and errors.")
@click.option("-v", "--verbose", is_flag=True, help="Print every load problem.")
@click.version_option(__version__, "--version", prog_name="catalog")
@click.pass_context
def cli(ctx: click.Context, db: str, quiet: bool, verbose: bool) -> None:
    """Catalog news and press text dumps: who wrote what, when, for which outlet.

    \b
    Example:
      catalog sync examples/ && catalog report index
    """
    given = ctx.get_parameter_source("db") not in (None, click.core.ParameterSource.DEFAULT)
    state = State(db, quiet, verbose, db_given=given)
    ctx.obj = state
    ctx.call_on_close(state.close)


# -- shared options -------------------------------------------------------------
@dataclass(frozen=True)
class OutputSpec:
    """Where and how rows are written: ``--format``, ``-o``, ``--force``, ``--raw-csv``,
    ``--excel``."""

    fmt: str | None  # None: from the output file's suffix, else a table
    path: str | None
    raw_csv: bool
    excel: bool
    force: bool = False

    def emit(
        self, columns: Any, rows: Any, lists: tuple[str, ...] = (), *, sheet: str = "sheet"
    ) -> int:
        """Write the rows; ``lists`` are columns of names joined by "; " (arrays in JSON);
        ``sheet`` names the sheet of an xlsx workbook."""
        fmt = format_for(self.fmt, self.path)
        if fmt == "xlsx":
            return self.emit_sheets([(sheet, columns, rows)])
        width = _terminal_width() if fmt == "table" and self.path is None else None
        with _out(self.path, self.force) as fh:
            return write_rows(
                columns,
                rows,
                fmt,
                fh,
                raw_csv=self.raw_csv,
                excel=self.excel,
                lists=lists,
                width=width,
            )

    def emit_sheets(self, sheets: Any) -> int:
        """Write ``(name, columns, rows)`` reports as the sheets of one xlsx workbook."""
        from catalog.workbook import write_workbook

        if self.path is None:
            raise CatalogError("an xlsx workbook is a file: give -o FILE.xlsx")
        return sum(write_workbook(self.path, sheets, force=self.force).values())


def _terminal_width() -> int | None:
    """The width a table on stdout must fit: the terminal's, or $COLUMNS; None for a
    pipe or a file (a script gets whole cells)."""
    if "COLUMNS" not in os.environ and not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size().columns


def output_options(func: F) -> F:
    """The output options, declared once; the command gets one ``out: OutputSpec``."""

    @functools.wraps(func)
    def wrapper(
        *args: Any,
        fmt: str | None,
        output: str | None,
        force: bool,
        raw_csv: bool,
        excel: bool,
        **kw: Any,
    ) -> Any:
        return func(*args, out=OutputSpec(fmt, output, raw_csv, excel, force), **kw)

    for option in reversed(
        (
            click.option(
                "--format",
                "fmt",
                type=click.Choice(FORMATS),
                default=None,
                help="Output format  [default: from the -o file's suffix "
                "(.csv .json .jsonl .xlsx), else table]",
            ),
            click.option(
                "-o",
                "--output",
                type=click.Path(writable=True),
                help="Write to FILE (not over an existing file unless --force); "
                "report html takes a folder too.",
            ),
            click.option("--force", is_flag=True, help="Overwrite the -o file if it exists."),
            click.option(
                "--raw-csv", is_flag=True, help="Do not neutralise cells that start like a formula."
            ),
            click.option(
                "--excel", is_flag=True, help="CSV for spreadsheets: UTF-8 BOM and CRLF line ends."
            ),
        )
    ):
        wrapper = option(wrapper)
    return cast(F, wrapper)


def _date(_ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    from catalog.reports import date_bound

    if value is None:
        return None
    try:
        return date_bound(value, end=param.name == "until")
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def filter_options(func: F) -> F:
    """``--since/--until/--source/--author``, declared once; the command gets ``filters``."""

    @functools.wraps(func)
    def wrapper(
        *args: Any,
        since: dt.date | None,
        until: dt.date | None,
        source: str | None,
        author: str | None,
        **kw: Any,
    ) -> Any:
        from catalog.reports import Filters

        return func(*args, filters=Filters(since, until, source, author), **kw)

    for option in reversed(
        (
            click.option(
                "--since",
                callback=_date,
                help="Published on or after this day (YYYY-MM-DD), month (YYYY-MM) or year.",
            ),
            click.option(
                "--until",
                callback=_date,
                help="Published on or before this day, month (to its end) or year (to its end).",
            ),
            click.option(
                "--source",
                help="Only outlets whose name starts so (case-insensitive: antara takes "
                "Antara Bali).",
            ),
            click.option(
                "--author", help="Only documents by this author (titles and case folded)."
            ),
        )
    ):
        wrapper = option(wrapper)
    return cast(F, wrapper)


@contextlib.contextmanager
def _out(path: str | None, force: bool = False) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    if os.path.isdir(path):
        raise CatalogError(f"cannot write {path}: it is a folder (-o takes a file name)")
    # A file that is there is someone's earlier output; a device (/dev/null) or pipe is not.
    if not force and os.path.isfile(path):
        raise CatalogError(f"{path} exists: pass --force to overwrite it")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        yield fh


# -- sync ---------------------------------------------------------------------
class _Progress(Progress):
    """A sync's progress on stderr. On a terminal: a line redrawn in place while it
    waits for the lock or walks a folder, then click's bar with the root, files
    done/total and files/s. Without one (cron, a log file): the same news as a line
    every :attr:`INTERVAL` seconds."""

    INTERVAL = 5.0  # seconds between two lines when stderr is no terminal
    REDRAW = 0.1  # seconds between two redraws of the line on a terminal

    def __init__(self, terminal: bool) -> None:
        self.terminal = terminal
        self.bar: Any = None
        self._drawn = False  # a line drawn in place, to clear before anything else
        self._root = ""
        self._total = self._done = self._unchanged = 0
        self._started = self._last = time.monotonic()

    def _due(self) -> bool:
        now = time.monotonic()
        if now - self._last < (self.REDRAW if self.terminal else self.INTERVAL):
            return False
        self._last = now
        return True

    def _say(self, text: str) -> None:
        if self.terminal:
            click.echo(f"\r{text}\x1b[K", err=True, nl=False)
            self._drawn = True
        else:
            click.echo(text, err=True)

    def _rate(self, _item: object = None) -> str:
        seconds = time.monotonic() - self._started
        read = self._done - self._unchanged  # unchanged files are not read: no rate
        return f"{read / seconds if seconds > 0 else 0.0:,.0f} files/s"

    def waiting(self, holder: str, seconds: float) -> None:
        if self._due():
            self._say(f"waiting for another sync ({holder}): {seconds:.0f} s")

    def walking(self, root: str, found: int) -> None:
        if self._due():
            self._say(f"{_short(root) if self.terminal else root}: {found:,} files found")

    def reading(self, root: str, total: int, done: int) -> None:
        self.close()
        self._root, self._total, self._done, self._unchanged = root, total, done, done
        self._started = time.monotonic()
        if self.terminal and total:
            self.bar = click.progressbar(
                length=total,
                label=_short(root),
                file=sys.stderr,
                show_pos=True,
                item_show_func=self._rate,
            )
            self.bar.__enter__()
            self.bar.update(done)
        else:
            self.step(0)

    def step(self, n: int = 1) -> None:
        self._done += n
        if self.bar is not None:
            self.bar.update(n)
        elif not self.terminal and self._due():
            click.echo(
                f"{self._root}: {self._done:,} of {self._total:,} files ({self._rate()})",
                err=True,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
        if self._drawn:
            click.echo("\r\x1b[K", err=True, nl=False)
            self._drawn = False


def _short(root: str, width: int = 32) -> str:
    """A root as a label: its end, where the folders differ, when it is long."""
    return root if len(root) <= width else "…" + root[-(width - 1) :]


@cli.command()
@click.argument("dirs", nargs=-1, required=True, type=click.Path())
@click.option(
    "--glob",
    "patterns",
    multiple=True,
    default=("*.txt",),
    show_default=True,
    help="File names to take; repeat for several (--glob '*.html' --glob '*.jsonl.gz').",
)
@click.option(
    "--case-sensitive",
    is_flag=True,
    help="Globs match case exactly (by default '*.txt' takes BERITA.TXT too).",
)
@click.option("--prune", is_flag=True, help="Delete rows of files that are missing.")
@click.option(
    "--allow-overlap",
    is_flag=True,
    help="Sync a folder inside or above a root the catalog holds (its files count twice).",
)
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.option("--follow-symlinks", is_flag=True, help="Follow symlinks that stay inside the root.")
@click.option(
    "--max-bytes",
    type=click.IntRange(1024),
    default=2 * 1024 * 1024,
    show_default=True,
    help="Read at most this much of a file for extraction (the hash covers all of it).",
)
@click.option(
    "--jobs", type=click.IntRange(0), default=0, help="Worker processes (0: one per core)."
)
@click.option(
    "--batch",
    type=click.IntRange(1),
    default=500,
    show_default=True,
    help="Files per transaction; an interrupted sync keeps every finished batch.",
)
@click.option(
    "--wait",
    type=click.FloatRange(0),
    default=0.0,
    show_default=True,
    help="Seconds to wait for another sync of this catalog to finish.",
)
@click.option(
    "--no-profiles",
    is_flag=True,
    help="Do not learn each site's furniture (lines its pages repeat); read pages as alone.",
)
@text_or_json("The summary as text lines or one JSON array (problems listed in it).")
@pass_state
def sync(
    state: State,
    dirs: tuple[str, ...],
    patterns: tuple[str, ...],
    case_sensitive: bool,
    prune: bool,
    allow_overlap: bool,
    dry_run: bool,
    follow_symlinks: bool,
    max_bytes: int,
    jobs: int,
    batch: int,
    wait: float,
    no_profiles: bool,
    fmt: str,
) -> None:
    """Sync folders of text dumps into the catalog (created on first use).

    Unchanged files are not read again; changed files are re-parsed, moved files
    keep their row, vanished files are marked missing. Plain text (*.txt) is
    taken unless --glob says otherwise; .html/.htm pages, .jsonl crawl dumps
    (one document per line, FILE#N) and .gz of any of these are read by format.
    Progress goes to stderr (-q: none): a bar on a terminal, else a line every
    few seconds.

    Each site's furniture (menus, share rows, clocks, footers: lines many of its
    pages repeat) is learned from a sample of its pages and kept in the catalog;
    a site is a page's URL host, else its first folder under the root. When a
    site's furniture changes, its pages are read again in the same sync.

    \b
    Example:
      catalog sync ~/crawl/infopublik ~/crawl/antara
      catalog sync --glob '*.html' --glob '*.jsonl.gz' ~/crawl/web
    """
    from catalog.sync import SyncOptions, sync_catalog

    options = SyncOptions(
        pattern=patterns,
        prune=prune,
        dry_run=dry_run,
        follow_symlinks=follow_symlinks,
        max_bytes=max_bytes,
        jobs=jobs,
        batch=batch,
        ignore_case=not case_sensitive,
        allow_overlap=allow_overlap,
        profiles=not no_profiles,
    )
    progress = None if state.quiet else _Progress(sys.stderr.isatty())
    try:
        results = sync_catalog(
            state.catalog, dirs, options, wait=wait, progress=progress, signals=True
        )
    except Interrupted as exc:
        click.echo(f"Interrupted: {exc.stored:,} files stored; run sync again to finish", err=True)
        click.get_current_context().exit(128 + exc.signum)
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=2))
    for r in results:
        for path, stage, message in r.problems if state.verbose and fmt == "text" else []:
            click.echo(f"  {path}: {stage}: {message}", err=True)
        if fmt == "text":
            prefix = "dry run: " if dry_run else ""
            click.echo(
                prefix
                + r.summary()
                + ("" if state.verbose or not r.problems else " (-v lists problems)")
            )
            for note in r.notes():
                click.echo(prefix + note)
        if r.nothing_matched:
            # Even with -q: a sync that took nothing is what a cron job must not miss.
            click.echo(f"{r.root}: {r.nothing_matched}", err=True)
        if r.moved_from is not None and fmt == "text":
            m = r.moved_from
            click.echo(
                f"{r.root}: {m.matched} of the {m.total} documents of {m.old}, whose folder is "
                f"gone, are here (same paths and contents): `catalog roots move {m.old} "
                f"{r.root}` keeps their ids, evidence and history"
            )


# -- roots and forget -----------------------------------------------------------
@cli.group(cls=CatalogSubGroup, invoke_without_command=True)
@output_options
@click.pass_context
def roots(ctx: click.Context, out: OutputSpec) -> None:
    """List the sync roots: documents present and missing, last sync, folder on disk.

    \b
    Example:
      catalog roots
      catalog roots --format json
      catalog roots move ~/crawl/devA ~/crawl/devB
    """
    if ctx.invoked_subcommand is not None:
        return
    from catalog.db import read_snapshot, translate_errors
    from catalog.roots import ROOTS_COLUMNS, list_roots

    state: State = ctx.obj
    state.catalog.open()
    with translate_errors(state.catalog.display), read_snapshot(state.catalog) as conn:
        out.emit(ROOTS_COLUMNS, (info.row() for info in list_roots(conn)), sheet="roots")


@roots.command("move")
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path(exists=True, file_okay=False))
@pass_state
def roots_move(state: State, old: str, new: str) -> None:
    """Move a root whose folder was moved or renamed: its documents keep their ids,
    evidence and history under NEW.

    OLD must be gone from disk. Documents a sync of NEW already added as new
    at the same paths are dropped for the older rows; sync NEW afterwards to
    read any file that changed.

    \b
    Example:
      catalog roots move ~/crawl/devA ~/crawl/devB
    """
    from catalog.db import translate_errors
    from catalog.locking import sync_lock
    from catalog.records import sync_roots
    from catalog.roots import move, resolve_root
    from catalog.sync.discover import printable
    from catalog.sync.overlap import check_overlap

    catalog = state.catalog
    catalog.open()
    target = os.path.realpath(new)
    if printable(target) != target:
        raise CatalogError(f"cannot move to {printable(target)}: its name is not UTF-8 (rename it)")
    with translate_errors(catalog.display), sync_lock(catalog), catalog.session() as session:
        known = resolve_root(session, old)
        if os.path.isdir(known):
            raise CatalogError(
                f"{known} is still there: `roots move` is for a folder that was moved or "
                f"renamed (sync {new} as a root of its own, or `catalog forget {known}`)"
            )
        if known == target:
            raise CatalogError(f"{known} and {new} are the same folder")
        check_overlap([target], [r for r in sync_roots(session) if r not in (known, target)])
        done = move(session, known, target)
    replaced = f", {done.replaced} copies from its sync dropped" if done.replaced else ""
    click.echo(f"moved {done.documents} documents from {done.old} to {done.new}{replaced}")
    if done.stale:
        click.echo(
            f"{done.stale} of them differ from or are not in {done.new}: "
            f"run `catalog sync {done.new}`"
        )


@cli.command()
@click.argument("root", type=click.Path())
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_state
def forget(state: State, root: str, yes: bool) -> None:
    """Remove a sync root and everything only it holds (the folder is not touched).

    Its documents with their credits and evidence, its sync runs and load
    problems, and the people and sources no other document names. Works on a
    root whose folder is gone.

    \b
    Example:
      catalog forget ~/crawl/old-infopublik
      catalog forget --yes /mnt/lama/antara
    """
    from catalog.db import translate_errors
    from catalog.locking import sync_lock
    from catalog.roots import forget as forget_root
    from catalog.roots import list_roots, resolve_root

    catalog = state.catalog
    catalog.open()
    with translate_errors(catalog.display), sync_lock(catalog), catalog.session() as session:
        known = resolve_root(session, root)
        (info,) = [i for i in list_roots(session) if i.root == known]
        if not yes:
            click.confirm(
                f"Forget {known} and its {info.present + info.missing} documents"
                f" ({info.missing} of them missing on disk)?",
                abort=True,
                err=True,
            )
        done = forget_root(session, known)
    click.echo(f"forgot {done.root}: {done.documents} documents, {done.runs} sync runs")


# -- report -------------------------------------------------------------------


@cli.command()
@click.argument(
    "name",
    type=click.Choice(
        ["index", "authors", "editors", "sources", "months", "duplicates", "sites", "all", "html"]
    ),
)
@click.option(
    "--threshold",
    type=click.FloatRange(*THRESHOLD_RANGE),
    default=None,
    help="duplicates: how alike two texts must be (word-shingle Jaccard, estimated). [0.8]",
)
@click.option(
    "--lang",
    type=click.Choice(["id", "en"]),
    default=None,
    help="html: headings and labels in Indonesian (the default) or English.",
)
@filter_options
@output_options
@pass_state
def report(
    state: State,
    name: str,
    threshold: float | None,
    lang: str | None,
    filters: Filters,
    out: OutputSpec,
) -> None:
    """Print a report: index, authors, editors, sources, months, duplicates or sites; or
    write all of them into one workbook (all) or one web page with charts (html).

    duplicates lists groups of documents whose text is the same or nearly so (one
    release syndicated by several outlets), one row per member, earliest first.
    sites lists each site of each root (a URL host, else a first folder) with its
    documents and the lines its pages repeat (menus, clocks, footers), which
    extraction treats as the site's furniture, most frequent first.
    all writes every report as a sheet of an xlsx workbook. html writes a page
    that opens offline in any browser: a summary, charts, the index and every
    document with its evidence (-o a folder, or a .html file).

    \b
    Example:
      catalog report index --format csv -o index.csv
      catalog report authors --since 2024-01-01 --source InfoPublik
      catalog report duplicates --since 2024-01-01 --format csv
      catalog report sites --format json
      catalog report all --since 2024-01 --until 2024-06 -o laporan.xlsx
      catalog report html --since 2024 -o laporan.html
    """
    from catalog.db import read_snapshot, translate_errors
    from catalog.reports import THRESHOLD, every_report, run_report

    if threshold is not None and name not in ("duplicates", "all"):
        raise click.UsageError("--threshold is for the duplicates report")
    if lang is not None and name != "html":
        raise click.UsageError("--lang is for the html report")
    if name == "html":
        return _html_report(state, filters, lang or "id", out)
    if name == "all" and (out.path is None or format_for(out.fmt, out.path) != "xlsx"):
        raise CatalogError("report all writes a workbook: give -o FILE.xlsx")
    state.catalog.open()
    # One snapshot: the people, sources and duplicates reports read in several
    # statements, and a sync may commit between them.
    with translate_errors(state.catalog.display), read_snapshot(state.catalog) as conn:
        limit = threshold if threshold is not None else THRESHOLD
        if name == "all":
            rows = out.emit_sheets(every_report(conn, filters, limit))
            state.info(f"wrote {out.path} ({rows} rows)")
            return None
        rep = run_report(conn, name, filters, limit)
        out.emit(rep.columns, rep.rows, rep.lists, sheet=name)
    return None


def _html_report(state: State, filters: Filters, lang: str, out: OutputSpec) -> None:
    """``catalog report html``: the page (or folder of pages) at ``-o``."""
    from catalog.db import read_snapshot, translate_errors
    from catalog.html_report import write_html_report

    if out.path is None:
        raise CatalogError("report html writes files: give -o laporan.html or -o a folder/")
    if out.fmt is not None:
        raise click.UsageError("--format is not for report html: -o names the file or folder")
    state.catalog.open()
    with translate_errors(state.catalog.display), read_snapshot(state.catalog) as conn:
        written = write_html_report(conn, out.path, filters, lang=lang, force=out.force)
    state.info(f"wrote {written.describe()}")


# -- search -------------------------------------------------------------------
@cli.command()
@click.argument("words")
@filter_options
@click.option(
    "--limit", type=click.IntRange(1), default=50, show_default=True, help="At most N hits."
)
@click.option("--raw", is_flag=True, help="WORDS is an FTS5 query (AND, OR, NOT, NEAR, prefix*).")
@output_options
@pass_state
def search(
    state: State, words: str, filters: Filters, limit: int, raw: bool, out: OutputSpec
) -> None:
    """Full-text search over titles, leads and bodies, best match first, with snippets.

    \b
    Example:
      catalog search "banjir rob" --since 2024-01-01 --source ANTARA
      catalog search --raw 'sagu NEAR(panen, 5)'
    """
    from catalog.db import translate_errors
    from catalog.search import search as run_search

    engine = state.catalog.open()
    with translate_errors(state.catalog.display), engine.connect() as conn:
        rep = run_search(conn, words, filters, limit=limit, raw=raw)
        out.emit(rep.columns, rep.rows, rep.lists, sheet="search")


# -- query --------------------------------------------------------------------
@cli.command()
@click.argument("sql")
@click.option(
    "-p",
    "--param",
    "params",
    nargs=2,
    multiple=True,
    metavar="NAME VALUE",
    help="Bind :NAME to VALUE (repeatable).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0),
    default=10.0,
    show_default=True,
    help="Cancel the query after this many seconds (0: no limit).",
)
@click.option("--limit", type=click.IntRange(1), help="Print at most this many rows.")
@output_options
@pass_state
def query(
    state: State,
    sql: str,
    params: tuple[tuple[str, str], ...],
    timeout: float,
    limit: int | None,
    out: OutputSpec,
) -> None:
    """Run one read-only SQL statement on the catalog.

    Writes of any kind are refused. The tables and the v_* report views are
    described in docs/schema.md.

    \b
    Example:
      catalog query "SELECT path, title FROM v_index WHERE source = :s" -p s InfoPublik
    """
    from catalog.query import run_query

    result = run_query(state.catalog, sql, dict(params), timeout=timeout, limit=limit)
    out.emit(result.columns, result.rows, sheet="query")


# -- show ---------------------------------------------------------------------
@cli.command()
@click.argument("path")
@click.option(
    "--root", help="The sync root the path is under, when several roots hold the same path."
)
@text_or_json("Plain text, or one JSON object (names as arrays, evidence per field).")
@pass_state
def show(state: State, path: str, root: str | None, fmt: str) -> None:
    """Print one document's fields with the evidence for each.

    PATH is relative to its sync root, ROOT/PATH, or a file on disk.

    \b
    Example:
      catalog show infopublik/bimtek_arsip_digital.txt
      catalog show ~/crawl/antara/a.txt
      catalog show --root ~/crawl/antara a.txt
    """
    from catalog.show import show_document

    click.echo(show_document(state.catalog, path, root, as_json=fmt == "json"), nl=False)


# -- serve ----------------------------------------------------------------------
@cli.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8001,
    show_default=True,
    help="Port on 127.0.0.1 (0: any free one).",
)
@click.option(
    "--print-metadata",
    is_flag=True,
    help="Print the Datasette metadata (JSON) for this catalog and exit.",
)
@pass_state
def serve(state: State, port: int, print_metadata: bool) -> None:
    """Browse the catalog in Datasette on 127.0.0.1 (needs the web extra).

    Documents are labelled by path, the report views sorted as the reports are,
    body and signature columns hidden, a query for each report with the same
    filters (since, until, source, author), the duplicates report at
    /-/catalog/duplicates (.json too), facets on kind, source and month,
    full-text search on documents. Install with: pip install 'catalog[web]'.

    \b
    Example:
      catalog serve                      # then open http://127.0.0.1:8001/
      catalog serve --print-metadata > metadata.json
    """
    import json

    from catalog.web import metadata
    from catalog.web import serve as run_server

    cat = state.catalog
    if not cat.is_sqlite:
        raise CatalogError("catalog serve is for SQLite catalogs: Datasette reads SQLite files")
    if print_metadata:
        click.echo(json.dumps(metadata(cat.display), ensure_ascii=False, indent=2))
        return
    if not cat.exists():
        raise CatalogError(f"no catalog at {cat.display}")
    cat.open()  # the schema must be current, as for every command
    cat.close()
    run_server(cat.display, port)


# -- evaluate -----------------------------------------------------------------
@cli.command()
@click.argument("labels", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--root",
    type=click.Path(exists=True, file_okay=False),
    help="Folder of the labelled files (default: the labels file's folder).",
)
@click.option("--min-precision", type=click.FloatRange(0, 1), default=0.0, help="Fail below this.")
@click.option("--min-recall", type=click.FloatRange(0, 1), default=0.0, help="Fail below this.")
@click.option(
    "--mismatches/--no-mismatches", default=True, show_default=True, help="List every mismatch."
)
@click.option(
    "--cross-validate",
    "folds",
    type=click.IntRange(2, 50),
    help="Fit the scorer on K-1 groups of sites and measure the held-out group, K times "
    "(needs the fit extra: scikit-learn).",
)
@click.option(
    "--seeds",
    type=click.IntRange(1, 20),
    default=1,
    show_default=True,
    help="With --cross-validate: repeat it with the furnished copies drawn from N seeds "
    "and print pages fully right for each.",
)
@text_or_json("Plain text, or one JSON object (scores, mismatches with names as arrays).")
@pass_state
def evaluate(
    state: State,
    labels: str,
    root: str | None,
    min_precision: float,
    min_recall: float,
    mismatches: bool,
    folds: int | None,
    seeds: int,
    fmt: str,
) -> None:
    """Measure extraction against a labelled sample (labels.jsonl).

    Syncs the labelled files, and no other file of --root, into a throwaway
    catalog (or the one given with --db), compares the index with the labels
    and prints every mismatch, then per-field precision and recall, kind
    accuracy and pages fully right. A labelled file that is missing, or a
    label key outside the schema, is an error naming it. With
    --cross-validate K it prints the same table for pages whose site (the
    registrable domain of each label's url) was never used to fit the scorer;
    --seeds N repeats that with other random furniture on the fitting copies.
    Exits 1 when a floor is missed (kind accuracy included).

    \b
    Examples:
      catalog evaluate sample/labels.jsonl --min-precision 0.97 --min-recall 0.95
      catalog evaluate sample/labels.jsonl --cross-validate 5 --seeds 4
    """
    from catalog.sample_evaluation import evaluate as run_evaluate

    text, ok = run_evaluate(
        labels,
        root,
        db=state.db if state.db_given else None,
        folds=folds,
        seeds=seeds,
        min_precision=min_precision,
        min_recall=min_recall,
        show_mismatches=mismatches,
        as_json=fmt == "json",
    )
    click.echo(text, nl=False)
    if not ok:
        raise click.ClickException(
            f"below the floors (precision {min_precision:g}, recall {min_recall:g})"
        )


# -- check and backup -----------------------------------------------------------
@cli.command()
@text_or_json("Plain text, or one JSON object (every finding with all its details).")
@pass_state
def check(state: State, fmt: str) -> None:
    """Check the catalog: integrity, foreign keys, orphan rows, files on disk vs catalog.

    Exits 1 when anything is wrong. Files on disk the catalog does not hold yet
    (of the kinds its documents are) are noted, not counted as problems.

    \b
    Example:
      catalog check
    """
    from catalog.maintenance import check as run_check

    result = run_check(state.catalog)
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(result.lines))
    if result.problems:
        raise CatalogError(f"{result.problems} problems found")


@cli.command()
@click.argument("dest", type=click.Path())
@click.option("--force", is_flag=True, help="Overwrite DEST if it exists.")
@pass_state
def backup(state: State, dest: str, force: bool) -> None:
    """Write a consistent copy of the catalog to DEST while others keep reading.

    \b
    Example:
      catalog backup backups/catalog-2024-09-19.db
    """
    from catalog.maintenance import backup as run_backup

    target = run_backup(state.catalog, dest, force=force)
    state.info(f"backed up {state.catalog.display} to {target}")


# -- export and import -----------------------------------------------------------
@cli.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl"]),
    default="jsonl",
    show_default=True,
    help="Export format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to FILE (not over an existing file unless --force).",
)
@click.option("--force", is_flag=True, help="Overwrite the -o file if it exists.")
@pass_state
def export_cmd(state: State, fmt: str, output: str | None, force: bool) -> None:
    """Write the whole catalog, ids and all, as JSON lines (for `catalog import`).

    Moves a catalog between SQLite and PostgreSQL with nothing lost.

    \b
    Example:
      catalog --db catalog.db export -o catalog.jsonl
    """
    from catalog.transfer import export_jsonl

    with _out(output, force) as fh:
        counts = export_jsonl(state.catalog, fh)
    state.info(f"exported {_counted(counts)} from {state.catalog.display}")


@cli.command("import")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@pass_state
def import_cmd(state: State, file: TextIO) -> None:
    """Load a `catalog export` file into an empty catalog (created if new).

    A catalog that already holds rows is refused; the import is one
    transaction, so a failed one leaves the catalog empty, and a cut-off file
    is an error naming the line where it stops.

    \b
    Example:
      catalog --db postgresql+psycopg://me@dbhost/news import catalog.jsonl
    """
    from catalog.transfer import import_jsonl

    result = import_jsonl(state.catalog, file, name=file.name)
    state.info(f"imported {_counted(result.rows)} into {state.catalog.display}")
    if result.nul_stripped:
        state.info(f"dropped NUL characters from {result.nul_stripped} values")


def _counted(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {table}" for table, n in counts.items())


# -- db -----------------------------------------------------------------------
@cli.group(cls=CatalogSubGroup)
def db() -> None:
    """Manage the catalog's schema (Alembic migrations).

    \b
    Example:
      catalog db upgrade
    """


@db.command("upgrade")
@click.argument("revision", default="head")
@pass_state
def db_upgrade(state: State, revision: str) -> None:
    """Upgrade the schema to REVISION (default: head), creating the catalog if needed.

    \b
    Example:
      catalog --db archive.db db upgrade
    """
    from catalog.db import current_revision, translate_errors, upgrade

    cat = state.catalog
    with translate_errors(cat.display), _alembic_errors():
        upgrade(cat.engine, revision)
        state.info(f"{cat.display}: at revision {current_revision(cat.engine)}")


@db.command("downgrade")
@click.argument("revision")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_state
def db_downgrade(state: State, revision: str, yes: bool) -> None:
    """Downgrade the schema to REVISION ('base' removes every table).

    Asks first, naming the revisions it would undo and, for 'base', the
    documents that would go (--yes for scripts); then says what it removed.

    \b
    Example:
      catalog db downgrade 0001
      catalog db downgrade --yes base
    """
    from catalog.db import current_revision, translate_errors
    from catalog.downgrade import plan_downgrade, run_downgrade

    cat = state.catalog
    if not cat.exists():
        raise CatalogError(f"no catalog at {cat.display}")
    with translate_errors(cat.display), _alembic_errors():
        plan = plan_downgrade(cat.engine, revision)
        if not plan.undone:
            state.info(f"{cat.display}: at revision {plan.current or 'none'}, nothing to undo")
            return
        if not yes:
            click.confirm(plan.question(cat.display), abort=True, err=True)
        removed = run_downgrade(cat.engine, plan)
        click.echo(
            f"{cat.display}: at revision {current_revision(cat.engine) or 'none'}; "
            f"{removed.describe()}"
        )


@db.command("current")
@pass_state
def db_current(state: State) -> None:
    """Print the catalog's schema revision and whether it is at head.

    \b
    Example:
      catalog db current
    """
    from catalog.db import current_revision, head_revision, translate_errors

    cat = state.catalog
    if not cat.exists():
        raise CatalogError(f"no catalog at {cat.display}")
    with translate_errors(cat.display):
        current = current_revision(cat.engine)
    head = head_revision()
    mark = "(head)" if current == head else f"(head is {head}: run `catalog db upgrade`)"
    click.echo(f"{current or 'none'} {mark}")


@db.command("history")
def db_history() -> None:
    """List the schema revisions, newest first.

    \b
    Example:
      catalog db history
    """
    from alembic.script import ScriptDirectory

    from catalog.db import alembic_config

    for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions():
        click.echo(f"{rev.down_revision or 'base'} -> {rev.revision}: {rev.doc}")


@contextlib.contextmanager
def _alembic_errors() -> Iterator[None]:
    from alembic.util import CommandError

    try:
        yield
    except CommandError as exc:
        raise CatalogError(str(exc)) from None


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="catalog")
