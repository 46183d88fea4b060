"""The codebase keeps its own shape: no hand-written module over 500 lines, validation that
imports no renderer, imports that run down the layers of the generator and its runtime,
without a circle, and a suite whose modules started first (tests/conftest.py) are its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.functions import hand_written
from tests.support.helpers import ROOT
from tests.support.imports import circles, graph, not_downward, ts_graph, unplaced

LIMIT = 500


@pytest.mark.subprocess
def test_no_hand_written_module_is_over_500_lines() -> None:
    files = hand_written(ROOT)
    assert len(files) > 50
    long = {
        path.relative_to(ROOT).as_posix(): count
        for path in files
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert long == {}


def test_the_modules_started_first_are_modules_of_the_suite() -> None:
    """A module renamed or removed would leave its name in FIRST doing nothing: the suite would
    still pass, only later, with a long module started at its end."""
    from tests.conftest import FIRST

    tests = ROOT / "tests"
    assert len(FIRST) == len(set(FIRST)) > 10
    assert [name for name in FIRST if not (tests / name).is_file()] == []
    assert all(Path(name).name.startswith("test_") for name in FIRST), FIRST


@pytest.mark.subprocess
def test_validation_imports_no_renderer_and_nothing_of_drift() -> None:
    """The loader, the rules and the checks learn names from codegen.naming, never a target, and
    the formats a rule reads from its spec model, never from drift."""
    probe = (
        "import sys; import codegen.loader, codegen.rules, codegen.checks; "
        "print(sorted(m for m in sys.modules"
        " if m.startswith(('codegen.targets', 'codegen.render', 'codegen.drift'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def _package(name: str) -> tuple[str, str]:
    """The patterns of a package: itself and every module under it."""
    return (name, f"{name}.*")


#: The generator's layers, lowest first, with its Python runtime (bankcodes, the hand-written
#: runtime with the data generated for it) at the bottom, beside the foundations. A module
#: imports only modules of its own group or of a lower layer; groups of one layer import
#: nothing of each other.
LAYERS = (
    {
        "foundations": (
            "codegen",
            "codegen.assemble",
            "codegen.beside",
            "codegen.errors",
            "codegen.filters",
            "codegen.hatch_build",
            "codegen.hatch_metadata",
            "codegen.naming",
            "codegen.node_assets",
            "codegen.paths",
            "codegen.phrases",
            "codegen.refusals",
            "codegen.pyformat",
            "codegen.reuse",
            "codegen.site_address",
            "codegen.specfile",
            "codegen.spectext",
        ),
        "runtime": _package("bankcodes"),
    },
    # The spec's models read what they declare once into the resolved model's facts.
    {"resolved model": _package("codegen.model")},
    {"spec models": _package("codegen.spec")},
    {
        "resolve": (
            "codegen.resolve",
            "codegen.resolve_carried",
            "codegen.resolve_payloads",
            "codegen.resolve_records",
        ),
        "payload schemas": ("codegen.schema", "codegen.schema_values"),
        "changelog": ("codegen.changelog", "codegen.fact_changes", "codegen.versioning"),
        "incremental": ("codegen.incremental",),
    },
    {"rules": _package("codegen.rules"), "checks": ("codegen.checks",)},
    {"loader": ("codegen.loader", "codegen.spec_problems")},
    {"drift": _package("codegen.drift"), "render": ("codegen.render", "codegen.readme")},
    {"targets": _package("codegen.targets")},
    {"output": ("codegen.output",)},
    {"release": ("codegen.release",)},
    {"cli": ("codegen.cli", "codegen.__main__")},
)
#: Rooms with few doors: drift is reached only through the generator's command line (its thin
#: `drift` door), and the runtime only by the resolved model (which holds the runtime's records of
#: how a body is recognised and where its codes are) and the checks (which recognise the published
#: examples with the runtime's own matcher).
DOORS = {"drift": ("cli",), "runtime": ("resolved model", "checks")}

PYTHON_RUNTIME = ROOT / "codegen" / "runtime" / "python" / "bankcodes"
TYPESCRIPT_RUNTIME = ROOT / "codegen" / "runtime" / "typescript"


@pytest.fixture(scope="module")
def codebase() -> dict[str, set[str]]:
    """The generator and the Python package as it is assembled: the runtime's own modules, and
    the data modules the generator writes beside them (their imports read once, for the tests
    below; none changes them)."""
    return graph(
        ROOT / "codegen",
        PYTHON_RUNTIME,
        ROOT / "generated" / "python" / "bankcodes",
        skip=(ROOT / "codegen" / "runtime", ROOT / "codegen" / "node"),
    )


def test_every_module_has_its_place_in_the_layers(codebase: dict[str, set[str]]) -> None:
    assert {"codegen.model.catalog", "codegen.drift.kinds", "bankcodes._base"} <= codebase.keys()
    assert {"bankcodes._catalog", "bankcodes.categories", "bankcodes.plaid"} <= codebase.keys()
    assert unplaced(codebase, LAYERS) == []


def test_every_import_runs_down(codebase: dict[str, set[str]]) -> None:
    """Validation imports nothing of drift, nothing but the command line's door imports drift,
    and the runtime imports nothing of the generator."""
    assert not_downward(codebase, LAYERS, DOORS) == []


def test_no_import_circle_in_the_generator_or_the_runtime(
    codebase: dict[str, set[str]],
) -> None:
    """The generator and the Python package as it is assembled import without a circle, the
    imports a type checker alone reads included."""
    assert codebase["codegen.rules.extract"] and codebase["bankcodes._code_schemas"]
    assert circles(codebase) == []


def test_no_import_circle_in_the_typescript_runtime() -> None:
    """The TypeScript runtime with the data modules generated beside it in src/, `import type`
    included."""
    edges = ts_graph(TYPESCRIPT_RUNTIME, ROOT / "generated" / "typescript" / "src")
    assert {"types", "code-fields", "categories", "kinds"} <= edges.keys()
    assert "registry" in edges["classify"]
    assert circles(edges) == []


def test_the_circle_check_finds_a_circle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert circles(edges) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_the_layer_check_names_every_edge_that_runs_up() -> None:
    layers = (
        {"base": ("p", "p.base"), "side": ("p.side",)},
        {"middle": ("p.middle", "p.middle.*"), "room": ("p.room",)},
        {"top": ("p.top",)},
    )
    edges = {
        "p": set(),
        "p.base": {"p.middle.low"},  # runs up
        "p.side": {"p.base"},  # beside it
        "p.middle": {"p.middle.low", "p.base"},
        "p.middle.low": {"p.side"},
        "p.room": {"p.middle"},  # beside it
        "p.top": {"p.room", "p.middle", "p.base"},
        "p.stray": set(),
    }
    assert unplaced(edges, layers) == ["p.stray"]
    del edges["p.stray"]
    assert not_downward(edges, layers, {"room": ("top",)}) == [
        "p.base -> p.middle.low: base (layer 0) imports middle (layer 1), above it",
        "p.room -> p.middle: room (layer 1) imports middle (layer 1), beside it",
        "p.side -> p.base: side (layer 0) imports base (layer 0), beside it",
    ]
    assert not_downward({"p.middle": {"p.room"}, "p.room": set()}, layers, {"room": ("top",)}) == [
        "p.middle -> p.room: middle (layer 1) imports room (layer 1), beside it"
    ]
    below = ({"room": ("p.room",)}, {"middle": ("p.middle",)}, {"top": ("p.top",)})
    doors = {"room": ("top",)}
    assert not_downward({"p.middle": {"p.room"}, "p.room": set()}, below, doors) == [
        "p.middle -> p.room: middle (layer 1) imports room (layer 0), which only top may import"
    ]
    assert not_downward({"p.top": {"p.room"}, "p.room": set()}, below, doors) == []


def test_the_python_graph_reads_every_import(tmp_path: Path) -> None:
    """An import inside a function and one under TYPE_CHECKING are edges too."""
    package = tmp_path / "p"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "a.py").write_text(
        "TYPE_CHECKING = False\nif TYPE_CHECKING:\n    from p.b import B\n", encoding="utf-8"
    )
    (package / "b.py").write_text("def f():\n    from p import a\n", encoding="utf-8")
    (package / "c.py").write_text("from . import b\nimport p.a\n", encoding="utf-8")
    edges = graph(package)
    assert edges == {"p": set(), "p.a": {"p.b"}, "p.b": {"p.a"}, "p.c": {"p.a", "p.b"}}
    assert circles(edges) == [["p.a", "p.b"]]


def test_the_typescript_graph_reads_every_import(tmp_path: Path) -> None:
    runtime, data = tmp_path / "runtime", tmp_path / "data"
    runtime.mkdir()
    data.mkdir()
    (runtime / "types.ts").write_text(
        'import type { Category } from "./categories.js";\n'
        '/** import { x } from "bankcodes/webhooks" */\n',
        encoding="utf-8",
    )
    (runtime / "fields.ts").write_text(
        'import {\n  KINDS,\n  type Kind,\n} from "./kinds.js";\nexport * from "./types.js";\n'
        'const later = import("./types.js");\n',
        encoding="utf-8",
    )
    (data / "categories.ts").write_text(
        'import type { Details } from "./types.js";\n', encoding="utf-8"
    )
    (data / "kinds.ts").write_text('import "./fields.js";\n', encoding="utf-8")
    (data / "types.ts").write_text("export {};\n", encoding="utf-8")  # the runtime's wins
    edges = ts_graph(runtime, data)
    assert edges == {
        "types": {"categories"},
        "fields": {"kinds", "types"},
        "categories": {"types"},
        "kinds": {"fields"},
    }
    assert circles(edges) == [["categories", "types"], ["fields", "kinds"]]
    (data / "kinds.ts").write_text('import { gone } from "./gone.js";\n', encoding="utf-8")
    with pytest.raises(LookupError, match=r"gone\.js"):
        ts_graph(runtime, data)
