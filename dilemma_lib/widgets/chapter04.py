"""Chapter 4, arms races, spirals and signals: Richardson's race, the belief spiral, and
how much a costly signal must cost."""

from __future__ import annotations

import numpy as np

from ..models import arms_race, signals, spiral
from ..models.games import SymmetricGame, cooperation_threshold
from ..plotting.arms_race import belief_figure, richardson_figure, signal_figure
from .explorable import Explorable, Frame, Parameter

# --- 1. Richardson's arms race, with reactions from the offense-defense balance ------------

RACE_START = (4.0, 0.5)  # state 1 starts well armed, state 2 hardly (course choice)
RACE_HORIZON = 10.0
RACE_TIMES = np.linspace(0.0, RACE_HORIZON, 101)


def _amount(value: float) -> str:
    """A spending total in words a reader can take in: 12.3, 4,560 or 3.2e+15."""
    if value < 1e4:
        return f"{value:.1f}"
    if value < 1e9:
        return f"{value:,.0f}"
    return f"{value:.1e}"


def describe_race(model: arms_race.RichardsonModel, outcome: str, total: float,
                  baseline: float) -> str:
    """One or two sentences: stability (a·b against k·l), where the race goes, its cost.

    >>> m = arms_race.model_from_balance(1, 2, a=1, b=1, g=0.5, h=0.5)
    >>> describe_race(m, arms_race.STABLE_RACE, 30.0, 15.0)[:52]
    'a·b = 1.00 > k·l = 0.50: restraint outweighs reactio'
    """
    ab, kl = model.a * model.b, model.k * model.l
    if arms_race.is_stable(model):
        x, y = arms_race.equilibrium(model)
        head = (f"a·b = {ab:.2f} > k·l = {kl:.2f}: restraint outweighs reaction, so the race "
                f"is stable and heads for x* = {x:.2f}, y* = {y:.2f}")
        if outcome == arms_race.DISARMAMENT:
            head += ", which the course reads as no arms at all (disarmament)"
    elif outcome == arms_race.RUNAWAY_RACE:
        head = (f"a·b = {ab:.2f} ≤ k·l = {kl:.2f}: each state's reaction to the other outruns "
                "its own restraint, so the race runs away without limit")
    else:
        head = (f"a·b = {ab:.2f} ≤ k·l = {kl:.2f}: the race is unstable, but goodwill pushes "
                "it the other way, so both states' arms wither (runaway disarmament)")
    ratio = total / baseline if baseline > 0 else None
    times = (f", {ratio:.1f} times" if ratio and ratio < 1e4 else f", {_amount(ratio)} times"
             if ratio else "")
    times += " what they would spend if neither reacted" if ratio else ""
    return f"{head}. By time {RACE_HORIZON:g} the two have spent {_amount(total)}{times}."


def render_race(balance_1: float, balance_2: float, fatigue: float, grievance: float) -> Frame:
    """Richardson's model with k = 1/B1, l = 1/B2 (course choice), a = b, g = h."""
    model = arms_race.model_from_balance(balance_1, balance_2, a=fatigue, b=fatigue,
                                         g=grievance, h=grievance)
    calm = arms_race.RichardsonModel(k=0, l=0, a=fatigue, b=fatigue, g=grievance, h=grievance)
    path = arms_race.trajectory(model, RACE_START, RACE_TIMES)
    cost = arms_race.cumulative_cost(model, RACE_START, RACE_TIMES)
    baseline = arms_race.cumulative_cost(calm, RACE_START, RACE_TIMES)
    outcome = arms_race.classify(model, RACE_START)
    total, reference = float(cost[-1].sum()), float(baseline[-1].sum())
    title = (f"k = 1/B₁ = {model.k:.2f}, l = 1/B₂ = {model.l:.2f}, a = b = {fatigue:.2f}, "
             f"g = h = {grievance:.2f}: {outcome}")
    figure = richardson_figure(model, RACE_START, RACE_TIMES, path, cost, baseline, title)
    x_end, y_end = path[-1]
    alt = (f"Phase plane of Richardson's model with k = {model.k:.2f}, l = {model.l:.2f}, "
           f"a = b = {fatigue:.2f}, g = h = {grievance:.2f}: the path from x = 4, y = 0.5 "
           f"reaches x = {_amount(x_end) if x_end >= 0 else f'{x_end:.2f}'}, "
           f"y = {_amount(y_end) if y_end >= 0 else f'{y_end:.2f}'} at time "
           f"{RACE_HORIZON:g} ({outcome}). Right: total spending rises to {_amount(total)}, "
           f"against {_amount(reference)} if neither state reacted.")
    return Frame(figure, describe_race(model, outcome, total, reference), alt)


