"""Instructors' tooling (tools/): the student version, nbgrader end to end, the Binder image
and a fresh install, for every chapter found in notebooks/.

The fast tests check the tools on small made-up notebooks and every chapter's exercise markup.
The ``instructor`` tests run the real thing. They are slow, so they share one start: the first
of them launches every job at once in the background (the student version executed with
nbconvert; two nbgrader courses autograding in parallel; a fresh venv; repo2docker), and each
test then waits for its own job. Chapters execute in 5 to 20 seconds; the jobs use both cores.
"""

from __future__ import annotations

import ast
import copy
import doctest
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from browser_support import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import course_notebooks as cn
import make_assignments as ma
import student_version as sv

from dilemma_lib.exercises import Exercise, Feedback

CHAPTERS = [path.stem for path in cn.chapters()]
CATALOGUE, MODULES = ma.library_catalogue()
BIN = Path(sys.executable).parent
NO_ANSWER_HEADING = Feedback(None, "").heading  # "No answer checked."


# --- the tools on a made-up chapter ----------------------------------------------------------

def check_colour(answer: object) -> Feedback:
    if answer is None:
        return Feedback(None, "Replace None with your answer and run the cell again.")
    return Feedback(answer == "blue", "Blue is right." if answer == "blue" else "Not that.")


COLOUR = Exercise("t-ex-colour", check_colour, ("red", "blue", "green"))


def markdown(text: str, **meta) -> dict:
    return {"cell_type": "markdown", "metadata": meta, "source": text.splitlines(True)}


def code(text: str, **meta) -> dict:
    return {"cell_type": "code", "execution_count": 3, "metadata": meta,
            "outputs": [{"output_type": "stream", "name": "stdout", "text": "Correct."}],
            "source": text.splitlines(True)}


def made_up_chapter() -> dict:
    return {"nbformat": 4, "nbformat_minor": 5,
            "metadata": {"kernelspec": {"name": "python3", "language": "python"},
                         "widgets": {"state": "saved frames"}},
            "cells": [
                markdown("# A chapter"),
                code("from made_up import exercises"),
                markdown("## Exercises\n\n```{exercise}\n:label: t-ex-colour\n\nWhich colour?"
                         "\n```"),
                code("answer = 'blue'  # your answer, e.g. \"red\"\nexercises.colour(answer)",
                     dilemma={"exercise": "t-ex-colour"}),
                markdown("```{solution} t-ex-colour\n:class: dropdown\n\nThe sky is blue, "
                         "as Rayleigh explained.\n```"),
                markdown("```{exercise}\n:label: t-ex-why\n\nWhy?\n```"),
                markdown("*Your answer:* double-click this cell and write two or three "
                         "sentences.", tags=["remove-cell"], dilemma={"written": "t-ex-why"}),
                markdown("````{solution} t-ex-why\n:class: dropdown\n\n*A model answer.* "
                         "Because scattering grows as the fourth power.\n```python\nx = 1\n"
                         "```\n````"),
            ]}


def test_directives_keep_nested_fences_and_read_options():
    found = cn.directives(cn.source(made_up_chapter()["cells"][7]))
    assert [(d.name, d.argument, d.options) for d in found] == [
        ("solution", "t-ex-why", {"class": "dropdown"})]
    assert found[0].body.endswith("```python\nx = 1\n```")


def test_chapter_markup_is_read():
    found = cn.chapter_exercises(made_up_chapter(), "made up", {"t-ex-colour": COLOUR})
    assert (found.prompts, found.checkable, found.written, found.solutions) == (
        {"t-ex-colour": 2, "t-ex-why": 5}, {"t-ex-colour": 3}, {"t-ex-why": 6},
        {"t-ex-colour": 4, "t-ex-why": 7})


@pytest.mark.parametrize(("break_it", "complaint"), [
    (lambda nb: nb["cells"][3]["metadata"].clear(), "'t-ex-colour' has no answer cell"),
    (lambda nb: nb["cells"].pop(4), "'t-ex-colour' has no {solution}"),
    (lambda nb: nb["cells"][6]["metadata"]["dilemma"].update(written="t-ex-other"),
     "'t-ex-other' has an answer cell but no {exercise}"),
    (lambda nb: nb["cells"][3].update(source=["exercises.colour(None)"]), "no line 'answer"),
    (lambda nb: nb["cells"].append(markdown("```{solution-start} t-ex-why\n```")),
     "one folded {solution}"),
])
def test_inconsistent_markup_is_refused_with_the_reason(break_it, complaint):
    notebook = made_up_chapter()
    break_it(notebook)
    with pytest.raises(cn.ChapterError, match=re.escape(complaint)):
        cn.chapter_exercises(notebook, "made up", {"t-ex-colour": COLOUR})


