"""How a body is recognised as a payload kind by the spec's rules (bankcodes._kinds.Recognition),
given as plain data: which rules a body matches (`Recogniser.matching`) and which kinds it is, most
specific first (`Recogniser.ranked`). bankcodes.payloads reads bodies with it, and the generator
checks the catalog's published examples with it, on the rules it writes into
bankcodes._payload_kinds; nothing generated is imported here.

A body costs time linear in its size, however many kinds there are: each rule is filed under one
top-level key it requires (of its keys, the one that the fewest rules name), and a body is tried
against the rules filed under its own keys alone."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence

    from bankcodes._kinds import Recognition

    #: Whether the code set `ref` ("provider.code_set") knows a text.
    Known = Callable[[str, str], bool]


def values(rest: str, data: object, path: str) -> Iterator[tuple[str, object]]:
    """The values at a field path (".a.b[*].c", relative to `data`), each with its JSON path."""
    if not rest:
        yield path, data
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


class Match(NamedTuple):
    """A rule a body matches: its kind, its place in the kind's rules, and the rule."""

    kind: str
    number: int
    rule: Recognition


class Recogniser:
    """The rules of `kinds` (kind -> its rules, in catalog order), filed for matching: those that
    tell a body alone, or with `every_rule` those too plain to as well (`provider_given`), which
    apply where the reader is told the provider. `known` says whether a code set knows a text."""

    def __init__(
        self, kinds: Mapping[str, Sequence[Recognition]], known: Known, *, every_rule: bool = False
    ) -> None:
        self._known = known
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
        """The rules parsed `data` matches: those filed under its keys, and those filed under
        none."""
        if not isinstance(data, dict):
            return
        filed = self._filed
        fewer, more = (data, filed) if len(data) < len(filed) else (filed, data)
        tried = [filed[key] for key in fewer if key in more]
        for match in (*self._unfiled, *(match for rules in tried for match in rules)):
            if matches(match.rule, data, self._known):
                yield match

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


def _keys(rule: Recognition) -> set[str]:
    """The top-level keys a body needs to meet `rule`: those of its conditions that require a
    value (every condition but `absent`)."""
    paths = (*rule.present, *rule.objects, *rule.codes, *rule.prefixes)
    return {path.partition(".")[0].removesuffix("[]") for path in paths}
