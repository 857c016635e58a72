"""Chapter 5, cooperation under anarchy: a noisy tournament, an evolving population and a
single match that shows the echo of retaliation. Every simulation is seeded."""

from __future__ import annotations

import functools

import numpy as np

from ..models import repeated
from ..plotting.repeated import match_figure, population_figure, short, tournament_figure
from .explorable import Explorable, Frame, Parameter

SEED = 0  # every simulation of the chapter uses this seed: frames never jitter


def _ordinal(n: int) -> str:
    """1 -> '1st', 2 -> '2nd', 3 -> '3rd', 4 -> '4th'.

    >>> [_ordinal(n) for n in (1, 2, 3, 4, 11)]
    ['1st', '2nd', '3rd', '4th', '11th']
    """
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --- 1. An Axelrod tournament with noise and misperception ---------------------------------

TOURNAMENT_STRATEGIES = tuple(repeated.STRATEGIES)
TOURNAMENT_REPETITIONS = 20


def run_tournament(noise: float, misperception: float,
                   turns: int = 200) -> repeated.TournamentResult:
    """The chapter's tournament: all eight named strategies, Axelrod's payoffs, seed 0.

    >>> run_tournament(0.0, 0.0).ranked_names[:2]
    ['Grudger', 'Tit For Tat']
    """
    return repeated.round_robin(repeated.AXELROD_GAME, list(TOURNAMENT_STRATEGIES),
                                turns=turns, repetitions=TOURNAMENT_REPETITIONS, noise=noise,
                                misperception=misperception, seed=SEED)


def render_tournament(noise: float, misperception: float, turns: float) -> Frame:
    """Ranking and payoff matrix of the round robin at this noise and misperception."""
    n_turns = round(turns)
    result = run_tournament(noise, misperception, n_turns)
    scores, ranked = result.mean_scores, result.ranking
    names = list(result.names)
    figure = tournament_figure(names, ranked, scores, result.payoff_matrix,
                               f"Round robin, {n_turns} turns x {TOURNAMENT_REPETITIONS}: "
                               f"noise {noise:.2f}, misperception {misperception:.2f}")
    first, second = ranked[0], ranked[1]
    tft = names.index("Tit For Tat")
    alld = names.index("Always Defect")
    verdict = (f"{names[first]} wins with {scores[first]:.2f} per turn, ahead of "
               f"{names[second]} ({scores[second]:.2f}). Tit For Tat comes "
               f"{_ordinal(ranked.index(tft) + 1)} and Always Defect "
               f"{_ordinal(ranked.index(alld) + 1)}; two Tit For Tat players earn "
               f"{result.payoff_matrix[tft, tft]:.2f} per turn against each other (3 if they "
               "never quarrel).")
    order = ", ".join(f"{short(names[i])} {scores[i]:.2f}" for i in ranked)
    alt = (f"Tournament of eight strategies at noise {noise:.2f} and misperception "
           f"{misperception:.2f}, {n_turns} turns: ranking {order}. Right: the 8 by 8 matrix "
           "of each strategy's payoff per turn against each other.")
    return Frame(figure, verdict, alt)


def tournament_explorer() -> Explorable:
    """The tournament; the static page varies noise and misperception."""
    return Explorable(
        title="An Axelrod tournament: who wins when moves go astray?",
        parameters=[
            Parameter("noise", "noise", 0.0, 0.2, 0.01, 0.0, static_step=0.02),
            Parameter("misperception", "misperception", 0.0, 0.2, 0.01, 0.0,
                      static_step=0.05),
            Parameter("turns", "turns per match", 20, 200, 10, 200),
        ],
        render=render_tournament,
        static_parameters=("noise", "misperception"),
        note="Payoffs CC = 3, DC = 5, DD = 1, CD = 0 (Axelrod's). Noise flips a move; "
        "misperception flips how the other sees it. 20 repetitions, seed 0; ranked by the "
        "median over repetitions (as the Axelrod library ranks), bars show the mean.",
    )


