"""Command line of the generator.

    python -m codegen generate [--spec PATH] [--out DIR]   write every target (in place by default)
    python -m codegen check    [--spec PATH] [--out DIR]   exit 1 when a committed file has drifted
    python -m codegen validate [--spec PATH]               check the spec only

Exit status: 0 success, 1 bad spec or drift, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from codegen import loader, output, paths
from codegen.errors import OutputError, SpecError
from codegen.targets import all_targets


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        catalog = loader.load(args.spec)
    except SpecError as error:
        for problem in error.problems:
            print(problem.render(error.filename), file=sys.stderr)
        count = len(error.problems)
        print(f"{count} problem{'s' if count != 1 else ''}; nothing was written.", file=sys.stderr)
        return 1
    targets = all_targets()
    try:
        if args.command == "generate":
            output.generate(catalog, args.out, targets)
            print(f"generated {', '.join(output.roots(targets))} under {paths.display(args.out)}")
        elif args.command == "check":
            drift = output.differences(catalog, args.out, targets)
            if drift:
                for line in drift:
                    print(line, file=sys.stderr)
                print(
                    f"{len(drift)} generated file(s) out of sync with {paths.display(args.spec)}: "
                    "run `make generate` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print("generated files are in sync with the spec")
        else:
            print(f"{paths.display(args.spec)} is valid")
    except OutputError as error:
        print(f"error: {error}; nothing was written.", file=sys.stderr)
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    helps = {
        "generate": "render every target from the spec and replace the outputs",
        "check": "regenerate into a temporary folder and report every file that differs",
        "validate": "check the spec against its schema and rules; write nothing",
    }
    for name, text in helps.items():
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument(
            "--spec", type=Path, default=paths.SPEC, help="the catalog (default: spec/catalog.json)"
        )
        if name != "validate":
            command.add_argument(
                "--out",
                type=Path,
                default=paths.ROOT,
                help="the tree that holds the outputs (default: the project)",
            )
    return parser
