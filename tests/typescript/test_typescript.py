"""The generated TypeScript package: strict type checks (with an exhaustive consumer), runtime
tests with node --test, an npm pack/install round trip, and parity with the Python enums."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from bankcodes._code_facts import CodeFacts, LifecycleFacts
from bankcodes._record import Record
from codegen import loader
from codegen.model import AnyOfDef, CodeType, ObjectDef, RefType, UnionDef
from tests.conftest import FOURTH_SPEC, Build
from tests.support.helpers import (
    JS,
    SPEC,
    install_package,
    package_site,
    run_codegen,
    run_node,
    spec_data,
)
from tests.support.typescript import (
    COMPILERS,
    PACKAGE,
    PACKAGE_FOLDER,
    compile_node_app,
    consumer_project,
    tsc,
)


@pytest.fixture(scope="module")
def dist(typescript_dist: Path) -> Path:
    return typescript_dist


def test_an_exhaustive_consumer_type_checks(tmp_path: Path) -> None:
    consumer = (JS / "consumer.ts").read_text()
    result = tsc(consumer_project(tmp_path, consumer))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_missing_case_fails_the_never_check(tmp_path: Path) -> None:
    consumer = (JS / "consumer.ts").read_text()
    broken = consumer.replace("    case FlinksConnectError.INVALID_LOGIN:\n", "", 1)
    assert broken != consumer
    result = tsc(consumer_project(tmp_path, broken))
    assert result.returncode != 0
    assert "not assignable to type 'never'" in result.stdout


def test_runtime_behaviour_with_node_test(dist: Path) -> None:
    result = subprocess.run(
        ["node", "--test", str(JS / "index.test.mjs")],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "BANKCODES_DIST": str(dist)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# fail 0" in result.stdout
    assert "# pass 15" in result.stdout


@pytest.fixture(scope="module")
def dump(dist: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(run_node("dump_constants.mjs", str(dist)))
    return data


def test_typescript_and_python_hold_the_same_codes_and_metadata(
    dump: dict[str, Any], dist: Path
) -> None:
    assert dump["version"] == bankcodes.SPEC_VERSION
    # The package carries the site's address (make packages SITE_URL=…); this view none.
    site = package_site(dist)
    python_sets = {}
    for entry in spec_data()["providers"].values():
        module = getattr(bankcodes, entry["module"])
        prefix = entry["type_prefix"]
        for enum_class in module.CODE_SETS:
            python_sets[prefix + enum_class.__name__] = enum_class
    assert set(dump["sets"]) == set(python_sets)
    for name, enum_class in python_sets.items():
        ts = dump["sets"][name]
        assert ts["members"] == {member.name: member.value for member in enum_class}, name
        for member in enum_class:
            info = ts["info"][str(member.value)]
            assert info == {
                # The identifier, where it is not the wire value (a number's name).
                **({"name": member.name} if member.name != str(member.value) else {}),
                "description": member.description,
                "message": member.message,
                "category": member.category.value,
                "retryable": member.retryable,
                "endUserCanRetry": member.end_user_can_retry,
                "advice": member.advice,
                **(
                    {"adviceTranslations": member.info.advice_translations}
                    if member.info.advice_translations
                    else {}
                ),
                **(
                    {
                        "endUser": {
                            language: {"message": words.message, "action": words.action}
                            for language, words in member.info.end_user.items()
                        }
                    }
                    if member.info.end_user
                    else {}
                ),
                **(
                    {"messageTranslations": member.info.message_translations}
                    if member.info.message_translations
                    else {}
                ),
                "userMessage": member.user_message,
                **(
                    {"userMessageTranslations": member.info.user_message_translations}
                    if member.info.user_message_translations
                    else {}
                ),
                **({} if member.info.user_message_offered else {"userMessageOffered": False}),
                "httpStatuses": list(member.http_statuses),
                "sources": [source.id for source in member.sources],
                "deprecated": member.deprecated,
                **(
                    {"lifecycle": _ts_lifecycle(member.info.lifecycle)}
                    if member.info.lifecycle
                    else {}
                ),
                "aliases": list(member.aliases),
                "wording": _ts_wording(member.info),
                "docUrl": site + str(member.info.page),
                **(
                    {"nextStatuses": [status.value for status in member.next_statuses]}
                    if member.next_statuses is not None
                    else {}
                ),
                **_ts_facts(member.info, CodeFacts),
            }, (name, member.value)
            for alias in member.aliases:
                assert ts["aliases"][alias] == member.value


def _ts_facts(record: object, base: type[Record]) -> dict[str, Any]:
    """The facts the spec declares once that a Python record carries (the fields of its
    generated base), as the TypeScript metadata must carry them: by their camelCase names, a
    fact the item lacks left out."""
    names = {name: re.sub(r"_([a-z])", lambda m: m[1].upper(), name) for name in base.__slots__}
    values = {names[name]: getattr(record, name) for name in names}
    return {name: _as_json(value) for name, value in values.items() if value is not None}


def _as_json(value: object) -> object:
    """A fact's value as JSON holds it: a tuple as a list, sources by fact as lists by fact."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    return value


