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
    median_seconds,
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
        subject="every target, warm, in a fresh interpreter, of the catalog and of "
        f"{doubled.DOUBLED}",
        baseline="-",
        value=f"{warm:.2f} s wall; {warm_2:.2f} s at {doubled.size()}",
        goal="<= 3 s wall both",
        met=max(warm, warm_2) <= 3,
        detail="median of 3 runs after one into an empty folder, each finding the outputs of its "
        "inputs in place (codegen.output.unchanged); the first run: "
        f"{cold:.2f} s ({cold_2:.2f} s at {doubled.size()}); after a change to one code of one "
        f"provider, median of 3: {edited:.2f} s ({edited_2:.2f} s at {doubled.size()}), its "
        "pydantic models and validators taken back where their inputs are unchanged "
        "(codegen.reuse) and its unchanged files linked, not written again",
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


#: The temporary folders of this run's builds, removed when it ends.
_FOLDERS: list[Any] = []


@functools.cache
def _package(generated: Path = ROOT / "generated" / "typescript") -> Path:
    """The package built once for the bundle measures (from the generated half `generated`),
    installed as an app has it (in a folder that lasts as long as the run)."""
    import tempfile

    from tests.support.helpers import NODE_BIN, assembled_package, build_typescript

    require(NODE_BIN / "tsc", ROOT / "generated" / "typescript" / "src" / "index.ts")
    folder = tempfile.TemporaryDirectory()
    _FOLDERS.append(folder)
    package = assembled_package(Path(folder.name) / "bankcodes", generated)
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
    import subprocess

    folder = _package().parent
    examples = {"snippet": vite_app.readme_snippet()}
    examples |= {name: page_example(heading) for name, heading in PAGE_EXAMPLES.items()}
    for name, code in examples.items():
        (folder / f"{name}.ts").write_text(code, encoding="utf-8")
    dist = _package() / "dist" / "esm"
    output = subprocess.run(
        ["node", str(ROOT / "bench" / "bundle_size.mjs"), str(dist)]
        + [str(folder / f"{name}.ts") for name in examples],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    sizes: dict[str, Any] = json.loads(output)
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
        met=None,
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
        baseline="-",
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
        baseline="-",
        value=f"{entries[largest]['gzip']} B ({largest}, the largest)",
        goal="<= 12 KB gzip each",
        met=all(size["gzip"] <= 12288 for size in entries.values()),
        detail="; ".join(f"{module} {size['gzip']} B" for module, size in sorted(entries.items()))
        + "; apart from it, the metadata (bankcodes/<provider>/info): "
        + "; ".join(f"{module} {size['gzip']} B" for module, size in sorted(infos.items())),
    )


#: The budget of a provider's receiver (bankcodes/<provider>/webhooks, gzip) by the family of
#: its signing scheme: a secret compared or an HMAC (Web Crypto alone), or a public key's
#: signature (a JWS, a JWT, a key fetched), whose JOSE code it bundles.
RECEIVER_FAMILIES = {
    "secret": (("none", "shared_secret", "hmac", "standard_webhooks"), 20 * 1024),
    "key": (("jws", "jwt", "fetched_key", "certificate_jwt"), 45 * 1024),
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


def decoder_script() -> Row:
    """the decoder's first answer"""
    import gzip
    import subprocess
    import tempfile

    require(paths.NODE_TOOLS / "esbuild", ROOT / "generated" / "jsonschema")
    with tempfile.TemporaryDirectory() as folder:
        out, meta = Path(folder) / "decoder", Path(folder) / "meta.json"
        subprocess.run(
            ["node", str(ROOT / "site" / "decoder" / "build.mjs"), str(out), str(ROOT), str(meta)],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        # esbuild names each output by its path from the folder it ran in.
        outputs = json.loads(meta.read_text(encoding="utf-8"))["outputs"]
        packed = {
            name: len(gzip.compress((ROOT / name).read_bytes(), compresslevel=9))
            for name in outputs
        }
    entry = next(
        name for name, out in outputs.items() if out.get("entryPoint", "").endswith("decoder.ts")
    )
    first = sum(packed[name] for name in _imported(outputs, entry))
    whole = sum(packed.values())
    return Row(
        subject="what the decoder page fetches before it can answer a paste, whatever it is: its "
        "script, with the package's readers and what it knows of every code of every provider, "
        "their descriptions apart (esbuild, minify, gzip -9)",
        baseline="-",
        value=f"{first / 1024:.1f} KiB gzip",
        goal="<= 60 KiB gzip",
        met=first <= 60 * 1024,
        detail=f"then, fetched as the page starts (before anything is pasted), every code's "
        f"description and every payload kind's schema check, {(whole - first) / 1024:.0f} KiB; "
        "nothing is fetched for a paste",
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
