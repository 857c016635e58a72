"""The spiral as a feedback of beliefs: two security seekers who fail to allow for their own
effect on the other.

This is the course's own model, not Jervis's or Kydd's: it puts Jervis's (1976) spiral model
into the Bayesian language of :mod:`dilemma_lib.models.signals`. Two states, both security
seekers, watch each other arm for a number of rounds. Each holds a belief that the other is
a security seeker, starting at ``prior``.

* A state whose belief is at least the threshold p* (Jervis's cooperation threshold) is
  calm: it buys the defence a security seeker buys, so its arming looks offensive with the
  chance q (1 - d) of :func:`~dilemma_lib.models.signals.offensive_look_probabilities`.
* A state whose belief has fallen below p* is afraid: it arms against the threat it sees,
  and its arming looks offensive with chance q, exactly as a greedy state's does.
* Each state updates its belief by Bayes' rule (:func:`~dilemma_lib.models.signals.
  posterior_after_arming`) with the usual likelihoods: it reads fear-driven arming as
  evidence of greed, because it does not allow for the fear its own arming caused. That
  failure is Jervis's spiral; a fully rational (Kydd 1997) observer would allow for it.

With ``reacts_to_fear=False`` both states always arm as calm seekers: the same random draws
then show what the beliefs would have done without the feedback.

A belief of exactly 0 or 1 (reached only when an observation is impossible for one type, at
d = 1 or q = 1) never moves again (course choice: certainty ignores contrary evidence).

Sources: Jervis (1976), *Perception and Misperception in International Politics*, ch. 3
(the spiral model); Kydd (1997), *World Politics* 49(3): 371-400 (Bayesian updating on the
other's arming). The feedback rule is the course's.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ._validate import probability, whole_number
from .balance import _flag
from .signals import (
    DEFAULT_GREEDY_OFFENSE_RATE,
    offensive_look_probabilities,
    posterior_after_arming,
)

MAX_ROUNDS = 10_000


@dataclass(frozen=True, eq=False)
class SpiralPath:
    """Beliefs and moves of the two states, round by round.

    ``beliefs[t, i]`` is state i's belief that the other is a security seeker before round t
    (row 0 is the prior; one more row than rounds); ``afraid[t, i]`` says whether state i
    armed in fear in round t, and ``looked_offensive[t, i]`` whether its arming looked
    offensive to the other.
    """

    beliefs: np.ndarray
    afraid: np.ndarray
    looked_offensive: np.ndarray

    @property
    def rounds_afraid(self) -> np.ndarray:
        """How many rounds each state armed in fear."""
        return self.afraid.sum(axis=0)


def belief_spiral(prior: float, distinguishability: float, rounds: int, threshold: float,
                  greedy_offense_rate: float = DEFAULT_GREEDY_OFFENSE_RATE, seed: int = 0,
                  reacts_to_fear: bool = True) -> SpiralPath:
    """Simulate the belief spiral between two security seekers (see the module docstring).

    ``rounds`` is a whole number from 0 to 10,000; ``threshold`` is p* in [0, 1]; ``seed``
    (a whole number >= 0) fixes the draws: one uniform number per state and round, so that
    the same seed gives the same path and runs with and without ``reacts_to_fear`` share
    their luck.

    >>> calm = belief_spiral(0.6, 0.3, 3, 0.5, seed=1)
    >>> calm.beliefs.round(3).tolist()
    [[0.6, 0.6], [0.767, 0.512], [0.879, 0.424], [0.836, 0.34]]
    >>> belief_spiral(0.4, 0.0, 2, 0.5).rounds_afraid.tolist()  # d = 0: nothing is learnt
    [2, 2]
    >>> belief_spiral(0.5, 0.5, -1, 0.5)
    Traceback (most recent call last):
    ...
    ValueError: rounds must be a whole number between 0 and 10000, got -1.
    """
    belief = probability(prior, "prior")
    d = probability(distinguishability, "distinguishability")
    n = whole_number(rounds, "rounds", 0, MAX_ROUNDS)
    p_star = probability(threshold, "threshold")
    q = probability(greedy_offense_rate, "greedy_offense_rate")
    feedback = _flag(reacts_to_fear, "reacts_to_fear")
    draws = np.random.default_rng(whole_number(seed, "seed", 0)).random((n, 2))
    calm_chance, afraid_chance = offensive_look_probabilities(d, q)
    beliefs = np.empty((n + 1, 2))
    beliefs[0] = belief
    afraid = np.zeros((n, 2), dtype=bool)
    looked = np.zeros((n, 2), dtype=bool)
    for t in range(n):
        afraid[t] = feedback & (beliefs[t] < p_star)
        looked[t] = draws[t] < np.where(afraid[t], afraid_chance, calm_chance)
        for i in (0, 1):
            other_look = bool(looked[t, 1 - i])
            current = float(beliefs[t, i])
            beliefs[t + 1, i] = current if current in (0.0, 1.0) else posterior_after_arming(
                current, d, other_look, q)
    return SpiralPath(beliefs, afraid, looked)
