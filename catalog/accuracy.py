"""Score catalog output against a labelled corpus (pure; standard library only).

Labels are JSON lines (see the corpus README); rows are the index-report
columns as strings, keyed by file name. Per field: precision = right
non-empty values / non-empty values given; recall = right non-empty values /
non-empty labels. Names, sources and datelines compare case-insensitively
with spaces folded; authors and editors compare as sets. ``kind`` is plain
accuracy.

>>> labels = [{"file": "a.txt", "kind": "article", "title": None, "authors": ["Ani"],
...            "date": "2024-01-02", "time": None, "tz": None, "editors": [],
...            "source": None, "dateline": "Jakarta", "views": None}]
>>> rows = {"a.txt": {"kind": "article", "authors": "ani", "published_date": "2024-01-02",
...                    "dateline": "JAKARTA"}}
>>> s = score(labels, rows)
>>> s.fields["authors"].precision, s.all_right_share, s.pages_right_share
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.extract.model import Extraction
from catalog.folding import fold

# label key -> report column
FIELD_COLUMNS: dict[str, str] = {
    "title": "title",
    "authors": "authors",
    "date": "published_date",
    "time": "published_time",
    "tz": "timezone",
    "editors": "editors",
    "source": "source",
    "dateline": "dateline",
    "views": "views",
}
_SET_FIELDS = frozenset({"authors", "editors"})
# README: names, sources and datelines compare case-insensitively with spaces
# folded; other text (title, zone) compares as written, spaces folded.
_FOLDED_FIELDS = frozenset({"authors", "editors", "source", "dateline"})
NAME_JOINER = "; "
# Every key a label may have (the corpus README's schema); any other is a typo.
LABEL_KEYS: tuple[str, ...] = ("file", "url", "kind", *FIELD_COLUMNS, "notes")


def blank_label(file: str, kind: str = "article") -> dict[str, object]:
    """A label with every key of the schema, in its order, and nothing known yet.

    >>> blank_label("a.txt")
    ... # doctest: +NORMALIZE_WHITESPACE
    {'file': 'a.txt', 'url': None, 'kind': 'article', 'title': None, 'authors': [],
     'date': None, 'time': None, 'tz': None, 'editors': [], 'source': None,
     'dateline': None, 'views': None, 'notes': None}
    """
    label: dict[str, object] = {k: [] if k in _SET_FIELDS else None for k in LABEL_KEYS}
    label.update(file=file, kind=kind)
    return label


class LabelError(ValueError):
    """A labels file that parses as JSON but is not a set of labels; says which line."""


@dataclass(frozen=True, slots=True)
class FieldScore:
    """Counts and ratios for one field."""

    given: int
    right: int
    labelled: int

    @property
    def precision(self) -> float:
        return self.right / self.given if self.given else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.labelled if self.labelled else 1.0


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One field of one file where the output and the label differ."""

    file: str
    field: str
    wanted: str
    got: str


@dataclass(frozen=True, slots=True)
class Score:
    """The whole evaluation: per-field scores, kind accuracy, all-right shares, mismatches.

    ``pages_all_right`` counts every labelled page whose kind is right and, for an
    article, whose fields all equal their labels; a listing or other page is right
    with no article field given (whatever its label records): the corpus README's
    headline figure, as issue 11 defines it.
    """

    fields: dict[str, FieldScore]
    kind_right: int
    kind_total: int
    articles: int
    articles_all_right: int
    mismatches: list[Mismatch] = field(default_factory=list)
    pages_all_right: int = 0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.kind_total if self.kind_total else 1.0

    @property
    def all_right_share(self) -> float:
        return self.articles_all_right / self.articles if self.articles else 1.0

    @property
    def pages_right_share(self) -> float:
        return self.pages_all_right / self.kind_total if self.kind_total else 1.0


