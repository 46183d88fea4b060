"""A triggered delivery as the provider would send another one: the fields its delivery contract
deduplicates on and its signed timestamp made new (an id of the example's shape, the instant of
signing), so that a handler that drops duplicates takes every delivery `bankcodes trigger`
prints. A Standard Webhooks delivery's id, derived from its body, follows."""

from __future__ import annotations

import datetime
import json
import re
import secrets
import uuid

from bankcodes.delivery import DELIVERY

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
#: An id with a prefix its provider writes (evt_, whk-) and what follows it.
_PREFIXED = re.compile(r"([A-Za-z][A-Za-z0-9]*[_-])?([0-9A-Za-z]+)")


#: The fractional seconds of a timestamp, before its zone.
_FRACTION = re.compile(r"\.([0-9]+)(?=Z$|z$|[+-][0-9]{2}:?[0-9]{2}$)")


def stamp(at: datetime.datetime, like: str) -> str:
    """`at` as `like`, the timestamp it replaces, is written: UTC with a Z, and as many
    fractional digits (a provider's bodies may carry nine, which a receiver must read; those
    past the microsecond are zeros)."""
    at = at.astimezone(datetime.UTC)
    found = _FRACTION.search(like)
    digits = len(found.group(1)) if found else 0
    fraction = f"{at.microsecond:06d}".ljust(digits, "0")[:digits]
    return at.strftime("%Y-%m-%dT%H:%M:%S") + (f".{fraction}" if digits else "") + "Z"


def new_id(example: str) -> str:
    """A new id of the example's shape: a UUID for a UUID; the same prefix and as many digits,
    or hexadecimal characters, for a prefixed or plain token; a UUID for anything else (a
    schema's placeholder, "string")."""
    if _UUID.fullmatch(example):
        made = str(uuid.uuid4())
        return made.upper() if example.isupper() else made
    match = _PREFIXED.fullmatch(example)
    if match is None or example == "string":
        return str(uuid.uuid4())
    prefix, rest = match.group(1) or "", match.group(2)
    size = max(len(rest), 12)
    if rest.isdigit():
        return prefix + str(secrets.randbelow(9 * 10 ** (size - 1)) + 10 ** (size - 1))
    return prefix + secrets.token_hex(size)[:size]


def fresh(provider: str, body: str, now: datetime.datetime) -> str:
    """`body` with every string its provider's delivery deduplicates on, and its signed
    timestamp, made new: an id (a field whose name ends in id, or a UUID) by new_id, a date-time
    by `now`;
    as it is where the contract names none of its fields."""
    # The reader receive checks a body's timestamp with, imported here: the command line's
    # other commands do without the receiver and its signature schemes.
    from bankcodes._receive import _timestamp

    contract = DELIVERY.get(provider)
    if contract is None:
        return body
    data = json.loads(body)
    paths = [path for paths in contract.dedup for path in paths]
    if contract.body_timestamp is not None:
        paths.append(contract.body_timestamp)
    changed = False
    for *parents, last in paths:
        holder = data
        for key in parents:
            holder = holder.get(key) if isinstance(holder, dict) else None
        value = holder.get(last) if isinstance(holder, dict) else None
        if not isinstance(holder, dict) or not isinstance(value, str) or not value:
            continue
        if _timestamp(value) is not None:
            holder[last] = stamp(now, value)
        elif last.casefold().endswith("id") or _UUID.fullmatch(value):
            holder[last] = new_id(value)
        else:
            continue
        changed = True
    return json.dumps(data, ensure_ascii=False) if changed else body
