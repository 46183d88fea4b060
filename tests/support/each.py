"""A check of data over many small cases run as one test per provider, not one per case: each
test of pytest-xdist costs its workers and the process that gathers their reports about a
millisecond whatever it checks, more than a small case's check itself. Every case is still
checked, and a failure names each case that failed, with what its check said.

`by_provider` groups `(provider, name, case)` into one parameter per provider (or whoever else's
the cases are: another service's bodies, by their origin), whose id is the provider's key (so
`--provider ID` selects it and `make bench` counts it to the provider, as it did each case);
`each` runs a check on every case of one.

pytest's own `subtests` fixture would report each case apart, but it sends every case's report,
passed or failed, to the gathering process as a test does: 12,000 passing cases cost 3.7 CPU-s
more under it than in one loop (pytest 9.2, pytest-xdist 3.8, two workers), which is what
grouping them saves."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pytest

Cases = list[tuple[str, Any]]


def by_provider(cases: Iterable[tuple[str, str, Any]]) -> list[Any]:
    """One `pytest.param(provider, cases)` for each provider, in the order the providers come,
    its cases by name in theirs."""
    grouped: dict[str, Cases] = {}
    for provider, name, case in cases:
        grouped.setdefault(provider, []).append((name, case))
    return [pytest.param(provider, found, id=provider) for provider, found in grouped.items()]


def each(cases: Cases, check: Callable[[Any], object]) -> None:
    """`check(case)` for every case; fails naming every case whose check failed or raised,
    each with what it said."""
    __tracebackhide__ = True
    failed = []
    for name, case in cases:
        try:
            check(case)
        except (Exception, pytest.fail.Exception) as error:
            plain = isinstance(error, AssertionError)
            failed.append(
                f"{name}: {error}" if plain else f"{name}: {type(error).__name__}: {error}"
            )
    assert not failed, f"{len(failed)} of {len(cases)} cases failed:\n" + "\n".join(failed)
