"""A request's headers as the signature checks read them: a mapping or (name, value) pairs, a
name in any case, a value trimmed of HTTP's optional whitespace (spaces and tabs only), a header
given several times with one value, and every value read printable ASCII."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import NoReturn

from bankcodes.errors import ConfigurationError, refused

#: HTTP's optional whitespace: the only characters trimmed from a header value.
_OWS = " \t"
#: A header value bankcodes reads (a signature, a timestamp, an id, a secret): printable ASCII,
#: spaces and tabs. Any other character (a control byte, a byte above 0x7f however the server
#: decoded it, a lone surrogate from surrogateescape) is no provider's and is refused as
#: bad_encoding, the same in Python and Node (the TypeScript `headerText`).
HEADER_TEXT = re.compile(r"[\t\x20-\x7e]*")


#: The most (name, value) pairs a request's headers are read for: more is no request's.
MOST_PAIRS = 10_000

#: A request's headers as read once: each name in lower case, with its distinct values (trimmed
#: of optional whitespace), in the order given.
Read = dict[str, list[str]]
#: Headers as they are read: under each name, its distinct values as the keys of a dict (in the
#: order given), so that telling a value seen already takes the same time however many there are.
_Held = dict[str, dict[str, None]]


def read(headers: object) -> Read:
    """A request's headers read once, whatever holds them: a mapping (a value may be a list of
    values), the standard library's email.message.Message (http.server's request headers), or
    (name, value) pairs, a one-shot iterator of them included. Anything else, or anything its
    reading raises, is the receiver's mistake: ConfigurationError bad_headers."""
    try:
        found: _Held = {}
        for count, (name, value) in enumerate(_pairs(headers)):
            if count >= MOST_PAIRS:
                raise ValueError(f"more than {MOST_PAIRS} headers")
            if not isinstance(name, str) or not isinstance(value, str):
                raise TypeError("header names and values must be str")
            _hold(found, name, value)
        return _listed(found)
    except ConfigurationError:
        raise
    except Exception as error:  # a headers object may raise anything when read
        raise refused(
            "headers_not_pairs", kind=type(error).__name__, error=str(error)[:200]
        ) from None


def read_leniently(headers: object) -> tuple[Read, int] | None:
    """A response's headers as `read` reads them, but for a pair it cannot take (a name or value
    neither text nor bytes, an entry that is no pair), which is passed over and counted, as are
    the pairs past the MOST_PAIRS-th (counted as one). Bytes are read as Latin-1, as ASGI
    gives them. None for headers that cannot be read at all."""
    found: _Held = {}
    passed = 0
    try:
        for count, (name, value) in enumerate(_pairs(headers, strict=False)):
            if count >= MOST_PAIRS:
                return _listed(found), passed + 1
            name, value = _latin(name), _latin(value)
            if name is None or value is None:
                passed += 1
            else:
                _hold(found, name, value)
    except Exception:  # a headers object may raise anything when read
        return None
    return _listed(found), passed


def _hold(found: _Held, name: str, value: str) -> None:
    """Add a value under its name in lower case, trimmed of optional whitespace, once."""
    found.setdefault(name.lower(), {}).setdefault(value.strip(_OWS))


def _listed(found: _Held) -> Read:
    return {name: list(values) for name, values in found.items()}


def _latin(text: object) -> str | None:
    if isinstance(text, bytes | bytearray):
        return bytes(text).decode("latin-1")
    return text if isinstance(text, str) else None


def _pairs(headers: object, *, strict: bool = True) -> Iterator[tuple[object, object]]:
    message = sys.modules.get("email.message")
    if isinstance(headers, Mapping) or (
        message is not None and isinstance(headers, message.Message)
    ):
        items = headers.items()
        for name, value in items:
            if isinstance(value, list | tuple):
                yield from ((name, each) for each in value)
            else:
                yield name, value
        return
    if isinstance(headers, Iterable) and not isinstance(headers, str | bytes):
        for pair in headers:
            if isinstance(pair, list | tuple) and len(pair) == 2:
                yield pair[0], pair[1]
            elif strict:
                raise TypeError("each header is a (name, value) pair")
            else:
                yield None, None
        return
    raise TypeError(f"not {type(headers).__name__}")


def flat(headers: Read) -> dict[str, str]:
    """The request's headers as one value per name, in lower case (the first of several)."""
    return {name: values[0] for name, values in headers.items() if values}


def header(names: tuple[str, ...], headers: Read) -> tuple[str, str]:
    """The first of `names` present: its name as given in `names`, and its one value, read as
    header text; several values are ambiguous_header, none is missing_header."""
    for name in names:
        found = headers.get(name.lower())
        if not found:
            continue
        if len(found) > 1:
            raise refused("header_repeated", name=name)
        return name, header_text(name, found[0])
    raise refused("no_header", names=" or ".join(names))


def header_text(name: str, value: str) -> str:
    """A header value as bankcodes reads it: printable ASCII, spaces and tabs, else a
    SignatureError bad_encoding that names the first other character and where it is."""
    if HEADER_TEXT.fullmatch(value):
        return value
    index = next(i for i, char in enumerate(value) if not HEADER_TEXT.fullmatch(char))
    return _not_text(name, value[index], index)


def _not_text(name: str, char: str, index: int) -> NoReturn:
    raise refused("header_not_ascii", name=name, point=ord(char), at=index + 1)
