"""Repeated 2x2 games with noise and misperception: matches, tournaments and evolution.

Moves are coded as in :mod:`dilemma_lib.models.games`: Cooperate = 0, Defect = 1.

**One representation for every strategy.** A :class:`Strategy` is the probability of
cooperating on the first turn plus a table of 16 probabilities P(C | state), where the state a
player is in after each turn is

    state = 8 * own_last + 4 * seen_last + 2 * seen_before_last + seen_ever_defect

* ``own_last`` -- the move the player really made last turn (it knows its own move, even when
  noise changed it);
* ``seen_last``, ``seen_before_last`` -- the opponent's last two moves *as the player saw
  them* (before the second turn, "before last" counts as C);
* ``seen_ever_defect`` -- 1 once the player has seen the opponent defect at least once.

Memory-one strategies (Nowak & Sigmund 1992, 1993) read only the first two bits, Grudger
(Axelrod 1984) only the last, Tit-for-Two-Tats (Axelrod 1984) the middle two. Generous
Tit-for-Tat takes its generosity from the game it is played in (Nowak & Sigmund 1992).

**Noise and misperception** (course's modelling choices; the noise follows the Axelrod Python
library, where the flipped action is what both players' histories record):

* *noise* (execution error): each intended move is flipped with probability ``noise``; the
  payoff and both players' memories use the flipped move;
* *misperception* (the attribution problem): each player's view of the opponent's move is
  flipped with probability ``misperception``, independently for the two players; payoffs use
  the true moves, strategies react to what they saw.

Every simulation runs all matches and repetitions at once as numpy arrays (one loop over
turns), drawing from ``numpy.random.default_rng(seed)``: the same seed gives the same result.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ._validate import positive_number, probability, real_matrix, whole_number
from .games import SymmetricGame, as_symmetric_game

__all__ = [
    "ALIASES",
    "AXELROD_GAME",
    "CASE_GAME",
    "MAX_EULER_STEPS",
    "MAX_GENERATIONS",
    "MAX_MOVES",
    "N_STATES",
    "STRATEGIES",
    "MatchResult",
    "PopulationHistory",
    "Strategy",
    "TournamentResult",
    "as_strategy",
    "cooperation_rate",
    "evolve_population",
    "generous_tit_for_tat",
    "memory_one",
    "nowak_sigmund_generosity",
    "play_match",
    "replicator_dynamics",
    "round_robin",
]

N_STATES = 16
MAX_MOVES = 10_000_000
"""Most moves per player one call may simulate (turns x matches played at once)."""
MAX_EULER_STEPS = 1_000_000
"""Most Euler sub-steps one call of :func:`replicator_dynamics` may take."""
MAX_GENERATIONS = 100_000
"""Most generations one call of :func:`evolve_population` may run."""
_OWN, _SEEN, _SEEN_BEFORE, _SEEN_EVER = np.indices((2, 2, 2, 2)).reshape(4, N_STATES)

AXELROD_GAME = SymmetricGame(CC=3, DC=5, DD=1, CD=0)
"""Axelrod's (1984) tournament payoffs: R = 3, T = 5, P = 1, S = 0."""

CASE_GAME = SymmetricGame(CC=2, DC=3, DD=0, CD=-1)
"""The default payoffs of Nicky Case's *The Evolution of Trust* (2017): R=2, T=3, P=0, S=-1."""


# --- validation ------------------------------------------------------------------------------


def _probabilities(values: object, name: str, size: int) -> np.ndarray:
    """Return ``values`` as a float vector of ``size`` probabilities, or raise ValueError."""
    array = real_matrix(values, name, (-1,))
    if array.size != size:
        raise ValueError(f"{name} must hold {size} probabilities, got {array.size} values.")
    if np.any((array < 0) | (array > 1)):
        raise ValueError(f"{name} must hold probabilities between 0 and 1, got {array.tolist()}.")
    return array


def _rng(seed: object) -> np.random.Generator:
    """A generator from ``None``, a whole number >= 0 or an existing numpy Generator."""
    if seed is None or isinstance(seed, np.random.Generator):
        return np.random.default_rng(seed)
    return np.random.default_rng(whole_number(seed, "seed", 0))


