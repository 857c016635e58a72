"""A real JupyterLab, driven by Debian's Chromium: open each chapter, run all cells, move a
live slider, and see the figure change through the kernel, with no error output; and read
every rendered markdown cell, which must show no raw MyST (jupyterlab-myst renders it)."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from browser_support import CHAPTERS, ROOT, PageWatch, visible_frame
from playwright.sync_api import TimeoutError as PlaywrightTimeout


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def lab_url(tmp_path_factory):
    # Work on copies: running the chapters must not touch the committed notebooks.
    workdir = tmp_path_factory.mktemp("lab")
    for chapter in CHAPTERS:
        shutil.copy(ROOT / "notebooks" / f"{chapter}.ipynb", workdir)
    # Notebook windowing off, so that every cell is in the page and can be read.
    settings = tmp_path_factory.mktemp("lab-settings")
    tracker = settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True)
    tracker.write_text(json.dumps({"windowingMode": "none"}))
    workspaces = tmp_path_factory.mktemp("lab-workspaces")
    port = free_port()
    jupyter = Path(sys.executable).with_name("jupyter")
    server = subprocess.Popen(
        [str(jupyter), "lab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         "--IdentityProvider.token=", "--ServerApp.password=", "--allow-root",
         f"--ServerApp.root_dir={workdir}", "--LabApp.expose_app_in_browser=True",
         f"--LabApp.user_settings_dir={settings}", f"--LabApp.workspaces_dir={workspaces}",
         "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         "--LabApp.extension_manager=readonly"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/status", timeout=2)
            break
        except OSError:
            assert time.monotonic() < deadline, "JupyterLab did not start within 60 s"
            time.sleep(0.5)
    yield url
    server.terminate()
    server.wait(timeout=30)


@pytest.mark.browser
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_runs_in_jupyterlab_and_live_sliders_answer(browser, lab_url, chapter):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    watch = PageWatch(page, lab_url)
    # ?reset: a fresh workspace, so that the chapters opened before do not come back as tabs
    page.goto(f"{lab_url}/lab/tree/{chapter}.ipynb?reset", wait_until="domcontentloaded")
    page.wait_for_function("window.jupyterapp && window.jupyterapp.shell.currentWidget"
                           " && window.jupyterapp.shell.currentWidget.sessionContext"
                           " && window.jupyterapp.shell.currentWidget.sessionContext.session"
                           " && window.jupyterapp.shell.currentWidget.sessionContext.session"
                           ".kernel", timeout=60_000)
    page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_function(
        "[...document.querySelectorAll('.jp-InputArea-prompt')].every("
        "p => !p.textContent.includes('*')) && document.querySelectorAll("
        "'.dilemma-explorable').length >= 2", timeout=120_000)
    errors = page.locator("[data-mime-type='application/vnd.jupyter.stderr'], "
                          "[data-mime-type='application/vnd.jupyter.error']")
    assert errors.count() == 0, errors.all_inner_texts()
    explorable = page.locator(".dilemma-explorable").first
    explorable.scroll_into_view_if_needed()
    before = visible_frame(explorable)
    handle = explorable.locator(".noUi-handle").first
    handle.focus()
    handle.press("ArrowRight")
    page.wait_for_function(
        "([element, before]) => element.querySelector('.dilemma-frame img').src !== before",
        arg=[explorable.element_handle(), before], timeout=10_000)
    assert watch.blocked == [], "JupyterLab asked for something outside this machine"
    # Each chapter starts a kernel: stop it, so that ten chapters do not run side by side.
    page.evaluate("async () => await window.jupyterapp.serviceManager.sessions.shutdownAll()")
    page.close()


# What raw MyST looks like when nothing renders it: roles, directive fences, option lines.
RAW_MYST = re.compile(r"\{(cite(:\w+)?|term|doc|ref|numref|eq)\}|```\{|^\s*:(label|class|name):",
                      re.MULTILINE)

# The text a reader sees of each markdown cell: the rendered part, not the hidden editor.
RENDERED_MARKDOWN = """() => [...document.querySelectorAll('.jp-MarkdownCell')].map(cell => {
  const area = cell.querySelector('.jp-Cell-inputArea').cloneNode(true);
  area.querySelectorAll('.jp-InputArea-editor, .jp-InputPrompt, jp-toolbar')
      .forEach(e => e.remove());
  return area.textContent;
})"""


def raw_myst_fragments(texts: list[str]) -> list[str]:
    return [match.group(0) for text in texts for match in RAW_MYST.finditer(text)]


def test_the_raw_myst_pattern_finds_what_it_should():
    raw = ["See {cite}`jervis1978` and {term}`anarchy`.", "```{exercise}\n:label: x",
           "{doc}`glossary <g>` {cite:p}`a`"]
    assert raw_myst_fragments(raw) == ["{cite}", "{term}", "```{", ":label:", "{doc}",
                                       "{cite:p}"]
    assert raw_myst_fragments(["Exercise 1", "p* = 2/3 {not a role}"]) == []


@pytest.mark.browser
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_jupyterlab_renders_the_chapters_myst(browser, lab_url, chapter):
    notebook = json.loads((ROOT / "notebooks" / f"{chapter}.ipynb").read_text())
    markdown_cells = sum(cell["cell_type"] == "markdown" for cell in notebook["cells"])
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{lab_url}/lab/tree/{chapter}.ipynb?reset", wait_until="domcontentloaded")
    page.wait_for_function(
        f"document.querySelectorAll('.jp-MarkdownCell.jp-mod-rendered').length "
        f">= {markdown_cells}", timeout=60_000)
    # MyST renders asynchronously after the cell is marked rendered: give it until the
    # exercise and solution directives have become headings, or time out and report.
    with contextlib.suppress(PlaywrightTimeout):  # the assertion below says what is raw
        page.wait_for_function(f"({RENDERED_MARKDOWN})().every(t => !t.includes('```{{'))",
                               timeout=20_000)
    texts = page.evaluate(RENDERED_MARKDOWN)
    page.close()
    assert len(texts) == markdown_cells
    fragments = raw_myst_fragments(texts)
    assert fragments == [], f"{len(fragments)} fragments of raw MyST in JupyterLab"
