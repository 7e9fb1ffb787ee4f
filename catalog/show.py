"""Render one document and the evidence behind each of its fields as plain text."""

from __future__ import annotations

from collections import defaultdict

from catalog.documents import DocumentView
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
        lines.append(
            f"    {mark} line {ev.line_no} [{ev.rule}, {ev.confidence:.2f}] {ev.value!r}: {raw}"
        )
    return lines


def render(view: DocumentView) -> str:
    d = view.document
    names: dict[str, list[str]] = defaultdict(list)
    for c in view.credits:
        names[c.role + "s"].append(c.name_as_written)
    values = {
        "kind": d.kind,
        "title": d.title,
        "authors": "; ".join(names["authors"]),
        "editors": "; ".join(names["editors"]),
        "published_date": d.published_date.isoformat() if d.published_date else None,
        "published_time": d.published_time,
        "timezone": d.timezone,
        "source": d.source.name if d.source else None,
        "dateline": d.dateline,
        "views": d.views,
        "photo_credits": None,
    }
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
        out.append(f"{label + ':':15} {'' if value in (None, '') else value}")
        out.extend(_evidence_lines(by_field.get(key, [])))
    if d.lead:
        lead = d.lead if len(d.lead) <= 200 else d.lead[:199] + "…"
        out.append(f"{'lead:':15} {lead}")
    return "\n".join(out) + "\n"
