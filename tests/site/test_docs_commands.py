"""Every shell line the README, CONTRIBUTING and the site's pages print names what exists (a make
target, an extra, a file, a subcommand and its options), and every line of the README runs as
printed in the checkout after `make`, in a shell that did what the README says first (`source
.venv/bin/activate`): `bankcodes` is no "command not found"."""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest

from tests.support.helpers import ROOT
from tests.support.shell_lines import DOCUMENTS, commands, documented, problems, shell_lines

README = ROOT / "README.md"
VENV_BIN = ROOT / ".venv" / "bin"
#: The README's lines that are how the checkout came to be, or run elsewhere: `make` (this
#: checkout), `make test` (this suite), `make packages` (typescript/test_npm_package.py runs
#: it), `pip install` (python/test_packaging.py installs the wheel; its extras need the network).
NOT_RUN_HERE = ("make", "pip")


def test_every_printed_shell_line_names_what_exists() -> None:
    lines = documented()
    assert len(lines) >= 35
    printing = {line.where.split(":")[0] for line in lines}
    assert {"README.md", "site/docs/cli.md", "site/docs/adding-a-provider.md"} <= printing
    assert [problem for line in lines for problem in problems(line)] == []


def test_a_page_that_prints_what_does_not_exist_fails() -> None:
    page = """# A page

```sh
make drfit SOURCES=~/copies        # a target the Makefile lacks
make drift SOURCE=~/copies         # a variable it never reads
bankcodes explian INVALID_MFA
bankcodes list --provder argyle
python -m codegen.drift --every ~/copies
python -m codegen.drfit
pip install '.[payload]'
bankcode explain INVALID_MFA
```

```console
$ bankcodes explain INVALID_MFA --provider lean
INVALID_MFA
```
"""
    lines = shell_lines(page, "page.md")
    assert [line.where for line in lines][:2] == ["page.md:4", "page.md:5"]
    assert lines[-1].text == "bankcodes explain INVALID_MFA --provider lean"  # not its output
    said = [problem for line in lines for problem in problems(line)]
    assert [problem.split(": ")[0] for problem in said] == [f"page.md:{n}" for n in range(4, 12)]
    assert "the Makefile has no target 'drfit'" in said[0]
    assert "the Makefile reads no variable SOURCE" in said[1]
    assert "invalid choice" in said[2] and "explain" in said[2]
    assert "unrecognized argument" in said[3] and "did you mean --provider?" in said[3]
    assert "unrecognized arguments: --every" in said[4]
    assert "no such module" in said[5]
    assert "pyproject.toml has no extra payload" in said[6]
    assert "'bankcode' is no command the checkout has" in said[7]
    assert problems(lines[-1]) == []


def test_a_line_goes_on_after_a_backslash_and_its_commands_are_split() -> None:
    (line,) = shell_lines("```bash\nFOO=1 bankcodes list \\\n  --json > codes.json\n```\n", "p")
    assert line.text == "FOO=1 bankcodes list   --json > codes.json"
    assert commands(line.text) == [["bankcodes", "list", "--json"]]
    assert commands("curl -s … | bankcodes explain - && make docs") == [
        ["curl", "-s", "…"],
        ["bankcodes", "explain", "-"],
        ["make", "docs"],
    ]


