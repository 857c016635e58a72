"""Self-checks for chapter 9, efforts at cooperation."""

from __future__ import annotations

import numpy as np

from ..models import cyber
from ..widgets.chapter09 import RECIPROCITY_STRATEGIES, reciprocity_results
from .exercise import Exercise
from .feedback import Feedback, check_choice, check_number

# Exercise 9.1: state 1's gain from mutual restraint at d1 = 0.8, d2 = 0.4 (default scales).
D1, D2 = 0.8, 0.4


def check_restraint_gain(answer: object) -> Feedback:
    """Exercise 9.1: CC - DD for state 1 at d1 = 0.8, d2 = 0.4 (it is 2.9).

    >>> check_restraint_gain(2.9).correct
    True
    >>> check_restraint_gain("0.5").message[:22]
    "0.5 is state 2's gain,"
    """
    mine, theirs = cyber.restraint_gains(D1, D2)
    feedback = check_number(
        answer, mine,
        right=f"CC - DD = damage x d1 + attack cost - gain x d2 = 4 x 0.8 + 0.5 - 2 x 0.4 = "
        f"{mine:.1f}: the more networked state has far more to lose from mutual attack than "
        f"its rival ({theirs:.1f}).",
        mistakes={
            theirs: f"{theirs:.1f} is state 2's gain, the less networked state's: for state 1 "
            "use its own dependence d1 = 0.8 for the damage it suffers.",
            mine - 0.5: "You left out the cost of attacking (0.5), which mutual attack also "
            "pays and mutual restraint saves.",
            -mine: "Mind the sign: the gain from restraint is CC - DD, the payoff of mutual "
            "restraint minus that of mutual attack.",
            4 * D1: "3.2 is only the damage state 1 avoids; restraint also costs it the gain "
            "from attacking (2 x 0.4) and saves the cost of attacking (0.5).",
        },
    )
    if feedback.correct is False and feedback.message.endswith("solve for p."):
        return Feedback(False, feedback.message.split(" is not it.")[0] + " is not it. Read "
                        "the left bar of the explorable at d1 = 0.8, d2 = 0.4, or compute "
                        "damage x d1 + attack cost - gain x d2.")
    return feedback


# Exercise 9.2: with 10 % of moves misread and Generous TFT's q = 0.3, which strategy keeps the
# most cooperation with a twin of itself?
MISREAD, GENEROSITY = 0.1, 0.3
STRATEGY_ALIASES = {
    "tit for tat": "Tit For Tat", "tft": "Tit For Tat", "copycat": "Tit For Tat",
    "generous tit for tat": "Generous Tit For Tat", "generous tft": "Generous Tit For Tat",
    "gtft": "Generous Tit For Tat",
    "tit for two tats": "Tit For Two Tats", "tf2t": "Tit For Two Tats",
    "tit for 2 tats": "Tit For Two Tats", "copykitten": "Tit For Two Tats",
    "win stay lose shift": "Win-Stay Lose-Shift", "wsls": "Win-Stay Lose-Shift",
    "pavlov": "Win-Stay Lose-Shift",
    "grudger": "Grudger", "grim": "Grudger", "grim trigger": "Grudger",
    "always defect": "Always Defect", "alld": "Always Defect",
}


def twin_cooperation(misperception: float = MISREAD,
                     generosity: float = GENEROSITY) -> dict[str, float]:
    """Each strategy's cooperation rate with a twin in the explorable's round robin.

    >>> round(twin_cooperation()["Tit For Tat"], 2)
    0.51
    """
    result = reciprocity_results(misperception, generosity)
    rates = np.diag(result.cooperation_matrix)
    return {name: float(rate) for (name, _), rate in zip(RECIPROCITY_STRATEGIES, rates,
                                                         strict=True)}


def check_survivor(answer: object) -> Feedback:
    """Exercise 9.2: the strategy that cooperates most with its twin at 10 % misreading.

    >>> check_survivor("TF2T").correct
    True
    >>> check_survivor("tit for tat").correct
    False
    """
    rates = twin_cooperation()
    best = max(rates, key=rates.get)

    def share(name: str) -> str:
        return f"{rates[name]:.0%}"

    return check_choice(
        answer, best, STRATEGY_ALIASES,
        explanations={
            "Tit For Tat": f"Two Tit for Tat states cooperate only {share('Tit For Tat')} of "
            "the time: one misread move starts an echo of retaliation that the next misread "
            "move may or may not end.",
            "Generous Tit For Tat": "Generous TFT does well "
            f"({share('Generous Tit For Tat')}), but with q = 0.3 it still answers most seen "
            "defections in kind, so some echoes run for a while.",
            "Win-Stay Lose-Shift": f"Win-Stay Lose-Shift recovers ({share('Win-Stay Lose-Shift')}"
            "), but each misreading costs it a round of mutual defection before it shifts back.",
            "Grudger": f"Grudger cooperates only {share('Grudger')} of the time: the first "
            "misread move ends its cooperation for good.",
            "Always Defect": "Always Defect never cooperates, with a twin or anyone else.",
        },
        right=f"Tit for Two Tats keeps {share(best)}: it retaliates only after two defections "
        "in a row, and two independent misreadings in a row are rare (about 1 in 100 at a 10 % "
        "rate), so a single attribution error never starts a feud.",
    )


restraint_gain = Exercise("ch9-ex-restraint-gain", check_restraint_gain,
                          ("0.5", "2.4", "2.9", "-2.9"))
survivor = Exercise("ch9-ex-survivor", check_survivor,
                    ("Tit For Tat", "Generous Tit For Tat", "Tit For Two Tats",
                     "Win-Stay Lose-Shift", "Grudger"))

EXERCISES = (restraint_gain, survivor)
