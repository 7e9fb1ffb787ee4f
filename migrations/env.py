"""Alembic environment.

The catalog program passes an open connection in ``config.attributes``; plain
``alembic`` use from the repo root takes the URL from ``-x db=...``, then
``$CATALOG_DB``, then ``./catalog.db``.
"""

from __future__ import annotations

import os

from alembic import context

from catalog.db import include_object, make_engine, to_url
from catalog.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    url = context.get_x_argument(as_dictionary=True).get("db") or os.environ.get(
        "CATALOG_DB", "catalog.db"
    )
    context.configure(
        url=to_url(url).render_as_string(hide_password=False),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    db = (
        context.get_x_argument(as_dictionary=True).get("db")
        or os.environ.get("CATALOG_DB")
        or config.get_main_option("sqlalchemy.url")
        or "catalog.db"
    )
    engine = make_engine(to_url(db))
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
