"""The decoder's headline: what to do now, and when, as the shared corpus of decisions
(tests/support/decisions.py) gives it from the sources."""

from __future__ import annotations

import json
from typing import Any

from tests.site.test_decoder import DECODE_ALL
from tests.support.decisions import RESPONSES, expected, response, timeless
from tests.support.helpers import published_body, spec_data

#: Decode each [text, provider] as DECODE_ALL does, and read the answer's first element: its
#: class, and the next step and wait it carries.
DECIDE_ALL = DECODE_ALL.replace(
    "const cards = [...output.querySelectorAll('.bankcodes-decoded')]\n"
    "      .map(c => [c.dataset.path ?? '', c.dataset.codeSet, c.dataset.code]);\n"
    "    answers.push([output.textContent, cards]);",
    "const first = output.firstElementChild.firstElementChild;\n"
    "    const { nextStep = '', waitSeconds = '' } = first.dataset;\n"
    "    answers.push([first.className, nextStep, waitSeconds]);",
)


def test_the_headline_is_the_decision_the_sources_give(decoder: Any) -> None:
    """The shared corpus of decisions, pasted as the responses the bodies came in (those whose
    wait is the same at any moment: the page reads a date against the browser's clock)."""
    assert DECIDE_ALL != DECODE_ALL
    cases = [case for case in RESPONSES if timeless(case)]
    decoded = decoder.evaluate(DECIDE_ALL, [[response(c), c.get("provider", "")] for c in cases])
    for case, (classes, step, wait) in zip(cases, decoded, strict=True):
        assert "bankcodes-decision" in classes.split(), case["name"]
        seconds = None if wait == "" else float(wait)
        want = expected(case)
        assert (step, seconds) == (want["next_step"], want["wait_seconds"]), case["name"]


def test_a_response_it_cannot_read_leads_with_its_wait(decoder: Any) -> None:
    """A 429 with RFC 9110's Retry-After: 120 and no body, and a body nobody's with it: nothing
    is read, but the response states a wait (retry_later); a 503 (RFC 9110: a temporary
    overload) is retry_later with no wait; a 404 with no wait, no headline."""
    texts = [
        "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 120\r\n\r\n",
        'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 120\r\n\r\n{"x": 1}',
        "HTTP/1.1 503 Service Unavailable\r\n\r\n",
        "HTTP/1.1 404 Not Found\r\n\r\n",
    ]
    decoded = decoder.evaluate(DECIDE_ALL, [[text, ""] for text in texts])
    assert [(step, wait) for _, step, wait in decoded] == [
        ("retry_later", "120"),
        ("retry_later", "120"),
        ("retry_later", ""),
        ("", ""),
    ]
    assert "bankcodes-decision" in decoded[0][0].split()


def test_a_key_given_twice_is_named(decoder: Any) -> None:
    """The decoder names a key a body gives twice, as `explain -` does (the last value read)."""
    body = (
        '{"error_type": "ITEM_ERROR", "error_code": "RATE_LIMIT", '
        '"error_code": "ITEM_LOGIN_REQUIRED"}'
    )
    ((text, cards),) = decoder.evaluate(DECODE_ALL, [[body, "plaid"]])
    assert cards[0][2] == "ITEM_LOGIN_REQUIRED"
    assert (
        "Note: the body gives 'error_code' more than once; the last value is read, as JSON "
        "parsers read it." in text
    )


def test_a_body_whose_status_is_its_code_asks_for_the_status(decoder: Any) -> None:
    """Akahu's error wrapper pasted with Akahu named and no status line (its Response Formats
    page names none): its HTTP status is its code, so the headline asks for the whole response,
    as `bankcodes decide -` does."""
    body = '{"success": false, "message": "Example error message"}'
    ((text, _),) = decoder.evaluate(DECODE_ALL, [[body, "akahu"]])
    assert text.startswith(
        "Its HTTP status decides, and none was given: decide the whole response, status line "
        "included."
    ), text[:200]


