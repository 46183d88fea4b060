"""Records declared once, as the resolver builds them: a model of the spec that a provider
carries whole (its rate limits, its consent) is a record of both packages, with a field per field
of the model, generated from the model itself. A field's type follows its annotation: a text, a
choice of texts (a union of strings in TypeScript), a whole number, a yes/no, a tuple of them or
of records (source ids stay ids), another such model (a record of its own), or a union of
models; optional where it defaults to None."""

from __future__ import annotations

from pydantic import BaseModel

from codegen.model.facts import Fact, FactData, FactRecord, Family
from codegen.spec.body_rules import BodyRules
from codegen.spec.carried import RECORDS, field_type
from codegen.spec.decisions import Consent, NotStated, RateLimits
from codegen.spec.retrying import Retrying


def record_shapes(*models: type[BaseModel]) -> tuple[Family, ...]:
    """The records of `models` and of every model their fields hold, each once, a record after
    those its fields name."""
    done: dict[str, Family] = {}
    for model in models:
        _add(model, done)
    return tuple(done.values())


def _add(model: type[BaseModel], done: dict[str, Family]) -> None:
    if model.__name__ in done:
        return
    facts = []
    for name, info in model.model_fields.items():
        python, typescript, _, nested = field_type(info.annotation)
        for inner in nested:
            _add(inner, done)
        required = info.is_required()
        default = None if required else info.get_default()
        doc = info.description or name.replace("_", " ")
        optional = not required and default is None
        shape = (name, name, doc, python, typescript, "patch", RECORDS)
        facts.append(Fact(*shape, nullable=optional, required=required, default=default))
    doc = " ".join((model.__doc__ or model.__name__).split())
    done[model.__name__] = Family(model.__name__, "", "left out", tuple(facts), RECORDS, doc=doc)


def fact_record(item: BaseModel | None) -> FactRecord | None:
    """`item` as a record's value: every field of its model, in order (a consent event's
    sources are its consent's where it gives none)."""
    if item is None:
        return None
    return FactRecord(
        type(item).__name__,
        tuple((name, _data(getattr(item, name))) for name in type(item).model_fields),
    )


def _data(value: object) -> FactData:
    if isinstance(value, BaseModel):
        return fact_record(value)
    if isinstance(value, tuple):
        return tuple(_data(v) for v in value)
    if value is None or isinstance(value, str | int | bool):
        return value
    raise TypeError(f"a record's value cannot be {value!r}")


#: The records a provider carries whole: its rate limits and its consent, stated or not, and
#: its message rules and its retry rules.
PROVIDER_RECORDS = record_shapes(RateLimits, Consent, NotStated, BodyRules, Retrying)
