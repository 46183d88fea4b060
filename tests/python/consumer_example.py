"""A consumer of the package, type-checked with mypy --strict (by make lint, and against the
installed wheel by test_packaging). assert_type pins the types the API promises."""

from __future__ import annotations

import json
from typing import assert_type

import bankcodes
from bankcodes import Category, Source, UnknownCode
from bankcodes.argyle import BankConnectionError
from bankcodes.flinks import ConnectError
from bankcodes.lean import SDK_METHODS, SdkMethod, SecondaryStatus


def handle_lean_callback(secondary_status: str | None) -> str:
    status = SecondaryStatus.parse(secondary_status)
    assert_type(status, SecondaryStatus | UnknownCode | None)
    assert_type(SecondaryStatus.parse(None), None)
    assert_type(SecondaryStatus.parse(""), None)
    if status is None:
        return "no status"  # null or "": no code
    assert_type(status.category, Category)
    assert_type(status.retryable, bool)
    assert_type(status.advice, str | None)
    assert_type(status.http_statuses, tuple[int, ...])
    assert_type(status.source, Source | None)
    if isinstance(status, SecondaryStatus):
        assert_type(status.source, Source)
        return status.description
    return f"unknown status {status.value}"


def flinks_group(code: str) -> str | None:
    event = ConnectError.parse(code)
    return event.info.group if isinstance(event, ConnectError) else None


def argyle_message(code: str) -> str | None:
    error = BankConnectionError.parse(code)
    return None if error is None else error.message


def log_unknown_codes(lines: list[str]) -> None:
    def log(seen: bankcodes.SeenUnknown) -> None:
        assert_type(seen.to_json(), dict[str, str])
        lines.append(json.dumps(seen.to_json()))

    bankcodes.on_unknown(log)
    bankcodes.on_unknown(lines.append)  # type: ignore[arg-type]
    bankcodes.on_unknown(None)


def category_of(provider: str, code: str) -> Category:
    found = bankcodes.lookup(provider, code)
    assert_type(found, tuple[bankcodes.AnyCode, ...])
    return bankcodes.classify(provider, code)


def required_connect_fields() -> tuple[str, ...]:
    return SDK_METHODS[SdkMethod.connect].required_fields(region="KSA", sdk="web")
