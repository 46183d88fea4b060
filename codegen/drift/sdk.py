"""Codes an SDK's TypeScript (or plain JavaScript) source publishes, read with tree-sitter.

A rule's `enum` names an `enum` declaration, a type alias of a union of string literals (one in a
namespace also by its path from it: `AccountNumber.Status`) (`{"enum": "LinkErrorCode"}`), an
interface's or an object type's property typed with such a union, as the declaration's name and the
property's (`{"enum": "ConnectFailure.code"}`; a property of an object within, by its path:
`Connector.health.status`; an intersection's object types are read), or a `const`, `let` or `var`
whose initializer is an object literal that maps numbers to names (`export const StatusMap = {0:
'FIRST', 1: 'SECOND', ...}`, as a widget's constants file lists the numeric statuses of a code set
whose codes travel as integers) or an array of strings (`const STATUSES = ['A', ...OTHER] as
const`, an array it spreads read in its place); a list of names reads each, every value once. A
member's value is its string initializer, else its name; an entry of such an object gives its key's
decimal text as the value and its string as the code's `name` (an entry that is not a number, or a
numeric string, mapped to a string stops the command). With `"group_comments": true`, a comment
inside the enum that is one word (`// ITEM_ERROR`) names the group of the members after it, as some
SDKs mark which error type a code belongs to. With `"keys": true`, the codes are the keys of the
object the rule names (a class's field initialized with one, by `Class.field`: an SDK's map of
codes to its texts) or the names of an interface's members (a client's methods).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.drift.errors import DriftInputError
from codegen.drift.extract import Published, Reading, read_text, short, union
from codegen.drift.tabular import is_code
from codegen.spec import EnumRule

#: What may wrap an object literal initializer (`{...} as const`, `{...} satisfies T`, `({...})`).
_WRAPPERS = ("as_expression", "satisfies_expression", "parenthesized_expression")


@dataclass(frozen=True)
class Declarations:
    """An SDK source's enums, type aliases and object literals by name, and its bytes."""

    source: bytes
    named: dict[str, Any]


def read(path: Path) -> Declarations:
    """The declarations of the TypeScript (or JavaScript) source at `path`."""
    import tree_sitter
    import tree_sitter_typescript

    source = read_text(path).encode()
    parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_typescript.language_typescript()))
    root = parser.parse(source).root_node
    named = _declarations(root, source)
    if root.has_error and not named:
        raise DriftInputError(f"{path} is not TypeScript source (no declaration could be read)")
    return Declarations(source, named)


def enum(declarations: Declarations, rule: EnumRule, reading: Reading) -> list[Published]:
    """The members of the enums or unions the rule names, or the numbers and names of its
    objects, each value that is a code (matches its code_pattern) once."""
    found = (item for name in rule.enums for item in _enum(declarations, rule, name, reading))
    return union(item for item in found if is_code(rule, item.value))


def _enum(
    declarations: Declarations, rule: EnumRule, name: str, reading: Reading
) -> list[Published]:
    """The members of the enum or union `name`, or the numbers and names of its object."""
    path, source, declared = reading.path, declarations.source, declarations.named
    if name not in declared:
        known = ", ".join(sorted(declared)[:12]) or "none"
        raise DriftInputError(
            f"{path} declares no enum, union, object or array {name!r} (it has: {known})"
        )
    if rule.keys:
        return [
            Published(code_set=rule.code_set, value=value, where=f"line {line}")
            for value, line in _keys(declared[name], source, name, path)
        ]
    if declared[name].type == "array":
        return [
            Published(code_set=rule.code_set, value=value, where=f"line {line}")
            for value, line in _items(declarations, declared[name], path)
        ]
    if declared[name].type == "object" and (values := _values(declared[name], source)):
        # An enum as an object of names and their string values (`X = {A: 'A'} as const`, as
        # OpenAPI Generator writes one): its values are the codes.
        return [
            Published(code_set=rule.code_set, value=value, where=f"line {line}")
            for value, line in values
        ]
    if declared[name].type == "object":
        return [
            Published(
                code_set=rule.code_set,
                value=value,
                where=f"line {line}",
                name=named,
                reads=("name",),
            )
            for value, line, named in _numbers(declared[name], source, name, path)
        ]
    return [
        Published(
            code_set=rule.code_set,
            value=value,
            where=f"line {line}",
            group=group,
            reads=("group",) if rule.group_comments else (),
        )
        for value, line, group in _members(declared[name], source, rule.group_comments)
    ]


