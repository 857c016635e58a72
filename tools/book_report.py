"""Print the book's build time, each page's weight and the site's total; check the limits.

    python tools/book_report.py [_build/html] [--seconds N] [--check]

A page's weight is its HTML plus everything it loads: the scripts, stylesheets, images and
icon it names, the search index, the web fonts its stylesheets declare (the woff2 a browser
takes first), and what the course's JavaScript fetches by itself (the widget manager's icon
fonts, MathJax's fonts, counted in full). Two columns: bytes on disk, and bytes over the wire
from a host that compresses text (gzip; GitHub Pages, Netlify, Read the Docs and nginx's
defaults do), which is what a reader downloads. ``--check`` exits non-zero when a page is over
``PAGE_LIMIT`` over the wire or the site over ``SITE_LIMIT`` on disk.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

MB = 1_000_000
PAGE_LIMIT = 6 * MB
SITE_LIMIT = 80 * MB
COMPRESSED_SUFFIXES = {".html", ".js", ".css", ".json", ".svg", ".txt", ".map", ".ipynb"}
# Files that the course's scripts fetch by themselves, not named in any HTML or CSS.
DYNAMIC = {
    "_static/course-js/html-manager/embed-amd.js": "_static/course-js/html-manager/*.woff2",
    "_static/course-js/mathjax/tex-chtml.js": "_static/course-js/mathjax/output/chtml/fonts/"
                                              "woff-v2/*.woff",
}
ALWAYS = ("searchindex.js",)  # the theme's search box loads the index on every page


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script" and a.get("src"):
            self.urls.append(a["src"])
        elif tag == "link" and a.get("href") and set((a.get("rel") or "").split()) & {
                "stylesheet", "icon", "preload"}:
            self.urls.append(a["href"])
        elif tag in ("img", "source") and a.get("src"):
            self.urls.append(a["src"])


def pages(site: Path) -> list[Path]:
    """Every HTML page of the site (not the theme's or the sources' files)."""
    return sorted(p for p in site.rglob("*.html")
                  if not p.relative_to(site).parts[0].startswith(("_static", "_sources")))


def resolve(site: Path, base: Path, url: str) -> Path | None:
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return None  # data: URLs are inside the page; others would be third-party requests
    target = (base.parent / unquote(parts.path)).resolve()
    return target if target.is_file() and target.is_relative_to(site.resolve()) else None


def _font_urls(css: str) -> list[str]:
    """The url()s a browser fetches from a stylesheet: the woff2 of each @font-face (or its
    first source), and every other url()."""
    urls = []
    for face in re.findall(r"@font-face\s*{([^}]*)}", css):
        sources = re.findall(r"url\(([^)]+)\)", face)
        woff2 = [u for u in sources if ".woff2" in u]
        urls.extend((woff2 or sources)[:1])
    rest = re.sub(r"@font-face\s*{[^}]*}", "", css)
    urls.extend(re.findall(r"url\(([^)]+)\)", rest))
    return [u.strip("'\" ") for u in urls]


@functools.cache
def loads(site: Path, file: Path) -> frozenset[Path]:
    """The files a file makes the browser fetch, itself included (recursively for CSS)."""
    found = {file}
    relative = file.relative_to(site.resolve()).as_posix()
    if relative in DYNAMIC:
        found.update(site.resolve().glob(DYNAMIC[relative]))
    if file.suffix == ".css":
        for url in _font_urls(file.read_text(errors="replace")):
            target = resolve(site, file, url)
            if target is not None and target not in found:
                found |= loads(site, target)
    return frozenset(found)


def page_files(site: Path, page: Path) -> set[Path]:
    parser = _References()
    parser.feed(page.read_text(errors="replace"))
    files = {page.resolve()}
    for url in [*parser.urls, *(str(site / name) for name in ALWAYS)]:
        target = resolve(site, page, url) if not url.startswith("/") else Path(url)
        if target is not None and target.is_file():
            files |= loads(site.resolve(), target.resolve())
    return files


@functools.cache
def wire_size(file: Path) -> int:
    data = file.read_bytes()
    if file.suffix in COMPRESSED_SUFFIXES:
        return len(gzip.compress(data, compresslevel=6))
    return len(data)


def report(site: Path) -> tuple[list[tuple[str, int, int]], int]:
    rows = []
    for page in pages(site):
        files = page_files(site, page)
        rows.append((page.relative_to(site).as_posix(), sum(f.stat().st_size for f in files),
                     sum(wire_size(f) for f in files)))
    total = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
    return rows, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", default="_build/html", type=Path)
    parser.add_argument("--seconds", type=float, help="the build time, to print")
    parser.add_argument("--check", action="store_true", help="fail when over the limits")
    args = parser.parse_args(argv)
    rows, total = report(args.site)
    if args.seconds is not None:
        minutes, seconds = divmod(round(args.seconds), 60)
        print(f"book built in {minutes} min {seconds:02d} s")
    width = max(len(name) for name, _, _ in rows)
    print(f"{'page (with everything it loads)':<{width}}  {'on disk':>9}  {'over the wire':>13}")
    for name, disk, wire in rows:
        flag = "  OVER 6 MB" if wire > PAGE_LIMIT else ""
        print(f"{name:<{width}}  {disk / MB:>6.2f} MB  {wire / MB:>10.2f} MB{flag}")
    print(f"{'whole site (_build/html)':<{width}}  {total / MB:>6.2f} MB"
          + ("  OVER 80 MB" if total > SITE_LIMIT else ""))
    over = [name for name, _, wire in rows if wire > PAGE_LIMIT]
    if args.check and (over or total > SITE_LIMIT):
        print("over the limits: " + ", ".join(over or ["the whole site"]), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
