"""The book: built with warnings as errors, then opened in Debian's Chromium (via Playwright)
with every request outside the site blocked. The static sliders must move the figures with
no kernel, and the page must make no failed request and log no console error."""

from __future__ import annotations

import functools
import http.server
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from browser_support import CHAPTERS, ROOT, PageWatch, visible_frame


@pytest.fixture(scope="session")
def built_book(tmp_path_factory) -> Path:
    """Build the whole book from scratch with warnings as errors (-W -n)."""
    output = tmp_path_factory.mktemp("book")
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    result = subprocess.run(
        [str(jupyter_book), "build", str(ROOT), "--path-output", str(output), "--all",
         "-W", "-n", "--keep-going"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return output / "_build" / "html"


def test_book_holds_every_chapter_and_self_hosted_javascript(built_book):
    for chapter in CHAPTERS:
        page = (built_book / "notebooks" / f"{chapter}.html").read_text()
        assert "application/vnd.jupyter.widget-state+json" in page
        assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "unpkg" not in page
    for asset in ("require.js", "html-manager/embed-amd.js", "mathjax/tex-chtml.js"):
        assert (built_book / "_static" / "course-js" / asset).is_file(), asset


@pytest.fixture(scope="session")
def site_url(built_book):
    handler = functools.partial(_QuietHandler, directory=str(built_book))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.mark.browser
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_static_sliders_move_the_figures_without_a_kernel(browser, site_url, chapter):
    page = browser.new_page()
    watch = PageWatch(page, site_url)
    page.goto(f"{site_url}/notebooks/{chapter}.html", wait_until="networkidle")
    explorables = page.locator(".dilemma-explorable")
    explorables.first.wait_for(timeout=30_000)
    assert explorables.count() >= 2
    assert page.locator("mjx-container").count() > 0, "MathJax did not typeset the formulas"
    for index in range(explorables.count()):
        explorable = explorables.nth(index)
        handles = explorable.locator(".noUi-handle")
        assert handles.count() >= 1
        for slider in range(handles.count()):
            before = visible_frame(explorable)
            handles.nth(slider).focus()
            for _ in range(3):
                handles.nth(slider).press("ArrowRight")
            page.wait_for_timeout(100)
            assert visible_frame(explorable) != before, (
                f"explorable {index}, slider {slider}: the figure did not change")
    page.wait_for_load_state("networkidle")
    assert watch.blocked == [], "third-party requests"
    assert watch.failed == [], "failed requests"
    assert watch.errors == [], "console errors:\n" + "\n".join(watch.errors)
    page.close()


@pytest.fixture(scope="session")
def axe_source(tmp_path_factory) -> str:
    """axe-core, fetched from the npm registry at the pinned version and hash, like the
    book's own JavaScript (and with the same code), for the accessibility checks."""
    sys.path.insert(0, str(ROOT / "book" / "_ext"))
    import dilemma_book

    folder = tmp_path_factory.mktemp("axe")
    pin = json.loads((ROOT / "book" / "js" / "pins.json").read_text())["test_packages"][
        "axe-core"]
    dilemma_book.unpack(dilemma_book.fetch("axe-core", pin, folder), pin, folder)
    return (folder / "axe.min.js").read_text()


# What the course itself draws: the explorables, the exercise feedback and the chapter text.
# (The theme's own navigation is pydata-sphinx-theme's to fix, not ours.)
AXE_CONTEXT = {"include": [[".dilemma-explorable"], [".dilemma-feedback"], ["main article"]]}


@pytest.mark.browser
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_what_the_course_draws_passes_axe(browser, site_url, axe_source, chapter):
    page = browser.new_page()
    page.goto(f"{site_url}/notebooks/{chapter}.html", wait_until="networkidle")
    page.locator(".dilemma-explorable").first.wait_for(timeout=30_000)
    page.add_script_tag(content=axe_source)
    violations = page.evaluate("async (context) => (await axe.run(context, {resultTypes: "
                               "['violations']})).violations.map(v => [v.id, v.impact, "
                               "v.nodes.length, v.nodes[0].target.join(' ')])", AXE_CONTEXT)
    page.close()
    assert violations == []
