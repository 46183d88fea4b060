"""bankcodes: the statuses and error codes of bank-account-linking providers, with their
metadata, a cross-provider category taxonomy and lenient parsing.

    import bankcodes

    bankcodes.PROVIDERS                      # the provider ids
    bankcodes.classify(provider, code)       # a Category; Category.UNKNOWN for an unknown value
    bankcodes.lookup(provider, code)         # every enum member, across code sets, for the value
    bankcodes.receive(provider, body, headers, secret)   # a verified, typed webhook event
    bankcodes.from_exception(error)          # the code an API client's exception carries
    bankcodes.decide(error, headers=headers) # what to do now, who acts, and when
    bankcodes.on_unknown(callback)           # report each code the catalog does not know, once

Each provider has a module of enums (one per code set), which loads on first use.
"""

from __future__ import annotations

from bankcodes._catalog import MODULES as _MODULES
from bankcodes._catalog import VERSION
from bankcodes._integers import integer_code
from bankcodes._providers import PROVIDERS, code_set_of, code_sets_of, provider_id
from bankcodes._taxonomy import Actor
from bankcodes.categories import Category

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from bankcodes._base import AnyCode, AnyCodeSet, CodeEnum, NumericCodeEnum, UnknownCode
    from bankcodes._consent_window import ConsentWindow, consent_window
    from bankcodes._decide import decide
    from bankcodes._decision import Decision, Reason
    from bankcodes._exceptions import FoundError, from_exception
    from bankcodes._log_fields import log_fields, sentry_fingerprint
    from bankcodes._modules import *  # noqa: F403 (the provider modules, for type checkers)
    from bankcodes._receive import WebhookEvent
    from bankcodes._receivers import receive
    from bankcodes._records import (
        CodeInfo,
        CodeSetInfo,
        Equivalent,
        HttpStatus,
        Lifecycle,
        Scope,
        Source,
        TestUser,
        Wording,
    )
    from bankcodes._seen import SeenUnknown, on_unknown
    from bankcodes.errors import ConfigurationError, SignatureError, WebhookError
    from bankcodes.signatures import Body, Clock, Secret

#: The public modules of the package beside the provider modules, read as attributes of
#: bankcodes (bankcodes.payloads.recognise, bankcodes.delivery.DELIVERY) once first used.
_SUBMODULES = frozenset(("categories", "delivery", "errors", "payloads", "signatures", "webhooks"))

#: Runtime names re-exported here, by module; they load on first use, like the provider modules
#: (`import bankcodes` stays about as quick as `import http`).
_LAZY_MODULES = {
    "errors": ("ConfigurationError", "SignatureError", "WebhookError"),
    "_receivers": ("receive",),
    "_exceptions": ("FoundError", "from_exception"),
    "_decide": ("decide",),
    "_consent_window": ("ConsentWindow", "consent_window"),
    "_decision": ("Decision", "Reason"),
    "_log_fields": ("log_fields", "sentry_fingerprint"),
    "_seen": ("SeenUnknown", "on_unknown"),
    "_base": ("AnyCode", "AnyCodeSet", "CodeEnum", "NumericCodeEnum", "UnknownCode"),
    "_records": (
        "CodeInfo",
        "CodeSetInfo",
        "Equivalent",
        "HttpStatus",
        "Lifecycle",
        "Scope",
        "Source",
        "TestUser",
        "Wording",
    ),
}
_LAZY_NAMES = {name: module for module, names in _LAZY_MODULES.items() for name in names}

__version__ = VERSION
#: The version of the catalog this package was generated from.
SPEC_VERSION = VERSION
#: The provider ids accepted by classify and lookup.

_UNKNOWN = Category.UNKNOWN
#: classify's answers for each provider it was asked about: the catalog's table (from
#: bankcodes._classify, loaded on the first call), None (a null field), and the unknown values
#: already met (at most _MAX_REMEMBERED of them, each at most _REMEMBERED_LENGTH long), so that
#: classify is two dict subscripts in the common case.
_ANSWERS: dict[str, dict[object, Category]] = {}
#: How many entries each provider's answers may grow to: its table, None and _MAX_REMEMBERED.
_ANSWERS_LIMIT: dict[str, int] = {}
_MAX_REMEMBERED = 1024
_REMEMBERED_LENGTH = 128


def classify(
    provider: str, code: str | int | float | None, code_set: str | AnyCodeSet | None = None
) -> Category:
    """The category of `code` for `provider`; Category.UNKNOWN for a value it does not know,
    and for None (a null field).

    Without `code_set`, when several code sets of the provider know the value, the first one in
    catalog order decides (`lookup` returns them all); with `code_set` (the id of a code set
    of the provider, or its enum class) only that code set answers: a value it does not list but
    that has the form it gives to the sender's own codes gets that form's category, and any
    other value it does not know is reported to the on_unknown callback. "" is no code, as None
    is. A code that travels as a number may be given as a number or its decimal text
    (bankcodes._integers: a bool, a fraction or a number beyond the safe range is no code).
    Raises ValueError for an unknown provider or code set, and TypeError for a code that is
    neither a str, a number nor None.
    """
    if code_set is None:
        try:
            return _ANSWERS[provider][code]
        except (KeyError, TypeError):
            return _classify_slow(provider, code)
    found_set = code_set_of(provider, code_set)
    member = found_set.parse(_code(code))
    return _UNKNOWN if member is None else member.category


