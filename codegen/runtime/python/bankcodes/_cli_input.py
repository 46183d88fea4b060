"""What the `bankcodes` command reads: files within a limit, headers, and secrets from the
environment (never from the command line), and the error for input it cannot use."""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Sequence
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2


class Unusable(Exception):
    """Input the command cannot work with (exit status 2)."""


#: The most the command reads from a file or standard input (a body over it is unusable).
MAX_READ = 1024 * 1024


def read(path: str, limit: int = MAX_READ) -> bytes:
    """At most `limit` bytes of a regular file (or - for standard input); more, or a file that
    is not a regular one (a FIFO, a device, a folder), is unusable input. The path is never
    repeated: a secret given in its place by mistake would be."""
    if path == "-" and getattr(sys.stdin, "buffer", None) is None:  # started with <&-
        raise Unusable("standard input is closed: give the input on it, or a file's path")
    try:
        data = sys.stdin.buffer.read(limit + 1) if path == "-" else _regular(path, limit + 1)
    except OSError as error:
        raise Unusable(
            f"cannot read the file given (its path is not shown): {error.strerror}"
        ) from None
    return within(data, limit)


def within(data: bytes, limit: int = MAX_READ) -> bytes:
    """`data`, at most `limit` bytes long; longer is unusable input."""
    if len(data) > limit:
        raise Unusable(f"the input given is over {limit} bytes")
    return data


def _regular(path: str, size: int) -> bytes:
    """At most `size` bytes of the regular file at `path`. It is opened without blocking, so
    that a FIFO with no writer is refused at once rather than waited on."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(descriptor, "rb", closefd=True) as file:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise Unusable("the file given is not a regular file (its path is not shown)")
        return file.read(size)


#: The name of an environment variable (a value that is not one is never repeated).
VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,254}")


def _holders(value: str) -> list[str]:
    """The environment variables whose value is `value` (given where a name is expected)."""
    given = os.fsencode(value)
    names = (os.fsdecode(name) for name, held in os.environb.items() if held == given)
    return sorted(name for name in names if VARIABLE.fullmatch(name))  # names a shell can give


#: Why a value of --secret-env is not repeated.
_NOT_SHOWN = "(it is not shown: it may be the secret itself)"


def secret(variable: str | None, provider: str = "") -> Any:
    """The secret from an environment variable, as bytes (never echoed); for a provider that
    signs with JWTs, the variable holds its public keys as JSON (a JWK, the key endpoint's reply,
    a list of either, or an object from kid to JWK), for one that signs a JWS, its key set
    (a JWKS), and for one whose RSA key is fetched by address, a PEM or an object from address to
    PEM; for a provider that signs nothing, no variable (None)."""
    from bankcodes import signatures

    scheme = signatures.SCHEMES.get(provider)
    if isinstance(scheme, signatures.NoSignature):
        if variable is not None:
            raise Unusable(f"{provider} signs no webhooks: leave out --secret-env")
        return None
    if variable is None:
        raise Unusable(f"{provider} signs its webhooks: give --secret-env VAR")
    holders = _holders(variable) if variable.strip() else []
    hint = "export the variable, or check its name"
    if holders:
        shown = " or ".join(holders[:3])
        hint = f"the value given is the value of {shown}: give --secret-env {holders[0]}"
    if not VARIABLE.fullmatch(variable):
        raise Unusable(
            "--secret-env takes the name of the environment variable that holds the secret, "
            f"and the value given is not a variable name {_NOT_SHOWN}; {hint}"
        )
    value = os.environb.get(os.fsencode(variable))
    if value is None:
        raise Unusable(
            f"--secret-env names no environment variable that is set {_NOT_SHOWN}; {hint}"
        )
    if not value.strip():
        raise Unusable(f"the environment variable {variable} is empty")
    if isinstance(scheme, signatures.JwsScheme):
        wanted = f"{variable} must hold {provider}'s key set as JSON (a JWKS, {{'keys': [...]}})"
    elif isinstance(scheme, signatures.JwtScheme):
        wanted = (
            f"{variable} must hold {provider}'s public keys as JSON: a JWK, the key endpoint's "
            "reply, a list of either, or an object from kid to JWK"
        )
    elif isinstance(scheme, signatures.FetchedKeyScheme | signatures.CertificateJwtScheme):
        wanted = (
            f"{variable} must hold {provider}'s public key (a PEM) or, as JSON, an object from "
            "key address to PEM"
        )
        if not value.lstrip().startswith(b"{"):
            return value
    else:
        return value
    try:
        keys = json.loads(value)
    except (ValueError, RecursionError):  # not JSON, or nested past any key's depth
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
