"""Chapter 6, what is cyberwarfare: placing operations and cases in the seed's scheme.

Three explorables:

* :func:`scheme_explorer`: choose a source (state or non-state) and a purpose; the figure
  places the operation in the seed's four categories and lists the cases of the course's case
  set that sit in that cell;
* :func:`ladder_explorer`: choose what an intruder does once inside, who it is and what it
  targets; the figure says whether it is CNE or CNA and what each definition of cyberwarfare
  makes of it (the line between espionage and attack);
* :func:`case_set_explorer`: the case set by category and operation type, filtered by year and
  by how firmly each case is attributed.

The table behind the first two is the course's own reading of the seed
(:mod:`dilemma_lib.models.threats`), and so is the placement of the cases in the grid
(:data:`CASE_CELLS`).
"""

from __future__ import annotations

import functools
import math
from collections import Counter

from ..models import threats
from ..plotting.threats import case_set_figure, ladder_figure, scheme_figure
from .explorable import Explorable, Frame, Parameter


@functools.lru_cache(maxsize=1)
def case_set() -> tuple:
    """The course's case set (:func:`dilemma_lib.data.cases.load_cases`), loaded once.

    Every row is validated; whether its source keys are in the book's bibliography is left
    to the case set's own tests, so that the figures do not depend on that merge.
    """
    from ..data.cases import load_cases

    return load_cases(bibliography=False)


# Course choice: the grid cell of a case is its category's home cell
# (:data:`dilemma_lib.models.threats.HOME_CELL`), except for the cases below, whose source or
# purpose the case set's own columns put elsewhere. Each entry gives the reason.
CASE_CELLS: dict[str, tuple[str, str, str]] = {
    "sony-2014": ("state", "a cause", "the studio was hit over a film about North Korea's "
                  "leader: a state's disruption with a hacktivist's motive"),
    "wannacry-2017": ("state", "profit", "ransomware attributed to a state: a criminal's "
                      "purpose with a state as source"),
}


def cell_of(case) -> tuple[str, str]:
    """The (actor, purpose) cell of a case: an override from :data:`CASE_CELLS` or the home
    cell of its coded category."""
    if case.id in CASE_CELLS:
        actor, purpose, _ = CASE_CELLS[case.id]
        return actor, purpose
    return threats.cell_of_category(case.category)


def cases_in(actor: str, purpose: str, cases=None) -> list:
    """The cases of the set whose cell is (actor, purpose), oldest first."""
    cases = case_set() if cases is None else cases
    return sorted((c for c in cases if cell_of(c) == (actor, purpose)),
                  key=lambda c: c.start)


def _case_name(case) -> str:
    """A case as the verdict names it: its name and operation type."""
    return f"{case.name} ({case.operation_type})"


def render_scheme(actor: float, purpose: float, cases=None) -> Frame:
    """Place an operation of this source and purpose in the four categories, with its cases.

    >>> frame = render_scheme(1, 1, cases=())
    >>> frame.verdict[:67]
    'A state operation for information is espionage in the four-category'
    """
    cases = case_set() if cases is None else cases
    placement = threats.place(actor, purpose)
    counts = Counter(cell_of(c) for c in cases)
    here = cases_in(placement.actor, placement.purpose, cases)
    figure = scheme_figure((placement.actor, placement.purpose), counts,
                           "Source and purpose decide the category")
    status = "a clear case" if placement.clear else "a borderline case"
    article = "An" if placement.actor[0] in "aeiou" else "A"
    verdict = (f"{article} {placement.actor} operation for {placement.purpose} is "
               f"{placement.category} in the four-category scheme, {status}: "
               f"{placement.reason}.")
    if here:
        verdict += (f" Cases of the set in this cell ({len(here)}): "
                    + ", ".join(_case_name(c) for c in here) + ".")
    else:
        verdict += " No case of the set sits in this cell."
    alt = (f"A grid of two sources (state, non-state) by four purposes (profit, information, "
           f"a cause, military effect), each cell coloured by its category; the cell "
           f"{placement.actor}, {placement.purpose} is outlined and reads "
           f"{placement.category}. Cases per cell: "
           + "; ".join(f"{a}, {p}: {counts.get((a, p), 0)}"
                       for a in threats.ACTORS for p in threats.PURPOSES) + ".")
    return Frame(figure, verdict, alt)


def scheme_explorer() -> Explorable:
    """Two sliders, source and purpose, both on the static page (8 frames)."""
    return Explorable(
        title="Which category? Place an operation by its source and purpose",
        parameters=[
            Parameter("actor", "source", 0, 1, 1, 1, choices=threats.ACTORS),
            Parameter("purpose", "purpose", 0, 3, 1, 3, choices=threats.PURPOSES),
        ],
        render=render_scheme,
        static_parameters=("actor", "purpose"),
        note="Dashed cells are ones the definitions leave open (the course's own reading).",
    )


