"""The course's figure style: a colour-blind-safe palette and small, labelled figures."""

from __future__ import annotations

from matplotlib.figure import Figure

# Okabe & Ito (2008), "Color Universal Design": distinguishable under the common forms of
# colour-vision deficiency.
PALETTE = {
    "cooperate": "#0072B2",  # blue
    "defect": "#D55E00",  # vermillion
    "neutral": "#999999",
    "highlight": "#E69F00",  # orange
    "good": "#009E73",  # bluish green
    "light": "#F2F2F2",
}

FIGURE_SIZE = (5.6, 3.4)
FONT_SIZE = 10
DPI = 90  # pixels per inch of the PNG frames


# Fixed margins rather than constrained layout: constrained layout draws every figure twice,
# and a live slider redraws on every move.
MARGINS = {"left": 0.13, "right": 0.97, "bottom": 0.15, "top": 0.9}


def new_figure(size: tuple[float, float] = FIGURE_SIZE,
               margins: dict[str, float] | None = None) -> Figure:
    """A blank figure in the course style with one set of axes.

    >>> new_figure().axes[0].spines["top"].get_visible()
    False
    """
    figure = Figure(figsize=size, dpi=DPI)
    figure.subplots_adjust(**(margins or MARGINS))
    axes = figure.add_subplot()
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=FONT_SIZE - 1)
    return figure
