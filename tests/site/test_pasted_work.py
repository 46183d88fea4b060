"""A pasted HTTP response is read with work linear in its size, whatever its shape, by
`bankcodes explain -` and `decide -` (Python) and by the site's decoder (site/decoder/pasted.ts
and the decision it shows, run here in Node): a response four times as big costs about four
times the work, not sixteen. Work is counted, never timed (make bench times it: bench/
pasted_rows.py): in Python the bytes allocated, step by step, and the comparisons of header
values; in Node the characters handed to string methods and the items to array searches."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from bankcodes import cli
from bankcodes._cli_pasted import split_pairs
from bankcodes._headers import read_leniently
from tests.support.helpers import NODE_BIN, ROOT, assembled_package

#: Four times the input, at most this many times the work (linear: 4; quadratic: 16).
MOST = 6


def _folded(lines: int) -> str:
    """A 429 whose Retry-After goes on over `lines` folded lines (RFC 9112's obs-fold)."""
    return "HTTP/1.1 429 X\r\nRetry-After: 30\r\n" + " 0123456789\r\n" * lines + "\r\n{}"


def _repeated(lines: int) -> str:
    """A head giving one header `lines` times, each value different, all alike at the start."""
    values = "".join(f"Link: <https://example.com/{'x' * 60}/{n:06}>\r\n" for n in range(lines))
    return "HTTP/1.1 429 X\r\n" + values + "\r\n{}"


#: Each shape whose work is counted, by name: its paste of a given number of lines.
SHAPES: dict[str, Callable[[int], str]] = {
    "folded": _folded,
    "one header, many values": _repeated,
    "many heads": lambda lines: "HTTP/1.1 100 Continue\r\n\r\n" * lines + "HTTP/1.1 429 X\r\n\r\n",
    "a run of spaces": lambda lines: "HTTP/1.1 429 X\r\nA: 1" + " " * 10 * lines + "2\r\n\r\n{}",
    # Past the lines of a head that are read (PASTED_LIMITS["headers"], 10,000) at 2,000.
    "many header lines": lambda lines: "HTTP/1.1 429 X\r\n" + "A: 1\r\n" * 10 * lines + "\r\n{}",
}


def allocated(read: Callable[[], object]) -> int:
    """The bytes `read` allocates and still holds at the end of each of its steps (each
    bytecode of Python, each call of C between them), summed: a value copied whole at each line
    counts each copy."""
    total = 0
    last = 0

    def step(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal total, last
        frame.f_trace_opcodes = True
        now = tracemalloc.get_traced_memory()[0]
        total, last = total + max(0, now - last), now
        return step

    tracemalloc.start()
    last = tracemalloc.get_traced_memory()[0]
    sys.settrace(step)
    try:
        read()
    finally:
        sys.settrace(None)
        tracemalloc.stop()
    return total


def test_the_work_is_counted_in_copies() -> None:
    """The measure sees a value copied whole at each step: the square of the steps."""

    def copied(steps: int) -> Callable[[], object]:
        def read() -> object:
            value = ""
            for _ in range(steps):
                value = f"{value} {'x' * 100}"
            return value

        return read

    assert allocated(copied(800)) > 10 * allocated(copied(200))


@pytest.mark.parametrize("shape", list(SHAPES))
def test_python_reads_a_paste_with_work_linear_in_its_size(shape: str) -> None:
    small, big = (SHAPES[shape](lines).encode() for lines in (500, 2000))
    assert allocated(lambda: split_pairs(big)) <= MOST * allocated(lambda: split_pairs(small))


def steps(read: Callable[[], object]) -> int:
    """The lines of Python `read` runs, and the calls and returns between them."""
    count = 0

    def step(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return step

    sys.settrace(step)
    try:
        read()
    finally:
        sys.settrace(None)
    return count


def test_explain_skips_a_responses_interim_heads_in_one_scan(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`bankcodes explain --json -` reads a response after 2,000 interim heads (100 Continue)
    in as many steps of Python, within twice, as a response of the same length with one head
    and a long body (make bench's budget for a fresh process, counted): the heads before the
    last are skipped in one scan, and the paste is read once for every answer about it."""
    body = '{"error": {"type": "api_error", "code": "rate_limit_exceeded", "message": "%s"}}'
    last = "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\n\r\n"
    heads = "HTTP/1.1 100 Continue\r\n\r\n" * 2000 + last + body % "Slow down"
    plain = last + body % "x".rjust(len(heads) - len(last + body % ""), "x")
    assert len(plain) == len(heads)

    def explained(text: str) -> Callable[[], object]:
        def read() -> object:
            split_pairs.cache_clear()  # each paste read as a fresh process reads it
            stdin = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
            monkeypatch.setattr(sys, "stdin", stdin)
            return cli.main(["explain", "--json", "-"], io.StringIO())

        return read

    explained(plain)()  # its modules imported before it is counted
    assert steps(explained(heads)) <= 2 * steps(explained(plain))


class _Counted(str):
    """A header value that counts the comparisons made with it, trimmed or not."""

    compared = 0

    def __eq__(self, other: object) -> bool:
        _Counted.compared += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__

    def strip(self, chars: str | None = None) -> _Counted:
        return _Counted(str.strip(self, chars))


def _compared(lines: int) -> int:
    pairs = [(name, _Counted(value)) for name, value in split_pairs(_repeated(lines).encode())[1]]
    _Counted.compared = 0
    assert read_leniently(pairs) is not None
    return _Counted.compared


def test_python_keeps_a_headers_distinct_values_with_comparisons_linear_in_their_number() -> None:
    """A response's headers are read by the decision (bankcodes._headers.read_leniently) with
    each header's distinct values: a value seen already is told apart without comparing it with
    every one before it."""
    assert _compared(2000) <= MOST * max(1, _compared(500))


#: Every string method and array search counting what it goes through (`work`): the whole string
#: of a method that reads it all (replace, split, trim…), the part a search reads (to what it
#: finds, or to the end), the items of an array searched, the characters a regular expression
#: reads (from where it starts to the end of its match, or to the end where it finds none; a
#: sticky one, which tries one place, its match).
COUNTING = """
let work = 0;
const whole = ["replace", "replaceAll", "split", "match", "matchAll", "search", "trim",
  "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "normalize"];
for (const name of whole) {
  const original = String.prototype[name];
  String.prototype[name] = function (...args) {
    work += this.length;
    return original.apply(this, args);
  };
}
for (const name of ["includes", "indexOf", "lastIndexOf"]) {
  const original = String.prototype[name];
  String.prototype[name] = function (...args) {
    work += this.length;
    return original.apply(this, args);
  };
}
for (const name of ["includes", "indexOf", "lastIndexOf", "find", "findIndex", "some"]) {
  const original = Array.prototype[name];
  Array.prototype[name] = function (...args) {
    work += this.length;
    return original.apply(this, args);
  };
}
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (text) {
  const from = this.global || this.sticky ? this.lastIndex : 0;
  const found = exec.call(this, text);
  const end = found === null ? String(text).length : found.index + found[0].length;
  work += this.sticky ? (found === null ? 1 : found[0].length) : end - from;
  return found;
};
RegExp.prototype.test = function (text) {
  return this.exec(text) !== null;
};
"""

#: Reads each paste (readPasted) and decides it as the decoder's page does (decidedOf), counting
#: the work, the strings split and the most parts one is split into; prints the counts as JSON.
DRIVER = (
    """
import { readFileSync } from "node:fs";
import { readPasted } from PASTED;
import { decideReading } from "bankcodes-package/decide.js";
import { readCarried } from "bankcodes-package/from-error.js";
"""
    + COUNTING
    + """
let parts = 0;
let splits = 0;
const split = String.prototype.split;
String.prototype.split = function (...args) {
  const made = split.apply(this, args);
  parts = Math.max(parts, made.length);
  splits += 1;
  return made;
};
const pastes = JSON.parse(readFileSync(process.argv[2], "utf8"));
process.stdout.write(JSON.stringify(pastes.map((text) => {
  work = parts = splits = 0;
  const pasted = readPasted(text);
  const body = pasted.is === "json" ? pasted.data : null;
  const carried = readCarried({ body, status: pasted.status, requestId: null });
  decideReading(carried, { headers: pasted.pairs });
  return [work, parts, splits];
})));
"""
)


@pytest.fixture(scope="module")
def node_work(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[int], list[int]]]:
    """The work of the decoder's reader and decision, the most parts it splits a string into and
    the strings it splits, for each shape at 500 and 2000 lines."""
    folder = tmp_path_factory.mktemp("pasted_work")
    package = assembled_package(folder / "package")
    pasted = json.dumps(str(ROOT / "site" / "decoder" / "pasted.ts"))
    (folder / "driver.mjs").write_text(DRIVER.replace("PASTED", pasted), encoding="utf-8")
    subprocess.run(
        [
            str(NODE_BIN / "esbuild"),
            str(folder / "driver.mjs"),
            "--format=esm",
            "--bundle",
            "--platform=node",
            f"--alias:bankcodes-package={package / 'src'}",
            f"--outfile={folder / 'bundle.mjs'}",
            "--log-level=warning",
        ],
        check=True,
    )
    pastes = [SHAPES[shape](lines) for shape in SHAPES for lines in (500, 2000)]
    (folder / "pastes.json").write_text(json.dumps(pastes), encoding="utf-8")
    run = subprocess.run(
        ["node", str(folder / "bundle.mjs"), str(folder / "pastes.json")],
        capture_output=True,
        text=True,
        check=True,
    )
    counts: list[list[int]] = json.loads(run.stdout)
    return {shape: (counts[2 * n], counts[2 * n + 1]) for n, shape in enumerate(SHAPES)}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_the_decoder_reads_a_paste_with_work_linear_in_its_size(
    node_work: dict[str, tuple[list[int], list[int]]], shape: str
) -> None:
    small, big = (counts[0] for counts in node_work[shape])
    assert small > 0 and big <= MOST * small, (small, big)


def test_the_decoder_splits_a_head_into_no_more_lines_than_it_reads(
    node_work: dict[str, tuple[list[int], list[int]]],
) -> None:
    """A head of 20,000 lines is split into the 10,000 the decoder reads, not into every line
    (making each of them was most of the decoder's work on a paste of many short lines)."""
    assert [node_work["many header lines"][n][1] for n in (0, 1)] == [5_000, 10_000]


def test_the_decoder_reads_the_headers_of_the_last_head_alone(
    node_work: dict[str, tuple[list[int], list[int]]],
) -> None:
    """A response after 500 interim heads or after 2,000 (100 Continue) has its head split into
    lines as often: the headers of the heads before the last are not read."""
    small, big = node_work["many heads"]
    assert small[2] == big[2] > 0, (small, big)


@pytest.mark.node
def test_the_decoders_count_sees_a_value_trimmed_again_at_each_line(tmp_path: Path) -> None:
    """The count of the decoder's work grows with the square of the lines where a value is
    copied and trimmed again at each line (as the decoder once read folded lines)."""
    script = tmp_path / "count.mjs"
    script.write_text(
        COUNTING
        + """
const joined = (lines) => {
  let value = "30";
  for (let n = 0; n < lines; n += 1)
    value = `${value} 0123456789`.replace(/^[ \\t]+|[ \\t]+$/g, "");
  return value;
};
const counted = [500, 2000].map((lines) => { work = 0; joined(lines); return work; });
process.stdout.write(JSON.stringify(counted));
""",
        encoding="utf-8",
    )
    run = subprocess.run(["node", str(script)], capture_output=True, text=True, check=True)
    small, big = json.loads(run.stdout)
    assert big > 10 * small


#: A regular expression that ends with a repeated class and $ (/[ \t]+$/) and is not anchored at
#: the start: tried from each character of a run of that class inside a text, it reads the run
#: to its end each time, in time that grows with the square of the run's length (a 20 kB run of
#: spaces took Node 0.6 s; shown.ts's `trimmed` trims in linear time).
TRAILING = re.compile(r"(?:\||(?<=[(,=\s])/)\[[^\]\n]*\][+*]\$/")


def test_no_reader_of_typescript_trims_with_a_regular_expression() -> None:
    sources = [
        *sorted((ROOT / "codegen" / "runtime" / "typescript").glob("*.ts")),
        *sorted((ROOT / "site" / "decoder").glob("*.ts")),
    ]
    found = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in sources
        for match in TRAILING.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []
    assert TRAILING.search("const OWS = /^[ \\t]+|[ \\t]+$/g;")
    assert TRAILING.search("x.replace(/[ ]*$/, '')")
    assert not TRAILING.search("const DIGITS = /^[0-9]+$/;")
