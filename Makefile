# The README's commands. Every target sets up .venv from requirements.txt first if needed.
VENV   := .venv
BIN    := $(VENV)/bin
PYTHON ?= python3
STAMP  := $(VENV)/.installed
ORACLE := $(VENV)/.installed-oracle

.PHONY: setup test-setup lab book test lint notebooks benchmark clean

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# The Axelrod library is a test-only oracle (it pulls in torch), kept out of requirements.txt
# so that students, Binder and the book do not install it.
$(ORACLE): $(STAMP) requirements-oracle.txt
	$(BIN)/python -m pip install --quiet -r requirements-oracle.txt
	touch $(ORACLE)

setup: $(STAMP)
test-setup: $(ORACLE)

# No calls home at run time (news feed, update check, PyPI extension manager); root is
# allowed because containers and CI machines run as root.
LAB_FLAGS := --LabApp.news_url= --LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate \
             --LabApp.extension_manager=readonly $(if $(filter 0,$(shell id -u)),--allow-root)

## make lab: open JupyterLab on the chapters (live mode: every slider calls Python).
lab: setup
	$(BIN)/jupyter lab $(LAB_FLAGS) --ServerApp.root_dir=notebooks

## make book: build the site into _build/html (static mode: sliders work without a kernel),
## then print the build time and each page's weight. The chapters' outputs come from
## _build/.jupyter_cache/<hash of dilemma_lib>, so only changed chapters (or, after any change
## to the library, all of them) are executed again; the pages are always re-read and written.
book: setup
	rm -rf _build/html
	@start=$$(date +%s) && $(BIN)/jupyter-book build . --all -W -n --keep-going \
	  && $(BIN)/python tools/book_report.py _build/html --check --seconds $$(( $$(date +%s) - start ))

## make test: lint, unit/property/doctests with coverage, nbval strict on the committed
## notebooks, the book built with warnings as errors, and the browser test of the built site.
# One BLAS thread: the models multiply tiny matrices, where thread start-up costs more than
# the arithmetic.
test: test-setup lint
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest --nbval notebooks tests dilemma_lib \
	  --cov=dilemma_lib/models --cov-report=term-missing:skip-covered --cov-fail-under=95

lint: setup
	$(BIN)/ruff check dilemma_lib tests benchmarks book/_ext

## make notebooks: re-execute the chapters in place (live mode) after changing them.
notebooks: setup
	for nb in notebooks/*.ipynb; do \
	  $(BIN)/jupyter nbconvert --to notebook --execute --inplace "$$nb" || exit 1; done

## make benchmark: the timings the issues ask for.
benchmark: test-setup
	for script in benchmarks/*.py; do $(BIN)/python "$$script" || exit 1; done

clean:
	rm -rf _build .pytest_cache .hypothesis

# --- Instructors (issue 9): the student version, the nbgrader course, their tests ----------
# nbgrader (make assignments) and repo2docker (a test-only check of the Binder image) are
# pinned in requirements-instructor.txt and kept out of requirements.txt, so students,
# Binder and the book do not install them; 'make test' does (test-setup needs them).
INSTRUCTOR := $(VENV)/.installed-instructor
COURSE     ?= _build/nbgrader

.PHONY: instructor-setup student assignments lint-tools

$(INSTRUCTOR): $(STAMP) requirements-instructor.txt
	$(BIN)/python -m pip install --quiet -r requirements-instructor.txt
	touch $(INSTRUCTOR)

instructor-setup: $(INSTRUCTOR)
test-setup: $(INSTRUCTOR)
lint: lint-tools

lint-tools: setup
	$(BIN)/ruff check tools

## make student: every chapter without solutions and outputs, into _build/student.
student: setup
	$(BIN)/python tools/student_version.py notebooks _build/student

## make assignments: the nbgrader course in $(COURSE) (source/ from the chapters, then
## release/ by nbgrader generate_assignment). Grade with nbgrader there (see the guide).
assignments: $(INSTRUCTOR)
	$(BIN)/python tools/make_assignments.py notebooks $(COURSE) --generate