def _ts_lifecycle(lifecycle: bankcodes.Lifecycle) -> dict[str, Any]:
    """The lifecycle the TypeScript metadata must carry, from Python's."""
    return {
        "state": lifecycle.state,
        "note": lifecycle.note,
        **_ts_facts(lifecycle, LifecycleFacts),
    }


def _ts_wording(info: bankcodes.CodeInfo) -> dict[str, Any]:
    """The wording the TypeScript metadata must carry, from Python's: the texts it holds."""
    keys = {
        "description": "description",
        "message": "message",
        "message_translations": "messageTranslations",
        "advice": "advice",
        "advice_translations": "adviceTranslations",
        "user_message": "userMessage",
        "user_message_translations": "userMessageTranslations",
    }
    wording = {
        keys[w.field]: {"by": w.by, "sources": [source.id for source in w.sources]}
        for w in info.wording
        if w.field in keys
    }
    return {"description": wording.get("description", wording.get("message")), **wording}


def test_typescript_and_python_share_the_taxonomy_and_classify(dump: dict[str, Any]) -> None:
    assert dump["categories"] == {c.name: c.value for c in bankcodes.Category}
    for category in bankcodes.Category:
        info = dump["categoryInfo"][category.value]
        assert info["title"] == category.label
        assert info["retryable"] is category.retryable
        assert info["actor"] == category.actor.value
        assert info["action"] == category.action
    for provider, table in dump["classify"].items():
        for code, category in table.items():
            assert category == bankcodes.classify(provider, code).value, (provider, code)
    assert dump["sources"]["seed-000"]["url"] == bankcodes.lean.SecondaryStatus.OK.source.url


DOC_MEMBER = re.compile(
    r"/\*\*(?P<doc>(?:(?!\*/).)*)\*/\s*readonly (?P<name>[^:]+): "
    r"(?P<value>\"(?:[^\"\\]|\\.)*\"|-?[0-9]+);",
    re.S,
)


def _member_docs(declarations: str, constant: str) -> dict[str, str]:
    """Wire value -> the TSDoc text of each member of `constant` in a .d.ts file."""
    start = declarations.index(f"export declare const {constant}: {{")
    end = declarations.index("\n};", start)
    return {
        json.loads(match["value"]): " ".join(
            line.strip().lstrip("*").strip() for line in match["doc"].splitlines()
        ).strip()
        for match in DOC_MEMBER.finditer(declarations[start:end])
    }


def test_every_code_constant_documents_itself_on_hover(dist: Path) -> None:
    spec = spec_data()
    checked = 0
    for provider in spec["providers"].values():
        declarations = (dist / f"{provider['module']}.d.ts").read_text(encoding="utf-8")
        for code_set in provider["code_sets"].values():
            docs = _member_docs(declarations, provider["type_prefix"] + code_set["class_name"])
            for code in code_set["codes"]:
                doc = docs[code["value"]]  # a number where the code travels as one
                text = code.get("description") or code.get("message")
                assert " ".join(text.split())[:40] in doc, (code["value"], doc)
                category = code.get("category") or code_set.get("category")
                retryable = code.get("retryable", spec["categories"][category]["retryable"])
                assert f"Category: {category} " in doc
                assert f"retryable: {'yes' if retryable else 'no'}." in doc
                assert ("@deprecated" in doc) == ("lifecycle" in code), code["value"]
                whose = "bankcodes' wording" if code.get("editorial") else "published text"
                first = "description" if "description" in code else "message"
                assert re.search(f"Whose words: {first}: [^;]*{whose}", doc), doc
                checked += 1
    assert checked == sum(
        len(cs["codes"]) for p in spec["providers"].values() for cs in p["code_sets"].values()
    )


def test_every_published_example_type_checks_against_its_payload_type(
    tmp_path: Path, typescript_installed: Path
) -> None:
    catalog = loader.load()
    lines = ['import type * as bankcodes from "bankcodes";']
    count = 0
    for kind in catalog.payloads:
        for example in kind.examples:
            data = json.dumps(example.data, ensure_ascii=False)
            lines.append(f"export const example{count}: bankcodes.{kind.root.ts_name} = {data};")
            count += 1
    assert count >= 25
    app = tmp_path / "app"
    install_package(app, typescript_installed)
    (app / "examples.ts").write_text("\n".join(lines) + "\n")
    compiled = compile_node_app(app, ["examples.ts"], noEmit=True)
    assert compiled.returncode == 0, compiled.stdout
    # And a wrong type where a code belongs is refused.
    (app / "examples.ts").write_text(
        'import type { LeanCallbackData } from "bankcodes";\n'
        "export const wrong: LeanCallbackData = { status: 42 };\n"
    )
    assert "not assignable" in tsc(app).stdout


IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def _member(name: str) -> str:
    """How TypeScript code reads the property `name`: `.name`, or `["name"]`."""
    return f".{name}" if IDENTIFIER.fullmatch(name) else f"[{json.dumps(name)}]"


def _own_field(union: UnionDef) -> tuple[ObjectDef, list[str]] | None:
    """The first variant with a field the base does not have, and the path to that field: one
    the variant adds, else one inside an object field the variant gives a type of its own."""
    base = {f.name: f for f in union.base.fields}
    for variant in union.variants:
        for f in variant.fields:
            if f.name not in base:
                return variant, [f.name]
        for f in variant.fields:
            if isinstance(f.type, RefType) and f is not base[f.name] and f.required:
                inner = [g.name for g in f.type.target.fields if g.type != "json"]
                if inner and not f.nullable:
                    return variant, [f.name, inner[0]]
    return None


def _narrowing_code(union: UnionDef) -> str:
    """An app's handler of `union`: one variant read after `if` and in a `switch` on the tag, a
    case for every other tag (those of the fallback's known values narrow to the fallback), and
    what the catalog does not know handled in `default:`."""
    name = union.ts_name
    fallback = union.fallback.ts_name
    tag = _member(union.tag.name)
    found = _own_field(union)
    variant = found[0] if found else union.variants[0]
    assert variant.tag is not None
    chosen = json.dumps(variant.tag[1])
    read = [f"const narrowed: bankcodes.{variant.ts_name} = webhook;"]
    if found:
        path = "".join(f"[{json.dumps(part)}]" for part in found[1])
        access = "".join(_member(part) for part in found[1])
        read.append(f"const value: bankcodes.{variant.ts_name}{path} = webhook{access};")
        read.append("return [narrowed, value];")
    else:
        read.append("return narrowed;")
    tags = [other.tag[1] for other in union.variants if other.tag is not None]
    others = "".join(f"    case {json.dumps(t)}:\n" for t in tags if t != variant.tag[1])
    if others:
        others += f"      return webhook{tag};\n"
    code_type = union.tag.type
    assert isinstance(code_type, CodeType)
    spellings = [s for c in code_type.codes for s in (c.value, *c.aliases) if s not in tags]
    if spellings:
        others += "".join(f"    case {json.dumps(spelling)}:\n" for spelling in spellings)
        others += f"      {{\n        const known: bankcodes.{fallback} = webhook;\n"
        others += "        return known;\n      }\n"
    after_if = "".join(f"    {line}\n" for line in read)
    in_case = "".join(f"      {line}\n" for line in read)
    return f"""
export function check{name}(webhook: bankcodes.{name}): unknown {{
  if (webhook{tag} === {chosen}) {{
{after_if}  }}
  return webhook{tag};
}}

export function route{name}(webhook: bankcodes.{name}): unknown {{
  switch (webhook{tag}) {{
    case {chosen}: {{
{in_case}    }}
{others}    default: {{
      const other: bankcodes.{fallback} = webhook;
      const unknownTag: string = webhook{tag};
      return [other, `not handled: ${{unknownTag}}`];
    }}
  }}
}}

export function receive{name}(body: string): unknown {{
  const webhook: bankcodes.{name} = JSON.parse(body);
  return route{name}(webhook);
}}
"""


def _any_of_code(union: AnyOfDef) -> str:
    """Narrowing an any_of union with `in` on a required field only one member declares, for
    each member that has one (a union of members with only optional fields has none)."""
    checks = ""
    for member in union.members:
        others = {f.name for m in union.members if m is not member for f in m.fields}
        own = [f.name for f in member.fields if f.required and f.name not in others]
        if own:
            checks += (
                f"  if ({json.dumps(own[0])} in value) {{\n"
                f"    const member: bankcodes.{member.ts_name} = value;\n"
                f"    return member{_member(own[0])};\n  }}\n"
            )
    return f"""
export function read{union.ts_name}(value: bankcodes.{union.ts_name}): unknown {{
{checks}  return value;
}}
"""


def _write_narrowing_app(folder: Path, spec: Path, package: Path) -> None:
    parts = ['import type * as bankcodes from "bankcodes";']
    for kind in loader.load(spec).payloads:
        for type_def in kind.types:
            if isinstance(type_def, UnionDef):
                parts.append(_narrowing_code(type_def))
            elif isinstance(type_def, AnyOfDef):
                parts.append(_any_of_code(type_def))
    consumer_project(folder, "\n".join(parts), package)


