"""Part VI of the source article as policy levers: institutions, technology, doctrine.

Part VI of the course's source article ("Achieving Cyber Peace") names three ways in which
states might ease the cybersecurity dilemma. This module makes each a lever with an
intensity from 0 (not used) to 1 (used as far as the course allows), maps the levers onto
the parameters of the other models, and reports what a mix of them does to the game, to
Jervis's four worlds, to a Richardson arms race and to cooperation in noisy repeated play.

==========================  ============  ===================================================
remedy (seed, Part VI)      lever         what it moves (course mapping)
==========================  ============  ===================================================
Institutions and norms      norms         a penalty on a detected cheat: lowers DC
                            verification  detection of cheating: lowers DC; clears up
                                          misperceived moves
Technological developments  technology    the balance B rises: lowers DC, raises CD towards
                                          DD; can move the four-worlds column and calm a race
Organization and doctrine   doctrine      distinguishability d rises: can move the
                                          four-worlds row, lowers misperception, makes
                                          defensive-looking arming more reassuring
==========================  ============  ===================================================

Every lever moves its quantities one way only, and never towards conflict: more of any lever
never raises Jervis's threshold p*, never lowers the balance, the distinguishability or the
detection probability, and never raises misperception.

Sources: the remedies are the seed's (Part VI). The levers act through Jervis's payoffs and
his two variables (Jervis 1978, *World Politics* 30(2): 167-214), the balance as a cost
ratio (Glaser & Kaufmann 1998, *International Security* 22(4): 44-82), noise in repeated
play (Axelrod 1984, *The Evolution of Cooperation*) and reassurance by transparency (Kydd
2005, *Trust and Mistrust in International Relations*). How far each lever reaches, and how
it moves each number, are the course's choices, labelled below; none comes from a published
model. So are the numbers of the default world :data:`CYBER_CASE`, which are illustrative.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ._validate import number_in_range, positive_number, probability, whole_number
from .arms_race import classify as classify_race
from .arms_race import model_from_balance
from .balance import World, tullock_win_probability, world_from_measures
from .games import (
    SymmetricGame,
    classify,
    cooperation_threshold,
    lower_exploitation_cost,
    lower_temptation,
)
from .repeated import AXELROD_GAME, Strategy, as_strategy
from .repeated import cooperation_rate as repeated_cooperation_rate
from .signals import _game, cooperates, posterior_after_arming

# --- how far each lever reaches (course choices, illustrative) ------------------------------

TECHNOLOGY_FACTOR = 3.0
"""Full technology multiplies the balance B by 3 (the default world's 0.5 becomes 1.5)."""
VERIFICATION_REACH = 0.3
"""Full verification watches 30 % of moves: it catches that share of cheats and of misreadings."""
PENALTY_SHARE = 0.2
"""Full norms fine a detected cheat 20 % of the spread (max - min) of the baseline payoffs."""
DOCTRINE_REACH = 0.6
"""Full doctrine closes 60 % of the gap between d and full distinguishability (d = 1)."""
BALANCE_RANGE = (1e-3, 1e3)
"""Allowed baseline balances B (so that B * TECHNOLOGY_FACTOR and 1/B stay moderate)."""
RACE_GRIEVANCE = 1.0
"""Grievance g = h of the Richardson race in :attr:`Outcome.arms_race` (any g > 0 gives the
same name, since stability depends only on the balance)."""
TURNS, REPETITIONS, SEED = 100, 50, 0
"""Repeated play per call: cheap enough for a slider (about 2 ms), seeded so it does not jitter."""
DEFAULT_STRATEGIES = ("Generous Tit For Tat", "Generous Tit For Tat")

REMEDIES: dict[str, tuple[str, ...]] = {
    "Institutions and norms": ("norms", "verification"),
    "Technological developments": ("technology",),
    "Organization and doctrine": ("doctrine",),
}
"""The seed's three remedies (Part VI headings) and the :class:`PolicyMix` levers of each."""


# --- the inputs ----------------------------------------------------------------------------


def _balance(value: object) -> float:
    return number_in_range(value, "balance", *BALANCE_RANGE)


@dataclass(frozen=True)
class CyberWorld:
    """The state of affairs before any remedy: a game and the numbers the levers move.

    ``game`` is the symmetric 2x2 game of restraint (C) and attack (D); ``balance`` the
    offense-defense balance B in [1e-3, 1e3] (B < 1 favours offence); ``distinguishability``
    d, ``detection`` (the chance that national means catch a cheat on an agreement),
    ``noise``, ``misperception`` and ``prior`` (the belief that the other is a security
    seeker) are probabilities in [0, 1].

    The defaults are :data:`CYBER_CASE`, the cyber case of the seed (Part IV): Axelrod's
    (1984) Prisoner's Dilemma payoffs CC=3, DC=5, DD=1, CD=0; offence dominance B = 0.5
    (an attack needs half what the defence spends); low distinguishability d = 0.2; weak
    detection 0.2 and misperception 0.1 (the attribution problem); noise 0.02; prior 0.5.
    Course choice: all of these numbers are illustrative, not measured.

    >>> CyberWorld().balance
    0.5
    >>> CyberWorld(balance=0)
    Traceback (most recent call last):
    ...
    ValueError: balance must lie between 0.001 and 1000, got 0.
    """

    game: SymmetricGame = AXELROD_GAME
    balance: float = 0.5
    distinguishability: float = 0.2
    detection: float = 0.2
    noise: float = 0.02
    misperception: float = 0.1
    prior: float = 0.5

    def __post_init__(self) -> None:
        object.__setattr__(self, "game", _game(self.game, "game"))
        object.__setattr__(self, "balance", _balance(self.balance))
        for name in ("distinguishability", "detection", "noise", "misperception", "prior"):
            object.__setattr__(self, name, probability(getattr(self, name), name))


CYBER_CASE = CyberWorld()
"""The default baseline: the seed's cyber case in illustrative numbers (see :class:`CyberWorld`)."""


@dataclass(frozen=True)
class PolicyMix:
    """How hard each of the seed's remedies is pushed, each lever from 0 (off) to 1 (full).

    ``norms`` and ``verification`` are Part VI's institutions and norms, ``technology`` its
    technological developments, ``doctrine`` its organisation and doctrine (separate
    offensive and defensive units, transparent doctrine); see :data:`REMEDIES`.

    >>> PolicyMix(technology=1).norms
    0.0
    >>> PolicyMix(doctrine=1.5)
    Traceback (most recent call last):
    ...
    ValueError: doctrine must lie between 0 and 1, got 1.5.
    """

    norms: float = 0.0
    verification: float = 0.0
    technology: float = 0.0
    doctrine: float = 0.0

    def __post_init__(self) -> None:
        for name in ("norms", "verification", "technology", "doctrine"):
            object.__setattr__(self, name, probability(getattr(self, name), name))


@dataclass(frozen=True)
class Outcome:
    """What a policy mix leads to (see :func:`apply_policies`).

    ``game`` and its ``game_type`` (:func:`~dilemma_lib.models.games.classify`) and Jervis's
    ``threshold`` p* (``None``: no belief is enough); the levered ``balance``,
    ``distinguishability``, ``detection`` and ``misperception``; the four-worlds cell
    ``world``; ``arms_race``, the Richardson outcome at this balance; ``reassurance``, the
    belief that the other is a security seeker after it arms in a defensive-looking way,
    and ``reassured_cooperation``, whether that belief reaches p*; ``cooperation_rate``,
    the share of C moves in noisy repeated play.

    >>> apply_policies().world.label
    'doubly dangerous'
    """

    game: SymmetricGame
    game_type: str
    threshold: float | None
    balance: float
    distinguishability: float
    detection: float
    misperception: float
    world: World
    arms_race: str
    reassurance: float
    reassured_cooperation: bool
    cooperation_rate: float


def _inputs(baseline: object, mix: object) -> tuple[CyberWorld, PolicyMix]:
    """The baseline and the mix (``None`` means no lever pulled), checked for their types."""
    levers = PolicyMix() if mix is None else mix
    for value, kind, name in ((baseline, CyberWorld, "baseline"), (levers, PolicyMix, "mix")):
        if not isinstance(value, kind):
            raise ValueError(f"{name} must be a {kind.__name__}, got {value!r}.")
    return baseline, levers


# --- each lever's mapping --------------------------------------------------------------------


def attack_success_probability(balance: float) -> float:
    """Chance that a surprise attack succeeds at balance B: p(B) = 1 / (1 + B).

    Tullock's contest with decisiveness 1 (:func:`~dilemma_lib.models.balance.
    tullock_win_probability`) between an attacker's effort 1 and a defence worth B of it:
    B is what the attacker must spend per unit of defence (Glaser & Kaufmann 1998), so
    equal budgets give the attacker 1/(1 + B). Offence dominance (B < 1) gives p > 1/2.

    Course choice: reading the balance as the odds of one surprise attack.
    Sources: Tullock (1980); Glaser & Kaufmann (1998); Jervis (1978) on first-strike gains.

    >>> attack_success_probability(1.0), attack_success_probability(3.0)
    (0.5, 0.25)
    """
    return tullock_win_probability(1.0, positive_number(balance, "balance"))


def shifted_balance(balance: float, technology: float) -> float:
    """Technology lever: B' = B * TECHNOLOGY_FACTOR ** technology (full lever: B tripled).

    Part VI expects better defensive technology to narrow the offence's lead, though
    perhaps never to reverse it; the full lever lets a student see what a reversal would
    do. Course choice: the factor 3 and the geometric path (each step multiplies B alike).
    Sources: seed Part VI; Glaser & Kaufmann (1998) for B.

    >>> shifted_balance(0.5, 1.0), shifted_balance(0.5, 0.0)
    (1.5, 0.5)
    """
    return _balance(balance) * TECHNOLOGY_FACTOR ** probability(technology, "technology")


def _towards_one(value: float, share: float) -> float:
    """``value + (1 - value) * share``: close ``share`` of the gap to 1, exact at share 0."""
    return min(1.0, value + (1.0 - value) * share)


def shifted_distinguishability(distinguishability: float, doctrine: float) -> float:
    """Doctrine lever: d' = d + (1 - d) * DOCTRINE_REACH * doctrine.

    Separate offensive and defensive units and a transparent doctrine let others tell the
    two kinds of capability apart, but Part VI doubts they will ever be *fully*
    distinguishable, so the full lever closes only 60 % of the gap to d = 1.
    Course choice: that reach and the linear path. Sources: seed Part VI; Jervis (1978);
    Kydd (2005) on transparency as reassurance.

    >>> round(shifted_distinguishability(0.2, 1.0), 2)
    0.68
    """
    d = probability(distinguishability, "distinguishability")
    return _towards_one(d, DOCTRINE_REACH * probability(doctrine, "doctrine"))


def shifted_detection(detection: float, verification: float) -> float:
    """Verification lever: q' = q + (1 - q) * VERIFICATION_REACH * verification.

    An institution that verifies compliance (Part VI) catches a cheat that national means
    missed with probability 0.3 * verification, independently, so a cheat escapes only if
    both miss it: 1 - q' = (1 - q)(1 - 0.3 v), the arithmetic of
    :func:`~dilemma_lib.models.cyber.detection_probability`. Course choice: the reach 0.3
    (cyber capabilities are hard to count, Part IV) and independence.
    Sources: seed Part VI; Jervis (1978) on verification.

    >>> round(shifted_detection(0.2, 1.0), 2)
    0.44
    """
    q = probability(detection, "detection")
    return _towards_one(q, VERIFICATION_REACH * probability(verification, "verification"))


def shifted_misperception(misperception: float, verification: float, doctrine: float) -> float:
    """Misperception after both information levers: m' = m (1 - 0.3 v)(1 - 0.6 s).

    A misreading of the other's move survives only if verification does not watch that
    move (share 0.3 v, as in :func:`shifted_detection`) and if it falls in what doctrine
    leaves indistinguishable: (1 - d')/(1 - d) = 1 - 0.6 s (see
    :func:`shifted_distinguishability`). Course choice: this product. Sources: seed Part
    VI (institutions reduce uncertainty about intentions; doctrine and transparency reduce
    fear); Axelrod (1984) on misperception in repeated play.

    >>> round(shifted_misperception(0.1, 1.0, 1.0), 3)
    0.028
    """
    m = probability(misperception, "misperception")
    watched = VERIFICATION_REACH * probability(verification, "verification")
    return m * (1.0 - watched) * (1.0 - DOCTRINE_REACH * probability(doctrine, "doctrine"))


def _penalty(game: SymmetricGame, norms: float) -> float:
    payoffs = (game.CC, game.DC, game.DD, game.CD)
    return PENALTY_SHARE * norms * (max(payoffs) - min(payoffs))


def _technology(game: SymmetricGame, remaining: float) -> SymmetricGame:
    """Scale the attack-dependent stakes DC - DD and DD - CD (where positive) by ``remaining``."""
    cut = 1.0 - remaining
    tempted = lower_temptation(game, cut * max(game.DC - game.DD, 0.0))
    return lower_exploitation_cost(tempted, cut * max(game.DD - game.CD, 0.0))


def _institutions(
    game: SymmetricGame, watched: float, detection: float, penalty: float
) -> SymmetricGame:
    """Lower DC by the watched share of its premium over DD plus the expected fine."""
    return lower_temptation(game, watched * max(game.DC - game.DD, 0.0) + detection * penalty)


def levered_game(baseline: CyberWorld = CYBER_CASE, mix: PolicyMix | None = None) -> SymmetricGame:
    """The baseline game after the technology and institutions levers (Jervis's levers).

    With B' from :func:`shifted_balance`, p from :func:`attack_success_probability`,
    r = p(B') / p(B) <= 1, the watched share w = 0.3 v, the detection q' of
    :func:`shifted_detection` and the fine F = 0.2 * norms * (max - min of the baseline
    payoffs):

    * technology: DC_t = DC - (1 - r)(DC - DD)+ and CD' = CD + (1 - r)(DD - CD)+. What a
      defector gains over mutual defection, and what its victim loses, happen only if the
      attack succeeds, so both shrink with its odds (Jervis 1978: defence dominance lowers
      the gain from exploiting and the cost of being exploited). Read the baseline stakes
      as expectations at the baseline odds p(B); at the new odds they are r times as big;
    * institutions: DC' = DC_t - w (DC_t - DD)+ - q' F. A cheat that verification catches
      earns DD (the victim answers) instead of DC, and a detected cheat pays the fine that
      norms and linked agreements attach to cheating (Part VI: institutions "increase the
      costs of cheating and defection"). When DC_t >= DD this is the expected temptation
      E[DC] = (1 - w) DC_t + w DD - q' F; the baseline DC is read as already pricing in
      detection by national means, so only verification's extra share w replaces DC by DD.

    (x)+ is max(x, 0): stakes that are not gains are left alone, so every lever only lowers
    DC and raises CD, and never raises p*. CC and DD do not change. With the default world,
    either remedy alone leaves a Prisoner's Dilemma; full technology and institutions
    together make a Stag Hunt (course choice: the reaches that make it so).
    ``mix=None`` pulls no lever. Sources: seed Part VI; Jervis (1978); Glaser & Kaufmann
    (1998).

    >>> game = levered_game(CYBER_CASE, PolicyMix(technology=1))  # r = 0.6
    >>> round(game.DC, 6), round(game.CD, 6), classify(game)
    (3.4, 0.4, "Prisoner's Dilemma")
    >>> classify(levered_game(CYBER_CASE, PolicyMix(norms=1, verification=1, technology=1)))
    'Stag Hunt'
    """
    world, levers = _inputs(baseline, mix)
    balance = shifted_balance(world.balance, levers.technology)
    remaining = attack_success_probability(balance) / attack_success_probability(world.balance)
    detection = shifted_detection(world.detection, levers.verification)
    return _institutions(
        _technology(world.game, remaining),
        VERIFICATION_REACH * levers.verification,
        detection,
        _penalty(world.game, levers.norms),
    )


# --- the whole picture -----------------------------------------------------------------------


def _strategy_pair(strategies: object, game: SymmetricGame) -> list[Strategy]:
    if isinstance(strategies, str) or not isinstance(strategies, Sequence) or len(strategies) != 2:
        raise ValueError(f"strategies must be a pair of strategies, got {strategies!r}.")
    return [_for_game(as_strategy(s, f"strategies[{i}]"), game) for i, s in enumerate(strategies)]


def _for_game(strategy: Strategy, game: SymmetricGame) -> Strategy:
    """Fill in game-dependent generosity; where Nowak & Sigmund's formula is undefined
    (CC == CD or DC == DD) keep the strategy's own table, so Generous TFT forgives nothing
    and plays Tit-for-Tat. Course choice: for DC == DD < CC this is the value the clipped
    formula takes just below the tie, the side towards which the levers push DC."""
    try:
        return strategy.for_game(game)
    except ValueError:
        return replace(strategy, game_generosity=False)


def _race(balance: float) -> str:
    """Richardson's outcome for two states facing the same balance (grievances 1)."""
    return classify_race(model_from_balance(balance, balance, g=RACE_GRIEVANCE, h=RACE_GRIEVANCE))


def apply_policies(
    baseline: CyberWorld = CYBER_CASE,
    mix: PolicyMix | None = None,
    *,
    strategies: Sequence[object] = DEFAULT_STRATEGIES,
    turns: int = TURNS,
    repetitions: int = REPETITIONS,
    seed: int = SEED,
) -> Outcome:
    """Apply a mix of the seed's remedies to a baseline world and report the result.

    * the game: :func:`levered_game`, its :func:`~dilemma_lib.models.games.classify` name
      and Jervis's p* (:func:`~dilemma_lib.models.games.cooperation_threshold`);
    * Jervis's world: :func:`~dilemma_lib.models.balance.world_from_measures` of the
      shifted balance and distinguishability (threshold 0.5);
    * the arms race: Richardson's outcome for two states at the shifted balance
      (:func:`~dilemma_lib.models.arms_race.model_from_balance`, grievances 1): runaway
      when B' <= 1, stable when B' > 1;
    * reassurance: the belief that the other is a security seeker after one round of
      defensive-looking arming (:func:`~dilemma_lib.models.signals.posterior_after_arming`
      from the baseline prior at the shifted d, with that module's default greedy offence
      rate 0.8), and whether it reaches p* (:func:`~dilemma_lib.models.signals.cooperates`);
    * repeated play: the share of C moves of ``strategies`` (default Generous TFT against
      itself, whose forgiveness grows as the temptation falls; ``("TFT", "TFT")`` reacts
      only to noise and misperception) over ``turns`` x ``repetitions`` with the baseline
      noise and the shifted misperception, seeded with ``seed`` (a whole number >= 0)
      (:func:`~dilemma_lib.models.repeated.cooperation_rate`). ``strategies`` is a pair of
      anything :func:`~dilemma_lib.models.repeated.as_strategy` takes. Where Nowak &
      Sigmund's generosity is undefined in the levered game (CC == CD or DC == DD),
      Generous TFT plays as plain Tit-for-Tat.

    ``mix=None`` pulls no lever. Course choices: the mappings of each lever (see the
    functions named), the fallback just described, and the default run of 100 turns x 50
    repetitions, seed 0, which takes about 2 ms. Sources: seed Part VI; Jervis (1978);
    Glaser & Kaufmann (1998); Axelrod (1984); Kydd (2005).

    >>> before = apply_policies(CYBER_CASE, PolicyMix())
    >>> before.game_type, before.world.label, before.arms_race
    ("Prisoner's Dilemma", 'doubly dangerous', 'runaway race')
    >>> after = apply_policies(CYBER_CASE, PolicyMix(1, 1, 1, 1))
    >>> after.game_type, after.world.label, after.arms_race
    ('Stag Hunt', 'doubly stable', 'stable race')
    >>> after.cooperation_rate > before.cooperation_rate
    True
    """
    world, levers = _inputs(baseline, mix)
    game = levered_game(world, levers)
    balance = shifted_balance(world.balance, levers.technology)
    d = shifted_distinguishability(world.distinguishability, levers.doctrine)
    misperception = shifted_misperception(world.misperception, levers.verification, levers.doctrine)
    reassurance = posterior_after_arming(world.prior, d, looks_offensive=False)
    pair = _strategy_pair(strategies, game)
    play = (turns, world.noise, misperception, repetitions, whole_number(seed, "seed", 0))
    return Outcome(
        game=game,
        game_type=classify(game),
        threshold=cooperation_threshold(game),
        balance=balance,
        distinguishability=d,
        detection=shifted_detection(world.detection, levers.verification),
        misperception=misperception,
        world=world_from_measures(balance, d),
        arms_race=_race(balance),
        reassurance=reassurance,
        reassured_cooperation=cooperates(reassurance, game),
        cooperation_rate=repeated_cooperation_rate(game, *pair, *play),
    )
