"""Sphinx extension for the course book.

1. Puts the kernel that executes the chapters in **static mode** (``DILEMMA_STATIC=1``), so
   that a plain ``jupyter-book build .`` and ``make book`` both produce sliders that work with
   no kernel (see ``dilemma_lib.widgets.explorable``).
2. Fetches the JavaScript the pages need (require.js, the widget manager and its fonts,
   MathJax) from the npm registry at build time, pinned by version and checked against the
   sha512 integrity in ``book/js/pins.json``, and serves it from the site's own ``_static``:
   the built site makes no third-party request. Nothing fetched is committed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import tarfile
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

BOOK = Path(__file__).resolve().parent.parent
PINS = json.loads((BOOK / "js" / "pins.json").read_text())["packages"]


def setup(app: Sphinx) -> dict[str, object]:
    # The executing kernel inherits this process's environment.
    os.environ["DILEMMA_STATIC"] = "1"
    app.connect("builder-inited", vendor_javascript)
    # After sphinx-thebe has added its scripts (priority 500), take them out again.
    app.connect("env-before-read-docs", drop_thebe_scripts, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


def vendor_javascript(app: Sphinx) -> None:
    """Fill ``<outdir>/../.vendor/static/course-js`` with the pinned files; serve it."""
    if app.builder.format != "html":
        return
    check_widget_manager_version()
    vendor = Path(app.outdir).parent / ".vendor"
    static = vendor / "static" / "course-js"
    for name, pin in PINS.items():
        # The stamp names the target folder too, so that moving the files re-unpacks them.
        stamp = vendor / f"{static.name}-{name.replace('/', '_')}-{pin['version']}.done"
        if not stamp.exists():
            unpack(fetch(name, pin, vendor), pin, static)
            stamp.write_text(pin["integrity"])
    app.config.html_static_path.extend([str(static.parent), str(BOOK / "_static")])


def drop_thebe_scripts(app: Sphinx, env: object, docnames: list[str]) -> None:
    """Remove sphinx-thebe's scripts, which Jupyter Book always loads.

    The course has no live-code button, so thebe is dead weight; worse, its inline script is
    registered twice (once with the builder, once through the registry) and the second
    ``const THEBE_JS_URL`` declaration is a console error on every page. Its URL also names a
    third-party host the site never needs.
    """

    def is_thebe(filename: str | None, body: str) -> bool:
        return "THEBE_JS_URL" in body or (filename or "").endswith("sphinx-thebe.js")

    app.registry.js_files = [
        (name, attrs) for name, attrs in app.registry.js_files
        if not is_thebe(name, attrs.get("body", ""))
    ]
    builder_files = getattr(app.builder, "_js_files", None)
    if builder_files is not None:
        builder_files[:] = [js for js in builder_files
                            if not is_thebe(js.filename, js.attributes.get("body", ""))]


def check_widget_manager_version() -> None:
    """The widget manager's major version must be the one this ipywidgets speaks."""
    from ipywidgets._version import __html_manager_version__ as wanted

    pinned = PINS["@jupyter-widgets/html-manager"]["version"]
    if pinned.split(".")[0] != wanted.lstrip("^~").split(".")[0]:
        raise ExtensionError(
            f"ipywidgets wants @jupyter-widgets/html-manager {wanted}, but book/js/pins.json "
            f"pins {pinned}: update the pin (npm view the version's dist.integrity)."
        )


def fetch(name: str, pin: dict, vendor: Path) -> Path:
    """``npm pack`` one pinned package into ``vendor`` and check its integrity."""
    vendor.mkdir(parents=True, exist_ok=True)
    spec = f"{name}@{pin['version']}"
    result = subprocess.run(
        ["npm", "pack", spec, "--silent", "--pack-destination", str(vendor)],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise ExtensionError(f"npm pack {spec} failed: {result.stderr.strip()}")
    tarball = vendor / result.stdout.strip().splitlines()[-1]
    digest = base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    if f"sha512-{digest}" != pin["integrity"]:
        raise ExtensionError(f"{tarball.name} does not match the integrity pinned for {spec}.")
    return tarball


def unpack(tarball: Path, pin: dict, static: Path) -> None:
    """Copy the members named in the pin's ``copy`` map out of the tarball."""
    skip = tuple(pin.get("skip_suffixes", ()))
    with tarfile.open(tarball) as archive:
        for member in archive.getmembers():
            for source, target in pin["copy"].items():
                matches = member.name == source or (
                    source.endswith("/") and member.name.startswith(source))
                if member.isfile() and matches and not member.name.endswith(skip):
                    destination = static / (target + member.name[len(source):]
                                            if source.endswith("/") else target)
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    destination.write_bytes(archive.extractfile(member).read())
