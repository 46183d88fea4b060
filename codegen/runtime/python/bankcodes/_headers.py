"""A request's headers as the signature checks read them: a mapping or (name, value) pairs, a
name in any case, a value trimmed of HTTP's optional whitespace (spaces and tabs only), a header
given several times with one value, and every value read printable ASCII."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NoReturn

from bankcodes.errors import ConfigurationError, SignatureError

#: HTTP's optional whitespace: the only characters trimmed from a header value.
_OWS = " \t"
#: A header value bankcodes reads (a signature, a timestamp, an id, a secret): printable ASCII,
#: spaces and tabs. Any other character (a control byte, a byte above 0x7f however the server
#: decoded it, a lone surrogate from surrogateescape) is no provider's and is refused as
#: bad_encoding, the same in Python and Node (the TypeScript `headerText`).
HEADER_TEXT = re.compile(r"[\t\x20-\x7e]*")


def _pairs(headers: object) -> list[tuple[object, object]]:
    if isinstance(headers, Mapping):
        pairs: list[tuple[object, object]] = []
        for name, value in headers.items():
            if isinstance(value, list | tuple):
                pairs += [(name, each) for each in value]
            else:
                pairs.append((name, value))
        return pairs
    if isinstance(headers, Iterable) and not isinstance(headers, str | bytes):
        found = []
        for pair in headers:
            if not isinstance(pair, list | tuple) or len(pair) != 2:
                raise TypeError("each header is a (name, value) pair")
            found.append((pair[0], pair[1]))
        return found
    raise TypeError(f"not {type(headers).__name__}")


def flat(headers: object) -> dict[str, str]:
    """The request's headers as one value per name (checked as `_header` checks them)."""
    flat: dict[str, str] = {}
    for name, value in _pairs(headers):
        if isinstance(name, str) and isinstance(value, str):
            flat[name] = value.strip(_OWS)
    return flat


def header(names: tuple[str, ...], headers: object) -> tuple[str, str]:
    try:
        values: dict[str, set[str]] = {}
        for name, value in _pairs(headers):
            if not isinstance(name, str) or not isinstance(value, str):
                raise TypeError("header names and values must be str")
            values.setdefault(name.lower(), set()).add(value.strip(_OWS))
    except (TypeError, ValueError, AttributeError, RuntimeError) as error:
        raise ConfigurationError(
            "bad_headers", f"headers must be a mapping or (name, value) pairs: {error}"
        ) from None
    for name in names:
        found = values.get(name.lower())
        if not found:
            continue
        if len(found) > 1:
            raise SignatureError(
                "ambiguous_header", f"{name} is present several times with different values"
            )
        return name, header_text(name, found.pop())
    raise SignatureError("missing_header", f"no {' or '.join(names)} header")


def header_text(name: str, value: str) -> str:
    """A header value as bankcodes reads it: printable ASCII, spaces and tabs, else a
    SignatureError bad_encoding that names the first other character and where it is."""
    if HEADER_TEXT.fullmatch(value):
        return value
    index = next(i for i, char in enumerate(value) if not HEADER_TEXT.fullmatch(char))
    return _not_text(name, value[index], index)


def _not_text(name: str, char: str, index: int) -> NoReturn:
    raise SignatureError(
        "bad_encoding",
        f"{name} holds U+{ord(char):04X} at character {index + 1}: the header values bankcodes "
        "reads are printable ASCII (a control byte, or a byte above 0x7f as the web server "
        "decoded it)",
    )
