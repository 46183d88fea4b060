"""The resolved payload kinds: field types, object types, unions, examples, listeners and what
each client SDK sends."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from bankcodes._kinds import CodeField, Recognition
from codegen.model.codes import Code, CodeSet, ProviderRef, Source
from codegen.model.facts import Carried

Scalar = Literal["string", "url", "integer", "number", "boolean", "timestamp", "json", "object"]
Mode = Literal["lenient", "strict"]
MODES: tuple[Mode, ...] = ("lenient", "strict")


@dataclass(frozen=True, eq=False)
class CodeType:
    """A code field: values of one or more code sets (any string in lenient mode)."""

    code_sets: tuple[CodeSet, ...]
    #: What other codes the field may hold (the sender's own), where its source allows them:
    #: the strict schema accepts any text there too.
    others: str | None = None

    @property
    def codes(self) -> tuple[Code, ...]:
        return tuple(code for code_set in self.code_sets for code in code_set.codes)


@dataclass(frozen=True, eq=False)
class RefType:
    target: ObjectDef


@dataclass(frozen=True, eq=False)
class ArrayType:
    item: FieldType


@dataclass(frozen=True, eq=False)
class KeysType:
    """An object whose keys are codes (`keys`), each holding a value of one type."""

    keys: CodeType
    values: FieldType


@dataclass(frozen=True, eq=False)
class EnumType:
    values: tuple[str, ...]
    name: str
    ts_name: str


FieldType = Scalar | CodeType | RefType | ArrayType | KeysType | EnumType


@dataclass(frozen=True, eq=False)
class Field:
    name: str
    type: FieldType
    required: bool
    why: str | None
    description: str | None
    nullable: bool
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, eq=False)
class ObjectDef:
    """An object type; `tag` is set on the variants of a union (the tag field's fixed value)."""

    name: str
    ts_name: str
    description: str
    fields: tuple[Field, ...]
    tag: tuple[str, str] | None = None

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)


@dataclass(frozen=True, eq=False)
class UnionDef:
    """A union that picks its member by the value of a code field of its base."""

    name: str
    ts_name: str
    description: str
    base: ObjectDef
    tag: Field
    #: One object type per known tag value, with the base's fields and its own.
    variants: tuple[ObjectDef, ...]
    #: The member for any other tag value (lenient mode only): the base's fields.
    fallback: ObjectDef
    #: The field of each variant that names the event within its tag, for a webhook union
    #: whose events have two names (a type, then a code within it).
    event_code: str | None = None


@dataclass(frozen=True, eq=False)
class AnyOfDef:
    name: str
    ts_name: str
    description: str
    members: tuple[ObjectDef, ...]


TypeDef = ObjectDef | UnionDef | AnyOfDef


@dataclass(frozen=True, eq=False)
class Example:
    title: str
    sources: tuple[Source, ...]
    data: object
    #: alone, with_provider or no: how a reader tells it apart (codegen.spec.payloads.Example).
    recognised: str = "alone"


@dataclass(frozen=True, eq=False)
class ListenerOrigins:
    hosts: tuple[str, ...]
    #: One exact host, as documented, for examples (an app lists its own instance's host).
    example_host: str
    sources: tuple[Source, ...]
    notes: str
    hosts_constant: str
    check_function: str


@dataclass(frozen=True, eq=False)
class ListenerEvent:
    kind: str
    type: ObjectDef
    #: The field whose presence (any value but null and "") selects this event; None for a
    #: catch-all.
    tag: Field | None
    #: The code fields, most specific first: the first known code decides the category.
    codes: tuple[Field, ...]
    #: Where each code field is read, as named in the spec ("details.status").
    code_paths: tuple[str, ...] = ()
    #: The tag's value that selects this event; None: any non-empty string does.
    tag_value: str | None = None

    @property
    def code_sets(self) -> tuple[CodeSet, ...]:
        found: dict[int, CodeSet] = {}
        for code_field in self.codes:
            assert isinstance(code_field.type, CodeType)
            for code_set in code_field.type.code_sets:
                found.setdefault(id(code_set), code_set)
        return tuple(found.values())


@dataclass(frozen=True, eq=False)
class Listener:
    """A browser listener helper of the TypeScript package."""

    function: str
    #: The TypeScript name of the union it returns.
    result_type: str
    transport: Literal["message", "callback"]
    description: str
    events: tuple[ListenerEvent, ...]
    origins: ListenerOrigins | None


@dataclass(frozen=True, eq=False)
class SdkShape:
    """What one client SDK sends for a payload kind, as facts from its sources."""

    sdk: str
    naming: str
    sources: tuple[Source, ...]
    #: Each field (dotted through nested objects): its JSON type and whether it may be null.
    fields: tuple[tuple[str, str, bool], ...]
    #: The values the SDK allows in a code field.
    values: tuple[tuple[str, tuple[str, ...]], ...]
    #: Redirect query parameter -> the field the SDK fills from it.
    redirect_params: tuple[tuple[str, str], ...]
    notes: str | None


@dataclass(frozen=True, eq=False)
class Embedded:
    """A text field of a kind holding another body whole (the bank's error a provider passes
    through): the kinds that body may be, and whose code decides ("inner" or "outer")."""

    field: str
    kinds: tuple[str, ...]
    decides: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, eq=False)
