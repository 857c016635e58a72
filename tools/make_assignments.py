"""Write an nbgrader course directory from the chapters, and let nbgrader release it.

Usage (``make assignments`` runs it)::

    python tools/make_assignments.py [SOURCE_FOLDER [COURSE_FOLDER]] [--generate]

defaults ``notebooks`` and ``_build/nbgrader``. It writes ``nbgrader_config.py`` and
``source/<chapter>/<chapter>.ipynb`` for every chapter ``NN_*.ipynb``; with ``--generate`` it
then runs the real ``nbgrader generate_assignment`` on each, which writes the students'
``release/<chapter>/<chapter>.ipynb``. Nothing else in the course folder (the gradebook,
``submitted/``, ``autograded/``, ``feedback/``) is touched, so it can be re-run mid-term.

The chapters' own markup (see ``course_notebooks.py``) becomes nbgrader's cell metadata:

* a checkable answer cell becomes an autograded answer cell: its ``answer = None  # hint``
  line turns into the hint as a comment and ``### BEGIN SOLUTION`` / ``answer = <the
  exercise's right answer>`` / ``### END SOLUTION``; nbgrader's release puts
  ``answer = None`` back (``ClearSolutions.code_stub``). A read-only autograder-tests cell
  follows it and asserts through the course's own check function
  (``assert exercises.check_x(answer).correct is True``), never against a copy of the answer.
  The right answer itself is :attr:`Exercise.answer`: the one option the check accepts.
* a written answer cell becomes a manually graded answer cell, holding the model answer from
  the ``{solution}`` between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` for the graders;
  nbgrader's release removes it and leaves the cell's "*Your answer:*" line.
* ``{exercise}`` prompt cells become read-only cells;
* ``{solution}`` directives are dropped (nbgrader releases every cell of the source, so an
  instructor-only cell cannot stay in it; the model answers live in the answer cells above).

Points: :data:`AUTOGRADED_POINTS` per checkable exercise, :data:`WRITTEN_POINTS` per written
one, unless the answer cell's metadata says otherwise: ``{"dilemma": {"exercise": "...",
"points": 2}}``.
"""

from __future__ import annotations

import argparse
import copy
import os
import subprocess
import sys
from pathlib import Path

import course_notebooks as cn

AUTOGRADED_POINTS = 1
WRITTEN_POINTS = 3
SCHEMA_VERSION = 3
CODE_STUB = "answer = None  # replace None with your answer, then run the cell"

CONFIG = '''\
"""nbgrader configuration of the course, written by tools/make_assignments.py.

Re-run `make assignments` rather than editing this file: it is written again every time.
"""

import os

c = get_config()  # noqa: F821 (nbgrader provides get_config)

# This folder is the course: source/, release/, submitted/, autograded/, feedback/ and
# gradebook.db live here.
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
c.CourseDirectory.course_id = {course_id!r}

# The release puts back what the chapter had: `answer = None` for a checkable exercise, and
# for a written one the cell's "*Your answer:*" line without the model answer.
c.ClearSolutions.code_stub = {{"python": {code_stub!r}}}
c.ClearSolutions.text_stub = ""

# A chapter runs in 5 to 20 seconds; this only stops a student's runaway cell.
c.Execute.timeout = 300
'''


def nbgrader_metadata(grade_id: str, *, solution: bool = False, grade: bool = False,
                      locked: bool = False, points: float | None = None) -> dict:
    """nbgrader's cell metadata (schema 3) for one cell."""
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked,
            "schema_version": SCHEMA_VERSION, "solution": solution, "task": False}
    if grade:
        meta["points"] = points
    return meta


def new_cell(kind: str, text: str, nbgrader: dict, cell_id: str) -> dict:
    """A new code or markdown cell carrying ``nbgrader`` metadata."""
    cell = {"cell_type": kind, "id": cell_id,
            "metadata": {"editable": False, "deletable": False, "nbgrader": nbgrader},
            "source": []}
    if kind == "code":
        cell.update(execution_count=None, outputs=[])
    cn.set_source(cell, text)
    return cell


