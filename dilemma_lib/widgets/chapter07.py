"""Chapter 7, cyber cases: the case-set timeline, the case filter and the attribution explorer.

The first two show the course's case set (:mod:`dilemma_lib.data.cases`); sliders are
numeric, so the filter's sliders pick an entry of a list by its position (0 = any), and the
verdict says in words what was chosen. The third is the attribution model of
:mod:`dilemma_lib.models.cyber` (after Baliga, Bueno de Mesquita & Wolitzky 2020).
"""

from __future__ import annotations

import datetime

from ..data import cases as case_data
from ..models import cyber
from ..models.attribution import break_even_prior
from ..plotting.attribution import attribution_figure
from ..plotting.cases import crosstab_figure, short_name, timeline_figure
from .explorable import Explorable, Frame, Parameter

# --- the timeline -------------------------------------------------------------------------


def _day(date: datetime.date | None) -> str:
    """A date in words, e.g. '27 April 2007'.

    >>> _day(datetime.date(2007, 4, 27))
    '27 April 2007'
    """
    return "no date" if date is None else f"{date.day} {date:%B %Y}"


def describe_case(item: case_data.Case) -> str:
    """Two sentences on one case: what, when, against whom; who is blamed, by whom, when.

    >>> print(describe_case(case_data.case("stuxnet-2010"))[:60])
    Stuxnet (from 1 June 2010): worm that reprogrammed Siemens c
    """
    span = (f"from {_day(item.start)} to {_day(item.end)}" if item.end and item.end != item.start
            else f"from {_day(item.start)}" if item.end is None else _day(item.start))
    if item.attribution_status == "unattributed":
        blame = "No one has attributed it."
    else:
        delay = item.attribution_delay_days or 0
        blame = (f"Attribution {item.attribution_status} ({_day(item.attribution_date)}, "
                 f"{delay} days after the start): {item.alleged_actor}, according to "
                 f"{item.attributed_by}.")
    return (f"{item.name} ({span}): {item.method}, against {item.target_state} "
            f"({item.target_sector}). {blame}")


