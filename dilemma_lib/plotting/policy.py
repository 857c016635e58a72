"""Figures for the policy lab (chapter 10): Jervis's four worlds and what a mix achieves."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from ..models.balance import DISTINGUISHABLE, OFFENSE_ADVANTAGE
from ..models.policy import Outcome
from .style import DPI, FIGURE_SIZE, FONT_SIZE, PALETTE

BALANCE_LIMITS = (0.25, 4.0)
SHORT_LABELS = {  # (offence has the advantage, distinguishable) -> a cell label that fits
    (True, False): "doubly\ndangerous",
    (False, False): "dilemma, but\ncompatible",
    (True, True): "no dilemma,\naggression",
    (False, True): "doubly\nstable",
}


def _cell(outcome: Outcome) -> tuple[bool, bool]:
    return (outcome.world.column == OFFENSE_ADVANTAGE, outcome.world.row == DISTINGUISHABLE)


def policy_lab_figure(outcome: Outcome, baseline: Outcome, title: str) -> Figure:
    """Left: the four worlds, with the baseline (hollow) and the levered world (filled).
    Right: the belief after defensive-looking arming and the repeated-play cooperation rate,
    against Jervis's threshold p* (a dashed line; none in a Prisoner's Dilemma).

    >>> from dilemma_lib.models.policy import apply_policies
    >>> figure = policy_lab_figure(apply_policies(), apply_policies(), "A title")
    >>> len(figure.axes), figure.axes[0].get_xlabel()
    (1, 'balance B (above 1: defence has the advantage)')
    """
    figure = Figure(figsize=FIGURE_SIZE, dpi=DPI)
    worlds = figure.add_axes((0.1, 0.17, 0.5, 0.67))
    _draw_worlds(worlds, outcome, baseline)
    _draw_bars(figure, outcome)
    figure.suptitle(title, fontsize=FONT_SIZE + 1, x=0.02, ha="left", y=0.97)
    return figure


def _draw_worlds(axes, outcome: Outcome, baseline: Outcome) -> None:
    """The four worlds on log2(B) across (drawn on a linear axis: a log-scaled axis and its
    minor ticks cost a live slider far more time) and d up."""
    low, high = np.log2(BALANCE_LIMITS)
    here = _cell(outcome)
    for offence, (x0, x1) in ((True, (low, 0.0)), (False, (0.0, high))):
        for distinct, (y0, y1) in ((False, (0.0, 0.5)), (True, (0.5, 1.0))):
            active = (offence, distinct) == here
            axes.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, linewidth=0.8,
                                     facecolor=PALETTE["light"] if active else "white",
                                     edgecolor=PALETTE["neutral"]))
            # labels at the top of each cell: with doctrine at 0 (the static page) the
            # points sit at d = 0.2, below the labels of the lower row
            axes.text((x0 + x1) / 2, y1 - 0.03, SHORT_LABELS[(offence, distinct)],
                      ha="center", va="top", fontsize=FONT_SIZE - 1.5,
                      fontweight="bold" if active else "normal",
                      color="black" if active else PALETTE["neutral"])
    start = (np.log2(baseline.balance), baseline.distinguishability)
    end = (np.log2(outcome.balance), outcome.distinguishability)
    if start != end:
        axes.annotate("", xy=end, xytext=start,
                      arrowprops={"arrowstyle": "->", "color": PALETTE["neutral"], "lw": 1.2})
    axes.plot(*start, "o", markersize=8, markerfacecolor="white",
              markeredgecolor=PALETTE["defect"], markeredgewidth=1.5)
    axes.plot(*end, "o", markersize=8, color=PALETTE["cooperate"])
    for x, key, ha, text in ((0.48, "defect", "right", "\u25cb no lever pulled"),
                             (0.52, "cooperate", "left", "\u25cf this mix")):
        axes.text(x, 1.04, text, transform=axes.transAxes, ha=ha, va="bottom",
                  fontsize=FONT_SIZE - 2, color=PALETTE[key])
    axes.set_xlim(low, high)
    axes.set_ylim(0, 1)
    axes.set_xticks([-1, 0, 1], ["0.5", "1", "2"])
    axes.set_yticks([0, 0.5, 1])
    axes.set_xlabel("balance B (above 1: defence has the advantage)", fontsize=FONT_SIZE - 1)
    axes.set_ylabel("distinguishability d", fontsize=FONT_SIZE - 1)
    axes.tick_params(labelsize=FONT_SIZE - 2)


BARS = (0.70, 0.16, 0.27, 0.62)
"""Left, bottom, width, height (figure fractions) of the right panel. It is drawn with
figure-level artists, not a second Axes: an Axes and its ticks cost a live slider more time
than the whole panel."""


def _draw_bars(figure: Figure, outcome: Outcome) -> None:
    left, bottom, width, height = BARS

    def at(x: float, y: float) -> tuple[float, float]:  # panel (0..1, 0..1) -> figure
        return left + x * width, bottom + y * height

    belief_colour = PALETTE["good"] if outcome.reassured_cooperation else PALETTE["highlight"]
    bars = ((0.25, outcome.reassurance, belief_colour, "belief after\ndefensive\narming"),
            (0.75, outcome.cooperation_rate, PALETTE["cooperate"],
             "cooperation\nin repeated\nplay"))
    for x, value, colour, name in bars:
        figure.add_artist(Rectangle(at(x - 0.17, 0), 0.34 * width, value * height,
                                    transform=figure.transFigure, facecolor=colour))
        figure.text(*at(x, value + 0.02), f"{value:.2f}", ha="center", va="bottom",
                    fontsize=FONT_SIZE - 1)
        figure.text(*at(x, -0.03), name, ha="center", va="top", fontsize=FONT_SIZE - 2)
    figure.add_artist(Line2D(*zip(at(0, 0), at(1, 0), strict=True), color="black",
                             linewidth=0.8, transform=figure.transFigure))
    figure.add_artist(Line2D(*zip(at(0, 1), at(1, 1), strict=True), color=PALETTE["neutral"],
                             linewidth=0.6, linestyle=":", transform=figure.transFigure))
    figure.text(*at(1.0, 1.01), "1", ha="right", va="bottom", fontsize=FONT_SIZE - 2,
                color=PALETTE["neutral"])
    if outcome.threshold is None:
        label = "p*: none (no belief\nis enough)"
    else:
        label = f"p* = {outcome.threshold:.2f} (dashed):\ntrust needed"
        figure.add_artist(Line2D(*zip(at(0, outcome.threshold), at(1, outcome.threshold),
                                      strict=True), color=PALETTE["defect"], linestyle="--",
                                 linewidth=1.5, transform=figure.transFigure))
    figure.text(*at(0.5, 1.08), label, ha="center", va="bottom", fontsize=FONT_SIZE - 1.5,
                color=PALETTE["defect"])
