"""Raw header bytes a sender may put on the wire (0xff, 0x80, UTF-8, a truncated UTF-8 sequence),
after each header of the signed deliveries of test_hostile_headers.py, sent to real servers on a
socket: aiohttp, Starlette through FastAPI and Express each answer a delivery of every kind of
receiver (Standard Webhooks, an HMAC, a JWT, a shared secret) 401 or 400, never 500."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import threading
from pathlib import Path
from typing import Any

import bankcodes
from bankcodes.errors import SignatureError, WebhookError
from tests.support.helpers import JS, install_package
from tests.webhooks.test_hostile_headers import DELIVERIES, NOW

#: Raw header bytes a sender may put on the wire (a server decodes them its own way).
RAW = {
    "a raw 0xff": b"\xff",
    "a raw 0x80": b"\x80",
    "UTF-8 of e-acute": "\u00e9".encode(),
    "a truncated UTF-8 sequence": b"\xe2\x82",
}


def _request(port: int, path: str, headers: dict[str, bytes], body: bytes) -> int:
    """POST `body` with `headers` as raw bytes; the status the server answers."""
    lines = [f"POST {path} HTTP/1.1".encode(), b"Host: 127.0.0.1", b"Connection: close"]
    lines += [name.encode() + b": " + value for name, value in headers.items()]
    lines.append(b"Content-Length: " + str(len(body)).encode())
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return int(answer.split(b" ", 2)[1])


def _raw_cases(provider: str) -> list[tuple[str, dict[str, bytes]]]:
    delivery = DELIVERIES[provider]
    found = []
    for header, value in delivery["headers"].items():
        if header == "content-type":
            continue
        for name, raw in RAW.items():
            headers = {h: v.encode("ascii") for h, v in delivery["headers"].items()}
            headers[header] = value.encode("ascii") + raw
            found.append((f"{name} in {header}", headers))
    return found


#: The providers the servers receive: Standard Webhooks, an HMAC, a JWT, a shared secret.
SERVED = ["basiq", "lean", "plaid", "mono"]


def _status_of(error: Exception) -> int:
    if isinstance(error, bankcodes.ConfigurationError):
        return 500
    if isinstance(error, SignatureError):
        return 401
    return 400


def _receive(provider: str, body: bytes, headers: Any) -> int:
    delivery = DELIVERIES[provider]
    try:
        bankcodes.receive(provider, body, headers, delivery["secret"], now=NOW)
    except WebhookError as error:
        return _status_of(error)
    return 200


def test_an_aiohttp_receiver_answers_raw_bytes_with_401() -> None:
    from aiohttp import web

    async def handler(request: web.Request) -> web.Response:
        provider = request.match_info["provider"]
        return web.Response(status=_receive(provider, await request.read(), request.headers))

    async def run() -> dict[str, int]:
        app = web.Application()
        app.router.add_post("/{provider}", handler)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        statuses = {}
        try:
            for provider in SERVED:
                delivery = DELIVERIES[provider]
                for name, headers in _raw_cases(provider):
                    statuses[f"{provider}: {name}"] = await asyncio.to_thread(
                        _request, port, f"/{provider}", headers, delivery["body"]
                    )
                raw = {h: v.encode("ascii") for h, v in delivery["headers"].items()}
                statuses[f"{provider}: as signed"] = await asyncio.to_thread(
                    _request, port, f"/{provider}", raw, delivery["body"]
                )
        finally:
            await runner.cleanup()
        return statuses

    # A loop of its own, in a thread of its own: a test before may have left one running here.
    found: dict[str, dict[str, int]] = {}
    thread = threading.Thread(target=lambda: found.update(statuses=asyncio.run(run())))
    thread.start()
    thread.join(timeout=120)
    statuses = found["statuses"]
    assert {name for name, status in statuses.items() if status == 200} == {
        f"{provider}: as signed" for provider in SERVED
    }
    # aiohttp's parser may refuse a byte itself (400); bankcodes answers the rest with 401.
    assert {name: s for name, s in statuses.items() if s not in (200, 400, 401)} == {}
    assert sum(status == 401 for status in statuses.values()) >= len(SERVED) * len(RAW)


def test_a_starlette_receiver_answers_raw_bytes_with_401() -> None:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route
    from starlette.testclient import TestClient

    async def handler(request: Request) -> Response:
        provider = request.path_params["provider"]
        return Response(status_code=_receive(provider, await request.body(), request.headers))

    client = TestClient(Starlette(routes=[Route("/{provider}", handler, methods=["POST"])]))
    statuses = {}
    for provider in SERVED:
        delivery = DELIVERIES[provider]
        for name, headers in _raw_cases(provider):
            raw = {name.encode("ascii"): value for name, value in headers.items()}
            answer = client.post(f"/{provider}", content=delivery["body"], headers=raw)
            statuses[f"{provider}: {name}"] = answer.status_code
    assert set(statuses.values()) == {401}, statuses


EXPRESS = """
import express from "express";
import { ConfigurationError, SignatureError, WebhookError, receive } from "bankcodes/webhooks";
const deliveries = JSON.parse(process.argv[2]);
const app = express();
app.post("/:provider", express.raw({ type: "*/*" }), async (req, res) => {
  const delivery = deliveries[req.params.provider];
  try {
    await receive(req.params.provider, req.body, req.headers, delivery.secret, {
      now: new Date(delivery.now),
    });
  } catch (error) {
    if (error instanceof ConfigurationError) return res.sendStatus(500);
    if (error instanceof SignatureError) return res.sendStatus(401);
    if (error instanceof WebhookError) return res.sendStatus(400);
    return res.sendStatus(599); // an escaped error: what the test looks for
  }
  res.sendStatus(200);
});
const server = app.listen(0, "127.0.0.1", () => console.log(server.address().port));
"""


def test_an_express_receiver_answers_raw_bytes_with_401(
    tmp_path: Path, typescript_installed: Path
) -> None:
    install_package(tmp_path, typescript_installed)
    (tmp_path / "node_modules" / "express").symlink_to(JS / "node_modules" / "express")
    (tmp_path / "server.mjs").write_text(EXPRESS, encoding="utf-8")
    secrets = {p: {"secret": DELIVERIES[p]["secret"], "now": NOW.isoformat()} for p in SERVED}
    server = subprocess.Popen(
        ["node", "server.mjs", json.dumps(secrets)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        statuses = {}
        for provider in SERVED:
            delivery = DELIVERIES[provider]
            for name, headers in _raw_cases(provider):
                statuses[f"{provider}: {name}"] = _request(
                    port, f"/{provider}", headers, delivery["body"]
                )
            raw = {h: v.encode("ascii") for h, v in delivery["headers"].items()}
            statuses[f"{provider}: as signed"] = _request(
                port, f"/{provider}", raw, delivery["body"]
            )
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert {name for name, status in statuses.items() if status == 200} == {
        f"{provider}: as signed" for provider in SERVED
    }
    # Node's parser may refuse a byte itself (400); bankcodes answers the rest with 401.
    assert {name: s for name, s in statuses.items() if s not in (200, 400, 401)} == {}
