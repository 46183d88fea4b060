"""The argument parser of the `bankcodes` command, which never repeats a value of its command
line in an error.

A value typed in the wrong place may be a secret (`--secret-env "$WEBHOOK_SECRET"`, a secret
pasted as the body's path or after `--`), and errors end up in CI logs. So an error names the
argument and what it expects, suggests the known names closest to what was given, and leaves
every other word of the command line out, whatever the mistake and whatever argparse's wording.
"""

from __future__ import annotations

import argparse
import contextvars
import datetime
import difflib
import re
import sys
from collections.abc import Iterable, Sequence

from bankcodes._cli_input import EXIT_UNUSABLE, Unusable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

#: Put where a value of the command line would have been shown.
HIDDEN = "(the value given is not shown)"
#: The words of the command line being parsed.
_WORDS: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("words", default=())


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors show no value of the command line and that reads no
    abbreviated option (its subcommands' parsers are of this class too)."""

    #: The parser of the whole command, which knows every word (set by adopt).
    root: argparse.ArgumentParser | None = None

    def __init__(self, *args: Any, **options: Any) -> None:
        super().__init__(*args, **{"allow_abbrev": False, **options})

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: None = None
    ) -> argparse.Namespace:
        words = tuple(sys.argv[1:] if args is None else args)
        token = _WORDS.set(words)
        try:
            return super().parse_args(words, namespace)
        finally:
            _WORDS.reset(token)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        shown = hide(message, _WORDS.get(), known_words(self.root or self))
        self.exit(EXIT_UNUSABLE, f"{self.prog}: error: {shown}\n")


def adopt(root: argparse.ArgumentParser) -> None:
    """Let every subcommand's parser find the words the whole command knows."""
    for parser in _parsers(root):
        if isinstance(parser, Parser):
            parser.root = root


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found += _parsers(child)
    return found


def known_words(root: argparse.ArgumentParser) -> frozenset[str]:
    """Every word the command knows: its options, subcommands and choices (safe to repeat)."""
    words: set[str] = {"--", "-"}
    for parser in _parsers(root):
        words.add(parser.prog)
        words.update(parser.prog.split())
        for action in parser._actions:
            words.update(action.option_strings)
            if action.choices is not None:
                words.update(str(choice) for choice in action.choices)
    return frozenset(words)


def _parts(word: str) -> list[str]:
    """A word of the command line and the values inside it (after "=", after a short option)."""
    parts = {word, word.partition("=")[2], word.lstrip("-")}
    if word.startswith("-") and not word.startswith("--"):
        parts.add(word[2:])
    return sorted((part for part in parts if part), key=len, reverse=True)


def _close(given: Iterable[str], names: Iterable[str]) -> str:
    """ "; did you mean …?" with the known names closest to any of `given`, or ""."""
    choices = sorted(names)
    close = {match for word in given for match in difflib.get_close_matches(word, choices, n=2)}
    return f"; did you mean {' or '.join(sorted(close))}?" if close else ""


def hide(message: str, words: Sequence[str], known: frozenset[str]) -> str:
    """`message` with every word of the command line that the command does not know left out."""
    strange = [word for word in words if word not in known]
    prefix = "unrecognized arguments: "
    if message.startswith(prefix):
        extra = [word for word in strange if word in message[len(prefix) :]]
        count = len(extra) or 1
        names = [word.partition("=")[0] for word in extra if word.startswith("--")]
        options = [word for word in known if word.startswith("--") and len(word) > 2]
        plural = "s" if count > 1 else ""
        return f"{count} unrecognized argument{plural} {HIDDEN}{_close(names, options)}"
    if "invalid choice" in message:
        message += _close(strange, [word for word in known if not word.startswith("-")])
    for word in strange:
        for part in _parts(word):
            if part in known:
                continue
            message = message.replace(repr(part), HIDDEN).replace(f'"{part}"', HIDDEN)
            # argparse repeats values only as repr; any other copy goes too, unless it is a
            # piece of the command's own words (then it is no secret).
            if not any(part in other for other in known):
                message = message.replace(part, HIDDEN)
    return message


