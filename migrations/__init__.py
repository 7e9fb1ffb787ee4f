"""Alembic migrations of the catalog schema (shipped as ``catalog.migrations``)."""
