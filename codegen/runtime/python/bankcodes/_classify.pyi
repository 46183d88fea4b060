# The shape of the generated module bankcodes._classify, as the runtime modules use it.
from bankcodes.categories import Category

#: Provider id -> wire value (or alias) -> category of the first code set that knows it.
CLASSIFY: dict[str, dict[str, Category]]
