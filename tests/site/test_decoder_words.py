"""The decoder's answer leads with a sentence a person acts on, in words: what it shows (outside
its code, and a closed "Why") names no token of the decisions' vocabulary, and a card states
each fact once. Read in Chromium on the small project's site."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.browser import Watched
from tests.support.helpers import ROOT

#: Paste each [text, provider], and read the answer: its headline's first sentence, the text a
#: person sees outside <code> (a closed <details> shows its summary alone), and each card's row
#: labels and values.
ANSWER = """async ([text, provider]) => {
  const output = document.querySelector('[data-decoder-output]');
  document.querySelector('#decoder-input').value = text;
  document.querySelector('#decoder-provider').value = provider;
  output.textContent = '';
  document.querySelector('.bankcodes-decoder button').click();
  while (output.textContent.length === 0 || output.hasAttribute('aria-busy'))
    await new Promise(done => setTimeout(done, 5));
  const seen = [];
  const walk = node => {
    if (node.nodeType === Node.TEXT_NODE) return seen.push(node.textContent);
    if (node.nodeName === 'CODE') return;
    if (node.nodeName === 'DETAILS' && !node.open)
      return walk(node.querySelector('summary'));
    for (const child of node.childNodes) walk(child);
  };
  walk(output);
  const lead = output.querySelector('.bankcodes-decision p')?.textContent ?? '';
  const cards = [...output.querySelectorAll('.bankcodes-decoded dl')].map(list =>
    [...list.querySelectorAll('dt')].map(term => [term.textContent,
      term.nextElementSibling.textContent]));
  return [lead, seen.join(' '), cards];
}"""

#: A 429 with RFC 9110's Retry-After, and the Berlin Group's CONSENT_EXPIRED (HTTP 401) in the
#: Implementation Guidelines' tppMessages shape, its text as they give it.
RATE_LIMITED = "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 60\r\n\r\n"
TEXT = "The consent was created by this TPP but has expired and needs to be renewed."
BODY = {"tppMessages": [{"category": "ERROR", "code": "CONSENT_EXPIRED", "text": TEXT}]}
CONSENT_ENDED = "HTTP/1.1 401 Unauthorized\r\n\r\n" + json.dumps(BODY)


def vocabulary() -> set[str]:
    """The decisions' tokens that are no English word: the next steps, states and actors of the
    spec's schema and the ids of its categories that join words with an underscore."""
    schema = json.loads((ROOT / "spec" / "catalog.schema.json").read_text("utf-8"))
    spec = json.loads((ROOT / "spec" / "catalog.json").read_text("utf-8"))
    found = set(spec["categories"])
    for value in schema["$defs"].values():
        for name in ("next_step", "state", "actor"):
            found |= set(value.get("properties", {}).get(name, {}).get("enum", []))
    return {token for token in found if "_" in token}


@pytest.fixture(scope="module")
def page(chromium_browser: Any, small_served: str) -> Iterator[Any]:
    watched = Watched(chromium_browser, small_served, viewport={"width": 1280, "height": 900})
    watched.page.goto(small_served + "decoder/")
    yield watched.page
    assert watched.errors == [] and watched.outside == []
    watched.close()


@pytest.mark.parametrize(
    ("text", "provider", "sentence"),
    [
        (RATE_LIMITED, "", "Wait 60 s, then retry — your service acts."),
        (CONSENT_ENDED, "", "The consent has ended: ask the customer to reconnect."),
    ],
)
def test_the_answer_leads_in_words(page: Any, text: str, provider: str, sentence: str) -> None:
    lead, seen, cards = page.evaluate(ANSWER, [text, provider])
    assert lead == sentence
    assert seen.lstrip().startswith(sentence)
    tokens = vocabulary()
    assert {"renew_consent", "consent_ended", "retry_later", "end_user"} <= tokens
    shown = set(re.findall(r"[a-z]+(?:_[a-z]+)+", seen))
    assert shown & tokens == set(), seen
    assert "[object Object]" not in seen
    for rows in cards:
        labels = [label for label, _ in rows]
        assert len(labels) == len(set(labels)), labels
        assert "[object Object]" not in str(rows)


