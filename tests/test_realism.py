"""Tests of dilemma_lib.models.realism: relative gains and the fear of a greedy rival."""

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dilemma_lib.models.games import (
    PRISONERS_DILEMMA,
    STAG_HUNT,
    SymmetricGame,
    classify,
    cooperation_threshold,
)
from dilemma_lib.models.realism import (
    greed_tolerance,
    payoffs_against_prior,
    relative_gains_game,
    temptation_weight,
)

payoff = st.floats(min_value=-10.0, max_value=10.0)
unit = st.floats(min_value=0.0, max_value=1.0)
games = st.builds(SymmetricGame, CC=payoff, DC=payoff, DD=payoff, CD=payoff)


@st.composite
def stag_hunts(draw):
    """Four distinct payoffs put in the Stag Hunt's order CC > DC > DD > CD."""
    values = draw(st.lists(st.integers(-20, 20), min_size=4, max_size=4, unique=True))
    cd, dd, dc, cc = sorted(values)
    return SymmetricGame(CC=cc, DC=dc, DD=dd, CD=cd)


def test_relative_gains_by_hand():
    game = relative_gains_game(SymmetricGame(CC=4, DC=3, DD=2, CD=1), 0.25)
    assert (game.CC, game.DC, game.DD, game.CD) == (3.0, 2.75, 1.5, 0.25)


@given(game=games)
def test_zero_weight_leaves_the_game_unchanged(game):
    assert relative_gains_game(game, 0) == game


@given(game=games, w=unit)
def test_joint_utility_is_the_joint_payoff_scaled(game, w):
    """U_row + U_column = (1 - w) (payoff_row + payoff_column) in every cell."""
    row, column = relative_gains_game(game, w).bimatrix
    original_row, original_column = game.bimatrix
    np.testing.assert_allclose(row + column, (1 - w) * (original_row + original_column),
                               atol=1e-9)


@given(game=games)
def test_full_weight_makes_every_outcome_zero_sum(game):
    row, column = relative_gains_game(game, 1).bimatrix
    np.testing.assert_allclose(row + column, 0, atol=1e-9)


@given(game=stag_hunts(), w=unit)
def test_a_stag_hunt_becomes_a_prisoners_dilemma_exactly_above_the_weight(game, w):
    threshold = temptation_weight(game)
    assert threshold is not None and 0 < threshold < 1
    assume(abs(w - threshold) > 1e-6 and w < 1 - 1e-6)
    kind = classify(relative_gains_game(game, w))
    assert kind == (PRISONERS_DILEMMA if w > threshold else STAG_HUNT)


@given(game=games, w=unit)
def test_restraint_beats_exploiting_only_below_the_weight(game, w):
    threshold = temptation_weight(game)
    transformed = relative_gains_game(game, w)
    if threshold is None:  # CD >= DC: restraint keeps its edge at every weight
        assert transformed.CC >= transformed.DC - 1e-9
    elif threshold == 0.0:  # exploiting pays already at w = 0
        assert game.CC <= game.DC
    else:
        assume(abs(w - threshold) > 1e-6)
        assert (transformed.CC > transformed.DC) == (w < threshold)


def test_relative_gains_refuses_bad_weights():
    with pytest.raises(ValueError, match="weight must lie between 0 and 1"):
        relative_gains_game(SymmetricGame(4, 3, 2, 1), -0.1)
    with pytest.raises(ValueError, match="weight must be a finite number"):
        relative_gains_game(SymmetricGame(4, 3, 2, 1), "half")


@given(game=games, q=unit)
def test_payoffs_against_a_prior_are_jervis_payoffs_at_one_minus_q(game, q):
    cooperate, defect = payoffs_against_prior(game, q)
    assert cooperate == pytest.approx((1 - q) * game.CC + q * game.CD, abs=1e-9)
    assert defect == pytest.approx((1 - q) * game.DC + q * game.DD, abs=1e-9)


@given(game=games, q=unit)
def test_restraint_pays_exactly_up_to_the_greed_tolerance(game, q):
    tolerance = greed_tolerance(game)
    cooperate, defect = payoffs_against_prior(game, q)
    if tolerance is None:
        assert cooperation_threshold(game) is None
    else:
        assume(abs(q - tolerance) > 1e-6)
        assume(abs(cooperate - defect) > 1e-9)
        assert (cooperate > defect) == (q < tolerance)


def test_greed_tolerance_by_hand():
    assert greed_tolerance(SymmetricGame(CC=4, DC=3, DD=2, CD=1)) == 0.5
    assert greed_tolerance(SymmetricGame(CC=5, DC=3, DD=2, CD=1)) == pytest.approx(2 / 3)
    assert greed_tolerance(SymmetricGame(CC=4, DC=3, DD=1, CD=2)) == 1.0  # Harmony


def test_payoffs_against_prior_refuses_bad_priors():
    with pytest.raises(ValueError, match="prior_greedy must lie between 0 and 1"):
        payoffs_against_prior(SymmetricGame(4, 3, 2, 1), 1.2)


def test_harmony_becomes_a_prisoners_dilemma_above_one_half():
    harmony = SymmetricGame(CC=4, DC=3, DD=1, CD=2)
    assert temptation_weight(harmony) == 0.5
    assert classify(relative_gains_game(harmony, 0.45)) == "Harmony"
    assert classify(relative_gains_game(harmony, 0.55)) == PRISONERS_DILEMMA
