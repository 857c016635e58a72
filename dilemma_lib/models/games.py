"""Two-player normal-form games, and the security dilemma read as a game.

Notation follows Jervis (1978), "Cooperation Under the Security Dilemma", *World Politics*
30(2): 167-214. In a symmetric 2x2 game each state chooses to Cooperate (C, action 0) or to
Defect (D, action 1, i.e. arm, expand, strike). The row state's payoffs are

* ``CC`` -- both cooperate (the game-theory "reward" R);
* ``DC`` -- I defect while you cooperate (the "temptation" T);
* ``DD`` -- both defect (the "punishment" P);
* ``CD`` -- I cooperate while you defect (the "sucker's payoff" S).

Equilibria of general m x n bimatrix games are found with nashpy's vertex enumeration
(Knight & Campbell, *nashpy*, JOSS 2018), which also handles the degenerate games that
integer-valued sliders produce.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

import nashpy
import numpy as np

from ._validate import finite_number, number_in_range, real_matrix

COOPERATE, DEFECT = 0, 1
ACTIONS = ("Cooperate", "Defect")

PRISONERS_DILEMMA = "Prisoner's Dilemma"
STAG_HUNT = "Stag Hunt"
CHICKEN = "Chicken"
DEADLOCK = "Deadlock"
HARMONY = "Harmony"
OTHER = "other"
GAME_TYPES = (PRISONERS_DILEMMA, STAG_HUNT, CHICKEN, DEADLOCK, HARMONY, OTHER)


@dataclass(frozen=True)
class SymmetricGame:
    """A symmetric 2x2 game given by the row state's four payoffs (Jervis 1978).

    >>> SymmetricGame(CC=3, DC=4, DD=2, CD=1).row_payoffs
    array([[3., 1.],
           [4., 2.]])
    >>> SymmetricGame(CC=3, DC="4", DD=2, CD=1)
    Traceback (most recent call last):
    ...
    ValueError: DC must be a finite number, got '4' (a str).
    """

    CC: float
    DC: float
    DD: float
    CD: float

    def __post_init__(self) -> None:
        for name in ("CC", "DC", "DD", "CD"):
            object.__setattr__(self, name, finite_number(getattr(self, name), name))

    @property
    def row_payoffs(self) -> np.ndarray:
        """Row state's payoffs: rows are its own action, columns the other's (C, D)."""
        return np.array([[self.CC, self.CD], [self.DC, self.DD]])

    @property
    def column_payoffs(self) -> np.ndarray:
        """Column state's payoffs: by symmetry, the transpose of the row payoffs."""
        return self.row_payoffs.T

    @property
    def bimatrix(self) -> tuple[np.ndarray, np.ndarray]:
        """``(row_payoffs, column_payoffs)``, the form the general functions take."""
        return self.row_payoffs, self.column_payoffs


