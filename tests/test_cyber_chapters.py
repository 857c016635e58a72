"""Chapters 8 and 9: the answers their exercises rely on, and what their explorables say."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dilemma_lib.exercises import chapter08, chapter09
from dilemma_lib.models import cyber
from dilemma_lib.widgets import chapter08 as widgets08
from dilemma_lib.widgets import chapter09 as widgets09


def test_breach_answer_is_one_minus_all_failing():
    assert chapter08.breach.answer == "0.64"
    assert abs(cyber.breach_probability(0.05, 20) - (1 - 0.95 ** 20)) < 1e-12


@given(st.floats(0.01, 0.9), st.floats(0.5, 0.99))
@settings(max_examples=40, deadline=None)
def test_steps_needed_is_the_first_crossing(q, target):
    k = chapter08.steps_needed(q, target)
    assert cyber.detection_probability(q, k) >= target
    assert k == 1 or cyber.detection_probability(q, k - 1) < target


def test_restraint_answer_matches_the_model():
    assert chapter09.restraint_gain.answer == "2.9"
    assert cyber.restraint_gains(0.8, 0.4) == pytest.approx((2.9, 0.5))


def test_survivor_answer_is_the_best_twin_in_the_explorable():
    rates = chapter09.twin_cooperation()
    assert max(rates, key=rates.get) == chapter09.survivor.answer == "Tit For Two Tats"
    assert rates["Tit For Tat"] < rates["Generous Tit For Tat"]


@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0))
@settings(max_examples=25, deadline=None)
def test_the_more_dependent_state_gains_more_from_restraint(d1, d2):
    g1, g2 = cyber.restraint_gains(d1, d2)
    assert (g1 > g2) == (d1 > d2) or np.isclose(g1, g2)


def test_restraint_verdict_names_the_exposed_state():
    frame = widgets09.render_restraint(0.9, 0.2, 4.0, 2.0, 0.5)
    assert frame.verdict.startswith("Only state 1")
    frame = widgets09.render_restraint(0.2, 0.9, 4.0, 2.0, 0.5)
    assert frame.verdict.startswith("Only state 2")


def test_misattribution_is_reproducible():
    first = widgets09.reciprocity_results(0.1, 0.3)
    second = widgets09.reciprocity_results(0.1, 0.3)
    assert np.array_equal(first.cooperation, second.cooperation)


def test_worlds_verdict_follows_jervis():
    assert "doubly dangerous" in widgets08.render_worlds(0.4, 0.1, 0.5).verdict
    assert "doubly stable" in widgets08.render_worlds(2.2, 0.9, 0.5).verdict


def test_balance_tips_to_offence_with_skill():
    assert "favours defence" in widgets08.render_balance(10, 8, 10, 4, 1, 1).verdict
    assert "favours offence" in widgets08.render_balance(10, 8, 10, 4, 2.5, 1).verdict
