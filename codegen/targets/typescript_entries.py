"""The TypeScript package's own entry point of each provider (bankcodes/<module>): its code
sets, classify and endUserText over them alone, and its listener helpers, whose results carry
categories but no metadata; its metadata apart (bankcodes/<module>/info); per provider and
language a pack of end-user words (bankcodes/<module>/<language>); and the receiver of a
provider that sends webhooks (bankcodes/<module>/webhooks, codegen/targets/typescript_receivers.py).
An app that reads one provider in one language ships that and nothing more; the root entry
point keeps everything."""

from __future__ import annotations

from typing import Any

from codegen.filters import TsExpr, ts_literal, ts_str
from codegen.model import Catalog, Code, Provider, language_of
from codegen.render import render
from codegen.resolve import LANGUAGES
from codegen.targets import typescript_modules as ts_modules
from codegen.targets import typescript_receivers as ts_receivers


def entry_points(catalog: Catalog) -> dict[str, str]:
    """Every subpath of the package and its module under src/."""
    points = {".": "index", "./webhooks": "webhooks"}
    for provider in catalog.providers:
        points[f"./{provider.module}"] = entry_module_name(provider)
        points[f"./{provider.module}/info"] = info_module_name(provider)
        for language in word_languages(provider):
            points[f"./{provider.module}/{language}"] = words_module_name(provider, language)
    for provider in ts_receivers.receiving(catalog):
        points[f"./{provider.module}/webhooks"] = ts_receivers.module_name(provider)
    return points


def word_languages(provider: Provider) -> tuple[str, ...]:
    """The languages of a provider's word packs: bankcodes' own, then the provider's language
    tags beyond them ("fr-CA"), whose packs hold its own translations."""
    tags = [tag for tag in provider.end_user_languages if tag not in LANGUAGES]
    return (*LANGUAGES, *tags)


def entry_module_name(provider: Provider) -> str:
    return f"entry-{provider.module}"


def info_module_name(provider: Provider) -> str:
    return f"info-{provider.module}"


def words_module_name(provider: Provider, language: str) -> str:
    return f"words-{provider.module}-{language}"


def entry_module(catalog: Catalog, provider: Provider) -> str:
    own = [listener for kind, listener in catalog.listeners if kind.provider.id == provider.id]
    events = [event for listener in own for event in listener.events]
    max_length = catalog.payload_limits.max_string_length
    listeners = [ts_modules.listener_view(each, max_length, metadata=False) for each in own]
    read = {code_set.ts_name for event in events for code_set in event.code_sets}
    imports = [f"{code_set.ts_name}Categories" for code_set in provider.code_sets]
    imports += [f"type {name}OrUnknown" for name in read]
    types = sorted({event.type.ts_name for event in events})
    code_sets = {cs.id: TsExpr(f"{cs.ts_name}Categories") for cs in provider.code_sets}
    # The form each code set gives to the sender's own codes, and their category.
    forms = {
        cs.id: [facts["own_codes"], facts["own_codes_category"]]
        for cs in provider.code_sets
        for facts in [{fact.name: value for fact, value in cs.carried}]
        if "own_codes" in facts
    }
    # Everything of the provider's module but its metadata, which bankcodes/<module>/info holds.
    exports = [
        name
        for cs in provider.code_sets
        for name in (
            cs.ts_name,
            f"type {cs.ts_name}OrUnknown",
            f"{cs.ts_name}Aliases",
            f"{cs.ts_name}Categories",
            f"is{cs.ts_name}",
        )
    ]
    return render(
        "typescript/entry.ts.j2",
        header=catalog.header,
        provider=provider,
        provider_id=ts_str(provider.id),
        imports=sorted(imports, key=lambda name: name.removeprefix("type ")),
        types=types,
        code_sets=ts_literal(code_sets, 0, len("const CODE_SETS: CodeSets = ;")),
        forms=forms and ts_literal(forms, 0, len("const OWN_CODES = /* @__PURE__ */ ownForms();")),
        ids=[ts_str(cs.id) for cs in provider.code_sets],
        listeners=listeners,
        checks=sorted({check for view in listeners for check in view.checks}),
        exports=exports,
    )


def info_module(catalog: Catalog, provider: Provider) -> str:
    return render(
        "typescript/info.ts.j2",
        header=catalog.header,
        provider=provider,
        names=[f"{cs.ts_name}Info" for cs in provider.code_sets],
    )


def _code_words(code: Code, language: str) -> dict[str, str] | None:
    """The root entry point's endUserText of `code` in `language` (a tag reads its language's
    words), as a pack holds it (None: no words in the language)."""
    words = code.end_user_words(language)
    if words is None:
        return None
    message, action = words
    base = language_of(language)
    by = "bankcodes" if base == "en" else "bankcodes translation"
    published = code.provider_message(language)
    if published is not None:
        field = "user_message" if base == "en" else "user_message_translations"
        shown = [w for w in code.wording if w.field == field]
        message, by = published, shown[0].by if shown else "provider"
    return {"message": message, "action": action, "messageBy": by}


def words_module(catalog: Catalog, provider: Provider, language: str) -> str:
    base = language_of(language)
    ours = "bankcodes" if base == "en" else "bankcodes translation"
    # The categories of the provider's codes, those of the sender's own codes, and "unknown",
    # which a code no set knows gets.
    used = {code.category.id for cs in provider.code_sets for code in cs.codes} | {"unknown"}
    used |= {
        str(value)
        for cs in provider.code_sets
        for fact, value in cs.carried
        if fact.name == "own_codes_category"
    }
    categories = {
        category.id: {"message": message, "action": action}
        for category in catalog.categories
        if base in category.end_user and category.id in used
        for message, action in [category.end_user[base]]
    }
    codes: dict[str, dict[str, Any]] = {}
    for code_set in provider.code_sets:
        own: dict[str, Any] = {}
        for code in code_set.codes:
            words = _code_words(code, language)
            theirs = categories.get(code.category.id)
            if words is not None and theirs is not None and words == {**theirs, "messageBy": ours}:
                continue  # the category's words, which the pack holds once
            if words is None and theirs is None:
                continue
            if words is not None and words["messageBy"] == ours:
                del words["messageBy"]  # the pack's own words: endUserText says so by default
            for spelling in code.spellings:
                own[spelling] = words
        if own:
            codes[code_set.ref] = own
    pack = {"language": language, "categories": categories, "codes": codes}
    return render(
        "typescript/words.ts.j2",
        header=catalog.header,
        provider=provider,
        language=language,
        words=ts_literal(pack, 0, len("export const words: Words = ;")),
    )
