"""Figure for norm diffusion (chapter 10): the share of states that adopt, round by round."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from ..models.norms import CASCADE_SHARE, ONE_THIRD, Cascade
from .style import FONT_SIZE, PALETTE, new_figure

MIN_ROUNDS_SHOWN = 25


def cascade_figure(run: Cascade, title: str) -> Figure:
    """Share of states that have adopted the norm after each round, as steps (green: a
    cascade, vermillion: a stall; the dot marks the early adopters), with the one-third line
    of Finnemore & Sikkink (1998) and the course's near-universal line.

    >>> from dilemma_lib.models.norms import cascade
    >>> cascade_figure(cascade(), "A title").axes[0].get_ylabel()
    'share of states that have adopted'
    """
    figure = new_figure(margins={"left": 0.12, "right": 0.97, "bottom": 0.15, "top": 0.88})
    axes = figure.axes[0]
    last = max(MIN_ROUNDS_SHOWN, run.rounds + 2)
    rounds = np.arange(last + 1)
    shares = np.concatenate([run.shares, np.full(last + 1 - len(run.shares), run.final_share)])
    colour = PALETTE["good"] if run.tipped else PALETTE["defect"]
    axes.step(rounds, shares, where="post", color=colour, linewidth=2.2)
    axes.axhline(ONE_THIRD, color=PALETTE["neutral"], linestyle=":", linewidth=1.3)
    axes.text(last, ONE_THIRD + 0.02, "one third of states", ha="right", va="bottom",
              fontsize=FONT_SIZE - 2, color="#555555")
    axes.axhline(CASCADE_SHARE, color=PALETTE["neutral"], linestyle="--", linewidth=1.0)
    axes.text(last, CASCADE_SHARE - 0.03, "near-universal (90 %)", ha="right", va="top",
              fontsize=FONT_SIZE - 2, color="#555555")
    axes.plot([0], [run.shares[0]], "o", color=PALETTE["cooperate"], markersize=7,
              clip_on=False)
    axes.set_xlim(0, last)
    axes.set_ylim(0, 1.03)
    axes.set_xlabel("round", fontsize=FONT_SIZE)
    axes.set_ylabel("share of states that have adopted", fontsize=FONT_SIZE)
    axes.set_title(title, fontsize=FONT_SIZE + 1, loc="left")
    return figure
