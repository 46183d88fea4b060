"""The JWS header and compact form of a Tl-Signature, read by the first rule of bankcodes._jws
(the same in the TypeScript package, webhook-jws-header.ts): every refusal is bad_encoding but
an alg other than ES512 (wrong_algorithm).

- The JWS Compact Serialization has three parts (RFC 7515 §7.1), and a detached one an empty
  payload part (Appendix F): header..signature, nothing before, between or after.
- The header is exact unpadded base64url of a strict JSON object naming no member twice (§4:
  Header Parameter names are unique).
- Its alg is ES512; its tl_version "2"; its tl_headers, if present, a comma-separated list of
  header names (RFC 9110 tokens), none empty and none twice in any case (the format's
  "ordered comma separated list of headers").
- Its crit, if present, is a non-empty list of distinct names of its members that bankcodes
  understands: tl_version and tl_headers (§4.1.11: a JWS whose crit lists a parameter the
  recipient does not understand is invalid; one that lists a parameter RFC 7515 or RFC 7518
  defines may be refused, and is). Any other member (typ, cty) is ignored, as §4 says.
- The signature is exact unpadded base64url of 132 bytes, R and S of 66 bytes (RFC 7518 §3.4).
"""

from __future__ import annotations

import json
import re
from typing import Any

from bankcodes import _jwt
from bankcodes.errors import refused

#: The longest signature read; a real one is a few hundred characters.
MAX_SIGNATURE_LENGTH = 8192
#: The only format version read.
VERSION = "2"
#: The members a crit may list: the format's own, which bankcodes reads and checks.
UNDERSTOOD = ("tl_version", "tl_headers")
#: The length of an ES512 signature: R and S, 66 bytes each.
SIGNATURE_BYTES = 132

_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def read_header(name: str, value: str) -> dict[str, Any]:
    """The JWS header of the signature `value` of the header `name`, checked as the rule says."""
    if len(value) > MAX_SIGNATURE_LENGTH:
        raise refused("too_long", name=name, length=len(value), most=MAX_SIGNATURE_LENGTH)
    parts = value.split(".")
    if len(parts) != 3 or parts[1] or not parts[0] or not parts[2]:
        raise refused("not_detached_jws", name=name, value=value)
    head, _, signature = parts
    found = _jwt.json_part(head)
    if found is None:
        raise refused("no_jws_header", name=name, head=head)
    repeated = _repeated_member(head)
    if repeated is not None:
        raise refused("jws_member_twice", name=name, member=repeated)
    if found.get("alg") != "ES512":
        raise refused("not_es512", name=name, alg=found.get("alg"))
    if found.get("tl_version") != VERSION or not isinstance(found.get("tl_headers", ""), str):
        raise refused("not_tl_version", name=name, version=VERSION, found=found.get("tl_version"))
    _check_listed(name, found.get("tl_headers", ""))
    if "crit" in found:
        _check_crit(name, found)
    raw = _jwt.unbase64url(signature)
    if raw is None or len(raw) != SIGNATURE_BYTES:
        raise refused("jws_signature_size", name=name, size=SIGNATURE_BYTES, signature=signature)
    return found


def _repeated_member(head: str) -> str | None:
    """The first member name the header object (which json_part has read) gives twice."""
    objects: list[list[str]] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        objects.append([member for member, _ in items])
        return {}

    text = (_jwt.unbase64url(head) or b"").decode("utf-8")
    json.loads(text, object_pairs_hook=pairs, parse_int=str, parse_float=str, parse_constant=str)
    seen: set[str] = set()
    for member in objects[-1]:  # the header itself closes last
        if member in seen:
            return member
        seen.add(member)
    return None


def listed_headers(listed: str) -> list[str]:
    """The header names of a tl_headers that the rule accepts."""
    return listed.split(",") if listed else []


def _check_listed(name: str, listed: str) -> None:
    seen: set[str] = set()
    for header in listed_headers(listed):
        if _TOKEN.fullmatch(header) is None:
            raise refused("tl_header_not_name", name=name, header=header, listed=listed)
        if header.lower() in seen:
            raise refused("tl_header_twice", name=name, header=header)
        seen.add(header.lower())


def _check_crit(name: str, found: dict[str, Any]) -> None:
    crit = found["crit"]
    names = [member for member in crit if isinstance(member, str)] if isinstance(crit, list) else []
    if not names or len(names) != len(crit) or len(set(names)) != len(names):
        raise refused("crit_not_list", name=name, crit=crit)
    for member in names:
        if member not in UNDERSTOOD or member not in found:
            raise refused("crit_not_understood", name=name, member=member)
