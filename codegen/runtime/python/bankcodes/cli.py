"""The `bankcodes` command: look codes up, validate payloads, verify webhook signatures.

    bankcodes explain CODE [--provider PROVIDER] [--json]
    bankcodes list [--provider PROVIDER] [--category CATEGORY] [--json]
    bankcodes validate PROVIDER/KIND FILE [--strict] [--json]
    bankcodes verify PROVIDER FILE --header "NAME: VALUE" --secret-env VARIABLE [--json]
    bankcodes receive PROVIDER FILE --header "NAME: VALUE" --secret-env VARIABLE [--json]

Exit status: 0 success, 1 unknown code / invalid payload / rejected signature, 2 unusable input.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import os
import sys
from collections.abc import Sequence

import bankcodes
from bankcodes import Category, CodeEnum
from bankcodes._catalog import MODULES
from bankcodes._payload_kinds import KINDS
from bankcodes._signing import SCHEMES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn, TextIO

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2


class Unusable(Exception):
    """Input the command cannot work with (exit status 2)."""


def _members(provider: str | None = None) -> list[tuple[str, CodeEnum]]:
    found = []
    for provider_id in bankcodes.PROVIDERS:
        if provider is not None and provider_id != provider:
            continue
        module = importlib.import_module(f"bankcodes.{MODULES[provider_id]}")
        for code_set in module.CODE_SETS:
            found += [(provider_id, member) for member in code_set]
    return found


def _describe(provider: str, member: CodeEnum) -> dict[str, Any]:
    info = member.info
    code_set = type(member).code_set()
    scope = info.scope
    return {
        "provider": provider,
        "code_set": code_set.id,
        "code_set_title": code_set.title,
        "value": member.value,
        "python": f"bankcodes.{MODULES[provider]}.{type(member).__name__}.{member.name}",
        "description": member.description,
        "message": member.message,
        "category": member.category.value,
        "category_title": member.category.label,
        "retryable": member.retryable,
        "actor": member.category.actor.value,
        "action": member.category.action,
        "user_action": member.user_action,
        "user_message": member.user_message,
        "http": [
            {"status": entry.status, "cause": entry.cause, "context": entry.context}
            for entry in info.http
        ],
        "scope": {
            key: list(value)
            for key, value in (
                ("regions", scope.regions if scope else ()),
                ("sdks", scope.sdks if scope else ()),
                ("doc_versions", scope.doc_versions if scope else ()),
                ("data_sources", scope.data_sources if scope else ()),
                ("endpoints", scope.endpoints if scope else ()),
            )
            if value
        },
        "deprecated": info.lifecycle.note if info.lifecycle else None,
        "sources": [{"title": s.title, "url": s.url} for s in member.sources],
    }


def _equivalents(provider: str, category: Category) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    if not category.equivalents:
        return found
    for other, member in _members():
        if other != provider and member.category is category:
            values = found.setdefault(other, [])
            if member.value not in values:
                values.append(member.value)
    return found


def _print_entry(entry: dict[str, Any], out: TextIO) -> None:
    print(f"{entry['provider']} · {entry['code_set_title']} · {entry['python']}", file=out)
    lines = [
        entry["description"],
        f"category: {entry['category']} ({entry['category_title']}) · "
        f"retryable: {'yes' if entry['retryable'] else 'no'} · "
        f"who acts: {entry['actor'].replace('_', ' ')}",
        f"action: {entry['action']}",
    ]
    if entry["message"] and entry["message"] != entry["description"]:
        lines.append(f"message: {entry['message']}")
    if entry["user_action"]:
        lines.append(f"user action: {entry['user_action']}")
    if entry["user_message"]:
        lines.append(f"user message (the provider's words): {entry['user_message']}")
    if entry["http"]:
        statuses = []
        for h in entry["http"]:
            details = "; ".join(part for part in (h["cause"], h["context"]) if part)
            statuses.append(f"{h['status']} ({details})" if details else str(h["status"]))
        lines.append("HTTP: " + ", ".join(statuses))
    if entry["scope"]:
        lines.append(
            "scope: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in entry["scope"].items())
        )
    if entry["deprecated"]:
        lines.append(f"deprecated: {entry['deprecated']}")
    for source in entry["sources"]:
        lines.append(
            f"source: {source['title']}" + (f" <{source['url']}>" if source["url"] else "")
        )
    for provider, values in entry["equivalents"].items():
        lines.append(f"same category in {provider}: {', '.join(values)}")
    for line in lines:
        print(f"  {line}", file=out)


def explain(code: str, provider: str | None, as_json: bool, out: TextIO) -> int:
    if provider is not None and provider not in bankcodes.PROVIDERS:
        raise Unusable(
            f"unknown provider {provider!r}; expected one of {', '.join(bankcodes.PROVIDERS)}"
        )
    entries = []
    for provider_id in bankcodes.PROVIDERS:
        if provider is not None and provider_id != provider:
            continue
        for member in bankcodes.lookup(provider_id, code):
            entry = _describe(provider_id, member)
            entry["equivalents"] = _equivalents(provider_id, member.category)
            entries.append(entry)
    if not entries:
        import difflib

        folded: dict[str, str] = {}
        for _, member in _members(provider):
            folded.setdefault(member.value.casefold(), member.value)
        close = difflib.get_close_matches(code.casefold(), sorted(folded), n=5, cutoff=0.6)
        suggestions = [folded[match] for match in close]
        where = f" for {provider}" if provider else ""
        message = f"unknown code {code!r}{where}"
        if suggestions:
            message += "; did you mean: " + ", ".join(suggestions)
        if as_json:
            print(json.dumps({"code": code, "known": False, "suggestions": suggestions}), file=out)
        print(message, file=sys.stderr)
        return EXIT_FAILED
    if as_json:
        print(json.dumps(entries, indent=2, ensure_ascii=False), file=out)
        return EXIT_OK
    print(code, file=out)
    for entry in entries:
        print(file=out)
        _print_entry(entry, out)
    return EXIT_OK


def list_codes(provider: str | None, category: str | None, as_json: bool, out: TextIO) -> int:
    if provider is not None and provider not in bankcodes.PROVIDERS:
        raise Unusable(
            f"unknown provider {provider!r}; expected one of {', '.join(bankcodes.PROVIDERS)}"
        )
    if category is not None and category not in {c.value for c in Category}:
        known = ", ".join(c.value for c in Category)
        raise Unusable(f"unknown category {category!r}; expected one of {known}")
    rows = [
        (provider_id, type(member).code_set().id, member.value, member.category.value)
        for provider_id, member in _members(provider)
        if category is None or member.category.value == category
    ]
    if as_json:
        keys = ("provider", "code_set", "value", "category")
        print(json.dumps([dict(zip(keys, row, strict=True)) for row in rows], indent=2), file=out)
        return EXIT_OK
    for row in rows:
        print("\t".join(row), file=out)
    return EXIT_OK


#: The most the command reads from a file or standard input (a body over it is unusable).
MAX_READ = 1024 * 1024


def _read(path: str, limit: int = MAX_READ) -> bytes:
    """At most `limit` bytes of a file (or - for standard input); more is unusable input."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(path, "rb") as file:
                data = file.read(limit + 1)
    except OSError as error:
        raise Unusable(f"cannot read {path}: {error.strerror}") from None
    if len(data) > limit:
        raise Unusable(f"{path} is over {limit} bytes")
    return data


