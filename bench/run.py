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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
sys.path[:0] = [str(ROOT), str(ROOT / "generated" / "python")]


class NotBuilt(Exception):
    """The subject of a measure does not exist yet (a generated output, a toolchain)."""


def require(*paths: Path) -> None:
    missing = [path.relative_to(ROOT).as_posix() for path in paths if not path.exists()]
    if missing:
        raise NotBuilt(f"missing {', '.join(missing)}: run make")


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


#: Times one import statement in a fresh interpreter (start-up excluded) and reports which heavy
#: modules it loaded.
IMPORT_PROBE = (
    "import sys, time\n"
    "start = time.perf_counter()\n"
    "{statement}\n"
    "elapsed = time.perf_counter() - start\n"
    "print(elapsed, *(name in sys.modules for name in ('pydantic', 'jinja2')))\n"
)


def _import_once(statement: str) -> tuple[float, bool]:
    import subprocess

    # Bytecode is written and used, as for any installed package (the standard library ships it).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT / "generated" / "python")
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE.format(statement=statement)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT / "bench",
    )
    elapsed, *heavy = result.stdout.split()
    return float(elapsed), "True" in heavy


def _imports(statement: str, baseline: str, rounds: int = 15) -> tuple[float, float, bool]:
    """Median import seconds of statement and baseline, alternating, after one warm-up each."""
    _import_once(statement)
    _import_once(baseline)
    subject_times, baseline_times, heavy = [], [], False
    for _ in range(rounds):
        seconds, loaded = _import_once(statement)
        subject_times.append(seconds)
        heavy = heavy or loaded
        baseline_times.append(_import_once(baseline)[0])
    return statistics.median(subject_times), statistics.median(baseline_times), heavy


PACKAGE = ROOT / "generated" / "python" / "bankcodes"


def import_package() -> Row:
    """import bankcodes"""
    require(PACKAGE / "__init__.py")
    subject, baseline, heavy = _imports("import bankcodes", "import http")
    ratio = subject / baseline
    return Row(
        measure="import bankcodes",
        subject="import bankcodes (fresh interpreter, start-up excluded, median of 15)",
        baseline="import http",
        value=f"{ratio:.2f}x",
        goal="<= 1.5x",
        met=ratio <= 1.5 and not heavy,
        detail=f"{subject * 1e3:.2f} ms vs {baseline * 1e3:.2f} ms",
    )


def import_providers() -> Row:
    """import the provider modules"""
    spec = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))
    modules = [provider["module"] for provider in spec["providers"].values()]
    require(*(PACKAGE / f"{name}.py" for name in modules))
    statement = "import " + ", ".join(f"bankcodes.{name}" for name in modules)
    subject, baseline, heavy = _imports(statement, "import http")
    # Each enum is built on first use: what a program that uses every one of them pays.
    every_enum = statement + "\n" + "\n".join(f"bankcodes.{name}.CODE_SETS" for name in modules)
    built, _, _ = _imports(every_enum, "import http", rounds=5)
    ratio = subject / baseline
    return Row(
        measure="import the provider modules",
        subject=statement,
        baseline="import http",
        value=f"{ratio:.2f}x",
        goal="<= 3x, no pydantic/jinja2",
        met=ratio <= 3 and not heavy,
        detail=f"{subject * 1e3:.2f} ms vs {baseline * 1e3:.2f} ms; "
        f"pydantic or jinja2 imported: {'yes' if heavy else 'no'}; "
        f"with every enum of every provider built: {built * 1e3:.2f} ms",
    )


def parse_and_classify() -> Row:
    """Enum.parse and classify"""
    require(PACKAGE / "lean.py")
    import bankcodes
    from bankcodes.lean import SecondaryStatus

    known = [member.value for member in SecondaryStatus]
    values = known + [f"NEW_STATUS_{index}" for index in range(len(known))]
    table = {value: value for value in known}
    parse, classify = SecondaryStatus.parse, bankcodes.classify

    def with_dict() -> None:
        for value in values:
            table.get(value)

    def with_parse() -> None:
        for value in values:
            parse(value)

    def with_classify() -> None:
        for value in values:
            classify("lean", value)

    parse_time, dict_time = interleaved(with_parse, with_dict, rounds=15, number=200)
    classify_time, dict_time_2 = interleaved(with_classify, with_dict, rounds=15, number=200)
    parse_ratio, classify_ratio = parse_time / dict_time, classify_time / dict_time_2
    per_call = dict_time / len(values) * 1e9
    return Row(
        measure="Enum.parse and classify",
        subject="SecondaryStatus.parse / classify('lean', …), half known, half unknown codes",
        baseline="a plain dict.get",
        value=f"parse {parse_ratio:.1f}x, classify {classify_ratio:.1f}x",
        goal="<= 3x",
        met=parse_ratio <= 3 and classify_ratio <= 3,
        detail=f"dict.get {per_call:.0f} ns per call",
    )


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


