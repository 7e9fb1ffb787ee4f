"""One sync of one root: discover → decide → profile → read + extract (workers) → store → record.

Reading and extraction run in worker processes; this process is the single
writer. ``dry_run`` swaps the writer for one that only counts.

The profile stage learns each site's furniture (catalog.sites) before anything
is extracted: workers read a bounded sample of the new files of each site (at
most SAMPLE_PAGES a site, fewer when its stored sample is nearly full) and send
back their lines; the counts join the stored ones and are committed at once.
Every page is then extracted with its site's profile, handed to the workers
when the pool starts. A page whose site's furniture changed since it was
extracted is read again in the same sync.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.pool
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, TypeVar

from sqlalchemy.orm import Session

from catalog.errors import CatalogError, Interrupted
from catalog.extract import Profile, extract
from catalog.loaders import DEFAULT_MAX_BYTES, Loaded, LoadError, loader_for, names_url
from catalog.progress import Progress
from catalog.records import DocumentData, Known, sync_roots
from catalog.similarity import bands, signature
from catalog.sites import SAMPLE_PAGES, SiteState, folder_of, page_lines, site_of
from catalog.store import Store, Writer
from catalog.sync.discover import (
    FileStat,
    WalkProblem,
    listed,
    nothing_matched,
    printable,
    walk,
)
from catalog.sync.merge import combine
from catalog.sync.moved import Match, vanished_match
from catalog.sync.overlap import check_overlap
from catalog.sync.plan import Plan, make_plan

BATCH = 500
PARALLEL_THRESHOLD = 200  # below this many files, workers cost more than they save
CHUNK = 32  # files per message to a worker
IN_FLIGHT = 2048  # files read but not yet stored, at most
# The profile stage reads at most this much of HTML pages and crawl dumps per folder.
SAMPLE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class SyncOptions:
    pattern: str | tuple[str, ...] = "*.txt"  # file-name glob(s); a file matching any is taken
    prune: bool = False
    dry_run: bool = False
    follow_symlinks: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 0  # 0: one per core
    batch: int = BATCH  # files per transaction
    ignore_case: bool = True  # globs match BERITA.TXT too
    allow_overlap: bool = False  # a root inside or above another root is refused unless set
    # Only these files (relative to the root; no walk, no glob), e.g. the labelled ones
    # of ``catalog evaluate``: the catalog's other documents of the root are left alone.
    files: tuple[str, ...] | None = None
    # Learn each site's furniture and extract with it; off, pages read as with no profile
    # (the baseline of benchmarks/sync_bench.py, or a crawl whose sites share nothing).
    profiles: bool = True


@dataclass
class SyncResult:
    root: str
    run_id: int | None = None
    added: int = 0
    changed: int = 0
    moved: int = 0
    unchanged: int = 0
    missing: int = 0
    failed: int = 0
    pruned: int = 0
    warnings: int = 0
    stored: int = 0  # files whose results are committed
    nothing_matched: str | None = None  # what was there instead, when no file matched
    # A root whose folder is gone and whose files this root holds: it moved here.
    moved_from: Match | None = None
    seconds: float = 0.0
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # path, stage, message
    # Unchanged pages read again because their site's furniture changed: site -> pages.
    reread: dict[str, int] = field(default_factory=dict)
    sampled: int = 0  # pages counted into site profiles

    def notes(self) -> list[str]:
        """One line per site whose pages were read again."""
        return [
            f"{self.root}: re-read {n} pages of site {site}: its furniture changed"
            for site, n in sorted(self.reread.items())
        ]

    def counts(self) -> dict[str, int]:
        return {
            k: getattr(self, k)
            for k in ("added", "changed", "moved", "unchanged", "missing", "failed")
        }

    def summary(self) -> str:
        parts = ", ".join(f"{v} {k}" for k, v in self.counts().items())
        extra = f", {self.pruned} pruned" if self.pruned else ""
        return f"{self.root}: {parts}{extra} in {self.seconds:.1f} s"

    def as_dict(self) -> dict[str, object]:
        """The result as JSON values (``catalog sync --format json``); problems as a list."""
        moved = self.moved_from
        return {
            "root": self.root,
            "run_id": self.run_id,
            **self.counts(),
            "pruned": self.pruned,
            "warnings": self.warnings,
            "seconds": round(self.seconds, 3),
            "nothing_matched": self.nothing_matched,
            "reread": dict(sorted(self.reread.items())),
            "moved_from": None
            if moved is None
            else {"root": moved.old, "matched": moved.matched, "total": moved.total},
            "problems": [
                {"path": path, "stage": stage, "message": message}
                for path, stage, message in self.problems
            ],
        }


class Parsed(NamedTuple):
    """One document as a worker sends it back: plain values, cheap to pickle."""

    rel: str  # the document's address: the file, or ``file#N`` for a record
    data: DocumentData | None
    warnings: tuple[str, ...] = ()
    stage: str = ""
    error: str = ""


class FileParsed(NamedTuple):
    """What a worker sends back for one file: its documents, and whether it was read to the end.

    Only a file read to its end tells which of its known records are gone.
    """

    rel: str
    docs: tuple[Parsed, ...]
    complete: bool


# In each worker (and in this process when it reads alone): the furniture of each
# site of the root being synced, with its version; set once per pool, not per job.
_PROFILES: dict[str, tuple[Profile, str]] = {}


def _document(f: FileStat, address: str, line: int | None, loaded: Loaded) -> Parsed:
    site = site_of(f.rel, loaded.url)
    profile, version = _PROFILES.get(site, (None, None)) if site is not None else (None, None)
    try:
        record = combine(extract(loaded.text, profile=profile), loaded.meta)
        # The near-duplicate signature is made here, in the worker, not by the single writer.
        minhash = None if record.kind == "listing" else signature(record.body)
        hashes = None if minhash is None else bands(minhash)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
        return Parsed(address, None, loaded.warnings, stage="extract", error=error)
    data = DocumentData(
        address,
        f.size,
        f.mtime_ns,
        loaded.content_hash,
        record,
        loaded.url,
        line,
        minhash,
        site,
        version,
        hashes,
    )
    return Parsed(address, data, loaded.warnings)


def _read_chunk(jobs: list[tuple[FileStat, int]]) -> list[FileParsed]:
    """A worker's share: one message of CHUNK files there, one of results back."""
    return [read_and_extract(job) for job in jobs]


