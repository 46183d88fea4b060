"""What reading a pasted HTTP response costs, by its shape: a response whose Retry-After goes on
over ten thousand folded lines (RFC 9112's obsolete line folding), and every other shape a paste
of about 1 MB can take (many headers, many heads, long lines, many blank lines, lone CRs),
against a plain paste of the same size (a short head and a long body), timed in the same
process: in Python (the MCP server's explain_payload, which reads as `bankcodes explain -` and
`bankcodes decide -` read) and in Node (the site decoder's reader, site/decoder/pasted.ts, and
the decision it shows, as the page runs them)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.timing import PACKAGE, ROOT, Row, interleaved, require

#: The size of every paste, in characters: under the decoder's limit (1,000,000) and the command
#: line's and the MCP server's (1 MiB).
SIZE = 990_000
#: A body a provider sends (Fintoc's rate limit, its message cut where the plain paste pads it),
#: with the head of a 429 before it: every shape ends with it, so that each is read and
#: explained alike.
_BODY = '{"error": {"type": "api_error", "code": "rate_limit_exceeded", "message": "Slow down"}}'
_STATUS = "HTTP/1.1 429 Too Many Requests\r\n"
_HEAD = _STATUS + "Retry-After: 30\r\n"


def _filled(head: str, line: str, tail: str = "\r\n" + _BODY) -> str:
    """`head`, then `line` as many times as fit in SIZE, then `tail`."""
    return head + line * ((SIZE - len(head) - len(tail)) // len(line)) + tail


def shapes() -> dict[str, str]:
    """Every shape measured, by name: "plain" (the baseline: a short head, and the body with a
    long message) first, then "folded"."""
    message = _BODY.index("Slow down")
    return {
        "plain": _filled(_HEAD + "\r\n" + _BODY[:message], "x", _BODY[message:]),
        "folded": _filled(_HEAD, " " + "0123456789" * 9 + "\r\n"),
        "folded short lines": _filled(_HEAD, " 1\r\n"),
        "folded empty lines": _filled(_HEAD, " \r\n"),
        "many headers": _filled(_STATUS, "X-Custom-Header: value\r\n"),
        "one header, many values": _STATUS
        + "".join(f"Link: <https://example.com/{'x' * 70}/{n:06}>\r\n" for n in range(9_000))
        + "\r\n"
        + _BODY,
        "many heads": _filled("", "HTTP/1.1 100 Continue\r\n\r\n", _HEAD + "\r\n" + _BODY),
        "long value": _filled(_STATUS + "Retry-After: ", "1"),
        "long value of spaces": _filled(_STATUS + "Retry-After: 3", " ", "0\r\n\r\n" + _BODY),
        "long name": _filled(_STATUS, "A", ": 1\r\n\r\n" + _BODY),
        "long status line": _filled(_STATUS[:-2], "X", "\r\n\r\n" + _BODY),
        "many blank lines": _filled(_HEAD + "\r\n", "\r\n", _BODY),
        "lone CRs": _filled(_STATUS, "A: 1\r"),
        "body of spaces": _filled(_HEAD + "\r\n{", " ", _BODY[1:]),
        "body of spaces, no JSON": _filled(_HEAD + "\r\nx", " ", "y"),
    }


def pasted_heads() -> Row:
    """a folded pasted response"""
    require(PACKAGE / "_cli_pasted.py")
    every = shapes()
    python = _python(every)
    node = _node(every)
    value = f"Python {python['folded']:.2f}x"
    detail = _worst(python, "in Python")
    met = max(python.values()) <= 2
    if node:
        value += f", Node {node['folded']:.1f}x"
        detail += f"; {_worst(node, 'in Node')} (the reader alone, whose plain paste is one "
        "JSON.parse of a few milliseconds: the page's answer adds its rendering to both)"
        met = met and max(node.values()) <= 30
    else:
        detail += "; Node not measured (its tools are not installed: run make setup)"
    return Row(
        subject=f"a 429 response whose Retry-After goes on over {SIZE // 1000} kB of folded "
        "lines (RFC 9112's obsolete line folding), and each other shape of paste (many headers, "
        "many heads, long lines, blank lines, lone CRs, long runs of spaces), read and decided "
        "as bankcodes explain --json - reads it (Python, a fresh process) and as the site's "
        "decoder reads and decides it (Node, its reader and decision)",
        baseline=f"a plain paste of the same size ({SIZE // 1000} kB: a short head, a body with "
        "a long message), timed interleaved",
        value=value,
        goal="Python <= 2x, Node <= 30x, every shape",
        met=met,
        detail=detail,
    )


def _worst(ratios: dict[str, float], where: str) -> str:
    name, ratio = max(ratios.items(), key=lambda item: item[1])
    return f"every shape at most {ratio:.2f}x {where} ({name})"


def _python(every: dict[str, str]) -> dict[str, float]:
    """The ratio of each shape's `bankcodes explain --json -` to the plain paste's, by shape."""
    command = [str(Path(sys.executable).parent / "bankcodes"), "explain", "--json", "-"]

    def explain(text: str) -> Callable[[], object]:
        data = text.encode()
        return lambda: subprocess.run(command, input=data, capture_output=True, check=False)

    plain = explain(every["plain"])
    ratios = {}
    for name, text in every.items():
        if name != "plain":
            subject, baseline = interleaved(explain(text), plain, rounds=3, number=1)
            ratios[name] = subject / baseline
    return ratios


#: The decoder's reader run in Node: each paste read (readPasted) and decided (decideReading, as
#: the page's decidedOf decides it), timed against the plain paste; prints the ratios as JSON.
_NODE = """
import { readFileSync } from "node:fs";
import { readPasted } from PASTED;
import { decideReading } from "bankcodes-package/decide.js";
import { readCarried } from "bankcodes-package/from-error.js";