def _payload_samples() -> list[tuple[str, bytes]]:
    spec = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))
    return [
        (kind, json.dumps(example["data"]).encode())
        for kind, entry in spec["payloads"].items()
        for example in entry["examples"]
    ]


def _schema_validators(kinds: set[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """jsonschema and jsonschema-rs validators of the lenient schema of each kind."""
    import jsonschema_rs
    from jsonschema import Draft202012Validator

    schemas = {
        kind: json.loads((ROOT / "generated" / "jsonschema" / f"{kind}.schema.json").read_text())
        for kind in kinds
    }
    return (
        {kind: Draft202012Validator(schema) for kind, schema in schemas.items()},
        {kind: jsonschema_rs.validator_for(schema) for kind, schema in schemas.items()},
    )


def payload_validation() -> Row:
    """payload validate+parse"""
    require(PACKAGE / "payloads.py", ROOT / "generated" / "jsonschema" / "index.json")
    from bankcodes import payloads

    samples = _payload_samples()
    python, rust = _schema_validators({kind for kind, _ in samples})
    for kind, body in samples:
        payloads.validate(kind, body)
        assert rust[kind].is_valid(json.loads(body)), kind

    def with_models() -> None:
        for kind, body in samples:
            payloads.validate(kind, body)

    def with_jsonschema() -> None:
        for kind, body in samples:
            python[kind].validate(json.loads(body))

    def with_jsonschema_rs() -> None:
        for kind, body in samples:
            rust[kind].is_valid(json.loads(body))

    models, baseline = interleaved(with_models, with_jsonschema, rounds=9, number=20)
    models_2, compiled = interleaved(with_models, with_jsonschema_rs, rounds=9, number=50)
    faster, slower = baseline / models, models_2 / compiled
    per_payload = models / len(samples) * 1e6
    return Row(
        measure="payload validate+parse",
        subject="bankcodes.payloads.validate (typed models, dispatched by tag)",
        baseline="json.loads + jsonschema Draft202012Validator / jsonschema-rs is_valid",
        value=f"{faster:.0f}x faster; {slower:.2f}x jsonschema-rs",
        goal=">= 40x; <= 2x rs",
        met=faster >= 40 and slower <= 2,
        detail=f"{len(samples)} published example payloads; {per_payload:.1f} us per payload",
    )


def _large_flinks_body(size: int) -> tuple[bytes, dict[str, Any]]:
    """A valid Flinks GetAccountsDetail webhook of just under `size` bytes."""
    spec = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))
    data = json.loads(json.dumps(spec["payloads"]["flinks/webhook"]["examples"][0]["data"]))
    transaction = {
        "Id": "3f0f0a2e-8c1b-4f7e-9d8a-0b1c2d3e4f5a",
        "Date": "2019/05/09",
        "Description": "PAYMENT - THANK YOU",
        "Debit": None,
        "Credit": 1250.75,
        "Balance": 100.5,
    }
    per_item = len(json.dumps(transaction)) + 2
    data["Accounts"][0]["Transactions"] = [transaction] * ((size - 2048) // per_item)
    body = json.dumps(data).encode()
    assert len(body) <= size, len(body)
    return body, data


def large_valid_body() -> Row:
    """a 1 MiB valid body"""
    require(PACKAGE / "payloads.py")
    from bankcodes import payloads

    body, data = _large_flinks_body(payloads.MAX_BYTES)
    module = sys.modules[payloads.model_class("flinks/webhook").__module__]
    event_model = module.AccountsDetailWebhook
    assert type(payloads.validate("flinks/webhook", body)) is event_model

    def subject() -> None:
        payloads.validate("flinks/webhook", body)

    def baseline() -> None:
        event_model.model_validate(json.loads(body))

    seconds, plain = interleaved(subject, baseline, rounds=7, number=3)
    ratio = seconds / plain
    return Row(
        measure="a 1 MiB valid body",
        subject="payloads.validate('flinks/webhook', …) of a GetAccountsDetail webhook",
        baseline="json.loads + model_validate of its event model",
        value=f"{ratio:.2f}x",
        goal="<= 3x",
        met=ratio <= 3,
        detail=f"{len(body)} bytes, {len(data['Accounts'][0]['Transactions'])} transactions; "
        f"{seconds * 1e3:.1f} ms vs {plain * 1e3:.1f} ms",
    )


#: Peak resident memory of rejecting a 9 MB invalid body, in a fresh interpreter.
MEMORY_PROBE = """
import json, resource, sys
from bankcodes import payloads
body = b'{"type": 1, "payload": [' + b'1, ' * (3 * 1024 * 1024) + b'1]}'
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    payloads.validate("lean/webhook", body)
except payloads.PayloadError:
    pass
else:
    sys.exit("accepted")
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(body), (after - before) * 1024)
"""


def large_invalid_body() -> Row:
    """a 9 MB invalid body"""
    require(PACKAGE / "payloads.py")
    import subprocess

    from jsonschema import Draft202012Validator

    from bankcodes import payloads

    body = b'{"type": 1, "payload": [' + b"1, " * (3 * 1024 * 1024) + b"1]}"
    schema = json.loads(
        (ROOT / "generated" / "jsonschema" / "lean" / "webhook.schema.json").read_text()
    )
    validator = Draft202012Validator(schema)

    def subject() -> None:
        try:
            payloads.validate("lean/webhook", body)
        except payloads.PayloadError:
            return
        raise AssertionError("accepted")

    def baseline() -> None:
        assert not validator.is_valid(json.loads(body))

    seconds, schema_seconds = interleaved(subject, baseline, rounds=3, number=1)
    share = seconds / schema_seconds
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "python")}
    probe = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE], capture_output=True, text=True, check=True, env=env
    )
    size, peak = (int(word) for word in probe.stdout.split())
    return Row(
        measure="a 9 MB invalid body",
        subject="payloads.validate('lean/webhook', …), default limit",
        baseline="json.loads + jsonschema Draft202012Validator.is_valid",
        value=f"{share:.4%} of the time; {peak / size:.2f}x memory",
        goal="< 1 %; < 2x body",
        met=share < 0.01 and peak < 2 * size,
        detail=f"{size} bytes; {seconds * 1e6:.0f} us vs {schema_seconds * 1e3:.0f} ms; "
        f"peak memory grew by {peak / 1e6:.1f} MB",
    )


