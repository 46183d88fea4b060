"""Python's bankcodes.receive and Node's receive (bankcodes/webhooks) give every delivery of a
corpus built from the spec's webhook examples (tests/delivery_corpus.py) the same verdict, lenient
and strict: accepted, or the same error and reason, and for an invalid payload the same first
problem path; and that verdict is the one the delivery calls for. Each provider's own receiver
(bankcodes/<provider>/webhooks) gives every delivery of its provider the verdict of
bankcodes/webhooks."""

from __future__ import annotations

import base64
import datetime
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from bankcodes.errors import WebhookError
from tests.support.delivery_corpus import CATEGORIES, Delivery, deliveries, signed
from tests.support.helpers import run_node
from tests.support.spec_index import providers

CORPUS = deliveries()
MODES = ("lenient", "strict")
PROVIDERS = providers(delivers=True)


def _build(folder: Path, dist: Path) -> None:
    """The signed corpus, and Node's verdicts on it with the compiled package."""
    cases = folder / "cases.json"
    cases.write_text(json.dumps(signed(CORPUS)), encoding="utf-8")
    output = run_node("receive_verdicts.mjs", str(dist / "webhooks.js"), str(cases), "own")
    (folder / "node.json").write_text(output, encoding="utf-8")


@pytest.fixture(scope="session")
def received(
    shared: Callable[[str, Callable[[Path], None]], Path], typescript_dist: Path
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The signed corpus and Node's verdicts on it, built once per run and read once per
    worker (the corpus is megabytes of JSON)."""
    folder = shared("receive-parity", lambda folder: _build(folder, typescript_dist))
    items = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    node = json.loads((folder / "node.json").read_text(encoding="utf-8"))
    return items, node


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


@pytest.mark.parametrize("category", CATEGORIES)
@pytest.mark.parametrize("provider", PROVIDERS)
def test_node_and_python_receive_every_delivery_alike(
    provider: str, category: str, received: tuple[list[dict[str, Any]], list[dict[str, Any]]]
) -> None:
    items, node = received
    assert len(items) == len(node) == len(CORPUS)
    problems = []
    checked = 0
    for delivery, item, node_verdicts in zip(CORPUS, items, node, strict=True):
        if (delivery.provider, delivery.category) != (provider, category):
            continue
        for mode in MODES:
            checked += 1
            python = python_verdict(item, strict=mode == "strict")
            where = f"{delivery.name} ({mode})"
            if python != node_verdicts[mode]:
                problems.append(f"{where}: Python {python}, Node {node_verdicts[mode]}")
            wanted = expected(delivery, mode)
            if wanted is None and not python["accepted"]:
                problems.append(f"{where}: should be accepted, Python gives {python}")
            elif wanted is not None and python != wanted:
                problems.append(f"{where}: should be {wanted}, Python gives {python}")
    assert checked
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_providers_own_receiver_gives_the_verdicts_of_every_providers(
    provider: str, received: tuple[list[dict[str, Any]], list[dict[str, Any]]]
) -> None:
    node = received[1]
    problems, checked = [], set()
    for delivery, verdicts in zip(CORPUS, node, strict=True):
        if delivery.provider != provider:
            continue
        own = verdicts["own"]
        assert own is not None, f"{provider} sends webhooks but has no receiver of its own"
        for mode in MODES:
            checked.add(verdicts[mode]["accepted"])
            if own[mode] != verdicts[mode]:
                problems.append(f"{delivery.name} ({mode}): {own[mode]}, not {verdicts[mode]}")
    # Both answers are among those compared: deliveries accepted and deliveries refused.
    assert checked == {True, False}
    assert not problems, "\n".join(problems[:40])
