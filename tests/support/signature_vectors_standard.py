"""The shared signature vectors of providers signing as Standard Webhooks (Basiq's Webhooks
Security page: webhook-id, webhook-timestamp and webhook-signature, an HMAC-SHA256 in base64 of
"id.timestamp.body" with the key the secret holds after whsec_, in base64; a timestamp more than
300 seconds from now, past or future, refused). Every digest is computed by the openssl
command; tests/support/signature_vectors.py adds them to the file both verifiers run."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from tests.support.helpers import spec_data
from tests.support.signature_vectors_base import non_canonical

#: Provider -> (id header, timestamp header, signature header, tolerance in seconds): every
#: provider the spec says signs as Standard Webhooks, with the headers it names.
STANDARD = {
    provider: (s["id_header"], s["timestamp_header"], s["signature_header"], s["tolerance_seconds"])
    for provider, entry in sorted(spec_data()["providers"].items())
    if (s := entry.get("signing") or {}).get("scheme") == "standard_webhooks"
}
STANDARD_BODIES = {
    "basiq": b'{"eventTypeId":"user.created","eventId":"44a85f64-5717-4562-b3fc-2c963f66af44"}'
}
#: The body signed for a provider with none of its own above.
BODY = b'{"bankcodes_vector":"a Standard Webhooks body"}'
#: A secret as Standard Webhooks writes one: whsec_ and its key in base64.
KEY = b"shared vectors' Standard Webhooks key"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
OTHER = "whsec_" + base64.b64encode(b"another endpoint's key").decode()
MSG_ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"


Case = tuple[str, list[Any], str, dict[str, Any]]


def _stricter(
    headers: Callable[..., list[Any]],
    signed: Callable[[str], str],
    id_header: str,
    signed_at: int,
) -> list[Case]:
    """The spellings bankcodes refuses as strictly as both standardwebhooks libraries together
    (`headers(signature, stamp)` builds a delivery's headers, `signed(stamp)` its signature)."""
    good = signed(str(signed_at))
    return [
        # Both standardwebhooks libraries sign the timestamp as a number: a leading zero is
        # another spelling, which no delivery of theirs carries.
        (
            "a timestamp with a leading zero, signed as written",
            headers(signed(f"0{signed_at}"), f"0{signed_at}"),
            "signature:bad_encoding",
            {},
        ),
        # The Node library compares the base64 text: another spelling of the same bytes (unused
        # bits set in the last character) is not the signature.
        (
            "a signature in non-canonical base64",
            headers("v1," + non_canonical(good.removeprefix("v1,"))),
            "signature:bad_encoding",
            {},
        ),
        # Both libraries: an empty webhook-id is a missing header.
        ("an empty id", [[id_header, ""], *headers()[1:]], "signature:missing_header", {}),
        # A byte above 0x7f in the id, as a web server decodes it (latin-1): no id of theirs.
        (
            "a byte above 0x7f in the id",
            [[id_header, MSG_ID + "\u00ff"], *headers()[1:]],
            "signature:bad_encoding",
            {},
        ),
    ]


def standard_vectors(
    provider: str,
    signed_at: int,
    openssl_hmac: Callable[[str, bytes, bytes], bytes],
    vector: Callable[..., dict[str, Any]],
) -> list[dict[str, Any]]:
    """Every vector of a Standard Webhooks provider; `vector` builds one as the file holds it."""
    id_header, stamp_header, signature_header, tolerance = STANDARD[provider]
    body = STANDARD_BODIES.get(provider, BODY)

    def signed(stamp: int | str, content: bytes = body, msg_id: str = MSG_ID) -> str:
        mac = openssl_hmac("sha256", KEY, f"{msg_id}.{stamp}.".encode() + content)
        return "v1," + base64.b64encode(mac).decode()

    good = signed(signed_at)

    def headers(signature: str | None = good, stamp: str | None = str(signed_at)) -> list[Any]:
        found = [[id_header, MSG_ID]]
        found += [] if stamp is None else [[stamp_header, stamp]]
        return found + ([] if signature is None else [[signature_header, signature]])

    later = signed_at + 10
    cases: list[Case] = [
        ("signed", headers(), "ok", {}),
        ("two signatures, the second good", headers(f"v1,{'A' * 43}= {good}"), "ok", {}),
        ("a v2 signature beside a good one", headers(f"v2,xyz {good}"), "ok", {}),
        ("rotated secrets", headers(), "ok", {"secret": [OTHER, SECRET]}),
        ("at the tolerance", headers(), "ok", {"now": signed_at + tolerance}),
        ("another endpoint's secret", headers(), "signature:mismatch", {"secret": OTHER}),
        ("a changed body", headers(), "signature:mismatch", {"body": body + b" "}),
        ("another id", [[id_header, "msg_x"], *headers()[1:]], "signature:mismatch", {}),
        (
            "a timestamp changed after signing",
            headers(stamp=str(signed_at + 1)),
            "signature:mismatch",
            {},
        ),
        ("too old", headers(), "signature:stale_timestamp", {"now": signed_at + tolerance + 1}),
        (
            "too far ahead",
            headers(),
            "signature:future_timestamp",
            {"now": signed_at - tolerance - 1},
        ),
        ("no timestamp", headers(stamp=None), "signature:missing_timestamp", {}),
        ("a timestamp that is no number", headers(stamp="soon"), "signature:bad_encoding", {}),
        ("no signature", headers(signature=None), "signature:missing_header", {}),
        ("only a v2 signature", headers("v2,abc"), "signature:wrong_algorithm", {}),
        ("no version", headers(good.removeprefix("v1,")), "signature:bad_encoding", {}),
        *_stricter(headers, signed, id_header, signed_at),
        (
            "a secret that is no base64",
            headers(),
            "configuration:bad_secret",
            {"secret": "whsec_*"},
        ),
    ]
    vectors = []
    for name, given, expect, options in cases:
        options.setdefault("now", later)
        options.setdefault("body", body)
        options.setdefault("secret", SECRET)
        vectors.append(vector(f"{provider} {name}", provider, given, expect, **options))
    no_id = [pair for pair in headers() if pair[0] != id_header]
    vectors.append(
        vector(
            f"{provider} no id", provider, no_id, "signature:missing_header", body=body, now=later,
            secret=SECRET,
        )
    )  # fmt: skip
    return vectors
