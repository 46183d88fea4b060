"""The record of a payload kind: where its models are and how its root model is chosen. The
generated module bankcodes._payload_kinds builds one per kind, by keyword, from the spec."""

from __future__ import annotations

from bankcodes._record import Record


class Member(Record):
    """A member of an any_of kind, tried first when its required fields are present."""

    __slots__ = ("name", "required")
    name: str
    required: tuple[str, ...]

    def __init__(self, *, name: str, required: tuple[str, ...] = ()) -> None:
        super().__init__(name=name, required=required)


class PayloadKindInfo(Record):
    """How bankcodes.payloads reads a kind: the lenient and strict model modules, the root
    model, and for a union its tag field, the variant of each tag value and the fallback (for
    any other value, lenient only); for an any_of kind, its members in order."""

    __slots__ = (
        "lenient_module",
        "strict_module",
        "root",
        "tag",
        "variants",
        "fallback",
        "members",
    )
    lenient_module: str
    strict_module: str
    root: str
    tag: str | None
    variants: dict[str, str]
    fallback: str | None
    members: tuple[Member, ...]

    def __init__(
        self,
        *,
        lenient_module: str,
        strict_module: str,
        root: str,
        tag: str | None = None,
        variants: dict[str, str] | None = None,
        fallback: str | None = None,
        members: tuple[Member, ...] = (),
    ) -> None:
        super().__init__(
            lenient_module=lenient_module,
            strict_module=strict_module,
            root=root,
            tag=tag,
            variants=variants or {},
            fallback=fallback,
            members=members,
        )
