"""The key fetchers of both runtimes (bankcodes.signatures.KeyFetcher, keyFetcher in
bankcodes/webhooks) against a provider's key host on loopback (tests.support.key_server), the
same scenario in Python and Node: a key is fetched once from its address and kept; Akahu's
rotation (the SDK's _getPublicKey: a key id lower than the one kept "has expired") refuses an
older key without a fetch; a slow, oversize, redirected or refused answer is the receiver's
side (ConfigurationError bad_key), never the sender's; a certificate's x5u off the provider's
hosts is never fetched. Each step's outcome carries the requests the key host got during it.

Facts typed from akahu-io/akahu-sdk-js at f7dc54af, src/resources/webhooks.ts: GET /keys/{id}
with the app's basic auth, the PEM in the reply's item, one key kept at most 24 hours."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bankcodes import signatures
from bankcodes.errors import ConfigurationError, SignatureError
from tests.support import fetched_key_corpus as corpus
from tests.support.helpers import run_node
from tests.support.key_server import CREDENTIALS, key_server

TIMEOUT = 0.5
AKAHU = "https://api.akahu.io"
ENABLE = "https://api.enablebanking.com"


def _step(name: str, provider: str, fetcher: str, headers: dict[str, str]) -> dict[str, Any]:
    body = base64.b64encode(corpus.BODY).decode()
    return {
        "name": name,
        "provider": provider,
        "fetcher": fetcher,
        "body": body,
        "headers": headers,
    }


def _akahu(key_id: str, key: Any = corpus.KEY) -> dict[str, str]:
    return corpus.akahu_headers(key=key, key_id=key_id)


BEARER = {"Authorization": "Bearer " + corpus.token()}
OFF_HOST = {"Authorization": "Bearer " + corpus.token({"x5u": "https://example.com/cert.pem"})}
#: Each step and its outcome: the verdict and the requests the key host got.
STEPS = [
    (_step("key 1", "akahu", "akahu", _akahu("1")), "ok 1"),
    (_step("key 1 again, kept", "akahu", "akahu", _akahu("1")), "ok 0"),
    (
        _step("key 0, older than the key kept", "akahu", "akahu", _akahu("0")),
        "signature:expired_key 0",
    ),
    (_step("key 2, the rotated key", "akahu", "akahu", _akahu("2", corpus.OTHER)), "ok 1"),
    (_step("key 1 after the rotation", "akahu", "akahu", _akahu("1")), "signature:expired_key 0"),
    (
        _step("key 7, answered after the time limit", "akahu", "akahu", _akahu("7")),
        "configuration:bad_key 1",
    ),
    (
        _step("key 8, an answer of 100,000 bytes", "akahu", "akahu", _akahu("8")),
        "configuration:bad_key 1",
    ),
    (_step("key 9, a redirect", "akahu", "akahu", _akahu("9")), "configuration:bad_key 1"),
    (_step("key 10, not found", "akahu", "akahu", _akahu("10")), "configuration:bad_key 1"),
    (
        _step("the wrong credentials", "akahu", "akahu-wrong", _akahu("1")),
        "configuration:bad_key 1",
    ),
    (_step("no credentials", "akahu", "akahu-none", _akahu("1")), "configuration:bad_key 0"),
    (_step("a certificate from its x5u", "enablebanking", "eb", BEARER), "ok 1"),
    (_step("the certificate again, kept", "enablebanking", "eb", BEARER), "ok 0"),
    (_step("an x5u on another host", "enablebanking", "eb", OFF_HOST), "signature:unknown_key 0"),
]


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    reply = {"success": True, "item": corpus.pem(corpus.KEY)}
    answers = {
        "/v1/keys/1": json.dumps(reply),
        "/v1/keys/2": json.dumps({**reply, "item": corpus.pem(corpus.OTHER)}),
        "/webhooks/certificate.pem": corpus.certificate(corpus.KEY),
    }
    with key_server(answers) as served:
        yield served


def _hits(origin: str) -> int:
    import urllib.request

    with urllib.request.urlopen(f"{origin}/__hits", timeout=5) as answer:
        return int(answer.read())


def _fetcher(name: str, origin: str) -> signatures.KeyFetcher:
    via = {AKAHU: origin, ENABLE: origin}
    if name == "eb":
        return signatures.KeyFetcher("enablebanking", timeout=TIMEOUT, _via=via)
    credentials = {"akahu": CREDENTIALS, "akahu-wrong": ("app_token", "wrong")}.get(name)
    return signatures.KeyFetcher("akahu", credentials=credentials, timeout=TIMEOUT, _via=via)


def _python(origin: str) -> list[str]:
    made: dict[str, signatures.KeyFetcher] = {}
    outcomes = []
    for step, _ in STEPS:
        before, outcome = _hits(origin), "ok"
        try:
            if step["fetcher"] not in made:
                made[step["fetcher"]] = _fetcher(step["fetcher"], origin)
            body = base64.b64decode(step["body"])
            signatures.verify(step["provider"], body, step["headers"], made[step["fetcher"]])
        except SignatureError as error:
            outcome = f"signature:{error.reason}"
        except ConfigurationError as error:
            outcome = f"configuration:{error.reason}"
        outcomes.append(f"{outcome} {_hits(origin) - before}")
    return outcomes


def test_python_fetches_keys_within_bounds_from_the_providers_hosts_only(origin: str) -> None:
    assert dict(zip([s["name"] for s, _ in STEPS], _python(origin), strict=True)) == {
        step["name"]: outcome for step, outcome in STEPS
    }


def test_node_fetches_alike(origin: str, typescript_dist: Path, tmp_path: Path) -> None:
    steps = tmp_path / "steps.json"
    given = {
        "origin": origin,
        "via": {AKAHU: origin, ENABLE: origin},
        "credentials": list(CREDENTIALS),
        "timeout": TIMEOUT,
        "steps": [step for step, _ in STEPS],
    }
    steps.write_text(json.dumps(given), encoding="utf-8")
    output = run_node("key_fetch_verdicts.mjs", str(typescript_dist / "webhooks.js"), str(steps))
    assert {item["name"]: item["outcome"] for item in json.loads(output)} == {
        step["name"]: outcome for step, outcome in STEPS
    }


def test_an_unavailable_key_says_where_and_why(origin: str) -> None:
    fetcher = _fetcher("akahu", origin)
    with pytest.raises(ConfigurationError) as raised:
        signatures.verify("akahu", corpus.BODY, _akahu("8"), fetcher)
    assert str(raised.value) == (
        "bad_key: the key at https://api.akahu.io/v1/keys/8 could not be fetched: its answer is "
        "100000 bytes, over 16384"
    )
    with pytest.raises(SignatureError) as refused:
        fetcher("https://api.akahu.io.example.net/v1/keys/1")
    assert refused.value.reason == "unknown_key"
