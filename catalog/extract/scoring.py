"""Score and choose: fitted weights turn candidates into values, or into none.

Each field has a choice model over its candidates' features (fitted on the
labelled pages by :mod:`catalog.fitting`, shipped as ``weights.json``): a
softmax over the page's candidates and "none of them" gives each value a
probability (:func:`value_probabilities`). Two fitted cut-offs decide: the
best value wins only when its probability reaches ``threshold`` and it leads
the best rival value by ``margin``; otherwise the
field stays empty and the evidence says why (precision first: an empty cell
is better than a wrong author). The page kind is a softmax over page features.

Scoring uses the standard library only; fitting needs scikit-learn.

>>> m = Model(intercept=0.0, weights={"near2": 2.0})
>>> a = Candidate("title", "A", 0, "r", {"near2": 1.0})
>>> b = Candidate("title", "B", 5, "r", {})
>>> [(round(p, 2), c.value) for p, c in value_probabilities(m, [a, b])]
[(0.79, 'A'), (0.11, 'B')]
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
from importlib import resources
from typing import Any, Final, NamedTuple

from catalog.extract.candidates import MULTI, RULED_OUT, Candidate, Reading, options
from catalog.extract.kinds import DEFAULT_KIND_RULE, RECORDS_VERDICT
from catalog.extract.model import KINDS, Evidence, Extraction
from catalog.extract.page import bare_extraction, build_extraction
from catalog.extract.page import evidence_row as new_evidence

# A rejected candidate is kept in the evidence only among the strongest few.
KEPT_REJECTED: Final = 2
# ... and only when the scorer gave it at least this much, but for a name the
# readers rejected for a reason they wrote ("oleh:rejected-sidebar-byline"): why a
# byline on the page is not the story's is worth its row.
KEPT_BELOW: Final = 0.02


class Model(NamedTuple):
    """Weights and cut-offs of one field (``intercept`` is the score of "none"), or
    one kind's logit."""

    intercept: float
    weights: dict[str, float]
    threshold: float = 0.5
    margin: float = 0.0


class Weights(NamedTuple):
    """Everything the scorer needs: one model per field, one logit per kind."""

    fields: dict[str, Model]
    kinds: dict[str, Model]


def logit(model: Model, features: dict[str, float]) -> float:
    w = model.weights
    total = model.intercept
    for name, x in features.items():
        c = w.get(name)
        if c is not None:
            total += c * x
    return total


class _KindTable(NamedTuple):
    """Three kinds' logit weights side by side: one lookup a feature instead of one a
    kind (the logits of every page). ``rows`` holds the features all three kinds
    weigh, ``partial`` those only one or two of them weigh (None for a kind that does
    not: its logit adds nothing for the feature, as :func:`logit` adds nothing)."""

    names: tuple[str, str, str]
    intercepts: tuple[float, float, float]
    rows: dict[str, tuple[float, float, float]]
    partial: dict[str, tuple[float | None, float | None, float | None]]


def _kind_table(weights: Weights) -> _KindTable | None:
    """The :class:`_KindTable` of ``weights``, or None when there are not three kinds
    (the logits are then summed one by one)."""
    models = list(weights.kinds.values())
    if len(models) != 3:
        return None
    a, b, c = models
    names = list(weights.kinds)
    rows: dict[str, tuple[float, float, float]] = {}
    partial: dict[str, tuple[float | None, float | None, float | None]] = {}
    for k in {**a.weights, **b.weights, **c.weights}:
        wa, wb, wc = a.weights.get(k), b.weights.get(k), c.weights.get(k)
        if wa is not None and wb is not None and wc is not None:
            rows[k] = (wa, wb, wc)
        else:
            partial[k] = (wa, wb, wc)
    return _KindTable(
        (names[0], names[1], names[2]), (a.intercept, b.intercept, c.intercept), rows, partial
    )


