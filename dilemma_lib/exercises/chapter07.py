"""Self-checks for chapter 7, cyber cases: attribution numbers and the case set."""

from __future__ import annotations

from ..data import cases as case_data
from ..models import cyber
from ..models.attribution import break_even_prior
from .exercise import Exercise
from .feedback import Feedback, check_choice, check_number


def _probability(value: float) -> str | None:
    return None if 0 <= value <= 1 else (
        f"{value:g} cannot be a probability: probabilities lie between 0 and 1.")


# Exercise 7.1: the posterior after a signal with h = 0.9, f = 0.1 and prior 0.1.
POSTERIOR_SETTING = {"prior": 0.1, "detection_rate": 0.9, "false_alarm_rate": 0.1}


def check_posterior(answer: object) -> Feedback:
    """Exercise 7.1: how likely is the suspect guilty once the evidence points at it?

    With prior 0.1, detection rate 0.9 and false-alarm rate 0.1 the answer is 0.5.

    >>> check_posterior(0.5).correct
    True
    >>> check_posterior("0.9").message[:28]
    '0.9 is the detection rate, P'
    """
    correct = cyber.attribution_posterior(**POSTERIOR_SETTING)
    return check_number(
        answer, correct,
        right="Of 1,000 possible cases, 100 are the suspect's (prior 0.1) and the signal fires "
        "on 90 of them; of the 900 that are not, it fires falsely on 90. Of the 180 signals, "
        "half point at the guilty: 0.09 / (0.09 + 0.09) = 0.5. A 90 % accurate test, used on "
        "a rare suspect, leaves the victim no surer than a coin toss.",
        mistakes={
            0.9: "0.9 is the detection rate, P(signal | guilty), not P(guilty | signal): that "
            "confuses the two conditional probabilities and ignores how rare guilt was to "
            "begin with (the prior is only 0.1).",
            0.09: "0.09 = 0.1 x 0.9 is the chance that the suspect attacked AND the signal "
            "fired. Divide by the chance that the signal fires at all, guilty or not: "
            "0.09 + 0.9 x 0.1.",
            0.1: "0.1 is the prior: the evidence has to move the belief, since the signal "
            "fires nine times more often on the guilty than on the innocent.",
        },
        plausible=_probability,
        tolerance=0.004,
    )


# Exercise 7.2: the break-even prior with h = 0.9, f = 0.1 and a mistaken strike costing 3.
BREAK_EVEN_SETTING = {"detection_rate": 0.9, "false_alarm_rate": 0.1, "cost": 3.0}



def check_break_even(answer: object) -> Feedback:
    """Exercise 7.2: above which prior does retaliation pay when a mistaken strike costs 3?

    >>> check_break_even("1/4").correct
    True
    >>> check_break_even(0.75).message[:22]
    '0.75 is the threshold '
    """
    correct = break_even_prior(**BREAK_EVEN_SETTING)
    return check_number(
        answer, correct,
        right="The posterior must exceed C/(B + C) = 3/4. With h = 0.9 and f = 0.1 that means "
        "0.9p / (0.9p + 0.1(1 - p)) > 3/4, i.e. 0.3p > 0.075, p > 0.25 (the dot crosses the "
        "dashed line at prior 0.25). With equal costs the break-even prior would be 0.1: "
        "a dearer mistake demands a stronger suspicion before the evidence comes in.",
        mistakes={
            0.75: "0.75 is the threshold for the POSTERIOR, C/(B + C) = 3/4. The question asks "
            "which PRIOR brings the posterior up to it: follow the curve down to the x-axis.",
            0.1: "0.1 is the break-even prior when a mistaken strike costs as much as a just "
            "one gains (cost 1). Move the cost slider to 3.",
            0.5: "0.5 is the posterior threshold when costs and gains are equal; with cost 3 "
            "the threshold is 0.75, and the question asks for a prior, not a posterior.",
        },
        plausible=_probability,
        tolerance=0.004,
    )


# Exercise 7.3: the attribution status of Stuxnet in the case set.
STATUS_ALIASES = {
    "official": "official", "officially attributed": "official", "government": "official",
    "reported": "reported", "press": "reported", "reported by the press": "reported",
    "claimed": "claimed", "claimed by a group": "claimed",
    "unattributed": "unattributed", "none": "unattributed", "not attributed": "unattributed",
}


def check_stuxnet_status(answer: object) -> Feedback:
    """Exercise 7.3: which attribution status has Stuxnet in the case set, and why?

    >>> check_stuxnet_status("Reported").correct
    True
    >>> check_stuxnet_status("official").message[:36]
    'No government has formally attribute'
    """
    return check_choice(
        answer, case_data.case("stuxnet-2010").attribution_status, STATUS_ALIASES,
        explanations={
            "official": "No government has formally attributed Stuxnet: neither the United "
            "States nor Israel has confirmed it. What the set records is press reporting "
            "(New York Times, 2011 and 2012) based on unnamed officials.",
            "claimed": "No one has claimed Stuxnet; its authors have kept silent. The "
            "attribution rests on journalists' reporting from unnamed officials.",
            "unattributed": "Stuxnet is attributed, though not officially: the New York Times "
            "reported in 2011 and 2012 that it was a US and Israeli operation.",
        },
        right="Reported: the New York Times reported it as a US-Israeli operation (Broad, "
        "Markoff and Sanger 2011; Sanger 2012), citing unnamed officials, and no government "
        "has confirmed it. So the course writes 'United States and Israel (reported)', "
        "never as a fact.",
    )


# Exercise 7.4: how many officially attributed warfare cases does the set hold?
def _count(category: str | None, status: str | None) -> int:
    return len(case_data.filter_cases(category=category, attribution_status=status))


def check_official_warfare(answer: object) -> Feedback:
    """Exercise 7.4: how many cases are both 'warfare' and officially attributed?

    >>> check_official_warfare(6).correct
    True
    """
    correct = _count("warfare", "official")
    return check_number(
        answer, correct,
        right=f"{correct}: set category to 4 (warfare) and attribution to 1 (official). "
        "Every one of them was attributed by the United States or its allies, most of them "
        "years after the attack.",
        mistakes={
            _count("warfare", None): "That is every warfare case, whatever its attribution: "
            "set the attribution slider to 1 (official) as well.",
            _count(None, "official"): "That is every officially attributed case, of every "
            "category: set the category slider to 4 (warfare) as well.",
            len(case_data.all_cases()): "That is the whole set: move both sliders.",
        },
        plausible=lambda value: None if value == int(value) and value >= 0 else
        f"{value:g} cannot be a count of cases: give a whole number.",
        tolerance=0.0,
    )


posterior = Exercise("ch7-ex-posterior", check_posterior, (0.9, 0.5, 0.09, 0.1))
break_even = Exercise("ch7-ex-break-even", check_break_even, (0.75, 0.1, 0.25, 0.5))
stuxnet_status = Exercise("ch7-ex-stuxnet-status", check_stuxnet_status,
                          ("official", "reported", "claimed", "unattributed"))
official_warfare = Exercise(
    "ch7-ex-official-warfare", check_official_warfare,
    tuple(sorted({_count("warfare", None), _count("warfare", "official"),
                  _count(None, "official"), len(case_data.all_cases())})))

EXERCISES = (posterior, break_even, stuxnet_status, official_warfare)