def unknown(what: str, known: Sequence[str]) -> Unusable:
    """The error for an unknown name given on the command line, which it does not repeat."""
    message = f"unknown {what} {HIDDEN}; expected one of {', '.join(known)}"
    return Unusable(message)


def suggest(what: str, given: str, known: Sequence[str]) -> Unusable:
    """As unknown, with the known names closest to what was given."""
    error = unknown(what, known)
    close = difflib.get_close_matches(given, list(known), n=3)
    if close:
        error = Unusable(f"{error}; did you mean {' or '.join(close)}?")
    return error


def webhook_provider(given: str, known: Sequence[str]) -> Unusable:
    """As suggest, for a command about webhooks: a provider of the catalog that sends none is
    said to send none, one whose webhooks bankcodes does not describe is said why, as receive
    says it."""
    import bankcodes
    from bankcodes import signatures
    from bankcodes._signing import UNDESCRIBED
    from bankcodes.errors import refused

    if given in UNDESCRIBED:
        how = UNDESCRIBED[given]
        return Unusable(str(refused("undescribed", provider=given, how=how)).partition(": ")[2])
    scheme = signatures.SCHEMES.get(given)
    if isinstance(scheme, signatures.NoSignature) and given not in known:  # and no delivery
        how = str(signatures.unsigned(given, scheme)).split(": ", 1)[-1]
        return Unusable(f"{how}; read a body with explain -")
    if given in bankcodes.PROVIDERS and given not in known:
        return Unusable(
            f"{given} sends no webhooks, so there is none to verify, receive or trigger; "
            f"providers that do: {', '.join(known)}"
        )
    return suggest("provider", given, known)


def configuration(error: Exception) -> Unusable:
    """A receiver's ConfigurationError as the command line says it: its options by their flags."""
    text = str(error)
    if getattr(error, "reason", None) == "missing_path":
        text = text.replace("pass path= ", "pass --path ")
    text = text.replace("pass secret_header= ", "pass --secret-header ")
    text = text.replace("leave secret_header out", "leave --secret-header out")
    text = text.replace("secret_header is the name", "--secret-header takes the name")
    text = text.replace("secret_header is one of", "--secret-header names one of")
    return Unusable(text)


#: What --now takes, and the shapes of a date and time or of Unix seconds (shown when refused).
NOW_EXPECTED = (
    "--now takes an ISO 8601 instant with its zone (2025-01-31T12:00:00Z, "
    "2025-01-31T16:00:00+04:00) or Unix seconds (1738324800)"
)
_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[Tt ][0-9:.,]{1,20})?(?:[Zz]|[+-][0-9:]{1,8})?")
_SECONDS_SHAPE = re.compile(r"[0-9]{1,12}(?:\.[0-9]{1,9})?")


def instant(text: str) -> datetime.datetime:
    """The instant --now names: an ISO 8601 date and time with a zone, or Unix seconds."""
    if _SECONDS_SHAPE.fullmatch(text):
        try:
            return datetime.datetime.fromtimestamp(float(text), datetime.UTC)
        except (OverflowError, OSError, ValueError):
            raise Unusable(f"--now {text} is out of range; {NOW_EXPECTED}") from None
    if not _DATE_SHAPE.fullmatch(text):
        raise Unusable(f"{NOW_EXPECTED}; the value given is neither (it is not shown)")
    try:
        when = datetime.datetime.fromisoformat(text.upper().replace(",", "."))
    except ValueError as error:
        offset = "offset" in str(error)  # Python's own words name its timedelta
        why = " (its offset is not within 24 hours)" if offset else ""
        why = why or ("" if text in str(error) else f" ({error})")
        raise Unusable(f"--now {text} is not a valid date and time{why}; {NOW_EXPECTED}") from None
    if when.tzinfo is None:
        raise Unusable(
            f"--now {text} has no zone: add Z for UTC, or the offset (+04:00); {NOW_EXPECTED}"
        )
    return when
