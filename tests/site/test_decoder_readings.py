"""The decoder reads what the packages read, alike: the shared corpus of JSON readings, the body
held inside an error that the catalog knows, and the corpus of bodies that are nobody's (it says
so, with what it can read of them)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.site.test_decoder import DECODE_ALL


def test_the_decoder_reads_the_shared_corpus_of_json_readings(decoder: Any) -> None:
    """The corpus Python, `explain -` and Node read (tests/support/json_readings.json): a text
    read is the Plaid error it holds, its code first; one not read is neither JSON nor a code,
    never decoded as something else."""
    corpus = Path(__file__).parents[1] / "support" / "json_readings.json"
    readings = json.loads(corpus.read_text(encoding="utf-8"))["readings"]
    answers = decoder.evaluate(DECODE_ALL, [[r["text"], ""] for r in readings])
    read = {}
    for reading, (text, cards) in zip(readings, answers, strict=True):
        if text.startswith("This is neither JSON nor a code"):
            read[reading["name"]] = False
        else:
            assert cards[0][1:] == ["plaid.error_code", "ITEM_LOGIN_REQUIRED"], reading["name"]
            read[reading["name"]] = True
    assert read == {reading["name"]: reading["read"] for reading in readings}


def test_of_several_issues_the_decoder_shows_the_bank_code_the_catalog_knows_first(
    decoder: Any,
) -> None:
    from tests.catalog.test_inner_bodies import SEVERAL

    [(text, cards)] = decoder.evaluate(DECODE_ALL, [[json.dumps(SEVERAL), ""]])
    assert cards[0][1:] == ["ukob.error_code", "UK.OBIE.Resource.NotFound"], text
    assert "$.error.issues[1].institutionError.errorMessage" in text


def test_the_decoder_reads_a_standard_s_body_at_any_depth(decoder: Any) -> None:
    """UK Open Banking's bodies (tests/catalog/test_ukob_v4_bodies.py): a v3.1 error, a v4 one
    whose ErrorCode is ISO 20022's TKSP, one with the v4 code set's numeric 0083, and the v4 one
    inside Yapily's error, whose card is the bank's ISO code first, the body's place said."""
    from tests.catalog.test_ukob_v4_bodies import BODIES, DECIDES, HOLDER

    answers = decoder.evaluate(DECODE_ALL, [[json.dumps(body), ""] for body in BODIES.values()])
    for name, (text, cards) in zip(BODIES, answers, strict=True):
        _, code_set, code, _ = DECIDES[name]
        assert cards[0][1:] == [code_set, code], (name, text[:200])
    text, cards = answers[list(BODIES).index("nested")]
    assert f"It holds the bank's own body at {HOLDER}" in text
    assert cards[0][0].startswith(f"{HOLDER} → $.Errors[0].ErrorCode")
    assert ["$.error.source", "yapily.error_source", "INSTITUTION"] in cards


def test_the_decoder_says_a_foreign_body_is_no_providers(decoder: Any) -> None:
    """Every body of the corpus of services outside the catalog (tests/support/
    foreign_bodies.json), pasted alone: no card, and the decoder says it is not a provider's
    body (or no JSON at all, or a response without a body), after "A list of errors." where
    the body is a list."""
    corpus = Path(__file__).parents[1] / "support" / "foreign_bodies.json"
    every = json.loads(corpus.read_text(encoding="utf-8"))["bodies"]
    bodies = [body for body in every if body["body"].strip()]  # nothing pasted: nothing said
    answers = decoder.evaluate(DECODE_ALL, [[body["body"], ""] for body in bodies])
    said = ("Not a body of a provider in the catalog", "This is neither JSON nor a code")
    claimed = {
        f"{body['origin']}: {body['name']}": text[:160]
        for body, (text, cards) in zip(bodies, answers, strict=True)
        if cards or not text.removeprefix("A list of errors.").lstrip().startswith(said)
    }
    assert claimed == {}


def test_a_foreign_response_shows_its_status_and_request_id(decoder: Any) -> None:
    """What can be read of a body that is nobody's: the status line's status and a request id
    from a header or the body, for the reader to quote to whoever sent it."""
    pasted = (
        'HTTP/1.1 404 Not Found\r\nX-Request-Id: gw-7f3a\r\n\r\n{"code": 404, '
        '"message": "Not Found", "requestId": "body-81c2"}'
    )
    [(text, cards)] = decoder.evaluate(DECODE_ALL, [[pasted, ""]])
    assert cards == []
    assert text.startswith("HTTP status: 404.Not a body of a provider in the catalog")
    assert "Request id (x-request-id): gw-7f3a." in text
    assert "Request id (requestId of the body): body-81c2." in text


def test_a_response_whose_body_is_not_json_is_decided_by_its_status_and_says_where(
    decoder: Any,
) -> None:
    """UK Open Banking's VRP usage example of a 201 PDNG payment, as published with trailing
    commas (read-write-api-docs-pub, references/usage-examples/vrp-usage-examples.md), cut to
    its status: decided as if it had no body (a 2xx, RFC 9110, section 15.3), first, then that
    its body is not valid JSON, where it stops and the text around that place, escaped, as
    `bankcodes decide -` says it."""
    text = 'HTTP/1.1 201 Created\r\n\r\n{\n  "Data": {\n    "Status": "PDNG",\n  },\n}'
    [(said, cards)] = decoder.evaluate(DECODE_ALL, [[text, ""]])
    lead = "Its HTTP status says the request succeeded: nothing to act on from it, and nothing"
    where = "at line 4, column 3, near '\"PDNG\",\\u000a  },\\u000a}'"
    assert (said.startswith(lead), cards) == (True, [])
    assert "Its body is not valid JSON: Expected" in said and where in said
