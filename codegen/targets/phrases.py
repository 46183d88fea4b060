"""The words of a decision's reasons in both packages (bankcodes._phrases in Python,
src/phrases.ts in TypeScript), from the catalog's phrases (codegen.phrases)."""

from __future__ import annotations

from codegen.filters import py_literal, ts_literal
from codegen.model import Catalog
from codegen.render import render


def python_module(catalog: Catalog) -> str:
    return render(
        "python/phrases.py.j2", header=catalog.header, phrases=py_literal(dict(catalog.phrases))
    )


def typescript_module(catalog: Catalog) -> str:
    return render(
        "typescript/phrases.ts.j2", header=catalog.header, phrases=ts_literal(dict(catalog.phrases))
    )
