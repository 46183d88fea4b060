"""Runtime support of the generated code-set enums: metadata records, the enum base class with
lenient parsing, and the object that stands for a value the catalog does not know."""

from __future__ import annotations

import enum

from bankcodes.categories import Category

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Self, overload
else:

    def overload(function: object) -> object:
        return function


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
        return hash((type(self).__name__, self._fields()))

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={value!r}"
            for name, value in zip(self.__slots__, self._fields(), strict=True)
            if value is not None and value != ()
        )
        return f"{type(self).__name__}({shown})"


class EndUserText(Record):
    """Words an app can show its customer when a code reaches them.

    message: the provider's published user message when the code has one (English only), else
    bankcodes' words (by category); action: the provider's published user action when the code
    has one (English only), else bankcodes' words. `*_by` says whose words each is: "provider",
    "bankcodes", or "bankcodes translation" (French, Arabic)."""

    __slots__ = ("language", "message", "message_by", "action", "action_by")
    language: str
    message: str
    message_by: str
    action: str
    action_by: str

    def __init__(
        self, language: str, message: str, message_by: str, action: str, action_by: str
    ) -> None:
        super().__init__(
            language=language,
            message=message,
            message_by=message_by,
            action=action,
            action_by=action_by,
        )


def _end_user_text(category: Category, info: CodeInfo | None, language: str) -> EndUserText | None:
    message = category.user_message(language)
    action = category.user_action(language)
    if message is None or action is None:
        return None
    ours = "bankcodes" if language == "en" else "bankcodes translation"
    message_by = action_by = ours
    if info is not None and language == "en":
        if info.user_message is not None:
            message, message_by = info.user_message, _by(info, "user_message")
        if info.user_action is not None:
            action, action_by = info.user_action, _by(info, "user_action")
    return EndUserText(language, message, message_by, action, action_by)


def _by(info: CodeInfo, field: str) -> str:
    wording = info.whose(field)
    return "provider" if wording is None else wording.by


class Source(Record):
    """A document that a fact comes from."""

    __slots__ = ("id", "kind", "title", "url", "seed")
    id: str
    kind: str
    title: str
    url: str | None
    seed: str | None

    def __init__(
        self, id: str, kind: str, title: str, url: str | None = None, seed: str | None = None
    ) -> None:
        super().__init__(id=id, kind=kind, title=title, url=url, seed=seed)


class HttpStatus(Record):
    """One HTTP status that a code is returned with, with its cause and circumstances."""

    __slots__ = (
        "status",
        "sources",
        "cause",
        "message",
        "steps_to_reproduce",
        "context",
        "cause_by",
    )
    status: int
    sources: tuple[Source, ...]
    cause: str | None
    message: str | None
    steps_to_reproduce: str | None
    context: str | None
    #: Whose words the cause is: "provider" (published in sources) or "bankcodes"; None
    #: without a cause.
    cause_by: str | None

    def __init__(
        self,
        status: int,
        sources: tuple[Source, ...],
        cause: str | None = None,
        message: str | None = None,
        steps_to_reproduce: str | None = None,
        context: str | None = None,
        cause_by: str | None = None,
    ) -> None:
        super().__init__(
            status=status,
            sources=sources,
            cause=cause,
            message=message,
            steps_to_reproduce=steps_to_reproduce,
            context=context,
            cause_by=cause_by if cause is None or cause_by is not None else "provider",
        )


class Wording(Record):
    """Whose words one text field of a code is."""

    __slots__ = ("field", "by", "sources")
    #: description, message, user_message, user_action, steps_to_reproduce or notes.
    field: str
    #: "provider": the provider's published text; "bankcodes": bankcodes' own wording.
    by: str
    #: Where the provider publishes the text, or what bankcodes' wording rests on.
    sources: tuple[Source, ...]

    def __init__(self, field: str, by: str, sources: tuple[Source, ...] = ()) -> None:
        super().__init__(field=field, by=by, sources=sources)


