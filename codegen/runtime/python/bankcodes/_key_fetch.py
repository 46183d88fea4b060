"""Fetching a provider's public keys for the schemes that name them by address (a fetched key's
id, a certificate JWT's x5u): KeyFetcher, a key function for verify and receive that fetches only
from the provider's own hosts, within bounds of size and time, and keeps what it fetched.

A key address is checked (bankcodes._key_address) before it is fetched: any other address is
refused (unknown_key) and never fetched. The request is a GET over https, with the app's basic
auth where the scheme asks for it; a redirect is not followed. The answer must be 200 with at
most `max_bytes` bytes, read within `timeout` seconds (a read waits at most `timeout`, so a
fetch ends within twice that); otherwise the key is unavailable, which is the receiver's side,
never the sender's (ConfigurationError bad_key: answer 500 and let the provider retry).

A fetched-key scheme's key is kept for the scheme's key_max_age_seconds; where the scheme says a
lower key id is refused, a delivery naming a key id lower than the one kept is refused
(expired_key) without a fetch. A certificate is kept for `max_age` seconds (one hour by
default, bankcodes' choice: the provider publishes none), at most MAX_KEPT of them.
"""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from typing import Any

from bankcodes._key_address import KEY_ID, MAX_KEY_BYTES, key_address, x5u_allowed
from bankcodes._params import quoted
from bankcodes._schemes import CertificateJwtScheme, FetchedKeyScheme
from bankcodes.errors import ConfigurationError, SignatureError

#: How long a certificate is kept by default, in seconds.
CERTIFICATE_MAX_AGE = 3600.0
#: The most certificates kept.
MAX_KEPT = 8


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # the redirect answer is then an error of its own status


class KeyFetcher:
    """A key function for `provider`'s scheme (fetched_key or certificate_jwt): call it with a
    key address, get the key's text. `credentials` is the app's (id, secret) where the
    provider's key address asks for basic auth. `_via` (tests only) maps a provider origin
    (https://host) to a loopback server's (http://127.0.0.1:port)."""

    def __init__(
        self,
        provider: str,
        *,
        credentials: tuple[str, str] | None = None,
        timeout: float = 5.0,
        max_bytes: int = MAX_KEY_BYTES,
        max_age: float | None = None,
        _via: Mapping[str, str] | None = None,
        _clock: Callable[[], float] = time.monotonic,
    ) -> None:
        from bankcodes._signing import SCHEMES

        scheme = SCHEMES.get(provider)
        if not isinstance(scheme, FetchedKeyScheme | CertificateJwtScheme):
            raise ConfigurationError(
                "unknown_provider", f"{quoted(provider)} names no key to fetch by its address"
            )
        asks = isinstance(scheme, FetchedKeyScheme) and scheme.key_auth == "basic"
        if asks != (credentials is not None):
            raise ConfigurationError(
                "bad_key",
                f"{provider}'s key address asks for the app's credentials=(id, secret)"
                if asks
                else f"{provider}'s key address asks for no credentials: none are sent",
            )
        self.scheme, self.timeout, self.max_bytes = scheme, float(timeout), int(max_bytes)
        if max_age is None and isinstance(scheme, FetchedKeyScheme):
            max_age = scheme.key_max_age_seconds
        self.max_age = CERTIFICATE_MAX_AGE if max_age is None else float(max_age)
        self._auth = None if credentials is None else _basic(credentials)
        self._via, self._clock = dict(_via or {}), _clock
        #: Address -> (key id, text, when fetched), newest last.
        self._kept: dict[str, tuple[int, bytes, float]] = {}

    def __call__(self, address: str) -> bytes:
        key_id = self._allowed(address)
        now = self._clock()
        fresh = {a: k for a, k in self._kept.items() if now - k[2] < self.max_age}
        if address in fresh:
            return fresh[address][1]
        newest = max((k[0] for k in fresh.values()), default=None)
        lower = isinstance(self.scheme, FetchedKeyScheme) and self.scheme.lower_key_id_refused
        if lower and newest is not None and key_id < newest:
            raise SignatureError(
                "expired_key",
                f"key {key_id} is older than key {newest}, which replaced it: nothing was fetched",
            )
        text = self._fetch(address)
        if isinstance(self.scheme, FetchedKeyScheme):
            fresh = {}  # one key is kept: the newest
        fresh[address] = (key_id, text, now)
        self._kept = dict(list(fresh.items())[-MAX_KEPT:])
        return text

    def _allowed(self, address: str) -> int:
        """The key id an address names (0 for a certificate); unknown_key for another host's."""
        scheme = self.scheme
        if isinstance(scheme, CertificateJwtScheme):
            refused = x5u_allowed(address, scheme.x5u_domains)
            if refused is not None:
                raise SignatureError("unknown_key", f"{refused}: nothing was fetched")
            return 0
        head, _, tail = key_address(scheme.key_address, "\0").partition("\0")
        middle = address[len(head) : len(address) - len(tail)] if len(address) > len(head) else ""
        if (
            not address.startswith(head)
            or not address.endswith(tail)
            or not KEY_ID.fullmatch(middle)
            or key_address(scheme.key_address, middle) != address
        ):
            raise SignatureError(
                "unknown_key", f"{quoted(address)} is not a key address of the provider's"
            )
        return int(middle)

    def _fetch(self, address: str) -> bytes:
        """The body of a GET of `address`, within the fetcher's bounds."""
        url = address
        for origin, loopback in self._via.items():
            if address.startswith(origin + "/"):
                url = loopback + address[len(origin) :]
        headers = {"Accept": "application/json, application/x-pem-file, */*"}
        if self._auth is not None:
            headers["Authorization"] = self._auth
        deadline = self._clock() + self.timeout
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(
                urllib.request.Request(url, headers=headers), timeout=self.timeout
            ) as r:
                return self._read(address, r, deadline)
        except ConfigurationError:
            raise
        except urllib.error.HTTPError as error:
            raise _unavailable(address, f"it answered HTTP {error.code}") from None
        except (OSError, ValueError) as error:  # URLError, a timeout, a refused connection
            raise _unavailable(
                address, f"{type(error).__name__}: {quoted(str(error), 120)}"
            ) from None

    def _read(self, address: str, response: Any, deadline: float) -> bytes:
        length = response.headers.get("Content-Length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            raise _unavailable(address, f"its answer is {length} bytes, over {self.max_bytes}")
        data = b""
        while chunk := response.read1(4096):
            data += chunk
            if len(data) > self.max_bytes:
                raise _unavailable(address, f"its answer is over {self.max_bytes} bytes")
            if self._clock() > deadline:
                raise _unavailable(address, f"its answer took over {self.timeout:g} s")
        return data


def _basic(credentials: tuple[str, str]) -> str:
    app, secret = credentials
    if not isinstance(app, str) or not isinstance(secret, str) or not app or not secret:
        raise ConfigurationError("bad_key", "credentials are the app's (id, secret), two strings")
    return "Basic " + base64.b64encode(f"{app}:{secret}".encode()).decode("ascii")


def _unavailable(address: str, why: str) -> ConfigurationError:
    return ConfigurationError("bad_key", f"the key at {address} could not be fetched: {why}")