#: What any pydantic user pays first: `import pydantic` loads lazily, and the first model class
#: loads the model machinery and pydantic's plugin entry points.
PLAIN_PYDANTIC = (
    "import pydantic\n"
    "class Plain(pydantic.BaseModel):\n"
    "    type: str\n"
    'Plain.model_validate_json(\'{"type": "x"}\')'
)


def import_payloads() -> Row:
    """import payloads + first validate"""
    require(PACKAGE / "payloads.py")
    body = json.dumps(_payload_samples()[0][1].decode())
    statement = (
        f"from bankcodes import payloads; payloads.validate({_payload_samples()[0][0]!r}, {body})"
    )
    subject, baseline, _ = _imports(statement, PLAIN_PYDANTIC)
    extra = (subject - baseline) * 1e3
    return Row(
        measure="import payloads + first validate",
        subject="from bankcodes import payloads; payloads.validate(one kind)",
        baseline="import pydantic + a first plain model (class and validate)",
        value=f"+{extra:.1f} ms",
        goal="<= +25 ms",
        met=extra <= 25,
        detail=f"{subject * 1e3:.1f} ms vs {baseline * 1e3:.1f} ms (fresh interpreters, medians)",
    )


def signature_verification() -> Row:
    """signature verification"""
    require(PACKAGE / "signatures.py")
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


def jwt_verification() -> Row:
    """JWT signature verification"""
    require(PACKAGE / "_jwt.py")
    import hashlib
    import hmac

    import jwt
    from cryptography.hazmat.primitives.asymmetric import ec
    from jwt.algorithms import ECAlgorithm

    from bankcodes import signatures

    spec = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))
    providers = [p for p, entry in spec["providers"].items() if "jwt" in entry.get("signing", {})]
    if not providers:
        raise NotBuilt("no provider signs with a JWT")
    provider = providers[0]
    rules = spec["providers"][provider]["signing"]
    header, claim = rules["headers"][0], rules["jwt"]["body_hash_claim"]
    bodies = [body for kind, body in _payload_samples() if kind == f"{provider}/webhook"]
    private = ec.generate_private_key(ec.SECP256R1())
    jwk = json.loads(ECAlgorithm.to_jwk(private.public_key()))
    jwk.update(kid="bench", alg="ES256")
    now = int(time.time())

    def token(body: bytes) -> str:
        claims = {"iat": now, claim: hashlib.sha256(body).hexdigest()}
        return jwt.encode(claims, private, algorithm="ES256", headers={"kid": "bench"})

    signed = [(body, {header: token(body)}) for body in bodies]
    public = private.public_key()

    def verify() -> None:
        for body, headers in signed:
            signatures.verify(provider, body, headers, [jwk])

    def decode() -> None:
        for body, headers in signed:
            claims = jwt.decode(headers[header], public, algorithms=["ES256"])
            hmac.compare_digest(claims[claim], hashlib.sha256(body).hexdigest())

    subject, baseline = interleaved(verify, decode, rounds=7, number=5)
    per_payload = subject / len(bodies) * 1e6
    return Row(
        measure="JWT signature verification",
        subject=f"bankcodes.signatures.verify ({provider}, ES256 JWT, iat and body hash checked)",
        baseline="PyJWT jwt.decode with a ready key + the body hash compared",
        value=f"{per_payload:.0f} us per payload",
        goal="reported",
        met=None,
        detail=f"{subject / baseline:.2f}x the bare decode, which takes a parsed key and skips "
        f"choosing it by kid from the JWK(s); {len(bodies)} published webhook examples",
    )


