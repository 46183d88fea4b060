"""`bankcodes decide`: the shared corpus of decisions (tests/support/decision_cases.json) pasted
as the HTTP responses they came in, read with their headers and the moment they arrived
(--now): the next step and wait the sources give, as bankcodes.decide gives them."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import pytest

from bankcodes import cli
from tests.support.decisions import BODIES, expected, read, response


def _decided(monkeypatch: pytest.MonkeyPatch, text: str, *argv: str) -> tuple[int, str]:
    stdin = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    out = io.StringIO()
    return cli.main(["decide", *argv], out=out), out.getvalue()


@pytest.mark.parametrize("case", BODIES, ids=[case["name"] for case in BODIES])
def test_a_pasted_response_is_decided_as_its_sources_say(
    monkeypatch: pytest.MonkeyPatch, case: dict[str, Any]
) -> None:
    provider = ["--provider", case["provider"]] if "provider" in case else []
    status, out = _decided(
        monkeypatch, response(case), "-", "--now", case["now"], "--json", *provider
    )
    assert status == 0
    assert read(json.loads(out), case) == expected(case)


def test_a_code_given_alone_is_decided() -> None:
    """The Berlin Group's CONSENT_EXPIRED named alone is decided as its body is."""
    (case,) = [case for case in BODIES if case["name"] == "berlingroup-consent-expired"]
    out = io.StringIO()
    argv = ["decide", "CONSENT_EXPIRED", "--provider", "berlingroup", "--json"]
    assert cli.main(argv, out=out) == 0
    assert read(json.loads(out.getvalue()), case) == expected(case)


def test_a_header_given_adds_to_a_pasted_body_and_the_block_comes_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (case,) = [case for case in BODIES if case["name"] == "plaid-429-no-headers"]
    body = json.dumps(case["body"])
    status, out = _decided(
        monkeypatch, body, "-", "--header", "Retry-After: 120", "--now", "2026-11-27T09:00:00Z"
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Decision: retry_later (integrator acts)"
    assert "  wait: 120 s (not before 2026-11-27T09:02:00+00:00)" in lines
    assert "  why (wait): Retry-After '120': wait 120 s [header Retry-After]" in lines


def test_a_hostile_header_is_shown_escaped(monkeypatch: pytest.MonkeyPatch) -> None:
    (case,) = [case for case in BODIES if case["name"] == "hostile-retry-after-control-bytes"]
    status, out = _decided(monkeypatch, response(case), "-")
    assert status == 0
    assert "\x1b" not in out
    assert "refused: Retry-After '12\\u001b[2J0' is neither" in out


def test_explain_leads_with_the_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    assert cli.main(["explain", "RATE_LIMIT", "--provider", "plaid"], out=out) == 0
    assert out.getvalue().splitlines()[0] == "Decision: retry_later (integrator acts)"
    (case,) = [case for case in BODIES if case["name"] == "pluggy-429-retry-after-seconds"]
    stdin = io.TextIOWrapper(io.BytesIO(response(case).encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    out = io.StringIO()
    assert cli.main(["explain", "-", "--provider", "pluggy", "--json"], out=out) == 0
    answer = json.loads(out.getvalue())
    assert next(iter(answer)) == "decision"
    assert (answer["decision"]["next_step"], answer["decision"]["wait_seconds"]) == (
        "retry_later",
        60,
    )
