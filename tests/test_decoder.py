"""The site's decoder in Chromium reads a payload as the packages do: the kind its identity rules
name, its codes from their fields and code sets, the deciding code first."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bankcodes import payloads
from tests.helpers import Watched, spec_data
from tests.test_site import _decode

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


#: Decode each text with the page's own form, as a person would press the button, and read the
#: summary and the cards (path, code set, code) of each.
DECODE_ALL = """texts => texts.map(text => {
  const input = document.querySelector('#decoder-input');
  input.value = text;
  document.querySelector('form.bankcodes-decoder button').click();
  const output = document.querySelector('[data-decoder-output]');
  const cards = [...output.querySelectorAll('.bankcodes-decoded')]
    .map(c => [c.dataset.path ?? '', c.dataset.codeSet, c.dataset.code]);
  return [output.textContent, cards];
})"""


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
