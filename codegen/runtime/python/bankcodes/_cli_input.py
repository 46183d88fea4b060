"""What the `bankcodes` command reads: files within a limit, headers, and secrets from the
environment (never from the command line), and the error for input it cannot use."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2


class Unusable(Exception):
    """Input the command cannot work with (exit status 2)."""


#: The most the command reads from a file or standard input (a body over it is unusable).
MAX_READ = 1024 * 1024


def read(path: str, limit: int = MAX_READ) -> bytes:
    """At most `limit` bytes of a file (or - for standard input); more is unusable input."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(path, "rb") as file:
                data = file.read(limit + 1)
    except OSError as error:
        raise Unusable(f"cannot read {path}: {error.strerror}") from None
    if len(data) > limit:
        raise Unusable(f"{path} is over {limit} bytes")
    return data


def secret(variable: str | None, provider: str = "") -> Any:
    """The secret from an environment variable, as bytes (never echoed); for a provider that
    signs with JWTs, the variable holds its public JWK or a JSON list of them; for a provider
    that signs nothing, no variable (None)."""
    from bankcodes import signatures

    scheme = signatures.SCHEMES.get(provider)
    if isinstance(scheme, signatures.NoSignature):
        if variable is not None:
            raise Unusable(f"{provider} signs no webhooks: leave out --secret-env")
        return None
    if variable is None:
        raise Unusable(f"{provider} signs its webhooks: give --secret-env VAR")
    value = os.environb.get(os.fsencode(variable))
    if not value or not value.strip():
        raise Unusable(f"the environment variable {variable} is not set or empty")
    if not isinstance(scheme, signatures.JwtScheme):
        return value
    wanted = f"{variable} must hold a JWK or a JSON list of JWKs for {provider}"
    try:
        keys = json.loads(value)
    except ValueError:
        raise Unusable(wanted) from None
    if not isinstance(keys, dict | list):
        raise Unusable(wanted)
    return keys


def headers(headers: Sequence[str]) -> list[tuple[str, str]]:
    pairs = []
    for header in headers:
        name, separator, value = header.partition(":")
        if not separator or not name.strip():
            raise Unusable(f"--header takes NAME:VALUE ({len(header)} characters given)")
        pairs.append((name.strip(), value.strip(" \t")))
    return pairs