def test_unknown_checkable_exercise_is_refused():
    with pytest.raises(cn.ChapterError, match="not in the library's catalogue"):
        cn.chapter_exercises(made_up_chapter(), "made up", {})


def test_student_notebook_drops_solutions_resets_answers_and_clears_outputs():
    chapter = made_up_chapter()
    before = copy.deepcopy(chapter)
    student = sv.student_notebook(chapter, "made up", {"t-ex-colour": COLOUR})
    assert chapter == before, "the source must not change"
    text = json.dumps(student)
    assert "Rayleigh" not in text and "scattering" not in text and "{solution}" not in text
    assert len(student["cells"]) == len(chapter["cells"]) - 2
    assert cn.source(student["cells"][3]) == ('answer = None  # your answer, e.g. "red"\n'
                                              "exercises.colour(answer)")
    assert all(c.get("outputs", []) == [] and c.get("execution_count") is None
               for c in student["cells"])
    assert "widgets" not in student["metadata"]


def test_student_version_is_written_outside_the_sources_only(tmp_path):
    with pytest.raises(ValueError, match="outside the sources"):
        sv.write_student_version(ROOT / "notebooks", ROOT / "notebooks" / "student")
    cn.save(made_up_chapter(), tmp_path / "in" / "01_made_up.ipynb")
    written = sv.write_student_version(tmp_path / "in", tmp_path / "out",
                                       {"t-ex-colour": COLOUR})
    assert [p.name for p in written] == ["01_made_up.ipynb"]
    assert (tmp_path / "out" / "README.md").exists()


def test_assignment_notebook_marks_cells_for_nbgrader():
    source = ma.assignment_notebook(made_up_chapter(), "made up", {"t-ex-colour": COLOUR})
    graded = {c["metadata"]["nbgrader"]["grade_id"]: c for c in source["cells"]
              if "nbgrader" in c["metadata"]}
    answer, tests, written = graded["t-ex-colour"], graded["t-ex-colour-tests"], graded["t-ex-why"]
    assert cn.source(answer) == ('# your answer, e.g. "red"\n### BEGIN SOLUTION\n'
                                 "answer = 'blue'\n### END SOLUTION\nexercises.colour(answer)")
    assert answer["metadata"]["nbgrader"] | {} == ma.nbgrader_metadata("t-ex-colour",
                                                                        solution=True)
    # the test asks the course's check (through the catalogue: the made-up module has no
    # check_colour), never compares with a copy of the answer
    assert "'blue'" not in cn.source(tests) and ".check(answer)" in cn.source(tests)
    assert tests["metadata"]["nbgrader"]["points"] == ma.AUTOGRADED_POINTS
    assert tests["metadata"]["nbgrader"]["locked"] is True
    assert written["metadata"]["nbgrader"]["points"] == ma.WRITTEN_POINTS
    assert "### BEGIN SOLUTION\n*A model answer.* Because" in cn.source(written)
    assert "tags" not in written["metadata"]  # remove-cell is for the book only
    assert graded["t-ex-why-prompt"]["metadata"]["nbgrader"]["locked"] is True
    assert not any("{solution}" in cn.source(c) for c in source["cells"])
    assert all(c.get("outputs", []) == [] for c in source["cells"])


def test_points_can_be_set_per_exercise():
    chapter = made_up_chapter()
    chapter["cells"][3]["metadata"]["dilemma"]["points"] = 4
    source = ma.assignment_notebook(chapter, "made up", {"t-ex-colour": COLOUR})
    assert ma.points_of(source) == {"t-ex-colour-tests": 4, "t-ex-why": ma.WRITTEN_POINTS}


def test_the_tests_cell_calls_the_chapter_check_as_a_student_would():
    label = next(iter(CATALOGUE))
    exercise, module = CATALOGUE[label], MODULES[label]
    name = next(n for n, value in vars(module).items() if value is exercise)
    assert ma.check_expression(f"answer = None\nexercises.{name}(answer)", exercise,
                               module) == f"exercises.{exercise.check.__name__}(answer)"