def _declarations(root: Any, source: bytes) -> dict[str, Any]:
    """Every enum declaration and type alias of the file, and the object literal of every
    variable initialized with one, by name (exported or not); a declaration inside a namespace
    also by its path from each namespace around it (`AccountNumber.Status`,
    `Account.AccountNumber.Status`), where several namespaces declare the same name."""
    found: dict[str, Any] = {}
    stack: list[tuple[Any, tuple[str, ...]]] = [(root, ())]
    while stack:
        node, within = stack.pop()
        if node.type == "internal_module" and node.child_by_field_name("name") is not None:
            inside = (*within, _text(node.child_by_field_name("name"), source))
            stack.extend((child, inside) for child in node.children)
            continue
        if node.type in ("enum_declaration", "type_alias_declaration", "interface_declaration"):
            name = node.child_by_field_name("name")
            for path in _paths(within, _text(name, source)) if name is not None else ():
                # An interface never displaces a type or a value of its name.
                if node.type != "interface_declaration" or path not in found:
                    found[path] = node
            if name is not None and node.type != "enum_declaration":
                shape = node.child_by_field_name("body" if node.type[0] == "i" else "value")
                found.update(_properties(_text(name, source), shape, source))
            continue
        if node.type == "class_declaration" and node.child_by_field_name("name") is not None:
            found.update(_fields(_text(node.child_by_field_name("name"), source), node, source))
        if node.type == "variable_declarator":
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            while value is not None and value.type in _WRAPPERS and value.named_children:
                value = value.named_children[0]
            named = name is not None and name.type == "identifier"
            if named and value is not None and value.type in ("object", "array"):
                found[_text(name, source)] = value
                continue
        stack.extend((child, within) for child in node.children)
    return found


def _fields(name: str, node: Any, source: bytes) -> dict[str, Any]:
    """The object literal of each field of a class initialized with one, by the class's name and
    the field's (`ErrorResponse.codes`)."""
    body = node.child_by_field_name("body")
    found: dict[str, Any] = {}
    for child in body.named_children if body is not None else ():
        key, value = child.child_by_field_name("name"), child.child_by_field_name("value")
        while value is not None and value.type in _WRAPPERS and value.named_children:
            value = value.named_children[0]
        field = child.type == "public_field_definition" and key is not None
        if field and value is not None and value.type == "object":
            found[f"{name}.{_text(key, source)}"] = value
    return found


def _keys(node: Any, source: bytes, name: str, path: Path) -> list[tuple[str, int]]:
    """The (key, line) of each entry of an object literal, or of each member of an interface."""
    if node.type == "interface_declaration":
        body = node.child_by_field_name("body")
        members = body.named_children if body is not None else []
        kinds = ("property_signature", "method_signature")
        named = [m.child_by_field_name("name") for m in members if m.type in kinds]
    elif node.type == "object":
        named = [e.child_by_field_name("key") for e in node.named_children if e.type == "pair"]
    else:
        raise DriftInputError(f"{path}: {name} is no object literal or interface to read keys of")
    return [
        (
            _string(key, source) if key.type == "string" else _text(key, source),
            key.start_point[0] + 1,
        )
        for key in named
        if key is not None and key.type in ("property_identifier", "string")
    ]


def _paths(within: tuple[str, ...], name: str) -> list[str]:
    """A declaration's name, and its path from each namespace around it, innermost first."""
    return [".".join((*within[start:], name)) for start in range(len(within), -1, -1)]


def _properties(prefix: str, shape: Any, source: bytes) -> dict[str, Any]:
    """The type of each property of an interface or an object type (a type alias's, or one
    part of its intersection), by the declaration's name and the property's (`Failure.code`),
    and of an object type's properties within, by their path (`Connector.health.status`)."""
    if shape is None:
        return {}
    if shape.type in ("intersection_type", "parenthesized_type"):
        parts = (_properties(prefix, part, source) for part in shape.named_children)
        return {key: typed for found in parts for key, typed in found.items()}
    found: dict[str, Any] = {}
    for child in shape.named_children if shape.type in ("interface_body", "object_type") else ():
        key, typed = child.child_by_field_name("name"), child.child_by_field_name("type")
        if child.type == "property_signature" and key is not None and typed is not None:
            path = f"{prefix}.{_text(key, source)}"
            found[path] = typed
            found.update(_properties(path, typed.named_children[0], source))
    return found


