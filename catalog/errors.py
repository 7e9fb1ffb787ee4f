"""The domain errors. The CLI maps every one of them to ``Error: ...`` and exit 1."""


class CatalogError(Exception):
    """A problem the user can act on; the message says what to do."""


class SchemaError(CatalogError):
    """The catalog's schema revision does not match this code."""


class QueryRefused(CatalogError):
    """A statement given to ``catalog query`` would write, or is not one statement."""


class QueryTimeout(CatalogError):
    """A query ran past its deadline and was cancelled."""


class NotFound(CatalogError):
    """A document, file or catalog that was asked for does not exist."""


class LockedError(CatalogError):
    """Another sync holds the catalog."""
