"""``catalog evaluate``: sync a labelled sample, score the index against its labels.

Only the labelled files are read (a label in a folder of 20,000 files reads one
file), and each must be there: a missing one is an error naming it.

The scoring itself is pure (:mod:`catalog.accuracy`); this module does the
sync into a catalog and reads the index back with the same report users get.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections import defaultdict

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from catalog.accuracy import (
    FIELD_COLUMNS,
    LabelError,
    Score,
    format_table,
    load_labels,
    meets,
    score,
    score_dict,
)
from catalog.db import Catalog, translate_errors
from catalog.errors import CatalogError
from catalog.models import Document, Evidence
from catalog.reports import Filters, run_report
from catalog.sync import SyncOptions, sync_root


def evaluate_labels(
    catalog: Catalog,
    labels_path: str,
    root: str,
    min_precision: float = 0.0,
    min_recall: float = 0.0,
    show_mismatches: bool = True,
    pattern: str = "*.txt",
    as_json: bool = False,
) -> tuple[str, bool]:
    """Return the printed evaluation (text, or a JSON object) and whether the floors were met."""
    labels = _read_labels(labels_path)
    catalog.open(create=True)
    with translate_errors(catalog.display), catalog.session() as session:
        result = sync_root(session, root, _only(labels, root, pattern))
        with catalog.engine.connect() as conn:
            sc = score(labels, _index_rows(conn))
        ok = meets(sc, min_precision, min_recall)
        if as_json:
            evidence = _evidence(session, result.root) if show_mismatches else {}
            return _json(sc, ok, show_mismatches, evidence, result.failed), ok
        # the mismatches first, the figures last: they are what a terminal shows
        lines: list[str] = []
        if show_mismatches and sc.mismatches:
            evidence = _evidence(session, result.root)
            lines.append(f"{len(sc.mismatches)} mismatches (file, field: wanted / got / evidence):")
            for m in sc.mismatches:
                field = FIELD_COLUMNS.get(m.field, m.field)
                ev = evidence.get((m.file, field), "")
                lines.append(f"  {m.file}  {m.field}: wanted {m.wanted!r} got {m.got!r}")
                if ev:
                    lines.append(f"      evidence: {ev}")
            lines.append("")
        lines.append(format_table(sc).rstrip("\n"))
        if result.failed:
            lines.append(
                f"{result.failed} labelled files could not be loaded: run `catalog sync -v`"
            )
    return "\n".join(lines) + "\n", ok


def score_labels(labels_path: str, root: str, pattern: str = "*.txt") -> Score:
    """The score of the shipped extractor on a labelled folder, as ``catalog evaluate``
    measures it (a sync into a throwaway catalog, then the index report)."""
    labels = _read_labels(labels_path)
    with tempfile.TemporaryDirectory(prefix="catalog-eval-") as tmp:
        catalog = Catalog(os.path.join(tmp, "eval.db"))
        try:
            catalog.open(create=True)
            with translate_errors(catalog.display), catalog.session() as session:
                sync_root(session, root, _only(labels, root, pattern))
                with catalog.engine.connect() as conn:
                    return score(labels, _index_rows(conn))
        finally:
            catalog.close()


def cross_validate_labels(
    labels_path: str,
    root: str,
    folds: int,
    min_precision: float = 0.0,
    min_recall: float = 0.0,
    show_mismatches: bool = False,
    as_json: bool = False,
    seeds: int = 1,
) -> tuple[str, bool]:
    """Host-grouped cross-validation: the printed table (or JSON object) for pages whose
    site was never used to fit the weights that read them, and whether the floors were met.

    With ``seeds`` above 1 the fit is repeated with the furnished copies drawn from that
    many seeds: the table is seed 0's, and a last line gives pages fully right for each
    (the fit moves with the random furniture, so one figure alone can mislead)."""
    from catalog import fitting

    labels = _read_labels(labels_path)
    pages = fitting.load_pages(labels, root)
    cv = fitting.cross_validate(pages, folds)
    n = sum(1 for p in pages if not p.copy)
    ok = meets(cv.score, min_precision, min_recall)
    right = [cv.score.pages_all_right]
    for seed in range(1, seeds):
        again = fitting.cross_validate(fitting.load_pages(labels, root, seed=seed), folds)
        right.append(again.score.pages_all_right)
    if as_json:
        extra: dict[str, object] = {"pages": n, "sites": cv.sites, "folds": cv.folds}
        if seeds > 1:
            extra["pages_fully_right_by_seed"] = right
        return _json(cv.score, ok, show_mismatches, {}, 0, extra), ok
    lines: list[str] = []
    if show_mismatches and cv.score.mismatches:
        lines.append(f"{len(cv.score.mismatches)} mismatches (file, field: wanted / got):")
        lines.extend(
            f"  {m.file}  {m.field}: wanted {m.wanted!r} got {m.got!r}" for m in cv.score.mismatches
        )
        lines.append("")
    lines.append(
        f"on sites never used for fitting: {n} pages of {cv.sites} sites, "
        f"{cv.folds} folds grouped by site"
    )
    lines.append(format_table(cv.score).rstrip("\n"))
    if seeds > 1:
        mean = sum(right) / len(right) / n if n else 0.0
        lines.append(
            f"pages fully right over {seeds} seeds of the furnished copies: mean {mean:.3f} "
            f"({min(right)}-{max(right)} of {n}: {', '.join(map(str, right))})"
        )
    return "\n".join(lines) + "\n", ok


def evaluate(
    labels_path: str,
    root: str | None = None,
    *,
    db: str | None = None,
    folds: int | None = None,
    seeds: int = 1,
    min_precision: float = 0.0,
    min_recall: float = 0.0,
    show_mismatches: bool = True,
    as_json: bool = False,
) -> tuple[str, bool]:
    """``catalog evaluate``: the printed evaluation and whether the floors were met.

    ``root`` defaults to the labels file's folder. The labelled files are synced into
    the catalog at ``db``, or into a throwaway one when ``db`` is None; with ``folds``
    the scorer is cross-validated instead (no catalog).
    """
    root = root or os.path.dirname(os.path.abspath(labels_path))
    if folds is not None:
        return cross_validate_labels(
            labels_path, root, folds, min_precision, min_recall, show_mismatches, as_json, seeds
        )
    if seeds != 1:
        raise CatalogError("--seeds repeats the cross-validation: give --cross-validate K too")
    with contextlib.ExitStack() as stack:
        if db is None:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="catalog-eval-"))
            db = os.path.join(tmp, "eval.db")
        catalog = Catalog(db)
        stack.callback(catalog.close)
        return evaluate_labels(
            catalog, labels_path, root, min_precision, min_recall, show_mismatches, as_json=as_json
        )


def _json(
    sc: Score,
    ok: bool,
    show_mismatches: bool,
    evidence: dict[tuple[str, str], str],
    failed: int,
    extra: dict[str, object] | None = None,
) -> str:
    out = {**(extra or {}), **score_dict(sc), "meets_floors": ok, "unreadable_files": failed}
    if show_mismatches:
        for m in out["mismatches"]:
            m["evidence"] = evidence.get((m["file"], FIELD_COLUMNS.get(m["field"], m["field"])))
    else:
        del out["mismatches"]
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def _only(labels: list[dict[str, object]], root: str, pattern: str) -> SyncOptions:
    """Sync options that read the labelled files and nothing else; a labelled file
    that is not there is an error naming it, as in cross-validation."""
    files = tuple(str(label["file"]) for label in labels)
    for name in files:
        if not os.path.isfile(os.path.join(root, name.replace("\\", "/"))):
            raise CatalogError(f"labelled file {name} cannot be read: it is not in {root}")
    return SyncOptions(pattern=pattern, files=files)


def _read_labels(labels_path: str) -> list[dict[str, object]]:
    try:
        return load_labels(labels_path)
    except LabelError as exc:  # JSON, but not labels: the line and what is wrong with it
        raise CatalogError(f"{labels_path} {exc}") from None
    except ValueError as exc:  # bad JSON or bad UTF-8 in the labels file
        raise CatalogError(f"{labels_path} is not a labels.jsonl file: {exc}") from None


def _index_rows(conn: Connection) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    rep = run_report(conn, "index", Filters())
    for values in rep.rows:
        row = {c: "" if v is None else str(v) for c, v in zip(rep.columns, values, strict=True)}
        rows[row["path"]] = row
    return rows


def _evidence(session: Session, root: str) -> dict[tuple[str, str], str]:
    """The chosen evidence line of every (path, field) under a root."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    stmt = (
        select(Document.path, Evidence.field, Evidence.line_no, Evidence.rule, Evidence.raw)
        .join(Evidence, Evidence.document_id == Document.id)
        .where(Document.root == root, Evidence.chosen.is_(True))
        .order_by(Evidence.id)
    )
    for path, field, line_no, rule, raw in session.execute(stmt):
        found[(path, field)].append(f"line {line_no} [{rule}] {raw[:120]}")
    return {k: " | ".join(v) for k, v in found.items()}
