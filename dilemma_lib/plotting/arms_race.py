"""Figures for chapter 4: Richardson's arms race, the belief spiral and costly signals."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from ..models import arms_race
from .style import DPI, FIGURE_SIZE, FONT_SIZE, PALETTE, new_figure

PHASE_LIMIT = 6.0  # arms levels shown on the phase plane, 0 to this
_TWO_PANEL_MARGINS = {"left": 0.09, "right": 0.98, "bottom": 0.15, "top": 0.86}


def two_panels(widths: tuple[float, float] = (1.0, 1.0)) -> tuple[Figure, object, object]:
    """A course-style figure with two side-by-side axes.

    >>> figure, left, right = two_panels()
    >>> len(figure.axes)
    2
    """
    figure = Figure(figsize=FIGURE_SIZE, dpi=DPI)  # not new_figure: its axes would be wasted
    figure.subplots_adjust(**_TWO_PANEL_MARGINS)
    left, right = figure.subplots(1, 2, gridspec_kw={"width_ratios": widths, "wspace": 0.32})
    for axes in (left, right):
        axes.spines[["top", "right"]].set_visible(False)
        axes.tick_params(labelsize=FONT_SIZE - 2)
        # Few ticks on half-width axes: they read better, and every tick is an artist that a
        # live slider redraws (ticks are most of the drawing time of a two-panel figure).
        axes.locator_params(nbins=4)
    return figure, left, right


def richardson_figure(model: arms_race.RichardsonModel, start: tuple[float, float],
                      times: np.ndarray, path: np.ndarray, cost: np.ndarray,
                      baseline_cost: np.ndarray, title: str) -> Figure:
    """Phase plane (left) and the cost of racing added up (right).

    Left: the two lines where each state stops changing its arms (dx/dt = 0, dy/dt = 0),
    arrows of the flow, and the path from ``start`` (``path``: n x 2 levels at ``times``).
    Right: the two states' total spending so far (``cost``, n x 2, from
    :func:`~dilemma_lib.models.arms_race.cumulative_cost`) against what they would spend if
    neither reacted to the other (``baseline_cost``).

    >>> m = arms_race.RichardsonModel(k=1, l=0.5, a=1, b=1, g=0.5, h=0.5)
    >>> t = np.linspace(0, 10, 5)
    >>> p = arms_race.trajectory(m, [1, 0], t)
    >>> c = arms_race.cumulative_cost(m, [1, 0], t)
    >>> f = richardson_figure(m, (1, 0), t, p, c, c / 2, "A race")
    >>> f.axes[0].get_xlabel()
    'arms of state 1 (x)'
    """
    figure, phase, spend = two_panels((1.0, 1.0))
    grid = np.linspace(0, PHASE_LIMIT, 8)
    xs, ys = np.meshgrid(grid, grid)
    flow = arms_race.rates_of_change(model, np.column_stack([xs.ravel(), ys.ravel()]))
    length = np.hypot(flow[:, 0], flow[:, 1])
    length[length == 0] = 1.0
    phase.quiver(xs.ravel(), ys.ravel(), flow[:, 0] / length, flow[:, 1] / length,
                 color=PALETTE["neutral"], angles="xy", scale=22, width=0.005)
    line = np.array([0.0, PHASE_LIMIT])
    if model.k > 0:
        phase.plot(line, (model.a * line - model.g) / model.k, color=PALETTE["cooperate"],
                   lw=1.5, ls=(0, (4, 2)), label="x stops changing (dx/dt = 0)")
    else:
        phase.axvline(model.g / model.a, color=PALETTE["cooperate"], lw=1.5, ls=(0, (4, 2)),
                      label="x stops changing (dx/dt = 0)")
    phase.plot(line, (model.l * line + model.h) / model.b, color=PALETTE["highlight"], lw=1.5,
               ls=(0, (1, 1.5)), label="y stops changing (dy/dt = 0)")
    shown = np.clip(path, -1.0, 2 * PHASE_LIMIT)
    phase.plot(shown[:, 0], shown[:, 1], color=PALETTE["defect"], lw=2.2, label="path")
    phase.plot(*start, "o", color=PALETTE["defect"], ms=5)
    phase.set_xlim(0, PHASE_LIMIT)
    phase.set_ylim(0, PHASE_LIMIT)
    phase.set_xlabel("arms of state 1 (x)", fontsize=FONT_SIZE - 1)
    phase.set_ylabel("arms of state 2 (y)", fontsize=FONT_SIZE - 1)
    phase.legend(fontsize=FONT_SIZE - 3, loc="upper left", frameon=True, framealpha=0.9)
    total, reference = cost.sum(axis=1), baseline_cost.sum(axis=1)
    spend.plot(times, total, color=PALETTE["defect"], lw=2.2, label="racing (both states)")
    spend.plot(times, reference, color=PALETTE["good"], lw=1.8, ls=(0, (5, 2)),
               label="no reaction (k = l = 0)")
    spend.set_xlim(times[0], times[-1])
    spend.set_ylim(0, max(float(total.max()), float(reference.max()), 1.0) * 1.05)
    spend.set_xlabel("time", fontsize=FONT_SIZE - 1)
    spend.set_ylabel("total spent on arms so far", fontsize=FONT_SIZE - 1)
    spend.legend(fontsize=FONT_SIZE - 3, loc="upper left", frameon=False)
    figure.suptitle(title, fontsize=FONT_SIZE, x=0.02, ha="left")
    return figure


def belief_figure(rounds: np.ndarray, paths: dict[str, np.ndarray], threshold: float,
                  title: str) -> Figure:
    """Beliefs that the other is a security seeker, round by round, with p* marked.

    ``paths`` maps a label to a belief path (one more entry than rounds). The band below
    ``threshold`` is where a state that needs p* of trust arms rather than restrains.

    >>> f = belief_figure(np.arange(3), {"A": np.array([0.5, 0.4, 0.3])}, 0.5, "Beliefs")
    >>> f.axes[0].get_ylabel()
    'belief: the other is a security seeker'
    """
    figure = new_figure()
    axes = figure.axes[0]
    styles = [(PALETTE["cooperate"], "-", 2.2), (PALETTE["good"], (0, (5, 2)), 2.0),
              (PALETTE["defect"], (0, (1, 1.2)), 2.2)]
    for (label, path), (colour, dash, width) in zip(paths.items(), styles, strict=False):
        axes.plot(rounds, path, color=colour, ls=dash, lw=width, label=label,
                  drawstyle="steps-post")
    axes.axhspan(0, threshold, color=PALETTE["defect"], alpha=0.08, lw=0)
    axes.axhline(threshold, color=PALETTE["neutral"], lw=1.2)
    axes.text(rounds[-1], threshold + 0.02, f"p* = {threshold:.2f}: arm below, restrain above",
              ha="right", va="bottom", fontsize=FONT_SIZE - 2, color="#444444")
    axes.set_xlim(rounds[0], rounds[-1])
    axes.set_ylim(0, 1.02)
    axes.set_xlabel("round of watching the other arm", fontsize=FONT_SIZE)
    axes.set_ylabel("belief: the other is a security seeker", fontsize=FONT_SIZE - 1)
    axes.legend(fontsize=FONT_SIZE - 2, loc="lower left", frameon=True, framealpha=0.9)
    axes.set_title(title, fontsize=FONT_SIZE, loc="left")
    return figure


def signal_figure(cost: float, gain_trustworthy: float, gain_untrustworthy: float,
                  separating: tuple[float, float] | None, title: str,
                  maximum_cost: float = 5.0) -> Figure:
    """Net gain of sending a costly signal, by type, against the signal's cost.

    Each type gains its ``gain_*`` by being believed and pays the cost c: the lines are
    gain - c. The shaded band is the separating range (``separating``), where only the
    trustworthy type's line is above zero; the vertical line marks the chosen cost.

    >>> f = signal_figure(2.0, 3.0, 1.0, (1.0, 3.0), "Signals")
    >>> f.axes[0].get_xlabel()
    'cost of the signal (c)'
    """
    figure = new_figure()
    axes = figure.axes[0]
    costs = np.array([0.0, maximum_cost])
    axes.plot(costs, gain_trustworthy - costs, color=PALETTE["cooperate"], lw=2.4,
              label="trustworthy state: gain - c")
    axes.plot(costs, gain_untrustworthy - costs, color=PALETTE["defect"], lw=2.4,
              ls=(0, (6, 2)), label="untrustworthy state: gain - c")
    axes.axhline(0, color="#444444", lw=0.8)
    if separating is not None:
        axes.axvspan(separating[0], min(separating[1], maximum_cost), color=PALETTE["good"],
                     alpha=0.15, lw=0, label="separating costs")
    axes.axvline(cost, color=PALETTE["highlight"], lw=2, label=f"this signal: c = {cost:g}")
    axes.set_xlim(0, maximum_cost)
    axes.set_xlabel("cost of the signal (c)", fontsize=FONT_SIZE)
    axes.set_ylabel("net gain from sending it", fontsize=FONT_SIZE)
    axes.legend(fontsize=FONT_SIZE - 2, loc="upper right", frameon=True, framealpha=0.9)
    axes.set_title(title, fontsize=FONT_SIZE, loc="left")
    return figure
