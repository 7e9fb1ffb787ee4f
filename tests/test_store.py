"""The sync's writer: how a batch of documents reaches the database, on each backend."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import rows
from sqlalchemy import event

from catalog import store
from catalog.db import Catalog
from catalog.extract import extract
from catalog.loaders import Loaded
from catalog.records import DocumentData, Record
from catalog.similarity import bands, signature
from catalog.sync import SyncOptions, pipeline, sync_root
from catalog.sync.discover import FileStat

Tree = Callable[[dict[str, str | bytes]], Path]


def page(n: int) -> str:
    """A short dated article, different for every n."""
    return (
        f"Saluran Kampung Nomor {n} Dibersihkan\n"
        f"Rabu, {1 + n % 27} Maret 2024 | 08:{n % 60:02d} WIB\n"
        f"BANDUNG - Warga kampung nomor {n} membersihkan saluran air sejak pagi bersama.\n"
        "Penulis: Ratna Wulandari\n"
    )


def sync_counting(db: str, root: Path, batch: int) -> list[tuple[int, bool]]:
    """Sync ``root`` in-process; (documents inserted, executemany) of each INSERT into documents."""
    seen: list[tuple[int, bool]] = []
    cat = Catalog(db)
    cat.open(create=True)

    def before(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        if sql.startswith("INSERT INTO documents "):
            seen.append((len(params) if many else sql.count("), (") + 1, many))

    event.listen(cat.engine, "before_cursor_execute", before)
    try:
        with cat.session() as session:
            sync_root(session, str(root), SyncOptions(jobs=1, batch=batch, profiles=False))
    finally:
        cat.close()
    return seen


def stored(db: str, root: Path) -> list[tuple[Any, ...]]:
    return rows(
        db,
        "SELECT path, title, published_date, published_time, published_utc, word_count, "
        "first_seen IS NOT NULL FROM documents WHERE root = ? ORDER BY path",
        str(root.resolve()),
    )


def test_a_batch_of_new_documents_is_one_statement(db: str, make_tree: Tree) -> None:
    # SQLite runs the full-text trigger's index write once per statement executed:
    # a statement per document (executemany) cost as much again as the rest of the insert.
    root = make_tree({f"k{i:02d}.txt": page(i) for i in range(12)})
    assert sync_counting(db, root, batch=5) == [(5, False), (5, False), (2, False)]
    assert len(stored(db, root)) == 12


def test_a_batch_larger_than_a_statement_may_carry_is_split(
    db: str, make_tree: Tree, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {f"k{i:02d}.txt": page(i) for i in range(7)}
    whole, split = make_tree(files), make_tree(files)
    assert sync_counting(db, whole, batch=50) == [(7, False)]
    columns = len(store._DOCUMENTS.c)  # every column of documents is given
    monkeypatch.setattr(store, "_max_parameters", lambda conn: 3 * columns)
    assert sync_counting(db, split, batch=50) == [(3, False), (3, False), (1, False)]
    # The same values, typed alike, however the rows were cut into statements.
    assert stored(db, split) == stored(db, whole)
    assert len(stored(db, split)) == 7
    if "://" not in db:
        found = rows(db, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'saluran'")
        assert found == [(14,)]


def test_band_hashes_are_stored_whether_the_worker_made_them_or_not(
    db: str, tmp_path: Path
) -> None:
    text = " ".join(f"kata{i} warga membersihkan saluran" for i in range(40))
    sig = signature(text)
    assert sig is not None
    made = pipeline._document(
        FileStat("a/k.txt", str(tmp_path / "k.txt"), 1, 1),
        "a/k.txt",
        None,
        Loaded(text, "hash-a", len(text)),
    ).data
    assert made is not None and made.bands == bands(made.minhash)  # type: ignore[arg-type]
    bare = DocumentData("a/l.txt", 1, 1, "hash-b", made.record, minhash=made.minhash)
    cat = Catalog(db)
    cat.open(create=True)
    try:
        with cat.session() as session:
            writer = store.Store(session, str(tmp_path))
            writer.add([made, bare])
            writer.commit()
    finally:
        cat.close()
    found = rows(
        db,
        "SELECT d.path, b.band, b.hash FROM minhash_bands b JOIN documents d "
        "ON d.id = b.document_id ORDER BY d.path, b.band",
    )
    expected = [(p, i, h) for p in ("a/k.txt", "a/l.txt") for i, h in enumerate(bands(sig))]
    assert found == expected


def test_an_evidence_rule_longer_than_its_column_is_cut_not_refused(
    db: str, tmp_path: Path
) -> None:
    # the rule column holds 100 characters (PostgreSQL refuses a longer value): a
    # reader's name with a long verdict is stored cut
    x = extract(page(1))
    long_rule = "lead-date:rejected-header-stamp-wins; none chosen: " + "x" * 80
    ev = dataclasses.replace(x.evidence[0], rule=long_rule)
    x = dataclasses.replace(x, evidence=(ev, *x.evidence[1:]))
    cat = Catalog(db)
    cat.open(create=True)
    try:
        with cat.session() as session:
            writer = store.Store(session, str(tmp_path))
            writer.add([DocumentData("a/k.txt", 1, 1, "hash-a", Record.of(x))])
            writer.commit()
    finally:
        cat.close()
    got = rows(db, "SELECT rule FROM evidence WHERE rule LIKE 'lead-date:rejected%'")
    assert got == [(long_rule[:100],)]
