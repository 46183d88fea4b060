"""How both key fetchers (bankcodes.signatures.KeyFetcher, keyFetcher) read a key host's answer,
byte for byte (tests.support.key_server.raw_server): Node's fetch parses it with undici's llhttp,
and Python reads it as llhttp does (bankcodes._key_answer), so that both take or refuse the same
answers. The verdicts are those undici 6 gives in Node 20 (llhttp 8.1.0 in its loose mode, and
undici's own checks): a status of up to 999 (leading zeros read away), any byte after a CR that
ends a line taken as its LF (but in a value), a header name of token characters or spaces (but
around the names llhttp reads itself), no control character in a value but a tab, a folded line
taken, names and values of under 16 KiB (trailers counted alike), a chunk size of hexadecimal
digits, extensions of tokens, an answer whose connection closes ending there (but for a length
not met); an interim answer skipped but for 100, one on a connection that closes and one below
100; and the fetchers' own rules: at most five content codings, a Transfer-Encoding only chunked,
a length given once, checked before the status is read."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bankcodes import _key_get, signatures
from bankcodes._key_answer import read
from bankcodes.errors import WebhookError
from tests.support.helpers import run_node
from tests.support.key_server import raw_server

ENABLE = "https://api.enablebanking.com"
BODY = b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"
HEAD = b"HTTP/1.1 200 OK\r\n"
SIZED = b"Content-Length: %d\r\n\r\n%s" % (len(BODY), BODY)
CHUNKED = b"Transfer-Encoding: chunked\r\n\r\n"


def _chunk(size: bytes) -> bytes:
    return HEAD + CHUNKED + size + b"\r\n" + BODY + b"\r\n0\r\n\r\n"


#: Each answer and the fetcher's verdict: "ok" (the body read) or the reason of its error.
ANSWERS: dict[str, tuple[bytes, str]] = {
    "an answer": (HEAD + SIZED, "ok"),
    "HTTP/1.0": (b"HTTP/1.0 200 OK\r\n" + SIZED, "ok"),
    "HTTP/1.9": (b"HTTP/1.9 200 OK\r\n" + SIZED, "bad_key"),
    "http in lower case": (b"http/1.1 200 OK\r\n" + SIZED, "bad_key"),
    "no reason": (b"HTTP/1.1 200\r\n" + SIZED, "ok"),
    "a status with a leading zero": (b"HTTP/1.1 0200 OK\r\n" + SIZED, "ok"),
    "a status of four digits": (b"HTTP/1.1 2000 OK\r\n" + SIZED, "bad_key"),
    "a status with a sign": (b"HTTP/1.1 +200 OK\r\n" + SIZED, "bad_key"),
    "two spaces before the status": (b"HTTP/1.1  200 OK\r\n" + SIZED, "bad_key"),
    "a control character in the reason": (b"HTTP/1.1 200 O\x01K\r\n" + SIZED, "ok"),
    "a status line ending in LF": (b"HTTP/1.1 200 OK\n" + SIZED, "ok"),
    "header lines ending in LF": (HEAD.replace(b"\r", b"") + SIZED.replace(b"\r", b""), "bad_key"),
    "a folded header line": (HEAD + b"X-A: b\r\n c\r\n" + SIZED, "ok"),
    "a space before a colon": (HEAD + b"X-A : b\r\n" + SIZED, "ok"),
    "a tab before a colon": (HEAD + b"X-A\t: b\r\n" + SIZED, "bad_key"),
    "a tab in a name": (HEAD + b"X\tA: b\r\n" + SIZED, "bad_key"),
    "an @ in a name": (HEAD + b"X@A: b\r\n" + SIZED, "bad_key"),
    "a line with no colon": (HEAD + b"NoColon\r\n" + SIZED, "bad_key"),
    "a NUL in a value": (HEAD + b"X-A: b\x00\r\n" + SIZED, "bad_key"),
    "a DEL in a value": (HEAD + b"X-A: b\x7f\r\n" + SIZED, "bad_key"),
    "a byte past ASCII in a value": (HEAD + b"X-A: b\xff\r\n" + SIZED, "ok"),
    "150 header lines": (HEAD + b"X-A: b\r\n" * 150 + SIZED, "ok"),
    "a head of over 16 KiB": (HEAD + b"X-A: %s\r\n" % (b"a" * 200) * 90 + SIZED, "bad_key"),
    "a chunk": (_chunk(b"%x" % len(BODY)), "ok"),
    "a chunk's size in upper case": (_chunk(b"%X" % len(BODY)), "ok"),
    "a chunk's extension": (_chunk(b"%x;a=b" % len(BODY)), "ok"),
    "a chunk's size and a space": (_chunk(b"%x " % len(BODY)), "bad_key"),
    "a chunk's size with a sign": (_chunk(b"+%x" % len(BODY)), "bad_key"),
    "a chunk's size in 0x": (_chunk(b"0x%x" % len(BODY)), "bad_key"),
    "a Transfer-Encoding of identity": (
        HEAD + b"Transfer-Encoding: identity\r\n\r\n" + BODY,
        "bad_key",
    ),
    "the length given twice alike": (
        HEAD + SIZED.replace(b"Content", b"Content-Length: %d\r\nContent" % len(BODY), 1),
        "bad_key",
    ),
    "a length with a sign": (HEAD + SIZED.replace(b": ", b": +"), "bad_key"),
    "a length and chunks": (
        HEAD + b"Content-Length: 3\r\n" + _chunk(b"%x" % len(BODY))[len(HEAD) :],
        "bad_key",
    ),
    "a 404 whose length is given twice": (
        b"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}",
        "bad_key",
    ),
    "a 404": (b"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}", "unknown_key"),
    "a 103 and a 101 first": (
        b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 101 S\r\n\r\n" + HEAD + SIZED,
        "ok",
    ),
    "a 100 first": (b"HTTP/1.1 100 Continue\r\n\r\n" + HEAD + SIZED, "bad_key"),
    "a 204": (b"HTTP/1.1 204 No Content\r\n\r\n", "bad_key"),
    # llhttp 8.1.0 (undici 6's), in its loose mode: after a CR that ends the status line, the
    # head, an empty value or a chunk's size, whatever byte follows is taken as its LF.
    "a status line ending in a CR and a byte": (b"HTTP/1.1 200 OK\rX" + SIZED, "ok"),
    "a status line ending in CR CR LF, no length": (b"HTTP/1.1 200 OK\r\r\n" + BODY, "ok"),
    "an empty value ending in a CR and a byte": (HEAD + b"X-A:\rX" + SIZED, "ok"),
    "a head ending in a CR and a byte": (HEAD + SIZED.replace(b"\r\n\r\n", b"\r\n\rX"), "ok"),
    "a chunk's size ending in a CR and a byte": (
        HEAD + CHUNKED + b"%x\rX" % len(BODY) + BODY + b"\r\n0\r\n\r\n",
        "ok",
    ),
    "CR LF before the status line": (b"\r\n\n" + HEAD + SIZED, "ok"),
    "a reason of 20,000 bytes": (b"HTTP/1.1 200 " + b"x" * 20_000 + b"\r\n" + SIZED, "ok"),
    "a space in a header name": (HEAD + b"X A: b\r\n" + SIZED, "ok"),
    "a space before Content-Length's colon": (HEAD + SIZED.replace(b":", b" :", 1), "bad_key"),
    "a space before the first header line": (HEAD + b" X-A: b\r\n" + SIZED, "bad_key"),
    "a chunk's size of 17 digits": (_chunk(b"%017x" % len(BODY)), "ok"),
    "two chunk extensions with values": (_chunk(b"%x;a=b;c=d" % len(BODY)), "bad_key"),
    "a chunk extension holding a control character": (_chunk(b"%x;a=\x01" % len(BODY)), "bad_key"),
    "the last chunk without its blank line": (_chunk(b"%x" % len(BODY))[:-2], "bad_key"),
    "a trailer line with no colon": (
        _chunk(b"%x" % len(BODY))[:-2] + b"bad trailer\r\n\r\n",
        "bad_key",
    ),
    "trailers of 16,380 bytes": (
        _chunk(b"%x" % len(BODY))[:-2] + b"X-T: v\r\n" * 4095 + b"\r\n",
        "ok",
    ),
    "trailers of 16,384 bytes": (
        _chunk(b"%x" % len(BODY))[:-2] + b"X-T: v\r\n" * 4096 + b"\r\n",
        "bad_key",
    ),
    "a trailer's Content-Length not met": (
        _chunk(b"%x" % len(BODY))[:-2] + b"Content-Length: 1\r\n\r\n",
        "bad_key",
    ),
    "chunks cut short, the connection closing": (
        HEAD + b"Connection: close\r\n" + CHUNKED + b"%x\r\n" % len(BODY) + BODY + b"\r\n",
        "ok",
    ),
    "chunks cut short, the connection kept alive": (
        HEAD + CHUNKED + b"%x\r\n" % len(BODY) + BODY + b"\r\n",
        "bad_key",
    ),
    "a length cut short, the connection closing": (
        HEAD + b"Connection: close\r\n" + SIZED.replace(b"%d" % len(BODY), b"%d" % (len(BODY) + 9)),
        "bad_key",
    ),
    "a 103 on HTTP/1.0 first": (b"HTTP/1.0 103 Early Hints\r\n\r\n" + HEAD + SIZED, "bad_key"),
    "a 103 closing its connection first": (
        b"HTTP/1.1 103 Early Hints\r\nConnection: close\r\n\r\n" + HEAD + SIZED,
        "bad_key",
    ),
    "a status of 20 first": (b"HTTP/1.1 20 X\r\n\r\n" + HEAD + SIZED, "bad_key"),
    "a 101 that upgrades": (
        b"HTTP/1.1 101 S\r\nUpgrade: h2c\r\nConnection: upgrade\r\n\r\n" + HEAD + SIZED,
        "bad_key",
    ),
    "six content codings on a 404": (
        b"HTTP/1.1 404 Not Found\r\nContent-Encoding: a,b,c,d,e,f\r\nContent-Length: 0\r\n\r\n",
        "bad_key",
    ),
    "five content codings on a 404": (
        b"HTTP/1.1 404 Not Found\r\nContent-Encoding: a,b,c,d,e\r\nContent-Length: 0\r\n\r\n",
        "unknown_key",
    ),
}
NAMES = list(ANSWERS)


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    with raw_server([ANSWERS[name][0] for name in NAMES]) as served:
        yield served


def _python(origin: str, count: int = len(NAMES)) -> list[str]:
    """Python's verdicts on the first `count` answers the host at `origin` serves."""
    verdicts = []
    for number in range(count):
        fetcher = signatures.KeyFetcher("enablebanking", timeout=5, _via={ENABLE: origin})
        try:
            body = fetcher(f"{ENABLE}/raw/{number}.pem")
            verdicts.append("ok" if body == BODY else f"read {body[:40]!r}")
        except WebhookError as error:
            verdicts.append(error.reason)
    return verdicts