def _match_settings(
    game: object, turns: object, repetitions: object, noise: object, misperception: object
) -> tuple[SymmetricGame, int, int, tuple[float, float]]:
    """The validated game, turns, repetitions and (noise, misperception)."""
    return (
        as_symmetric_game(game),
        whole_number(turns, "turns", 1),
        whole_number(repetitions, "repetitions", 1),
        _errors(noise, misperception),
    )


def _errors(noise: object, misperception: object) -> tuple[float, float]:
    return probability(noise, "noise"), probability(misperception, "misperception")


def _check_size(turns: int, matches: int, what: str) -> None:
    """Refuse runs too big for a notebook's memory (course's limit :data:`MAX_MOVES`)."""
    if turns * matches > MAX_MOVES:
        raise ValueError(
            f"{what} must be at most {MAX_MOVES:,} moves per player, got "
            f"{turns * matches:,}; lower one of them."
        )


# --- strategies ------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Strategy:
    """A strategy: P(C) on the first turn and P(C | state) for the 16 states above.

    ``game_generosity=True`` marks Generous Tit-for-Tat: in every state where the opponent
    was last seen to defect, the table is replaced by :func:`nowak_sigmund_generosity` of the
    game being played (see :meth:`for_game`).

    >>> Strategy("Always Defect", 0, [0] * N_STATES).table.shape
    (16,)
    >>> Strategy("Odd", 1.5, [0] * N_STATES)
    Traceback (most recent call last):
    ...
    ValueError: initial must lie between 0 and 1, got 1.5.
    """

    name: str
    initial: float
    table: np.ndarray
    game_generosity: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValueError(f"name must be a non-empty string, got {self.name!r}.")
        if not isinstance(self.game_generosity, bool):
            raise ValueError(
                f"game_generosity must be True or False, got {self.game_generosity!r}."
            )
        table = _probabilities(self.table, "table", N_STATES)
        table.flags.writeable = False
        object.__setattr__(self, "initial", probability(self.initial, "initial"))
        object.__setattr__(self, "table", table)

    def for_game(self, game: SymmetricGame) -> Strategy:
        """The strategy with any game-dependent generosity filled in for ``game``.

        >>> round(float(STRATEGIES["Generous Tit For Tat"].for_game(AXELROD_GAME).table[4]), 4)
        0.3333
        """
        if not self.game_generosity:
            return self
        q = nowak_sigmund_generosity(game)
        return Strategy(self.name, self.initial, np.where(_SEEN == 1, q, self.table))

    def __repr__(self) -> str:
        return f"Strategy({self.name!r})"


def _vector_strategy(vector: object, parameter: str, name: str | None) -> Strategy:
    p = _probabilities(vector, parameter, 5)
    label = name or "Memory-one (" + ", ".join(f"{x:g}" for x in p) + ")"
    return Strategy(label, p[0], p[1 + 2 * _OWN + _SEEN])


def memory_one(vector: Sequence[float], name: str | None = None) -> Strategy:
    """A memory-one strategy from ``(p0, pCC, pCD, pDC, pDD)`` (Nowak & Sigmund 1992, 1993).

    ``p0`` is P(C) on the first turn; ``pXY`` is P(C) after a turn in which the player played
    X and saw the opponent play Y (the Axelrod library's four-vector order). Tit-for-Tat is
    ``(1, 1, 0, 1, 0)``, Win-Stay Lose-Shift ``(1, 1, 0, 0, 1)``.

    >>> memory_one((1, 1, 0, 0, 1)).name
    'Memory-one (1, 1, 0, 0, 1)'
    >>> memory_one((1, 1, 0, 1))
    Traceback (most recent call last):
    ...
    ValueError: vector must hold 5 probabilities, got 4 values.
    """
    return _vector_strategy(vector, "vector", name)


