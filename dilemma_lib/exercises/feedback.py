"""Feedback objects and the generic checks that chapter exercises are built from."""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Feedback:
    """The verdict on one answer: ``correct`` is True, False, or None (no usable answer)."""

    correct: bool | None
    message: str

    @property
    def heading(self) -> str:
        return {True: "Correct.", False: "Not yet.", None: "No answer checked."}[self.correct]

    def __repr__(self) -> str:
        return f"{self.heading} {self.message}"

    def _repr_html_(self) -> str:
        colour = {True: "#009E73", False: "#D55E00", None: "#666666"}[self.correct]
        return (f'<div class="dilemma-feedback" role="status" style="border-left:4px solid '
                f'{colour};padding:0.3em 0.8em"><strong>{self.heading}</strong> '
                f"{html.escape(self.message)}</div>")


NO_ANSWER = "Replace None with your answer and run the cell again."


def normalise_text(answer: str) -> str:
    """Lower-case, with apostrophes, hyphens and extra spaces removed.

    >>> normalise_text("  Prisoner's-Dilemma ")
    'prisoners dilemma'
    """
    cleaned = answer.lower().replace("'", "").replace("\u2019", "").replace("-", " ")
    return " ".join(cleaned.split())


def check_choice(answer: object, correct: str, aliases: Mapping[str, str],
                 explanations: Mapping[str, str], right: str) -> Feedback:
    """Check a named answer: ``aliases`` maps accepted spellings to canonical names, and
    ``explanations`` says why each wrong canonical name is wrong.

    >>> check_choice("SH", "Stag Hunt", {"sh": "Stag Hunt"}, {}, "Yes.").correct
    True
    """
    if answer is None:
        return Feedback(None, NO_ANSWER)
    if not isinstance(answer, str):
        return Feedback(None, f"Type the name as text in quotes, e.g. \"{correct}\"; got "
                              f"{answer!r}.")
    name = aliases.get(normalise_text(answer))
    if name is None:
        known = ", ".join(sorted(set(aliases.values())))
        return Feedback(None, f"{answer!r} is not a name this exercise knows; choose one of: "
                              f"{known}.")
    if name == correct:
        return Feedback(True, right)
    return Feedback(False, explanations.get(name, f"It is not a {name}."))


def parse_number(answer: object) -> float | None:
    """A finite number from an int, float or text such as "2/3" or "0.5"; else None.

    >>> parse_number("2/3")
    0.6666666666666666
    >>> parse_number("two") is None
    True
    """
    if isinstance(answer, bool):
        return None
    if isinstance(answer, int | float):
        value = float(answer)
    elif isinstance(answer, str):
        try:
            value = float(Fraction(answer.strip()))
        except (ValueError, ZeroDivisionError):
            return None
    else:
        return None
    return value if math.isfinite(value) else None


def check_number(answer: object, correct: float, right: str,
                 mistakes: Mapping[float, str] | None = None,
                 plausible: Callable[[float], str | None] | None = None,
                 tolerance: float = 0.01) -> Feedback:
    """Check a numeric answer within ``tolerance``; ``mistakes`` maps the values that common
    slips produce to an explanation, and ``plausible`` may reject impossible values.

    >>> check_number("0.5", 0.5, "Yes.").correct
    True
    >>> check_number([1], 0.5, "Yes.").correct is None
    True
    """
    if answer is None:
        return Feedback(None, NO_ANSWER)
    value = parse_number(answer)
    if value is None:
        return Feedback(None, f"Type a number such as 0.25 or \"1/4\"; got {answer!r}.")
    if abs(value - correct) <= tolerance:
        return Feedback(True, right)
    problem = plausible(value) if plausible else None
    if problem:
        return Feedback(False, problem)
    for slip, explanation in (mistakes or {}).items():
        if abs(value - slip) <= tolerance:
            return Feedback(False, explanation)
    return Feedback(False, f"{value:g} is not it. Write down E[C] and E[D] as functions of "
                           "p, set them equal and solve for p.")
