"""Chapter 3, the offense-defense balance: contest success and Jervis's four worlds."""

from __future__ import annotations

from ..models import balance
from ..plotting.offense_defense import contest_figure, worlds_figure
from .explorable import Explorable, Frame, Parameter


def percent(probability: float) -> str:
    """A probability as a percentage that never rounds a near-certainty to a certainty.

    >>> percent(0.333), percent(0.998), percent(1.0), percent(0.002)
    ('33%', 'over 99%', '100%', 'under 1%')
    """
    if 0.995 <= probability < 1.0:
        return "over 99%"
    if 0.0 < probability < 0.005:
        return "under 1%"
    return f"{probability:.0%}"


def british(text: str) -> str:
    """The library's American "offense"/"defense" in the course's British prose."""
    return text.replace("offense", "offence").replace("defense", "defence")


def render_contest(balance_ratio: float, decisiveness: float, defense_spending: float) -> Frame:
    """One attacking dollar against d dollars of defence, each worth B attacking dollars."""
    offset = balance.dollar_test(1.0, balance_ratio)  # defence 1 against offence B: 1/B per $
    effective = balance_ratio * defense_spending
    ratio = balance.tullock_win_probability(1.0, effective, decisiveness)
    difference = balance.hirshleifer_win_probability(1.0, effective, decisiveness)
    figure = contest_figure(balance_ratio, decisiveness, defense_spending,
                            f"Who wins? balance B = {balance_ratio:.2f}, "
                            f"decisiveness m = {decisiveness:.1f}")
    verdict = (f"{offset.verdict} With {defense_spending:.2f} dollars of defence per attacking "
               f"dollar the attacker wins {percent(ratio)} of contests in the ratio form and "
               f"{percent(difference)} in the difference form.")
    alt = (f"Attacker's chance of winning against defence dollars per attacking dollar, for "
           f"balance {balance_ratio:.2f} and decisiveness {decisiveness:.1f}: both curves fall "
           f"through one half at {offset.defense_per_offense_dollar:.2f} dollars of defence. "
           f"At {defense_spending:.2f} dollars the attacker wins with probability {ratio:.2f} "
           f"(ratio form) and {difference:.2f} (difference form).")
    return Frame(figure, verdict, alt)


def contest_explorer() -> Explorable:
    """Balance, decisiveness and defence spending; static over the first two."""
    return Explorable(
        title="Contest success: how much defence offsets a dollar of offence?",
        parameters=[
            Parameter("balance_ratio", "B: balance (cost ratio)", minimum=0.25, maximum=3.0,
                      step=0.05, default=1.0, static_step=0.25),
            Parameter("decisiveness", "m: decisiveness of fighting", minimum=0.5, maximum=4.0,
                      step=0.1, default=1.0, static_step=0.5),
            Parameter("defense_spending", "d: defence per attacking dollar", minimum=0.0,
                      maximum=4.0, step=0.05, default=1.0),
        ],
        render=render_contest,
        static_parameters=("balance_ratio", "decisiveness"),
        note="The course's own model: each defence dollar counts as B attacking dollars. "
             "The curves cross one half at 1/B, Jervis's dollar test.",
    )


BALANCE_MAX = 2.5
THRESHOLD = 0.5  # the course's cut-off for "distinguishable", as in world_from_measures


def render_worlds(balance_ratio: float, distinguishability: float) -> Frame:
    """Jervis's cell for a balance B and a distinguishability d."""
    world = balance.world_from_measures(balance_ratio, distinguishability, THRESHOLD)
    label = world.label[0].upper() + world.label[1:]
    figure = worlds_figure(balance_ratio, distinguishability, BALANCE_MAX, THRESHOLD,
                           f"{label} (B = {balance_ratio:.2f}, d = {distinguishability:.2f})")
    verdict = f"{label}. {world.implication}"
    alt = (f"Jervis's four worlds as four regions split at balance 1 and distinguishability "
           f"{THRESHOLD}; the setting B = {balance_ratio:.2f}, d = {distinguishability:.2f} "
           f"lies in the region where {british(world.column)} and postures are {world.row}: "
           f"{world.label}.")
    return Frame(figure, verdict, alt)


def worlds_explorer() -> Explorable:
    """Balance and distinguishability; static over both."""
    return Explorable(
        title="Jervis's four worlds: balance and distinguishability",
        parameters=[
            Parameter("balance_ratio", "B: balance (cost ratio)", minimum=0.25,
                      maximum=BALANCE_MAX, step=0.05, default=0.5, static_step=0.25),
            Parameter("distinguishability", "d: distinguishability", minimum=0.0, maximum=1.0,
                      step=0.01, default=0.2, static_step=0.1),
        ],
        render=render_worlds,
        static_parameters=("balance_ratio", "distinguishability"),
        note="Defence has the advantage right of B = 1; the course counts postures as "
             "distinguishable above d = 0.5 (Jervis's variables are yes or no).",
    )


EXPLORABLES = (contest_explorer, worlds_explorer)