def load_labels(path: str | os.PathLike[str]) -> list[dict[str, object]]:
    """Read a ``labels.jsonl`` file: one JSON object per non-blank line.

    A line that is not an object, has no ``file``, or has a key outside
    :data:`LABEL_KEYS` (a misspelt ``auhtors`` would otherwise score as an empty
    label) raises :class:`LabelError` naming the line.
    """
    out: list[dict[str, object]] = []
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                label = json.loads(line)
                check_label(label, number)
                out.append(label)
    return out


def check_label(label: object, line: int) -> None:
    """Refuse a label that is not one by the schema.

    >>> check_label({"file": "a.txt", "auhtors": []}, 3)
    Traceback (most recent call last):
    ...
    catalog.accuracy.LabelError: line 3: unknown key 'auhtors' (a label has file, url, kind, \
title, authors, date, time, tz, editors, source, dateline, views, notes)
    """
    if not isinstance(label, dict):
        raise LabelError(f"line {line}: not a JSON object")
    unknown = [k for k in label if k not in LABEL_KEYS]
    if unknown:
        keys = ", ".join(repr(k) for k in unknown)
        raise LabelError(
            f"line {line}: unknown key{'s' if len(unknown) > 1 else ''} {keys} "
            f"(a label has {', '.join(LABEL_KEYS)})"
        )
    if not isinstance(label.get("file"), str) or not label["file"].strip():
        raise LabelError(f"line {line}: no 'file' (the labelled file, relative to the root)")


def _label_text(key: str, value: object) -> str | frozenset[str]:
    """The label value in comparable form; "" (or empty set) when unknown."""
    if key in _SET_FIELDS:
        items = value if isinstance(value, list) else []
        return frozenset(fold(str(v)) for v in items if str(v).strip())
    if value is None:
        return ""
    text = str(value)
    return fold(text) if key in _FOLDED_FIELDS else " ".join(text.split())


def _row_text(key: str, value: str | None) -> str | frozenset[str]:
    text = value or ""
    if key in _SET_FIELDS:
        return frozenset(fold(p) for p in text.split(";") if p.strip())
    if key == "views":
        digits = text.strip().replace(".", "").replace(",", "")
        return str(int(digits)) if digits.isdigit() else text.strip()
    return fold(text) if key in _FOLDED_FIELDS else " ".join(text.split())


def field_matches(key: str, label_value: object, got: str) -> bool:
    """Whether ``got`` (as an index column gives it) equals a label value, by the
    corpus README's rules; an empty value matches an empty label."""
    return _row_text(key, got) == _label_text(key, label_value)


def _show(value: str | frozenset[str]) -> str:
    if isinstance(value, frozenset):
        return NAME_JOINER.join(sorted(value))
    return value


def score(labels: Iterable[Mapping[str, object]], rows: Mapping[str, Mapping[str, str]]) -> Score:
    """Compare rows (keyed by the path relative to the labelled root, or the file name) with the labels.

    A labelled file with no row counts as all fields empty and kind missing.
    """
    given = dict.fromkeys(FIELD_COLUMNS, 0)
    right = dict.fromkeys(FIELD_COLUMNS, 0)
    labelled = dict.fromkeys(FIELD_COLUMNS, 0)
    mismatches: list[Mismatch] = []
    kind_right = kind_total = articles = all_right = pages_right = 0
    for label in labels:
        name = str(label.get("file", "")).replace("\\", "/")
        row = rows.get(name) or rows.get(os.path.basename(name), {})
        kind_total += 1
        want_kind = str(label.get("kind") or "")
        got_kind = (row.get("kind") or "").strip()
        every = want_kind == got_kind
        if every:
            kind_right += 1
        else:
            mismatches.append(Mismatch(name, "kind", want_kind, got_kind))
        # a listing or other page is right with no article field given, whatever its
        # label records (the corpus README's scoring rule, issue 11: "a listing/other
        # page with no article fields"; seven dev other pages carry their heading as
        # title, which still counts in the title's precision and recall, and is no
        # mismatch: the mismatches are what keeps a page from being fully right)
        news_item = want_kind == "article"
        for key, column in FIELD_COLUMNS.items():
            want = _label_text(key, label.get(key))
            got = _row_text(key, row.get(column))
            if want:
                labelled[key] += 1
            if got:
                given[key] += 1
            if want and got == want:
                right[key] += 1
            if news_item and got != want:
                every = False
                mismatches.append(Mismatch(name, key, _show(want), _show(got)))
            elif not news_item and got:
                every = False  # the page wants no article field, whatever the label
                mismatches.append(Mismatch(name, key, "", _show(got)))
        pages_right += every
        if news_item:
            articles += 1
            if every:
                all_right += 1
    fields = {k: FieldScore(given[k], right[k], labelled[k]) for k in FIELD_COLUMNS}
    return Score(fields, kind_right, kind_total, articles, all_right, mismatches, pages_right)


