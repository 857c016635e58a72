"""Figures for chapter 6: the four categories as a grid, the effect ladder, the case set."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator

from ..models import threats
from .style import FONT_SIZE, PALETTE, new_figure

# One colour per category (Okabe & Ito), used in every figure of the chapter.
CATEGORY_COLOURS = {
    "crime": PALETTE["highlight"],
    "espionage": PALETTE["cooperate"],
    "terrorism or hacktivism": PALETTE["good"],
    "warfare": PALETTE["defect"],
}
VERDICT_COLOURS = {threats.YES: PALETTE["defect"], threats.NO: PALETTE["cooperate"],
                   threats.DEPENDS: PALETTE["highlight"]}


def _short(category: str) -> str:
    return "terrorism or\nhacktivism" if category == "terrorism or hacktivism" else category


def scheme_figure(selected: tuple[str, str], counts: Mapping[tuple[str, str], int],
                  title: str) -> Figure:
    """The 2 x 4 grid of source and purpose, each cell coloured by its category.

    Cells with a dashed border and the word "borderline" are those the definitions leave
    open; the outlined cell is ``selected``; each cell gives how many cases of the set sit
    in it. (One text per cell and no tick machinery: a live slider redraws it.)

    >>> scheme_figure(("state", "profit"), {}, "Grid").get_suptitle()
    'Grid'
    """
    figure = new_figure((5.6, 2.9), {"left": 0.01, "right": 0.99, "bottom": 0.01,
                                     "top": 0.88})
    axes = figure.axes[0]
    axes.axis("off")
    axes.set_xlim(-0.55, 4)
    axes.set_ylim(2, -0.3)
    for row, actor in enumerate(reversed(threats.ACTORS)):  # state on top
        axes.text(-0.5, row + 0.5, actor, ha="left", va="center", fontsize=FONT_SIZE)
        for column, purpose in enumerate(threats.PURPOSES):
            placement = threats.place(actor, purpose)
            colour = CATEGORY_COLOURS[placement.category]
            chosen = (actor, purpose) == selected
            axes.add_patch(Rectangle(
                (column + 0.04, row + 0.06), 0.92, 0.88, facecolor=colour,
                alpha=0.55 if chosen else 0.22, edgecolor="none"))
            axes.add_patch(Rectangle(
                (column + 0.04, row + 0.06), 0.92, 0.88, facecolor="none",
                edgecolor="black" if chosen else colour, linewidth=3 if chosen else 1.2,
                linestyle="solid" if placement.clear else (0, (3, 2))))
            number = counts.get((actor, purpose), 0)
            label = "\n".join([_short(placement.category)]
                              + ([] if placement.clear else ["(borderline)"])
                              + [f"{number} case{'s' * (number != 1)}"])
            axes.text(column + 0.5, row + 0.5, label, ha="center", va="center",
                      fontsize=FONT_SIZE - 1.5, linespacing=1.25,
                      fontweight="bold" if chosen else "normal")
    for column, purpose in enumerate(threats.PURPOSES):
        axes.text(column + 0.5, -0.08, purpose, ha="center", va="center",
                  fontsize=FONT_SIZE)
    figure.suptitle(title, x=0.01, y=0.99, ha="left", va="top", fontsize=FONT_SIZE + 1)
    return figure


def ladder_figure(rung: int, rows: Sequence[tuple[str, str, str]], title: str) -> Figure:
    """The effect ladder with the chosen rung outlined, and each definition's verdict.

    ``rows`` are (definition, verdict, reason); verdicts "yes", "no" and "depends on intent"
    are coloured, others (an operation type, a category) are printed in black.

    >>> ladder_figure(0, [("Clarke & Knake", "no", "not a state")], "Ladder").get_suptitle()
    'Ladder'
    """
    figure = new_figure(margins={"left": 0.02, "right": 0.98, "bottom": 0.02, "top": 0.9})
    axes = figure.axes[0]
    axes.set_xlim(0, 5)
    axes.set_ylim(6.2, 0)
    axes.axis("off")
    for index, effect in enumerate(threats.EFFECTS):
        attack = index >= threats.FIRST_ATTACK_RUNG
        chosen = index == rung
        axes.add_patch(Rectangle((index + 0.04, 0.55), 0.92, 1.1,
                                 facecolor=PALETTE["defect" if attack else "cooperate"],
                                 alpha=0.5 if chosen else 0.15,
                                 edgecolor="black" if chosen else "none",
                                 linewidth=2.5))
        axes.text(index + 0.5, 1.1, textwrap.fill(effect, 12), ha="center", va="center",
                  fontsize=FONT_SIZE - 1.5, fontweight="bold" if chosen else "normal")
    axes.plot([threats.FIRST_ATTACK_RUNG] * 2, [0.35, 1.85], color="black", lw=1.5,
              ls=(0, (4, 2)))
    axes.text(1.0, 0.3, "CNE: access, target still works", ha="center", va="bottom",
              fontsize=FONT_SIZE - 1.5, color=PALETTE["cooperate"])
    axes.text(3.5, 0.3, "CNA: disrupts, corrupts or destroys", ha="center", va="bottom",
              fontsize=FONT_SIZE - 1.5, color=PALETTE["defect"])
    for line, (definition, verdict, reason) in enumerate(rows):
        y = 2.5 + 1.0 * line
        axes.text(0.05, y, definition, ha="left", va="center", fontsize=FONT_SIZE - 1,
                  fontweight="bold")
        axes.text(1.5, y, verdict, ha="left", va="center", fontsize=FONT_SIZE - 1,
                  fontweight="bold", color=VERDICT_COLOURS.get(verdict, "black"))
        axes.text(3.0, y, textwrap.fill(reason, 40), ha="left", va="center",
                  fontsize=FONT_SIZE - 2.5, linespacing=1.1)
    figure.suptitle(title, x=0.01, y=0.99, ha="left", va="top", fontsize=FONT_SIZE + 1)
    return figure


def case_set_figure(counts: Mapping[str, Mapping[str, int]], title: str) -> Figure:
    """Horizontal bars: cases per category, split by operation type (CNE, CNA, both).

    >>> figure = case_set_figure({"crime": {"CNA": 2}}, "Set")
    >>> figure.axes[0].get_xlabel()
    'number of cases'
    """
    figure = new_figure(margins={"left": 0.27, "right": 0.97, "bottom": 0.15, "top": 0.8})
    axes = figure.axes[0]
    styles = {"CNE": PALETTE["cooperate"], "CNA": PALETTE["defect"],
              "CNA and CNE": PALETTE["highlight"]}
    names = list(reversed(threats.CATEGORIES))
    left = [0] * len(names)
    most = 1
    for kind in ("CNE", "CNA and CNE", "CNA"):
        widths = [counts.get(name, {}).get(kind, 0) for name in names]
        axes.barh(range(len(names)), widths, left=left, color=styles[kind],
                  edgecolor="white", label=kind, height=0.6)
        left = [a + b for a, b in zip(left, widths, strict=True)]
        most = max(most, *left)
    for position, total in enumerate(left):
        axes.text(total + 0.1, position, f"{total}", va="center", fontsize=FONT_SIZE - 1)
    axes.set_yticks(range(len(names)), [n.replace(" or ", " or\n") for n in names])
    axes.set_xlim(0, most + 1.5)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel("number of cases", fontsize=FONT_SIZE)
    axes.legend(fontsize=FONT_SIZE - 2, frameon=False, loc="lower right", ncols=3,
                bbox_to_anchor=(1.0, 1.0))
    figure.suptitle(title, x=0.01, y=0.99, ha="left", va="top", fontsize=FONT_SIZE + 1)
    return figure
