"""A consumer of the package, type-checked with mypy --strict (by make lint, and against the
installed wheel by test_packaging). assert_type pins the types the API promises."""

from __future__ import annotations

from typing import assert_type

import bankcodes
from bankcodes import Category, CodeEnum, Source, UnknownCode
from bankcodes.argyle import BankConnectionError
from bankcodes.flinks import ConnectError
from bankcodes.lean import SDK_METHODS, SdkMethod, SecondaryStatus


def handle_lean_callback(secondary_status: str) -> str:
    status = SecondaryStatus.parse(secondary_status)
    assert_type(status, SecondaryStatus | UnknownCode)
    assert_type(status.category, Category)
    assert_type(status.retryable, bool)
    assert_type(status.user_action, str | None)
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
    return BankConnectionError.parse(code).message


def category_of(provider: str, code: str) -> Category:
    found = bankcodes.lookup(provider, code)
    assert_type(found, tuple[CodeEnum, ...])
    return bankcodes.classify(provider, code)


def required_connect_fields() -> tuple[str, ...]:
    return SDK_METHODS[SdkMethod.connect].required_fields(region="KSA", sdk="web")
