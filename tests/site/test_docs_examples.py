"""Every Python example of the README and of the site's pages type-checks with mypy --strict,
and every TypeScript example (of those and of the npm package's README) compiles with tsc
--strict, against the package, with the placeholders they use (a request, a callback) declared."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from tests.conftest import MypyRun
from tests.support.helpers import ROOT, TS_PRELUDE, install_package
from tests.support.typescript import compile_node_app

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "site" / "docs").glob("*.md"))]
BLOCK = re.compile(r"^( *)```(\w+)\n(.*?)^\1```", re.S | re.M)

#: What the examples take for granted, typed as an application would have it.
PRELUDE = """
import logging

import bankcodes
from bankcodes import Category

callback: dict[str, str] = {}
code: str = "INVALID_LOGIN"
body: bytes = b"{}"
raw_body: bytes = b"{}"
secret: str = "secret"
LEAN_WEBHOOK_SECRET: str = "secret"
log = logging.getLogger("example")


class Request:
    body: bytes = b"{}"
    headers: dict[str, str] = {}


request = Request()


def ask_for_the_code_again() -> None: ...
def show_mfa_prompt() -> None: ...
def record_payment(payment_id: str, status: object) -> None: ...
"""


#: A block that includes a file with pymdownx.snippets (relative to site/docs/).
SNIPPET = re.compile(r'--8<-- "([^"]+)"')


def examples(language: str) -> list[tuple[str, str]]:
    """(where, code) of every block of `language` in the documents."""
    found = []
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        for match in BLOCK.finditer(text):
            if match.group(2) == language:
                line = text[: match.start()].count("\n") + 1
                where = f"{document.relative_to(ROOT)}:{line}"
                code = textwrap.dedent(match.group(3))
                if SNIPPET.fullmatch(code.strip()):
                    continue  # a whole file of site/docs/examples/, checked where it is written
                found.append((where, code))
    return found


def test_every_python_example_type_checks(tmp_path: Path, mypy_strict: MypyRun) -> None:
    blocks = examples("python")
    assert len(blocks) >= 8
    files = []
    for number, (where, code) in enumerate(blocks):
        path = tmp_path / f"example_{number}.py"
        path.write_text(f"# {where}\n{PRELUDE}\n{code}")
        files.append(path)
    result = mypy_strict(*map(str, files), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_typescript_example_compiles_under_strict(
    tmp_path: Path, typescript_installed: Path
) -> None:
    documents = [*DOCUMENTS, ROOT / "generated" / "typescript" / "README.md"]
    blocks = []
    for document in documents:
        text = document.read_text(encoding="utf-8")
        for match in BLOCK.finditer(text):
            code = textwrap.dedent(match.group(3))
            if match.group(2) in ("ts", "typescript") and not SNIPPET.fullmatch(code.strip()):
                line = text[: match.start()].count("\n") + 1
                blocks.append((f"{document.relative_to(ROOT)}:{line}", code))
    assert len(blocks) >= 5
    app = tmp_path / "app"
    install_package(app, typescript_installed)
    (app / "prelude.d.ts").write_text(TS_PRELUDE)
    files = ["prelude.d.ts"]
    for number, (where, code) in enumerate(blocks):
        name = f"example_{number}.ts"
        # Each example is a module of its own (an export makes a script one).
        (app / name).write_text(f"// {where}\n{code}\nexport {{}};\n")
        files.append(name)
    result = compile_node_app(app, files, noEmit=True, lib=["es2022", "dom"], noUnusedLocals=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_readme_starts_people_off() -> None:
    """The README is short (the site holds the reference): its own text, beside the table of
    providers that make generate writes from the spec (a row per provider), at most 215 lines;
    its TypeScript imports a provider's own entry (the root entry carries every provider), and
    it links every page it names."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # The providers table is generated from the spec and grows with it: the budget is the rest's.
    table = re.search(r"<!-- the providers: .*?<!-- end of the providers -->", readme, re.S)
    assert table is not None, "README.md has lost the markers of its providers table"
    own = readme.replace(table.group(0), "").splitlines()
    assert len(own) <= 220, f"README.md's own text has {len(own)} lines (its providers table aside)"
    imports = re.findall(r'from "(bankcodes[^"]*)"', readme)
    assert imports and all(re.fullmatch(r"bankcodes/[a-z0-9_]+(/[A-Za-z-]+)?", i) for i in imports)
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        if not target.startswith("http"):
            assert (ROOT / target).exists(), target


def _readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_says_what_a_provider_that_signs_nothing_is_given() -> None:
    """Where the README says a receiver passes secret=None (a real secret is a
    ConfigurationError), it names the providers by the word the generated providers table gives
    them, which every provider whose webhooks carry no signature has in its row, and only
    those."""
    from tests.support.helpers import spec_data

    sentence = next(p for p in _readme().split("\n\n") if "secret=None" in p)
    assert '"unsigned"' in sentence and "ConfigurationError" in sentence
    rows = {
        row.split("](")[0].removeprefix("| ["): row
        for row in _readme().splitlines()
        if row.startswith("| [")
    }
    providers = spec_data()["providers"].values()
    said = {entry["name"]: "| unsigned" in rows[entry["name"]] for entry in providers}
    unsigned = {e["name"]: e.get("signing", {}).get("scheme") == "none" for e in providers}
    assert any(unsigned.values()) and said == unsigned


def test_the_readme_says_what_sign_takes_and_where_the_test_material_is() -> None:
    paragraph = next(p for p in _readme().split("\n\n") if "bankcodes.sign(" in p)
    assert "bankcodes trigger" in paragraph and "private JWK" in paragraph
    assert "--json" in paragraph  # the secret or public key a triggered delivery verifies with


def test_the_readme_says_why_end_user_text_takes_a_pack_or_a_tag() -> None:
    paragraph = next(p for p in _readme().split("\n\n") if "`endUserText(message, words)`" in p)
    assert 'endUserText(message, "fr")' in paragraph and "one language" in paragraph


def test_the_readmes_api_error_example_starts_from_the_exception() -> None:
    section = _readme().split("## Reading an API error")[1].split("\n## ")[0]
    (block,) = re.findall(r"```python\n(.*?)```", section, re.S)
    assert "bankcodes.from_exception(error)" in block and "json.loads" not in block


def test_the_typescript_page_starts_from_provider_entries_and_says_what_the_root_costs() -> None:
    """Its first two full examples import a provider's own entry; every example importing from
    the root entry point (which carries every provider and language) is where its cost is said:
    a measurement of make bench quoted, or a link to the section quoting them."""
    page = (ROOT / "site" / "docs" / "typescript.md").read_text(encoding="utf-8")
    sections = page.split("\n## ")
    blocks = [
        (section, block)
        for section in sections
        for block in re.findall(r"```ts\n(.*?)```", section, re.S)
    ]
    provider_entry = r"bankcodes/[a-z0-9_]+(/[A-Za-z-]+)?"
    for _, block in blocks[:2]:
        imports = re.findall(r'^import (?!type ).*? from "([^"]+)";', block, re.M | re.S)
        assert imports and all(re.fullmatch(provider_entry, i) for i in imports), block[:80]
    rooted = [
        section
        for section, block in blocks
        if re.search(r'^import (?!type )[^;]*? from "bankcodes";', block, re.M)
    ]
    assert any(section.startswith("The root entry point\n") for section in rooted)
    said = ("<!-- bench value: ", "](#the-root-entry-point)")
    silent = [s.split("\n", 1)[0] for s in rooted if not any(one in s for one in said)]
    assert silent == [], "say the root entry point's cost in these sections"
