"""Figures for chapter 5: tournaments, evolving populations and single noisy matches."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure

from .arms_race import two_panels
from .style import DPI, FIGURE_SIZE, FONT_SIZE, PALETTE, new_figure

SHORT_NAMES = {
    "Always Cooperate": "ALLC", "Always Defect": "ALLD", "Tit For Tat": "TFT",
    "Generous Tit For Tat": "GTFT", "Grudger": "Grudger", "Win-Stay Lose-Shift": "WSLS",
    "Tit For Two Tats": "TF2T", "Random": "Random",
}
"""Short labels for the strategies of :data:`dilemma_lib.models.repeated.STRATEGIES`."""

# Okabe & Ito colours (colour-blind safe), one per strategy, with hatches as a second cue.
STRATEGY_COLOURS = {
    "Always Defect": PALETTE["defect"], "Always Cooperate": "#56B4E9",
    "Tit For Tat": PALETTE["cooperate"], "Generous Tit For Tat": PALETTE["highlight"],
    "Win-Stay Lose-Shift": "#CC79A7", "Tit For Two Tats": PALETTE["good"],
    "Grudger": "#F0E442", "Random": PALETTE["neutral"],
}
HATCHES = ("", "//", "..", "\\\\", "xx", "--", "++", "oo")


def short(name: str) -> str:
    """The short label of a strategy name (the name itself if it has none).

    >>> short("Tit For Tat"), short("Odd")
    ('TFT', 'Odd')
    """
    return SHORT_NAMES.get(name, name)


def tournament_figure(names: list[str], ranked: list[int], scores: np.ndarray,
                      matrix: np.ndarray, title: str) -> Figure:
    """Ranking (left) and payoff matrix (right) of a round-robin tournament.

    ``scores[i]`` is strategy i's mean payoff per turn against the others, ``ranked`` the
    indices from best to worst, ``matrix[i, j]`` i's mean payoff per turn against j.

    >>> f = tournament_figure(["Tit For Tat", "Always Defect"], [1, 0], np.array([1.0, 1.4]),
    ...                       np.array([[3.0, 0.9], [1.4, 1.0]]), "Two")
    >>> f.axes[0].get_xlabel()
    'mean payoff per turn'
    """
    figure, bars, grid = two_panels((1.0, 1.15))
    labels = [short(names[i]) for i in ranked]
    positions = np.arange(len(ranked))[::-1]
    colours = [STRATEGY_COLOURS.get(names[i], PALETTE["neutral"]) for i in ranked]
    bars.barh(positions, scores[ranked], color=colours, edgecolor="#333333", lw=0.6)
    # Each score goes into its strategy's label rather than a text of its own beside the bar:
    # text is most of the drawing time, and a live slider redraws this figure on every move.
    bars.set_yticks(positions, [f"{label} {scores[i]:.2f}" for label, i in
                                zip(labels, ranked, strict=True)], fontsize=FONT_SIZE - 2)
    bars.set_xlim(0, max(3.6, float(scores.max()) + 0.6))
    bars.set_xlabel("mean payoff per turn", fontsize=FONT_SIZE - 1)
    bars.set_title("ranking", fontsize=FONT_SIZE - 1, loc="left")
    ordered = matrix[np.ix_(ranked, ranked)]
    cmap = ListedColormap(["#FFFFFF", "#DDEBF5", "#A6CCE6", "#5A9FCF", "#0072B2"])
    grid.imshow(ordered, cmap=cmap, vmin=0, vmax=5, aspect="auto", interpolation="nearest")
    ticks = np.arange(len(ranked))
    grid.set_xticks(ticks, labels, rotation=60, fontsize=FONT_SIZE - 4)
    grid.set_yticks(ticks, labels, fontsize=FONT_SIZE - 4)
    grid.set_title("row's payoff against column\n(white 0 … dark blue 5)", fontsize=FONT_SIZE - 2,
                   loc="left")
    grid.spines[:].set_visible(False)
    grid.tick_params(length=0)
    figure.subplots_adjust(left=0.17, bottom=0.22, top=0.84)
    figure.suptitle(title, fontsize=FONT_SIZE, x=0.02, ha="left")
    return figure


def population_figure(names: list[str], counts: np.ndarray, title: str) -> Figure:
    """Stacked areas: how many agents play each strategy, generation by generation.

    >>> f = population_figure(["Tit For Tat", "Always Defect"], np.array([[5, 5], [7, 3]]), "P")
    >>> f.axes[0].get_xlabel()
    'generation'
    """
    figure = new_figure(FIGURE_SIZE, {"left": 0.1, "right": 0.74, "bottom": 0.15, "top": 0.9})
    axes = figure.axes[0]
    generations = np.arange(counts.shape[0])
    layers = axes.stackplot(generations, counts.T,
                            colors=[STRATEGY_COLOURS.get(n, PALETTE["neutral"]) for n in names],
                            labels=[short(n) for n in names], edgecolor="white", lw=0.4)
    for layer, hatch in zip(layers, HATCHES, strict=False):
        layer.set_hatch(hatch)
    axes.set_xlim(0, generations[-1])
    axes.set_ylim(0, counts[0].sum())
    axes.set_xlabel("generation", fontsize=FONT_SIZE)
    axes.set_ylabel("agents playing each strategy", fontsize=FONT_SIZE)
    handles, labels = axes.get_legend_handles_labels()
    axes.legend(handles[::-1], labels[::-1], fontsize=FONT_SIZE - 2, loc="center left",
                bbox_to_anchor=(1.01, 0.5), frameon=False)
    axes.set_title(title, fontsize=FONT_SIZE, loc="left")
    return figure


def match_figure(moves: np.ndarray, labels: tuple[str, str], noises: np.ndarray,
                 rates: np.ndarray, noise: float, rate: float, title: str) -> Figure:
    """One match move by move (top) and cooperation against noise (bottom).

    ``moves`` is (turns, 2) with 0 = C, 1 = D; ``rates[i]`` is the share of cooperative
    moves at noise ``noises[i]``; ``noise`` and ``rate`` mark the current setting.

    >>> f = match_figure(np.zeros((5, 2), dtype=int), ("A", "B"), np.array([0, 0.1]),
    ...                  np.array([1.0, 0.6]), 0.1, 0.6, "M")
    >>> f.axes[1].get_xlabel()
    'noise: chance that a move is flipped'
    """
    figure = Figure(figsize=FIGURE_SIZE, dpi=DPI)
    figure.subplots_adjust(left=0.13, right=0.97, bottom=0.14, top=0.9)
    strip, curve = figure.subplots(2, 1, gridspec_kw={"height_ratios": [1, 2.2],
                                                      "hspace": 0.75})
    cmap = ListedColormap([PALETTE["cooperate"], PALETTE["defect"]])
    strip.imshow(moves.T, cmap=cmap, vmin=0, vmax=1, aspect="auto", interpolation="nearest")
    strip.set_yticks([0, 1], labels, fontsize=FONT_SIZE - 2)
    strip.set_xlabel("turn (blue: cooperates, vermillion: defects)", fontsize=FONT_SIZE - 2)
    strip.tick_params(labelsize=FONT_SIZE - 2)
    strip.set_title(title, fontsize=FONT_SIZE, loc="left")
    curve.plot(noises, rates, color=PALETTE["cooperate"], lw=2.2, marker="o", ms=3)
    curve.plot([noise], [rate], "o", color=PALETTE["highlight"], ms=9, mec="black",
               label=f"this match: {rate:.0%} cooperative")
    curve.axhline(0.5, color=PALETTE["neutral"], lw=1, ls=(0, (4, 2)))
    curve.set_ylim(0, 1.02)
    curve.set_xlim(noises[0], noises[-1])
    curve.set_xlabel("noise: chance that a move is flipped", fontsize=FONT_SIZE - 1)
    curve.set_ylabel("share of moves\nthat cooperate", fontsize=FONT_SIZE - 1)
    curve.spines[["top", "right"]].set_visible(False)
    curve.tick_params(labelsize=FONT_SIZE - 2)
    curve.legend(fontsize=FONT_SIZE - 2, loc="lower left", frameon=False)
    return figure
