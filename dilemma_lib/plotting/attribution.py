"""The attribution figure: how sure a victim can be once the evidence points at a suspect."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from .style import FONT_SIZE, PALETTE, new_figure


def posterior_curve(detection_rate: float, false_alarm_rate: float,
                    priors: np.ndarray) -> np.ndarray:
    """P(guilty | signal) at each prior by Bayes' rule, NaN where the signal cannot fire.

    The same formula as :func:`dilemma_lib.models.cyber.attribution_posterior`, vectorised
    for drawing (that function checks its inputs and refuses the undefined points).

    >>> posterior_curve(0.9, 0.1, np.array([0.1, 0.5])).round(2).tolist()
    [0.5, 0.9]
    >>> bool(np.isnan(posterior_curve(0.9, 0.0, np.array([0.0]))[0]))
    True
    """
    guilty = priors * detection_rate
    fires = guilty + (1.0 - priors) * false_alarm_rate
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(fires > 0, guilty / np.where(fires > 0, fires, 1.0), np.nan)


def attribution_figure(prior: float, detection_rate: float, false_alarm_rate: float,
                       threshold: float, posterior: float | None,
                       break_even: float | None) -> Figure:
    """Posterior against prior for one signal, the retaliation threshold, and the priors at
    which retaliating pays (shaded: those above ``break_even``, none when it is None); the
    dot marks the chosen prior."""
    figure = new_figure()
    axes = figure.axes[0]
    priors = np.linspace(0.0, 1.0, 101)
    curve = posterior_curve(detection_rate, false_alarm_rate, priors)
    if break_even is not None and break_even < 1:  # the posterior rises with the prior
        axes.axvspan(break_even, 1.0, color=PALETTE["good"], alpha=0.15, linewidth=0,
                     label="retaliation pays")
    axes.plot(priors, priors, color=PALETTE["neutral"], linestyle=":", linewidth=1,
              label="no evidence (posterior = prior)")
    axes.plot(priors, curve, color=PALETTE["cooperate"], linewidth=2,
              label="after the signal fires")
    axes.axhline(threshold, color=PALETTE["defect"], linestyle="--", linewidth=1.2,
                 label=f"threshold C/(B+C) = {threshold:.2f}")
    if posterior is not None:
        axes.plot(prior, posterior, marker="o", markersize=8, color=PALETTE["defect"],
                  zorder=5)
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1.02)
    axes.set_xlabel("prior: P(suspect attacked) before the evidence", fontsize=FONT_SIZE - 1)
    axes.set_ylabel("P(suspect attacked | signal)", fontsize=FONT_SIZE - 1)
    axes.set_title(f"Attribution with detection rate {detection_rate:.2f}, "
                   f"false-alarm rate {false_alarm_rate:.2f}", fontsize=FONT_SIZE)
    axes.legend(loc="lower right", fontsize=FONT_SIZE - 3, frameon=False)
    return figure