def validate(kind: str, path: str, strict: bool, as_json: bool, out: TextIO) -> int:
    try:
        from bankcodes import payloads
    except ImportError as error:
        raise Unusable(
            f"validate needs pydantic: pip install 'bankcodes[payloads]' ({error})"
        ) from None
    if kind not in payloads.KINDS:
        raise Unusable(
            f"unknown payload kind {kind!r}; expected one of {', '.join(payloads.KINDS)}"
        )
    body = _read(path, payloads.MAX_BYTES)
    try:
        payloads.parse(body)  # the rules every reader of a body follows: UTF-8, JSON
    except payloads.PayloadError as error:
        raise Unusable(f"{path}: {error.problems[0].message}") from None
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


def _secret(variable: str | None, provider: str = "") -> Any:
    """The secret from an environment variable, as bytes (never echoed); for a provider that
    signs with JWTs, the variable holds its public JWK or a JSON list of them; for a provider
    that signs nothing, no variable (None)."""
    from bankcodes import signatures

    scheme = signatures.SCHEMES.get(provider)
    if isinstance(scheme, signatures.NoSignature):
        if variable is not None:
            raise Unusable(f"{provider} signs no webhooks: leave out --secret-env")
        return None
    if variable is None:
        raise Unusable(f"{provider} signs its webhooks: give --secret-env VAR")
    value = os.environb.get(os.fsencode(variable))
    if not value or not value.strip():
        raise Unusable(f"the environment variable {variable} is not set or empty")
    if not isinstance(scheme, signatures.JwtScheme):
        return value
    wanted = f"{variable} must hold a JWK or a JSON list of JWKs for {provider}"
    try:
        keys = json.loads(value)
    except ValueError:
        raise Unusable(wanted) from None
    if not isinstance(keys, dict | list):
        raise Unusable(wanted)
    return keys


