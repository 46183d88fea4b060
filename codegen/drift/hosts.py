"""Where `python -m codegen.drift --fetch` may read: a source's own host, never another.

A source is read at its address and at no other: a redirect is followed only to the source's own
host (or to a host the source declares in `redirect_hosts`), over https, and never to a literal IP
address or to a name that resolves to a loopback, link-local, private or otherwise reserved
address. A redirect that breaks one of these rules is refused (`Refused`, which names both
addresses): the run stops with nothing written, since a page that moved elsewhere is for a
person to look at.

With `--mirror URL` the addresses are read as MIRROR/HOST/PATH: the mirror is trusted (a server
on loopback in the tests, a folder of saved pages), a redirect must stay under the mirror and
lead to an allowed HOST, and addresses are not resolved.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from codegen.drift.errors import DriftInputError
from codegen.drift.shown import escaped

#: How a name is resolved (socket.getaddrinfo's signature; replaced in the tests).
Resolver = Callable[..., Iterable[tuple[object, object, object, object, tuple[object, ...]]]]


class Refused(DriftInputError):
    """An address or a redirect drift will not read (see the module's docstring)."""


class Unresolved(Exception):
    """A host whose name does not resolve now: not asked for (it might resolve inward later),
    and the source is unreachable for this run."""


def host_of(url: str) -> str:
    """The host of an https address, lower case, without its port."""
    return (urlsplit(url).hostname or "").lower()


def logical(url: str, mirror: str | None) -> str | None:
    """The source address an address read through an http(s) `mirror` stands for
    (MIRROR/HOST/PATH is https://HOST/PATH), its dot segments removed as a client removes them
    before it asks; None for an address outside the mirror."""
    url = _without_dots(url)
    if mirror is None:
        return url
    prefix = mirror.rstrip("/") + "/"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix) :]
    return f"https://{rest}" if rest and not rest.startswith("/") else None


def _without_dots(url: str) -> str:
    """`url` with the dot segments of its path removed (RFC 3986 5.2.4: what httpx asks for);
    a percent-encoded dot segment is kept as it is, and refused by the caller."""
    parts = urlsplit(url)
    segments: list[str] = []
    for segment in parts.path.split("/"):
        if segment == "..":
            if len(segments) > 1:
                segments.pop()
        elif segment != ".":
            segments.append(segment)
    path = "/".join(segments)
    if parts.path.endswith(("/.", "/..")):
        path += "/"
    return parts._replace(path=path).geturl()


def check_redirect(
    before: str,
    after: str,
    hosts: frozenset[str],
    *,
    mirror: str | None,
    resolve: Resolver = socket.getaddrinfo,
) -> None:
    """Refuse a redirect from `before` to `after` (addresses as requested, through the mirror
    where there is one) that leaves the source's `hosts`."""
    said = f"a redirect from {_shown(before)} to {_shown(after)}"
    try:
        _check_redirect(said, after, hosts, mirror=mirror, resolve=resolve)
    except ValueError as error:  # an address urllib cannot read: a port out of range, a "["
        raise Refused(f"{said} is refused: it is no address ({_shown(str(error))})") from None


def _check_redirect(
    said: str, after: str, hosts: frozenset[str], *, mirror: str | None, resolve: Resolver
) -> None:
    if re.search(r"%2e", urlsplit(after).path, re.IGNORECASE):
        raise Refused(f"{said} is refused: its path holds an encoded dot")
    target = logical(after, mirror)
    if target is None:
        raise Refused(f"{said} is refused: it leaves the mirror {_shown(mirror or '')}")
    parts = urlsplit(target)
    if parts.scheme != "https":
        raise Refused(f"{said} is refused: it leaves https")
    host = host_of(target)
    if host not in hosts:
        allowed = ", ".join(sorted(hosts))
        raise Refused(
            f"{said} is refused: {_shown(host)} is not the source's host ({allowed}; a source "
            "may name more in redirect_hosts)"
        )
    if parts.port not in (None, 443):
        raise Refused(f"{said} is refused: it names port {parts.port}")
    if mirror is None:
        check_address(target, resolve=resolve)


def check_address(url: str, *, resolve: Resolver = socket.getaddrinfo) -> None:
    """Refuse an address whose host is a literal IP address, or a name that resolves to an
    address that is not public (loopback, link-local, private, reserved)."""
    host = host_of(url)
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    else:
        raise Refused(f"{_shown(url)} is refused: its host is an IP address, not a name")
    try:
        found = resolve(host, 443, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        raise Unresolved(f"{_shown(host)} does not resolve") from None
    for *_, address in found:
        ip = ipaddress.ip_address(str(address[0]).split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise Refused(
                f"{_shown(url)} is refused: {_shown(host)} resolves to {ip}, which is not a "
                "public address"
            )


def _shown(text: str) -> str:
    return escaped(text, 120)