def _kind_softmax(table: _KindTable, features: dict[str, float]) -> dict[str, float]:
    """:func:`kind_probabilities` from the table, in native floats: the same products
    added in the same order, the same softmax, so the very same values."""
    t0, t1, t2 = table.intercepts
    rows = table.rows
    partial = table.partial
    for name, x in features.items():
        row = rows.get(name)
        if row is not None:
            c0, c1, c2 = row
            t0 += c0 * x
            t1 += c1 * x
            t2 += c2 * x
        elif partial:
            part = partial.get(name)
            if part is not None:
                p0, p1, p2 = part
                if p0 is not None:
                    t0 += p0 * x
                if p1 is not None:
                    t1 += p1 * x
                if p2 is not None:
                    t2 += p2 * x
    # max(t0, t1, t2) in native floats (max keeps the first of equals, replacing only
    # on ">"; compiled, the builtin is a generic call on three boxed floats)
    top = t0
    if t1 > top:
        top = t1
    if t2 > top:
        top = t2
    e0, e1, e2 = math.exp(t0 - top), math.exp(t1 - top), math.exp(t2 - top)
    total = sum((e0, e1, e2))  # sum(), as the general path adds them
    n0, n1, n2 = table.names
    return {n0: e0 / total, n1: e1 / total, n2: e2 / total}


def kind_probabilities(weights: Weights, features: dict[str, float]) -> dict[str, float]:
    """Softmax over the kinds' logits."""
    if not weights.kinds:
        return {}
    if _shipped and weights is _shipped[0] and _shipped_table[0] is not None:
        # the shipped weights never change: their table is built once with them
        return _kind_softmax(_shipped_table[0], features)
    z = {k: logit(m, features) for k, m in weights.kinds.items()}
    top = max(z.values())
    e = {k: math.exp(v - top) for k, v in z.items()}
    total = sum(e.values())
    return {k: v / total for k, v in e.items()}


def weights_from_json(data: dict[str, Any]) -> Weights:
    def model(d: dict[str, Any]) -> Model:
        return Model(
            float(d["intercept"]),
            # the names interned: a feature dict's key written as a literal (interned
            # by the compiler) is then the very object its weight is filed under, and
            # each of a page's few hundred lookups is found by identity, not compared
            {sys.intern(str(k)): float(v) for k, v in d["weights"].items()},
            float(d.get("threshold", 0.5)),
            float(d.get("margin", 0.0)),
        )

    return Weights(
        {str(k): model(v) for k, v in data.get("fields", {}).items()},
        {str(k): model(v) for k, v in data.get("kinds", {}).items()},
    )


def weights_to_json(weights: Weights) -> dict[str, Any]:
    def model(m: Model) -> dict[str, Any]:
        return {
            "intercept": round(m.intercept, 4),
            "threshold": round(m.threshold, 4),
            "margin": round(m.margin, 4),
            "weights": {k: round(v, 4) for k, v in sorted(m.weights.items()) if round(v, 4)},
        }

    return {
        "fields": {k: model(v) for k, v in sorted(weights.fields.items())},
        "kinds": {k: model(v) for k, v in sorted(weights.kinds.items())},
    }


# Before any fitting (and for a field the weights file lacks): trust the readers'
# own choice, which is what the extractor did before it weighed candidates.
READERS_ONLY: Final = Model(-4.0, {"pick": 8.0}, 0.5, 0.0)

_shipped: Final[list[Weights]] = []
_shipped_table: Final[list[_KindTable | None]] = []


def shipped_weights() -> Weights:
    """The weights installed with the package (read once)."""
    if not _shipped:
        text = resources.files("catalog.extract").joinpath("weights.json").read_text("utf-8")
        weights = weights_from_json(json.loads(text))
        _shipped_table.append(_kind_table(weights))
        _shipped.append(weights)
    return _shipped[0]


def _most_likely(probs: dict[str, float]) -> str:
    """``max(probs, key=lambda k: probs[k])`` (``probs`` not empty): the first kind of
    the highest probability, as max() keeps the first of equals (it replaces only on
    ">"), without a closure and a generic call with a key function."""
    kind = ""
    top = 0.0
    first = True
    for k, p in probs.items():
        if first or p > top:
            kind, top, first = k, p, False
    return kind