def solution_answer_cell(text: str, answer: object) -> str:
    """The autograded answer cell: the hint kept as a comment, the right answer in a solution
    region, the rest of the cell (the check's call) as it was.

    >>> print(solution_answer_cell('answer = None  # e.g. "Chicken"\\nex.game(answer)', "Stag"))
    # e.g. "Chicken"
    ### BEGIN SOLUTION
    answer = 'Stag'
    ### END SOLUTION
    ex.game(answer)
    """
    lines = []
    for line in text.split("\n"):
        if cn.ANSWER_LINE.match(line):
            comment = cn.answer_comment(line)
            lines += ([f"# {comment}"] if comment else []) + [
                "### BEGIN SOLUTION", f"answer = {answer!r}", "### END SOLUTION"]
        else:
            lines.append(line)
    return "\n".join(lines)


def check_expression(text: str, exercise, module) -> str:
    """How the tests cell calls the exercise's check function on ``answer``.

    The answer cell calls the exercise as ``<alias>.<name>(answer)``; if ``<alias>.<name>``
    is the exercise of ``module`` and its check is ``module.check_*``, the test calls
    ``<alias>.check_*(answer)``, as a student would. Otherwise it goes through the
    catalogue, which reaches every exercise of the course.
    """
    call = [line.strip() for line in text.split("\n") if line.strip().endswith("(answer)")]
    check = exercise.check
    if call and module is not None:
        alias, _, name = call[-1][:-len("(answer)")].rpartition(".")
        if (alias.isidentifier() and getattr(module, name, None) is exercise
                and getattr(module, check.__name__, None) is check):
            return f"{alias}.{check.__name__}(answer)"
    return ("__import__('dilemma_lib.exercises.catalogue', fromlist=['all_exercises'])"
            f".all_exercises()[{exercise.label!r}].check(answer)")


def tests_cell_text(label: str, expression: str, points: float) -> str:
    """The autograder-tests cell: the course's check must judge the answer correct."""
    plural = "" if points == 1 else "s"
    return (f"# Autograder test for {label} ({points:g} point{plural}): the course's own check\n"
            f"# judges the answer; the message is the feedback the student saw.\n"
            f"feedback = {expression}\n"
            f"assert feedback.correct is True, f\"{label}: {{feedback!r}}\"")


def assignment_notebook(notebook: dict, name: str, catalogue: dict,
                        modules: dict | None = None) -> dict:
    """The nbgrader source version of one chapter (a new notebook).

    ``catalogue`` is ``{label: Exercise}``; ``modules`` maps a label to the chapter module
    that lists the exercise (for the readable ``exercises.check_x(answer)`` form).
    """
    exercises = cn.chapter_exercises(notebook, name, catalogue)
    modules = modules or {}
    source = copy.deepcopy(notebook)
    cells = []
    for index, cell in enumerate(source["cells"]):
        meta = cn.dilemma(cell)
        text = cn.source(cell)
        if cell["cell_type"] == "markdown":
            text = cn.without_solutions(text)
            if not text.strip():
                continue  # a {solution} cell
            cn.set_source(cell, text)
        cell_id = str(cell.get("id") or f"cell-{index}")
        prompts = [label for label, at in exercises.prompts.items() if at == index]
        if "exercise" in meta:
            label = meta["exercise"]
            exercise = catalogue[label]
            points = meta.get("points", AUTOGRADED_POINTS)
            cn.set_source(cell, solution_answer_cell(text, exercise.answer))
            cell.setdefault("metadata", {})["nbgrader"] = nbgrader_metadata(label, solution=True)
            cells.append(cell)
            expression = check_expression(text, exercise, modules.get(label))
            cells.append(new_cell("code", tests_cell_text(label, expression, points),
                                  nbgrader_metadata(f"{label}-tests", grade=True, locked=True,
                                                    points=points), f"{cell_id}-tests"))
            continue
        if "written" in meta:
            label = meta["written"]
            model = exercises.solution_text[label]
            cn.set_source(cell, f"{text.rstrip()}\n\n### BEGIN SOLUTION\n{model}\n"
                                "### END SOLUTION")
            tags = [tag for tag in cell["metadata"].get("tags", []) if tag != "remove-cell"]
            cell["metadata"]["tags"] = tags
            if not tags:
                del cell["metadata"]["tags"]
            cell["metadata"]["nbgrader"] = nbgrader_metadata(
                label, solution=True, grade=True, points=meta.get("points", WRITTEN_POINTS))
        elif prompts:
            cell.setdefault("metadata", {})["nbgrader"] = nbgrader_metadata(
                "-".join(prompts) + "-prompt", locked=True)
        cells.append(cell)
    source["cells"] = cells
    cn.clear_outputs(source)
    return source


