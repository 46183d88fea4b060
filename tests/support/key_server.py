"""A provider's key host on loopback (never the network), for the key fetchers of both runtimes
(bankcodes.signatures.KeyFetcher, keyFetcher). key_server (http.server, each request in its own
thread): Akahu's GET /v1/keys/{id}, answered with the SDK's reply shape ({success, item}) to the
app's basic auth only, and an x5u's certificate; and the answers a fetcher must refuse (slow,
oversize, a redirect, an error status, an interim answer not asked for, a gzip'd answer, one cut
short, one whose length is given twice, and the DRIPS, sent a byte at a time; and an interim
answer a fetcher skips); it counts the requests it is sent (GET /__hits). raw_server: answers
sent as they are, byte for byte, for the readings of a head."""

from __future__ import annotations

import gzip
import itertools
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

#: The app's credentials the key address asks for (basic auth), base64 of "app_token:app_secret".
CREDENTIALS = ("app_token", "app_secret")
BASIC = "Basic YXBwX3Rva2VuOmFwcF9zZWNyZXQ="
#: How long the slow answer waits before its headers, in seconds.
SLOW = 2.0
#: The pause after each byte of a drip, and the longest a drip goes on, in seconds.
DRIP_PAUSE = 0.01
DRIP_FOR = 10.0
_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
#: Answers sent a byte at a time by the key id whose address they answer: their start, then a
#: part repeated without end (or, where it is empty, the connection held open), until the
#: fetcher closes the connection or DRIP_FOR has passed.
DRIPS: dict[str, tuple[bytes, bytes]] = {
    "11": (b"HTTP/1.1 200 ", b"O"),
    "12": (_HEAD + b"X-Padding: ", b"a"),
    "13": (_HEAD + b"Content-Length: 16000\r\n\r\n", b"{"),
    "14": (_HEAD + b'\r\n{"success": true, "item": "', b""),
    "15": (b"", b"HTTP/1.1 103 Early Hints\r\n\r\n"),
}


@contextmanager
def key_server(answers: dict[str, str]) -> Iterator[str]:
    """Serve `answers` (path -> body) and the refusals on loopback; yield its origin."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            """Quiet: the tests read the verdicts."""

        def _send(self, status: int, body: bytes, **headers: str) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _drip(self, start: bytes, repeated: bytes) -> None:
            """Send a drip a byte at a time (see DRIPS)."""
            end = time.monotonic() + DRIP_FOR
            data = itertools.chain(start, itertools.cycle(repeated))
            while time.monotonic() < end:
                byte = next(data, None)
                if byte is not None:
                    self.wfile.write(bytes([byte]))
                elif self.connection.recv(1) == b"":  # nothing more to send: wait for the close
                    return
                time.sleep(DRIP_PAUSE)

        def do_GET(self) -> None:
            if self.path == "/__hits":
                self._send(200, json.dumps(len(hits)).encode())
                return
            hits.append(self.path)
            if self.path.startswith("/v1/") and self.headers.get("Authorization") != BASIC:
                self._send(401, b'{"success": false, "message": "Unauthorized"}')
            elif self.path.removeprefix("/v1/keys/") in DRIPS:
                self.connection.settimeout(DRIP_FOR)
                self._drip(*DRIPS[self.path.removeprefix("/v1/keys/")])
            elif self.path == "/v1/keys/7":
                time.sleep(SLOW)
                self._send(200, b"late")
            elif self.path == "/v1/keys/8":
                self._send(200, b"A" * 100_000)
            elif self.path == "/v1/keys/16":
                self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n" + _HEAD + b"\r\n{}")
            elif self.path == "/v1/keys/17":
                self.wfile.write(b"HTTP/1.1 103 Early Hints\r\n\r\n")
                self._send(200, answers["/v1/keys/1"].encode())
            elif self.path == "/v1/keys/19":
                self._send(
                    200, gzip.compress(answers["/v1/keys/1"].encode()), Content_Encoding="gzip"
                )
            elif self.path == "/v1/keys/20":
                self.wfile.write(
                    _HEAD + b"Content-Length: 4000\r\n\r\n" + answers["/v1/keys/1"][:100].encode()
                )
            elif self.path == "/v1/keys/21":
                self.wfile.write(_HEAD + b"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}")
            elif self.path == "/v1/keys/9":
                self._send(302, b"", Location=f"{origin}/v1/keys/1")
            elif self.path in answers:
                self._send(200, answers[self.path].encode())
            else:
                self._send(404, b'{"success": false, "message": "Not found"}')

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            """Quiet: a fetcher that gave up on an answer closes its connection."""

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield origin
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def raw_server(replies: list[bytes], *, kept: bool = False) -> Iterator[str]:
    """Answer GET /raw/N.pem with the bytes replies[N], as they are, then close the connection
    (a socket server on loopback, each connection in its own thread); yield its origin. Where
    `kept`, the connection is closed only when the client closes it or asks again on it (then
    without an answer), as a host closes a connection kept alive that it no longer serves."""
    listener = socket.create_server(("127.0.0.1", 0))

    def answer(connection: socket.socket) -> None:
        with connection:
            head = b""
            while b"\r\n\r\n" not in head and (got := connection.recv(4096)):
                head += got
            found = re.match(rb"GET /raw/([0-9]+)\.pem ", head)
            if found is not None:
                connection.sendall(replies[int(found[1])])
            if kept:
                connection.recv(4096)
            connection.shutdown(socket.SHUT_WR)

    def serve() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:  # closed: the run is over
                return
            threading.Thread(target=answer, args=(connection,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()
