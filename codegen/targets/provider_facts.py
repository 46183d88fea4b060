"""A provider's rate limits and consent in both packages: the records' classes and interfaces,
generated from the spec's models (codegen.resolve_records), and every provider's values, by id
(bankcodes._provider_facts in Python, src/provider-facts.ts in TypeScript)."""

from __future__ import annotations

from typing import Any

from codegen.filters import PyExpr, PyValue, py_call, py_literal, ts_member
from codegen.model import Catalog, FactData, FactRecord
from codegen.model.facts import ts_name
from codegen.render import render

#: The tables of values: their name in Python and TypeScript, the provider's field, their doc.
TABLES = (
    ("RATE_LIMITS", "rateLimits", "rate_limits", "How each provider signals a rate limit"),
    ("CONSENTS", "consents", "consent", "How long each provider's consents last"),
    (
        "BODY_RULES",
        "bodyRules",
        "body_rules",
        "What each provider's bodies say beyond their codes",
    ),
    ("RETRIES", "retries", "retries", "How each provider says a failed request is sent again"),
)
#: What each table's values may be.
TABLE_TYPES = {
    "rate_limits": "RateLimits | NotStated",
    "consent": "Consent | NotStated",
    "body_rules": "BodyRules",
    "retries": "Retrying | NotStated",
}


def _py(value: FactData) -> PyValue:
    if isinstance(value, FactRecord):
        return py_call(value.name, **{name: _py(v) for name, v in value.fields})
    if isinstance(value, tuple):
        return PyExpr(py_literal(tuple(_py(v) for v in value))) if value else PyExpr("()")
    return value


def _ts(value: FactData) -> Any:
    if isinstance(value, FactRecord):
        return {ts_name(name): _ts(v) for name, v in value.fields if v is not None}
    if isinstance(value, tuple):
        return [_ts(v) for v in value]
    return value


def python_module(catalog: Catalog) -> str:
    return _module(catalog, "python/provider_facts.py.j2", 0)


def typescript_module(catalog: Catalog) -> str:
    return _module(catalog, "typescript/provider-facts.ts.j2", 1)


def _module(catalog: Catalog, template: str, language: int) -> str:
    """The module of `template`, its tables named and written in the language at `language` of
    TABLES' names (0: Python, 1: TypeScript)."""
    tables = []
    for *names, field, doc in TABLES:
        values = {p.id: getattr(p, field) for p in catalog.providers if getattr(p, field)}
        written: object = (
            py_literal({key: _py(value) for key, value in values.items()})
            if language == 0
            else [ts_member(key, _ts(value)) for key, value in values.items()]
        )
        tables.append((names[language], TABLE_TYPES[field], doc, written))
    return render(template, header=catalog.header, shapes=catalog.provider_records, tables=tables)