def render_ladder(effect: float, actor: float, target: float) -> Frame:
    """What each definition makes of an intruder who reaches this rung of the ladder.

    >>> render_ladder(1, 1, 2).verdict[:50]
    'A state intruder that plants a backdoor in a milit'
    """
    rung = threats._index(effect, threats.EFFECTS, "effect")
    judgements = threats.judge_definitions(actor, rung, target)
    who = threats.ACTORS[threats._index(actor, threats.ACTORS, "actor")]
    aim = threats.TARGETS[threats._index(target, threats.TARGETS, "target")]
    doing = threats.EFFECTS[rung]
    rows = [(j.definition, j.verdict, j.reason) for j in judgements]
    figure = ladder_figure(rung, rows, f"A {who} intruder {doing} ({aim})")
    kind, clarke, afrl, seed = judgements
    article = "An" if who[0] in "aeiou" else "A"
    verdict = (f"{article} {who} intruder that {doing} in a {aim} is doing {kind.verdict}. "
               f"Clarke & Knake: {clarke.verdict}; AFRL: {afrl.verdict}; the four "
               f"categories: {seed.verdict}.")
    alt = (f"A ladder of five effects from copying data to damaging equipment, CNE left of "
           f"the line after 'plants a backdoor', CNA right of it; the rung '{doing}' is "
           "outlined. " + " ".join(f"{j.definition}: {j.verdict} ({j.reason})."
                                    for j in judgements))
    return Frame(figure, verdict, alt)


def ladder_explorer() -> Explorable:
    """Three sliders; the static page varies the rung and the actor, target = military."""
    return Explorable(
        title="Where does espionage end and attack begin?",
        parameters=[
            Parameter("effect", "what the intruder does", 0, 4, 1, 1, choices=threats.EFFECTS),
            Parameter("actor", "who", 0, 1, 1, 1, choices=threats.ACTORS),
            Parameter("target", "target", 0, 2, 1, 2, choices=threats.TARGETS),
        ],
        render=render_ladder,
        static_parameters=("effect", "actor"),
        note="The rungs run from copying data to damaging equipment. The ladder and its "
        "CNE/CNA line are the course's own.",
    )


ATTRIBUTION_FILTERS = (
    ("every case", ("official", "reported", "claimed", "unattributed")),
    ("attributed by a government or reported", ("official", "reported")),
    ("attributed by a government", ("official",)),
)


def render_case_set(from_year: float, attribution: float, cases=None) -> Frame:
    """The set's cases from ``from_year`` on, under an attribution filter, by category.

    >>> render_case_set(2007, 0, cases=()).verdict
    'No case of the set starts in or after 2007 with this attribution filter.'
    """
    cases = case_set() if cases is None else cases
    index = threats._index(attribution, tuple(n for n, _ in ATTRIBUTION_FILTERS),
                           "attribution filter")
    label, allowed = ATTRIBUTION_FILTERS[index]
    year = math.floor(from_year + 0.5)
    chosen = [c for c in cases if c.start.year >= year and c.attribution_status in allowed]
    counts: dict[str, Counter] = {name: Counter() for name in threats.CATEGORIES}
    for c in chosen:
        counts[c.category][c.operation_type] += 1
    figure = case_set_figure(counts, f"The case set from {year}: {label}")
    if not chosen:
        verdict = (f"No case of the set starts in or after {year} with this attribution "
                   "filter.")
    else:
        totals = {name: sum(counter.values()) for name, counter in counts.items()}
        largest = max(totals, key=lambda n: (totals[n], n == "warfare"))
        cne = sum(counter["CNE"] for counter in counts.values())
        verdict = (f"{len(chosen)} of the {len(cases)} cases ({label}, from {year}): "
                   f"the largest category is {largest} with {totals[largest]}, and "
                   f"{cne} of the {len(chosen)} are pure espionage-style access (CNE).")
    alt = (f"Bar chart of {len(chosen)} cases from {year} on ({label}) by category, split "
           "into CNE, CNA and both: " + "; ".join(
               f"{name}: " + (", ".join(f"{n} {k}" for k, n in sorted(counts[name].items()))
                              or "none") for name in threats.CATEGORIES) + ".")
    return Frame(figure, verdict, alt)


def _year_range() -> tuple[int, int]:
    years = [c.start.year for c in case_set()]
    return min(years), max(years)


def case_set_explorer() -> Explorable:
    """Two sliders, first year and attribution filter, both on the static page."""
    first, last = _year_range()
    return Explorable(
        title="The case set by category and operation type",
        parameters=[
            Parameter("from_year", "cases starting from", first, last, 1, first,
                      static_step=1),
            Parameter("attribution", "count", 0, 2, 1, 0,
                      choices=tuple(name for name, _ in ATTRIBUTION_FILTERS)),
        ],
        render=render_case_set,
        static_parameters=("from_year", "attribution"),
        note="0: every case; 1: attributed by a government or reported by press or "
        "researchers (claims by a group alone do not count); 2: attributed by a government "
        "only. Categories are the case set's coding.",
    )


EXPLORABLES = (scheme_explorer, ladder_explorer, case_set_explorer)
