"""Self-checks: right, wrong and wrongly typed answers all get specific feedback."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dilemma_lib.exercises import Feedback
from dilemma_lib.exercises import chapter02 as ex

CHECKS = [ex.check_game_type, ex.check_threshold]
anything = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(),
                     st.lists(st.integers(), max_size=3), st.dictionaries(st.text(), st.text()))


@pytest.mark.parametrize("check", CHECKS)
@given(answer=anything)
def test_checks_never_raise_and_always_explain(check, answer):
    feedback = check(answer)
    assert isinstance(feedback, Feedback)
    assert feedback.message and feedback.correct in (True, False, None)
    assert feedback.heading in feedback._repr_html_()


@pytest.mark.parametrize("answer", ["Stag Hunt", "stag-hunt", "  STAG HUNT ", "assurance"])
def test_game_type_accepts_spellings_of_the_right_answer(answer):
    assert ex.check_game_type(answer).correct is True


@pytest.mark.parametrize(
    ("answer", "hint"),
    [("Prisoner's Dilemma", "DC > CC"), ("chicken", "DD = 1 is better"),
     ("Deadlock", "CC = 3 > DD = 1"), ("harmony", "CD = 0 < DD = 1")],
)
def test_game_type_explains_each_wrong_answer(answer, hint):
    feedback = ex.check_game_type(answer)
    assert feedback.correct is False and hint in feedback.message


@pytest.mark.parametrize(("answer", "hint"), [(3, "as text in quotes"),
                                              ("battle of sexes", "not a name"),
                                              (None, "Replace None")])
def test_game_type_answers_of_the_wrong_kind(answer, hint):
    feedback = ex.check_game_type(answer)
    assert feedback.correct is None and hint in feedback.message


@pytest.mark.parametrize("answer", [2 / 3, "2/3", " 0.667", 0.666])
def test_threshold_accepts_the_right_value(answer):
    assert ex.check_threshold(answer).correct is True


@pytest.mark.parametrize(
    ("answer", "hint"),
    [(1 / 3, "1 - p*"), (0.5, "4, 3, 2, 1"), (1.5, "cannot be a belief"),
     (0.9, "set them equal")],
)
def test_threshold_explains_each_wrong_value(answer, hint):
    feedback = ex.check_threshold(answer)
    assert feedback.correct is False and hint in feedback.message


@pytest.mark.parametrize("answer", ["two thirds", [2, 3], float("nan"), "1/0", True])
def test_threshold_answers_of_the_wrong_kind(answer):
    feedback = ex.check_threshold(answer)
    assert feedback.correct is None and "Type a number" in feedback.message
