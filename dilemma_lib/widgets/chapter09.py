"""Chapter 9, efforts at cooperation: reciprocity under misattribution, asymmetric
vulnerability."""

from __future__ import annotations

import numpy as np

from ..models import cyber, games, repeated
from ..plotting.cyber_cooperation import misattribution_figure, restraint_figure
from .explorable import Explorable, Frame, Parameter

# The strategies of the misattribution explorable, with the short labels the figure uses.
RECIPROCITY_STRATEGIES = (
    ("Tit For Tat", "Tit for Tat"),
    ("Generous Tit For Tat", "Generous TFT"),
    ("Tit For Two Tats", "Tit for Two Tats"),
    ("Win-Stay Lose-Shift", "Win-Stay Lose-Shift"),
    ("Grudger", "Grudger"),
    ("Always Defect", "Always Defect"),
)
TURNS, REPETITIONS, SEED = 100, 20, 0  # small and seeded: the same figure on every run


def reciprocity_results(misperception: float, generosity: float) -> repeated.TournamentResult:
    """The seeded round robin behind the explorable (Axelrod's payoffs 3, 5, 1, 0).

    >>> r = reciprocity_results(0.0, 0.3)
    >>> np.diag(r.cooperation_matrix).round(2).tolist()
    [1.0, 1.0, 1.0, 1.0, 1.0, 0.0]
    """
    strategies = [repeated.generous_tit_for_tat(generosity) if name == "Generous Tit For Tat"
                  else name for name, _ in RECIPROCITY_STRATEGIES]
    return repeated.round_robin(repeated.AXELROD_GAME, strategies, turns=TURNS,
                                repetitions=REPETITIONS, misperception=misperception,
                                seed=SEED)


def render_misattribution(misperception: float, generosity: float) -> Frame:
    """Cooperation of each strategy with a twin, and its mean score against all the others."""
    result = reciprocity_results(misperception, generosity)
    labels = [label if name != "Generous Tit For Tat" else f"{label} (q={generosity:g})"
              for name, label in RECIPROCITY_STRATEGIES]
    twins = np.diag(result.cooperation_matrix)
    scores = result.mean_scores
    figure = misattribution_figure(labels, twins, scores, misperception)
    tft, gtft = twins[0], twins[1]
    best_twin = labels[int(np.argmax(twins))]
    best_score = labels[int(np.argmax(scores))]
    verdict = (f"When each move is misread with probability {misperception:g}, two Tit for Tat "
               f"states cooperate {tft:.0%} of the time and two Generous TFT states "
               f"{gtft:.0%}; {best_twin} keeps the most cooperation with its twin, and "
               f"{best_score} scores best against the whole field.")
    pairs = "; ".join(f"{label} {rate:.0%} with a twin, score {score:.2f}"
                      for label, rate, score in zip(labels, twins, scores, strict=True))
    alt = (f"Bar charts for six strategies at misperception {misperception:g} "
           f"({TURNS} turns, {REPETITIONS} repetitions, seed {SEED}): {pairs}.")
    return Frame(figure, verdict, alt)


def misattribution_explorer() -> Explorable:
    """Misperception and GTFT's generosity; the static page varies both."""
    return Explorable(
        title="Reciprocity under misattribution: which strategies keep cooperating?",
        parameters=[
            Parameter("misperception", "chance a move is misread", 0.0, 0.2, 0.01, 0.05,
                      static_step=0.025),
            Parameter("generosity", "Generous TFT forgives with q", 0.0, 0.6, 0.05, 0.3,
                      static_step=0.1),
        ],
        render=render_misattribution,
        static_parameters=("misperception", "generosity"),
        note=f"Axelrod's payoffs (3, 5, 1, 0); every pair plays {TURNS} turns, {REPETITIONS} "
        "times, with a fixed seed. The orange bar is the best score.",
    )


def render_restraint(d1: float, d2: float, damage: float, gain: float,
                     attack_cost: float) -> Frame:
    """The cyber-restraint game at network dependences d1 and d2, and who gains from restraint."""
    row, column = cyber.cyber_restraint_game(d1, d2, damage=damage, gain=gain,
                                             attack_cost=attack_cost)
    gains = cyber.restraint_gains(d1, d2, damage=damage, gain=gain, attack_cost=attack_cost)
    equilibria = games.pure_equilibria((row, column))
    names = ", ".join(f"({cyber.CYBER_ACTIONS[i]}, {cyber.CYBER_ACTIONS[j]})"
                      for i, j in equilibria) or "none in pure actions"
    title = f"Dependence on networks: state 1 {d1:g}, state 2 {d2:g}"
    figure = restraint_figure(row, column, equilibria, gains, title)
    if max(gains) <= 0:
        who = "Neither state gains from mutual restraint over mutual attack."
    elif gains[0] > 0 and gains[1] > 0:
        more = "state 1" if gains[0] > gains[1] else "state 2" if gains[1] > gains[0] else None
        who = ("Both states gain from mutual restraint, " +
               (f"{more} more." if more else "equally."))
    else:
        winner = "state 1" if gains[0] > 0 else "state 2"
        who = f"Only {winner}, the more exposed, gains from mutual restraint."
    verdict = (f"{who} Gains (CC - DD): state 1 {gains[0]:.2f}, state 2 {gains[1]:.2f}. "
               f"Equilibrium: {names}.")
    alt = (f"Payoff matrix of the cyber-restraint game with dependences {d1:g} and {d2:g} "
           f"(row payoff first): both restrain {row[0, 0]:.2f}, {column[0, 0]:.2f}; state 1 "
           f"attacks alone {row[1, 0]:.2f}, {column[1, 0]:.2f}; state 2 attacks alone "
           f"{row[0, 1]:.2f}, {column[0, 1]:.2f}; both attack {row[1, 1]:.2f}, "
           f"{column[1, 1]:.2f}. Pure equilibria: {names}. Gains from restraint: "
           f"{gains[0]:.2f} and {gains[1]:.2f}.")
    return Frame(figure, verdict, alt)


def restraint_explorer() -> Explorable:
    """Both dependences plus the model's three scales; the static page varies d1 and d2."""
    return Explorable(
        title="Asymmetric vulnerability: who gains from cyber restraint?",
        parameters=[
            Parameter("d1", "state 1's dependence", 0.0, 1.0, 0.05, 0.8, static_step=0.2),
            Parameter("d2", "state 2's dependence", 0.0, 1.0, 0.05, 0.4, static_step=0.2),
            Parameter("damage", "damage when attacked", 0.0, 8.0, 0.5, 4.0),
            Parameter("gain", "gain from attacking", 0.0, 8.0, 0.5, 2.0),
            Parameter("attack_cost", "cost of attacking", 0.0, 4.0, 0.25, 0.5),
        ],
        render=render_restraint,
        static_parameters=("d1", "d2"),
        note="The course's own model: harm grows with one's own dependence, the gain from "
        "attacking with the target's. Outlined cells are Nash equilibria.",
    )


EXPLORABLES = (misattribution_explorer, restraint_explorer)
