"""The book: built once per session with warnings as errors (``built_book`` in conftest.py),
then read as files and opened page by page in Debian's Chromium (via Playwright), with every
request outside the site blocked and text compressed as a static host would.

Every page loads with no failed request and no console error, and weighs at most 6 MB with
everything it loads; every link inside the site resolves; every static slider moves its figure
and every static exercise answers, with no kernel; every image has alt text; axe-core finds no
serious or critical violation in what the course draws; the search finds a glossary term and
a chapter; and a 390 px phone screen never scrolls sideways and leaves every slider's track at
least half its explorable's width."""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

import nbformat
import pytest
from browser_support import CHAPTER_PAGES, CHAPTERS, ROOT, SITE_PAGES, PageWatch, visible_frame

sys.path.insert(0, str(ROOT / "tools"))
import book_report

PAGE_LIMIT = book_report.PAGE_LIMIT  # 6 MB over the wire, with everything the page loads
SITE_LIMIT = book_report.SITE_LIMIT  # 80 MB on disk
WIDGETS_TIMEOUT = 30_000


# --- the built files ------------------------------------------------------------------------

def test_book_holds_every_chapter_and_self_hosted_javascript(built_book):
    for chapter in CHAPTERS:
        page = built_book / "notebooks" / f"{chapter}.html"
        assert page.is_file(), f"{chapter} is not in the book: add it to _toc.yml"
        text = page.read_text()
        assert "cdn.jsdelivr" not in text and "cdnjs" not in text and "unpkg" not in text
    for asset in ("require.js", "html-manager/embed-amd.js", "mathjax/tex-chtml.js",
                  "mathjax/output/chtml/fonts/woff-v2/MathJax_Main-Regular.woff"):
        assert (built_book / "_static" / "course-js" / asset).is_file(), asset
    # Only what the pages load: no other MathJax combined component, no legacy font format.
    shipped = {p.name for p in (built_book / "_static" / "course-js").rglob("*")}
    assert not shipped & {"tex-svg.js", "tex-mml-chtml.js", "mml-chtml.js", "tex-chtml-full.js"}
    assert not [name for name in shipped if name.endswith((".eot", ".ttf", ".map"))]


def test_site_and_pages_are_light(built_book):
    rows, total = book_report.report(built_book)
    assert total <= SITE_LIMIT, f"the site is {total / 1e6:.1f} MB"
    over = [(name, round(wire / 1e6, 2)) for name, _, wire in rows if wire > PAGE_LIMIT]
    assert over == [], "pages over 6 MB with everything they load"


def test_widget_only_cells_are_folded_and_teaching_cells_are_not(built_book):
    folded = visible = 0
    for page in CHAPTER_PAGES:
        html = (built_book / page).read_text()
        folded += html.count('class="cell tag_hide-input')
        visible += len(re.findall(r'class="cell (?!tag_hide-input)[^"]*"', html))
    assert folded > 0, "no widget-only cell is folded"
    assert visible > 0, "every code cell is folded: the ones that teach Python must show"


def test_every_frame_a_page_holds_has_alt_text(built_book):
    """Not only the frames a browser shows at first: every frame in the saved widget state."""
    missing = []
    for page in CHAPTER_PAGES:
        text = (built_book / page).read_text()
        for state in re.findall(r'<script type="application/vnd.jupyter.widget-state\+json">'
                                r"(.*?)</script>", text, re.S):
            for model in json.loads(state)["state"].values():
                value = model.get("state", {}).get("value")
                if isinstance(value, str) and "<img" in value:
                    missing += [page for tag in re.findall(r"<img[^>]*>", value)
                                if not re.search(r'alt="[^"]*\S[^"]*"', tag)]
    assert missing == [], "frames without alt text"


def test_the_fold_rule_folds_widget_calls_only():
    sys.path.insert(0, str(ROOT / "book" / "_ext"))
    import dilemma_book

    aliases = dilemma_book.widget_aliases([{"cell_type": "code", "source": [
        "from dilemma_lib.widgets import chapter02 as explorables\n",
        "from dilemma_lib.exercises import chapter02 as exercises\n",
        "from dilemma_lib.models.games import classify"]}])
    assert aliases == {"explorables", "exercises"}
    folded = dilemma_book.only_displays_a_widget
    assert folded("explorables.payoff_explorer()", aliases)
    assert folded('answer = None  # e.g. "Chicken"\nexercises.game_type(answer)', aliases)
    assert not folded("classify(game)", aliases)
    assert not folded("game = make()\nexplorables.payoff_explorer(game)", aliases)
    assert not folded("for x in range(3):\n    explorables.payoff_explorer()", aliases)
    assert not folded("import os; explorables.payoff_explorer()", aliases)


