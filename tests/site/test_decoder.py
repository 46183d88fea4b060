"""The site's decoder in Chromium reads a payload as the packages do: the kind its identity rules
name, its codes from their fields and code sets, the deciding code first."""

from __future__ import annotations

import json
from typing import Any

import pytest

import bankcodes
from bankcodes import payloads
from bankcodes._recognition import values
from tests.site.test_site import _decode
from tests.support.browser import BROWSER_WAIT, Watched
from tests.support.helpers import spec_data
from tests.support.plaid_bodies import ITEM_ERROR


def _cards(page: Any) -> list[tuple[str, str, str]]:
    """(path, code set, code) of every card the decoder shows, in order."""
    found: list[list[str]] = page.eval_on_selector_all(
        "[data-decoder-output] .bankcodes-decoded",
        "cards => cards.map(c => [c.dataset.path ?? '', c.dataset.codeSet, c.dataset.code])",
    )
    return [(path, code_set, code) for path, code_set, code in found]


#: Decode each [text, provider] with the page's own button (the provider chosen first, "" for
#: any), as a person would press it, wait for the whole answer, and read the summary and the
#: cards (path, code set, code) of each. The answers are read from the page while they are not
#: displayed: laying each out (which the page does to bring it into view) took two thirds of
#: the time, and how an answer is shown is the other tests' (e.g. its first card in view).
DECODE_ALL = """async texts => {
  const input = document.querySelector('#decoder-input');
  const choice = document.querySelector('#decoder-provider');
  const output = document.querySelector('[data-decoder-output]');
  const answers = [];
  output.style.display = 'none';
  for (const [text, provider] of texts) {
    input.value = text;
    choice.value = provider;
    output.textContent = '';
    document.querySelector('.bankcodes-decoder button').click();
    while (output.textContent.length === 0 || output.hasAttribute('aria-busy'))
      await new Promise(done => setTimeout(done, 5));
    const cards = [...output.querySelectorAll('.bankcodes-decoded')]
      .map(c => [c.dataset.path ?? '', c.dataset.codeSet, c.dataset.code]);
    answers.push([output.textContent, cards]);
  }
  output.style.display = '';
  return answers;
}"""


def test_every_published_example_shows_the_codes_python_reads_in_order(decoder: Any) -> None:
    """Each example as it says it is told apart: from its body alone (no provider chosen), only
    once its provider is chosen, or not at all."""
    examples = [
        (kind, entry["title"], example)
        for kind, entry in spec_data()["payloads"].items()
        for example in entry["examples"]
    ]
    _decode(decoder, "INVALID_MFA")  # the code index is loaded
    texts = [
        [json.dumps(e["data"]), "" if e.get("recognised", "alone") == "alone" else k.split("/")[0]]
        for k, _, e in examples
    ]
    decoded = decoder.evaluate(DECODE_ALL, texts)
    assert len(decoded) == len(examples) > 100
    for (kind, title, example), (text, cards) in zip(examples, decoded, strict=True):
        if example.get("recognised") == "no":
            assert text.startswith("Not a body of a provider in the catalog") and cards == [], (
                kind,
                text[:200],
            )
            continue
        assert f"Recognised as: {title} ({kind})." in text, (kind, text[:200])
        assert cards == _expected_cards(kind, example["data"]), (kind, example["title"])


def _ordered(kind: str, data: object) -> list[list[str]]:
    """A body's codes as the decoder shows them, the deciding one first, each as text (an
    integer code by its digits)."""
    decisive = payloads.decisive_code(kind, data)
    read = payloads.codes(kind, data)
    ordered = [decisive, *(f for f in read if f != decisive)] if decisive else []
    return [[f.path, f.code_set, _spelling(f, data)] for f in ordered]


def _spelling(found: Any, data: object) -> str:
    """A code as the decoder names it: the spelling the body carries where it is one of the
    code's aliases (UK Open Banking v4's U004 for UK.OBIE.Field.Missing), else its value."""
    wire = dict(values(found.field[1:], data, "$")).get(found.path)
    known = getattr(found.code, "info", None)
    if isinstance(wire, str) and known is not None and wire in known.aliases:
        return wire
    return str(found.code.value)