def read_and_extract(job: tuple[FileStat, int]) -> FileParsed:
    """Worker: read one file and extract the metadata of each document in it. Never raises."""
    f, max_bytes = job
    try:
        loaded = loader_for(f.abspath)(f.abspath, max_bytes)
    except LoadError as exc:
        return FileParsed(f.rel, (Parsed(f.rel, None, stage="read", error=str(exc)),), False)
    except Exception as exc:  # a loader bug must not stop the sync
        error = f"{type(exc).__name__}: {exc}"
        return FileParsed(f.rel, (Parsed(f.rel, None, stage="read", error=error),), False)
    if isinstance(loaded, Loaded):
        return FileParsed(f.rel, (_document(f, f.rel, None, loaded),), True)
    docs: list[Parsed] = []
    for part in loaded.parts:
        address = f"{f.rel}#{part.line}"
        if part.loaded is None:
            docs.append(Parsed(address, None, part.warnings, stage="read", error=part.error))
        else:
            docs.append(_document(f, address, part.line, part.loaded))
    if loaded.error:
        docs.append(Parsed(f.rel, None, stage="read", error=loaded.error))
    return FileParsed(f.rel, tuple(docs), not loaded.error)


def sample_file(job: tuple[FileStat, int]) -> list[tuple[str, dict[str, str]]]:
    """Worker, profile stage: the site and :func:`~catalog.sites.page_lines` of each
    document of one file. Never raises: a file that cannot be read counts nothing
    (the read stage reports it)."""
    f, max_bytes = job
    try:
        loaded = loader_for(f.abspath)(f.abspath, max_bytes)
    except Exception:
        return []
    docs = [loaded] if isinstance(loaded, Loaded) else [p.loaded for p in loaded.parts if p.loaded]
    out = []
    for doc in docs:
        site = site_of(f.rel, doc.url)
        if site is not None:
            out.append((site, page_lines(doc.text)))
    return out


