"""The runtime's recognition (bankcodes._recognition), which every reader and the generator's
check of the published examples share: a body is tried against the rules filed under its own keys
alone, so reading every provider's bodies costs time linear in the bodies, not in bodies times
kinds; and the kinds it fits come most specific first."""

from __future__ import annotations

import pytest

from bankcodes import _recognition
from bankcodes._kinds import Recognition
from bankcodes._recognition import Evidence

KNOWN = {("acme.error_code", "ACME_DOWN")}


def _known(ref: str, value: str) -> bool:
    return (ref, value) in KNOWN


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The kinds whose rules are tried against a body, one entry an attempt."""
    tried: list[str] = []
    matches = _recognition.matches

    def counting(rule: Recognition, data: object, known: _recognition.Known) -> bool:
        tried.append(next(kind for kind, rules in KINDS.items() if rule in rules))
        return matches(rule, data, known)

    monkeypatch.setattr(_recognition, "matches", counting)
    return tried


#: 2,000 kinds, each claimed by a key of its own beside the `message` they all carry (their
#: fields tell them: `by_fields`, as the generator writes it of such a rule).
KINDS = {
    f"p{n}/error": (Recognition(present=(f"p{n}_trace", "message"), by_fields=True),)
    for n in range(2000)
} | {
    "acme/error": (
        Recognition(present=("error.message",), codes={"error.code": ("acme.error_code",)}),
    ),
    "acme/webhook": (Recognition(present=("error",), absent=("data",), by_fields=True),),
}


def test_a_body_is_tried_against_the_rules_of_its_own_keys_alone(attempts: list[str]) -> None:
    recogniser = _recognition.Recogniser(KINDS, _known)
    body = {"p1234_trace": "x", "message": "m", "detail": "d", "status": 500}
    assert recogniser.ranked(body) == ("p1234/error",)
    assert attempts == ["p1234/error"]
    attempts.clear()
    assert recogniser.ranked({"message": "m", "status": 500}) == ()
    assert attempts == []


def test_the_most_specific_kind_comes_first_then_catalog_order() -> None:
    recogniser = _recognition.Recogniser(KINDS, _known)
    body = {"error": {"code": "ACME_DOWN", "message": "down"}}
    assert recogniser.ranked(body) == ("acme/error", "acme/webhook")
    assert recogniser.ranked(body, ["acme/webhook"]) == ("acme/webhook",)
    # A code its code set does not know leaves the plainer rule alone.
    assert recogniser.ranked({"error": {"code": "OTHER", "message": "x"}}) == ("acme/webhook",)
    assert recogniser.ranked({"error": {}, "data": {}}) == ()


def test_a_rule_for_a_given_provider_applies_only_where_it_is_given() -> None:
    kinds = {"acme/status": (Recognition(present=("status",), provider_given=True),)}
    assert _recognition.Recogniser(kinds, _known).ranked({"status": "ok"}) == ()
    given = _recognition.Recogniser(kinds, _known, every_rule=True)
    assert given.ranked({"status": "ok"}) == ("acme/status",)


#: A kind told by its namespace, and one whose only evidence is a code: ACME_DOWN is acme's
#: alone, INVALID_REQUEST a code it shares with many APIs (`shared`).
TOLD = {
    "acme/error": (
        Recognition(
            objects=("error",),
            prefixes={"error.doc_url": ("https://docs.acme.test/",)},
            sources=("acme-errors",),
        ),
        Recognition(
            present=("error.message",),
            codes={"error.code": ("acme.error_code",)},
            shared={"error.code": ("INVALID_REQUEST",)},
        ),
    ),
    "acme/status": (Recognition(present=("acme_state", "status"), by_fields=True),),
}
KNOWN |= {("acme.error_code", "INVALID_REQUEST")}


def test_a_rule_tells_a_body_alone_only_by_the_evidence_it_finds() -> None:
    alone = _recognition.Recogniser(TOLD, _known)
    given = _recognition.Recogniser(TOLD, _known, every_rule=True)
    own = {"error": {"code": "ACME_DOWN", "message": "down"}}
    shared = {"error": {"code": "INVALID_REQUEST", "message": "bad"}}
    assert alone.ranked(own) == ("acme/error",)
    assert alone.ranked(shared) == ()
    assert given.ranked(shared) == ("acme/error",)
    assert alone.evidence(own, "acme/error") == (
        Evidence(kind="acme/error", what="code", keys=("error.code",), value="ACME_DOWN"),
    )
    assert given.evidence(shared, "acme/error") == (Evidence(kind="acme/error", what="provider"),)
    assert alone.evidence(shared, "acme/error") == ()


def test_the_evidence_of_the_most_specific_rule_that_finds_some_is_given() -> None:
    recogniser = _recognition.Recogniser(TOLD, _known)
    body = {"error": {"code": "INVALID_REQUEST", "doc_url": "https://docs.acme.test/e"}}
    assert recogniser.ranked(body) == ("acme/error",)
    told = Evidence(
        kind="acme/error",
        what="namespace",
        keys=("error.doc_url",),
        value="https://docs.acme.test/e",
        sources=("acme-errors",),
    )
    assert recogniser.evidence(body, "acme/error") == (told,)
    # A text elsewhere than its namespace is no evidence.
    assert recogniser.ranked({"error": {"doc_url": "https://docs.other.test/"}}) == ()
    fields = Evidence(kind="acme/status", what="fields", keys=("acme_state", "status"))
    assert recogniser.evidence({"acme_state": 1, "status": "x"}, "acme/status") == (fields,)
