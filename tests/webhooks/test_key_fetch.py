"""The key fetchers of both runtimes (bankcodes.signatures.KeyFetcher, keyFetcher in
bankcodes/webhooks) against a provider's key host on loopback (tests.support.key_server), the
same scenario in Python and Node: a key is fetched once from its address and kept; Akahu's
rotation (the SDK's _getPublicKey: a key id lower than the one kept "has expired") refuses an
older key without a fetch, key ids compared as the integers they are; a slow, dripped,
oversize, redirected or refused answer is the receiver's side (ConfigurationError bad_key), a
key the host has not (404) the sender's; a certificate's x5u off the provider's hosts is never
fetched; forged deliveries naming new addresses make at most 4 fetches a minute, an address
that failed is not asked for again within a minute, and neither displaces a key that has
verified a signature. Each step's outcome carries the requests the key host got during it, and
both runtimes give each step the same message.

Facts typed from akahu-io/akahu-sdk-js at f7dc54af, src/resources/webhooks.ts: GET /keys/{id}
with the app's basic auth, the PEM in the reply's item, one key kept at most 24 hours."""

from __future__ import annotations

import base64
import gc
import json
import socket
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bankcodes import signatures
from bankcodes.errors import ConfigurationError, SignatureError, WebhookError
from tests.support import fetched_key_corpus as corpus
from tests.support.helpers import run_node
from tests.support.key_server import CREDENTIALS, DRIPS, key_server

TIMEOUT = 0.5
AKAHU = "https://api.akahu.io"
ENABLE = "https://api.enablebanking.com"
#: A key id past 2**53, and the one below it (equal as JavaScript numbers).
BIG = str(2**53 + 1)
BELOW = str(2**53)


def _step(name: str, fetcher: str, headers: dict[str, str], advance: float = 0) -> dict[str, Any]:
    """A delivery of corpus.BODY with `headers`, verified with the fetcher named `fetcher` (its
    kind, then "#" and what makes it one of its own), the clock `advance` seconds on."""
    body = base64.b64encode(corpus.BODY).decode()
    provider = "enablebanking" if fetcher.startswith("eb") else "akahu"
    given = {"name": name, "provider": provider, "fetcher": fetcher, "body": body}
    return {**given, "headers": headers, "advance": advance}


def _akahu(key_id: str, key: Any = corpus.KEY) -> dict[str, str]:
    return corpus.akahu_headers(key=key, key_id=key_id)


def _bearer(x5u: str = corpus.X5U, key: Any = corpus.KEY) -> dict[str, str]:
    return {"Authorization": "Bearer " + corpus.token({"x5u": x5u}, key=key)}


def _forged(number: int | str) -> dict[str, str]:
    """A delivery signed with a key not the provider's, naming a certificate of its host."""
    return _bearer(f"{ENABLE}/flood/{number}.pem", corpus.OTHER)


def _flood(number: int) -> tuple[dict[str, Any], str]:
    step = _step(f"forged delivery {number}", "eb#flood", _forged(number))
    return step, "signature:mismatch 1"


