"""The cybersecurity dilemma in numbers: breaches, detection, exposure, attribution, balance.

Four small models behind Part IV of the course's source article ("The Cybersecurity
Dilemma"), which argues that offence seems to dominate in cyberspace and that offensive and
defensive capabilities are hard to tell apart, and behind its Parts V and VI, which argue that
highly networked states such as the United States have most to gain from restraint.

1. *The attacker needs to succeed only once* (National Research Council 1999, quoted in
   Part IV), and the defender's reply that it needs to detect only one step of an intrusion:
   :func:`breach_probability`, :func:`detection_probability`,
   :func:`undetected_intrusion_probability`.
2. *Asymmetric vulnerability*: a cyber-restraint game between two states that depend on
   networks to different degrees: :func:`cyber_restraint_game`, :func:`restraint_gains`.
3. *Attribution as signal detection*, after Baliga, Bueno de Mesquita & Wolitzky (2020):
   :func:`attribution_posterior`, :func:`retaliation_value`, :func:`retaliation_threshold`,
   :func:`should_retaliate`, :func:`signal_rates`.
4. *The offense-defense balance as net utility*, after Slayton (2016/17):
   :func:`offense_defense_balance`.

Every function says which parts come from a source and which are the course's own modelling
choices ("Course choice"). All probabilities are checked to lie in [0, 1]; bad input raises
``ValueError`` naming the parameter.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.special import ndtr

from ._validate import (
    finite_number,
    number_in_range,
    positive_number,
    probability,
    real_matrix,
    whole_number,
)
from .games import COOPERATE, DEFECT

RESTRAIN, ATTACK = COOPERATE, DEFECT
CYBER_ACTIONS = ("Restrain", "Attack")

OFFENSE, DEFENSE, NEITHER = "offense", "defense", "neither"

# --- 1. "The attacker needs to succeed only once" -----------------------------------------


def _probability_list(values: list | tuple | np.ndarray, name: str) -> list[float]:
    """Return a flat, non-empty list of probabilities as floats, naming any bad entry."""
    try:
        shape = np.shape(values)
    except ValueError:  # ragged nested lists: real_matrix below explains
        shape = (-1,)
    if len(shape) != 1 or shape == (0,):
        raise ValueError(
            f"{name} must be one probability or a flat, non-empty list of probabilities, "
            f"got shape {shape}."
        )
    array = real_matrix(values, name, shape=(-1,))
    return [probability(x, f"{name}[{i}]") for i, x in enumerate(array.tolist())]


def _chance_all_fail(value: object, count: object, name: str, count_name: str) -> float:
    """Pi(1 - x_i) over a list of chances, or (1 - x)^count for one chance used ``count`` times.

    ``math.prod`` multiplies in order, so adding a factor never raises the product: the
    results are exactly monotone, not just up to round-off.
    """
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if not isinstance(value, list | tuple | np.ndarray):
        times = 1 if count is None else whole_number(count, count_name, 0)
        return (1.0 - probability(value, name)) ** times
    if count is not None:
        raise ValueError(
            f"{count_name} must be left out (None) when {name} is a list: the list already "
            f"gives one probability per attempt, got {count_name}={count!r}."
        )
    return math.prod(1.0 - x for x in _probability_list(value, name))


def breach_probability(p: float | list[float] | np.ndarray, n: int | None = None) -> float:
    """Probability that at least one of several independent attempts breaks in.

    A network falls if any one attempt (or any one of several entry points) succeeds, so

        P(breach) = 1 - (1 - p_1)(1 - p_2)...(1 - p_n),

    and with n attempts of equal chance p, P(breach) = 1 - (1 - p)^n, which tends to one as n
    grows however small p is. Give either one probability ``p`` and the number of attempts
    ``n`` (default one), or a list of per-attempt probabilities and no ``n``. Zero attempts
    give zero.

    Source: the claim is the National Research Council's (1999, *Realizing the Potential of
    C4I*, p. 12: defence must succeed against every attack, the attacker only once), quoted
    in Part IV of the source article. The formula is the common formalisation of that claim,
    derived from independence; it has no canonical source. It assumes independent attempts,
    which real campaigns (reused exploits, shared defences) need not satisfy. For the
    defender's reply see :func:`detection_probability`.

    >>> round(breach_probability(0.1, n=10), 4)  # ten tries at a 10 % chance
    0.6513
    >>> breach_probability([0.5, 0.5])
    0.75
    >>> breach_probability(1.5)
    Traceback (most recent call last):
    ...
    ValueError: p must lie between 0 and 1, got 1.5.
    """
    return 1.0 - _chance_all_fail(p, n, "p", "n")


def detection_probability(q: float | list[float] | np.ndarray, k: int | None = None) -> float:
    """Probability that the defender detects at least one step of a multi-step intrusion.

    An intrusion is a chain of steps (entry, privilege escalation, lateral movement,
    exfiltration or sabotage). If step i is detected with probability q_i, independently, the
    attacker must evade every step, and the defender needs to catch only one:

        P(detected) = 1 - (1 - q_1)(1 - q_2)...(1 - q_k).

    This is the same arithmetic as :func:`breach_probability` turned round: the counter-
    argument to "the attacker needs to succeed only once" is that the intruder must stay
    unseen every time. Give one probability ``q`` and the number of steps ``k`` (default one),
    or a list of per-step probabilities and no ``k``.

    Source: a common derivation with no canonical source, assuming independent detection
    at each step.

    >>> round(detection_probability(0.2, k=5), 4)  # five steps, each seen 20 % of the time
    0.6723
    >>> round(detection_probability([0.1, 0.0, 0.3]), 4)
    0.37
    """
    return 1.0 - _chance_all_fail(q, k, "q", "k")


def undetected_intrusion_probability(
    p: float | list[float] | np.ndarray,
    q: float | list[float] | np.ndarray,
    n: int | None = None,
    k: int | None = None,
) -> float:
    """Probability that an intrusion both gets in and then goes unnoticed at every step.

        P(success undetected) = P(breach) * (1 - P(detected))
                              = [1 - Pi(1 - p_i)] * Pi(1 - q_j),

    with ``p`` and ``n`` as in :func:`breach_probability` (getting in) and ``q`` and ``k``
    as in :func:`detection_probability` (the k steps after getting in).

    Course choice: entry and detection are taken as independent, and detection is counted
    only after a breach. The result rises with every p_i and falls with every q_j, so more
    attempts help the attacker while longer intrusion chains help the defender.

    >>> round(undetected_intrusion_probability(0.1, 0.2, n=10, k=5), 4)
    0.2134
    """
    return breach_probability(p, n) * _chance_all_fail(q, k, "q", "k")


# --- 2. Asymmetric vulnerability: a cyber-restraint game ----------------------------------


def _state_payoffs(
    own_dependence: float, other_dependence: float, damage: float, gain: float, cost: float
) -> np.ndarray:
    """One state's 2x2 payoffs: rows its own action, columns the other's (Restrain, Attack)."""
    attack_payoff = gain * other_dependence - cost
    harm = damage * own_dependence
    return np.array([[0.0, -harm], [attack_payoff, attack_payoff - harm]])


def cyber_restraint_game(
    d1: float,
    d2: float,
    *,
    damage: float = 4.0,
    gain: float = 2.0,
    attack_cost: float = 0.5,
) -> tuple[np.ndarray, np.ndarray]:
    """A 2x2 cyber-restraint game between two states that depend on networks by d1 and d2.

    Each state chooses to Restrain (action 0, the game's "cooperate") or Attack (action 1,
    "defect"). With dependences d_own, d_other in [0, 1], a state's payoff is

        payoff = [it attacks] * (gain*d_other - attack_cost) - [it is attacked] * damage*d_own,

    so mutual restraint pays 0, and, in the notation of :mod:`games`,

        CC = 0,  DC = gain*d_other - attack_cost,  CD = -damage*d_own,  DD = DC + CD.

    Returns ``(row_payoffs, column_payoffs)`` for state 1 (rows) and state 2 (columns), the
    pair that :func:`games.pure_equilibria` and :func:`games.nash_equilibria` take. When
    ``d1 == d2`` the column payoffs are exactly the transpose of the row payoffs, so
    :func:`games.classify` can name the game: a Prisoner's Dilemma when
    damage*d > gain*d - attack_cost > 0, Deadlock when gain*d - attack_cost > damage*d > 0, and
    Harmony when attacking does not pay (attack_cost > gain*d).

    Course choice (the whole payoff model, labelled as ours): harm from being attacked
    grows with one's own dependence on networks, and the yield of attacking grows with the
    target's. Both follow the source article's argument, not a published model: an attack on
    an advanced, networked state "like the United States" could be devastating, while a less
    "wired" state offers little to hit back at (Part IV); powerful states bear the costs of
    the offensive advantage and so have an incentive to limit it (Part V, after Clarke &
    Knake 2010, who argue that the United States is more vulnerable than other nations;
    Part VI). Because the terms add up, each state has a dominant action: attacking pays
    exactly when gain*d_other > attack_cost, whatever the other does. The default damage,
    gain and attack_cost are illustrative numbers, also the course's choice.

    >>> from dilemma_lib.models.games import classify, pure_equilibria
    >>> row, column = cyber_restraint_game(0.9, 0.9)
    >>> row
    array([[ 0. , -3.6],
           [ 1.3, -2.3]])
    >>> classify((row, column)), pure_equilibria((row, column))
    ("Prisoner's Dilemma", [(1, 1)])
    """
    dependence_1 = probability(d1, "d1")
    dependence_2 = probability(d2, "d2")
    damage = number_in_range(damage, "damage", 0.0)
    gain = number_in_range(gain, "gain", 0.0)
    cost = number_in_range(attack_cost, "attack_cost", 0.0)
    row = _state_payoffs(dependence_1, dependence_2, damage, gain, cost)
    column = _state_payoffs(dependence_2, dependence_1, damage, gain, cost).T
    return row, column


def restraint_gains(
    d1: float,
    d2: float,
    *,
    damage: float = 4.0,
    gain: float = 2.0,
    attack_cost: float = 0.5,
) -> tuple[float, float]:
    """Each state's gain from mutual restraint over mutual attack, CC - DD, in the game above.

    For a state with dependence d_own facing one with dependence d_other
    (see :func:`cyber_restraint_game`),

        CC - DD = damage * d_own + attack_cost - gain * d_other.

    It rises with the state's own dependence on networks: the most networked state gains
    most from a restraint agreement, while a state far less networked than its rival can
    gain nothing (a negative value), since it has little to lose and a rich target to hit.
    This is the source article's case that the United States has reason to seek limits on
    offensive cyberwarfare (Parts V and VI). Course choice: the payoff model is the
    course's, as labelled in :func:`cyber_restraint_game`.

    >>> restraint_gains(0.9, 0.2)  # a highly networked state and a less "wired" one
    (3.7, -0.5)

    With these numbers the less wired state attacks while the networked one, finding little
    worth hitting back at, restrains: the equilibrium is (Restrain, Attack).

    >>> from dilemma_lib.models.games import pure_equilibria
    >>> pure_equilibria(cyber_restraint_game(0.9, 0.2))
    [(0, 1)]
    """
    row, column = cyber_restraint_game(d1, d2, damage=damage, gain=gain, attack_cost=attack_cost)
    return float(row[0, 0] - row[1, 1]), float(column[0, 0] - column[1, 1])


# --- 3. Attribution as signal detection ---------------------------------------------------


def attribution_posterior(prior: float, detection_rate: float, false_alarm_rate: float) -> float:
    """Probability that the suspect is guilty, given that the attribution signal fired.

    With prior pi = P(suspect attacked), detection rate h = P(signal | suspect attacked) and
    false-alarm rate f = P(signal | suspect did not attack), Bayes' rule gives

        P(guilty | signal) = pi*h / (pi*h + (1 - pi)*f),

    computed as 1 / (1 + (1 - pi)*f / (pi*h)) so that it is exactly monotone: it never falls
    when h rises and never rises when f rises. When h = f the signal is uninformative and
    the posterior equals the prior (up to round-off).

    Undefined case: if pi*h + (1 - pi)*f = 0 the signal can never fire, and there is nothing
    to condition on, so the function raises ``ValueError`` rather than return NaN.

    Source: Baliga, Bueno de Mesquita & Wolitzky (2020), "Deterrence with Imperfect
    Attribution", *APSR* 114(4): 1155-1178, model attribution as a noisy signal; this
    one-suspect Bayes update is the course's simplification of their n-attacker model.

    >>> round(attribution_posterior(0.3, 0.9, 0.1), 4)
    0.7941
    >>> round(attribution_posterior(0.3, 0.5, 0.5), 4)  # an uninformative signal
    0.3
    >>> attribution_posterior(0.0, 0.9, 0.0)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: The signal can never fire with these inputs (prior*detection_rate + ...
    """
    prior = probability(prior, "prior")
    detection_rate = probability(detection_rate, "detection_rate")
    false_alarm_rate = probability(false_alarm_rate, "false_alarm_rate")
    guilty = prior * detection_rate
    innocent = (1.0 - prior) * false_alarm_rate
    if guilty == 0.0 and innocent == 0.0:
        raise ValueError(
            "The signal can never fire with these inputs (prior*detection_rate + "
            "(1 - prior)*false_alarm_rate = 0), so there is no posterior: raise "
            "detection_rate or false_alarm_rate above 0, or move prior off 0 or 1."
        )
    if guilty == 0.0:
        return 0.0
    return 1.0 / (1.0 + innocent / guilty)


def retaliation_threshold(benefit: float = 1.0, cost: float = 1.0) -> float:
    """The posterior above which retaliating after a signal pays: C / (B + C).

    Retaliating yields B (``benefit``) against the guilty and costs C (``cost``) against the
    innocent; not retaliating yields 0. Retaliation pays when posterior*B > (1 -
    posterior)*C, that is when the posterior exceeds C / (B + C). The dearer a mistaken
    strike, the surer the defender must be.

    Course choice: these payoffs are ours; Baliga, Bueno de Mesquita & Wolitzky (2020)
    share the idea that the defender wants to punish the guilty attacker only.

    >>> retaliation_threshold(benefit=1, cost=3)
    0.75
    """
    benefit = positive_number(benefit, "benefit")
    cost = positive_number(cost, "cost")
    return cost / (benefit + cost)


def retaliation_value(
    prior: float,
    detection_rate: float,
    false_alarm_rate: float,
    *,
    benefit: float = 1.0,
    cost: float = 1.0,
) -> float:
    """Expected value of retaliating against the suspect once the signal has fired.

        EV = posterior*B - (1 - posterior)*C = posterior*(B + C) - C,

    with the posterior from :func:`attribution_posterior` and B, C as in
    :func:`retaliation_threshold`. Not retaliating is worth 0. EV rises with the prior and
    the detection rate and falls with the false-alarm rate: better detection and fewer
    false alarms make retaliation, and so the threat of it, more worthwhile.

    Source and course choice: that qualitative direction is the part of Baliga, Bueno de
    Mesquita & Wolitzky's (2020) argument this model reproduces (better attack detection
    and fewer false alarms strengthen deterrence); the payoffs B and C are the course's.
    Their model also shows that some improvements in attribution can *weaken* deterrence
    (detecting more attacks whose author is hard to identify), which a one-suspect model
    with non-strategic attackers cannot show.

    >>> round(retaliation_value(0.3, 0.9, 0.1), 4)
    0.5882
    >>> round(retaliation_value(0.3, 0.9, 0.1, cost=5), 4)
    -0.2353
    """
    posterior = attribution_posterior(prior, detection_rate, false_alarm_rate)
    benefit = positive_number(benefit, "benefit")
    cost = positive_number(cost, "cost")
    return posterior * (benefit + cost) - cost


def should_retaliate(
    prior: float,
    detection_rate: float,
    false_alarm_rate: float,
    *,
    benefit: float = 1.0,
    cost: float = 1.0,
) -> bool:
    """The decision rule: retaliate exactly when :func:`retaliation_value` is positive.

    Equivalently, when the posterior exceeds C / (B + C) (:func:`retaliation_threshold`).
    A defender that is exactly indifferent holds back. Course choice: the payoffs, as in
    :func:`retaliation_value`.

    >>> should_retaliate(0.3, 0.9, 0.1), should_retaliate(0.3, 0.9, 0.1, cost=5)
    (True, False)
    """
    value = retaliation_value(
        prior, detection_rate, false_alarm_rate, benefit=benefit, cost=cost
    )
    return value > 0.0


def signal_rates(d_prime: float, threshold: float) -> tuple[float, float]:
    """Detection and false-alarm rates of an attribution signal with discriminability d'.

    Equal-variance Gaussian signal detection: the evidence against the suspect is N(0, 1)
    when it is innocent and N(d', 1) when it is guilty, and the signal fires when the
    evidence exceeds ``threshold``. With Phi the standard normal distribution function,

        detection rate h = Phi(d' - threshold),    false-alarm rate f = Phi(-threshold).

    Moving the threshold trades one rate for the other along a ROC curve; only a larger d'
    (better forensics) raises h and lowers f together. With d' = 0, h = f and the signal is
    uninformative (see :func:`attribution_posterior`).

    Source: the standard equal-variance model of signal detection theory (Green & Swets
    1966, *Signal Detection Theory and Psychophysics*). Course choice: using it for cyber
    attribution.

    >>> h, f = signal_rates(2.0, 1.0)
    >>> round(h, 4), round(f, 4)
    (0.8413, 0.1587)
    """
    d_prime = number_in_range(d_prime, "d_prime", 0.0)
    threshold = finite_number(threshold, "threshold")
    return float(ndtr(d_prime - threshold)), float(ndtr(-threshold))


# --- 4. The offense-defense balance as net utility (Slayton) ------------------------------


@dataclass(frozen=True)
class CyberBalance:
    """Net utilities of offence and defence, and which side the balance favours.

    ``favours`` is ``"offense"``, ``"defense"`` or ``"neither"`` (equal within round-off).

    >>> CyberBalance(offense_utility=2.0, defense_utility=5.0, favours="defense").margin
    -3.0
    """

    offense_utility: float
    defense_utility: float
    favours: str

    @property
    def margin(self) -> float:
        """Offense utility minus defense utility: positive favours offence."""
        return self.offense_utility - self.defense_utility


def _net_utility(value: object, cost: object, skill: object, side: str) -> float:
    """Value less skill-adjusted cost of one side's operations."""
    worth = number_in_range(value, f"{side}_value", 0.0)
    spent = number_in_range(cost, f"{side}_cost", 0.0)
    return worth - spent / positive_number(skill, f"{side}_skill")


def offense_defense_balance(
    offense_value: float,
    offense_cost: float,
    defense_value: float,
    defense_cost: float,
    *,
    offense_skill: float = 1.0,
    defense_skill: float = 1.0,
) -> CyberBalance:
    """Slayton's cyber offense-defense balance: net utility of offence against defence.

        U_offense = offense_value - offense_cost / offense_skill,
        U_defense = defense_value - defense_cost / defense_skill,

    and the balance favours offence when U_offense > U_defense, defence when it is lower.

    Source: Slayton (2016/17), "What Is the Cyber Offense-Defense Balance? Conceptions,
    Causes, and Assessment", *International Security* 41(3): 72-109, defines the balance as
    the value less the cost of offensive operations relative to the value less the cost of
    defensive operations, with costs driven mainly by the organisational skill of those who
    build and run the systems; her Stuxnet assessment found the offence very likely cost
    far more than the defence. Course choices: comparing the two utilities by their
    difference (Slayton gives no formula; Glaser & Kaufmann 1998 use a cost ratio instead),
    and dividing a base cost by a skill factor (skill 2 halves the cost of the same
    operation). Values and costs are in any common unit; the course uses no dollar figures,
    since those it found are unverified.

    >>> offense_defense_balance(10, 8, 10, 4)
    CyberBalance(offense_utility=2.0, defense_utility=6.0, favours='defense')
    >>> offense_defense_balance(10, 8, 10, 4, offense_skill=4, defense_skill=0.5).favours
    'offense'
    """
    offense = _net_utility(offense_value, offense_cost, offense_skill, "offense")
    defense = _net_utility(defense_value, defense_cost, defense_skill, "defense")
    if math.isclose(offense, defense, rel_tol=1e-9, abs_tol=1e-12):
        favours = NEITHER
    else:
        favours = OFFENSE if offense > defense else DEFENSE
    return CyberBalance(offense_utility=offense, defense_utility=defense, favours=favours)
