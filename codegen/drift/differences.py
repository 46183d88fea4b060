"""A difference between the catalog and a source, as codegen.drift.compare reports it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Difference:
    kind: str
    code_set: str
    value: str
    detail: str
    where: str = ""
    edits: tuple[dict[str, Any], ...] = field(default=())