def nowak_sigmund_generosity(game: SymmetricGame) -> float:
    """Generous Tit-for-Tat's forgiveness q for ``game`` (Nowak & Sigmund 1992, Nature 355).

    With R = CC, S = CD, T = DC, P = DD,

        q = min(1 - (T - R) / (R - S), (R - P) / (T - P)),

    the largest probability of forgiving a defection that still keeps Always Defect from
    invading. The formula is for Prisoner's Dilemmas (T > R > P > S); for other games the
    course applies it as it is and clips q into [0, 1] (course's choice). It is undefined when
    R = S or T = P, and then raises ValueError.

    >>> round(nowak_sigmund_generosity(AXELROD_GAME), 4)
    0.3333
    >>> round(nowak_sigmund_generosity(CASE_GAME), 4)
    0.6667
    """
    g = as_symmetric_game(game)
    R, S, T, P = g.CC, g.CD, g.DC, g.DD
    if R == S or T == P:
        raise ValueError(
            "game must have CC != CD and DC != DD for Generous Tit For Tat's generosity "
            f"q = min(1 - (DC-CC)/(CC-CD), (CC-DD)/(DC-DD)); got {g}. Use "
            "generous_tit_for_tat(q) with an explicit q in [0, 1] instead."
        )
    return float(np.clip(min(1 - (T - R) / (R - S), (R - P) / (T - P)), 0.0, 1.0))


def generous_tit_for_tat(generosity: float | None = None) -> Strategy:
    """Generous Tit-for-Tat: cooperate first and after a seen C; after a seen D cooperate
    with probability q (Nowak & Sigmund 1992). Memory-one vector ``(1, 1, q, 1, q)``.

    With ``generosity=None`` q is :func:`nowak_sigmund_generosity` of the game played.

    >>> generous_tit_for_tat(0.1).table[4]
    np.float64(0.1)
    >>> generous_tit_for_tat().game_generosity
    True
    """
    if generosity is None:
        return Strategy("Generous Tit For Tat", 1.0, 1.0 - _SEEN, game_generosity=True)
    q = probability(generosity, "generosity")
    return memory_one((1, 1, q, 1, q), f"Generous Tit For Tat (q={q:g})")


STRATEGIES: dict[str, Strategy] = {
    "Always Cooperate": memory_one((1, 1, 1, 1, 1), "Always Cooperate"),
    "Always Defect": memory_one((0, 0, 0, 0, 0), "Always Defect"),
    "Tit For Tat": memory_one((1, 1, 0, 1, 0), "Tit For Tat"),
    "Generous Tit For Tat": generous_tit_for_tat(),
    "Grudger": Strategy("Grudger", 1.0, 1.0 - _SEEN_EVER),
    "Win-Stay Lose-Shift": memory_one((1, 1, 0, 0, 1), "Win-Stay Lose-Shift"),
    "Tit For Two Tats": Strategy("Tit For Two Tats", 1.0, 1.0 - _SEEN * _SEEN_BEFORE),
    "Random": memory_one((0.5,) * 5, "Random"),
}
"""The named strategies (Axelrod 1984; Nowak & Sigmund 1992, 1993). Random cooperates with
probability 1/2 on every turn."""

ALIASES: dict[str, str] = {
    "ALLC": "Always Cooperate",
    "ALLD": "Always Defect",
    "TFT": "Tit For Tat",
    "GTFT": "Generous Tit For Tat",
    "GRIM": "Grudger",
    "WSLS": "Win-Stay Lose-Shift",
    "PAVLOV": "Win-Stay Lose-Shift",
    "TF2T": "Tit For Two Tats",
    "RANDOM": "Random",
    # the names in Nicky Case's The Evolution of Trust (2017)
    "ALWAYS CHEAT": "Always Defect",
    "COPYCAT": "Tit For Tat",
    "COPYKITTEN": "Tit For Two Tats",
    "SIMPLETON": "Win-Stay Lose-Shift",
}
"""Short ASCII keys and Case's (2017) names for the entries of :data:`STRATEGIES`."""


def _lookup() -> dict[str, str]:
    table = {name.casefold(): name for name in STRATEGIES}
    table.update({alias.casefold(): name for alias, name in ALIASES.items()})
    return table


