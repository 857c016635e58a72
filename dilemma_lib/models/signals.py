"""Reading the other side's arms: Bayesian beliefs, costly signals, verification.

A state does not know whether the other is a *security seeker* (it arms only to be safe)
or *greedy* (it would expand if it could). It watches the other arm and updates its belief.
Jervis's second variable, the distinguishability of offensive and defensive weapons,
decides how much such watching can teach.

1. *Beliefs from arms*: :func:`offensive_look_probabilities`, :func:`posterior_after_arming`,
   :func:`posterior_after_observations`, :func:`belief_path`, :func:`simulate_observations`.
2. *Costly signals* (after Kydd): :func:`signalling_gains`, :func:`separating_range`,
   :func:`separates`, and :func:`cooperates`, which turns a belief into a decision with
   Jervis's threshold p* (:func:`~dilemma_lib.models.games.cooperation_threshold`).
3. *Verification of an agreement*: :func:`cheating_detection_probability`,
   :func:`inspections_needed`.

Sources: Jervis (1978), *World Politics* 30(2): 167-214; Kydd (1997), "Game Theory and the
Spiral Model", *World Politics* 49(3): 371-400; Kydd (2005), *Trust and Mistrust in
International Relations* (Princeton University Press). The likelihood model, the way the
signalling gains are read off two games and the verification arithmetic are course choices,
each labelled below.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.special import expit, logit

from ._validate import finite_number, number_in_range, probability, whole_number
from .balance import _flag
from .games import SymmetricGame, as_symmetric_game, cooperation_threshold

SECURITY_SEEKER, GREEDY = "security seeker", "greedy"
TYPES = (SECURITY_SEEKER, GREEDY)
DEFAULT_GREEDY_OFFENSE_RATE = 0.8  # course choice, see offensive_look_probabilities

# --- 1. Beliefs from arms --------------------------------------------------------------------


def offensive_look_probabilities(
    distinguishability: float, greedy_offense_rate: float = DEFAULT_GREEDY_OFFENSE_RATE
) -> tuple[float, float]:
    """The likelihood model: chance that one round of arming *looks offensive*, by type.

        P(looks offensive | greedy)          = q,
        P(looks offensive | security seeker) = q (1 - d),

    with d the distinguishability of offensive and defensive weapons in [0, 1] and q the
    ``greedy_offense_rate`` in [0, 1]. Returns ``(seeker, greedy)``.

    Course choice (the literature gives no such formula): a greedy state's arming looks
    offensive at the same rate q whatever d is; a security seeker buys what it needs for
    defence, which looks just as offensive when the two cannot be told apart (d = 0, the
    observation then says nothing) and less so as d grows, until at d = 1 it never looks
    offensive. The default q = 0.8 says that even a greedy state buys some defence.

    Source of the idea: Jervis (1978), on offense-defense differentiation, as summarised in
    Part III of the source article.

    >>> offensive_look_probabilities(0.5)
    (0.4, 0.8)
    """
    d = probability(distinguishability, "distinguishability")
    q = probability(greedy_offense_rate, "greedy_offense_rate")
    return q * (1.0 - d), q


def _log_likelihood_ratio(p_seeker: float, p_greedy: float, kind: str) -> float:
    """log P(observation | seeker) - log P(observation | greedy), +/-inf when one is zero."""
    if p_seeker == 0.0 and p_greedy == 0.0:
        raise ValueError(
            f"observations contain a {kind} observation, which these parameters make "
            "impossible for both types; check distinguishability and greedy_offense_rate."
        )
    if p_greedy == 0.0:
        return math.inf
    if p_seeker == 0.0:
        return -math.inf
    return math.log(p_seeker) - math.log(p_greedy)


def _observations(value: object) -> np.ndarray:
    """A flat sequence of True (looks offensive) / False (looks defensive) as a bool array."""
    items = value.tolist() if isinstance(value, np.ndarray) and value.ndim == 1 else value
    if isinstance(items, list | tuple) and all(isinstance(i, bool | np.bool_) for i in items):
        return np.array(items, dtype=bool)
    raise ValueError(
        "observations must be a flat list of True (arming looked offensive) and False "
        f"(it looked defensive), got {value!r}."
    )


def belief_path(
    prior: float,
    distinguishability: float,
    observations: list[bool] | tuple[bool, ...] | np.ndarray,
    greedy_offense_rate: float = DEFAULT_GREEDY_OFFENSE_RATE,
) -> np.ndarray:
    """Belief that the other is a security seeker before and after each observation.

    Bayes' rule, with observations independent given the type, in log-odds form:

        logit(pi_n) = logit(pi_0) + sum over the first n observations of
                      log P(obs | seeker) - log P(obs | greedy),

    using :func:`offensive_look_probabilities` for the likelihoods. The result has one more
    entry than ``observations``; entry 0 is the prior. An observation that is impossible
    for one type settles the question (belief 0 or 1); evidence that rules out both types,
    or contradicts a prior of exactly 0 or 1, raises ``ValueError``.

    Source: Bayes' rule, the updating that Kydd (1997; 2005) models; the likelihood model is
    the course's (see :func:`offensive_look_probabilities`).

    >>> belief_path(0.5, 0.5, [True, True]).round(3)  # offensive-looking arming, twice
    array([0.5  , 0.333, 0.2  ])
    >>> belief_path(0.5, 0.0, [True, False, True])  # d = 0: nothing is learnt
    array([0.5, 0.5, 0.5, 0.5])
    """
    belief = probability(prior, "prior")
    seen = _observations(observations)
    p_seeker, p_greedy = offensive_look_probabilities(distinguishability, greedy_offense_rate)
    steps = np.zeros(seen.size)
    if seen.any():
        steps[seen] = _log_likelihood_ratio(p_seeker, p_greedy, "True (offensive)")
    if not seen.all():
        steps[~seen] = _log_likelihood_ratio(1 - p_seeker, 1 - p_greedy, "False (defensive)")
    with np.errstate(invalid="ignore"):  # inf - inf marks contradictions, reported below
        evidence = np.concatenate([[0.0], np.cumsum(steps)])
        log_odds = logit(belief) + evidence
    if np.isnan(log_odds).any():
        raise ValueError(
            "observations contradict the prior and the likelihood model: together they rule "
            "out both types. Use a prior strictly between 0 and 1, or check the observations."
        )
    return np.where(evidence == 0.0, belief, expit(log_odds))  # no evidence: exactly the prior


def posterior_after_observations(
    prior: float,
    distinguishability: float,
    observations: list[bool] | tuple[bool, ...] | np.ndarray,
    greedy_offense_rate: float = DEFAULT_GREEDY_OFFENSE_RATE,
) -> float:
    """Belief that the other is a security seeker after all of ``observations``.

    The last entry of :func:`belief_path` (see there for the maths): with n_o
    offensive-looking and n_d defensive-looking rounds,

        pi = pi0 Ls / (pi0 Ls + (1 - pi0) Lg),  Ls = (q(1-d))^n_o (1-q(1-d))^n_d,
        Lg = q^n_o (1-q)^n_d.

    Source: Bayes' rule; Kydd (1997; 2005) for beliefs updated on the other's arming. The
    likelihoods are the course's (:func:`offensive_look_probabilities`).

    >>> round(posterior_after_observations(0.5, 0.5, [False, False, False]), 3)  # 27 : 1
    0.964
    """
    path = belief_path(prior, distinguishability, observations, greedy_offense_rate)
    return float(path[-1])


def posterior_after_arming(
    prior: float,
    distinguishability: float,
    looks_offensive: bool = True,
    greedy_offense_rate: float = DEFAULT_GREEDY_OFFENSE_RATE,
) -> float:
    """Belief that the other is a security seeker after seeing it arm once.

    For offensive-looking arming the rate q cancels:

        pi' = pi (1 - d) / (pi (1 - d) + 1 - pi),

    so with d = 0 the belief does not move and with d = 1 it drops to 0. Defensive-looking
    arming raises the belief: pi' = pi (1 - q(1-d)) / (pi (1 - q(1-d)) + (1 - pi)(1 - q)).

    Source: Bayes' rule; the likelihood model is the course's
    (:func:`offensive_look_probabilities`).

    >>> round(posterior_after_arming(prior=0.5, distinguishability=0.5), 4)
    0.3333
    >>> posterior_after_arming(0.5, 0.0)
    0.5
    """
    look = [_flag(looks_offensive, "looks_offensive")]
    return posterior_after_observations(prior, distinguishability, look, greedy_offense_rate)


def _generator(seed: object) -> np.random.Generator:
    """A numpy Generator from a seed (a whole number >= 0), a Generator, or None."""
    if isinstance(seed, np.random.Generator):
        return seed
    if seed is None:
        return np.random.default_rng()
    return np.random.default_rng(whole_number(seed, "seed", 0))


def simulate_observations(
    true_type: str,
    distinguishability: float,
    rounds: int,
    seed: int | np.random.Generator | None = None,
    greedy_offense_rate: float = DEFAULT_GREEDY_OFFENSE_RATE,
) -> np.ndarray:
    """Draw ``rounds`` independent observations of a state of ``true_type``.

    Each round looks offensive (True) with the probability that
    :func:`offensive_look_probabilities` gives for that type; ``rounds`` is a whole number
    from 0 to 10 million. Pass a ``seed`` (a whole number >= 0, or a numpy Generator) for
    reproducible draws; notebooks should.

    >>> simulate_observations("greedy", 1.0, 5, seed=1, greedy_offense_rate=1.0)
    array([ True,  True,  True,  True,  True])
    """
    if not isinstance(true_type, str) or true_type not in TYPES:
        raise ValueError(f"true_type must be one of {TYPES}, got {true_type!r}.")
    n = whole_number(rounds, "rounds", 0, 10**7)
    p_seeker, p_greedy = offensive_look_probabilities(distinguishability, greedy_offense_rate)
    chance = p_seeker if true_type == SECURITY_SEEKER else p_greedy
    return _generator(seed).random(n) < chance


# --- 2. Costly signals and the decision to cooperate ----------------------------------------


def _game(value: object, name: str) -> SymmetricGame:
    """``value`` as a SymmetricGame, with the parameter's name in any error."""
    try:
        return as_symmetric_game(value)
    except ValueError as error:
        raise ValueError(f"{name}: {error}") from None


