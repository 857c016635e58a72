"""Norm diffusion as a tipping process: a threshold cascade among states.

Finnemore & Sikkink (1998, *International Organization* 52(4): 887-917) describe a norm's
"life cycle" in three stages: *norm emergence*, in which norm entrepreneurs persuade a few
states to adopt it; a *tipping point*, once a critical mass of states has adopted it; and a
*norm cascade*, in which the remaining states follow, more because others have adopted it
than because they were persuaded (after which the norm may be internalised and taken for
granted). They note that empirical studies rarely find tipping before about one third of
the states in the system have adopted a norm.

This module turns that idea into a small, deterministic threshold model of the kind
Granovetter (1978, *American Journal of Sociology* 83(6): 1420-1443) wrote for collective
behaviour:

* there are ``states`` states; a share ``early_adopters`` of them (the states that norm
  entrepreneurs have already persuaded) adopt the norm from the start, whatever the others do;
* every other state has a *threshold*: it adopts once the share of all states that have
  adopted reaches its threshold. The thresholds are the evenly spaced quantiles
  ``(i - 1/2) / n`` of a logistic distribution with centre ``mean_threshold`` and scale
  ``spread``, so the model needs no random numbers and gives the same answer on every run;
* in each round every state compares its threshold with last round's share; adoption never
  reverses, so the share rises until no further state is moved (at most ``states`` rounds).

The share after round t is s(t+1) = e + (1 - e) F(s(t)), with F the share of followers whose
threshold is at most s(t). A cascade stops at the first share where this curve meets the
diagonal; it runs on to near-universal adoption only if the early adopters carry the share
past every such stopping point.

Course choice: this is the course's own model, not Finnemore & Sikkink's (who give no
equations) nor Granovetter's exact one. The logistic distribution, the deterministic
quantiles, the synchronous rounds, the irreversibility of adoption and the 90 % line that
:func:`cascade` calls "near-universal" (:data:`CASCADE_SHARE`) are our choices, and no
number in it is measured.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ._validate import number_in_range, probability, whole_number

CASCADE_SHARE = 0.9
"""Course choice: a cascade counts as near-universal once 90 % of states have adopted."""
ONE_THIRD = 1 / 3
"""Finnemore & Sikkink (1998): tipping rarely occurs before about a third of states adopt."""
SPREAD_RANGE = (0.01, 1.0)
"""Allowed scales of the threshold distribution."""
THRESHOLD_RANGE = (-1.0, 2.0)
"""Allowed centres of the threshold distribution (a centre below 0 or above 1 is allowed:
most states then adopt at once, or almost none ever follow)."""


def thresholds(states: int = 100, mean_threshold: float = 0.4,
               spread: float = 0.1) -> np.ndarray:
    """The followers' thresholds: evenly spaced quantiles of a logistic distribution.

    Threshold i (for i = 1..n) is m + s * log(u / (1 - u)) with u = (i - 1/2) / n, sorted
    from the most to the least willing state. Course choice (see the module docstring).

    >>> thresholds(4, 0.5, 0.1).round(3).tolist()
    [0.305, 0.449, 0.551, 0.695]
    >>> thresholds(0)
    Traceback (most recent call last):
    ...
    ValueError: states must be a whole number at least 1, got 0.
    """
    n = whole_number(states, "states", 1)
    centre = number_in_range(mean_threshold, "mean_threshold", *THRESHOLD_RANGE)
    scale = number_in_range(spread, "spread", *SPREAD_RANGE)
    quantiles = (np.arange(1, n + 1) - 0.5) / n
    return centre + scale * np.log(quantiles / (1.0 - quantiles))


@dataclass(frozen=True)
class Cascade:
    """The course of a norm through a system of states (see :func:`cascade`).

    ``shares[t]`` is the share of all states that have adopted after round t (``shares[0]``
    the early adopters alone); ``final_share`` the share where adoption stops; ``rounds``
    how many rounds brought in new adopters; ``tipped`` whether adoption became
    near-universal (at least :data:`CASCADE_SHARE`) and ``passed_one_third`` whether it
    reached Finnemore & Sikkink's one third.
    """

    shares: np.ndarray
    final_share: float
    rounds: int
    tipped: bool
    passed_one_third: bool


def _adopter_count(early: int, followers: np.ndarray, states: int) -> np.ndarray:
    """Adopters after each round, from ``early`` committed states, until nothing changes."""
    counts = [early]
    while True:
        share = counts[-1] / states
        # a follower adopts when the share reaches its threshold (small tolerance for ties)
        count = early + int(np.searchsorted(followers, share + 1e-12, side="right"))
        if count <= counts[-1]:
            return np.array(counts)
        counts.append(count)


def cascade(early_adopters: float = 0.1, mean_threshold: float = 0.4, spread: float = 0.1,
            states: int = 100) -> Cascade:
    """Run the threshold cascade until no further state adopts.

    ``early_adopters`` (a share in [0, 1]) is rounded to a whole number of states; the rest
    follow :func:`thresholds`. Course choice (see the module docstring).

    >>> low = cascade(early_adopters=0.05, mean_threshold=0.4, spread=0.1)
    >>> round(low.final_share, 2), low.rounds, low.tipped
    (0.09, 2, False)
    >>> high = cascade(early_adopters=0.1, mean_threshold=0.4, spread=0.1)
    >>> round(high.final_share, 2), high.rounds, high.tipped, high.passed_one_third
    (1.0, 19, True, True)
    """
    n = whole_number(states, "states", 1)
    early = round(probability(early_adopters, "early_adopters") * n)
    followers = thresholds(n - early, mean_threshold, spread) if early < n else np.array([])
    counts = _adopter_count(early, followers, n)
    shares = counts / n
    final = float(shares[-1])
    return Cascade(shares=shares, final_share=final, rounds=len(shares) - 1,
                   tipped=final >= CASCADE_SHARE - 1e-12,
                   passed_one_third=final >= ONE_THIRD - 1e-12)


def critical_mass(mean_threshold: float = 0.4, spread: float = 0.1,
                  states: int = 100) -> float | None:
    """The least share of early adopters from which the norm cascades (``None``: never).

    The smallest whole number of committed states k (as a share k / ``states``) whose
    :func:`cascade` reaches :data:`CASCADE_SHARE`; this is the model's tipping point.
    Course choice (see the module docstring).

    >>> critical_mass(0.4, 0.1)
    0.1
    >>> critical_mass(0.7, 0.1)
    0.47
    """
    n = whole_number(states, "states", 1)
    for early in range(n + 1):
        if cascade(early / n, mean_threshold, spread, n).tipped:
            return early / n
    return None  # pragma: no cover - with every state committed, adoption is universal
