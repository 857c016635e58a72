"""Helpers shared by the browser tests (the book site and JupyterLab)."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlparse

import yaml

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = sorted(p.stem for p in (ROOT / "notebooks").glob("*.ipynb"))

CHROMIUM = "/usr/bin/chromium"
# Flags for a closed network: without the background-networking ones Chromium keeps trying
# to reach Google's services, and those attempts would show up as blocked requests.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"]


def toc_pages() -> list[str]:
    """The site's pages named by ``_toc.yml`` (as paths of their HTML files), root first."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    files = [toc["root"]]

    def walk(node: dict) -> None:
        for key in ("parts", "chapters", "sections"):
            for item in node.get(key, []) or []:
                if "file" in item:
                    files.append(item["file"])
                walk(item)

    walk(toc)
    return [f"{name}.html" for name in files]


# Every page of the site: the book's own pages and the two Sphinx makes (index, search).
SITE_PAGES = [*toc_pages(), "genindex.html", "search.html"]
CHAPTER_PAGES = [page for page in SITE_PAGES if page.startswith("notebooks/")]


class PageWatch:
    """Records what a page did wrong (blocked third-party requests, failures, console errors)
    and how many bytes it fetched over the wire."""

    def __init__(self, page, site_url: str) -> None:
        self.site_host = urlparse(site_url).netloc
        self.blocked: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.responses: list = []
        page.route("**/*", self._route)
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url} {r.failure}"))
        page.on("response", self._response)
        page.on("console", lambda m: m.type == "error" and self.errors.append(
            f"{m.text} ({m.location.get('url', '')})"))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route) -> None:
        url = urlparse(route.request.url)
        if url.scheme == "data" or url.netloc == self.site_host:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _response(self, response) -> None:
        self.responses.append(response)
        if response.status >= 400:
            self.failed.append(f"{response.url} HTTP {response.status}")

    def transferred(self) -> int:
        """Bytes of the responses' bodies as sent (compressed where the server compressed)."""
        return sum(r.request.sizes()["responseBodySize"] for r in self.responses
                   if not r.url.startswith("data:"))


def visible_frame(explorable) -> str:
    image = explorable.locator(".dilemma-frame img:visible")
    assert image.count() == 1, "exactly one frame of an explorable is shown at a time"
    return image.get_attribute("src")


# --- a local web server for the built site, compressing text as real static hosts do -------

COMPRESSIBLE = {".html", ".js", ".css", ".json", ".svg", ".txt", ".ipynb", ".map"}


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".ipynb": "application/x-ipynb+json", ".js": "text/javascript"}

    def log_message(self, format, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if (path.suffix in COMPRESSIBLE and path.is_file()
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            body = _gzipped(path, path.stat().st_mtime_ns)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return _Body(body)
        return super().send_head()


class _Body:
    """What ``send_head`` returns: a readable file the handler copies to the socket."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, *args) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


@functools.lru_cache(maxsize=256)
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6)


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on a free local port; yield its URL."""
    handler = functools.partial(_SiteHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
