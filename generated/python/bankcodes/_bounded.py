# copied from codegen/runtime/python/bankcodes/_bounded.py — do not edit (run `make generate`)
"""Validation that stops at the cap on problems, whatever the size of the body.

A validator lists every problem of what it is given, and a body of a million wrong values has a
million problems: building them all costs far more time and memory than reading the body. So a
value of more than WINDOW nodes is validated in windows: copies of it that keep at most WINDOW
of its nodes, in document order, with their containers (an array keeps the items in the window,
an object the fields in it). Each window is a part of the value, so each of its problems is one
of the value's, but for a required field that the window left out, which is dropped; a problem
that several windows see (a container's own, such as the wrong type) is listed once. The scan
stops once more problems than the cap are found; a value whose windows hold no more than the
cap is then validated whole, which gives the exact answer at the cost of those few problems
(and of any that only the whole value shows).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

#: The most nodes (values of any kind) that one window holds, its containers included.
WINDOW = 256


def larger_than(value: object, limit: int) -> bool:
    """Whether `value` holds more than `limit` nodes (counting stops there)."""
    count = 0
    stack = [value]
    while stack:
        item = stack.pop()
        count += 1
        if count > limit:
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


class Window(NamedTuple):
    """A part of a value; `sources` maps each container copied into it (by id) to the
    container it copies and the index in it of its first item."""

    root: object
    sources: dict[int, tuple[object, int]]


def _flat(container: dict[str, Any] | list[Any]) -> bool:
    """Whether a container holds no container."""
    values = container.values() if isinstance(container, dict) else container
    return not any(isinstance(item, dict | list) for item in values)


class _Frame:
    """A container being copied: its items are taken one by one, or (when it holds no
    container) in slices."""

    __slots__ = ("at", "copy", "flat", "key", "source")

    def __init__(self, source: dict[str, Any] | list[Any], copy: Any, at: object = None) -> None:
        self.source = source
        #: Its key in the container that holds it.
        self.at = at
        self.copy = copy
        self.flat = isinstance(source, list) and _flat(source)
        self.key: Any = 0 if isinstance(source, list) else iter(source.items())


def windows(value: object, size: int = WINDOW) -> Iterator[Window]:
    """The windows of `value`, in document order: each holds at most `size` nodes beyond the
    containers that lead to its first one (at most the nesting limit of the reader)."""
    if not isinstance(value, dict | list):
        yield Window(value, {})
        return
    sources: dict[int, tuple[object, int]] = {}

    def copy_of(source: dict[str, Any] | list[Any], first: int) -> Any:
        copy: Any = {} if isinstance(source, dict) else []
        sources[id(copy)] = (source, first)
        return copy

    stack = [_Frame(value, copy_of(value, 0))]
    root = stack[0].copy
    count, fresh = 1, False
    while stack:
        frame = stack[-1]
        source = frame.source
        if isinstance(source, list):
            index: int = frame.key
            if index >= len(source):
                stack.pop()
                continue
            key, item = index, source[index]
        else:
            entry = next(frame.key, None)
            if entry is None:
                stack.pop()
                continue
            key, item = entry
        if count >= size:
            yield Window(root, sources)
            # The next window starts with copies of the containers the scan is in.
            sources = {}
            for depth, each in enumerate(stack):
                first = (key if each is frame else each.key - 1) if type(each.key) is int else 0
                each.copy = copy_of(each.source, first)
                if depth:
                    _put(stack[depth - 1], each.copy, each.at)
            root = stack[0].copy
            count, fresh = len(stack), False
        fresh = True
        if frame.flat and isinstance(source, list):  # as many scalars as there is room for
            part = source[key : key + max(1, size - count)]
            frame.copy.extend(part)
            frame.key = key + len(part)
            count += len(part)
            continue
        if isinstance(source, list):
            frame.key = key + 1
        if isinstance(item, dict | list):
            if len(item) < size - count and _flat(item):  # the whole of it fits
                _put(frame, item, key)
                count += len(item) + 1
                continue
            child = _Frame(item, copy_of(item, 0), key)
            _put(frame, child.copy, key)
            stack.append(child)
        else:
            _put(frame, item, key)
        count += 1
    if fresh:
        yield Window(root, sources)


def _put(frame: _Frame, item: object, key: object) -> None:
    if isinstance(frame.copy, dict):
        frame.copy[key] = item
    else:
        frame.copy.append(item)


def locate(window: Window, loc: tuple[str | int, ...]) -> tuple[tuple[str | int, ...], bool]:
    """The place in the whole value of a problem at `loc` in a window, and whether the problem
    is one of the window's only: a required field that the window left out."""
    place: list[str | int] = []
    copy: object = window.root
    parent: object = None
    for part in loc:
        parent = copy
        if isinstance(copy, list) and isinstance(part, int):
            first = window.sources.get(id(copy), (None, 0))[1]
            place.append(first + part)
            copy = copy[part] if 0 <= part < len(copy) else None
        elif isinstance(copy, dict) and part in copy:
            place.append(part)
            copy = copy[part]
        else:  # a name the validator adds (a union's member), or a missing field
            place.append(part)
    source = window.sources.get(id(parent), (None, 0))[0]
    left_out = bool(loc) and isinstance(source, dict) and loc[-1] in source
    left_out = left_out and isinstance(parent, dict) and loc[-1] not in parent
    return tuple(place), left_out