def as_strategy(spec: object, name: str = "strategy") -> Strategy:
    """Return a :class:`Strategy` from a Strategy, a name in :data:`STRATEGIES` or
    :data:`ALIASES` (any case), or a memory-one vector ``(p0, pCC, pCD, pDC, pDD)``.

    ``name`` is the parameter named in error messages.

    >>> as_strategy("tft").name
    'Tit For Tat'
    >>> as_strategy("Nice", "strategy_a")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: strategy_a 'Nice' is not a known strategy; choose one of ...
    """
    if isinstance(spec, Strategy):
        return spec
    if isinstance(spec, str):
        known = _lookup()
        if spec.strip().casefold() not in known:
            raise ValueError(
                f"{name} {spec!r} is not a known strategy; choose one of "
                f"{sorted(STRATEGIES) + sorted(ALIASES)}, or give a memory-one vector."
            )
        return STRATEGIES[known[spec.strip().casefold()]]
    if not isinstance(spec, Sequence | np.ndarray):
        raise ValueError(
            f"{name} must be a strategy name, a Strategy or a memory-one vector of 5 "
            f"probabilities (p0, pCC, pCD, pDC, pDD), got {spec!r}."
        )
    return _vector_strategy(spec, name, None)


def _strategy_list(strategies: object, name: str, minimum: int) -> list[Strategy]:
    if isinstance(strategies, str) or not isinstance(strategies, Sequence):
        raise ValueError(f"{name} must be a list of strategies, got {strategies!r}.")
    if len(strategies) < minimum:
        raise ValueError(f"{name} must hold at least {minimum} strategies, got {len(strategies)}.")
    return [as_strategy(s, f"{name}[{i}]") for i, s in enumerate(strategies)]


# --- the engine ------------------------------------------------------------------------------


def _strategy_arrays(
    game: SymmetricGame, strategies: list[Strategy]
) -> tuple[np.ndarray, np.ndarray]:
    """First-turn probabilities (S,) and state tables (S, 16) resolved for ``game``."""
    resolved = [s.for_game(game) for s in strategies]
    return np.array([s.initial for s in resolved]), np.stack([s.table for s in resolved])


def _play(
    initial: np.ndarray,
    tables: np.ndarray,
    players: np.ndarray,
    turns: int,
    errors: tuple[float, float],
    rng: np.random.Generator,
) -> tuple[np.ndarray, np.ndarray]:
    """Play ``players.shape[1]`` matches at once; ``players[k, m]`` is the strategy index of
    seat k in match m. Returns the true and the seen moves (0/1), each (turns, 2, matches);
    ``seen[t, k]`` is the other seat's move as seat k saw it."""
    noise, misperception = errors
    lanes = players.shape[1]
    flat, offset, first = tables.ravel(), players * N_STATES, initial[players]
    used = np.concatenate([first.ravel(), tables[np.unique(players)].ravel()])
    chance = bool(np.any((used > 0) & (used < 1)))
    streams = int(chance) + (noise > 0) + (misperception > 0)
    moves = np.empty((turns, 2, lanes), dtype=bool)
    seen = np.empty_like(moves)
    state = np.zeros((2, lanes), dtype=np.intp)
    for t in range(turns):
        p = first if t == 0 else flat[offset + state]
        u = rng.random((streams, 2, lanes)) if streams else None
        move = u[0] >= p if chance else p < 0.5
        if noise > 0:
            move ^= u[int(chance)] < noise
        look = move[::-1] ^ (u[-1] < misperception) if misperception > 0 else move[::-1]
        state = (8 * move) | (4 * look) | ((state >> 1) & 2) | (state & 1) | look
        moves[t], seen[t] = move, look
    return moves.view(np.int8), seen.view(np.int8)


def _payoffs(game: SymmetricGame, moves: np.ndarray) -> np.ndarray:
    """Each seat's payoff in each turn, ``row_payoffs[own move, other's move]``."""
    return game.row_payoffs.ravel()[2 * moves + moves[:, ::-1]]


def _mean_payoffs(game: SymmetricGame, moves: np.ndarray) -> np.ndarray:
    """Mean payoff per turn of each seat in each match, shape (2, matches): the payoffs
    weighted by how often each outcome (own move, other's move) occurred."""
    own, other = moves.mean(axis=0), moves[:, ::-1].mean(axis=0)
    both = (moves & moves[:, ::-1]).mean(axis=0)
    return (
        game.CC * (1 - own - other + both)
        + game.CD * (other - both)
        + game.DC * (own - both)
        + game.DD * both
    )


