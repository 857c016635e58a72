"""Figures for 2x2 games: the payoff matrix and Jervis's cooperation threshold."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from ..models import games
from .style import FONT_SIZE, PALETTE, new_figure


def payoff_matrix_figure(game: games.SymmetricGame, title: str) -> Figure:
    """Draw the 2x2 payoff matrix, with pure Nash equilibria outlined and starred.

    Each cell shows "row payoff, column payoff"; Pareto-optimal cells are shaded.

    >>> figure = payoff_matrix_figure(games.SymmetricGame(3, 4, 2, 1), "A game")
    >>> figure.axes[0].get_title(loc="left")
    'A game'
    """
    figure = new_figure((4.6, 3.4), {"left": 0.24, "right": 0.98, "bottom": 0.03, "top": 0.76})
    axes = figure.axes[0]
    row, column = game.bimatrix
    equilibria = set(games.pure_equilibria(game))
    pareto = set(games.pareto_optimal_outcomes(game))
    for i in range(2):
        for j in range(2):
            _draw_cell(axes, i, j, (row[i, j], column[i, j]), (i, j) in equilibria,
                       (i, j) in pareto)
    axes.set_xlim(0, 2)
    axes.set_ylim(2, 0)
    axes.set_xticks([0.5, 1.5], ["cooperates", "defects"])
    axes.set_yticks([0.5, 1.5], ["cooperates", "defects"])
    axes.xaxis.tick_top()
    axes.xaxis.set_label_position("top")
    axes.set_xlabel("Column state", fontsize=FONT_SIZE)
    axes.set_ylabel("Row state", fontsize=FONT_SIZE)
    axes.spines[:].set_visible(False)
    axes.tick_params(length=0)
    axes.set_title(title, fontsize=FONT_SIZE + 1, loc="left", pad=30)
    return figure


def _draw_cell(axes, i: int, j: int, payoffs: tuple[float, float], equilibrium: bool,
               pareto: bool) -> None:
    fill = PALETTE["light"] if pareto else "white"
    edge = PALETTE["highlight"] if equilibrium else PALETTE["neutral"]
    axes.add_patch(Rectangle((j + 0.04, i + 0.04), 0.92, 0.92, facecolor=fill, edgecolor=edge,
                             linewidth=3.5 if equilibrium else 1))
    text = f"{payoffs[0]:g}, {payoffs[1]:g}" + ("\n★ equilibrium" if equilibrium else "")
    axes.text(j + 0.5, i + 0.5, text, ha="center", va="center", fontsize=FONT_SIZE + 1)


def threshold_figure(game: games.SymmetricGame, title: str) -> Figure:
    """Expected payoffs of cooperating and defecting against the belief p, with p* marked.

    The lines are E[C] = p*CC + (1-p)*CD and E[D] = p*DC + (1-p)*DD (Jervis 1978); they
    cross at p*; the shaded region right of p* is where cooperating is the better reply.

    >>> figure = threshold_figure(games.SymmetricGame(4, 3, 2, 1), "Stag Hunt")
    >>> [line.get_label() for line in figure.axes[0].get_lines()][:2]
    ['cooperate: E[C]', 'defect: E[D]']
    """
    figure = new_figure()
    axes = figure.axes[0]
    beliefs = np.linspace(0, 1, 2)  # both payoffs are linear in p
    cooperate = beliefs * game.CC + (1 - beliefs) * game.CD
    defect = beliefs * game.DC + (1 - beliefs) * game.DD
    axes.plot(beliefs, cooperate, color=PALETTE["cooperate"], lw=2.5, label="cooperate: E[C]")
    axes.plot(beliefs, defect, color=PALETTE["defect"], lw=2.5, ls=(0, (6, 2)),
              label="defect: E[D]")
    threshold = games.cooperation_threshold(game)
    if threshold is not None:
        axes.axvline(threshold, color=PALETTE["good"], lw=1.5, label=f"p* = {threshold:.2f}")
        axes.axvspan(threshold, 1, color=PALETTE["good"], alpha=0.12, lw=0)
    axes.set_xlim(0, 1)
    axes.set_xlabel("p: belief that the other state cooperates", fontsize=FONT_SIZE)
    axes.set_ylabel("expected payoff", fontsize=FONT_SIZE)
    axes.set_title(title, fontsize=FONT_SIZE + 1, loc="left")
    # A fixed corner: loc="best" searches the data and costs a third of the render time.
    axes.legend(fontsize=FONT_SIZE - 1, frameon=False, loc="upper left")
    return figure