class SignedBody:
    """A kind whose bodies travel as a signed JWT's payload (application/jwt), read without
    verifying its signature: why not, and where the sources say so."""

    unverified: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, eq=False)
class PayloadKind:
    id: str
    provider: ProviderRef
    module: str
    title: str
    description: str
    sources: tuple[Source, ...]
    root: TypeDef
    #: Every named type of the kind, in spec order (union variants and fallbacks included).
    types: tuple[TypeDef, ...]
    examples: tuple[Example, ...]
    browser: bool
    listener: Listener | None
    sdk_shapes: tuple[SdkShape, ...]
    #: How a body is told to be of the kind: the runtime's own rules, as bankcodes._payload_kinds
    #: holds them and bankcodes._recognition matches them.
    recognise: tuple[Recognition, ...] = ()
    #: The JSON paths of its code fields, in the order in which their codes decide.
    decides: tuple[str, ...] = ()
    #: The field (or dotted path of fields) holding the provider's id of the request.
    request_id: str | None = None
    #: The response header holding the provider's id of the request, where the body has none.
    request_id_header: str | None = None
    #: The top-level field holding the HTTP status of the response, where a body has one.
    status_field: str | None = None
    #: The provider's code set of HTTP statuses, which decides where no code is known.
    status_code_set: CodeSet | None = None
    #: The provider's code set of its clients' exception classes, standing for this kind's body.
    exception_code_set: CodeSet | None = None
    #: The text fields holding another body whole, each read as one of its kinds.
    embeds: tuple[Embedded, ...] = ()
    #: Where its bodies travel as a signed JWT's payload: how they are read.
    jwt: SignedBody | None = None
    #: The facts the spec's PayloadKind model declares as carried that the kind has.
    carried: Carried = ()

    @cached_property
    def code_paths(self) -> tuple[CodeField, ...]:
        """Every code field, as bankcodes._payload_kinds holds it, in decision order (then in
        field order, a union's variants each with their own code sets); read once."""
        found = code_paths(self.root)
        order = {path: index for index, path in enumerate(self.decides)}
        return tuple(sorted(found, key=lambda p: order.get(p.path, len(order))))

    def model_module(self, mode: Mode) -> str:
        """The dotted module of the kind's pydantic models (strict ones in their own module)."""
        suffix = "" if mode == "lenient" else "_strict"
        return f"bankcodes.webhooks.{self.provider.id}.{self.module}{suffix}"

    def schema_file(self, mode: Mode) -> str:
        """The schema's path under generated/jsonschema/."""
        suffix = ".schema.json" if mode == "lenient" else ".strict.schema.json"
        return self.id + suffix

    def schema_id(self, mode: Mode) -> str:
        base = "urn:bankcodes:schema:" + self.id.replace("/", ":")
        return base if mode == "lenient" else base + ":strict"

    @property
    def objects(self) -> tuple[ObjectDef, ...]:
        """Every object type of the kind, each once."""
        found: dict[int, ObjectDef] = {}
        for type_def in self.types:
            members: tuple[ObjectDef, ...] = ()
            if isinstance(type_def, ObjectDef):
                members = (type_def,)
            elif isinstance(type_def, UnionDef):
                members = (*type_def.variants, type_def.fallback)
            for member in members:
                found.setdefault(id(member), member)
        return tuple(found.values())


@dataclass(frozen=True, eq=False)
class PayloadLimits:
    max_string_length: int
    max_depth: int
    why: str


def code_paths(root: TypeDef) -> tuple[CodeField, ...]:
    """Every code field under `root`, depth first in field order, each path once per variant: a
    union's variants each add their own (a field's code sets can differ from one variant to
    another), and the members of an any-of that share a path share one field, with the code
    sets of them all."""
    found: dict[tuple[str, str | None], CodeField] = {}

    def walk(type_def: TypeDef, path: str, tag: str | None, seen: frozenset[int]) -> None:
        if id(type_def) in seen:
            return
        seen = seen | {id(type_def)}
        if isinstance(type_def, UnionDef):
            for variant in type_def.variants:
                walk(variant, path, variant.tag[1] if variant.tag else None, seen)
            walk(type_def.fallback, path, None, seen)
        elif isinstance(type_def, AnyOfDef):
            for member in type_def.members:
                walk(member, path, tag, seen)
        else:
            for field in type_def.fields:
                field_type(field.type, f"{path}.{field.name}", tag, seen)

    def field_type(kind: FieldType, path: str, tag: str | None, seen: frozenset[int]) -> None:
        if isinstance(kind, CodeType):
            known = found.get((path, tag))
            before = known.code_sets if known else ()
            sets = before + tuple(s.ref for s in kind.code_sets if s.ref not in before)
            numeric = known.numeric if known else kind.code_sets[0].numeric
            found[(path, tag)] = CodeField(path=path, code_sets=sets, tag=tag, numeric=numeric)
        elif isinstance(kind, RefType):
            walk(kind.target, path, tag, seen)
        elif isinstance(kind, ArrayType):
            field_type(kind.item, path + "[*]", tag, seen)
        elif isinstance(kind, KeysType):
            field_type(kind.keys, path + ".*~", tag, seen)

    walk(root, "$", None, frozenset())
    return tuple(found.values())
