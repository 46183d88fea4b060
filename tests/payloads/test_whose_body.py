"""Every body is read as its own provider's: every published example of every payload kind of the
catalog, and the bodies each provider publishes beyond them (tests/support/published_bodies/:
objects as its API returns them, errors in every language it answers in, from its documentation
and its clients' tests), is recognised as its own kind and never as another provider's kind: from
its body alone by the evidence it carries, or, where it says "with_provider" (its only evidence is
shared by many APIs), only by a reader told its provider.

Each body is read once, by every kind of the catalog at the same time, and tried against the rules
filed under its own keys alone (tests/payloads/test_recognition.py): the check grows with the
bodies, not with bodies times kinds."""

from __future__ import annotations

import json

import pytest

from bankcodes import payloads
from tests.support.each import Cases, by_provider, each
from tests.support.helpers import ROOT, spec_data
from tests.support.spec_index import every_example

BODIES = ROOT / "tests" / "support" / "published_bodies"


def _published() -> list[tuple[str, str, tuple[str | None, object, str]]]:
    found = []
    for path in sorted(BODIES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for body in data["bodies"]:
            name = f"{data['provider']}: {body['title']}"
            said = body.get("recognised", "alone")
            found.append((data["provider"], name, (body["kind"], body["data"], said)))
    return found


EXAMPLES = [
    (kind.partition("/")[0], f"{kind}: {example['title']}", (kind, example["data"], "alone"))
    for kind, example in every_example()
    if example.get("recognised", "alone") == "alone"
]


def _read_as_its_own(provider: str, kind: str | None, data: object, said: str) -> None:
    found = payloads.identify(data)
    foreign = [other for other in found.kinds if other.partition("/")[0] != provider]
    assert foreign == [], f"a body of {provider} is read as {foreign}"
    if kind is None:
        return
    if said == "alone":
        assert found.kind == kind
        assert found.evidence and found.evidence[0].what != "provider"
    else:
        assert found.kinds == ()
        given = payloads.identify(data, provider)
        assert (given.kind, [told.what for told in given.evidence]) == (kind, ["provider"])


@pytest.mark.parametrize(("provider", "cases"), by_provider([*EXAMPLES, *_published()]))
def test_a_body_is_read_as_its_own_providers_and_no_other(provider: str, cases: Cases) -> None:
    each(cases, lambda case: _read_as_its_own(provider, *case))


def test_every_provider_publishes_bodies_here_or_in_its_examples() -> None:
    """A provider of the catalog whose published bodies are nowhere to read is a gap, named."""
    providers = set(spec_data()["providers"])
    with_files = {path.stem for path in BODIES.glob("*.json")}
    assert with_files <= providers, with_files - providers
    for path in BODIES.glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["provider"] == path.stem, path