# --- 2. An evolving population, after Case's The Evolution of Trust -------------------------

POPULATION = 25
POPULATION_STRATEGIES = ("Always Defect", "Always Cooperate", "Tit For Tat", "Tit For Two Tats",
                         "Generous Tit For Tat", "Win-Stay Lose-Shift")
GENERATIONS = 30
ELIMINATE = 5


def population_counts(cheaters: int) -> list[int]:
    """``cheaters`` Always Defect agents; the rest of the 25 shared as evenly as possible.

    >>> population_counts(5)
    [5, 4, 4, 4, 4, 4]
    >>> population_counts(7)
    [7, 4, 4, 4, 3, 3]
    """
    base, extra = divmod(POPULATION - cheaters, len(POPULATION_STRATEGIES) - 1)
    others = [base + (1 if i < extra else 0) for i in range(len(POPULATION_STRATEGIES) - 1)]
    return [cheaters, *others]


def render_population(cheaters: float, rounds: float, noise: float,
                      misperception: float) -> Frame:
    """Thirty generations of play, elimination and reproduction (seeded)."""
    start = population_counts(round(cheaters))
    n_rounds = round(rounds)
    history = repeated.evolve_population(
        repeated.CASE_GAME, list(POPULATION_STRATEGIES), start, generations=GENERATIONS,
        rounds=n_rounds, eliminate=ELIMINATE, noise=noise, misperception=misperception,
        seed=SEED)
    names = list(history.names)
    figure = population_figure(names, history.counts,
                               f"{n_rounds} rounds per match, noise {noise:.2f}, "
                               f"misperception {misperception:.2f}")
    final = history.counts[-1]
    alive = [(int(final[i]), names[i]) for i in np.argsort(-final, kind="stable") if final[i]]
    if len(alive) == 1:
        outcome = f"{alive[0][1]} has taken over the whole population"
    else:
        outcome = "the survivors are " + ", ".join(f"{n} {name}" for n, name in alive)
    cheats = int(final[names.index("Always Defect")])
    lesson = ("Cheating pays here: the matches are too short or too noisy for reciprocity to "
              "be rewarded." if cheats == POPULATION else
              "The cheaters have died out: reciprocity pays in this world." if cheats == 0 else
              "Cheaters and cooperators still share the world.")
    verdict = f"After {GENERATIONS} generations {outcome}. {lesson}"
    mix = ", ".join(f"{n} {short(name)}" for n, name in zip(start, names, strict=True))
    alt = (f"Stacked areas of the 25 agents over {GENERATIONS} generations, starting from "
           f"{mix}, with {n_rounds} rounds per match, noise {noise:.2f} and misperception "
           f"{misperception:.2f}; at the end: "
           + ", ".join(f"{n} {short(name)}" for n, name in alive) + ".")
    return Frame(figure, verdict, alt)


def population_explorer() -> Explorable:
    """The population; the static page varies rounds per match and noise."""
    return Explorable(
        title="An evolving population: who survives, generation by generation?",
        parameters=[
            Parameter("cheaters", "Always Defect agents", 0, 20, 1, 5),
            Parameter("rounds", "rounds per match", 2, 20, 1, 10, static_step=2),
            Parameter("noise", "noise", 0.0, 0.5, 0.01, 0.0, static_step=0.05),
            Parameter("misperception", "misperception", 0.0, 0.3, 0.01, 0.0),
        ],
        render=render_population,
        static_parameters=("rounds", "noise"),
        note="25 agents; the rest split evenly among ALLC, TFT, TF2T, GTFT and WSLS. Each "
        "generation everyone plays everyone; the 5 lowest scorers are replaced by copies of "
        "the 5 highest. Payoffs CC = 2, DC = 3, DD = 0, CD = -1. Seed 0.",
    )