def _items(
    declarations: Declarations, node: Any, path: Path, within: tuple[int, ...] = ()
) -> list[tuple[str, int]]:
    """An array literal's (string, line) items, an array it spreads (`...OTHER`) read in its
    place (an array that spreads itself, at any depth, stops the command)."""
    within = (*within, node.start_byte)
    items: list[tuple[str, int]] = []
    for child in node.named_children:
        line, spread = child.start_point[0] + 1, child.named_children[:1]
        if child.type == "string":
            items.append((_string(child, declarations.source), line))
        elif child.type == "spread_element" and spread and spread[0].type == "identifier":
            other = declarations.named.get(_text(spread[0], declarations.source))
            if other is None or other.type != "array" or other.start_byte in within:
                raise DriftInputError(f"{path}:{line}: spreads no array of the file, or itself")
            items += _items(declarations, other, path, within)
        elif child.type != "comment":
            text = short(_text(child, declarations.source))
            raise DriftInputError(f"{path}:{line}: an item that is not a string: {text}")
    return items


def _numbers(node: Any, source: bytes, name: str, path: Path) -> list[tuple[str, int, str]]:
    """An object literal's (number, name, line) entries: a key that is a decimal integer (or a
    string of one) mapped to a string."""
    entries: list[tuple[str, int, str]] = []
    for child in node.named_children:
        if child.type == "comment":
            continue
        line = child.start_point[0] + 1
        key, value = child.child_by_field_name("key"), child.child_by_field_name("value")
        number = _number(key, source) if child.type == "pair" else None
        text = _name(value, source) if child.type == "pair" else None
        if number is None or text is None:
            raise DriftInputError(
                f"{path}:{line}: {name} is read as numbers mapped to names, and this entry is "
                f"not one: {short(_text(child, source))}"
            )
        entries.append((number, line, text))
    return entries


def _values(node: Any, source: bytes) -> list[tuple[str, int]] | None:
    """An object literal's (string value, line) entries where every entry maps a name (an
    identifier or a string) to a string; None for another object."""
    entries: list[tuple[str, int]] = []
    for child in node.named_children:
        if child.type == "comment":
            continue
        key, value = child.child_by_field_name("key"), child.child_by_field_name("value")
        named = key is not None and key.type in ("property_identifier", "string")
        text = _name(value, source) if child.type == "pair" and named else None
        if text is None or (key is not None and _number(key, source) is not None):
            return None
        entries.append((text, child.start_point[0] + 1))
    return entries


def _number(key: Any, source: bytes) -> str | None:
    """The decimal text of a number key (`3:`) or a string key of one (`'3':`)."""
    if key is None:
        return None
    if key.type == "number":
        text = _text(key, source)
        return text if re.fullmatch(r"0|[1-9][0-9]*", text) else None
    if key.type == "string":
        text = _string(key, source)
        return text if re.fullmatch(r"-?(0|[1-9][0-9]*)", text) and text != "-0" else None
    return None


def _name(value: Any, source: bytes) -> str | None:
    """A string literal's value, or a template literal's without substitutions; else None."""
    if value is None:
        return None
    if value.type == "string":
        return _string(value, source)
    if value.type == "template_string" and not any(
        c.type == "template_substitution" for c in value.named_children
    ):
        return _text(value, source)[1:-1]
    return None


def _members(node: Any, source: bytes, groups: bool) -> list[tuple[str, int, str | None]]:
    if node.type in ("type_alias_declaration", "type_annotation"):
        value = node.child_by_field_name("value") if node.type != "type_annotation" else node
        literals: list[tuple[str, int, str | None]] = []
        stack = [value] if value is not None else []
        while stack:
            item = stack.pop()
            if item.type == "literal_type":
                string = item.named_children[0] if item.named_children else None
                if string is not None and string.type == "string":
                    literals.append((_string(string, source), item.start_point[0] + 1, None))
            else:
                stack.extend(reversed(item.named_children))
        return literals
    body = node.child_by_field_name("body")
    members: list[tuple[str, int, str | None]] = []
    group: str | None = None
    for child in body.named_children if body is not None else ():
        line = child.start_point[0] + 1
        if child.type == "comment":
            words = _text(child, source).lstrip("/* ").rstrip("*/ ").split()
            if groups and len(words) == 1:
                group = words[0]
        elif child.type == "enum_assignment":
            value = child.child_by_field_name("value")
            name = _text(child.child_by_field_name("name"), source)
            text = _string(value, source) if value is not None and value.type == "string" else name
            members.append((text, line, group))
        elif child.type == "property_identifier":
            members.append((_text(child, source), line, group))
    return members


def _text(node: Any, source: bytes) -> str:
    return source[node.start_byte : node.end_byte].decode()


def _string(node: Any, source: bytes) -> str:
    """A string literal's value (its fragments and escapes, without the quotes)."""
    import json

    raw = _text(node, source)
    if raw[:1] == '"':
        try:
            decoded = json.loads(raw)
        except ValueError:
            return raw[1:-1]
        return decoded if isinstance(decoded, str) else raw[1:-1]
    return raw[1:-1].replace("\\'", "'")
