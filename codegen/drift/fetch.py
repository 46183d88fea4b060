"""What a source publishes today, fetched for `python -m codegen.drift --fetch`.

A file of a GitHub repository, pinned at a commit, is read at the commit its repository's default
branch is at: that commit is asked of GitHub's API first
(api.github.com/repos/OWNER/REPO/commits/HEAD), then the file is fetched at it
(https://raw.githubusercontent.com/OWNER/REPO/COMMIT/PATH), so that a new pin names the commit
whose content was compared, even when the branch moves meanwhile. Where the commit cannot be
asked, the file is read at HEAD, compared, and not pinned (the result says why). Any other source
is fetched at its address. A seed document, or a folder of a repository, has nothing to fetch.

Only the source's own host is read (codegen.drift.hosts): redirects are followed by hand, each
checked, and a redirect elsewhere stops the run with nothing written.

The client is httpx: a timeout per request, at most MAX_ATTEMPTS attempts with a backoff for a
connection that fails, 429 and 5xx (a Retry-After of at most MAX_WAIT seconds is honoured), the
size limit of codegen.drift.limits checked while the body streams in, a User-Agent that says
what asks, at most CONCURRENCY requests at a time, and conditional requests: the ETag and
Last-Modified of each address, and its body, are kept in a cache folder (by default
~/.cache/bankcodes/drift, outside the repository), so a source that did not change is answered
304 and read from there.

`mirror` replaces https://HOST/PATH with MIRROR/HOST/PATH: an http(s) address (a server on
loopback in the tests) or a folder, where a PATH ending in "/" reads its index.html; a path that
would lead outside the folder is refused.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from codegen.drift import hosts, limits
from codegen.drift.fetched import (
    Fetched,
    RefusedSource,
    Unreachable,
    decoded,
    from_folder,
    mirrored,
    read_within,
)
from codegen.drift.shown import escaped
from codegen.spec import Source

MAX_ATTEMPTS = 3
#: The most redirects followed for one address.
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
MAX_WAIT = 30.0
CONCURRENCY = 4
#: The default cache folder, outside any checkout.
CACHE = Path.home() / ".cache" / "bankcodes" / "drift"

_GITHUB_FILE = re.compile(r"https://github\.com/([^/]+)/([^/]+)/blob/[^/]+/(.+)")
_GITHUB_FOLDER = re.compile(r"https://github\.com/[^/]+/[^/]+/tree/.+")
_COMMIT = re.compile(r"[0-9a-f]{40}")
_API_HOSTS = frozenset({"api.github.com"})


@dataclass(frozen=True)
class Address:
    """Where a source is fetched: its address today (a repository file's at HEAD), the hosts a
    redirect may lead to, and for a repository file the repository (owner, name) and the file's
    path in it."""

    url: str
    repository: tuple[str, str] | None = None
    path: str | None = None
    hosts: frozenset[str] = frozenset()

    def at(self, commit: str) -> str:
        """A repository file's address at `commit`."""
        assert self.repository is not None and self.path is not None, "a repository file"
        owner, name = self.repository
        return f"https://raw.githubusercontent.com/{owner}/{name}/{commit}/{self.path}"


def address(source: Source) -> Address | str:
    """Where `source` is published today, or why it has nothing to fetch."""
    if source.kind == "seed":
        return "a seed document: nothing to fetch"
    if source.url is None:
        return "no address"
    if _GITHUB_FOLDER.fullmatch(source.url):
        return "a folder of a repository: nothing to fetch"
    found = _GITHUB_FILE.fullmatch(source.url)
    allowed = frozenset(host.lower() for host in source.redirect_hosts)
    if found is not None:
        owner, name, path = found.groups()
        raw = f"https://raw.githubusercontent.com/{owner}/{name}/HEAD/{path}"
        return Address(raw, (owner, name), path, allowed | {"raw.githubusercontent.com"})
    return Address(source.url, hosts=allowed | {hosts.host_of(source.url)})


class Fetcher:
    """Fetches sources: see the module's docstring."""

    def __init__(
        self,
        *,
        mirror: str | None = None,
        cache: Path | None = CACHE,
        timeout: float = 30.0,
        user_agent: str = "bankcodes-drift",
        backoff: float = 0.5,
        resolve: hosts.Resolver = socket.getaddrinfo,
    ) -> None:
        import httpx

        self.mirror = mirror
        self.cache = cache
        self.backoff = backoff
        self.resolve = resolve
        #: The longest a body may take to arrive, in all.
        self.deadline = 4 * timeout
        #: The byte limit of this run (read here: the fetching threads see no context).
        self.max_bytes = limits.max_bytes()
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": user_agent},
            follow_redirects=False,
        )

    def close(self) -> None:
        self.client.close()

    def fetch_all(self, addresses: dict[str, Address]) -> dict[str, Fetched | Unreachable]:
        """Every address fetched, at most CONCURRENCY at a time; each source's outcome. The
        commit of each repository is asked first, and its files fetched at that commit."""
        repositories = sorted({a.repository for a in addresses.values() if a.repository})
        with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
            commits = dict(zip(repositories, pool.map(self._head, repositories), strict=True))
            ids = sorted(addresses)
            outcomes = pool.map(lambda i: self._outcome(addresses[i], commits), ids)
            return dict(zip(ids, outcomes, strict=True))

    def _outcome(
        self, where: Address, commits: dict[tuple[str, str], str | Unreachable]
    ) -> Fetched | Unreachable:
        commit = commits.get(where.repository) if where.repository else None
        if isinstance(commit, RefusedSource):  # the commit's answer was refused: so is the file's
            return RefusedSource(f"the commit of its repository could not be asked: {commit}")
        url = where.at(commit) if isinstance(commit, str) else where.url
        unasked = ""
        if isinstance(commit, Unreachable):
            repository = "/".join(where.repository or ())
            unasked = (
                f"the commit of {repository}'s default branch could not be asked of GitHub's "
                f"API ({commit})"
            )
        try:
            fetched = self.get(url, also=where.hosts)
        except hosts.Refused as error:
            return RefusedSource(str(error))
        except Unreachable as error:
            # Both failures are said: the file's, and the commit's it would have been read at.
            return Unreachable(f"{error}; {unasked}") if unasked else error
        if isinstance(commit, Unreachable):
            unpinned = f"{unasked}: read at HEAD"
            return Fetched(fetched.body, fetched.content_type, fetched.not_modified, None, unpinned)
        return Fetched(fetched.body, fetched.content_type, fetched.not_modified, commit)

    def _head(self, repository: tuple[str, str]) -> str | Unreachable:
        """The commit a repository's default branch is at, as GitHub's API says, or why it
        cannot be asked."""
        owner, name = repository
        url = f"https://api.github.com/repos/{owner}/{name}/commits/HEAD"
        try:
            answer = self.get(
                url, accept="application/vnd.github.sha", cached=False, also=_API_HOSTS
            )
        except hosts.Refused as error:
            return RefusedSource(str(error))
        except Unreachable as error:
            return error
        text = answer.body.decode("ascii", "replace").strip()
        if not _COMMIT.fullmatch(text):
            return Unreachable(f"GitHub's API answered no commit: {escaped(text, 60)}")
        return text

    def get(
        self,
        url: str,
        *,
        accept: str | None = None,
        cached: bool = True,
        also: frozenset[str] = frozenset(),
    ) -> Fetched:
        """The body at `url` (through the mirror), conditionally where the cache has it; a
        redirect is followed only to the address's own host or one of `also`."""
        if self.mirror is not None and not re.match(r"https?://", self.mirror):
            return from_folder(Path(self.mirror), url, self.max_bytes)
        if self.mirror is None:
            try:
                hosts.check_address(url, resolve=self.resolve)
            except hosts.Unresolved as error:
                raise Unreachable(str(error)) from None
        target = url if self.mirror is None else mirrored(self.mirror, url)
        # The cache is kept per address read: a mirror's copies are never taken for the page's.
        entry = self._cached(target) if cached else None
        headers = {} if accept is None else {"Accept": accept}
        if entry is not None:
            etag, modified = _validator(entry.get("etag")), _validator(entry.get("last_modified"))
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
        allowed = also | {hosts.host_of(url)}
        status, body, answer_headers = self._followed(target, headers, allowed)
        content_type = answer_headers.get("content-type", "")
        if status == 304 and entry is not None:
            return Fetched(self._body(target), entry.get("content_type", ""), not_modified=True)
        if status != 200:
            raise Unreachable(f"HTTP {status}")
        if cached:
            self._keep(target, body, content_type, answer_headers)
        return Fetched(body, content_type)

    def _followed(
        self, url: str, headers: dict[str, str], allowed: frozenset[str]
    ) -> tuple[int, bytes, dict[str, str]]:
        """The answer at `url`, its redirects followed where codegen.drift.hosts allows."""
        for _ in range(MAX_REDIRECTS + 1):
            status, body, answer = self._request(url, headers)
            location = answer.get("location")
            if status not in _REDIRECTS or location is None:
                return status, body, answer
            try:
                after = urljoin(url, location)
                hosts.check_redirect(url, after, allowed, mirror=self.mirror, resolve=self.resolve)
            except hosts.Unresolved as error:
                raise Unreachable(f"redirected to a host that {error}") from None
            except ValueError:  # urljoin of a Location that is no address
                raise hosts.Refused(
                    f"a redirect from {escaped(url, 120)} to {escaped(location, 120)} is refused: "
                    "it is no address"
                ) from None
            url = after
        raise Unreachable(f"redirected more than {MAX_REDIRECTS} times")

    def _request(self, url: str, headers: dict[str, str]) -> tuple[int, bytes, dict[str, str]]:
        import httpx

        reason = ""
        # The body is read as sent and decoded here, within the byte limit (httpx would inflate
        # a compressed body whole before the limit could be checked).
        headers = {**headers, "Accept-Encoding": "gzip, deflate"}
        for attempt in range(MAX_ATTEMPTS):
            wait = self.backoff * 2**attempt
            try:
                with self.client.stream("GET", url, headers=headers) as response:
                    if self.mirror is None:
                        _check_peer(response, url)
                    if response.status_code == 429 or response.status_code >= 500:
                        reason = f"HTTP {response.status_code}"
                        wait = max(wait, _retry_after(response.headers.get("retry-after")))
                    else:
                        if response.status_code in _REDIRECTS:
                            return response.status_code, b"", dict(response.headers)
                        encoding = response.headers.get("content-encoding", "identity")
                        raw = read_within(response, self.deadline, self.max_bytes)
                        body = decoded(raw, encoding, self.max_bytes)
                        return response.status_code, body, dict(response.headers)
            except httpx.InvalidURL:
                # httpx reads a redirect's Location before the answer is handed back: one it
                # cannot parse (javascript:…, mailto:…, x:y) is a redirect to no address.
                raise hosts.Refused(
                    f"a redirect from {escaped(url, 120)} is refused: its Location is no address"
                ) from None
            except httpx.TimeoutException:
                reason = "timed out"
            except httpx.HTTPError as error:
                reason = f"cannot fetch: {type(error).__name__}"
            if attempt + 1 < MAX_ATTEMPTS:
                time.sleep(min(wait, MAX_WAIT))
        raise Unreachable(f"{reason} after {MAX_ATTEMPTS} attempts")

    # -- the cache: one metadata file and one body file per address ----------------------------

    def _paths(self, url: str) -> tuple[Path, Path] | None:
        if self.cache is None:
            return None
        key = hashlib.sha256(url.encode()).hexdigest()[:32]
        return self.cache / f"{key}.json", self.cache / f"{key}.body"

    def _cached(self, url: str) -> dict[str, str] | None:
        paths = self._paths(url)
        if paths is None or not paths[0].is_file() or not paths[1].is_file():
            return None
        try:
            entry = json.loads(paths[0].read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) and entry.get("url") == url else None

    def _body(self, url: str) -> bytes:
        paths = self._paths(url)
        assert paths is not None, "a 304 is asked for only with a cache"
        return paths[1].read_bytes()

    def _keep(self, url: str, body: bytes, content_type: str, headers: dict[str, str]) -> None:
        paths = self._paths(url)
        etag = _validator(headers.get("etag"))
        modified = _validator(headers.get("last-modified"))
        if paths is None or not (etag or modified):
            return
        entry = {"url": url, "etag": etag, "last_modified": modified, "content_type": content_type}
        try:
            paths[0].parent.mkdir(parents=True, exist_ok=True)
            # The entry goes first, then each file whole: a run stopped midway leaves an entry
            # whose validators no longer match, never validators beside half a body.
            paths[0].unlink(missing_ok=True)
            _whole(paths[1], body)
            _whole(paths[0], json.dumps(entry).encode("utf-8"))
        except OSError:  # the cache only saves requests: a run goes on without it
            return


