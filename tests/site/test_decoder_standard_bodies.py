"""The decoder reads UAE Open Finance's and PolishAPI's error responses as the packages do: a
prescribed code, a bank's own namespaced code (its form's category and words), the signed error
(application/jwt: its payload, said to be unverified) and a PolishAPI error its HTTP status
decides (the bodies of tests/catalog/test_uae_polishapi_bodies.py, typed from the standards'
files); and the shared corpus of texts that are, or are not, a signed JWT."""

from __future__ import annotations

from typing import Any

from tests.catalog.test_uae_polishapi_bodies import BODIES, CASES, SIGNED
from tests.site.test_decoder import DECODE_ALL

UNVERIFIED = "Read from a signed JWT (application/jwt): its signature is not verified."


def test_the_decoder_reads_each_response_in_its_place(decoder: Any) -> None:
    pasted = [
        [f"HTTP/1.1 {status} Error\r\nContent-Type: {kind}\r\n\r\n{body}", ""]
        for _, status, kind, body, *_ in BODIES
    ]
    answers = decoder.evaluate(DECODE_ALL, pasted)
    for case, (text, cards) in zip(BODIES, answers, strict=True):
        path, _, _, _, kind, where, code_set, value, known, _ = case
        assert f"({kind})." in text, (path, text[:200])
        assert cards[0] == [where, code_set, str(value)], path
        assert (UNVERIFIED in text) == (path in SIGNED), path
        # A bank's own code: the words of its code set's form, said to be bankcodes'.
        assert ("(bankcodes' words; the form: ^[A-Za-z]+\\.[A-Za-z0-9]+$)" in text) == (
            not known
        ), path


def test_the_decoder_reads_the_corpus_of_signed_bodies_as_the_packages_do(decoder: Any) -> None:
    answers = decoder.evaluate(DECODE_ALL, [[case["text"], ""] for case in CASES])
    read = {}
    for case, (text, cards) in zip(CASES, answers, strict=True):
        read[case["name"]] = bool(cards)
        if cards:
            assert cards[0][1:] == ["uaeopenfinance.error_code", "AccessToken.InvalidScope"]
            assert UNVERIFIED in text
    assert read == {case["name"]: case["read"] for case in CASES}