def points_of(notebook: dict) -> dict[str, float]:
    """``{grade_id: points}`` of a course notebook's graded cells."""
    return {cell["metadata"]["nbgrader"]["grade_id"]: cell["metadata"]["nbgrader"]["points"]
            for cell in notebook["cells"]
            if cell.get("metadata", {}).get("nbgrader", {}).get("grade")}


def write_course(source: Path = cn.NOTEBOOKS, course: Path = cn.ROOT / "_build" / "nbgrader",
                 catalogue: dict | None = None, modules: dict | None = None,
                 course_id: str = "security-dilemma") -> list[str]:
    """Write ``nbgrader_config.py`` and ``source/<chapter>/<chapter>.ipynb``; returns the
    assignment names (the chapters' file names without ``.ipynb``)."""
    source, course = Path(source), Path(course)
    if catalogue is None:
        catalogue, modules = library_catalogue()
    chapters = cn.chapters(source)
    if not chapters:
        raise ValueError(f"no chapter notebooks (NN_*.ipynb) in {source}")
    notebooks = {path.stem: assignment_notebook(cn.load(path), path.name, catalogue, modules)
                 for path in chapters}  # every chapter checked before anything is written
    course.mkdir(parents=True, exist_ok=True)
    (course / "nbgrader_config.py").write_text(
        CONFIG.format(course_id=course_id, code_stub=CODE_STUB), encoding="utf-8")
    for name, notebook in notebooks.items():
        folder = course / "source" / name
        for old in folder.glob("*.ipynb"):
            old.unlink()
        cn.save(notebook, folder / f"{name}.ipynb")
    return list(notebooks)


def library_catalogue() -> tuple[dict, dict]:
    """``({label: Exercise}, {label: chapter module})`` from the library."""
    sys.path.insert(0, str(cn.ROOT))
    from dilemma_lib.exercises.catalogue import all_exercises, chapter_modules

    modules = {exercise.label: module for module in chapter_modules()
               for exercise in getattr(module, "EXERCISES", ())}
    return all_exercises(), modules


def nbgrader(*arguments: str, course: Path, check: bool = True) -> subprocess.CompletedProcess:
    """Run the real ``nbgrader`` command of this Python environment in ``course``.

    The environment's ``bin`` goes first on ``PATH``: nbgrader runs ``alembic`` from there to
    set up its gradebook, and the kernel it starts must be this environment's Python.
    """
    bin_folder = Path(sys.executable).parent
    environment = {**os.environ, "PATH": f"{bin_folder}{os.pathsep}{os.environ.get('PATH', '')}"}
    environment.pop("DILEMMA_STATIC", None)  # students run the chapters live
    return subprocess.run([str(bin_folder / "nbgrader"), *arguments], cwd=course, check=check,
                          text=True, capture_output=True, env=environment)


def generate(course: Path) -> None:
    """``nbgrader generate_assignment`` for every assignment of ``source/`` (one nbgrader
    process for all: its start-up costs more than a chapter): writes ``release/``."""
    result = nbgrader("generate_assignment", "*", "--force", course=course, check=False)
    if result.returncode:
        raise RuntimeError(f"nbgrader generate_assignment failed:\n{result.stderr}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=cn.NOTEBOOKS)
    parser.add_argument("course", nargs="?", type=Path, default=cn.ROOT / "_build" / "nbgrader")
    parser.add_argument("--generate", action="store_true",
                        help="then run nbgrader generate_assignment on every chapter")
    options = parser.parse_args(argv[1:])
    try:
        names = write_course(options.source, options.course)
    except (cn.ChapterError, ValueError) as error:
        print(f"course not written: {error}", file=sys.stderr)
        return 1
    print(f"wrote {len(names)} assignments into {options.course / 'source'}")
    if options.generate:
        generate(options.course)
        print(f"nbgrader released them into {options.course / 'release'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
