"""near-duplicates: each document's MinHash signature, and its LSH band hashes indexed

``documents.minhash`` holds :func:`catalog.similarity.signature` of the body
as hex (NULL for listing pages and texts too short to compare); the table
``minhash_bands`` holds one hash per band of it, indexed on (band, hash), so
``catalog report duplicates`` finds candidate pairs with one GROUP BY.

The signatures of documents already in the catalog are computed here from the
stored bodies, in chunks, and only where one is missing, so a re-run does no
harm. Plain ``ADD COLUMN``, not a batch copy: a copy of ``documents`` would drop
the search triggers of revision 0004.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHUNK = 500


def upgrade() -> None:
    """Add documents.minhash and minhash_bands; sign the documents already there."""
    op.add_column("documents", sa.Column("minhash", sa.String(length=512), nullable=True))
    op.create_table(
        "minhash_bands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("band", sa.SmallInteger(), nullable=False),
        sa.Column("hash", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_minhash_bands_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minhash_bands")),
        sa.UniqueConstraint("document_id", "band", name=op.f("uq_minhash_bands_document_id_band")),
    )
    with op.batch_alter_table("minhash_bands", schema=None) as batch_op:
        batch_op.create_index(
            "ix_minhash_bands_band", ["band", "hash", "document_id"], unique=False
        )
    _sign_existing()


def _sign_existing() -> None:
    """Compute the missing signatures of stored documents, ``_CHUNK`` at a time, by id."""
    from catalog.similarity import bands, signature

    conn = op.get_bind()
    docs = sa.table(
        "documents",
        sa.column("id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("body", sa.Text()),
        sa.column("minhash", sa.String()),
    )
    rows_of_bands = sa.table(
        "minhash_bands",
        sa.column("document_id", sa.Integer()),
        sa.column("band", sa.SmallInteger()),
        sa.column("hash", sa.BigInteger()),
    )
    last = 0
    while True:
        chunk = conn.execute(
            sa.select(docs.c.id, docs.c.body)
            .where(docs.c.id > last, docs.c.minhash.is_(None), docs.c.kind != "listing")
            .order_by(docs.c.id)
            .limit(_CHUNK)
        ).all()
        if not chunk:
            return
        last = chunk[-1][0]
        signed = [(i, sig) for i, body in chunk if (sig := signature(body or "")) is not None]
        if not signed:
            continue
        ids = [i for i, _ in signed]
        conn.execute(sa.delete(rows_of_bands).where(rows_of_bands.c.document_id.in_(ids)))
        conn.execute(
            sa.update(docs).where(docs.c.id == sa.bindparam("doc_id")),
            [{"doc_id": i, "minhash": sig.hex()} for i, sig in signed],
        )
        conn.execute(
            sa.insert(rows_of_bands),
            [
                {"document_id": i, "band": b, "hash": h}
                for i, sig in signed
                for b, h in enumerate(bands(sig))
            ],
        )


def downgrade() -> None:
    """Drop minhash_bands and documents.minhash."""
    with op.batch_alter_table("minhash_bands", schema=None) as batch_op:
        batch_op.drop_index("ix_minhash_bands_band")
    op.drop_table("minhash_bands")
    op.drop_column("documents", "minhash")
