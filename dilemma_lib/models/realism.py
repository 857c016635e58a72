"""Realist worries as changes to a game: relative gains and the fear of a greedy rival.

Chapter 1 of the course asks two questions that realists raise about cooperation between
states (Grieco 1988; Mearsheimer 2001; Glaser 1994/95), and answers them with the 2x2 games
of :mod:`dilemma_lib.models.games`.

1. *Relative gains.* A state that cares how it fares *against* the other, and not only how it
   fares, values each outcome at its own payoff minus ``w`` times the other's payoff:
   :func:`relative_gains_game`, :func:`temptation_weight`.
2. *Fear of a greedy rival.* A state that does not know whether the other only wants
   security or would exploit restraint weighs its options by its belief that the other is
   greedy: :func:`payoffs_against_prior`, :func:`greed_tolerance`.

Both are the course's own models, written to make a realist argument computable; neither is
the exact model of any of the authors cited.
"""

from __future__ import annotations

from ._validate import number_in_range, probability
from .games import SymmetricGame, as_symmetric_game, cooperation_threshold, expected_payoffs

# --- 1. Relative gains ----------------------------------------------------------------------


def relative_gains_game(game: object, weight: float) -> SymmetricGame:
    """The game as seen by two states that each weigh the other's gains against their own.

    Each state's utility for an outcome is its own payoff minus ``weight`` (w, between 0
    and 1) times the other state's payoff in that outcome:

        CC' = (1 - w) CC,   DC' = DC - w CD,   DD' = (1 - w) DD,   CD' = CD - w DC.

    w = 0 is a state that cares only about its own (absolute) gains; w = 1 a state that cares
    only about the gap between itself and the other, so that every outcome is zero-sum. The
    game stays symmetric, since both states are given the same weight.

    This is the course's own model. It follows the idea of Grieco (1988), "Anarchy and the
    Limits of Cooperation", *International Organization* 42(3): 485-507, whose utility
    U = V - k (W - V) (own payoff V, partner's payoff W, sensitivity k >= 0) is, divided by
    1 + k, the same ranking as V - w W with w = k / (1 + k); and the debate in Powell (1991),
    "Absolute and Relative Gains in International Relations Theory", *American Political
    Science Review* 85(4): 1303-1320. Neither author uses these exact payoffs.

    >>> stag_hunt = SymmetricGame(CC=4, DC=3, DD=2, CD=1)
    >>> relative_gains_game(stag_hunt, 0.5)
    SymmetricGame(CC=2.0, DC=2.5, DD=1.0, CD=-0.5)
    >>> relative_gains_game(stag_hunt, 1.5)
    Traceback (most recent call last):
    ...
    ValueError: weight must lie between 0 and 1, got 1.5.
    """
    g = as_symmetric_game(game)
    w = number_in_range(weight, "weight", 0.0, 1.0)
    return SymmetricGame(
        CC=(1 - w) * g.CC,
        DC=g.DC - w * g.CD,
        DD=(1 - w) * g.DD,
        CD=g.CD - w * g.DC,
    )


def temptation_weight(game: object) -> float | None:
    """The weight on relative gains above which exploiting a restrained partner beats
    mutual restraint.

    In :func:`relative_gains_game`, CC' > DC' exactly when (1 - w) CC > DC - w CD, that is
    when w < w* with

        w* = (CC - DC) / (CC - CD),

    for a game in which mutual restraint beats both exploiting (CC > DC) and being exploited
    (CC > CD). Above w*, even a state sure that the other will restrain prefers to arm: no
    belief makes restraint pay, as in a Prisoner's Dilemma. For a Stag Hunt the transformed
    game is a Prisoner's Dilemma for every w strictly between w* and 1 (the tests check it).

    Returns ``0.0`` when restraint is already no better than exploiting (CC <= DC), and
    ``None`` when no weight below one makes exploiting pay more (CD >= DC).
    The course's own derivation from its own model.

    >>> temptation_weight(SymmetricGame(CC=4, DC=3, DD=2, CD=1))
    0.3333333333333333
    >>> temptation_weight(SymmetricGame(CC=3, DC=4, DD=2, CD=1))
    0.0
    """
    g = as_symmetric_game(game)
    if g.CC <= g.DC:
        return 0.0
    if g.CD >= g.DC:
        return None
    return (g.CC - g.DC) / (g.CC - g.CD)


# --- 2. Fear of a greedy rival ---------------------------------------------------------------


def payoffs_against_prior(game: object, prior_greedy: float) -> tuple[float, float]:
    """Expected payoffs of (restraint, arming) for a security seeker unsure of the other.

    The other state is greedy with probability q (``prior_greedy``) and a security seeker
    otherwise. The course's own model: a greedy state always arms (defects); a security
    seeker is taken to restrain (cooperate), so the chance that the other restrains is
    1 - q, and, with the payoffs of ``game`` (the security seeker's own game, e.g. a Stag
    Hunt),

        E[C] = (1 - q) CC + q CD,     E[D] = (1 - q) DC + q DD.

    This is Jervis's expected-payoff comparison (Jervis 1978; see
    :func:`~dilemma_lib.models.games.expected_payoffs`) with the belief that the other
    cooperates read as the belief that it is not greedy (as in
    :func:`~dilemma_lib.models.signals.cooperates`).

    >>> payoffs_against_prior(SymmetricGame(CC=4, DC=3, DD=2, CD=1), 0.25)
    (3.25, 2.75)
    """
    q = probability(prior_greedy, "prior_greedy")
    return expected_payoffs(as_symmetric_game(game), 1.0 - q)


def greed_tolerance(game: object) -> float | None:
    """The largest prior of greed q at which restraint still pays: q* = 1 - p*.

    Restraint is a best reply when the chance that the other restrains, 1 - q, is at least
    Jervis's threshold p* (:func:`~dilemma_lib.models.games.cooperation_threshold`), i.e.
    when q <= 1 - p*. Returns ``None`` when no belief makes restraint pay (a Prisoner's
    Dilemma, p* is ``None``) and ``1.0`` when restraint pays even against a sure aggressor.
    The course's own model, see :func:`payoffs_against_prior`.

    >>> greed_tolerance(SymmetricGame(CC=5, DC=3, DD=2, CD=1))
    0.6666666666666667
    >>> greed_tolerance(SymmetricGame(CC=3, DC=4, DD=2, CD=1)) is None
    True
    """
    threshold = cooperation_threshold(as_symmetric_game(game))
    return None if threshold is None else 1.0 - threshold
