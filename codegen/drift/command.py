"""The command line of drift, `python -m codegen.drift` (`python -m codegen drift` hands over to
it): one source (`SOURCE_ID PATH [--json] [--seen FILE]`), every declared source with a saved
copy in a folder (`--all FOLDER`), or what the sources publish today (`--fetch [SOURCE_ID …]
[--mirror M] [--write] [--report FILE]`). Exit status: 0 in sync, 1 on drift, 2 on input it
cannot use (and on wrong usage)."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from codegen import loader, paths
from codegen.drift import (
    check,
    check_counted,
    completeness,
    declared,
    fetch,
    json_report,
    limits,
    quotes,
    read_seen,
    render_json,
    render_text,
    saved_copy,
)
from codegen.drift.completeness import Tally
from codegen.drift.errors import DriftInputError
from codegen.drift.extract import short
from codegen.drift.kinds import summary
from codegen.drift.shown import escaped
from codegen.errors import SpecError
from codegen.spec import Catalog

#: The report of `--all` on the quoted texts that cite several of its sources at once.
SHARED = "texts citing several sources"


def main(argv: Sequence[str] | None = None) -> int:
    """Exit 0 in sync, 1 on drift, 2 on input the command cannot use."""
    return run(parser().parse_args(argv))


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose errors show what was given escaped (an argument is text from
    outside, which may hold control characters)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {escaped(message, 400)}\n")


def parser() -> argparse.ArgumentParser:
    text = (
        "compare the catalog (its codes, and the providers' words it quotes) with a saved copy of "
        "one of its sources, or with what the sources publish today (--fetch)"
    )
    drift = _Parser(
        prog="python -m codegen.drift",
        description=text,
        epilog="A source's extract rules, each of one kind (the formats that read it: what is "
        "compared):\n" + summary() + "\n\nExit status: 0 in sync, 1 on drift (with --fetch, also a "
        "source its extractor cannot read), 2 on input it cannot use; with --fetch, 3 when a "
        "source could not be read (unreachable, or its answer refused) and 4 when drift is found "
        "beside one.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    drift.add_argument("source", nargs="?", help="the source's id in the spec")
    drift.add_argument(
        "path",
        nargs="*",
        help="the saved copy of the source; with --fetch, more source ids (none: every source "
        "with an extractor)",
    )
    _fetch_arguments(drift)
    _input_and_output_arguments(drift)
    return drift


def _fetch_arguments(drift: argparse.ArgumentParser) -> None:
    """What --fetch reads, where it keeps what it read, and what it writes."""
    drift.add_argument(
        "--fetch",
        action="store_true",
        help="fetch what each source publishes today: a repository file at its default "
        "branch, a page at its address (conditional requests, a cache, retries)",
    )
    drift.add_argument(
        "--mirror",
        metavar="DIR_OR_URL",
        help="with --fetch, read MIRROR/HOST/PATH instead of https://HOST/PATH",
    )
    drift.add_argument(
        "--cache",
        type=Path,
        default=fetch.CACHE,
        metavar="DIR",
        help=f"with --fetch, where ETags and bodies are kept (default {fetch.CACHE})",
    )
    drift.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="with --fetch, the longest wait for a request (default 30)",
    )
    drift.add_argument(
        "--write",
        action="store_true",
        help="with --fetch, write what needs no judgment: new pins of the sources in sync, and "
        "the providers' changed words and HTTP statuses; report the rest",
    )
    drift.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="with --fetch, also write the report as Markdown to FILE",
    )


def _input_and_output_arguments(drift: argparse.ArgumentParser) -> None:
    """The saved copies, the log of codes seen, the limit on what is read, the spec, and the
    report's form."""
    drift.add_argument(
        "--all",
        type=Path,
        metavar="FOLDER",
        help="every source with an extractor or cited by a quoted text whose saved copy "
        "(SOURCE_ID.ext) is in FOLDER, in one summary",
    )
    drift.add_argument(
        "--json",
        action="store_true",
        help="a machine-readable report with "
        "the spec edits (JSON Patch) that would resolve each difference",
    )
    drift.add_argument(
        "--seen",
        type=Path,
        metavar="FILE",
        help="a log of codes seen in "
        "production (JSON lines of provider, code_set, value) to fold in",
    )
    drift.add_argument(
        "--max-bytes",
        type=_size,
        default=limits.MAX_BYTES,
        metavar="N",
        help=f"read files of at most N bytes (default {limits.MAX_BYTES}: 8 MiB)",
    )
    drift.add_argument(
        "--completeness",
        action="store_true",
        help="also report, for each code set, the sources that list it, how many of each "
        "one's values the catalog holds (counted in the copies read, else as the spec records "
        "them) and what was read in part; alone, from the spec's records",
    )
    drift.add_argument(
        "--verbose",
        action="store_true",
        help="list every source skipped (with --all: no saved copy in FOLDER; with --fetch: "
        "nothing to fetch), not only their count",
    )
    drift.add_argument("--spec", type=Path, default=paths.SPEC)


