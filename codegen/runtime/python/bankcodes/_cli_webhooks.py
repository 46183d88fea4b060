"""`bankcodes validate`, `bankcodes verify` and `bankcodes receive`: payloads and deliveries."""

from __future__ import annotations

import datetime
import json

import bankcodes
from bankcodes import CodeEnum
from bankcodes import _cli_input as given
from bankcodes._cli_args import configuration, suggest, webhook_provider
from bankcodes._cli_input import EXIT_FAILED, EXIT_OK, Unusable
from bankcodes._cli_output import fact_lines, facts, value
from bankcodes._extras import install

TYPE_CHECKING = False
if TYPE_CHECKING:
    from argparse import Namespace
    from types import ModuleType
    from typing import Any, TextIO


def _payloads(command: str) -> ModuleType:
    """bankcodes.payloads, once pydantic, which `command` needs, is known to import; Unusable
    (exit status 2, one line) naming the extra to install otherwise."""
    from bankcodes import _payloads as models
    from bankcodes import payloads

    try:
        models.pydantic()
    except ModuleNotFoundError:
        missing = f"{command} needs pydantic, which is not installed"
        raise Unusable(f"{missing}: {install('payloads')}") from None
    return payloads


def _body(payloads: ModuleType, path: str) -> bytes:
    """The body in the file at `path` (- for standard input), read as every reader of a body
    reads it (UTF-8, JSON); Unusable, naming the first problem, otherwise."""
    body: bytes = given.read(path, payloads.MAX_BYTES)
    try:
        payloads.parse(body)
    except payloads.PayloadError as error:
        raise Unusable(f"the file given: {error.problems[0].message}") from None
    return body


def validate(kind: str, path: str, strict: bool, as_json: bool, out: TextIO) -> int:
    payloads = _payloads("validate")
    if kind not in payloads.KINDS:
        raise suggest("payload kind", kind, list(payloads.KINDS))
    body = _body(payloads, path)
    try:
        model = payloads.validate(kind, body, strict=strict)
    except payloads.PayloadError as error:
        if as_json:
            problems = [problem._asdict() for problem in error.problems]
            print(
                json.dumps({"valid": False, "kind": kind, "problems": problems}, indent=2), file=out
            )
        else:
            print(str(error), file=out)
        return EXIT_FAILED
    name = type(model).__name__
    if as_json:
        print(json.dumps({"valid": True, "kind": kind, "model": name}), file=out)
    else:
        print(f"valid {kind} ({'strict' if strict else 'lenient'}): {name}", file=out)
    return EXIT_OK


def verify(args: Namespace, out: TextIO, now: datetime.datetime | None = None) -> int:
    """`bankcodes verify`: the signature of the delivery the command line `args` name."""
    from bankcodes import signatures
    from bankcodes._signing import DELIVERY

    provider, as_json = args.provider, args.json
    if provider not in signatures.SCHEMES:
        raise webhook_provider(provider, list(signatures.SCHEMES))
    scheme = signatures.SCHEMES[provider]
    if isinstance(scheme, signatures.NoSignature):
        raise Unusable(str(signatures.unsigned(provider, scheme)))
    secret = given.secret(args.secret_env, provider)
    pairs = given.headers(args.header)
    body = given.read(args.file)
    try:
        used = signatures.verify(
            provider, body, pairs, secret, now=now, path=args.path, secret_header=args.secret_header
        )
    except signatures.ConfigurationError as error:
        raise configuration(error) from None
    except signatures.SignatureError as error:
        if as_json:
            result = {"valid": False, "provider": provider, "reason": error.reason}
            print(json.dumps({**result, "message": str(error)}), file=out)
        else:
            print(f"rejected: {error}", file=out)
        return EXIT_FAILED
    # The carried facts of its scheme and its delivery that the command line shows
    # (bankcodes._code_facts).
    delivery = DELIVERY.get(provider)
    carried = {
        "scheme_facts": (type(scheme).__name__, facts(scheme, type(scheme).__name__, "cli")),
        "delivery_facts": (
            "Delivery",
            {} if delivery is None else facts(delivery, "Delivery", "cli"),
        ),
    }
    if as_json:
        result = {"valid": True, "provider": provider, "header": used}
        result |= {key: found for key, (_, found) in carried.items() if found}
        print(json.dumps(result), file=out)
        return EXIT_OK
    print(f"valid {provider} signature ({used})", file=out)
    for family, found in carried.values():
        for line in fact_lines(found, family):
            print(f"  {line}", file=out)
    return EXIT_OK


def receive(args: Namespace, out: TextIO, now: datetime.datetime | None = None) -> int:
    """`bankcodes receive`: the delivery the command line `args` name, verified, validated and
    explained."""
    from bankcodes.delivery import DELIVERY

    provider, as_json = args.provider, args.json
    if provider not in DELIVERY:
        raise webhook_provider(provider, list(DELIVERY))
    payloads = _payloads("receive")
    secret = given.secret(args.secret_env, provider)
    pairs = given.headers(args.header)
    body = _body(payloads, args.file)
    try:
        event = bankcodes.receive(
            provider,
            body,
            pairs,
            secret,
            strict=args.strict,
            now=now,
            path=args.path,
            secret_header=args.secret_header,
        )
    except bankcodes.ConfigurationError as error:
        raise configuration(error) from None
    except bankcodes.WebhookError as error:
        if as_json:
            result: dict[str, Any] = {"accepted": False, "provider": provider}
            result["reason"] = error.reason
            if isinstance(error, payloads.PayloadError):
                result["problems"] = [problem._asdict() for problem in error.problems]
            print(json.dumps({**result, "message": str(error)}, indent=2), file=out)
        else:
            print(f"rejected: {error}", file=out)
        return EXIT_FAILED
    return _accepted(provider, event, as_json, out)


def _accepted(provider: str, event: Any, as_json: bool, out: TextIO) -> int:
    """An accepted delivery, as receive prints it: its type, key and codes."""
    # In the order in which they decide: the first is the code that decides the outcome.
    codes = [
        {
            "path": found.path,
            "code_set": found.code_set,
            "value": found.code.value,
            "known": isinstance(found.code, CodeEnum),
            "category": found.code.category.value,
        }
        for found in event.codes()
    ]
    if as_json:
        result = {
            "accepted": True,
            "provider": provider,
            "kind": event.kind,
            "type": event.type.value,
            "code": None if event.code is None else event.code.value,
            "dedup_key": event.dedup_key,
            "signed": event.signed,
            "header": event.header,
            "codes": codes,
        }
        print(json.dumps(result, indent=2, ensure_ascii=False), file=out)
        return EXIT_OK
    how = (
        f"signed in {event.header}"
        if event.signed
        else f"not signed: its secret in {event.header}"
        if event.header is not None
        else "not signed: the provider signs nothing"
    )
    name = value(event.type.value) + ("" if event.code is None else f" {value(event.code.value)}")
    print(f"accepted {provider} {name} ({how})", file=out)
    print(f"  dedup key: {value(event.dedup_key)}", file=out)
    for number, code in enumerate(codes):
        known = "" if code["known"] else " (unknown)"
        decides = "  <- decides" if number == 0 else ""
        where, said = value(code["path"]), value(code["value"])
        line = f"{where}: {said} ({code['code_set']}) -> {code['category']}"
        print(f"  {line}{known}{decides}", file=out)
    return EXIT_OK
