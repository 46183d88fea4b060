"""Every webhook receiver of the README and of the site's Receiving webhooks page answers 500 to
the receiver's own mistakes (a missing secret or keys, a missing extra), before its 401 and 400
clauses: each is run, as written, in a fresh interpreter, with a delivery signed as its provider
signs it."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import io
import json
import logging
import os
import re
import subprocess
import sys
import urllib.request
from typing import Any

import pytest
import truelayer_signing as tl
from cryptography.hazmat.primitives.asymmetric import ec

import bankcodes
from codegen.targets.ec_test_keys import jws_test_key
from tests.support.helpers import ROOT
from tests.support.jwt_corpus import HEAD, NOW, es256, public_jwk
from tests.support.keys import p521_pem
from tests.support.sent import sent_now
from tests.support.spec_index import examples

DOCUMENTS = (ROOT / "README.md", ROOT / "site" / "docs" / "webhooks.md")
#: The documents' receivers: each Python block that defines `<provider>_webhook(raw_body,
#: headers)`.
RECEIVERS = {
    match.group(2): match.group(1)
    for document in DOCUMENTS
    for match in re.finditer(
        r"```python\n((?:(?!```).)*?def (\w+)_webhook\(raw_body(?:(?!```).)*)```",
        document.read_text(encoding="utf-8"),
        re.S,
    )
}
#: Lean's published payment.created example (spec/catalog.json, lean/webhook), as Lean sends it
#: now (its body timestamp is checked against Lean's retry window).
LEAN_BODY = sent_now(
    "lean",
    json.dumps(
        next(
            example["data"]
            for example in examples("lean/webhook")
            if example["data"]["type"] == "payment.created"
        )
    ).encode(),
    datetime.datetime.fromtimestamp(NOW, datetime.UTC),
).decode()
KEY = ec.generate_private_key(ec.SECP256R1())
PLAID_BODY = json.dumps({"webhook_type": "ITEM", "webhook_code": "ERROR", "item_id": "i"})
#: TrueLayer's payment_failed webhook as its webhook page shows one (spec: truelayer/webhook).
TRUELAYER_BODY = json.dumps(
    {
        "type": "payment_failed",
        "event_version": 1,
        "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
        "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633",
        "payment_method": {"type": "bank_transfer"},
        "failed_at": "2021-12-25T15:00:00.000Z",
        "failure_stage": "authorizing",
        "failure_reason": "authorization_failed",
    }
)
TRUELAYER_PRIVATE, TRUELAYER_PUBLIC = jws_test_key()


def _delivery(provider: str, lean_body: str = LEAN_BODY) -> tuple[str, dict[str, str]]:
    """A body and headers signed as the provider's pages say (Lean: hex HMAC-SHA512 with a
    sha512= label; Plaid: an ES256 JWT with iat and the body's SHA-256)."""
    if provider == "lean":
        digest = hmac.new(b"whsec_readme", lean_body.encode(), hashlib.sha512).hexdigest()
        return lean_body, {"lean-signature": f"sha512={digest}"}
    if provider == "truelayer":  # a detached JWS over the path the receiver is posted to
        headers = bankcodes.sign(
            "truelayer", TRUELAYER_BODY, TRUELAYER_PRIVATE, now=NOW, path="/webhooks/truelayer"
        )
        return TRUELAYER_BODY, headers
    digest = hashlib.sha256(PLAID_BODY.encode()).hexdigest()
    token = es256(KEY, HEAD, {"iat": NOW, "request_body_sha256": digest})
    return PLAID_BODY, {"Plaid-Verification": token}


#: What each README receiver is given for "the secret" (its free names), as correctly set up.
SETUP: dict[str, dict[str, object]] = {
    "lean": {"LEAN_WEBHOOK_SECRETS": ["whsec_readme"]},
    "plaid": {"PLAID_KEYS": {"k1": public_jwk(KEY, "k1")}},
    "truelayer": {"TRUELAYER_KEYS": {"keys": [TRUELAYER_PUBLIC]}},
}
MISSING: dict[str, dict[str, object]] = {
    "lean": {},  # LEAN_WEBHOOK_SECRETS not set in the environment: [""]
    "plaid": {"PLAID_KEYS": None},
    "truelayer": {"TRUELAYER_KEYS": None},
}
#: The extra each receiver needs at the first delivery (the Lean example imports the models of
#: the payloads extra at its top, so without it the app does not start).
EXTRA = {"plaid": "jwt", "truelayer": "truelayer_signing"}

