"""Read spec/catalog.json: parse, validate against its schema, build the raw model, apply the rules,
resolve it into the linked model, and check what only the resolved model can tell (the published
examples against the schemas generated from it).

Every stage reports all of its problems at once, each with a JSON pointer; the first stage that
finds problems stops the load with a SpecError, so later stages only ever see well-formed input.
`validate` is this function; `generate` is this function and the targets, which cannot fail on
what it returns (`load_checking`: its rules and late checks run while the targets render, and
nothing is put in place before they pass).
"""

from __future__ import annotations

import contextlib
import json
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema_rs
from pydantic import ValidationError

from codegen import beside, checks, paths, rules
from codegen.changelog import COMPARABLE, version_key
from codegen.errors import Problem, SpecError, pointer
from codegen.model import Catalog, Release
from codegen.model.catalog import Watch
from codegen.resolve import resolve
from codegen.spec import Catalog as RawCatalog
from codegen.spec_problems import all_problems, schema_problems
from codegen.specfile import MAX_SPEC_BYTES as MAX_SPEC_BYTES
from codegen.specfile import parse, read_text

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

VERSION = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")
#: A surrogate written as a \\u escape (if its backslash is not itself escaped), whose half
#: (high or low) group 1 tells, and the low half that makes a pair with a high one; a surrogate
#: itself. The escape starts with a fixed text, which the expression finds at the speed of a
#: text search.
SURROGATE = re.compile(r"\\u[dD]([89a-fA-F])[0-9a-fA-F]{2}")
LOW_HALF = re.compile(r"\\u[dD][c-fC-F]")
SURROGATE_CHARACTER = re.compile(r"[\ud800-\udfff]")


def load(path: Path = paths.SPEC) -> Catalog:
    """Load and check the spec at `path`; raise SpecError listing every problem."""
    return _load(path)[1]


@contextlib.contextmanager
def staged(text: str, path: Path) -> Iterator[Path]:
    """`text` written as a spec beside the one at `path` (in a folder of its own, removed after)
    and loaded: yields that file, which the caller may move onto `path`; SpecError, naming `path`,
    when it does not load."""
    with tempfile.TemporaryDirectory(dir=path.parent) as folder:
        staging = Path(folder) / path.name
        staging.write_text(text, encoding="utf-8")
        try:
            load(staging)
        except SpecError as error:
            raise SpecError(str(path), error.problems) from None
        yield staging


def load_spec(path: Path = paths.SPEC) -> RawCatalog:
    """The spec at `path` as written (the models of codegen.spec), once every check of `load`
    has passed; SpecError otherwise."""
    return _load(path)[0]


def checked(text: str, filename: str) -> dict[str, Any]:
    """The spec in `text` once its JSON and its schema are right: the checks of `validate` that
    read no other file; SpecError naming `filename` otherwise."""
    raw = parse(text, filename)
    problems = schema_problems(raw) + (_unencodable(raw) if _surrogate(text) else [])
    if problems:
        raise SpecError(filename, problems)
    return raw


def _surrogate(text: str) -> bool:
    """Whether `text` may hold a lone surrogate: an escaped half that is not one of a pair (a
    text of emoji written as escapes holds only pairs), or a surrogate character."""
    low = -1  # where the low half of the last pair starts
    for match in SURROGATE.finditer(text):
        start = before = match.start()
        while before and text[before - 1] == "\\":
            before -= 1
        if (start - before) % 2 or start == low:
            continue  # an escaped backslash and text, or the low half of a pair
        if match[1] not in "89abAB" or not LOW_HALF.match(text, start + 6):
            return True
        low = start + 6
    return not text.isascii() and SURROGATE_CHARACTER.search(text) is not None


def comparable(path: Path) -> dict[str, Any]:
    """A catalog (the spec, or a released one of any shape) read as a spec is, once it has what
    `diff` and the release notes compare (codegen.changelog.COMPARABLE); SpecError otherwise."""
    filename = paths.display(path)
    raw = _parse(path, filename)
    try:
        valid = _comparable_validator().is_valid(raw)
    except ValueError:  # text jsonschema-rs cannot take (a lone surrogate): jsonschema reads all
        valid = False
    problems = [] if valid else all_problems(_comparable_problems(), raw)
    if problems:
        raise SpecError(filename, problems)
    return raw


@cache
def _comparable_validator() -> Any:
    """COMPARABLE, compiled by jsonschema-rs: whether a catalog is right, in milliseconds."""
    return jsonschema_rs.validator_for(COMPARABLE)


