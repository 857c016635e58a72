"""Chapter 1, anarchy and realism: relative gains, and the fear of a greedy rival."""

from __future__ import annotations

from ..models import games, realism
from ..plotting.games import payoff_matrix_figure
from ..plotting.realism import greed_figure
from .explorable import Explorable, Frame, Parameter

# The chapter's base game: the Stag Hunt of two security seekers, with CC set by a slider.
DC, DD, CD = 3.0, 2.0, 1.0
CC_RANGE = {"minimum": 3.5, "maximum": 7.0, "step": 0.25, "static_step": 0.5}

MEANINGS = {
    games.PRISONERS_DILEMMA: "arming is each state's best reply whatever the other does, so "
    "both arm although both would gain in absolute terms from restraint",
    games.STAG_HUNT: "mutual restraint is still the best outcome, so restraint pays for a "
    "state that trusts the other enough",
    games.CHICKEN: "mutual arming is the worst outcome, so each state's best reply is the "
    "opposite of the other's",
    games.DEADLOCK: "each state prefers mutual arming to mutual restraint",
    games.HARMONY: "restraint is each state's best reply whatever the other does",
    games.OTHER: "two outcomes tie, so the game sits on the border between two named games",
}


def _name(kind: str) -> str:
    return "a game on a border (payoffs tie)" if kind == games.OTHER else f"a {kind}"


def base_game(CC: float) -> games.SymmetricGame:
    """The chapter's Stag Hunt: CC from the slider, DC = 3, DD = 2, CD = 1.

    >>> games.classify(base_game(4.0))
    'Stag Hunt'
    """
    return games.SymmetricGame(CC=CC, DC=DC, DD=DD, CD=CD)


def render_relative_gains(weight: float, CC: float) -> Frame:
    """The base Stag Hunt after each state subtracts w times the other's payoff."""
    base = base_game(CC)
    seen = realism.relative_gains_game(base, weight)
    # three decimals for the matrix; + 0.0 turns a rounded -0.0 into 0.0
    shown = games.SymmetricGame(*(round(x, 3) + 0.0 for x in (seen.CC, seen.DC, seen.DD,
                                                                seen.CD)))
    kind = games.classify(shown)
    threshold = realism.temptation_weight(base)
    assert threshold is not None  # CC > DC > CD in every base game of the slider
    figure = payoff_matrix_figure(shown, f"w = {weight:.2f}: "
                                         f"{kind if kind != games.OTHER else 'payoffs tie'}")
    where = (f"Base game CC={CC:g}, DC=3, DD=2, CD=1 (a Stag Hunt); it turns into a Prisoner's "
             f"Dilemma once w exceeds w* = {threshold:.2f}.")
    meaning = MEANINGS[kind]
    if weight == 1.0:
        meaning = ("only the gap counts, so every outcome is zero-sum and mutual restraint is "
                   "worth no more than mutual arming")
    verdict = f"With w = {weight:.2f} the states play {_name(kind)}: {meaning}. {where}"
    alt = (f"Payoff matrix with relative-gains weight {weight:.2f}: both restrain "
           f"{shown.CC:g} each, both arm {shown.DD:g} each, an armed state facing a "
           f"restrained one gets {shown.DC:g} and the restrained one {shown.CD:g}. "
           f"The game is {_name(kind)}; the threshold weight is {threshold:.2f}.")
    return Frame(figure, verdict, alt)


def relative_gains_explorer() -> Explorable:
    """Weight on relative gains and the base game's CC; static over both."""
    return Explorable(
        title="Relative gains: when caring about the gap turns a Stag Hunt into a "
              "Prisoner's Dilemma",
        parameters=[
            Parameter("weight", "w: weight on the other's gains", minimum=0.0, maximum=1.0,
                      step=0.01, default=0.0, static_step=0.1),
            Parameter("CC", "CC: both restrain (w = 0)", default=4.0, **CC_RANGE),
            ],
        render=render_relative_gains,
        static_parameters=("weight", "CC"),
        note="The course's own model: each state values an outcome at its own payoff minus w "
             "times the other's. Outlined cells are Nash equilibria.",
    )


def render_greed(prior_greedy: float, CC: float) -> Frame:
    """Restraint against arming when the other is greedy with probability q."""
    game = base_game(CC)
    restrain, arm = realism.payoffs_against_prior(game, prior_greedy)
    tolerance = realism.greed_tolerance(game)
    assert tolerance is not None  # every base game is a Stag Hunt
    figure = greed_figure(game, prior_greedy,
                          f"A security seeker's Stag Hunt (CC={CC:g}, DC=3, DD=2, CD=1)")
    if restrain > arm:
        choice = f"restraint pays ({restrain:.2f} against {arm:.2f} for arming)"
    elif restrain < arm:
        choice = f"arming pays ({arm:.2f} against {restrain:.2f} for restraint)"
    else:
        choice = f"restraint and arming pay the same ({restrain:.2f})"
    verdict = (f"If the other state is greedy with probability {prior_greedy:.2f}, {choice}. "
               f"Restraint is the better reply only while that probability is at most "
               f"q* = {tolerance:.2f}.")
    alt = (f"Two lines against the prior q that the other is greedy: restraint falls from "
           f"{CC:g} at q = 0 to {CD:g} at q = 1, arming from {DC:g} to {DD:g}; they cross at "
           f"q* = {tolerance:.2f}. At q = {prior_greedy:.2f} restraint is worth {restrain:.2f} "
           f"and arming {arm:.2f}.")
    return Frame(figure, verdict, alt)


def greed_explorer() -> Explorable:
    """The prior that the other is greedy, and the base game's CC; static over both."""
    return Explorable(
        title="Security seeker or greedy? How the fear of greed changes the best reply",
        parameters=[
            Parameter("prior_greedy", "q: prior that the other is greedy", minimum=0.0,
                      maximum=1.0, step=0.01, default=0.3, static_step=0.1),
            Parameter("CC", "CC: both restrain", default=4.0, **CC_RANGE),
        ],
        render=render_greed,
        static_parameters=("prior_greedy", "CC"),
        note="The course's own model: a greedy state always arms; a security seeker "
             "restrains. Shaded: priors at which restraint is the better reply.",
    )


EXPLORABLES = (relative_gains_explorer, greed_explorer)