def _size(text: str) -> int:
    """A byte count of --max-bytes: a positive integer."""
    if not text.isascii() or not text.isdigit() or not 0 < int(text[:12]) <= 1 << 40:
        raise argparse.ArgumentTypeError("a number of bytes from 1 to 2**40 is expected")
    return int(text)


def run(args: argparse.Namespace) -> int:
    """Exit 0 in sync, 1 on drift, 2 on input the command cannot use."""
    with limits.reading_at_most(args.max_bytes), quotes.one_run():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        spec = loader.load_spec(args.spec)
        seen = read_seen(args.seen) if args.seen else Counter()
        if args.fetch:
            return _fetch(args, spec, seen)
        if args.all is not None:
            return _all(args, spec, seen)
        if args.completeness and args.source is None:
            entries = completeness.report(spec, {})
            print(_completeness(entries, as_json=args.json))
            return 0
        if args.source is None or len(args.path) != 1:
            raise DriftInputError(
                "give SOURCE_ID and PATH, --all FOLDER, --fetch, or --completeness"
            )
        path = Path(args.path[0])
        differences = check(spec, args.source, path, seen)
    except SpecError as error:
        first = error.problems[0].render(error.filename)
        more = len(error.problems) - 1
        also = f" (and {more} more: run `python -m codegen validate`)" if more else ""
        print(f"error: the spec is not valid: {first}{also}", file=sys.stderr)
        return 2
    except DriftInputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    render = render_json if args.json else render_text
    print(render(args.source, path, differences))
    return 1 if differences else 0


#: The exit statuses of `--fetch` beside 0 (in sync) and 2 (input the command cannot use): drift
#: found with every source read; a source not read (unreachable, or its answer refused) and no
#: drift in the others; both.
DRIFT, NOT_READ, DRIFT_AND_NOT_READ = 1, 3, 4


def _fetch(args: argparse.Namespace, spec: Catalog, seen: Counter[tuple[str, str]]) -> int:
    """Exit 0 when every source is read and in sync, 1 when one differs or cannot be read as
    its extractor says, 3 when a source could not be read (fetched, or its answer was refused)
    and the others are in sync, 4 when both; the report is written whatever the outcome, and
    the spec only when no answer was refused."""
    import datetime

    from codegen.drift import report, watch

    if args.report is not None and (args.report.is_dir() or not args.report.parent.is_dir()):
        raise DriftInputError(f"--report {args.report}: no file can be written there")
    try:
        if args.all is not None:
            raise DriftInputError("--fetch reads the sources, not a folder: leave out --all")
        if not 0 < args.timeout <= 600:
            raise DriftInputError("--timeout takes seconds, above 0 and at most 600")
        if args.cache.exists() and not args.cache.is_dir():
            raise DriftInputError(
                f"--cache {escaped(str(args.cache), 200)} is a file, not a folder"
            )
    except DriftInputError as error:  # the report says why the run did not start
        if args.report is not None:
            watch.replace_text(args.report, report.not_started(str(error)))
        raise
    ids = [args.source, *args.path] if args.source else []
    read_as = hashlib.sha256(args.spec.read_bytes()).hexdigest()
    agent = f"bankcodes-drift/{spec.spec_version} (the watch of the bankcodes catalog)"
    fetcher = fetch.Fetcher(
        mirror=args.mirror, cache=args.cache, timeout=args.timeout, user_agent=agent
    )
    try:
        results = watch.watch(spec, fetcher, ids, seen)
    finally:
        fetcher.close()
    refused = [result.source for result in results if result.state == "refused"]
    unwritten = None
    if args.write and refused:
        unwritten = (
            f"nothing written: the answer of {', '.join(refused)} was refused, and a run that "
            "met one writes nothing"
        )
    elif args.write and any(result.state not in watch.FAILED for result in results):
        watch.write(args.spec, spec, results, datetime.date.today(), read_as)
    in_part = {i: s.read_in_part for i, s in spec.sources.items() if s.read_in_part}
    read_in_part = report.partial(results, in_part)
    if args.report is not None:
        watch.replace_text(args.report, report.markdown(results, unwritten, read_in_part))
    print(report.as_json(results) if args.json else report.text(results, verbose=args.verbose))
    if read_in_part and not args.json:
        print(read_in_part)
    if args.completeness:
        counted = {result.source: result.counts for result in results if result.counts}
        print(_completeness(completeness.report(spec, counted), as_json=args.json))
    for result in results:
        if result.state == "refused":
            print(f"error: {result.source}: {escaped(result.detail, 400)}", file=sys.stderr)
    if unwritten:
        print(f"error: {unwritten}", file=sys.stderr)
    drifted = any(result.state in ("drift", "unreadable") for result in results)
    not_read = any(result.state in watch.FAILED for result in results)
    if not_read:
        print(
            f"error: {sum(r.state in watch.FAILED for r in results)} source(s) could not be read "
            "(the report lists each with its reason)",
            file=sys.stderr,
        )
        return DRIFT_AND_NOT_READ if drifted else NOT_READ
    return DRIFT if drifted else 0


