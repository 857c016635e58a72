"""What kind of cyber threat is it? The seed's four categories, CNA and CNE, and definitions.

Part II of the course's source article sorts cyber threats into four categories "not by the
nature of the attack, but by their source and purpose": cyber crime (committed through
information technology, often for money or notoriety; Janczewski & Colarik 2008), cyber
espionage (spying for political or military gain; Lewis 2010), cyber terrorism, of which it
counts hacktivism a subset (carried out for ideological ends), and cyberwarfare, which it
defines with Clarke & Knake (2010, p. 6) as "actions by a nation-state to penetrate another
nation's computers or networks for the purposes of causing damage or disruption". It sets
this beside a narrower definition of the Air Force Research Laboratory (Jabbour 2008):
"the use of information and signals to deliver effects against military systems". US
doctrine (Joint Pub. 3-13, 2006, as quoted by Young 2010) splits computer network operations
into defence (CND), attack (CNA) and exploitation (CNE: intelligence collection through
networks).

**Course choice.** Everything below that turns these words into a table is the course's own
reading, not the seed's and not a standard coding scheme:

* "source" is reduced to two actor types (:data:`ACTORS`) and "purpose" to four
  (:data:`PURPOSES`); :data:`SCHEME` gives each of the eight cells one category and says
  whether the seed's wording settles it (``clear``) or leaves it open;
* :data:`EFFECTS` is a five-rung ladder of what an intruder does once inside; the first two
  rungs (copying data, planting a backdoor) count as CNE, the other three as CNA;
* :func:`judge_definitions` applies each definition literally to one operation (actor,
  effect rung, kind of target); "depends on intent" marks the rung where a definition turns
  on a purpose the victim cannot see.
"""

from __future__ import annotations

from dataclasses import dataclass

ACTORS = ("non-state", "state")
PURPOSES = ("profit", "information", "a cause", "military effect")
CATEGORIES = ("crime", "espionage", "terrorism or hacktivism", "warfare")
OPERATION_TYPES = ("CNA", "CNE", "CNA and CNE")

YES, NO, DEPENDS = "yes", "no", "depends on intent"


@dataclass(frozen=True)
class Placement:
    """Where one (actor, purpose) cell falls in the four categories, and why."""

    actor: str
    purpose: str
    category: str
    clear: bool
    reason: str


# (actor, purpose) -> (category, clear, reason). Course choice: see the module docstring.
SCHEME: dict[tuple[str, str], tuple[str, bool, str]] = {
    ("non-state", "profit"): (
        "crime", True, "a non-state actor after money commits cyber crime, a matter for "
        "the police"),
    ("state", "profit"): (
        "crime", False, "the purpose (money) says crime but the source is a state: the two "
        "tests disagree, and the scheme has no cell for a state that steals"),
    ("non-state", "information"): (
        "espionage", False, "spying for political or military gain is espionage whoever "
        "does it, but secrets stolen to be sold serve profit, which makes it crime"),
    ("state", "information"): (
        "espionage", True, "a state collecting secrets is spying: common, a matter for "
        "intelligence services, and not warfare in itself"),
    ("non-state", "a cause"): (
        "terrorism or hacktivism", True, "disruption for an ideological cause by a "
        "non-state group is cyber terrorism, or hacktivism when the aims are milder"),
    ("state", "a cause"): (
        "warfare", False, "a state that penetrates another's networks to disrupt meets "
        "Clarke's definition of cyberwarfare whatever its motive, though its purpose looks "
        "like a hacktivist's"),
    ("non-state", "military effect"): (
        "terrorism or hacktivism", False, "Clarke's definition needs a nation-state, so "
        "volunteers who attack during a war are not waging cyberwarfare unless a state "
        "directs them: the answer hangs on attribution"),
    ("state", "military effect"): (
        "warfare", True, "a state penetrating another nation's networks to cause damage "
        "or disruption is cyberwarfare in Clarke's sense"),
}

# The category's home cell: where an operation that fits the category squarely sits.
HOME_CELL = {
    "crime": ("non-state", "profit"),
    "espionage": ("state", "information"),
    "terrorism or hacktivism": ("non-state", "a cause"),
    "warfare": ("state", "military effect"),
}

EFFECTS = (
    "copies data",
    "plants a backdoor",
    "alters or deletes data",
    "blocks a service",
    "damages equipment",
)
FIRST_ATTACK_RUNG = 2  # Course choice: rungs below this are CNE (access), from here CNA
TARGETS = ("private company", "government agency", "military system")


