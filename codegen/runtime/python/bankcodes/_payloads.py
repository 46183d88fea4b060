"""The behaviour of bankcodes.payloads: read a JSON body under fixed rules, pick the model of the
payload kind by its tag, validate it, and report every problem with its JSON path.

The rules of reading (`parse`, which every reader of a body uses): at most `max_bytes` bytes
(checked before anything is read); UTF-8, one leading byte order mark ignored (a second one is
not JSON); strict JSON (no NaN or Infinity, no lone surrogates, nesting within the parser's
limit). Then a union kind picks its member by its tag field and only that member is validated
(an any_of kind tries its members in order, as JSON Schema's anyOf does). Validation stops once
more than MAX_PROBLEMS problems are found (bankcodes._bounded), so that a body of a million
wrong values costs about what reading it costs. Importing this module imports neither pydantic
nor a model module; validating a kind imports that kind's models only.
"""

from __future__ import annotations

import importlib
import math
import re
from typing import TYPE_CHECKING, Any, NamedTuple

from bankcodes import _bounded, _params
from bankcodes._extras import install
from bankcodes._kinds import PayloadKindInfo
from bankcodes._payload_kinds import KINDS as _KINDS
from bankcodes.errors import WebhookError

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

#: Raw JSON (bytes or str) or already parsed JSON.
Data = bytes | bytearray | memoryview | str | object

#: The default limit on the size of a body, in bytes (UTF-8).
MAX_BYTES = 1024 * 1024
#: At most this many problems are listed in a PayloadError; `omitted` counts the rest.
MAX_PROBLEMS = 100
_BOM = b"\xef\xbb\xbf"
_INSTALL = f"bankcodes.payloads needs pydantic: {install('payloads')}"


#: Every payload kind: the schema path under generated/jsonschema/ without its suffix.
KINDS: tuple[str, ...] = tuple(_KINDS)


class PayloadProblem(NamedTuple):
    """One problem: where (a JSON path such as $.payload.status), what, and its type."""

    path: str
    message: str
    type: str


class PayloadError(WebhookError):
    """A payload did not validate; `problems` lists the problems found (at most MAX_PROBLEMS,
    `omitted` counts the others found). `stopped` is True when validation stopped there, as it
    does once more than MAX_PROBLEMS are found, so that there may be more. Its reason is
    "invalid_payload"."""

    def __init__(
        self,
        kind: str,
        strict: bool,
        problems: tuple[PayloadProblem, ...],
        omitted: int = 0,
        stopped: bool = False,
    ) -> None:
        self.kind = kind
        self.strict = strict
        self.problems = problems
        self.omitted = omitted
        self.stopped = stopped
        mode = "strict" if strict else "lenient"
        found = len(problems) + omitted
        if stopped:
            lines = [f"{kind} ({mode}): more than {MAX_PROBLEMS} problems (validation stopped)"]
        else:
            lines = [f"{kind} ({mode}): {found} problem(s)"]
        lines += [f"  {problem.path}: {problem.message}" for problem in problems]
        if stopped:
            lines.append(f"  … and {omitted} more found before validation stopped")
        elif omitted:
            lines.append(f"  … and {omitted} more")
        self.reason = "invalid_payload"
        ValueError.__init__(self, "\n".join(lines))


def _kind(kind: object) -> PayloadKindInfo:
    entry = _KINDS.get(kind) if isinstance(kind, str) else None
    if entry is None:
        shown = repr(kind)[:100] if isinstance(kind, str) else type(kind).__name__
        raise ValueError(f"unknown payload kind {shown}; expected one of {', '.join(KINDS)}")
    return entry


class _Pydantic(NamedTuple):
    from_json: Any
    ValidationError: type[ValidationError]


_LOADED: list[_Pydantic] = []


def pydantic() -> _Pydantic:
    """pydantic's JSON reader and error, imported on first use."""
    if not _LOADED:
        try:
            from pydantic import ValidationError
            from pydantic_core import from_json
        except ImportError as error:
            raise ModuleNotFoundError(_INSTALL) from error
        _LOADED.append(_Pydantic(from_json, ValidationError))
    return _LOADED[0]


def check_size(data: bytes | bytearray | memoryview, max_bytes: int) -> None:
    """Refuse a body over `max_bytes` (a PayloadError, too_large): checked before any other work
    on it, a signature's included."""
    max_bytes = _params.size("max_bytes", max_bytes)
    if len(data) > max_bytes:
        raise _unreadable(f"the body is {len(data)} bytes; the limit is {max_bytes}", "too_large")


