"""What the tests' parameters need of the spec, without reading the spec: each provider's module,
code sets, signing scheme and delivered kind, each payload kind's provider, and its examples,
kept in build/spec-index.json with the hash of the spec it was read from (and of this module).
A process that collects the tests reads that file, a fifth of the spec's size; the spec itself
is read (once for every process of a run) only when it has changed since the index was written.

A test that needs more of the spec than the index holds (an example's body, a code's text)
reads it with tests.support.helpers.spec_data, when it runs rather than when it is collected
where it can.
"""

from __future__ import annotations

import functools
import hashlib
import json
import marshal
import os
import tempfile
from pathlib import Path
from typing import Any

from tests.support.helpers import ROOT, SPEC

#: Where the index is kept (build/ is the tests' and the tools' own, ignored by git).
INDEX = ROOT / "build" / "spec-index.json"


def _read(spec: dict[str, Any]) -> dict[str, Any]:
    return {
        "providers": {
            key: {
                "module": entry["module"],
                "standard": entry.get("kind") == "standard",
                "code_sets": list(entry["code_sets"]),
                "signing": entry.get("signing", {}).get("scheme"),
                "delivers": entry.get("delivery", {}).get("payload_kind"),
            }
            for key, entry in spec["providers"].items()
        },
        "payloads": {key: {"provider": kind["provider"]} for key, kind in spec["payloads"].items()},
    }


@functools.cache
def _kept() -> dict[str, Any]:
    """The index file's content for the spec as it is now, written first where it is missing or
    was written from another spec."""
    data = SPEC.read_bytes()
    # The spec's bytes and this module's: a change to what the index holds writes it again.
    digest = hashlib.sha256(data + Path(__file__).read_bytes()).hexdigest()
    try:
        kept: dict[str, Any] = json.loads(INDEX.read_text(encoding="utf-8"))
        if kept["spec"] == digest:
            return kept
    except (OSError, ValueError, KeyError, TypeError):
        pass
    spec = json.loads(data)
    examples = {key: kind["examples"] for key, kind in spec["payloads"].items()}
    kept = {"spec": digest, "index": _read(spec), "examples": examples}
    INDEX.parent.mkdir(parents=True, exist_ok=True)
    # Written whole, then put in place: a process that reads it meanwhile reads the old one.
    with tempfile.NamedTemporaryFile("w", dir=INDEX.parent, delete=False, suffix=".tmp") as out:
        json.dump(kept, out)
    os.replace(out.name, INDEX)
    return kept


def spec_index() -> dict[str, Any]:
    """The index of the spec as it is now (see the module's docstring); shared, not to be
    changed."""
    index: dict[str, Any] = _kept()["index"]
    return index


def examples(kind: str) -> list[dict[str, Any]]:
    """A fresh copy of the published examples of the payload kind `kind`, as the spec lists them."""
    found: list[dict[str, Any]] = marshal.loads(marshal.dumps(_kept()["examples"][kind]))
    return found


def every_example() -> list[tuple[str, dict[str, Any]]]:
    """Every payload kind's examples (fresh copies), with their kind, in the spec's order."""
    return [(kind, example) for kind in spec_index()["payloads"] for example in examples(kind)]


def providers(**having: object) -> list[str]:
    """The providers whose index entry has each of the values given (signing="hmac"), in the
    spec's order; `delivers=True` for the providers that deliver webhooks."""
    found = []
    for key, entry in spec_index()["providers"].items():
        if all(
            bool(entry[name]) if wanted is True else entry[name] == wanted
            for name, wanted in having.items()
        ):
            found.append(key)
    return found
