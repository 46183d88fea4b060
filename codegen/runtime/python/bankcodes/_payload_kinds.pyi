# The shape of the generated module bankcodes._payload_kinds, as bankcodes._payloads uses it.
from bankcodes._kinds import PayloadKindInfo

#: Kind -> where its models are and how its root model is chosen.
KINDS: dict[str, PayloadKindInfo]