def meets(result: Score, min_precision: float, min_recall: float) -> bool:
    """Whether every field reaches both floors, and kind accuracy reaches both too
    (a page of the wrong kind loses every field at once)."""
    return result.kind_accuracy >= max(min_precision, min_recall) and all(
        f.precision >= min_precision and f.recall >= min_recall for f in result.fields.values()
    )


def extraction_row(x: Extraction) -> dict[str, str]:
    """The index-report columns of one extraction, as strings (no catalog needed).

    Cross-validation and the robustness benchmark score extractions in memory;
    this is the same shape ``report index`` gives for a plain-text page.
    """
    return {
        "kind": x.kind,
        "title": x.title or "",
        "authors": NAME_JOINER.join(x.authors),
        "published_date": x.published_date.isoformat() if x.published_date else "",
        "published_time": x.published_time.strftime("%H:%M") if x.published_time else "",
        "timezone": x.timezone or "",
        "editors": NAME_JOINER.join(x.editors),
        "source": x.source or "",
        "dateline": x.dateline or "",
        "views": "" if x.views is None else str(x.views),
    }


def format_table(result: Score) -> str:
    """A plain-text table of the score, one field per row."""
    out = [f"{'field':<10} {'given':>5} {'right':>5} {'label':>5} {'prec':>6} {'recall':>6}"]
    for key, f in result.fields.items():
        out.append(
            f"{key:<10} {f.given:>5} {f.right:>5} {f.labelled:>5} "
            f"{f.precision:>6.3f} {f.recall:>6.3f}"
        )
    out.append(
        f"kind accuracy {result.kind_accuracy:.3f} ({result.kind_right}/{result.kind_total})"
    )
    out.append(
        f"articles with every field right {result.all_right_share:.3f} "
        f"({result.articles_all_right}/{result.articles})"
    )
    out.append(
        f"pages fully right {result.pages_right_share:.3f} "
        f"({result.pages_all_right}/{result.kind_total})"
    )
    return "\n".join(out)


def score_dict(result: Score) -> dict[str, Any]:
    """The score as JSON values: per field counts and ratios, kind accuracy, the
    all-right shares, and every mismatch."""
    return {
        "fields": {
            key: {
                "given": f.given,
                "right": f.right,
                "labelled": f.labelled,
                "precision": round(f.precision, 4),
                "recall": round(f.recall, 4),
            }
            for key, f in result.fields.items()
        },
        "kind": {
            "right": result.kind_right,
            "total": result.kind_total,
            "accuracy": round(result.kind_accuracy, 4),
        },
        "articles_all_right": {"right": result.articles_all_right, "total": result.articles},
        "pages_all_right": {"right": result.pages_all_right, "total": result.kind_total},
        "mismatches": [
            {
                "file": m.file,
                "field": m.field,
                "wanted": _value(m, m.wanted),
                "got": _value(m, m.got),
            }
            for m in result.mismatches
        ],
    }


def _value(m: Mismatch, text: str) -> str | list[str]:
    """A mismatch's value for JSON: names (authors, editors) as an array."""
    if m.field in _SET_FIELDS:
        return text.split(NAME_JOINER) if text else []
    return text