def _expected_cards(kind: str, data: object) -> list[list[str]]:
    """The cards of a body, and of the bank's body it holds (payloads.inner_bodies): the bank's
    first where its deciding code is known (or the body has none of its own), as
    from_exception decides; a held body's paths after the field holding it."""
    own = _ordered(kind, data)
    for body in payloads.inner_bodies(kind, data):
        inside = [[f"{body.holder} → {p}", s, c] for p, s, c in _ordered(body.kind, body.data)]
        if not inside:
            continue
        decisive = payloads.decisive_code(body.kind, body.data)
        decides = not own or (decisive is not None and decisive.code.known)
        return [*inside, *own] if decides else [*own, *inside]
    return own


@pytest.mark.parametrize(
    ("body", "first"),
    [
        # Plaid: the item needs the user (ITEM_LOGIN_REQUIRED), whatever the webhook code says.
        (ITEM_ERROR, ("$.error.error_code", "plaid.error_code", "ITEM_LOGIN_REQUIRED")),
        # Lean: secondary_status details the callback's status.
        (
            {"status": "ERROR", "secondary_status": "INVALID_MFA"},
            ("$.secondary_status", "lean.secondary_status", "INVALID_MFA"),
        ),
        # Flinks Connect reads its handled error with Connect's code set, not the API's.
        (
            {"flinksCode": "INVALID_SECURITY_RESPONSE"},
            ("$.flinksCode", "flinks.connect_error_event", "INVALID_SECURITY_RESPONSE"),
        ),
    ],
)
def test_the_deciding_code_comes_first(
    decoder: Any, body: dict[str, Any], first: tuple[str, str, str]
) -> None:
    text = _decode(decoder, json.dumps(body))
    cards = _cards(decoder)
    assert cards[0] == first
    assert "decides the outcome" in text
    if first[1].startswith("flinks."):
        assert all(code_set != "flinks.api_error_code" for _, code_set, _ in cards)
        assert "Attempts exhausted" not in text


def test_a_lean_refresh_shows_its_status(decoder: Any) -> None:
    example = next(
        e["data"]
        for e in spec_data()["payloads"]["lean/webhook"]["examples"]
        if e["data"]["type"] == "entity.data.refresh.updated"
    )
    _decode(decoder, json.dumps(example))
    assert _cards(decoder)[0][:2] == ("$.payload.status", "lean.data_refresh_status")


def test_a_bare_code_is_found_in_any_case_or_suggested(decoder: Any) -> None:
    _decode(decoder, "invalid_login")
    cards = _cards(decoder)
    assert ("", "flinks.api_error_code", "INVALID_LOGIN") in cards
    text = _decode(decoder, "INVALID_LOGN")
    assert "Did you mean: INVALID_LOGIN" in text


def test_what_no_kind_is_is_named_not_guessed(decoder: Any) -> None:
    text = _decode(decoder, json.dumps({"hello": "INVALID_MFA", "nested": {"x": "ERROR"}}))
    assert (
        "Not a body of a provider in the catalog: no payload kind is an object with hello, nested"
        in text
    )
    assert _cards(decoder) == []


#: A body with the fields of a Plaid webhook and of a Lean webhook: no reader hands it to one.
BOTH = {"webhook_type": "ITEM", "webhook_code": "ERROR", "type": "payment.created", "payload": {}}


def test_a_body_that_fits_two_providers_is_ambiguous_until_one_is_chosen(decoder: Any) -> None:
    assert payloads.identify(BOTH).kinds == ("plaid/webhook", "lean/webhook")
    text = _decode(decoder, json.dumps(BOTH))
    assert text.startswith("Ambiguous: it fits ")
    assert "(plaid/webhook)" in text and "(lean/webhook)" in text
    assert _cards(decoder) == []
    decoder.locator("#decoder-provider").select_option("lean")
    decoder.wait_for_function(ANSWERED_WITH_CARDS, timeout=BROWSER_WAIT)
    assert _cards(decoder)[0] == ("$.type", "lean.webhook_event_type", "payment.created")