# --- matches ---------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class MatchResult:
    """Moves and payoffs of repeated matches between two strategies.

    ``moves[r, t, k]`` is the move (0 = C, 1 = D) player k really made in turn t of
    repetition r; ``observed[r, t, 0]`` is player B's move as A saw it and
    ``observed[r, t, 1]`` A's move as B saw it; ``payoffs[r, t, k]`` is player k's payoff.

    >>> r = play_match(AXELROD_GAME, "TFT", "TFT", turns=3, misperception=1.0)
    >>> r.moves[0, :, 0].tolist(), r.observed[0, :, 0].tolist()  # each sees the opposite
    ([0, 1, 0], [1, 0, 1])
    >>> r.mean_scores.round(3).tolist(), r.cooperation_rates.round(3).tolist()
    ([2.333, 2.333], [0.667, 0.667])
    >>> r.total_scores.tolist(), round(r.cooperation_rate, 3)
    ([[7.0, 7.0]], 0.667)
    """

    names: tuple[str, str]
    moves: np.ndarray
    observed: np.ndarray
    payoffs: np.ndarray

    @property
    def mean_scores(self) -> np.ndarray:
        """Mean payoff per turn of each player, over all turns and repetitions."""
        return self.payoffs.mean(axis=(0, 1))

    @property
    def total_scores(self) -> np.ndarray:
        """Total payoff of each player in each repetition, shape (repetitions, 2)."""
        return self.payoffs.sum(axis=1)

    @property
    def cooperation_rates(self) -> np.ndarray:
        """Fraction of turns in which each player cooperated."""
        return 1.0 - self.moves.mean(axis=(0, 1))

    @property
    def cooperation_rate(self) -> float:
        """Fraction of all moves of both players that were C."""
        return float(self.cooperation_rates.mean())


def play_match(
    game: SymmetricGame,
    strategy_a: object,
    strategy_b: object,
    turns: int,
    noise: float = 0.0,
    misperception: float = 0.0,
    repetitions: int = 1,
    seed: int | np.random.Generator | None = None,
) -> MatchResult:
    """Play ``repetitions`` independent matches of ``turns`` turns between two strategies.

    In each turn both players choose at once from their state (see the module notes), the
    intended moves are flipped with probability ``noise``, each player sees the other's move
    flipped with probability ``misperception``, and player k earns the row payoff
    ``game.row_payoffs[own move, other's move]`` of the true moves: the iterated game of
    Axelrod (1984) with the noise of the Axelrod library and the course's misperception.

    >>> r = play_match(AXELROD_GAME, "Tit For Tat", "Always Defect", turns=4)
    >>> r.moves[0].tolist()
    [[0, 1], [1, 1], [1, 1], [1, 1]]
    >>> r.mean_scores.tolist()
    [0.75, 2.0]
    """
    g, turns, repetitions, errors = _match_settings(game, turns, repetitions, noise, misperception)
    _check_size(turns, repetitions, "turns x repetitions")
    pair = [as_strategy(strategy_a, "strategy_a"), as_strategy(strategy_b, "strategy_b")]
    initial, tables = _strategy_arrays(g, pair)
    players = np.repeat(np.array([[0], [1]]), repetitions, axis=1)
    moves, seen = _play(initial, tables, players, turns, errors, _rng(seed))
    payoffs = _payoffs(g, moves)
    order = (2, 0, 1)
    return MatchResult(
        (pair[0].name, pair[1].name),
        moves.transpose(order),
        seen.transpose(order),
        payoffs.transpose(order),
    )


def cooperation_rate(
    game: SymmetricGame,
    strategy_a: object,
    strategy_b: object,
    turns: int = 200,
    noise: float = 0.0,
    misperception: float = 0.0,
    repetitions: int = 100,
    seed: int | np.random.Generator | None = 0,
) -> float:
    """Fraction of all moves of both players that are C, over all turns and repetitions.

    A one-number summary of :func:`play_match`. The seed defaults to 0 (course's choice), so
    that a curve drawn against noise or payoffs reuses the same random numbers at every
    point and does not jitter.

    >>> cooperation_rate(AXELROD_GAME, "TFT", "TFT")
    1.0
    >>> cooperation_rate(AXELROD_GAME, "TFT", "TFT", noise=0.05) < 0.9
    True
    """
    return play_match(
        game, strategy_a, strategy_b, turns, noise, misperception, repetitions, seed
    ).cooperation_rate