@pytest.mark.parametrize("module", [cn, ma], ids=lambda m: m.__name__)
def test_the_tools_examples_hold(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted and not result.failed


# --- every chapter ----------------------------------------------------------------------------

@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_exercise_markup_is_complete(chapter):
    found = cn.chapter_exercises(cn.load(ROOT / "notebooks" / f"{chapter}.ipynb"), chapter,
                                 CATALOGUE)
    assert found.prompts, "a chapter has exercises"


def test_every_checkable_exercise_of_the_library_is_asked_in_a_chapter():
    asked = {label for chapter in CHAPTERS for label in cn.chapter_exercises(
        cn.load(ROOT / "notebooks" / f"{chapter}.ipynb"), chapter, CATALOGUE).checkable}
    assert set(CATALOGUE) <= asked, f"in no chapter: {sorted(set(CATALOGUE) - asked)}"


@pytest.fixture(scope="module")
def student_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("student")
    sv.write_student_version(ROOT / "notebooks", folder, CATALOGUE)
    return folder


def constants(tree: ast.AST) -> list[object]:
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_student_version_holds_no_solution(student_folder, chapter):
    source = cn.load(ROOT / "notebooks" / f"{chapter}.ipynb")
    found = cn.chapter_exercises(source, chapter, CATALOGUE)
    student = cn.load(student_folder / f"{chapter}.ipynb")
    everything = "\n".join(cn.source(cell) for cell in student["cells"])
    flat = " ".join(everything.split())
    for label, text in found.solution_text.items():
        assert " ".join(text.split()) not in flat, f"the solution of {label} is there"
        for sentence in re.split(r"(?<=[.!?])\s+", " ".join(text.split())):
            if len(sentence) > 40:
                assert sentence not in flat, f"a sentence of the solution of {label}"
    answer_cells = {cn.dilemma(c).get("exercise"): c for c in student["cells"]}
    for label in found.checkable:
        exercise = CATALOGUE[label]
        cell_source = cn.source(answer_cells[label])
        code_only = "\n".join(line.split("#")[0] for line in cell_source.splitlines())
        assert repr(exercise.answer) not in code_only, f"{label}'s answer is filled in"
        for value in constants(ast.parse(cell_source)):
            assert exercise.check(value).correct is not True, f"{label}: {value!r}"
    for cell in student["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
            for node in ast.walk(ast.parse(cn.source(cell))):
                if isinstance(node, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "answer" for t in node.targets):
                    assert isinstance(node.value, ast.Constant) and node.value.value is None
    assert "widgets" not in student["metadata"]


# --- the slow part: every job started at once -------------------------------------------------

def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    environment.pop("DILEMMA_STATIC", None)  # students run the chapters live
    result = subprocess.run(command, text=True, capture_output=True, env=environment, **kwargs)
    assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout}\n{result.stderr}"
    return result


def clean_copy(target: Path) -> Path:
    """The files git would commit (tracked, or new and not ignored), as a fresh clone of this
    work tree would have them: no .venv, no _build, no caches."""
    listed = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                 cwd=ROOT).stdout.split("\0")
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    return target


def execute_student_version(folder: Path, student: Path) -> Path:
    out = folder / "executed"
    run([str(BIN / "jupyter"), "nbconvert", "--to", "notebook", "--execute", "--allow-errors",
         "--ExecutePreprocessor.timeout=600", "--output-dir", str(out),
         *sorted(str(p) for p in student.glob("*.ipynb"))], cwd=student)
    return out


def filled_in(release: dict, answers: dict[str, object]) -> dict:
    """A student's submission: the release with ``answer = ...`` written in each cell."""
    submission = copy.deepcopy(release)
    for cell in submission["cells"]:
        label = cn.dilemma(cell).get("exercise")
        if label in answers:
            cn.set_source(cell, re.sub(r"^answer = None.*$", f"answer = {answers[label]!r}",
                                       cn.source(cell), flags=re.MULTILINE))
    return submission


def one_wrong_case() -> tuple[str, str, object]:
    """(chapter, label, wrong answer): the first chapter with two or more checkable
    exercises, its first exercise, and the first option its check judges wrong."""
    for chapter in CHAPTERS:
        found = cn.chapter_exercises(cn.load(ROOT / "notebooks" / f"{chapter}.ipynb"),
                                     chapter, CATALOGUE)
        if len(found.checkable) >= 2:  # so that the others can be seen to keep their points
            label = min(found.checkable, key=found.checkable.get)
            wrong = next(o for o in CATALOGUE[label].options
                         if CATALOGUE[label].check(o).correct is False)
            return chapter, label, wrong
    pytest.fail("no chapter has two checkable exercises")


