"""Self-checks for chapter 1, anarchy and realism."""

from __future__ import annotations

from ..models import games, realism
from .exercise import Exercise
from .feedback import Feedback, check_number

# Exercise 1.1: the weight on relative gains that turns the chapter's Stag Hunt into a PD.
BASE_GAME = games.SymmetricGame(CC=4, DC=3, DD=2, CD=1)


def check_relative_weight(answer: object) -> Feedback:
    """Exercise 1.1: the smallest weight w above which the base Stag Hunt is a Prisoner's
    Dilemma (it is w* = (CC - DC) / (CC - CD) = 1/3).

    >>> check_relative_weight("1/3").correct
    True
    >>> print(check_relative_weight(0.5).message[:32])
    0.5 is Jervis's threshold p* for
    """
    correct = realism.temptation_weight(BASE_GAME)
    assert correct is not None  # a Stag Hunt has one
    return check_number(
        answer, correct,
        right="Mutual restraint is worth (1 - w) 4 and exploiting a restrained partner 3 - w, "
        "since the partner then gets 1. They are equal at 4 - 4w = 3 - w, so w* = 1/3; for "
        "any larger weight (below 1) the game is a Prisoner's Dilemma.",
        mistakes={
            0.25: "1/4 = (CC - DC) / CC forgets that the partner's payoff counts when you "
            "exploit it too: exploiting is worth DC - w CD = 3 - w, not 3.",
            0.5: "0.5 is Jervis's threshold p* for this Stag Hunt, a belief that the other "
            "restrains, not a weight on relative gains. Compare CC' = (1 - w) CC with "
            "DC' = DC - w CD instead.",
            0.4: "0.4 is the first point of the book's coarse slider at which the matrix shows "
            "a Prisoner's Dilemma; the change happens between 0.3 and 0.4. Solve "
            "(1 - w) CC = DC - w CD for the exact weight (the verdict under the figure "
            "gives it too).",
            2 / 3: "2/3 is 1 - w*, the weight the states put on their OWN payoff in the "
            "difference. The question asks for w, the weight on the other's payoff.",
        },
        plausible=lambda value: None if 0 <= value <= 1 else
        f"{value:g} cannot be a weight here: w runs from 0 (absolute gains only) to 1 "
        "(only the gap counts).",
    )


# Exercise 1.2: the largest prior of greed at which restraint still pays.
GREED_GAME = games.SymmetricGame(CC=5, DC=3, DD=2, CD=1)


def check_greed_tolerance(answer: object) -> Feedback:
    """Exercise 1.2: the largest prior q that the other is greedy at which restraint still
    pays, for CC=5, DC=3, DD=2, CD=1 (it is q* = 1 - p* = 2/3).

    >>> check_greed_tolerance("2/3").correct
    True
    >>> print(check_greed_tolerance("1/3").message[:29])
    1/3 is Jervis's p*: the least
    """
    correct = realism.greed_tolerance(GREED_GAME)
    assert correct is not None  # a Stag Hunt has one
    return check_number(
        answer, correct,
        right="The other restrains with probability 1 - q, so E[C] = 5(1 - q) + q and "
        "E[D] = 3(1 - q) + 2q. They are equal when 5 - 4q = 3 - q, at q* = 2/3: restraint "
        "pays as long as the other is at most twice as likely to be greedy as not.",
        mistakes={
            1 / 3: "1/3 is Jervis's p*: the least probability that the other is a security "
            "seeker (and restrains). The question asks for the largest probability that it is "
            "greedy, which is 1 - p*.",
            0.5: "0.5 is the answer for the 4, 3, 2, 1 Stag Hunt (the explorable's default "
            "CC = 4). Set CC = 5 and recompute.",
            0.7: "0.7 is the nearest point of the book's coarse slider; the crossing lies "
            "between 0.6 and 0.7. Set E[C] = E[D] and solve for q exactly.",
        },
        plausible=lambda value: None if 0 <= value <= 1 else
        f"{value:g} cannot be a probability: a prior lies between 0 and 1.",
    )


relative_weight = Exercise("ch1-ex-relative-weight", check_relative_weight,
                           ("1/4", "1/3", "1/2", "0.4"))
greed_tolerance = Exercise("ch1-ex-greed-tolerance", check_greed_tolerance,
                           ("1/3", "1/2", "2/3", "0.7"))

EXERCISES = (relative_weight, greed_tolerance)
