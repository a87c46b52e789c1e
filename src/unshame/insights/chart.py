"""The charts, as SVG text the server sends inside the page: no script, no chart library.

Colours are presentation attributes (`fill="..."`), never `style="..."`, so the strict
Content-Security-Policy allows them, and they print. Each chart is `role="img"` with an
`aria-label`; the page puts the same numbers beside it as text for screen readers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from unshame.insights.model import Week

# Bottom to top of each week's bar: the heaviest first, so shame is easy to follow.
STACK: tuple[str, ...] = ("shame", "mixed", "guilt", "neither")
COLOURS = {"shame": "#9c2f48", "mixed": "#6b4c9a", "guilt": "#245d8f", "neither": "#8a8478"}
NAMES = {"shame": "shame", "mixed": "both", "guilt": "guilt", "neither": "neither"}
INK, GRID, FONT = "#55525e", "#ddd6cc", "system-ui, -apple-system, 'Segoe UI', sans-serif"
WIDTH, HEIGHT = 420, 240
LEFT, RIGHT, TOP, BOTTOM = 30, 6, 36, 26
MAX_LABELS = 6
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _n(value: float) -> str:
    """A coordinate, short: 12, 12.5."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _scale(largest: int) -> tuple[int, int]:
    """A round top for the axis and the step between grid lines (at most 4 steps)."""
    step = 1
    for factor in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        step = factor
        if math.ceil(largest / factor) <= 4:
            break
    return max(step, math.ceil(largest / step) * step), step


def _svg_open(width: int, height: int, label: str, css_class: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class={quoteattr(css_class)} role="img" '
        f'aria-label={quoteattr(label)} viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-family={quoteattr(FONT)} font-size="13">',
        f"<title>{escape(label)}</title>",
    ]


def weeks_svg(weeks: Sequence[Week], label: str) -> str:
    """Stacked bars: per week, entries of shame, both, guilt and neither (with a legend)."""
    top, step = _scale(max((w.total for w in weeks), default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    base = TOP + plot_h
    out = _svg_open(WIDTH, HEIGHT, label, "chart-weeks")
    out += _legend()
    for value in range(0, top + 1, step):
        y = base - plot_h * value / top
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{_n(y)}" y2="{_n(y)}" '
            f'stroke="{GRID}" stroke-width="1"/>'
            f'<text x="{LEFT - 6}" y="{_n(y + 4)}" text-anchor="end" fill="{INK}">{value}</text>'
        )
    slot = plot_w / max(len(weeks), 1)
    bar = min(slot * 0.72, 44)
    every = math.ceil(len(weeks) / MAX_LABELS) or 1
    years = len({w.monday.year for w in weeks}) > 1
    for i, week in enumerate(weeks):
        x = LEFT + i * slot + (slot - bar) / 2
        out.append(_bar(week, x, bar, base, plot_h / top))
        if i % every == 0:
            out.append(
                f'<text x="{_n(x + bar / 2)}" y="{base + 17}" text-anchor="middle" '
                f'fill="{INK}">{_day(week.monday, years)}</text>'
            )
    out.append("</svg>")
    return "".join(out)


def _day(day: date, years: bool) -> str:
    month = _MONTHS[day.month - 1]
    return f"{month} {day.year}" if years else f"{day.day} {month}"


def _legend() -> list[str]:
    out, x = [], LEFT
    for kind in STACK:
        out.append(
            f'<rect x="{x}" y="8" width="12" height="12" rx="2" fill="{COLOURS[kind]}"/>'
            f'<text x="{x + 17}" y="18" fill="{INK}">{NAMES[kind]}</text>'
        )
        x += 28 + 8 * len(NAMES[kind])
    return out


def _bar(week: Week, x: float, width: float, base: float, unit: float) -> str:
    said = ", ".join(f"{week.counts[k]} {NAMES[k]}" for k in STACK if week.counts[k])
    out = [f"<g><title>Week of {week.monday.day} {_MONTHS[week.monday.month - 1]}: "
           f"{escape(said or 'no entries')}</title>"]  # fmt: skip
    y = base
    for kind in STACK:
        height = week.counts[kind] * unit
        if height:
            y -= height
            out.append(
                f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(width)}" height="{_n(height)}" '
                f'fill="{COLOURS[kind]}"/>'
            )
    out.append("</g>")
    return "".join(out)


def bars_svg(rows: Sequence[tuple[str, int]], label: str, colour: str = "#1f5f5b") -> str:
    """Horizontal bars, one a row: its name above, the bar, and the count at its end."""
    row_h, room = 40, WIDTH - 2 * RIGHT - 40
    height = row_h * len(rows) + 4
    largest = max((n for _, n in rows), default=0) or 1
    out = _svg_open(WIDTH, height, label, "chart-bars")
    for i, (name, count) in enumerate(rows):
        y = i * row_h
        length = room * count / largest
        out.append(
            f'<text x="{RIGHT}" y="{y + 14}" fill="{INK}">{escape(name)}</text>'
            f'<rect x="{RIGHT}" y="{y + 20}" width="{_n(max(length, 2 if count else 0))}" '
            f'height="14" rx="3" fill="{colour}"/>'
            f'<text x="{_n(RIGHT + length + 6)}" y="{y + 32}" fill="{INK}">{count}</text>'
        )
    out.append("</svg>")
    return "".join(out)
