"""Self-checks for chapter 2, the security dilemma."""

from __future__ import annotations

from ..models import games
from .exercise import Exercise
from .feedback import Feedback, check_choice, check_number

GAME_ALIASES = {
    "prisoners dilemma": games.PRISONERS_DILEMMA, "pd": games.PRISONERS_DILEMMA,
    "stag hunt": games.STAG_HUNT, "sh": games.STAG_HUNT, "assurance": games.STAG_HUNT,
    "chicken": games.CHICKEN, "hawk dove": games.CHICKEN,
    "deadlock": games.DEADLOCK, "harmony": games.HARMONY,
}

# Exercise 2.1: the game with CC=3, DC=2, DD=1, CD=0.
EXERCISE_GAME = games.SymmetricGame(CC=3, DC=2, DD=1, CD=0)


def check_game_type(answer: object) -> Feedback:
    """Exercise 2.1: name the game with CC=3, DC=2, DD=1, CD=0.

    >>> check_game_type("stag hunt").correct
    True
    >>> print(check_game_type("Prisoner's Dilemma").message[:25])
    In a Prisoner's Dilemma D
    """
    return check_choice(
        answer, games.classify(EXERCISE_GAME), GAME_ALIASES,
        explanations={
            games.PRISONERS_DILEMMA: "In a Prisoner's Dilemma DC > CC, but here exploiting "
            "the other (DC = 2) is worth less than mutual restraint (CC = 3).",
            games.CHICKEN: "In Chicken mutual defection is the worst outcome, but here "
            "DD = 1 is better than being exploited (CD = 0).",
            games.DEADLOCK: "In Deadlock states prefer mutual defection to mutual "
            "cooperation, but here CC = 3 > DD = 1.",
            games.HARMONY: "In Harmony cooperating pays even against a defector, but here "
            "CD = 0 < DD = 1: restraint against an armed state is the worst outcome.",
        },
        right="CC > DC > DD > CD is Jervis's Stag Hunt: mutual restraint is best, but a "
        "state restrains only if it trusts the other to do the same.",
    )


# Exercise 2.2: Jervis's threshold for CC=5, DC=4, DD=2, CD=0.
THRESHOLD_GAME = games.SymmetricGame(CC=5, DC=4, DD=2, CD=0)


def check_threshold(answer: object) -> Feedback:
    """Exercise 2.2: p* for CC=5, DC=4, DD=2, CD=0 (it is 2/3).

    >>> check_threshold("2/3").correct
    True
    >>> check_threshold(1/3).message[:30]
    'You found 1 - p*: 1/3 is the b'
    """
    correct = games.cooperation_threshold(THRESHOLD_GAME)
    assert correct is not None  # a Stag Hunt has a threshold
    return check_number(
        answer, correct,
        right="p* = (DD - CD) / ((CC - DC) + (DD - CD)) = 2 / (1 + 2) = 2/3: the state must "
        "believe restraint is twice as likely as arming before it restrains.",
        mistakes={
            1 - correct: "You found 1 - p*: 1/3 is the belief that the other ARMS at which "
            "the state is indifferent. The question asks for the belief that it restrains.",
            0.5: "0.5 is the threshold for Jervis's 4, 3, 2, 1 example; recompute with these "
            "payoffs.",
        },
        plausible=lambda value: None if 0 <= value <= 1 else
        f"{value:g} cannot be a belief: probabilities lie between 0 and 1.",
    )


# The checkable exercises of the chapter: the right answer first is not required; the site
# shows the options in this order, so mix it in among the mistakes the checks explain.
game_type = Exercise("ch2-ex-game-type", check_game_type,
                     ("Prisoner's Dilemma", "Stag Hunt", "Chicken", "Deadlock", "Harmony"))
threshold = Exercise("ch2-ex-threshold", check_threshold, ("1/3", "1/2", "2/3", "3/2"))

EXERCISES = (game_type, threshold)
