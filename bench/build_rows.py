"""Measures of what is built: generation, the TypeScript bundle, the site and its decoder."""

from __future__ import annotations

import functools
import json
import re
import time
from pathlib import Path
from typing import Any

from bench import doubled
from bench.timing import (
    ROOT,
    Row,
    lasting_folder,
    median_seconds,
    output,
    require,
)
from codegen import paths
from tests.support import vite_app


def generation() -> Row:
    """python -m codegen generate"""
    require(ROOT / "codegen" / "__main__.py")
    (cold, warm, edited), (cold_2, warm_2, edited_2) = map(
        _generation_times, (ROOT / "spec" / "catalog.json", doubled.doubled_spec())
    )
    return Row(
        subject="every target, in a fresh interpreter, after a change to one code of one "
        f"provider, of the catalog and of {doubled.DOUBLED}",
        value=f"{edited:.2f} s wall; {edited_2:.2f} s at {doubled.size()}",
        goal="<= 3 s wall both",
        met=max(edited, edited_2) <= 3,
        detail="median of 3 runs, each after its own change, the other providers' outputs "
        "taken back (codegen.incremental), with the pydantic models and validators whose inputs "
        "are unchanged (codegen.reuse); with nothing changed, median of 3: "
        f"{warm:.2f} s ({warm_2:.2f} s at {doubled.size()}; codegen.output.unchanged); the "
        f"first run, into an empty folder: {cold:.2f} s ({cold_2:.2f} s at {doubled.size()})",
    )


def _generation_times(spec: Path) -> tuple[float, float, float]:
    """Seconds of a generation of (a copy of) `spec` into an empty folder, then of one with
    nothing changed (median of 3), then of one after a change to the text of one code of its
    first provider (median of 3)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        copy, out = Path(folder) / "spec" / "catalog.json", Path(folder) / "out"
        copy.parent.mkdir()
        data = json.loads(spec.read_text(encoding="utf-8"))
        copy.write_text(json.dumps(data), encoding="utf-8")
        started = time.perf_counter()
        doubled.generate(copy, out)
        cold = time.perf_counter() - started
        warm = median_seconds(lambda: doubled.generate(copy, out), repeat=3)
        code_set = next(iter(next(iter(data["providers"].values()))["code_sets"].values()))
        code, edits = code_set["codes"][0], iter(range(3))

        def edited() -> None:
            code["description"] += f" Edited {next(edits)}."
            copy.write_text(json.dumps(data), encoding="utf-8")
            doubled.generate(copy, out)

        return cold, warm, median_seconds(edited, repeat=3)


@functools.cache
def _package(generated: Path = ROOT / "generated" / "typescript") -> Path:
    """The package built once for the bundle measures (from the generated half `generated`),
    installed as an app has it (in a folder that lasts as long as the run)."""
    from tests.support.helpers import NODE_BIN, assembled_package, build_typescript

    require(NODE_BIN / "tsc", ROOT / "generated" / "typescript" / "src" / "index.ts")
    package = assembled_package(lasting_folder("bench-package-") / "bankcodes", generated)
    build_typescript(package / "dist" / "esm", generated)
    return package


#: The TypeScript page, whose examples are bundled as an app would bundle them.
TYPESCRIPT_PAGE = ROOT / "site" / "docs" / "typescript.md"
#: The sections of the TypeScript page whose example is bundled, by the name of its size: its
#: first full example (through a provider's entry point) and the root entry point's.
PAGE_EXAMPLES = {
    "page-first": "A complete Flinks Connect listener",
    "page-root": "The root entry point",
}


def page_example(heading: str) -> str:
    """The one TypeScript block of the section `heading` of the TypeScript page."""
    text = TYPESCRIPT_PAGE.read_text(encoding="utf-8")
    sections = text.split(f"\n## {heading}\n")
    blocks = re.findall(r"```ts\n(.*?)```", sections[-1].split("\n## ")[0], re.S)
    if len(sections) != 2 or len(blocks) != 1:
        raise ValueError(
            f"{TYPESCRIPT_PAGE.name} has no one section '## {heading}' with one ts block"
        )
    return str(blocks[0])


@functools.cache
def _bundle_sizes() -> dict[str, Any]:
    """The sizes bench/bundle_size.mjs measures, of the built package, with the README's
    one-provider snippet (the TypeScript block importing bankcodes/flinks) and the TypeScript
    page's examples (PAGE_EXAMPLES)."""
    folder = _package().parent
    examples = {"snippet": vite_app.readme_snippet()}
    examples |= {name: page_example(heading) for name, heading in PAGE_EXAMPLES.items()}
    for name, code in examples.items():
        (folder / f"{name}.ts").write_text(code, encoding="utf-8")
    dist = _package() / "dist" / "esm"
    script = str(ROOT / "bench" / "bundle_size.mjs")
    files = [str(folder / f"{name}.ts") for name in examples]
    sizes: dict[str, Any] = json.loads(output("node", script, str(dist), *files, python=False))
    return sizes


