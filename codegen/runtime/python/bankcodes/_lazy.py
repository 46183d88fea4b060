"""Names a module builds on first use (PEP 562): the provider modules' enums and tables.

A provider module names its public names; their builders (one per name) are in a module of
their own (`bankcodes._data_<provider>`), loaded on the first use of any of them, so that
importing a provider module reads none of its data. `from bankcodes.<provider> import X` builds
that enum (and registers its metadata) the first time, so a program pays only for the code sets
it uses. Type checkers read the module's stub (`<provider>.pyi`), where every name is declared.
"""

from __future__ import annotations

import importlib
import sys
from _thread import RLock
from collections.abc import Callable

#: One lock for every lazy module: a builder may load a name of its own module (the SDK table
#: needs its enums), and two threads must never build the same enum twice.
_LOCK = RLock()


class LazyNames:
    """The names of one module that `builders` make, each once, on first use."""

    def __init__(self, module_name: str, builders: dict[str, Callable[[], object]]) -> None:
        self._module_name = module_name
        self._namespace = vars(sys.modules[module_name])
        self._builders = builders

    @classmethod
    def of_data(cls, module_name: str, data: str, names: tuple[str, ...]) -> LazyNames:
        """The names of `module_name`, each built by the function `_<name>` of the module
        `data`, imported on the first use of any of them."""

        def builder(name: str) -> Callable[[], object]:
            def build() -> object:
                made: object = getattr(importlib.import_module(data), f"_{name}")()
                return made

            return build

        return cls(module_name, {name: builder(name) for name in names})

    def load(self, name: str) -> object:
        """The value of `name`, built and kept in the module on first use (module __getattr__)."""
        builder = self._builders.get(name)
        if builder is None:
            raise AttributeError(f"module {self._module_name!r} has no attribute {name!r}")
        with _LOCK:
            if name not in self._namespace:
                value = builder()
                if isinstance(value, type):
                    # Named as the public module's (its repr, pickling), wherever it was built.
                    value.__qualname__ = name
                    value.__module__ = self._module_name
                self._namespace[name] = value
        return self._namespace[name]

    def public(self) -> list[str]:
        """The names the builders make, in their order (the module's __all__)."""
        return list(self._builders)

    def names(self) -> list[str]:
        """Every name of the module, built or not (module __dir__)."""
        return sorted({*self._namespace, *self._builders})
