"""`bankcodes mcp`'s explain_payload over UAE Open Finance's and PolishAPI's error responses, as
`explain - --json` answers them: a prescribed code, a bank's own namespaced code, the signed
error (application/jwt, its signature not verified) and a PolishAPI error its HTTP status decides
(the bodies of tests/catalog/test_uae_polishapi_bodies.py, typed from the standards' files)."""

from __future__ import annotations

import io
import json
import sys

import pytest

from bankcodes import cli
from tests.catalog.test_uae_polishapi_bodies import BODIES, SIGNED
from tests.mcp.test_mcp_server import Client, client

__all__ = ["client"]  # the server the module shares, started once


@pytest.mark.parametrize("case", BODIES, ids=[case[0] for case in BODIES])
def test_explain_payload_reads_each_as_explain_dash_does(
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
    case: tuple[str, int, str, str, str, str, str, object, bool, str],
) -> None:
    path, status, content_type, body, kind, where, code_set, value, known, category = case
    pasted = f"HTTP/1.1 {status} Error\r\nContent-Type: {content_type}\r\n\r\n{body}"
    found = client.answer("explain_payload", text=pasted)
    assert (found["kind"], found["path"], found["code_set"]) == (kind, where, code_set)
    assert (found["code"], found["known"], found["status"]) == (value, known, status)
    if known:
        assert found["entry"]["category"] == category
    else:
        assert found["own"]["category"] == category
        assert found["own"]["form"] == "^[A-Za-z]+\\.[A-Za-z0-9]+$"
    assert ("unverified" in found) == (path in SIGNED)
    stdin = io.TextIOWrapper(io.BytesIO(pasted.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    out = io.StringIO()
    assert cli.main(["explain", "-", "--json"], out=out) == 0
    assert found == json.loads(out.getvalue())
