"""Python's bankcodes.receive and Node's receive (bankcodes/webhooks) give every delivery of a
corpus built from the spec's webhook examples (tests/support/delivery_corpus.py) the same verdict,
lenient and strict: accepted, or the same error and reason, and for an invalid payload the same
first problem path; and that verdict is the one the delivery calls for. Both give the verdicts
of tests/verdicts/deliveries.json, as does each provider's own receiver in Node
(bankcodes/<provider>/webhooks), which tests/js/verdicts.mjs reads beside bankcodes/webhooks."""

from __future__ import annotations

import base64
import datetime
from typing import Any

import pytest

import bankcodes
from bankcodes.errors import WebhookError
from tests.support.delivery_corpus import CATEGORIES, Delivery, deliveries, signed
from tests.support.spec_index import providers
from tests.support.verdicts import Corpus

CORPUS = deliveries()
MODES = ("lenient", "strict")
PROVIDERS = providers(delivers=True)


def case_id(delivery: Delivery) -> str:
    return f"{delivery.provider}: {delivery.category}: {delivery.name}"


def python_verdict(item: dict[str, Any], strict: bool) -> dict[str, Any]:
    now = datetime.datetime.fromisoformat(item["now"])
    body = base64.b64decode(item["body"])
    try:
        event = bankcodes.receive(
            item["provider"],
            body,
            item["headers"],
            item["secret"],
            strict=strict,
            now=now,
            path=item["path"],
            secret_header=item["secret_header"],
        )
    except WebhookError as error:
        problems = getattr(error, "problems", ())
        return {
            "accepted": False,
            "error": type(error).__name__,
            "reason": error.reason,
            "path": problems[0].path if problems else None,
        }
    return {"accepted": True, "type": str(event.type)}


#: Each delivery signed, as the receivers get it, received lenient and strict.
DELIVERIES = Corpus(
    "deliveries",
    lambda: zip(map(case_id, CORPUS), signed(CORPUS), strict=True),
    lambda item: {mode: python_verdict(item, strict=mode == "strict") for mode in MODES},
)


def expected(delivery: Delivery, mode: str) -> dict[str, Any] | None:
    """What the delivery calls for: None (accepted), else an invalid payload at that path."""
    path = delivery.lenient if mode == "lenient" else delivery.strict
    if path is None:
        return None
    return {"accepted": False, "error": "PayloadError", "reason": "invalid_payload", "path": path}


def test_the_corpus_covers_every_category_of_every_provider() -> None:
    found = {(d.provider, d.category) for d in CORPUS}
    assert found == {(p, c) for p in PROVIDERS for c in CATEGORIES}
    assert len({(d.provider, d.body) for d in CORPUS}) == len(CORPUS)
    assert len({case_id(d) for d in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize("category", CATEGORIES)
@pytest.mark.parametrize("provider", PROVIDERS)
def test_python_receives_every_delivery_as_it_calls_for(provider: str, category: str) -> None:
    """The verdict each delivery calls for, and the committed one (which Node gives too)."""
    chosen = [d for d in CORPUS if (d.provider, d.category) == (provider, category)]
    python = DELIVERIES.python(map(case_id, chosen))
    problems = []
    for delivery in chosen:
        for mode in MODES:
            found = python[case_id(delivery)][mode]
            where = f"{delivery.name} ({mode})"
            wanted = expected(delivery, mode)
            if wanted is None and not found["accepted"]:
                problems.append(f"{where}: should be accepted, Python gives {found}")
            elif wanted is not None and found != wanted:
                problems.append(f"{where}: should be {wanted}, Python gives {found}")
    assert chosen
    assert not problems, "\n".join(problems[:40])
    DELIVERIES.check(map(case_id, chosen))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_verdicts_every_receiver_must_give_accept_some_and_refuse_some(provider: str) -> None:
    """Each provider's own receiver in Node gives every delivery of the corpus the committed
    verdict (tests/js/verdicts.mjs): deliveries accepted and deliveries refused among them."""
    committed = DELIVERIES.committed()
    found = {
        verdict[mode]["accepted"]
        for delivery in CORPUS
        if delivery.provider == provider and (verdict := committed.get(case_id(delivery)))
        for mode in MODES
    }
    assert found == {True, False}