def webhook_receive() -> Row:
    """receive a webhook"""
    require(PACKAGE / "_receive.py")
    import bankcodes
    from bankcodes import payloads, signatures

    samples = [(kind.split("/")[0], body) for kind, body in _payload_samples()]
    samples = [(p, body) for p, body in samples if p in ("lean", "flinks", "argyle")]
    kinds = {"lean": "lean/webhook", "flinks": "flinks/webhook", "argyle": "argyle/webhook"}
    signed = [
        (provider, body, signatures.sign(provider, body, "secret"))
        for provider, body in samples
        if _is(kinds[provider], body)
    ]

    def receive() -> None:
        for provider, body, headers in signed:
            bankcodes.receive(provider, body, headers, "secret")

    def separately() -> None:
        for provider, body, headers in signed:
            signatures.verify(provider, body, headers, "secret")
            payloads.validate(kinds[provider], body)

    receive()
    subject, baseline = interleaved(receive, separately, rounds=9, number=20)
    per_delivery = subject / len(signed) * 1e6
    ratio = subject / baseline
    return Row(
        measure="receive a webhook",
        subject="bankcodes.receive (verify, validate, event type, deduplication key)",
        baseline="signatures.verify + payloads.validate, called separately",
        value=f"{per_delivery:.1f} us per delivery",
        goal="reported",
        met=None,
        detail=f"{len(signed)} published webhook examples; {ratio:.2f}x the two calls alone",
    )


def _is(kind: str, body: bytes) -> bool:
    """Whether a published example is a payload of `kind` (the webhook kinds only)."""
    from bankcodes import payloads

    try:
        payloads.validate(kind, body)
    except payloads.PayloadError:
        return False
    return True


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
        detail=f"whole package {whole_gzip} B gzip, {sizes['whole']['minified']} B minified",
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

    require(ROOT / "tests" / "js" / "node_modules" / "esbuild", ROOT / "generated" / "jsonschema")
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


MEASURES: tuple[Callable[[], Row], ...] = (
    import_package,
    import_providers,
    parse_and_classify,
    payload_validation,
    large_valid_body,
    large_invalid_body,
    import_payloads,
    signature_verification,
    jwt_verification,
    webhook_receive,
    generation,
    site_build,
    typescript_bundle,
    decoder_script,
)


def _rows(measures: tuple[Callable[[], Row], ...]) -> Iterator[Row]:
    for measure in measures:
        try:
            yield measure()
        except NotBuilt as error:
            name = (measure.__doc__ or measure.__name__).strip()
            yield Row(name, "-", "-", "not built", "-", None, str(error))


def _machine() -> dict[str, str | int | None]:
    return {
        "taken": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
    }


def main(names: list[str]) -> int:
    """Every measure, written to bench/results.json; or only the named ones, printed."""
    by_name = {measure.__name__: measure for measure in MEASURES}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        print(f"no measure {', '.join(unknown)}; the measures: {', '.join(by_name)}")
        return 2
    rows = list(_rows(tuple(by_name[name] for name in names) or MEASURES))
    if not names:
        results = {"machine": _machine(), "rows": [asdict(row) for row in rows]}
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    width = max(len(row.measure) for row in rows)
    print(f"{'measure':<{width}}  {'result':<24}  {'goal':<16}  met")
    for row in rows:
        met = "-" if row.met is None else ("yes" if row.met else "NO")
        print(f"{row.measure:<{width}}  {row.value:<24}  {row.goal:<16}  {met}")
        print(f"{'':<{width}}  {row.subject} vs {row.baseline}; {row.detail}")
    if not names:
        print(f"\nwritten to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
