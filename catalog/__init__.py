"""catalog: a migration-managed SQLite catalog of Indonesian news and press text dumps."""

__version__ = "0.1.0"