def signalling_gains(trustworthy_game: object, untrustworthy_game: object) -> tuple[float, float]:
    """What each type gains by being believed trustworthy: ``(trustworthy, untrustworthy)``.

    Course choice (Kydd's exact payoffs are not used): the trustworthy type has Stag Hunt
    preferences and the untrustworthy type Prisoner's Dilemma preferences, each given as a
    :class:`~dilemma_lib.models.games.SymmetricGame`. A state that is believed is met with
    cooperation, one that is not with defection. So the trustworthy type, who then
    cooperates too, gains CC - DD; the untrustworthy type, who exploits the trust, gains
    DC - DD (each from its own game).

    Source: Kydd (2005), *Trust and Mistrust in International Relations* (trust, and
    reassurance through costly signals); the reduction to two numbers is ours.

    >>> from dilemma_lib.models.games import SymmetricGame
    >>> signalling_gains(SymmetricGame(CC=4, DC=3, DD=2, CD=1),
    ...                  SymmetricGame(CC=3, DC=4, DD=2, CD=1))
    (2.0, 2.0)
    """
    trusting = _game(trustworthy_game, "trustworthy_game")
    exploiting = _game(untrustworthy_game, "untrustworthy_game")
    return trusting.CC - trusting.DD, exploiting.DC - exploiting.DD


