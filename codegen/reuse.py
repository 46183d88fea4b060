"""Taking back a post-step's output whose inputs are unchanged.

A post-step that runs another program (datamodel-code-generator, ajv) records in its output the
SHA-256 of everything that program reads: the input document, the options, the module that
calls it and the program's version. A generation that finds the same record in the file it
would replace leaves that file as it is instead of running the program again. A check (`make
sync-check`) replaces nothing, so it always runs the programs and compares their fresh output.

A whole generation is taken back the same way (codegen.output.unchanged): one whose inputs
(`generation_inputs`) are those recorded for the tree it would replace, and whose files are
there as it wrote them, leaves that tree as it is.
"""

from __future__ import annotations

import hashlib
import itertools
import stat
import sys
from pathlib import Path

#: How many of a file's first lines may hold its record.
RECORD_LINES = 3


def digest(*parts: str | bytes) -> str:
    """The SHA-256 of the parts, each length-prefixed so that no two splits collide."""
    inputs = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        inputs.update(f"{len(data)}:".encode())
        inputs.update(data)
    return inputs.hexdigest()


def record(comment: str, inputs: str) -> str:
    """The line that records the digest of a file's inputs, as a comment of its language."""
    return f"{comment} inputs sha256:{inputs}"


def take_back(previous: Path | None, relative: str, line: str) -> bool:
    """Whether the tree being replaced holds `relative` as a file of its own (not a link) one of
    whose first lines is `line`: a generation leaves it there as it is."""
    if previous is None:
        return False
    try:
        if not stat.S_ISREG((previous / relative).lstat().st_mode):
            return False
        with (previous / relative).open(encoding="utf-8") as lines:
            return line + "\n" in itertools.islice(lines, RECORD_LINES)
    except (OSError, UnicodeDecodeError):
        return False


#: The tools a generation runs or renders with, whose versions its outputs depend on.
TOOLS = (
    "cryptography",
    "datamodel-code-generator",
    "jinja2",
    "jsonschema",
    "jsonschema-rs",
    "pydantic",
    "pydantic-core",
    "ruff",
)


def generation_inputs(spec: Path, generator: str | None) -> str | None:
    """The digest of everything a generation of `spec` reads: the spec and what
    `generator_inputs` read (`generator`, its digest); None when one of them cannot be read."""
    from codegen import specfile
    from codegen.errors import SpecError

    try:
        # Read as a generation reads it (a FIFO is not waited for): the load says what is wrong.
        text = specfile.read_text(spec, spec.name)
    except (OSError, SpecError):
        return None
    return None if generator is None else digest(text, generator)


def generator_inputs(folder: Path, *options: str) -> str | None:
    """The digest of what a generation of a spec in `folder` reads beside the spec: the releases
    and the watch beside it, every file of the generator (its templates and the runtime
    included), the versions of the tools it runs and `options`; None when one of them cannot
    be read."""
    from importlib import metadata

    from codegen import paths

    beside = [*sorted((folder / "released").glob("*")), folder / "watch.json"]
    found = paths.files_under(paths.CODEGEN, {"__pycache__", "node_modules"})
    generator = [paths.CODEGEN / name for name in sorted(found, key=lambda name: name.split("/"))]
    try:
        parts: list[str | bytes] = [sys.version, *options]
        parts += [metadata.version(tool) for tool in TOOLS]
        for root, files in ((folder, beside), (paths.CODEGEN, generator)):
            for path in files:
                data = path.read_bytes() if path.is_file() else b""
                parts += [path.relative_to(root).as_posix(), data]
    except (OSError, metadata.PackageNotFoundError):
        return None
    return digest(*parts)
