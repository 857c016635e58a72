"""The course's belief-spiral model and Axelrod's shadow-of-the-future threshold."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dilemma_lib.models import signals
from dilemma_lib.models.games import SymmetricGame
from dilemma_lib.models.repeated import AXELROD_GAME
from dilemma_lib.models.shadow import tit_for_tat_threshold
from dilemma_lib.models.spiral import belief_spiral

unit = st.floats(0.0, 1.0)


@settings(max_examples=40, deadline=None)
@given(unit, unit, unit, st.integers(0, 30), st.integers(0, 50))
def test_beliefs_stay_probabilities_and_the_seed_fixes_the_path(prior, d, q, rounds, seed):
    first = belief_spiral(prior, d, rounds, 0.5, q, seed)
    again = belief_spiral(prior, d, rounds, 0.5, q, seed)
    assert first.beliefs.shape == (rounds + 1, 2)
    assert np.all((first.beliefs >= 0) & (first.beliefs <= 1))
    assert np.array_equal(first.beliefs, again.beliefs)


def test_without_fear_the_spiral_is_plain_bayesian_updating():
    calm = belief_spiral(0.65, 0.2, 20, 0.5, 0.8, seed=3, reacts_to_fear=False)
    assert not calm.afraid.any()
    by_bayes = signals.belief_path(0.65, 0.2, calm.looked_offensive[:, 1], 0.8)
    assert np.allclose(calm.beliefs[:, 0], by_bayes)


def test_fear_feeds_the_spiral():
    fed = belief_spiral(0.65, 0.2, 20, 0.5, 0.8, seed=3)
    calm = belief_spiral(0.65, 0.2, 20, 0.5, 0.8, seed=3, reacts_to_fear=False)
    assert fed.beliefs[-1].max() < 0.5 < calm.beliefs[-1, 0]
    assert fed.rounds_afraid.min() > 0


def test_nothing_is_learnt_when_weapons_cannot_be_told_apart():
    path = belief_spiral(0.7, 0.0, 15, 0.5, 0.8, seed=1)
    assert np.all(path.beliefs == 0.7)


@pytest.mark.parametrize("bad", [{"prior": 1.5}, {"rounds": 2.5}, {"threshold": -0.1},
                                 {"reacts_to_fear": 1}, {"seed": -1}])
def test_bad_inputs_are_refused_in_words(bad):
    values = {"prior": 0.5, "distinguishability": 0.5, "rounds": 3, "threshold": 0.5} | bad
    with pytest.raises(ValueError):
        belief_spiral(**values)


def test_axelrods_threshold():
    assert tit_for_tat_threshold(AXELROD_GAME) == pytest.approx(2 / 3)
    assert tit_for_tat_threshold(SymmetricGame(CC=3, DC=4, DD=1, CD=0)) == pytest.approx(1 / 3)
    with pytest.raises(ValueError, match="Prisoner's Dilemma"):
        tit_for_tat_threshold(SymmetricGame(CC=4, DC=3, DD=2, CD=1))
