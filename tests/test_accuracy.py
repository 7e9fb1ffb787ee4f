"""evaluation.score on small hand-made label and row tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalog.accuracy import Mismatch, blank_label, format_table, load_labels, meets, score


def label(file: str, **fields: object) -> dict[str, object]:
    return {**blank_label(file), **fields}


def row(**cols: str) -> dict[str, str]:
    return {"kind": "article", **cols}


def test_perfect_match_with_folding() -> None:
    labels = [
        label(
            "a.txt",
            authors=["Rina Kusuma", "Budi"],
            source="KOMPAS.com",
            dateline="Jakarta",
            date="2024-09-19",
            views=283,
            tz="WIB",
        )
    ]
    rows = {
        "a.txt": row(
            authors="budi;  RINA  kusuma",
            source="kompas.com ",
            dateline="JAKARTA",
            published_date="2024-09-19",
            views="283",
            timezone="WIB",
        )
    }
    s = score(labels, rows)
    assert s.mismatches == []
    assert s.fields["authors"].precision == 1.0 and s.fields["authors"].recall == 1.0
    assert s.all_right_share == 1.0 and s.kind_accuracy == 1.0


def test_precision_and_recall_counts() -> None:
    labels = [
        label("a.txt", authors=["Ani"]),
        label("b.txt", authors=["Budi"]),
        label("c.txt"),
        label("d.txt", authors=["Dewi"]),
    ]
    rows = {
        "a.txt": row(authors="Ani"),  # right
        "b.txt": row(authors="Bayu"),  # given, wrong
        "c.txt": row(authors="Cici"),  # given, nothing labelled
        "d.txt": row(authors=""),  # missed
    }
    f = score(labels, rows).fields["authors"]
    assert (f.given, f.right, f.labelled) == (3, 1, 3)
    assert f.precision == pytest.approx(1 / 3)
    assert f.recall == pytest.approx(1 / 3)


def test_sets_must_match_exactly() -> None:
    labels = [label("a.txt", editors=["Ani", "Budi"])]
    s = score(labels, {"a.txt": row(editors="Ani")})
    assert s.fields["editors"].right == 0
    assert Mismatch("a.txt", "editors", "ani; budi", "ani") in s.mismatches


def test_kind_and_listing_and_missing_rows() -> None:
    labels = [label("l.txt", kind="listing"), label("m.txt", date="2020-01-02")]
    rows = {"l.txt": {"kind": "article", "authors": "X"}}
    s = score(labels, rows)
    assert s.kind_right == 0 and s.kind_total == 2
    assert s.fields["authors"].given == 1 and s.fields["authors"].right == 0
    assert s.fields["date"].labelled == 1 and s.fields["date"].right == 0
    assert s.articles == 1 and s.articles_all_right == 0


def test_meets_and_table(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    path.write_text(json.dumps(label("a.txt", title="Judul")) + "\n\n", encoding="utf-8")
    labels = load_labels(path)
    s = score(labels, {"a.txt": row(title="Judul ")})
    assert meets(s, 0.97, 0.95)
    table = format_table(s)
    assert "title" in table and "kind accuracy 1.000" in table
    s2 = score(labels, {"a.txt": row(title="")})
    assert not meets(s2, 0.97, 0.95)


def test_views_compare_as_numbers() -> None:
    labels = [label("a.txt", views=1234)]
    assert score(labels, {"a.txt": row(views="1.234")}).fields["views"].right == 1


def test_title_compares_as_written() -> None:
    labels = [label("a.txt", title="Harga Naik  Lagi")]
    assert score(labels, {"a.txt": row(title="Harga Naik Lagi")}).fields["title"].right == 1
    assert score(labels, {"a.txt": row(title="harga naik lagi")}).fields["title"].right == 0


def test_pages_fully_right_counts_listings_and_wrong_kinds() -> None:
    labels = [
        label("story.txt", authors=["Ani"]),
        label("list.txt", kind="listing"),
        label("list2.txt", kind="listing"),
        label("misread.txt", kind="listing"),
    ]
    rows = {
        "story.txt": row(authors="Ani"),
        "list.txt": {"kind": "listing"},
        # right kind, but the first teaser's byline given: not fully right
        "list2.txt": {"kind": "listing", "authors": "Budi"},
        # a listing read as an article
        "misread.txt": row(),
    }
    s = score(labels, rows)
    assert (s.pages_all_right, s.kind_total) == (2, 4)
    assert s.articles_all_right == 1
    assert "pages fully right 0.500 (2/4)" in format_table(s)


def test_an_other_page_is_right_with_no_article_field_whatever_its_label_records() -> None:
    # the corpus README and issue 11: "a listing/other page with no article fields";
    # a label may still record the heading the page prints (seven dev other pages do),
    # which counts in the title's recall but not against the page
    labels = [
        label("kontak.txt", kind="other", title="Kontak Kami"),
        label("profil.txt", kind="other", title="Profil Desa"),
        label("visi.txt", kind="other"),
    ]
    rows = {
        "kontak.txt": {"kind": "other"},
        # the heading given: right as a title, but an article field on an other page
        "profil.txt": {"kind": "other", "title": "Profil Desa"},
        "visi.txt": {"kind": "other", "title": "Visi dan Misi"},
    }
    s = score(labels, rows)
    assert s.pages_all_right == 1
    assert (s.fields["title"].given, s.fields["title"].right, s.fields["title"].labelled) == (
        2,
        1,
        2,
    )
    # the mismatches are what keeps a page from being right: none for kontak.txt
    assert {m.file for m in s.mismatches} == {"profil.txt", "visi.txt"}


def test_floors_apply_to_kind_accuracy() -> None:
    labels = [label("a.txt", kind="listing"), label("b.txt", kind="listing")]
    rows = {"a.txt": {"kind": "listing"}, "b.txt": {"kind": "article"}}
    s = score(labels, rows)
    assert all(f.precision == 1.0 and f.recall == 1.0 for f in s.fields.values())
    assert not meets(s, 0.9, 0.0)
    assert meets(s, 0.5, 0.5)


def test_extraction_row_matches_the_index_columns() -> None:
    import datetime as dt

    from catalog.accuracy import extraction_row
    from catalog.extract import Extraction

    x = Extraction(
        kind="article",
        authors=("Ani", "Budi"),
        published_date=dt.date(2024, 1, 2),
        published_time=dt.time(9, 5),
        timezone="WIB",
        views=7,
    )
    r = extraction_row(x)
    assert r["authors"] == "Ani; Budi" and r["published_time"] == "09:05" and r["views"] == "7"
    assert (
        score(
            [
                label(
                    "a.txt",
                    authors=["ani", "budi"],
                    date="2024-01-02",
                    time="09:05",
                    tz="WIB",
                    views=7,
                )
            ],
            {"a.txt": r},
        ).pages_all_right
        == 1
    )
