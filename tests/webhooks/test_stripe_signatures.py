"""Stripe's Stripe-Signature read as Stripe's own libraries read it: on the shared vectors of
Stripe (tests/support/signature_vectors.json, digests by openssl), bankcodes accepts exactly what
the `stripe` package (PyPI) and the `stripe` npm package accept, with the tolerance their
construct_event/constructEvent use (300 seconds) and the time each vector says."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
import stripe

from tests.support.helpers import run_node
from tests.support.signature_vectors import PATH as VECTORS_PATH

VECTORS = [
    vector
    for vector in json.loads(VECTORS_PATH.read_text(encoding="utf-8"))["vectors"]
    if vector["provider"] == "stripe" and isinstance(vector["secret"], str)
]


def _header(vector: dict[str, Any]) -> str | None:
    found = [value for name, value in vector["headers"] if name.lower() == "stripe-signature"]
    return found[0] if found else None


def _stripe_python(vector: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> bool:
    monkeypatch.setattr("time.time", lambda: float(vector["now"]))
    body = base64.b64decode(vector["body_base64"]).decode("utf-8")
    try:
        stripe.WebhookSignature.verify_header(
            body, _header(vector), vector["secret"], stripe.Webhook.DEFAULT_TOLERANCE
        )
    except stripe.SignatureVerificationError:
        return False
    return True


def test_there_are_vectors_of_every_kind() -> None:
    outcomes = {vector["expect"] for vector in VECTORS}
    assert {"ok", "signature:mismatch", "signature:stale_timestamp"} <= outcomes


#: Where bankcodes is stricter than both of Stripe's libraries: they read t as a number and sign
#: the number, so a leading zero signed over the number verifies there; bankcodes refuses a
#: spelling no delivery of Stripe's carries (the spec's signing notes say so).
STRICTER = {"stripe a timestamp with a leading zero"}


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_the_stripe_package_gives_the_vectors_verdict(
    vector: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    accepted = vector["expect"] == "ok" or vector["name"] in STRICTER
    assert _stripe_python(vector, monkeypatch) == accepted


#: Where Stripe's two libraries disagree: stripe-node reads t with parseInt, which takes the
#: leading digits of "1735689600a" (and so accepts it), while stripe-python's int() refuses it,
#: as bankcodes does; of two t= items, stripe-node keeps the last (its parseHeader reduces the
#: items into one object) and stripe-python reads the first, as bankcodes does (the spec's
#: repeated_timestamp for Stripe).
NODE_ONLY_ACCEPTS = {
    "stripe a timestamp that is no number",
    "stripe two timestamps, the last signed",
}
NODE_ONLY_REFUSES = {"stripe two timestamps, the first signed"}


@pytest.mark.node
def test_stripes_node_library_gives_every_vectors_verdict() -> None:
    output = run_node("stripe_verdicts.mjs", str(VECTORS_PATH))
    node = {item["name"]: item["accepted"] for item in json.loads(output)}
    expected = {vector["name"]: vector["expect"] == "ok" for vector in VECTORS}
    assert set(expected) >= NODE_ONLY_ACCEPTS | NODE_ONLY_REFUSES | STRICTER
    assert node == {
        name: (verdict or name in NODE_ONLY_ACCEPTS | STRICTER) and name not in NODE_ONLY_REFUSES
        for name, verdict in expected.items()
    }
