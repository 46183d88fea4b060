"""Reading an exception that a provider's own client raises in place of an error body, keeping
nothing of it (a LinkError for an error of type link_error), by its class: the class, or the
nearest of its parents, that is a code of the exception classes a payload kind names
(`exception_code_set`). Only a provider's exception is read so: the caller names the provider,
or the provider's client package raised it."""

from __future__ import annotations

from typing import Any

from bankcodes._payload_kinds import KINDS
from bankcodes._providers import PROVIDERS, code_set_of

#: Where a code is read from an exception's class rather than from a body.
BY_CLASS = "(exception class)"

#: The classes every exception has, which name no provider's error.
_BASES = frozenset({BaseException, Exception, object})
#: How many classes of an exception are read, its own first (fromError reads as many).
MAX_CLASSES = 8


def client_provider(error: object) -> str | None:
    """The provider whose own client package (named after its id) raised `error`, if any."""
    package = type(error).__module__.partition(".")[0]
    return package if package in PROVIDERS else None


def by_class(error: object, provider: str | None) -> tuple[str, str, Any] | None:
    """The payload kind, its code set of exception classes ("provider.code_set") and the code
    that `error`'s class (or the nearest of its parents, MAX_CLASSES in all) is, for an exception
    of `provider`; None for anything else, and for an exception another provider's client package
    raised."""
    if provider is None or not isinstance(error, BaseException):
        return None
    if client_provider(error) not in (None, provider):
        return None
    own = type(error).__mro__[:MAX_CLASSES]
    names = [cls.__name__ for cls in own if cls not in _BASES]
    for kind in KINDS:
        ref = KINDS[kind].exception_code_set if kind.startswith(f"{provider}/") else None
        if ref is None:
            continue
        classes = code_set_of(provider, ref)
        for name in names:
            member = classes.parse(name)
            if member is not None and member.known:
                return kind, ref, member
    return None
