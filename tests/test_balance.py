"""Tests of dilemma_lib.models.balance: cost ratio, dollar test, contests, four worlds."""

import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dilemma_lib.models.balance import (
    DEFENSE,
    DEFENSE_ADVANTAGE,
    DISTINGUISHABLE,
    FOUR_WORLDS,
    INDISTINGUISHABLE,
    NEITHER,
    OFFENSE,
    OFFENSE_ADVANTAGE,
    DollarTest,
    World,
    advantage,
    cost_ratio_balance,
    defense_dollars_per_offense_dollar,
    dollar_test,
    four_worlds,
    hirshleifer_win_probability,
    tullock_win_probability,
    world_from_measures,
)

positive = st.floats(min_value=1e-6, max_value=1e6)
effort = st.floats(min_value=0.0, max_value=1e6)
decisiveness = st.floats(min_value=0.05, max_value=20.0)
unit = st.floats(min_value=0.0, max_value=1.0)
CONTESTS = [tullock_win_probability, hirshleifer_win_probability]

# --- the cost ratio and the dollar test ----------------------------------------------------


def test_cost_ratio_is_attack_over_defence():
    assert cost_ratio_balance(6, 2) == 3.0
    assert cost_ratio_balance(attack_cost=1, defense_cost=4) == 0.25


@given(positive, positive)
def test_dollar_test_agrees_with_the_cost_ratio(defense, offense):
    result = dollar_test(defense, offense)
    assert isinstance(result, DollarTest)
    assert result.balance == pytest.approx(cost_ratio_balance(offense, defense))
    assert result.defense_per_offense_dollar == pytest.approx(1 / result.balance)
    assert defense_dollars_per_offense_dollar(result.balance) == pytest.approx(
        result.defense_per_offense_dollar
    )
    expected = NEITHER if math.isclose(defense, offense, rel_tol=1e-9) else (
        DEFENSE if defense < offense else OFFENSE
    )
    assert result.advantage == expected == advantage(result.balance)


@pytest.mark.parametrize(
    ("defense", "offense", "side", "phrase"),
    [(0.5, 1, DEFENSE, "less than one"), (3, 1, OFFENSE, "more than one"), (2, 2, NEITHER, "")],
)
def test_dollar_test_verdicts(defense, offense, side, phrase):
    result = dollar_test(defense, offense)
    assert result.advantage == side
    assert phrase in result.verdict and result.verdict.endswith(".")


def test_parity_survives_round_off():
    assert dollar_test(0.1 * 3, 0.3).advantage == NEITHER
    assert advantage(1 + 1e-12) == NEITHER
    assert advantage(1 + 1e-6) == DEFENSE


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: cost_ratio_balance(0, 1), "attack_cost"),
        (lambda: cost_ratio_balance(1, -2), "defense_cost"),
        (lambda: cost_ratio_balance(math.nan, 1), "attack_cost"),
        (lambda: cost_ratio_balance(1, "2"), "defense_cost"),
        (lambda: cost_ratio_balance(1e300, 1e-300), "attack_cost / defense_cost"),
        (lambda: cost_ratio_balance(1e-300, 1e300), "attack_cost / defense_cost"),
        (lambda: defense_dollars_per_offense_dollar(math.inf), "balance"),
        (lambda: defense_dollars_per_offense_dollar(5e-324), "balance"),
        (lambda: advantage(0), "balance"),
        (lambda: advantage([1.0]), "balance"),
        (lambda: dollar_test(True), "defense_spending"),
        (lambda: dollar_test(1, -1), "offense_spending"),
        (lambda: dollar_test(1e-300, 1e300), "defense_spending / offense_spending"),
    ],
)
def test_balance_bad_input(call, name):
    with pytest.raises(ValueError, match=name.replace("/", r"\/")):
        call()


# --- contest success functions ---------------------------------------------------------------


@pytest.mark.parametrize("contest", CONTESTS)
@given(x=effort, y=effort, m=decisiveness)
def test_contest_is_a_symmetric_probability(contest, x, y, m):
    p = contest(x, y, m)
    assert 0.0 <= p <= 1.0
    assert p + contest(y, x, m) == pytest.approx(1.0, abs=1e-12)
    if x == y:
        assert p == 0.5


@pytest.mark.parametrize("contest", CONTESTS)
@given(x=effort, extra=effort, y=effort, m=decisiveness)
def test_contest_rises_with_own_effort(contest, x, extra, y, m):
    assert contest(x + extra, y, m) >= contest(x, y, m)
    assert contest(y, x + extra, m) <= contest(y, x, m)


@given(x=positive, y=positive, m=decisiveness, scale=st.floats(0.01, 100))
def test_tullock_depends_only_on_the_ratio(x, y, m, scale):
    assert tullock_win_probability(scale * x, scale * y, m) == pytest.approx(
        tullock_win_probability(x, y, m), abs=1e-12
    )


@given(x=st.floats(1e-3, 1e3), y=st.floats(1e-3, 1e3), m=st.floats(0.05, 5))
def test_tullock_matches_the_textbook_formula(x, y, m):
    assert tullock_win_probability(x, y, m) == pytest.approx(x**m / (x**m + y**m), rel=1e-12)


@given(x=effort, y=effort, shift=effort, k=decisiveness)
def test_hirshleifer_depends_only_on_the_difference(x, y, shift, k):
    assert hirshleifer_win_probability(x + shift, y + shift, k) == pytest.approx(
        hirshleifer_win_probability(x, y, k), abs=1e-9
    )