def _code(code: object) -> str | None:
    """The code as its code sets' tables key it: a str as it is (its plain value), a number (a
    code that travels as one) as its decimal text where bankcodes._integers reads it as a code;
    None for no code (a bool, a fraction, a number beyond the safe range)."""
    if code is None:
        return None
    if isinstance(code, str):
        return str.__str__(code)
    if isinstance(code, int | float):
        read = integer_code(code)
        return None if read is None else str(read)
    raise TypeError(f"expected the code as a str, a number or None, not {type(code).__name__}")


def _classify_slow(provider: object, code: object) -> Category:
    """classify for a value not met yet, a non-str value, a provider not asked about yet or an
    unknown provider."""
    name = provider_id(provider)
    answers = _ANSWERS.get(name)
    if answers is None:
        answers = _first_answers(name)
    checked = _code(code)
    if checked is None:
        return _UNKNOWN
    found = answers.get(checked, _UNKNOWN)
    if (
        checked.__class__ is str
        and len(checked) <= _REMEMBERED_LENGTH
        and len(answers) < _ANSWERS_LIMIT[name]
    ):
        answers[checked] = found
    return found


def _first_answers(provider: str) -> dict[object, Category]:
    """The provider's answers as the catalog's table makes them, before any value is met."""
    from bankcodes._classify import CLASSIFY

    table: dict[object, Category] = CLASSIFY[provider]  # type: ignore[assignment]
    answers = {**table, None: _UNKNOWN}
    _ANSWERS_LIMIT[provider] = len(answers) + _MAX_REMEMBERED
    return _ANSWERS.setdefault(provider, answers)


def lookup(provider: str, code: str | int | float | None) -> tuple[AnyCode, ...]:
    """Every member, across the provider's code sets, whose wire value or alias is `code`
    (none for None, nor for a number that is no code). Raises ValueError for an unknown provider
    and TypeError for a code that is neither a str, a number nor None. A value no code set knows
    is not reported to on_unknown."""
    code_sets = code_sets_of(provider)
    checked = _code(code)
    if checked is None:
        return ()
    found = (code_set._member(checked) for code_set in code_sets)
    return tuple(member for member in found if member is not None)


def sign(
    provider: str,
    body: Body,
    secret: Secret | Mapping[str, Any],
    *,
    now: Clock = None,
    path: str | None = None,
    jku: str | None = None,
    secret_header: str | None = None,
) -> dict[str, str]:
    """The signature headers a real delivery of `body` would carry (for tests). `secret` is
    what signs, in the form of the provider's scheme (bankcodes.signatures.sign lists them: a
    secret for an HMAC or a shared secret, and for Standard Webhooks as the provider shows it,
    whsec_ and the key in base64; a private JWK with its kid for a JWT
    or a JWS; {"private_pem": …, "key_id": …} for an RSA-SHA256 key fetched by id;
    {"private_pem": …, "x5u": …} for an RS256 certificate JWT). `now` (a datetime or
    a Unix time; the current time by default) is the instant the signature says it was made,
    `path` the path a JWS delivery is posted to (required for a JWS), `jku` the key set a
    JWS names (one of the provider's; its first, production, by default) and `secret_header`
    the header a shared secret is sent in where the app names it, as in
    bankcodes.signatures.sign."""
    from bankcodes.signatures import sign as _sign

    return _sign(provider, body, secret, now=now, path=path, jku=jku, secret_header=secret_header)


def __getattr__(name: str) -> object:
    if name == "WebhookEvent":
        from bankcodes._receive import WebhookEvent

        return WebhookEvent
    import importlib

    if name in _LAZY_NAMES:
        return getattr(importlib.import_module(f"{__name__}.{_LAZY_NAMES[name]}"), name)
    if name in _MODULES.values() or name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "PROVIDERS",
    "SPEC_VERSION",
    "Actor",
    "AnyCode",
    "AnyCodeSet",
    "Category",
    "CodeEnum",
    "CodeInfo",
    "CodeSetInfo",
    "ConfigurationError",
    "ConsentWindow",
    "Decision",
    "Equivalent",
    "FoundError",
    "HttpStatus",
    "Lifecycle",
    "NumericCodeEnum",
    "Reason",
    "Scope",
    "SeenUnknown",
    "SignatureError",
    "Source",
    "TestUser",
    "UnknownCode",
    "WebhookError",
    "WebhookEvent",
    "Wording",
    "classify",
    "consent_window",
    "decide",
    "from_exception",
    "log_fields",
    "lookup",
    "on_unknown",
    "receive",
    "sentry_fingerprint",
    "sign",
]
