"""A value a caller passes answers for that call only: parse, classify and lookup remember what
they have read only for a plain str or int, so an object whose str, hash or equality misleads
(a str subclass naming another code, an int subclass, a bytes-like value) never changes a later
answer about an ordinary value."""

from __future__ import annotations

import pytest

import bankcodes
from bankcodes import Category
from bankcodes.lean import SecondaryStatus
from bankcodes.mx import ConnectionStatus


def _misleading_str() -> type[str]:
    """A str whose str() names a known code, as the attack of the hostile-input issue had it."""
    return type("Misleading", (str,), {"__str__": lambda self: "INVALID_MFA"})


def test_a_str_subclass_naming_a_known_code_poisons_nothing() -> None:
    misleading = _misleading_str()
    odd = SecondaryStatus.parse(misleading("FOO"))
    assert odd is not None and not odd.known and odd.value == "FOO"
    assert SecondaryStatus.parse("INVALID_MFA") is SecondaryStatus.INVALID_MFA
    assert bankcodes.classify("lean", "INVALID_MFA", code_set=SecondaryStatus) is (
        Category.MFA_FAILED
    )
    assert bankcodes.classify("lean", misleading("FOO")) is Category.UNKNOWN
    assert bankcodes.classify("lean", "INVALID_MFA") is Category.MFA_FAILED


def test_a_str_subclass_with_a_misleading_hash_answers_for_its_call_only() -> None:
    class Colliding(str):
        def __hash__(self) -> int:
            return hash("INVALID_MFA")

        def __eq__(self, other: object) -> bool:
            return True

        __ne__ = str.__ne__

    for _ in range(3):
        SecondaryStatus.parse(Colliding("FOO"))
        bankcodes.classify("lean", Colliding("FOO"))
        bankcodes.lookup("lean", Colliding("FOO"))
    assert SecondaryStatus.parse("INVALID_MFA") is SecondaryStatus.INVALID_MFA
    plain = SecondaryStatus.parse("FOO")
    assert plain == "FOO" and plain is not None and not plain.known
    assert bankcodes.classify("lean", "INVALID_MFA") is Category.MFA_FAILED


def test_an_int_subclass_reads_as_its_number() -> None:
    class Shifty(int):
        def __str__(self) -> str:
            return "3"

        def __int__(self) -> int:
            return 3

        def __index__(self) -> int:
            return 3

    odd = ConnectionStatus.parse(Shifty(999))
    assert odd is not None and not odd.known and odd.value == "999"
    assert ConnectionStatus.parse(3) is ConnectionStatus.CHALLENGED
    assert ConnectionStatus.parse(999) == "999"
    assert bankcodes.classify("mx", 3) is Category.MFA_REQUIRED


@pytest.mark.parametrize("value", [b"INVALID_MFA", bytearray(b"INVALID_MFA")])
def test_a_bytes_like_value_is_no_code_type(value: object) -> None:
    with pytest.raises(TypeError):
        SecondaryStatus.parse(value)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        bankcodes.classify("lean", value)  # type: ignore[arg-type]
    assert SecondaryStatus.parse("INVALID_MFA") is SecondaryStatus.INVALID_MFA
