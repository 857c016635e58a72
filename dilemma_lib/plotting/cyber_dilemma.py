"""Figures for chapter 8, the cybersecurity dilemma: breaches, Slayton's balance, four worlds."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from ..models import cyber
from .style import FONT_SIZE, PALETTE, new_figure

MAX_TRIES = 30  # the x axis of the breach figure: attempts or intrusion steps, 1 to 30


def breach_figure(p: float, n: int, q: float, k: int) -> Figure:
    """The attacker's chance of at least one breach after x attempts (each with chance p) and
    the defender's chance of seeing at least one of x intrusion steps (each with chance q).

    >>> figure = breach_figure(0.05, 20, 0.2, 5)
    >>> [line.get_label() for line in figure.axes[0].get_lines()][:2]
    ['attacker: P(at least one breach)', 'defender: P(at least one step seen)']
    """
    figure = new_figure(margins={"left": 0.12, "right": 0.97, "bottom": 0.15, "top": 0.89})
    axes = figure.axes[0]
    tries = np.arange(1, MAX_TRIES + 1)
    breach = [cyber.breach_probability(p, int(x)) for x in tries]
    seen = [cyber.detection_probability(q, int(x)) for x in tries]
    axes.plot(tries, breach, color=PALETTE["defect"], lw=2.5,
              label="attacker: P(at least one breach)")
    axes.plot(tries, seen, color=PALETTE["cooperate"], lw=2.5, ls=(0, (6, 2)),
              label="defender: P(at least one step seen)")
    axes.plot([n], [cyber.breach_probability(p, n)], "o", color=PALETTE["defect"], ms=8)
    axes.plot([k], [cyber.detection_probability(q, k)], "s", color=PALETTE["cooperate"], ms=8)
    axes.set_xlim(0.5, MAX_TRIES + 0.5)
    axes.set_ylim(-0.02, 1.02)
    axes.grid(alpha=0.3)
    axes.set_xlabel("number of attempts (attacker) or of intrusion steps (defender)",
                    fontsize=FONT_SIZE)
    axes.set_ylabel("probability", fontsize=FONT_SIZE)
    axes.set_title(f"One success is enough, for either side (p = {p:g}, q = {q:g})",
                   fontsize=FONT_SIZE + 1, loc="left")
    # direct labels in a fixed corner: a legend costs a fifth of the render time
    axes.text(0.98, 0.14, "solid, circle: attacker's P(at least one breach)", ha="right",
              transform=axes.transAxes, color=PALETTE["defect"], fontsize=FONT_SIZE - 1)
    axes.text(0.98, 0.05, "dashed, square: defender's P(at least one step seen)", ha="right",
              transform=axes.transAxes, color=PALETTE["cooperate"], fontsize=FONT_SIZE - 1)
    return figure


def balance_figure(result: cyber.CyberBalance, values: tuple[float, float],
                   costs: tuple[float, float]) -> Figure:
    """Slayton's balance as bars: each side's value, its skill-adjusted cost, its net utility.

    ``values`` and ``costs`` are (offence, defence); costs are already divided by skill.

    >>> r = cyber.offense_defense_balance(10, 8, 10, 4)
    >>> balance_figure(r, (10, 10), (8, 4)).axes[0].get_title(loc="left")[:24]
    'Net utility of offence 2'
    """
    figure = new_figure(margins={"left": 0.14, "right": 0.97, "bottom": 0.15, "top": 0.84})
    axes = figure.axes[0]
    sides = ("offence", "defence")
    nets = (result.offense_utility, result.defense_utility)
    colours = (PALETTE["defect"], PALETTE["cooperate"])
    for i in range(len(sides)):
        y = 1 - i
        axes.barh(y + 0.25, values[i], height=0.22, color=PALETTE["good"],
                  label="value of the operations" if i == 0 else None)
        axes.barh(y, costs[i], height=0.22, color=PALETTE["neutral"],
                  label="cost / skill" if i == 0 else None)
        axes.barh(y - 0.25, nets[i], height=0.22, color=colours[i],
                  label="net utility (value - cost / skill)" if i == 0 else None)
        axes.text(max(nets[i], 0) + 0.2, y - 0.25, f"{nets[i]:.2f}", va="center",
                  fontsize=FONT_SIZE - 1)
    low = min(0.0, *nets) - 1
    high = max(values + costs + nets) * 1.15 + 1
    axes.axvline(0, color="black", lw=0.8)
    axes.set_xlim(low, high)
    axes.set_yticks([1, 0], sides)
    axes.set_xlabel("utility (illustrative units)", fontsize=FONT_SIZE)
    axes.set_title(f"Net utility of offence {nets[0]:.2f} vs defence {nets[1]:.2f}",
                   fontsize=FONT_SIZE + 1, loc="left", pad=20)
    axes.legend(fontsize=FONT_SIZE - 2, frameon=False, loc="lower left", ncol=3,
                bbox_to_anchor=(-0.02, 0.99), handlelength=1.2, columnspacing=0.8)
    return figure


WORLD_COLOURS = {
    "doubly dangerous": "#F4C7B0",
    "security dilemma, but security requirements may be compatible": "#FBE3B4",
    "no security dilemma, but aggression possible": "#CFE3F1",
    "doubly stable": "#C7E9DD",
}
SHORT_WORLD_NAMES = {
    "doubly dangerous": "doubly dangerous",
    "security dilemma, but security requirements may be compatible":
        "dilemma, but compatible",
    "no security dilemma, but aggression possible": "aggression possible",
    "doubly stable": "doubly stable",
}
BALANCE_LIMITS = (0.2, 5.0)


def worlds_figure(balance: float, distinguishability: float, threshold: float,
                  examples: Sequence[tuple[str, float, float, str]]) -> Figure:
    """Jervis's four worlds as regions of the plane (balance B on a log axis, distinguishability
    d), with labelled example weapons (name, B, d, "cyber" or "conventional") and the reader's
    point.

    >>> figure = worlds_figure(1.5, 0.7, 0.5, [("tank", 0.8, 0.4, "conventional")])
    >>> figure.axes[0].get_xscale()
    'log'
    """
    figure = new_figure(margins={"left": 0.1, "right": 0.97, "bottom": 0.15, "top": 0.9})
    axes = figure.axes[0]
    low, high = BALANCE_LIMITS
    cells = (((low, 0.0), (1.0, threshold), "doubly dangerous"),
             ((1.0, 0.0), (high, threshold),
              "security dilemma, but security requirements may be compatible"),
             ((low, threshold), (1.0, 1.0), "no security dilemma, but aggression possible"),
             ((1.0, threshold), (high, 1.0), "doubly stable"))
    for (x0, y0), (x1, y1), name in cells:
        axes.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, color=WORLD_COLOURS[name], lw=0))
        if y1 - y0 > 0.08:
            axes.text(np.sqrt(x0 * x1), y1 - 0.03, SHORT_WORLD_NAMES[name], ha="center",
                      va="top", fontsize=FONT_SIZE - 2, color="#444444")
    for name, b, d, kind in examples:
        cyber_kind = kind == "cyber"
        axes.plot([b], [d], "D" if cyber_kind else "o", ms=6, mec="black", mew=0.6,
                  color=PALETTE["defect"] if cyber_kind else PALETTE["cooperate"])
        right_edge = b > 2.5
        axes.annotate(name, (b, d), xytext=(-6 if right_edge else 6, -3),
                      textcoords="offset points", fontsize=FONT_SIZE - 2.5,
                      ha="right" if right_edge else "left")
    axes.plot([balance], [distinguishability], "*", ms=16, color=PALETTE["highlight"],
              mec="black", mew=0.8)
    axes.set_xscale("log")
    axes.set_xlim(low, high)
    axes.set_ylim(0, 1)
    axes.set_xticks([0.25, 1, 4], ["0.25", "1", "4"])
    axes.set_yticks([0, 0.5, 1], ["0", "0.5", "1"])
    axes.minorticks_off()
    axes.set_xlabel("balance B (log scale; B > 1 favours defence)",
                    fontsize=FONT_SIZE)
    axes.set_ylabel("distinguishability d", fontsize=FONT_SIZE)
    axes.set_title("Jervis's four worlds: ♦ cyber, ● conventional, ★ yours",
                   fontsize=FONT_SIZE + 1, loc="left")
    return figure