def _sample_chunk(jobs: list[tuple[FileStat, int]]) -> list[list[tuple[str, dict[str, str]]]]:
    return [sample_file(job) for job in jobs]


T = TypeVar("T")


def _parse_all(
    jobs: Iterable[tuple[FileStat, int]],
    count: int,
    workers: int,
    profiles: Mapping[str, tuple[Profile, str]] | None,
    one: Callable[[tuple[FileStat, int]], T],
    chunked: Callable[[list[tuple[FileStat, int]]], list[T]],
) -> Generator[T, None, None]:
    """Read and extract the ``count`` jobs, results in the order of the jobs.

    ``one`` does a job, ``chunked`` a list of them in a worker; ``profiles`` are the
    sites' furniture, given to each worker once, when it starts.
    """
    if workers <= 1 or count < PARALLEL_THRESHOLD:
        _PROFILES.clear()
        _PROFILES.update(profiles or {})
        try:
            yield from map(one, jobs)
        finally:
            _PROFILES.clear()
        return
    # Pool.imap feeds every job at once and queues results without limit: when
    # the writer is slower than the workers, parsed files pile up in memory.
    # A semaphore keeps at most IN_FLIGHT files between reading and storing.
    window = threading.Semaphore(IN_FLIGHT)
    stop = threading.Event()

    def feed() -> Iterator[list[tuple[FileStat, int]]]:
        # chunks made here, not by imap(chunksize=...), whose iterator cannot wait
        # with a timeout (below)
        chunk: list[tuple[FileStat, int]] = []
        for job in jobs:
            window.acquire()
            if stop.is_set():
                return
            chunk.append(job)
            if len(chunk) == CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    pool: multiprocessing.pool.Pool | None = None
    finished = False
    try:
        with _signals_for_main_thread_only():
            pool = ctx.Pool(workers, initializer=_worker_start, initargs=(dict(profiles or {}),))
        results = pool.imap(chunked, feed())
        while True:
            try:
                # never an endless wait: a signal that lands just before the main thread
                # goes to sleep on a lock is only handled once the wait ends
                chunk = results.next(timeout=0.5)
            except multiprocessing.TimeoutError:
                continue
            except StopIteration:
                break
            for parsed in chunk:
                # an interrupt raised inside release() could leave its lock taken, and
                # the release below would then wait on it forever
                with interrupts_deferred():
                    window.release()
                yield parsed
        finished = True
    finally:
        # Stopped early (an interrupt, an error in the writer): the pool's task
        # thread may wait in feed() for room that will never be made. Let it out.
        stop.set()
        window.release()
        if pool is not None and finished:
            pool.close()
            pool.join()
        elif pool is not None:
            _abandon(pool)


def _abandon(pool: multiprocessing.pool.Pool) -> None:
    """End the workers at once, without the pool's own terminate().

    A signal sent to the whole process group (Ctrl-C, ``kill -TERM -PGID``) reaches
    the workers too; one hit while writing a result leaves half a message in the
    pool's pipe or its lock taken, and terminate() then waits on them forever.
    The workers are killed, the pool stops replacing them, and its exit-time
    cleanup (the same terminate()) is called off; its threads are daemons.
    """
    handler = getattr(pool, "_worker_handler", None)
    if handler is not None:
        handler._state = multiprocessing.pool.TERMINATE  # type: ignore[attr-defined]
    for proc in list(getattr(pool, "_pool", ())):
        proc.kill()
    if handler is not None:
        # it wakes when a worker ends, sees TERMINATE and stops replacing them; one
        # it started meanwhile is killed below with the rest
        handler.join(timeout=2)
    for proc in list(getattr(pool, "_pool", ())):
        proc.kill()
        proc.join(timeout=5)
    finalizer = getattr(pool, "_terminate", None)
    if finalizer is not None:
        finalizer.cancel()


