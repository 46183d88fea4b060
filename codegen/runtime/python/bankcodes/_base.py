"""Runtime support of the generated code-set enums: the enum base class with lenient parsing,
and the object that stands for a value the catalog does not know (their records: _records)."""

from __future__ import annotations

import enum

from bankcodes._integers import MAX_SAFE, integer_code
from bankcodes._own_codes import form_info, has_form
from bankcodes._records import CodeInfo, CodeSetInfo, EndUserText, Source
from bankcodes._seen import HOOK, report
from bankcodes._taxonomy import language_of
from bankcodes.categories import Category

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Literal, Self, overload
else:

    def overload(function: object) -> object:
        return function


def _end_user_text(category: Category, info: CodeInfo | None, language: str) -> EndUserText | None:
    """The customer's words in `language` (a tag such as "fr-CA" reads its language's words):
    the code's own where it has them, else its category's; and the provider's own message for
    the end user where it publishes one an app can show, in English or in a translation for
    the tag (else its language). Never the provider's advice to the integrator."""
    base = language_of(language)
    own = None if info is None else info.end_user.get(base)
    message = category.user_message(base) if own is None else own.message
    action = category.user_action(base) if own is None else own.action
    if message is None or action is None:
        return None
    ours = "bankcodes" if base == "en" else "bankcodes translation"
    message_by = action_by = ours
    published = None if info is None else _published(info, language, base)
    if published is not None:
        message, message_by = published
    return EndUserText(
        language=language,
        message=message,
        message_by=message_by,
        action=action,
        action_by=action_by,
    )


def _published(info: CodeInfo, tag: str, base: str) -> tuple[str, str] | None:
    """The provider's message for the end user in `tag` (else its language `base`) and whose
    words it is, where it publishes one an app can show."""
    if info.user_message is None or not info.user_message_offered:
        return None
    if base == "en":
        return info.user_message, _by(info, "user_message")
    translations = info.user_message_translations
    found = translations.get(tag) or translations.get(base)
    return None if found is None else (found, _by(info, "user_message_translations"))


def _by(info: CodeInfo, field: str) -> str:
    wording = info.whose(field)
    return "provider" if wording is None else wording.by


#: Each generated enum's records (its code set's, and its codes' by value), built on first use
#: by the function its data module registers: parsing a code builds no record.
_RECORDS: dict[type[_CodeSetMembers], Callable[[], tuple[CodeSetInfo, tuple[CodeInfo, ...]]]] = {}
_METADATA: dict[type[_CodeSetMembers], tuple[CodeSetInfo, dict[str, CodeInfo]]] = {}
_ALIASES: dict[type[_CodeSetMembers], dict[str, CodeEnum]] = {}
#: What parse returns for a value: members by value and alias (and, for numbers, by decimal
#: text), and the unknown values already seen (at most _MAX_REMEMBERED of them, each at most
#: _REMEMBERED_LENGTH characters long), so that parsing is one dictionary lookup.
_PARSED: dict[type[_CodeSetMembers], dict[object, AnyCode | UnknownCode]] = {}
_MAX_REMEMBERED = 1024
_REMEMBERED_LENGTH = 128
#: The strict constructor suggests close values only for inputs up to this length.
_SUGGESTED_LENGTH = 128


def register(
    enum_class: AnyCodeSet,
    records: Callable[[], tuple[CodeSetInfo, tuple[CodeInfo, ...]]],
    aliases: dict[str, str],
) -> None:
    """Attach the catalog's metadata to a generated enum class: `records` builds the records of
    its code set and its codes (on first use), `aliases` gives the value of each alias."""
    _RECORDS[enum_class] = records
    members: dict[object, AnyCode] = {str(m.value): m for m in enum_class}
    _ALIASES[enum_class] = {alias: members[value] for alias, value in aliases.items()}  # type: ignore[misc]
    parsed: dict[object, AnyCode | UnknownCode] = {}
    parsed.update(members)
    parsed.update(enum_class._value2member_map_)
    parsed.update(_ALIASES[enum_class])
    _PARSED[enum_class] = parsed
    enum_class.parse = staticmethod(_parser(enum_class, parsed))  # type: ignore[method-assign,assignment]


