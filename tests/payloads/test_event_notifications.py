"""UK Open Banking's event notifications, whose type is a key of the events claim, not a value:
each reader reads the keys (the code field $.events.*~), every key in the body's order, and the
type that is not informational decides where several come together. The bodies are typed from
the Event Notifications page (OpenBankingUK/read-write-api-docs-pub@ab19be9a,
docs/v4.0/resources-and-data-models/event-notifications/event-notifications.md: the decoded JWT
bodies of its usage examples)."""

from __future__ import annotations

import json
from typing import Any

import bankcodes
from bankcodes import payloads

KIND = "ukob/event-notification"
REVOKED = "urn:uk:org:openbanking:events:consent-authorization-revoked"
UPDATED = "urn:uk:org:openbanking:events:resource-update"

#: "Send Event Notification - CBPII Consent Authorisation Revoked": "This triggers following two
#: events: consent-authorization-revoked and, resource-update." (its subject's links cut).
CBPII: dict[str, Any] = {
    "iss": "https://examplebank.com/",
    "iat": 1516239022,
    "jti": "b460a07c-4962-43d1-85ee-9dc10fbb8f6c",
    "sub": "https://examplebank.com/api/open-banking/v4.0/cbpii/funds-confirmation-consents/88379",
    "aud": "7umx5nTR33811QyQfi",
    "events": {
        UPDATED: {
            "subject": {
                "subject_type": "http://openbanking.org.uk/rid_http://openbanking.org.uk/rty",
                "http://openbanking.org.uk/rid": "88379",
                "http://openbanking.org.uk/rty": "funds-confirmation-consents",
            }
        },
        REVOKED: {},
    },
    "txn": "dfc51628-3479-4b81-ad60-210b43d02306",
    "toe": 1516239022,
}


def test_each_key_of_the_events_claim_is_read_as_an_event_type() -> None:
    assert payloads.recognise(CBPII) == (KIND,)
    found = payloads.codes(KIND, CBPII)
    assert [(f.path, f.field, f.code_set) for f in found] == [
        (f"$.events.{UPDATED}~", "$.events.*~", "ukob.event_type"),
        (f"$.events.{REVOKED}~", "$.events.*~", "ukob.event_type"),
    ]
    assert [f.code.value for f in found] == [UPDATED, REVOKED]


def test_the_revocation_decides_before_the_update_that_comes_with_it() -> None:
    decisive = payloads.decisive_code(KIND, CBPII)
    assert decisive is not None and decisive.code.value == REVOKED
    decision = bankcodes.decide(json.dumps(CBPII).encode())
    assert (decision.next_step, decision.state) == ("reconnect", "revoked")
    assert decision.code is not None and decision.code.path == f"$.events.{REVOKED}~"
    # The body alone tells whose it is: its event type is in UK Open Banking's namespace.
    told = [r.says for r in decision.why if r.part == "code"]
    assert told == [f"read as {KIND}: its events.*~ '{UPDATED}' is in UK Open Banking's namespace"]


def test_an_update_alone_decides_nothing_to_do() -> None:
    """'Send Event Notification - Resource Update': an update alone, nothing failed."""
    body = {**CBPII, "events": {UPDATED: CBPII["events"][UPDATED]}}
    decision = bankcodes.decide(json.dumps(body).encode())
    assert decision.next_step == "none"
    assert decision.code is not None and decision.code.code.value == UPDATED


def test_an_events_claim_that_is_no_object_holds_no_code() -> None:
    no_object: list[object] = [[REVOKED], REVOKED, None, {}]
    for events in no_object:
        body = {**CBPII, "events": events}
        assert payloads.recognise(body) == ()
        assert payloads.codes(KIND, body) == ()
