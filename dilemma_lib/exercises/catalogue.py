"""Every exercise and every self-check of the course, found in the chapter modules.

A chapter module ``dilemma_lib/exercises/chapterNN.py`` lists its checkable exercises in an
``EXERCISES`` tuple and names its check functions ``check_*``; the tests and the nbgrader
tooling pick both up from here, so a new chapter is covered without editing them.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from ..widgets.catalogue import chapter_modules as find_chapter_modules
from .exercise import Exercise
from .feedback import Feedback


def chapter_modules() -> list[ModuleType]:
    """The ``chapterNN`` modules of this package, in chapter order."""
    from .. import exercises

    return find_chapter_modules(exercises)


def all_exercises() -> dict[str, Exercise]:
    """``{label: Exercise}`` for every checkable exercise of the course.

    >>> all_exercises()["ch2-ex-threshold"].answer
    '2/3'
    """
    found: dict[str, Exercise] = {}
    for module in chapter_modules():
        for exercise in getattr(module, "EXERCISES", ()):
            if exercise.label in found:
                raise ValueError(f"Two exercises share the label {exercise.label!r}.")
            found[exercise.label] = exercise
    return found


def all_checks() -> dict[str, Callable[[object], Feedback]]:
    """``{"chapter02.check_threshold": function, ...}``: every ``check_*`` of every chapter."""
    return {f"{module.__name__.rsplit('.', 1)[-1]}.{name}": value
            for module in chapter_modules() for name, value in sorted(vars(module).items())
            # defined in the chapter, not the generic checks it imports from .feedback
            if name.startswith("check_") and getattr(value, "__module__", "") == module.__name__}
