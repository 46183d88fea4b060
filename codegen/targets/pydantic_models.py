"""Target: pydantic v2 models of the payloads in generated/python/bankcodes/webhooks/, written by
datamodel-code-generator from the JSON Schemas of the json_schemas target (built here in memory
from the same model, so they match the committed schemas).

datamodel-code-generator is configured rather than patched:

- every scalar and code definition of a schema carries `x-python-import`, so that its fields are
  typed with the aliases of webhooks/_types.py and webhooks/<provider>/_codes.py (rendered here):
  a code field holds the bankcodes enum member (or, lenient, an UnknownCode), free-form JSON is
  one bounded value, numbers are finite; no enum, RootModel or union is generated for them,
  and such a definition is given as its title, type and import alone;
- a `validators` entry gives each optional field that may not be null a before-validator
  (bankcodes._pydantic.not_null), since pydantic types an optional field as `X | None`;
- a lenient object with an optional code field is based on bankcodes._pydantic.CodeFieldsModel
  (`base_class_map`), which reads "" there as no code (the field absent);
- fields keep their wire names, and a type may not be named like a field of its kind (a rule),
  so that nothing is renamed with a suffix.

The root unions stay plain RootModels: bankcodes.payloads dispatches on the tag itself and
validates only the member it picks.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import metadata
from pathlib import Path
from typing import Any

from codegen import reuse
from codegen import schema as schemas
from codegen.errors import OutputError
from codegen.filters import py_literal
from codegen.incremental import per_provider
from codegen.model import (
    MODES,
    ArrayType,
    Catalog,
    CodeSet,
    CodeType,
    EnumType,
    FieldType,
    KeysType,
    Mode,
    PayloadKind,
    ProviderRef,
    UnionDef,
)
from codegen.naming import INTEGER, JSON_VALUE, NUMBER, TEXT, TIMESTAMP, URL
from codegen.pyformat import LINE_LENGTH, format_python
from codegen.render import render
from codegen.targets import json_schemas
from codegen.targets import python_records as records
from codegen.targets.python_constants import Constant
from codegen.targets.target import Files, Target

ROOT = "generated/python/bankcodes/webhooks"
PACKAGE = "bankcodes.webhooks"
TYPES = f"{PACKAGE}._types"
#: The function that rejects null in an optional, non-nullable field.
NOT_NULL = "bankcodes._pydantic.not_null"
#: The base of every model: dumps give back the JSON a model was read from.
BASE_CLASS = "bankcodes._pydantic.PayloadModel"
#: The base of a lenient model with an optional code field, where "" is read as no code.
CODE_FIELDS_CLASS = "bankcodes._pydantic.CodeFieldsModel"


def _module_path(kind: PayloadKind, mode: Mode) -> str:
    return f"{ROOT}/{kind.provider.id}/{kind.model_module(mode).rsplit('.', 1)[1]}.py"


def codes_module(provider: ProviderRef) -> str:
    return f"{PACKAGE}.{provider.id}._codes"


def python_code_name(code_sets: tuple[CodeSet, ...]) -> str:
    """The Python alias of a combination of code sets: their class names joined with "Or"."""
    return "Or".join(code_set.class_name for code_set in code_sets)


def _code_types(catalog: Catalog) -> list[CodeType]:
    """Every combination of code sets a payload field names, each once, in catalog order."""
    found: dict[tuple[int, ...], CodeType] = {}
    for kind in catalog.payloads:
        for obj in kind.objects:
            for f in obj.fields:
                for code_type in _codes_in(f.type):
                    found.setdefault(tuple(id(cs) for cs in code_type.code_sets), code_type)
    return list(found.values())


def _enums_in(field_type: FieldType) -> list[EnumType]:
    if isinstance(field_type, EnumType):
        return [field_type]
    if isinstance(field_type, ArrayType):
        return _enums_in(field_type.item)
    if isinstance(field_type, KeysType):
        return _enums_in(field_type.values)
    return []


def _codes_in(field_type: FieldType) -> list[CodeType]:
    if isinstance(field_type, CodeType):
        return [field_type]
    if isinstance(field_type, ArrayType):
        return _codes_in(field_type.item)
    if isinstance(field_type, KeysType):
        return [field_type.keys, *_codes_in(field_type.values)]
    return []


def _imports(catalog: Catalog) -> dict[str, tuple[str, str]]:
    """The Python type (module, name) of each scalar and code definition a kind's schema may
    hold, for every kind of the catalog."""
    imports: dict[str, tuple[str, str]] = {
        name: (TYPES, name) for name in (TEXT, URL, TIMESTAMP, NUMBER, INTEGER)
    }
    for level in range(1, catalog.payload_limits.max_depth + 1):
        name = JSON_VALUE if level == 1 else f"{JSON_VALUE}{level}"
        imports[name] = (TYPES, name)
    for code_type in _code_types(catalog):
        sets = code_type.code_sets
        name = schemas.code_type_name(code_type)
        module = codes_module(sets[0].provider)
        for code_set in sets:
            imports[code_set.ts_name] = (code_set.python_module, code_set.class_name)
        if len(sets) > 1:
            imports[name] = (module, python_code_name(sets))
        imports[name + "OrUnknown"] = (module, python_code_name(sets) + "OrUnknown")
    return imports


#: What datamodel-code-generator is given of a definition it imports instead of generating,
#: beside the import.
IMPORTED_KEYS = ("title", "type")


def _annotated(
    catalog: Catalog, kind: PayloadKind, mode: Mode, imports: dict[str, tuple[str, str]]
) -> dict[str, Any]:
    """The kind's schema with the Python type of each scalar and code definition (`imports`,
    with the kind's enumerations): such a definition is given as its title, type and import
    alone, since datamodel-code-generator generates nothing from the rest (a code set's codes)."""
    document = schemas.document(catalog, kind, mode)
    defs = dict(document["$defs"])
    imports = dict(imports)
    for obj in kind.objects:
        for f in obj.fields:
            for enum in _enums_in(f.type):
                imports[enum.name + "OrOther"] = (TYPES, TEXT)
    for type_def in kind.types:
        if isinstance(type_def, UnionDef):
            # The schema picks a member by an if/then/else chain on the tag; the model of the
            # union is a RootModel of the same members (bankcodes.payloads dispatches itself).
            members = [*type_def.variants, *((type_def.fallback,) if mode == "lenient" else ())]
            defs[type_def.name] = {
                "title": type_def.name,
                "description": type_def.description,
                "anyOf": [{"$ref": f"#/$defs/{member.name}"} for member in members],
            }
    for name, definition in defs.items():
        if name in imports:
            module, python_name = imports[name]
            kept = {key: definition[key] for key in IMPORTED_KEYS if key in definition}
            defs[name] = {**kept, "x-python-import": {"module": module, "name": python_name}}
    return {**document, "$defs": defs}


def _python_names(kind: PayloadKind) -> dict[str, str]:
    """The Python name of each field whose wire name is no identifier (a query parameter's
    request-id): its other characters made underscores, one more underscore while that is the
    name of another field of the kind (request-id beside request_id)."""
    names = {f.name for obj in kind.objects for f in obj.fields}
    renamed: dict[str, str] = {}
    for name in sorted(n for n in names if not n.isidentifier()):
        python = re.sub(r"\W", "_", name)
        while python in names or python in renamed.values():
            python += "_"
        renamed[name] = python
    return renamed


def _not_null_validators(kind: PayloadKind) -> dict[str, Any]:
    """datamodel-code-generator's validators: optional, non-nullable fields reject null (a
    free-form JSON field takes null as one of its values)."""
    config: dict[str, Any] = {}
    python = _python_names(kind)
    for obj in kind.objects:
        fields = [
            python.get(f.name, _attribute(f.name))
            for f in obj.fields
            if not f.required and not f.nullable and f.type != "json"
        ]
        if fields:
            config[obj.name] = {
                "validators": [{"fields": fields, "function": NOT_NULL, "mode": "before"}]
            }
    return config


def _attribute(name: str) -> str:
    """The model's attribute of a field: datamodel-code-generator names one that starts with an
    underscore (GraphQL's __typename) field__typename, its alias the field's own name."""
    return "field" + name if name.startswith("_") else name


def _base_classes(kind: PayloadKind, mode: Mode) -> dict[str, str | list[str]]:
    """datamodel-code-generator's base_class_map: the lenient objects with an optional code
    field read "" there as no code (strict ones accept only known codes)."""
    if mode != "lenient":
        return {}
    return {
        obj.name: CODE_FIELDS_CLASS
        for obj in kind.objects
        if any(isinstance(f.type, CodeType) and not f.required for f in obj.fields)
    }


URL_LIMIT = schemas.URL_MAX_LENGTH


def _types_module(catalog: Catalog) -> str:
    limits = catalog.payload_limits
    aliases = [
        (TEXT, "str", f"StringConstraints(strict=True, max_length={limits.max_string_length})"),
        (URL, "str", f"PatternText({py_literal(schemas.URL_PATTERN)}, {URL_LIMIT})"),
        (TIMESTAMP, "str", f"PatternText({py_literal(schemas.TIMESTAMP_PATTERN)}, 64)"),
        (NUMBER, "float", "FiniteNumber"),
        (INTEGER, "int", "JsonInteger"),
    ]
    for level in range(1, limits.max_depth + 1):
        name = JSON_VALUE if level == 1 else f"{JSON_VALUE}{level}"
        depth = limits.max_depth - level + 1
        aliases.append((name, "_JsonValue", f"BoundedJson({depth}, {limits.max_string_length})"))
    return render("python/model_types.py.j2", header=catalog.header, aliases=aliases)


def _codes_modules(catalog: Catalog) -> dict[str, str]:
    by_provider: dict[str, list[tuple[str, str, str]]] = {}
    imports: dict[str, set[str]] = {}
    for code_type in _code_types(catalog):
        sets = code_type.code_sets
        provider = sets[0].provider
        classes = ", ".join(f"_{cs.provider.module}.{cs.class_name}" for cs in sets)
        union = " | ".join(f"_{cs.provider.module}.{cs.class_name}" for cs in sets)
        rows = by_provider.setdefault(provider.id, [])
        name = python_code_name(sets)
        if len(sets) > 1:
            rows.append((name, union, f"KnownCode({classes})"))
        limit = catalog.payload_limits.max_string_length
        rows.append(
            (
                f"{name}OrUnknown",
                f"{union} | UnknownCode",
                f"OpenCode({classes}, max_length={limit})",
            )
        )
        imports.setdefault(provider.id, set()).update(cs.provider.module for cs in sets)
    return {
        f"{ROOT}/{provider_id}/_codes.py": render(
            "python/model_codes.py.j2",
            header=catalog.header,
            modules=sorted(imports[provider_id]),
            markers=sorted({marker.partition("(")[0] for _, _, marker in rows}),
            aliases=rows,
        )
        for provider_id, rows in by_provider.items()
    }


def _defer_root(module: Path, root: str) -> None:
    """Base a kind's union model on PayloadRoot, whose validator is built on first use.

    datamodel-code-generator applies `base_class` and `base_class_map` to object models only;
    a root model's base is always `RootModel`, so the header of that one class is rewritten."""
    text = module.read_text(encoding="utf-8")
    header = re.compile(rf"^class {re.escape(root)}\(\s*RootModel\[", re.MULTILINE)
    if not header.search(text):
        return  # the kind's root is an object model, already based on PayloadModel
    text = header.sub(lambda match: match.group(0).replace("RootModel[", "PayloadRoot["), text)
    text = _edit_import(module, text, "bankcodes._pydantic", add="PayloadRoot")
    if "RootModel[" not in text:
        text = _edit_import(module, text, "pydantic", remove="RootModel")
    module.write_text(text, encoding="utf-8")


def _edit_import(module: Path, text: str, source: str, *, add: str = "", remove: str = "") -> str:
    line = re.compile(rf"^from {re.escape(source)} import ([A-Za-z_, ]+)$", re.MULTILINE)
    match = line.search(text)
    if match is None:
        raise OutputError(f"{module}: no one-line import from {source} to edit")
    names = {*match.group(1).split(", "), add} - {remove, ""}
    return text[: match.start(1)] + ", ".join(sorted(names)) + text[match.end(1) :]


def _package_doc(kinds: list[PayloadKind]) -> str:
    lines = [
        "Pydantic v2 models of the payloads, generated by datamodel-code-generator from the JSON",
        "Schemas in generated/jsonschema/ (one module per payload kind, and a strict variant of",
        "each). Validate with `bankcodes.payloads.validate`.",
        "",
    ]
    for kind in kinds:
        modules = f"{kind.model_module('lenient')} / {kind.model_module('strict')}"
        lines.append(f"- {modules}: {kind.title} ({kind.id})")
    return "\n".join(lines)


def render_files(catalog: Catalog) -> Files:
    """The package files; the model modules themselves are written by the post-step."""
    files = {
        f"{ROOT}/__init__.py": render(
            "python/data_module.py.j2",
            header=catalog.header,
            doc=_package_doc(list(catalog.payloads)),
            imports=(),
            constants=(),
        ),
        f"{ROOT}/_types.py": _types_module(catalog),
        **_codes_modules(catalog),
    }
    for provider in catalog.providers:
        if provider.payloads:
            kinds = {kind.id: records.payload_kind(kind) for kind in provider.payloads}
            literal = py_literal(kinds)
            files[f"{ROOT}/{provider.id}/__init__.py"] = render(
                "python/data_module.py.j2",
                header=catalog.header,
                doc=_package_doc(list(provider.payloads)),
                imports=(_kinds_import(literal),),
                constants=(Constant("KINDS", KINDS_TYPE, literal, KINDS_COMMENT),),
            )
    return files


def _kinds_import(literal: str) -> str:
    """The import of the records a provider's KINDS (`literal`) builds, and of their type."""
    used = [name for name in KIND_RECORDS if f"{name}(" in literal]
    return f"from bankcodes._kinds import {', '.join(sorted({*used, 'PayloadKindInfo'}))}"


#: The records a provider's package of kinds may build (bankcodes._kinds).
KIND_RECORDS = ("CodeField", "Embedded", "Member", "PayloadKindInfo", "Recognition")
KINDS_TYPE = "dict[str, PayloadKindInfo]"
KINDS_COMMENT = "Kind -> where its models are and how its root model is chosen."


def generate_models(catalog: Catalog, staging: Path, previous: Path | None) -> list[str]:
    """Run datamodel-code-generator on every schema, then format what this target wrote; the
    modules left as they are because their inputs are those recorded in the module the
    generation replaces (codegen.reuse)."""
    written = [staging / relative for relative in render_files(catalog) if relative.endswith(".py")]
    kept = []
    for kind in catalog.payloads:
        for mode in MODES:
            relative = _module_path(kind, mode)
            line = reuse.record("#", _inputs(catalog, kind, mode))
            if reuse.take_back(previous, relative, line):
                kept.append(relative)
                continue
            options = _options(catalog, kind, mode)
            options["header"] += "\n" + line
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            _generate(options, target, f"{json_schemas.ROOT}/{kind.schema_file(mode)}")
            _defer_root(target, kind.root.name)
            written.append(target)
    format_python(*written)
    return kept


def _options(catalog: Catalog, kind: PayloadKind, mode: Mode) -> dict[str, Any]:
    """What datamodel-code-generator is given for a kind's module in `mode`."""
    schema = f"{json_schemas.ROOT}/{kind.schema_file(mode)}"
    return {
        "schema": _annotated(catalog, kind, mode, _catalog_imports(catalog)),
        "header": f"# generated by datamodel-code-generator from {schema}, itself {catalog.header}",
        "class_name": kind.root.name,
        "validators": _not_null_validators(kind),
        "base_class_map": _base_classes(kind, mode),
    } | ({"aliases": renamed} if (renamed := _python_names(kind)) else {})


@per_provider
def _inputs(catalog: Catalog, kind: PayloadKind, mode: Mode) -> str:
    """The digest of what datamodel-code-generator reads for a kind's module in `mode`."""
    options = json.dumps(_options(catalog, kind, mode), sort_keys=True)
    generator = metadata.version("datamodel-code-generator")
    return reuse.digest(options, generator, Path(__file__).read_bytes())


@functools.lru_cache(maxsize=1)
def _catalog_imports(catalog: Catalog) -> dict[str, tuple[str, str]]:
    return _imports(catalog)


def _generate(options: dict[str, Any], target: Path, schema: str) -> None:
    from datamodel_code_generator import LiteralType, generate
    from datamodel_code_generator.enums import (
        DataModelType,
        FieldTypeCollisionStrategy,
        InputFileType,
        StrictTypes,
    )
    from datamodel_code_generator.format import Formatter, PythonVersion

    try:
        generate(
            json.dumps(options["schema"]),
            input_file_type=InputFileType.JsonSchema,
            input_filename=Path(schema).name,
            output=target,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_311,
            formatters=[Formatter.BUILTIN],
            builtin_format_line_length=LINE_LENGTH,
            disable_timestamp=True,
            custom_file_header=options["header"],
            class_name=options["class_name"],
            use_annotated=True,
            disable_future_imports=True,
            field_constraints=True,
            strict_nullable=True,
            use_union_operator=True,
            use_standard_collections=True,
            enum_field_as_literal=LiteralType.All,
            field_type_collision_strategy=FieldTypeCollisionStrategy.RenameType,
            validators=options["validators"],
            aliases=options.get("aliases"),
            use_schema_description=True,
            use_field_description=True,
            base_class=BASE_CLASS,
            base_class_map=options["base_class_map"],
            strict_types=[StrictTypes.bool],
        )
    except Exception as error:
        raise OutputError(f"datamodel-code-generator failed on {schema}: {error}") from error


TARGET = Target(name="pydantic_models", roots=(ROOT,), render=render_files, finish=generate_models)
