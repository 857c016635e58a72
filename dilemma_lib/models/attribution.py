"""Attribution and retaliation: the prior at which striking back starts to pay.

A companion to the attribution model of :mod:`dilemma_lib.models.cyber`
(:func:`~dilemma_lib.models.cyber.attribution_posterior`,
:func:`~dilemma_lib.models.cyber.retaliation_threshold`), after Baliga, Bueno de Mesquita &
Wolitzky (2020), "Deterrence with Imperfect Attribution", *APSR* 114(4): 1155-1178.
"""

from __future__ import annotations

from ._validate import positive_number, probability


def break_even_prior(detection_rate: float, false_alarm_rate: float, *, benefit: float = 1.0,
                     cost: float = 1.0) -> float | None:
    """The prior at which retaliating after a signal is worth exactly nothing.

    Retaliation pays when the posterior pi*h / (pi*h + (1 - pi)*f) exceeds C / (B + C)
    (:func:`cyber.retaliation_threshold`). Solving for the prior pi gives

        pi* = C*f / (C*f + B*h),

    and retaliation pays exactly for priors above pi*. It rises with the false-alarm rate
    f and the cost C of a mistaken strike, and falls with the detection rate h and the
    benefit B of a just one. When h = 0 the evidence never points at the guilty, so no prior
    makes retaliation pay: the function returns ``None``. When f = 0 (and h > 0), pi* = 0:
    any positive prior is enough.

    Course choice: the derivation and the payoffs B and C are the course's, on the one-suspect
    simplification of Baliga, Bueno de Mesquita & Wolitzky (2020) used in
    :mod:`dilemma_lib.models.cyber`.

    >>> round(break_even_prior(0.9, 0.1, cost=3), 12)
    0.25
    >>> from dilemma_lib.models import cyber
    >>> [cyber.should_retaliate(prior, 0.9, 0.1, cost=3) for prior in (0.24, 0.26)]
    [False, True]
    >>> break_even_prior(0.0, 0.3) is None
    True
    """
    h = probability(detection_rate, "detection_rate")
    f = probability(false_alarm_rate, "false_alarm_rate")
    benefit = positive_number(benefit, "benefit")
    cost = positive_number(cost, "cost")
    if h == 0.0:
        return None
    return cost * f / (cost * f + benefit * h)
