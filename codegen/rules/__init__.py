"""Semantic rules of the spec, checked after its JSON Schema and before it is resolved.

Each rule is a small function that yields problems located by JSON pointer. Pointers use the
spec's own keys and list positions, so a message leads straight to the offending entry. A spec
that passes every rule resolves and generates: whatever a target relies on is checked here. The
rules live in one module per part of the spec.
"""

from __future__ import annotations

from codegen.errors import Problem
from codegen.rules._common import Rule, code_set_of
from codegen.rules.codes import (
    categories_resolve,
    category_history_resolves,
    category_names_are_unique,
    equivalents_resolve,
    groups_resolve,
    identifiers_are_unique,
    identifiers_are_valid,
    own_codes_compile,
    replacements_resolve,
    transitions_resolve,
    values_are_unique,
    wording_resolves,
)
from codegen.rules.decisions import (
    categories_have_next_steps,
    categories_name_who_takes_their_step,
    code_facts_are_sourced,
    headers_tell_one_provider,
    provider_decisions_resolve,
    statuses_have_states,
)
from codegen.rules.embeds import embedded_bodies_resolve
from codegen.rules.examples import examples_say_what_decides_them
from codegen.rules.extract import extractors_resolve
from codegen.rules.listeners import listeners_resolve
from codegen.rules.names import generated_names_are_free, names_are_unique
from codegen.rules.payloads import (
    payloads_resolve,
    recognition_is_distinctive,
    sdk_shapes_resolve,
    shapes_agree_with_lifecycles,
)
from codegen.rules.references import references_resolve
from codegen.rules.sources import (
    deliveries_resolve,
    sdk_resolves,
    signing_goes_with_delivery,
    source_urls_name_one_place,
    sources_are_complete,
    sources_are_pinned,
    standards_are_told_from_providers,
)
from codegen.rules.words import (
    end_user_words_address_the_customer,
    retry_is_offered_only_where_the_end_user_can,
)
from codegen.spec import Catalog

__all__ = ["RULES", "Rule", "check", "code_set_of"]


def check(catalog: Catalog) -> list[Problem]:
    """Every problem that the rules find, sorted by location."""
    return sorted({problem for rule in RULES for problem in rule(catalog)})


RULES: tuple[Rule, ...] = (
    references_resolve,
    identifiers_are_valid,
    signing_goes_with_delivery,
    standards_are_told_from_providers,
    values_are_unique,
    identifiers_are_unique,
    categories_resolve,
    own_codes_compile,
    category_history_resolves,
    equivalents_resolve,
    category_names_are_unique,
    sources_are_complete,
    source_urls_name_one_place,
    sources_are_pinned,
    wording_resolves,
    sdk_shapes_resolve,
    groups_resolve,
    replacements_resolve,
    transitions_resolve,
    names_are_unique,
    sdk_resolves,
    payloads_resolve,
    deliveries_resolve,
    generated_names_are_free,
    listeners_resolve,
    recognition_is_distinctive,
    examples_say_what_decides_them,
    embedded_bodies_resolve,
    extractors_resolve,
    shapes_agree_with_lifecycles,
    end_user_words_address_the_customer,
    retry_is_offered_only_where_the_end_user_can,
    categories_have_next_steps,
    categories_name_who_takes_their_step,
    statuses_have_states,
    code_facts_are_sourced,
    provider_decisions_resolve,
    headers_tell_one_provider,
)