# An interrupt that arrives while a batch is committed waits for the commit and its
# count (see :func:`interrupts_deferred`); the CLI's signal handler asks here.
_deferral: dict[str, int] = {"depth": 0, "pending": 0}


def defer_interrupt(signum: int) -> bool:
    """Called by a signal handler: True when the interrupt was put off (it is raised
    as :class:`Interrupted` at the end of the block that defers it)."""
    if _deferral["depth"] == 0:
        return False
    _deferral["pending"] = signum
    return True


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Within the block an interrupt waits; it is raised when the block ends.

    Not a signal mask: a process-directed signal that the main thread blocks goes to
    another thread, and the main thread, waiting on a lock, would never see it.
    """
    _deferral["depth"] += 1
    try:
        yield
    finally:
        _deferral["depth"] -= 1
        signum = _deferral["pending"]
        if _deferral["depth"] == 0 and signum:
            _deferral["pending"] = 0
            raise Interrupted(signum)


def _worker_start(profiles: dict[str, tuple[Profile, str]]) -> None:
    """Pool initializer: the signals as below, and the sites' furniture."""
    _worker_signals()
    _PROFILES.clear()
    _PROFILES.update(profiles)


def _worker_signals() -> None:
    """In each worker: Ctrl-C (sent to the whole process group) is the parent's to
    handle, and SIGTERM (how the pool ends its workers, or a kill of the whole group)
    ends one at once, silently, whatever handler the parent had when it forked."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _leave)
    if hasattr(signal, "pthread_sigmask"):  # forked from a thread that held them back
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})


@contextlib.contextmanager
def _signals_for_main_thread_only() -> Iterator[None]:
    """The pool's threads, started within the block, never take SIGINT or SIGTERM.

    A signal sent to the process goes to any thread that does not block it; taken by
    one of the pool's threads, it would leave the main thread asleep in a wait that
    only a signal of its own interrupts, and the sync would not stop. Threads keep
    the mask of the thread that starts them, so the main thread holds the signals
    back while the pool starts (one that arrives meanwhile waits, then is handled).
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "pthread_sigmask"
    ):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _leave(signum: int, _frame: object) -> None:
    # Unwind rather than die on the spot (SIG_DFL): a worker waiting for a task holds
    # the pool's queue lock, and the parent's terminate() takes that lock; a worker
    # killed while holding it would leave the parent waiting forever.
    raise SystemExit(128 + signum)


class DryRun:
    """Stands in for :class:`Store` in a dry run: the same calls, nothing written."""

    def __init__(self, known: dict[str, Known]) -> None:
        self._known = known

    def known(self) -> dict[str, Known]:
        return self._known

    def begin_run(self) -> None:
        return None  # no run is recorded, so no problem is either

    def problem(self, run_id: int, path: str, stage: str, severity: str, message: str) -> None:
        pass

    def count_run(self, run_id: int, counts: dict[str, int]) -> None:
        pass  # a dry run keeps no run row

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        pass

    def commit(self) -> None:
        pass

    def add(self, docs: Sequence[DocumentData]) -> None:
        pass

    def replace(self, items: Sequence[tuple[int, DocumentData]]) -> None:
        pass

    def move(
        self, doc_id: int, rel: str, size: int, mtime_ns: int, record: int | None = None
    ) -> None:
        pass

    def save_profiles(self, states: Mapping[str, SiteState]) -> None:
        pass  # a dry run learns in memory only

    def touch(self, doc_id: int, size: int, mtime_ns: int) -> None:
        pass

    def mark_missing(self, ids: Sequence[int]) -> None:
        pass

    def prune(self) -> int:
        return 0  # nothing is deleted

    def orphans(self) -> None:
        pass


