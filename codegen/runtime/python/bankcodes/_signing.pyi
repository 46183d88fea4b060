# The shape of the generated module bankcodes._signing, as bankcodes.signatures and
# bankcodes.delivery use it.
from bankcodes._schemes import Delivery, Scheme

#: Provider id -> how the provider authenticates its webhooks.
SCHEMES: dict[str, Scheme]
#: Provider id -> how the provider delivers its webhooks.
DELIVERY: dict[str, Delivery]
