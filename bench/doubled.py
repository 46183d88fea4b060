"""A catalog twice the size of the real one, for the measures whose cost must not grow with it:
every provider and standard copied under a new id (`lean` and `leanx`), with its code sets, its
payload kinds, the sources it cites and its equivalence groups renamed alike, so that the copy
names only copies and the spec still validates."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from bench.timing import ROOT, lasting_folder, output

#: What a copy's id and module end with.
SUFFIX = "x"
#: How a row names the doubled catalog.
DOUBLED = "a generated catalog of twice its sources (each provider and standard copied)"


def doubled(spec: dict[str, Any]) -> dict[str, Any]:
    """`spec` with a renamed copy of each provider beside it, and of the payload kinds, sources
    and equivalence groups that name them."""
    providers, kinds, sources = spec["providers"], spec["payloads"], spec["sources"]
    copied = {key: key + SUFFIX for key in providers}
    names = {key: _kind(key) for key in kinds}
    names |= {key: key + "-" + SUFFIX for key in sources}
    code_sets = {key: set(entry["code_sets"]) for key, entry in providers.items()}

    def renamed(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: renamed(value) for key, value in node.items()}
        if isinstance(node, list):
            return [renamed(value) for value in node]
        if isinstance(node, str):
            head, dot, rest = node.partition(".")
            if rest.partition(".")[0] in code_sets.get(head, ()):
                return copied[head] + dot + rest
            return names.get(node, node)
        return node

    copies = {copied[key]: renamed(entry) for key, entry in providers.items()}
    kind_copies = {names[key]: renamed(kind) for key, kind in kinds.items()}
    for kind in kind_copies.values():
        kind["provider"] = copied[kind["provider"]]
        listener = kind.get("listener") or {}
        for where, name in (
            (listener, "function"),
            (listener.get("origins") or {}, "check_function"),
        ):
            if name in where:
                where[name] += SUFFIX.upper()
        if "hosts_constant" in (listener.get("origins") or {}):
            listener["origins"]["hosts_constant"] += "_" + SUFFIX.upper()
    for key, entry in copies.items():
        entry["module"] += SUFFIX
        entry["type_prefix"] += SUFFIX.upper()
        entry["name"] += f" ({key})"
        # A header that tells a provider's responses is one provider's: the copy's is its own.
        for header in (entry.get("body_rules") or {}).get("headers", ()):
            header["name"] += "-" + SUFFIX
    # A copy's bodies are its original's: the two are told apart only with the provider.
    for kind in [*kinds.values(), *kind_copies.values()]:
        for rule in kind["recognise"]:
            rule["provider_given"] = True
        for example in kind["examples"]:
            if example.get("recognised", "alone") == "alone":
                example["recognised"] = "with_provider"
    return {
        **spec,
        "providers": providers | copies,
        "payloads": kinds | kind_copies,
        "sources": sources | {names[key]: source for key, source in sources.items()},
        "equivalents": spec["equivalents"] + renamed(spec["equivalents"]),
    }


def _kind(kind: str) -> str:
    provider, _, name = kind.partition("/")
    return f"{provider}{SUFFIX}/{name}"


def size() -> str:
    """The doubled catalog's size, as the rows name it: "60 sources"."""
    return f"{len(json.loads(doubled_spec().read_text(encoding='utf-8'))['providers'])} sources"


@functools.cache
def doubled_spec() -> Path:
    """The doubled catalog, written as a spec in a folder that lasts as long as the run."""
    spec = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))
    path = lasting_folder("bench-doubled-") / "spec" / "catalog.json"
    path.parent.mkdir()
    path.write_text(json.dumps(doubled(spec)), encoding="utf-8")
    return path


def generate(spec: Path, out: Path) -> None:
    """`python -m codegen generate` of `spec` into `out`, as a maintainer runs it."""
    output("-m", "codegen", "generate", "--spec", str(spec), "--out", str(out))


@functools.cache
def doubled_tree() -> Path:
    """The tree the doubled catalog generates (its generated/ and site/), generated once."""
    out = doubled_spec().parent.parent
    generate(doubled_spec(), out)
    return out


@functools.cache
def doubled_package() -> Path:
    """The Python package of the doubled catalog, assembled as the development install is (its
    folder is the one to put on the path)."""
    out = doubled_tree()
    view = out / "build" / "python"
    generated = out / "generated" / "python" / "bankcodes"
    output("-m", "codegen.assemble", "python", str(view), "--generated", str(generated))
    return view / "bankcodes"