@pytest.fixture(scope="session")
def narrowing_app(shared: Callable[[str, Build], Path]) -> Path:
    """An app handling every union of the spec, as its compilers check it."""
    return shared("ts-narrowing", lambda folder: _write_narrowing_app(folder, SPEC, PACKAGE))


def _open_tag_spec(folder: Path) -> Path:
    """The fourth provider's spec with a webhook type that has no variant, and an alias of one
    that has: both are spellings of the fallback's tag."""
    spec = json.loads(FOURTH_SPEC.read_text())
    codes = spec["providers"]["acme"]["code_sets"]["webhook_type"]["codes"]
    codes[0]["aliases"] = ["link.create"]
    codes.append({"value": "link.updated", "name": "LINK_UPDATED", "description": "Updated."})
    path = folder / "catalog.json"
    path.write_text(json.dumps(spec))
    return path


@pytest.fixture(scope="session")
def open_tag_app(shared: Callable[[str, Build], Path]) -> Path:
    """An app handling the unions of a spec whose webhook types are not all variants."""

    def build(folder: Path) -> None:
        spec = _open_tag_spec(folder)
        result = run_codegen("generate", "--spec", str(spec), "--out", str(folder / "tree"))
        assert result.returncode == 0, result.stderr
        app = folder / "app"
        app.mkdir()
        _write_narrowing_app(app, spec, folder / "tree" / "generated" / "typescript")

    return shared("ts-narrowing-open-tag", build) / "app"


def test_the_narrowing_app_handles_every_union_of_the_spec(narrowing_app: Path) -> None:
    code = (narrowing_app / "consumer.ts").read_text()
    spec = spec_data()
    unions = [
        spec["providers"][kind_id.split("/")[0]]["type_prefix"] + type_id
        for kind_id, kind in spec["payloads"].items()
        for type_id, type_def in kind["types"].items()
        if "discriminated" in type_def
    ]
    assert len(unions) >= 4
    for name in unions:
        assert f"export function route{name}(webhook: bankcodes.{name})" in code
    # A variant's own field is read after `if` and in `switch`, in each union whose variants
    # have one (Bridge's webhook variants only fix the type).
    resolved = [t for k in loader.load(SPEC).payloads for t in k.types if isinstance(t, UnionDef)]
    own = sum(_own_field(union) is not None for union in resolved)
    assert [union.ts_name for union in resolved] == unions and own >= 4
    assert code.count("const value: bankcodes.") == 2 * own


@pytest.mark.parametrize("compiler", sorted(COMPILERS))
def test_every_union_narrows_on_its_tag(narrowing_app: Path, compiler: str) -> None:
    """`===` and `switch` on a webhook's tag narrow it to the variant of that tag, and the
    webhook of a tag the catalog does not know is what `default:` receives."""
    result = tsc(narrowing_app, compiler)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("compiler", sorted(COMPILERS))
def test_a_known_tag_without_a_variant_narrows_to_the_fallback(
    open_tag_app: Path, compiler: str
) -> None:
    code = (open_tag_app / "consumer.ts").read_text()
    assert 'case "link.create":\n    case "link.updated":\n' in code
    fallback = open_tag_app.parent / "tree" / "generated" / "typescript" / "src" / "payloads.ts"
    assert 'readonly type: "link.create" | "link.updated" | UnknownTag;' in fallback.read_text()
    result = tsc(open_tag_app, compiler)
    assert result.returncode == 0, result.stdout + result.stderr


RECEIVED = """
import { receive } from "bankcodes/webhooks";
import { classify, decisiveCode } from "bankcodes";

export async function handle(body: string, headers: Headers, secret: string): Promise<string> {
  const event = await receive("lean", body, headers, [secret]);
  if (event.payload.type === "payment.created") {
    // The variant's own payload, narrowed by the tag.
    return classify("lean", event.payload.payload.status);
  }
  return decisiveCode(event.kind, event.payload)?.category ?? "unknown";
}
"""


def test_a_received_event_narrows_on_its_tag(tmp_path: Path) -> None:
    project = consumer_project(tmp_path, RECEIVED)
    config = json.loads((project / "tsconfig.json").read_text())
    config["compilerOptions"]["paths"]["bankcodes/webhooks"] = [
        str(project / PACKAGE_FOLDER / "src" / "webhooks")
    ]
    (project / "tsconfig.json").write_text(json.dumps(config))
    result = tsc(project)
    assert result.returncode == 0, result.stdout + result.stderr
    # Without the provider's type, the payload's fields are unknown: the same access fails.
    (project / "consumer.ts").write_text(RECEIVED.replace('receive("lean"', "receive(String(1)"))
    failed = tsc(project)
    assert failed.returncode != 0
    assert "consumer.ts(9," in failed.stdout, failed.stdout
