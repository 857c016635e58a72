"""Every widget of the course faces the same sweeps, found automatically.

* every explorable in the catalogue (``all_explorables()``): each parameter at its minimum,
  its maximum and three values between, in live mode: a frame with a finite verdict and alt
  text, or a model's refusal (``ValueError``) shown as a message, never a traceback;
* every ``check_*`` of every chapter module (``all_checks()``): junk answers get feedback,
  never an exception and never "correct";
* every exercise (``all_exercises()``): exactly one static option is judged correct, and each
  wrong option's feedback differs from the right one's.

A new chapter's widgets are covered here without editing this file.
"""

from __future__ import annotations

import math
import re

import ipywidgets as w
import pytest

from dilemma_lib.exercises import Exercise, Feedback
from dilemma_lib.exercises.catalogue import all_checks, all_exercises
from dilemma_lib.widgets.catalogue import all_explorables
from dilemma_lib.widgets.explorable import Frame

EXPLORABLES = all_explorables()
CHECKS = all_checks()
EXERCISES = all_exercises()

# "nan", "inf", "-inf" as words: what a float that went wrong prints as.
NON_FINITE = re.compile(r"\b(nan|inf|infinity)\b", re.IGNORECASE)
EXCEPTION_NAME = re.compile(r"\b\w*(Error|Exception|Warning)\b|Traceback")


def sweep_points(explorable) -> list[tuple[str, float]]:
    """(name, value) for every parameter at min, max and three evenly spaced values between."""
    points = []
    for parameter in explorable.parameters:
        span = parameter.maximum - parameter.minimum
        for share in (0.0, 0.25, 0.5, 0.75, 1.0):
            points.append((parameter.name, parameter.minimum + share * span))
    return points


SWEEPS = [(name, parameter, value) for name, explorable in sorted(EXPLORABLES.items())
          for parameter, value in sweep_points(explorable)]


def test_the_catalogues_are_not_empty():
    assert len(EXPLORABLES) >= 2 and len(CHECKS) >= 2 and len(EXERCISES) >= 2


@pytest.mark.parametrize(("name", "parameter", "value"), SWEEPS,
                         ids=[f"{n}-{p}={v:g}" for n, p, v in SWEEPS])
def test_every_explorable_setting_draws_or_refuses_cleanly(name, parameter, value):
    explorable = EXPLORABLES[name]
    values = {**explorable.defaults, parameter: value}
    try:
        frame = explorable.render(**values)
    except ValueError as refusal:  # a model refusing the setting, said in a sentence
        message = str(refusal)
        assert message and not NON_FINITE.search(message)
    else:
        assert isinstance(frame, Frame)
        for text in (frame.verdict, frame.alt_text):
            assert text.strip(), "every frame says what it shows"
            assert not NON_FINITE.search(text), text
            assert not EXCEPTION_NAME.search(text), text
    shown = explorable.frame_html(**values)
    assert "dilemma-frame" in shown or "dilemma-error" in shown
    # the inline PNG's base64 could spell anything; read the words around it
    assert not EXCEPTION_NAME.search(re.sub(r"data:image/png;base64,[^\"]+", "", shown))


class Anything:
    """An arbitrary object a student might pass by mistake."""


JUNK = [None, "", "   ", "abc", "1/0", math.nan, math.inf, -math.inf, 1e308, -1e308, 10**40,
        True, [], [1, 2], {}, b"x", Anything()]


@pytest.mark.parametrize("check", sorted(CHECKS))
@pytest.mark.parametrize("junk", JUNK, ids=[repr(j)[:12] for j in JUNK])
def test_every_check_answers_junk_with_feedback(check, junk):
    feedback = CHECKS[check](junk)
    assert isinstance(feedback, Feedback)
    assert feedback.correct is not True, f"{junk!r} was judged correct"
    assert feedback.message.strip()
    assert not EXCEPTION_NAME.search(feedback.message)


@pytest.mark.parametrize("label", sorted(EXERCISES))
def test_exactly_one_static_option_is_right_and_every_mistake_is_explained(label):
    exercise = EXERCISES[label]
    verdicts = exercise.feedback()
    right = [feedback for _, feedback in verdicts if feedback.correct is True]
    assert len(right) == 1, [f"{option}: {fb}" for option, fb in verdicts]
    assert len(verdicts) >= 3
    for option, feedback in verdicts:
        if feedback.correct is not True:
            assert feedback.correct is False, f"option {option!r} is not a usable answer"
            assert feedback.message != right[0].message
    assert len({option for option, _ in verdicts}) == len(verdicts), "options read alike"


@pytest.mark.parametrize("label", sorted(EXERCISES))
def test_every_exercise_is_checked_by_a_chapter_check(label):
    assert EXERCISES[label].check in CHECKS.values()


@pytest.mark.parametrize("label", sorted(EXERCISES))
def test_static_choice_starts_empty_and_is_jslinked_to_its_feedback(label):
    from ipywidgets.widgets.widget import _instances
    from ipywidgets.widgets.widget_link import Link

    widget = EXERCISES[label](mode="static")
    _, choice, verdicts = widget.children
    assert isinstance(choice, w.RadioButtons) and isinstance(verdicts, w.Stack)
    assert choice.index is None and verdicts.selected_index is None
    assert len(choice.options) == len(verdicts.children) == len(EXERCISES[label].options)
    assert any(isinstance(link, Link) and link.source == (choice, "index")
               and link.target == (verdicts, "selected_index") for link in _instances.values())


def test_live_exercise_returns_the_checks_feedback():
    exercise = EXERCISES["ch2-ex-threshold"]
    assert exercise("2/3", mode="live") == exercise.check("2/3")
    assert exercise(mode="live").correct is None
    with pytest.raises(ValueError, match="mode must be"):
        exercise(mode="animated")


def test_an_exercise_needs_three_options_and_one_right_answer():
    with pytest.raises(ValueError, match="at least 3 options"):
        Exercise("few", EXERCISES["ch2-ex-threshold"].check, ("2/3", "1/3"))
    ambiguous = Exercise("ambiguous", EXERCISES["ch2-ex-threshold"].check,
                         ("2/3", "0.667", "1/3"))
    with pytest.raises(ValueError, match="2 options are judged correct"):
        _ = ambiguous.answer
