"""A code's description that names other codes of its code set shows them as code, on the code's
page and on the decoder's card alike, and a word of the language or an acronym that no code of
the set spells stays text. Plaid's PAYMENT_STATUS_INITIATED: "In many EU markets,
PAYMENT_STATUS_EXECUTED is not supported, and a payment will remain in PAYMENT_STATUS_INITIATED
until the funds settle" (its OpenAPI file, spec: plaid-openapi)."""

from __future__ import annotations

import re
from typing import Any

from tests.support.reference import code_block

#: Paste a code with its provider chosen, and read the first card's Description: the texts of its
#: code elements, and its text outside them.
DESCRIPTION = """async ([text, provider]) => {
  const output = document.querySelector('[data-decoder-output]');
  document.querySelector('#decoder-input').value = text;
  document.querySelector('#decoder-provider').value = provider;
  output.textContent = '';
  document.querySelector('.bankcodes-decoder button').click();
  while (output.textContent.length === 0 || output.hasAttribute('aria-busy'))
    await new Promise(done => setTimeout(done, 5));
  const card = output.querySelector('.bankcodes-decoded dl');
  const term = [...card.querySelectorAll('dt')].find(t => t.textContent === 'Description');
  const detail = term.nextElementSibling;
  const codes = [...detail.querySelectorAll('code')].map(c => c.textContent);
  const plain = [...detail.childNodes].filter(n => n.nodeType === Node.TEXT_NODE)
    .map(n => n.textContent).join('');
  return [codes, plain];
}"""


def test_a_code_page_shows_the_codes_a_description_names_as_code() -> None:
    block = code_block("plaid", "payment_initiation_payment_status", "PAYMENT_STATUS_INITIATED")
    description = re.search(
        r"<p>(In many EU markets|The payment has been authorised).*?</p>", block
    )
    assert description is not None, block[:600]
    text = description.group()
    assert "<code>PAYMENT_STATUS_EXECUTED</code> is not supported" in text
    assert "remain in <code>PAYMENT_STATUS_INITIATED</code> until" in text
    assert "In many EU markets" in text  # an acronym no code spells: text
    assert "PAYMENT_STATUS_EXECUTED" not in re.sub(r"<code>[^<]*</code>", "", text)


def test_the_decoder_card_shows_the_codes_a_description_names_as_code(decoder: Any) -> None:
    codes, plain = decoder.evaluate(DESCRIPTION, ["PAYMENT_STATUS_INITIATED", "plaid"])
    assert codes[:2] == ["PAYMENT_STATUS_EXECUTED", "PAYMENT_STATUS_INITIATED"], codes
    assert "In many EU markets, " in plain and " is not supported" in plain
    assert "PAYMENT_STATUS_" not in plain, plain
