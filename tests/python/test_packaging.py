"""`pip install .` installs bankcodes alone: no runtime dependency, typed (py.typed), importable."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import MypyRun
from tests.support.helpers import ROOT, spec_data


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
    subprocess.run(
        [*command, "--no-build-isolation", "--wheel-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("bankcodes-*.whl")
    return built


def test_the_wheel_has_the_package_and_no_dependencies(wheel: Path) -> None:
    import bankcodes

    assert wheel.name.startswith(f"bankcodes-{bankcodes.__version__}-py3-none-any")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        text = archive.read(metadata).decode()
    modules = [p["module"] for p in spec_data()["providers"].values()]
    for module in ("__init__", "_base", "categories", *modules):
        assert f"bankcodes/{module}.py" in names
    assert "bankcodes/py.typed" in names
    assert not any(name.startswith(("codegen/", "tests/", "spec/")) for name in names)
    requirements = [line for line in text.splitlines() if line.startswith("Requires-Dist:")]
    assert all("extra ==" in line for line in requirements), requirements


#: Run by the environment's Python: the names of the distributions it holds, then a classification.
INSTALLED = """
import importlib.metadata
print(*sorted(d.metadata["Name"] for d in importlib.metadata.distributions()))
import bankcodes
print(bankcodes.classify("lean", "INVALID_MFA"))
"""


def test_the_installed_wheel_imports_and_type_checks(
    wheel: Path, tmp_path: Path, mypy_strict: MypyRun
) -> None:
    """The wheel installed by pip into an environment of its own, which holds nothing else (pip
    runs there from the suite's environment, with --python, rather than be installed in it; it
    leaves the modules uncompiled, which Python compiles as it imports them). What the
    environment holds is what its own Python finds, the distributions pip would list."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    subprocess.run(
        [*pip, "install", "--quiet", "--no-index", "--no-deps", "--no-compile", str(wheel)],
        check=True,
        capture_output=True,
    )
    run = subprocess.run(
        [str(python), "-c", INSTALLED],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert run.stdout.split() == ["bankcodes", "mfa_failed"]
    consumer = tmp_path / "consumer.py"
    consumer.write_text((ROOT / "tests" / "python" / "consumer_example.py").read_text())
    mypy = mypy_strict("--python-executable", str(python), str(consumer), cwd=tmp_path)
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


def test_both_packages_name_every_provider_in_their_description_and_keywords(wheel: Path) -> None:
    """The descriptions and keywords of the wheel (set at build time from the generated data)
    and of the npm package name every provider of the spec."""
    import email
    import json

    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = email.message_from_string(archive.read(name).decode())
    package = json.loads((ROOT / "generated" / "typescript" / "package.json").read_text())
    keywords = str(metadata["Keywords"]).split(",")
    for provider_id, provider in spec_data()["providers"].items():
        assert provider["name"] in metadata["Summary"], provider_id
        assert provider["name"] in package["description"], provider_id
        assert provider_id in keywords and provider_id in package["keywords"], provider_id
