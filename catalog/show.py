"""Render one document and the evidence behind each of its fields, as plain text or
as JSON values (names as arrays)."""

from __future__ import annotations

import json
from collections import defaultdict

from catalog.db import Catalog, translate_errors
from catalog.documents import DocumentView, find_document
from catalog.models import Evidence

FIELDS = (
    ("kind", "kind"),
    ("title", "title"),
    ("authors", "authors"),
    ("editors", "editors"),
    ("published_date", "date"),
    ("published_time", "time"),
    ("timezone", "zone"),
    ("source", "source"),
    ("dateline", "dateline"),
    ("views", "views"),
    ("photo_credits", "photo credits"),
)


def _evidence_lines(items: list[Evidence]) -> list[str]:
    lines = []
    for ev in sorted(items, key=lambda e: (not e.chosen, e.line_no)):
        mark = "✓" if ev.chosen else "✗"
        raw = ev.raw if len(ev.raw) <= 100 else ev.raw[:99] + "…"
        line = f"    {mark} line {ev.line_no} [{ev.rule}, {ev.confidence:.2f}] {ev.value!r}"
        lines.append(f"{line}: {raw}" if raw else line)
    return lines


def _values(view: DocumentView) -> dict[str, object]:
    """The document's field values; authors and editors as lists of names."""
    d = view.document
    names: dict[str, list[str]] = defaultdict(list)
    for c in view.credits:
        names[c.role + "s"].append(c.name_as_written)
    return {
        "kind": d.kind,
        "title": d.title,
        "authors": names["authors"],
        "editors": names["editors"],
        "published_date": d.published_date.isoformat() if d.published_date else None,
        "published_time": d.published_time,
        "timezone": d.timezone,
        "source": d.source.name if d.source else None,
        "dateline": d.dateline,
        "views": d.views,
        "photo_credits": None,
    }


def as_dict(view: DocumentView) -> dict[str, object]:
    """The document's fields as JSON values, each with its evidence, chosen first.

    Authors, editors and photo credits are arrays, as in ``report --format json``.
    """
    d = view.document
    by_field: dict[str, list[Evidence]] = defaultdict(list)
    for ev in view.evidence:
        by_field[ev.field].append(ev)
    values = _values(view)
    values["photo_credits"] = [e.value for e in by_field["photo_credits"] if e.chosen]
    return {
        "root": d.root,
        "path": d.path,
        "size": d.size,
        "words": d.word_count,
        "content_hash": d.content_hash,
        "published_utc": None
        if d.published_utc is None
        else d.published_utc.replace(tzinfo=None).isoformat(),
        "missing_since": None if d.missing_since is None else d.missing_since.isoformat(),
        **values,
        "lead": d.lead,
        "evidence": {
            key: [
                {
                    "chosen": ev.chosen,
                    "line": ev.line_no,
                    "rule": ev.rule,
                    "confidence": round(ev.confidence, 4),
                    "value": ev.value,
                    "raw": ev.raw,
                }
                for ev in sorted(by_field[key], key=lambda e: (not e.chosen, e.line_no))
            ]
            for key, _label in FIELDS
            if by_field.get(key)
        },
    }


def render(view: DocumentView) -> str:
    d = view.document
    values = _values(view)
    by_field: dict[str, list[Evidence]] = defaultdict(list)
    for ev in view.evidence:
        by_field[ev.field].append(ev)
    out = [f"{d.path}  ({d.root})"]
    out.append(f"  size {d.size} bytes, {d.word_count} words, hash {d.content_hash}")
    if d.published_utc is not None:
        out.append(f"  published {d.published_utc.replace(tzinfo=None).isoformat()} UTC")
    if d.missing_since is not None:
        out.append(f"  MISSING since {d.missing_since.isoformat()}")
    if d.site is not None:
        # which furniture the lines marked furniture in the evidence were checked against
        furniture = (
            f"furniture version {d.profile_version}" if d.profile_version else "no furniture known"
        )
        out.append(f"  site {d.site}, read with {furniture}")
    for key, label in FIELDS:
        value = values[key]
        if key == "photo_credits":
            value = "; ".join(e.value for e in by_field[key] if e.chosen) or None
        elif isinstance(value, list):
            value = "; ".join(value)
        out.append(f"{label + ':':15} {'' if value in (None, '') else value}")
        out.extend(_evidence_lines(by_field.get(key, [])))
    if d.lead:
        lead = d.lead if len(d.lead) <= 200 else d.lead[:199] + "…"
        out.append(f"{'lead:':15} {lead}")
    return "\n".join(out) + "\n"


def show_document(
    catalog: Catalog, path: str, root: str | None = None, *, as_json: bool = False
) -> str:
    """``catalog show``: one document (a path under its root, ROOT/PATH or a file on
    disk) with the evidence for each field, as text or as a JSON object."""
    catalog.open()
    with translate_errors(catalog.display), catalog.session() as session:
        view = find_document(session, path, root)
        if as_json:
            return json.dumps(as_dict(view), ensure_ascii=False, indent=2) + "\n"
        return render(view)
