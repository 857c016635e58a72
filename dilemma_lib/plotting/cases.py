"""Figures of the case set: a timeline with attribution delays, and a category-by-attribution
table that highlights the cases a filter selects."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from .style import FONT_SIZE, PALETTE, new_figure

# One colour per attribution status (Okabe & Ito), used by both figures.
STATUS_COLOURS = {
    "official": PALETTE["cooperate"],  # blue
    "reported": PALETTE["highlight"],  # orange
    "claimed": PALETTE["good"],  # green
    "unattributed": PALETTE["neutral"],  # grey
}

# ... and one marker shape each, so that the status reads without colour (and survives the
# small palette of the static frames, in which a few green pixels can turn blue).
STATUS_MARKERS = {"official": "o", "reported": "s", "claimed": "^", "unattributed": "X"}

# Short labels that fit the figures; the full name is in the case set.
SHORT_NAMES = {
    "estonia-2007": "Estonia 2007",
    "georgia-2008": "Georgia 2008",
    "stuxnet-2010": "Stuxnet",
    "shamoon-2012": "Shamoon 2012",
    "sony-2014": "Sony 2014",
    "opm-2015": "OPM 2015",
    "ukraine-grid-2015": "Ukraine grid 2015",
    "ukraine-grid-2016": "Ukraine grid 2016",
    "dnc-2016": "DNC 2016",
    "wannacry-2017": "WannaCry 2017",
    "notpetya-2017": "NotPetya 2017",
    "olympic-destroyer-2018": "Olympic Destroyer",
    "solarwinds-2020": "SolarWinds 2020",
    "exchange-2021": "Exchange 2021",
    "colonial-2021": "Colonial 2021",
    "viasat-2022": "Viasat 2022",
}


def short_name(item: object) -> str:
    """A case's short label (its name when no short one is set).

    >>> from types import SimpleNamespace
    >>> short_name(SimpleNamespace(id="olympic-destroyer-2018", name="x"))
    'Olympic Destroyer'
    >>> short_name(SimpleNamespace(id="new-1", name="New case"))
    'New case'
    """
    return SHORT_NAMES.get(item.id, item.name)


def _year_fraction(day: datetime.date) -> float:
    start = datetime.date(day.year, 1, 1)
    length = (datetime.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def timeline_figure(cases: Sequence, selected: int | None = None) -> Figure:
    """One row per case, oldest at the top: a marker at the start (its colour and shape give
    the attribution status), a bar to the end where the sources give one, and a hollow
    diamond at the attribution date joined to the start by a dotted line (the attribution
    delay).
    ``selected`` (an index into ``cases``) is drawn larger on a shaded row.

    Drawn with a few collections and plain text labels rather than one artist per point and
    tick objects per row: a live slider redraws the figure on every move."""
    from matplotlib.collections import LineCollection
    from matplotlib.transforms import blended_transform_factory

    figure = new_figure(margins={"left": 0.25, "right": 0.97, "bottom": 0.12, "top": 0.9})
    axes = figure.axes[0]
    count = len(cases)
    rows = [count - 1 - row for row in range(count)]
    colours = [STATUS_COLOURS[c.attribution_status] for c in cases]
    starts = [_year_fraction(c.start) for c in cases]
    if selected is not None:
        axes.axhspan(rows[selected] - 0.5, rows[selected] + 0.5, color=PALETTE["light"],
                     zorder=0)
    delays = [((s, y), (_year_fraction(c.attribution_date), y), colour)
              for c, s, y, colour in zip(cases, starts, rows, colours, strict=True)
              if c.attribution_date is not None]
    if delays:
        axes.add_collection(LineCollection([d[:2] for d in delays], colors=[d[2] for d in delays],
                                           linestyles=":", linewidths=1, zorder=1))
        axes.scatter([d[1][0] for d in delays], [d[1][1] for d in delays], s=16, marker="D",
                     facecolors="white", edgecolors=[d[2] for d in delays], zorder=3)
    spans = [((s, y), (_year_fraction(c.end), y), colour)
             for c, s, y, colour in zip(cases, starts, rows, colours, strict=True)
             if c.end is not None and c.end > c.start]
    if spans:
        axes.add_collection(LineCollection([d[:2] for d in spans], colors=[d[2] for d in spans],
                                           linewidths=4, capstyle="butt", zorder=2))
    for status, marker in STATUS_MARKERS.items():
        group = [row for row in range(count) if cases[row].attribution_status == status]
        if group:
            axes.scatter([starts[r] for r in group], [rows[r] for r in group],
                         s=[64 if r == selected else 25 for r in group], marker=marker,
                         c=STATUS_COLOURS[status], zorder=4)
    labels = blended_transform_factory(axes.transAxes, axes.transData)
    for row, item in enumerate(cases):
        axes.text(-0.01, rows[row], short_name(item), transform=labels, ha="right",
                  va="center", fontsize=FONT_SIZE - 3,
                  fontweight="bold" if row == selected else "normal")
    axes.set_yticks([])
    axes.spines["left"].set_visible(False)
    axes.set_ylim(-0.7, count - 0.3)
    axes.set_xlim(2006.5, 2023.5)
    years = range(2007, 2024, 2)  # labels as text and one collection of grid lines: cheaper
    axes.vlines(years, -0.7, count - 0.3, colors=PALETTE["light"], linewidth=0.8, zorder=0)
    below = blended_transform_factory(axes.transData, axes.transAxes)
    for year in years:
        axes.text(year, -0.02, str(year), transform=below, ha="center", va="top",
                  fontsize=FONT_SIZE - 1)
    axes.set_xticks([])
    axes.set_xlabel("year (filled marker: start; hollow diamond: attribution)", labelpad=12,
                  fontsize=FONT_SIZE - 1)
    axes.set_title("When each case began and when it was attributed",
                   fontsize=FONT_SIZE)
    handles = [Line2D([], [], marker=STATUS_MARKERS[status], linestyle="", color=colour,
                      label=status)
               for status, colour in STATUS_COLOURS.items() if status != "unattributed"]
    axes.legend(handles=handles, loc="upper right", fontsize=FONT_SIZE - 3, frameon=False,
                ncol=3, handletextpad=0.2, columnspacing=0.8)
    return figure


def crosstab_figure(cases: Sequence, categories: Sequence[str], statuses: Sequence[str],
                    matching: set[str]) -> Figure:
    """A table of the cases: rows are categories, columns attribution statuses; each cell
    lists its cases, those whose id is in ``matching`` in black on the status colour, the
    others in light grey."""
    figure = new_figure(margins={"left": 0.2, "right": 0.98, "bottom": 0.03, "top": 0.82})
    axes = figure.axes[0]
    axes.set_xlim(0, len(statuses))
    axes.set_ylim(0, len(categories))
    axes.invert_yaxis()
    for row, category in enumerate(categories):
        for column, status in enumerate(statuses):
            members = [c for c in cases if c.category == category
                       and c.attribution_status == status]
            hits = [c for c in members if c.id in matching]
            if hits:
                axes.add_patch(_cell(column, row, STATUS_COLOURS[status], alpha=0.25))
            axes.add_patch(_cell(column, row, "none", edge=PALETTE["neutral"]))
            for line, item in enumerate(members):
                hit = item.id in matching
                axes.text(column + 0.05, row + 0.16 + 0.135 * line, short_name(item),
                          fontsize=FONT_SIZE - 3.5, va="center",
                          color="black" if hit else "#9A9A9A",
                          fontweight="bold" if hit else "normal")
    for column, status in enumerate(statuses):  # text, not tick objects: faster to draw
        axes.text(column + 0.5, -0.08, status, ha="center", va="bottom",
                  fontsize=FONT_SIZE - 2)
    for row, category in enumerate(categories):
        axes.text(-0.05, row + 0.5, category.replace(" or ", " or\n"), ha="right",
                  va="center", fontsize=FONT_SIZE - 2)
    axes.set_xticks([])
    axes.set_yticks([])
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.set_title("Cases by category (rows) and attribution status (columns)",
                   fontsize=FONT_SIZE, pad=18)
    return figure


def _cell(column: int, row: int, colour: str, alpha: float = 1.0, edge: str = "none"):
    from matplotlib.patches import Rectangle

    return Rectangle((column, row), 1, 1, facecolor=colour, alpha=alpha, edgecolor=edge,
                     linewidth=0.6)