def sync_root(
    session: Session | None,
    root: str,
    options: SyncOptions,
    progress: Progress | None = None,
) -> SyncResult:
    """Bring the catalog in step with one folder. ``session`` is None for a dry run on no catalog."""
    started = time.perf_counter()
    root = os.path.realpath(root)
    if printable(root) != root:
        # The root is stored as text and found again by it; a lossy spelling could not be.
        raise CatalogError(f"cannot sync {printable(root)}: its name is not UTF-8 (rename it)")
    result = SyncResult(root=root)
    try:
        return _sync_root(session, root, options, result, started, progress or Progress())
    except Interrupted as exc:
        exc.stored += result.stored
        raise


def _sync_root(
    session: Session | None,
    root: str,
    options: SyncOptions,
    result: SyncResult,
    started: float,
    progress: Progress,
) -> SyncResult:
    store: Writer
    if options.dry_run:
        store = DryRun(Store(session, root).known() if session is not None else {})
    else:
        assert session is not None
        store = Store(session, root)
    chosen = None if options.files is None else _listed(root, options.files)
    known = store.known()
    if chosen is not None:
        # The files not named are not looked at, so they must not count as vanished.
        named = {f.rel for f in chosen}
        known = {p: k for p, k in known.items() if Known.file_of(p, k.record) in named}
    run_id = store.begin_run()
    result.run_id = run_id

    def problem(path: str, stage: str, message: str, severity: str = "error") -> None:
        if severity == "error":
            result.failed += 1
        else:
            result.warnings += 1
        result.problems.append((path, stage, message))
        if run_id is not None:
            store.problem(run_id, path, stage, severity, message)

    walk_problems: list[WalkProblem] = []
    skipped: Counter[str] = Counter()
    matched = 0

    def count(files: Iterator[FileStat]) -> Iterator[FileStat]:
        nonlocal matched
        for f in files:
            matched += 1
            progress.walking(root, matched)
            yield f

    # The walk is planned as it goes: only the files to read are kept.
    files: Iterator[FileStat]
    if chosen is not None:
        files = iter(chosen)
    elif not os.path.isdir(root):
        # A root whose folder is gone (a sync --prune of it): every document vanished.
        files = iter(())
    else:
        files = walk(
            root,
            options.pattern,
            follow_symlinks=options.follow_symlinks,
            problems=walk_problems,
            ignore_case=options.ignore_case,
            skipped=skipped,
        )
    plan = make_plan(count(files), known)
    if not matched and chosen is None and os.path.isdir(root):
        patterns = [options.pattern] if isinstance(options.pattern, str) else options.pattern
        result.nothing_matched = nothing_matched(patterns, skipped)
    for wp in walk_problems:
        problem(wp.rel, "discover", wp.message, "warning")
    result.unchanged = len(plan.unchanged)
    workers = options.jobs or os.cpu_count() or 1

    # Profile: each site's furniture, learned before any page of this sync is extracted.
    profiles: dict[str, tuple[Profile, str]] = {}
    stale_files: set[str] = set()
    if options.profiles:
        versions = _learn_profiles(session, root, plan, options, workers, store, result, profiles)
        stale = _stale(root, known, plan, versions)
        stale_files.update(f.rel for f, _ in stale)
        plan.to_read.extend(stale)
    progress.reading(root, len(plan.to_read) + result.unchanged, result.unchanged)

    vanished_by_hash: dict[str, tuple[str, Known]] = {}
    for path, k in plan.vanished.items():
        vanished_by_hash.setdefault(k.content_hash, (path, k))

    new: list[DocumentData] = []
    changed: list[tuple[int, DocumentData]] = []

    read_files = 0  # files whose every document is stored or waits in new/changed

    def flush() -> None:
        store.add(new)
        store.replace(changed)
        if run_id is not None:
            # The run's row counts what this commit keeps, so a run cut short by a
            # signal (or a kill) says what it added, not 0.
            store.count_run(run_id, result.counts())
        with interrupts_deferred():  # what is committed and what is counted go together
            store.commit()
            result.stored = read_files
        new.clear()
        changed.clear()

    jobs = ((f, options.max_bytes) for f, _ in plan.to_read)
    pending = 0
    # Results come back in the order of the jobs, so each is paired with its plan entry.
    parsed_files = _parse_all(
        jobs, len(plan.to_read), workers, profiles, read_and_extract, _read_chunk
    )
    # Closed at once when the loop is left by an exception, so the pool's workers
    # end now, not whenever the generator is collected.
    with contextlib.closing(parsed_files):
        for (f, priors), parsed_file in zip(plan.to_read, parsed_files, strict=True):
            rereading = f.rel in stale_files  # counted unchanged already
            if parsed_file.complete:
                # Documents the catalog knew in this file that it holds no longer (a
                # record deleted from a JSONL dump) are gone, like a vanished file,
                # and may turn up again as a move.
                here = {p.rel for p in parsed_file.docs}
                for path, k in priors.items():
                    if path not in here:
                        plan.vanished[path] = k
                        vanished_by_hash.setdefault(k.content_hash, (path, k))
            for parsed in parsed_file.docs:
                prior = priors.get(parsed.rel)
                for w in parsed.warnings:
                    problem(parsed.rel, "read", w, "warning")
                if parsed.data is None:
                    problem(parsed.rel, parsed.stage, parsed.error)
                elif prior is not None and prior.content_hash == parsed.data.content_hash:
                    if options.profiles and _read_otherwise(prior, parsed.data):
                        changed.append((prior.id, parsed.data))
                        site = parsed.data.site or ""
                        result.reread[site] = result.reread.get(site, 0) + 1
                    else:
                        store.touch(prior.id, f.size, f.mtime_ns)
                    result.unchanged += not rereading
                elif prior is not None:
                    changed.append((prior.id, parsed.data))
                    result.changed += 1
                elif parsed.data.content_hash in vanished_by_hash:
                    old_path, old = vanished_by_hash.pop(parsed.data.content_hash)
                    del plan.vanished[old_path]
                    if options.profiles and _read_otherwise(old, parsed.data):
                        # its row and history kept, its values those read just now
                        changed.append((old.id, parsed.data))
                    else:
                        store.move(old.id, parsed.rel, f.size, f.mtime_ns, parsed.data.line)
                    result.moved += 1
                else:
                    new.append(parsed.data)
                    result.added += 1
                pending += 1
            # files whose documents the catalog holds anew; a re-read adds none
            read_files += not rereading
            # Committed at a file's end, so that a stop keeps whole files only.
            if pending >= options.batch:
                flush()
                pending = 0
            progress.step(1)
    flush()

    missing_ids = [k.id for k in plan.vanished.values()]
    result.missing = len(missing_ids)
    store.mark_missing(missing_ids)
    if options.prune:
        result.pruned = store.prune()
    if result.changed or result.pruned:
        store.orphans()
    result.seconds = time.perf_counter() - started
    if run_id is not None:
        store.finish_run(run_id, result.counts())
    return result


