"""A body sent as a signed JSON Web Token (application/jwt: the JWS compact serialization), read
as the JSON of its payload without verifying its signature, for the payload kinds whose bodies
travel so (the spec's `jwt`, their `jwt_unverified`). One definition, which TypeScript's
jwt-body.ts shares and the site's page on reading a payload says in words:

- the body is text (a str, or bytes of ASCII) of at most MAX_BYTES, ASCII whitespace around it
  ignored;
- it has three parts separated by dots, each exact, unpadded base64url of at least one character
  (bankcodes._jwt.unbase64url: the JWS compact form);
- the first is a JSON object with a text "alg" (a JOSE header), and the second a JSON object (the
  body), each read under bankcodes.payloads' rules.

Anything else is no such body. The signature (the third part) is never checked: a reader says
that it did not, with its kind's reason.
"""

from __future__ import annotations

import re

from bankcodes._payload_kinds import KINDS

#: The longest body read as a token: the payloads' limit (1 MiB).
MAX_BYTES = 1024 * 1024
#: The compact form: three parts of base64url characters separated by dots.
_COMPACT = re.compile(r"([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+")
#: What is stripped from the ends of a body: ASCII whitespace.
_SPACE = " \t\n\r\x0b\x0c"


def jwt_payload(body: object) -> dict[str, object] | None:
    """The JSON object a signed JWT sent as a body (`body`: a str, or bytes) carries as its
    payload, read without verifying its signature; None for a body that is no such token."""
    if isinstance(body, bytes | bytearray | memoryview):
        if len(body) > MAX_BYTES:
            return None
        try:
            body = bytes(body).decode("ascii")
        except UnicodeDecodeError:
            return None
    if not isinstance(body, str) or len(body) > MAX_BYTES:
        return None
    found = _COMPACT.fullmatch(body.strip(_SPACE))
    if found is None:
        return None
    header = _part(found[1])
    if header is None or not isinstance(header.get("alg"), str):
        return None
    return _part(found[2])


def _part(text: str) -> dict[str, object] | None:
    """The JSON object a part of a token encodes, read as a body is; None for anything else."""
    from bankcodes._jwt import unbase64url  # on first use: a token's reader, not every body's
    from bankcodes._payloads import PayloadError, parse

    data = unbase64url(text)
    if data is None:
        return None
    try:
        value = parse(data, max_bytes=MAX_BYTES)
    except PayloadError:
        return None
    return value if isinstance(value, dict) else None


def signed_kinds(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """Of `kinds`, those whose bodies travel as a signed JWT's payload, in their order."""
    return tuple(kind for kind in kinds if KINDS[kind].jwt_unverified is not None)
