"""The base of every record of the runtime: immutable, compared by value, built by keyword."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar


class Record:
    """An immutable record with value equality; its fields are the __slots__ of its class and of
    the records it extends (a generated base's first: CodeInfo extends CodeFacts)."""

    __slots__: tuple[str, ...] = ()
    #: Every field of the class, its bases' first.
    _names: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._names = tuple(
            name for klass in reversed(cls.__mro__) for name in klass.__dict__.get("__slots__", ())
        )

    def __init__(self, **fields: object) -> None:
        for name in self._names:
            object.__setattr__(self, name, fields.get(name))

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._names)

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
            for name, value in zip(self._names, self._fields(), strict=True)
            if value is not None and not (isinstance(value, tuple) and not value)
        )
        return f"{type(self).__name__}({shown})"


def _repr(value: object) -> str:
    try:
        return repr(value)
    except Exception:
        from bankcodes._params import quoted

        return quoted(value, 200)
