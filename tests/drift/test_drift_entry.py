"""drift's own entry point, `python -m codegen.drift`, and the generator's door to it:
`python -m codegen drift ARGS` hands ARGS over unchanged, and the generator's command line hosts
none of drift's options."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import cli
from codegen.drift import command
from tests.support.drift_case import FIXTURES, PAGE, PAGE_AGREE, SOURCE, spec_copy
from tests.support.helpers import run_codegen


@pytest.mark.subprocess
def test_drift_runs_as_its_own_module_and_through_the_generator_s_door() -> None:
    own = run_codegen("--help", module="codegen.drift")
    assert own.returncode == 0, own.stderr
    assert own.stdout.startswith("usage: python -m codegen.drift ")
    assert "--fetch" in own.stdout and "\n  flowchart (markdown): " in own.stdout
    door = run_codegen("drift", "--help")
    assert (door.returncode, door.stdout, door.stderr) == (0, own.stdout, "")


@pytest.mark.parametrize(
    ("more", "status"),
    [((), 0), (("--max-bytes", "10"), 2), (("--fetch", "--all", "."), 2)],
    ids=["in sync", "over its size", "wrong usage"],
)
def test_the_door_gives_what_drift_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], more: tuple[str, ...], status: int
) -> None:
    spec = spec_copy(tmp_path, PAGE, PAGE_AGREE)
    args = ["--spec", str(spec), SOURCE, str(FIXTURES / "errors-page.md"), *more]
    assert command.main(args) == status
    own = capsys.readouterr()
    assert cli.main(["drift", *args]) == status
    assert capsys.readouterr() == own
    assert own.out if status == 0 else own.err.startswith("error: ")


def test_the_generator_s_command_line_hosts_none_of_drift_s_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = cli._parser()
    assert "python -m codegen.drift" in " ".join(parser.format_help().split())
    with pytest.raises(SystemExit) as exited:
        parser.parse_args(["drift", "--fetch"])
    assert exited.value.code == 2
    assert "unrecognized arguments: --fetch" in capsys.readouterr().err
