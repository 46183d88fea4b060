"""A provider's code beneath another's: a Quiltt Connection carries the code of the provider it
works through (Plaid's Item error, MX's member status) in its remote data, typed in the spec with
that provider's code sets. Every reader gives Quiltt's status first and the code beneath it
second, each in its own provider's code set, in Python and in Node alike; a spelling the
catalog does not hold stays unknown, and Plaid's own error body stays Plaid's. The bodies follow
the GraphQL types of quiltt/quiltt-nextjs-template (src/generated/graphql.ts: Connection,
RemoteDataPlaidError, RemoteDataMxMember) and Plaid's error object (plaid.com/docs/errors/)."""

from __future__ import annotations

import json
from typing import Any

import bankcodes
from bankcodes import payloads
from tests.support.cli_here import cli_here
from tests.support.helpers import after_decision
from tests.support.verdicts import Corpus

ERROR = "$.remoteData.plaid.connection.response.error"
MX_STATUS = "$.remoteData.mx.connection.response.connectionStatus"


def _connection(status: str, provider: str, remote: dict[str, Any]) -> dict[str, Any]:
    return {"id": "conn_1", "status": status, "provider": provider, "remoteData": remote}


def _plaid(error_type: str, error_code: str) -> dict[str, Any]:
    error = {"errorType": error_type, "errorCode": error_code, "displayMessage": None}
    return {"plaid": {"connection": {"response": {"itemId": "item_1", "error": error}}}}


BODIES: dict[str, object] = {
    "plaid beneath": _connection(
        "ERROR_REPAIRABLE", "PLAID", _plaid("ITEM_ERROR", "ITEM_LOGIN_REQUIRED")
    ),
    "plaid down beneath": _connection(
        "ERROR_PROVIDER", "PLAID", _plaid("INSTITUTION_ERROR", "INSTITUTION_DOWN")
    ),
    "mx by name": _connection(
        "ERROR_PROVIDER",
        "MX",
        {"mx": {"connection": {"response": {"connectionStatus": "CHALLENGED"}}}},
    ),
    "plaid's own": {
        "error_type": "ITEM_ERROR",
        "error_code": "ITEM_LOGIN_REQUIRED",
        "error_message": "m",
        "display_message": None,
        "request_id": "r-1",
    },
}
#: What each body reads as, layer by layer: (code set, path, code, known), Quiltt's first.
LAYERED: dict[str, list[list[object]]] = {
    "plaid beneath": [
        ["quiltt.connection_status", "$.status", "ERROR_REPAIRABLE", True],
        ["plaid.error_code", f"{ERROR}.errorCode", "ITEM_LOGIN_REQUIRED", True],
    ],
    "plaid down beneath": [
        ["quiltt.connection_status", "$.status", "ERROR_PROVIDER", True],
        ["plaid.error_code", f"{ERROR}.errorCode", "INSTITUTION_DOWN", True],
    ],
    "mx by name": [
        ["quiltt.connection_status", "$.status", "ERROR_PROVIDER", True],
        ["mx.connection_status", MX_STATUS, "CHALLENGED", False],
    ],
    "plaid's own": [["plaid.error_code", "$.error_code", "ITEM_LOGIN_REQUIRED", True]],
}


def _row(found: Any) -> list[object]:
    return [found.code_set, found.path, found.code.value, found.code.known]


def test_python_reads_quiltt_s_status_first_then_the_code_beneath() -> None:
    for name, body in BODIES.items():
        kinds = payloads.recognise(body)
        assert len(kinds) == 1, name
        assert [_row(c) for c in payloads.layered_codes(kinds[0], body)] == LAYERED[name], name
    assert payloads.recognise(BODIES["plaid's own"]) == ("plaid/error",)
    assert payloads.recognise(BODIES["plaid beneath"]) == ("quiltt/connection",)


def test_from_exception_gives_quiltt_s_status_with_plaid_s_code_inside() -> None:
    found = bankcodes.from_exception(json.dumps(BODIES["plaid beneath"]))
    assert found is not None and found.inner is not None
    assert _row(found) == LAYERED["plaid beneath"][0]
    assert _row(found.inner) == LAYERED["plaid beneath"][1]
    assert found.inner.code.category is bankcodes.Category.RECONNECT_REQUIRED
    plain = bankcodes.from_exception(json.dumps(BODIES["plaid's own"]))
    assert plain is not None and (plain.kind, plain.inner) == ("plaid/error", None)


def test_decide_follows_quiltt_s_status() -> None:
    decision = bankcodes.decide(json.dumps(BODIES["plaid down beneath"]))
    assert decision.code is not None and decision.code.code_set == "quiltt.connection_status"
    assert decision.next_step == "retry_later"


def _layers(body: object) -> dict[str, Any]:
    """The kinds recognised, the layered codes (of the one kind), and from_exception's code with
    the one beneath it."""
    kinds = payloads.recognise(body)
    found = bankcodes.from_exception(json.dumps(body))
    return {
        "recognise": list(kinds),
        "layered": [_row(c) for c in payloads.layered_codes(kinds[0], body)]
        if len(kinds) == 1
        else None,
        "fromError": None
        if found is None
        else {"first": _row(found), "inner": None if found.inner is None else _row(found.inner)},
    }


#: Each body in both languages: the same layers, the same code with the one beneath it.
LAYERS = Corpus("layered_codes", BODIES.items, _layers)


def test_python_gives_the_committed_verdicts() -> None:
    python = LAYERS.python()
    for name, layers in LAYERED.items():
        assert python[name]["layered"] == layers, name
        inner = layers[1] if len(layers) > 1 else None
        assert python[name]["fromError"] == {"first": layers[0], "inner": inner}, name
    assert python["plaid's own"]["recognise"] == ["plaid/error"]
    LAYERS.check()


def test_explain_names_each_layer_s_provider_in_order() -> None:
    for name, beneath in (("plaid down beneath", "plaid"), ("mx by name", "mx")):
        run = cli_here("explain", "-", stdin=json.dumps(BODIES[name]))
        assert run.returncode == 0, run.stderr
        lines = after_decision(run.stdout).splitlines()
        assert lines[0] == "quiltt/connection: $.status = ERROR_PROVIDER"
        assert lines[1].startswith(f"  beneath it, {beneath}'s code: "), lines[1]
    assert "unknown to the catalog in mx's codes" in lines[1]
