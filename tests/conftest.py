"""Shared pytest set-up: a fast, deterministic hypothesis profile for every property test."""

import shutil

import pytest
from browser_support import CHROMIUM, CHROMIUM_FLAGS
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
