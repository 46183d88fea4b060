# copied from codegen/runtime/python/bankcodes/_providers.py — do not edit (run `make generate`)
"""The providers of the catalog and the enum classes of their code sets, by id: what classify,
lookup and the payload readers look a provider's code set up with."""

from __future__ import annotations

from bankcodes._catalog import MODULES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bankcodes._base import AnyCodeSet

#: The providers' ids, in catalog order.
PROVIDERS: tuple[str, ...] = tuple(MODULES)


def provider_id(provider: object) -> str:
    """`provider`, checked to be a provider id."""
    if not isinstance(provider, str) or provider not in MODULES:
        shown = repr(provider) if isinstance(provider, str) else type(provider).__name__
        raise ValueError(f"unknown provider {shown[:100]}; expected one of {', '.join(PROVIDERS)}")
    return provider


def code_sets_of(provider: object) -> tuple[AnyCodeSet, ...]:
    """The enum classes of the provider's code sets, in catalog order (its module loads now)."""
    import importlib  # on first use: import bankcodes loads neither importlib nor warnings

    module = importlib.import_module(f"bankcodes.{MODULES[provider_id(provider)]}")
    found: tuple[AnyCodeSet, ...] = module.CODE_SETS
    return found


def code_set_of(provider: object, code_set: object) -> AnyCodeSet:
    """The enum class of one code set of the provider, by its id, its id with the provider's
    (PROVIDER.CODE_SET, as results name it) or the class itself."""
    found = code_sets_of(provider)
    for candidate in found:
        code_set_id = candidate.code_set().id
        if candidate is code_set or code_set in (code_set_id, f"{provider}.{code_set_id}"):
            return candidate
    known = ", ".join(candidate.code_set().id for candidate in found)
    if isinstance(code_set, str):
        shown = repr(code_set)
    elif isinstance(code_set, type):
        shown = f"{code_set.__module__}.{code_set.__qualname__}"
    else:
        shown = type(code_set).__name__
    raise ValueError(f"{provider} has no code set {shown[:100]}; expected one of {known}")
