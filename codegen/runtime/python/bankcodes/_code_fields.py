"""Where codes live in a payload, read from the spec through bankcodes._payload_kinds: which kinds
a body is (`recognise`), every code it carries with its path and code set (`codes`), and the one
that decides its outcome (`decisive_code`). Only code fields are read, each with the code sets
of its own field, so a value is never read as another field's or another provider's code."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from bankcodes._jwt_body import jwt_payload, signed_kinds
from bankcodes._own_codes import has_form
from bankcodes._payload_kinds import KINDS
from bankcodes._payloads import Data, PayloadError, _kind, _text, parse
from bankcodes._providers import code_set_of
from bankcodes._recognition import KEYS, Recogniser, concerned, values
from bankcodes._recognition import Evidence as Evidence
from bankcodes._record import Record

if TYPE_CHECKING:
    from collections.abc import Iterator

    from bankcodes._base import AnyCode, AnyCodeSet, UnknownCode
    from bankcodes._kinds import CodeField, PayloadKindInfo


class FoundCode(Record):
    """A code read from a payload: where (the JSON path of the value, `$.errors[0].code`), the
    code field it was read as (`$.errors[*].code`), the code set that knows it
    ("provider.code_set"; the field's first one for a value none of them knows), and the code
    itself (an enum member, or an UnknownCode that keeps the value)."""

    path: str
    field: str
    code_set: str
    code: AnyCode | UnknownCode
    #: The value the body holds where it is an alias of the code's (v4's U004); else None.
    held: str | int | None = None
    #: The connection or account the code concerns, where its kind names the fields beside a
    #: code that say so (the spec's `concerns`) and the body fills them: {"account": "ACT-1"}.
    concerns: dict[str, str] | None = None


_PARSED = (dict, list, int, float, bool, type(None))


def _json(body: Data | object) -> object:
    """The JSON value of a body: raw bytes or str (read under bankcodes.payloads' rules), a
    pydantic model (as it would be sent: by alias), or parsed JSON, read where it is (only code
    fields are walked, so its size and depth cost nothing more than reading them)."""
    if hasattr(body, "model_dump") and hasattr(type(body), "__pydantic_fields__"):
        dumped: object = body.model_dump(mode="json", by_alias=True)
        return dumped
    if isinstance(body, bytes | bytearray | memoryview | str):
        return parse(body)
    if isinstance(body, _PARSED):
        return body
    return parse(_text(body))


def _read_body(body: Data | object, kind: str | None = None) -> tuple[object, bool]:
    """The JSON value of a body (see `_json`), and False; for a raw body that is no JSON, the
    payload of the signed JWT it is (bankcodes._jwt_body: read without verifying it), and True,
    where `kind` is None or a kind whose bodies travel so. Raises PayloadError for anything
    else."""
    if not isinstance(body, bytes | bytearray | memoryview | str):
        return _json(body), False
    try:
        return parse(body), False
    except PayloadError:
        signed = kind is None or KINDS[kind].jwt_unverified is not None
        data = jwt_payload(body) if signed else None
        if data is None:
            raise
        return data, True


def recognise(body: Data | object, provider: str | None = None) -> tuple[str, ...]:
    """The payload kinds whose identity `body` matches, most specific first (the kind whose
    matching rule has the most conditions; then in catalog order): more than one is a body no
    reader should hand to one of them (see `identify`). With `provider`, only that provider's
    kinds, by every rule of theirs, those too plain to tell the provider alone included
    (`provider_given`). Empty when no kind's rule matches: the body is not one the catalog can
    name. A raw body that is a signed JWT (application/jwt) is read by its payload, unverified,
    among the kinds whose bodies travel so alone. Raises PayloadError for a body that is not
    JSON (nor such a token), ValueError for a provider that is no provider id."""
    return _recognised(body, provider)[0]


def _recognised(body: Data | object, provider: str | None) -> tuple[tuple[str, ...], object]:
    """`recognise`'s answer, and the JSON value it read."""
    if provider is not None:
        from bankcodes._providers import provider_id

        provider_id(provider)
    data, signed = _read_body(body)
    found = _recogniser(provider).ranked(data)
    return (signed_kinds(found) if signed else found), data


def ranked(kinds: tuple[str, ...], data: object) -> tuple[str, ...]:
    """The kinds of `kinds` whose recognition parsed `data` matches, most specific first (the
    matching rule with the most conditions; then in the order given), by the rules that tell a
    body alone."""
    return _recogniser(None).ranked(data, kinds)


@cache
def _recogniser(provider: str | None) -> Recogniser:
    """The rules that tell a body alone, of every kind; or every rule of `provider`'s kinds."""
    mine = [kind for kind in KINDS if provider in (None, kind.partition("/")[0])]
    rules = {kind: KINDS[kind].recognise for kind in mine}
    return Recogniser(rules, _known, every_rule=provider is not None)


class Identified(Record):
    """Which payload kind a body is: `kind`, the one kind it fits (None when it fits none, or
    several), and `kinds`, every kind it fits, most specific first; `ambiguous` when there are
    several, which no reader hands to one of them. `evidence` says what in the body tells that
    it is the one kind's provider's (bankcodes._recognition.Evidence: its namespace, a code only
    its code sets hold, its fields; or that the reader was told the provider); none where there
    is no one kind."""

    kind: str | None
    kinds: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()

    def __init__(self, *, kinds: tuple[str, ...], evidence: tuple[Evidence, ...] = ()) -> None:
        kind = kinds[0] if len(kinds) == 1 else None
        super().__init__(kind=kind, kinds=kinds, evidence=evidence if kind else ())

    @property
    def ambiguous(self) -> bool:
        return len(self.kinds) > 1


def identify(body: Data | object, provider: str | None = None) -> Identified:
    """The one payload kind `body` is (of `provider` where given, by every rule of its kinds),
    with what tells it, or why there is none: no kind fits, or several do (`ambiguous`). Raises
    as `recognise`."""
    kinds, data = _recognised(body, provider)
    if len(kinds) != 1:
        return Identified(kinds=kinds)
    return Identified(kinds=kinds, evidence=evidence_of(data, kinds[0], provider))


def evidence_of(data: object, kind: str, provider: str | None = None) -> tuple[Evidence, ...]:
    """What tells that parsed `data` is `kind`'s provider's, as read with `provider` given or
    not (`identify`'s `evidence`)."""
    return _recogniser(provider).evidence(data, kind)


def codes(kind: str, body: Data | object) -> tuple[FoundCode, ...]:
    """Every code in `body` read as a payload of `kind`, from its code fields only, in the
    order in which they decide the outcome (the kind's `decides` in the spec), the items of an
    array in their order. A value that is not a non-empty string is no code. A raw body of a
    kind whose bodies travel as a signed JWT's payload may be that token (read unverified).
    Raises ValueError for an unknown kind and PayloadError for a body that is not JSON."""
    return tuple(_found(kind, body))


def _found(kind: str, body: Data | object) -> Iterator[FoundCode]:
    """The codes of `codes`, one at a time (reading stops where the caller does)."""
    entry = _kind(kind)
    data, _ = _read_body(body, kind)
    first = _namespaced(entry, data)
    for code_field in _fields(entry, data):
        yield from _read(code_field, data, entry.concerns, first)


def _namespaced(entry: PayloadKindInfo, data: object) -> str | None:
    """The code set a body's namespace names (the kind's namespace_code_sets, by the address its
    namespace_field's text begins with), that its codes are read in first; None where it names
    none."""
    field = entry.namespace_field
    text = data.get(field) if field is not None and isinstance(data, dict) else None
    if not isinstance(text, str):
        return None
    named = entry.namespace_code_sets.items()
    return next((ref for prefix, ref in named if text.startswith(prefix)), None)


def decisive_code(kind: str, body: Data | object) -> FoundCode | None:
    """The code that decides the outcome of `body` read as a payload of `kind`: the first of
    `codes(kind, body)` that its code set knows (a webhook's embedded error before its webhook
    code, a detailed status before its summary), so that a code the catalog does not know yet
    falls back to the next field that says more; the first code when none is known; None when
    it carries no code. Of the keys of an object (a SET's events), a known code that is not
    informational decides before one that is (the resource update that comes with a
    revocation)."""
    first: FoundCode | None = None
    update: FoundCode | None = None
    for found in _found(kind, body):
        if not _is_known(found.code):
            first = first or found
        elif found.field.endswith(KEYS) and _informational(found.code):
            update = update or found
        else:
            return found
    return update or first


def _informational(code: AnyCode | UnknownCode) -> bool:
    return str(getattr(code, "category", "")) == "informational"


def _is_known(code: AnyCode | UnknownCode) -> bool:
    from bankcodes._base import UnknownCode

    return not isinstance(code, UnknownCode)


def _fields(entry: PayloadKindInfo, data: object) -> tuple[CodeField, ...]:
    """The code fields of the member `data` is: a union's variant by its tag (its fallback's
    for a tag the catalog does not know), or every field of another kind."""
    if entry.tag is None:
        return entry.codes
    tag = data.get(entry.tag) if isinstance(data, dict) else None
    known = isinstance(tag, str) and tag in entry.variants
    return tuple(f for f in entry.codes if f.tag == (tag if known else None))


def _read(
    code_field: CodeField,
    data: object,
    concerns: dict[str, str] | None = None,
    first: str | None = None,
) -> Iterator[FoundCode]:
    from bankcodes._integers import integer_code

    named = concerned(code_field.path, data, concerns) if concerns else {}
    refs = code_field.code_sets
    if first in refs:  # the code set the body's namespace names is read in first
        refs = (first, *(ref for ref in refs if ref != first))
    for path, value in values(code_field.path[1:], data, "$"):
        # A code is a non-empty string, or where its code sets' codes travel as numbers, what
        # bankcodes._integers reads as one (a safe integer, its decimal text, other text).
        code: str | int | None
        if code_field.numeric:
            code = integer_code(value)
        else:
            code = value if isinstance(value, str) and value else None
        if code is None:
            continue
        code_set, found = _code(refs, code)
        held = None if str(found.value) == str(code) else code
        about = named.get(path.rpartition(".")[0])
        yield FoundCode(
            path=path,
            field=code_field.path,
            code_set=code_set,
            code=found,
            held=held,
            concerns=about,
        )


def _code(refs: tuple[str, ...], value: str | int) -> tuple[str, AnyCode | UnknownCode]:
    """The first code set of `refs` that knows `value` (a non-empty string or a number), and
    its member; else the first whose form of the sender's own codes it has, and an UnknownCode
    of it that is `own`; else the first code set and an UnknownCode of it (which reports it to
    on_unknown)."""
    for ref in refs:
        member = _code_set(ref)._member(value)
        if member is not None:
            return ref, member
    for ref in refs:  # a code of the sender's own, in the form one of its code sets gives
        if isinstance(value, str) and has_form(_code_set(ref).code_set(), value):
            return ref, _code_set(ref).parse(value)  # type: ignore[return-value]
    code = _code_set(refs[0]).parse(value)
    assert code is not None, "a non-empty string is a code"
    return refs[0], code


def _known(ref: str, value: str) -> bool:
    return _code_set(ref)._member(value) is not None


@cache
def _code_set(ref: str) -> AnyCodeSet:
    provider, _, name = ref.partition(".")
    return code_set_of(provider, name)
