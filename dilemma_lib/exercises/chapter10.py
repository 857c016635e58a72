"""Self-checks for chapter 10, achieving cyber peace."""

from __future__ import annotations

from ..models import games, norms
from ..models.policy import CYBER_CASE, PolicyMix, levered_game
from .exercise import Exercise
from .feedback import Feedback, check_choice, check_number

LEVER_ALIASES = {
    "norms": "norms", "norm": "norms", "institutions and norms": "norms",
    "verification": "verification", "verify": "verification",
    "doctrine": "doctrine", "doctrine and transparency": "doctrine",
    "transparency": "doctrine", "organisation and doctrine": "doctrine",
    "organization and doctrine": "doctrine",
    "none": "none", "no lever": "none", "nothing": "none",
}
SECOND_LEVERS = ("norms", "verification", "doctrine")


def game_with_full_technology_and(lever: str) -> games.SymmetricGame:
    """The default cyber world with technology and one other lever at full intensity.

    >>> round(game_with_full_technology_and("norms").DC, 2)
    3.2
    """
    return levered_game(CYBER_CASE, PolicyMix(technology=1.0, **{lever: 1.0}))


def _second_lever() -> str:
    """The one lever that, added at full to full technology, makes a Stag Hunt."""
    found = [lever for lever in SECOND_LEVERS
             if games.classify(game_with_full_technology_and(lever)) == games.STAG_HUNT]
    return found[0] if len(found) == 1 else "none"


def check_second_lever(answer: object) -> Feedback:
    """Exercise 10.1: with technology at full, which one more lever at full makes a Stag Hunt?

    >>> check_second_lever("verification").correct
    True
    >>> check_second_lever("Doctrine").message[:36]
    'Doctrine does not touch the payoffs:'
    """
    dc = {lever: game_with_full_technology_and(lever).DC for lever in SECOND_LEVERS}
    return check_choice(
        answer, _second_lever(), LEVER_ALIASES,
        explanations={
            "norms": f"Norms alone fine only a cheat that is detected, and detection stays at "
            f"0.2 without verification, so DC falls only to {dc['norms']:.2f}: still above "
            "CC = 3, still a Prisoner's Dilemma.",
            "doctrine": "Doctrine does not touch the payoffs: it raises distinguishability, so "
            f"the world becomes 'doubly stable', but DC stays at {dc['doctrine']:.2f} > CC = 3 "
            "and the game stays a Prisoner's Dilemma.",
            "none": "One lever does it: set technology to 1 and try each of the other three "
            "at 1 in the policy lab, watching the title of the figure.",
        },
        right=f"Verification catches 30 % of cheats, whose victims answer in kind, so DC "
        f"falls to {dc['verification']:.2f} < CC = 3: a Stag Hunt with p* = 0.65. Neither "
        "remedy does it alone.",
    )


EXERCISE_THRESHOLD, EXERCISE_SPREAD = 0.4, 0.1


def check_critical_mass(answer: object) -> Feedback:
    """Exercise 10.2: the least share of early adopters from which the norm cascades.

    >>> check_critical_mass(0.1).correct
    True
    >>> check_critical_mass("1/3").message[:31]
    'One third is what Finnemore and'
    """
    correct = norms.critical_mass(EXERCISE_THRESHOLD, EXERCISE_SPREAD)
    assert correct is not None  # some share of early adopters always tips the model
    below = norms.cascade(correct - 0.05, EXERCISE_THRESHOLD, EXERCISE_SPREAD)
    return check_number(
        answer, correct,
        right=f"From {correct:g} (a tenth of the states) the early adopters move the most "
        "willing followers, who move the next, and adoption runs on to every state; with "
        "fewer it stalls far below one third.",
        mistakes={
            correct - 0.05: f"With {correct - 0.05:g} the norm stalls: adoption stops at "
            f"{below.final_share:.2f} after {below.rounds} rounds. Try a little more.",
            norms.ONE_THIRD: "One third is what Finnemore and Sikkink report from empirical "
            "studies (tipping rarely happens before a third of states adopt). The question "
            "asks what this model needs: read it off the explorable.",
            norms.CASCADE_SHARE: "0.9 is where the course says adoption is near-universal: "
            "the end of a cascade, not the early adopters needed to start one.",
        },
        plausible=lambda value: None if 0 <= value <= 1 else (
            f"{value:g} looks like a percentage: write the share as a number between 0 and "
            "1, e.g. 0.25 for 25 %." if 1 < value <= 100 else
            f"{value:g} cannot be a share of states: shares lie between 0 and 1."),
    )


second_lever = Exercise("ch10-ex-second-lever", check_second_lever,
                        ("norms", "verification", "doctrine", "none"))
critical_mass = Exercise("ch10-ex-critical-mass", check_critical_mass,
                         ("0.05", "0.1", "1/3", "0.9"))

EXERCISES = (second_lever, critical_mass)
