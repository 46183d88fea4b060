"""Codes an SDK's TypeScript source publishes, read with tree-sitter.

A rule names an `enum` declaration or a type alias of a union of string literals
(`{"enum": "LinkErrorCode"}`); a member's value is its string initializer, else its name. With
`"group_comments": true`, a comment inside the enum that is one word (`// ITEM_ERROR`) names the
group of the members after it, as some SDKs mark which error type a code belongs to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from codegen.drift.errors import DriftInputError
from codegen.drift.extract import Published, read_text


def extract(path: Path, rules: list[dict[str, Any]]) -> list[Published]:
    import tree_sitter
    import tree_sitter_typescript

    text = read_text(path)
    source = text.encode()
    parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_typescript.language_typescript()))
    root = parser.parse(source).root_node
    if root.has_error and not _declarations(root, source):
        raise DriftInputError(f"{path} is not TypeScript source (no declaration could be read)")
    declared = _declarations(root, source)
    found: list[Published] = []
    for rule in rules:
        name = rule["enum"]
        if name not in declared:
            known = ", ".join(sorted(declared)[:12]) or "none"
            raise DriftInputError(f"{path} declares no enum or union {name!r} (it has: {known})")
        for value, line, group in _members(declared[name], source, rule.get("group_comments")):
            found.append(
                Published(
                    code_set=rule["code_set"],
                    value=value,
                    where=f"line {line}",
                    group=group,
                    reads=("group",) if rule.get("group_comments") else (),
                )
            )
    return found


def _declarations(root: Any, source: bytes) -> dict[str, Any]:
    """Every enum declaration and type alias of the file, by name (exported or not)."""
    found: dict[str, Any] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type in ("enum_declaration", "type_alias_declaration"):
            name = node.child_by_field_name("name")
            if name is not None:
                found[_text(name, source)] = node
            continue
        stack.extend(node.children)
    return found


def _members(node: Any, source: bytes, groups: object) -> list[tuple[str, int, str | None]]:
    if node.type == "type_alias_declaration":
        value = node.child_by_field_name("value")
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