def _bytes(body: bytes | bytearray | memoryview | str, max_bytes: int) -> bytes:
    """The body's bytes, without its leading byte order mark, within the limit (checked first);
    a second byte order mark is not JSON."""
    max_bytes = _params.size("max_bytes", max_bytes)
    data: bytes | bytearray | memoryview
    if isinstance(body, str):
        if len(body) > max_bytes:
            raise _unreadable(f"the body is over {max_bytes} bytes", "too_large")
        data = body.encode("utf-8", "surrogatepass")
    elif isinstance(body, bytes | bytearray | memoryview):
        data = memoryview(body).cast("B") if isinstance(body, memoryview) else body
    else:
        raise TypeError(f"the body must be bytes or str, not {_params.shown(body)}")
    check_size(data, max_bytes)
    if data[:3] == _BOM:
        if data[3:6] == _BOM:
            message = "not JSON: a second byte order mark at byte 3 (only one is ignored)"
            raise _unreadable(message, "json_invalid")
        return bytes(data[3:])
    return data if type(data) is bytes else bytes(data)


def parse(body: bytes | bytearray | memoryview | str, *, max_bytes: int = MAX_BYTES) -> object:
    """Read a JSON body under the rules of this module; raise PayloadError (kind "json") with one
    problem at $ when it is too large or not JSON. Every reader of a body (validate, receive,
    the command line) reads it so."""
    return _read(_bytes(body, max_bytes))


def _read(data: bytes) -> object:
    """Read JSON from a body's bytes, its byte order mark already dropped (a second one is not
    JSON). A number written with more than 4,300 digits, which pydantic's reader refuses as
    out of range, is read as JavaScript reads it: the nearest double (infinity beyond the
    largest), written in its place before the body is read again; each such number shortens
    the body by thousands of bytes, so the rereads are bounded by its size."""
    try:
        reader = pydantic().from_json
    except ModuleNotFoundError:  # the package alone: the standard library's reader, same rules
        from bankcodes import _json_plain

        try:
            return _json_plain.read(data)
        except ValueError as error:
            raise _unreadable(f"not JSON: {error}", "json_invalid") from None
    while True:
        try:
            return reader(data, allow_inf_nan=False)
        except ValueError as error:
            shorter = _shortened(data, str(error))
            if shorter is None:
                raise _unreadable(f"not JSON: {error}", "json_invalid") from None
            data = shorter


_OUT_OF_RANGE = re.compile(r"number out of range at line ([0-9]+) column ([0-9]+)")
_NUMBER = re.compile(rb"-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")


def _shortened(data: bytes, error: str) -> bytes | None:
    """`data` with the long number an out-of-range error points at written as its double; None
    for any other error."""
    found = _OUT_OF_RANGE.fullmatch(error)
    if found is None:
        return None
    line, column = int(found[1]), int(found[2])
    start = 0
    for _ in range(line - 1):
        start = data.index(b"\n", start) + 1
    at = start + column - 1
    while at > 0 and data[at - 1 : at] in _NUMBER_BYTES:
        at -= 1
    number = _NUMBER.match(data, at)
    if number is None:
        return None
    value = float(number[0])  # Python reads a long decimal text as the nearest double, too
    text = repr(value).encode() if math.isfinite(value) else b"-1e400" if value < 0 else b"1e400"
    return data[:at] + text + data[number.end() :]


#: The bytes a JSON number is written with.
_NUMBER_BYTES = frozenset(bytes([byte]) for byte in b"+-.0123456789eE")


def _text(data: Data) -> bytes | bytearray | memoryview | str:
    """A body as it is, or parsed data written as JSON text."""
    if isinstance(data, bytes | bytearray | memoryview | str):
        return data
    import json

    try:
        return json.dumps(data, ensure_ascii=False, allow_nan=False)
    except Exception as error:  # any object may raise anything while it is written
        message = f"not a JSON value: {type(error).__name__}: {str(error)[:200]}"
        raise _unreadable(message, "json_type") from None


def _unreadable(message: str, kind: str) -> PayloadError:
    return PayloadError("json", False, (PayloadProblem("$", message, kind),))


def model_class(kind: str, *, strict: bool = False) -> type[BaseModel]:
    """The root model class of a payload kind (imported on first use)."""
    entry = _kind(kind)
    strict = _params.flag("strict", strict)
    module = _models(entry, strict)
    model: type[BaseModel] = getattr(module, entry.root)
    return model


_MODULES: dict[str, Any] = {}


def _models(entry: PayloadKindInfo, strict: bool) -> Any:
    name = entry.strict_module if strict else entry.lenient_module
    module = _MODULES.get(name)
    if module is None:
        pydantic()
        module = _MODULES[name] = importlib.import_module(name)
    return module


def validate(
    kind: str, data: Data, *, strict: bool = False, max_bytes: int = MAX_BYTES
) -> BaseModel:
    """Validate and parse a payload of `kind` (one of KINDS: "provider/name").

    `data` is the raw body (bytes or str, read by `parse` within `max_bytes`) or already parsed
    JSON, which is written out and read back under the same rules (so that any object, however
    it behaves, is either plain JSON or one problem). Returns the model of the member the
    payload's tag picks. Raises PayloadError listing the problems, or ValueError for an unknown
    kind.
    """
    return validate_read(kind, data, strict=strict, max_bytes=max_bytes)[0]


