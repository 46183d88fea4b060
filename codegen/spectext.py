"""Edits of spec/catalog.json that keep the rest of its text as written (drift's writes, the
release's version and date): each JSON Patch operation (RFC 6902: add, replace, remove) changes
only the bytes of the value, member or item it names, found with tree-sitter's JSON grammar. The
spec is formatted by hand (objects on one line here, spread over several there); a value written
back is one line of `json.dumps`, and a member added to an object spread over lines gets a line
of its own, indented as its last member.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

TYPE_CHECKING = False
if TYPE_CHECKING:
    from tree_sitter import Node, Parser


class EditError(ValueError):
    """An edit that cannot be made: a path to nothing, an operation not supported, a text that
    is not JSON."""


@cache
def _parser() -> Parser:
    import tree_sitter_json
    from tree_sitter import Language, Parser

    return Parser(Language(tree_sitter_json.language()))


def apply(text: str, operations: list[dict[str, Any]]) -> str:
    """`text` with every operation applied, in order."""
    data = text.encode("utf-8")
    for operation in operations:
        data = _apply(data, operation)
    return data.decode("utf-8")


def _apply(data: bytes, operation: dict[str, Any]) -> bytes:
    op, path = operation.get("op"), operation.get("path")
    if op not in ("add", "replace", "remove") or not isinstance(path, str):
        raise EditError(f"an edit that cannot be written: {json.dumps(operation)[:200]}")
    *parents, last = _steps(path)
    container = _node(_root(data), parents, path)
    value = json.dumps(operation.get("value"), ensure_ascii=False).encode("utf-8")
    if container.type == "object":
        pair = _member(container, last)
        if op == "remove":
            if pair is None:
                raise EditError(f"nothing to remove at {path}")
            return _without(data, container, pair)
        if pair is not None:
            target = pair.child_by_field_name("value")
            assert target is not None, "a pair has a value"
            return data[: target.start_byte] + value + data[target.end_byte :]
        if op == "replace":
            raise EditError(f"nothing to replace at {path}")
        member = json.dumps(last, ensure_ascii=False).encode("utf-8") + b": " + value
        return _inserted(data, container, member)
    if container.type == "array":
        items = [child for child in container.named_children if child.type != "comment"]
        if op == "add" and last == "-":
            return _inserted(data, container, value)
        index = int(last) if last.isdigit() else -1
        if not 0 <= index < len(items):
            raise EditError(f"no item {last} at {path}")
        item = items[index]
        if op == "replace":
            return data[: item.start_byte] + value + data[item.end_byte :]
        if op == "add":
            return data[: item.start_byte] + value + b", " + data[item.start_byte :]
        return _without(data, container, item)
    raise EditError(f"{path} is not inside an object or an array")


def _root(data: bytes) -> Node:
    tree = _parser().parse(data)
    if tree.root_node.has_error:
        raise EditError("the spec is not JSON tree-sitter can read")
    (value,) = tree.root_node.named_children
    return value


def _steps(path: str) -> list[str]:
    if not path.startswith("/"):
        raise EditError(f"not a JSON pointer: {path[:200]!r}")
    return [step.replace("~1", "/").replace("~0", "~") for step in path[1:].split("/")]


def _node(node: Node, steps: list[str], path: str) -> Node:
    for step in steps:
        if node.type == "object":
            pair = _member(node, step)
            found = None if pair is None else pair.child_by_field_name("value")
        elif node.type == "array" and step.isdigit():
            items = node.named_children
            found = items[int(step)] if int(step) < len(items) else None
        else:
            found = None
        if found is None:
            raise EditError(f"nothing at {path}")
        node = found
    return node


def _member(obj: Node, key: str) -> Node | None:
    for pair in obj.named_children:
        name = pair.child_by_field_name("key")
        text = None if name is None or name.text is None else name.text.decode("utf-8")
        if pair.type == "pair" and text is not None and json.loads(text) == key:
            return pair
    return None


def _inserted(data: bytes, container: Node, entry: bytes) -> bytes:
    """`entry` (a member or an item) added at the end of `container`, in its layout."""
    children = container.named_children
    if not children:
        at = container.start_byte + 1
        return data[:at] + entry + data[at:]
    last = children[-1]
    one_line = container.start_point[0] == container.end_point[0]
    if one_line or last.start_point[0] == children[0].start_point[0] == container.start_point[0]:
        return data[: last.end_byte] + b", " + entry + data[last.end_byte :]
    line_start = data.rfind(b"\n", 0, last.start_byte) + 1
    indent = data[line_start : last.start_byte]
    return data[: last.end_byte] + b",\n" + indent + entry + data[last.end_byte :]


def _without(data: bytes, container: Node, child: Node) -> bytes:
    """`child` taken out of `container`, with the comma that separated it."""
    children = container.named_children
    index = next(i for i, c in enumerate(children) if c.id == child.id)
    if index + 1 < len(children):
        return data[: child.start_byte] + data[children[index + 1].start_byte :]
    if index > 0:
        return data[: children[index - 1].end_byte] + data[child.end_byte :]
    return data[: container.start_byte + 1] + data[container.end_byte - 1 :]