def _learn_profiles(
    session: Session | None,
    root: str,
    plan: Plan,
    options: SyncOptions,
    workers: int,
    store: Writer,
    result: SyncResult,
    profiles: dict[str, tuple[Profile, str]],
) -> dict[str, str | None]:
    """The profile stage: count a sample of the new pages of each site into its stored
    profile, store the counts, fill ``profiles`` (site -> furniture, version) and
    return each site's version.

    A function of its own so that the counts (every line of up to SAMPLE_PAGES pages
    a site) are freed before the pages are read, not held through the whole sync.
    """
    states = Store(session, root).site_profiles() if session is not None else {}
    sample = _sample_jobs(plan.to_read, states, options.max_bytes)
    for pages in _parse_all(sample, len(sample), workers, None, sample_file, _sample_chunk):
        for site, lines in pages:
            state = states.get(site)
            if state is None:
                state = states[site] = SiteState()
            result.sampled += state.add(lines)
    if not options.dry_run:
        # Committed now, before the pages read with it: a stop later keeps both in step.
        store.save_profiles(states)
        store.commit()
    versions: dict[str, str | None] = {}
    for site, state in states.items():
        version = versions[site] = state.version
        if version is not None:
            profiles[site] = (state.profile, version)
    return versions


def _read_otherwise(known: Known, data: DocumentData) -> bool:
    """Whether a document's stored values were read as another site's page, or with
    other furniture of its site, than it was read with just now."""
    return (known.site, known.profile_version) != (data.site, data.profile_version)


