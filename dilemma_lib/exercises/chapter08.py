"""Self-checks for chapter 8, the cybersecurity dilemma."""

from __future__ import annotations

import math

from ..models import cyber
from .exercise import Exercise
from .feedback import Feedback, check_number

GENERIC_ENDING = "solve for p."  # the generic hint of check_number, written for chapter 2


def with_hint(feedback: Feedback, hint: str) -> Feedback:
    """Replace check_number's generic hint for an unexplained wrong number by ``hint``.

    >>> with_hint(Feedback(False, "7 is not it. ... solve for p."), "Try again.").message
    '7 is not it. Try again.'
    """
    if feedback.correct is False and feedback.message.endswith(GENERIC_ENDING):
        return Feedback(False, feedback.message.split(" is not it.")[0] + " is not it. " + hint)
    return feedback

# Exercise 8.1: at least one breach in 20 independent attempts, each succeeding with p = 0.05.
BREACH_P, BREACH_N = 0.05, 20


def _probability_only(value: float) -> str | None:
    return None if 0 <= value <= 1 else (
        f"{value:g} cannot be a probability: probabilities lie between 0 and 1. If you added "
        "the chances of the attempts, see why that fails in the solution.")


def check_breach(answer: object) -> Feedback:
    """Exercise 8.1: P(at least one breach) for p = 0.05 over 20 attempts (about 0.64).

    >>> check_breach(0.64).correct
    True
    >>> print(check_breach("0.36").message[:36])
    0.36 is the chance that EVERY attemp
    """
    correct = cyber.breach_probability(BREACH_P, BREACH_N)
    none = 1 - correct
    return with_hint(check_number(
        answer, correct,
        right=f"1 - (1 - 0.05)^20 = 1 - 0.95^20 = 1 - {none:.3f} = {correct:.3f}: twenty "
        "unlikely attempts together are more likely than not to get in once.",
        mistakes={
            none: f"{none:.2f} is the chance that EVERY attempt fails (0.95^20); the question "
            "asks for the chance that at least one succeeds, which is one minus that.",
            BREACH_P ** BREACH_N: "That is the chance that all twenty attempts succeed "
            "(0.05^20, practically zero); one success is enough for a breach.",
            BREACH_P: "0.05 is the chance of a single attempt; the attacker makes twenty.",
            BREACH_P * BREACH_N: "20 x 0.05 = 1 adds the chances, as if two attempts could "
            "never both succeed; adding would give more than certainty after 21 attempts.",
        },
        plausible=_probability_only,
    ), "Work out the chance that all twenty attempts fail, then take it from one.")


# Exercise 8.2: how many intrusion steps, each seen with q = 0.2, until the defender sees at
# least one with probability 0.9 or more?
DETECT_Q, DETECT_TARGET = 0.2, 0.9


def steps_needed(q: float = DETECT_Q, target: float = DETECT_TARGET) -> int:
    """The fewest steps k with 1 - (1 - q)^k >= target.

    >>> steps_needed()
    11
    """
    k = 1
    while cyber.detection_probability(q, k) < target:
        k += 1
    return k


def check_steps(answer: object) -> Feedback:
    """Exercise 8.2: the fewest steps for a 90 % chance of detection at q = 0.2 (it is 11).

    >>> check_steps(11).correct
    True
    >>> check_steps("10").message[:26]
    'With 10 steps the defender'
    """
    correct = steps_needed()
    short = cyber.detection_probability(DETECT_Q, correct - 1)
    exact = math.log(1 - DETECT_TARGET) / math.log(1 - DETECT_Q)
    return with_hint(check_number(
        answer, correct,
        right=f"0.8^k must fall to 0.1 or below: k >= log 0.1 / log 0.8 = {exact:.2f}, so "
        f"{correct} steps (detection {cyber.detection_probability(DETECT_Q, correct):.3f}). "
        "A longer intrusion chain is the defender's friend.",
        mistakes={
            correct - 1: f"With {correct - 1} steps the defender sees one with probability "
            f"only {short:.3f}, just under 0.9: round up, not down.",
            DETECT_TARGET / DETECT_Q: "0.9 / 0.2 = 4.5 adds the chances as if they could not "
            "overlap; with five steps the defender sees one only with probability 0.67.",
            5: "Five steps give 1 - 0.8^5 = 0.67, not 0.9: adding chances (5 x 0.2 = 1) "
            "overstates them.",
        },
        plausible=lambda v: None if v >= 1 else (
            f"{v:g} steps is not an intrusion: give a whole number of at least one."),
        tolerance=1e-9,
    ), "Find the smallest whole k with 1 - 0.8^k >= 0.9, e.g. by reading the dashed curve "
       "of the explorable with q = 0.2.")


breach = Exercise("ch8-ex-breach", check_breach, ("0.05", "0.36", "0.64", "1"))
steps = Exercise("ch8-ex-steps", check_steps, ("4.5", "5", "10", "11"))

EXERCISES = (breach, steps)
