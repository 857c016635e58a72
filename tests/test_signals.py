"""Tests of dilemma_lib.models.signals: beliefs from arms, costly signals, verification."""

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dilemma_lib.models.games import SymmetricGame, cooperation_threshold
from dilemma_lib.models.signals import (
    GREEDY,
    SECURITY_SEEKER,
    SeparatingRange,
    belief_path,
    cheating_detection_probability,
    cooperates,
    inspections_needed,
    offensive_look_probabilities,
    posterior_after_arming,
    posterior_after_observations,
    separates,
    separating_range,
    signalling_gains,
    simulate_observations,
)

unit = st.floats(min_value=0.0, max_value=1.0)
inner = st.floats(min_value=0.01, max_value=0.99)  # strictly inside (0, 1)
observations = st.lists(st.booleans(), max_size=30)
gain = st.floats(min_value=-10.0, max_value=10.0)
STAG_HUNT = SymmetricGame(CC=4, DC=3, DD=2, CD=1)
PRISONERS_DILEMMA = SymmetricGame(CC=3, DC=4, DD=2, CD=1)

# --- beliefs from arms -----------------------------------------------------------------------


@given(d=unit, q=unit)
def test_the_likelihood_model(d, q):
    seeker, greedy = offensive_look_probabilities(d, q)
    assert greedy == q and seeker == pytest.approx(q * (1 - d))
    assert 0.0 <= seeker <= greedy <= 1.0


@given(prior=unit, d=unit, q=inner, seen=observations)
def test_beliefs_stay_probabilities(prior, d, q, seen):
    path = belief_path(prior, d, seen, q)
    assert path.shape == (len(seen) + 1,)
    assert path[0] == prior
    assert np.all((path >= 0.0) & (path <= 1.0))
    assert posterior_after_observations(prior, d, seen, q) == path[-1]


@given(prior=unit, q=inner, seen=observations)
def test_indistinguishable_arms_teach_nothing(prior, q, seen):
    assert np.all(belief_path(prior, 0.0, seen, q) == prior)
    assert posterior_after_arming(prior, 0.0, looks_offensive=True, greedy_offense_rate=q) == prior


@given(prior=inner, d=unit)
def test_offensive_arming_follows_the_closed_form(prior, d):
    expected = prior * (1 - d) / (prior * (1 - d) + 1 - prior)
    assert posterior_after_arming(prior, d) == pytest.approx(expected, rel=1e-12, abs=1e-15)


@given(prior=inner, d=unit, q=inner)
def test_offensive_looks_lower_trust_and_defensive_looks_raise_it(prior, d, q):
    assert posterior_after_arming(prior, d, True, q) <= prior + 1e-15
    assert posterior_after_arming(prior, d, False, q) >= prior - 1e-15
    sharper = min(1.0, d + 0.2)
    assert posterior_after_arming(prior, sharper, True, q) <= (
        posterior_after_arming(prior, d, True, q) + 1e-15
    )


@given(prior=inner, d=unit, q=inner, seen=st.lists(st.booleans(), min_size=1, max_size=8))
def test_updating_one_observation_at_a_time_gives_the_same_belief(prior, d, q, seen):
    belief = prior
    for look in seen:
        belief = posterior_after_arming(belief, d, look, q)
    assert belief == pytest.approx(posterior_after_observations(prior, d, seen, q), abs=1e-9)


@pytest.mark.parametrize(("true_type", "truth"), [(SECURITY_SEEKER, 1.0), (GREEDY, 0.0)])
@settings(max_examples=30)  # each example simulates 50 runs of 200 observations
@given(prior=st.floats(0.05, 0.95), d=st.floats(0.2, 1.0), q=st.floats(0.2, 0.9))
def test_evidence_moves_the_belief_towards_the_truth(true_type, truth, prior, d, q):
    rng = np.random.default_rng(12345)
    finals = [
        posterior_after_observations(prior, d, simulate_observations(true_type, d, 200, rng, q), q)
        for _ in range(50)
    ]
    assert abs(np.mean(finals) - truth) < abs(prior - truth)


def test_long_evidence_settles_the_question():
    for true_type, truth in ((SECURITY_SEEKER, 1.0), (GREEDY, 0.0)):
        seen = simulate_observations(true_type, 0.5, 2000, seed=7)
        assert posterior_after_observations(0.5, 0.5, seen) == pytest.approx(truth, abs=1e-6)