class Scope(Record):
    """Where a code applies when it is not universal; an empty tuple means no restriction."""

    __slots__ = ("regions", "sdks", "doc_versions", "data_sources", "endpoints")
    regions: tuple[str, ...]
    sdks: tuple[str, ...]
    doc_versions: tuple[str, ...]
    data_sources: tuple[str, ...]
    endpoints: tuple[str, ...]

    def __init__(
        self,
        regions: tuple[str, ...] = (),
        sdks: tuple[str, ...] = (),
        doc_versions: tuple[str, ...] = (),
        data_sources: tuple[str, ...] = (),
        endpoints: tuple[str, ...] = (),
    ) -> None:
        super().__init__(
            regions=regions,
            sdks=sdks,
            doc_versions=doc_versions,
            data_sources=data_sources,
            endpoints=endpoints,
        )


class Lifecycle(Record):
    """A code that is deprecated or removed, and why."""

    __slots__ = ("state", "note", "replaced_by")
    state: str
    note: str
    replaced_by: str | None

    def __init__(self, state: str, note: str, replaced_by: str | None = None) -> None:
        super().__init__(state=state, note=note, replaced_by=replaced_by)


class TestUser(Record):
    """Sandbox credentials that reproduce a code."""

    __test__ = False
    __slots__ = ("institution", "username", "password")
    institution: str
    username: str
    password: str

    def __init__(self, institution: str, username: str, password: str) -> None:
        super().__init__(institution=institution, username=username, password=password)


class CodeInfo(Record):
    """Everything the catalog knows about one code."""

    __slots__ = (
        "value",
        "description",
        "category",
        "sources",
        "message",
        "user_action",
        "user_message",
        "editorial",
        "retryable",
        "http",
        "scope",
        "lifecycle",
        "aliases",
        "notes",
        "group",
        "steps_to_reproduce",
        "test_user",
        "wording",
    )
    value: str
    description: str
    category: Category
    sources: tuple[Source, ...]
    message: str | None
    user_action: str | None
    #: The provider's published words for the end user (verbatim), where it publishes them.
    user_message: str | None
    editorial: bool
    #: Whether trying again can succeed: the code's own answer where its text says so, else
    #: its category's.
    retryable: bool
    http: tuple[HttpStatus, ...]
    scope: Scope | None
    lifecycle: Lifecycle | None
    aliases: tuple[str, ...]
    notes: str | None
    group: str | None
    steps_to_reproduce: str | None
    test_user: TestUser | None
    #: Whose words each text field that the code has is (see whose()).
    wording: tuple[Wording, ...]

    def __init__(
        self,
        value: str,
        description: str,
        category: Category,
        sources: tuple[Source, ...],
        message: str | None = None,
        user_action: str | None = None,
        user_message: str | None = None,
        editorial: bool = False,
        retryable: bool | None = None,
        http: tuple[HttpStatus, ...] = (),
        scope: Scope | None = None,
        lifecycle: Lifecycle | None = None,
        aliases: tuple[str, ...] = (),
        notes: str | None = None,
        group: str | None = None,
        steps_to_reproduce: str | None = None,
        test_user: TestUser | None = None,
        wording: tuple[Wording, ...] = (),
    ) -> None:
        super().__init__(
            value=value,
            description=description,
            category=category,
            sources=sources,
            message=message,
            user_action=user_action,
            user_message=user_message,
            editorial=editorial,
            retryable=category.retryable if retryable is None else retryable,
            http=http,
            scope=scope,
            lifecycle=lifecycle,
            aliases=aliases,
            notes=notes,
            group=group,
            steps_to_reproduce=steps_to_reproduce,
            test_user=test_user,
            wording=wording,
        )

    def whose(self, field: str) -> Wording | None:
        """Whose words a text field is ("description", "message", "user_message",
        "user_action", "steps_to_reproduce" or "notes"); None when the code has no such text."""
        for wording in self.wording:
            if wording.field == field:
                return wording
        return None

    @property
    def http_statuses(self) -> tuple[int, ...]:
        """The distinct HTTP statuses, in catalog order."""
        return tuple(dict.fromkeys(entry.status for entry in self.http))


class CodeSetInfo(Record):
    """What a code-set enum holds and where its values travel on the wire."""

    __slots__ = ("provider", "id", "title", "description", "field", "sources")
    provider: str
    id: str
    title: str
    description: str
    field: str
    sources: tuple[Source, ...]

    def __init__(
        self,
        provider: str,
        id: str,
        title: str,
        description: str,
        field: str,
        sources: tuple[Source, ...],
    ) -> None:
        super().__init__(
            provider=provider,
            id=id,
            title=title,
            description=description,
            field=field,
            sources=sources,
        )


