"""What a fetch gives: a source's body as fetched, or why it could not be fetched; a body read
within its bounds (its size, its time, one content encoding), or a source's copy in a mirror
folder (codegen.drift.fetch)."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from codegen.drift import hosts
from codegen.drift.shown import escaped


@dataclass(frozen=True)
class Fetched:
    """A source as fetched: its body and type, whether the host answered 304 (read from the
    cache), the commit its repository's file was read at (None when not known), and why that
    commit is not known."""

    body: bytes
    content_type: str
    not_modified: bool = False
    commit: str | None = None
    unpinned: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


class Unreachable(Exception):
    """A source that could not be fetched (a status, a timeout, a body over the limit)."""


class RefusedSource(Unreachable):
    """A source whose answer was refused: a redirect to another host or to no address, an
    answer from an address that is not public. Nothing of the run is written to the spec."""


def read_within(response: Any, deadline: float, most: int) -> bytes:
    """The raw body, at most `most` bytes, read within `deadline` seconds in all (a server
    sending a byte now and then is not waited for past it)."""
    start = time.monotonic()
    body = bytearray()
    for chunk in response.iter_raw():
        body += chunk
        if len(body) > most:
            raise Unreachable(f"the body is over the {most}-byte limit (--max-bytes)")
        if time.monotonic() - start > deadline:
            raise Unreachable(f"the body took over {deadline:g} s")
    return bytes(body)


def decoded(body: bytes, encoding: str, most: int) -> bytes:
    """The body inflated, never beyond `most` bytes: one gzip or deflate encoding, or none. A
    stream cut short is no page (drift writes what it reads: a page's first part would read as
    texts cut short and codes gone), nor is data after its end."""
    import zlib

    codings = [part.strip().lower() for part in encoding.split(",") if part.strip()]
    codings = [coding for coding in codings if coding != "identity"]
    if not codings:
        return body
    if len(codings) > 1 or codings[0] not in ("gzip", "x-gzip", "deflate"):
        raise Unreachable(f"an unsupported content encoding: {encoding[:60]!r}")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in codings[0] else zlib.MAX_WBITS
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(body, most + 1)
    except zlib.error:
        raise Unreachable(f"the {codings[0]} body is corrupt") from None
    if len(out) > most:
        raise Unreachable(f"the body inflates to over the {most}-byte limit (--max-bytes)")
    if not inflater.eof:
        raise Unreachable(f"the {codings[0]} body is cut short")
    if inflater.unused_data:
        raise Unreachable(f"the {codings[0]} body has data after its end")
    return out


def mirrored(mirror: str, url: str) -> str:
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return f"{mirror.rstrip('/')}/{parts.netloc}{parts.path}{query}"


def from_folder(folder: Path, url: str, most: int) -> Fetched:
    """The copy of `url` in a mirror folder, which must lie inside it (after every `..` and
    symbolic link is followed)."""
    parts = urlsplit(url)
    root = folder.resolve()
    path = root / parts.netloc / parts.path.lstrip("/")
    if parts.path.endswith("/") or path.resolve().is_dir():
        path = path / "index.html"
    path = path.resolve()  # the file itself, after every link, its index.html's included
    if path != root and root not in path.parents:
        raise hosts.Refused(
            f"{escaped(url, 120)} is refused: it reads outside the mirror folder {folder}"
        )
    if not path.is_file():
        raise Unreachable(f"not in the mirror folder ({escaped(str(path.relative_to(root)))})")
    with path.open("rb") as copy:  # at most the limit, whatever its size says (a /proc file)
        body = copy.read(most + 1)
    if len(body) > most:
        raise Unreachable(f"the body is over the {most}-byte limit (--max-bytes)")
    kind = "text/html" if path.suffix in (".html", ".htm") else ""
    return Fetched(body, kind)