def test_a_card_shows_the_deciding_step_once_labelled(page: Any) -> None:
    """The Berlin Group's CONSENT_EXPIRED states its own next step and state (renew the consent;
    the consent ended) where its category, reconnect required, says reconnect: the card shows
    the code's, labelled so, and not the category's."""
    _, _, cards = page.evaluate(ANSWER, [CONSENT_ENDED, ""])
    rows = dict(cards[0])
    assert rows["Next step (the code's)"] == "renew_consent"
    assert rows["State (the code's)"] == "consent_ended"
    assert not {"Next step", "State", "Next step (its category's)"} & set(rows)
    assert "reconnect" not in [value for _, value in cards[0]]


def test_a_card_shows_no_value_twice(page: Any) -> None:
    """The Berlin Group's CONSENT_EXPIRED: its description and why it stands for its state were
    the same text (shown as "Description" and "Why this state"): each value once."""
    _, _, cards = page.evaluate(ANSWER, [CONSENT_ENDED, ""])
    labels = [label for label, _ in cards[0]]
    assert {"Description", "Why this state"} <= set(labels), labels
    values = [value for _, value in cards[0]]
    assert len(values) == len(set(values)), values


def test_a_bare_code_leads_with_what_to_do(page: Any) -> None:
    """Plaid's ITEM_LOGIN_REQUIRED typed alone: the answer leads with what to do, as `bankcodes
    decide ITEM_LOGIN_REQUIRED` says it (the customer reconnects: its category,
    reconnect_required), before the count of the code sets that know it and their cards."""
    lead, seen, _ = page.evaluate(ANSWER, ["ITEM_LOGIN_REQUIRED", ""])
    sentence = "The connection needs the customer: ask them to reconnect."
    assert lead == sentence
    assert seen.lstrip().startswith(sentence)
    assert seen.index("A bare code: 1 code set(s) know it") > len(sentence)


#: Paste each [text, provider], and read the answer's "Why": each label's item, as the label
#: and the texts of its reasons (one, or each of the list under it).
WHY_ITEMS = """async ([text, provider]) => {
  const output = document.querySelector('[data-decoder-output]');
  document.querySelector('#decoder-input').value = text;
  document.querySelector('#decoder-provider').value = provider;
  output.textContent = '';
  document.querySelector('.bankcodes-decoder button').click();
  while (output.textContent.length === 0 || output.hasAttribute('aria-busy'))
    await new Promise(done => setTimeout(done, 5));
  const list = output.querySelector('.bankcodes-decision details > ul');
  return [...list.children].map(item => {
    const under = item.querySelector('ul');
    const label = item.firstChild.textContent;
    const reasons = under === null ? [item.textContent.slice(label.length)]
      : [...under.children].map(reason => reason.textContent);
    return [label, reasons];
  });
}"""


def test_the_why_says_each_label_once_and_each_reason_once(page: Any) -> None:
    """The Berlin Group's CONSENT_EXPIRED: the code explains the next step and the state alike;
    "Why this step" says so, and "Why this state", once, names it beside its own reason (the
    standard names CONSENT_EXPIRED among the codes that tell a consent has ended), as `bankcodes
    explain -` does."""
    items = page.evaluate(WHY_ITEMS, [CONSENT_ENDED, ""])
    labels = [label for label, _ in items]
    assert len(labels) == len(set(labels)), items
    reasons = dict(items)
    assert reasons["Why this step: "][0].startswith("CONSENT_EXPIRED says so (")
    assert reasons["Why this state: "][0] == "the step's reason, above"
    every = [reason for _, said in items for reason in said]
    assert len(every) == len(set(every)), every
