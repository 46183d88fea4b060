"""Target: the JSON Schemas of the payload kinds (codegen.schema) in generated/jsonschema/, a
lenient and a strict one per kind, and index.json listing them."""

from __future__ import annotations

from codegen.filters import json_text
from codegen.incremental import per_provider
from codegen.model import MODES, Catalog, Mode, PayloadKind
from codegen.schema import document
from codegen.targets.target import Files, Target

ROOT = "generated/jsonschema"


def render_files(catalog: Catalog) -> Files:
    files: dict[str, str] = {}
    index: list[dict[str, object]] = []
    for kind in catalog.payloads:
        for mode in MODES:
            files[f"{ROOT}/{kind.schema_file(mode)}"] = _schema(catalog, kind, mode)
        entry: dict[str, object] = {
            "kind": kind.id,
            "provider": kind.provider.id,
            "title": kind.title,
        }
        for mode in MODES:
            entry[mode] = {"$id": kind.schema_id(mode), "path": kind.schema_file(mode)}
        index.append(entry)
    files[f"{ROOT}/index.json"] = json_text(
        {"$comment": catalog.header, "spec_version": catalog.spec_version, "schemas": index}
    )
    return files


@per_provider
def _schema(catalog: Catalog, kind: PayloadKind, mode: Mode) -> str:
    return json_text(document(catalog, kind, mode))


TARGET = Target(name="json_schemas", roots=(ROOT,), render=render_files)
