"""The codes' reference text for assistants (site/docs/reference/codes.txt): every code set, in
the site's order, with each code's wire value, category, whether a program may retry and whether
the end user can, its description and its section on the site. site/build.py publishes it as
llms-full.txt after its instructions for assistants, its links absolute where the site has an
address, and leaves the file itself out of the site."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.model import REFERENCE, Catalog, Code, CodeSet
from codegen.targets.site import pages
from codegen.targets.site.cells import yes_no
from codegen.targets.target import Files

FILE = "codes.txt"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _code(code: Code) -> str:
    named = f" ({code.identifier})" if code.identifier != str(code.value) else ""
    facts = (
        f"category {code.category.id}; retryable: {yes_no(code.retryable)}; "
        f"the end user can retry: {yes_no(code.end_user_can_retry)}"
    )
    deprecated = f" {code.lifecycle.state.capitalize()}." if code.lifecycle is not None else ""
    return (
        f"- `{code.value}`{named}: {facts}. {_one_line(code.text)}{deprecated} "
        f"[Section]({REFERENCE}/{code.page})"
    )


def _code_set(code_set: CodeSet) -> Iterator[str]:
    yield f"## {code_set.provider.name}: {code_set.title}"
    yield ""
    yield (
        f"Wire field `{code_set.field}`. {_one_line(code_set.description)} "
        f"[Page]({REFERENCE}/{code_set.page}/)"
    )
    yield ""
    yield from (_code(code) for code in code_set.codes)
    yield ""


def files(catalog: Catalog) -> Files:
    lines = [f"<!-- {catalog.header} -->", ""]
    for code_set in catalog.code_sets:
        lines += _code_set(code_set)
    return {f"{pages.ROOT}/{FILE}": "\n".join(lines)}
