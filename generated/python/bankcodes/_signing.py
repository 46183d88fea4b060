# generated from spec/catalog.json — do not edit (run `make generate`)
"""How each provider signs its webhooks, read by bankcodes.signatures."""

from __future__ import annotations

#: Provider id -> (header names, HMAC algorithm, digest encodings, prefix).
SCHEMES: dict[str, tuple[tuple[str, ...], str, tuple[str, ...], str | None]] = {
    "lean": (("lean-signature",), "sha512", ("hex", "base64"), "sha512="),
    "flinks": (("flinks-authenticity-key", "X-Flinks-Signature"), "sha256", ("base64",), None),
    "argyle": (("X-Argyle-Signature",), "sha512", ("hex",), None),
}