@dataclass(frozen=True)
class SeparatingRange:
    """Which signal costs let the two types separate.

    ``exists`` says whether some cost c >= 0 separates; if so every c with
    ``lowest < c < highest`` does (both ends excluded), and otherwise both ends are ``None``.

    >>> separating_range(gain_trustworthy=3, gain_untrustworthy=1)
    SeparatingRange(exists=True, lowest=1.0, highest=3.0)
    """

    exists: bool
    lowest: float | None
    highest: float | None


def separating_range(gain_trustworthy: float, gain_untrustworthy: float) -> SeparatingRange:
    """Costs of a signal that the trustworthy type pays and the untrustworthy type does not.

    A costly signal (arms cuts, a visible concession) separates the types when

        gain_untrustworthy < c < gain_trustworthy,   with c >= 0:

    mimicking would cost the untrustworthy type more than being believed is worth to it,
    while being believed is worth more than the cost to the trustworthy type. Such c exist
    exactly when gain_trustworthy > max(gain_untrustworthy, 0); the range is then
    (max(gain_untrustworthy, 0), gain_trustworthy), and when gain_untrustworthy < 0 a free
    signal (c = 0) separates too. Ties (c equal to a gain) are counted as not separating
    (course choice: an indifferent type is not relied on).

    Source: Kydd (2005), *Trust and Mistrust* (costly reassurance); Kydd (1997), *World
    Politics* 49(3): 371-400 (security seekers signal restraint in arms races).

    >>> separating_range(1, 3)
    SeparatingRange(exists=False, lowest=None, highest=None)
    """
    high = finite_number(gain_trustworthy, "gain_trustworthy")
    low = max(finite_number(gain_untrustworthy, "gain_untrustworthy"), 0.0)
    if high > low:
        return SeparatingRange(True, low, high)
    return SeparatingRange(False, None, None)