def validate_read(
    kind: str, data: Data, *, strict: bool = False, max_bytes: int = MAX_BYTES
) -> tuple[BaseModel, object]:
    """As validate, and the JSON value read from the body, so that a caller does not read the
    body twice."""
    entry = _kind(kind)
    strict = _params.flag("strict", strict)
    max_bytes = _params.size("max_bytes", max_bytes)
    module = _models(entry, strict)
    try:
        value = _read(_bytes(_text(data), max_bytes))
    except PayloadError as error:
        raise PayloadError(kind, strict, error.problems, error.omitted) from None
    candidates, plausible = _candidates(kind, entry, strict, value)
    large = _bounded.larger_than(value, _bounded.WINDOW)
    found: list[_Found] = []
    for name in candidates:
        result = _attempt(getattr(module, name), value, large)
        if not isinstance(result, _Found):
            return result, value
        found.append(result)
    # The member the payload was meant to be, or (none fitting) what each member misses.
    raise _payload_error(kind, strict, found[:1] if plausible else found)


class _Found(NamedTuple):
    """The problems of one model, and whether their search stopped at the cap."""

    problems: list[PayloadProblem]
    stopped: bool


def _attempt(model: type[BaseModel], value: object, large: bool) -> BaseModel | _Found:
    """The model of `value`, or its problems. A large value is first scanned in windows, which
    stops once more than MAX_PROBLEMS are found; one with fewer is validated whole."""
    if large:
        found = _scan(model, value)
        if found is not None:
            return found
    try:
        return model.model_validate(value)
    except pydantic().ValidationError as error:
        problems = [PayloadProblem(_path(i["loc"]), i["msg"], i["type"]) for i in _items(error)]
        return _Found(problems, False)


def _scan(model: type[BaseModel], value: object) -> _Found | None:
    """The problems of the windows of `value`, once more than MAX_PROBLEMS are found; None when
    its windows hold no more."""
    failure = pydantic().ValidationError
    problems: list[PayloadProblem] = []
    seen: set[tuple[str, str]] = set()
    for window in _bounded.windows(value):
        try:
            model.model_validate(window.root)
            continue
        except failure as error:
            items = _items(error)
        for item in items:
            loc, left_out = _bounded.locate(window, item["loc"])
            if left_out and item["type"] == "missing":
                continue
            problem = PayloadProblem(_path(loc), item["msg"], item["type"])
            if (problem.path, problem.message) not in seen:
                seen.add((problem.path, problem.message))
                problems.append(problem)
        if len(problems) > MAX_PROBLEMS:
            return _Found(problems, True)
    return None


def _items(error: ValidationError) -> list[Any]:
    return error.errors(include_url=False, include_context=False, include_input=False)


def _candidates(
    kind: str, entry: PayloadKindInfo, strict: bool, data: object
) -> tuple[list[str], bool]:
    """The members to try, in order: the one the tag picks, or those of an any_of kind; and
    whether the first one is the member the payload was meant to be."""
    if entry.tag is None and not entry.members:
        return [entry.root], True
    if not isinstance(data, dict):
        problem = PayloadProblem("$", "Input should be an object", "model_type")
        raise PayloadError(kind, strict, (problem,))
    if entry.tag is not None:
        tag = dict.get(data, entry.tag)
        path = _path((entry.tag,))
        if tag is None and entry.tag not in data:
            raise PayloadError(kind, strict, (PayloadProblem(path, "Field required", "missing"),))
        if not isinstance(tag, str):
            problem = PayloadProblem(path, "Input should be a valid string", "string_type")
            raise PayloadError(kind, strict, (problem,))
        member = entry.variants.get(tag)
        if member is not None:
            return [member], True
        if strict or entry.fallback is None:
            shown = repr(tag) if len(tag) <= 100 else repr(tag[:100]) + "…"
            known = ", ".join(entry.variants)
            message = (
                f"{entry.tag} {shown} has no schema of its own here (strict validation accepts "
                f"only: {known}; lenient validation accepts any {entry.tag})"
            )
            raise PayloadError(kind, strict, (PayloadProblem(path, message, "unknown_variant"),))
        return [entry.fallback], True
    # any_of: the members whose required fields are present come first.
    present = [m.name for m in entry.members if all(f in data for f in m.required)]
    return present + [m.name for m in entry.members if m.name not in present], bool(present)


def _payload_error(kind: str, strict: bool, found: list[_Found]) -> PayloadError:
    problems: list[PayloadProblem] = []
    seen: set[tuple[str, str]] = set()
    total = 0
    for problem in (problem for each in found for problem in each.problems):
        if (problem.path, problem.message) in seen:
            continue
        seen.add((problem.path, problem.message))
        total += 1
        if len(problems) < MAX_PROBLEMS:
            problems.append(problem)
    stopped = any(each.stopped for each in found)
    return PayloadError(kind, strict, tuple(problems), total - len(problems), stopped)


def _path(loc: tuple[str | int, ...]) -> str:
    """A JSON path for a location: $.name, $["a key"], $[0]."""
    parts = ["$"]
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif part.isidentifier():
            parts.append(f".{part}")
        else:
            import json

            parts.append("[" + json.dumps(part[:200]) + "]")
    return "".join(parts)
