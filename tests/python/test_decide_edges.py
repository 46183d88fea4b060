"""Edges of a decision in both runtimes, Python's bankcodes.decide beside what Node's decide
makes of the same inputs (tests/js/decide_edges.mjs): moments at the ends of a date's range,
headers and bodies that cannot be read, a provider that is none, a status given alone, prose
read in order."""

from __future__ import annotations

import datetime
import decimal
import email.message
import io
import json
import urllib.error
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from tests.support.helpers import published_body, run_node


@pytest.fixture(scope="module")
def edges(typescript_dist: Path) -> dict[str, Any]:
    read: dict[str, Any] = json.loads(
        run_node("decide_edges.mjs", str(typescript_dist / "index.js"))
    )
    return read


def test_a_moment_outside_1970_to_9998_is_the_callers_mistake(edges: dict[str, Any]) -> None:
    """A wait added to the last moments a date holds would leave its range: the moment given is
    refused, in both languages, and the last moment taken gives the wait past it."""
    body = {"error_type": "RATE_LIMIT_EXCEEDED", "error_code": "RATE_LIMIT"}
    headers = [("Retry-After", "30")]
    last = datetime.datetime(9998, 12, 31, 23, 59, 59, 999000, tzinfo=datetime.UTC)
    decided = bankcodes.decide(body, provider="plaid", headers=headers, now=last)
    assert decided.not_before == datetime.datetime(
        9999, 1, 1, 0, 0, 29, 999000, tzinfo=datetime.UTC
    )
    for outside in ("1969-12-31T23:59:59.999+00:00", "9999-01-01T00:00:00+00:00"):
        with pytest.raises(ValueError, match=r"^now must be from 1970 to 9998, not "):
            bankcodes.decide(body, provider="plaid", now=datetime.datetime.fromisoformat(outside))
    assert edges["moments"] == [
        [
            "1969-12-31T23:59:59.999Z",
            "RangeError: now must be from 1970 to 9998, not 1969-12-31T23:59:59.999Z",
        ],
        ["9998-12-31T23:59:59.999Z", "9999-01-01T00:00:29.999Z"],
        [
            "9999-01-01T00:00:00.000Z",
            "RangeError: now must be from 1970 to 9998, not 9999-01-01T00:00:00.000Z",
        ],
        ["NaN", "TypeError: now must be a valid Date"],
    ]


def test_a_header_pair_that_cannot_be_read_leaves_the_others_read(edges: dict[str, Any]) -> None:
    """RFC 9110's Retry-After: 30 beside a value that is a number, or as bytes (as an ASGI
    server gives headers), or beside an entry that is no pair: the wait is read, and what was
    passed over is said (before whose the body is)."""
    body = {"error_type": "RATE_LIMIT_EXCEEDED", "error_code": "RATE_LIMIT"}
    passed = (
        "1 header pair(s) not read: a name or value neither text nor bytes, or past the 10000th"
    )
    given: list[object] = [
        {"Retry-After": "30", "Content-Length": 123},
        [(b"retry-after", b"30"), (b"x-seen", 5)],
        [("Retry-After", "30"), "no pair"],
    ]
    for headers in given:
        decided = bankcodes.decide(body, provider="plaid", headers=headers)
        last = [reason for reason in decided.why if reason.part != "code"][-1]
        assert (decided.wait_seconds, last.says) == (30, passed), headers
    assert edges["headers"] == [[30, passed]] * 3


def test_a_body_not_read_keeps_its_responses_wait(edges: dict[str, Any]) -> None:
    """A 429 with RFC 9110's Retry-After: 30 whose body is not read (in Brotli, which neither
    language inflates, or over the 1 MiB read, or read by its caller first, as a fetch Response
    checked with `if (!response.ok)` often is): the wait and the status still decide, in both
    languages."""
    body = json.dumps({"error_type": "RATE_LIMIT_EXCEEDED", "error_code": "RATE_LIMIT"})
    read_first = (("br", body, 0), ("identity", body.ljust(2 * 1024 * 1024), 0), ("", body, 1))
    for encoding, text, first in read_first:
        headers = email.message.Message()
        headers["Retry-After"], headers["Content-Encoding"] = "30", encoding
        content = io.BytesIO(text.encode())
        with urllib.error.HTTPError("https://api.example", 429, "", headers, content) as error:
            error.read() if first else None  # its caller has read it first
            decided = bankcodes.decide(error, provider="plaid")
        assert (decided.next_step, decided.wait_seconds) == ("retry_later", 30), (encoding, first)
    assert edges["unread"] == [["retry_later", 30]] * 3


