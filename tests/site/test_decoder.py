"""The site's decoder in Chromium reads a payload as the packages do: the kind its identity rules
name, its codes from their fields and code sets, the deciding code first."""

from __future__ import annotations

import json
from typing import Any

import pytest

import bankcodes
from bankcodes import payloads
from tests.site.test_site import _decode
from tests.support.helpers import Watched, spec_data

PLAID_ITEM_ERROR = {
    "webhook_type": "ITEM",
    "webhook_code": "ERROR",
    "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb",
    "error": {
        "error_type": "ITEM_ERROR",
        "error_code": "ITEM_LOGIN_REQUIRED",
        "error_message": "the login details of this item have changed",
        "display_message": None,
    },
    "environment": "production",
}


def _cards(page: Any) -> list[tuple[str, str, str]]:
    """(path, code set, code) of every card the decoder shows, in order."""
    found: list[list[str]] = page.eval_on_selector_all(
        "[data-decoder-output] .bankcodes-decoded",
        "cards => cards.map(c => [c.dataset.path ?? '', c.dataset.codeSet, c.dataset.code])",
    )
    return [(path, code_set, code) for path, code_set, code in found]


@pytest.fixture
def decoder(chromium_browser: Any, served: str) -> Any:
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    watched.page.goto(served + "decoder/")
    yield watched.page
    watched.close()


#: Decode each text with the page's own button, as a person would press it, wait for the whole
#: answer, and read the summary and the cards (path, code set, code) of each.
DECODE_ALL = """async texts => {
  const input = document.querySelector('#decoder-input');
  const output = document.querySelector('[data-decoder-output]');
  const answers = [];
  for (const text of texts) {
    input.value = text;
    output.textContent = '';
    document.querySelector('.bankcodes-decoder button').click();
    while (output.textContent.length === 0 || output.hasAttribute('aria-busy'))
      await new Promise(done => setTimeout(done, 5));
    const cards = [...output.querySelectorAll('.bankcodes-decoded')]
      .map(c => [c.dataset.path ?? '', c.dataset.codeSet, c.dataset.code]);
    answers.push([output.textContent, cards]);
  }
  return answers;
}"""


def test_every_published_example_shows_the_codes_python_reads_in_order(decoder: Any) -> None:
    examples = [
        (kind, entry["title"], example)
        for kind, entry in spec_data()["payloads"].items()
        for example in entry["examples"]
    ]
    _decode(decoder, "INVALID_MFA")  # the code index is loaded
    decoded = decoder.evaluate(DECODE_ALL, [json.dumps(e["data"]) for _, _, e in examples])
    assert len(decoded) == len(examples) > 100
    for (kind, title, example), (text, cards) in zip(examples, decoded, strict=True):
        assert f"Recognised as: {title} ({kind})." in text, (kind, text[:200])
        decisive = payloads.decisive_code(kind, example["data"])
        read = payloads.codes(kind, example["data"])
        ordered = [decisive, *(f for f in read if f != decisive)] if decisive else []
        # The decoder shows each code as text (an integer code by its digits).
        expected = [[f.path, f.code_set, str(f.code.value)] for f in ordered]
        assert cards == expected, (kind, example["title"])