def test_a_body_with_no_code_leads_with_the_providers_own_words(decoder: Any) -> None:
    """Quiltt's GraphQL error (@quiltt/core's ErrorLink tests: no code, an instruction and a
    documentationUrl on www.quiltt.dev) pasted with its 200, no provider named: the headline's
    sentence, then Quiltt's instruction quoted as its own words, as `bankcodes decide -` shows
    them; Quiltt's 403 (its Connector tests) with Quiltt named: the status decides (fix the
    request), Quiltt's instruction under it."""
    graphql = json.dumps(published_body("quiltt", "@quiltt/core's ErrorLink tests"))
    forbidden = json.dumps(published_body("quiltt", "@quiltt/core's Connector tests: a 403"))
    pasted = [
        [f"HTTP/1.1 200 OK\r\n\r\n{graphql}", ""],
        [f"HTTP/1.1 403 Forbidden\r\n\r\n{forbidden}", "quiltt"],
    ]
    (first, _), (second, _) = decoder.evaluate(DECODE_ALL, pasted)
    assert first.startswith(
        "No code bankcodes knows: the provider's own words, quoted below, say what to do — your "
        "service acts."
        "Quiltt's own words, not bankcodes', in its $.errors[0].extensions.instruction: "
        "'Re-authenticate the user'"
    ), first[:300]
    assert second.startswith(
        "Fix the request before sending it again — your service acts."
        "Quiltt's own words, not bankcodes', in its $.instruction: "
        "'This endpoint must be called from a supported Quiltt SDK.'"
    ), second[:300]
    assert first.count("Re-authenticate the user") == 1  # not again in the reasons
    # The field the words are in is a token, set as code (the last answer's: the 403's).
    field = (
        "() => document.querySelector('[data-decoder-output] .bankcodes-words code').textContent"
    )
    assert decoder.evaluate(field) == "$.instruction"


#: GoCardless's OpenAPI example EUAExpiredError (401): a summary its Error summary code set does
#: not list, whose message the spec's rule (gocardless-openapi-third-party) reads as
#: AccessExpiredError of its account endpoint error types; the detail states the day it expired.
EUA_EXPIRED = json.dumps(
    {
        "summary": "End User Agreement (EUA) $EUA_ID has expired",
        "detail": "EUA was valid for 90 days and it expired at 2025-06-13. The end user must "
        "connect the account once more with new EUA and Requisition",
        "status_code": 401,
    }
)

#: The answer's parts a person reads: the card's heading (its link's code), the ends line, the
#: "Why" lines and the codes set in them, and every link of the answer without a code inside.
PARTS = """() => {
  const output = document.querySelector('[data-decoder-output]');
  const heading = output.querySelector('.bankcodes-decoded h3');
  const ends = output.querySelector('.bankcodes-ends');
  const why = [...output.querySelectorAll('.bankcodes-decision details li')];
  return {
    heading: heading.querySelector('a > code')?.textContent ?? null,
    ends: ends?.textContent ?? null,
    why: why.map(li => li.textContent),
    codes: why.flatMap(li => [...li.querySelectorAll('code')].map(c => c.textContent)),
    bare: [...output.querySelectorAll('a')].filter(a => a.querySelector('code') === null).length,
  };
}"""


def test_the_card_is_the_code_the_decision_read_a_message_as(decoder: Any) -> None:
    """The GoCardless summary whose message means AccessExpiredError: the card under the lead is
    AccessExpiredError's (reconnect required, as `bankcodes explain -` shows), saying the value
    read is not in Error summary; never the summary's "category unknown" card."""
    ((text, cards),) = decoder.evaluate(DECODE_ALL, [[EUA_EXPIRED, ""]])
    assert text.startswith("The consent has ended: ask the customer to reconnect."), text[:200]
    assert cards[0] == ["$.summary", "gocardless.account_error_type", "AccessExpiredError"]
    assert "Read asthe value at $.summary is not in Error summary" in text
    assert "Keep and log the raw value" not in text


def test_a_stated_end_is_on_the_answers_face_once(decoder: Any) -> None:
    """The day the EUA expired (its detail: 2025-06-13, the day's start in UTC) on a labelled
    line under the lead, readable; the "Why" says why without the moment again, and the
    summary's words are shown once."""
    ((text, _),) = decoder.evaluate(DECODE_ALL, [[EUA_EXPIRED, ""]])
    parts = decoder.evaluate(PARTS)
    assert parts["ends"] == "Consent ended: 13 June 2025, 00:00:00 UTC."
    assert "Why this end: the body's $.detail says 'it expired at 2025-06-13'" in " ".join(
        parts["why"]
    )
    assert "2025-06-13T00:00:00" not in text
    assert text.count("End User Agreement (EUA) $EUA_ID has expired") == 1


def test_tokens_are_code_and_sentences_are_text(decoder: Any) -> None:
    """The card's heading and every equivalent are links whose code is set as code; the "Why"
    labels each line in words, sets its codes and source ids as code and its sentences as
    text."""
    decoder.evaluate(DECODE_ALL, [[EUA_EXPIRED, ""]])
    parts = decoder.evaluate(PARTS)
    assert parts["heading"] == "AccessExpiredError"
    assert parts["bare"] == 0
    assert parts["why"][0].startswith("Why this step: the message 'End User Agreement")
    assert "AccessExpiredError" in parts["codes"]
    assert "gocardless-openapi-third-party" in parts["codes"]
    assert [code for code in parts["codes"] if " " in code] == []