def _headers(headers: Sequence[str]) -> list[tuple[str, str]]:
    pairs = []
    for header in headers:
        name, separator, value = header.partition(":")
        if not separator or not name.strip():
            raise Unusable(f"--header takes NAME:VALUE ({len(header)} characters given)")
        pairs.append((name.strip(), value.strip(" \t")))
    return pairs


def verify(
    provider: str, path: str, headers: Sequence[str], secret_env: str, as_json: bool, out: TextIO
) -> int:
    from bankcodes import signatures

    if provider not in signatures.SCHEMES:
        raise Unusable(
            f"unknown provider {provider!r}; expected one of {', '.join(signatures.SCHEMES)}"
        )
    scheme = signatures.SCHEMES[provider]
    if isinstance(scheme, signatures.NoSignature):
        raise Unusable(str(signatures.unsigned(provider, scheme)))
    secret = _secret(secret_env, provider)
    pairs = _headers(headers)
    body = _read(path)
    try:
        used = signatures.verify(provider, body, pairs, secret)
    except signatures.ConfigurationError as error:
        raise Unusable(str(error)) from None
    except signatures.SignatureError as error:
        if as_json:
            result = {"valid": False, "provider": provider, "reason": error.reason}
            print(json.dumps({**result, "message": str(error)}), file=out)
        else:
            print(f"rejected: {error}", file=out)
        return EXIT_FAILED
    if as_json:
        print(json.dumps({"valid": True, "provider": provider, "header": used}), file=out)
    else:
        print(f"valid {provider} signature ({used})", file=out)
    return EXIT_OK


def receive(
    provider: str,
    path: str,
    headers: Sequence[str],
    secret_env: str | None,
    strict: bool,
    as_json: bool,
    out: TextIO,
) -> int:
    from bankcodes.delivery import DELIVERY

    if provider not in DELIVERY:
        raise Unusable(f"unknown provider {provider!r}; expected one of {', '.join(DELIVERY)}")
    try:
        from bankcodes import payloads
    except ImportError as error:
        raise Unusable(
            f"receive needs pydantic: pip install 'bankcodes[payloads]' ({error})"
        ) from None
    secret = _secret(secret_env, provider)
    pairs = _headers(headers)
    body = _read(path, payloads.MAX_BYTES)
    try:
        payloads.parse(body)
    except payloads.PayloadError as error:
        raise Unusable(f"{path}: {error.problems[0].message}") from None
    try:
        event = bankcodes.receive(provider, body, pairs, secret, strict=strict)
    except bankcodes.ConfigurationError as error:
        raise Unusable(str(error)) from None
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
    codes = [
        {
            "path": path_,
            "code_set": type(code).code_set().id if isinstance(code, CodeEnum) else None,
            "value": code.value,
            "known": isinstance(code, CodeEnum),
            "category": code.category.value,
        }
        for path_, code in event.codes()
    ]
    if as_json:
        result = {
            "accepted": True,
            "provider": provider,
            "kind": event.kind,
            "type": event.type.value,
            "dedup_key": event.dedup_key,
            "signed": event.signed,
            "header": event.header,
            "codes": codes,
        }
        print(json.dumps(result, indent=2, ensure_ascii=False), file=out)
        return EXIT_OK
    how = f"signed in {event.header}" if event.signed else "not signed: the provider signs nothing"
    print(f"accepted {provider} {event.type.value} ({how})", file=out)
    print(f"  dedup key: {event.dedup_key}", file=out)
    for code in codes:
        known = "" if code["known"] else " (unknown)"
        print(f"  {code['path']}: {code['value']} -> {code['category']}{known}", file=out)
    return EXIT_OK


