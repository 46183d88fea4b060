"""How a body is recognised as a payload kind by the spec's rules (bankcodes._kinds.Recognition),
given as plain data: which rules a body matches (`Recogniser.matching`), which kinds it is, most
specific first (`Recogniser.ranked`), and what tells its provider (`Recogniser.evidence`). A rule
tells a body alone only by the evidence it finds in it (`evidence`): a text in the provider's
namespace, fields of its own, or a code only its code sets hold; a body whose only match is by
codes many APIs share is the provider's only where the reader is told the provider.
bankcodes.payloads reads bodies with it, and the generator checks the catalog's published
examples with it, on the rules it writes into bankcodes._payload_kinds; nothing generated is
imported here.

A body costs time linear in its size, however many kinds there are: each rule is filed under one
top-level key it requires (of its keys, the one that the fewest rules name), and a body is tried
against the rules filed under its own keys alone."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from bankcodes._record import Record

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence

    from bankcodes._kinds import Recognition

    #: Whether the code set `ref` ("provider.code_set") knows a text.
    Known = Callable[[str, str], bool]


#: The last step of a path that reads the keys of an object (a SET's events: each under its type).
KEYS = ".*~"


def values(rest: str, data: object, path: str) -> Iterator[tuple[str, object]]:
    """The values at a field path (".a.b[*].c", relative to `data`), each with its JSON path; a
    last step .*~ gives the keys of the object there, each as its path with ~ after it."""
    if not rest:
        yield path, data
        return
    if rest == KEYS:
        for key in data if isinstance(data, dict) else ():
            yield f"{path}.{key}~", key
        return
    step, _, after = rest[1:].partition(".")
    after = "." + after if after else ""
    key, each = (step[:-3], True) if step.endswith("[*]") else (step, False)
    if not isinstance(data, dict) or key not in data:
        return
    value, here = data[key], f"{path}.{key}"
    if not each:
        yield from values(after, value, here)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from values(after, item, f"{here}[{index}]")


#: The longest id of a connection or account a code is read with (a longer one is not read).
MAX_CONCERNED = 200


def concerned(field: str, data: object, concerns: dict[str, str]) -> dict[str, dict[str, str]]:
    """By the JSON path of each object that holds a code of the code field at `field`
    ($.errlist[*].code), what it names of `concerns` ({"account": "account_id"}: the account
    its account_id names), each a text of 1 to MAX_CONCERNED characters (anything else names
    nothing); objects that name none are left out."""
    head = field[1:].rpartition(".")[0]
    named = {}
    for path, holder in values(head, data, "$"):
        if not isinstance(holder, dict):
            continue
        found = {
            what: value
            for what, name in concerns.items()
            if isinstance(value := holder.get(name), str) and 0 < len(value) <= MAX_CONCERNED
        }
        if found:
            named[path] = found
    return named


def reached(data: object, path: str) -> list[object]:
    """The values at a key, or at a dotted path of keys through nested objects, where a key
    ending in [] steps into every item of the array it holds (errors[].code: the code of each
    error); none where the path leads nowhere."""
    return [value for _, value in values("." + path.replace("[]", "[*]"), data, "$")]


def matches(rule: Recognition, data: object, known: Known) -> bool:
    """Whether parsed `data` meets every condition of `rule`."""
    if not isinstance(data, dict):
        return False
    if not all(reached(data, key) for key in rule.present):
        return False
    if any(reached(data, key) for key in rule.absent):
        return False
    for key in rule.objects:
        found = reached(data, key)
        if not found or not all(isinstance(value, dict) for value in found):
            return False
    named = (*rule.prefixes, *rule.codes)
    texts = {key: [text for text in reached(data, key) if isinstance(text, str)] for key in named}
    prefixed = all(any(t.startswith(p) for t in texts[key]) for key, p in rule.prefixes.items())
    return prefixed and all(
        any(known(ref, t) for t in texts[key] for ref in refs) for key, refs in rule.codes.items()
    )


class Evidence(Record):
    """What tells that a body is `kind`'s provider's: `what` it is, "namespace" (a text in the
    provider's namespace, such as its documentation address or a URN of its own, published at
    `sources`), "wording" (the start of a message in the provider's own words, quoted at
    `sources`), "code" (a code only the provider's code sets hold), "fields" (fields of the
    provider's own, or several of its fields together) or "provider" (nothing in the body: the
    reader was told the provider); the `keys` of the body that carry it, as the kind's
    recognition names them; and the text or code read there (`value`; None for fields and for
    the provider)."""

    kind: str
    what: str
    keys: tuple[str, ...] = ()
    value: str | None = None
    sources: tuple[str, ...] = ()


def evidence(rule: Recognition, data: object, known: Known, kind: str) -> tuple[Evidence, ...]:
    """What tells the provider of parsed `data`, which meets `rule`: each key of its namespace
    with the text it holds there, each key of its codes that holds a code of its code sets that
    no other provider's holds nor many APIs send (the rule's `shared` lists those), and its
    fields, where they tell (`by_fields`); none where the body gives none."""
    found = []
    for key, prefixes in rule.prefixes.items():
        text = next((t for t in _texts(data, key) if t.startswith(prefixes)), None)
        if text is not None:
            what = "wording" if rule.wording else "namespace"
            told = Evidence(kind=kind, what=what, keys=(key,), value=text, sources=rule.sources)
            found.append(told)
    for key, refs in rule.codes.items():
        anyone = rule.shared.get(key, ())
        own = (t for t in _texts(data, key) if t not in anyone and any(known(r, t) for r in refs))
        code = next(own, None)
        if code is not None:
            found.append(Evidence(kind=kind, what="code", keys=(key,), value=code))
    if rule.by_fields:
        keys = tuple(dict.fromkeys(_named(rule)))
        found.append(Evidence(kind=kind, what="fields", keys=keys))
    return tuple(found)


def _texts(data: object, key: str) -> list[str]:
    return [text for text in reached(data, key) if isinstance(text, str)]


def _named(rule: Recognition) -> tuple[str, ...]:
    return (*rule.present, *rule.objects, *rule.codes)


class Match(NamedTuple):
    """A rule a body matches: its kind, its place in the kind's rules, the rule, and what in the
    body tells its provider (none for a rule that applies only where the reader is told it, or
    that finds no evidence there)."""

    kind: str
    number: int
    rule: Recognition
    evidence: tuple[Evidence, ...] = ()


class Recogniser:
    """The rules of `kinds` (kind -> its rules, in catalog order), filed for matching: those that
    tell a body alone, or with `every_rule` those too plain to as well (`provider_given`), which
    apply where the reader is told the provider. `known` says whether a code set knows a text."""

    def __init__(
        self, kinds: Mapping[str, Sequence[Recognition]], known: Known, *, every_rule: bool = False
    ) -> None:
        self._known = known
        self._every_rule = every_rule
        self._order = {kind: order for order, kind in enumerate(kinds)}
        rules = [
            Match(kind, number, rule)
            for kind, listed in kinds.items()
            for number, rule in enumerate(listed)
            if every_rule or not rule.provider_given
        ]
        named = Counter(key for match in rules for key in _keys(match.rule))
        self._filed: dict[str, list[Match]] = {}
        self._unfiled: list[Match] = []  # the rules that require no key, tried on every object
        for match in rules:
            keys = _keys(match.rule)
            rarest = min(keys, key=lambda key: (named[key], key)) if keys else None
            (self._unfiled if rarest is None else self._filed.setdefault(rarest, [])).append(match)

    def matching(self, data: object) -> Iterator[Match]:
        """The rules parsed `data` matches (those filed under its keys, and those filed under
        none), each with its evidence there; without `every_rule`, only those that find some."""
        if not isinstance(data, dict):
            return
        filed = self._filed
        fewer, more = (data, filed) if len(data) < len(filed) else (filed, data)
        tried = [filed[key] for key in fewer if key in more]
        for match in (*self._unfiled, *(match for rules in tried for match in rules)):
            if not matches(match.rule, data, self._known):
                continue
            rule = match.rule
            told = () if rule.provider_given else evidence(rule, data, self._known, match.kind)
            if told or self._every_rule:
                yield match._replace(evidence=told)

    def ranked(self, data: object, kinds: Sequence[str] | None = None) -> tuple[str, ...]:
        """The kinds whose rules parsed `data` matches, most specific first (the kind whose
        matching rule has the most conditions), then in catalog order; with `kinds`, only
        those, then in their order."""
        order = self._order if kinds is None else {kind: n for n, kind in enumerate(kinds)}
        weights: dict[str, int] = {}
        for match in self.matching(data):
            if match.kind in order:
                weights[match.kind] = max(weights.get(match.kind, 0), match.rule.weight)
        return tuple(sorted(weights, key=lambda kind: (-weights[kind], order[kind])))

    def evidence(self, data: object, kind: str) -> tuple[Evidence, ...]:
        """What tells that parsed `data` is `kind`'s provider's: the evidence of the matching
        rule of `kind` with the most conditions that finds some; where none does but a rule
        matches (the reader was told the provider), the evidence "provider"; none where no rule
        matches."""
        found = [match for match in self.matching(data) if match.kind == kind]
        found.sort(key=lambda match: -match.rule.weight)
        told = next((match.evidence for match in found if match.evidence), ())
        return told or ((Evidence(kind=kind, what="provider"),) if found else ())


def _keys(rule: Recognition) -> set[str]:
    """The top-level keys a body needs to meet `rule`: those of its conditions that require a
    value (every condition but `absent`)."""
    paths = (*rule.present, *rule.objects, *rule.codes, *rule.prefixes)
    return {path.partition(".")[0].removesuffix("[]") for path in paths}
