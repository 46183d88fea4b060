"""The JWS header and compact form cases of the Tl-Signature corpus (tests.support.jws_corpus),
each with the verdict the rule of bankcodes._jws_header calls for, typed from RFC 7515:

- the signature covers the header's bytes as sent (§5.2: the signing input is
  ASCII(BASE64URL(UTF8(JWS Protected Header)) || '.' || BASE64URL(JWS Payload)), the header as
  it is in the JWS): members in any order and spacing verify when signed so;
- Header Parameter names are unique (§4: a JWS naming one twice is rejected);
- a crit listing a parameter the recipient does not understand makes the JWS invalid
  (§4.1.11), as does, at the recipient's choice, one listing a name that RFC 7515 or RFC 7518
  defines, an empty list or a name listed twice;
- a header it does not understand is ignored (§4: typ);
- the JWS Compact Serialization has three parts, and a detached one an empty middle part
  (§7.1, Appendix F); an ES512 signature is 132 bytes, R and S of 66 bytes each (RFC 7518
  §3.4);

and, from TrueLayer's request-signing-v2.md, tl_headers is a comma-separated list of the headers
signed: here one name twice, or an empty name, is refused.

"libraries" is what TrueLayer's libraries answer, read from their source (see jws_corpus):
truelayer-signing for Python reads only alg, kid, tl_version, tl_headers and jku (any other
member raises TypeError in JwsHeader.from_dict), signs again its own compact encoding of them in
that order, keeps one line for a name tl_headers repeats with the same case, finds no header
for an empty name, splits the signature at its first ".." and decodes what follows with
base64.urlsafe_b64decode, which drops characters outside the alphabet; truelayer-signing for
Node verifies the header as sent, takes the first, second and third of the "."-separated parts
whatever their number, reads the header with JSON.parse (the last of two members wins) and
writes one line for each name of tl_headers, empty names dropped.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from tests.support.jws_corpus import (
    BODY,
    MEMBERS,
    PATH,
    STAMP,
    STAMP_HEADER,
    b64,
    compact,
    es512,
    signed,
    written,
)

#: The verdicts of TrueLayer's libraries, for Python and Node.
OK = {"python": "ok", "node": "ok"}
NODE_ONLY = {"python": "refused", "node": "ok"}
PYTHON_ONLY = {"python": "ok", "node": "refused"}
NEITHER = {"python": "refused", "node": "refused"}
BAD = "signature:bad_encoding"


def _parts(form: str) -> dict[str, str]:
    """A delivery whose Tl-Signature is `form` with {h} the header and {s} the signature of a
    well signed one ({t}: that signature without its last byte)."""
    head, signature = es512(compact(MEMBERS), [(STAMP_HEADER, STAMP)])
    short = b64(base64.urlsafe_b64decode(signature + "==")[:-1])
    value = form.format(h=head, s=signature, t=short)
    return {"Tl-Signature": value, STAMP_HEADER: STAMP}


def _listing(listed: str, lines: list[tuple[str, str]]) -> dict[str, Any]:
    return {"headers": written(compact({**MEMBERS, "tl_headers": listed}), lines)}


def _crit(crit: object, **more: str) -> dict[str, Any]:
    return {"headers": written(compact({**MEMBERS, **more, "crit": crit}))}


def _members_with(text: str) -> bytes:
    """The header's members, and `text` (member JSON) written first."""
    return b"{" + text.encode() + b"," + compact(MEMBERS)[1:]


#: A case: (name, what differs from a good delivery, the verdict, the libraries' verdicts).
HeaderCase = tuple[str, dict[str, Any], str, dict[str, str]]


def _header_cases() -> list[HeaderCase]:
    return [*_member_cases(), *_crit_cases(), *_repeated_names(), *_compact_cases()]


def _member_cases() -> list[HeaderCase]:
    """The header's members written otherwise, or one more, signed as written."""
    return [
        (
            "signed as TrueLayer's libraries write it",
            {"headers": written(compact(MEMBERS))},
            "ok",
            OK,
        ),
        (
            "members in another order, signed as written",
            {"headers": written(compact(dict(reversed(MEMBERS.items()))))},
            "ok",
            NODE_ONLY,
        ),
        (
            "spaces between members, signed as written",
            {"headers": written(json.dumps(MEMBERS, indent=1).encode())},
            "ok",
            NODE_ONLY,
        ),
        (
            "a typ member, signed",
            {"headers": written(compact({**MEMBERS, "typ": "JOSE"}))},
            "ok",
            NODE_ONLY,
        ),
    ]


