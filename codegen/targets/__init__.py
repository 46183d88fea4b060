"""The generation targets. Each module in this package defines one TARGET (codegen.targets.target);
adding a target means adding a module and listing it in all_targets."""

from __future__ import annotations

from codegen.targets.target import Files as Files
from codegen.targets.target import Target as Target


def all_targets() -> tuple[Target, ...]:
    from codegen.targets import (
        json_schemas,
        pydantic_models,
        python_package,
        site,
        spec_schema,
        typescript_package,
        webhook_fixtures,
    )

    return (
        json_schemas.TARGET,
        python_package.TARGET,
        pydantic_models.TARGET,
        typescript_package.TARGET,
        site.TARGET,
        webhook_fixtures.TARGET,
        spec_schema.TARGET,
    )