def choose(reading: Reading, weights: Weights) -> Extraction:
    """The values of one page: its kind, then each field's best candidate or none."""
    evidence: list[Evidence] = []
    # a page without text is no news item, whatever the weights
    probs = (
        {}
        if "empty" in reading.kind_features
        else kind_probabilities(weights, reading.kind_features)
    )
    kind = _most_likely(probs) if probs else reading.kind_rule.split(":", 1)[0]
    if kind not in KINDS:
        kind = "article"
    if reading.kind_rule == RECORDS_VERDICT:
        # a table counting its records lists documents: no news item, and (as a listing)
        # no article field; no dev page prints one, so the model has no weight for it
        # (dev 649, a list of document uploads, is labelled other with no field)
        kind = "other"
    at = min(max(reading.kind_line, 0), max(len(reading.raw) - 1, 0))
    # the rule is what the readers said, the confidence what the kind model gives;
    # where the model overrules the readers, the rule says so and on what
    rule = reading.kind_rule
    # A reader's kind names the line that gave its reason (a listing's marker); the
    # default names only where the story starts, which no line decided: its row keeps
    # the line number without the line (a fifth of a first sync's evidence text).
    raw = reading.raw[at][:300] if reading.raw and rule != DEFAULT_KIND_RULE else ""
    if kind != rule.split(":", 1)[0]:
        new_story = kind == "listing" and reading.kind_features.get("new-story")
        why = "a new story starts on the page" if new_story else "the page's features"
        rule = f"kind model: {kind}, from {why}; readers said {rule}"
    evidence.append(new_evidence("kind", kind, at + 1, raw, rule, probs.get(kind, 1.0), True))
    if kind == "listing":
        return bare_extraction("listing", tuple(evidence))
    chosen: dict[str, Candidate | None] = {}
    for field_name, cands in reading.candidates.items():
        model = weights.fields.get(field_name, READERS_ONLY)
        chosen[field_name] = _choose_field(reading, field_name, cands, model, evidence, kind)
    date_c = chosen.get("published_date")
    published_date = dt.date.fromisoformat(date_c.value) if date_c is not None else None
    published_time = None
    zone = None
    if date_c is not None and date_c.time:
        hh, mm = date_c.time.split(":")
        published_time = dt.time(int(hh), int(mm))
        raw = reading.raw[date_c.line][:300] if 0 <= date_c.line < len(reading.raw) else ""
        evidence.append(
            new_evidence(
                "published_time",
                date_c.time,
                date_c.line + 1,
                raw,
                date_c.rule,
                1.0,
                True,
            )
        )
        if date_c.zone:
            zone = date_c.zone
            evidence.append(
                new_evidence("timezone", zone, date_c.line + 1, raw, date_c.rule, 1.0, True)
            )
    views_c = chosen.get("views")
    title_c, source_c, place_c = chosen.get("title"), chosen.get("source"), chosen.get("dateline")
    authors_c, editors_c = chosen.get("authors"), chosen.get("editors")
    evidence.extend(reading.photo_credits)
    evidence.extend(reading.furniture)
    return build_extraction(
        kind,
        title_c.value if title_c else None,
        authors_c.names if authors_c else (),
        editors_c.names if editors_c else (),
        published_date,
        published_time,
        zone,
        source_c.value if source_c else None,
        place_c.value if place_c else None,
        int(views_c.value) if views_c and views_c.value.isdecimal() else None,
        tuple(e.value for e in reading.photo_credits),
        reading.lead,
        reading.body,
        reading.word_count,
        tuple(evidence),
    )


def value_probabilities(model: Model, cands: list[Candidate]) -> list[tuple[float, Candidate]]:
    """Each distinct value's probability, best first, with its strongest candidate.

    A choice model: every candidate has a score (its features weighed), "none of
    them" has the score ``model.intercept``; a softmax over the page's options
    gives each its probability, and candidates with the same value pool theirs.
    """
    base = model.intercept
    if len(cands) == 1:
        # one candidate (most fields of most pages): the steps below on the same floats
        # in the same order, without their lists and dict (sum() of one float is it)
        c = cands[0]
        z = logit(model, c.features) - base
        top = z if z > base else base
        e = math.exp(z - top)
        return [(e / (math.exp(base - top) + e), c)]
    scores = [logit(model, c.features) - base for c in cands]
    # max([model.intercept, *scores]) without building the list (max keeps the first
    # of equals and compares with ">", as this loop does)
    top = model.intercept
    for z in scores:
        if z > top:
            top = z
    none = math.exp(model.intercept - top)
    exps = [math.exp(z - top) for z in scores]
    total = none + sum(exps)
    pooled: dict[str, list[Any]] = {}
    for k in range(len(cands)):  # exps, scores and cands side by side
        e, z, c = exps[k], scores[k], cands[k]
        key = c.value.casefold()
        got = pooled.get(key)
        if got is None:
            pooled[key] = [e / total, z, c]
        else:
            got[0] += e / total
            if z > got[1]:
                got[1], got[2] = z, c
    ranked = [(float(p), c) for p, _, c in pooled.values()]
    if len(ranked) > 1:  # (most fields have one value: nothing to sort)
        ranked.sort(key=lambda t: -t[0])
    return ranked


