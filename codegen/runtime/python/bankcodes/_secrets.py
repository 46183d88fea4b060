"""The secrets a webhook receiver is given, and the header a shared secret travels in: each
secret read as bytes (one, or several during a rotation), a header's name checked, and a shared
secret compared whole and in constant time, none ever shown (bankcodes.signatures)."""

from __future__ import annotations

import hmac
import re

from bankcodes import _hmac
from bankcodes._headers import HEADER_TEXT
from bankcodes._schemes import Scheme, SharedSecretScheme
from bankcodes.errors import ConfigurationError, SignatureError

#: A header's name: an RFC 9110 token, of at most 256 characters.
TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,256}")


def secret_bytes(secret: object) -> bytes:
    """One secret as bytes: a non-blank str (as UTF-8) or bytes-like."""
    if isinstance(secret, str):
        try:
            key = secret.encode("utf-8")
        except UnicodeEncodeError:
            raise ConfigurationError(
                "bad_secret", "the secret holds a lone surrogate, which is not text"
            ) from None
    elif isinstance(secret, bytes | bytearray | memoryview):
        key = bytes(secret)
    elif secret is None:
        raise ConfigurationError("empty_secret", "no webhook secret was given (None)")
    else:
        raise ConfigurationError(
            "bad_secret", f"a secret is a str or bytes, not {type(secret).__name__}"
        )
    if not key.strip(b" \t\r\n\v\f"):
        raise ConfigurationError("empty_secret", "the webhook secret is empty or blank")
    return key


def secrets_of(secret: object) -> tuple[bytes, ...]:
    """One secret or several (a list or tuple, during a rotation), as bytes."""
    if isinstance(secret, list | tuple):
        if not secret:
            raise ConfigurationError("empty_secret", "the list of webhook secrets is empty")
        return tuple(secret_bytes(each) for each in secret)
    return (secret_bytes(secret),)


def secret_header_of(provider: str, scheme: Scheme, named: object) -> str | None:
    """The header holding a shared secret: the provider's own, or the one the app named
    (`named`, secret_header), which only a provider whose header the app names takes."""
    own = scheme.header if isinstance(scheme, SharedSecretScheme) else None
    if named is None:
        if isinstance(scheme, SharedSecretScheme) and own is None:
            raise ConfigurationError(
                "missing_secret_header",
                f"{provider} sends the secret in a header your app names when it creates the "
                "webhook: pass secret_header= (that header's name)",
            )
        return own
    if not isinstance(named, str) or not TOKEN.fullmatch(named):
        # The value is not shown: a secret given in its place would be.
        kind = "text" if isinstance(named, str) else type(named).__name__
        raise ConfigurationError(
            "bad_secret_header",
            "secret_header is the name of a header (at most 256 letters, digits and "
            f"!#$%&'*+-.^_`|~), which the {kind} given is not",
        )
    if not isinstance(scheme, SharedSecretScheme) or own is not None:
        sends = (
            f"the secret in its own header, {own}"
            if own is not None
            else "no secret in a header the app names"
        )
        raise ConfigurationError(
            "bad_secret_header", f"{provider} sends {sends}: leave secret_header out"
        )
    return named


def refuse_secret_as_name(header: str, keys: tuple[bytes, ...]) -> None:
    """Refuse a header's name that is one of the secrets (the two swapped): the request's
    missing header would otherwise be named, and the secret with it."""
    if any(hmac.compare_digest(key, header.encode()) for key in keys):
        raise ConfigurationError(
            "bad_secret_header",
            "secret_header is one of the secrets given: pass the header's name there, and the "
            "secret as the secret",
        )


def header_text(key: bytes) -> str:
    """A secret as the header text that carries it."""
    try:
        return key.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigurationError(
            "bad_secret", "a secret sent in a header is text: these bytes are not UTF-8"
        ) from None


def shared_secret(name: str, value: str, keys: tuple[bytes, ...], secret: object) -> int:
    """The index of the secret a shared-secret header holds, every secret compared whole and in
    constant time. A secret with whitespace around it that matches once stripped is the
    receiver's own mistake (bad_secret). Neither value is ever shown."""
    for index, key in enumerate(keys):
        if not HEADER_TEXT.fullmatch(key.decode("latin-1")):
            raise ConfigurationError(
                "bad_secret",
                f"secret {index} is not printable ASCII, and a secret sent in a header is: "
                "no delivery can carry it",
            )
    given = value.encode("ascii")
    matched = [index for index, key in enumerate(keys) if hmac.compare_digest(key, given)]
    if matched:
        return matched[0]
    every = secret if isinstance(secret, list | tuple) else [secret]
    for index, each in enumerate(every):
        stripped = each.strip(_hmac.AROUND) if isinstance(each, str) else None
        if stripped and stripped != each and hmac.compare_digest(stripped.encode(), given):
            raise ConfigurationError(
                "bad_secret",
                f"secret {index} has whitespace or a line break around it, and without it "
                f"{name} matches: strip the secret where it is read",
            )
    raise SignatureError(
        "mismatch", f"{name} does not hold the webhook's secret (nor any of those given)"
    )