def autograde(course: Path, submissions: dict[str, dict[str, dict]]) -> Path:
    """Put ``{student: {chapter: notebook}}`` into ``submitted/`` and run nbgrader autograde."""
    for student, notebooks in submissions.items():
        for chapter, notebook in notebooks.items():
            cn.save(notebook, course / "submitted" / student / chapter / f"{chapter}.ipynb")
    ma.nbgrader("autograde", "*", "--create", "--force", course=course)
    return course


def grades(course: Path, student: str, chapter: str) -> dict[str, tuple[float, float]]:
    """``{grade_id: (score, max_score)}`` of the autograded (code) cells of one submission."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        notebook = gradebook.find_submission_notebook(chapter, chapter, student)
        return {grade.name: (grade.auto_score, grade.max_score) for grade in notebook.grades
                if grade.cell_type == "code"}


def grading_jobs(pool: ThreadPoolExecutor, folder: Path) -> dict[str, object]:
    """Write and release the course, then autograde in two courses at once: the instructor's
    version of every chapter with a one-wrong-answer submission, and the untouched release."""
    course = folder / "course"
    ma.write_course(ROOT / "notebooks", course, CATALOGUE, MODULES)
    ma.generate(course)
    release = {c: cn.load(course / "release" / c / f"{c}.ipynb") for c in CHAPTERS}
    source = {c: cn.load(course / "source" / c / f"{c}.ipynb") for c in CHAPTERS}
    chapter, label, wrong = one_wrong_case()
    answers = {name: exercise.answer for name, exercise in CATALOGUE.items()}
    untouched = folder / "untouched-course"  # a second course: two nbgrader runs at once
    shutil.copytree(course, untouched)
    return {
        "case": (chapter, label, wrong),
        "source": source,
        "instructor": pool.submit(autograde, course, {
            "instructor": source,
            "one-wrong": {chapter: filled_in(release[chapter], {**answers, label: wrong})}}),
        "untouched": pool.submit(autograde, untouched, {"untouched": release}),
    }


@pytest.fixture(scope="module")
def jobs(tmp_path_factory, student_folder):
    if not (BIN / "nbgrader").exists() or not (BIN / "repo2docker").exists():
        pytest.fail("nbgrader and repo2docker are missing: 'make test-setup' installs "
                    "requirements-instructor.txt")
    folder = tmp_path_factory.mktemp("instructor")
    with ThreadPoolExecutor(max_workers=6) as pool:
        started = {
            "student": pool.submit(execute_student_version, folder, student_folder),
            "venv": pool.submit(fresh_venv, folder),
            "repo2docker": pool.submit(repo2docker_dockerfile, folder),
        }
        started.update(grading_jobs(pool, folder))
        yield started
        for job in started.values():  # never leave a process running
            if isinstance(job, Future):
                job.exception()


@pytest.mark.instructor
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_student_version_runs_and_leaves_the_exercises_open(jobs, chapter):
    executed = cn.load(jobs["student"].result() / f"{chapter}.ipynb")
    for cell in executed["cells"]:
        for output in cell.get("outputs", []):
            assert output["output_type"] != "error", (
                f"{chapter}: {output.get('ename')}: {output.get('evalue')}\n{cn.source(cell)}")
        label = cn.dilemma(cell).get("exercise")
        if label:
            shown = "".join("".join(o.get("data", {}).get("text/plain", ""))
                            for o in cell["outputs"])
            assert shown.startswith(NO_ANSWER_HEADING), f"{label} shows {shown!r}"


@pytest.mark.instructor
def test_instructor_version_autogrades_to_full_marks(jobs):
    course = jobs["instructor"].result()
    scores = {c: grades(course, "instructor", c) for c in CHAPTERS}
    for chapter, cells in scores.items():
        expected = {name: points for name, points in ma.points_of(jobs["source"][chapter])
                    .items() if name.endswith("-tests")}
        assert cells == {name: (points, points) for name, points in expected.items()}, chapter
    total = sum(top for cells in scores.values() for _, top in cells.values())
    assert total > 0
    print(f"\ninstructor version: {total:g} of {total:g} autograded points")


@pytest.mark.instructor
def test_untouched_release_autogrades_to_zero(jobs):
    course = jobs["untouched"].result()
    scores = {c: grades(course, "untouched", c) for c in CHAPTERS}
    assert all(score == 0 for cells in scores.values() for score, _ in cells.values()), scores
    top = sum(m for cells in scores.values() for _, m in cells.values())
    print(f"\nuntouched release: 0 of {top:g} autograded points")


@pytest.mark.instructor
def test_one_wrong_answer_loses_exactly_that_exercise(jobs):
    chapter, label, wrong = jobs["case"]
    cells = grades(jobs["instructor"].result(), "one-wrong", chapter)
    assert cells[f"{label}-tests"][0] == 0
    assert all(score == top for name, (score, top) in cells.items() if name != f"{label}-tests")
    top = sum(m for _, m in cells.values())
    got = sum(s for s, _ in cells.values())
    assert got == top - cells[f"{label}-tests"][1]
    print(f"\none wrong answer ({label} = {wrong!r}): {got:g} of {top:g} in {chapter}")


# --- deployment: repo2docker and a fresh install ---------------------------------------------

def repo2docker_dockerfile(folder: Path) -> tuple[str, str]:
    """(Dockerfile, log) that ``repo2docker --no-build`` writes for a clean copy."""
    repository = clean_copy(folder / "repository")
    result = run([str(BIN / "repo2docker"), "--no-build", "--debug", str(repository)],
                 cwd=folder)
    return result.stdout, result.stderr


def run_steps(dockerfile: str) -> list[str]:
    """The RUN instructions of a Dockerfile, continuation lines joined."""
    joined = re.sub(r"\\\n", " ", dockerfile)
    return [" ".join(line[4:].split()) for line in joined.splitlines() if line.startswith("RUN ")]


# Where each kind of step may fetch from: apt-get from Debian/Ubuntu's archive, pip from PyPI,
# npm from its registry. repo2docker's own base-environment script (micromamba and the
# Jupyter server from conda-forge, identical for every repository it builds) is the one
# step that is not ours: it is the image Binder and repository-built hubs always start from.
ALLOWED_STEP = re.compile(
    r"^(apt-get |echo |if |mkdir |chown |\$\{KERNEL_PYTHON_PREFIX\}/bin/pip install "
    r"--no-cache-dir (-r \"requirements\.txt\"|\.)$|TIMEFORMAT='time: %3R' bash -c "
    r"'time /tmp/install-base-env\.bash')")


@pytest.mark.instructor
def test_repo2docker_builds_the_tested_python_with_the_pins_and_the_library(jobs):
    dockerfile, log = jobs["repo2docker"].result()
    assert "Python version unspecified" not in log
    assert "Building conda environment for python=3.11" in log
    steps = run_steps(dockerfile)
    assert '${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir -r "requirements.txt"' in steps
    assert "${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir ." in steps  # the library
    for step in steps:
        assert ALLOWED_STEP.match(step), f"a step repo2docker should not need: {step}"
        assert not re.search(r"\b(curl|wget|git clone)\b|https?://", step), step
    assert not re.search(r"^ADD\s+https?://", dockerfile, flags=re.MULTILINE)


def test_repository_tells_repo2docker_the_tested_python_and_fetches_only_from_pypi():
    assert (ROOT / "runtime.txt").read_text().strip() == "python-3.11"
    assert sys.version_info[:2] == (3, 11), "the pins are tested on the Python of runtime.txt"
    for name in ("requirements.txt", "requirements-instructor.txt", "requirements-oracle.txt"):
        for line in (ROOT / name).read_text().splitlines():
            line = line.split("#")[0].strip()
            assert not line or line.startswith("-r ") or re.fullmatch(
                r"[A-Za-z0-9_.\-]+==[\w.+!]+", line), f"{name}: pin {line!r} from PyPI"
    for extra in ("postBuild", "apt.txt", "environment.yml", "Dockerfile", "start"):
        assert not (ROOT / extra).exists() and not (ROOT / "binder" / extra).exists(), (
            f"{extra}: repo2docker installs the library and requirements.txt by itself")


def pins(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text().splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            name, version = line.split("==")
            found[re.sub(r"[-_.]+", "-", name.lower())] = version
    return found


def test_instructor_pins_agree_and_keep_the_course_pins():
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]["instructor"]
    instructor, course = pins(ROOT / "requirements-instructor.txt"), pins(ROOT /
                                                                          "requirements.txt")
    assert extra == ["nbgrader==" + instructor["nbgrader"]]
    assert "-r requirements.txt" in (ROOT / "requirements-instructor.txt").read_text()
    assert not set(instructor) & set(course), "pin each package once"
    # repo2docker's base image ships a notebook release tied to an older JupyterLab; pinning
    # JupyterLab without notebook would leave `jupyter notebook` (its default command) broken.
    assert "notebook" in course and "jupyterlab" in course


def notebook_imports() -> dict[str, set[str]]:
    """``{module: {names imported from it}}`` over every code cell of every chapter."""
    from IPython.core.inputtransformer2 import TransformerManager

    found: dict[str, set[str]] = {}
    for chapter in CHAPTERS:
        for cell in cn.load(ROOT / "notebooks" / f"{chapter}.ipynb")["cells"]:
            if cell["cell_type"] != "code":
                continue
            tree = ast.parse(TransformerManager().transform_cell(cn.source(cell)))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    for alias in node.names:
                        found.setdefault(alias.name, set())
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found.setdefault(node.module, set()).update(a.name for a in node.names)
    return found


IMPORT_ALL = """
import importlib, json, sys
wanted = json.loads(sys.argv[1])
for module, names in wanted.items():
    imported = importlib.import_module(module)
    for name in names:
        if not hasattr(imported, name):
            importlib.import_module(f"{module}.{name}")
