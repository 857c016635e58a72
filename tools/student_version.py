"""Write the student version of every chapter: no solutions, no outputs, answers left open.

Usage (``make student`` runs it)::

    python tools/student_version.py [SOURCE_FOLDER [OUTPUT_FOLDER]]

defaults ``notebooks`` and ``_build/student``. For each chapter ``NN_*.ipynb`` it

* removes every ``{solution}`` directive (a cell holding nothing else is dropped);
* sets every ``answer = ...`` line of a checkable answer cell back to ``answer = None``
  (keeping its hint comment), so a committed answer cannot leak;
* clears outputs, execution counts, run timestamps and saved widget state.

Everything else is kept as it is: the prose, the ``{exercise}`` prompts, the written-answer
cells, the imports of ``dilemma_lib`` (students install the library, e.g. with ``make lab``
or ``pip install .`` in a clone of the course). Run top to bottom, each chapter answers every
self-check with "No answer checked." until the student fills in ``answer``.
The markup is checked first (:func:`course_notebooks.chapter_exercises`), so a chapter whose
exercise cells are not marked stops the command instead of leaking a solution.
"""

from __future__ import annotations

import copy
import shutil
import sys
from pathlib import Path

import course_notebooks as cn

README = """\
# The course's chapters: student version

These are the course's chapters with the solutions removed and the outputs cleared; they were
written by `make student` from the chapters in `notebooks/`. Do not edit them by hand.

To work on them, install the course library once (in a clone of the course repository:
`make lab`, or `pip install -r requirements.txt` and then `pip install .`), open a chapter
in JupyterLab and run it from the top. Each exercise has a cell `answer = None`: replace
`None` with your answer and run the cell; the check says whether it is right and, if not,
what the likely slip was. Exercises that ask for an argument have a cell "*Your answer:*":
double-click it and write.
"""


def student_notebook(notebook: dict, name: str = "chapter",
                     catalogue: dict | None = None) -> dict:
    """The student version of one chapter (a new notebook; the source is not changed)."""
    exercises = cn.chapter_exercises(notebook, name, catalogue)
    student = copy.deepcopy(notebook)
    cells = []
    for index, cell in enumerate(student["cells"]):
        if cell["cell_type"] == "markdown":
            text = cn.without_solutions(cn.source(cell))
            if not text.strip():
                continue
            cn.set_source(cell, text)
        if index in exercises.checkable.values():
            cn.set_source(cell, cn.reset_answers(cn.source(cell)))
        cells.append(cell)
    student["cells"] = cells
    cn.clear_outputs(student)
    return student


def write_student_version(source: Path = cn.NOTEBOOKS, target: Path = cn.ROOT / "_build" /
                          "student", catalogue: dict | None = None) -> list[Path]:
    """Write every chapter's student version into ``target`` (emptied first); returns them."""
    source, target = Path(source), Path(target)
    if target.resolve() == source.resolve() or source.resolve() in target.resolve().parents:
        raise ValueError(f"write the student version outside the sources, not into {target}")
    chapters = cn.chapters(source)
    if not chapters:
        raise ValueError(f"no chapter notebooks (NN_*.ipynb) in {source}")
    shutil.rmtree(target, ignore_errors=True)
    written = []
    for path in chapters:
        student = student_notebook(cn.load(path), path.name, catalogue)
        cn.save(student, target / path.name)
        written.append(target / path.name)
    (target / "README.md").write_text(README, encoding="utf-8")
    return written


def library_catalogue() -> dict:
    """The library's ``{label: Exercise}``, so the markup is checked against it."""
    sys.path.insert(0, str(cn.ROOT))
    from dilemma_lib.exercises.catalogue import all_exercises

    return all_exercises()


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else cn.NOTEBOOKS
    target = Path(argv[2]) if len(argv) > 2 else cn.ROOT / "_build" / "student"
    try:
        written = write_student_version(source, target, library_catalogue())
    except (cn.ChapterError, ValueError) as error:
        print(f"student version not written: {error}", file=sys.stderr)
        return 1
    print(f"wrote {len(written)} chapters without solutions into {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