def _sample_jobs(
    to_read: Iterable[tuple[FileStat, Mapping[str, Known]]],
    states: Mapping[str, SiteState],
    max_bytes: int,
) -> list[tuple[FileStat, int]]:
    """The files the profile stage reads: new files only (a changed page was counted
    when it was new), at most as many in each first folder as its site has room for.

    A text file's site is its folder, so a folder whose sample is full is not read
    and loose text files (no site) never are. An HTML page or a crawl dump names its
    host only once read: up to SAMPLE_PAGES such files of each folder are, and no
    more once they hold SAMPLE_BYTES (a crawl dump holds many pages; its loader reads
    it whole, so the first one is read however large).
    """
    taken: Counter[str | None] = Counter()
    sized: Counter[str | None] = Counter()
    jobs = []
    for f, priors in to_read:
        if priors:
            continue
        folder = folder_of(f.rel)
        if not names_url(f.abspath):
            if folder is None:
                continue
            state = states.get(folder)
            room = SAMPLE_PAGES - (state.counter.pages if state is not None else 0)
        else:
            room = SAMPLE_PAGES if sized[folder] < SAMPLE_BYTES else 0
        if taken[folder] < room:
            taken[folder] += 1
            sized[folder] += f.size
            jobs.append((f, max_bytes))
    return jobs


def _stale(
    root: str, known: Mapping[str, Known], plan: Plan, versions: Mapping[str, str | None]
) -> list[tuple[FileStat, Mapping[str, Known]]]:
    """Unchanged documents extracted with another version of their site's furniture
    than its current one, by file (a crawl dump is read whole, its other records
    touched). Files the plan reads anyway, and documents not on disk, are left out."""
    files: dict[str, dict[str, Known]] = {}
    for path, k in known.items():
        if k.missing or k.site is None or k.site not in versions or path in plan.vanished:
            continue
        if k.profile_version != versions[k.site]:
            files[Known.file_of(path, k.record)] = {}
    if files:
        # only now: a set of every file to read costs megabytes on a first sync, which
        # has nothing stale
        for f, _ in plan.to_read:
            files.pop(f.rel, None)
        for path, k in known.items():
            mine = files.get(Known.file_of(path, k.record))
            if mine is not None:
                mine[path] = k
    out: list[tuple[FileStat, Mapping[str, Known]]] = []
    for file, mine in sorted(files.items()):
        k = next(iter(mine.values()))
        out.append((FileStat(file, os.path.join(root, file), k.size, k.mtime_ns), mine))
    return out


def _listed(root: str, files: Iterable[str]) -> list[FileStat]:
    try:
        return list(listed(root, list(files)))
    except ValueError as exc:
        raise CatalogError(f"cannot sync {exc}") from None


def sync(
    session: Session | None,
    roots: Iterable[str],
    options: SyncOptions,
    progress: Progress | None = None,
) -> list[SyncResult]:
    """Bring the catalog in step with each folder in turn (``session`` None: a dry run
    on no catalog). A folder inside or above a root the catalog holds is refused
    unless ``options.allow_overlap``."""
    roots = list(roots)
    if not options.allow_overlap:
        known = sync_roots(session) if session is not None else []
        check_overlap([os.path.realpath(r) for r in roots], known)
    results: list[SyncResult] = []
    try:
        for r in roots:
            result = sync_root(session, r, options, progress)
            if session is not None and result.added and not options.dry_run:
                result.moved_from = vanished_match(session, result.root)
            results.append(result)
    except Interrupted as exc:
        exc.stored += sum(r.stored for r in results)
        raise
    return results
