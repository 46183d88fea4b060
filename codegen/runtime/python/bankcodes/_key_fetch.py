"""Fetching a provider's public keys for the schemes that name them by address (a fetched key's
id, a certificate JWT's x5u): KeyFetcher, a key function for verify and receive that fetches only
from the provider's own hosts, within bounds of size and time, and keeps what it fetched.

A key address is checked (bankcodes._key_address) before it is fetched: any other address is
refused (unknown_key) and never fetched. The request is a GET over https, with the app's basic
auth where the scheme asks for it; a redirect is not followed. The whole fetch ends within
`timeout` seconds of its start however slowly the peer sends: connecting, TLS, the status line,
any interim (1xx) answers, the headers and the body all count (in Node, the host name's lookup
too; in Python, a lookup that alone takes longer ends it when the system resolver answers;
bankcodes._key_get says how). The answer must be 200, not encoded (identity is asked for), of at
most `max_bytes` bytes. A 404 or 410 is the provider's saying it has no such key (SignatureError
unknown_key); any other failure is the receiver's side, never the sender's (ConfigurationError
bad_key: answer 500 and let the provider retry).

A delivery names the address, so forged deliveries could make a receiver fetch at will; a
KeyFetcher limits what they can cost:

- at most 4 fetches (NEW_PER_MINUTE) of addresses not yet proven in any 60 seconds (WINDOW): past
  that a new address is refused without a fetch (SignatureError unknown_key, 401: deliveries
  signed with a key already kept still verify);
- an address whose fetch failed is not asked for again for 60 seconds (FAILED_FOR): the same
  error again, without a fetch;
- - a key is proven once a signature made with it has verified; at most 8 proven keys (MAX_KEPT) and
  4 others (MAX_ON_TRIAL) are kept, and one not proven never displaces one proven. A proven key's
  address is fetched again, outside the limit, when its key is older than the age kept.

A fetched-key scheme's key is kept for the scheme's key_max_age_seconds; where the scheme says a
lower key id is refused, a delivery naming a key id lower than the newest proven key's is refused
(expired_key) without a fetch, and a key proven drops the keys of lower ids. A certificate is kept
for `max_age` seconds (one hour by default, bankcodes' choice: the provider publishes none).
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bankcodes._key_address import KEY_ID, MAX_KEY_BYTES, key_address, x5u_allowed
from bankcodes._key_get import get
from bankcodes._schemes import CertificateJwtScheme, FetchedKeyScheme
from bankcodes.errors import WebhookError, refused

#: How long a certificate is kept by default, in seconds.
CERTIFICATE_MAX_AGE = 3600.0
#: The most proven keys kept.
MAX_KEPT = 8
#: The most keys kept that no signature has proven yet.
MAX_ON_TRIAL = 4
#: The most fetches of addresses not yet proven in any WINDOW seconds.
NEW_PER_MINUTE = 4
WINDOW = 60.0
#: How long an address whose fetch failed is not asked for again, in seconds.
FAILED_FOR = 60.0


@dataclass
class _Kept:
    key_id: int
    text: bytes
    at: float
    proven: bool


class KeyFetcher:
    """A key function for `provider`'s scheme (fetched_key or certificate_jwt): call it with a
    key address, get the key's text. `credentials` is the app's (id, secret) where the
    provider's key address asks for basic auth. `_via` (tests only) maps a provider origin
    (https://host) to a loopback server's (http://127.0.0.1:port); `_clock` (tests only) gives
    the seconds every time here is measured by."""

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
            raise refused("no_key_address", provider=provider)
        asks = isinstance(scheme, FetchedKeyScheme) and scheme.key_auth == "basic"
        if asks != (credentials is not None):
            raise refused("credentials_asked" if asks else "credentials_unasked", provider=provider)
        self.scheme, self.timeout, self.max_bytes = scheme, float(timeout), int(max_bytes)
        if max_age is None and isinstance(scheme, FetchedKeyScheme):
            max_age = scheme.key_max_age_seconds
        self.max_age = CERTIFICATE_MAX_AGE if max_age is None else float(max_age)
        self._auth = None if credentials is None else _basic(credentials)
        self._via, self._clock = dict(_via or {}), _clock
        self._lower = isinstance(scheme, FetchedKeyScheme) and scheme.lower_key_id_refused
        self._lock = threading.Lock()
        #: Address -> what was fetched there, newest last.
        self._kept: dict[str, _Kept] = {}
        #: Address -> when its fetch failed, and the error.
        self._failed: dict[str, tuple[float, WebhookError]] = {}
        #: When each fetch of an address not proven was started, in the last WINDOW seconds.
        self._fetched: list[float] = []

    def __call__(self, address: str) -> bytes:
        key_id = self._allowed(address)
        with self._lock:
            now = self._clock()
            kept = self._admitted(address, key_id, now)
            if kept is not None and now - kept.at < self.max_age:
                return kept.text
        try:
            text = self._fetch(address)
        except WebhookError as error:
            with self._lock:
                self._failed[address] = (now, error)
            raise
        with self._lock:
            proven = kept is not None and kept.proven
            self._keep(address, _Kept(key_id, text, now, proven))
        return text

    def _admitted(self, address: str, key_id: int, now: float) -> _Kept | None:
        """What is kept at `address`; raise why it is not fetched where it must be."""
        fresh = [k for k in self._kept.values() if k.proven and now - k.at < self.max_age]
        newest = max((k.key_id for k in fresh), default=None)
        if self._lower and newest is not None and key_id < newest:
            raise refused("key_replaced", key=key_id, newest=newest)
        kept = self._kept.get(address)
        if kept is not None and now - kept.at < self.max_age:
            return kept
        self._failed = {a: f for a, f in self._failed.items() if now - f[0] < FAILED_FOR}
        if address in self._failed:
            error = self._failed[address][1]
            message = str(error).partition(": ")[2]
            raise type(error)(
                error.reason, f"{message}; it is asked for again {FAILED_FOR:g} s after that"
            )
        if kept is not None and kept.proven:
            return kept
        self._fetched = [at for at in self._fetched if now - at < WINDOW]
        if len(self._fetched) >= NEW_PER_MINUTE:
            raise refused("fetches_spent", address=address, most=NEW_PER_MINUTE, window=WINDOW)
        self._fetched.append(now)
        return kept

    def _keep(self, address: str, entry: _Kept) -> None:
        """Keep `entry` as the newest, within the bounds of both kinds of key."""
        kept = {a: k for a, k in self._kept.items() if a != address}
        if entry.proven and self._lower:
            kept = {a: k for a, k in kept.items() if k.key_id >= entry.key_id}
        kept[address] = entry
        proven = [a for a, k in kept.items() if k.proven][-MAX_KEPT:]
        trial = [a for a, k in kept.items() if not k.proven][-MAX_ON_TRIAL:]
        self._kept = {a: k for a, k in kept.items() if a in {*proven, *trial}}

    def _proven(self, address: str) -> None:
        """A signature made with the key at `address` verified."""
        with self._lock:
            entry = self._kept.get(address)
            if entry is not None and not entry.proven:
                entry.proven = True
                self._keep(address, entry)

    def _allowed(self, address: str) -> int:
        """The key id an address names (0 for a certificate); unknown_key for another host's."""
        scheme = self.scheme
        if isinstance(scheme, CertificateJwtScheme):
            why = x5u_allowed(address, scheme.x5u_domains)
            if why is not None:
                raise refused("nothing_fetched", why=why)
            return 0
        head, _, tail = key_address(scheme.key_address, "\0").partition("\0")
        middle = address[len(head) : len(address) - len(tail)] if len(address) > len(head) else ""
        if (
            not address.startswith(head)
            or not address.endswith(tail)
            or not KEY_ID.fullmatch(middle)
            or key_address(scheme.key_address, middle) != address
        ):
            raise refused("not_key_address", address=address)
        return int(middle)

    def _fetch(self, address: str) -> bytes:
        """The body of a GET of `address`, within the fetcher's bounds."""
        url = address
        for origin, loopback in self._via.items():
            if address.startswith(origin + "/"):
                url = loopback + address[len(origin) :]
        # The connection closed after its answer, as the TypeScript fetcher asks.
        headers = {"Accept": "application/json, application/x-pem-file, */*", "Connection": "close"}
        if self._auth is not None:
            headers["Authorization"] = self._auth
        return get(
            address,
            url,
            headers,
            timeout=self.timeout,
            max_bytes=self.max_bytes,
            clock=self._clock,
        )


def proven(keys: object, address: str) -> None:
    """Tell a KeyFetcher that a signature made with its key at `address` verified."""
    if isinstance(keys, KeyFetcher):
        keys._proven(address)


def _basic(credentials: tuple[str, str]) -> str:
    app, secret = credentials
    if not isinstance(app, str) or not isinstance(secret, str) or not app or not secret:
        raise refused("credentials_type")
    return "Basic " + base64.b64encode(f"{app}:{secret}".encode()).decode("ascii")
