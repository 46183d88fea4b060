# copied from codegen/runtime/python/bankcodes/cli.py — do not edit (run `make generate`)
"""The `bankcodes` command: look codes up, validate payloads, verify webhook signatures.

    bankcodes explain CODE [--provider PROVIDER] [--json]
    bankcodes list [--provider PROVIDER] [--category CATEGORY] [--json]
    bankcodes validate PROVIDER/KIND FILE [--strict] [--json]
    bankcodes verify PROVIDER FILE --header "NAME: VALUE" --secret-env VARIABLE

Exit status: 0 success, 1 unknown code / invalid payload / rejected signature, 2 unusable input.
"""

from __future__ import annotations

import argparse
import importlib
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
    from typing import Any, TextIO

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
        "python": f"bankcodes.{provider}.{type(member).__name__}.{member.name}",
        "description": member.description,
        "message": member.message,
        "category": member.category.value,
        "category_title": member.category.label,
        "retryable": member.retryable,
        "actor": member.category.actor.value,
        "action": member.category.action,
        "user_action": member.user_action,
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


def verify(provider: str, path: str, headers: Sequence[str], secret_env: str, out: TextIO) -> int:
    from bankcodes import signatures

    if provider not in signatures.SCHEMES:
        raise Unusable(
            f"unknown provider {provider!r}; expected one of {', '.join(signatures.SCHEMES)}"
        )
    secret = os.environ.get(secret_env)
    if not secret:
        raise Unusable(f"the environment variable {secret_env} is not set or empty")
    pairs = []
    for header in headers:
        name, separator, value = header.partition(":")
        if not separator or not name.strip():
            raise Unusable(f"--header takes NAME:VALUE, not {header!r}")
        pairs.append((name.strip(), value.strip()))
    body = _read(path)
    try:
        used = signatures.verify(provider, body, pairs, secret)
    except signatures.SignatureError as error:
        print(f"rejected: {error}", file=out)
        return EXIT_FAILED
    print(f"valid {provider} signature ({used})", file=out)
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bankcodes",
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
        help="list codes",
        description="List codes as provider, code set, value and category (tab-separated).",
        epilog=f"example: bankcodes list --category {next(iter(Category)).value}",
    )
    list_cmd.add_argument("--provider", choices=bankcodes.PROVIDERS)
    list_cmd.add_argument("--category", choices=[c.value for c in Category])
    list_cmd.add_argument("--json", action="store_true", help="print JSON")

    validate_cmd = commands.add_parser(
        "validate",
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
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
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
        return verify(args.provider, args.file, args.header, args.secret_env, stream)
    except Unusable as error:
        print(f"bankcodes {args.command}: {error}", file=sys.stderr)
        return EXIT_UNUSABLE


if __name__ == "__main__":
    raise SystemExit(main())
