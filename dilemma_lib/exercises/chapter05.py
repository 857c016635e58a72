"""Self-checks for chapter 5, cooperation under anarchy."""

from __future__ import annotations

from ..models import repeated
from ..widgets import chapter05 as widgets
from .exercise import Exercise
from .feedback import Feedback, check_choice

STRATEGY_ALIASES = {
    **{name.lower().replace("-", " "): name for name in repeated.STRATEGIES},
    **{alias.lower(): name for alias, name in repeated.ALIASES.items()},
    "tit for tat": "Tit For Tat", "generous tit for tat": "Generous Tit For Tat",
    "win stay lose shift": "Win-Stay Lose-Shift", "pavlov": "Win-Stay Lose-Shift",
    "tit for two tats": "Tit For Two Tats", "grim trigger": "Grudger", "grim": "Grudger",
}
"""Spellings a student may type (normalised: lower case, no hyphens) -> strategy names."""


def noise_champion(noise: float = 0.1) -> str:
    """Of the match explorable's four strategies, the one that cooperates most with itself.

    >>> noise_champion()
    'Tit For Two Tats'
    """
    rates = {name: widgets.match_cooperation(name, noise, 0.0)
             for name in widgets.MATCH_STRATEGIES}
    return max(rates, key=rates.get)


def check_noisy_partner(answer: object) -> Feedback:
    """Exercise 5.1: at noise 0.1, which strategy cooperates most with a copy of itself?

    >>> check_noisy_partner("TF2T").correct
    True
    >>> check_noisy_partner("Tit for Tat").message[:30]
    'Tit For Tat is the worst of th'
    """
    rates = {name: widgets.match_cooperation(name, 0.1, 0.0) for name in widgets.MATCH_STRATEGIES}
    pct = {name: f"{rate:.0%}" for name, rate in rates.items()}
    return check_choice(
        answer, noise_champion(0.1), STRATEGY_ALIASES,
        explanations={
            "Tit For Tat": f"Tit For Tat is the worst of the four here ({pct['Tit For Tat']}): "
            "each misstep is answered in kind, the answer is answered again, and the pair "
            "echoes defections back and forth until another error breaks the cycle.",
            "Generous Tit For Tat": "Generous Tit For Tat does well "
            f"({pct['Generous Tit For Tat']}), because it forgives a third of the defections "
            "it sees, but one strategy forgives more and keeps more cooperation.",
            "Win-Stay Lose-Shift": "Win-Stay Lose-Shift recovers from a mistake in two turns "
            f"({pct['Win-Stay Lose-Shift']}), but every error still costs those two turns, "
            "and one strategy ignores single defections altogether.",
            **{other: f"{other} is not one of the four strategies of the match explorable; "
               "choose among Tit For Tat, Generous Tit For Tat, Win-Stay Lose-Shift and Tit "
               "For Two Tats." for other in repeated.STRATEGIES
               if other not in widgets.MATCH_STRATEGIES},
        },
        right=f"Tit For Two Tats keeps {pct['Tit For Two Tats']} of moves cooperative: it "
        "retaliates only after two defections in a row, so a single flipped move, the most "
        "common error at this noise, never starts a feud. The price is that it can be "
        "exploited by a player that defects every other turn.",
    )


def tournament_winner() -> str:
    """The winner of the chapter's noise-free tournament.

    >>> tournament_winner()
    'Grudger'
    """
    return widgets.run_tournament(0.0, 0.0).ranked_names[0]


def check_tournament_winner(answer: object) -> Feedback:
    """Exercise 5.2: which strategy wins the chapter's tournament without noise?

    >>> check_tournament_winner("grudger").correct
    True
    >>> check_tournament_winner("TFT").message[:25]
    'Tit For Tat comes second '
    """
    result = widgets.run_tournament(0.0, 0.0)
    scores = dict(zip(result.names, result.mean_scores, strict=True))
    names = list(result.names)
    ranked = result.ranked_names

    def place(name: str) -> int:
        return ranked.index(name) + 1

    return check_choice(
        answer, tournament_winner(), STRATEGY_ALIASES,
        explanations={
            "Tit For Tat": f"Tit For Tat comes second here ({scores['Tit For Tat']:.2f} per "
            "turn). It won Axelrod's tournaments, but this field contains Random, which "
            "Tit For Tat keeps forgiving and Grudger exploits for ever after its first "
            "defection.",
            "Always Defect": f"Always Defect ranks {place('Always Defect')} of {len(names)} "
            f"({scores['Always Defect']:.2f}): it exploits Always Cooperate and Random, but "
            "every reciprocating strategy shuts it down after one turn.",
            "Generous Tit For Tat": "Generous Tit For Tat ranks "
            f"{place('Generous Tit For Tat')} ({scores['Generous Tit For Tat']:.2f}): "
            "without noise its generosity only helps its exploiters.",
            "Win-Stay Lose-Shift": "Win-Stay Lose-Shift ranks "
            f"{place('Win-Stay Lose-Shift')} ({scores['Win-Stay Lose-Shift']:.2f}): against "
            "Always Defect it keeps trying to cooperate every other turn.",
        },
        right=f"Grudger wins with {scores['Grudger']:.2f} per turn. It is nice (never "
        "defects first), so it cooperates fully with every other nice strategy, and it "
        "punishes for ever, which against Random and Always Defect pays more than Tit For "
        "Tat's forgiveness. Who wins depends on who else is in the tournament.",
    )


noisy_partner = Exercise("ch5-ex-noisy-partner", check_noisy_partner,
                         ("Tit For Tat", "Generous Tit For Tat", "Win-Stay Lose-Shift",
                          "Tit For Two Tats"))
tournament = Exercise("ch5-ex-tournament", check_tournament_winner,
                      ("Tit For Tat", "Always Defect", "Grudger", "Win-Stay Lose-Shift"))

EXERCISES = (noisy_partner, tournament)
