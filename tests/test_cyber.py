"""Tests of dilemma_lib.models.cyber: closed forms, monotonicity, game links and bad input."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dilemma_lib.models import cyber, games

unit = st.floats(min_value=0.0, max_value=1.0, allow_nan=False, allow_infinity=False)
inner = st.floats(min_value=0.01, max_value=0.99, allow_nan=False, allow_infinity=False)
chance_lists = st.lists(unit, min_size=1, max_size=12)
counts = st.integers(min_value=0, max_value=60)
positive = st.floats(min_value=0.01, max_value=100.0, allow_nan=False, allow_infinity=False)
non_negative = st.floats(min_value=0.0, max_value=100.0, allow_nan=False, allow_infinity=False)

AT_LEAST_ONE = [cyber.breach_probability, cyber.detection_probability]


# --- 1. breach and detection ----------------------------------------------------------------


@pytest.mark.parametrize("at_least_one", AT_LEAST_ONE)
@given(p=unit, n=counts)
def test_single_chance_stays_a_probability_and_grows_with_attempts(at_least_one, p, n):
    assert 0.0 <= at_least_one(p, n) <= at_least_one(p, n + 1) <= 1.0


@pytest.mark.parametrize("at_least_one", AT_LEAST_ONE)
@given(chances=chance_lists, extra=unit)
def test_list_stays_a_probability_and_grows_with_each_added_attempt(at_least_one, chances, extra):
    assert 0.0 <= at_least_one(chances) <= at_least_one([*chances, extra]) <= 1.0


@pytest.mark.parametrize("at_least_one", AT_LEAST_ONE)
@given(chances=chance_lists, index=st.integers(0, 11), bump=unit)
def test_raising_one_chance_never_lowers_the_total(at_least_one, chances, index, bump):
    index %= len(chances)
    raised = list(chances)
    raised[index] = chances[index] + (1.0 - chances[index]) * bump
    assert at_least_one(raised) >= at_least_one(chances)


@pytest.mark.parametrize("at_least_one", AT_LEAST_ONE)
@given(p=unit, n=st.integers(1, 40))
def test_equal_chances_give_the_closed_form(at_least_one, p, n):
    expected = 1.0 - (1.0 - p) ** n
    assert at_least_one([p] * n) == pytest.approx(expected, abs=1e-12)
    assert at_least_one(np.full(n, p)) == pytest.approx(expected, abs=1e-12)
    assert at_least_one(p, n) == expected


def test_worked_values_and_edge_cases():
    assert cyber.breach_probability(0.3) == pytest.approx(0.3)
    assert cyber.breach_probability(0.3, n=0) == 0.0
    assert cyber.breach_probability(np.float64(0.5), n=2.0) == 0.75
    assert cyber.breach_probability(np.array(0.5), n=2) == 0.75
    assert cyber.breach_probability((0.2, 1.0)) == 1.0
    assert cyber.detection_probability([0.0, 0.0]) == 0.0
    assert cyber.breach_probability(1e-3, n=10_000) > 0.9999  # small chances add up


@given(p=chance_lists, q=chance_lists, bump=unit)
def test_undetected_intrusion_rises_with_entry_and_falls_with_detection(p, q, bump):
    base = cyber.undetected_intrusion_probability(p, q)
    assert 0.0 <= base <= 1.0
    assert base == pytest.approx(
        cyber.breach_probability(p) * (1.0 - cyber.detection_probability(q)), abs=1e-12
    )
    assert cyber.undetected_intrusion_probability([*p, bump], q) >= base
    assert cyber.undetected_intrusion_probability(p, [*q, bump]) <= base


def test_undetected_intrusion_with_counts():
    assert cyber.undetected_intrusion_probability(0.5, 0.5, n=1, k=1) == 0.25
    assert cyber.undetected_intrusion_probability(0.5, 0.5, n=2, k=0) == 0.75


# --- 2. asymmetric vulnerability ------------------------------------------------------------

game_parameters = st.fixed_dictionaries(
    {"damage": non_negative, "gain": non_negative, "attack_cost": non_negative}
)


@given(d_low=unit, d_high=unit, d_other=unit, parameters=game_parameters)
def test_restraint_gain_grows_with_own_dependence(d_low, d_high, d_other, parameters):
    d_low, d_high = sorted((d_low, d_high))
    low, _ = cyber.restraint_gains(d_low, d_other, **parameters)
    high, _ = cyber.restraint_gains(d_high, d_other, **parameters)
    _, low_as_column = cyber.restraint_gains(d_other, d_low, **parameters)
    _, high_as_column = cyber.restraint_gains(d_other, d_high, **parameters)
    assert high >= low
    assert high_as_column >= low_as_column


@given(d1=unit, d2=unit, parameters=game_parameters)
def test_restraint_gain_matches_its_closed_form(d1, d2, parameters):
    damage, gain, cost = parameters["damage"], parameters["gain"], parameters["attack_cost"]
    first, second = cyber.restraint_gains(d1, d2, **parameters)
    assert first == pytest.approx(damage * d1 + cost - gain * d2, abs=1e-9)
    assert second == pytest.approx(damage * d2 + cost - gain * d1, abs=1e-9)


@given(d=unit, parameters=game_parameters)
def test_equal_dependence_gives_a_symmetric_game_that_can_be_classified(d, parameters):
    row, column = cyber.cyber_restraint_game(d, d, **parameters)
    assert np.array_equal(column, row.T)
    assert games.classify((row, column)) in games.GAME_TYPES


@given(d1=unit, d2=unit, parameters=game_parameters)
def test_the_game_is_a_valid_bimatrix_with_a_pure_equilibrium(d1, d2, parameters):
    bimatrix = cyber.cyber_restraint_game(d1, d2, **parameters)
    assert all(m.shape == (2, 2) for m in bimatrix)
    assert games.pure_equilibria(bimatrix)  # each state has a (weakly) dominant action


@pytest.mark.parametrize(
    ("d", "attack_cost", "name"),
    [
        (0.9, 0.5, games.PRISONERS_DILEMMA),  # networked pair: both would rather restrain
        (0.9, 3.0, games.HARMONY),  # attacking costs more than it yields
        (0.5, 0.0, games.DEADLOCK),  # yield of attacking above the harm of being attacked
    ],
)
def test_named_games(d, attack_cost, name):
    gain = 6.0 if name == games.DEADLOCK else 2.0
    bimatrix = cyber.cyber_restraint_game(d, d, gain=gain, attack_cost=attack_cost)
    assert games.classify(bimatrix) == name


def test_networked_state_against_a_less_wired_one():
    """The source article's asymmetry: the less wired state attacks a rich target, the
    networked state finds little worth hitting back at, and only it would gain from a
    restraint agreement."""
    bimatrix = cyber.cyber_restraint_game(0.9, 0.2)
    assert games.pure_equilibria(bimatrix) == [(cyber.RESTRAIN, cyber.ATTACK)]
    networked, less_wired = cyber.restraint_gains(0.9, 0.2)
    assert networked > 0 > less_wired
    assert len(games.nash_equilibria(bimatrix)) == 1


# --- 3. attribution -------------------------------------------------------------------------


@given(prior=unit, h=unit, f=unit)
def test_posterior_is_a_probability(prior, h, f):
    assume(prior * h + (1 - prior) * f > 0)
    assert 0.0 <= cyber.attribution_posterior(prior, h, f) <= 1.0


@given(prior=inner, h1=unit, h2=unit, f=inner)
def test_posterior_rises_with_detection_rate(prior, h1, h2, f):
    low, high = sorted((h1, h2))
    assert cyber.attribution_posterior(prior, high, f) >= cyber.attribution_posterior(
        prior, low, f
    )


@given(prior=inner, h=inner, f1=unit, f2=unit)
def test_posterior_falls_with_false_alarm_rate(prior, h, f1, f2):
    low, high = sorted((f1, f2))
    assert cyber.attribution_posterior(prior, h, high) <= cyber.attribution_posterior(
        prior, h, low
    )


@given(prior=unit, rate=st.floats(min_value=1e-6, max_value=1.0))
def test_an_uninformative_signal_leaves_the_prior(prior, rate):
    assert cyber.attribution_posterior(prior, rate, rate) == pytest.approx(prior, abs=1e-12)


def test_posterior_corner_cases():
    assert cyber.attribution_posterior(0.0, 0.9, 0.2) == 0.0
    assert cyber.attribution_posterior(1.0, 0.9, 0.2) == 1.0
    assert cyber.attribution_posterior(0.5, 0.0, 0.2) == 0.0
    assert cyber.attribution_posterior(0.5, 0.3, 0.0) == 1.0  # no false alarms: proof
    assert cyber.attribution_posterior(0.5, 0.8, 0.2) == pytest.approx(0.8)


@pytest.mark.parametrize(("prior", "h", "f"), [(0.0, 0.9, 0.0), (0.4, 0.0, 0.0), (1.0, 0.0, 0.5)])
def test_a_signal_that_cannot_fire_has_no_posterior(prior, h, f):
    with pytest.raises(ValueError, match="never fire"):
        cyber.attribution_posterior(prior, h, f)
    with pytest.raises(ValueError, match="never fire"):
        cyber.retaliation_value(prior, h, f)


@given(prior=inner, h1=inner, h2=inner, f1=inner, f2=inner, benefit=positive, cost=positive)
def test_retaliation_value_moves_in_the_documented_direction(
    prior, h1, h2, f1, f2, benefit, cost
):
    """Better detection and fewer false alarms never lower the value of retaliating."""
    h_low, h_high = sorted((h1, h2))
    f_low, f_high = sorted((f1, f2))

    def value(h: float, f: float) -> float:
        return cyber.retaliation_value(prior, h, f, benefit=benefit, cost=cost)

    assert value(h_high, f_low) >= value(h_low, f_low) >= value(h_low, f_high)
    assert value(h_high, f_low) >= value(h_high, f_high) >= value(h_low, f_high)
    assert -cost <= value(h1, f1) <= benefit + 1e-12


@given(prior=inner, h=inner, f=inner, benefit=positive, cost=positive)
def test_decision_rule_agrees_with_the_threshold(prior, h, f, benefit, cost):
    posterior = cyber.attribution_posterior(prior, h, f)
    threshold = cyber.retaliation_threshold(benefit, cost)
    assume(abs(posterior - threshold) > 1e-9)
    decision = cyber.should_retaliate(prior, h, f, benefit=benefit, cost=cost)
    assert decision == (posterior > threshold)
    assert decision == (cyber.retaliation_value(prior, h, f, benefit=benefit, cost=cost) > 0)


def test_an_indifferent_defender_holds_back():
    assert cyber.retaliation_value(0.5, 0.5, 0.5) == pytest.approx(0.0, abs=1e-12)
    assert cyber.should_retaliate(0.5, 0.5, 0.5) is False
    assert cyber.retaliation_threshold() == 0.5


@given(d_prime=st.floats(0.0, 6.0), t1=st.floats(-5.0, 5.0), t2=st.floats(-5.0, 5.0))
def test_signal_rates_trace_a_roc_curve(d_prime, t1, t2):
    low, high = sorted((t1, t2))
    h_low, f_low = cyber.signal_rates(d_prime, low)
    h_high, f_high = cyber.signal_rates(d_prime, high)
    assert 0.0 <= f_low <= 1.0 and 0.0 <= h_low <= 1.0
    assert h_low >= f_low  # never below chance when d' >= 0
    assert h_high <= h_low and f_high <= f_low  # a stricter threshold fires less often


@given(threshold=st.floats(-5.0, 5.0), prior=unit)
def test_zero_discriminability_is_an_uninformative_signal(threshold, prior):
    h, f = cyber.signal_rates(0.0, threshold)
    assert h == f
    assert cyber.attribution_posterior(prior, h, f) == pytest.approx(prior, abs=1e-12)


def test_signal_rates_known_values():
    h, f = cyber.signal_rates(1.0, 0.5)
    assert h == pytest.approx(0.6914624612740131)
    assert f == pytest.approx(0.3085375387259869)


# --- 4. Slayton balance ---------------------------------------------------------------------


@given(
    values=st.tuples(non_negative, non_negative, non_negative, non_negative),
    skills=st.tuples(positive, positive),
)
def test_balance_is_the_difference_of_net_utilities(values, skills):
    ov, oc, dv, dc = values
    balance = cyber.offense_defense_balance(
        ov, oc, dv, dc, offense_skill=skills[0], defense_skill=skills[1]
    )
    assert balance.offense_utility == pytest.approx(ov - oc / skills[0])
    assert balance.defense_utility == pytest.approx(dv - dc / skills[1])
    if balance.favours == cyber.OFFENSE:
        assert balance.margin > 0
    elif balance.favours == cyber.DEFENSE:
        assert balance.margin < 0
    else:
        assert balance.margin == pytest.approx(0.0, abs=1e-6)


@given(cost=positive, s1=positive, s2=positive)
def test_more_offensive_skill_never_lowers_offense_utility(cost, s1, s2):
    low, high = sorted((s1, s2))
    unskilled = cyber.offense_defense_balance(5, cost, 5, 1, offense_skill=low)
    skilled = cyber.offense_defense_balance(5, cost, 5, 1, offense_skill=high)
    assert skilled.offense_utility >= unskilled.offense_utility


def test_balance_ties_within_round_off():
    assert cyber.offense_defense_balance(0.3, 0.1, 0.2, 0.0).favours == cyber.NEITHER
    assert cyber.offense_defense_balance(10, 8, 10, 4).favours == cyber.DEFENSE


# --- bad input: every public function, every parameter --------------------------------------

BAD_PROBABILITIES = [math.nan, math.inf, -math.inf, -0.1, 1.1, "0.5", None, True, [0.5]]
BAD_NON_NEGATIVE = [math.nan, math.inf, -1.0, "2", None]
BAD_POSITIVE = [math.nan, math.inf, 0.0, -1.0, "2", None]


def _cases(function, good: dict, name: str, bad_values: list) -> list:
    return [
        pytest.param(function, {**good, name: bad}, name, id=f"{function.__name__}-{name}-{bad!r}")
        for bad in bad_values
    ]


GOOD_GAME = {"d1": 0.5, "d2": 0.5, "damage": 4.0, "gain": 2.0, "attack_cost": 0.5}
GOOD_ATTRIBUTION = {"prior": 0.3, "detection_rate": 0.9, "false_alarm_rate": 0.1}
GOOD_BALANCE = {
    "offense_value": 1.0, "offense_cost": 1.0, "defense_value": 1.0, "defense_cost": 1.0,
    "offense_skill": 1.0, "defense_skill": 1.0,
}
BAD_CASES = [
    *[
        case
        for function in (cyber.cyber_restraint_game, cyber.restraint_gains)
        for name, bads in [
            ("d1", BAD_PROBABILITIES), ("d2", BAD_PROBABILITIES),
            ("damage", BAD_NON_NEGATIVE), ("gain", BAD_NON_NEGATIVE),
            ("attack_cost", BAD_NON_NEGATIVE),
        ]
        for case in _cases(function, GOOD_GAME, name, bads)
    ],
    *[
        case
        for function in (cyber.attribution_posterior, cyber.retaliation_value,
                         cyber.should_retaliate)
        for name in GOOD_ATTRIBUTION
        for case in _cases(function, GOOD_ATTRIBUTION, name, BAD_PROBABILITIES)
    ],
    *[
        case
        for function in (cyber.retaliation_value, cyber.should_retaliate)
        for name in ("benefit", "cost")
        for case in _cases(function, GOOD_ATTRIBUTION, name, BAD_POSITIVE)
    ],
    *[
        case
        for name in ("benefit", "cost")
        for case in _cases(cyber.retaliation_threshold, {}, name, BAD_POSITIVE)
    ],
    *_cases(cyber.signal_rates, {"threshold": 0.0}, "d_prime", BAD_NON_NEGATIVE),
    *_cases(cyber.signal_rates, {"d_prime": 1.0}, "threshold", [math.nan, math.inf, "1", None]),
    *[
        case
        for name in GOOD_BALANCE
        for case in _cases(
            cyber.offense_defense_balance,
            GOOD_BALANCE,
            name,
            BAD_POSITIVE if name.endswith("skill") else BAD_NON_NEGATIVE,
        )
    ],
]


@pytest.mark.parametrize(("function", "kwargs", "name"), BAD_CASES)
def test_bad_input_names_the_parameter(function, kwargs, name):
    with pytest.raises(ValueError, match=rf"\b{name}\b"):
        function(**kwargs)


BAD_CHANCE_INPUTS = [
    math.nan, math.inf, -0.1, 1.5, "0.3", None, True, [], [[0.1, 0.2]], np.zeros((2, 2)),
    [0.1, math.nan], [0.1, -0.2], [0.1, 2.0], [0.1, "a"], [[0.1], [0.1, 0.2]], [True, False],
]


@pytest.mark.parametrize(
    ("function", "name", "count_name"),
    [
        (cyber.breach_probability, "p", "n"),
        (cyber.detection_probability, "q", "k"),
    ],
)
@pytest.mark.parametrize("bad", BAD_CHANCE_INPUTS, ids=repr)
def test_bad_chances_name_the_parameter(function, name, count_name, bad):
    with pytest.raises(ValueError, match=rf"\b{name}\b"):
        function(bad)


@pytest.mark.parametrize(
    ("function", "name", "count_name"),
    [
        (cyber.breach_probability, "p", "n"),
        (cyber.detection_probability, "q", "k"),
    ],
)
@pytest.mark.parametrize("bad_count", [-1, 2.5, math.nan, math.inf, "3", True])
def test_bad_counts_name_the_parameter(function, name, count_name, bad_count):
    with pytest.raises(ValueError, match=rf"\b{count_name}\b"):
        function(0.5, bad_count)


@pytest.mark.parametrize(
    ("function", "count_name"),
    [(cyber.breach_probability, "n"), (cyber.detection_probability, "k")],
)
def test_a_count_with_a_list_is_refused(function, count_name):
    with pytest.raises(ValueError, match=rf"\b{count_name}\b must be left out"):
        function([0.1, 0.2], 2)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"p": 1.2, "q": 0.1}, "p"),
        ({"p": 0.1, "q": [0.1, math.inf]}, "q"),
        ({"p": 0.1, "q": 0.1, "n": -2}, "n"),
        ({"p": 0.1, "q": 0.1, "k": 0.5}, "k"),
        ({"p": [0.1], "q": 0.1, "n": 2}, "n"),
    ],
)
def test_undetected_intrusion_bad_input(kwargs, name):
    with pytest.raises(ValueError, match=rf"\b{name}\b"):
        cyber.undetected_intrusion_probability(**kwargs)


def test_range_messages_say_what_is_allowed():
    with pytest.raises(ValueError, match=r"p\[1\] must lie between 0 and 1, got 1\.5"):
        cyber.breach_probability([0.2, 1.5])
    with pytest.raises(ValueError, match="d2 must lie between 0 and 1"):
        cyber.cyber_restraint_game(0.5, -0.5)
    with pytest.raises(ValueError, match="offense_skill must be greater than 0"):
        cyber.offense_defense_balance(1, 1, 1, 1, offense_skill=0)
