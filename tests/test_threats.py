"""Chapter 6: the four-category scheme, the effect ladder, and their use of the case set."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dilemma_lib.data import cases as case_data
from dilemma_lib.exercises import chapter06 as exercises
from dilemma_lib.models import threats
from dilemma_lib.widgets import chapter06 as widgets

CASES = widgets.case_set()


def test_every_cell_has_a_known_category_and_a_reason():
    assert set(threats.SCHEME) == {(a, p) for a in threats.ACTORS for p in threats.PURPOSES}
    for category, clear, reason in threats.SCHEME.values():
        assert category in threats.CATEGORIES and isinstance(clear, bool) and reason


def test_home_cells_are_clear_and_give_their_own_category():
    for category in threats.CATEGORIES:
        placement = threats.place(*threats.cell_of_category(category))
        assert placement.category == category and placement.clear


def test_the_categories_match_the_case_set():
    assert threats.CATEGORIES == case_data.CATEGORIES
    assert threats.OPERATION_TYPES == case_data.OPERATION_TYPES


@pytest.mark.parametrize("bad", [-1, 2, 0.5, math.nan, math.inf, "robot", None, True, [0]])
def test_bad_actors_are_refused_with_a_sentence(bad):
    with pytest.raises(ValueError, match="actor must be"):
        threats.place(bad, 0)


@given(st.integers(0, 4), st.integers(0, 1), st.integers(0, 2))
def test_doctrine_and_definitions_agree_with_the_ladder(rung, actor, target):
    kind, clarke, afrl, seed = threats.judge_definitions(actor, rung, target)
    attack = rung >= threats.FIRST_ATTACK_RUNG
    assert kind.verdict == ("CNA" if attack else "CNE")
    # Clarke & Knake: a state that damages is at war; a non-state actor never is
    assert (clarke.verdict == threats.YES) == (actor == 1 and attack)
    if actor == 0:
        assert clarke.verdict == threats.NO
    # AFRL: effects against military systems, whoever acts
    assert (afrl.verdict == threats.YES) == (target == 2 and attack)
    # no definition calls copying data war
    if rung == 0:
        assert threats.YES not in {clarke.verdict, afrl.verdict}
        assert seed.verdict in ("espionage", "crime or espionage")


def test_case_cells_are_consistent_with_the_coded_categories():
    known = {c.id for c in CASES}
    assert set(widgets.CASE_CELLS) <= known
    for item in CASES:
        assert threats.place(*widgets.cell_of(item)).category == item.category, item.id


def test_every_case_sits_in_exactly_one_cell():
    placed = [c for a in threats.ACTORS for p in threats.PURPOSES
              for c in widgets.cases_in(a, p)]
    assert sorted(c.id for c in placed) == sorted(c.id for c in CASES)


def test_the_scheme_frame_names_the_cases_of_its_cell():
    frame = widgets.render_scheme(1, 0)  # state, profit: WannaCry
    assert "WannaCry" in frame.verdict and "borderline" in frame.verdict


def test_the_attribution_filter_only_removes_cases():
    counts = []
    for level in range(len(widgets.ATTRIBUTION_FILTERS)):
        verdict = widgets.render_case_set(2007, level).verdict
        counts.append(int(verdict.split(" of the ")[0]))
    assert counts == sorted(counts, reverse=True) and counts[0] == len(CASES)


def test_the_exercises_quote_the_case_data():
    wannacry = next(c for c in CASES if c.id == "wannacry-2017")
    feedback = exercises.check_wannacry("warfare")
    assert feedback.correct is False and wannacry.attributed_by in feedback.message
    assert exercises.wannacry.answer == wannacry.category
    assert exercises.solarwinds.answer == "espionage"
