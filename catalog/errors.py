"""The domain errors. The CLI maps every one of them to ``Error: ...`` and exit 1.

:class:`Interrupted` is not one of them: a stop asked for by a signal exits 128 + the signal.
"""

import signal


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


class Interrupted(BaseException):
    """A sync stopped by SIGINT or SIGTERM; every batch committed before it stays.

    ``stored`` counts the files whose results were committed by the interrupted command.
    Like KeyboardInterrupt it is no Exception, so no ``except Exception`` (a loader's
    catch-all, SQLAlchemy wrapping what a statement raised) takes it for an error.
    """

    def __init__(self, signum: int, stored: int = 0) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.stored = stored