def test_a_consent_end_no_decision_holds_is_said_not_raised(edges: dict[str, Any]) -> None:
    """Plaid's PENDING_EXPIRATION (7 days before the end, its webhooks page) whose
    consent_expiration_time is a date-time past the moments a decision holds, or a value no
    JSON holds (a model's dump may hold a datetime, which is read): the end is counted from the
    lead days, and the value said, in both languages."""
    now = datetime.datetime(2026, 11, 27, 9, tzinfo=datetime.UTC)
    expiring = {"webhook_type": "ITEM", "webhook_code": "PENDING_EXPIRATION", "item_id": "x"}
    # The moment as both languages write it in a reason: UTC, to the millisecond, with a Z.
    counted = (
        "2026-12-04T09:00:00.000Z: Plaid sends PENDING_EXPIRATION 7 days before a consent ends"
    )
    field = "the body's consent_expiration_time is no date-time from 1970 to 9998"
    for value, shown in (
        ("0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00+01:00"),
        ("9999-12-31T23:59:59-01:00", "9999-12-31T23:59:59-01:00"),
        (decimal.Decimal(1), "a value no JSON holds (Decimal)"),
        (b"x", "a value no JSON holds (bytes)"),
    ):
        decided = bankcodes.decide(
            {**expiring, "consent_expiration_time": value}, provider="plaid", now=now
        )
        said = [reason.says for reason in decided.why if reason.part == "ends_at"]
        assert said == [f"{field}: {shown}", counted], value
    at = datetime.datetime(2027, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    decided = bankcodes.decide(
        {**expiring, "consent_expiration_time": at}, provider="plaid", now=now
    )
    assert decided.ends_at == at
    js_counted = counted
    assert edges["ends"] == [
        ["2026-12-04T09:00:00.000Z", [f"{field}: 0001-01-01T00:00:00+01:00", js_counted]],
        ["2026-12-04T09:00:00.000Z", [f"{field}: a value no JSON holds (undefined)", js_counted]],
        ["2026-12-04T09:00:00.000Z", [f"{field}: a value no JSON holds (bigint)", js_counted]],
        ["2026-12-04T09:00:00.000Z", [f"{field}: a value no JSON holds (function)", js_counted]],
    ]


def test_a_provider_that_is_none_is_the_callers_mistake(edges: dict[str, Any]) -> None:
    """A misspelt provider ("Plaid") is refused in both languages, naming the ids, never read as
    no provider (which answered contact_provider for a Plaid body in TypeScript); null is none
    named, as None is."""
    body = {"error_type": "RATE_LIMIT_EXCEEDED", "error_code": "RATE_LIMIT"}
    ids = ", ".join(bankcodes.PROVIDERS)
    with pytest.raises(ValueError) as refused:
        bankcodes.decide(body, provider="Plaid")
    assert str(refused.value) == f"unknown provider 'Plaid'; expected one of {ids}"
    assert edges["providers"] == [
        f'TypeError: unknown provider "Plaid" (string); expected one of {ids}',
        f'TypeError: unknown provider "nope" (string); expected one of {ids}',
        f"TypeError: unknown provider 42 (number); expected one of {ids}",
        "accepted",  # null, as Python's None: no provider named
    ]
    assert bankcodes.decide(body, provider=None).next_step == "retry_later"  # read as Plaid's


def test_a_status_given_decides_a_body_that_says_nothing(edges: dict[str, Any]) -> None:
    """A 503 whose body is a gateway's HTML page: decide given the body and its status says
    retry_later, as decide given the client's error does (RFC 9110 §15.6.4), in both languages;
    a status that is no int, or none from 100 to 599, is the caller's mistake."""
    page = "<html><body><h1>503 Service Unavailable</h1></body></html>"
    decided = bankcodes.decide(page, status=503)
    assert decided.next_step == "retry_later"
    assert [reason.source for reason in decided.why] == ["RFC 9110", "RFC 9110"]
    assert bankcodes.decide(page).next_step == "contact_provider"
    for wrong, error in (
        (99, ValueError),
        (600, ValueError),
        ("503", TypeError),
        (True, TypeError),
    ):
        with pytest.raises(error, match=r"^status must be"):
            bankcodes.decide(page, status=wrong)  # type: ignore[arg-type]
    assert edges["statuses"] == [
        ["retry_later", ["RFC 9110", "RFC 9110"]],
        ["contact_provider", ["category", "category"]],
        "RangeError: status must be from 100 to 599, not 99",
        "RangeError: status must be from 100 to 599, not 600",
        "TypeError: status must be an integer from 100 to 599, not number",
        "TypeError: status must be an integer from 100 to 599, not string",
        "TypeError: status must be an integer from 100 to 599, not boolean",
    ]


def test_prose_is_read_in_the_order_both_languages_give(edges: dict[str, Any]) -> None:
    """GoCardless's prose wait ('Please try again in <time_left> seconds') twice, once under a
    key that is an array index, which JavaScript gives before the others: both languages read
    that one first."""
    body = {
        "summary": "Rate limit exceeded",
        "detail": "Please try again in 85092 seconds",
        "1": "Please try again in 5 seconds",
        "status_code": 429,
    }
    assert bankcodes.decide(body, provider="gocardless").wait_seconds == 5
    assert edges["prose"] == 5


#: Responses whose status alone may decide: (provider, status, body), then the next step, who
#: acts, the state and the first reason's source, typed from the sources.


def test_a_body_whose_status_is_its_code_says_none_was_given(edges: dict[str, Any]) -> None:
    """Akahu's error wrapper as its Response Formats page shows it, with no HTTP status (the
    page's example names none): its code is the status (akahu/api-error), so the answer asks for
    the whole response, in both languages, naming what told whose it is; with no provider named
    nothing is recognised. Argyle's field errors (its OpenAPI's description of POST /v2/users,
    which names no status) carry no code but Argyle's own words: they lead."""
    akahu = {"success": False, "message": "Example error message"}
    nothing = ["category", "category"]
    expected = [
        (
            "contact_provider",
            "Its HTTP status decides, and none was given: decide the whole response, status line "
            "included.",
            [*nothing, "provider", "status"],
        ),
        (
            "contact_provider",
            "Nothing in it is recognised: contact the provider's support.",
            nothing,
        ),
        (
            "contact_provider",
            "No code bankcodes knows: the provider's own words, quoted below, say what to do — "
            "your service acts.",
            ["body", *nothing, "provider"],
        ),
    ]
    subjects = [
        (akahu, "akahu"),
        (akahu, None),
        ({"email": ["Enter a valid email address."]}, "argyle"),
    ]
    for (body, provider), (step, lead, sources) in zip(subjects, expected, strict=True):
        decided = bankcodes.decide(body, provider=provider)
        assert (decided.next_step, decided.lead(), [r.source for r in decided.why]) == (
            step,
            lead,
            sources,
        )
    said = bankcodes.decide(akahu, provider="akahu").why[-1].says
    assert said == (
        "read as akahu/api-error, whose HTTP status decides (akahu.response_status): none was given"
    )
    python = []
    for body, provider in subjects:
        decided = bankcodes.decide(body, provider=provider)
        why = [[r.part, r.says, r.source] for r in decided.why]
        python.append([decided.next_step, decided.lead(), decided.lead("fr"), why])
    assert edges["statusless"] == python


#: Quiltt's GraphQL error as @quiltt/core's ErrorLink tests mock it (no code, an instruction
#: and an address on Quiltt's documentation host), and its 403 as the Connector tests mock it.
QUILTT_GRAPHQL = published_body("quiltt", "@quiltt/core's ErrorLink tests")
QUILTT_403 = published_body("quiltt", "@quiltt/core's Connector tests: a 403")
#: Each body of the words corpus (tests/js/decide_edges.mjs reads the same): body, provider,
#: status.
WORDS = [
    (QUILTT_GRAPHQL, None, 200),
    (QUILTT_GRAPHQL, "quiltt", 200),
    (QUILTT_403, "quiltt", 403),
    (QUILTT_403, None, 403),
    ({"email": ["Enter a valid email address."]}, None, None),
    ({"phone_number": ["Enter a valid phone number."]}, "argyle", None),
    (
        {
            "errors": [
                {
                    "message": "m",
                    "extensions": {
                        "instruction": "Re\u202eauth\u0007 " + "x" * 300,
                        "documentationUrl": "https://quiltt.dev/x",
                    },
                }
            ]
        },
        None,
        200,
    ),
]


def test_a_body_with_no_code_shows_the_providers_own_words_under_the_lead(
    edges: dict[str, Any],
) -> None:
    """A body that carries no code the catalog knows but its provider's own words on what to do
    shows them, quoted as the provider's, right under the first sentence, in both languages:
    Quiltt's GraphQL error (told as Quiltt's by its documentationUrl on www.quiltt.dev, named
    or not) leads with them; Quiltt's 403, named, is decided by its status (the integrator
    fixes the request: 'Forbidden -> Unsupported SDK') with its instruction under it; unnamed,
    {message, instruction} tells nobody, and its bare 403 is HTTP's own (RFC 9110 15.5.4: the
    server refuses the request's credentials or permissions: the integrator fixes it); Argyle's
    field errors (its OpenAPI's descriptions of POST /v2/users' email and phone_number) lead
    with their messages named, are nobody's unnamed. Words are escaped and cut at 200
    characters."""
    words = "No code bankcodes knows: the provider's own words, quoted below, say what to do — "
    words += "your service acts."
    nothing = "Nothing in it is recognised: contact the provider's support."
    graphql = [
        "words",
        "Quiltt's own words, not bankcodes', in its $.errors[0].extensions.instruction: "
        "'Re-authenticate the user'",
        "body",
    ]
    told = [
        "code",
        "read as quiltt/graphql-error: its errors[].extensions.documentationUrl "
        "'https://www.quiltt.dev/authentication#session-tokens' is in Quiltt's namespace",
        "quiltt-js-token-validation",
    ]
    fix = "Fix the request before sending it again — your service acts."
    forbidden = [
        "words",
        "Quiltt's own words, not bankcodes', in its $.instruction: "
        "'This endpoint must be called from a supported Quiltt SDK.'",
        "body",
    ]
    phone = [
        "words",
        "Argyle's own words, not bankcodes', in its $.phone_number[0]: "
        "'Enter a valid phone number.'",
        "body",
    ]
    expected = [
        ("contact_provider", words, graphql, told),
        ("contact_provider", words, graphql, told),
        ("fix_request", fix, forbidden, None),
        ("fix_request", fix, None, None),
        ("contact_provider", nothing, None, None),
        ("contact_provider", words, phone, None),
    ]
    python = []
    for (body, provider, status), want in zip(WORDS, [*expected, None], strict=True):
        decided = bankcodes.decide(body, provider=provider, status=status)
        why = [[r.part, r.says, r.source] for r in decided.why]
        python.append([decided.next_step, decided.lead(), decided.lead("fr"), why])
        if want is None:
            continue
        step, lead, first, whose = want
        assert (decided.next_step, decided.lead()) == (step, lead)
        assert (why[0] if first is not None else why[0][0]) == (first or "next_step")
        assert whose is None or whose in why
    hostile = python[-1][3][0][1]
    assert hostile == (
        "Quiltt's own words, not bankcodes', in its $.errors[0].extensions.instruction: "
        "'Re\\u202eauth\\u0007 " + "x" * 181 + "… (119 more characters)'"
    )
    assert edges["words"] == python
