# copied from codegen/runtime/python/bankcodes/__init__.py — do not edit (run `make generate`)
"""bankcodes: the statuses and error codes of bank-account-linking providers, with their
metadata, a cross-provider category taxonomy and lenient parsing.

    import bankcodes

    bankcodes.PROVIDERS                      # the provider ids
    bankcodes.classify(provider, code)       # a Category; Category.UNKNOWN for an unknown value
    bankcodes.lookup(provider, code)         # every enum member, across code sets, for the value

Each provider has a module of enums (one per code set), which loads on first use.
"""

from __future__ import annotations

from bankcodes._catalog import CLASSIFY as _CLASSIFY
from bankcodes._catalog import MODULES as _MODULES
from bankcodes._catalog import VERSION
from bankcodes._taxonomy import Actor
from bankcodes.categories import Category

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from bankcodes._base import (
        CodeEnum,
        CodeInfo,
        CodeSetInfo,
        HttpStatus,
        Lifecycle,
        Scope,
        Source,
        TestUser,
        UnknownCode,
    )
    from bankcodes._modules import *  # noqa: F403 (the provider modules, for type checkers)

#: Names of bankcodes._base re-exported here; they load on first use, like the provider modules.
_BASE_NAMES = frozenset(
    {
        "CodeEnum",
        "CodeInfo",
        "CodeSetInfo",
        "HttpStatus",
        "Lifecycle",
        "Scope",
        "Source",
        "TestUser",
        "UnknownCode",
    }
)

__version__ = VERSION
#: The version of the catalog this package was generated from.
SPEC_VERSION = VERSION
#: The provider ids accepted by classify and lookup.
PROVIDERS: tuple[str, ...] = tuple(_MODULES)

_UNKNOWN = Category.UNKNOWN
#: The bound dict.get of every provider's table, so that classify is one call in the common case.
_GET: dict[str, Callable[[str, Category], Category]] = {
    provider: table.get for provider, table in _CLASSIFY.items()
}


def _table(provider: str) -> dict[str, Category]:
    table = _CLASSIFY.get(provider)
    if table is None:
        raise ValueError(f"unknown provider {provider!r}; expected one of {', '.join(PROVIDERS)}")
    return table


def classify(provider: str, code: str) -> Category:
    """The category of `code` for `provider`; Category.UNKNOWN for a value it does not know.

    When several code sets of the provider know the value, the first one (in catalog order)
    decides; `lookup` returns them all. Raises ValueError only for an unknown provider and
    TypeError for a code that is not a string.
    """
    try:
        found = _GET[provider](code, _UNKNOWN)
    except KeyError:
        return _classify_slow(provider, code)
    if found is _UNKNOWN and code.__class__ is not str:
        return _classify_slow(provider, code)
    return found


def _classify_slow(provider: str, code: object) -> Category:
    table = _table(provider)
    if not isinstance(code, str):
        raise TypeError(f"classify expects the code as a str, not {type(code).__name__}")
    return table.get(code, _UNKNOWN)


def lookup(provider: str, code: str) -> tuple[CodeEnum, ...]:
    """Every member, across the provider's code sets, whose wire value or alias is `code`."""
    from bankcodes._base import CodeEnum

    _table(provider)
    if not isinstance(code, str):
        raise TypeError(f"lookup expects the code as a str, not {type(code).__name__}")
    import importlib

    module = importlib.import_module(f"{__name__}.{_MODULES[provider]}")
    code_sets: tuple[type[CodeEnum], ...] = module.CODE_SETS
    found = (code_set.parse(code) for code_set in code_sets)
    return tuple(member for member in found if isinstance(member, CodeEnum))


def __getattr__(name: str) -> object:
    if name in _BASE_NAMES:
        from bankcodes import _base

        return getattr(_base, name)
    if name in _MODULES.values():
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "PROVIDERS",
    "SPEC_VERSION",
    "Actor",
    "Category",
    "CodeEnum",
    "CodeInfo",
    "CodeSetInfo",
    "HttpStatus",
    "Lifecycle",
    "Scope",
    "Source",
    "TestUser",
    "UnknownCode",
    "classify",
    "lookup",
]
