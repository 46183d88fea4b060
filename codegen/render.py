"""The Jinja environment shared by every target: strict, no autoescape, the tested filters."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined

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
    )
    env.filters.update(filters.FILTERS)
    return env


def render(template: str, **context: object) -> str:
    """Render one template with the given context."""
    return environment().get_template(template).render(**context)