def race_explorer() -> Explorable:
    """Richardson's race; the static page varies B1 and the fatigue, with B2 = 2."""
    return Explorable(
        title="Richardson's arms race: when does it run away, and what does it cost?",
        parameters=[
            Parameter("balance_1", "B₁ (attack on state 1)", 0.25, 3.0, 0.05, 1.0,
                      static_step=0.25),
            Parameter("balance_2", "B₂ (attack on state 2)", 0.25, 3.0, 0.05, 2.0),
            Parameter("fatigue", "fatigue a = b", 0.5, 2.0, 0.05, 1.0, static_step=0.5),
            Parameter("grievance", "grievance g = h", -1.0, 2.0, 0.1, 0.5),
        ],
        render=render_race,
        static_parameters=("balance_1", "fatigue"),
        note="Reactions k = 1/B₁ and l = 1/B₂ (the course's link to the offense-defense "
        "balance). State 1 starts at x = 4, state 2 at y = 0.5.",
    )


# --- 2. The belief spiral -------------------------------------------------------------------

TRUST_GAME = SymmetricGame(CC=4, DC=3, DD=2, CD=1)  # Jervis's Stag Hunt, p* = 0.5
SPIRAL_SEED = 3  # fixed draws, so that frames never jitter as sliders move


def render_spiral(prior: float, distinguishability: float, greedy_rate: float,
                  rounds: float) -> Frame:
    """Two security seekers watch each other arm; fear feeds back into the arming."""
    n = round(rounds)
    threshold = cooperation_threshold(TRUST_GAME)
    fed = spiral.belief_spiral(prior, distinguishability, n, threshold, greedy_rate,
                               SPIRAL_SEED)
    calm = spiral.belief_spiral(prior, distinguishability, n, threshold, greedy_rate,
                                SPIRAL_SEED, reacts_to_fear=False)
    paths = {
        "state 1's belief about state 2": fed.beliefs[:, 0],
        "state 2's belief about state 1": fed.beliefs[:, 1],
        "state 1's belief if fear changed nothing": calm.beliefs[:, 0],
    }
    one_look = signals.posterior_after_arming(prior, distinguishability, True, greedy_rate)
    figure = belief_figure(np.arange(n + 1), paths, threshold,
                           f"Two security seekers: prior {prior:.2f}, d = "
                           f"{distinguishability:.2f}, q = {greedy_rate:.2f}")
    end_1, end_2 = (float(x) for x in fed.beliefs[-1])
    afraid_1, afraid_2 = (int(x) for x in fed.rounds_afraid)
    verdict = (f"Both states only seek security, yet after {n} rounds state 1 believes that of "
               f"state 2 with probability {end_1:.2f} and state 2 of state 1 with {end_2:.2f}; "
               f"they armed in fear in {afraid_1} and {afraid_2} of the {n} rounds. With the "
               f"same luck but no reaction to fear, state 1 would end at "
               f"{float(calm.beliefs[-1, 0]):.2f}. One offensive-looking round alone moves "
               f"the prior {prior:.2f} to {one_look:.2f}.")
    alt = (f"Belief paths over {n} rounds with prior {prior:.2f}, distinguishability "
           f"{distinguishability:.2f} and q = {greedy_rate:.2f}: state 1 ends at {end_1:.2f}, "
           f"state 2 at {end_2:.2f}; without the fear feedback state 1 ends at "
           f"{float(calm.beliefs[-1, 0]):.2f}. The threshold p* = {threshold:.2f} is a "
           "horizontal line; below it a state arms in fear.")
    return Frame(figure, verdict, alt)


def spiral_explorer() -> Explorable:
    """Beliefs from watching arms; the static page varies the prior and d."""
    return Explorable(
        title="The belief spiral: reading the other's arms as evidence",
        parameters=[
            Parameter("prior", "prior belief", 0.05, 0.95, 0.05, 0.65, static_step=0.15),
            Parameter("distinguishability", "distinguishability d", 0.0, 1.0, 0.05, 0.2,
                      static_step=0.2),
            Parameter("greedy_rate", "greedy looks offensive", 0.1, 1.0, 0.05, 0.8),
            Parameter("rounds", "rounds watched", 5, 40, 1, 20),
        ],
        render=render_spiral,
        static_parameters=("prior", "distinguishability"),
        note="The course's model: a calm seeker's arming looks offensive with chance q(1 - d), "
        "a frightened one's (belief below p* = 0.5) with chance q, like a greedy state's.",
    )


