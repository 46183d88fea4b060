"""The code a response's status or header stands for: where a provider documents the meaning of
its responses' statuses in a code set (a kind's `status_code_set`), the response's status read as
a code of it, for a body whose own code the catalog does not know (`code_by_status`) and for a
response of the provider named that carries no JSON body (`provider_status`); where a header of
its own carries a code (its body rules' `header_codes`), that header's value (`header_code`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bankcodes._code_fields import FoundCode
from bankcodes._decide_waits import shown
from bankcodes._decision import Reason, said
from bankcodes._payload_kinds import KINDS
from bankcodes._providers import code_set_of

#: Where a code is read from the response's HTTP status rather than from its body.
BY_STATUS = "(HTTP status)"
#: Where it is read from the status every response of its kind comes with, none being given.
BY_KIND_STATUS = "(its kind's HTTP status)"


def code_by_status(
    kind: str, code: FoundCode | None, status: int | None, path: str = BY_STATUS
) -> FoundCode | None:
    """The code that decides: the body's where the catalog knows it (or reads it as a code of
    the sender's own, in the form its code set gives), else the HTTP status where the kind's
    provider documents its meaning (the kind's status code set), else the body's code, else none.
    A body's informational code (who can act, a resource's type) states no outcome: a known
    status decides before it."""
    ref = KINDS[kind].status_code_set
    read = code is not None and (code.code.known or getattr(code.code, "own", False))
    category = str(getattr(getattr(code, "code", None), "category", ""))
    if (read and category != "informational") or status is None or ref is None:
        return code
    provider, _, set_id = ref.partition(".")
    member = code_set_of(provider, set_id).parse(status)
    if member is None or not member.known:
        return code
    return FoundCode(path=path, field=path, code_set=ref, code=member)


def provider_status(
    provider: str | None,
    status: int | None,
    found: FoundCode | None,
    data: object,
    told: tuple[Reason, ...],
) -> tuple[FoundCode | None, tuple[Reason, ...]]:
    """Where the provider named sent no JSON body (none, or a text: no code found): its
    response's HTTP status, where its kinds give the meaning of its statuses in one code set
    (a 403 that says its access was revoked), as a code of that set read at the HTTP status, with
    a reason of part `code` that says so after `told`; else `found` and `told` as they are."""
    if found is not None or isinstance(data, dict | list) or provider is None or status is None:
        return found, told
    kinds = [k for k in KINDS if k.partition("/")[0] == provider and KINDS[k].status_code_set]
    if len({KINDS[k].status_code_set for k in kinds}) != 1:
        return found, told
    read = code_by_status(kinds[0], None, status)
    if read is None:
        return found, told
    says = said("told_status", provider=provider, code_set=read.code_set)
    return read, (*told, Reason(part="code", says=says, source="status"))


def header_code(
    provider: str | None,
    headers: Mapping[str, Sequence[str]],
    found: FoundCode | None,
    told: tuple[Reason, ...],
) -> tuple[FoundCode | None, tuple[Reason, ...]]:
    """Where the response is the provider's and nothing in its body decides (no code found):
    the first header of its body rules' header_codes it carries whose value is a code the
    header's code set knows, read as that code at "(header NAME)", with a reason of part `code`
    that says so after `told`; else `found` and `told` as they are."""
    from bankcodes._provider_facts import BODY_RULES

    rules = BODY_RULES.get(provider) if found is None and provider is not None else None
    for header in rules.header_codes if rules is not None else ():
        value = next(iter(headers.get(header.name, ())), "").strip()
        member = code_set_of(str(provider), header.code_set).parse(value) if value else None
        if member is None or not member.known:
            continue
        path, ref = f"(header {header.name})", f"{provider}.{header.code_set}"
        says = said("told_header_code", name=header.name, value=shown(value), code_set=ref)
        read = FoundCode(path=path, field=path, code_set=ref, code=member)
        return read, (*told, Reason(part="code", says=says, source=", ".join(header.sources)))
    return found, told
