"""catalog: a migration-managed SQLite catalog of Indonesian news and press text dumps."""

__version__ = "0.1.0"
DEFAULT_DB = "catalog.db"  # the catalog a command uses when --db and $CATALOG_DB say none