@cache
def _comparable_problems() -> Draft202012Validator:
    """COMPARABLE, compiled by jsonschema, which names what is wrong (imported only then)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(COMPARABLE)


def _load(path: Path) -> tuple[RawCatalog, Catalog]:
    filename, raw, spec = _modelled(path)
    _refuse(filename, rules.check(spec))
    catalog = _resolved(path, raw, spec)
    _refuse(filename, checks.check(catalog))
    return spec, catalog


def load_checking(path: Path = paths.SPEC) -> tuple[Catalog, Callable[[], None]]:
    """`load`, with the spec's rules and the checks of its resolved model run beside the
    caller's work (codegen.beside): the model, and what raises the SpecError `load` would raise
    (to be called before anything made of the model is used). A model that does not resolve is
    refused with the rules' problems, as `load` refuses it."""
    filename, raw, spec = _modelled(path)
    try:
        catalog = _resolved(path, raw, spec)
    except Exception:
        _refuse(filename, rules.check(spec))
        raise
    found = beside.start(lambda: rules.check(spec) or checks.check(catalog))
    return catalog, lambda: _refuse(filename, found())


def _modelled(path: Path) -> tuple[str, dict[str, Any], RawCatalog]:
    """The spec at `path` read, checked against its schema and made its models: its name as
    problems give it, its JSON and its models."""
    filename = paths.display(path)
    raw = checked(read_text(path, filename), filename)
    try:
        return filename, raw, RawCatalog.model_validate(raw)
    except ValidationError as error:
        problems = {Problem(pointer(*item["loc"]), item["msg"]) for item in error.errors()}
        raise SpecError(filename, sorted(problems)) from None


def _resolved(path: Path, raw: dict[str, Any], spec: RawCatalog) -> Catalog:
    """The linked model of a spec its rules accept, with the releases and the watch beside it."""
    releases_beside = releases(path.parent / "released")
    watch = _watch(path.parent / "watch.json")
    return resolve(spec, paths.spec_name(path), raw, releases_beside, watch)


def _refuse(filename: str, problems: list[Problem]) -> None:
    if problems:
        raise SpecError(filename, problems)


#: A day, as the watch writes it.
DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
WATCH_STATES = ("in sync", "drift", "unreadable", "unreachable", "not fetched")


def _watch(path: Path) -> Watch | None:
    """The last watch beside the spec (watch.json, written by `drift --fetch --write`), if
    any; SpecError naming what is wrong with it."""
    if not path.is_file():
        return None
    filename = paths.display(path)
    data = _parse(path, filename)
    day, results = data.get("day"), data.get("results")
    problems = []
    if not isinstance(day, str) or not DAY.fullmatch(day):
        problems.append(Problem("/day", f"not a day (YYYY-MM-DD): {str(day)[:40]!r}"))
    if not isinstance(results, dict):
        problems.append(Problem("/results", "not an object of results by source id"))
        results = {}
    read: dict[str, tuple[str, str]] = {}
    for source_id, result in results.items():
        state = result.get("state") if isinstance(result, dict) else None
        detail = result.get("detail", "") if isinstance(result, dict) else None
        if state not in WATCH_STATES or not isinstance(detail, str):
            where = pointer("results", source_id)
            problems.append(
                Problem(where, f"a result is {{state, detail}}; state one of {WATCH_STATES}")
            )
            continue
        read[source_id] = (state, detail)
    if problems:
        raise SpecError(filename, problems)
    assert isinstance(day, str), "checked above"
    return Watch(day, read)


def releases(folder: Path) -> tuple[Release, ...]:
    """The released catalogs beside the spec (released/<version>.json), oldest first, each read
    as `comparable`."""
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        data = comparable(path)
        if not VERSION.fullmatch(path.stem):
            raise SpecError(paths.display(path), [Problem("", "not named <version>.json")])
        found.append(Release(path.stem, data))
    return tuple(sorted(found, key=lambda release: version_key(release.version)))


def _parse(path: Path, filename: str) -> dict[str, Any]:
    return parse(read_text(path, filename), filename)


def _unencodable(raw: Mapping[str, Any]) -> list[Problem]:
    try:
        json.dumps(raw, ensure_ascii=False).encode("utf-8")  # one pass in C for the usual case
    except UnicodeEncodeError:
        return list(_unencodable_texts(raw, ()))
    return []


def _unencodable_texts(node: object, at: tuple[str | int, ...]) -> Iterator[Problem]:
    """Strings that UTF-8 cannot carry (lone surrogates written as \\ud800 escapes)."""
    if isinstance(node, str):
        try:
            node.encode("utf-8")
        except UnicodeEncodeError as error:
            bad = node[error.start]
            yield Problem(
                pointer(*at), f"lone surrogate U+{ord(bad):04X} cannot be written as UTF-8"
            )
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _unencodable_texts(key, at)
            yield from _unencodable_texts(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _unencodable_texts(value, (*at, index))
