"""Shared pytest set-up: a fast, deterministic hypothesis profile for every property test;
the browser; and the book, built once per test session and served locally."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from browser_support import CHROMIUM, CHROMIUM_FLAGS, ROOT, serve
from hypothesis import HealthCheck, settings

settings.register_profile(
    "course",
    max_examples=60,
    deadline=None,  # timing belongs in benchmarks/, not in tests
    derandomize=True,  # the same examples on every run and machine
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("course")


# --- browser tests: Debian's Chromium driven by Playwright ---------------------------------

@pytest.fixture(scope="session")
def browser():
    # On CI a missing browser is a failure, never a skip.
    assert shutil.which(CHROMIUM), f"{CHROMIUM} is missing: apt-get install chromium"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


# --- the book: built once per session, shared by tests/test_book.py and tests/test_site_*.py --

@pytest.fixture(scope="session")
def built_book(tmp_path_factory) -> Path:
    """Build the whole book with warnings as errors (-W -n), into a fresh output folder.

    The chapters' outputs come from jupyter-cache under ``_build/.jupyter_cache/<hash of
    dilemma_lib>`` (see book/_ext/dilemma_book.py), so a session after ``make book`` does not
    execute them again, and a session after any change to the library executes them all.
    ``DILEMMA_BUILT_BOOK=<folder>`` reuses a built ``_build/html`` instead: for working on the
    tests only, never in ``make test``."""
    if os.environ.get("DILEMMA_BUILT_BOOK"):
        return Path(os.environ["DILEMMA_BUILT_BOOK"]).resolve()
    output = tmp_path_factory.mktemp("book")
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    result = subprocess.run(
        [str(jupyter_book), "build", str(ROOT), "--path-output", str(output), "--all",
         "-W", "-n", "--keep-going"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return output / "_build" / "html"


@pytest.fixture(scope="session")
def site_url(built_book):
    with serve(built_book) as url:
        yield url
