"""How the catalog compares short text the way people read it: spaces folded, case ignored.

One rule for every place that matches names, sources and headlines written in
different hands: a source key, a label scored against output, a format's
metadata weighed against the text.
"""

from __future__ import annotations


def fold(value: str) -> str:
    """Text compared the way people read it: spaces folded, case ignored.

    >>> fold("  Nelayan   CILACAP ") == fold("nelayan cilacap")
    True
    >>> fold("  KOMPAS.com ")
    'kompas.com'
    """
    return " ".join(value.split()).casefold()
