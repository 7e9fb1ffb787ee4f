"""Pure text → metadata extraction. Imports nothing outside the standard library."""

from catalog.extract.core import extract
from catalog.extract.model import Evidence, Extraction
from catalog.extract.names import normalise_name
from catalog.extract.page import line_roles
from catalog.extract.profile import EMPTY, FurnitureCounter, Profile, fold

__all__ = [
    "EMPTY",
    "Evidence",
    "Extraction",
    "FurnitureCounter",
    "Profile",
    "extract",
    "fold",
    "line_roles",
    "normalise_name",
]