def separates(cost: float, gain_trustworthy: float, gain_untrustworthy: float) -> bool:
    """Does a signal of this ``cost`` (>= 0) separate the types? gain_U < cost < gain_T.

    Source: Kydd (2005); see :func:`separating_range`.

    >>> separates(2, gain_trustworthy=3, gain_untrustworthy=1)
    True
    >>> separates(0.5, gain_trustworthy=3, gain_untrustworthy=1)  # cheap enough to fake
    False
    """
    c = number_in_range(cost, "cost", 0.0)
    high = finite_number(gain_trustworthy, "gain_trustworthy")
    return finite_number(gain_untrustworthy, "gain_untrustworthy") < c < high


def cooperates(belief: float, game: object) -> bool:
    """Cooperate when the belief that the other is a security seeker reaches Jervis's p*.

    Course choice: a security seeker is taken to cooperate and a greedy state to defect, so
    the belief is the probability p that the other cooperates, and cooperating is a best
    reply exactly when p >= p* (:func:`~dilemma_lib.models.games.cooperation_threshold`).
    When no belief is enough (p* is ``None``, as in a Prisoner's Dilemma) the answer is
    False.

    Source: Jervis (1978) for the threshold (derived in :mod:`~dilemma_lib.models.games`);
    Kydd (2005) for trust as a belief that the other will reciprocate cooperation.

    >>> from dilemma_lib.models.games import SymmetricGame
    >>> stag_hunt = SymmetricGame(CC=4, DC=3, DD=2, CD=1)  # p* = 0.5
    >>> cooperates(posterior_after_arming(0.6, 0.5), stag_hunt)
    False
    >>> cooperates(posterior_after_arming(0.6, 0.5, looks_offensive=False), stag_hunt)
    True
    """
    p = probability(belief, "belief")
    threshold = cooperation_threshold(game)
    return threshold is not None and p >= threshold


# --- 3. Verification ------------------------------------------------------------------------


def cheating_detection_probability(inspections: int, detection_rate: float) -> float:
    """Chance that cheating on an agreement is caught by at least one of n inspections.

        P(detected) = 1 - (1 - q)^n,

    for n independent inspections, each catching the cheat with probability q. Computed as
    -expm1(n log1p(-q)), accurate for small q. No inspections detect nothing.

    Course choice: independence of the inspections (real ones share blind spots). Part IV of
    the source article ties distinguishability to the verification problem of arms control;
    the same arithmetic appears as ``detection_probability`` in
    :mod:`dilemma_lib.models.cyber` (steps of an intrusion).

    >>> round(cheating_detection_probability(inspections=3, detection_rate=0.5), 3)
    0.875
    """
    n = whole_number(inspections, "inspections", 0)
    q = probability(detection_rate, "detection_rate")
    if n == 0 or q == 0.0:
        return 0.0
    if q == 1.0:
        return 1.0
    return -math.expm1(n * math.log1p(-q))


def inspections_needed(target: float, detection_rate: float) -> int | None:
    """The fewest inspections n with 1 - (1 - q)^n >= target.

        n = ceil(log(1 - target) / log(1 - q)),

    checked against :func:`cheating_detection_probability` to undo round-off. Returns 0 for
    a target of 0, and ``None`` when no number of inspections is enough (q = 0, or a target
    of 1 with q < 1).

    Source: the course's inversion of :func:`cheating_detection_probability`.

    >>> inspections_needed(target=0.95, detection_rate=0.5)
    5
    >>> inspections_needed(1.0, 0.5) is None
    True
    """
    goal = probability(target, "target")
    q = probability(detection_rate, "detection_rate")
    if goal == 0.0:
        return 0
    if q == 1.0:
        return 1
    if q == 0.0 or goal == 1.0:
        return None
    estimate = math.log1p(-goal) / math.log1p(-q)
    if not math.isfinite(estimate):
        raise ValueError(f"detection_rate is too small for a countable answer, got {q:g}.")
    n = max(1, math.ceil(estimate))
    candidates = (n - 1, n, n + 1)
    return next(
        (c for c in candidates if c > 0 and cheating_detection_probability(c, q) >= goal), n + 1
    )
