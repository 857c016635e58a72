"""Self-checks for chapter 3, the offense-defense balance."""

from __future__ import annotations

from ..models import balance
from .exercise import Exercise
from .feedback import Feedback, check_choice, check_number

# Exercise 3.1: the defence that offsets one attacking dollar at B = 2.5.
EXERCISE_BALANCE = 2.5


def check_offset(answer: object) -> Feedback:
    """Exercise 3.1: dollars of defence that offset one dollar of offence when B = 2.5
    (it is 1/B = 0.4).

    >>> check_offset(0.4).correct
    True
    >>> check_offset("2.5").message[:30]
    '2.5 is B itself: the attacking'
    """
    correct = balance.defense_dollars_per_offense_dollar(EXERCISE_BALANCE)
    return check_number(
        answer, correct,
        right="An attacker needs 2.5 dollars for each defence dollar, so one attacking dollar "
        "is matched by 1/2.5 = 0.4 dollars of defence: less than one, so defence has the "
        "advantage (Jervis's dollar test).",
        mistakes={
            EXERCISE_BALANCE: "2.5 is B itself: the attacking dollars needed per dollar of "
            "defence. The question asks the other way round, defence per attacking dollar.",
            1.0: "One dollar for one dollar is parity (B = 1). Here attacking is dearer than "
            "defending, so less than a dollar of defence is enough.",
            EXERCISE_BALANCE - 1: "1.5 is B - 1. The balance is a ratio: divide, do not "
            "subtract.",
        },
        plausible=lambda value: None if value > 0 else
        f"{value:g} dollars cannot offset an attack: the answer is a positive amount.",
    )


# Exercise 3.2: Jervis's world for B = 0.5 and distinguishability 0.8.
WORLD_SETTING = {"balance": 0.5, "distinguishability": 0.8}
DOUBLY_DANGEROUS = "doubly dangerous"
COMPATIBLE = "security dilemma, but security requirements may be compatible"
AGGRESSION = "no security dilemma, but aggression possible"
DOUBLY_STABLE = "doubly stable"
WORLD_ALIASES = {
    DOUBLY_DANGEROUS: DOUBLY_DANGEROUS,
    COMPATIBLE: COMPATIBLE, COMPATIBLE.replace(",", ""): COMPATIBLE,
    "security requirements may be compatible": COMPATIBLE,
    AGGRESSION: AGGRESSION, AGGRESSION.replace(",", ""): AGGRESSION,
    "aggression possible": AGGRESSION, "no security dilemma": AGGRESSION,
    DOUBLY_STABLE: DOUBLY_STABLE, "doubly safe": DOUBLY_STABLE,
}


def check_world(answer: object) -> Feedback:
    """Exercise 3.2: Jervis's world when B = 0.5 (offence has the advantage) and
    distinguishability is 0.8 (postures can be told apart).

    >>> check_world("No security dilemma, but aggression possible").correct
    True
    >>> check_world("doubly stable").message[:28]
    'In the doubly stable world d'
    """
    correct = balance.world_from_measures(**WORLD_SETTING).label
    return check_choice(
        answer, correct, WORLD_ALIASES,
        explanations={
            DOUBLY_DANGEROUS: "Doubly dangerous needs arms that cannot be told apart; here "
            "distinguishability is 0.8, above the cut-off of 0.5.",
            COMPATIBLE: "That world has defence ahead (B > 1) and postures that cannot be told "
            "apart; here B = 0.5 (offence ahead) and postures can be told apart (0.8).",
            DOUBLY_STABLE: "In the doubly stable world defence has the advantage, but B = 0.5 "
            "means an attacker pays only half a dollar per dollar of defence: offence is "
            "ahead.",
        },
        right="Offence is ahead (B < 1) but postures can be told apart (d > 0.5): states "
        "content with the status quo can show it by buying defence only, so there is no "
        "security dilemma, but a state bent on attack still finds it attractive.",
    )


offset = Exercise("ch3-ex-offset", check_offset, ("2.5", "1", "0.4", "1.5"))
world = Exercise("ch3-ex-world", check_world,
                 (DOUBLY_DANGEROUS, COMPATIBLE, AGGRESSION, DOUBLY_STABLE))

EXERCISES = (offset, world)
