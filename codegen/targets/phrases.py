"""bankcodes' own words in both packages: a decision's reasons (bankcodes._phrases in Python,
src/phrases.ts in TypeScript), from the catalog's phrases (codegen.phrases), with how a pasted
text and a response's headers are read, and a webhook receiver's refusals (bankcodes._refusals,
src/refusals.ts), from codegen.refusals."""

from __future__ import annotations

from codegen.filters import py_literal, ts_literal
from codegen.model import Catalog
from codegen.phrases import (
    HEADER_LIMITS,
    LEADS,
    PASTED,
    PASTED_LIMITS,
    RATELIMIT_FIELDS,
    STATUSES,
    STRUCTURED_FIELD,
    WHY,
    WORDS,
)
from codegen.refusals import CONFIGURATION, SIGNATURE, refusals
from codegen.render import render


def _module(catalog: Catalog, template: str) -> str:
    literal = py_literal if template.startswith("python/") else ts_literal
    return render(
        template,
        header=catalog.header,
        phrases=literal(dict(catalog.phrases)),
        names=literal({provider.id: provider.name for provider in catalog.providers}),
        leads=literal(LEADS),
        words=literal(WORDS),
        why=literal(WHY),
        statuses=literal(STATUSES),
        pasted=literal(PASTED),
        pasted_limits=literal(PASTED_LIMITS),
        request_id_headers=literal(_request_id_headers(catalog)),
        header_limits=literal(HEADER_LIMITS),
        ratelimit_fields=literal(RATELIMIT_FIELDS),
        structured_field=literal(STRUCTURED_FIELD),
    )


def _request_id_headers(catalog: Catalog) -> list[str]:
    """The headers the catalog names for a payload kind's request id, in lower case."""
    kinds = (kind for provider in catalog.providers for kind in provider.payloads)
    return sorted({kind.request_id_header.lower() for kind in kinds if kind.request_id_header})


def python_module(catalog: Catalog) -> str:
    return _module(catalog, "python/phrases.py.j2")


def typescript_module(catalog: Catalog) -> str:
    return _module(catalog, "typescript/phrases.ts.j2")


def python_refusals(catalog: Catalog) -> str:
    found = refusals()
    return render(
        "python/refusals.py.j2",
        header=catalog.header,
        signature_reasons=py_literal(tuple(SIGNATURE)),
        configuration_reasons=py_literal(tuple(CONFIGURATION)),
        refusals=py_literal({name: (reason, text) for name, reason, text, _ in found}),
        signature_names=", ".join(py_literal(r[0]) for r in found if r[1] in SIGNATURE),
        configuration_names=", ".join(py_literal(r[0]) for r in found if r[1] in CONFIGURATION),
    )


def typescript_refusals(catalog: Catalog) -> str:
    return render(
        "typescript/refusals.ts.j2",
        header=catalog.header,
        signature_reasons=ts_literal(list(SIGNATURE)),
        configuration_reasons=ts_literal(list(CONFIGURATION)),
        refusals=[
            (name, ts_literal([reason, text], lead=len(f"export const {name} =  as const;")))
            for name, reason, _, text in refusals()
        ],
    )