def test_a_body_too_plain_to_tell_asks_for_its_provider(decoder: Any) -> None:
    """OAuth's {"error": "invalid_client"} is TrueLayer's only where its provider is known."""
    text = _decode(decoder, json.dumps({"error": "invalid_client"}))
    assert text.startswith("Not a body of a provider in the catalog by its shape alone: ")
    assert "TrueLayer" in text and _cards(decoder) == []
    decoder.locator("#decoder-provider").select_option("truelayer")
    decoder.wait_for_function(ANSWERED_WITH_CARDS, timeout=BROWSER_WAIT)
    assert _cards(decoder)[0] == ("$.error", "truelayer.data_api_error", "invalid_client")


#: An answer with at least one card, nothing more on its way.
ANSWERED_WITH_CARDS = (
    "() => { const output = document.querySelector('[data-decoder-output]');"
    " return output.querySelector('.bankcodes-decoded') !== null"
    " && !output.hasAttribute('aria-busy'); }"
)


#: MX's connection status webhook as docs.mx.com/resources/webhooks/connection-status shows it.
MX_CHALLENGED = {
    "action": "CHANGED",
    "connection_status": "CHALLENGED",
    "connection_status_id": 3,
    "member_guid": "MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a",
    "type": "CONNECTION_STATUS",
    "user_guid": "USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e",
}

#: Where the first card's heading is, and whether what shows at its middle is the card itself.
FIRST_CARD = """() => {
  const heading = document.querySelector('[data-decoder-output] .bankcodes-decoded h3');
  if (heading === null) return null;
  const box = heading.getBoundingClientRect();
  const shown = document.elementFromPoint(box.left + 8, box.top + box.height / 2);
  return [box.top, box.bottom, innerHeight, shown !== null && heading.contains(shown)];
}"""


@pytest.mark.parametrize("viewport", [(390, 844), (1280, 800)], ids=["phone", "laptop"])
def test_a_paste_shows_its_first_card_without_a_button_and_uncovered(
    chromium_browser: Any, small_served: str, viewport: tuple[int, int]
) -> None:
    # Where the page puts its answer, whatever the catalog: on the small project's site.
    width, height = viewport
    watched = Watched(chromium_browser, small_served, viewport={"width": width, "height": height})
    page = watched.page
    page.goto(small_served + "decoder/")
    page.wait_for_function("() => document.querySelector('[data-bankcodes-decoder]').dataset.ready")
    # The input comes before the page's explanation, within the first screen.
    assert page.locator("#decoder-input").bounding_box()["y"] < height
    page.locator("#decoder-input").fill(json.dumps(ITEM_ERROR))  # typed, or pasted
    page.locator("#decoder-input").dispatch_event("paste")
    page.wait_for_selector(".bankcodes-decoded")
    page.wait_for_timeout(500)  # any scrolling done
    top, bottom, view, uncovered = page.evaluate(FIRST_CARD)
    assert top >= 0 and bottom <= view and uncovered, (top, bottom, view)
    watched.close()


def test_an_integer_code_shows_its_name_and_equivalents_their_code_set(decoder: Any) -> None:
    _decode(decoder, "INVALID_MFA")  # the code index is loaded
    text = _decode(decoder, json.dumps(MX_CHALLENGED))
    heading = decoder.locator(".bankcodes-decoded h3").first.inner_text()
    assert heading.startswith("CHALLENGED (3)"), heading
    # A wire value that is no identifier leads the heading as the provider sends it (UK Open
    # Banking's namespaced enumerations), not the Python member's name.
    ukob = {
        "Code": "400 BadRequest",
        "Id": "c9d1ab6b-5a7e-4b1c-9a3f-2f1d3c4b5a6e",
        "Message": "The consent is not in a status that allows the request",
        "Errors": [{"ErrorCode": "UK.OBIE.Resource.InvalidConsentStatus", "Message": "x"}],
    }
    _decode(decoder, json.dumps(ukob))
    heading = decoder.locator(".bankcodes-decoded h3").first.inner_text()
    assert heading.startswith("UK.OBIE.Resource.InvalidConsentStatus"), heading
    assert "Recognised as: MX webhook (mx/webhook)." in text
    # Lean's CONSENT_EXPIRED is a value of two code sets of Lean's: each says which.
    _decode(decoder, "ITEM_LOGIN_REQUIRED")
    others = decoder.locator(".bankcodes-decoded").first.inner_text()
    lean = next(line for line in others.splitlines() if line.startswith("Same category only, Lean"))
    assert "CONSENT_EXPIRED (" in lean and lean.count("CONSENT_EXPIRED") == 2


