"""Helpers shared by the browser tests (the book site and JupyterLab)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = sorted(p.stem for p in (ROOT / "notebooks").glob("*.ipynb"))

CHROMIUM = "/usr/bin/chromium"
# Flags for a closed network: without the background-networking ones Chromium keeps trying
# to reach Google's services, and those attempts would show up as blocked requests.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"]


class PageWatch:
    """Records what a page did wrong: blocked third-party requests, failures, console errors."""

    def __init__(self, page, site_url: str) -> None:
        self.site_host = urlparse(site_url).netloc
        self.blocked: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        page.route("**/*", self._route)
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url} {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and self.failed.append(
            f"{r.url} HTTP {r.status}"))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route) -> None:
        url = urlparse(route.request.url)
        if url.scheme == "data" or url.netloc == self.site_host:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()


def visible_frame(explorable) -> str:
    image = explorable.locator(".dilemma-frame img:visible")
    assert image.count() == 1, "exactly one frame of an explorable is shown at a time"
    return image.get_attribute("src")