#: Each step and its outcome: the verdict and the requests the key host got.
STEPS = [
    (_step("key 1", "akahu", _akahu("1")), "ok 1"),
    (_step("key 1 again, kept", "akahu", _akahu("1")), "ok 0"),
    (_step("key 0, older than the key kept", "akahu", _akahu("0")), "signature:expired_key 0"),
    (_step("key 2, the rotated key", "akahu", _akahu("2", corpus.OTHER)), "ok 1"),
    (_step("key 1 after the rotation", "akahu", _akahu("1")), "signature:expired_key 0"),
    (
        _step("key 7, answered after the time limit", "akahu#7", _akahu("7")),
        "configuration:bad_key 1",
    ),
    (_step("key 8, an answer of 100,000 bytes", "akahu#8", _akahu("8")), "configuration:bad_key 1"),
    (_step("key 9, a redirect", "akahu#9", _akahu("9")), "configuration:bad_key 1"),
    (_step("key 10, not found", "akahu#10", _akahu("10")), "signature:unknown_key 1"),
    (_step("key 10 again, not asked for", "akahu#10", _akahu("10")), "signature:unknown_key 0"),
    (_step("key 11, its status line dripped", "akahu#11", _akahu("11")), "configuration:bad_key 1"),
    (_step("key 12, its headers dripped", "akahu#12", _akahu("12")), "configuration:bad_key 1"),
    (_step("key 13, its body dripped", "akahu#13", _akahu("13")), "configuration:bad_key 1"),
    (_step("key 14, never ended", "akahu#14", _akahu("14")), "configuration:bad_key 1"),
    (_step("key 15, endless 1xx heads", "akahu#15", _akahu("15")), "configuration:bad_key 1"),
    (
        _step("key 16, a 100 Continue not asked for", "akahu#16", _akahu("16")),
        "configuration:bad_key 1",
    ),
    (_step("key 17, after a 103 Early Hints", "akahu#17", _akahu("17")), "ok 1"),
    (_step("key 18, its reply after a byte order mark", "akahu#18", _akahu("18")), "ok 1"),
    (_step("key 19, gzip'd, not asked for", "akahu#19", _akahu("19")), "configuration:bad_key 1"),
    (_step("key 20, cut short", "akahu#20", _akahu("20")), "configuration:bad_key 1"),
    (_step("key 21, its length given twice", "akahu#21", _akahu("21")), "configuration:bad_key 1"),
    (_step("the wrong credentials", "akahu-wrong", _akahu("1")), "configuration:bad_key 1"),
    (_step("no credentials", "akahu-none", _akahu("1")), "configuration:bad_key 0"),
    (_step("a key proven", "akahu#forged", _akahu("1")), "ok 1"),
    (
        _step("key 2 named by a forged delivery", "akahu#forged", _akahu("2")),
        "signature:mismatch 1",
    ),
    (_step("the key proven, still kept", "akahu#forged", _akahu("1")), "ok 0"),
    (_step("a key id past 2^53", "akahu#ids", _akahu(BIG)), "ok 1"),
    (_step("the key id below it", "akahu#ids", _akahu(BELOW)), "signature:expired_key 0"),
    (_step("a certificate from its x5u", "eb", _bearer()), "ok 1"),
    (_step("the certificate again, kept", "eb", _bearer()), "ok 0"),
    (
        _step("an x5u on another host", "eb", _bearer("https://example.com/cert.pem")),
        "signature:unknown_key 0",
    ),
    (
        _step("an x5u with a fragment", "eb#fragment", _bearer(corpus.X5U + "#part")),
        "ok 1",
    ),
    (_step("a certificate proven", "eb#flood", _bearer()), "ok 1"),
    *[_flood(n) for n in range(1, 4)],
    (_step("forged delivery 4, over the limit", "eb#flood", _forged(4)), "signature:unknown_key 0"),
    (_step("the certificate proven, during the flood", "eb#flood", _bearer()), "ok 0"),
    (_step("forged delivery 4, a minute on", "eb#flood", _forged(4), 61), "signature:mismatch 1"),
    *[_flood(n) for n in range(5, 8)],
    (_step("forged delivery 8, a minute on", "eb#flood", _forged(8), 61), "signature:mismatch 1"),
    *[_flood(n) for n in range(9, 12)],
    (_step("the certificate proven, after 11 others", "eb#flood", _bearer()), "ok 0"),
    (_step("forged delivery 1 again", "eb#flood", _forged(1)), "signature:unknown_key 0"),
    (_step("a certificate not there", "eb#flood", _forged("gone"), 61), "signature:unknown_key 1"),
    (_step("not there, not asked again", "eb#flood", _forged("gone")), "signature:unknown_key 0"),
]


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    reply = {"success": True, "item": corpus.pem(corpus.KEY)}
    answers = {
        "/v1/keys/1": json.dumps(reply),
        "/v1/keys/2": json.dumps({**reply, "item": corpus.pem(corpus.OTHER)}),
        f"/v1/keys/{BIG}": json.dumps(reply),
        "/v1/keys/18": "\ufeff" + json.dumps(reply),
        "/webhooks/certificate.pem": corpus.certificate(corpus.KEY),
        **{f"/flood/{n}.pem": corpus.certificate(corpus.KEY) for n in range(1, 12)},
    }
    with key_server(answers) as served:
        yield served


def _hits(origin: str) -> int:
    import urllib.request

    with urllib.request.urlopen(f"{origin}/__hits", timeout=5) as answer:
        return int(answer.read())


def _fetcher(name: str, origin: str, **options: Any) -> signatures.KeyFetcher:
    via = {AKAHU: origin, ENABLE: origin}
    kind = name.partition("#")[0]
    if kind == "eb":
        return signatures.KeyFetcher("enablebanking", timeout=TIMEOUT, _via=via, **options)
    credentials = {"akahu": CREDENTIALS, "akahu-wrong": ("app_token", "wrong")}.get(kind)
    return signatures.KeyFetcher(
        "akahu", credentials=credentials, timeout=TIMEOUT, _via=via, **options
    )


def _python(origin: str) -> list[dict[str, str]]:
    made: dict[str, signatures.KeyFetcher] = {}
    advanced = [0.0]

    def clock() -> float:
        return advanced[0] + time.monotonic()

    outcomes = []
    for step, _ in STEPS:
        advanced[0] += step["advance"]
        before, outcome, message = _hits(origin), "ok", ""
        try:
            if step["fetcher"] not in made:
                made[step["fetcher"]] = _fetcher(step["fetcher"], origin, _clock=clock)
            body = base64.b64decode(step["body"])
            signatures.verify(step["provider"], body, step["headers"], made[step["fetcher"]])
        except WebhookError as error:
            kind = "signature" if isinstance(error, SignatureError) else "configuration"
            outcome, message = f"{kind}:{error.reason}", str(error)
        outcomes.append({"outcome": f"{outcome} {_hits(origin) - before}", "message": message})
    return outcomes


