"""The runtime's records as Python expressions of the generated data modules: every record is
built by keyword (py_call), from the resolved model."""

from __future__ import annotations

import re
from collections.abc import Iterable

from codegen.filters import PyExpr, py_bool, py_call, py_literal
from codegen.model import (
    REFERENCE,
    AnyOfDef,
    Category,
    Code,
    CodeField,
    ConfigField,
    Delivery,
    PayloadKind,
    Provider,
    Recognition,
    Scope,
    SdkMethod,
    Signing,
    Source,
    UnionDef,
)
from codegen.targets.fact_records import python_args


def sources(sources: tuple[Source, ...]) -> tuple[PyExpr, ...]:
    return tuple(PyExpr(f"_S[{source.id!r}]") for source in sources)


def source_table(sources: Iterable[Source]) -> PyExpr:
    """The sources as a dict literal of records by id: the table `sources` looks them up in."""
    return PyExpr(py_literal({s.id: py_call("Source", **python_args(s.carried)) for s in sources}))


def cited(sources: Iterable[Source], *exprs: object) -> list[Source]:
    """Of `sources`, those the expressions look up (by `sources`), in their order."""
    found = set(re.findall(r"_S\[('[^']*')\]", "".join(map(str, exprs))))
    return [source for source in sources if repr(source.id) in found]


def scope(scope: Scope | None) -> PyExpr | None:
    if scope is None:
        return None
    return py_call("Scope", **python_args(scope.carried))


def code_info(code: Code) -> PyExpr:
    following = code.code_set.next_statuses(code)
    lifecycle = code.lifecycle
    test_user = code.test_user
    return py_call(
        "CodeInfo",
        value=code.value,
        description=code.text,
        category=PyExpr(f"_C.{code.category.name}"),
        sources=sources(code.sources),
        retryable=py_bool(code.retryable),
        end_user_can_retry=py_bool(code.end_user_can_retry),
        end_user=end_user_words(code.end_user) if code.end_user else None,
        http=_http(code),
        scope=scope(code.scope),
        lifecycle=py_call("Lifecycle", **python_args(lifecycle.carried)) if lifecycle else None,
        group=code.group.id if code.group else None,
        test_user=py_call("TestUser", **python_args(test_user.carried)) if test_user else None,
        wording=tuple(
            py_call(
                "Wording",
                field=wording.field,
                by=wording.by,
                sources=sources(wording.sources),
            )
            for wording in code.wording
        ),
        page=f"{REFERENCE}/{code.page}",
        next_statuses=None
        if following is None
        else PyExpr(py_literal(tuple(c.value for c in following))),
        equivalents=_equivalents(code),
        **python_args(code.carried),
    )


def _http(code: Code) -> tuple[PyExpr, ...]:
    return tuple(
        py_call(
            "HttpStatus",
            status=entry.status,
            sources=sources(entry.sources),
            **python_args(entry.carried),
            cause_by=entry.cause_by,
        )
        for entry in code.http
    )


def _equivalents(code: Code) -> tuple[PyExpr, ...]:
    return tuple(
        py_call(
            "Equivalent",
            provider=e.code.provider.id,
            code_set=e.code.code_set.id,
            value=e.code.value,
            same=e.same,
            reason=e.reason,
        )
        for e in code.equivalents
    )


def category_info(category: Category) -> PyExpr:
    return py_call(
        "CategoryInfo",
        label=category.title,
        **python_args(category.carried),
        actor=PyExpr(f"Actor.{category.actor.upper()}"),
        end_user=end_user_words(category.end_user),
    )


def end_user_words(words: dict[str, tuple[str, str]]) -> PyExpr:
    """Language -> EndUserWords(message, action), as a dict literal."""
    return PyExpr(
        py_literal(
            {
                language: py_call("EndUserWords", message=message, action=action)
                for language, (message, action) in words.items()
            }
        )
    )


def config_field(field: ConfigField) -> PyExpr:
    return py_call(
        "ConfigField",
        name=field.name,
        required=py_bool(field.required),
        sources=sources(field.sources),
        notes=field.notes,
        overrides=tuple(
            py_call(
                "ScopedRequirement",
                required=py_bool(o.required),
                scope=scope(o.scope),
                sources=sources(o.sources),
            )
            for o in field.overrides
        ),
    )


def member(code: Code) -> PyExpr:
    return PyExpr(f"{code.code_set.class_name}.{code.identifier}")


def payload_kind(kind: PayloadKind) -> PyExpr:
    root = kind.root
    union = root if isinstance(root, UnionDef) else None
    any_of = root.members if isinstance(root, AnyOfDef) else ()
    return py_call(
        "PayloadKindInfo",
        lenient_module=kind.model_module("lenient"),
        strict_module=kind.model_module("strict"),
        root=root.name,
        tag=union.tag.name if union else None,
        variants={v.tag[1]: v.name for v in union.variants if v.tag} if union else None,
        fallback=union.fallback.name if union else None,
        members=tuple(
            py_call("Member", name=member.name, required=member.required) for member in any_of
        ),
        event_code=union.event_code if union else None,
        **python_args(kind.carried),
        recognise=tuple(map(record, kind.recognise)),
        codes=tuple(map(record, kind.code_paths)),
        embeds=tuple(
            py_call("Embedded", field=e.field, kinds=e.kinds, decides=e.decides)
            for e in kind.embeds
        ),
        jwt_unverified=kind.jwt.unverified if kind.jwt else None,
    )


def record(value: CodeField | Recognition) -> PyExpr:
    """A record of the runtime that the resolved model holds, as the call that builds it."""
    fields = type(value).__slots__
    return py_call(type(value).__name__, **{name: getattr(value, name) or None for name in fields})


def scheme(signing: Signing) -> PyExpr:
    """A signing scheme's record: its facts, and an HMAC's signed timestamp."""
    stamped = signing.timestamp
    timestamp = (
        {}
        if stamped is None
        else {"timestamp": py_call("SignedTimestamp", **python_args(stamped.carried))}
    )
    return py_call(signing.record, **python_args(signing.carried), **timestamp)


def delivery(provider: Provider, d: Delivery) -> PyExpr:
    event_type = d.event_type
    return py_call(
        "Delivery",
        provider=provider.id,
        kind=d.kind.id,
        event_type=py_call(
            "EventType", module=event_type.provider.module, name=event_type.class_name
        ),
        retry_schedule_minutes=PyExpr(py_literal(d.retry_schedule_minutes)),
        retry_interval_minutes=PyExpr(py_literal(d.retry_interval_minutes)),
        max_attempts=PyExpr(py_literal(d.max_attempts)),
        signed_timestamp=py_bool(d.signed_timestamp),
        body_timestamp=PyExpr(py_literal(d.body_timestamp)),
        default_tolerance_seconds=PyExpr(py_literal(d.default_tolerance_seconds)),
        dedup=PyExpr(py_literal(d.dedup)),
        sources=PyExpr(py_literal(sources(d.sources))),
        **python_args(d.carried),
    )


def method_info(method: SdkMethod) -> PyExpr:
    return py_call(
        "SdkMethodInfo",
        fields=tuple(config_field(field) for field in method.fields),
        sources=sources(method.sources),
        outcomes=tuple(
            py_call("Outcome", status=member(outcome.status), description=outcome.description)
            for outcome in method.outcomes
        ),
        notes=method.notes,
    )
