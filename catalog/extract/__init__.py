"""Pure text → metadata extraction. Imports nothing outside the standard library."""

from catalog.extract.core import extract
from catalog.extract.model import Evidence, Extraction

__all__ = ["Evidence", "Extraction", "extract"]