#: esbuild, minify, gzip -9.
HOW = "esbuild, minify, gzip -9"


def typescript_bundle() -> Row:
    """TS bundle, the README's Flinks Connect snippet"""
    sizes = _bundle_sizes()
    snippet, whole = sizes["snippets"]["snippet"]["gzip"], sizes["whole"]["gzip"]
    return Row(
        subject=f"bankcodes/flinks listener + endUserText with bankcodes/flinks/en ({HOW})",
        baseline="the whole package (export * of the root entry point)",
        value=f"{snippet} B ({snippet / whole:.1%})",
        goal="<= 4 KB gzip",
        met=snippet <= 4096,
        detail=f"whole package {whole} B gzip; the root entry point's listener and origin check "
        f"{sizes['slice']['gzip']} B; the webhooks entry (server side) "
        f"{sizes['webhooks']['gzip']} B gzip",
    )


def _page_row(subject: str, baseline: str, size: dict[str, int], more: str) -> Row:
    """A row of a size the TypeScript page quotes (its value reads in a sentence)."""
    return Row(
        subject=f"{subject} ({HOW})",
        baseline=baseline,
        value=f"{size['minified'] / 1000:.1f} kB minified ({size['gzip'] / 1000:.1f} kB gzip)",
        goal="-",
        detail=f"{size['minified']} B minified, {size['gzip']} B gzip{more}; the page quotes it",
    )


def typescript_page() -> Row:
    """TS bundle, the TypeScript page's Flinks Connect listener"""
    first = _bundle_sizes()["snippets"]["page-first"]
    subject = "its first example: bankcodes/flinks with bankcodes/flinks/en"
    return _page_row(subject, "-", first, "")


def typescript_page_root() -> Row:
    """TS bundle, the TypeScript page's root entry example"""
    sizes = _bundle_sizes()["snippets"]
    root, first = sizes["page-root"], sizes["page-first"]
    return _page_row(
        "its Flinks Connect listener importing the root entry point, bankcodes",
        "the page's first example, through bankcodes/flinks",
        root,
        f", {root['gzip'] / first['gzip']:.0f}x the first example's gzip",
    )


@functools.cache
def _vite_sizes(package: Path) -> tuple[int, int]:
    """gzip -9 of the JavaScript of two Vite production builds with `package` installed: the
    README's one-provider snippet as an app (tests/vite_app.py), and the same app with an empty
    main module (what Vite itself ships: its module-preload polyfill)."""
    import gzip

    from tests.support.helpers import install_package

    sizes = []
    for name, main in (("snippet", None), ("empty", "export {};\n")):
        app = package.parent / name
        vite_app.scaffold(app)
        install_package(app, package)
        if main is not None:
            (app / "src" / "main.ts").write_text(main, encoding="utf-8")
        script = vite_app.build(app).read_bytes()
        sizes.append(len(gzip.compress(script, compresslevel=9)))
    return sizes[0], sizes[1]


