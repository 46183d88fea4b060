# copied from codegen/runtime/python/bankcodes/_record.py — do not edit (run `make generate`)
"""The base of every record of the runtime: immutable, compared by value, built by keyword."""

from __future__ import annotations


class Record:
    """An immutable record with value equality; fields are the class's __slots__."""

    __slots__: tuple[str, ...] = ()

    def __init__(self, **fields: object) -> None:
        for name in self.__slots__:
            object.__setattr__(self, name, fields.get(name))

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        fields = (
            tuple(sorted(value.items())) if isinstance(value, dict) else value
            for value in self._fields()
        )
        return hash((type(self).__name__, *fields))

    def __repr__(self) -> str:
        """The record's fields that are set; never raises (a field whose repr raises, such as
        an int too long to write, is shown by bankcodes._params.quoted)."""
        shown = ", ".join(
            f"{name}={_repr(value)}"
            for name, value in zip(self.__slots__, self._fields(), strict=True)
            if value is not None and not (isinstance(value, tuple) and not value)
        )
        return f"{type(self).__name__}({shown})"


def _repr(value: object) -> str:
    try:
        return repr(value)
    except Exception:
        from bankcodes._params import quoted

        return quoted(value, 200)
