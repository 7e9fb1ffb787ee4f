"""Pure text → metadata extraction. Imports nothing outside the standard library."""

from catalog.extract.core import extract, line_roles
from catalog.extract.model import Evidence, Extraction
from catalog.extract.names import normalise_name

__all__ = ["Evidence", "Extraction", "extract", "line_roles", "normalise_name"]