_INFO: dict[type[CodeEnum], dict[str, CodeInfo]] = {}
_ALIASES: dict[type[CodeEnum], dict[str, CodeEnum]] = {}
_CODE_SETS: dict[type[CodeEnum], CodeSetInfo] = {}
#: What parse returns for a string: members by value and alias, and the unknown values already
#: seen (at most _MAX_REMEMBERED of them, each at most _REMEMBERED_LENGTH characters long), so
#: that parsing is one dictionary lookup.
_PARSED: dict[type[CodeEnum], dict[str, CodeEnum | UnknownCode]] = {}
_MAX_REMEMBERED = 1024
_REMEMBERED_LENGTH = 128
#: The strict constructor suggests close values only for inputs up to this length.
_SUGGESTED_LENGTH = 128


def register(
    enum_class: type[CodeEnum], code_set: CodeSetInfo, infos: tuple[CodeInfo, ...]
) -> None:
    """Attach the catalog's metadata to a generated enum class."""
    _CODE_SETS[enum_class] = code_set
    _INFO[enum_class] = {info.value: info for info in infos}
    _ALIASES[enum_class] = {
        alias: enum_class(info.value) for info in infos for alias in info.aliases
    }
    parsed = _PARSED[enum_class] = {**enum_class._value2member_map_, **_ALIASES[enum_class]}  # type: ignore[dict-item]
    enum_class.parse = staticmethod(_parser(enum_class, parsed))  # type: ignore[method-assign,assignment]


def _parser(
    cls: type[CodeEnum], parsed: dict[str, CodeEnum | UnknownCode]
) -> Callable[[str | None], CodeEnum | UnknownCode | None]:
    """cls.parse as one dict subscript in the common case (CodeEnum.parse says what it does)."""

    def parse(value: str | None) -> CodeEnum | UnknownCode | None:
        try:
            return parsed[value]  # type: ignore[index]
        except (KeyError, TypeError):  # not met yet, None, or not a str (_parse_unknown says so)
            return _parse_unknown(cls, value)

    parse.__doc__ = CodeEnum.parse.__doc__
    parse.__qualname__ = f"{cls.__name__}.parse"
    return parse


class CodeEnum(enum.StrEnum):
    """Base of every generated code-set enum: a str enum of wire values with their metadata.

    `parse` never raises on a string; the constructor is strict and names the closest values.
    """

    _value_: str

    @classmethod
    def code_set(cls) -> CodeSetInfo:
        """The code set this enum holds."""
        return _CODE_SETS[cls]

    @overload
    @classmethod
    def parse(cls, value: str) -> Self | UnknownCode: ...
    @overload
    @classmethod
    def parse(cls, value: None) -> None: ...  # noqa: F811 (overload is bound under TYPE_CHECKING)
    @overload
    @classmethod
    def parse(cls, value: str | None) -> Self | UnknownCode | None: ...  # noqa: F811
    @classmethod
    def parse(cls, value: str | None) -> Self | UnknownCode | None:  # noqa: F811
        """The member for `value` (or one of its aliases), else an UnknownCode keeping it.

        Accepts whatever a code field holds: a wire value, a member (of this or another code
        set), an UnknownCode, or None (a null field), which gives None. Raises TypeError for
        anything else.
        """
        try:
            found = _PARSED[cls].get(value)  # type: ignore[arg-type]
        except TypeError:
            found = None
        if found is not None:
            return found  # type: ignore[return-value]
        return _parse_unknown(cls, value)

    @classmethod
    def _aliases(cls) -> dict[str, CodeEnum]:
        """Other wire spellings of this code set's values: alias -> member."""
        return _ALIASES[cls]

    @classmethod
    def __get_pydantic_core_schema__(cls, source: object, handler: object) -> object:
        """As a pydantic field type: a known value of this code set (strict)."""
        from bankcodes._pydantic import known_code_schema

        return known_code_schema((cls,))

    @classmethod
    def _missing_(cls, value: object) -> Self:
        if isinstance(value, str):
            member = _ALIASES[cls].get(value)
            if isinstance(member, cls):
                return member
        raise ValueError(_not_a_member(cls, value))

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog knows about this code."""
        return _INFO[type(self)][self._value_]

    @property
    def known(self) -> bool:
        """True: the catalog knows this code (UnknownCode.known is False)."""
        return True

    @property
    def description(self) -> str:
        return self.info.description

    @property
    def category(self) -> Category:
        return self.info.category

    @property
    def retryable(self) -> bool:
        return self.info.retryable

    @property
    def user_action(self) -> str | None:
        return self.info.user_action

    @property
    def user_message(self) -> str | None:
        """The provider's published words for the end user, where it publishes them."""
        return self.info.user_message

    def end_user_text(self, language: str = "en") -> EndUserText | None:
        """What an app can tell its customer about this code: see EndUserText."""
        return _end_user_text(self.category, self.info, language)

    @property
    def message(self) -> str | None:
        return self.info.message

    @property
    def http_statuses(self) -> tuple[int, ...]:
        return self.info.http_statuses

    @property
    def source(self) -> Source:
        """The first source of this code."""
        return self.info.sources[0]

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.info.sources

    @property
    def deprecated(self) -> bool:
        """True when the code is deprecated or removed (see info.lifecycle)."""
        return self.info.lifecycle is not None

    @property
    def aliases(self) -> tuple[str, ...]:
        return self.info.aliases