SCRIPT = """
import datetime, json, logging, sys
for blocked in json.loads(sys.argv[1]):
    sys.modules[blocked] = None  # the extra is not installed
import bankcodes
bankcodes_receive = bankcodes.receive
def receive(*args, **options):  # the README's call, at the delivery's time
    now = datetime.datetime.fromtimestamp(NOW, datetime.UTC)
    return bankcodes_receive(*args, now=now, **options)
bankcodes.receive = receive
recorded = []
namespace = {"log": logging.getLogger("readme"), "record_payment": lambda *a: recorded.append(a)}
exec(sys.argv[2], namespace)
namespace.update(json.loads(sys.argv[3]))
body, headers = json.loads(sys.argv[4])
answers = [namespace[sys.argv[5] + "_webhook"](body.encode(), headers) for _ in range(2)]
assert answers[0] == answers[1], answers  # a retry gets the same answer
assert len(recorded) <= 1, recorded  # and is handled once
print(answers[0])
""".replace("NOW", str(NOW))


def _answer(
    provider: str,
    names: dict[str, object],
    blocked: list[str],
    delivery: tuple[str, dict[str, str]] | None = None,
) -> int:
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRIPT,
            json.dumps(blocked),
            RECEIVERS[provider],
            json.dumps(names),
            json.dumps(delivery or _delivery(provider)),
            provider,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={name: value for name, value in os.environ.items() if name != "LEAN_WEBHOOK_SECRETS"},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return int(run.stdout.strip())


def test_the_readme_has_a_receiver_for_each_signing_scheme() -> None:
    # HMAC (Lean), a JWT (Plaid), a JWS with keys at a jku (TrueLayer).
    assert sorted(RECEIVERS) == ["lean", "plaid", "truelayer"]


@pytest.mark.parametrize("provider", ["lean", "plaid", "truelayer"])
@pytest.mark.subprocess
def test_a_readme_receiver_answers_200_when_set_up(provider: str) -> None:
    assert _answer(provider, SETUP[provider], []) == 200


@pytest.mark.parametrize("provider", ["lean", "plaid", "truelayer"])
@pytest.mark.subprocess
def test_a_readme_receiver_answers_500_without_its_secret(provider: str) -> None:
    assert _answer(provider, MISSING[provider], []) == 500


@pytest.mark.parametrize("provider", sorted(EXTRA))
@pytest.mark.subprocess
def test_a_readme_receiver_answers_500_without_its_extra(provider: str) -> None:
    assert _answer(provider, SETUP[provider], [EXTRA[provider]]) == 500


@pytest.mark.subprocess
def test_the_readme_receivers_keep_the_default_tolerance() -> None:
    """Lean's page: retries "1, 2, 5, 10, 60, and 180 minutes after the initial webhook was sent",
    each to be answered within 10 seconds. The README's Lean receiver accepts Lean's last retry
    of a signed body, 180 minutes after it was first sent, and refuses one four hours old."""
    assert all("tolerance" not in block for block in RECEIVERS.values())
    sent = datetime.datetime.fromtimestamp(NOW, datetime.UTC)
    data = json.loads(LEAN_BODY)
    for age, answer in ((datetime.timedelta(minutes=180), 200), (datetime.timedelta(hours=4), 401)):
        stamped = {**data, "timestamp": (sent - age).strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
        delivery = _delivery("lean", json.dumps(stamped))
        assert _answer("lean", SETUP["lean"], [], delivery) == answer, age


class _Reply(io.BytesIO):
    """What urllib.request.urlopen gives, as a context manager."""

    def __enter__(self) -> _Reply:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def test_the_truelayer_receiver_accepts_one_environment_and_fetches_only_its_keys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # TrueLayer's two key set addresses (truelayer-signing's webhook server example): a
    # production receiver refuses a delivery TrueLayer signed in its sandbox, without fetching.
    production = "https://webhooks.truelayer.com/.well-known/jwks"
    sandbox = "https://webhooks.truelayer-sandbox.com/.well-known/jwks"
    fetched: list[str] = []

    def urlopen(address: str, timeout: float) -> _Reply:
        fetched.append(address)
        return _Reply(json.dumps({"keys": [TRUELAYER_PUBLIC]}).encode())

    monkeypatch.setattr(urllib.request, "urlopen", urlopen)
    namespace: dict[str, object] = {"log": logging.getLogger("readme")}
    exec(RECEIVERS["truelayer"], namespace)
    receiver: Any = namespace["truelayer_webhook"]
    body, headers = _delivery("truelayer")
    assert receiver(body.encode(), headers) == 200
    stamp = headers["X-Tl-Webhook-Timestamp"]
    signer = tl.sign_with_pem(TRUELAYER_PRIVATE["kid"], p521_pem(TRUELAYER_PRIVATE))
    signer = signer.set_jku(sandbox).set_method(tl.HttpMethod.POST).set_path("/webhooks/truelayer")
    signed = signer.set_body(body).add_headers({"X-Tl-Webhook-Timestamp": stamp}).sign()
    sandboxed = {"Tl-Signature": signed, "X-Tl-Webhook-Timestamp": stamp}
    assert receiver(body.encode(), sandboxed) == 401
    assert fetched == [production]
