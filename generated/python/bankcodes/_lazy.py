# copied from codegen/runtime/python/bankcodes/_lazy.py — do not edit (run `make generate`)
"""Names a module builds on first use (PEP 562): the provider modules' enums and tables.

A provider module holds one builder per public name; `from bankcodes.<provider> import X`
builds that enum (and registers its metadata) the first time, so importing a provider module
costs no more than reading its data, and a program pays only for the code sets it uses. Type
checkers read the module's stub (`<provider>.pyi`), where every name is declared.
"""

from __future__ import annotations

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

    def load(self, name: str) -> object:
        """The value of `name`, built and kept in the module on first use (module __getattr__)."""
        builder = self._builders.get(name)
        if builder is None:
            raise AttributeError(f"module {self._module_name!r} has no attribute {name!r}")
        with _LOCK:
            if name not in self._namespace:
                value = builder()
                if isinstance(value, type):
                    value.__qualname__ = name
                self._namespace[name] = value
        return self._namespace[name]

    def public(self) -> list[str]:
        """The names the builders make, in their order (the module's __all__)."""
        return list(self._builders)

    def names(self) -> list[str]:
        """Every name of the module, built or not (module __dir__)."""
        return sorted({*self._namespace, *self._builders})
