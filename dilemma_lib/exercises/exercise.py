"""An exercise defined once and shown two ways: a self-check in JupyterLab, a choice on the site.

An :class:`Exercise` is a label (the ``{exercise}`` label in the chapter), a check function
(``answer -> Feedback``, never raises) and a finite tuple of *options*: the right answer and
the mistakes the check explains, written as a student would type them.

* **live** (JupyterLab): calling the exercise with the student's ``answer`` returns the
  check's :class:`~dilemma_lib.exercises.feedback.Feedback`.
* **static** (the book, ``DILEMMA_STATIC=1``): calling it returns a choice widget. The
  feedback for every option is computed now, by the same check function, into the children of
  an ``ipywidgets.Stack`` whose ``selected_index`` is ``jslink`` ed to the choice's ``index``.
  The link runs in the browser, so the site answers with no kernel and can never disagree with
  the check. Nothing is selected at first, and no feedback shows until a choice is made.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import ipywidgets as w

from ..widgets.explorable import default_mode
from .feedback import Feedback

MIN_OPTIONS = 3


@dataclass(frozen=True)
class Exercise:
    """One checkable exercise: its label, its check and the answers the site offers."""

    label: str
    check: Callable[[object], Feedback]
    options: Sequence[object]

    def __post_init__(self) -> None:
        if len(self.options) < MIN_OPTIONS:
            raise ValueError(f"Exercise {self.label!r} needs at least {MIN_OPTIONS} options "
                             f"(the right answer and the mistakes its check explains).")

    def option_label(self, option: object) -> str:
        """How an option reads on the site: text as typed, numbers in their shortest form.

        >>> Exercise("x", lambda a: Feedback(None, ""), ("a", 0.5, 2)).option_label(0.5)
        '0.5'
        """
        return option if isinstance(option, str) else f"{option:g}"

    def feedback(self) -> list[tuple[str, Feedback]]:
        """Every option with the check's verdict on it, in the order the site shows them."""
        return [(self.option_label(option), self.check(option)) for option in self.options]

    @property
    def answer(self) -> object:
        """The one option the check judges correct (what a model solution would write)."""
        right = [option for option in self.options if self.check(option).correct is True]
        if len(right) != 1:
            raise ValueError(f"Exercise {self.label!r}: {len(right)} options are judged "
                             "correct; exactly one must be.")
        return right[0]

    def __call__(self, answer: object = None, mode: str | None = None) -> Feedback | w.Widget:
        """The self-check of ``answer`` (live) or the kernel-free choice widget (static)."""
        mode = mode or default_mode()
        if mode == "live":
            return self.check(answer)
        if mode == "static":
            return self.choice_widget()
        raise ValueError(f"mode must be 'live' or 'static', got {mode!r}.")

    def choice_widget(self) -> w.Widget:
        """Radio buttons, nothing chosen, ``jslink`` ed to a Stack of precomputed feedback."""
        labelled = self.feedback()
        choice = w.RadioButtons(options=[label for label, _ in labelled], index=None,
                                description="Your answer:", style={"description_width": "initial"},
                                layout=w.Layout(width="auto"))
        verdicts = w.Stack([w.HTML(feedback._repr_html_()) for _, feedback in labelled],
                           selected_index=None)
        w.jslink((choice, "index"), (verdicts, "selected_index"))
        header = w.HTML("<strong>Check your answer.</strong> <small>Pick one: the verdict is "
                        "the one the notebook's self-check gives.</small>")
        return w.VBox([header, choice, verdicts],
                      layout=w.Layout(max_width="720px")).add_class("dilemma-exercise")
