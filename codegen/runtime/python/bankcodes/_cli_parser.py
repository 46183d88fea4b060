"""The `bankcodes` command's arguments: each command, its options and their help, as argparse
reads them (bankcodes.cli runs what they ask)."""

from __future__ import annotations

import argparse

import bankcodes
from bankcodes import Category
from bankcodes._cli_args import NOW_EXPECTED, Parser, adopt
from bankcodes._payload_kinds import KINDS
from bankcodes._signing import SCHEMES
from bankcodes._taxonomy import Actor

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


_PATH_HELP = (
    "the request's path (such as /webhooks/bank), for a provider whose signature covers it "
    "(a JWS such as Tl-Signature)"
)
_SECRET_HEADER_HELP = (
    "the header holding the secret, for a provider whose header your app names when it "
    "registers the webhook (its page on the site says whether it does)"
)
_INSTANT = NOW_EXPECTED.removeprefix("--now takes ")
_NOW_HELP = (
    "check a signed timestamp against this instant instead of the clock (a delivery held since "
    f"it failed); {_INSTANT}"
)
_ARRIVED_HELP = (
    "the moment the response arrived, from which its wait is counted and an HTTP date read "
    f"(the clock by default); {_INSTANT}"
)


def parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="bankcodes",
        description="Look up the status and error codes of bank-account-linking providers "
        f"({', '.join(bankcodes.PROVIDERS)}), validate webhook and SDK payloads, and verify "
        "webhook signatures.",
        epilog="Exit status: 0 success, 1 unknown code, invalid payload or rejected signature, "
        "2 unusable input.",
    )
    parser.add_argument("--version", action="version", version=f"bankcodes {bankcodes.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_explain(commands)
    _add_decide(commands)
    _add_list(commands)
    _add_validate(commands)
    _add_verify(commands)
    _add_receive(commands)
    _add_trigger(commands)
    _add_mcp(commands)
    adopt(parser)
    return parser


def _add_code_command(
    commands: argparse._SubParsersAction[Parser], name: str, *, help: str, description: str
) -> Parser:
    """A command about a code or, with -, a pasted error body or HTTP response: its CODE,
    --provider and --json."""
    command = commands.add_parser(
        name,
        help=help,
        description=description,
        epilog=f"example: bankcodes {name} CODE --provider {bankcodes.PROVIDERS[0]} --json",
    )
    command.add_argument(
        "code",
        help="the code's wire value, exactly as received; - reads an error body, a whole "
        "HTTP response (status line, headers, body) or a webhook's request from standard input",
    )
    command.add_argument("--provider", choices=bankcodes.PROVIDERS)
    command.add_argument(
        "--code-set",
        metavar="PROVIDER.CODE_SET",
        help="only this code set's code (as a answer's Code line names it), where several "
        "code sets know CODE",
    )
    command.add_argument("--json", action="store_true", help="print JSON")
    return command


def _add_explain(commands: argparse._SubParsersAction[Parser]) -> None:
    """`bankcodes explain`: what the catalog knows about a code, or about a pasted error body."""
    command = _add_code_command(
        commands,
        "explain",
        help="everything the catalog knows about a code",
        description="Every provider and code set where CODE occurs: description, category, "
        "retryable, user action, HTTP statuses, scope, source, the codes of other providers "
        "recorded as equivalent, and how many only share the category (--equivalents names "
        "them), after what to do now (bankcodes decide's block). An unknown code exits "
        "1 and suggests close matches. With -, a pasted error body or HTTP response is read as "
        "the decoder reads it: its kind, the code that decides it, the HTTP status and the "
        "request id, then what that code means.",
    )
    command.add_argument(
        "--equivalents",
        action="store_true",
        help="name every code of another provider that only shares the category",
    )
    command.add_argument("--now", metavar="WHEN", help=_ARRIVED_HELP)


def _add_decide(commands: argparse._SubParsersAction[Parser]) -> None:
    """`bankcodes decide`: what to do now about a code or a pasted response, and when."""
    command = _add_code_command(
        commands,
        "decide",
        help="what to do now about a code or a response, and when",
        description="The next step (retry, retry_later, reconnect, renew_consent, …), who acts, "
        "the connection's state, how long to wait (Retry-After, the provider's reset header, a "
        "wait its message states, the code's stated wait: the first present) and why, with the "
        "source of each part. With -, a pasted error body or HTTP response is read with its "
        "headers.",
    )
    command.add_argument(
        "--header", action="append", default=[], metavar="NAME:VALUE", help="a response header"
    )
    command.add_argument("--now", metavar="WHEN", help=_ARRIVED_HELP)


def _add_list(commands: argparse._SubParsersAction[Parser]) -> None:
    """`bankcodes list`: the codes, filtered by provider, category and what acting on them
    takes."""
    command = commands.add_parser(
        "list",
        help="list codes",
        description="List codes, filtered by provider, category and what acting on them "
        "takes: one line per code, tab-separated, after a header row that names the columns "
        "(provider, code_set, value, category, retryable, end_user_can_retry, actor, next_step, "
        "wait_seconds, max_attempts; yes or no for the two retries, empty for no wait or "
        "attempts stated). With --json, a list of records with those keys (retryable and "
        "end_user_can_retry true or false) and, where the package has its address, the code's "
        "page (doc_url).",
        epilog=f"example: bankcodes list --provider {bankcodes.PROVIDERS[0]} --retryable yes",
    )
    command.add_argument("--provider", choices=bankcodes.PROVIDERS)
    command.add_argument("--category", choices=[c.value for c in Category])
    for flag, what in (
        ("--retryable", "trying again soon can succeed"),
        ("--end-user-can-retry", "the end user trying again can succeed"),
    ):
        command.add_argument(flag, choices=("yes", "no"), help=f"only codes where {what}, or not")
    command.add_argument(
        "--actor",
        choices=[a.value for a in Actor],
        help="only codes of categories this one acts on",
    )
    command.add_argument(
        "--json", action="store_true", help="print a JSON list of records, one for each code"
    )


def list_filters(args: argparse.Namespace) -> dict[str, Any]:
    """The filters of `bankcodes list`, as bankcodes._code_lists.rows takes them."""

    def yes(given: str | None) -> bool | None:
        return None if given is None else given == "yes"

    return {
        "provider": args.provider,
        "category": args.category,
        "retryable": yes(args.retryable),
        "end_user_can_retry": yes(args.end_user_can_retry),
        "actor": args.actor,
    }


def _add_validate(commands: argparse._SubParsersAction[Parser]) -> None:
    """`bankcodes validate`: a payload checked against its kind's schema."""
    command = commands.add_parser(
        "validate",
        help="validate a payload against its schema",
        description="Validate a webhook or SDK payload (a file, or - for standard input). "
        "Exit 0 valid, 1 invalid (every problem is listed with its JSON path), 2 unusable input.",
        epilog=f"example: bankcodes validate {next(iter(KINDS))} event.json --strict",
    )
    command.add_argument("kind", help=f"the payload kind: {', '.join(KINDS)}")
    command.add_argument("file", help="the payload file, or - for standard input")
    command.add_argument("--strict", action="store_true", help="reject unknown codes and fields")
    command.add_argument("--json", action="store_true", help="print JSON")


def _add_verify(commands: argparse._SubParsersAction[Parser]) -> None:
    """`bankcodes verify`: a webhook body's signature checked."""
    command = commands.add_parser(
        "verify",
        help="verify a webhook signature",
        description="Verify the signature of a raw webhook body (a file, or - for standard "
        "input). The secret is read from an environment variable, never from the command line.",
        epilog='example: bankcodes verify PROVIDER body.json --header "NAME: VALUE" '
        "--secret-env WEBHOOK_SECRET",
    )
    _delivery_arguments(
        command, secret="the variable holding the secret", required=True, strict=False
    )


def _add_receive(commands: argparse._SubParsersAction[Parser]) -> None:
    """`bankcodes receive`: a webhook delivery verified, validated and explained."""
    command = commands.add_parser(
        "receive",
        help="verify, validate and explain a webhook delivery",
        description="Verify the signature of a raw webhook body (a file, or - for standard "
        "input), validate it as the provider's webhook, and print its event type, its "
        "deduplication key and the category of every code in it. The secret is read from an "
        "environment variable, never from the command line.",
        epilog='example: bankcodes receive PROVIDER body.json --header "NAME: VALUE" '
        "--secret-env WEBHOOK_SECRET --json",
    )
    _delivery_arguments(
        command,
        secret="the variable holding the secret (not for a provider that signs nothing)",
        required=False,
        strict=True,
    )


def _delivery_arguments(command: Parser, *, secret: str, required: bool, strict: bool) -> None:
    """The arguments of a received delivery, which verify and receive share: the provider, the
    raw body and its headers, the variable holding the secret (`secret`: its help), --strict
    where the command validates the body, and what a signature may cover."""
    command.add_argument("provider", help=f"one of {', '.join(SCHEMES)}")
    command.add_argument("file", help="the raw body, or - for standard input")
    command.add_argument(
        "--header", action="append", default=[], metavar="NAME:VALUE", help="a request header"
    )
    command.add_argument("--secret-env", required=required, metavar="VAR", help=secret)
    if strict:
        command.add_argument(
            "--strict", action="store_true", help="reject unknown codes and fields"
        )
    command.add_argument("--now", metavar="WHEN", help=_NOW_HELP)
    command.add_argument("--path", metavar="PATH", help=_PATH_HELP)
    command.add_argument("--secret-header", metavar="NAME", help=_SECRET_HEADER_HELP)
    command.add_argument("--json", action="store_true", help="print JSON")


def _add_trigger(commands: argparse._SubParsersAction[Parser]) -> None:
    """`bankcodes trigger`: a signed webhook delivery printed, to test a handler with."""
    command = commands.add_parser(
        "trigger",
        help="print a signed webhook delivery to test a handler with",
        description="Print one webhook delivery of PROVIDER, built from the catalog's example of "
        "EVENT (by default its first), with new ids and timestamp where the provider's "
        "deliveries are told apart by them, signed now: its headers, a blank line and the raw "
        "body, or a curl command line, or JSON. It is signed with the published test secret (or "
        "test key) of bankcodes, or with the secret in the variable --secret-env names (a private "
        "JWK for a provider that signs JWTs), which is never printed.",
        epilog="example: bankcodes trigger PROVIDER EVENT --secret-env WEBHOOK_SECRET "
        "--curl http://localhost:8000/webhooks",
    )
    command.add_argument("provider", help=f"one of {', '.join(SCHEMES)}")
    command.add_argument("event", nargs="?", help="the event (--list lists them)")
    command.add_argument(
        "--secret-env", metavar="VAR", help="the variable holding the secret to sign with"
    )
    command.add_argument("--now", metavar="WHEN", help="sign at this instant, not now")
    command.add_argument(
        "--path",
        metavar="PATH",
        help="the path the delivery is posted to, for a provider whose signature covers it "
        "(a JWS; by default the --curl URL's path, else /webhooks/test)",
    )
    command.add_argument(
        "--jku",
        metavar="URL",
        help="for a provider that signs with a JWS (Tl-Signature), the key set the signature "
        "names: one of the provider's, its production key set by default (its sandbox's for a "
        "sandbox receiver)",
    )
    command.add_argument(
        "--secret-header",
        metavar="NAME",
        help=_SECRET_HEADER_HELP + " (by default the one the published test deliveries use)",
    )
    command.add_argument(
        "--curl", metavar="URL", help="print a curl command line that posts it to URL"
    )
    command.add_argument(
        "--as-published",
        action="store_true",
        help="the example's own ids, not new ones; its timestamp too where the receiver's age "
        "check allows it, else --now's instant (with --now at a fixture's signed_at, that "
        "fixture)",
    )
    command.add_argument("--list", action="store_true", help="list the events")
    command.add_argument("--json", action="store_true", help="print JSON")


def _add_mcp(commands: argparse._SubParsersAction[Parser]) -> None:
    """`bankcodes mcp`: the catalog served to an MCP client."""
    commands.add_parser(
        "mcp",
        help="serve the catalog over the Model Context Protocol (standard input and output)",
        description="Serve the catalog to an MCP client over standard input and output: "
        "read-only tools that look a code up, explain a pasted error body or HTTP response, "
        "list a code's equivalents and the providers' code sets, and each code's page in "
        "Markdown as a resource. It reads no file and reaches no network. It needs the MCP "
        "SDK: pip install 'bankcodes[mcp]'.",
        epilog='example, in an MCP client\'s configuration: "command": "bankcodes", '
        '"args": ["mcp"]',
    )
