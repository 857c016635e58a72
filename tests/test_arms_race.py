"""Tests of dilemma_lib.models.arms_race: Richardson's model solved exactly, and its cost."""

import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from scipy.integrate import solve_ivp

from dilemma_lib.models.arms_race import (
    DISARMAMENT,
    OUTCOMES,
    RUNAWAY_RACE,
    STABLE_RACE,
    RichardsonModel,
    classify,
    cumulative_cost,
    eigenvalues,
    equilibrium,
    is_stable,
    long_run_levels,
    model_from_balance,
    rates_of_change,
    reactions_from_balance,
    trajectory,
)

reaction = st.floats(min_value=0.0, max_value=4.0)
fatigue = st.floats(min_value=0.1, max_value=4.0)
grievance = st.floats(min_value=-5.0, max_value=5.0)
level = st.floats(min_value=-10.0, max_value=10.0)
models = st.builds(RichardsonModel, reaction, reaction, fatigue, fatigue, grievance, grievance)
starts = st.tuples(level, level)


def relative_determinant(m):
    return m.determinant / max(m.a * m.b, m.k * m.l)


# --- equilibrium, eigenvalues and stability --------------------------------------------------


@given(models)
def test_equilibrium_is_a_rest_point(m):
    point = equilibrium(m)
    assume(point is not None)
    scale = 1 + np.abs(m.matrix) @ np.abs(point) + abs(m.g) + abs(m.h)
    assert np.all(np.abs(rates_of_change(m, point)) <= 1e-9 * scale)


@given(models)
def test_stability_is_richardsons_condition_and_matches_the_eigenvalues(m):
    assume(abs(relative_determinant(m)) > 1e-9)
    assert is_stable(m) == (m.a * m.b > m.k * m.l)
    numeric = np.sort(np.linalg.eigvals(m.matrix))[::-1]
    assert np.all(np.isreal(numeric))
    np.testing.assert_allclose(eigenvalues(m), numeric.real, rtol=1e-9, atol=1e-12)
    assert is_stable(m) == (max(numeric.real) < 0)


@given(models, starts)
def test_a_stable_race_converges_to_its_equilibrium(m, start):
    assume(relative_determinant(m) > 1e-3)
    slowest = eigenvalues(m)[0]
    late = trajectory(m, start, 40.0 / abs(slowest))
    np.testing.assert_allclose(late, equilibrium(m), rtol=1e-6, atol=1e-6)
    assert long_run_levels(m, start) == equilibrium(m)


def test_borderline_models_have_no_single_equilibrium():
    m = RichardsonModel(k=2, l=0.5, a=1, b=1, g=1, h=1)
    assert equilibrium(m) is None
    assert not is_stable(m)
    assert eigenvalues(m)[0] == 0.0


# --- the exact solution ----------------------------------------------------------------------


@given(models, starts, st.floats(min_value=0.05, max_value=3.0))
def test_the_exact_solution_satisfies_the_ode(m, start, t):
    step = 1e-5
    before, now, after = trajectory(m, start, [t - step, t, t + step])
    slope = (after - before) / (2 * step)
    expected = rates_of_change(m, now)
    np.testing.assert_allclose(slope, expected, rtol=1e-5, atol=1e-5 * (1 + np.abs(now).max()))
    np.testing.assert_array_equal(trajectory(m, start, 0.0), start)


@pytest.mark.parametrize(
    "m",
    [
        RichardsonModel(1, 1, 2, 2, 1, 1),  # stable
        RichardsonModel(3, 3, 2, 2, -1, 1),  # runaway
        RichardsonModel(0, 1, 1, 1, 1, 0),  # a = b, k = 0: a defective matrix
        RichardsonModel(2, 0.5, 1, 1, 0.3, -0.7),  # a*b = k*l
    ],
)
def test_the_exact_solution_matches_a_tight_numerical_solver(m):
    times = np.linspace(0, 4, 41)
    start = [1.0, -0.5]
    reference = solve_ivp(
        lambda _, z: m.matrix @ z + m.grievances, (0, 4), start, t_eval=times,
        rtol=1e-11, atol=1e-11,
    )
    exact = trajectory(m, start, times)
    np.testing.assert_allclose(exact, reference.y.T, rtol=1e-8, atol=1e-8)


