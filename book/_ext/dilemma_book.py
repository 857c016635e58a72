"""Sphinx extension for the course book.

1. Puts the kernel that executes the chapters in **static mode** (``DILEMMA_STATIC=1``), so
   that a plain ``jupyter-book build .`` and ``make book`` both produce sliders that work with
   no kernel (see ``dilemma_lib.widgets.explorable``).
2. Keys the execution cache on the library: the chapters are executed through jupyter-cache
   (``execute_notebooks: cache``), which matches a notebook by its code; this extension points
   the cache at ``_build/.jupyter_cache/<key>``, where the key hashes every file of the
   ``dilemma_lib`` that the kernel imports (and ``requirements.txt``). Any change to the
   library gives a new, empty cache, and since the cache path is a Sphinx configuration value
   the change also makes Sphinx re-read every page: no page is ever built from an old library.
3. Folds the code of cells that only display an explorable or an exercise widget (it adds
   MyST-NB's ``hide-input`` tag as the notebook is read; the notebook files are not touched).
4. Fetches the JavaScript the pages need (require.js, the widget manager and its fonts,
   MathJax) from the npm registry at build time, pinned by version and checked against the
   sha512 integrity in ``book/js/pins.json``, and serves only the files the pages load from
   the site's own ``_static``: the built site makes no third-party request. Nothing fetched
   is committed.
5. Adds the course's stylesheet and script (``book/_static``): sliders usable on a phone, a
   download button that downloads the ``.ipynb``.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ExtensionError

BOOK = Path(__file__).resolve().parent.parent
PINS = json.loads((BOOK / "js" / "pins.json").read_text())["packages"]
# Old cache folders (from earlier versions of the library) kept besides the current one.
KEEP_OLD_CACHES = 2


def setup(app: Sphinx) -> dict[str, object]:
    # The executing kernel inherits this process's environment.
    os.environ["DILEMMA_STATIC"] = "1"
    app.connect("config-inited", key_cache_on_library)
    app.connect("builder-inited", vendor_javascript)
    app.connect("source-read", fold_widget_cells)
    # After sphinx-thebe has added its scripts (priority 500), take them out again.
    app.connect("env-before-read-docs", drop_thebe_scripts, priority=900)
    app.connect("build-finished", stub_fontawesome_script)
    app.connect("html-page-context", list_citations_as_list_items)
    app.add_css_file("dilemma-book.css")
    app.add_js_file("dilemma-book.js", loading_method="defer")
    return {"parallel_read_safe": True, "parallel_write_safe": True}


# -- 2. the execution cache, keyed on the library -----------------------------------------

def library_key(root: Path | None = None) -> str:
    """A hash of every file of the library the kernel imports, of requirements.txt and of
    the static mode: the part of a page's inputs that the notebook itself does not hold."""
    if root is None:
        spec = importlib.util.find_spec("dilemma_lib")
        if spec is None or spec.origin is None:
            raise ExtensionError("dilemma_lib is not installed: run `make setup`.")
        root = Path(spec.origin).parent
    digest = hashlib.sha256(b"DILEMMA_STATIC=1\n")
    files = sorted(p for p in root.rglob("*") if p.is_file()
                   and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"))
    for path in [*files, BOOK.parent / "requirements.txt"]:
        if path.is_file():
            name = path.relative_to(root) if path.is_relative_to(root) else path.name
            digest.update(f"{name}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def key_cache_on_library(app: Sphinx, config: Config) -> None:
    """Point jupyter-cache at ``_build/.jupyter_cache/<library key>``; prune old keys."""
    if config.nb_execution_mode != "cache":
        return
    caches = Path(app.srcdir) / "_build" / ".jupyter_cache"
    current = caches / library_key()
    config.nb_execution_cache_path = str(current)
    if caches.is_dir():
        old = sorted((p for p in caches.iterdir() if p.is_dir() and p != current),
                     key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[KEEP_OLD_CACHES:]:
            shutil.rmtree(stale, ignore_errors=True)


# -- 3. fold the cells that only display a widget -----------------------------------------

WIDGET_MODULES = re.compile(r"^dilemma_lib\.(widgets|exercises)(\.|$)")


def widget_aliases(cells: list[dict]) -> set[str]:
    """The names a notebook binds to ``dilemma_lib.widgets`` / ``.exercises`` modules."""
    names: set[str] = set()
    for cell in cells:
        if cell.get("cell_type") != "code":
            continue
        try:
            tree = ast.parse(_source(cell))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and WIDGET_MODULES.match(
                    f"{node.module or ''}.{node.names[0].name}"):
                names.update(a.asname or a.name for a in node.names)
            elif isinstance(node, ast.Import):
                names.update(a.asname or a.name for a in node.names
                             if WIDGET_MODULES.match(a.name) and a.asname)
    return names


def only_displays_a_widget(source: str, aliases: set[str]) -> bool:
    """True for ``explorables.name()`` and for ``answer = <literal>`` followed by
    ``exercises.name(answer)``: cells whose code teaches nothing on the site.

    >>> only_displays_a_widget("explorables.payoff()", {"explorables"})
    True
    >>> only_displays_a_widget('answer = None  # e.g. "Chicken"\\nexercises.kind(answer)',
    ...                        {"exercises"})
    True
    >>> only_displays_a_widget("game = Game(4, 3, 2, 1)\\nexplorables.payoff(game)",
    ...                        {"explorables"})
    False
    """
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return False
    if not body or not isinstance(body[-1], ast.Expr):
        return False
    call = body[-1].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and isinstance(call.func.value, ast.Name) and call.func.value.id in aliases):
        return False
    assigned = set()
    for statement in body[:-1]:
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and _is_literal(statement.value)):
            return False
        assigned.add(statement.targets[0].id)
    arguments = [*call.args, *(k.value for k in call.keywords)]
    return all(_is_literal(a) or (isinstance(a, ast.Name) and a.id in assigned)
               for a in arguments)


def _is_literal(node: ast.AST) -> bool:
    try:
        ast.literal_eval(node)
    except ValueError:
        return False
    return True


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def fold_widget_cells(app: Sphinx, docname: str, source: list[str]) -> None:
    """Tag widget-only code cells ``hide-input`` in the notebook text Sphinx reads."""
    if not str(app.env.doc2path(docname)).endswith(".ipynb"):
        return
    try:
        notebook = json.loads(source[0])
    except ValueError:
        return
    cells = notebook.get("cells", [])
    aliases = widget_aliases(cells)
    changed = False
    for cell in cells:
        if cell.get("cell_type") == "code" and only_displays_a_widget(_source(cell), aliases):
            tags = cell.setdefault("metadata", {}).setdefault("tags", [])
            if "hide-input" not in tags and "remove-input" not in tags:
                tags.append("hide-input")
                changed = True
    if changed:
        source[0] = json.dumps(notebook)


# -- 4. self-hosted JavaScript ------------------------------------------------------------

def vendor_javascript(app: Sphinx) -> None:
    """Fill ``<outdir>/../.vendor/static-<recipe>/course-js`` with the pinned files; serve it.

    The folder is named after a hash of ``pins.json``'s packages (versions, hashes and what is
    copied), so that changing any of them unpacks afresh and leaves no stale file behind."""
    if app.builder.format != "html":
        return
    check_widget_manager_version()
    vendor = Path(app.outdir).parent / ".vendor"
    recipe = hashlib.sha256(json.dumps(PINS, sort_keys=True).encode()).hexdigest()[:12]
    folder = vendor / f"static-{recipe}"
    static = folder / "course-js"
    stamp = folder / "complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        for name, pin in PINS.items():
            unpack(fetch(name, pin, vendor), pin, static)
        stamp.write_text(recipe)
        for old in vendor.iterdir():
            if old.is_dir() and old != folder:
                shutil.rmtree(old, ignore_errors=True)
            elif old.suffix == ".done":
                old.unlink()
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


def list_citations_as_list_items(app: Sphinx, pagename: str, templatename: str,
                                 context: dict, doctree: object) -> None:
    """Docutils writes the bibliography as ``role="list"`` holding ``role="doc-biblioentry"``
    entries, a role that ARIA 1.3 deprecates and that is not a list item, so screen readers
    (and axe: aria-required-children) see a list without items. Make them list items."""
    body = context.get("body")
    if body and 'role="doc-biblioentry"' in body:
        context["body"] = body.replace('role="doc-biblioentry"', 'role="listitem"')


FONTAWESOME_STUB = (
    "/* The course replaces pydata-sphinx-theme's Font Awesome SVG+JS bundle (1.5 MB) with\n"
    "   this stub: the theme's stylesheet already draws the same icons from its web font.\n"
    "   (book/_ext/dilemma_book.py) */\n"
)


def stub_fontawesome_script(app: Sphinx, exception: Exception | None) -> None:
    """Replace the theme's 1.5 MB Font Awesome script, which only duplicates the icon font
    its stylesheet loads anyway, with a stub: every page gets 1.5 MB lighter."""
    script = Path(app.outdir) / "_static" / "scripts" / "fontawesome.js"
    if exception is None and app.builder.format == "html" and script.is_file():
        script.write_text(FONTAWESOME_STUB)


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
    cached = vendor / f"{name.lstrip('@').replace('/', '-')}-{pin['version']}.tgz"
    if cached.is_file() and integrity(cached) == pin["integrity"]:
        return cached
    result = subprocess.run(
        ["npm", "pack", spec, "--silent", "--pack-destination", str(vendor)],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise ExtensionError(f"npm pack {spec} failed: {result.stderr.strip()}")
    tarball = vendor / result.stdout.strip().splitlines()[-1]
    if integrity(tarball) != pin["integrity"]:
        raise ExtensionError(f"{tarball.name} does not match the integrity pinned for {spec}.")
    return tarball


def integrity(tarball: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()


def unpack(tarball: Path, pin: dict, static: Path) -> None:
    """Copy the members named in the pin's ``copy`` map out of the tarball.

    A key ending in ``/`` copies a folder; ``only_suffixes`` and ``skip_suffixes`` filter
    the files copied out of folders (e.g. only the web fonts a browser actually fetches)."""
    skip = tuple(pin.get("skip_suffixes", ()))
    only = tuple(pin.get("only_suffixes", ()))
    with tarfile.open(tarball) as archive:
        for member in archive.getmembers():
            for source, target in pin["copy"].items():
                folder = source.endswith("/")
                matches = member.name == source or (folder and member.name.startswith(source))
                if not (member.isfile() and matches):
                    continue
                if folder and (member.name.endswith(skip)
                               or (only and not member.name.endswith(only))):
                    continue
                destination = static / (target + member.name[len(source):] if folder
                                        else target)
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(archive.extractfile(member).read())
