"""`bankcodes explain -` says why once: each label of the Decision block on one line (its
reasons under it where it has several), each reason once, and a message that decides quoted once."""

from __future__ import annotations

import io
import json

import pytest

from bankcodes import cli

#: A Berlin Group NextGenPSD2 error body (the OpenAPI file's Error401_NG_AIS: tppMessages of
#: category, code and text), its code and text those of the Implementation Guidelines 1.3.8,
#: section 14.11 Message Code, for CONSENT_EXPIRED.
BERLIN_GROUP_CONSENT_EXPIRED = (
    b"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n\r\n"
    b'{"tppMessages": [{"category": "ERROR", "code": "CONSENT_EXPIRED", "text": "The consent '
    b'was created by this TPP but has expired and needs to be renewed."}]}'
)

#: The same file's 429 body for ACCESS_EXCEEDED (section 14.11: "The access on the account has
#: been exceeding the consented multiplicity without PSU involvement per day").
BERLIN_GROUP_ACCESS_EXCEEDED = (
    b"HTTP/1.1 429 Too Many Requests\r\n\r\n"
    b'{"tppMessages": [{"category": "ERROR", "code": "ACCESS_EXCEEDED", "text": "The access on '
    b"the account has been exceeding the consented multiplicity without PSU involvement per "
    b'day."}]}'
)

#: GoCardless Bank Account Data's EUA-expired answer, as its OpenAPI file's example
#: EUAExpiredError gives it (summary, detail, status_code), an agreement's id in place of its
#: $EUA_ID: a summary longer than a reason quotes whole.
GOCARDLESS_EUA_EXPIRED = json.dumps(
    {
        "summary": "End User Agreement (EUA) 3fa85f64-5717-4562-b3fc-2c963f66afa6 has expired",
        "detail": "EUA was valid for 90 days and it expired at 2025-06-13. The end user must "
        "connect the account once more with new EUA and Requisition",
        "status_code": 401,
    }
).encode()


def _explained(monkeypatch: pytest.MonkeyPatch, data: bytes, *options: str) -> str:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    out = io.StringIO()
    assert cli.main(["explain", "-", *options], out=out) == 0
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "provider"),
    [
        (BERLIN_GROUP_CONSENT_EXPIRED, "berlingroup"),
        (BERLIN_GROUP_ACCESS_EXCEEDED, "berlingroup"),
        (GOCARDLESS_EUA_EXPIRED, "gocardless"),
    ],
    ids=["berlingroup-consent-expired", "berlingroup-access-exceeded", "gocardless-eua-expired"],
)
def test_each_label_and_each_reason_is_said_once(
    monkeypatch: pytest.MonkeyPatch, data: bytes, provider: str
) -> None:
    """Every "Why this …" label of the whole answer (block and entry) on one line; every line
    of the block said once."""
    out = _explained(monkeypatch, data, "--provider", provider)
    labels = [line.strip().partition(":")[0] for line in out.splitlines() if "Why this" in line]
    assert len(labels) == len(set(labels)), out
    block = out.split("\n\n")[0].splitlines()
    assert len(block) == len(set(block)), out


def test_the_berlin_group_consent_code_says_its_state_once_with_its_reasons(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """CONSENT_EXPIRED explains the step and the state by the same reason: said for the step, and
    named, not repeated, for the state, whose own reasons follow under the one label."""
    out = _explained(monkeypatch, BERLIN_GROUP_CONSENT_EXPIRED, "--provider", "berlingroup")
    block = out.split("\n\n")[0].splitlines()
    assert block[0] == "The consent has ended: ask the customer to reconnect."
    step = next(i for i, line in enumerate(block) if line.startswith("  Why this step: "))
    assert block[step].startswith("  Why this step: CONSENT_EXPIRED says so (")
    assert block[step + 1] == "  Why this state:"
    assert "    the step's reason, above" in block[step + 2 :]
    assert out.count("CONSENT_EXPIRED says so") == 1


def test_a_message_that_decides_is_quoted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """GoCardless's summary decides as AccessExpiredError: the reason quotes it; the line that
    names the field it was read from does not say it again."""
    out = _explained(monkeypatch, GOCARDLESS_EUA_EXPIRED)
    assert out.count("3fa85f64-5717-4562-b3fc-2c963f66afa6") == 1, out
    assert "gocardless/error: $.summary = its value, quoted above" in out


#: Plaid's ITEM_CONCURRENTLY_DELETED (its Item errors page: HTTP 400, "This item was deleted while
#: the operation was in progress") in the shape of its error object, with a request id of its own:
#: a code that is not retryable, whose step is to give Plaid's support the request id.
PLAID_CONCURRENTLY_DELETED = (
    b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n\r\n"
    b'{"error_type": "ITEM_ERROR", "error_code": "ITEM_CONCURRENTLY_DELETED", "error_message": '
    b'"this item was deleted while the operation was in progress", "display_message": null, '
    b'"request_id": "q7Lr2XwPz0Kd9Ve"}'
)


def test_a_recognised_body_gives_its_request_id_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The answer asks for the request id first; the id itself is given once, under the body's
    reading, not again among the decision's reasons."""
    out = _explained(monkeypatch, PLAID_CONCURRENTLY_DELETED, "--provider", "plaid")
    assert out.splitlines()[0] == (
        "Contact the provider's support with the request id: retrying will not help."
    )
    assert out.count("q7Lr2XwPz0Kd9Ve") == 1, out
    assert "  request id: q7Lr2XwPz0Kd9Ve" in out.split("\n\n")[1].splitlines()