def test_times_may_come_in_any_order_and_repeat():
    m = RichardsonModel(1, 1, 2, 2, 1, 1)
    times = [3.0, 0.5, 3.0, 0.0, 1.25]
    shuffled = trajectory(m, [2, 0], times)
    for t, row in zip(times, shuffled, strict=True):
        np.testing.assert_allclose(row, trajectory(m, [2, 0], t), rtol=1e-12)
    assert trajectory(m, [2, 0], np.float64(1.0)).shape == (2,)
    assert trajectory(m, [2, 0], np.array([1.0])).shape == (1, 2)


def test_rates_of_change_on_a_grid():
    m = RichardsonModel(k=1, l=2, a=3, b=4, g=5, h=6)
    grid = np.array([[0.0, 0.0], [1.0, 1.0]])
    np.testing.assert_array_equal(rates_of_change(m, grid), [[5, 6], [3, 4]])


# --- long-run behaviour and the outcome names ------------------------------------------------


@given(models, starts)
def test_classify_names_the_long_run(m, start):
    x, y = long_run_levels(m, start)
    outcome = classify(m, start)
    assert outcome in OUTCOMES
    assert (outcome == RUNAWAY_RACE) == (x == math.inf)
    if is_stable(m):
        assert outcome == (DISARMAMENT if max(equilibrium(m)) <= 0 else STABLE_RACE)
    else:
        assert outcome != STABLE_RACE or (math.isfinite(x) and max(x, y) > 0)


@given(models, starts)
def test_an_unstable_race_runs_the_way_long_run_levels_says(m, start):
    assume(relative_determinant(m) < -1e-3)
    x, y = long_run_levels(m, start)
    assume(math.isinf(x))
    growth = eigenvalues(m)[0]
    late = trajectory(m, start, 30.0 / growth)
    assume(np.abs(late).min() > 100 * (1 + np.abs(equilibrium(m)).max()))
    assert np.all(np.sign(late) == np.sign([x, y]))


def test_runaway_direction_and_knife_edges():
    up = RichardsonModel(k=3, l=3, a=2, b=2, g=1, h=1)
    assert classify(up) == RUNAWAY_RACE
    assert classify(up, initial=[-5, -5]) == DISARMAMENT  # Richardson's other runaway
    saddle = equilibrium(up)
    assert long_run_levels(up, saddle) == pytest.approx(saddle)
    assert classify(up, saddle) == DISARMAMENT  # the saddle (-1, -1) is below zero


@pytest.mark.parametrize(
    ("g", "h", "outcome"),
    [(1, 1, RUNAWAY_RACE), (-1, -1, DISARMAMENT), (1, -1, STABLE_RACE), (0, 0, DISARMAMENT)],
)
def test_borderline_a_b_equal_k_l(g, h, outcome):
    m = RichardsonModel(k=1, l=1, a=1, b=1, g=g, h=h)
    assert classify(m) == outcome
    x, y = long_run_levels(m)
    if math.isfinite(x):  # a point on the line of equilibria, reached by the exact path
        np.testing.assert_allclose(trajectory(m, [0, 0], 60.0), [x, y], atol=1e-9)


# --- Glaser's third mechanism: the running cost ----------------------------------------------


@given(models, starts, st.lists(st.floats(0.0, 3.0), min_size=1, max_size=6))
def test_the_running_cost_never_falls(m, start, times):
    times = sorted(times)
    cost = cumulative_cost(m, start, times)
    assert cost.shape == (len(times), 2)
    assert np.all(cost >= 0)
    assert np.all(np.diff(cost, axis=0) >= -1e-12 * (1 + np.abs(cost).max()))


@given(models, starts)
def test_the_running_cost_integrates_the_clipped_exact_path(m, start):
    fine = np.linspace(0.0, 3.0, 1501)
    spending = np.clip(trajectory(m, start, fine), 0.0, None)
    reference = np.trapezoid(spending, fine, axis=0)
    cost = cumulative_cost(m, start, 3.0)
    np.testing.assert_allclose(cost, reference, rtol=1e-4, atol=1e-4)


def test_non_negative_spending_is_the_plain_integral():
    m = RichardsonModel(k=1, l=1, a=2, b=2, g=1, h=1)
    # from x0 = (1, 1), the equilibrium: spend 1 per unit of time each
    np.testing.assert_allclose(cumulative_cost(m, [1, 1], [0, 2, 5]), [[0, 0], [2, 2], [5, 5]])
    assert cumulative_cost(m, [0, 0], 0.0).tolist() == [0.0, 0.0]


