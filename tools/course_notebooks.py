"""The chapters' exercise cells, read once for every rendering the instructors need.

A chapter marks its exercises with cell metadata and MyST directives (see the README's
"Adding a chapter"); this module reads that markup and nothing else, so the student version
(``student_version.py``) and the nbgrader course (``make_assignments.py``) are made from the
chapters themselves and no exercise is ever copied by hand:

* a markdown cell with an ``{exercise}`` directive and its ``:label: chN-ex-x`` is the prompt;
* a code cell with metadata ``{"dilemma": {"exercise": "chN-ex-x"}}`` is a checkable answer
  cell: ``answer = None  # hint`` and then the call of the chapter's exercise;
* a markdown cell with metadata ``{"dilemma": {"written": "chN-ex-y"}}`` is the answer cell of
  an exercise that asks for an argument (graded by hand);
* a ``{solution} chN-ex-x`` directive holds the solution (the model answer).

:func:`chapter_exercises` checks that these agree with one another and with the library's
catalogue, and says what is missing if they do not.
"""

from __future__ import annotations

import io
import json
import re
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"

# A MyST directive fenced by three or more backticks or colons; the closing fence is the
# opening one repeated, so a nested ``` block inside a ```` fence does not end it.
DIRECTIVE = re.compile(
    r"^(?P<fence>`{3,}|:{3,})\{(?P<name>[\w:-]+)\}[ \t]*(?P<argument>[^\n]*)\n"
    r"(?P<body>.*?)^(?P=fence)[ \t]*$\n?", re.MULTILINE | re.DOTALL)
OPTION = re.compile(r"^:(?P<key>[\w-]+):[ \t]*(?P<value>.*)$")
ANSWER_LINE = re.compile(r"^answer\s*=")


class ChapterError(ValueError):
    """A chapter's exercise markup is inconsistent; the message lists every problem."""


@dataclass(frozen=True)
class Directive:
    """One MyST directive in a markdown cell: ``name``, its argument, options and body."""

    name: str
    argument: str
    options: dict[str, str]
    body: str
    start: int
    end: int


@dataclass
class ChapterExercises:
    """What a chapter's markup says about its exercises (cell indices into the notebook)."""

    prompts: dict[str, int] = field(default_factory=dict)      # label -> {exercise} cell
    checkable: dict[str, int] = field(default_factory=dict)    # label -> answer code cell
    written: dict[str, int] = field(default_factory=dict)      # label -> answer markdown cell
    solutions: dict[str, int] = field(default_factory=dict)    # label -> {solution} cell
    solution_text: dict[str, str] = field(default_factory=dict)  # label -> model answer


def load(path: Path) -> dict:
    """A notebook as plain JSON (the chapters' own formatting is kept by :func:`save`)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def save(notebook: dict, path: Path) -> None:
    """Write a notebook as Jupyter does: indent 1, UTF-8 kept, a trailing newline."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def source(cell: dict) -> str:
    """A cell's source as one string (notebooks store it as a string or a list of lines)."""
    text = cell.get("source", "")
    return text if isinstance(text, str) else "".join(text)


def set_source(cell: dict, text: str) -> None:
    """Store ``text`` as the cell's source, line by line as Jupyter writes it."""
    cell["source"] = text.splitlines(keepends=True)


def chapters(folder: Path = NOTEBOOKS) -> list[Path]:
    """The chapter notebooks of ``folder``, in chapter order (their names start with NN_)."""
    return sorted(Path(folder).glob("[0-9]*.ipynb"))


def directives(text: str) -> list[Directive]:
    """The top-level MyST directives of a markdown text.

    >>> [d.name for d in directives("Intro\\n```{exercise}\\n:label: ch9-ex-a\\n\\nWhy?\\n```\\n")]
    ['exercise']
    >>> directives("```{solution} ch9-ex-a\\n:class: dropdown\\n\\nBecause.\\n```")[0].body
    'Because.'
    """
    found = []
    for match in DIRECTIVE.finditer(text):
        options: dict[str, str] = {}
        lines = match["body"].split("\n")
        while lines and OPTION.match(lines[0]):
            option = OPTION.match(lines.pop(0))
            options[option["key"]] = option["value"].strip()
        found.append(Directive(match["name"], match["argument"].strip(), options,
                               "\n".join(lines).strip(), match.start(), match.end()))
    return found


def without_solutions(text: str) -> str:
    """``text`` with every ``{solution}`` directive removed.

    >>> without_solutions("Before.\\n\\n```{solution} x\\n:class: dropdown\\n\\nSecret.\\n```\\n")
    'Before.\\n'
    """
    for directive in reversed(directives(text)):
        if directive.name == "solution":
            text = text[:directive.start] + text[directive.end:]
    return text.strip() + "\n" if text.strip() else ""


