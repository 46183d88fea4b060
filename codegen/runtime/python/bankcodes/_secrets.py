"""The secrets a webhook receiver is given, and the header a shared secret travels in: each
secret read as bytes (one, or several during a rotation), a header's name checked, and a shared
secret compared whole and in constant time, none ever shown (bankcodes.signatures)."""

from __future__ import annotations

import hmac
import re

from bankcodes import _hmac
from bankcodes._headers import HEADER_TEXT
from bankcodes._schemes import Scheme, SharedSecretScheme
from bankcodes.errors import refused

#: A header's name: an RFC 9110 token, of at most 256 characters.
TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,256}")


def secret_bytes(secret: object) -> bytes:
    """One secret as bytes: a non-blank str (as UTF-8) or bytes-like."""
    if isinstance(secret, str):
        try:
            key = secret.encode("utf-8")
        except UnicodeEncodeError:
            raise refused("secret_surrogate") from None
    elif isinstance(secret, bytes | bytearray | memoryview):
        key = bytes(secret)
    elif secret is None:
        raise refused("no_secret", secret=None)
    else:
        raise refused("secret_type", kind=type(secret).__name__)
    if not key.strip(b" \t\r\n\v\f"):
        raise refused("secret_blank")
    return key


def secrets_of(secret: object) -> tuple[bytes, ...]:
    """One secret or several (a list or tuple, during a rotation), as bytes."""
    if isinstance(secret, list | tuple):
        if not secret:
            raise refused("no_secrets")
        return tuple(secret_bytes(each) for each in secret)
    return (secret_bytes(secret),)


def secret_header_of(provider: str, scheme: Scheme, named: object) -> str | None:
    """The header holding a shared secret: the provider's own, or the one the app named
    (`named`, secret_header), which only a provider whose header the app names takes."""
    own = scheme.header if isinstance(scheme, SharedSecretScheme) else None
    if named is None:
        if isinstance(scheme, SharedSecretScheme) and own is None:
            raise refused("no_secret_header", provider=provider)
        return own
    if not isinstance(named, str) or not TOKEN.fullmatch(named):
        # The value is not shown: a secret given in its place would be.
        kind = "text" if isinstance(named, str) else type(named).__name__
        raise refused("secret_header_not_name", kind=kind)
    if not isinstance(scheme, SharedSecretScheme) or own is not None:
        sends = (
            f"the secret in its own header, {own}"
            if own is not None
            else "no secret in a header the app names"
        )
        raise refused("secret_header_unneeded", provider=provider, sends=sends)
    return named


def refuse_secret_as_name(header: str, keys: tuple[bytes, ...]) -> None:
    """Refuse a header's name that is one of the secrets (the two swapped): the request's
    missing header would otherwise be named, and the secret with it."""
    if any(hmac.compare_digest(key, header.encode()) for key in keys):
        raise refused("secret_header_is_secret")


def header_text(key: bytes) -> str:
    """A secret as the header text that carries it."""
    try:
        return key.decode("utf-8")
    except UnicodeDecodeError:
        raise refused("header_secret_not_utf8") from None


def shared_secret(name: str, value: str, keys: tuple[bytes, ...], secret: object) -> int:
    """The index of the secret a shared-secret header holds, every secret compared whole and in
    constant time. A secret with whitespace around it that matches once stripped is the
    receiver's own mistake (bad_secret). Neither value is ever shown."""
    for index, key in enumerate(keys):
        if not HEADER_TEXT.fullmatch(key.decode("latin-1")):
            raise refused("header_secret_not_ascii", index=index)
    given = value.encode("ascii")
    matched = [index for index, key in enumerate(keys) if hmac.compare_digest(key, given)]
    if matched:
        return matched[0]
    every = secret if isinstance(secret, list | tuple) else [secret]
    for index, each in enumerate(every):
        stripped = each.strip(_hmac.AROUND) if isinstance(each, str) else None
        if stripped and stripped != each and hmac.compare_digest(stripped.encode(), given):
            raise refused("secret_padded", index=index, name=name)
    raise refused("secret_mismatch", name=name)
