"""What told whose a body is (its evidence, bankcodes._recognition.Evidence), as a decision's
reasons of part `code` say it, in the words both runtimes share (bankcodes._phrases)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bankcodes._code_fields import FoundCode
from bankcodes._decide_waits import shown
from bankcodes._decision import Reason, said
from bankcodes._payload_kinds import KINDS
from bankcodes._status_codes import BY_KIND_STATUS, BY_STATUS

#: The most characters of a provider's own words a reason quotes (told.ts's MAX_WORDS).
MAX_WORDS = 200
#: The steps a kind's words_step takes the place of: nothing to do (a success's status), and to
#: ask the provider (nothing read).
STEPS_GIVEN_WAY = ("none", "contact_provider")


def told_reasons(evidence: Iterable[Any]) -> tuple[Reason, ...]:
    """What told whose a body is (an error's `evidence`, or evidence_of's), one reason each, in
    words: a text in its provider's namespace (its source the one that publishes it), a code
    only the provider's code sets hold and fields of its own (the body's), or the provider the
    caller named. The words of each kind of evidence are the phrase told_ and its `what`."""
    reasons = []
    for told in evidence:
        value = "" if told.value is None else shown(told.value)
        keys, provider = ", ".join(told.keys), told.kind.partition("/")[0]
        says = said(f"told_{told.what}", kind=told.kind, provider=provider, keys=keys, value=value)
        stated = (*told.sources, "body")[0]
        source = {"namespace": stated, "wording": stated, "provider": "provider"}
        reasons.append(Reason(part="code", says=says, source=source.get(told.what, "body")))
    return tuple(reasons)


def concerns_reasons(found: Any) -> tuple[Reason, ...]:
    """The connection or account the deciding code concerns alone (its `concerns`), one reason
    each, of part `concerns`: the rest of the response is not failed by it."""
    named = getattr(found, "concerns", None) or {}
    return tuple(
        Reason(part="concerns", says=said("concerns", what=what, value=shown(value)), source="body")
        for what, value in named.items()
    )


def status_missing(kind: str | None) -> tuple[Reason, ...]:
    """Where nothing decided a body and no HTTP status came with it: where the one kind it was
    read as (by its evidence, or the provider named) is one whose HTTP status is its code, that,
    said as a reason of part `code` whose source is "status"; none otherwise."""
    from bankcodes._payload_kinds import KINDS

    ref = KINDS[kind].status_code_set if kind is not None else None
    if ref is None:
        return ()
    says = said("status_missing", kind=kind, code_set=ref)
    return (Reason(part="code", says=says, source="status"),)


def words_step(kind: str | None, read: FoundCode | None, step: str) -> tuple[str, Reason] | None:
    """The next step the provider's words in a body of `kind` ask for (its kind's words_step:
    texts for the end user), where no code of the body was read (none, or only its response's
    HTTP status) and the step would otherwise be nothing, or to ask the provider; with its
    reason of part `next_step`. None otherwise, and where the kind names no such step."""
    stated = KINDS[kind].words_step if kind is not None else None
    by_status = read is None or read.path in (BY_STATUS, BY_KIND_STATUS)
    if kind is None or stated is None or not by_status or step not in STEPS_GIVEN_WAY:
        return None
    says = said("by_words", step=stated, provider=kind.partition("/")[0], kind=kind)
    sources = ", ".join(KINDS[kind].words_step_sources)
    return stated, Reason(part="next_step", says=says, source=sources)


def provider_words(kind: str | None, data: object) -> tuple[Reason, ...]:
    """The provider's own words in a body of `kind`, a kind whose bodies carry no code: the
    first text of its `words` fields, quoted as the provider's (escaped, at most MAX_WORDS
    characters), as a reason of part `words`; none where the kind names no such field or the
    body holds no text there."""
    from bankcodes._params import printable
    from bankcodes._payload_kinds import KINDS
    from bankcodes._recognition import values

    if kind is None:
        return ()
    for path in KINDS[kind].words or ():
        for field, text in values(path[1:], data, "$"):
            if isinstance(text, str) and text:
                words = printable(text[: MAX_WORDS * 2], MAX_WORDS, spaces=True)
                provider = kind.partition("/")[0]
                says = said("provider_words", provider=provider, field=field, words=words)
                return (Reason(part="words", says=says, source="body"),)
    return ()