def test_contest_edge_cases_are_defined():
    assert tullock_win_probability(0, 0) == 0.5
    assert tullock_win_probability(0, 5) == 0.0
    assert tullock_win_probability(5, 0, decisiveness=1e6) == 1.0
    assert tullock_win_probability(1e308, 1e-308, decisiveness=1e300) == 1.0
    assert hirshleifer_win_probability(1e308, 0, decisiveness=1e308) == 1.0
    assert hirshleifer_win_probability(0, 1e308, decisiveness=1e308) == 0.0
    assert hirshleifer_win_probability(0, 0) == 0.5


def test_contests_take_lists_elementwise():
    p = tullock_win_probability([0, 1, 2], 1)
    assert isinstance(p, np.ndarray)
    np.testing.assert_allclose(p, [0, 0.5, 2 / 3])
    q = hirshleifer_win_probability(np.array([1.0, 2.0]), np.array([1.0, 1.0]), 2)
    np.testing.assert_allclose(q, [0.5, 1 / (1 + math.exp(-2))])
    assert isinstance(tullock_win_probability(np.float64(2), np.array(1.0)), float)


@pytest.mark.parametrize("contest", CONTESTS)
@pytest.mark.parametrize(
    ("args", "name"),
    [
        ((-1, 1), "effort_1"),
        ((1, math.inf), "effort_2"),
        ((math.nan, 1), "effort_1"),
        (("1", 1), "effort_1"),
        ((1, None), "effort_2"),
        (([1, -2], 1), "effort_1"),
        (([1, 2], [1, 2, 3]), "effort_1 and effort_2"),
        (([[1, 2]], 1), "effort_1"),
        (([1, [2, 3]], 1), "effort_1"),
        ((1, 1, 0), "decisiveness"),
        ((1, 1, -2), "decisiveness"),
        ((1, 1, math.nan), "decisiveness"),
    ],
)
def test_contest_bad_input(contest, args, name):
    with pytest.raises(ValueError, match=name):
        contest(*args)


# --- Jervis's four worlds --------------------------------------------------------------------


def test_the_four_cells_match_jervis():
    labels = {(w.row, w.column): w.label for w in FOUR_WORLDS}
    assert labels == {
        (INDISTINGUISHABLE, OFFENSE_ADVANTAGE): "doubly dangerous",
        (INDISTINGUISHABLE, DEFENSE_ADVANTAGE): (
            "security dilemma, but security requirements may be compatible"
        ),
        (DISTINGUISHABLE, OFFENSE_ADVANTAGE): "no security dilemma, but aggression possible",
        (DISTINGUISHABLE, DEFENSE_ADVANTAGE): "doubly stable",
    }
    assert all(w.implication.endswith(".") and len(w.implication) > 40 for w in FOUR_WORLDS)


@given(st.booleans(), st.booleans())
def test_four_worlds_is_total_on_yes_no_answers(offense_leads, distinguishable):
    world = four_worlds(offense_leads, np.bool_(distinguishable))
    assert isinstance(world, World)
    assert (world.column == OFFENSE_ADVANTAGE) == offense_leads
    assert (world.row == DISTINGUISHABLE) == distinguishable


@given(balance=st.floats(1e-300, 1e300), d=unit, threshold=unit)
def test_world_from_measures_is_total_and_uses_the_documented_cuts(balance, d, threshold):
    world = world_from_measures(balance, d, threshold)
    assert world in FOUR_WORLDS
    defence_edge = balance > 1 and not math.isclose(balance, 1.0, rel_tol=1e-9)
    assert (world.column == DEFENSE_ADVANTAGE) == defence_edge
    assert (world.row == DISTINGUISHABLE) == (d > threshold)


@given(balance=st.floats(1e-3, 1e3), d=unit)
def test_more_defence_or_distinguishability_never_makes_a_world_worse(balance, d):
    def danger(world):
        return (world.column == OFFENSE_ADVANTAGE) + (world.row == INDISTINGUISHABLE)

    assume(balance * 2 < 1e300)
    base = danger(world_from_measures(balance, d))
    assert danger(world_from_measures(balance * 2, d)) <= base
    assert danger(world_from_measures(balance, min(1.0, d + 0.3))) <= base


def test_world_boundaries():
    assert world_from_measures(1.0, 0.9).column == OFFENSE_ADVANTAGE  # parity: offence column
    assert world_from_measures(2.0, 0.5).row == INDISTINGUISHABLE  # d = threshold
    assert world_from_measures(2.0, 0.5, threshold=0.4).label == "doubly stable"
    assert world_from_measures(0.5, 1.0, threshold=1.0).label == "doubly dangerous"


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: four_worlds("yes", True), "offense_advantage"),
        (lambda: four_worlds(True, 1), "distinguishable"),
        (lambda: four_worlds(None, False), "offense_advantage"),
        (lambda: world_from_measures(0, 0.5), "balance"),
        (lambda: world_from_measures(math.nan, 0.5), "balance"),
        (lambda: world_from_measures(2, 1.5), "distinguishability"),
        (lambda: world_from_measures(2, -0.1), "distinguishability"),
        (lambda: world_from_measures(2, "high"), "distinguishability"),
        (lambda: world_from_measures(2, 0.5, threshold=2), "threshold"),
        (lambda: world_from_measures(2, 0.5, threshold=math.inf), "threshold"),
    ],
)
def test_four_worlds_bad_input(call, name):
    with pytest.raises(ValueError, match=name):
        call()