#: Belvo answers an API error with a list of error objects (its API errors page: code, message,
#: request_id), pasted here as a whole HTTP response with no header lines.
BELVO_RESPONSE = (
    "HTTP/1.1 400 Bad Request\r\n\r\n"
    '[{"code": "login_error", "message": "m", "request_id": "3e7b283c6efa449c9c028a16b5c249fa"},'
    ' {"code": "unexpected_error", "message": "m", "request_id": "9e7b283c6efa449c9c0"}]'
)


def test_a_pasted_response_with_a_list_of_errors_reads_the_first(decoder: Any) -> None:
    # As `bankcodes explain -`, from_exception and fromError read it: the status from the
    # status line, and the first error of the list.
    text = _decode(decoder, BELVO_RESPONSE)
    assert "HTTP status: 400." in text
    assert "A list of errors; the first of 2 is read." in text
    assert "Recognised as:" in text and "(belvo/api-error)" in text
    assert _cards(decoder)[0] == ("$.code", "belvo.error_code", "login_error")
    found = bankcodes.from_exception(BELVO_RESPONSE.split("\r\n\r\n", 1)[1])
    assert found is not None and (found.path, str(found.code)) == ("$.code", "login_error")


def test_a_status_alone_or_stated_by_the_body_is_shown(decoder: Any) -> None:
    # As `bankcodes explain -`: a head with no body says so; a body alone that states its status
    # (GoCardless' rate limit body, status_code 429) gives it.
    text = _decode(decoder, "HTTP/1.1 401 Unauthorized")
    assert "HTTP status: 401." in text and "No body follows" in text
    body = {"summary": "Rate limit exceeded", "detail": "d", "status_code": 429}
    text = _decode(decoder, json.dumps(body))
    assert "HTTP status: 429 (stated by the body)." in text
    found = bankcodes.from_exception(body)
    assert found is not None and found.status == 429


def test_without_its_schema_checks_the_decoder_still_answers_and_says_so(
    chromium_browser: Any, served: str
) -> None:
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    page.route("**/assets/decoder/*-schemas-*.js", lambda route: route.abort())
    page.goto(served + "decoder/")
    text = _decode(page, json.dumps(ITEM_ERROR))
    assert "Recognised as: Plaid webhook (plaid/webhook)." in text
    assert "Its schema check could not be loaded: reload the page for it." in text
    assert _cards(page)[0] == ("$.error.error_code", "plaid.error_code", "ITEM_LOGIN_REQUIRED")
    page.close()
    # The refused chunks' load errors are the point of this test, and the only errors: one per
    # refused request, reported whenever Chromium gets to it (before or after the answer).
    assert watched.errors and set(watched.errors) == {"Failed to load resource: net::ERR_FAILED"}
    assert watched.outside == []


def test_a_status_whose_meaning_the_provider_gives_decides_where_the_code_is_unknown(
    decoder: Any,
) -> None:
    """Belvo's response codes: 428 is 'MFA Token Required' (developers.belvo.com, API errors).
    A pasted 428 whose body's code the catalog does not know is decided by its status, said so;
    the same body without a status line shows its unknown code. Belvo is chosen: request_id,
    code and message with a code of no one's are many APIs' fields."""
    body = '[{"request_id": "r-1", "message": "m", "code": "a_code_not_published"}]'
    decoder.locator("#decoder-provider").select_option("belvo")
    text = _decode(decoder, "HTTP/1.1 428 Precondition Required\n\n" + body)
    assert "It carries no code the catalog knows: its HTTP status decides." in text
    assert _cards(decoder)[0] == ("(HTTP status)", "belvo.response_status", "428")
    _decode(decoder, body)
    assert _cards(decoder)[0] == ("$.code", "belvo.error_code", "a_code_not_published")
    decoder.locator("#decoder-provider").select_option("")
