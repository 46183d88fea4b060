"""Records describing a provider's client SDK: methods, their config fields and outcomes."""

from __future__ import annotations

from bankcodes._base import CodeEnum
from bankcodes._record import Record
from bankcodes._records import Scope, Source


class ScopedRequirement(Record):
    """A required flag that holds only in a scope (a region, an SDK, a document version)."""

    required: bool
    scope: Scope
    sources: tuple[Source, ...]

    def applies(self, region: str | None, sdk: str | None) -> bool:
        """Whether this override holds for the given region and SDK (None: not restricted)."""
        return (region is None or not self.scope.regions or region in self.scope.regions) and (
            sdk is None or not self.scope.sdks or sdk in self.scope.sdks
        )


class ConfigField(Record):
    """A config field of an SDK method."""

    name: str
    required: bool
    sources: tuple[Source, ...]
    notes: str | None = None
    overrides: tuple[ScopedRequirement, ...] = ()

    def required_for(self, region: str | None = None, sdk: str | None = None) -> bool:
        """The required flag for a region and SDK: a matching override wins over the default.

        Only overrides that name the region or SDK asked for count, so the default answer
        (no region, no SDK) is the primary source's flag.
        """
        for override in self.overrides:
            named = (region is not None and region in override.scope.regions) or (
                sdk is not None and sdk in override.scope.sdks
            )
            if named and override.applies(region, sdk):
                return override.required
        return self.required


class Outcome(Record):
    """A possible callback status of a method, and what it means for that method."""

    status: CodeEnum
    description: str


class SdkMethodInfo(Record):
    """An SDK method: its config fields, outcomes and sources."""

    fields: tuple[ConfigField, ...]
    sources: tuple[Source, ...]
    outcomes: tuple[Outcome, ...] = ()
    notes: str | None = None

    def required_fields(self, region: str | None = None, sdk: str | None = None) -> tuple[str, ...]:
        """The names of the fields required for a region and SDK."""
        return tuple(field.name for field in self.fields if field.required_for(region, sdk))
