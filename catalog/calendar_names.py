"""Indonesian day and month names as a page writes them, taken from the date readers' own tables.

For the code that writes dates (augmented copies for fitting, benchmarks, test
texts), so a name the readers do not know cannot creep in.

>>> WEEKDAY_NAMES[0], WEEKDAY_NAMES[6]
('Senin', 'Minggu')
>>> MONTH_NAMES[7]
'Agustus'
"""

from __future__ import annotations

from catalog.extract.dates import MONTHS, WEEKDAYS

# Monday first, as ``datetime.date.weekday()`` counts; the readers' first spelling of each.
WEEKDAY_NAMES: tuple[str, ...] = tuple(w.capitalize() for w in WEEKDAYS if w.isalpha())[:7]
# January first; the readers' first spelling of each month.
MONTH_NAMES: tuple[str, ...] = tuple(
    next(name for name, num in MONTHS.items() if num == month).capitalize()
    for month in range(1, 13)
)
