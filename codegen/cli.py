"""Command line of the generator.

    python -m codegen generate [--spec PATH] [--out DIR] [--data-only]   write every target
    python -m codegen check    [--spec PATH] [--out DIR] [--data-only]   exit 1 on drift
    python -m codegen validate [--spec PATH]               check the spec only
    python -m codegen diff OLD NEW                         codes added, deprecated, changed, removed
    python -m codegen release VERSION [--spec PATH] [--date DAY]
                                                           release the catalog: spec_version, the
                                                           released copy and the release notes
    python -m codegen drift ARGS                           python -m codegen.drift ARGS (the
                                                           catalog against its sources)

Exit status: 0 success, 1 bad spec, drift, a breaking diff or a release refused, 2 wrong usage
(and a catalog `diff` cannot compare)."""

from __future__ import annotations

import argparse
import datetime
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from codegen import changelog, incremental, loader, output, paths, readme, release, reuse
from codegen.errors import OutputError, SpecError
from codegen.targets import all_targets


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["drift"]:
        return _drift(arguments[1:])
    args = _parser().parse_args(arguments)
    if args.command == "diff":
        return _diff(args.old, args.new)
    if args.command == "release":
        return _release(args.version, args.spec, args.date)
    # The project's own README holds a table the spec generates (codegen.readme).
    out = getattr(args, "out", None)
    project_readme = out is not None and out.resolve() == paths.ROOT and not args.data_only
    also = ["README.md"] if project_readme else []
    inputs = generator = None
    if args.command == "generate":
        # A generation whose inputs are those of the tree it would replace leaves it as it is;
        # one that changed takes back what its unchanged providers render (codegen.incremental).
        generator = reuse.generator_inputs(args.spec.parent, f"data_only={args.data_only}")
        inputs = reuse.generation_inputs(args.spec, generator)
        kept = None if inputs is None else output.unchanged(args.out, inputs, also)
        if kept is not None:
            print(f"generated {', '.join(kept)} under {paths.display(args.out)} (unchanged)")
            return 0
    # Without the cycle collector: a load makes few cycles but hundreds of thousands of objects,
    # which each of its full passes walks again (at 74 sources, a tenth of a generation's time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        with incremental.using(generator):
            return _run(args, inputs, also, project_readme)
    finally:
        if collecting:
            gc.enable()


def _run(
    args: argparse.Namespace, inputs: str | None, also: list[str], project_readme: bool
) -> int:
    """Load the spec, then generate, check or only validate it, as `args.command` says."""
    try:
        if args.command == "generate":
            # The tree is checked first: the checks run beside the rendering, in a process.
            output.check_folder(args.out)
            catalog, ready = loader.load_checking(args.spec)
        else:
            catalog, ready = loader.load(args.spec), lambda: None
    except SpecError as error:
        return _refused(error, "written")
    except OutputError as error:
        return _not_written(error)
    targets = all_targets()
    try:
        if args.command == "generate":
            written = output.generate(
                catalog, args.out, targets, data_only=args.data_only, ready=ready
            )
            if project_readme and not readme.write(catalog, paths.ROOT / "README.md"):
                raise OutputError("README.md has lost the markers of its providers table")
            if inputs is not None:
                output.remember(args.out, inputs, written, also)
            print(f"generated {', '.join(written)} under {paths.display(args.out)}")
        elif args.command == "check":
            drift = output.differences(catalog, args.out, targets, data_only=args.data_only)
            if project_readme and readme.differs(catalog, paths.ROOT / "README.md"):
                drift.append("README.md: its providers table differs from what the spec generates")
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
    except SpecError as error:
        return _refused(error, "written")
    except OutputError as error:
        return _not_written(error)
    return 0


def _not_written(error: OutputError) -> int:
    """Say what kept a generation from writing, and that nothing was; the exit status."""
    print(f"error: {error}; nothing was written.", file=sys.stderr)
    return 1


def _refused(error: SpecError, done: str, status: int = 1) -> int:
    """Say every problem of a spec, and that nothing was `done`; the exit status."""
    for problem in error.problems:
        print(problem.render(error.filename), file=sys.stderr)
    count = len(error.problems)
    print(f"{count} problem{'s' if count != 1 else ''}; nothing was {done}.", file=sys.stderr)
    return status


def _drift(arguments: list[str]) -> int:
    """The door to drift, which has its own command line (codegen.drift.command), imported only
    when it is asked for."""
    from codegen.drift.command import main as drift

    return drift(arguments)


def _diff(old_path: Path, new_path: Path) -> int:
    """Print what changed between two catalogs; exit 1 on a breaking change, 2 when a catalog
    cannot be compared (each read as the spec is: loader.comparable)."""
    try:
        old, new = loader.comparable(old_path), loader.comparable(new_path)
    except SpecError as error:
        return _refused(error, "compared", 2)
    result = changelog.diff(old, new)
    changed: list[changelog.Change | changelog.FactsChange] = [*result.changed, *result.facts]
    sections = [
        ("added", ["/".join(key) for key in result.added]),
        (
            "deprecated",
            [f"{'/'.join(key)} ({state}: {note})" for key, state, note in result.deprecated],
        ),
        (
            "changed",
            [
                "/".join(change.key)
                + ": "
                + ", ".join(f"{name} {old!r} -> {new!r}" for name, old, new in change.fields)
                for change in changed
            ],
        ),
        ("removed", ["/".join(key) for key in result.removed]),
    ]
    print(f"{old.get('spec_version', '?')} -> {new.get('spec_version', '?')}")
    for title, lines in sections:
        print(f"{title}: {len(lines)}")
        for line in lines:
            print(f"  {line}")
    breaking = changelog.breaking_changes(old, new)
    for problem in breaking:
        print(f"breaking: {problem}", file=sys.stderr)
    return 1 if breaking else 0


def _release(version: str, spec: Path, day: datetime.date) -> int:
    """Release the catalog as `version`, or say why it may not be (nothing written)."""
    try:
        written = release.release(version, spec, day)
    except SpecError as error:
        return _refused(error, "written")
    except release.ReleaseError as error:
        print(f"error: {error}; nothing was written.", file=sys.stderr)
        return 1
    print(f"released {version}: wrote {', '.join(paths.display(path) for path in written)}")
    print(
        "next: make generate (make release runs it), review the notes and the diff, commit, "
        f"and push the tag v{version}: the release workflow publishes from it"
    )
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    diff = commands.add_parser(
        "diff",
        help="codes added, deprecated, changed and removed between two catalogs",
        description="Compare two catalogs (for example spec/released/1.0.0.json and "
        "spec/catalog.json); exit 1 when the newer one breaks a released code.",
    )
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    text = "release the catalog as VERSION: refuse a version that understates the changes since "
    text += (
        "the last release, set spec_version, copy the spec to spec/released/ and write the notes"
    )
    released = commands.add_parser("release", help=text, description=text)
    released.add_argument("version", help="the new version, MAJOR.MINOR.PATCH")
    released.add_argument(
        "--spec", type=Path, default=paths.SPEC, help="the catalog (default: spec/catalog.json)"
    )
    released.add_argument(
        "--date",
        type=datetime.date.fromisoformat,
        default=datetime.datetime.now(datetime.UTC).date(),
        help="the release's day, YYYY-MM-DD (default: today, in UTC)",
    )
    commands.add_parser(
        "drift",
        add_help=False,
        help="the catalog against its sources: hands over to `python -m codegen.drift`",
    )
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
            command.add_argument(
                "--data-only",
                action="store_true",
                help="only what the spec renders, without the spec's own schema (the golden "
                "tree of a test spec)",
            )
    return parser
