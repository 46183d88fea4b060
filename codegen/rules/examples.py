"""Rules of a payload kind's published examples: each says which of its codes decides it, as its
sources describe the outcome (`decided_by`, null where it carries none), and the code is there;
the tests then check that every reader decides each example as recorded."""

from __future__ import annotations

import re
from collections.abc import Iterator

from codegen.errors import Problem, pointer
from codegen.spec import Catalog, Example, PayloadKind


def examples_say_what_decides_them(catalog: Catalog) -> Iterator[Problem]:
    for kind in catalog.payloads.values():
        for number, example in enumerate(kind.examples):
            at = ("payloads", kind.id, "examples", number)
            if "decided_by" not in example.model_fields_set:
                yield Problem(pointer(*at), _add_decided_by(kind, example))
            elif example.decided_by is not None and _at(example.data, example.decided_by) is None:
                where = pointer(*at, "decided_by")
                yield Problem(where, f"the example has no value at {example.decided_by!r}")


def _add_decided_by(kind: PayloadKind, example: Example) -> str:
    """What to add to an example that does not say what decides it."""
    present = [path for path in kind.decides if _at(example.data, path) is not None]
    hint = f" (of its code fields, the example has {', '.join(present)})" if present else ""
    return (
        f'add "decided_by": the JSON path of the code that its sources say decides the '
        f"example{hint}, or null where it carries no code"
    )


def _at(data: object, path: str) -> object:
    """The value at a JSON path ($.a.b[0]) of `data`, None where there is none; a last key
    followed by ~ ($.events.urn:x~) is that key itself, where the object holds it."""
    for key in re.findall(r"\.([^.\[]+)|\[([0-9]+)\]", path):
        name, index = key
        if name.endswith("~") and isinstance(data, dict):
            return name[:-1] if name[:-1] in data else None
        if name and isinstance(data, dict):
            data = data.get(name)
        elif index and isinstance(data, list) and int(index) < len(data):
            data = data[int(index)]
        else:
            return None
    return data
