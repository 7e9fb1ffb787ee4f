"""What a sync tells as it goes, for whoever shows it (the CLI draws a bar or log lines).

Every method does nothing here: a script that wants no progress passes nothing, one
that wants some overrides what it needs. Calls are cheap and frequent (one per file
found while walking), so a subclass throttles its own drawing.
"""

from __future__ import annotations


class Progress:
    def waiting(self, holder: str, seconds: float) -> None:
        """Another sync holds the catalog (``holder`` says who); waited this long so far."""

    def walking(self, root: str, found: int) -> None:
        """The walk of ``root`` has matched ``found`` files so far."""

    def reading(self, root: str, total: int, done: int) -> None:
        """The walk of ``root`` is over: ``total`` files, ``done`` of them unchanged
        (not read again); the others follow, one :meth:`step` each."""

    def step(self, n: int = 1) -> None:
        """``n`` more files read and stored."""

    def close(self) -> None:
        """The sync is over, or stopped: leave the terminal as it was."""
