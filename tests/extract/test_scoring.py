"""The choice among a page's date candidates: what the weights decide, and the two
things they do not (a date in another month than the page prints; an edit's stamp)."""

from __future__ import annotations

from catalog.extract.candidates import Candidate, Reading, options
from catalog.extract.scoring import Model, Weights, choose

# one weight: a candidate's "strong" feature; "none" scores 0, so a strong candidate
# wins with e^3 / (1 + e^3) ≈ 0.95 when it is alone
WEIGHTS = Weights(
    {"published_date": Model(0.0, {"strong": 3.0, "weak": 0.5}, 0.5, 0.0)},
    {"article": Model(1.0, {}), "listing": Model(0.0, {}), "other": Model(0.0, {})},
)
RAW = ["Judul", "Diterbitkan: Senin, 6 Mei 2024", "Diperbarui: Selasa, 7 Mei 2024", "Isi."]


def _reading(*cands: Candidate) -> Reading:
    return Reading({"published_date": list(cands)}, {}, "article:default", 0, RAW, None, "", 0, ())


def _date(value: str, line: int, **features: float) -> Candidate:
    return Candidate("published_date", value, line, "header-stamp", dict(features))


def test_the_strongest_date_is_chosen() -> None:
    e = choose(_reading(_date("2024-05-06", 1, strong=1.0)), WEIGHTS)
    assert e.published_date is not None and e.published_date.isoformat() == "2024-05-06"


def test_a_date_outside_the_printed_month_is_never_chosen() -> None:
    e = choose(
        _reading(_date("2020-12-01", 1, strong=1.0, **{"contradicts-header-month": 1.0})), WEIGHTS
    )
    assert e.published_date is None
    why = next(ev.rule for ev in e.evidence if ev.field == "published_date")
    assert "contradicts the month the page prints" in why


def test_an_edit_stamp_yields_to_another_stamp() -> None:
    edited = _date("2024-05-07", 2, strong=1.0, **{"updated-label": 1.0})
    first = _date("2024-05-06", 1, strong=1.0)
    e = choose(_reading(edited, first), WEIGHTS)
    assert e.published_date is not None and e.published_date.isoformat() == "2024-05-06"


def test_an_edit_stamp_alone_is_still_a_candidate() -> None:
    e = choose(_reading(_date("2024-05-07", 2, strong=1.0, **{"updated-label": 1.0})), WEIGHTS)
    assert e.published_date is not None and e.published_date.isoformat() == "2024-05-07"


def test_the_kind_row_says_when_the_model_overrules_the_readers() -> None:
    listing = Weights({}, {"article": Model(0.0, {}), "listing": Model(0.0, {"new-story": 3.0})})
    reading = Reading({}, {"new-story": 1.0}, "article:default", 0, RAW, None, "", 0, ())
    e = choose(reading, listing)
    row = next(ev for ev in e.evidence if ev.field == "kind")
    assert e.kind == "listing"
    assert row.rule == (
        "kind model: listing, from a new story starts on the page; readers said article:default"
    )
    agreed = choose(reading._replace(kind_features={}), listing)
    assert next(ev.rule for ev in agreed.evidence if ev.field == "kind") == "article:default"


def test_a_ruled_out_candidate_is_no_option_and_alone_it_stays_one() -> None:
    edited = _date("2024-05-07", 2, **{"updated-label": 1.0})
    first = _date("2024-05-06", 1)
    assert options("published_date", [edited, first]) == ([first], [edited])
    assert options("published_date", [edited]) == ([edited], [])


def test_the_fitting_weighs_the_options_the_choice_weighs() -> None:
    # the right date is always there beside an edit stamp, which choose() drops
    # before weighing: the fitted model must not learn from the dropped one (it
    # learned a weight for "updated-label" and cut-offs from probabilities that
    # choose() never computes)
    from catalog import fitting

    pages = []
    for k in range(6):
        day = f"2024-05-{k + 10:02d}"
        label = {"file": f"p{k}.txt", "kind": "article", "date": day}
        reading = _reading(
            _date(day, 1, strong=1.0), _date("2024-06-01", 2, strong=1.0, **{"updated-label": 1.0})
        )
        pages.append(fitting.Page(label, reading, f"site{k}.id"))
    model = fitting.fit(pages, inner_folds=2).fields["published_date"]
    assert "updated-label" not in model.weights


def test_a_field_whose_candidates_are_always_right_keeps_a_finite_intercept() -> None:
    # no page of the fit asks for none while a candidate stands: the score of none
    # (the intercept) is held by a weak penalty instead of running off to minus
    # infinity, so the field can still abstain on a weak candidate
    from catalog import fitting

    pages = []
    for k in range(6):
        day = f"2024-05-{k + 10:02d}"
        label = {"file": f"p{k}.txt", "kind": "article", "date": day}
        pages.append(fitting.Page(label, _reading(_date(day, 1, strong=1.0)), f"site{k}.id"))
    model = fitting._fit_choice(pages, "published_date")
    assert -10.0 < model.intercept < 0.0


def test_a_title_ruled_out_stays_out_even_alone() -> None:
    # a ticker over a page that prints no headline names another story: no title,
    # and the row says why (a date ruled out alone stays a candidate: above)
    ticker = Candidate("title", "TERKINI: Pasar Murah Digelar", 0, "title:first-headline", {})
    ticker.features.update({"stamp-or-link": 1.0, "strong": 1.0})
    titles = Weights(
        {"title": Model(0.0, {"strong": 3.0}, 0.5, 0.0)},
        {"article": Model(1.0, {}), "listing": Model(0.0, {}), "other": Model(0.0, {})},
    )
    reading = Reading({"title": [ticker]}, {}, "article:default", 0, RAW, None, "", 0, ())
    e = choose(reading, titles)
    assert e.title is None
    (row,) = (ev for ev in e.evidence if ev.field == "title")
    assert row.rule == "title:first-headline; none chosen, ruled out: a stamp or a link"
    assert (row.confidence, row.chosen) == (0.0, False)


def test_every_reason_to_rule_a_candidate_out_has_its_words() -> None:
    # a reason with no words for `catalog show` made choose() raise, and extract() then
    # returned an empty page for every page with such a candidate
    from catalog.extract.candidates import RULED_OUT
    from catalog.extract.scoring import _WHY_RULED_OUT

    reasons = {k for keys in RULED_OUT.values() for k in keys}
    assert reasons <= set(_WHY_RULED_OUT), reasons - set(_WHY_RULED_OUT)