def _delivery() -> tuple[bytes, str, str]:
    """A Lean delivery signed now with bankcodes' test secret: its body, its signature header
    and the secret (what the README's `body.json` and `…` stand for)."""
    result = subprocess.run(
        [str(VENV_BIN / "bankcodes"), "trigger", "lean", "payment.created", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    delivery = json.loads(result.stdout)
    secret = delivery["verify_with"]["secret"]
    return delivery["body"].encode(), delivery["headers"]["lean-signature"], secret


@pytest.mark.subprocess
def test_every_shell_line_of_the_readme_runs_after_make(tmp_path: Path) -> None:
    lines = shell_lines(README.read_text(encoding="utf-8"), "README.md")
    programs = [commands(line.text)[0][0] for line in lines]
    # The README says how to reach .venv/bin before the first command that needs it.
    activate = next(line.text for line in lines if line.text.startswith("source "))
    assert activate == "source .venv/bin/activate"
    assert programs.index("source") < programs.index("bankcodes")
    body, signature, secret = _delivery()
    (tmp_path / "body.json").write_bytes(body)
    # The checkout after make, as a shell sees it: its .venv, and nothing of it on the PATH.
    (tmp_path / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    path = os.pathsep.join(
        p for p in os.environ["PATH"].split(os.pathsep) if Path(p).resolve() != VENV_BIN.resolve()
    )
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"} | {"PATH": path}
    filled = {"LEAN_SECRET=…": f"LEAN_SECRET={shlex.quote(secret)}", "sha512=…": signature}
    ran = []
    for line, program in zip(lines, programs, strict=True):
        if program in NOT_RUN_HERE:
            continue
        text = line.text
        for placeholder, value in filled.items():
            text = text.replace(placeholder, value)
        assert "…" not in text, f"{line.where}: give this test a value for the line's placeholder"
        result = subprocess.run(
            ["bash", "-c", f"{activate}\n{text}"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, (line.where, line.text, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr, line.where
        if program == "bankcodes":
            assert result.stdout.strip(), line.where
        ran.append(program)
    assert ran.count("bankcodes") == 7


def _serve_port() -> str:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    port: str
    (port,) = re.findall(r"^PORT \?= (\d+)\nserve:.*\n\t.*--port \$\(PORT\)$", makefile, re.M)
    return port


def test_the_site_preview_and_a_handler_under_test_take_different_ports() -> None:
    """`make serve` and the handler that `bankcodes trigger --curl` posts to, as printed, can
    run side by side; the README names the port make serve takes."""
    port = _serve_port()
    readme = README.read_text(encoding="utf-8")
    assert f"`make serve` serves it on\nhttp://127.0.0.1:{port}/" in readme
    from bankcodes._cli_parser import parser

    (commands_of,) = [a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)]
    epilog = commands_of.choices["trigger"].epilog
    urls = [
        word
        for line in documented()
        for words in commands(line.text)
        for word in words
        if word.startswith("http://localhost")
    ]
    urls += re.findall(r"http://localhost\S*", epilog or "")
    assert len(urls) >= 3
    assert [url for url in urls if f":{port}/" in url] == []


def test_a_page_that_prints_a_checkout_s_command_says_how_to_reach_it() -> None:
    """`python -m codegen…` needs the generator's dependencies: a page printing it says where
    they are (the README says it once for its own lines)."""
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        if "python -m codegen" in text or document == README:
            assert "source .venv/bin/activate" in text, document.relative_to(ROOT)


#: A printed line that counts the catalog's other providers, which grows as providers are added:
#: compared by its shape, its numbers aside.
COUNTING = re.compile(r"(same category in )\d+( other providers?: )\d+( codes? )")


#: The last line of a transcript that shows how the output begins, not all of it.
ELIDED = "…"


def transcripts() -> list[tuple[str, str, list[str]]]:
    """Every transcript the README and the site's pages print (a block whose first line is `$ `
    and a bankcodes command, the lines after it what the command prints, or how it begins, up
    to a last line `…`): where, the command and the printed lines."""
    found = []
    for page in [README, *sorted((ROOT / "site" / "docs").glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(r"^```(?:console|sh)\n(.*?)^```$", text, re.M | re.S):
            first, *printed = match.group(1).splitlines()
            if first.startswith("$ ") and "bankcodes" in first and printed:
                line = text[: match.start()].count("\n") + 2
                where = f"{page.relative_to(ROOT)}:{line}"
                found.append((where, first.removeprefix("$ "), printed))
    return found


def _shape(line: str) -> str:
    return COUNTING.sub(r"\1N\2N\3", line)


@pytest.mark.subprocess
def test_every_transcript_prints_what_the_command_prints() -> None:
    """What a page shows a command printing is what it prints, in the checkout's development
    install (no site address, so no `reference:` line): a line that counts other providers by
    its shape alone."""
    found = transcripts()
    assert {where.split(":")[0] for where, _, _ in found} >= {"site/docs/cli.md"}
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}"}
    for where, command, printed in found:
        result = subprocess.run(
            ["sh", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
        assert "Traceback" not in result.stderr, (where, result.stderr)
        said = [_shape(line) for line in result.stdout.splitlines()]
        shown = [_shape(line) for line in printed]
        if shown[-1] == ELIDED:  # the page shows how the output begins
            shown, said = shown[:-1], said[: len(shown) - 1]
        assert said == shown, where


def test_a_transcript_that_no_longer_matches_is_found() -> None:
    page = "```console\n$ bankcodes explain X\nold line\n```\n"
    (found,) = re.findall(r"^```(?:console|sh)\n(.*?)^```$", page, re.M | re.S)
    assert found.splitlines()[1:] == ["old line"]
    counted = "  same category in 9 other providers: 18 codes (bankcodes list"
    assert _shape(counted) == _shape(counted.replace("9", "12").replace("18", "30"))
    assert _shape(counted) != _shape(counted.replace("same category", "same meaning"))