def dilemma(cell: dict) -> dict:
    """The course's own cell metadata (``{"exercise": label}`` or ``{"written": label}``)."""
    return cell.get("metadata", {}).get("dilemma", {}) or {}


def chapter_exercises(notebook: dict, name: str = "chapter",
                      catalogue: dict | None = None) -> ChapterExercises:
    """Read a chapter's exercises and check that its markup is consistent.

    Every ``{exercise}`` needs exactly one answer cell (checkable or written) and one
    ``{solution}``; every answer cell needs its ``{exercise}``; a checkable exercise must be
    in the library's ``catalogue`` (``{label: Exercise}``) when one is given, and an
    exercise of the catalogue whose label this chapter uses must have a checkable cell.
    Raises :class:`ChapterError` listing every problem.
    """
    found = ChapterExercises()
    problems: list[str] = []

    def note(kind: dict, label: str, index: int) -> None:
        if label in kind:
            problems.append(f"{label!r} is marked twice (cells {kind[label]} and {index})")
        kind[label] = index

    for index, cell in enumerate(notebook["cells"]):
        meta = dilemma(cell)
        if "exercise" in meta:
            if cell["cell_type"] != "code":
                problems.append(f"cell {index}: a checkable answer cell must be code")
            note(found.checkable, meta["exercise"], index)
        if "written" in meta:
            if cell["cell_type"] != "markdown":
                problems.append(f"cell {index}: a written answer cell must be markdown")
            note(found.written, meta["written"], index)
        if cell["cell_type"] != "markdown":
            continue
        for directive in directives(source(cell)):
            if directive.name == "exercise":
                label = directive.options.get("label")
                if not label:
                    problems.append(f"cell {index}: an {{exercise}} without a :label:")
                    continue
                note(found.prompts, label, index)
            elif directive.name == "solution":
                note(found.solutions, directive.argument, index)
                found.solution_text[directive.argument] = directive.body
            elif directive.name.startswith("solution"):
                problems.append(f"cell {index}: use one folded {{solution}} directive, not "
                                f"{{{directive.name}}}, so the tools can remove it")

    answered = set(found.checkable) | set(found.written)
    for label in sorted(set(found.checkable) & set(found.written)):
        problems.append(f"{label!r} has both a checkable and a written answer cell")
    for label in sorted(set(found.prompts) - answered):
        problems.append(f"{label!r} has no answer cell: give its code cell the metadata "
                        f'{{"dilemma": {{"exercise": "{label}"}}}} or its markdown answer '
                        f'cell {{"dilemma": {{"written": "{label}"}}}}')
    for label in sorted(answered - set(found.prompts)):
        problems.append(f"{label!r} has an answer cell but no {{exercise}} with that :label:")
    for label in sorted(set(found.prompts) - set(found.solutions)):
        problems.append(f"{label!r} has no {{solution}} {label}")
    for label in sorted(set(found.solutions) - set(found.prompts)):
        problems.append(f"{{solution}} {label} belongs to no {{exercise}}")
    for label, index in sorted(found.checkable.items()):
        if catalogue is not None and label not in catalogue:
            problems.append(f"{label!r} is not in the library's catalogue (add it to the "
                            "chapter module's EXERCISES)")
        if not any(ANSWER_LINE.match(line)
                   for line in source(notebook["cells"][index]).splitlines()):
            problems.append(f"cell {index} ({label}) has no line 'answer = ...'")
    if catalogue is not None:
        for label in sorted(set(found.written) & set(catalogue)):
            problems.append(f"{label!r} is checkable in the library but written in the chapter")
    if problems:
        raise ChapterError(f"{name}: " + "; ".join(problems))
    return found


def answer_comment(line: str) -> str:
    """The comment at the end of an ``answer = ...`` line, without its ``#``.

    >>> answer_comment('answer = "a # b"  # your answer, e.g. "Chicken"')
    'your answer, e.g. "Chicken"'
    """
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(line).readline))
    except (tokenize.TokenError, SyntaxError):
        return ""
    comments = [token.string for token in tokens if token.type == tokenize.COMMENT]
    return comments[-1].lstrip("#").strip() if comments else ""


def reset_answers(text: str) -> str:
    """Every ``answer = ...`` line of an answer cell set back to ``answer = None``.

    >>> reset_answers("answer = 'Stag Hunt'  # your answer\\nexercises.game_type(answer)")
    'answer = None  # your answer\\nexercises.game_type(answer)'
    """
    lines = []
    for line in text.split("\n"):
        if ANSWER_LINE.match(line):
            comment = answer_comment(line)
            line = "answer = None" + (f"  # {comment}" if comment else "")
        lines.append(line)
    return "\n".join(lines)


def clear_outputs(notebook: dict) -> None:
    """Outputs, execution counts, run timestamps and saved widget state removed, in place."""
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        cell.get("metadata", {}).pop("execution", None)
    notebook.get("metadata", {}).pop("widgets", None)