def render_timeline(case: float) -> Frame:
    """The timeline of the case set with case number ``case`` (1 = oldest) highlighted."""
    cases = case_data.all_cases()
    index = min(max(round(case) - 1, 0), len(cases) - 1)
    item = cases[index]
    figure = timeline_figure(cases, selected=index)
    official = [c for c in cases if c.attribution_status == "official"]
    delays = sorted(c.attribution_delay_days or 0 for c in official)
    median = delays[len(delays) // 2] if delays else 0
    alt = (f"Timeline of {len(cases)} cyber operations from {cases[0].start.year} to "
           f"{max(c.start.year for c in cases)}, one row each, with the start, the end where "
           f"known and the attribution date. {len(official)} are officially attributed, a "
           f"median of {median} days after they began. Highlighted: {short_name(item)}, "
           f"begun {_day(item.start)}, attribution {item.attribution_status}.")
    return Frame(figure, describe_case(item), alt)


def timeline_explorer() -> Explorable:
    """One slider picks a case; all of them are on the static page."""
    count = len(case_data.all_cases())
    return Explorable(
        title="Timeline of the case set: start, end and attribution",
        parameters=[Parameter("case", "case", 1, count, 1, 1,
                              choices=tuple(short_name(c) for c in case_data.all_cases()))],
        render=render_timeline,
        note="Filled marker: start (circle official, square reported, triangle claimed); bar: "
        "duration where the sources give an end; hollow diamond: attribution date, joined to "
        "the start by a dotted line.",
    )


# --- the filter ---------------------------------------------------------------------------

ANY = "any"
CATEGORY_CHOICES = (ANY, *case_data.CATEGORIES)
STATUS_CHOICES = (ANY, *case_data.ATTRIBUTION)
OPERATION_CHOICES = (ANY, *case_data.OPERATION_TYPES)


def _pick(choices: tuple[str, ...], value: float) -> str:
    """The entry of ``choices`` at slider position ``value`` (rounded and kept in range).

    >>> _pick(CATEGORY_CHOICES, 4), _pick(CATEGORY_CHOICES, 0)
    ('warfare', 'any')
    """
    return choices[min(max(round(value), 0), len(choices) - 1)]


def matching_cases(category: str = ANY, attribution: str = ANY,
                   operation: str = ANY) -> tuple[case_data.Case, ...]:
    """The cases that pass the filter; ``operation="CNA"`` also keeps cases that did both.

    >>> [short_name(c) for c in matching_cases("crime")]
    ['WannaCry 2017', 'Colonial 2021']
    """
    return case_data.filter_cases(
        category=None if category == ANY else category,
        attribution_status=None if attribution == ANY else attribution,
        operation_type=None if operation == ANY else operation,
    )


def render_filter(category: float, attribution: float, operation: float) -> Frame:
    """The case table with the cases that pass the filter highlighted and listed."""
    cases = case_data.all_cases()
    chosen = (_pick(CATEGORY_CHOICES, category), _pick(STATUS_CHOICES, attribution),
              _pick(OPERATION_CHOICES, operation))
    hits = matching_cases(*chosen)
    figure = crosstab_figure(cases, case_data.CATEGORIES, case_data.ATTRIBUTION,
                             {c.id for c in hits})
    wording = (f"category {chosen[0]}, attribution {chosen[1]}, operation type {chosen[2]}")
    if hits:
        names = ", ".join(short_name(c) for c in hits)
        verdict = f"Filter ({wording}): {len(hits)} of {len(cases)} cases match: {names}."
    else:
        verdict = (f"Filter ({wording}): no case in the set matches. An empty cell is a "
                   f"finding too: ask whether such operations are rare or only rarely known.")
    alt = (f"Table of the {len(cases)} cases by category (rows) and attribution status "
           f"(columns); {len(hits)} highlighted for {wording}.")
    return Frame(figure, verdict, alt)


def case_filter_explorer() -> Explorable:
    """Three index sliders; the static page varies category and attribution."""
    return Explorable(
        title="Filter the case set",
        parameters=[
            Parameter("category", "category", 0, len(CATEGORY_CHOICES) - 1, 1, 0,
                      choices=CATEGORY_CHOICES),
            Parameter("attribution", "attribution", 0, len(STATUS_CHOICES) - 1, 1, 0,
                      choices=STATUS_CHOICES),
            Parameter("operation", "operation type", 0, len(OPERATION_CHOICES) - 1, 1, 0,
                      choices=OPERATION_CHOICES),
        ],
        render=render_filter,
        static_parameters=("category", "attribution"),
        note="Each slider picks a value of one column, or any. Operation type CNA (or CNE) "
        "also keeps operations that did both.",
    )


# --- attribution and retaliation ----------------------------------------------------------


def render_attribution(prior: float, detection_rate: float, false_alarm_rate: float,
                       cost: float) -> Frame:
    """Posterior after a signal, against the threshold above which retaliation pays."""
    threshold = cyber.retaliation_threshold(benefit=1.0, cost=cost)
    try:
        posterior = cyber.attribution_posterior(prior, detection_rate, false_alarm_rate)
    except ValueError:  # the signal cannot fire: nothing to condition on
        posterior = None
    pivot = break_even_prior(detection_rate, false_alarm_rate, cost=cost)
    figure = attribution_figure(prior, detection_rate, false_alarm_rate, threshold, posterior,
                                pivot)
    if pivot is None:
        where = "no prior makes retaliation pay, since the evidence never fires on the guilty"
    elif pivot == 0:
        where = "retaliation pays at any prior above 0, since the evidence never fires falsely"
    else:
        where = f"retaliation pays only for priors above {pivot:.2f}"
    if posterior is None:
        verdict = (f"At prior {prior:.2f} the evidence can never point at the suspect, so there "
                   f"is nothing to update on; {where}.")
        point = "no dot: the signal cannot fire at this prior"
    else:
        value = cyber.retaliation_value(prior, detection_rate, false_alarm_rate, cost=cost)
        pays = "pays" if value > 0 else "does not pay"
        verdict = (f"When the evidence points at the suspect, it is guilty with probability "
                   f"{posterior:.2f} (prior {prior:.2f}). Retaliating needs more than "
                   f"{threshold:.2f}, so it {pays} (expected value {value:+.2f}); {where}.")
        point = f"the dot at prior {prior:.2f} sits at posterior {posterior:.2f}"
    alt = (f"Curve of the posterior against the prior for detection rate {detection_rate:.2f} "
           f"and false-alarm rate {false_alarm_rate:.2f}, a dashed threshold line at "
           f"{threshold:.2f} (a mistaken strike costs {cost:g} times the gain of a just one); "
           f"{point}; {where}.")
    return Frame(figure, verdict, alt)


def attribution_explorer() -> Explorable:
    """Prior, detection rate, false-alarm rate and cost; the static page varies prior and cost."""
    return Explorable(
        title="Attribution: how sure can the victim be, and does retaliation pay?",
        parameters=[
            Parameter("prior", "prior P(suspect attacked)", 0, 1, 0.05, 0.3, static_step=0.1),
            Parameter("detection_rate", "detection rate h", 0, 1, 0.05, 0.9),
            Parameter("false_alarm_rate", "false-alarm rate f", 0, 1, 0.05, 0.1),
            Parameter("cost", "cost of a mistaken strike", 1, 5, 0.5, 1, static_step=1),
        ],
        render=render_attribution,
        static_parameters=("prior", "cost"),
        note="Course model after Baliga, Bueno de Mesquita and Wolitzky (2020): retaliating "
        "against the guilty gains 1, against the innocent costs the chosen cost.",
    )


EXPLORABLES = (timeline_explorer, case_filter_explorer, attribution_explorer)
