"""Self-checks for chapter 6, what is cyberwarfare.

Two exercises place a case of the course's case set (:mod:`dilemma_lib.data.cases`) in the
seed's four categories: the feedback quotes the case's coded category, its alleged actor and
who attributes it, so that the reason for the coded answer comes from the data. The third is
answered with the chapter's ladder explorable.
"""

from __future__ import annotations

from ..models import threats
from .exercise import Exercise
from .feedback import Feedback, check_choice

CATEGORY_ALIASES = {
    "crime": "crime", "cyber crime": "crime", "cybercrime": "crime", "criminal": "crime",
    "espionage": "espionage", "cyber espionage": "espionage", "spying": "espionage",
    "terrorism or hacktivism": "terrorism or hacktivism",
    "terrorism": "terrorism or hacktivism", "hacktivism": "terrorism or hacktivism",
    "cyber terrorism": "terrorism or hacktivism", "cyberterrorism": "terrorism or hacktivism",
    "warfare": "warfare", "war": "warfare", "cyberwarfare": "warfare",
    "cyber warfare": "warfare", "cyberwar": "warfare", "cyber war": "warfare",
}


def _case(case_id: str):
    """One case of the set, loaded when a check first needs it (the same validated set the
    chapter's explorables show)."""
    from ..widgets.chapter06 import case_set

    return next(item for item in case_set() if item.id == case_id)


def _coded(case) -> str:
    """What the case set records about a case, in one sentence.

    Every field comes from the data; attribution is given with who makes it.
    """
    when = f" on {case.attribution_date:%d %B %Y}" if case.attribution_date else ""
    return (f"The case set codes {case.name} as {case.category} ({case.operation_type}): "
            f"alleged actor {case.alleged_actor}, attribution {case.attribution_status}, by "
            f"{case.attributed_by}{when}; method: {case.method}.")


def check_solarwinds(answer: object) -> Feedback:
    """Exercise 6.1: the category of SolarWinds 2020 (the case set codes it espionage).

    >>> check_solarwinds("espionage").correct
    True
    >>> check_solarwinds("cyberwarfare").message[:40]
    'Not warfare: Clarke and Knake count a st'
    """
    solarwinds = _case("solarwinds-2020")
    return check_choice(
        answer, solarwinds.category, CATEGORY_ALIASES,
        explanations={
            "warfare": "Not warfare: Clarke and Knake count a state's penetration as "
            "cyberwarfare only if its purpose is damage or disruption, and this one copied "
            "data and kept access (CNE). " + _coded(solarwinds),
            "crime": "Not crime: crime is defined by its purpose (money, notoriety) and the "
            "alleged source here is a state's intelligence service, not criminals after "
            "money. " + _coded(solarwinds),
            "terrorism or hacktivism": "Not hacktivism: no group claimed it for a cause, and "
            "it was built to stay hidden, not to disrupt. " + _coded(solarwinds),
        },
        right="Espionage: a state's intelligence service (as the US government "
        "attributes it) gathering data through networks, which is CNE, not attack. "
        + _coded(solarwinds),
    )


def check_wannacry(answer: object) -> Feedback:
    """Exercise 6.2: the explorable's cell (state, profit) and WannaCry's coded category.

    >>> check_wannacry("crime").correct
    True
    >>> check_wannacry("warfare").correct
    False
    """
    wannacry = _case("wannacry-2017")
    cell = threats.place("state", "profit")
    return check_choice(
        answer, wannacry.category, CATEGORY_ALIASES,
        explanations={
            "warfare": "Not warfare: a state is the alleged source, but the scheme sorts by "
            "source and purpose, and a ransom demand is a purpose of profit: the cell "
            f"(state, profit) reads {cell.category}, marked borderline. " + _coded(wannacry),
            "espionage": "Nothing was collected: WannaCry encrypted files for a ransom, which "
            "is CNA for money, not CNE for information. " + _coded(wannacry),
            "terrorism or hacktivism": "No cause was claimed; the worm demanded payment. "
            "Profit, not ideology, is the purpose. " + _coded(wannacry),
        },
        right=f"Crime: the explorable's cell (state, profit) reads {cell.category}, and it "
        "is drawn dashed because a state source and a criminal purpose pull apart. "
        + _coded(wannacry),
    )


DEFINITION_ALIASES = {
    "clarke": "Clarke & Knake", "clarke and knake": "Clarke & Knake",
    "clarke & knake": "Clarke & Knake", "clarke knake": "Clarke & Knake",
    "afrl": "AFRL", "jabbour": "AFRL", "afrl (jabbour)": "AFRL",
    "air force research laboratory": "AFRL",
    "both": "both", "neither": "neither", "none": "neither",
}


def _counted(definition: str, judgements) -> bool:
    return any(j.definition.startswith(definition) and j.verdict == threats.YES
               for j in judgements)


def check_definitions(answer: object) -> Feedback:
    """Exercise 6.3: which definition calls a non-state group's damage to a military system
    cyberwarfare? Computed from :func:`dilemma_lib.models.threats.judge_definitions`.

    >>> check_definitions("AFRL").correct
    True
    >>> check_definitions("both").correct
    False
    """
    judgements = threats.judge_definitions("non-state", "damages equipment", "military system")
    clarke, afrl = _counted("Clarke", judgements), _counted("AFRL", judgements)
    correct = {(True, True): "both", (True, False): "Clarke & Knake",
               (False, True): "AFRL", (False, False): "neither"}[(clarke, afrl)]
    return check_choice(
        answer, correct, DEFINITION_ALIASES,
        explanations={
            "Clarke & Knake": "Clarke and Knake define cyberwarfare as actions by a "
            "nation-state; a non-state group cannot wage it in their sense, whatever it "
            "damages. Set the explorable's actor to 0 and read their row.",
            "both": "Only one of them says yes: Clarke and Knake require a nation-state, and "
            "the actor here is a non-state group.",
            "neither": "The AFRL definition names no actor, only effects against military "
            "systems, and damaging equipment in a military system delivers such effects.",
        },
        right="AFRL: its definition asks only whether effects are delivered against military "
        "systems, so a non-state group counts; Clarke and Knake's requires a nation-state. "
        "The AFRL definition is narrower in its targets but wider in its actors.",
    )


solarwinds = Exercise("ch6-ex-solarwinds", check_solarwinds,
                      ("warfare", "espionage", "crime", "terrorism or hacktivism"))
wannacry = Exercise("ch6-ex-wannacry", check_wannacry,
                    ("warfare", "espionage", "terrorism or hacktivism", "crime"))
definitions = Exercise("ch6-ex-definitions", check_definitions,
                       ("Clarke & Knake", "AFRL", "both", "neither"))

EXERCISES = (solarwinds, wannacry, definitions)
