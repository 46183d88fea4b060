# The shape of the generated module bankcodes._signing, as bankcodes.signatures and
# bankcodes.delivery use it.

#: Provider id -> (header names, algorithm, digest encodings, prefix of the header value, JWT
#: rules: (oldest iat in seconds, clock skew in seconds, body hash claim) or None).
SCHEMES: dict[
    str, tuple[tuple[str, ...], str, tuple[str, ...], str | None, tuple[int, int, str] | None]
]

#: Provider id -> (payload kind, event-type code set (module, class), success status, time limit
#: in seconds, retry schedule in minutes, retry interval in minutes, most attempts, header
#: timestamp signed, timestamp field of the body, deduplication keys as field paths, source
#: addresses, source ids).
DELIVERY: dict[
    str,
    tuple[
        str,
        tuple[str, str],
        int | None,
        int | None,
        tuple[int, ...] | None,
        int | None,
        int | None,
        bool,
        tuple[str, ...] | None,
        tuple[tuple[tuple[str, ...], ...], ...],
        tuple[str, ...],
        tuple[str, ...],
    ],
]