def test_the_download_button_gives_the_notebook(built_book):
    for page in CHAPTER_PAGES:
        html = (built_book / page).read_text()
        links = re.findall(r'href="([^"]+\.ipynb)"', html)
        assert links, f"{page}: no .ipynb download link"
        notebook = (built_book / page).parent / links[0]
        nbformat.validate(nbformat.read(notebook, as_version=4))


def test_launch_buttons_are_off_until_the_config_names_the_services(built_book):
    for page in CHAPTER_PAGES:
        html = (built_book / page).read_text()
        assert "dropdown-launch-buttons" not in html and "/v2/gh/" not in html, page
        assert "git-pull" not in html, page


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "a" and a.get("href") is not None:
            self.hrefs.append(a["href"])


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(errors="replace"))
    return parser


def dead_links(site: Path) -> list[str]:
    """Every link of every page of the site whose target file, or anchor in it, is missing."""
    parsed: dict[Path, _Links] = {}
    dead = []
    pages = [p for p in site.rglob("*.html") if p.relative_to(site).parts[0] != "_static"]
    for page in pages:
        base = "http://site/" + page.relative_to(site).as_posix()
        for href in parsed.setdefault(page, _parse(page)).hrefs:
            url = urlsplit(urljoin(base, href))
            if url.scheme in ("mailto", "javascript") or url.netloc != "site":
                continue  # links out of the site are fine; requests out of it are not
            target = site / unquote(url.path.lstrip("/"))
            if target.is_dir():
                target = target / "index.html"
            where = f"{page.relative_to(site)}: {href}"
            if not target.is_file():
                dead.append(where)
            elif url.fragment and target.suffix == ".html":
                ids = parsed.setdefault(target, _parse(target)).ids
                if unquote(url.fragment) not in ids:
                    dead.append(where + " (no such anchor)")
    return dead


def test_every_link_inside_the_site_resolves(built_book):
    assert dead_links(built_book) == []


def test_every_page_is_crawled(built_book):
    pages = {p.relative_to(built_book).as_posix() for p in built_book.rglob("*.html")
             if p.relative_to(built_book).parts[0] not in ("_static", "_sources")}
    assert set(SITE_PAGES) <= pages
    assert pages - set(SITE_PAGES) <= {"index.html"}, "pages that no test opens"


# --- in the browser ---------------------------------------------------------------------------

def open_page(browser, site_url: str, path: str, **context):
    page = browser.new_page(**context)
    watch = PageWatch(page, site_url)
    page.goto(f"{site_url}/{path}", wait_until="networkidle")
    if page.locator('script[type="application/vnd.jupyter.widget-view+json"]').count():
        page.locator(".dilemma-explorable, .dilemma-exercise").first.wait_for(
            timeout=WIDGETS_TIMEOUT)
    if page.locator(".math").count():
        page.locator("mjx-container").first.wait_for(timeout=WIDGETS_TIMEOUT)
    return page, watch


@pytest.mark.browser
@pytest.mark.parametrize("path", SITE_PAGES)
def test_page_loads_cleanly_and_light_with_alt_text(browser, site_url, path):
    page, watch = open_page(browser, site_url, path)
    views = page.locator('script[type="application/vnd.jupyter.widget-view+json"]').count()
    drawn = page.locator(".dilemma-explorable, .dilemma-exercise").count()
    math = page.locator(".math").count()
    typeset = page.locator("mjx-container").count()
    no_alt = page.evaluate("() => [...document.images].filter(i => !(i.getAttribute('alt') "
                           "|| '').trim()).map(i => i.src.slice(0, 80))")
    page.wait_for_load_state("networkidle")
    transferred = watch.transferred()
    page.close()
    assert watch.blocked == [], "third-party requests"
    assert watch.failed == [], "failed requests"
    assert watch.errors == [], "console errors:\n" + "\n".join(watch.errors)
    assert drawn >= views, f"{views} widgets in the page, {drawn} drawn"
    assert typeset >= (1 if math else 0), "MathJax did not typeset the formulas"
    assert no_alt == [], "images without alt text"
    assert transferred <= PAGE_LIMIT, f"the page loads {transferred / 1e6:.2f} MB"