def _metadata(cls: type[_CodeSetMembers]) -> tuple[CodeSetInfo, dict[str, CodeInfo]]:
    """The records of a generated enum: its code set's, and its codes' by value."""
    found = _METADATA.get(cls)
    if found is None:
        code_set, infos = _RECORDS[cls]()
        # setdefault: two threads building at once get the same records.
        found = _METADATA.setdefault(cls, (code_set, {info.value: info for info in infos}))
    return found


def _parser(
    cls: AnyCodeSet, parsed: dict[object, AnyCode | UnknownCode]
) -> Callable[[str | int | None], AnyCode | UnknownCode | None]:
    """cls.parse as one dict subscript in the common case (CodeEnum.parse says what it does)."""

    def parse(value: str | int | None) -> AnyCode | UnknownCode | None:
        try:
            if value.__class__ is not bool:  # True == 1: never a number's member
                return parsed[value]
        except (KeyError, TypeError):  # not met yet, None, or unhashable (_parse_unknown says so)
            pass
        return _parse_unknown(cls, value)

    parse.__doc__ = CodeEnum.parse.__doc__
    parse.__qualname__ = f"{cls.__name__}.parse"
    return parse


def _read(name: str) -> Any:
    """A property that reads the field `name` of the code's metadata (`info`)."""
    return property(lambda code: getattr(code.info, name))


class _Facts:
    """What a code answers, read from its metadata (`info`): shared by the members of the
    generated enums and by UnknownCode."""

    __slots__ = ()

    @property
    def info(self) -> CodeInfo:
        raise NotImplementedError

    description: str = _read("description")
    category: Category = _read("category")
    retryable: bool = _read("retryable")
    message: str | None = _read("message")
    #: The provider's published advice to the integrator (its "user action"), verbatim; never
    #: meant for the end user (end_user_text gives the customer's words).
    advice: str | None = _read("advice")
    #: Whether the end user can act and then try again (what an app may invite them to do);
    #: `retryable` is whether a program may repeat the same request later.
    end_user_can_retry: bool = _read("end_user_can_retry")
    #: The provider's published words for the end user, where it publishes them.
    user_message: str | None = _read("user_message")
    http_statuses: tuple[int, ...] = _read("http_statuses")
    sources: tuple[Source, ...] = _read("sources")
    aliases: tuple[str, ...] = _read("aliases")
    #: The address of the code's section on the published reference site (None when the
    #: package carries no address of that site, and for an unknown code).
    doc_url: str | None = _read("doc_url")

    def end_user_text(self, language: str = "en") -> EndUserText | None:
        """What an app can tell its customer about this code: see EndUserText."""
        return _end_user_text(self.category, self.info, language)

    def as_log_fields(
        self, *, status: int | None = None, request_id: str | None = None
    ) -> dict[str, str | int | bool]:
        """The code's fields for a structured log line or a span (OpenTelemetry's error.type
        and http.response.status_code, bankcodes.provider, .code_set, .code, .category,
        .retryable, .end_user_can_retry, .request_id): see bankcodes._log_fields."""
        from bankcodes._log_fields import log_fields

        return log_fields(self, status=status, request_id=request_id)

    @property
    def deprecated(self) -> bool:
        """True when the code is deprecated or removed (see info.lifecycle)."""
        return self.info.lifecycle is not None


