"""Generation provider by provider: what a generation renders or checks from one provider's part
of the spec is taken back from an earlier generation whose inputs for that part were the same.

A provider's part (its key) is the digest of what its outputs may read: the generator's files,
tools and options (codegen.reuse.generator_inputs), the generated files' header (which names the
spec's path), the spec without any provider's entry or payload kinds, every provider's id and
name in order, and the entries and payload kinds of the provider, of those it names (a standard
whose codes it carries) and of those that name it, with the codes of its equivalence groups. A
function marked `per_provider` takes the catalog and one provider, code set or payload kind
(and strings); while a generation runs (`using`), its JSON-like result is kept in
build/generations/parts/ by its name, its arguments and that key, and read back when they come
again; `kept` keeps the same way what the generator's inputs alone decide (the spec's own
schema). `python -m codegen check` keeps and reads nothing: it renders every file anew, so a key
that left out an input would show there as a difference.
"""

from __future__ import annotations

import contextlib
import functools
import json
import marshal
import os
import re
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from codegen import paths
from codegen.model import Catalog, CodeSet, Provider
from codegen.reuse import digest

PARTS = paths.ROOT / "build" / "generations" / "parts"
SUFFIX = "marshal"
#: A part not read for this long is removed (from the folder a generation looks through).
KEPT_SECONDS = 2 * 24 * 3600

R = TypeVar("R")
#: A text that starts with a word of an id's characters, then ends, or goes on with a dot or slash.
MENTION = re.compile(r'"([a-z0-9_]+)[./"]')
#: The digest of the generator's inputs while a generation runs.
_generator: list[str] = []


@contextlib.contextmanager
def using(generator: str | None) -> Iterator[None]:
    """Within it, `per_provider` functions keep and take back their results (`generator`: the
    digest of the generator's inputs; None keeps nothing)."""
    _generator[:] = [generator] if generator else []
    try:
        yield
    finally:
        _generator.clear()
        # Each generation looks through one of the 256 folders, in turn by the clock.
        oldest = time.time() - KEPT_SECONDS
        for part in (PARTS / f"{int(oldest) % 256:02x}").glob(f"*.{SUFFIX}") if generator else ():
            with contextlib.suppress(OSError):
                if part.stat().st_mtime < oldest:
                    part.unlink()


def current() -> str | None:
    """The digest of the generator's inputs while a generation runs (`using`); None otherwise."""
    return _generator[0] if _generator else None


def prepare(catalog: Catalog) -> None:
    """Work out now what parts of `catalog` are kept by (as a process forked next would
    otherwise work it out again), while a generation runs."""
    if _generator:
        _keys(catalog, _generator[0])


@functools.lru_cache(maxsize=1)
def _keys(catalog: Catalog, generator: str) -> dict[str, str]:
    """Each provider's key, in a generation of `catalog` by the generator `generator`."""
    document, providers = catalog.document, catalog.document["providers"]
    kinds: dict[str, list[Any]] = {key: [] for key in providers}
    for kind in document["payloads"].values():
        kinds[kind["provider"]].append(kind)
    rest = {key: value for key, value in document.items() if key not in ("providers", "payloads")}
    names = [(key, entry["name"]) for key, entry in providers.items()]
    texts = {key: json.dumps([providers[key], kinds[key]], sort_keys=True) for key in providers}
    # A provider's id, as a value or the head of a reference (provider.code_set).
    near = {
        key: {key, *(providers.keys() & set(MENTION.findall(text)))} for key, text in texts.items()
    }
    for key, found in list(near.items()):
        for other in found:
            near[other] = near[other] | {key}
    # A code's equivalents are shown with it: the codes (and their sets) of its groups.
    equivalents: dict[str, list[Any]] = {key: [] for key in providers}
    for group in document.get("equivalents", ()):
        codes = [_code(providers, ref) for ref in group["codes"]]
        for key in {ref.partition(".")[0] for ref in group["codes"]}:
            equivalents[key] += codes
    # Each text is read once: a key is the digest of the digests of what it depends on.
    shared = digest(generator, json.dumps([catalog.header, rest, names], sort_keys=True))
    own = {key: digest(text) for key, text in texts.items()}
    return {
        key: digest(
            shared,
            json.dumps(equivalents[key], sort_keys=True),
            *(own[other] for other in sorted(near[key])),
        )
        for key in providers
    }


def _code(providers: dict[str, Any], ref: str) -> list[Any]:
    """The code `ref` names (provider.code_set.value), with its code set's own fields."""
    provider, code_set, value = ref.split(".", 2)
    entry = providers[provider]["code_sets"][code_set]
    codes = [code for code in entry["codes"] if str(code["value"]) == value]
    return [provider, {name: field for name, field in entry.items() if name != "codes"}, codes]


def per_provider(function: Callable[..., R]) -> Callable[..., R]:
    """`function(catalog, subject, *words)`, its JSON result kept and taken back by the key of
    the subject's provider while a generation runs (the subject: a provider, a code set or a
    payload kind)."""
    name = f"{function.__module__}.{function.__qualname__}"

    @functools.wraps(function)
    def kept(catalog: Catalog, subject: Any, *words: str) -> R:
        if not _generator:
            return function(catalog, subject, *words)
        provider = subject if isinstance(subject, Provider) else subject.provider
        label = subject.ref if isinstance(subject, CodeSet) else subject.id
        key = digest(_keys(catalog, _generator[0])[provider.id], name, label, *words)
        return _kept(key, lambda: function(catalog, subject, *words))

    return kept


def kept(name: str, compute: Callable[[], R]) -> R:
    """What `compute` gives (a JSON value that only the generator's inputs decide), kept by
    `name` while a generation runs and taken back by the next one of the same generator."""
    return _kept(digest(_generator[0], name), compute) if _generator else compute()


def _kept(key: str, compute: Callable[[], R]) -> R:
    """What `compute` gave under `key`, kept in PARTS, or its result now, kept. A part is kept
    as the JSON value marshal writes (read back three times as fast as JSON text)."""
    part = PARTS / key[:2] / f"{key}.{SUFFIX}"
    try:
        found: R = marshal.loads(part.read_bytes())
        os.utime(part)
        return found
    except (OSError, ValueError, EOFError, TypeError):
        result = compute()
    part.parent.mkdir(parents=True, exist_ok=True)
    writing = part.with_suffix(f".{os.getpid()}")
    writing.write_bytes(marshal.dumps(json.loads(json.dumps(result))))
    writing.replace(part)
    return result