@pytest.mark.browser
def test_mathjax_loads_what_it_loads_on_demand(browser, site_url):
    """TeX extensions (autoload, \\require) and the accessibility explorer of MathJax's menu
    come from the site too: loading them makes no failed request."""
    path = next((p for p in CHAPTER_PAGES), SITE_PAGES[0])
    page, watch = open_page(browser, site_url, path)
    page.evaluate("() => MathJax.startup.promise")
    page.evaluate("async () => { await MathJax.loader.load('[tex]/cancel', '[tex]/color', "
                  "'[tex]/mhchem', 'a11y/explorer');"
                  " const div = document.createElement('div'); div.textContent = "
                  "'\\\\(\\\\require{cancel}\\\\cancel{x} + \\\\ce{H2O}\\\\)';"
                  " document.querySelector('main article').append(div);"
                  " await MathJax.typesetPromise([div]); }")
    page.wait_for_load_state("networkidle")
    page.close()
    assert watch.failed == [] and watch.blocked == [] and watch.errors == []


def _handles(explorable):
    return explorable.locator(".noUi-handle")


def shown_frame(explorable) -> tuple[str, str]:
    """The frame an explorable shows: its figure and its verdict (a figure can stay the same
    where the verdict changes, e.g. a game whose payoffs all tie)."""
    verdict = explorable.locator(".dilemma-frame:visible .dilemma-verdict")
    return visible_frame(explorable), " ".join(verdict.all_inner_texts())


@pytest.mark.browser
@pytest.mark.parametrize("path", CHAPTER_PAGES)
def test_static_sliders_move_the_figures_without_a_kernel(browser, site_url, path):
    page, watch = open_page(browser, site_url, path)
    explorables = page.locator(".dilemma-explorable")
    for index in range(explorables.count()):
        explorable = explorables.nth(index)
        handles = _handles(explorable)
        assert handles.count() >= 1, f"explorable {index} has no slider"
        for slider in range(handles.count()):
            before = shown_frame(explorable)
            handle = handles.nth(slider)
            handle.focus()
            for key in ("End", "Home"):  # to the far end, or back to the start if it was there
                handle.press(key)
                page.wait_for_timeout(100)
                if shown_frame(explorable) != before:
                    break
            assert shown_frame(explorable) != before, (
                f"explorable {index}, slider {slider}: the figure did not change")
    page.close()
    assert watch.errors == [], "console errors:\n" + "\n".join(watch.errors)


def _expected_feedback() -> dict[tuple[str, ...], list[str]]:
    """Option labels -> the check's feedback text for each, for every exercise of the course."""
    from dilemma_lib.exercises.catalogue import all_exercises

    return {tuple(label for label, _ in exercise.feedback()):
            [" ".join(f"{fb.heading} {fb.message}".split()) for _, fb in exercise.feedback()]
            for exercise in all_exercises().values()}


@pytest.mark.browser
@pytest.mark.parametrize("path", CHAPTER_PAGES)
def test_static_exercises_answer_without_a_kernel(browser, site_url, path):
    """Issue 6: no feedback before a choice; each choice shows its own feedback, the one the
    check gives; exactly one option is judged correct."""
    expected = _expected_feedback()
    page, watch = open_page(browser, site_url, path)
    exercises = page.locator(".dilemma-exercise")
    for index in range(exercises.count()):
        exercise = exercises.nth(index)
        shown = exercise.locator(".dilemma-feedback:visible")
        assert shown.count() == 0, f"exercise {index}: feedback shows before any choice"
        options = exercise.locator(".widget-radio-box label")
        labels = [" ".join(t.split()) for t in options.all_inner_texts()]
        assert len(labels) >= 3, f"exercise {index}: {labels}"
        texts, correct = [], []
        previous = ""
        for option in range(len(labels)):
            options.nth(option).click()
            page.wait_for_timeout(50)
            assert shown.count() == 1, f"exercise {index}, option {labels[option]!r}: " \
                                       f"{shown.count()} feedbacks shown"
            text = " ".join(shown.inner_text().split())
            texts.append(text)
            assert text != previous or texts.count(text) > 1, (
                f"exercise {index}: choosing {labels[option]!r} did not change the feedback")
            previous = text
            if shown.locator("strong").inner_text().strip() == "Correct.":
                correct.append(labels[option])
        assert len(correct) == 1, f"exercise {index}: options judged correct: {correct}"
        assert tuple(labels) in expected, f"exercise {index} ({labels}) is not in the catalogue"
        assert texts == expected[tuple(labels)], f"exercise {index} disagrees with its check"
    page.close()
    assert watch.errors == [], "console errors:\n" + "\n".join(watch.errors)


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