# --- 3. One match: the echo of retaliation ----------------------------------------------------

MATCH_STRATEGIES = ("Tit For Tat", "Generous Tit For Tat", "Win-Stay Lose-Shift",
                    "Tit For Two Tats")
MATCH_TURNS = 60
CURVE_NOISES = np.round(np.linspace(0.0, 0.2, 6), 2)  # 0, 0.04, ..., 0.2
CURVE_TURNS, CURVE_REPETITIONS = 100, 20


def match_cooperation(strategy: str, noise: float, misperception: float) -> float:
    """Share of cooperative moves when ``strategy`` meets a copy of itself (seed 0).

    100 turns, 20 repetitions, Axelrod's payoffs.

    >>> match_cooperation("Tit For Tat", 0.0, 0.0)
    1.0
    """
    return repeated.cooperation_rate(repeated.AXELROD_GAME, strategy, strategy,
                                     turns=CURVE_TURNS, noise=noise,
                                     misperception=misperception,
                                     repetitions=CURVE_REPETITIONS, seed=SEED)


@functools.lru_cache(maxsize=64)
def _curve(strategy: str, misperception: float) -> tuple[float, ...]:
    """Cooperation against noise for one strategy in self-play; cached for live sliders."""
    return tuple(match_cooperation(strategy, float(n), misperception) for n in CURVE_NOISES)


def render_match(strategy: float, noise: float, misperception: float) -> Frame:
    """A strategy against a copy of itself: one match move by move, and the noise curve."""
    name = MATCH_STRATEGIES[round(strategy)]
    match = repeated.play_match(repeated.AXELROD_GAME, name, name, MATCH_TURNS, noise,
                                misperception, seed=SEED)
    moves = match.moves[0]
    rate = match_cooperation(name, noise, misperception)
    curve = np.array(_curve(name, round(float(misperception), 6)))
    figure = match_figure(moves, ("player 1", "player 2"), CURVE_NOISES, curve, noise, rate,
                          f"{name} against itself: noise {noise:.2f}, misperception "
                          f"{misperception:.2f}")
    defections = int(moves.sum())
    echoes = int(np.sum((moves[1:, 0] != moves[1:, 1]) & (moves[1:, 0] == moves[:-1, 1])
                        & (moves[1:, 1] == moves[:-1, 0])))  # C-D then D-C, or the reverse
    verdict = (f"Two {name} players cooperate in {rate:.0%} of their moves (100 turns, 20 "
               f"matches). In the match shown, {defections} of {2 * MATCH_TURNS} moves are "
               f"defections, and {echoes} times the roles swapped from one turn to the next, one "
               "player defecting while the other cooperated: the echo of retaliation.")
    alt = (f"Top: the {MATCH_TURNS} moves of both {name} players, cooperation in blue and "
           f"defection in vermillion, {defections} defections. Bottom: share of cooperative "
           f"moves against noise from 0 to 0.2, falling from {curve[0]:.2f} to "
           f"{curve[-1]:.2f}; at noise {noise:.2f} it is {rate:.2f}.")
    return Frame(figure, verdict, alt)


def match_explorer() -> Explorable:
    """One strategy in self-play; the static page varies the strategy and the noise."""
    return Explorable(
        title="One match: how a single misstep echoes",
        parameters=[
            Parameter("strategy", "strategy", 0, 3, 1, 0, choices=MATCH_STRATEGIES),
            Parameter("noise", "noise", 0.0, 0.2, 0.01, 0.04, static_step=0.02),
            Parameter("misperception", "misperception", 0.0, 0.2, 0.01, 0.0),
        ],
        render=render_match,
        static_parameters=("strategy", "noise"),
        note="Each strategy plays a copy of itself (Generous Tit For Tat forgives a third of "
        "defections). Axelrod's payoffs, seed 0.",
    )


EXPLORABLES = (tournament_explorer, population_explorer, match_explorer)
