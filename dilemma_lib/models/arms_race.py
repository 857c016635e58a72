"""Richardson's arms-race model, solved exactly, and what racing costs.

Two states with arms levels x and y (spending per unit of time) react to each other:

    dx/dt = k y - a x + g,        dy/dt = l x - b y + h,

where k, l >= 0 are the reactions to the other's arms (Richardson's "defence" or fear
coefficients), a, b > 0 the fatigue or expense that restrains each state's own arming, and
g, h the grievances that push arming even when the other has none (negative values are
goodwill). In matrix form d(x, y)/dt = A (x, y) + f with A = [[-a, k], [l, -b]], f = (g, h).

Source: Richardson (1960), *Arms and Insecurity* (Pittsburgh: Boxwood Press). The model's
equilibrium, its stability condition a*b > k*l and the runaway case are Richardson's;
the solution method, the outcome names' exact boundaries, the link to the offense-defense
balance and the clipped running cost are course choices, labelled where they are made.

Glaser (1997), "The Security Dilemma Revisited", *World Politics* 50(1): 171-201, pp.
174-175, lists three ways a state's arming can defeat itself; the third, that competing
wastes resources, is :func:`cumulative_cost`.

Course choice: every coefficient is kept within ``MAX_COEFFICIENT`` (1e6) in size, and a and
b are at least 1e-6, so that the arithmetic stays well inside the range of floats.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.linalg import expm
from scipy.optimize import brentq

from ._validate import number_in_range, real_matrix
from .balance import _non_negative_values, defense_dollars_per_offense_dollar

MAX_COEFFICIENT = 1e6
MIN_FATIGUE = 1e-6
DISARMAMENT, STABLE_RACE, RUNAWAY_RACE = "disarmament", "stable race", "runaway race"
OUTCOMES = (DISARMAMENT, STABLE_RACE, RUNAWAY_RACE)
_RELATIVE_TOLERANCE = 1e-12  # |a*b - k*l| below this share of a*b counts as a*b = k*l
_COST_GRID_CELLS = 512


@dataclass(frozen=True)
class RichardsonModel:
    """The six coefficients of Richardson's model (see the module docstring).

    ``k``, ``l`` in [0, 1e6]; ``a``, ``b`` in [1e-6, 1e6]; ``g``, ``h`` in [-1e6, 1e6].

    >>> RichardsonModel(k=1, l=1, a=2, b=2, g=1, h=1).matrix
    array([[-2.,  1.],
           [ 1., -2.]])
    >>> RichardsonModel(k=-1, l=1, a=2, b=2, g=1, h=1)
    Traceback (most recent call last):
    ...
    ValueError: k must lie between 0 and 1e+06, got -1.
    """

    k: float
    l: float  # noqa: E741 -- Richardson's own letter
    a: float
    b: float
    g: float
    h: float

    def __post_init__(self) -> None:
        lows = {"k": 0.0, "l": 0.0, "a": MIN_FATIGUE, "b": MIN_FATIGUE}
        for name in ("k", "l", "a", "b", "g", "h"):
            low = lows.get(name, -MAX_COEFFICIENT)
            value = number_in_range(getattr(self, name), name, low, MAX_COEFFICIENT)
            object.__setattr__(self, name, value)

    @property
    def matrix(self) -> np.ndarray:
        """A = [[-a, k], [l, -b]], the linear part of the model."""
        return np.array([[-self.a, self.k], [self.l, -self.b]])

    @property
    def grievances(self) -> np.ndarray:
        """f = (g, h), the constant push."""
        return np.array([self.g, self.h])

    @property
    def determinant(self) -> float:
        """det A = a*b - k*l: positive exactly when the race has a stable equilibrium."""
        return self.a * self.b - self.k * self.l


def _model(model: object) -> RichardsonModel:
    if not isinstance(model, RichardsonModel):
        raise ValueError(f"model must be a RichardsonModel, got {model!r}.")
    return model


def _levels(value: object, name: str) -> np.ndarray:
    """Arms levels (x, y): two finite numbers."""
    return real_matrix(value, name, shape=(2,))


def _determinant_sign(model: RichardsonModel) -> int:
    """Sign of a*b - k*l, with a relative round-off band counted as zero."""
    ab, kl = model.a * model.b, model.k * model.l
    if abs(ab - kl) <= _RELATIVE_TOLERANCE * max(ab, kl):
        return 0
    return 1 if ab > kl else -1


def equilibrium(model: RichardsonModel) -> tuple[float, float] | None:
    """The levels at which both states stop changing their arms.

    Setting both derivatives to zero gives

        x* = (k h + b g) / (a b - k l),    y* = (l g + a h) / (a b - k l).

    Returns ``None`` when a*b = k*l (within a relative 1e-12): the two lines dx/dt = 0 and
    dy/dt = 0 are then parallel, so there is either no equilibrium or a whole line of them.

    Source: Richardson (1960).

    >>> equilibrium(RichardsonModel(k=1, l=1, a=2, b=2, g=1, h=1))
    (1.0, 1.0)
    >>> equilibrium(RichardsonModel(k=2, l=2, a=2, b=2, g=1, h=1)) is None
    True
    """
    m = _model(model)
    if _determinant_sign(m) == 0:
        return None
    det = m.determinant
    return (m.k * m.h + m.b * m.g) / det, (m.l * m.g + m.a * m.h) / det


def eigenvalues(model: RichardsonModel) -> tuple[float, float]:
    """The two growth rates of the linear system, larger first; always real.

    The characteristic polynomial of A is z^2 + (a + b) z + (a b - k l), with discriminant
    (a - b)^2 + 4 k l >= 0, so both roots are real:

        z- = -(a + b)/2 - sqrt(((a - b)/2)^2 + k l),     z+ = (a b - k l) / z-.

    (z+ is computed from the product of the roots, which avoids cancellation.) z- < 0
    always, and z+ < 0 exactly when a b > k l: deviations from equilibrium then die out.

    Source: Richardson (1960); standard linear algebra.

    >>> eigenvalues(RichardsonModel(k=1, l=1, a=2, b=2, g=0, h=0))
    (-1.0, -3.0)
    """
    m = _model(model)
    lower = -(m.a + m.b) / 2 - math.sqrt(((m.a - m.b) / 2) ** 2 + m.k * m.l)
    return m.determinant / lower, lower


def is_stable(model: RichardsonModel) -> bool:
    """Richardson's stability condition: a*b > k*l.

    With a, b > 0 and k, l >= 0 this is exactly the condition that both eigenvalues are
    negative (see :func:`eigenvalues`): restraint (a*b) outweighs mutual reaction (k*l), and
    every path approaches the equilibrium. a*b = k*l within round-off is not stable.

    Source: Richardson (1960).

    >>> is_stable(RichardsonModel(k=1, l=1, a=2, b=2, g=1, h=1))
    True
    >>> is_stable(RichardsonModel(k=3, l=3, a=2, b=2, g=1, h=1))
    False
    """
    return _determinant_sign(_model(model)) > 0


def rates_of_change(model: RichardsonModel, levels: list | np.ndarray) -> np.ndarray:
    """The right-hand side (dx/dt, dy/dt) = (k y - a x + g, l x - b y + h).

    ``levels`` is one pair (x, y) or an n x 2 array of pairs (e.g. a trajectory, or a grid
    for a phase portrait); the result has the same shape.

    Source: Richardson (1960).

    >>> rates_of_change(RichardsonModel(k=1, l=1, a=2, b=2, g=1, h=1), [0, 0])
    array([1., 1.])
    """
    m = _model(model)
    try:
        shape = (2,) if np.ndim(levels) == 1 else (-1, 2)
    except ValueError:  # ragged nested lists: real_matrix explains
        shape = (-1, 2)
    points = real_matrix(levels, "levels", shape=shape)
    return points @ m.matrix.T + m.grievances


def _generator(model: RichardsonModel) -> np.ndarray:
    """5 x 5 matrix M with d(x, y, 1, X, Y)/dt = M (x, y, 1, X, Y), where X' = x, Y' = y."""
    generator = np.zeros((5, 5))
    generator[:2, :2] = model.matrix
    generator[:2, 2] = model.grievances
    generator[3, 0] = generator[4, 1] = 1.0
    return generator


def _propagate(model: RichardsonModel, initial: np.ndarray, times: np.ndarray) -> np.ndarray:
    """Exact states (x, y, 1, X, Y) at each of ``times`` (1-d, >= 0), as an n x 5 array.

    Uses exp(M t) on the augmented system, so levels and their running integrals X, Y come
    out of one matrix exponential with no step-size error. Times are visited in order and
    the exponential of each gap between them is applied in turn (one ``expm`` per distinct
    gap), which is exact up to round-off, about n * 1e-16 relative after n times.
    """
    order = np.argsort(times, kind="stable")
    gaps, which = np.unique(np.diff(times[order], prepend=0.0), return_inverse=True)
    state = np.array([*initial, 1.0, 0.0, 0.0])
    states = np.empty((times.size, 5))
    with np.errstate(all="ignore"):  # overflow is reported below, in words
        steps = expm(gaps[:, None, None] * _generator(model))
        for row, step in zip(order, which, strict=True):
            state = steps[step] @ state
            states[row] = state
    if not np.all(np.isfinite(states)):
        raise ValueError(
            f"times must stay short enough for the arms levels to fit in a float: at t = "
            f"{times.max():g} this runaway race overflows; use shorter times."
        )
    return states


def trajectory(
    model: RichardsonModel, initial: list | np.ndarray, times: float | list | np.ndarray
) -> np.ndarray:
    """The exact arms levels (x(t), y(t)) starting from ``initial`` = (x(0), y(0)).

    The solution of the linear system is, for every case (stable, unstable, a*b = k*l),

        (x, y, 1)(t) = exp(t [[A, f], [0, 0]]) (x0, y0, 1),

    computed with scipy's matrix exponential (Pade approximation with scaling and squaring,
    accurate to round-off), not with a time-stepping solver; the exponentials of the gaps
    between the sorted times are applied in turn, which is the same map (exp(M(s + t)) =
    exp(M t) exp(M s)) up to round-off. ``times`` (>= 0) is one time,
    giving a pair, or a list, giving an n x 2 array. Levels may go below zero (Richardson
    read that as cooperation); the model is linear and is not clipped here.

    Source: Richardson (1960) for the equations; the method is standard (Moler & Van Loan,
    "Nineteen Dubious Ways to Compute the Exponential of a Matrix", SIAM Review 2003).

    >>> model = RichardsonModel(k=1, l=1, a=2, b=2, g=1, h=1)
    >>> trajectory(model, [0, 0], [0, 50]).round(6)
    array([[0., 0.],
           [1., 1.]])
    """
    m = _model(model)
    start = _levels(initial, "initial")
    t = _non_negative_values(times, "times")
    levels = _propagate(m, start, np.atleast_1d(t))[:, :2]
    return levels[0] if t.ndim == 0 else levels


def _leading_left_vector(model: RichardsonModel) -> np.ndarray:
    """w with w A = z+ w and positive entries, for a*b <= k*l (so k, l > 0, z+ >= 0)."""
    growth = max(eigenvalues(model)[0], 0.0)
    return np.array([model.l, model.a + growth])


def long_run_levels(
    model: RichardsonModel, initial: list | np.ndarray = (0.0, 0.0)
) -> tuple[float, float]:
    """Where the arms levels head as t -> infinity: a pair of numbers or of +/- infinity.

    * Stable (a*b > k*l): every path goes to the equilibrium (x*, y*).
    * Otherwise (a*b <= k*l, which forces k, l > 0): let z+ >= 0 be the larger eigenvalue and
      w = (l, a + z+) > 0 its left eigenvector. The weighted total s = w . (x, y) obeys
      ds/dt = z+ s + w . f, so it runs away in the direction of its initial rate
      w . (A x0 + f), and both levels follow it (the leading eigenvector is positive too):
      (+inf, +inf) if that rate is positive, (-inf, -inf) if negative. If it is zero
      (within round-off), s never changes and the path settles where dx/dt = 0 meets
      w . (x, y) = w . x0: the saddle point for a*b < k*l, a point of the line of
      equilibria for a*b = k*l. Richardson noted both directions of the runaway.

    Source: Richardson (1960); the eigenvector argument is the course's derivation.

    >>> long_run_levels(RichardsonModel(k=1, l=1, a=2, b=2, g=1, h=1))
    (1.0, 1.0)
    >>> long_run_levels(RichardsonModel(k=3, l=3, a=2, b=2, g=1, h=1))
    (inf, inf)
    >>> long_run_levels(RichardsonModel(k=3, l=3, a=2, b=2, g=-1, h=-1))
    (-inf, -inf)
    """
    m = _model(model)
    start = _levels(initial, "initial")
    if is_stable(m):
        return equilibrium(m)
    w = _leading_left_vector(m)
    push = w @ (m.matrix @ start + m.grievances)
    scale = w @ (np.abs(m.matrix) @ np.abs(start) + np.abs(m.grievances))
    if abs(push) > _RELATIVE_TOLERANCE * scale:
        return (math.inf, math.inf) if push > 0 else (-math.inf, -math.inf)
    settled = np.linalg.solve(np.array([[-m.a, m.k], w]), np.array([-m.g, w @ start]))
    return float(settled[0]), float(settled[1])


def classify(model: RichardsonModel, initial: list | np.ndarray = (0.0, 0.0)) -> str:
    """Name the race that starts at ``initial`` (default: no arms on either side).

    From :func:`long_run_levels`:

    * ``"runaway race"``: the levels grow without bound (unstable or a*b = k*l, pushed up);
    * ``"disarmament"``: both long-run levels are <= 0, finite or falling without bound;
      reading a level below zero as no arms at all, both states' arms wither;
    * ``"stable race"``: the levels settle at a finite point where at least one is > 0.

    For a stable model the outcome depends only on the equilibrium; for an unstable one the
    start decides between a runaway race and runaway disarmament (Richardson's two cases).
    Course choice: reading levels <= 0 as disarmament, and these exact boundaries.

    Source: Richardson (1960).

    >>> classify(RichardsonModel(k=1, l=1, a=2, b=2, g=1, h=1))
    'stable race'
    >>> classify(RichardsonModel(k=1, l=1, a=2, b=2, g=-1, h=-1))
    'disarmament'
    >>> classify(RichardsonModel(k=3, l=3, a=2, b=2, g=1, h=1))
    'runaway race'
    """
    x, y = long_run_levels(model, initial)
    if x == math.inf:
        return RUNAWAY_RACE
    return DISARMAMENT if max(x, y) <= 0 else STABLE_RACE


def _crossing(
    model: RichardsonModel, start: float, stop: float, state: np.ndarray, i: int
) -> tuple[float, np.ndarray]:
    """(time, state) where level ``i`` crosses zero between ``start`` and ``stop``."""
    generator = _generator(model)

    def advanced(dt: float) -> np.ndarray:
        return expm(dt * generator) @ state

    dt = brentq(lambda s: advanced(s)[i], 0.0, stop - start)
    return start + dt, advanced(dt)


def _clipped_running_total(
    model: RichardsonModel, grid: np.ndarray, states: np.ndarray, i: int
) -> np.ndarray:
    """Running integral of max(level i, 0) at each grid time, exact between sign changes."""
    level = states[:, i]
    times, totals = list(grid), list(states[:, 3 + i])
    for j in np.nonzero(np.sign(level[:-1]) * np.sign(level[1:]) < 0)[0]:
        when, state = _crossing(model, grid[j], grid[j + 1], states[j], i)
        times.append(when)
        totals.append(state[3 + i])
    order = np.argsort(times, kind="stable")
    pieces = np.maximum(np.diff(np.asarray(totals)[order]), 0.0)
    running = np.concatenate([[0.0], np.cumsum(pieces)])
    return running[np.searchsorted(np.asarray(times)[order], grid)]


def cumulative_cost(
    model: RichardsonModel, initial: list | np.ndarray, times: float | list | np.ndarray
) -> np.ndarray:
    """Each state's total spending on arms from time 0 to t: Glaser's third mechanism.

        C_x(t) = integral from 0 to t of max(x(s), 0) ds,   and likewise C_y(t),

    on the exact trajectory of :func:`trajectory`. ``times`` (>= 0) is one time, giving the
    pair (C_x, C_y), or a list, giving an n x 2 array; add the columns for the pair's total.

    Course choices: the arms level is read as spending per unit of time, and a level below
    zero as spending nothing (so the totals never fall). Method: the integral of the linear
    levels is exact (it is part of the same matrix exponential); the path is checked for
    sign changes on a grid of 512 equal cells plus the requested times, each change is
    located by Brent's method on the exact path, and only the pieces where a level is
    positive are summed. A dip below zero and back within one cell would be missed, which
    sums of two exponentials make rare.

    Source: Glaser (1997), *World Politics* 50(1), pp. 174-175 (racing spends resources that
    could serve other ends), as summarised in Part III of the source article; Richardson
    (1960) for the model.

    >>> model = RichardsonModel(k=1, l=1, a=2, b=2, g=1, h=1)
    >>> cumulative_cost(model, [1, 1], [0, 10])  # sits at its equilibrium (1, 1)
    array([[ 0.,  0.],
           [10., 10.]])
    """
    m = _model(model)
    start = _levels(initial, "initial")
    t = _non_negative_values(times, "times")
    grid = np.union1d(np.linspace(0.0, float(t.max()), _COST_GRID_CELLS + 1), t)
    states = _propagate(m, start, grid)
    totals = np.column_stack([_clipped_running_total(m, grid, states, i) for i in (0, 1)])
    return totals[np.searchsorted(grid, t)]


# --- The course's link from the offense-defense balance to the reactions --------------------


def reactions_from_balance(balance_1: float, balance_2: float) -> tuple[float, float]:
    """Course choice: reaction coefficients from the offense-defense balance, k = 1/B1, l = 1/B2.

    B1 is the Glaser-Kaufmann cost ratio for an attack on state 1 (what state 2 must spend
    on offence per dollar of state 1's defence), B2 the same for an attack on state 2. Then
    1/B1 is the defence state 1 needs per dollar of state 2's arms (Jervis's dollar test,
    :func:`~dilemma_lib.models.balance.defense_dollars_per_offense_dollar`), and that is how
    strongly it reacts. Offence dominance (B < 1) thus raises the reactions and pushes
    towards k*l > a*b, a runaway race. No published source gives this mapping; it is the
    course's illustration. Each balance must be at least 1e-6, so that k, l <= 1e6.

    >>> reactions_from_balance(2, 0.5)
    (0.5, 2.0)
    """
    lowest = 1 / MAX_COEFFICIENT
    b1 = number_in_range(balance_1, "balance_1", lowest)
    b2 = number_in_range(balance_2, "balance_2", lowest)
    return defense_dollars_per_offense_dollar(b1), defense_dollars_per_offense_dollar(b2)


def model_from_balance(
    balance_1: float,
    balance_2: float,
    a: float = 1.0,
    b: float = 1.0,
    g: float = 0.0,
    h: float = 0.0,
) -> RichardsonModel:
    """A Richardson model whose reactions come from the balance (:func:`reactions_from_balance`).

    With the default fatigue a = b = 1 the race is stable exactly when B1 * B2 > 1, so a
    defence-dominant world (both B > 1) is stable and an offence-dominant one (both B < 1)
    runs away. Course choice, as for :func:`reactions_from_balance`.

    >>> is_stable(model_from_balance(2, 2)), is_stable(model_from_balance(0.5, 0.5))
    (True, False)
    """
    k, l = reactions_from_balance(balance_1, balance_2)  # noqa: E741 -- Richardson's letter
    return RichardsonModel(k=k, l=l, a=a, b=b, g=g, h=h)
