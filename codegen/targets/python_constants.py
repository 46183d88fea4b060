"""The constants a generated data module of the Python package holds, and the module written
from them (templates/python/data_module.py.j2)."""

from __future__ import annotations

from dataclasses import dataclass

from codegen.model import Catalog
from codegen.render import render


@dataclass(frozen=True)
class Constant:
    name: str
    annotation: str
    value: str
    comment: str


def data_module(
    catalog: Catalog, doc: str, imports: tuple[str, ...], constants: tuple[Constant, ...]
) -> str:
    return render(
        "python/data_module.py.j2",
        header=catalog.header,
        doc=doc,
        imports=imports,
        constants=constants,
    )
