"""Chapter 8, the cybersecurity dilemma: the breach model, Slayton's balance, four worlds."""

from __future__ import annotations

from ..models import balance, cyber
from ..plotting.cyber_dilemma import balance_figure, breach_figure, worlds_figure
from .explorable import Explorable, Frame, Parameter


def _percent(x: float) -> str:
    """A probability as a rounded percentage, in words at the ends.

    >>> _percent(0.6415), _percent(1.0), _percent(0.0)
    ('64%', 'certain (100%)', 'zero')
    """
    if x >= 1.0 - 5e-7:
        return "certain (100%)"
    if x <= 0.0:
        return "zero"
    return f"{100 * x:.0f}%" if x >= 0.01 else f"{100 * x:.2g}%"


def render_breach(p: float, n: float, q: float, k: float) -> Frame:
    """The attacker's n attempts against the defender's k chances to notice the intrusion."""
    n, k = round(n), round(k)
    breach = cyber.breach_probability(p, n)
    seen = cyber.detection_probability(q, k)
    unseen = cyber.undetected_intrusion_probability(p, q, n=n, k=k)
    figure = breach_figure(p, n, q, k)
    verdict = (f"{n} attempts at {p:g} each give at least one breach with probability "
               f"{_percent(breach)}; an intrusion of {k} steps, each seen with probability "
               f"{q:g}, is noticed with probability {_percent(seen)}, so the attacker gets in "
               f"and stays unseen with probability {_percent(unseen)}.")
    alt = (f"Two rising curves against the number of tries from 1 to 30: the chance of at "
           f"least one breach when each attempt succeeds with probability {p:g} (marked at "
           f"{n} attempts: {breach:.3f}) and the chance of seeing at least one step of an "
           f"intrusion when each step is seen with probability {q:g} (marked at {k} steps: "
           f"{seen:.3f}).")
    return Frame(figure, verdict, alt)


def breach_explorer() -> Explorable:
    """Four sliders; the static page varies the chances p and q with n = 20 and k = 5."""
    return Explorable(
        title="The attacker needs one success, but so does the defender",
        parameters=[
            Parameter("p", "p: chance per attempt", 0.0, 0.5, 0.01, 0.05, static_step=0.05),
            Parameter("n", "n: attempts", 1, 30, 1, 20),
            Parameter("q", "q: chance to see a step", 0.0, 0.5, 0.01, 0.2, static_step=0.1),
            Parameter("k", "k: steps of the intrusion", 1, 30, 1, 5),
        ],
        render=render_breach,
        static_parameters=("p", "q"),
        note="Each curve is 1 - (1 - chance)^tries, assuming independent tries. Read any "
        "number of attempts or steps off the curves.",
    )


def render_balance(offense_value: float, offense_cost: float, defense_value: float,
                   defense_cost: float, offense_skill: float, defense_skill: float) -> Frame:
    """Slayton's balance: value less skill-adjusted cost for offence and for defence."""
    result = cyber.offense_defense_balance(
        offense_value, offense_cost, defense_value, defense_cost,
        offense_skill=offense_skill, defense_skill=defense_skill)
    costs = (offense_cost / offense_skill, defense_cost / defense_skill)
    figure = balance_figure(result, (offense_value, defense_value), costs)
    side = {cyber.OFFENSE: "favours offence", cyber.DEFENSE: "favours defence",
            cyber.NEITHER: "favours neither side"}[result.favours]
    verdict = (f"The balance {side}: offence nets {result.offense_utility:.2f} and defence "
               f"{result.defense_utility:.2f}. Skill divides each side's cost, so the same "
               f"operation can favour either side depending on who carries it out.")
    alt = (f"Bars for offence: value {offense_value:g}, cost over skill {costs[0]:.2f}, net "
           f"{result.offense_utility:.2f}; for defence: value {defense_value:g}, cost over "
           f"skill {costs[1]:.2f}, net {result.defense_utility:.2f}.")
    return Frame(figure, verdict, alt)


VALUE_RANGE = {"minimum": 0.0, "maximum": 20.0, "step": 0.5}
SKILL_RANGE = {"minimum": 0.5, "maximum": 3.0, "step": 0.1, "static_step": 0.5}


def balance_explorer() -> Explorable:
    """Six sliders; the static page varies the two skills."""
    return Explorable(
        title="Slayton's balance: value, cost and skill on each side",
        parameters=[
            Parameter("offense_value", "value of the attack", default=10.0, **VALUE_RANGE),
            Parameter("offense_cost", "cost of the attack", default=8.0, **VALUE_RANGE),
            Parameter("defense_value", "value of the defence", default=10.0, **VALUE_RANGE),
            Parameter("defense_cost", "cost of the defence", default=4.0, **VALUE_RANGE),
            Parameter("offense_skill", "attacker's skill", default=1.0, **SKILL_RANGE),
            Parameter("defense_skill", "defender's skill", default=1.0, **SKILL_RANGE),
        ],
        render=render_balance,
        static_parameters=("offense_skill", "defense_skill"),
        note="Illustrative units, not dollars. The course's formula: net utility = value - "
        "cost / skill (Slayton gives no formula).",
    )


# (name, balance B, distinguishability d, kind): the course's own illustrative placements,
# not measurements; the prose says why each sits where it does.
EXAMPLE_WEAPONS = (
    ("fortifications", 3.5, 0.85, "conventional"),
    ("anti-aircraft missiles", 2.2, 0.68, "conventional"),
    ("tanks", 0.6, 0.58, "conventional"),
    ("zero-day exploit", 0.3, 0.1, "cyber"),
    ("espionage intrusion", 0.45, 0.22, "cyber"),
    ("intrusion detection", 1.4, 0.3, "cyber"),
    ("DDoS botnet", 0.35, 0.4, "cyber"),
)


def render_worlds(balance_b: float, distinguishability: float, threshold: float) -> Frame:
    """Place a weapon with balance B and distinguishability d in Jervis's four worlds."""
    world = balance.world_from_measures(balance_b, distinguishability, threshold)
    figure = worlds_figure(balance_b, distinguishability, threshold, EXAMPLE_WEAPONS)
    verdict = (f"B = {balance_b:g} and d = {distinguishability:g} fall in the world Jervis calls "
               f"\"{world.label}\". {world.implication}")
    cyber_worlds = sorted({balance.world_from_measures(b, d, threshold).label
                           for _, b, d, kind in EXAMPLE_WEAPONS if kind == "cyber"})
    alt = (f"Four regions split at B = 1 and d = {threshold:g}. The star at B = {balance_b:g}, "
           f"d = {distinguishability:g} lies in \"{world.label}\". The cyber examples fall in: "
           f"{'; '.join(cyber_worlds)}.")
    return Frame(figure, verdict, alt)


def worlds_explorer() -> Explorable:
    """Balance, distinguishability and the cut-off; the static page varies the first two."""
    return Explorable(
        title="Cyber weapons in Jervis's four worlds",
        parameters=[
            Parameter("balance_b", "balance B", 0.2, 3.0, 0.1, 1.4, static_step=0.4),
            Parameter("distinguishability", "distinguishability d", 0.0, 1.0, 0.05, 0.3,
                      static_step=0.2),
            Parameter("threshold", "cut-off for distinguishable", 0.1, 0.9, 0.05, 0.5),
        ],
        render=render_worlds,
        static_parameters=("balance_b", "distinguishability"),
        note="Diamonds: cyber tools; circles: conventional weapons; star: your weapon. The "
        "example points are the course's illustrative placements, not measurements.",
    )


EXPLORABLES = (breach_explorer, balance_explorer, worlds_explorer)
