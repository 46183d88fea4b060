"""Fintoc's Fintoc-Signature read as Fintoc's own Node library reads it: on the shared vectors of
Fintoc (tests/support/signature_vectors.json, digests by openssl), the `fintoc` npm package's
WebhookSignature.verifyHeader accepts what bankcodes accepts, with its default tolerance (300
seconds both ways: Math.abs in verifyTimestamp) and the clock at the time each vector says; of
two t= items both read the last. bankcodes is stricter in one place, said below."""

from __future__ import annotations

import json

import pytest

from tests.support.helpers import run_node
from tests.support.signature_vectors import PATH as VECTORS_PATH

VECTORS = [
    vector
    for vector in json.loads(VECTORS_PATH.read_text(encoding="utf-8"))["vectors"]
    if vector["provider"] == "fintoc" and isinstance(vector["secret"], str)
]

#: fintoc-node reads t with parseInt, which takes the leading digits of "1735689600a" (and so
#: accepts it); bankcodes reads t as decimal digits only, and refuses it (bad_encoding).
NODE_ONLY_ACCEPTS = {"fintoc a timestamp that is no number"}
#: fintoc-node signs the number it reads, so a leading zero signed over the number verifies
#: there; bankcodes refuses a spelling no delivery of Fintoc's carries (the signing notes say so).
NODE_ONLY_ACCEPTS |= {"fintoc a timestamp with a leading zero"}


def test_the_vectors_try_the_window_both_ways_and_two_timestamps() -> None:
    expected = {vector["name"]: vector["expect"] for vector in VECTORS}
    assert expected["fintoc a timestamp an hour ahead of the clock"] == "signature:future_timestamp"
    assert expected["fintoc a timestamp a minute ahead of the clock"] == "ok"
    assert expected["fintoc two timestamps, the last signed"] == "ok"
    assert expected["fintoc two timestamps, the first signed"] == "signature:mismatch"


@pytest.mark.node
def test_fintocs_node_library_gives_every_vectors_verdict() -> None:
    output = run_node("fintoc_verdicts.mjs", str(VECTORS_PATH))
    node = {item["name"]: item["accepted"] for item in json.loads(output)}
    expected = {vector["name"]: vector["expect"] == "ok" for vector in VECTORS}
    assert set(expected) >= NODE_ONLY_ACCEPTS
    assert node == {
        name: verdict or name in NODE_ONLY_ACCEPTS for name, verdict in expected.items()
    }
