"""A code as the fields of a structured log line or a tracing span, named after OpenTelemetry's
semantic conventions where one applies (`error.type`, `http.response.status_code`) and under
`bankcodes.` otherwise: one reading for `logging`'s extra, a JSON logger and a span's
attributes."""

from __future__ import annotations

from typing import Any

#: OpenTelemetry's value of error.type for an error of a class it does not know.
OTHER = "_OTHER"


def log_fields(
    code: Any,
    *,
    code_set: str | None = None,
    status: int | None = None,
    request_id: str | None = None,
    unknown: Any = None,
    concerns: dict[str, str] | None = None,
) -> dict[str, str | int | bool]:
    """The fields of `code` (a member of a code set, or an UnknownCode): error.type (the code's
    identifier, "_OTHER" for a value the catalog does not know), the provider, the code set
    ("provider.code_set"), the code as sent, its category, whether a program may retry and
    whether the end user can; with the HTTP status and the provider's request id where known,
    and the code the catalog does not know yet that the deciding code stood in for (`unknown`,
    a FoundCode: bankcodes.unknown_code and bankcodes.unknown_code_set); and what to do now,
    as bankcodes.decide reads the code alone: bankcodes.next_step, bankcodes.state where the
    code stands for one, bankcodes.wait_seconds where its source states a wait; and the code's
    section on the reference site, bankcodes.doc_url, where the package carries its address;
    and the connection or account the code concerns alone (`concerns`, a FoundCode's):
    bankcodes.connection_id, bankcodes.account_id. Every value is
    a str, an int or a bool, as log records and span attributes take them."""
    known = bool(code.known)  # a member of its code set, or an UnknownCode
    cls = type(code) if known else code.code_set_class
    info = cls.code_set() if cls is not None else None
    where = f"{info.provider}.{info.id}" if info is not None else code_set
    fields: dict[str, str | int | bool] = {"error.type": str(code.name) if known else OTHER}
    if where:
        fields["bankcodes.provider"] = where.partition(".")[0]
        fields["bankcodes.code_set"] = where
    fields["bankcodes.code"] = _text(code.value)
    fields["bankcodes.category"] = code.category.value
    fields["bankcodes.retryable"] = bool(code.retryable)
    fields["bankcodes.end_user_can_retry"] = bool(code.end_user_can_retry)
    fields.update(_decided(code))
    if code.doc_url is not None:  # where the package carries the reference site's address
        fields["bankcodes.doc_url"] = code.doc_url
    if type(status) is int and 100 <= status <= 599:
        fields["http.response.status_code"] = status
    if type(request_id) is str:
        fields["bankcodes.request_id"] = request_id
    if unknown is not None:
        fields["bankcodes.unknown_code"] = _text(unknown.code.value)
        fields["bankcodes.unknown_code_set"] = str(unknown.code_set)
    for what, named in (concerns or {}).items():
        fields[f"bankcodes.{what}_id"] = named
    return fields


def sentry_fingerprint(found: Any) -> list[str]:
    """Sentry's fingerprint of a code (a FoundError, a member of a code set or an UnknownCode):
    its provider, its code set and the code as sent, so that Sentry groups an error's events by
    its code, never by its message (which the providers say may change) or its stack."""
    fields = found.as_log_fields()
    names = ("bankcodes.provider", "bankcodes.code_set", "bankcodes.code")
    return [str(fields.get(name, "")) for name in names]


def _decided(code: Any) -> dict[str, str | int | bool]:
    """What to do now, as bankcodes.decide reads the code alone (no response to read): its own
    next step and state, else its category's, and the wait its source states."""
    info, category = code.info, code.category.info
    fields: dict[str, str | int | bool] = {
        "bankcodes.next_step": info.next_step or category.next_step or "contact_provider"
    }
    state = info.state or category.state
    if state is not None:
        fields["bankcodes.state"] = state
    if info.wait_seconds is not None:
        fields["bankcodes.wait_seconds"] = info.wait_seconds
    return fields


def _text(value: object) -> str:
    """A code's value as a log field: as sent, or, where it cannot be written as text (an int
    too long for Python to write), as bankcodes._params.quoted shows it."""
    from bankcodes._params import quoted

    try:
        text = str(value)
    except Exception:
        return quoted(value, 200)
    return text if type(text) is str else quoted(value, 200)
