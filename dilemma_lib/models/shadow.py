"""The shadow of the future: how much the next round must weigh for reciprocity to hold.

In a repeated Prisoner's Dilemma in which each round is followed by another with probability
w (or the future is discounted by w), Axelrod (1984, *The Evolution of Cooperation*, ch. 3)
shows that a population of Tit for Tat players cannot be invaded by any other strategy
("collectively stable") exactly when

    w >= max( (T - R) / (T - P),  (T - R) / (R - S) ),

with R = CC, T = DC, P = DD, S = CD. The first term guards against Always Defect, the second
against a player that alternates defection and cooperation.

The formula is Axelrod's; applying it to Jervis's levers (chapter 2) is the course's.
"""

from __future__ import annotations

from .games import SymmetricGame, as_symmetric_game


def tit_for_tat_threshold(game: object) -> float:
    """Axelrod's least weight w of the next round at which Tit for Tat is collectively stable.

    Defined for Prisoner's Dilemmas (T > R > P > S); for other games it raises ValueError,
    because there either cooperation needs no future (R >= T) or the formula does not apply.

    >>> from dilemma_lib.models.repeated import AXELROD_GAME
    >>> round(tit_for_tat_threshold(AXELROD_GAME), 4)  # max(2/4, 2/3)
    0.6667
    >>> tit_for_tat_threshold(SymmetricGame(CC=4, DC=3, DD=2, CD=1))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: game must be a Prisoner's Dilemma (DC > CC > DD > CD) for Axelrod's ...
    """
    g: SymmetricGame = as_symmetric_game(game)
    R, T, P, S = g.CC, g.DC, g.DD, g.CD
    if not T > R > P > S:
        raise ValueError(
            "game must be a Prisoner's Dilemma (DC > CC > DD > CD) for Axelrod's threshold, "
            f"got {g}."
        )
    return max((T - R) / (T - P), (T - R) / (R - S))
