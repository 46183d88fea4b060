# The shape of the generated module bankcodes._test_deliveries, as bankcodes._cli_trigger uses it.

#: Provider id -> its webhook examples: (event name, title, raw body), the first the default.
EXAMPLES: dict[str, tuple[tuple[str, str, str], ...]]
#: Provider id -> its published test secret (for a provider that signs with one).
TEST_SECRETS: dict[str, str]
#: The published P-256 test key pair, as JWKs.
TEST_PRIVATE_JWK: dict[str, str]
TEST_PUBLIC_JWK: dict[str, str]
#: The published P-521 test key pair of the JWS providers, as JWKs.
TEST_JWS_PRIVATE_JWK: dict[str, str]
TEST_JWS_PUBLIC_JWK: dict[str, str]
#: The path a test delivery is posted to (a JWS signs it).
TEST_PATH: str
WARNING: str