def _parse_unknown(cls: type[CodeEnum], value: object) -> UnknownCode | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{cls.__name__}.parse expects a str or None, not {type(value).__name__}")
    known = _PARSED[cls]
    found = known.get(value)
    if isinstance(found, CodeEnum):  # a str subclass equal to a known value
        return found  # type: ignore[return-value]
    unknown = UnknownCode(str(value), cls)
    if len(unknown) <= _REMEMBERED_LENGTH and len(known) < len(_INFO[cls]) + _MAX_REMEMBERED:
        known[unknown] = unknown
    return unknown


def _not_a_member(cls: type[CodeEnum], value: object) -> str:
    import difflib

    shown = repr(value) if len(repr(value)) <= 200 else repr(value)[:199] + "…"
    message = f"{shown} is not a known {cls.__name__} value"
    if isinstance(value, str) and len(value) <= _SUGGESTED_LENGTH:
        choices = list(cls._value2member_map_) + list(_ALIASES[cls])
        close = difflib.get_close_matches(value, choices, n=3, cutoff=0.6)
        if not close:
            folded = {choice.casefold(): choice for choice in choices}
            close = [folded[value.casefold()]] if value.casefold() in folded else []
        if close:
            message += "; closest known: " + ", ".join(repr(choice) for choice in close)
    return message + f" (use {cls.__name__}.parse to accept unknown values)"


class UnknownCode(str):
    """A value that the catalog does not know, kept as the raw string.

    It compares equal to that string and answers the same questions as a known member, with
    category Category.UNKNOWN.
    """

    code_set_class: type[CodeEnum] | None

    def __new__(cls, value: str, code_set_class: type[CodeEnum] | None = None) -> UnknownCode:
        self = super().__new__(cls, value)
        self.code_set_class = code_set_class
        return self

    def __repr__(self) -> str:
        where = self.code_set_class.__name__ if self.code_set_class else None
        return f"UnknownCode({str(self)!r}, code_set={where})"

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
        """What can be said of a value the catalog does not know: its category is unknown."""
        return CodeInfo(str(self), Category.UNKNOWN.description, Category.UNKNOWN, ())

    @property
    def known(self) -> bool:
        return False

    @property
    def description(self) -> str:
        return Category.UNKNOWN.description

    @property
    def category(self) -> Category:
        return Category.UNKNOWN

    @property
    def retryable(self) -> bool:
        return Category.UNKNOWN.retryable

    @property
    def user_action(self) -> str | None:
        return None

    @property
    def user_message(self) -> str | None:
        return None

    def end_user_text(self, language: str = "en") -> EndUserText | None:
        """The unknown category's words: something unexpected happened."""
        return _end_user_text(Category.UNKNOWN, None, language)

    @property
    def message(self) -> str | None:
        return None

    @property
    def http_statuses(self) -> tuple[int, ...]:
        return ()

    @property
    def source(self) -> Source | None:
        return None

    @property
    def sources(self) -> tuple[Source, ...]:
        return ()

    @property
    def deprecated(self) -> bool:
        return False

    @property
    def aliases(self) -> tuple[str, ...]:
        return ()
