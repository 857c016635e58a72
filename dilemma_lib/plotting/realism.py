"""Figures for chapter 1: the fear of a greedy rival as expected payoffs against a prior."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from ..models import games, realism
from .style import FONT_SIZE, PALETTE, new_figure


def greed_figure(game: games.SymmetricGame, prior_greedy: float, title: str) -> Figure:
    """Expected payoffs of restraint and of arming against the prior that the other is greedy.

    The lines are E[C] = (1-q) CC + q CD and E[D] = (1-q) DC + q DD
    (:func:`~dilemma_lib.models.realism.payoffs_against_prior`, the course's own model);
    left of the tolerance q* restraint is the better reply (shaded). Dots mark the prior q.

    >>> from dilemma_lib.models.games import SymmetricGame
    >>> figure = greed_figure(SymmetricGame(4, 3, 2, 1), 0.2, "A Stag Hunt")
    >>> [line.get_label() for line in figure.axes[0].get_lines()][:2]
    ['restrain: E[C]', 'arm: E[D]']
    """
    figure = new_figure()
    axes = figure.axes[0]
    priors = np.array([0.0, 1.0])  # both payoffs are linear in q
    restrain = (1 - priors) * game.CC + priors * game.CD
    arm = (1 - priors) * game.DC + priors * game.DD
    axes.plot(priors, restrain, color=PALETTE["cooperate"], lw=2.5, label="restrain: E[C]")
    axes.plot(priors, arm, color=PALETTE["defect"], lw=2.5, ls=(0, (6, 2)), label="arm: E[D]")
    tolerance = realism.greed_tolerance(game)
    if tolerance is not None:
        axes.axvline(tolerance, color=PALETTE["good"], lw=1.5, label=f"q* = {tolerance:.2f}")
        axes.axvspan(0, tolerance, color=PALETTE["good"], alpha=0.12, lw=0)
    here = realism.payoffs_against_prior(game, prior_greedy)
    axes.plot([prior_greedy] * 2, here, ls="none", marker="o", ms=7,
              color=PALETTE["highlight"], markeredgecolor="black", label=f"q = {prior_greedy:.2f}")
    axes.set_xlim(0, 1)
    axes.set_xticks([0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
    axes.set_xlabel("q: prior that the other state is greedy", fontsize=FONT_SIZE)
    axes.set_ylabel("expected payoff", fontsize=FONT_SIZE)
    axes.set_title(title, fontsize=FONT_SIZE + 1, loc="left", y=1.0, pad=6)
    axes.legend(fontsize=FONT_SIZE - 1, loc="upper right", framealpha=0.9, edgecolor="none")
    return figure
