"""`make bench`: measure bankcodes against baselines measured in the same run, print a table of
ratios and write bench/results.json.

Absolute times on a shared machine are noisy; each row compares its subject with a baseline
timed in the same process, interleaved, and reports the ratio of medians.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
sys.path[:0] = [str(ROOT), str(ROOT / "generated" / "python")]


@dataclass(frozen=True)
class Row:
    measure: str
    subject: str
    baseline: str
    value: str
    goal: str
    met: bool | None
    detail: str


def median_seconds(function: Callable[[], object], *, repeat: int = 7, number: int = 1) -> float:
    """Median wall time of `number` calls, over `repeat` rounds."""
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            function()
        rounds.append((time.perf_counter() - start) / number)
    return statistics.median(rounds)


def interleaved(
    subject: Callable[[], object], baseline: Callable[[], object], *, rounds: int, number: int
) -> tuple[float, float]:
    """Median seconds per call of subject and baseline, timed in alternating rounds."""
    subject_times, baseline_times = [], []
    for _ in range(rounds):
        subject_times.append(median_seconds(subject, repeat=1, number=number))
        baseline_times.append(median_seconds(baseline, repeat=1, number=number))
    return statistics.median(subject_times), statistics.median(baseline_times)


def _payload_samples() -> list[tuple[str, bytes]]:
    spec = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))
    return [
        (kind, json.dumps(example["data"]).encode())
        for kind, entry in spec["payloads"].items()
        for example in entry["examples"]
    ]


def payload_validation() -> Row:
    from jsonschema import Draft202012Validator

    from bankcodes import payloads

    samples = _payload_samples()
    validators = {
        kind: Draft202012Validator(
            json.loads((ROOT / "generated" / "jsonschema" / f"{kind}.schema.json").read_text())
        )
        for kind in {kind for kind, _ in samples}
    }
    for kind, body in samples:
        payloads.validate(kind, body)

    def with_models() -> None:
        for kind, body in samples:
            payloads.validate(kind, body)

    def with_jsonschema() -> None:
        for kind, body in samples:
            validators[kind].validate(json.loads(body))

    models, baseline = interleaved(with_models, with_jsonschema, rounds=9, number=20)
    ratio = baseline / models
    per_payload = models / len(samples) * 1e6
    return Row(
        measure="payload validate+parse",
        subject="bankcodes.payloads.validate (pydantic models)",
        baseline="jsonschema Draft202012Validator on json.loads",
        value=f"{ratio:.1f}x faster",
        goal=">= 10x faster",
        met=ratio >= 10,
        detail=f"{len(samples)} published example payloads; {per_payload:.1f} us per payload",
    )


def signature_verification() -> Row:
    import hashlib
    import hmac

    from bankcodes import signatures

    bodies = [body for _, body in _payload_samples()]
    signed = [(body, signatures.sign("lean", body, "secret")) for body in bodies]
    digests = [hmac.new(b"secret", body, hashlib.sha512).digest() for body in bodies]

    def verify() -> None:
        for body, headers in signed:
            signatures.verify("lean", body, headers, "secret")

    def compare() -> None:
        for digest in digests:
            hmac.compare_digest(digest, digest)

    subject, baseline = interleaved(verify, compare, rounds=9, number=50)
    per_payload = subject / len(bodies) * 1e6
    return Row(
        measure="signature verification",
        subject="bankcodes.signatures.verify (Lean, HMAC-SHA512)",
        baseline="hmac.compare_digest of a precomputed digest",
        value=f"{per_payload:.1f} us per payload",
        goal="reported",
        met=None,
        detail=f"{subject / baseline:.0f}x the bare comparison, which skips hashing the body",
    )


def typescript_bundle() -> Row:
    import subprocess
    import tempfile

    from tests.helpers import NODE_BIN, build_typescript

    measure = "TS bundle, Flinks Connect listener slice"
    goal = "<= 1 KB gzip, < 25 %"
    if not (NODE_BIN / "tsc").exists():
        return Row(measure, "-", "-", "not built", goal, None, "run make setup first")
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
        detail=f"whole package {whole_gzip} B gzip, {sizes['whole']['minified']} B minified",
    )


def site_build() -> Row:
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


MEASURES: tuple[Callable[[], Row], ...] = (
    payload_validation,
    signature_verification,
    typescript_bundle,
    site_build,
)


def _rows() -> Iterator[Row]:
    for measure in MEASURES:
        yield measure()


def _machine() -> dict[str, str | int | None]:
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
    }


def main() -> int:
    rows = list(_rows())
    results = {"machine": _machine(), "rows": [asdict(row) for row in rows]}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    width = max(len(row.measure) for row in rows)
    print(f"{'measure':<{width}}  {'result':<24}  {'goal':<16}  met")
    for row in rows:
        met = "-" if row.met is None else ("yes" if row.met else "NO")
        print(f"{row.measure:<{width}}  {row.value:<24}  {row.goal:<16}  {met}")
        print(f"{'':<{width}}  {row.subject} vs {row.baseline}; {row.detail}")
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