#: Each answer's verdict, by its name.
VERDICTS = {name: verdict for name, (_, verdict) in ANSWERS.items()}


def test_python_reads_a_key_hosts_answer_as_fetch_does(origin: str) -> None:
    assert dict(zip(NAMES, _python(origin), strict=True)) == VERDICTS


def test_python_reads_each_answer_alike_a_byte_at_a_time(
    origin: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each answer read as its bytes arrive one at a time (a reading split at every byte, at a
    CR and the byte after it too) gets the verdict it gets read whole."""
    reads = [0]

    def bytewise(recv: Callable[[], bytes], *rest: Any) -> bytes:
        waiting = bytearray()

        def one() -> bytes:
            if not waiting:
                waiting.extend(recv())
            reads[0] += 1
            got = bytes(waiting[:1])
            del waiting[:1]
            return got

        return read(one, *rest)

    monkeypatch.setattr(_key_get, "read", bytewise)
    assert dict(zip(NAMES, _python(origin), strict=True)) == VERDICTS
    assert reads[0] > sum(len(answer) for answer, _ in ANSWERS.values()) // 2


def test_node_reads_them_alike(origin: str, typescript_dist: Path, tmp_path: Path) -> None:
    given = tmp_path / "given.json"
    given.write_text(json.dumps({"origin": origin, "count": len(NAMES)}), encoding="utf-8")
    output = run_node("key_answer_verdicts.mjs", str(typescript_dist / "webhooks.js"), str(given))
    body = BODY.decode()
    verdicts = ["ok" if v == body else v for v in json.loads(output)]
    assert dict(zip(NAMES, verdicts, strict=True)) == VERDICTS


def test_a_host_closing_a_kept_connection_is_asked_on_a_new_one(
    typescript_dist: Path, tmp_path: Path
) -> None:
    """A key host that closes a connection kept alive when it is asked again on it (as hosts
    close an idle one): each of several fetches is made on a connection of its own and reads its
    answer, in Python as in Node (whose fetch sent the third on the first's kept connection and
    read it closed, bad_key: an answer that a slow close made a fetch read so at random)."""
    given = tmp_path / "given.json"
    with raw_server([ANSWERS[NAMES[0]][0]] * 4, kept=True) as served:
        python = _python(served, 4)
        given.write_text(json.dumps({"origin": served, "count": 4}), encoding="utf-8")
        output = run_node(
            "key_answer_verdicts.mjs", str(typescript_dist / "webhooks.js"), str(given)
        )
    body = BODY.decode()
    assert python == ["ok"] * 4
    assert ["ok" if v == body else v for v in json.loads(output)] == ["ok"] * 4
