"""Pure text → metadata extraction. Imports nothing outside the standard library."""

from catalog.extract.core import extract
from catalog.extract.model import Evidence, Extraction
from catalog.extract.names import normalise_name
from catalog.extract.page import line_roles

__all__ = ["Evidence", "Extraction", "extract", "line_roles", "normalise_name"]
