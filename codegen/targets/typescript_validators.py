"""The validators of the webhook payload kinds in the TypeScript package: the JSON Schemas of
each kind that a provider delivers (lenient and strict), compiled to standalone JavaScript by
ajv (codegen/validators.mjs, with the generator's Node tools), one validator per union member,
so that the receiver picks the member by its tag field as bankcodes.payloads does. Each kind's
are a module of their own (webhook-validators-<kind>), so that a provider's receiver bundles its
own alone; webhook-validators.ts gathers them for the receiver of every provider. Only the
webhook entry points import them."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from codegen import naming, paths, reuse
from codegen.errors import OutputError
from codegen.filters import ts_str
from codegen.model import MODES, Catalog, PayloadKind, UnionDef
from codegen.render import render
from codegen.schema import document

SCRIPT = paths.CODEGEN / "validators.mjs"
#: The module under src/ (without .ts) that gathers every kind's validators.
MODULE = naming.TS_VALIDATORS_MODULE
#: The template of a kind's module (ajv's code) and of the module gathering them.
TEMPLATE = "typescript/webhook-validators-kind.ts.j2"
GATHERING = "typescript/webhook-validators.ts.j2"


def kind_module(kind: PayloadKind) -> str:
    """The module under src/ (without .ts) of one kind's validators."""
    return f"{MODULE}-{re.sub(r'[^a-z0-9]+', '-', kind.id.lower()).strip('-')}"


def gathering_module(catalog: Catalog) -> str:
    """webhook-validators.ts: every delivered kind's validators, by kind."""
    kinds = delivered_kinds(catalog)
    names = [f"v{index}" for index in range(len(kinds))]
    return render(
        GATHERING,
        header=catalog.header,
        modules=[(name, kind_module(kind)) for name, kind in zip(names, kinds, strict=True)],
        kinds=[(ts_str(kind.id), name) for name, kind in zip(names, kinds, strict=True)],
    )


def delivered_kinds(catalog: Catalog) -> list[PayloadKind]:
    """The payload kinds of the providers' webhook deliveries, each once, in provider order."""
    kinds: dict[str, PayloadKind] = {}
    for provider in catalog.providers:
        if provider.delivery is not None:
            kinds.setdefault(provider.delivery.kind.id, provider.delivery.kind)
    return list(kinds.values())


def _entry(catalog: Catalog, kind: PayloadKind) -> dict[str, Any]:
    root = kind.root
    if not isinstance(root, UnionDef):  # the spec's rules require a union (its event type)
        raise OutputError(f"{kind.id} is delivered as webhooks but is not a tagged union")
    variants = []
    for variant in root.variants:
        assert variant.tag is not None, "every variant of a union has its tag"
        variants.append([variant.tag[1], variant.name])
    return {
        "kind": kind.id,
        "tag": root.tag.name,
        "variants": variants,
        "fallback": root.fallback.name,
        "schemas": {mode: document(catalog, kind, mode) for mode in MODES},
    }


def request(catalog: Catalog) -> tuple[str, str]:
    """What the compiling script reads (JSON), and the digest of everything the module is made
    from: that request, the script, ajv's version, the template and the header."""
    text = json.dumps({"kinds": [_entry(catalog, kind) for kind in delivered_kinds(catalog)]})
    ajv = paths.NODE_TOOLS / "ajv" / "package.json"
    try:
        version = json.loads(ajv.read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError) as error:
        raise OutputError("the webhook validators need Node and ajv: run make setup") from error
    template = paths.TEMPLATES / TEMPLATE
    return text, reuse.digest(
        text, SCRIPT.read_bytes(), str(version), template.read_bytes(), catalog.header
    )


def finish(catalog: Catalog, staging: Path, previous: Path | None, src: str) -> list[str]:
    """Write each kind's validators under `src`, as ajv compiles them, or leave them as the tree
    being replaced holds them when their inputs are unchanged (codegen.reuse; ajv runs once for
    all when any is missing); those left."""
    request_text, inputs = request(catalog)
    line = reuse.record("//", inputs)
    relative = {
        kind_module(kind): f"{src}/{kind_module(kind)}.ts" for kind in delivered_kinds(catalog)
    }
    if all(reuse.take_back(previous, path, line) for path in relative.values()):
        return list(relative.values())
    for module, text in validators_modules(catalog, request_text, inputs).items():
        (staging / relative[module]).parent.mkdir(parents=True, exist_ok=True)
        (staging / relative[module]).write_bytes(text.encode("utf-8"))
    return []


def validators_modules(catalog: Catalog, request: str, inputs: str) -> dict[str, str]:
    """The TypeScript module of each kind's validators, by module name (run by the target's
    post-step), compiled by ajv from `request`, each recording the digest of their inputs."""
    node = shutil.which("node")
    if node is None or not (paths.NODE_TOOLS / "ajv").is_dir():
        raise OutputError("the webhook validators need Node and ajv: run make setup")
    result = subprocess.run(
        [node, str(SCRIPT)], input=request.encode("utf-8"), capture_output=True, check=False
    )
    if result.returncode != 0:
        detail = result.stderr.decode(errors="replace").strip()
        raise OutputError(f"compiling the webhook validators failed: {detail}")
    codes: dict[str, str] = json.loads(result.stdout.decode("utf-8"))
    return {
        kind_module(kind): render(
            TEMPLATE,
            header=catalog.header,
            record=reuse.record("//", inputs),
            kind=kind.id,
            code=codes[kind.id].rstrip(),
        )
        for kind in delivered_kinds(catalog)
    }
