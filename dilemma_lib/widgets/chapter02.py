"""Chapter 2, the security dilemma: the payoff explorer and Jervis's levers."""

from __future__ import annotations

from ..models import games
from ..plotting.games import payoff_matrix_figure, threshold_figure
from .explorable import Explorable, Frame, Parameter

# What each kind of game means for two states that only want to be secure.
GAME_MEANINGS = {
    games.PRISONERS_DILEMMA: "arming is each state's best reply whatever the other does, so "
    "both arm although both would be better off restrained",
    games.STAG_HUNT: "each state prefers mutual restraint, but restrains only if it trusts "
    "the other enough: fear alone can lead both to arm",
    games.CHICKEN: "each wants the other to back down; mutual arming is the worst outcome, "
    "so each state's best reply is the opposite of the other's",
    games.DEADLOCK: "each state prefers mutual arming to mutual restraint, so there is no "
    "dilemma to escape: conflict is wanted, not feared",
    games.HARMONY: "restraint is each state's best reply whatever the other does, so "
    "security comes without a dilemma",
    games.OTHER: "the payoffs tie or fall in an order without a standard name; look at the "
    "equilibria in the matrix",
}

PAYOFF_RANGE = {"minimum": 0.0, "maximum": 5.0, "step": 0.5}


def describe_game(game: games.SymmetricGame) -> str:
    """One sentence: the game's name, what it means, and Jervis's threshold.

    >>> describe_game(games.SymmetricGame(4, 3, 2, 1))[:40]
    'A Stag Hunt: each state prefers mutual r'
    """
    kind = games.classify(game)
    threshold = games.cooperation_threshold(game)
    if threshold is None:
        belief = "No belief in the other's restraint makes restraint pay (CC < DC)."
    elif threshold == 0:
        belief = "Restraint pays whatever the other state is believed to do."
    else:
        belief = (f"Restraint pays only if the other is believed to restrain with "
                  f"probability at least p* = {threshold:.2f}.")
    article = "An" if kind == games.OTHER else "A"
    name = "unnamed game" if kind == games.OTHER else kind
    return f"{article} {name}: {GAME_MEANINGS[kind]}. {belief}"


def render_payoffs(CC: float, DC: float, DD: float, CD: float) -> Frame:
    """Payoff matrix of the symmetric game with these payoffs, and what kind of game it is."""
    game = games.SymmetricGame(CC=CC, DC=DC, DD=DD, CD=CD)
    kind = games.classify(game)
    equilibria = ", ".join(f"({games.ACTIONS[i]}, {games.ACTIONS[j]})"
                           for i, j in games.pure_equilibria(game)) or "none in pure actions"
    figure = payoff_matrix_figure(game, kind)
    alt = (f"Payoff matrix: both cooperate {CC:g} each, both defect {DD:g} each, "
           f"a defector facing a cooperator gets {DC:g} and the cooperator {CD:g}. "
           f"Pure equilibria: {equilibria}.")
    return Frame(figure, describe_game(game), alt)


def payoff_explorer() -> Explorable:
    """Four payoff sliders; the static page varies CC and DC with DD = 2 and CD = 1."""
    return Explorable(
        title="Payoff explorer: which game are the two states playing?",
        parameters=[
            Parameter("CC", "CC: both restrain", default=3.0, **PAYOFF_RANGE),
            Parameter("DC", "DC: I arm, you restrain", default=4.0, **PAYOFF_RANGE),
            Parameter("DD", "DD: both arm", default=2.0, **PAYOFF_RANGE),
            Parameter("CD", "CD: I restrain, you arm", default=1.0, **PAYOFF_RANGE),
        ],
        render=render_payoffs,
        static_parameters=("CC", "DC"),
        note="Outlined cells are Nash equilibria; shaded cells are Pareto-optimal.",
    )


BASE_GAME = games.SymmetricGame(CC=3, DC=4, DD=2, CD=1)  # a Prisoner's Dilemma
LEVER_RANGE = {"minimum": 0.0, "maximum": 2.0, "step": 0.1, "static_step": 0.2}


def render_levers(raise_cc: float, raise_cd: float, lower_dc: float, lower_dd: float) -> Frame:
    """Apply Jervis's four levers to the base Prisoner's Dilemma and show how p* moves."""
    game = games.apply_levers(
        BASE_GAME, raise_mutual_cooperation_gain=raise_cc, lower_exploitation_cost=raise_cd,
        lower_temptation=lower_dc, raise_mutual_defection_cost=lower_dd,
    )
    kind = games.classify(game)
    payoffs = f"CC={game.CC:g}, DC={game.DC:g}, DD={game.DD:g}, CD={game.CD:g}"
    figure = threshold_figure(game, f"{kind} ({payoffs})")
    threshold = games.cooperation_threshold(game)
    where = "no crossing: defecting pays at every belief" if threshold is None else (
        f"the lines cross at p* = {threshold:.2f}")
    alt = (f"Expected payoff of cooperating and of defecting against the belief p for the "
           f"game {payoffs}; {where}.")
    return Frame(figure, describe_game(game), alt)


def levers_explorer() -> Explorable:
    """Four lever sliders; the static page varies 'lower DC' and 'lower DD'."""
    return Explorable(
        title="Jervis's levers: from a Prisoner's Dilemma toward a Stag Hunt",
        parameters=[
            Parameter("raise_cc", "raise CC by", default=0.0, **LEVER_RANGE),
            Parameter("raise_cd", "raise CD by", default=0.0, **LEVER_RANGE),
            Parameter("lower_dc", "lower DC by", default=0.0, **LEVER_RANGE),
            Parameter("lower_dd", "lower DD by", default=0.0, **LEVER_RANGE),
        ],
        render=render_levers,
        static_parameters=("lower_dc", "lower_dd"),
        note="Start: CC=3, DC=4, DD=2, CD=1. Cooperating is the better reply right of p*.",
    )


EXPLORABLES = (payoff_explorer, levers_explorer)
