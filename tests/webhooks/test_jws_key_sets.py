"""TrueLayer signs with one key set per environment (its webhooks page: the jku of production,
webhooks.truelayer.com, and of its sandbox, webhooks.truelayer-sandbox.com). A test delivery is
signed for the key set asked (`sign(…, jku=)`, `bankcodes trigger truelayer --jku URL`), and a
refusal says which part of the key was refused: the jku is not accepted, or the kid is not in
the key set; Python and Node alike."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from bankcodes import _test_deliveries as test
from bankcodes import cli
from bankcodes.errors import ConfigurationError, SignatureError
from tests.support.helpers import run_node

PRODUCTION = "https://webhooks.truelayer.com/.well-known/jwks"
SANDBOX = "https://webhooks.truelayer-sandbox.com/.well-known/jwks"
BODY = json.dumps({"type": "payment_executed", "event_version": 1, "event_id": "e-1"})
NOW = 1_767_323_045  # 2026-01-02T03:04:05Z
KEYS: Mapping[str, Any] = {"keys": [test.TEST_JWS_PUBLIC_JWK]}


def _outcome(jku: str, accepts: str | None) -> str:
    headers = bankcodes.sign(
        "truelayer", BODY, test.TEST_JWS_PRIVATE_JWK, now=NOW, path="/hooks", jku=jku
    )

    def given(asked: str) -> Mapping[str, Any] | None:
        return KEYS if asked == accepts else {"keys": []} if accepts is None else None

    try:
        at = datetime.datetime.fromtimestamp(NOW, datetime.UTC)
        bankcodes.receive("truelayer", BODY, headers, given, path="/hooks", now=at)
    except SignatureError as error:
        return f"SignatureError: {error}"
    return "ok"


def _expected() -> dict[str, str]:
    return {
        "production by a production receiver": "ok",
        "production by a receiver without the kid": (
            "SignatureError: unknown_key: the kid is not in the key set: the key set at "
            f"{PRODUCTION} has no key 'bankcodes-test-key-p521-1'"
        ),
        "sandbox by a production receiver": (
            "SignatureError: unknown_key: the jku is not accepted here: the receiver's keys give "
            f"no key set for {SANDBOX} (a delivery signed for the provider's other environment?)"
        ),
        "sandbox by a receiver without the kid": (
            "SignatureError: unknown_key: the kid is not in the key set: the key set at "
            f"{SANDBOX} has no key 'bankcodes-test-key-p521-1'"
        ),
    }


def test_python_signs_for_the_key_set_asked_and_says_which_part_was_refused() -> None:
    found = {
        f"{signed} by {receiver}": _outcome(jku, accepts)
        for signed, jku in (("production", PRODUCTION), ("sandbox", SANDBOX))
        for receiver, accepts in (
            ("a production receiver", PRODUCTION),
            ("a receiver without the kid", None),
        )
    }
    assert found == _expected()
    with pytest.raises(ConfigurationError, match="jku is one of the provider's key sets"):
        bankcodes.sign(
            "truelayer", BODY, test.TEST_JWS_PRIVATE_JWK, now=NOW, path="/h", jku="https://x/"
        )


def test_node_signs_and_refuses_alike(typescript_dist: Path) -> None:
    output = run_node(
        "jws_key_sets.mjs",
        str(typescript_dist / "webhooks.js"),
        json.dumps(test.TEST_JWS_PRIVATE_JWK),
        json.dumps(test.TEST_JWS_PUBLIC_JWK),
        BODY,
    )
    found = json.loads(output)
    assert found.pop("a jku of no key set").startswith(
        "ConfigurationError: bad_key: jku is one of the provider's key sets"
    )
    # Python shows a value as its repr, Node as JSON: the same words but for the quotes.
    kid = '"bankcodes-test-key-p521-1"'
    assert {
        case: said.replace(kid, "'bankcodes-test-key-p521-1'") for case, said in found.items()
    } == _expected()


def test_trigger_signs_a_sandbox_delivery_a_sandbox_receiver_accepts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import io

    out = io.StringIO()
    assert cli.main(["trigger", "truelayer", "--jku", SANDBOX, "--json"], out=out) == 0
    delivery = json.loads(out.getvalue())
    keys = {SANDBOX: KEYS}
    event = bankcodes.receive(
        "truelayer", delivery["body"], delivery["headers"], keys, path="/webhooks/test"
    )
    assert event.signed
    with pytest.raises(SignatureError, match="the jku is not accepted here"):
        bankcodes.receive(
            "truelayer",
            delivery["body"],
            delivery["headers"],
            {PRODUCTION: KEYS},
            path="/webhooks/test",
        )
    assert cli.main(["trigger", "lean", "--jku", SANDBOX], out=io.StringIO()) == 2
    assert "--jku is for a provider that signs with a JWS" in capsys.readouterr().err
