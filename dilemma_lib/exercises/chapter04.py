"""Self-checks for chapter 4, arms races, spirals and signals."""

from __future__ import annotations

from ..models import arms_race, signals
from .exercise import Exercise
from .feedback import Feedback, check_number, parse_number

# Exercise 4.1: B2 = 2 (so l = 0.5), fatigue a = b = 1. At which reaction k does the race run
# away? Richardson: stable exactly when a*b > k*l, so the boundary is k = a*b / l = 2.
RUNAWAY_B2, RUNAWAY_FATIGUE = 2.0, 1.0


def runaway_reaction() -> float:
    """The reaction k of state 1 at which the exercise's race stops being stable.

    >>> runaway_reaction()
    2.0
    """
    _, l = arms_race.reactions_from_balance(1.0, RUNAWAY_B2)  # noqa: E741
    return RUNAWAY_FATIGUE * RUNAWAY_FATIGUE / l


def _hint_if_generic(feedback: Feedback, hint: str) -> Feedback:
    """Replace check_number's generic fallback (written for chapter 2) by this chapter's hint."""
    if feedback.correct is False and "Write down E[C] and E[D]" in feedback.message:
        return Feedback(False, hint)
    return feedback


def check_runaway(answer: object) -> Feedback:
    """Exercise 4.1: the smallest reaction k at which the race runs away (it is 2).

    >>> check_runaway(2).correct
    True
    >>> check_runaway("0.5").message[:33]
    '0.5 is the balance B₁ at which th'
    """
    correct = runaway_reaction()
    feedback = check_number(
        answer, correct,
        right="Richardson's race is stable only while a·b > k·l. With a = b = 1 and "
        "l = 1/B₂ = 0.5 the boundary is k = a·b / l = 1 / 0.5 = 2 (that is B₁ = 0.5): from "
        "there on, state 1's reaction outruns the restraint of both.",
        mistakes={
            0.5: "0.5 is the balance B₁ at which the race tips over, not the reaction: the "
            "reaction is k = 1/B₁, so the answer is 1/0.5.",
            1.0: "k = 1 equals the fatigue a, but stability compares products, a·b with k·l. "
            "At k = 1, k·l = 0.5 < a·b = 1 and the race is still stable.",
            4.0: "k = 4 runs away, but so does every k from a smaller value on: find where "
            "k·l first equals a·b.",
        },
        plausible=lambda value: None if value >= 0 else
        f"{value:g} cannot be a reaction: Richardson's k is at least 0.",
    )
    return _hint_if_generic(feedback, "Not this value. Move B₁ until the verdict switches "
                            "to a runaway race and read k = 1/B₁, or solve a·b = k·l for k.")


# Exercise 4.2: each inspection catches a cheat with probability 0.3; how many inspections make
# the chance of catching it at least 90%? n = ceil(log(0.1) / log(0.7)) = 7.
INSPECTION_RATE, INSPECTION_TARGET = 0.3, 0.9


def check_inspections(answer: object) -> Feedback:
    """Exercise 4.2: the fewest inspections for a 90% chance of catching a cheat (7).

    >>> check_inspections("7").correct
    True
    >>> check_inspections(3).message[:30]
    'Chances of catching do not add'
    """
    correct = signals.inspections_needed(INSPECTION_TARGET, INSPECTION_RATE)
    assert correct is not None  # 0 < q < 1 and a target below 1 always have an answer
    value = parse_number(answer)
    if value is not None and value != round(value) and value >= 0:
        return Feedback(False, f"{value:g} is not a whole number: inspections come one at a "
                               "time, so round up to the next whole inspection.")
    six = signals.cheating_detection_probability(correct - 1, INSPECTION_RATE)
    seven = signals.cheating_detection_probability(correct, INSPECTION_RATE)
    feedback = check_number(
        answer, correct, tolerance=0,
        right=f"1 - 0.7ⁿ ≥ 0.9 needs 0.7ⁿ ≤ 0.1, so n ≥ log 0.1 / log 0.7 ≈ 6.46: seven "
        f"inspections catch the cheat with probability {seven:.3f}.",
        mistakes={
            3.0: "Chances of catching do not add: three inspections of 30% catch a cheat with "
            f"probability 1 - 0.7³ = {signals.cheating_detection_probability(3, 0.3):.3f}, "
            "not 0.9. Each inspection only catches what the earlier ones missed.",
            float(correct - 1): f"Six inspections catch the cheat with probability "
            f"{six:.3f}, just short of 0.9: log 0.1 / log 0.7 ≈ 6.46 must be rounded up.",
        },
        plausible=lambda value: None if value >= 0 else
        f"{value:g} cannot be a number of inspections.",
    )
    return _hint_if_generic(feedback, "Not this number. The chance that n inspections all miss "
                            "is 0.7ⁿ; find the smallest n that brings it to 0.1 or below.")


runaway = Exercise("ch4-ex-runaway", check_runaway, ("0.5", "1", "2", "4"))
inspections = Exercise("ch4-ex-inspections", check_inspections, ("3", "6", "7"))

EXERCISES = (runaway, inspections)
