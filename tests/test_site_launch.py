"""Launch buttons: with the repository's and the services' addresses in the configuration, every
chapter gets a Binder and a JupyterHub (nbgitpuller) link of the right form. (Without them,
tests/test_book.py checks that there is none.) The download button gives the .ipynb."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import nbformat
import pytest
import yaml
from browser_support import CHAPTER_PAGES, ROOT, PageWatch

REPOSITORY = "https://github.com/example-org/security-dilemma-course"
BINDER = "https://mybinder.org"
HUB = "https://hub.example.edu"


@pytest.fixture(scope="module")
def launch_book(tmp_path_factory) -> Path:
    """The book's first chapter built with a copy of _config.yml that names a repository, a
    BinderHub and a JupyterHub (and a table of contents of the intro and that chapter only:
    the outputs come from the same execution cache as the full build)."""
    folder = tmp_path_factory.mktemp("launch")
    config = yaml.safe_load((ROOT / "_config.yml").read_text())
    config["repository"] = {"url": REPOSITORY, "branch": "main", "path_to_book": ""}
    config["launch_buttons"].update(binderhub_url=BINDER, jupyterhub_url=HUB)
    # Paths in a configuration file are relative to its folder: point them back at the book.
    config["sphinx"]["local_extensions"] = {
        name: str(ROOT / path) for name, path in config["sphinx"]["local_extensions"].items()}
    config["html"]["favicon"] = str(ROOT / config["html"]["favicon"])
    config["bibtex_bibfiles"] = [str(ROOT / path) for path in config["bibtex_bibfiles"]]
    (folder / "_config.yml").write_text(yaml.safe_dump(config))
    toc = {"format": "jb-book", "root": "book/intro",
           "chapters": [{"file": CHAPTER_PAGES[0].removesuffix(".html")}]}
    (folder / "_toc.yml").write_text(yaml.safe_dump(toc))
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    result = subprocess.run(
        [str(jupyter_book), "build", str(ROOT), "--path-output", str(folder),
         "--config", str(folder / "_config.yml"), "--toc", str(folder / "_toc.yml")],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return folder / "_build" / "html"


def test_launch_links_have_the_binder_and_nbgitpuller_forms(launch_book):
    chapter = CHAPTER_PAGES[0]
    notebook = chapter.removesuffix(".html") + ".ipynb"
    page = (launch_book / chapter).read_text()
    links = [html.unescape(link) for link in re.findall(r'href="([^"]+)"', page)]
    binder = [link for link in links if link.startswith(BINDER)]
    hub = [link for link in links if link.startswith(HUB)]
    assert binder == [f"{BINDER}/v2/gh/example-org/security-dilemma-course/main"
                      f"?urlpath=lab/tree/{notebook}"]
    assert len(hub) == 1
    url = urlsplit(hub[0])
    assert url.path == "/hub/user-redirect/git-pull"
    assert parse_qs(url.query) == {"repo": [REPOSITORY], "branch": ["main"],
                                   "urlpath": [f"lab/tree/security-dilemma-course/{notebook}"]}
    # The notebook each link opens is the one in the repository.
    assert (ROOT / notebook).is_file()


@pytest.mark.browser
def test_the_download_button_saves_a_real_notebook(browser, site_url, tmp_path):
    chapter = CHAPTER_PAGES[0]
    page = browser.new_page(accept_downloads=True)
    watch = PageWatch(page, site_url)
    page.goto(f"{site_url}/{chapter}", wait_until="networkidle")
    page.locator(".dropdown-download-buttons > button").click()
    link = page.locator('a.btn-download-source-button[href$=".ipynb"]')
    assert link.get_attribute("download"), "the link would open the JSON in a tab"
    with page.expect_download() as download:
        link.click()
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    page.close()
    assert target.suffix == ".ipynb"
    nbformat.validate(nbformat.read(target, as_version=4))
    assert watch.failed == [] and watch.errors == []
