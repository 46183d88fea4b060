"""The validators of the webhook payload kinds in the TypeScript package: the JSON Schemas of
each kind that a provider delivers (lenient and strict), compiled to standalone JavaScript by
ajv (codegen/validators.mjs, with the generator's Node tools), one validator per union member,
so that the receiver picks the member by its tag field as bankcodes.payloads does. Only the
webhooks entry point imports the module."""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

from codegen import naming, paths, reuse
from codegen.errors import OutputError
from codegen.model import MODES, Catalog, PayloadKind, UnionDef
from codegen.render import render
from codegen.schema import document

SCRIPT = paths.CODEGEN / "validators.mjs"
#: The module under src/ (without .ts).
MODULE = naming.TS_VALIDATORS_MODULE
TEMPLATE = "typescript/webhook-validators.ts.j2"


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


def validators_module(catalog: Catalog, request: str, inputs: str) -> str:
    """The TypeScript module of the validators (run by the target's post-step), compiled by
    ajv from `request`, recording the digest of its inputs."""
    node = shutil.which("node")
    if node is None or not (paths.NODE_TOOLS / "ajv").is_dir():
        raise OutputError("the webhook validators need Node and ajv: run make setup")
    result = subprocess.run(
        [node, str(SCRIPT)], input=request.encode("utf-8"), capture_output=True, check=False
    )
    if result.returncode != 0:
        detail = result.stderr.decode(errors="replace").strip()
        raise OutputError(f"compiling the webhook validators failed: {detail}")
    code = result.stdout.decode("utf-8")
    return render(
        TEMPLATE,
        header=catalog.header,
        record=reuse.record("//", inputs),
        code=code.rstrip(),
    )