# What the course itself draws: the page's article (text, explorables, exercises and their
# feedback), or its main part where there is no article (the search page). The theme's own
# navigation is pydata-sphinx-theme's to fix, not ours.
AXE_RUN = """async () => {
  const where = document.querySelector('main article') ? 'main article' : 'main';
  const result = await axe.run({include: [[where]]}, {resultTypes: ['violations']});
  return result.violations.map(v => [v.id, v.impact, v.nodes.length,
                                     v.nodes[0].target.join(' ')]);
}"""


@pytest.mark.browser
@pytest.mark.parametrize("path", SITE_PAGES)
def test_what_the_course_draws_passes_axe(browser, site_url, axe_source, path):
    page, _ = open_page(browser, site_url, path)
    # Show one feedback per exercise, so that axe sees it too.
    for exercise in page.locator(".dilemma-exercise").all():
        exercise.locator(".widget-radio-box label").first.click()
    page.add_script_tag(content=axe_source)
    violations = page.evaluate(AXE_RUN)
    page.close()
    print(f"axe {path}: {violations or 'no violations'}")
    serious = [v for v in violations if v[1] in ("serious", "critical")]
    assert serious == []


@pytest.mark.browser
def test_search_finds_a_glossary_term_and_a_chapter(browser, site_url, built_book):
    glossary = (built_book / "book" / "glossary.html").read_text()
    term = re.sub(r"<[^>]+>", "", re.search(r"<dt[^>]*>(.*?)</dt>", glossary, re.S)[1])
    term = term.replace("¶", "").strip()
    chapter = CHAPTER_PAGES[0]
    title = re.search(r"<h1>(.*?)<a", (built_book / chapter).read_text(), re.S)[1]
    title = re.sub(r"<[^>]+>", "", title).strip()
    for query, wanted in ((term, "book/glossary.html"), (title, chapter)):
        page = browser.new_page()
        PageWatch(page, site_url)
        page.goto(f"{site_url}/search.html?q={quote(query)}", wait_until="networkidle")
        page.locator("#search-results li").first.wait_for(timeout=WIDGETS_TIMEOUT)
        links = page.eval_on_selector_all("#search-results li a", "as => as.map(a => a.href)")
        page.close()
        assert any(wanted in link for link in links), f"searching {query!r}: {links}"


PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True}


@pytest.mark.browser
@pytest.mark.parametrize("path", SITE_PAGES)
def test_a_phone_screen_never_scrolls_sideways_and_sliders_keep_their_track(
        browser, site_url, path):
    page, _ = open_page(browser, site_url, path, **PHONE)
    page.wait_for_timeout(200)
    widths = page.evaluate("() => [document.documentElement.scrollWidth, "
                           "document.documentElement.clientWidth]")
    tracks = page.evaluate("""() => [...document.querySelectorAll('.dilemma-explorable')]
        .flatMap(e => [...e.querySelectorAll('.widget-slider')].map(s => [
            s.querySelector('.widget-label').textContent.trim(),
            s.querySelector('.slider-container').getBoundingClientRect().width,
            e.getBoundingClientRect().width]))""")
    overflowing = page.evaluate("""() => [...document.querySelectorAll(
        '.dilemma-explorable img, .dilemma-frame, figure img, figcaption, .dilemma-exercise')]
        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map(e => e.tagName + '.' + e.className)""")
    page.close()
    assert widths[0] <= widths[1], f"the page is {widths[0]} px wide on a {widths[1]} px screen"
    short = [(label, round(track), round(box)) for label, track, box in tracks
             if track < box / 2]
    assert short == [], "slider tracks shorter than half their explorable (label, track, box)"
    assert overflowing == [], "figures, captions or exercises wider than the screen"
