# The shape of the generated module bankcodes._payload_kinds, as bankcodes._payloads uses it.

#: Kind -> (lenient and strict model modules, root model, tag field of the root union, tag value
#: -> variant model, fallback model, any_of members with their required fields).
KINDS: dict[
    str,
    tuple[
        tuple[str, str],
        str,
        str | None,
        dict[str, str],
        str | None,
        tuple[tuple[str, tuple[str, ...]], ...],
    ],
]
