"""What told whose a body is (its evidence, bankcodes._recognition.Evidence), as a decision's
reasons of part `code` say it, in the words both runtimes share (bankcodes._phrases)."""

from __future__ import annotations

from typing import Any

from bankcodes._decide_waits import shown
from bankcodes._decision import Reason, said

#: The words of each kind of evidence (bankcodes._recognition.Evidence), by its `what`.
_TOLD = {
    "namespace": "told_namespace",
    "code": "told_code",
    "fields": "told_fields",
    "provider": "told_provider",
}


def told_reasons(error: Any) -> tuple[Reason, ...]:
    """What told whose an error's body is (its `evidence`), one reason each, in words: a text
    in its provider's namespace (its source the one that publishes it), a code only the
    provider's code sets hold and fields of its own (the body's), or the provider the caller
    named."""
    reasons = []
    for told in getattr(error, "evidence", ()):
        value = "" if told.value is None else shown(told.value)
        keys, provider = ", ".join(told.keys), told.kind.partition("/")[0]
        says = said(_TOLD[told.what], kind=told.kind, provider=provider, keys=keys, value=value)
        source = {"namespace": (*told.sources, "body")[0], "provider": "provider"}
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


def status_missing(provider: str | None, data: object) -> tuple[Reason, ...]:
    """Where nothing decided a body and no HTTP status came with it: the one kind it is read as
    (by its evidence, or the provider named) whose HTTP status is its code, said as a reason of
    part `code` whose source is "status"; none where the body is no such kind's."""
    from bankcodes._code_fields import recognise
    from bankcodes._payload_kinds import KINDS

    kinds = recognise(data, provider) if data is not None else ()
    ref = KINDS[kinds[0]].status_code_set if len(kinds) == 1 else None
    if ref is None:
        return ()
    says = said("status_missing", kind=kinds[0], code_set=ref)
    return (Reason(part="code", says=says, source="status"),)