@pytest.fixture(scope="module")
def python_outcomes(origin: str) -> list[dict[str, str]]:
    return _python(origin)


def test_python_fetches_keys_within_bounds_from_the_providers_hosts_only(
    python_outcomes: list[dict[str, str]],
) -> None:
    names = [step["name"] for step, _ in STEPS]
    assert dict(zip(names, [o["outcome"] for o in python_outcomes], strict=True)) == {
        step["name"]: outcome for step, outcome in STEPS
    }


def test_node_fetches_alike_and_says_the_same(
    origin: str, python_outcomes: list[dict[str, str]], typescript_dist: Path, tmp_path: Path
) -> None:
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
    node = {item["name"]: item["outcome"] for item in json.loads(output)}
    assert node == {step["name"]: outcome for step, outcome in STEPS}
    # Python shows a refused value in single quotes, Node in double quotes; and some errors are
    # each language's own: the credentials are a tuple in Python, an array in Node, and fetch
    # says only "bad response" of a 100 Continue, "terminated" of an answer cut short, and
    # "fetch failed" of a length given twice.
    own = {
        "no credentials",
        "key 16, a 100 Continue not asked for",
        "key 20, cut short",
        "key 21, its length given twice",
    }
    said = {
        item["name"]: item["message"].replace('"', "'")
        for item in json.loads(output)
        if item["name"] not in own
    }
    assert said == {
        step["name"]: outcome["message"]
        for (step, _), outcome in zip(STEPS, python_outcomes, strict=True)
        if step["name"] not in own
    }


class Ticks:
    """A clock that moves on `tick` seconds each time it is read, and counts the reads."""

    def __init__(self, tick: float) -> None:
        self.tick, self.reads = tick, 0

    def __call__(self) -> float:
        self.reads += 1
        return self.reads * self.tick


@pytest.mark.parametrize("key_id", sorted(DRIPS))
def test_a_dripped_answer_ends_the_fetch_when_its_time_is_up(origin: str, key_id: str) -> None:
    # The clock moves 0.05 s a read: with 0.5 s to fetch in, the fetch ends at its tenth read
    # of the clock (the start, then each connect, write and read), whatever the host sends.
    clock = Ticks(0.05)
    fetcher = _fetcher("akahu", origin, _clock=clock)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(ConfigurationError) as raised:
            fetcher(f"{AKAHU}/v1/keys/{key_id}")
        message = str(raised.value)
        del raised  # its traceback holds the fetch's frames
        gc.collect()
    assert message == (
        f"bad_key: the key at {AKAHU}/v1/keys/{key_id} could not be fetched: it took over 0.5 s"
    )
    assert clock.reads <= 12
    assert [str(w.message) for w in caught if w.category is ResourceWarning] == []


def test_a_tls_handshake_never_answered_ends_the_fetch_when_its_time_is_up() -> None:
    # A listening socket that never accepts: the system completes the TCP handshake, and the
    # fetcher's TLS handshake waits for an answer that never comes, at most the time left.
    with socket.create_server(("127.0.0.1", 0)) as silent:
        via = {AKAHU: f"https://127.0.0.1:{silent.getsockname()[1]}"}
        clock = Ticks(0.05)
        fetcher = signatures.KeyFetcher(
            "akahu", credentials=CREDENTIALS, timeout=TIMEOUT, _via=via, _clock=clock
        )
        with pytest.raises(ConfigurationError) as raised:
            fetcher(f"{AKAHU}/v1/keys/1")
    assert str(raised.value) == (
        f"bad_key: the key at {AKAHU}/v1/keys/1 could not be fetched: it took over 0.5 s"
    )
    assert clock.reads <= 12


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


def test_a_fetch_refused_or_not_asked_for_again_says_why(origin: str) -> None:
    fetcher = _fetcher("eb", origin, _clock=lambda: 100.0)
    for number in range(1, 5):
        with pytest.raises(SignatureError):
            signatures.verify("enablebanking", corpus.BODY, _forged(number), fetcher)
    with pytest.raises(SignatureError) as refused:
        fetcher(f"{ENABLE}/flood/5.pem")
    assert str(refused.value) == (
        f"unknown_key: the key at {ENABLE}/flood/5.pem was not fetched: 4 keys not proven were "
        "fetched in the last 60 s, the most a key fetcher fetches; deliveries signed with a key "
        "it keeps still verify"
    )
    fetcher = _fetcher("akahu", origin, _clock=lambda: 100.0)
    with pytest.raises(ConfigurationError):
        fetcher(f"{AKAHU}/v1/keys/9")
    with pytest.raises(ConfigurationError) as again:
        fetcher(f"{AKAHU}/v1/keys/9")
    assert str(again.value) == (
        f"bad_key: the key at {AKAHU}/v1/keys/9 could not be fetched: it answered HTTP 302; it "
        "is asked for again 60 s after that"
    )