def typescript_vite() -> Row:
    """TS bundle, the README's Flinks Connect snippet, Vite"""
    snippet, empty = _vite_sizes(_package())
    snippet_2, _ = _vite_sizes(_package(doubled.doubled_tree() / "generated" / "typescript"))
    return Row(
        subject="vite build (production) of a strict TypeScript app whose main module is the "
        f"snippet, gzip -9 of its JavaScript, with the package of the catalog and of "
        f"{doubled.DOUBLED}",
        baseline="the same app with an empty main module",
        value=f"{snippet} B; {snippet_2} B at {doubled.size()}",
        goal="<= 4 KB gzip both",
        met=max(snippet, snippet_2) <= 4096,
        detail=f"the empty app {empty} B (Vite's module-preload polyfill), included in the value",
    )


def typescript_listener() -> Row:
    """TS bundle, a listener helper alone"""
    sizes = _bundle_sizes()
    alone = sizes["listener"]["gzip"]
    return Row(
        subject=f"parseFlinksConnectMessage of bankcodes/flinks ({HOW})",
        value=f"{alone} B",
        goal="<= 2 KB gzip",
        met=alone <= 2048,
        detail=f"with isAllowedFlinksOrigin {sizes['listenerAndOrigin']['gzip']} B",
    )


def typescript_entries() -> Row:
    """TS bundle, a provider's whole entry point"""
    sizes = _bundle_sizes()
    entries, infos = sizes["entries"], sizes["infos"]
    largest = max(entries, key=lambda module: entries[module]["gzip"])
    return Row(
        subject=f"export * from bankcodes/<provider>, with its English words ({HOW})",
        value=f"{entries[largest]['gzip']} B ({largest}, the largest)",
        goal="<= 12 KB gzip each",
        met=all(size["gzip"] <= 12288 for size in entries.values()),
        detail="; ".join(f"{module} {size['gzip']} B" for module, size in sorted(entries.items()))
        + "; apart from it, the metadata (bankcodes/<provider>/info): "
        + "; ".join(f"{module} {size['gzip']} B" for module, size in sorted(infos.items())),
    )


#: The budget of a provider's receiver (bankcodes/<provider>/webhooks, gzip) by the family of
#: its signing scheme: a secret compared or an HMAC (Web Crypto alone), or a public key's
#: signature (a JWS, a JWT, a key fetched, a key the provider publishes), whose code it bundles.
RECEIVER_FAMILIES = {
    "secret": (("none", "shared_secret", "hmac", "standard_webhooks"), 20 * 1024),
    "key": (("jws", "jwt", "fetched_key", "certificate_jwt", "published_key"), 45 * 1024),
}


def _receiver_row(family: str) -> Row:
    sizes = _bundle_sizes()
    schemes, budget = RECEIVER_FAMILIES[family]
    known = {scheme for kinds, _ in RECEIVER_FAMILIES.values() for scheme in kinds}
    unknown = {size["scheme"] for size in sizes["receivers"].values()} - known
    if unknown:
        raise ValueError(f"no budget for a receiver of the schemes {sorted(unknown)}")
    mine = {p: size for p, size in sizes["receivers"].items() if size["scheme"] in schemes}
    largest = max(mine, key=lambda p: mine[p]["gzip"])
    return Row(
        subject=f"export * from bankcodes/<provider>/webhooks, schemes {', '.join(schemes)} "
        f"({HOW})",
        baseline=f"bankcodes/webhooks, every provider's: {sizes['webhooks']['gzip']} B gzip",
        value=f"{mine[largest]['gzip']} B ({largest}, the largest)",
        goal=f"<= {budget // 1024} KB gzip each",
        met=all(size["gzip"] <= budget for size in mine.values()),
        detail="; ".join(
            f"{p} ({size['scheme']}) {size['gzip']} B"
            for p, size in sorted(mine.items(), key=lambda item: item[1]["gzip"])
        ),
    )


def typescript_receivers() -> Row:
    """TS bundle, a provider's receiver, shared secret or HMAC"""
    return _receiver_row("secret")


