"""Chart geometry for the HTML report: numbers in, boxes out, no drawing library.

The report draws these as inline SVG (``templates/report/_charts.html.j2``), so
a chart stays sharp when printed or pasted into a document and needs nothing
from the network. Pure functions over report rows; the template only places
what is computed here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

# A colour-blind-safe palette (Okabe & Ito), then grey for "other".
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
OTHER_COLOUR = "#999999"
TOP_SOURCES = 6  # the months chart stacks this many outlets, the rest as "other"
TOP_BARS = 15  # the horizontal charts show this many names


@dataclass(frozen=True)
class Segment:
    y: float
    height: float
    colour: str
    label: str  # the series (an outlet, or "other")
    count: int


@dataclass(frozen=True)
class Column:
    """One month's bar: its segments stacked from the bottom."""

    x: float
    width: float
    label: str
    total: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Tick:
    pos: float
    label: str


@dataclass
class StackedChart:
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    left: int
    columns: list[Column] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    x_ticks: list[Tick] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)  # (colour, label)


@dataclass(frozen=True)
class Bar:
    y: float
    length: float
    label: str
    count: int


@dataclass
class BarChart:
    width: int
    height: int
    left: int  # room for the names
    bar_height: int
    bars: list[Bar] = field(default_factory=list)


def month_span(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (``YYYY-MM``), both included.

    >>> month_span("2023-11", "2024-02")
    ['2023-11', '2023-12', '2024-01', '2024-02']
    """
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (year, month) <= end:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def nice_step(top: int, ticks: int = 4) -> int:
    """A round step (1, 2 or 5 times a power of ten) for about ``ticks`` gridlines up to ``top``.

    >>> nice_step(7), nice_step(38), nice_step(1200)
    (2, 10, 500)
    """
    raw = max(top, 1) / ticks
    power = 1
    while power * 10 <= raw:
        power *= 10
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return m * power
    return 10 * power  # pragma: no cover - the loop always returns


def months_chart(
    rows: Iterable[Sequence[object]],
    undated: str,
    other: str,
    unknown: str,
    top: int = TOP_SOURCES,
    width: int = 860,
    height: int = 300,
) -> StackedChart | None:
    """Documents per month stacked by outlet: the ``top`` outlets with most documents,
    the rest as ``other``; every month from the first to the last has a column.

    ``rows`` are the months report's ``(month, source, documents)``; the
    ``undated`` month is left out (the summary counts it). None when no document
    has a date.
    """
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_source: dict[str, int] = defaultdict(int)
    for month, source, n in rows:
        if month == undated:
            continue
        name = str(source) if source is not None else unknown
        counts[str(month)][name] += int(n)  # type: ignore[call-overload]
        per_source[name] += int(n)  # type: ignore[call-overload]
    if not counts:
        return None
    ranked = sorted(per_source, key=lambda s: (-per_source[s], s))
    shown = ranked if len(ranked) <= top + 1 else ranked[:top]  # no 'other' of one
    series = [*shown, other] if len(ranked) > len(shown) else list(shown)
    colours = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(shown)}
    colours[other] = OTHER_COLOUR
    months = month_span(min(counts), max(counts))
    left, plot_top, plot_bottom = 48, 12, height - 40
    most = max(sum(counts[m].values()) for m in months if m in counts)
    step = nice_step(most)
    axis_top = -(-most // step) * step
    scale = (plot_bottom - plot_top) / axis_top
    slot = (width - left - 32) / len(months)  # room on the right for the last label
    chart = StackedChart(width, height, plot_top, plot_bottom, left)
    for i, month in enumerate(months):
        by_series: dict[str, int] = defaultdict(int)
        for source, n in counts.get(month, {}).items():
            by_series[source if source in colours and source != other else other] += n
        y = float(plot_bottom)
        segments = []
        for s in series:
            n = by_series.get(s, 0)
            if n:
                h = n * scale
                y -= h
                segments.append(Segment(round(y, 2), round(h, 2), colours[s], s, n))
        x = left + i * slot + slot * 0.1
        chart.columns.append(
            Column(
                round(x, 2), round(slot * 0.8, 2), month, sum(by_series.values()), tuple(segments)
            )
        )
    chart.y_ticks = [
        Tick(round(plot_bottom - v * scale, 2), f"{v:,}") for v in range(0, axis_top + 1, step)
    ]
    every = max(1, -(-len(months) // 12))  # at most about a dozen month labels
    chart.x_ticks = [
        Tick(round(left + i * slot + slot / 2, 2), m)
        for i, m in enumerate(months)
        if i % every == 0
    ]
    chart.legend = [(colours[s], s) for s in series]
    return chart


def bar_chart(
    items: Iterable[tuple[str, int]], top: int = TOP_BARS, width: int = 860
) -> BarChart | None:
    """Horizontal bars for the first ``top`` of ``(name, count)`` (already ranked); None for none."""
    chosen = [(str(name), int(n)) for name, n in items][:top]
    if not chosen:
        return None
    bar_height, gap, left = 18, 6, 240
    most = max(n for _, n in chosen) or 1
    room = width - left - 60
    chart = BarChart(width, len(chosen) * (bar_height + gap) + gap, left, bar_height)
    for i, (name, n) in enumerate(chosen):
        chart.bars.append(Bar(gap + i * (bar_height + gap), round(n / most * room, 2), name, n))
    return chart