const shapes = JSON.parse(readFileSync(process.argv[2], "utf8"));
function read(text) {
  const pasted = readPasted(text);
  const body = pasted.is === "json" ? pasted.data : null;
  const carried = readCarried({ body, status: pasted.status, requestId: null });
  return decideReading(carried, { headers: pasted.pairs });
}
function seconds(text) {
  const started = performance.now();
  read(text);
  return performance.now() - started;
}
const median = (times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
const ratios = {};
for (const [name, text] of Object.entries(shapes)) {
  if (name === "plain") continue;
  read(text); // warm, as the page is after its first paste
  read(shapes.plain);
  const subject = [], baseline = [];
  for (let round = 0; round < 5; round += 1) {
    subject.push(seconds(text));
    baseline.push(seconds(shapes.plain));
  }
  ratios[name] = median(subject) / median(baseline);
}
process.stdout.write(JSON.stringify(ratios));
"""


def _node(every: dict[str, str]) -> dict[str, float]:
    """The ratios of the decoder's reader in Node, by shape; none where Node's tools are not
    installed."""
    from tests.support.helpers import NODE_BIN, assembled_package

    if not (NODE_BIN / "esbuild").exists():
        return {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        package = assembled_package(folder / "package")
        (folder / "shapes.json").write_text(json.dumps(every), encoding="utf-8")
        pasted = json.dumps(str(ROOT / "site" / "decoder" / "pasted.ts"))
        (folder / "measured.mjs").write_text(_NODE.replace("PASTED", pasted), encoding="utf-8")
        subprocess.run(
            [
                str(NODE_BIN / "esbuild"),
                str(folder / "measured.mjs"),
                "--format=esm",
                "--bundle",
                "--platform=node",
                f"--alias:bankcodes-package={package / 'src'}",
                f"--outfile={folder / 'bundle.mjs'}",
                "--log-level=warning",
            ],
            check=True,
        )
        result = subprocess.run(
            ["node", str(folder / "bundle.mjs"), str(folder / "shapes.json")],
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
    ratios: dict[str, float] = json.loads(result.stdout)
    return ratios
