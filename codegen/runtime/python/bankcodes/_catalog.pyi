# The shape of the generated module bankcodes._catalog, as the runtime modules use it.
from bankcodes.categories import Category

#: The version of the catalog.
VERSION: str
#: Provider id -> the name of its module.
MODULES: dict[str, str]
#: Provider id -> wire value (or alias) -> category of the first code set that knows it.
CLASSIFY: dict[str, dict[str, Category]]