def _whole(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (a file beside it, renamed over it)."""
    staged = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        staged.write_bytes(data)
        staged.replace(path)
    finally:
        staged.unlink(missing_ok=True)


def _validator(value: object) -> str | None:
    """An ETag or Last-Modified worth sending back: printable ASCII, of a sane length."""
    if not isinstance(value, str) or len(value) > 200 or not all(" " <= c <= "~" for c in value):
        return None
    return value


def _check_peer(response: Any, url: str) -> None:
    """Refuse an answer from an address that is not public, whatever the name resolved to
    when it was checked (a name that resolves otherwise the second time: DNS rebinding); read
    from the connection httpx made (its network stream, a public extension)."""
    import ipaddress

    stream = response.extensions.get("network_stream")
    address = stream.get_extra_info("server_addr") if stream is not None else None
    if not address:
        return
    ip = ipaddress.ip_address(str(address[0]).split("%")[0])
    if not ip.is_global or ip.is_multicast:
        raise hosts.Refused(f"{escaped(url, 120)} is refused: it was answered from {ip}")


def _retry_after(value: str | None) -> float:
    """Seconds of a Retry-After header given in seconds (a date is not waited for)."""
    if value is None or not value.strip().isdigit():
        return 0.0
    return min(float(value.strip()), MAX_WAIT)
