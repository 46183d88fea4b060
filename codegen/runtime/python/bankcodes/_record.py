"""The base of every record of the runtime: immutable, compared by value, built by keyword.

A record's class declares its fields once, as annotations (a ClassVar aside), each with its
default where it has one: `_Declared` makes each field a slot and takes the defaults aside, and
type checkers read the class as a frozen dataclass whose fields are keyword-only
(typing.dataclass_transform). The modules that declare records import annotations from
__future__, so that their annotations stay in the class's namespace as text.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, ClassVar, TypeVar, dataclass_transform

    T = TypeVar("T")

    def field(*, default_factory: Callable[[], T]) -> T:
        """A field's default, made anew for each record (a dict)."""
        ...
else:

    def dataclass_transform(**_):
        """typing.dataclass_transform, read by type checkers alone (typing is not imported)."""
        return lambda cls: cls

    def field(*, default_factory):
        """A field's default, made anew for each record (a dict)."""
        return _Made(default_factory)


class _Made:
    """The default of a field that `field` makes for each record."""

    __slots__ = ("made",)

    def __init__(self, made: Callable[[], object]) -> None:
        self.made = made


#: The default of a field that has none: the keyword is required.
_REQUIRED = object()


class _Declared(type):
    """The class of a record: its fields are its bases' and the names its body annotates."""

    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> _Declared:
        own = [
            attribute
            for attribute, annotation in namespace.get("__annotations__", {}).items()
            if not str(annotation).startswith("ClassVar")
        ]
        defaults = {attribute: namespace.pop(attribute, _REQUIRED) for attribute in own}
        namespace["__slots__"] = tuple(own)
        for base in bases:
            defaults = {**getattr(base, "_defaults", {}), **defaults}
        namespace["_names"] = tuple(defaults)
        namespace["_defaults"] = defaults
        return super().__new__(mcs, name, bases, namespace)


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(field,))
class Record(metaclass=_Declared):
    """An immutable record with value equality; its fields are those its class and the records
    it extends annotate, its bases' first (a generated base's: CodeInfo extends CodeFacts). A
    field whose default is made for each record (`field`) takes None as a new one too."""

    #: The fields the class annotates; every field of the class, its bases' first; their defaults.
    __slots__: ClassVar[tuple[str, ...]]
    _names: ClassVar[tuple[str, ...]]
    _defaults: ClassVar[dict[str, object]]

    def __init__(self, **fields: object) -> None:
        for name, default in self._defaults.items():
            value = fields.pop(name, default)
            if value is _REQUIRED:
                raise TypeError(f"{type(self).__name__}() needs the keyword {name}")
            if type(default) is _Made and (value is default or value is None):
                value = default.made()
            object.__setattr__(self, name, value)
        if fields:
            raise TypeError(f"{type(self).__name__}() takes no keyword {next(iter(fields))}")

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


def fields_of(record: Record) -> dict[str, Any]:
    """A record's fields by name, in its order (the object of a JSON answer that shows them)."""
    return dict(zip(record._names, record._fields(), strict=True))


def _repr(value: object) -> str:
    try:
        return repr(value)
    except Exception:
        from bankcodes._params import quoted

        return quoted(value, 200)
