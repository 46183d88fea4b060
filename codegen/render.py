"""The Jinja environment shared by every target: strict, no autoescape, the tested filters."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from codegen import filters, paths


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(paths.TEMPLATES),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # A generation reads each template once: Jinja need not stat its file at every use.
        auto_reload=False,
        # The templates compiled once per machine (Jinja's per-user cache folder, keyed by each
        # template's source): every generation renders the same bytes, without compiling them.
        bytecode_cache=FileSystemBytecodeCache(),
    )
    env.filters.update(filters.FILTERS)
    return env


def render(template: str, **context: object) -> str:
    """Render one template with the given context."""
    return environment().get_template(template).render(**context)
