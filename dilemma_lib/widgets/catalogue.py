"""Every explorable of the course, found in the chapter modules' ``EXPLORABLES`` tuples."""

from __future__ import annotations

import importlib
import pkgutil

from .explorable import Explorable


def all_explorables() -> dict[str, Explorable]:
    """``{"chapter02.payoff_explorer": Explorable, ...}`` for every chapter module.

    >>> "chapter02.levers_explorer" in all_explorables()
    True
    """
    from .. import widgets

    found: dict[str, Explorable] = {}
    for module_info in pkgutil.iter_modules(widgets.__path__):
        if module_info.name.startswith("chapter"):
            module = importlib.import_module(f"{widgets.__name__}.{module_info.name}")
            for factory in getattr(module, "EXPLORABLES", ()):
                found[f"{module_info.name}.{factory.__name__}"] = factory()
    return found