def typescript_key_receivers() -> Row:
    """TS bundle, a provider's receiver, JWS, JWT or fetched key"""
    return _receiver_row("key")


def _decoder_sizes(project: Path) -> dict[str, list[tuple[int, str]]]:
    """The decoder built from `project`'s generated package and code index: the gzip -9 sizes of
    what the page fetches before anything is pasted ("script": the entry and what it imports at
    once), and of what it fetches on demand, by what it is ("provider", "schemas", "same",
    "spellings"), each [(size, name)], largest first."""
    import gzip
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        out, meta = Path(folder) / "decoder", Path(folder) / "meta.json"
        script = ROOT / "site" / "decoder" / "build.mjs"
        output("node", str(script), str(out), str(project), str(meta), python=False)
        # esbuild names each output by its path from the folder it ran in (a work folder gone
        # once it ends); every output is written flat into `out`.
        outputs = json.loads(meta.read_text(encoding="utf-8"))["outputs"]
        packed = {
            name: len(gzip.compress((out / Path(name).name).read_bytes(), compresslevel=9))
            for name in outputs
        }
    entry = next(
        name for name, out in outputs.items() if out.get("entryPoint", "").endswith("decoder.ts")
    )
    first = _imported(outputs, entry)
    sizes: dict[str, list[tuple[int, str]]] = {"script": [(sum(packed[n] for n in first), "")]}
    for name, out in outputs.items():
        source = out.get("entryPoint", "")
        part = re.search(r"(?:^|/)(providers|checks|same|spellings)[/.]", source)
        if part is not None:
            what = {"providers": "provider", "checks": "schemas"}.get(part[1], part[1])
            own = sum(packed[n] for n in _imported(outputs, name) - first)
            sizes.setdefault(what, []).append((own, Path(source).stem))
    return {what: sorted(found, reverse=True) for what, found in sizes.items()}


def _kib(size: int) -> str:
    return f"{size / 1024:.1f} KiB"


def decoder_script() -> Row:
    """the decoder's first answer"""
    require(paths.NODE_TOOLS / "esbuild", ROOT / "generated" / "jsonschema")
    one, two = _decoder_sizes(ROOT), _decoder_sizes(doubled.doubled_tree())
    script, script_2 = one["script"][0][0], two["script"][0][0]
    chunks = sorted(size for size, _ in one["provider"])
    largest, name = one["provider"][0]
    return Row(
        subject="what the decoder page fetches before anything is pasted: its script, with the "
        "package's readers and the index of evidence that tells a body's kind and provider (each "
        "kind's recognition rules, each provider's name), not any provider's codes "
        f"(esbuild, minify, gzip -9), of the catalog and of {doubled.DOUBLED}",
        value=f"{_kib(script)} gzip; {_kib(script_2)} at {doubled.size()}",
        goal="<= 60 KiB gzip both",
        met=max(script, script_2) <= 60 * 1024,
        detail="then, for a paste, the chunk of the provider it names or shows (its codes with "
        "their descriptions, kinds and facts, its signing and delivery): median "
        f"{_kib(chunks[len(chunks) // 2])}, largest "
        f"{_kib(largest)} ({name}; {_kib(script + largest)} with the script); after the answer, "
        f"its schema checks (largest {_kib(one['schemas'][0][0])}) and, for a card, its "
        f"category's codes elsewhere (largest {_kib(one['same'][0][0])}); for a bare code, every "
        f"spelling ({_kib(one['spellings'][0][0])}; {_kib(two['spellings'][0][0])} at "
        f"{doubled.size()}); each a static file asked for by name, never the pasted text",
    )


def _imported(outputs: dict[str, Any], start: str) -> set[str]:
    """The output `start` and every output it imports, at once and at any depth (not the chunks
    it imports when it runs: those come after)."""
    found, todo = set(), [start]
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo += [i["path"] for i in outputs[name]["imports"] if i["kind"] == "import-statement"]
    return found
