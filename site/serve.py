"""Serve a built site on 127.0.0.1: `make serve` serves site/public, as `make docs` built it.

    python site/serve.py FOLDER --port N

Every file of FOLDER is served as it is, a missing one with the site's 404 page, except the
sitemap. The theme brings a page in by its instant navigation only where the sitemap lists that
page at the address the site is served at; a site built without its address (`make docs`) lists
none, and one built with its address lists them there. The sitemap served lists every page of
FOLDER at the address the request came to (its Host), as `mkdocs serve` would write it.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import io
import sys
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape


def sitemap(folder: Path, address: str) -> bytes:
    """A sitemap listing every page of the built site in `folder` (a folder with an index.html)
    at `address` (ending in a slash)."""
    pages = sorted(
        "" if path.parent == folder else path.parent.relative_to(folder).as_posix() + "/"
        for path in folder.rglob("index.html")
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        *(f"<url><loc>{escape(address + page)}</loc></url>" for page in pages),
        "</urlset>",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


class Handler(http.server.SimpleHTTPRequestHandler):
    """The folder's files, the sitemap at the address asked, the site's 404 page."""

    def send_head(self) -> io.BytesIO | BinaryIO | None:
        if self.path.split("?", 1)[0] != "/sitemap.xml":
            return super().send_head()
        host = self.headers.get("Host") or "{}:{}".format(*self.connection.getsockname()[:2])
        body = sitemap(Path(self.directory), f"http://{host}/")
        return self._answer(200, "application/xml", body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        answer = self._answer(404, "text/html; charset=utf-8", page.read_bytes())
        if self.command != "HEAD":
            self.copyfile(answer, self.wfile)

    def _answer(self, status: int, kind: str, body: bytes) -> io.BytesIO:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # each request is not news while editing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path, help="the built site (make docs: site/public)")
    parser.add_argument("--port", type=int, required=True, help="make serve's PORT")
    arguments = parser.parse_args(argv)
    folder: Path = arguments.folder.resolve()
    if not (folder / "index.html").is_file():
        parser.error(f"{folder} holds no built site (no index.html): run make docs")
    handler = functools.partial(Handler, directory=str(folder))
    with http.server.ThreadingHTTPServer(("127.0.0.1", arguments.port), handler) as server:
        print(f"Serving {folder} on http://127.0.0.1:{arguments.port}/", flush=True)
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C ends it
            server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