class _CodeSetMembers(_Facts):
    """What the members of every generated code-set enum share, whatever their values' type:
    the code set's metadata, lenient parsing and a strict constructor."""

    __slots__ = ()

    if TYPE_CHECKING:
        _value_: str | int
        _value2member_map_: dict[object, object]

    @classmethod
    def code_set(cls) -> CodeSetInfo:
        """The code set this enum holds."""
        return _metadata(cls)[0]

    @property
    def next_statuses(self) -> tuple[Self, ...] | None:
        """The statuses this one may move to next, as the catalog's sources publish them (empty
        when it is final); None when the catalog records no transitions for its code set."""
        following = self.info.next_statuses
        if following is None:
            return None
        members = _PARSED[type(self)]
        return tuple(members[value] for value in following)  # type: ignore[misc]

    @overload
    @classmethod
    def parse(cls, value: Literal[""] | None) -> None: ...
    @overload
    @classmethod
    def parse(cls, value: str | int | None) -> Self | UnknownCode | None: ...  # noqa: F811
    @classmethod
    def parse(cls, value: str | int | None) -> Self | UnknownCode | None:  # noqa: F811
        """The member for `value` (or one of its aliases), else an UnknownCode keeping it
        (reported to the `bankcodes.on_unknown` callback, if one is set).

        Accepts whatever a code field holds: a wire value, a member (of this or another code
        set), an UnknownCode, or no code: None (a null field) or "" (an empty field, as some
        SDK bridges send for a missing code), which give None. A code set whose codes travel
        as numbers reads any JSON number or text as bankcodes._integers defines it: 17, 17.0 and
        "17" alike, other text as an unknown code, and None for a value that is no code (a
        bool, a fraction, a number beyond the safe range). Raises TypeError for anything else.
        """
        try:
            found = None if value.__class__ is bool else _PARSED[cls].get(value)
        except TypeError:
            found = None
        if found is not None:
            return found  # type: ignore[return-value]
        return _parse_unknown(cls, value)

    @classmethod
    def _member(cls, value: str | int) -> Self | None:
        """The member for `value` or one of its aliases; None, and nothing reported, for a
        value the code set does not know (to ask whether it knows a value)."""
        if value.__class__ is bool:
            return None
        found = _PARSED[cls].get(value)
        return found if isinstance(found, cls) else None

    @classmethod
    def _aliases(cls) -> dict[str, CodeEnum]:
        """Other wire spellings of this code set's values: alias -> member."""
        return _ALIASES[cls]

    @classmethod
    def __get_pydantic_core_schema__(cls, source: object, handler: object) -> object:
        """As a pydantic field type: a known value of this code set (strict)."""
        from bankcodes._code_schemas import known_code_schema

        return known_code_schema((cls,))

    @classmethod
    def _missing_(cls, value: object) -> Self:
        member = cls._member(value) if isinstance(value, (str, int)) else None
        if member is not None:
            return member
        raise ValueError(_not_a_member(cls, value))

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog knows about this code."""
        return _metadata(type(self))[1][str(self._value_)]

    @property
    def known(self) -> bool:
        """True: the catalog knows this code (UnknownCode.known is False)."""
        return True

    @property
    def source(self) -> Source:
        """The first source of this code."""
        return self.info.sources[0]


class CodeEnum(_CodeSetMembers, enum.StrEnum):
    """Base of every generated code-set enum whose codes travel as strings: a str enum of wire
    values with their metadata.

    `parse` never raises on a string; the constructor is strict and names the closest values.
    """

    _value_: str


class NumericCodeEnum(_CodeSetMembers, enum.IntEnum):
    """Base of every generated code-set enum whose codes travel as JSON integers (numeric
    statuses): an int enum whose members equal the wire number, with their metadata.

    `parse` reads the number or its decimal string ("17") and never raises on either; the
    constructor is strict and accepts both. As text (str, an f-string, a log line) a member reads
    as its name and number, CHALLENGED (3): the number alone says nothing to a reader; `value`
    (or int()) is the number.
    """

    _value_: int

    def __str__(self) -> str:
        return f"{self.name} ({self.value})"

    def __format__(self, spec: str) -> str:
        # An empty spec is text (f"{member}"); a number's spec (f"{member:03d}") formats the number.
        return str(self) if not spec else format(self.value, spec)


#: A member of any generated code-set enum.
AnyCode = CodeEnum | NumericCodeEnum
#: Any generated code-set enum.
AnyCodeSet = type[CodeEnum] | type[NumericCodeEnum]


def _parse_unknown(cls: type[_CodeSetMembers], value: object) -> UnknownCode | None:
    """parse for a value its table does not hold: None for no code, a member for a value that
    reads as one (a number written 17.0, a subclass of str or int), else an UnknownCode. Only a
    plain str or int is remembered, so that an odd object answers for its own call alone."""
    if value is None:
        return None
    if issubclass(cls, NumericCodeEnum):
        if not isinstance(value, str | int | float):
            raise TypeError(
                f"{cls.__name__}.parse expects a number, a str or None, not {type(value).__name__}"
            )
        read = integer_code(value)  # the one reading of an integer code (bankcodes._integers)
        if read is None:
            return None  # no code: a bool, a fraction, a number beyond the safe range, ""
        text = str(read)
    elif isinstance(value, str):
        text = str.__str__(value)
        if not text:
            return None  # "": no code
    else:
        raise TypeError(f"{cls.__name__}.parse expects a str or None, not {type(value).__name__}")
    known = _PARSED[cls]
    found = known.get(text)
    if isinstance(found, _CodeSetMembers):  # a number as 17.0, or a subclass of a known value
        return found  # type: ignore[return-value]
    unknown = found if isinstance(found, UnknownCode) else UnknownCode(text, cls)  # type: ignore[arg-type]
    plain = value.__class__ is str or value.__class__ is int
    room = len(known) < len(cls._value2member_map_) + _MAX_REMEMBERED
    if plain and room and len(text) <= _REMEMBERED_LENGTH:
        known.setdefault(value, unknown)
        known.setdefault(text, unknown)
    if HOOK.callback is not None and not unknown.own:
        code_set = _metadata(cls)[0]
        report(code_set.provider, code_set.id, unknown)
    return unknown


def forget_unknown() -> None:
    """Forget the unknown values that parse remembers, so that each is read (and reported to an
    on_unknown callback) again when next met; members and aliases stay."""
    for parsed in list(_PARSED.values()):
        for value, found in list(parsed.items()):
            if isinstance(found, UnknownCode):
                parsed.pop(value, None)


def _not_a_member(cls: type[_CodeSetMembers], value: object) -> str:
    import difflib

    if isinstance(value, int) and not -MAX_SAFE <= int.__index__(value) <= MAX_SAFE:
        shown = "an integer beyond ±(2**53 - 1)"  # never converted to text: it may be huge
    else:
        shown = repr(value) if len(repr(value)) <= 200 else repr(value)[:199] + "…"
    message = f"{shown} is not a known {cls.__name__} value"
    if isinstance(value, str) and len(value) <= _SUGGESTED_LENGTH:
        choices = [str(value) for value in cls._value2member_map_] + list(_ALIASES[cls])
        close = difflib.get_close_matches(value, choices, n=3, cutoff=0.6)
        if not close:
            folded = {choice.casefold(): choice for choice in choices}
            close = [folded[value.casefold()]] if value.casefold() in folded else []
        if close:
            message += "; closest known: " + ", ".join(repr(choice) for choice in close)
    return message + f" (use {cls.__name__}.parse to accept unknown values)"


class UnknownCode(_Facts, str):
    """A value that the catalog does not know, kept as the raw string.

    It compares equal to that string and answers the same questions as a known member, with
    category Category.UNKNOWN; or, for a code of the sender's own (`own`), with the category
    and description of the form its code set gives to such codes.
    """

    code_set_class: AnyCodeSet | None

    def __new__(cls, value: str, code_set_class: AnyCodeSet | None = None) -> UnknownCode:
        self = super().__new__(cls, value)
        self.code_set_class = code_set_class
        return self

    def __repr__(self) -> str:
        where = self.code_set_class.__name__ if self.code_set_class else None
        own = ", own=True" if self.own else ""
        return f"UnknownCode({str(self)!r}, code_set={where}{own})"

    @property
    def value(self) -> str:
        """The raw value, as received."""
        return str(self)

    @property
    def name(self) -> None:
        """No identifier: the catalog does not know the value (a member's name is its
        identifier)."""
        return None

    @property
    def info(self) -> CodeInfo:
        """What can be said of a value the catalog does not know: its category is unknown; for
        a code of the sender's own, what the catalog says of its form."""
        if self.own:
            assert self.code_set_class is not None, "an own code has its code set"
            return form_info(self.code_set_class.code_set(), str(self))
        unknown = Category.UNKNOWN
        return CodeInfo(
            value=str(self),
            description=unknown.description,
            category=unknown,
            sources=(),
            retryable=unknown.retryable,
            end_user_can_retry=unknown.end_user_can_retry,
        )

    @property
    def known(self) -> bool:
        return False

    @property
    def own(self) -> bool:
        """True for a code of the sender's own: a value its code set does not list but that has
        the form the code set's source gives to such codes (`code_set().own_codes`: a bank's own
        namespaced code under a standard), read as that form and not reported to
        on_unknown."""
        where = self.code_set_class
        return where is not None and has_form(where.code_set(), str(self))

    @property
    def source(self) -> Source | None:
        return None
