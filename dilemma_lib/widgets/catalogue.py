"""Every explorable of the course, found in the chapter modules' ``EXPLORABLES`` tuples."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from .explorable import Explorable


def chapter_modules(package: ModuleType) -> list[ModuleType]:
    """The ``chapterNN`` modules of ``package``, in chapter order (shared by the catalogue of
    explorables and that of exercises, so that both find a new chapter the same way)."""
    return [importlib.import_module(f"{package.__name__}.{info.name}")
            for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name)
            if info.name.startswith("chapter")]


def all_explorables() -> dict[str, Explorable]:
    """``{"chapter02.payoff_explorer": Explorable, ...}`` for every chapter module.

    >>> "chapter02.levers_explorer" in all_explorables()
    True
    """
    from .. import widgets

    return {f"{module.__name__.rsplit('.', 1)[-1]}.{factory.__name__}": factory()
            for module in chapter_modules(widgets)
            for factory in getattr(module, "EXPLORABLES", ())}
