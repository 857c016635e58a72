"""The offense-defense balance, contest success functions and Jervis's four worlds.

Part III of the course's source article names two variables that decide how sharp a security
dilemma is (after Jervis 1978): whether offence or defence has the advantage, and whether
offensive and defensive weapons can be told apart. This module puts numbers on both.

1. *The balance as a cost ratio* (Glaser & Kaufmann 1998) and Jervis's "dollar test":
   :func:`cost_ratio_balance`, :func:`defense_dollars_per_offense_dollar`,
   :func:`advantage`, :func:`dollar_test`.
2. *Contest success functions*, the probability that one side's effort beats the other's:
   :func:`tullock_win_probability` (ratio form), :func:`hirshleifer_win_probability`
   (difference form).
3. *Jervis's four worlds*: :func:`four_worlds` from two yes/no answers, and
   :func:`world_from_measures` from a continuous balance and distinguishability.

Names in code use the American "offense"/"defense", as the literature's "offense-defense
balance" and the rest of the library do; the prose is British.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.special import expit

from ._validate import finite_number, number_in_range, positive_number, probability, real_matrix

OFFENSE, DEFENSE, NEITHER = "offense", "defense", "neither"
PARITY_TOLERANCE = 1e-9  # relative: a balance this close to 1 counts as parity


# --- 1. The balance as a cost ratio ----------------------------------------------------------


def _ratio(numerator: float, denominator: float, names: tuple[str, str]) -> float:
    """``numerator / denominator`` for positive inputs, refusing over- and underflow."""
    value = numerator / denominator
    if not 0.0 < value < math.inf:
        raise ValueError(
            f"{names[0]} / {names[1]} must be a positive number that a float can hold, "
            f"got {numerator:g} / {denominator:g}."
        )
    return value


def cost_ratio_balance(attack_cost: float, defense_cost: float) -> float:
    """Glaser & Kaufmann's offense-defense balance as a cost ratio.

        B = C_attack / C_defence,

    the cost of the forces an attacker needs to take territory over the cost of the forces
    the defender deploys. B > 1 favours defence (attacking costs more than holding), B < 1
    favours offence, B = 1 is parity.

    Source: Glaser & Kaufmann (1998), "What Is the Offense-Defense Balance and Can We Measure
    It?", *International Security* 22(4): 44-82.

    >>> cost_ratio_balance(attack_cost=3, defense_cost=1)
    3.0
    >>> cost_ratio_balance(0, 1)
    Traceback (most recent call last):
    ...
    ValueError: attack_cost must be greater than 0, got 0.
    """
    attack = positive_number(attack_cost, "attack_cost")
    defense = positive_number(defense_cost, "defense_cost")
    return _ratio(attack, defense, ("attack_cost", "defense_cost"))


def defense_dollars_per_offense_dollar(balance: float) -> float:
    """Defence the defender must buy to offset one unit of the other's offence: 1 / B.

    If an attacker needs B dollars for each dollar of defence (:func:`cost_ratio_balance`),
    the defender needs 1/B dollars of defence for each attacking dollar. This is the quantity
    Jervis's test asks about (see :func:`dollar_test`).

    Source: Jervis (1978), "Cooperation Under the Security Dilemma", *World Politics* 30(2):
    167-214, p. 188; Glaser & Kaufmann (1998).

    >>> defense_dollars_per_offense_dollar(4)
    0.25
    """
    return _ratio(1.0, positive_number(balance, "balance"), ("1", "balance"))


def advantage(balance: float) -> str:
    """Which side a balance B favours: ``"defense"`` (B > 1), ``"offense"`` (B < 1), ``"neither"``.

    A balance within a relative ``PARITY_TOLERANCE`` (1e-9) of 1 counts as parity, so that
    round-off in a computed ratio does not decide the verdict (course choice).

    Source: Glaser & Kaufmann (1998); Jervis (1978), p. 188.

    >>> advantage(2.0), advantage(0.5), advantage(1.0)
    ('defense', 'offense', 'neither')
    """
    b = positive_number(balance, "balance")
    if math.isclose(b, 1.0, rel_tol=PARITY_TOLERANCE):
        return NEITHER
    return DEFENSE if b > 1.0 else OFFENSE


_DOLLAR_VERDICTS = {
    DEFENSE: "Defence has the advantage: each attacking dollar is offset by {:.3g} dollars "
    "of defence, less than one.",
    OFFENSE: "Offence has the advantage: each attacking dollar needs {:.3g} dollars of "
    "defence to offset it, more than one.",
    NEITHER: "Neither side has the advantage: one dollar of defence offsets one attacking "
    "dollar ({:.3g}).",
}


@dataclass(frozen=True)
class DollarTest:
    """The outcome of Jervis's dollar test.

    ``defense_per_offense_dollar`` is what the defender spends per attacking dollar,
    ``balance`` the equivalent Glaser-Kaufmann ratio B (its inverse), ``advantage`` one of
    ``"defense"``, ``"offense"``, ``"neither"``, and ``verdict`` a sentence for students.

    >>> dollar_test(1, 1).advantage
    'neither'
    """

    defense_per_offense_dollar: float
    balance: float
    advantage: str
    verdict: str


def dollar_test(defense_spending: float, offense_spending: float = 1.0) -> DollarTest:
    """Jervis's test: must the defender spend more or less than a dollar per attacking dollar?

    ``defense_spending`` is what the defender must spend to offset ``offense_spending`` of
    the other side's forces that could attack. With r = defense_spending / offense_spending,
    r < 1 means defence has the advantage, r > 1 offence, r = 1 neither (within round-off,
    see :func:`advantage`). The equivalent cost ratio is B = 1 / r; to test a known B, call
    ``dollar_test(1, B)``.

    Source: Jervis (1978), *World Politics* 30(2), p. 188, quoted in Part III of the source
    article; Glaser & Kaufmann (1998) for the ratio B.

    >>> result = dollar_test(defense_spending=0.5, offense_spending=1)
    >>> result.advantage, result.balance
    ('defense', 2.0)
    >>> result.verdict
    'Defence has the advantage: each attacking dollar is offset by 0.5 dollars of defence, less than one.'
    """  # noqa: E501 -- a doctest output line cannot be wrapped
    defense = positive_number(defense_spending, "defense_spending")
    offense = positive_number(offense_spending, "offense_spending")
    per_dollar = _ratio(defense, offense, ("defense_spending", "offense_spending"))
    balance = _ratio(offense, defense, ("offense_spending", "defense_spending"))
    side = advantage(balance)
    return DollarTest(per_dollar, balance, side, _DOLLAR_VERDICTS[side].format(per_dollar))


# --- 2. Contest success functions ------------------------------------------------------------


def _non_negative_values(value: object, name: str) -> np.ndarray:
    """A number or a flat list of numbers, all finite and >= 0, as a float array.

    A single number comes back as a 0-d array, a list as a 1-d array. Shared with
    :mod:`dilemma_lib.models.arms_race` (times).
    """
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if isinstance(value, list | tuple | np.ndarray):
        array = real_matrix(value, name, shape=(-1,))
    else:
        array = np.asarray(finite_number(value, name))
    if np.any(array < 0):
        raise ValueError(f"{name} must be at least 0, got {array.min():g}.")
    return array


def _scalar_or_array(values: np.ndarray) -> float | np.ndarray:
    """A plain float for a 0-d result, the array otherwise."""
    return float(values) if values.ndim == 0 else values


def _efforts(effort_1: object, effort_2: object) -> tuple[np.ndarray, np.ndarray]:
    """Validate two efforts: numbers or flat lists of equal length (one may be a number)."""
    x1 = _non_negative_values(effort_1, "effort_1")
    x2 = _non_negative_values(effort_2, "effort_2")
    if x1.ndim and x2.ndim and x1.shape != x2.shape:
        raise ValueError(
            "effort_1 and effort_2 must have the same length, or one of them be a single "
            f"number, got lengths {x1.size} and {x2.size}."
        )
    return x1, x2


def tullock_win_probability(
    effort_1: float | list[float] | np.ndarray,
    effort_2: float | list[float] | np.ndarray,
    decisiveness: float = 1.0,
) -> float | np.ndarray:
    """Tullock's ratio-form contest success function: side 1's chance of winning.

        p1 = x1^m / (x1^m + x2^m),   efforts x1, x2 >= 0, decisiveness m > 0.

    Only the ratio of efforts matters. m = 1 is a lottery in proportion to effort; as m grows
    the larger effort wins ever more surely. It is computed from r = (smaller / larger)^m,
    as 1/(1 + r) for the larger side and r/(1 + r) for the smaller, which is the same
    number but cannot overflow for large efforts or m (r lies in [0, 1]).
    When neither side spends anything (0/0) the chance is 1/2 (course choice: with no effort
    on either side neither is favoured, the usual convention in the contest literature).
    Efforts may be numbers or flat lists (elementwise, for plotting).

    Source: Tullock (1980), "Efficient Rent Seeking", in Buchanan, Tollison & Tullock (eds.),
    *Toward a Theory of the Rent-Seeking Society*, pp. 97-112; Hirshleifer (1989),
    *Public Choice* 63: 101-112, for the name "ratio form".

    >>> tullock_win_probability(3, 1)
    0.75
    >>> tullock_win_probability(2, 1, decisiveness=2)  # 4 / (4 + 1)
    0.8
    >>> tullock_win_probability(0, 0)
    0.5
    """
    x1, x2 = _efforts(effort_1, effort_2)
    m = positive_number(decisiveness, "decisiveness")
    with np.errstate(invalid="ignore"):  # 0/0 when both efforts are zero, replaced below
        r = (np.minimum(x1, x2) / np.maximum(x1, x2)) ** m
    p1 = np.where(x1 >= x2, 1.0 / (1.0 + r), r / (1.0 + r))
    return _scalar_or_array(np.where((x1 == 0) & (x2 == 0), 0.5, p1))


def hirshleifer_win_probability(
    effort_1: float | list[float] | np.ndarray,
    effort_2: float | list[float] | np.ndarray,
    decisiveness: float = 1.0,
) -> float | np.ndarray:
    """Hirshleifer's difference-form (logistic) contest success function.

        p1 = 1 / (1 + exp(-k (x1 - x2))),   efforts x1, x2 >= 0, decisiveness k > 0.

    Only the difference of efforts matters, so a side that outspends the other by a fixed
    margin has the same edge at any scale, and equal efforts (zero included) give 1/2.
    Computed with scipy's ``expit``, which neither overflows nor loses precision for large
    |k (x1 - x2)|. Efforts may be numbers or flat lists (elementwise).

    Source: Hirshleifer (1989), "Conflict and Rent-Seeking Success Functions: Ratio vs.
    Difference Models of Relative Success", *Public Choice* 63: 101-112.

    >>> hirshleifer_win_probability(1, 1)
    0.5
    >>> round(hirshleifer_win_probability(2, 1, decisiveness=2), 4)
    0.8808
    >>> hirshleifer_win_probability(1e6, 0)
    1.0
    """
    x1, x2 = _efforts(effort_1, effort_2)
    k = positive_number(decisiveness, "decisiveness")
    with np.errstate(over="ignore"):
        return _scalar_or_array(expit(k * (x1 - x2)))


# --- 3. Jervis's four worlds -----------------------------------------------------------------

INDISTINGUISHABLE, DISTINGUISHABLE = "not distinguishable", "distinguishable"
OFFENSE_ADVANTAGE, DEFENSE_ADVANTAGE = "offense has the advantage", "defense has the advantage"


@dataclass(frozen=True)
class World:
    """One cell of Jervis's two-by-two table of worlds.

    ``row`` says whether offensive and defensive postures can be told apart
    (``"not distinguishable"`` or ``"distinguishable"``), ``column`` which side has the
    advantage (``"offense has the advantage"`` or ``"defense has the advantage"``),
    ``label`` is Jervis's name for the cell and ``implication`` what it means for
    cooperation, in the course's words.

    >>> four_worlds(offense_advantage=True, distinguishable=False).label
    'doubly dangerous'
    """

    row: str
    column: str
    label: str
    implication: str


FOUR_WORLDS: tuple[World, ...] = (
    World(
        INDISTINGUISHABLE,
        OFFENSE_ADVANTAGE,
        "doubly dangerous",
        "Arms bought for safety look like, and work as, arms for attack, and striking first "
        "pays; even two states that only want security are pushed to race and to strike, so "
        "cooperation is hardest here.",
    ),
    World(
        INDISTINGUISHABLE,
        DEFENSE_ADVANTAGE,
        "security dilemma, but security requirements may be compatible",
        "Each side's arms still look threatening, so mistrust and racing can start, but "
        "because holding is cheaper than taking, both can be secure at once; cooperation is "
        "possible if the ambiguity of arms can be overcome.",
    ),
    World(
        DISTINGUISHABLE,
        OFFENSE_ADVANTAGE,
        "no security dilemma, but aggression possible",
        "A state content with the status quo can show it by buying defence only, and a "
        "state that buys offence gives warning; peaceful states can recognise and reassure "
        "each other, but an aggressor still finds attack attractive.",
    ),
    World(
        DISTINGUISHABLE,
        DEFENSE_ADVANTAGE,
        "doubly stable",
        "States can defend themselves cheaply with arms that threaten no one, and any turn "
        "towards offence is visible; security seekers cooperate easily and aggression rarely "
        "pays.",
    ),
)


def _flag(value: object, name: str) -> bool:
    """``value`` as a bool, accepting only True or False (numpy's too)."""
    if isinstance(value, bool | np.bool_):
        return bool(value)
    raise ValueError(f"{name} must be True or False, got {value!r} (a {type(value).__name__}).")


def four_worlds(offense_advantage: bool, distinguishable: bool) -> World:
    """Jervis's world for two yes/no answers: does offence have the advantage, and can
    offensive and defensive postures be told apart?

    ===================  =================================  =================================
    (rows: postures)     offence has the advantage          defence has the advantage
    ===================  =================================  =================================
    not distinguishable  doubly dangerous                   security dilemma, but security
                                                            requirements may be compatible
    distinguishable      no security dilemma, but           doubly stable
                         aggression possible
    ===================  =================================  =================================

    Source: Jervis (1978), *World Politics* 30(2): 167-214: the two variables (p. 187, as
    cited in Part III of the source article) and the article's two-by-two figure of the four
    worlds. The ``implication`` sentences are the course's paraphrase.

    >>> four_worlds(offense_advantage=False, distinguishable=True).label
    'doubly stable'
    >>> four_worlds("yes", True)
    Traceback (most recent call last):
    ...
    ValueError: offense_advantage must be True or False, got 'yes' (a str).
    """
    offense_leads = _flag(offense_advantage, "offense_advantage")
    row = DISTINGUISHABLE if _flag(distinguishable, "distinguishable") else INDISTINGUISHABLE
    column = OFFENSE_ADVANTAGE if offense_leads else DEFENSE_ADVANTAGE
    return next(w for w in FOUR_WORLDS if (w.row, w.column) == (row, column))


def world_from_measures(
    balance: float, distinguishability: float, threshold: float = 0.5
) -> World:
    """Jervis's world for a continuous balance B > 0 and distinguishability d in [0, 1].

    Course choice (the thresholds are ours, not Jervis's, whose variables are yes/no):

    * defence has the advantage when B > 1 (:func:`advantage` says ``"defense"``); parity,
      B = 1 within round-off, goes to the offence column, because only a real defensive
      edge lets both sides be secure at once;
    * postures count as distinguishable when d > ``threshold`` (default 0.5, any value in
      [0, 1] allowed); d = threshold counts as not distinguishable.

    In both cases the benign side of the table needs a strict crossing of its threshold.

    Source: Jervis (1978); Glaser & Kaufmann (1998) for B.

    >>> world_from_measures(balance=0.5, distinguishability=0.1).label
    'doubly dangerous'
    >>> world_from_measures(balance=3.0, distinguishability=0.9).label
    'doubly stable'
    >>> world_from_measures(balance=1.0, distinguishability=0.9).column
    'offense has the advantage'
    """
    d = probability(distinguishability, "distinguishability")
    cut = number_in_range(threshold, "threshold", 0.0, 1.0)
    return four_worlds(advantage(balance) != DEFENSE, d > cut)