def test_a_webhook_pasted_with_its_request_line_is_read_as_its_body(decoder: Any) -> None:
    """Plaid's ERROR webhook of an Item (Plaid's Items webhooks page: webhook_type ITEM,
    webhook_code ERROR, its error ITEM_LOGIN_REQUIRED) pasted as it arrived, request line and
    headers first: its error code decides, as in a pasted response."""
    webhook = "POST /plaid/webhook HTTP/1.1\r\nContent-Type: application/json\r\n\r\n" + json.dumps(
        {
            "webhook_type": "ITEM",
            "webhook_code": "ERROR",
            "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBbbWLx9ZpD",
            "error": {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED"},
            "environment": "production",
        }
    )
    ((text, cards),) = decoder.evaluate(DECODE_ALL, [[webhook, ""]])
    assert "neither JSON" not in text
    assert cards[0] == ["$.error.error_code", "plaid.error_code", "ITEM_LOGIN_REQUIRED"]


#: The "Recognised as" line of the answer: its text and the texts it sets as code.
RECOGNISED = """() => [...document.querySelectorAll('[data-decoder-output] .bankcodes-summary')]
  .filter(p => p.textContent.startsWith('Recognised as:'))
  .map(p => [p.textContent, [...p.querySelectorAll('code')].map(c => c.textContent)])"""


def test_a_kinds_title_sets_the_name_it_ends_with_as_code(decoder: Any) -> None:
    """The Berlin Group's Implementation Guidelines' 429 example (Error429_NG_AIS): the line
    that names its kind sets the field name its title ends with, tppMessages, as code, and the
    kind's id too; the title's words stay text."""
    body = spec_data()["payloads"]["berlingroup/error"]["examples"][1]["data"]
    decoder.evaluate(DECODE_ALL, [[json.dumps(body), "berlingroup"]])
    ((text, codes),) = decoder.evaluate(RECOGNISED)
    assert text.startswith(
        "Recognised as: Berlin Group NextGenPSD2 error response (tppMessages) (berlingroup/error)."
    )
    assert codes[:2] == ["tppMessages", "berlingroup/error"]


#: Each card of the answer: its code and the labels of its rows.
CARD_ROWS = """() => [...document.querySelectorAll('[data-decoder-output] .bankcodes-decoded')]
  .map(c => [c.dataset.code, [...c.querySelectorAll('dt')].map(t => t.textContent)])"""


def test_a_category_is_shown_once_over_the_cards_of_one_body(decoder: Any) -> None:
    """Plaid's Rate Limit Exceeded page: ACCOUNTS_LIMIT's example body, its error_type
    RATE_LIMIT_EXCEEDED of the same category: the first card shows what to do and what to tell
    the customer, the second its own code's rows alone."""
    body = {
        "error_type": "RATE_LIMIT_EXCEEDED",
        "error_code": "ACCOUNTS_LIMIT",
        "error_message": (
            "rate limit exceeded for attempts to access this item. please try again later"
        ),
        "display_message": None,
        "request_id": "HNTDNrA8F1shFEW",
    }
    response = "HTTP/1.1 429 Too Many Requests\r\n\r\n" + json.dumps(body)
    decoder.evaluate(DECODE_ALL, [[response, "plaid"]])
    cards = decoder.evaluate(CARD_ROWS)
    assert [code for code, _ in cards] == ["ACCOUNTS_LIMIT", "RATE_LIMIT_EXCEEDED"]
    first, second = (rows for _, rows in cards)
    assert first.count("What to do") == 1 and "Tell the customer" in first
    assert "What to do" not in second and "Tell the customer" not in second
    assert "Category" in second and "Description" in second


#: The "Whose it is" line of the answer: its text and the texts it sets as code.
WHOSE = """() => [...document.querySelectorAll('[data-decoder-output] .bankcodes-evidence')]
  .map(p => [p.textContent, [...p.querySelectorAll('code')].map(c => c.textContent)])"""


def test_a_providers_own_words_are_quoted_as_text(decoder: Any) -> None:
    """stripe-node issue 2223 quotes Stripe's 400 "Sorry, you're creating accounts too
    quickly...": no provider chosen, it is Stripe's by its words, which the line quotes as text
    (a sentence, not a token), its field as code."""
    message = (
        "Sorry, you're creating accounts too quickly. You should limit your requests to less "
        "than 5 creation attempts per second with a test key, or less than 30 with a live key."
    )
    body = json.dumps({"error": {"message": message, "type": "api_error"}})
    ((text, _),) = decoder.evaluate(DECODE_ALL, [["HTTP/1.1 400 Bad Request\r\n\r\n" + body, ""]])
    assert text.startswith("Retry later, backing off between attempts — your service acts.")
    ((line, codes),) = decoder.evaluate(WHOSE)
    assert "“Sorry, you're creating accounts too quickly." in line
    assert line.endswith("own words.") and "is in Stripe Financial Connections" in line
    assert codes == ["error.message"]
