"""Figures for chapter 9, efforts at cooperation: reciprocity under misattribution and the
asymmetric-vulnerability game."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from ..models.cyber import CYBER_ACTIONS
from .style import DPI, FIGURE_SIZE, FONT_SIZE, PALETTE


def misattribution_figure(names: Sequence[str], twin_rates: Sequence[float],
                          scores: Sequence[float], misperception: float) -> Figure:
    """Two bar panels per strategy: cooperation with a twin, and mean round-robin score.

    >>> f = misattribution_figure(["TFT", "ALLD"], [0.6, 0.0], [2.1, 1.8], 0.05)
    >>> len(f.axes)
    2
    """
    figure = Figure(figsize=FIGURE_SIZE, dpi=DPI)
    figure.subplots_adjust(left=0.27, right=0.97, bottom=0.15, top=0.85, wspace=0.12)
    left, right = figure.subplots(1, 2, sharey=True)
    y = np.arange(len(names))[::-1]
    best = int(np.argmax(scores))
    left.barh(y, twin_rates, color=PALETTE["cooperate"], height=0.6)
    right.barh(y, scores, height=0.6,
               color=[PALETTE["highlight"] if i == best else PALETTE["neutral"]
                      for i in range(len(names))])
    for yi, v in zip(y, twin_rates, strict=True):
        left.text(v, yi, f" {v:.0%}", va="center", fontsize=FONT_SIZE - 2)
    right.grid(axis="x", alpha=0.4)
    for axes in (left, right):
        axes.spines[["top", "right"]].set_visible(False)
        axes.tick_params(labelsize=FONT_SIZE - 1)
    left.set_xlim(0, 1.25)
    left.set_xticks([0, 0.5, 1], ["0", "50%", "100%"])
    right.set_xlim(0, 3)
    right.set_xticks([0, 1, 2, 3])
    left.set_yticks(y, names)
    left.set_xlabel("cooperation with a twin", fontsize=FONT_SIZE)
    right.set_xlabel("mean score per turn", fontsize=FONT_SIZE)
    figure.suptitle(f"Reciprocity when {100 * misperception:.3g}% of moves are misread",
                    x=0.02, ha="left", fontsize=FONT_SIZE + 1)
    return figure


def restraint_figure(row: np.ndarray, column: np.ndarray,
                     equilibria: Sequence[tuple[int, int]], gains: tuple[float, float],
                     title: str) -> Figure:
    """The cyber-restraint bimatrix (equilibria outlined) and each state's gain from mutual
    restraint over mutual attack.

    >>> import numpy as np
    >>> f = restraint_figure(np.zeros((2, 2)), np.zeros((2, 2)), [(0, 0)], (1.0, -0.5), "t")
    >>> len(f.axes)
    2
    """
    figure = Figure(figsize=FIGURE_SIZE, dpi=DPI)
    matrix = figure.add_axes((0.17, 0.06, 0.5, 0.62))
    bars = figure.add_axes((0.76, 0.2, 0.21, 0.48))
    for i in range(2):
        for j in range(2):
            outlined = (i, j) in equilibria
            matrix.add_patch(Rectangle((j + 0.04, i + 0.04), 0.92, 0.92, facecolor="white",
                                       edgecolor=PALETTE["highlight"] if outlined
                                       else PALETTE["neutral"], lw=3.5 if outlined else 1))
            text = f"{row[i, j]:.2f}, {column[i, j]:.2f}" + ("\n★ equilibrium" if outlined
                                                             else "")
            matrix.text(j + 0.5, i + 0.5, text, ha="center", va="center", fontsize=FONT_SIZE)
    matrix.set_xlim(0, 2)
    matrix.set_ylim(2, 0)
    matrix.set_xticks([0.5, 1.5], CYBER_ACTIONS)
    matrix.set_yticks([0.5, 1.5], CYBER_ACTIONS)
    matrix.xaxis.tick_top()
    matrix.xaxis.set_label_position("top")
    matrix.set_xlabel("State 2", fontsize=FONT_SIZE)
    matrix.set_ylabel("State 1", fontsize=FONT_SIZE)
    matrix.spines[:].set_visible(False)
    matrix.tick_params(length=0, labelsize=FONT_SIZE - 1)
    colours = [PALETTE["good"] if g > 0 else PALETTE["defect"] for g in gains]
    bars.bar([0, 1], gains, color=colours, width=0.6)
    bars.axhline(0, color="black", lw=0.8)
    bars.set_xticks([0, 1], ["State 1", "State 2"])
    top = max(1.0, *gains) * 1.2
    low = min(-1.0, *gains) * 1.2
    bars.set_ylim(low, top)
    for x, g in enumerate(gains):
        bars.text(x, g, f"{g:.2f}", ha="center", va="bottom" if g >= 0 else "top",
                  fontsize=FONT_SIZE - 1)
    bars.spines[["top", "right"]].set_visible(False)
    bars.tick_params(labelsize=FONT_SIZE - 2)
    bars.set_title("gain from mutual\nrestraint (CC - DD)", fontsize=FONT_SIZE - 1)
    figure.suptitle(title, x=0.02, ha="left", fontsize=FONT_SIZE + 1)
    return figure
