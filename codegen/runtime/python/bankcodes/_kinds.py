"""The record of a payload kind: where its models are and how its root model is chosen. The
generated module bankcodes._payload_kinds builds one per kind, by keyword, from the spec."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from bankcodes._code_facts import PayloadKindFacts
from bankcodes._record import Record, field


class Member(Record):
    """A member of an any_of kind, tried first when its required fields are present."""

    name: str
    required: tuple[str, ...] = ()


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

    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    codes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    prefixes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    provider_given: bool = False
    by_fields: bool = False
    #: Its prefixes read a message's start in the provider's own words, not its namespace.
    wording: bool = False
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def weight(self) -> int:
        return sum(map(len, (self.present, self.absent, self.objects, self.codes, self.prefixes)))


class CodeField(Record):
    """Where a code lives: a JSON path ($.error.code; [*] for every item of an array),
    the code sets its values come from, first first, and the union variant (its tag value)
    that has the field, None where any member may."""

    path: str
    code_sets: tuple[str, ...]
    tag: str | None = None
    #: True when its codes travel as JSON integers.
    numeric: bool = False


class Embedded(Record):
    """A text field of a kind that holds another body whole, as JSON text (the bank's error a
    provider passes through): its JSON path, the kinds that body may be (recognised among these
    alone) and whose code decides, "inner" (the body's, where the catalog knows it) or
    "outer" (the kind's own)."""

    field: str
    kinds: tuple[str, ...]
    decides: str = "inner"


class PayloadKindInfo(PayloadKindFacts):
    """How bankcodes.payloads reads a kind: the lenient and strict model modules, the root
    model, and for a union its tag field, the variant of each tag value and the fallback (for
    any other value, lenient only); for an any_of kind, its members in order; and the facts the
    spec declares once and carries as they are (PayloadKindFacts, generated from the spec's
    models: where a body holds the request id and the HTTP status, the code sets of statuses and
    of exception classes)."""

    lenient_module: str
    strict_module: str
    root: str
    tag: str | None = None
    variants: dict[str, str] = field(default_factory=dict)
    fallback: str | None = None
    members: tuple[Member, ...] = ()
    event_code: str | None = None
    recognise: tuple[Recognition, ...] = ()
    codes: tuple[CodeField, ...] = ()
    #: The text fields holding another body whole.
    embeds: tuple[Embedded, ...] = ()
    #: Where the kind's bodies travel as a signed JWT's payload (application/jwt): why no reader
    #: verifies its signature; None for a kind whose bodies are JSON.
    jwt_unverified: str | None = None


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