def _index(value: object, options: tuple[str, ...], name: str) -> int:
    """The index of ``value`` in ``options``: a name or a whole-number index.

    >>> _index(1.0, ACTORS, "actor"), _index("state", ACTORS, "actor")
    (1, 1)
    """
    if isinstance(value, str):
        if value in options:
            return options.index(value)
        raise ValueError(f"{name} must be one of {', '.join(options)}; got {value!r}.")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a name or a whole number from 0 to "
                         f"{len(options) - 1}; got {value!r}.")
    if value != value or value not in range(len(options)):  # NaN, fractions, out of range
        raise ValueError(f"{name} must be a whole number from 0 to {len(options) - 1} "
                         f"({', '.join(options)}); got {value!r}.")
    return int(value)


def place(actor: object, purpose: object) -> Placement:
    """The category of an operation by its source (actor) and purpose (course choice).

    >>> place("state", "information").category
    'espionage'
    >>> place(0, 3).clear
    False
    >>> place("state", "fun")
    Traceback (most recent call last):
    ...
    ValueError: purpose must be one of profit, information, a cause, military effect; got 'fun'.
    """
    who = ACTORS[_index(actor, ACTORS, "actor")]
    why = PURPOSES[_index(purpose, PURPOSES, "purpose")]
    category, clear, reason = SCHEME[(who, why)]
    return Placement(who, why, category, clear, reason)


def cell_of_category(category: str) -> tuple[str, str]:
    """The (actor, purpose) cell where an operation of ``category`` squarely belongs.

    >>> cell_of_category("warfare")
    ('state', 'military effect')
    """
    if category not in HOME_CELL:
        raise ValueError(f"category must be one of {', '.join(CATEGORIES)}; got {category!r}.")
    return HOME_CELL[category]


def operation_type(effect: object) -> str:
    """CNE for access that leaves the target working, CNA from altering data upwards.

    >>> operation_type("copies data"), operation_type(4)
    ('CNE', 'CNA')
    """
    return "CNE" if _index(effect, EFFECTS, "effect") < FIRST_ATTACK_RUNG else "CNA"


@dataclass(frozen=True)
class Judgement:
    """One definition's verdict on one operation: ``verdict`` is yes, no or depends."""

    definition: str
    verdict: str
    reason: str


def judge_definitions(actor: object, effect: object, target: object) -> tuple[Judgement, ...]:
    """Apply each definition literally to an operation (course choice of how to apply them).

    Returns, in order: the JP 3-13 operation type, Clarke & Knake's definition, the AFRL
    definition, and the seed's category (from source and operation type alone).

    >>> [j.verdict for j in judge_definitions("state", "plants a backdoor", "military system")]
    ['CNE', 'depends on intent', 'no', 'espionage']
    >>> [j.verdict for j in judge_definitions(0, 4, 2)]
    ['CNA', 'no', 'yes', 'crime or hacktivism']
    """
    who = ACTORS[_index(actor, ACTORS, "actor")]
    rung = _index(effect, EFFECTS, "effect")
    aim = TARGETS[_index(target, TARGETS, "target")]
    kind = operation_type(rung)
    state = who == "state"
    damaging = rung >= FIRST_ATTACK_RUNG

    if kind == "CNE":
        doctrine = Judgement("JP 3-13 type", "CNE", "it gathers data or access and leaves "
                             "the target working: exploitation")
    else:
        doctrine = Judgement("JP 3-13 type", "CNA", "it disrupts, corrupts or destroys: "
                             "attack")

    if not state:
        clarke = Judgement("Clarke & Knake", NO, "the actor is not a nation-state")
    elif damaging:
        clarke = Judgement("Clarke & Knake", YES, "a state penetrates to cause damage or "
                           "disruption")
    elif rung == 1:
        clarke = Judgement("Clarke & Knake", DEPENDS, "a backdoor counts only if planted "
                           "to cause damage later, which the victim cannot see")
    else:
        clarke = Judgement("Clarke & Knake", NO, "copying data damages nothing: espionage")

    military = aim == "military system"
    if military and damaging:
        afrl = Judgement("AFRL (Jabbour)", YES, "effects are delivered against a military "
                         "system, whoever the actor")
    elif not military:
        afrl = Judgement("AFRL (Jabbour)", NO, f"the target is a {aim}, not a military "
                         "system")
    else:
        afrl = Judgement("AFRL (Jabbour)", NO, "no effect is delivered yet")

    if state:
        category = "warfare" if damaging else "espionage"
        why = ("a state that damages or disrupts wages cyberwarfare" if damaging else
               "a state collecting data or access is spying, not at war")
    else:
        category = "crime or hacktivism" if damaging else "crime or espionage"
        why = "for a non-state actor the purpose decides: money makes it crime" + (
            ", a cause hacktivism or terrorism" if damaging else ", politics espionage")
    seed = Judgement("Four categories", category, why)
    return doctrine, clarke, afrl, seed
