"""What importing bankcodes loads, and when: no heavy dependency and no more of the standard
library than `import http` loads; a provider module, a category record, a public module and the
classify tables each built on first use, once."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support.helpers import ROOT, python_path

#: Each test imports the package in a fresh interpreter of its own.
pytestmark = pytest.mark.subprocess


def test_a_provider_module_builds_each_enum_on_first_use() -> None:
    """Importing a provider module builds none of its enums; a name builds (once) on first use,
    also from two threads at a time; the enums pickle and list like module attributes."""
    probe = (
        "import pickle, threading\n"
        "import bankcodes.lean as lean\n"
        "assert not any(name in vars(lean) for name in lean.__all__), 'built at import'\n"
        "found = []\n"
        "threads = [threading.Thread(target=lambda: found.append(lean.SecondaryStatus))\n"
        "           for _ in range(4)]\n"
        "[thread.start() for thread in threads]; [thread.join() for thread in threads]\n"
        "assert len({id(cls) for cls in found}) == 1\n"
        "from bankcodes.lean import SecondaryStatus\n"
        "assert SecondaryStatus is found[0] and SecondaryStatus.__qualname__ == 'SecondaryStatus'\n"
        "assert 'PaymentStatus' not in vars(lean) and 'PaymentStatus' in dir(lean)\n"
        "member = SecondaryStatus.INVALID_MFA\n"
        "assert pickle.loads(pickle.dumps(member)) is member\n"
        "assert len(lean.CODE_SETS) == len(lean.__all__) - 3\n"  # less the three tables
        "assert lean.SDK_METHODS[lean.SdkMethod.connect].fields\n"
        "try:\n"
        "    lean.NoSuchName\n"
        "except AttributeError as error:\n"
        "    assert \"has no attribute 'NoSuchName'\" in str(error)\n"
        "else:\n"
        "    raise AssertionError('no AttributeError')\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def _run_without_site(code: str) -> str:
    """Run code in a bare interpreter (no site packages) that sees only the generated package."""
    result = subprocess.run(
        [sys.executable, "-S", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": python_path(ROOT)},
    )
    return result.stdout


def test_importing_does_not_load_heavy_dependencies() -> None:
    code = (
        "import sys, bankcodes, bankcodes.lean, bankcodes.flinks, bankcodes.argyle\n"
        "bankcodes.classify('lean', 'OK'); bankcodes.lookup('argyle', 'x')\n"
        "heavy = sorted(m for m in ('pydantic', 'jinja2', 'jsonschema', 'codegen', 'typing')"
        " if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    assert _run_without_site(code).strip() == ""


def test_import_bankcodes_loads_of_the_standard_library_what_import_http_loads() -> None:
    """The bench compares `import bankcodes` with `import http`: beside its own modules it loads
    only `__future__` more (importlib and warnings load on a provider's first use), and of its own
    the categories but not the records of their metadata, built on first read."""
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import {}\n"
        "print(*sorted(set(sys.modules) - before))\n"
    )
    http = set(_run_without_site(code.format("http")).split())
    ours = set(_run_without_site(code.format("bankcodes")).split())
    assert {name for name in ours - http if name.partition(".")[0] != "bankcodes"} == {"__future__"}
    assert "bankcodes.categories" in ours
    assert not {"bankcodes._code_facts", "bankcodes._records"} & ours


def test_the_category_records_are_built_on_first_read() -> None:
    code = (
        "import bankcodes, bankcodes._taxonomy as taxonomy\n"
        "print(len(taxonomy._INFO))\n"
        "print(bankcodes.Category.MFA_FAILED.user_action('pt-BR'))\n"
        "print(len(taxonomy._INFO) == len(bankcodes.Category))\n"
    )
    assert _run_without_site(code).splitlines() == [
        "0",
        "Confira o que você digitou e tente novamente.",
        "True",
    ]


def test_the_public_modules_are_attributes_of_the_package_once_read() -> None:
    # The webhooks page names bankcodes.signatures.SCHEMES and bankcodes.delivery.DELIVERY as
    # run-time values, and the README bankcodes.payloads.recognise: read after import bankcodes.
    code = (
        "import sys, bankcodes\n"
        "print('bankcodes.payloads' in sys.modules, 'bankcodes.signatures' in sys.modules)\n"
        "print(callable(bankcodes.payloads.recognise), 'stripe' in bankcodes.signatures.SCHEMES)\n"
        "print('belvo' in bankcodes.delivery.DELIVERY, bankcodes.errors.WebhookError.__name__)\n"
    )
    assert _run_without_site(code).splitlines() == ["False False", "True True", "True WebhookError"]


def test_provider_modules_load_lazily() -> None:
    code = (
        "import sys, bankcodes\n"
        "before = 'bankcodes.lean' in sys.modules\n"
        "bankcodes.classify('lean', 'OK')\n"
        "middle = 'bankcodes.lean' in sys.modules\n"
        "bankcodes.lean.SecondaryStatus\n"
        "print(before, middle, 'bankcodes.lean' in sys.modules)\n"
    )
    assert _run_without_site(code).split() == ["False", "False", "True"]


def test_the_classify_tables_load_on_the_first_classify() -> None:
    code = (
        "import sys, bankcodes\n"
        "print('bankcodes._classify' in sys.modules)\n"
        "print(bankcodes.classify('flinks', 'INVALID_LOGIN').value)\n"
        "print('bankcodes._classify' in sys.modules, sorted(bankcodes._ANSWERS))\n"
    )
    assert _run_without_site(code).splitlines() == [
        "False",
        "credentials_invalid",
        "True ['flinks']",
    ]


def test_a_first_validation_loads_its_own_providers_data_alone() -> None:
    """Validating one kind reads its provider's data only: no other provider's (its enums or its
    kinds), no table of every source or of every kind, neither the JWT reader's cryptography nor
    the standard library's JSON reader."""
    code = (
        "import json, sys\n"
        "body = json.dumps({'type': 'entity.created', 'payload': {'id': 'e'}, 'message': 'm'})\n"
        "for name in [m for m in sys.modules if m == 'json' or m.startswith('json.')]:\n"
        "    del sys.modules[name]\n"
        "from bankcodes import payloads\n"
        "assert payloads.validate('lean/webhook', body).payload.id == 'e'\n"
        "print(*sorted(m for m in sys.modules if m.startswith(('json', 'bankcodes.'))))\n"
    )
    env = {**os.environ, "PYTHONPATH": python_path(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "bankcodes._data_lean" in loaded
    data = {name for name in loaded if name.startswith("bankcodes._data_")}
    assert data == {"bankcodes._data_lean"}
    models = {name.split(".")[2] for name in loaded if name.startswith("bankcodes.webhooks.")}
    assert models == {"lean", "_types"}
    assert not {"json", "bankcodes._jwt", "bankcodes._sources"} & loaded


def test_an_enums_records_are_built_on_the_first_read_of_its_metadata() -> None:
    """Building an enum and parsing its codes (an alias too) builds none of its records; the
    first read of a member's metadata builds those of its code set, once."""
    code = (
        "import bankcodes._base as base\n"
        "from bankcodes.berlingroup import MessageCode\n"
        "member = MessageCode.parse('KID_MISSING')\n"
        "print(member.value, MessageCode in base._METADATA)\n"
        "print(member.info.value, MessageCode.code_set().id, len(base._METADATA))\n"
    )
    assert _run_without_site(code).splitlines() == [
        "REQUIRED_KID_MISSING False",
        "REQUIRED_KID_MISSING message_code 1",
    ]
