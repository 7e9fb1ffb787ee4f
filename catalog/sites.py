"""Sites of a sync root and their furniture profiles, as the sync keeps them.

A page's **site** is the host of the URL its loader knows (an HTML page's
canonical link, a crawl record's ``url``), ``www.`` dropped; without one, the
first folder under the root, which is how crawlers lay sites out. A file
directly in the root with no URL belongs to no site and is read with no
profile: loose files in a root are as often a mix of outlets as one site, and
a wrong profile would hide a page's own lines.

>>> site_of("kompas/2024/a.txt", None), site_of("a.txt", None)
('kompas', None)
>>> site_of("a.html", "https://WWW.Warta.example:8080/berita/1")
'warta.example'

:class:`SiteState` is one site's :class:`~catalog.extract.FurnitureCounter` with
the spelling of each line as a page first showed it; its :attr:`version` names
the furniture set, so a document extracted with another version is read again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from catalog.extract import FurnitureCounter, Profile, fold
from catalog.extract.profile import MAX_LINE, SAMPLE_PAGES

__all__ = ["SAMPLE_PAGES", "SiteState", "folder_of", "page_lines", "site_of", "version_of"]


def folder_of(rel: str) -> str | None:
    """The first folder of a root-relative path; None for a file in the root itself."""
    head, sep, _ = rel.partition("/")
    return head if sep else None


def site_of(rel: str, url: str | None) -> str | None:
    """The site of a document at ``rel`` (relative to its root) read from ``url``."""
    if url:
        try:
            host = urlsplit(url.strip()).hostname
        except ValueError:
            host = None
        if host:
            return host.removeprefix("www.")
    return folder_of(rel)


def page_lines(text: str) -> dict[str, str]:
    """The distinct lines of one page that could be furniture: folded form → the
    line as written (stripped), first spelling kept.

    >>> page_lines("Beranda | Berita\\n\\n  BERANDA  |  Berita \\nSabtu, 1 Juni 2024")
    {'beranda | berita': 'Beranda | Berita', 'sabtu, 0 juni 0': 'Sabtu, 1 Juni 2024'}
    """
    out: dict[str, str] = {}
    for line in text.splitlines():
        stripped = line.strip()
        # the same lines as catalog.extract.profile counts
        if stripped and len(line) <= MAX_LINE:
            out.setdefault(fold(line), stripped)
    return out


def version_of(profile: Profile) -> str | None:
    """A short name of a furniture set, equal for equal sets; None when it is empty
    (a page read with it reads as with no profile).

    >>> version_of(Profile(frozenset({"b", "a"}), 9)) == version_of(Profile(frozenset({"a", "b"}), 3))
    True
    >>> version_of(Profile())
    """
    if not profile.lines:
        return None
    digest = hashlib.blake2b("\n".join(sorted(profile.lines)).encode(), digest_size=8)
    return digest.hexdigest()


class SiteState:
    """One site's counts as stored, and as this sync adds to them.

    >>> s = SiteState()
    >>> for story in ("banjir", "panen", "pasar"):
    ...     s.add({"beranda": "Beranda", story: story.title()})
    True
    True
    True
    >>> s.furniture(), s.version == version_of(s.profile)
    (['Beranda'], True)
    >>> SiteState.load(3, s.dump()).profile == s.profile
    True
    """

    def __init__(
        self,
        pages: int = 0,
        counts: Iterable[tuple[str, int]] = (),
        spellings: Mapping[str, str] | None = None,
    ) -> None:
        self.counter = FurnitureCounter(counts, pages)
        self.spellings: dict[str, str] = dict(spellings or {})
        self.stored_version: str | None = None
        self.grew = False  # counted a page this sync: to be stored
        self._profile: Profile | None = None

    @classmethod
    def load(cls, pages: int, lines: str, version: str | None = None) -> SiteState:
        """A site as :meth:`dump` stored it."""
        rows: list[Any] = json.loads(lines) if lines else []
        state = cls(
            pages,
            ((r[0], int(r[1])) for r in rows),
            {r[0]: r[2] for r in rows if len(r) > 2 and r[2] is not None},
        )
        state.stored_version = version
        return state

    @property
    def full(self) -> bool:
        return self.counter.pages >= SAMPLE_PAGES

    def add(self, lines: Mapping[str, str]) -> bool:
        """Count one page (its :func:`page_lines`); False once the sample is full."""
        if self.full:
            return False
        # what FurnitureCounter.add(text) does, from lines the worker has folded already
        # (the single writer does not fold every sampled line a second time)
        counts = self.counter.counts
        counts.update(lines.keys())
        self.counter.pages += 1
        for key, spelling in lines.items():
            # a spelling is kept from a line's second page on: most lines of a sample
            # (a story's own) are on one page, and furniture is on at least three
            if counts[key] > 1 and key not in self.spellings:
                self.spellings[key] = spelling
        self.grew = True
        self._profile = None
        return True

    @property
    def profile(self) -> Profile:
        if self._profile is None:
            self._profile = self.counter.profile()
        return self._profile

    @property
    def version(self) -> str | None:
        return version_of(self.profile)

    def furniture(self, top: int | None = None) -> list[str]:
        """The furniture lines as a page spelled them, most frequent first."""
        lines = sorted(self.profile.lines, key=lambda k: (-self.counter.counts[k], k))
        return [self.spellings.get(k, k) for k in lines[:top]]

    def dump(self) -> str:
        """The counts as JSON: every line while the sample fills, the furniture alone
        once it is full (the other counts can no longer change the set); a spelling
        for the furniture lines only."""
        furniture = self.profile.lines
        keep = furniture if self.full else self.counter.counts.keys()
        counts = self.counter.counts
        rows = [
            [k, counts[k], self.spellings.get(k) if k in furniture else None]
            for k in sorted(keep, key=lambda k: (-counts[k], k))
        ]
        return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