# Why a candidate was ruled out, as its evidence row says it (short: a row's rule
# is at most 100 characters)
_WHY_RULED_OUT: Final[dict[str, str]] = {
    "updated-label": "an edit stamp",
    "other-credit": "initials beside a credit",
    "stamp-or-link": "a stamp or a link",
    "untied": "names nothing of the story",
    "stamp-far-from-story": "its stamp is long after the story's dates",
    "clock-over-menu": "the site's clock over its menu",
}


def _why_ruled_out(field_name: str, c: Candidate) -> str:
    return next((_WHY_RULED_OUT[k] for k in RULED_OUT[field_name] if c.features.get(k)), "")


# A page that is no news item (a profile, a contact, a guideline, a procedure, a table
# of documents) gives no article field, as a listing gives none: the corpus's scoring
# rule and issue 11 count an other page right only "with no article fields". Its
# heading, update stamp, poster and count stay in the evidence, ruled out with the
# reason. (Seven of the dev corpus's nine other pages carry their heading as title;
# under the rule a title given there costs the page, so the heading is not given.)
_NO_NEWS_ITEM: Final = "none chosen: a page that is no news item has no article field"


def _choose_field(
    reading: Reading,
    field_name: str,
    cands: list[Candidate],
    model: Model,
    evidence: list[Evidence],
    kind: str = "article",
) -> Candidate | None:
    if not cands:
        return None
    cands, dropped = options(field_name, cands)
    scored = value_probabilities(model, cands) if cands else []
    best_p, best = scored[0] if scored else (0.0, None)
    rival_p = scored[1][0] if len(scored) > 1 else 0.0
    if best is None:
        verdict = "none chosen, ruled out"  # (the rows below say why)
    elif kind == "other":
        verdict = _NO_NEWS_ITEM
    elif best.features.get("contradicts-header-month"):
        # the page prints its year and month; a date in another month is not its day
        verdict = "none chosen: the best date contradicts the month the page prints"
    elif best_p < model.threshold:
        verdict = f"none chosen: {best_p:.2f} is below {model.threshold:.2f}"
    elif best_p - rival_p < model.margin:
        verdict = f"none chosen: {best_p:.2f} and a rival's {rival_p:.2f} are too close"
    else:
        verdict = ""
    raw = reading.raw
    for rank, (p, c) in enumerate(scored[: KEPT_REJECTED + 1]):
        win = not verdict and rank == 0
        if rank and p < KEPT_BELOW and not (field_name in MULTI and ":rejected" in c.rule):
            continue  # a rival nobody would have taken: not worth a row
        line_raw = raw[c.line][:300] if 0 <= c.line < len(raw) else ""
        # the probability goes in the confidence column; the rule names the reader,
        # and for a field left empty, why
        rule = f"{c.rule}; {verdict}" if rank == 0 and verdict else c.rule
        values = c.names if field_name in MULTI else (c.value,)
        for value in values:
            evidence.append(new_evidence(field_name, value, c.line + 1, line_raw, rule, p, win))
    for k, c in enumerate(dropped[:KEPT_REJECTED]):
        # ruled out before scoring: a row says so, with no probability (and why none
        # was chosen, when nothing else was left)
        line_raw = raw[c.line][:300] if 0 <= c.line < len(raw) else ""
        values = c.names if field_name in MULTI else (c.value,)
        # "title:first-headline; ruled out: names nothing of the story", and when
        # nothing else was left: "...; none chosen, ruled out: ..."
        said = verdict if best is None and k == 0 else "ruled out"
        rule = f"{c.rule}; {said}: {_why_ruled_out(field_name, c)}"
        for value in values:
            evidence.append(new_evidence(field_name, value, c.line + 1, line_raw, rule, 0.0, False))
    return None if verdict else best
