# The shape of the generated module bankcodes.categories, as the runtime modules use it. The
# generated module has one member per category of the spec; the rules require UNKNOWN.
from bankcodes._taxonomy import Actor as Actor
from bankcodes._taxonomy import CategoryEnum

class Category(CategoryEnum):
    UNKNOWN = "unknown"
