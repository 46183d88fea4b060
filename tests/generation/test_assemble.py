"""The packages assembled from their two homes (codegen/assemble.py): the Python package as
links for the development install, the npm package's folder as copies, a name held by both
homes refused."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import assemble
from tests.support.helpers import ROOT

RUNTIME = ROOT / "codegen" / "runtime"
GENERATED = ROOT / "generated"


@pytest.mark.subprocess
def test_the_development_install_imports_the_runtime_from_its_home() -> None:
    """`import bankcodes` in the development install reads build/python/bankcodes, whose
    modules are the runtime's own files and the generated ones: an edit to the runtime is what
    the next import reads, with no generation between."""
    probe = (
        "import json, os, bankcodes, bankcodes._record, bankcodes._catalog; print(json.dumps("
        "[bankcodes.__file__, os.path.realpath(bankcodes._record.__file__),"
        " os.path.realpath(bankcodes._catalog.__file__)]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd="/", capture_output=True, text=True, check=True
    )
    package, record, catalog = json.loads(result.stdout)
    assert Path(package).parent == ROOT / "build" / "python" / "bankcodes"
    assert Path(record) == RUNTIME / "python" / "bankcodes" / "_record.py"
    assert Path(catalog) == GENERATED / "python" / "bankcodes" / "_catalog.py"


def test_the_python_view_links_both_homes_and_drops_stale_links(tmp_path: Path) -> None:
    view = assemble.python_view(tmp_path / "view")
    package = view / "bankcodes"
    assert (package / "_base.py").resolve() == RUNTIME / "python" / "bankcodes" / "_base.py"
    assert (package / "lean.py").resolve() == GENERATED / "python" / "bankcodes" / "lean.py"
    assert (package / "webhooks").resolve() == GENERATED / "python" / "bankcodes" / "webhooks"
    (package / "gone.py").symlink_to(RUNTIME / "python" / "bankcodes" / "_base.py")
    (package / "__pycache__").mkdir()
    assemble.python_view(tmp_path / "view")
    assert not (package / "gone.py").exists()
    assert (package / "__pycache__").is_dir()  # the interpreter's cache is kept
    assert sorted(p.name for p in package.iterdir() if p.name != "__pycache__") == sorted(
        [p.name for p in (RUNTIME / "python" / "bankcodes").glob("*.py")]
        + [
            p.name
            for p in (GENERATED / "python" / "bankcodes").iterdir()
            if p.name != "__pycache__"
        ]
    )


def test_a_name_in_both_homes_is_refused(tmp_path: Path) -> None:
    generated = tmp_path / "bankcodes"
    shutil.copytree(GENERATED / "python" / "bankcodes", generated)
    (generated / "_base.py").write_text("x = 1\n")
    with pytest.raises(assemble.AssemblyError) as raised:
        assemble.python_view(tmp_path / "view", generated)
    message = str(raised.value)
    assert "both hold codegen/runtime/python/bankcodes/_base.py and " in message
    assert message.endswith("/bankcodes/_base.py")
    assert not (tmp_path / "view").exists()


def test_a_missing_home_is_named(tmp_path: Path) -> None:
    with pytest.raises(assemble.AssemblyError, match=r"nowhere: no such folder \(run make"):
        assemble.python_view(tmp_path / "view", tmp_path / "nowhere")


def test_the_npm_package_folder_holds_both_homes_and_keeps_what_is_installed(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "package"
    (folder / "node_modules" / "jose").mkdir(parents=True)
    (folder / "src").mkdir()
    (folder / "src" / "stale.ts").write_text("stale")
    assemble.typescript_package(folder)
    for name in ("classify.ts", "types.ts", "webhooks.ts"):
        runtime = RUNTIME / "typescript" / name
        assert (folder / "src" / name).read_bytes() == runtime.read_bytes()
    for name in ("index.ts", "registry.ts", "lean.ts"):
        generated = GENERATED / "typescript" / "src" / name
        assert (folder / "src" / name).read_bytes() == generated.read_bytes()
    assert (folder / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()
    assert (folder / "package-lock.json").read_bytes() == (
        RUNTIME / "typescript" / "package-lock.json"
    ).read_bytes()
    assert (folder / "scripts" / "build-cjs.mjs").is_file()
    assert not (folder / "src" / "stale.ts").exists()
    assert (folder / "node_modules" / "jose").is_dir()


@pytest.mark.subprocess
def test_the_command_line_refuses_with_one_line_and_exit_2(tmp_path: Path) -> None:
    command = ["python", str(tmp_path / "v"), "--generated", str(tmp_path / "none")]
    result = subprocess.run(
        [sys.executable, "-m", "codegen.assemble", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert "none: no such folder" in result.stderr


@pytest.mark.subprocess
def test_an_editable_install_makes_its_view(tmp_path: Path) -> None:
    """`pip install -e .` in a fresh clone (no make): the editable wheel points at build/python,
    and building it put bankcodes/ there (codegen/hatch_build.py)."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    tested = ("pyproject.toml", "codegen/hatch_build.py", "codegen/assemble.py")
    for name in (*tested, "codegen/site_address.py"):
        shutil.copyfile(ROOT / name, clone / name)  # the tree under test, committed or not
    out = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel:editable", "-d", str(out)],
        cwd=clone,
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("*.whl")
    import zipfile

    with zipfile.ZipFile(wheel) as archive:
        (pth,) = [name for name in archive.namelist() if name.endswith(".pth")]
        assert archive.read(pth).decode().split() == [str(clone / "build" / "python")]
    assert (clone / "build" / "python" / "bankcodes" / "_base.py").resolve() == (
        clone / "codegen" / "runtime" / "python" / "bankcodes" / "_base.py"
    )
    assert (clone / "build" / "python" / "bankcodes" / "lean.py").is_symlink()