def _saved_copies(spec: Catalog, folder: Path) -> dict[str, Path | None]:
    """The saved copy in `folder` of each source with an extractor or cited by a quoted text
    (None where there is none); an error when the folder holds none of them."""
    if not folder.is_dir():
        what = "a file, not a folder" if folder.exists() else "no such folder"
        raise DriftInputError(
            f"--all {short(str(folder))}: {what} (the folder of saved copies, each named "
            "SOURCE_ID.ext; make drift reads SOURCES=DIR)"
        )
    ids = sorted(set(declared(spec)) | quotes.cited_by_quotes(spec))
    found = {source_id: saved_copy(folder, source_id) for source_id in ids}
    if not any(found.values()):
        try:
            held = sorted(p.name for p in folder.iterdir())
        except OSError as error:
            raise DriftInputError(
                f"--all {short(str(folder))}: the folder cannot be read ({error.strerror})"
            ) from None
        said = ", ".join(short(name, 60) for name in held[:3]) + (", …" if len(held) > 3 else "")
        raise DriftInputError(
            f"--all {short(str(folder))}: no saved copy of any source of the spec "
            f"(a copy is named SOURCE_ID.ext, such as {short(min(declared(spec)) + '.md')}); "
            + (f"the folder holds {said}" if held else "the folder is empty")
        )
    return found


def _all(args: argparse.Namespace, spec: Catalog, seen: Counter[tuple[str, str]]) -> int:
    """Every source with an extractor or cited by a quoted text whose saved copy is in the
    folder --all names; then the quoted texts citing several of them. With --json, one JSON
    document: the report of each source read, those skipped, and the counts. The text report
    holds what was found; the sources skipped (no saved copy) are one count, or a line each with
    --verbose. With --completeness, the completeness of every code set follows
    (codegen.drift.completeness), counted in the copies read where they list it."""
    folder, as_json, verbose, whole = args.all, args.json, args.verbose, args.completeness
    found = _saved_copies(spec, folder)
    counted: dict[str, dict[str, Tally]] = {}
    drifted = checked = unusable = 0
    copies: list[tuple[str, Path]] = []
    reports: list[dict[str, Any]] = []
    skipped: list[str] = []
    for source_id, path in found.items():
        if path is None:
            if source_id in declared(spec):
                skipped.append(source_id)
                if verbose and not as_json:
                    print(f"{source_id}: no saved copy in {folder} (skipped)")
            continue
        checked += 1
        copies.append((source_id, path))
        try:
            differences, counted[source_id] = check_counted(spec, source_id, path, seen)
        except DriftInputError as error:
            unusable += 1
            reports.append(
                {"source": source_id, "file": str(path), "in_sync": False, "error": str(error)}
            )
            if not as_json:
                print(f"{source_id}: error: {error}")
            continue
        drifted += bool(differences)
        reports.append(json_report(source_id, path, differences))
        if not as_json:
            print(render_text(source_id, path, differences))
    shared = quotes.check(spec, quotes.read_copies(copies), only_shared=True)
    if shared:
        drifted += 1
        reports.append(json_report(SHARED, folder, shared))
        if not as_json:
            print(render_text(SHARED, folder, shared))
    if as_json:
        counts = {
            "checked": checked,
            "with_differences": drifted,
            "unusable": unusable,
            "skipped": skipped,
        }
        document: dict[str, Any] = {**counts, "sources": reports}
        if whole:
            document["completeness"] = completeness.as_json(completeness.report(spec, counted))
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        also = f", {unusable} unusable (exit 2)" if unusable else ""
        if skipped:
            listed = "" if verbose else "; --verbose lists them"
            also += f", {len(skipped)} skipped (no saved copy in {folder}{listed})"
        print(f"{checked} source(s) checked, {drifted} with differences{also}")
        in_part = sorted(i for i, _ in copies if spec.sources[i].read_in_part)
        if in_part:
            print(
                f"{len(in_part)} source(s) read in part (what was not read is on the sources "
                f"page; a copy of today may show more): {', '.join(in_part)}"
            )
        if whole:
            print(_completeness(completeness.report(spec, counted), as_json=False))
    return 2 if unusable else 1 if drifted else 0


def _completeness(entries: list[completeness.Entry], *, as_json: bool) -> str:
    if as_json:
        return json.dumps({"completeness": completeness.as_json(entries)}, indent=2)
    return completeness.text(entries)
