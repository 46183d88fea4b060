"""The record of a payload kind: where its models are and how its root model is chosen. The
generated module bankcodes._payload_kinds builds one per kind, by keyword, from the spec."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from bankcodes._code_facts import PayloadKindFacts
from bankcodes._record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Unpack

    from bankcodes._code_facts import PayloadKindFactsArgs


class Member(Record):
    """A member of an any_of kind, tried first when its required fields are present."""

    __slots__ = ("name", "required")
    name: str
    required: tuple[str, ...]

    def __init__(self, *, name: str, required: tuple[str, ...] = ()) -> None:
        super().__init__(name=name, required=required)


class Recognition(Record):
    """One way a body is recognised as a kind: every key of `present` is in the object, no key
    of `absent` is, every key of `objects` holds a JSON object, every key of `codes` holds
    a code of one of its code sets ("provider.code_set"), and every key of `prefixes` holds a
    text beginning with one of its prefixes (the provider's namespace, published at `sources`);
    a key may be a dotted path through nested objects. An entry that is `provider_given`
    applies only where the reader is told the provider; another tells a body alone only by the
    evidence it finds there (bankcodes._recognition.evidence): a text in the namespace, its
    fields where `by_fields` (one of the provider's own, or several together that no shape
    anyone's holds), or a code of `codes` that `shared` does not list (by key: the spellings its
    code sets share with another provider's, or with many APIs). Its weight (number of
    conditions) ranks the kinds that match."""

    __slots__ = (
        "present", "absent", "objects", "codes", "prefixes", "sources", "provider_given",
        "by_fields", "shared",
    )  # fmt: skip
    present: tuple[str, ...]
    absent: tuple[str, ...]
    objects: tuple[str, ...]
    codes: dict[str, tuple[str, ...]]
    prefixes: dict[str, tuple[str, ...]]
    sources: tuple[str, ...]
    provider_given: bool
    by_fields: bool
    shared: dict[str, tuple[str, ...]]

    def __init__(
        self,
        *,
        present: tuple[str, ...] = (),
        absent: tuple[str, ...] = (),
        objects: tuple[str, ...] = (),
        codes: dict[str, tuple[str, ...]] | None = None,
        prefixes: dict[str, tuple[str, ...]] | None = None,
        sources: tuple[str, ...] = (),
        provider_given: bool = False,
        by_fields: bool = False,
        shared: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__(
            present=present,
            absent=absent,
            objects=objects,
            codes=codes or {},
            prefixes=prefixes or {},
            sources=sources,
            provider_given=provider_given,
            by_fields=by_fields,
            shared=shared or {},
        )

    @property
    def weight(self) -> int:
        return sum(map(len, (self.present, self.absent, self.objects, self.codes, self.prefixes)))


class CodeField(Record):
    """Where a code lives: a JSON path ($.error.code; [*] for every item of an array),
    the code sets its values come from, first first, and the union variant (its tag value)
    that has the field, None where any member may."""

    __slots__ = ("path", "code_sets", "tag", "numeric")
    path: str
    code_sets: tuple[str, ...]
    tag: str | None
    #: True when its codes travel as JSON integers.
    numeric: bool

    def __init__(
        self,
        *,
        path: str,
        code_sets: tuple[str, ...],
        tag: str | None = None,
        numeric: bool = False,
    ) -> None:
        super().__init__(path=path, code_sets=code_sets, tag=tag, numeric=numeric)


class Embedded(Record):
    """A text field of a kind that holds another body whole, as JSON text (the bank's error a
    provider passes through): its JSON path, the kinds that body may be (recognised among these
    alone) and whose code decides, "inner" (the body's, where the catalog knows it) or
    "outer" (the kind's own)."""

    __slots__ = ("field", "kinds", "decides")
    field: str
    kinds: tuple[str, ...]
    decides: str

    def __init__(self, *, field: str, kinds: tuple[str, ...], decides: str = "inner") -> None:
        super().__init__(field=field, kinds=kinds, decides=decides)


class PayloadKindInfo(PayloadKindFacts):
    """How bankcodes.payloads reads a kind: the lenient and strict model modules, the root
    model, and for a union its tag field, the variant of each tag value and the fallback (for
    any other value, lenient only); for an any_of kind, its members in order; and the facts the
    spec declares once and carries as they are (PayloadKindFacts, generated from the spec's
    models: where a body holds the request id and the HTTP status)."""

    __slots__ = (
        "lenient_module",
        "strict_module",
        "root",
        "tag",
        "variants",
        "fallback",
        "members",
        "event_code",
        "status_code_set",
        "exception_code_set",
        "recognise",
        "codes",
        "embeds",
        "jwt_unverified",
    )
    lenient_module: str
    strict_module: str
    root: str
    tag: str | None
    variants: dict[str, str]
    fallback: str | None
    members: tuple[Member, ...]
    event_code: str | None
    #: The provider's code set of HTTP statuses ("provider.code_set"), which decides where a
    #: body has no code the catalog knows.
    status_code_set: str | None
    #: The provider's code set of the exception classes its own clients raise in place of such a
    #: body ("provider.code_set"), read by class name where an exception carries no body.
    exception_code_set: str | None
    recognise: tuple[Recognition, ...]
    codes: tuple[CodeField, ...]
    #: The text fields holding another body whole.
    embeds: tuple[Embedded, ...]
    #: Where the kind's bodies travel as a signed JWT's payload (application/jwt): why no reader
    #: verifies its signature; None for a kind whose bodies are JSON.
    jwt_unverified: str | None

    def __init__(
        self,
        *,
        lenient_module: str,
        strict_module: str,
        root: str,
        tag: str | None = None,
        variants: dict[str, str] | None = None,
        fallback: str | None = None,
        members: tuple[Member, ...] = (),
        event_code: str | None = None,
        status_code_set: str | None = None,
        exception_code_set: str | None = None,
        recognise: tuple[Recognition, ...] = (),
        codes: tuple[CodeField, ...] = (),
        embeds: tuple[Embedded, ...] = (),
        jwt_unverified: str | None = None,
        **facts: Unpack[PayloadKindFactsArgs],
    ) -> None:
        super().__init__(
            **facts,
            lenient_module=lenient_module,
            strict_module=strict_module,
            root=root,
            tag=tag,
            variants=variants or {},
            fallback=fallback,
            members=members,
            event_code=event_code,
            status_code_set=status_code_set,
            exception_code_set=exception_code_set,
            recognise=recognise,
            codes=codes,
            embeds=embeds,
            jwt_unverified=jwt_unverified,
        )


class LazyKinds(Mapping[str, PayloadKindInfo]):
    """Every payload kind by its id, each provider's records read from its package of models
    (bankcodes.webhooks.<provider>, KINDS) the first time one of its kinds is asked for:
    validating one kind reads its provider's alone (iterating the values reads them all)."""

    def __init__(self, providers: dict[str, str]) -> None:
        self._providers = providers
        self._built: dict[str, PayloadKindInfo] = {}

    def __getitem__(self, kind: str) -> PayloadKindInfo:
        found = self._built.get(kind)
        if found is None:
            import importlib

            package = importlib.import_module(f"bankcodes.webhooks.{self._providers[kind]}")
            # setdefault: two threads asking at once get the same record.
            found = self._built.setdefault(kind, package.KINDS[kind])
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._providers)

    def __len__(self) -> int:
        return len(self._providers)

    def __contains__(self, kind: object) -> bool:
        return kind in self._providers