class _Parser(argparse.ArgumentParser):
    """An argument parser that never repeats an unrecognised argument's value (it may be a
    secret typed on the command line by mistake)."""

    def error(self, message: str) -> NoReturn:
        prefix = "unrecognized arguments: "
        if message.startswith(prefix):
            words = message[len(prefix) :].split()
            shown = [word.partition("=")[0] if word.startswith("-") else "…" for word in words]
            message = prefix + " ".join(shown) + " (values not shown)"
        super().error(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="bankcodes",
        allow_abbrev=False,
        description="Look up the status and error codes of bank-account-linking providers "
        f"({', '.join(bankcodes.PROVIDERS)}), validate webhook and SDK payloads, and verify "
        "webhook signatures.",
        epilog="Exit status: 0 success, 1 unknown code, invalid payload or rejected signature, "
        "2 unusable input.",
    )
    parser.add_argument("--version", action="version", version=f"bankcodes {bankcodes.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    explain_cmd = commands.add_parser(
        "explain",
        allow_abbrev=False,
        help="everything the catalog knows about a code",
        description="Every provider and code set where CODE occurs: description, category, "
        "retryable, user action, HTTP statuses, scope, source, and the same category in the "
        "other providers. An unknown code exits 1 and suggests close matches.",
        epilog=f"example: bankcodes explain CODE --provider {bankcodes.PROVIDERS[0]} --json",
    )
    explain_cmd.add_argument("code", help="the code's wire value, exactly as received")
    explain_cmd.add_argument("--provider", choices=bankcodes.PROVIDERS)
    explain_cmd.add_argument("--json", action="store_true", help="print JSON")

    list_cmd = commands.add_parser(
        "list",
        allow_abbrev=False,
        help="list codes",
        description="List codes as provider, code set, value and category (tab-separated).",
        epilog=f"example: bankcodes list --category {next(iter(Category)).value}",
    )
    list_cmd.add_argument("--provider", choices=bankcodes.PROVIDERS)
    list_cmd.add_argument("--category", choices=[c.value for c in Category])
    list_cmd.add_argument("--json", action="store_true", help="print JSON")

    validate_cmd = commands.add_parser(
        "validate",
        allow_abbrev=False,
        help="validate a payload against its schema",
        description="Validate a webhook or SDK payload (a file, or - for standard input). "
        "Exit 0 valid, 1 invalid (every problem is listed with its JSON path), 2 unusable input.",
        epilog=f"example: bankcodes validate {next(iter(KINDS))} event.json --strict",
    )
    validate_cmd.add_argument("kind", help=f"the payload kind: {', '.join(KINDS)}")
    validate_cmd.add_argument("file", help="the payload file, or - for standard input")
    validate_cmd.add_argument(
        "--strict", action="store_true", help="reject unknown codes and fields"
    )
    validate_cmd.add_argument("--json", action="store_true", help="print JSON")

    verify_cmd = commands.add_parser(
        "verify",
        allow_abbrev=False,
        help="verify a webhook signature",
        description="Verify the signature of a raw webhook body (a file, or - for standard "
        "input). The secret is read from an environment variable, never from the command line.",
        epilog='example: bankcodes verify PROVIDER body.json --header "NAME: VALUE" '
        "--secret-env WEBHOOK_SECRET",
    )
    verify_cmd.add_argument("provider", help=f"one of {', '.join(SCHEMES)}")
    verify_cmd.add_argument("file", help="the raw body, or - for standard input")
    verify_cmd.add_argument(
        "--header", action="append", default=[], metavar="NAME:VALUE", help="a request header"
    )
    verify_cmd.add_argument(
        "--secret-env", required=True, metavar="VAR", help="the variable holding the secret"
    )
    verify_cmd.add_argument("--json", action="store_true", help="print JSON")

    receive_cmd = commands.add_parser(
        "receive",
        allow_abbrev=False,
        help="verify, validate and explain a webhook delivery",
        description="Verify the signature of a raw webhook body (a file, or - for standard "
        "input), validate it as the provider's webhook, and print its event type, its "
        "deduplication key and the category of every code in it. The secret is read from an "
        "environment variable, never from the command line.",
        epilog='example: bankcodes receive PROVIDER body.json --header "NAME: VALUE" '
        "--secret-env WEBHOOK_SECRET --json",
    )
    receive_cmd.add_argument("provider", help=f"one of {', '.join(SCHEMES)}")
    receive_cmd.add_argument("file", help="the raw body, or - for standard input")
    receive_cmd.add_argument(
        "--header", action="append", default=[], metavar="NAME:VALUE", help="a request header"
    )
    receive_cmd.add_argument(
        "--secret-env",
        metavar="VAR",
        help="the variable holding the secret (not for a provider that signs nothing)",
    )
    receive_cmd.add_argument(
        "--strict", action="store_true", help="reject unknown codes and fields"
    )
    receive_cmd.add_argument("--json", action="store_true", help="print JSON")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    for console in (sys.stdout, sys.stderr):
        # Any console encoding (PYTHONIOENCODING=ascii): escape what it cannot show.
        if isinstance(console, io.TextIOWrapper):
            console.reconfigure(errors="backslashreplace")
    stream = out if out is not None else sys.stdout
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else EXIT_UNUSABLE
    try:
        if args.command == "explain":
            return explain(args.code, args.provider, args.json, stream)
        if args.command == "list":
            return list_codes(args.provider, args.category, args.json, stream)
        if args.command == "validate":
            return validate(args.kind, args.file, args.strict, args.json, stream)
        if args.command == "receive":
            return receive(
                args.provider,
                args.file,
                args.header,
                args.secret_env,
                args.strict,
                args.json,
                stream,
            )
        return verify(args.provider, args.file, args.header, args.secret_env, args.json, stream)
    except Unusable as error:
        print(f"bankcodes {args.command}: {error}", file=sys.stderr)
        return EXIT_UNUSABLE


if __name__ == "__main__":
    raise SystemExit(main())
