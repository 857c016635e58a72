"""Chapter 10, achieving cyber peace: the policy lab and norm diffusion as a tipping process."""

from __future__ import annotations

import functools

from ..models import games, norms
from ..models.policy import CYBER_CASE, Outcome, PolicyMix, apply_policies
from ..plotting.norms import cascade_figure
from ..plotting.policy import policy_lab_figure
from .explorable import Explorable, Frame, Parameter

LEVER_RANGE = {"minimum": 0.0, "maximum": 1.0, "step": 0.05, "static_step": 0.1}


@functools.cache
def baseline_outcome() -> Outcome:
    """The default cyber world with no lever pulled (computed once)."""
    return apply_policies(CYBER_CASE, PolicyMix())


def describe_outcome(outcome: Outcome) -> str:
    """One or two sentences: the game, the trust it needs, and what repeated play gives.

    >>> describe_outcome(baseline_outcome())[:46]
    "A Prisoner's Dilemma in a 'doubly dangerous' w"
    """
    kind = outcome.game_type
    article = "An" if kind == games.OTHER else "A"
    name = "unnamed game" if kind == games.OTHER else kind
    rate = f"two Generous Tit-for-Tat players restrain in {outcome.cooperation_rate:.0%} of moves"
    world = f"{article} {name} in a '{outcome.world.label}' world"
    if outcome.threshold is None:
        return (f"{world}: attacking pays whatever the other is believed to do, so no belief "
                f"makes restraint pay in a single round; in repeated play {rate}.")
    if outcome.reassured_cooperation:
        trust = (f"restraint pays once the other is believed to restrain with probability "
                 f"p* = {outcome.threshold:.2f}, and a defensive-looking build-up raises that "
                 f"belief to {outcome.reassurance:.2f}, enough to restrain")
    else:
        trust = (f"restraint pays only once the other is believed to restrain with probability "
                 f"p* = {outcome.threshold:.2f}, but a defensive-looking build-up raises that "
                 f"belief only to {outcome.reassurance:.2f}")
    return f"{world}: {trust}. In repeated play {rate}."


def render_policy_lab(norms: float, verification: float, technology: float,
                      doctrine: float) -> Frame:
    """Apply a policy mix to the course's default cyber world and show what it changes."""
    outcome = apply_policies(CYBER_CASE, PolicyMix(norms, verification, technology, doctrine))
    game = outcome.game
    title = f"{outcome.game_type}: DC = {game.DC:.2f}, CD = {game.CD:.2f} (CC = 3, DD = 1)"
    figure = policy_lab_figure(outcome, baseline_outcome(), title)
    threshold = ("no threshold p* (no belief is enough)" if outcome.threshold is None
                 else f"threshold p* = {outcome.threshold:.2f}")
    alt = (f"Levers norms {norms:g}, verification {verification:g}, technology "
           f"{technology:g}, doctrine {doctrine:g}. Left: Jervis's four worlds; the point "
           f"moves from balance 0.5 and distinguishability 0.2 (doubly dangerous) to balance "
           f"{outcome.balance:.2f} and distinguishability {outcome.distinguishability:.2f} "
           f"({outcome.world.label}). Right: belief after defensive arming "
           f"{outcome.reassurance:.2f}, cooperation rate {outcome.cooperation_rate:.2f}, "
           f"{threshold}. Game: {outcome.game_type}, DC = {game.DC:.2f}, CD = {game.CD:.2f}.")
    return Frame(figure, describe_outcome(outcome), alt)


def policy_lab() -> Explorable:
    """Four levers; the static page varies verification and technology (norms and doctrine
    stay at 0), the two that together turn the Prisoner's Dilemma into a Stag Hunt."""
    return Explorable(
        title="Policy lab: which remedies change the cybersecurity dilemma?",
        parameters=[
            Parameter("norms", "norms (fine on a detected cheat)", default=0.0, **LEVER_RANGE),
            Parameter("verification", "verification", default=0.0, **LEVER_RANGE),
            Parameter("technology", "defensive technology", default=0.0, **LEVER_RANGE),
            Parameter("doctrine", "doctrine and transparency", default=0.0, **LEVER_RANGE),
        ],
        render=render_policy_lab,
        static_parameters=("verification", "technology"),
        note="Each lever from 0 (unused) to 1 (as far as the course lets it reach). "
        "Start: CC=3, DC=5, DD=1, CD=0, balance 0.5, distinguishability 0.2 (illustrative).",
    )


def describe_cascade(run: norms.Cascade, critical: float | None) -> str:
    """One or two sentences: where adoption stops and what the tipping point is.

    >>> describe_cascade(norms.cascade(0.1), 0.1)[:40]
    'The norm cascades: from 10% early adopte'
    """
    start, end = f"{run.shares[0]:.0%}", f"{run.final_share:.0%}"
    if critical is None:  # pragma: no cover - critical_mass always finds one
        tip = "no share of early adopters makes it cascade"
    elif critical == 0:
        tip = "here some states adopt on their own, so it cascades with no entrepreneurs at all"
    else:
        tip = f"it would cascade from {critical:.0%} early adopters or more"
    if run.rounds == 0:
        return f"No further state adopts: adoption stays at {start}; {tip}."
    if run.tipped:
        return (f"The norm cascades: from {start} early adopters to {end} of states in "
                f"{run.rounds} rounds; {tip}.")
    return (f"The norm stalls: from {start} early adopters to only {end} of states after "
            f"{run.rounds} rounds; {tip}.")


def render_norm_cascade(early_adopters: float, mean_threshold: float, spread: float) -> Frame:
    """Run the threshold cascade and plot the share of adopting states round by round."""
    run = norms.cascade(early_adopters, mean_threshold, spread)
    critical = norms.critical_mass(mean_threshold, spread)
    title = (f"{early_adopters:.0%} early adopters; thresholds about {mean_threshold:.2f}, "
             f"spread {spread:.2f}")
    figure = cascade_figure(run, title)
    alt = (f"Step line of the share of 100 states that have adopted a norm, by round: it "
           f"starts at {run.shares[0]:.2f} and stops at {run.final_share:.2f} after "
           f"{run.rounds} rounds. Dotted line at one third, dashed line at 0.9.")
    return Frame(figure, describe_cascade(run, critical), alt)


def norm_cascade() -> Explorable:
    """Three sliders; the static page varies early adopters and the mean threshold."""
    return Explorable(
        title="Norm diffusion as a tipping process (the course's threshold model)",
        parameters=[
            Parameter("early_adopters", "early adopters (share)", minimum=0.0, maximum=0.5,
                      step=0.01, default=0.05, static_step=0.05),
            Parameter("mean_threshold", "typical threshold", minimum=0.1, maximum=0.7,
                      step=0.02, default=0.4, static_step=0.06),
            Parameter("spread", "spread of thresholds", minimum=0.02, maximum=0.3,
                      step=0.02, default=0.1),
        ],
        render=render_norm_cascade,
        static_parameters=("early_adopters", "mean_threshold"),
        note="100 states. A state adopts once the share of adopters reaches its threshold; "
        "early adopters adopt from the start.",
    )


EXPLORABLES = (policy_lab, norm_cascade)