def test_simulated_rates_and_reproducibility():
    seen = simulate_observations(SECURITY_SEEKER, 0.5, 20000, seed=3, greedy_offense_rate=0.6)
    assert seen.mean() == pytest.approx(0.3, abs=0.02)
    np.testing.assert_array_equal(seen, simulate_observations(SECURITY_SEEKER, 0.5, 20000, 3, 0.6))
    assert simulate_observations(GREEDY, 0.5, 0).shape == (0,)
    assert simulate_observations(GREEDY, 0.5, 3, seed=None).dtype == bool


def test_decisive_evidence_and_certain_priors():
    assert posterior_after_arming(0.9, 1.0) == 0.0  # d = 1: only greedy states look offensive
    assert posterior_after_arming(0.1, 0.5, False, greedy_offense_rate=1.0) == 1.0
    assert posterior_after_observations(1.0, 0.5, [True, False]) == 1.0
    assert posterior_after_observations(0.0, 0.5, [False]) == 0.0
    assert posterior_after_observations(0.3, 0.5, []) == 0.3
    assert posterior_after_observations(0.3, 0.5, np.array([True, False])) == pytest.approx(
        posterior_after_observations(0.3, 0.5, (False, True))
    )


# --- costly signals and cooperation -------------------------------------------------------


@given(gain, gain)
def test_a_separating_range_exists_exactly_when_the_condition_holds(g_trust, g_untrust):
    result = separating_range(g_trust, g_untrust)
    assert isinstance(result, SeparatingRange)
    assert result.exists == (g_trust > max(g_untrust, 0.0))
    if result.exists:
        assert (result.lowest, result.highest) == (max(g_untrust, 0.0), g_trust)
        midpoint = (result.lowest + result.highest) / 2
        assume(result.lowest < midpoint < result.highest)
        assert separates(midpoint, g_trust, g_untrust)
    else:
        assert result.lowest is None and result.highest is None


@given(st.floats(0.0, 20.0), gain, gain)
def test_a_separating_cost_lies_in_the_range(cost, g_trust, g_untrust):
    result = separating_range(g_trust, g_untrust)
    if separates(cost, g_trust, g_untrust):
        assert result.exists and g_untrust < cost < g_trust
        assert result.lowest <= cost < result.highest
    elif result.exists:
        assert not result.lowest < cost < result.highest


def test_separation_edges():
    assert separates(0, gain_trustworthy=2, gain_untrustworthy=-1)  # free signal works
    assert not separates(0, gain_trustworthy=2, gain_untrustworthy=0)  # indifferent mimic
    assert not separates(2, gain_trustworthy=2, gain_untrustworthy=1)  # indifferent signaller
    assert separating_range(2, 2).exists is False


def test_gains_are_read_off_the_two_games():
    assert signalling_gains(STAG_HUNT, PRISONERS_DILEMMA) == (2.0, 2.0)
    tempting = SymmetricGame(CC=3, DC=6, DD=1, CD=0)
    gains = signalling_gains(SymmetricGame(CC=5, DC=3, DD=1, CD=0), tempting)
    assert gains == (4.0, 5.0) and not separating_range(*gains).exists
    assert signalling_gains(STAG_HUNT.bimatrix, PRISONERS_DILEMMA) == (2.0, 2.0)


@given(unit, st.integers(-3, 6), st.integers(-3, 6), st.integers(-3, 6), st.integers(-3, 6))
def test_cooperation_needs_the_belief_to_reach_p_star(belief, cc, dc, dd, cd):
    game = SymmetricGame(CC=cc, DC=dc, DD=dd, CD=cd)
    threshold = cooperation_threshold(game)
    assert cooperates(belief, game) == (threshold is not None and belief >= threshold)


def test_cooperation_examples():
    assert cooperates(0.5, STAG_HUNT) and not cooperates(0.49, STAG_HUNT)
    assert not cooperates(1.0, PRISONERS_DILEMMA)


# --- verification ----------------------------------------------------------------------------


@given(st.integers(0, 200), st.integers(0, 200), unit, unit)
def test_detection_rises_with_inspections_and_their_quality(n1, n2, q1, q2):
    n_low, n_high = sorted((n1, n2))
    q_low, q_high = sorted((q1, q2))
    for q in (q_low, q_high):
        p = cheating_detection_probability(n_low, q)
        assert 0.0 <= p <= cheating_detection_probability(n_high, q) <= 1.0
        assert p == pytest.approx(1 - (1 - q) ** n_low, abs=1e-12)
    assert cheating_detection_probability(n_low, q_low) <= cheating_detection_probability(
        n_low, q_high
    )