def as_bimatrix(game: object) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(A, B)`` for a :class:`SymmetricGame` or a pair of equal-shaped payoff arrays.

    >>> A, B = as_bimatrix(([[1, 0], [0, 1]], [[1, 0], [0, 1]]))
    >>> A.shape == B.shape == (2, 2)
    True
    """
    if isinstance(game, SymmetricGame):
        return game.bimatrix
    if not isinstance(game, tuple | list) or len(game) != 2:
        raise ValueError(
            "game must be a SymmetricGame or a pair (row_payoffs, column_payoffs), "
            f"got {game!r}."
        )
    row = real_matrix(game[0], "row_payoffs")
    column = real_matrix(game[1], "column_payoffs")
    if row.shape != column.shape:
        raise ValueError(
            f"row_payoffs and column_payoffs must have the same shape, got {row.shape} "
            f"and {column.shape}."
        )
    return row, column


def as_symmetric_game(game: object) -> SymmetricGame:
    """Return ``game`` as a :class:`SymmetricGame`, accepting a symmetric 2x2 bimatrix too.

    >>> as_symmetric_game(([[3, 0], [5, 1]], [[3, 5], [0, 1]]))
    SymmetricGame(CC=3.0, DC=5.0, DD=1.0, CD=0.0)
    """
    if isinstance(game, SymmetricGame):
        return game
    row, column = as_bimatrix(game)
    if row.shape != (2, 2) or not np.array_equal(column, row.T):
        raise ValueError(
            "Only symmetric 2x2 games can be classified: column_payoffs must be the "
            "transpose of a 2x2 row_payoffs."
        )
    return SymmetricGame(CC=row[0, 0], DC=row[1, 0], DD=row[1, 1], CD=row[0, 1])


def classify(game: object) -> str:
    """Name a symmetric 2x2 game by the order of its payoffs (ties give ``"other"``).

    ====================  =================================  ========================
    game                  order of the row state's payoffs   source
    ====================  =================================  ========================
    Prisoner's Dilemma    DC > CC > DD > CD                  Jervis (1978)
    Stag Hunt             CC > DC > DD > CD                  Jervis (1978)
    Chicken               DC > CC > CD > DD                  Jervis (1978)
    Deadlock              DC > DD > CC > CD                  Snyder (1971)
    Harmony               CC > DC and CD > DD                cooperation dominates
    ====================  =================================  ========================

    Only the order matters, so any increasing affine map of the payoffs keeps the name.

    >>> classify(SymmetricGame(CC=3, DC=4, DD=2, CD=1))
    "Prisoner's Dilemma"
    >>> classify(SymmetricGame(CC=4, DC=3, DD=2, CD=1))
    'Stag Hunt'
    """
    g = as_symmetric_game(game)
    if g.DC > g.CC > g.DD > g.CD:
        return PRISONERS_DILEMMA
    if g.CC > g.DC > g.DD > g.CD:
        return STAG_HUNT
    if g.DC > g.CC > g.CD > g.DD:
        return CHICKEN
    if g.DC > g.DD > g.CC > g.CD:
        return DEADLOCK
    if g.CC > g.DC and g.CD > g.DD and g.CC > g.DD:
        return HARMONY
    return OTHER


def pure_equilibria(game: object) -> list[tuple[int, int]]:
    """Pure-strategy Nash equilibria ``(row action, column action)`` of any bimatrix game.

    A cell is an equilibrium when each player's payoff there is a maximum of its own column
    (row player) or row (column player): neither gains by deviating alone.

    >>> pure_equilibria(SymmetricGame(CC=4, DC=3, DD=2, CD=1))
    [(0, 0), (1, 1)]
    """
    row, column = as_bimatrix(game)
    row_best = row >= row.max(axis=0, keepdims=True)
    column_best = column >= column.max(axis=1, keepdims=True)
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(row_best & column_best), strict=True)]


def nash_equilibria(game: object) -> list[tuple[np.ndarray, np.ndarray]]:
    """Extreme Nash equilibria (pure and mixed) as pairs of probability vectors.

    Computed with nashpy's vertex enumeration; tiny negative round-off is clipped and
    duplicates removed, so a 2x2 Stag Hunt gives its two pure equilibria and one mixed one.

    >>> [tuple(map(float, s)) for s, _ in nash_equilibria(SymmetricGame(4, 3, 2, 1))]
    [(1.0, 0.0), (0.0, 1.0), (0.5, 0.5)]
    """
    row, column = as_bimatrix(game)
    found: list[tuple[np.ndarray, np.ndarray]] = []
    for sigma_row, sigma_column in nashpy.Game(row, column).vertex_enumeration():
        pair = (_clean_mixture(sigma_row), _clean_mixture(sigma_column))
        if not any(_same_profile(pair, seen) for seen in found):
            found.append(pair)
    return found


def _clean_mixture(strategy: np.ndarray) -> np.ndarray:
    """Clip round-off below zero and renormalise so the probabilities sum to one."""
    clipped = np.where(np.abs(strategy) < 1e-12, 0.0, strategy)
    return clipped / clipped.sum()


def _same_profile(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> bool:
    return all(np.allclose(x, y, atol=1e-9) for x, y in zip(a, b, strict=True))


def pareto_optimal_outcomes(game: object) -> list[tuple[int, int]]:
    """Pure outcomes that no other pure outcome makes one player better and neither worse.

    >>> pareto_optimal_outcomes(SymmetricGame(CC=3, DC=4, DD=2, CD=1))
    [(0, 0), (0, 1), (1, 0)]
    """
    row, column = as_bimatrix(game)
    cells = list(itertools.product(range(row.shape[0]), range(row.shape[1])))

    def dominated(cell: tuple[int, int]) -> bool:
        r, c = row[cell], column[cell]
        return any(
            row[o] >= r and column[o] >= c and (row[o] > r or column[o] > c) for o in cells
        )

    return [cell for cell in cells if not dominated(cell)]


def expected_payoffs(game: object, belief: float) -> tuple[float, float]:
    """Expected payoffs of (Cooperate, Defect) when the other cooperates with probability p.

    E[C] = p*CC + (1-p)*CD and E[D] = p*DC + (1-p)*DD (Jervis 1978).

    >>> expected_payoffs(SymmetricGame(CC=4, DC=3, DD=2, CD=1), 0.5)
    (2.5, 2.5)
    """
    g = as_symmetric_game(game)
    p = number_in_range(belief, "belief", 0.0, 1.0)
    return p * g.CC + (1 - p) * g.CD, p * g.DC + (1 - p) * g.DD


def cooperation_threshold(game: object) -> float | None:
    """Jervis's threshold p*: cooperating is a best reply exactly when the belief p >= p*.

    Setting E[C] = E[D] (see :func:`expected_payoffs`) gives

        p* = (DD - CD) / ((CC - DC) + (DD - CD)).

    Returns ``0.0`` when cooperating pays whatever the other does, and ``None`` when no
    belief is enough, which happens when CC < DC: even a state sure of the other's
    cooperation prefers to exploit it, as in the Prisoner's Dilemma. A threshold below one
    therefore needs CC > DC, the Stag Hunt's order (Jervis 1978, derivation in the course).

    >>> cooperation_threshold(SymmetricGame(CC=4, DC=3, DD=2, CD=1))
    0.5
    >>> cooperation_threshold(SymmetricGame(CC=3, DC=4, DD=2, CD=1)) is None
    True
    """
    g = as_symmetric_game(game)
    gain_from_cooperation = g.CC - g.DC  # advantage of C when the other cooperates
    cost_of_being_exploited = g.DD - g.CD  # advantage of D when the other defects
    if gain_from_cooperation < 0:
        return None
    if cost_of_being_exploited <= 0:
        return 0.0
    return cost_of_being_exploited / (gain_from_cooperation + cost_of_being_exploited)


# --- Jervis's four levers -------------------------------------------------------------------
# Jervis (1978, pp. 171-176): cooperation becomes more likely when the gain from mutual
# cooperation rises, the cost of being exploited falls, the gain from exploiting falls and
# the cost of mutual defection rises. Each lever moves one payoff by a non-negative amount.


def _lever_amount(amount: object) -> float:
    return number_in_range(amount, "amount", 0.0)


def raise_mutual_cooperation_gain(game: SymmetricGame, amount: float) -> SymmetricGame:
    """Raise CC by ``amount`` (e.g. gains from trade, arms-control savings).

    >>> raise_mutual_cooperation_gain(SymmetricGame(3, 4, 2, 1), 2).CC
    5.0
    """
    return replace(as_symmetric_game(game), CC=game.CC + _lever_amount(amount))


def lower_exploitation_cost(game: SymmetricGame, amount: float) -> SymmetricGame:
    """Raise CD by ``amount``: being exploited hurts less (e.g. defences that buy time).

    >>> lower_exploitation_cost(SymmetricGame(3, 4, 2, 1), 0.5).CD
    1.5
    """
    return replace(as_symmetric_game(game), CD=game.CD + _lever_amount(amount))


def lower_temptation(game: SymmetricGame, amount: float) -> SymmetricGame:
    """Lower DC by ``amount``: exploiting the other gains less (e.g. defence dominance).

    >>> lower_temptation(SymmetricGame(3, 4, 2, 1), 1.5).DC
    2.5
    """
    return replace(as_symmetric_game(game), DC=game.DC - _lever_amount(amount))


def raise_mutual_defection_cost(game: SymmetricGame, amount: float) -> SymmetricGame:
    """Lower DD by ``amount``: an arms race or war costs more. A large cut makes Chicken.

    >>> classify(raise_mutual_defection_cost(SymmetricGame(3, 4, 2, 1), 1.5))
    'Chicken'
    """
    return replace(as_symmetric_game(game), DD=game.DD - _lever_amount(amount))


LEVERS = {
    "raise CC (gain from mutual cooperation)": raise_mutual_cooperation_gain,
    "raise CD (lower the cost of being exploited)": lower_exploitation_cost,
    "lower DC (gain from exploiting the other)": lower_temptation,
    "lower DD (raise the cost of mutual defection)": raise_mutual_defection_cost,
}


def apply_levers(game: SymmetricGame, **amounts: float) -> SymmetricGame:
    """Apply several levers at once, by function name.

    >>> apply_levers(SymmetricGame(3, 4, 2, 1), lower_temptation=1.5,
    ...              raise_mutual_cooperation_gain=0.5)
    SymmetricGame(CC=3.5, DC=2.5, DD=2.0, CD=1.0)
    """
    by_name = {lever.__name__: lever for lever in LEVERS.values()}
    result = as_symmetric_game(game)
    for name, amount in amounts.items():
        if name not in by_name:
            raise ValueError(f"Unknown lever {name!r}; the levers are {sorted(by_name)}.")
        result = by_name[name](result, amount)
    return result
