"""Target: the spec's own JSON Schema, spec/catalog.schema.json, generated from the models of
codegen.spec (codegen.spec.schema) for editors and other tools; the loader checks a spec against
the same schema. No catalog changes it, so it is no part of what a catalog renders: a data-only
generation (a golden tree) leaves it out."""

from __future__ import annotations

from codegen import paths, spec_problems
from codegen.filters import json_text
from codegen.targets.target import Files, Target

PATH = paths.SPEC_SCHEMA.relative_to(paths.ROOT).as_posix()


def schema_files() -> Files:
    # The schema the loader checked the spec against (kept while a generation runs).
    return {PATH: json_text(spec_problems.schema())}


TARGET = Target(name="spec_schema", roots=(PATH,), render=lambda catalog: {}, copies=schema_files)