print(importlib.import_module("dilemma_lib").__file__)
"""


def fresh_venv(folder: Path) -> tuple[Path, str]:
    """A new venv with requirements.txt and the library (not editable) from a clean copy."""
    repository = clean_copy(folder / "venv-repository")
    venv = folder / "venv"
    base = getattr(sys, "_base_executable", sys.executable)
    run([base, "-m", "venv", str(venv)])
    pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    run([*pip, "install", "-r", str(repository / "requirements.txt")])
    run([*pip, "install", "--no-deps", str(repository)], cwd=folder)
    freeze = run([*pip, "freeze", "--exclude-editable"]).stdout
    return venv, freeze


@pytest.mark.instructor
def test_fresh_venv_from_requirements_imports_everything_the_chapters_import(jobs, tmp_path):
    venv, freeze = jobs["venv"].result()
    imports = notebook_imports()
    assert any(module.startswith("dilemma_lib") for module in imports)
    where = run([str(venv / "bin" / "python"), "-c", IMPORT_ALL,
                 json.dumps({m: sorted(n) for m, n in imports.items()})], cwd=tmp_path)
    assert str(venv) in where.stdout, "the installed library, not the work tree's"
    installed = {re.sub(r"[-_.]+", "-", line.split("==")[0].lower())
                 for line in freeze.splitlines() if "==" in line}
    unpinned = installed - set(pins(ROOT / "requirements.txt")) - {"dilemma-lib", "pip",
                                                                   "setuptools", "wheel"}
    assert not unpinned, f"installed but not pinned in requirements.txt: {sorted(unpinned)}"
    run([str(venv / "bin" / "python"), "-m", "pip", "check"])


# --- the instructor guide ---------------------------------------------------------------------

GUIDE = (ROOT / "book" / "instructor_guide.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_guide_covers_the_chapter_and_grades_each_exercise_as_the_tools_do(chapter):
    number = int(chapter.split("_")[0])
    assert f"### Chapter {number}. " in GUIDE, f"the guide has no section on {chapter}"
    section = GUIDE.split(f"### Chapter {number}. ")[1].split("\n### ")[0].split("\n## ")[0]
    for heading in ("Objectives:", "- Time:", "- Exercises:", "- Discussion:"):
        assert heading in section, f"chapter {number}: {heading}"
    found = cn.chapter_exercises(cn.load(ROOT / "notebooks" / f"{chapter}.ipynb"), chapter)
    listed = dict(re.findall(r"`(ch\d+-ex-[\w-]+)`\s+\((auto|manual)\)", section))
    expected = {**dict.fromkeys(found.checkable, "auto"), **dict.fromkeys(found.written, "manual")}
    assert listed == expected, "update the chapter's exercises in book/instructor_guide.md"


def test_guide_gives_the_commands_that_exist():
    makefile = (ROOT / "Makefile").read_text()
    for target in ("student", "assignments", "book"):
        assert f"make {target}" in GUIDE and f"\n{target}:" in makefile
    assert "/hub/user-redirect/git-pull?repo=" in GUIDE
    assert "book/instructor_guide" in (ROOT / "_toc.yml").read_text()
