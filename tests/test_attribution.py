"""Tests of dilemma_lib.models.attribution: the break-even prior agrees with the decision rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dilemma_lib.models import cyber
from dilemma_lib.models.attribution import break_even_prior

rate = st.floats(min_value=0.01, max_value=1.0, allow_nan=False)
money = st.floats(min_value=0.1, max_value=10.0, allow_nan=False)
gap = st.floats(min_value=1e-3, max_value=0.2, allow_nan=False)


@given(h=rate, f=rate, benefit=money, cost=money, step=gap)
def test_retaliation_pays_just_above_the_break_even_prior_and_not_below(h, f, benefit, cost,
                                                                        step):
    pivot = break_even_prior(h, f, benefit=benefit, cost=cost)
    assert pivot is not None and 0.0 < pivot < 1.0
    above, below = min(pivot + step, 1.0), pivot - step
    if above > pivot:
        assert cyber.should_retaliate(above, h, f, benefit=benefit, cost=cost)
    if below > 0:
        assert not cyber.should_retaliate(below, h, f, benefit=benefit, cost=cost)


@given(h=rate, f=rate, cost=money)
def test_the_break_even_prior_puts_the_posterior_on_the_threshold(h, f, cost):
    pivot = break_even_prior(h, f, cost=cost)
    posterior = cyber.attribution_posterior(pivot, h, f)
    assert posterior == pytest.approx(cyber.retaliation_threshold(cost=cost), abs=1e-9)


def test_edge_cases_and_bad_input():
    assert break_even_prior(0.0, 0.5) is None
    assert break_even_prior(0.5, 0.0) == 0.0
    assert break_even_prior(0.5, 0.5) == 0.5  # an uninformative signal: posterior = prior
    with pytest.raises(ValueError, match="detection_rate"):
        break_even_prior(1.5, 0.1)
    with pytest.raises(ValueError, match="cost"):
        break_even_prior(0.9, 0.1, cost=0)