@given(st.floats(0.0, 0.999999), st.floats(1e-4, 1.0))
def test_inspections_needed_is_the_smallest_enough(target, q):
    n = inspections_needed(target, q)
    assert cheating_detection_probability(n, q) >= target
    if n > 0:
        assert cheating_detection_probability(n - 1, q) < target


def test_inspection_edges():
    assert cheating_detection_probability(0, 1.0) == 0.0
    assert cheating_detection_probability(4, 1.0) == 1.0
    assert cheating_detection_probability(10**6, 0.0) == 0.0
    assert inspections_needed(0.0, 0.0) == 0
    assert inspections_needed(0.9, 0.0) is None
    assert inspections_needed(1.0, 0.3) is None
    assert inspections_needed(1.0, 1.0) == 1
    assert inspections_needed(0.5, 0.5) == 1
    assert inspections_needed(0.99, 1e-9) > 10**9


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: offensive_look_probabilities(1.5), "distinguishability"),
        (lambda: offensive_look_probabilities(0.5, -0.1), "greedy_offense_rate"),
        (lambda: offensive_look_probabilities(math.nan), "distinguishability"),
        (lambda: belief_path(1.2, 0.5, [True]), "prior"),
        (lambda: belief_path(math.inf, 0.5, [True]), "prior"),
        (lambda: belief_path("half", 0.5, [True]), "prior"),
        (lambda: belief_path(0.5, 0.5, "TTF"), "observations"),
        (lambda: belief_path(0.5, 0.5, [1, 0]), "observations"),
        (lambda: belief_path(0.5, 0.5, [[True]]), "observations"),
        (lambda: belief_path(0.5, 0.5, np.array([[True, False]])), "observations"),
        (lambda: belief_path(0.5, 0.5, True), "observations"),
        (lambda: belief_path(0.5, 0.0, [False], 1.0), "impossible for both types"),
        (lambda: belief_path(0.5, 1.0, [True], 0.0), "impossible for both types"),
        (lambda: belief_path(0.5, 1.0, [True, False], 1.0), "contradict"),
        (lambda: belief_path(1.0, 1.0, [True]), "prior"),
        (lambda: posterior_after_observations(0.5, -1, [True]), "distinguishability"),
        (lambda: posterior_after_arming(0.5, 0.5, "yes"), "looks_offensive"),
        (lambda: posterior_after_arming(0.5, 0.5, 1), "looks_offensive"),
        (lambda: posterior_after_arming(0.5, 0.5, True, 2), "greedy_offense_rate"),
        (lambda: simulate_observations("hawk", 0.5, 3), "true_type"),
        (lambda: simulate_observations(["greedy"], 0.5, 3), "true_type"),
        (lambda: simulate_observations(GREEDY, 0.5, -1), "rounds"),
        (lambda: simulate_observations(GREEDY, 0.5, 2.5), "rounds"),
        (lambda: simulate_observations(GREEDY, 0.5, 10**9), "rounds"),
        (lambda: simulate_observations(GREEDY, 0.5, 3, seed=-1), "seed"),
        (lambda: simulate_observations(GREEDY, 0.5, 3, seed="abc"), "seed"),
        (lambda: simulate_observations(GREEDY, 2, 3), "distinguishability"),
        (lambda: signalling_gains("stag hunt", PRISONERS_DILEMMA), "trustworthy_game"),
        (lambda: signalling_gains(STAG_HUNT, [[1, 2]]), "untrustworthy_game"),
        (lambda: separating_range(math.nan, 1), "gain_trustworthy"),
        (lambda: separating_range(1, "2"), "gain_untrustworthy"),
        (lambda: separates(-1, 2, 1), "cost"),
        (lambda: separates(math.inf, 2, 1), "cost"),
        (lambda: separates(1, None, 1), "gain_trustworthy"),
        (lambda: separates(1, 2, math.nan), "gain_untrustworthy"),
        (lambda: cooperates(1.1, STAG_HUNT), "belief"),
        (lambda: cooperates(0.5, "stag hunt"), "game"),
        (lambda: cheating_detection_probability(-1, 0.5), "inspections"),
        (lambda: cheating_detection_probability(1.5, 0.5), "inspections"),
        (lambda: cheating_detection_probability(2, 1.5), "detection_rate"),
        (lambda: cheating_detection_probability(2, math.nan), "detection_rate"),
        (lambda: inspections_needed(-0.1, 0.5), "target"),
        (lambda: inspections_needed(0.5, "0.5"), "detection_rate"),
        (lambda: inspections_needed(0.5, 5e-324), "detection_rate"),
    ],
)
def test_bad_input(call, name):
    with pytest.raises(ValueError, match=name):
        call()