@pytest.mark.parametrize(
    ("body", "first"),
    [
        # Plaid: the item needs the user (ITEM_LOGIN_REQUIRED), whatever the webhook code says.
        (PLAID_ITEM_ERROR, ("$.error.error_code", "plaid.error_code", "ITEM_LOGIN_REQUIRED")),
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
    assert "Not recognised: no payload kind of the catalog is an object with hello, nested" in text
    assert _cards(decoder) == []


#: A paste a person would not want in an address bar or a server's log.
SECRET_PASTE = '{"type": "payment.updated", "payload": {"id": "acct-7f3c-PRIVATE-9921"}}'


def _requests_after_decoding(page: Any, served: str) -> list[str]:
    """Every request the page makes (its address and body) after a paste and a press of
    Decode, and the page's address then."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(f"{request.url} {request.post_data or ''}"))
    page.locator("#decoder-input").fill(SECRET_PASTE)
    page.locator(".bankcodes-decoder button").click()
    page.locator("#decoder-input").press("Enter")
    page.wait_for_timeout(500)
    assert page.url == served + "decoder/"
    return seen


def test_without_javascript_nothing_is_sent_and_the_page_says_why(
    chromium_browser: Any, served: str
) -> None:
    context = chromium_browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served + "decoder/")
    assert page.locator("form").filter(has=page.locator("#decoder-input")).count() == 0
    assert page.get_attribute("#decoder-input", "name") is None
    seen = _requests_after_decoding(page, served)
    assert not [line for line in seen if "PRIVATE" in line or "payload=" in line], seen
    note = page.locator("[data-decoder-output]").inner_text()
    assert "needs JavaScript" in note and "nothing you paste is sent" in note
    context.close()


def test_with_its_script_blocked_nothing_is_sent(chromium_browser: Any, served: str) -> None:
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    blocked: list[str] = []

    def block(route: Any) -> None:
        blocked.append(route.request.url)
        route.abort()

    page.route("**/assets/decoder/**", block)
    page.goto(served + "decoder/")
    seen = _requests_after_decoding(page, served)
    assert blocked, "the decoder's script was asked for, and refused"
    assert not [line for line in seen if "PRIVATE" in line or "payload=" in line], seen
    assert "needs JavaScript" in page.locator("[data-decoder-output]").inner_text()
    watched.errors.clear()  # the blocked script's load error is the point of this test
    watched.close()


def test_a_paste_made_before_the_script_arrives_is_answered_when_it_does(
    chromium_browser: Any, served: str
) -> None:
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    held: list[Any] = []
    page.route("**/assets/decoder/index.js", lambda route: held.append(route))
    page.goto(served + "decoder/", wait_until="domcontentloaded")
    page.wait_for_function("() => document.querySelector('#decoder-input') !== null")
    page.locator("#decoder-input").fill("INVALID_MFA")
    page.locator(".bankcodes-decoder button").click()
    page.wait_for_function("() => true")  # the click is handled (by nothing yet)
    assert len(held) == 1 and page.url == served + "decoder/"
    held[0].continue_()
    page.wait_for_function(
        "() => document.querySelectorAll('[data-decoder-output] .bankcodes-decoded').length > 0"
    )
    cards = page.eval_on_selector_all(
        "[data-decoder-output] .bankcodes-decoded", "cards => cards.map(c => c.dataset.code)"
    )
    assert cards[:1] == ["INVALID_MFA"]
    watched.close()


def test_the_first_answer_fetches_only_the_tables_its_paste_needs(
    chromium_browser: Any, served: str
) -> None:
    """A Plaid error loads Plaid's tables, not Lean's; a Lean callback then loads Lean's."""
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.url.endswith(".js") else None)
    page.goto(served + "decoder/")
    plaid_error = {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED"}
    assert "ITEM_LOGIN_REQUIRED" in _decode(page, json.dumps(plaid_error))
    tables = [url.rsplit("/", 1)[1].split("-")[1] for url in scripts if "/tables-" in url]
    assert tables == ["plaid"]
    assert "SUCCESS" in _decode(page, json.dumps({"status": "SUCCESS", "method": "CONNECT"}))
    tables = [url.rsplit("/", 1)[1].split("-")[1] for url in scripts if "/tables-" in url]
    assert tables == ["plaid", "lean"]
    watched.close()


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
    chromium_browser: Any, served: str, viewport: tuple[int, int]
) -> None:
    width, height = viewport
    watched = Watched(chromium_browser, served, viewport={"width": width, "height": height})
    page = watched.page
    page.goto(served + "decoder/")
    page.wait_for_function("() => document.querySelector('[data-bankcodes-decoder]').dataset.ready")
    # The input comes before the page's explanation, within the first screen.
    assert page.locator("#decoder-input").bounding_box()["y"] < height
    page.locator("#decoder-input").fill(json.dumps(PLAID_ITEM_ERROR))  # typed, or pasted
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
