"""Tests of dilemma_lib.models.norms: norm diffusion as a threshold cascade."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dilemma_lib.models.norms import (
    CASCADE_SHARE,
    cascade,
    critical_mass,
    thresholds,
)

shares = st.floats(min_value=0.0, max_value=1.0)
centres = st.floats(min_value=-1.0, max_value=2.0)
spreads = st.floats(min_value=0.01, max_value=1.0)
sizes = st.integers(min_value=1, max_value=150)


@given(sizes, centres, spreads)
def test_thresholds_are_sorted_and_symmetric_about_the_centre(n, centre, spread):
    values = thresholds(n, centre, spread)
    assert len(values) == n
    assert np.all(np.diff(values) > 0)
    assert np.allclose(values + values[::-1], 2 * centre)


@given(shares, centres, spreads, sizes)
def test_adoption_only_rises_and_stops_at_a_rest_point(early, centre, spread, n):
    run = cascade(early, centre, spread, n)
    assert run.shares[0] == pytest.approx(round(early * n) / n)
    assert np.all(np.diff(run.shares) > 0)
    assert 0 <= run.final_share <= 1 and run.rounds == len(run.shares) - 1 <= n
    # at the rest point no further follower's threshold is reached
    followers = thresholds(n - round(early * n), centre, spread) if round(early * n) < n else []
    moved = round(early * n) + sum(t <= run.final_share + 1e-12 for t in followers)
    assert moved / n == pytest.approx(run.final_share)
    assert run.tipped == (run.final_share >= CASCADE_SHARE - 1e-12)


@settings(max_examples=50)
@given(shares, shares, centres, spreads)
def test_more_early_adopters_never_mean_less_adoption(a, b, centre, spread):
    low, high = sorted((a, b))
    assert cascade(low, centre, spread).final_share <= cascade(high, centre, spread).final_share


@settings(max_examples=50)
@given(shares, centres, centres, spreads)
def test_more_reluctant_states_never_mean_more_adoption(early, a, b, spread):
    willing, reluctant = sorted((a, b))
    assert (cascade(early, reluctant, spread).final_share
            <= cascade(early, willing, spread).final_share)


@settings(max_examples=30)
@given(centres, spreads)
def test_critical_mass_is_the_least_share_that_tips(centre, spread):
    mass = critical_mass(centre, spread, 50)
    assert mass is not None and 0 <= mass <= 1
    assert cascade(mass, centre, spread, 50).tipped
    if mass > 0:
        assert not cascade(mass - 1 / 50, centre, spread, 50).tipped


def test_everyone_committed_means_universal_adoption():
    run = cascade(1.0, 1.5, 0.1)
    assert run.final_share == 1 and run.rounds == 0 and run.tipped


def test_a_reluctant_system_without_entrepreneurs_stays_still():
    run = cascade(0.0, 0.9, 0.05)
    assert run.final_share == 0 and run.rounds == 0 and not run.passed_one_third


@pytest.mark.parametrize(("kwargs", "words"), [
    ({"early_adopters": 1.5}, "early_adopters must lie between 0 and 1"),
    ({"early_adopters": math.nan}, "early_adopters must be a finite number"),
    ({"mean_threshold": 3}, "mean_threshold must lie between -1 and 2"),
    ({"spread": 0}, "spread must lie between 0.01 and 1"),
    ({"states": 2.5}, "states must be a whole number"),
])
def test_bad_inputs_are_refused_with_a_sentence(kwargs, words):
    with pytest.raises(ValueError, match=words):
        cascade(**kwargs)
