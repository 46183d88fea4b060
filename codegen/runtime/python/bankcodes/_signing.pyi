# The shape of the generated module bankcodes._signing, as bankcodes.signatures uses it.

#: Provider id -> (header names, HMAC algorithm, digest encodings, prefix of the header value).
SCHEMES: dict[str, tuple[tuple[str, ...], str, tuple[str, ...], str | None]]