def _crit_cases() -> list[HeaderCase]:
    """crit listing what bankcodes reads, what it does not, what RFC 7515 defines, nothing,
    a name twice, or no list."""
    return [
        (
            "a crit of the members bankcodes reads",
            _crit(["tl_version", "tl_headers"]),
            "ok",
            NODE_ONLY,
        ),
        (
            "a crit of a member bankcodes does not read",
            _crit(["tl_ext"], tl_ext="1"),
            BAD,
            NODE_ONLY,
        ),
        ("a crit of alg, which RFC 7515 defines", _crit(["alg"]), BAD, NODE_ONLY),
        ("an empty crit", _crit([]), BAD, NODE_ONLY),
        ("a crit naming tl_version twice", _crit(["tl_version", "tl_version"]), BAD, NODE_ONLY),
        ("a crit that is no list", _crit("tl_version"), BAD, NODE_ONLY),
    ]


def _repeated_names() -> list[HeaderCase]:
    """A member, or a header tl_headers lists, named twice; an empty name in tl_headers."""
    timestamp = [(STAMP_HEADER, STAMP)]
    return [
        (
            "a member named twice, signed as written",
            {"headers": written(_members_with('"jku":"https://attacker.example/jwks"'))},
            BAD,
            NODE_ONLY,
        ),
        (
            "a member named twice, once escaped",
            {"headers": written(_members_with('"\\u0061lg":"ES512"'))},
            BAD,
            NODE_ONLY,
        ),
        (
            "tl_headers naming the timestamp twice, signed with its line twice",
            _listing(f"{STAMP_HEADER},{STAMP_HEADER}", timestamp * 2),
            BAD,
            NODE_ONLY,
        ),
        (
            "tl_headers naming the timestamp twice in two cases",
            _listing(
                f"{STAMP_HEADER},{STAMP_HEADER.lower()}",
                [*timestamp, (STAMP_HEADER.lower(), STAMP)],
            ),
            BAD,
            OK,
        ),
        ("tl_headers with an empty name", _listing(f"{STAMP_HEADER},", timestamp), BAD, NODE_ONLY),
    ]


def _compact_cases() -> list[HeaderCase]:
    """The compact serialization's parts: their number, the middle one, the signature's
    padding and length."""
    return [
        (
            "four parts, one after the signature",
            {"headers": _parts("{h}..{s}.AAAA")},
            BAD,
            NODE_ONLY,
        ),
        ("four parts, three dots", {"headers": _parts("{h}...{s}")}, BAD, PYTHON_ONLY),
        ("two parts", {"headers": _parts("{h}.{s}")}, BAD, NEITHER),
        ("a payload in the middle part", {"headers": _parts("{h}.e30.{s}")}, BAD, NODE_ONLY),
        ("a signature padded with =", {"headers": _parts("{h}..{s}==")}, BAD, OK),
        ("a signature of 131 bytes", {"headers": _parts("{h}..{t}")}, BAD, NEITHER),
    ]


def header_verdicts() -> list[tuple[str, dict[str, Any], str]]:
    """(name, changes, verdict) of every case of the header and the compact form."""
    signature = signed()["Tl-Signature"].split("..")[1]
    repeated = _members_with('"jku":"https://attacker.example/jwks"')
    reordered = written(compact(dict(reversed(MEMBERS.items()))))
    found: list[tuple[str, dict[str, Any], str]] = [
        (name, {**changes, "libraries": libraries}, expect)
        for name, changes, expect, libraries in _header_cases()
    ]
    return [
        *found,
        (
            "the jku named twice after signing",
            {"headers": {**signed(), "Tl-Signature": f"{b64(repeated)}..{signature}"}},
            BAD,
        ),
        # Verified over the header as sent: the request must still be the one signed.
        (
            "members in another order, a tampered body",
            {"headers": reordered, "body": BODY.replace(b"p-1", b"p-2")},
            "signature:mismatch",
        ),
        (
            "members in another order, another path",
            {"headers": reordered, "path": "/webhooks/other"},
            "signature:mismatch",
        ),
        (
            "members in another order, the path with a trailing slash",
            {"headers": reordered, "path": PATH + "/"},
            "ok",
        ),
        (
            "members in another order, another timestamp",
            {"headers": {**reordered, STAMP_HEADER: "2025-01-01T00:00:01Z"}},
            "signature:mismatch",
        ),
        (
            "tl_headers naming what is no header name",
            _listing(f"{STAMP_HEADER},X Y", [(STAMP_HEADER, STAMP), ("X Y", "1")]),
            BAD,
        ),
    ]