# --- 3. How much must a costly signal cost? ---------------------------------------------------


def signal_games(trustworthy_cc: float, untrustworthy_dc: float) -> tuple[SymmetricGame,
                                                                          SymmetricGame]:
    """The two types' games (course choice): a Stag Hunt and a Prisoner's Dilemma.

    >>> [game.CC for game in signal_games(5, 4)], [game.DC for game in signal_games(5, 4)]
    ([5.0, 3.0], [3.0, 4.0])
    """
    return (SymmetricGame(CC=trustworthy_cc, DC=3, DD=2, CD=1),
            SymmetricGame(CC=3, DC=untrustworthy_dc, DD=2, CD=1))


def describe_signal(cost: float, gain_t: float, gain_u: float) -> str:
    """What a signal of this cost does, given each type's gain from being believed.

    >>> describe_signal(2, 3, 1)[:30]
    'A signal costing 2 separates t'
    """
    window = signals.separating_range(gain_t, gain_u)
    where = (f"Only costs strictly between {window.lowest:g} and {window.highest:g} separate."
             if window.exists else
             "No cost separates here: the untrustworthy state gains at least as much from "
             "being believed as the trustworthy one.")
    if signals.separates(cost, gain_t, gain_u):
        return (f"A signal costing {cost:g} separates the types: the trustworthy state nets "
                f"{gain_t - cost:+.2f} by sending it, the untrustworthy one would net "
                f"{gain_u - cost:+.2f}, so only the trustworthy state sends it. {where}")
    if cost >= gain_t:
        return (f"A signal costing {cost:g} is too dear: not even the trustworthy state, which "
                f"gains {gain_t:g} from being believed, would send it. {where}")
    return (f"A signal costing {cost:g} is too cheap: the untrustworthy state, which gains "
            f"{gain_u:g} from being believed, would send it too, so it proves nothing. {where}")


def render_signal(cost: float, trustworthy_cc: float, untrustworthy_dc: float) -> Frame:
    """Net gains of sending a signal of cost c, with the separating range shaded."""
    trusting, exploiting = signal_games(trustworthy_cc, untrustworthy_dc)
    gain_t, gain_u = signals.signalling_gains(trusting, exploiting)
    window = signals.separating_range(gain_t, gain_u)
    band = (window.lowest, window.highest) if window.exists else None
    figure = signal_figure(cost, gain_t, gain_u, band,
                           f"Gain from being believed: trustworthy {gain_t:g}, "
                           f"untrustworthy {gain_u:g}")
    band_text = (f"the separating range from {window.lowest:g} to {window.highest:g} is shaded"
                 if window.exists else "no cost separates the types")
    alt = (f"Net gain of sending a signal against its cost: the trustworthy state's line starts "
           f"at {gain_t:g}, the untrustworthy state's at {gain_u:g}, both falling by one per "
           f"unit of cost; {band_text}; the chosen cost {cost:g} is marked.")
    return Frame(figure, describe_signal(cost, gain_t, gain_u), alt)


def signal_explorer() -> Explorable:
    """Costly signals; the static page varies the cost and the untrustworthy temptation."""
    return Explorable(
        title="Costly signals: what must reassurance cost?",
        parameters=[
            Parameter("cost", "cost of the signal c", 0.0, 5.0, 0.1, 1.5, static_step=0.5),
            Parameter("trustworthy_cc", "trustworthy: CC", 3.5, 7.0, 0.1, 5.0),
            Parameter("untrustworthy_dc", "untrustworthy: DC", 3.5, 7.0, 0.1, 4.0,
                      static_step=0.5),
        ],
        render=render_signal,
        static_parameters=("cost", "untrustworthy_dc"),
        note="Trustworthy state: Stag Hunt CC, DC = 3, DD = 2, CD = 1, gains CC - DD. "
        "Untrustworthy state: Prisoner's Dilemma CC = 3, DC, DD = 2, CD = 1, gains DC - DD.",
    )


EXPLORABLES = (race_explorer, spiral_explorer, signal_explorer)