# --- tournaments -----------------------------------------------------------------------------


def _off_diagonal_mean(matrix: np.ndarray) -> np.ndarray:
    """Mean over j != i of ``matrix[i, j, ...]``."""
    n = matrix.shape[0]
    diagonal = matrix[np.arange(n), np.arange(n)]
    return (matrix.sum(axis=1) - diagonal) / (n - 1)


def _pair_matrix(values: np.ndarray, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Spread per-pair values (2, pairs, reps) into an (n, n, reps) matrix; self-play cells
    get the mean of the two seats, as in the Axelrod library's payoff matrix."""
    n = int(second.max()) + 1
    matrix = np.empty((n, n, values.shape[-1]))
    matrix[first, second], matrix[second, first] = values[0], values[1]
    own = first == second
    matrix[first[own], first[own]] = values[:, own].mean(axis=0)
    return matrix


@dataclass(frozen=True, eq=False)
class TournamentResult:
    """Results of :func:`round_robin`, named after the Axelrod library's ``ResultSet``.

    ``payoffs[i, j, r]`` is i's mean payoff per turn against j in repetition r and
    ``cooperation[i, j, r]`` i's fraction of C moves against j (self-play cells average the
    two seats).

    >>> r = round_robin(AXELROD_GAME, ["ALLC", "ALLD", "Grudger"], turns=5, repetitions=2)
    >>> r.normalised_scores.tolist()
    [[1.5, 1.5], [3.4, 3.4], [1.9, 1.9]]
    >>> r.scores.round(6).tolist()[1], r.cooperation_rates.round(6).tolist(), r.ranked_names[0]
    ([34.0, 34.0], [1.0, 0.0, 0.6], 'Always Defect')
    """

    names: tuple[str, ...]
    turns: int
    payoffs: np.ndarray
    cooperation: np.ndarray

    @property
    def payoff_matrix(self) -> np.ndarray:
        """Mean payoff per turn of row strategy against column strategy (``payoff_matrix``)."""
        return self.payoffs.mean(axis=-1)

    @property
    def normalised_scores(self) -> np.ndarray:
        """Payoff per turn averaged over the *other* strategies, per repetition (n, reps)."""
        return _off_diagonal_mean(self.payoffs)

    @property
    def scores(self) -> np.ndarray:
        """Total score against the other strategies in each repetition (Axelrod's ``scores``)."""
        return self.normalised_scores * (len(self.names) - 1) * self.turns

    @property
    def mean_scores(self) -> np.ndarray:
        """Mean payoff per turn of each strategy: ``normalised_scores`` averaged over reps."""
        return self.normalised_scores.mean(axis=1)

    @property
    def ranking(self) -> list[int]:
        """Indices from best to worst median normalised score (Axelrod's ``ranking``)."""
        median = np.median(self.normalised_scores, axis=1)
        return [int(i) for i in np.argsort(-median, kind="stable")]

    @property
    def ranked_names(self) -> list[str]:
        """Strategy names from best to worst (Axelrod's ``ranked_names``)."""
        return [self.names[i] for i in self.ranking]

    @property
    def cooperation_matrix(self) -> np.ndarray:
        """Fraction of C moves of row strategy against column strategy."""
        return self.cooperation.mean(axis=-1)

    @property
    def cooperation_rates(self) -> np.ndarray:
        """Fraction of C moves against the other strategies (Axelrod's ``cooperating_rating``)."""
        return _off_diagonal_mean(self.cooperation_matrix)


def round_robin(
    game: SymmetricGame,
    strategies: Sequence[object],
    turns: int = 200,
    repetitions: int = 20,
    noise: float = 0.0,
    misperception: float = 0.0,
    seed: int | np.random.Generator | None = None,
) -> TournamentResult:
    """Axelrod's (1984) round-robin tournament: every pair of strategies, each strategy also
    against a copy of itself, plays ``repetitions`` matches of ``turns`` turns.

    Scores follow the Axelrod library's ``ResultSet``: the normalised score of i in a
    repetition is its payoff per turn averaged over the n - 1 other strategies (self-play
    left out), and ``mean_scores`` averages that over repetitions.

    >>> r = round_robin(AXELROD_GAME, ["TFT", "ALLD", "ALLC"], turns=10, repetitions=1)
    >>> r.payoff_matrix.round(2).tolist()
    [[3.0, 0.9, 3.0], [1.4, 1.0, 5.0], [3.0, 0.0, 3.0]]
    >>> r.mean_scores.round(2).tolist(), r.ranked_names[0]
    ([1.95, 3.2, 1.5], 'Always Defect')
    """
    g, turns, repetitions, errors = _match_settings(game, turns, repetitions, noise, misperception)
    chosen = _strategy_list(strategies, "strategies", 2)
    first, second = np.triu_indices(len(chosen))
    _check_size(turns, repetitions * first.size, "turns x repetitions x pairs of strategies")
    initial, tables = _strategy_arrays(g, chosen)
    players = np.repeat(np.stack([first, second]), repetitions, axis=1)
    moves, _ = _play(initial, tables, players, turns, errors, _rng(seed))
    shape = (2, first.size, repetitions)
    per_turn = _mean_payoffs(g, moves).reshape(shape)
    cooperation = 1.0 - moves.mean(axis=0).reshape(shape)
    return TournamentResult(
        tuple(s.name for s in chosen),
        turns,
        _pair_matrix(per_turn, first, second),
        _pair_matrix(cooperation, first, second),
    )


# --- evolution -------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class PopulationHistory:
    """Counts of each strategy, generation by generation: ``counts[g, s]``, row 0 the start.

    >>> h = evolve_population(CASE_GAME, ["ALLD", "ALLC"], [2, 8], generations=1, eliminate=2)
    >>> h.counts.tolist(), h.shares[-1].tolist()
    ([[2, 8], [4, 6]], [0.4, 0.6])
    """

    names: tuple[str, ...]
    counts: np.ndarray

    @property
    def shares(self) -> np.ndarray:
        """Counts divided by the population size."""
        return self.counts / self.counts[0].sum()


def _agent_scores(
    game: SymmetricGame,
    initial: np.ndarray,
    tables: np.ndarray,
    agents: np.ndarray,
    rounds: int,
    errors: tuple[float, float],
    rng: np.random.Generator,
) -> np.ndarray:
    """Total payoff of every agent after one match against every other agent."""
    first, second = _agent_pairs(agents.size)
    moves, _ = _play(initial, tables, agents[[first, second]], rounds, errors, rng)
    totals = _mean_payoffs(game, moves) * rounds
    return np.bincount(first, totals[0], agents.size) + np.bincount(second, totals[1], agents.size)


@functools.lru_cache(maxsize=8)
def _agent_pairs(size: int) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of distinct agents i < j, computed once per population size."""
    return np.triu_indices(size, k=1)


def _select(agents: np.ndarray, scores: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Replace the k lowest scorers by copies of the k highest; ties broken at random."""
    shuffled = rng.permutation(agents.size)
    order = shuffled[np.argsort(scores[shuffled], kind="stable")]
    survivors = agents.copy()
    survivors[order[:k]] = agents[order[agents.size - k :]]
    return survivors


def evolve_population(
    game: SymmetricGame,
    strategies: Sequence[object],
    counts: Sequence[int],
    generations: int = 50,
    rounds: int = 10,
    eliminate: int = 5,
    noise: float = 0.0,
    misperception: float = 0.0,
    seed: int | np.random.Generator | None = None,
) -> PopulationHistory:
    """Evolution by elimination and reproduction, as in Case's *The Evolution of Trust* (2017).

    ``counts[s]`` agents play strategy s. Each generation every agent plays every other agent
    one match of ``rounds`` rounds; the ``eliminate`` agents with the lowest total payoff are
    removed and each of the ``eliminate`` agents with the highest total payoff adds one copy
    of itself, so the population size never changes. Ties in the ranking are broken
    uniformly at random with the seeded generator (course's choice; deterministic given the
    seed). Case's default payoffs are :data:`CASE_GAME`.

    >>> h = evolve_population(CASE_GAME, ["TFT", "ALLD", "ALLC"], [5, 5, 5], generations=3,
    ...                       seed=1)
    >>> h.counts.tolist()
    [[5, 5, 5], [10, 5, 0], [15, 0, 0], [15, 0, 0]]
    """
    g = as_symmetric_game(game)
    chosen = _strategy_list(strategies, "strategies", 1)
    start = _counts(counts, len(chosen))
    size = int(start.sum())
    generations = whole_number(generations, "generations", 0, MAX_GENERATIONS)
    rounds = whole_number(rounds, "rounds", 1)
    k = whole_number(eliminate, "eliminate", 0, size // 2)
    _check_size(rounds, size * (size - 1) // 2, "rounds x pairs of agents")
    errors, rng = _errors(noise, misperception), _rng(seed)
    initial, tables = _strategy_arrays(g, chosen)
    agents = np.repeat(np.arange(len(chosen)), start)
    history = np.empty((generations + 1, len(chosen)), dtype=np.int64)
    history[0] = start
    for generation in range(1, generations + 1):
        scores = _agent_scores(g, initial, tables, agents, rounds, errors, rng)
        agents = _select(agents, scores, k, rng)
        history[generation] = np.bincount(agents, minlength=len(chosen))
    return PopulationHistory(tuple(s.name for s in chosen), history)


def _counts(counts: object, size: int) -> np.ndarray:
    array = real_matrix(counts, "counts", (-1,))
    if array.size != size or np.any(array < 0) or np.any(array != np.round(array)):
        raise ValueError(
            f"counts must hold {size} whole numbers >= 0 (one per strategy), got {counts!r}."
        )
    if array.sum() < 2:
        raise ValueError(f"counts must add up to a population of at least 2, got {counts!r}.")
    return array.astype(np.int64)


def replicator_dynamics(
    payoff_matrix: np.ndarray, shares: Sequence[float], steps: int = 100, dt: float = 0.1
) -> np.ndarray:
    """Shares of each strategy under the replicator equation (Taylor & Jonker 1978).

    With fitness f = A x and mean fitness phi = x . f, the equation is

        dx_i/dt = x_i (f_i - phi).

    It is integrated with Euler steps (course's choice): each step of length ``dt`` is cut
    into sub-steps h with h * (max A - min A) <= 1/2, which keeps every share positive and
    their sum at one. ``shares`` may be counts; they are divided by their sum. Returns an
    array (steps + 1, n) whose row 0 is the start. ``payoff_matrix`` is typically
    ``round_robin(...).payoff_matrix``.

    >>> x = replicator_dynamics([[3, 0], [5, 1]], [0.9, 0.1], steps=50, dt=0.5)
    >>> x[-1].round(3).tolist()
    [0.0, 1.0]
    """
    A = real_matrix(payoff_matrix, "payoff_matrix")
    if A.shape[0] != A.shape[1]:
        raise ValueError(f"payoff_matrix must be square, got shape {A.shape}.")
    x = _shares(shares, A.shape[0])
    steps = whole_number(steps, "steps", 0)
    dt = positive_number(dt, "dt")
    substeps = max(1, math.ceil(2 * dt * (A.max() - A.min())))
    if steps * substeps > MAX_EULER_STEPS:
        raise ValueError(
            f"steps x sub-steps must be at most {MAX_EULER_STEPS:,}, got {steps:,} x "
            f"{substeps:,}; lower steps or dt (sub-steps = ceil(2 dt (max A - min A)))."
        )
    history = np.empty((steps + 1, x.size))
    history[0] = x
    for step in range(1, steps + 1):
        for _ in range(substeps):
            fitness = A @ x
            x = x * (1 + dt / substeps * (fitness - x @ fitness))
            x /= x.sum()
        history[step] = x
    return history


def _shares(shares: object, size: int) -> np.ndarray:
    x = real_matrix(shares, "shares", (-1,))
    if x.size != size or np.any(x < 0) or x.sum() <= 0:
        raise ValueError(
            f"shares must hold {size} numbers >= 0 (one per row of payoff_matrix) with a "
            f"positive sum, got {shares!r}."
        )
    return x / x.sum()
