"""The code an app writes to handle the spec's unions: for each discriminated union, a variant
read after `if` and in a `switch` on its tag (a case for every other tag, what the catalog does
not know in `default:`), and each any_of union narrowed with `in`; tests/typescript checks it
with the compilers an app may use."""

from __future__ import annotations

import json
import re

from codegen.model import AnyOfDef, Catalog, CodeType, ObjectDef, RefType, UnionDef


def narrowing_code(catalog: Catalog, specifier: str = "bankcodes") -> str:
    """A module handling every union of `catalog`'s payloads, importing the package's types from
    `specifier`."""
    parts = [f"import type * as bankcodes from {json.dumps(specifier)};"]
    for kind in catalog.payloads:
        for type_def in kind.types:
            if isinstance(type_def, UnionDef):
                parts.append(_narrowing_code(type_def))
            elif isinstance(type_def, AnyOfDef):
                parts.append(_any_of_code(type_def))
    return "\n".join(parts)


IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def _member(name: str) -> str:
    """How TypeScript code reads the property `name`: `.name`, or `["name"]`."""
    return f".{name}" if IDENTIFIER.fullmatch(name) else f"[{json.dumps(name)}]"


def own_field(union: UnionDef) -> tuple[ObjectDef, list[str]] | None:
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
    found = own_field(union)
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
