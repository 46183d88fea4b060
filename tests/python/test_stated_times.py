"""Times a body states that are no consent's end, and a step a message states, in both runtimes
(Node by tests/js/stated_times.mjs): Lean's payment source in its beneficiary cool-off waits until
the beneficiary_cool_off_expiry its body gives (Lean's UAE Postman collection, Get Payment source
by ID), a CDR token response's expires_in is the access token's lifetime in seconds from the
response (the Consumer Data Standards' Tokens page), Basiq's "Token has expired" asks for a
new access token (Basiq's HTTP errors per endpoint page), and a UK Open Banking domestic payment
in progress waits until its ExpectedSettlementDateTime ("Expected settlement date and time for
the payment resource.", the v4.0 Domestic Payments page's data dictionary and usage example)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from tests.support.helpers import run_node

#: Get Payment source by ID's saved response (Lean's UAE Postman collection), its own fields.
LEAN = {
    "id": "d8d7a9b3-c401-49f6-81a4-386d8398aa2c",
    "customer_id": "6db94cb7-3a02-4a57-a03a-e2a92ce86406",
    "app_id": "YOUR_APP_ID",
    "status": "AWAITING_BENEFICIARY_COOL_OFF",
    "beneficiary_cool_off_expiry": "2021-02-13T13:20:57.674299Z",
    "bank_identifier": "ENBD_UAE",
}
#: The token endpoint's response of the Identifiers and Subject Types page (CDS).
CDR = {
    "access_token": "2YotnFZFEjr1zCsicMWpAA",
    "expires_in": 3600,
    "refresh_token": "tGzv3JOkF0XG5Qx2TlKWIA",
    "id_token": "eyJraWQiOiIxZTlnZGs3IiwiYWxnIjoiUl...",
    "cdr_arrangement_id": "02e7c9d9-cfe7-4c3e-8f64-e91173c84ecb",
}
#: Basiq's answer to an expired token: access-denied, "Access denied", "Token has expired" (the
#: Codes page's first version), in the error list its Errors page shows.
BASIQ = {
    "type": "list",
    "correlationId": "ac5ea0f2-7b4a-4b3c-9d2e-1f0e2d3c4b5a",
    "data": [
        {
            "type": "error",
            "code": "access-denied",
            "title": "Access denied",
            "detail": "Token has expired",
        }
    ],
}
#: The v4.0 Domestic Payments page's POST /domestic-payments response (201), its Data's ids,
#: status and times.
UKOB = {
    "Data": {
        "DomesticPaymentId": "58923-001",
        "ConsentId": "58923",
        "Status": "ACSP",
        "CreationDateTime": "2017-06-05T15:15:22+00:00",
        "StatusUpdateDateTime": "2017-06-05T15:15:13+00:00",
        "ExpectedExecutionDateTime": "2017-06-05T15:15:22+00:00",
        "ExpectedSettlementDateTime": "2017-06-06T15:15:22+00:00",
        "Initiation": {"InstructionIdentification": "ACME412"},
    }
}
UKOB_SOURCES = "ukob-v4-domestic-payments, ukob-v4-payment-initiation-openapi"
FIELD = "the body's $.beneficiary_cool_off_expiry"
LEAN_SOURCES = "lean-working-with-payment-sources, lean-postman-uae"
CDR_SOURCES = "cdr-tokens, cdr-identifiers-subject-types"
WAIT_FOR_EVENT = "Wait for the provider's next webhook or status: there is nothing to do now."
NEW_TOKEN = "Get a new access token, then send the request again — your service acts."
NEW_TOKEN_FR = "Obtenez un nouveau jeton d'accès, puis renvoyez la requête — votre service agit."

#: Each case: its body, the provider named, the moment it arrived, and what both runtimes answer:
#: the next step, who acts, the wait, the end, the lead in English and the first reason of the
#: part that the case is about, as [part, says, source].
CASES: list[tuple[str, dict[str, Any], str | None, str, tuple[Any, ...]]] = [
    (
        "cool-off ahead: wait until it ends (3 h 20 min 57.674 s)",
        LEAN,
        "lean",
        "2021-02-13T10:00:00Z",
        (
            "wait_for_event",
            "nobody",
            12057.674,
            None,
            "Nothing to do for 12057.674 s, the wait the response states: then look for the "
            "provider's next webhook or status.",
            [
                "wait",
                f"{FIELD} says the wait of AWAITING_BENEFICIARY_COOL_OFF ends at "
                "2021-02-13T13:20:57.674Z: wait 12057.674 s",
                LEAN_SOURCES,
            ],
        ),
    ),
    (
        "cool-off over a week away: refused, no wait",
        LEAN,
        "lean",
        "2021-02-06T00:00:00Z",
        (
            "wait_for_event",
            "nobody",
            None,
            None,
            WAIT_FOR_EVENT,
            [
                "wait",
                f"refused: {FIELD} says the wait of AWAITING_BENEFICIARY_COOL_OFF ends at "
                "2021-02-13T13:20:57.674Z, over the 604800-second bound",
                LEAN_SOURCES,
            ],
        ),
    ),
    (
        "cool-off passed: no wait, said",
        LEAN,
        "lean",
        "2021-02-14T00:00:00Z",
        (
            "wait_for_event",
            "nobody",
            None,
            None,
            WAIT_FOR_EVENT,
            [
                "wait",
                f"{FIELD} says the wait of AWAITING_BENEFICIARY_COOL_OFF ended at "
                "2021-02-13T13:20:57.674Z",
                LEAN_SOURCES,
            ],
        ),
    ),
    (
        "cool-off that is no date-time: refused, shown",
        {**LEAN, "beneficiary_cool_off_expiry": "tomorrow"},
        "lean",
        "2021-02-13T10:00:00Z",
        (
            "wait_for_event",
            "nobody",
            None,
            None,
            WAIT_FOR_EVENT,
            [
                "wait",
                f"refused: {FIELD} is no date-time from 1970 to 9998: tomorrow",
                LEAN_SOURCES,
            ],
        ),
    ),
    (
        "a payment accepted for execution waits until its expected settlement (a day)",
        UKOB,
        None,
        "2017-06-05T15:15:22Z",
        (
            "wait_for_event",
            "nobody",
            86400.0,
            None,
            "Nothing to do for 86400 s, the wait the response states: then look for the "
            "provider's next webhook or status.",
            [
                "wait",
                "the body's $.Data.ExpectedSettlementDateTime says the wait of ACSP ends at "
                "2017-06-06T15:15:22.000Z: wait 86400 s",
                UKOB_SOURCES,
            ],
        ),
    ),
    (
        "a settled payment waits for nothing, its expected settlement aside",
        {"Data": {**UKOB["Data"], "Status": "ACSC"}},
        "ukob",
        "2017-06-05T15:15:22Z",
        (
            "none",
            "nobody",
            None,
            None,
            "Nothing to do: carry on.",
            ["next_step", "none: a code of the category success", "category"],
        ),
    ),
    (
        "expires_in 3600.0 is 3600 s, as JavaScript reads it",
        {**CDR, "expires_in": 3600.0},
        None,
        "2026-01-01T00:00:00Z",
        (
            "none",
            "nobody",
            None,
            "2026-01-01T01:00:00.000Z",
            "Nothing to do: carry on.",
            [
                "ends_at",
                "2026-01-01T01:00:00.000Z: the body's $.expires_in, a lifetime of 3600 s from "
                "the response's arrival",
                CDR_SOURCES,
            ],
        ),
    ),
    (
        "expires_in 0: the token has ended, get a new one",
        {**CDR, "expires_in": 0},
        "cdr",
        "2026-01-01T00:00:00Z",
        (
            "renew_access_token",
            "integrator",
            None,
            "2026-01-01T00:00:00.000Z",
            NEW_TOKEN,
            [
                "ends_at",
                "2026-01-01T00:00:00.000Z: the body's $.expires_in, a lifetime of 0 s from "
                "the response's arrival",
                CDR_SOURCES,
            ],
        ),
    ),
    *(
        (
            name,
            {**CDR, "expires_in": value},
            "cdr",
            "2026-01-01T00:00:00Z",
            (
                "contact_provider",
                "integrator",
                None,
                None,
                "Nothing in it is recognised: contact the provider's support.",
                [
                    "ends_at",
                    f"the body's $.expires_in is no date-time from 1970 to 9998: {shown}",
                    CDR_SOURCES,
                ],
            ),
        )
        for name, value, shown in (
            ("expires_in 3600.5 is no whole number of seconds", 3600.5, "3600.5"),
            ("expires_in as a text is no number", "3600", "3600"),
            ("expires_in true is no number", True, "true"),
        )
    ),
    (
        "Basiq's Token has expired: a new access token",
        BASIQ,
        "basiq",
        "2026-11-27T09:00:00Z",
        (
            "renew_access_token",
            "integrator",
            None,
            None,
            NEW_TOKEN,
            [
                "next_step",
                "access-denied's message states the next step, renew_access_token: "
                "'Token has expired'",
                "basiq-docs-http-errors, basiq-docs-codes-first-version",
            ],
        ),
    ),
]


def _python(body: dict[str, Any], provider: str | None, now: str) -> list[Any]:
    at = datetime.datetime.fromisoformat(now)
    decided = bankcodes.decide(body, provider=provider, now=at)
    ends = decided.ends_at
    return [
        decided.next_step,
        decided.actor,
        decided.wait_seconds,
        None if ends is None else ends.isoformat(timespec="milliseconds")[:-6] + "Z",
        decided.lead(),
        decided.lead("fr"),
        [[reason.part, reason.says, reason.source] for reason in decided.why],
    ]


def _expected(answer: list[Any], expected: tuple[Any, ...]) -> None:
    step, actor, wait, ends, lead, first = expected
    assert answer[:5] == [step, actor, wait, ends, lead]
    # The reason of the case's part that comes first is the one its source gives.
    assert next(r for r in answer[6] if r[0] == first[0]) == first


@pytest.mark.parametrize(
    ("name", "body", "provider", "now", "expected"), CASES, ids=[case[0] for case in CASES]
)
def test_python_reads_the_stated_time_or_step(
    name: str, body: dict[str, Any], provider: str | None, now: str, expected: tuple[Any, ...]
) -> None:
    _expected(_python(body, provider, now), expected)


def test_a_stated_step_leads_and_is_the_first_reason() -> None:
    """Basiq's message states the step: it is the first reason of all, and the French lead is
    the new step's."""
    answer = _python(BASIQ, "basiq", "2026-11-27T09:00:00Z")
    assert answer[6][0][0] == "next_step"
    assert answer[5] == NEW_TOKEN_FR


@pytest.mark.node
def test_node_reads_them_as_python_does(typescript_dist: Path, tmp_path: Path) -> None:
    calls = tmp_path / "calls.json"
    calls.write_text(json.dumps([[body, provider, now] for _, body, provider, now, _ in CASES]))
    node = json.loads(run_node("stated_times.mjs", str(typescript_dist / "index.js"), str(calls)))
    for (name, body, provider, now, expected), answer in zip(CASES, node, strict=True):
        _expected(answer, expected)
        assert answer == _python(body, provider, now), name
