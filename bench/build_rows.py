"""Measures of what is built: generation, the TypeScript bundle, the site and its decoder."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from bench.timing import (
    ROOT,
    Row,
    median_seconds,
    require,
)
from codegen import paths


def generation() -> Row:
    """python -m codegen generate"""
    require(ROOT / "codegen" / "__main__.py")
    import subprocess
    import tempfile

    def generate(out: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "codegen", "generate", "--out", out],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )

    with tempfile.TemporaryDirectory() as folder:
        generate(folder)
        seconds = median_seconds(lambda: generate(folder), repeat=3)
    return Row(
        measure="python -m codegen generate",
        subject="every target, warm, in a fresh interpreter",
        baseline="-",
        value=f"{seconds:.2f} s wall",
        goal="<= 3 s wall",
        met=seconds <= 3,
        detail="median of 3 runs after one warm-up run",
    )


def typescript_bundle() -> Row:
    """TS bundle, Flinks Connect listener slice"""
    import subprocess
    import tempfile

    from tests.helpers import NODE_BIN, build_typescript

    measure = "TS bundle, Flinks Connect listener slice"
    goal = "<= 1 KB gzip, < 25 %"
    require(NODE_BIN / "tsc", ROOT / "generated" / "typescript" / "src" / "index.ts")
    with tempfile.TemporaryDirectory() as folder:
        build_typescript(Path(folder))
        output = subprocess.run(
            ["node", str(ROOT / "bench" / "bundle_size.mjs"), folder],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    sizes = json.loads(output)
    slice_gzip, whole_gzip = sizes["slice"]["gzip"], sizes["whole"]["gzip"]
    share = slice_gzip / whole_gzip
    return Row(
        measure=measure,
        subject="parseFlinksConnectMessage + isAllowedFlinksOrigin (esbuild, minify, gzip -9)",
        baseline="the whole package (export *)",
        value=f"{slice_gzip} B ({share:.1%})",
        goal=goal,
        met=slice_gzip <= 1024 and share < 0.25,
        detail=f"whole package {whole_gzip} B gzip, {sizes['whole']['minified']} B minified; "
        f"the webhooks entry (server side) {sizes['webhooks']['gzip']} B gzip",
    )


def site_build() -> Row:
    """mkdocs build --strict"""
    require(ROOT / "site" / "docs" / "reference" / "nav.json")
    import subprocess
    import tempfile

    def build(out: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", out],
            cwd=ROOT / "site",
            check=True,
            capture_output=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )

    with tempfile.TemporaryDirectory() as folder:
        seconds = median_seconds(lambda: build(folder), repeat=3)
        pages = sorted(
            (path.stat().st_size, path.relative_to(folder).as_posix())
            for path in (Path(folder) / "reference").rglob("*.html")
        )
    size, largest = pages[-1]
    return Row(
        measure="mkdocs build --strict",
        subject="the whole site, in a fresh interpreter",
        baseline="-",
        value=f"{seconds:.2f} s wall",
        goal="<= 5 s wall",
        met=seconds <= 5,
        detail=f"{len(pages)} reference pages; largest {largest}, {size / 1024:.0f} KiB",
    )


def decoder_script() -> Row:
    """The site's decoder script"""
    import gzip
    import subprocess
    import tempfile

    require(paths.NODE_TOOLS / "esbuild", ROOT / "generated" / "jsonschema")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "decoder.js"
        subprocess.run(
            ["node", str(ROOT / "site" / "decoder" / "build.mjs"), str(out)],
            check=True,
            capture_output=True,
        )
        data = out.read_bytes()
    packed = len(gzip.compress(data, compresslevel=9))
    return Row(
        measure="the site's decoder script",
        subject="assets/decoder.js: every lenient schema compiled, the TypeScript package, "
        "the decoder (esbuild, minify, gzip -9)",
        baseline="-",
        value=f"{packed / 1024:.0f} KiB gzip",
        goal="reported",
        met=None,
        detail=f"{len(data) / 1024:.0f} KiB minified; loaded only by the decoder page",
    )
