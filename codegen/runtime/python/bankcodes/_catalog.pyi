# The shape of the generated module bankcodes._catalog, as the runtime modules use it.

#: The version of the catalog.
VERSION: str
#: Provider id -> the name of its module.
MODULES: dict[str, str]
#: The languages of bankcodes' words for the end user (English and its translations).
LANGUAGES: tuple[str, ...]
