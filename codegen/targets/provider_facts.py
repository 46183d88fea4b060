"""A provider's rate limits and consent in both packages: the records' classes and interfaces,
generated from the spec's models (codegen.resolve_records), and every provider's values, by id
(bankcodes._provider_facts in Python, src/provider-facts.ts in TypeScript)."""

from __future__ import annotations

from typing import Any

from codegen.filters import PyExpr, PyValue, py_call, py_literal, ts_member
from codegen.model import Catalog, FactData, FactRecord
from codegen.render import render

#: The tables of values: their name in Python and TypeScript, the provider's field, their doc.
TABLES = (
    ("RATE_LIMITS", "rateLimits", "rate_limits", "How each provider signals a rate limit"),
    ("CONSENTS", "consents", "consent", "How long each provider's consents last"),
    (
        "BODY_RULES",
        "bodyRules",
        "body_rules",
        "Each provider's generic codes whose messages give their meaning",
    ),
)
#: What each table's values may be.
TABLE_TYPES = {
    "rate_limits": "RateLimits | NotStated",
    "consent": "Consent | NotStated",
    "body_rules": "BodyRules",
}


def _py(value: FactData) -> PyValue:
    if isinstance(value, FactRecord):
        return _py_record(value)
    if isinstance(value, tuple):
        return PyExpr(py_literal(tuple(_py(v) for v in value))) if value else PyExpr("()")
    return value


def _py_record(record: FactRecord) -> PyExpr:
    return py_call(record.name, **{name: _py(value) for name, value in record.fields})


def _ts(value: FactData) -> Any:
    if isinstance(value, FactRecord):
        return {_ts_name(name): _ts(v) for name, v in value.fields if v is not None}
    if isinstance(value, tuple):
        return [_ts(v) for v in value]
    return value


def _ts_name(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part[:1].upper() + part[1:] for part in rest)


def python_module(catalog: Catalog) -> str:
    tables = [
        (
            name,
            TABLE_TYPES[field],
            doc,
            py_literal(
                {
                    p.id: _py_record(record)
                    for p in catalog.providers
                    if (record := getattr(p, field)) is not None
                }
            ),
        )
        for name, _, field, doc in TABLES
    ]
    return render(
        "python/provider_facts.py.j2",
        header=catalog.header,
        shapes=catalog.provider_records,
        tables=tables,
    )


def typescript_module(catalog: Catalog) -> str:
    tables = [
        (
            name,
            TABLE_TYPES[field],
            doc,
            [
                ts_member(p.id, _ts(record))
                for p in catalog.providers
                if (record := getattr(p, field)) is not None
            ],
        )
        for _, name, field, doc in TABLES
    ]
    return render(
        "typescript/provider-facts.ts.j2",
        header=catalog.header,
        shapes=catalog.provider_records,
        tables=tables,
    )
