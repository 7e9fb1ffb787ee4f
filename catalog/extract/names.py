"""Name keys for grouping: one person, however the byline spells the titles.

The document keeps a name as written; reports group by :func:`normalise_name`.

>>> normalise_name("Dr. H. Ahmad  Fauzi, S.Sos, M.Si")
'ahmad fauzi'
>>> normalise_name("ahmad fauzi")
'ahmad fauzi'
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Honorifics before a name and academic/professional degrees after it.
_HONORIFICS: Final = frozenset(
    re.split(
        r"\s+",
        "h hj dr drs dra ir prof kh ust ustadz ustazah hc ns apt bapak bpk ibu pak bu sdr sdri",
    )
)
_DEGREES: Final = frozenset(
    re.split(
        r"\s+",
        " ".join(
            (
                "s.sos s.si s.h s.e s.pd s.kom s.t s.ip s.ag s.hi s.pt s.ked s.psi s.ikom s.i.kom",
                "s.hum s.farm s.kep s.kes s.stp s.tp s.ak s.pdi s.th s.sn s.ds s.ars s.pi s.p s.i.p",
                "m.si m.h m.m m.pd m.kom m.t m.sc m.a m.ag m.hum m.kes m.e m.ak m.ikom m.ip m.ap",
                "m.psi mm mh msi mba mpa mpd msc ma phd se sh sp st spd sag sos skom mt amd a.md sip",
            )
        ),
    )
)
_SPLIT: Final = re.compile(r"[\s,]+")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\u00a0", " ").strip().lower()


def normalise_name(name: str) -> str:
    """Key for one person: case, spacing, honorifics and degrees folded away.

    >>> normalise_name("Hj. Siti  Aminah, S.H., M.H.")
    'siti aminah'
    >>> normalise_name("Ir. Budi Santoso M.T")
    'budi santoso'
    >>> normalise_name("Admin")
    'admin'
    """
    tokens = [t for t in _SPLIT.split(_fold(name)) if t]
    kept: list[str] = []
    for i, token in enumerate(tokens):
        bare = token.strip(".")
        dotted = token if token.endswith(".") else token + "."
        if not bare:
            continue
        is_title = bare in _HONORIFICS and (token.endswith(".") or i == 0)
        is_degree = (
            bare in _DEGREES
            or token in _DEGREES
            or dotted.rstrip(".") in _DEGREES
            or (("." in bare) and bare.replace(".", "") in _DEGREES)
        )
        if is_degree and kept:
            continue
        if is_title and i < len(tokens) - 1 and not kept:
            continue
        kept.append(bare)
    if not kept:
        return " ".join(t.strip(".") for t in tokens if t.strip("."))
    return " ".join(kept)