def test_negative_levels_cost_nothing():
    m = RichardsonModel(k=0, l=0, a=1, b=1, g=-1, h=-1)
    assert cumulative_cost(m, [-1, -1], 4.0).tolist() == [0.0, 0.0]


# --- the course's link to the offense-defense balance ----------------------------------------


@given(st.floats(1e-6, 1e6), st.floats(1e-6, 1e6))
def test_reactions_are_inverse_balances(b1, b2):
    k, l = reactions_from_balance(b1, b2)  # noqa: E741
    assert k == pytest.approx(1 / b1) and l == pytest.approx(1 / b2)


@given(st.floats(0.1, 10), st.floats(0.1, 10))
def test_unit_fatigue_is_stable_exactly_when_b1_b2_exceeds_one(b1, b2):
    assume(abs(b1 * b2 - 1) > 1e-6)
    assert is_stable(model_from_balance(b1, b2)) == (b1 * b2 > 1)


# --- bad input -------------------------------------------------------------------------------

GOOD = {"k": 1.0, "l": 1.0, "a": 2.0, "b": 2.0, "g": 1.0, "h": 1.0}
MODEL = RichardsonModel(**GOOD)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("k", -0.1), ("l", math.nan), ("a", 0.0), ("b", -1.0), ("g", math.inf),
        ("h", "1"), ("k", 2e6), ("a", None), ("g", -2e6), ("l", True),
    ],
)
def test_model_bad_coefficients(name, value):
    with pytest.raises(ValueError, match=f"^{name} must"):
        RichardsonModel(**{**GOOD, name: value})


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: equilibrium("model"), "model"),
        (lambda: is_stable(None), "model"),
        (lambda: eigenvalues((1, 1, 2, 2, 1, 1)), "model"),
        (lambda: rates_of_change(MODEL, [1, 2, 3]), "levels"),
        (lambda: rates_of_change(MODEL, [[1, 2, 3]]), "levels"),
        (lambda: rates_of_change(MODEL, [1, math.nan]), "levels"),
        (lambda: rates_of_change(MODEL, [[1, 2], [3]]), "levels"),
        (lambda: rates_of_change(MODEL, "1, 2"), "levels"),
        (lambda: trajectory(MODEL, [1], [0, 1]), "initial"),
        (lambda: trajectory(MODEL, [1, "a"], [0, 1]), "initial"),
        (lambda: trajectory(MODEL, [1, math.inf], [0, 1]), "initial"),
        (lambda: trajectory(MODEL, [0, 0], [-1, 1]), "times"),
        (lambda: trajectory(MODEL, [0, 0], [[0, 1]]), "times"),
        (lambda: trajectory(MODEL, [0, 0], math.nan), "times"),
        (lambda: trajectory(MODEL, [0, 0], "soon"), "times"),
        (lambda: trajectory(MODEL, [0, 0], []), "times"),
        (lambda: trajectory(RichardsonModel(3, 3, 2, 2, 1, 1), [0, 0], 1000.0), "times"),
        (lambda: trajectory(MODEL, [0, 0], 1e308), "times"),
        (lambda: long_run_levels(MODEL, [0, 0, 0]), "initial"),
        (lambda: classify(MODEL, "zero"), "initial"),
        (lambda: classify(3), "model"),
        (lambda: cumulative_cost(MODEL, [0, 0], -1), "times"),
        (lambda: cumulative_cost(MODEL, [0, math.nan], 1), "initial"),
        (lambda: cumulative_cost(RichardsonModel(3, 3, 2, 2, 1, 1), [0, 0], 1e3), "times"),
        (lambda: cumulative_cost([1, 2], [0, 0], 1), "model"),
        (lambda: reactions_from_balance(0, 1), "balance_1"),
        (lambda: reactions_from_balance(1, 1e-7), "balance_2"),
        (lambda: reactions_from_balance(1, math.inf), "balance_2"),
        (lambda: reactions_from_balance("1", 1), "balance_1"),
        (lambda: model_from_balance(2, 2, a=0), "a"),
        (lambda: model_from_balance(2, 2, h=math.nan), "h"),
    ],
)
def test_bad_input(call, name):
    with pytest.raises(ValueError, match=name):
        call()
