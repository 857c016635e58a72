"""Figures for chapter 3: contest success against defence spending, and Jervis's four worlds."""

from __future__ import annotations

import textwrap

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from ..models import balance
from .style import FONT_SIZE, PALETTE, new_figure

DEFENSE_AXIS_MAX = 4.0  # dollars of defence per attacking dollar shown on the x-axis


def contest_figure(balance_ratio: float, decisiveness: float, defense_spending: float,
                   title: str) -> Figure:
    """The attacker's chance of winning against the defence bought per attacking dollar.

    Course model (see chapter 3): one dollar of offence against d dollars of defence, each
    defence dollar worth B attacking dollars (B the Glaser-Kaufmann balance), so the efforts
    are 1 and B d. Solid: Tullock's ratio form; dashed: Hirshleifer's difference form, both
    with decisiveness m. They cross one half at d = 1/B, Jervis's dollar test.

    >>> figure = contest_figure(2.0, 1.0, 0.5, "B = 2")
    >>> [line.get_label() for line in figure.axes[0].get_lines()][:2]
    ['ratio form (Tullock)', 'difference form (Hirshleifer)']
    """
    figure = new_figure()
    axes = figure.axes[0]
    spending = np.linspace(0.0, DEFENSE_AXIS_MAX, 161)
    ratio = balance.tullock_win_probability(1.0, balance_ratio * spending, decisiveness)
    difference = balance.hirshleifer_win_probability(1.0, balance_ratio * spending, decisiveness)
    axes.plot(spending, ratio, color=PALETTE["defect"], lw=2.5, label="ratio form (Tullock)")
    axes.plot(spending, difference, color=PALETTE["cooperate"], lw=2, ls=(0, (6, 2)),
              label="difference form (Hirshleifer)")
    offset = balance.defense_dollars_per_offense_dollar(balance_ratio)
    axes.axhline(0.5, color=PALETTE["neutral"], lw=1)
    if offset <= DEFENSE_AXIS_MAX:
        axes.axvline(offset, color=PALETTE["good"], lw=1.5, label=f"1/B = {offset:.2f}")
    here = [balance.tullock_win_probability(1.0, balance_ratio * defense_spending, decisiveness),
            balance.hirshleifer_win_probability(1.0, balance_ratio * defense_spending,
                                                decisiveness)]
    axes.plot([defense_spending] * 2, here, ls="none", marker="o", ms=7,
              color=PALETTE["highlight"], markeredgecolor="black",
              label=f"d = {defense_spending:.2f}")
    axes.set_xlim(0, DEFENSE_AXIS_MAX)
    axes.set_ylim(0, 1.02)
    axes.set_xticks(np.arange(0.0, DEFENSE_AXIS_MAX + 0.5, 0.5))
    axes.set_yticks([0.0, 0.25, 0.5, 0.75, 1.0])
    axes.set_xlabel("d: defence dollars per attacking dollar", fontsize=FONT_SIZE)
    axes.set_ylabel("attacker's chance of winning", fontsize=FONT_SIZE)
    axes.set_title(title, fontsize=FONT_SIZE + 1, loc="left", y=1.0, pad=6)
    # the curves fall from left to right: high everywhere when offence dominates (B < 1)
    corner = "lower left" if balance_ratio < 1 else "upper right"
    axes.legend(fontsize=FONT_SIZE - 1, loc=corner, framealpha=0.9, edgecolor="none")
    return figure


WORLD_COLOURS = {  # by Jervis's cell: darker is more dangerous
    "doubly dangerous": PALETTE["defect"],
    "security dilemma, but security requirements may be compatible": PALETTE["highlight"],
    "no security dilemma, but aggression possible": PALETTE["cooperate"],
    "doubly stable": PALETTE["good"],
}


def worlds_figure(balance_ratio: float, distinguishability: float, balance_max: float,
                  threshold: float, title: str) -> Figure:
    """Jervis's four worlds as regions of the plane (balance B, distinguishability d).

    Vertical line: parity B = 1 (right of it defence has the advantage); horizontal line: the
    course's cut-off for telling postures apart (``threshold``). The dot is the setting.

    >>> figure = worlds_figure(2.0, 0.8, 2.5, 0.5, "Doubly stable")
    >>> len(figure.axes[0].patches)
    4
    """
    figure = new_figure()
    axes = figure.axes[0]
    cells = [(0.0, 1.0, 0.0, threshold, True, False),
             (1.0, balance_max, 0.0, threshold, False, False),
             (0.0, 1.0, threshold, 1.0, True, True),
             (1.0, balance_max, threshold, 1.0, False, True)]
    for x0, x1, y0, y1, offense, told_apart in cells:
        world = balance.four_worlds(offense_advantage=offense, distinguishable=told_apart)
        axes.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, facecolor=WORLD_COLOURS[world.label],
                                 alpha=0.22, lw=0))
        axes.text((x0 + x1) / 2, (y0 + y1) / 2, textwrap.fill(world.label, 22), ha="center",
                  va="center", fontsize=FONT_SIZE - 1)
    axes.axvline(1.0, color="black", lw=1)
    axes.axhline(threshold, color="black", lw=1)
    axes.plot([balance_ratio], [distinguishability], marker="o", ms=9, ls="none",
              color=PALETTE["highlight"], markeredgecolor="black")
    axes.set_xlim(0, balance_max)
    axes.set_ylim(0, 1)
    axes.set_xticks(np.arange(0.0, balance_max + 0.25, 0.5))
    axes.set_yticks([0.0, 0.25, 0.5, 0.75, 1.0])
    axes.set_xlabel("B: offense-defense balance (cost ratio; > 1 favours defence)",
                    fontsize=FONT_SIZE)
    axes.set_ylabel("distinguishability d", fontsize=FONT_SIZE)
    axes.set_title(title, fontsize=FONT_SIZE + 1, loc="left", y=1.0, pad=6)
    return figure
