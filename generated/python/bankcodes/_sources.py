# generated from spec/catalog.json — do not edit (run `make generate`)
"""Every document the catalog's facts come from, by id."""

from __future__ import annotations

from bankcodes._base import Source

#: Every document, by id.
SOURCES: dict[str, Source] = {
    "seed-000": Source(
        "seed-000",
        "seed",
        "Lean: LinkSDK statuses",
        url="https://docs.leantech.me/v2.0-KSA/docs/linksdk-statuses",
        seed="000_9f1a0e3425c16444.txt",
    ),
    "seed-001": Source(
        "seed-001",
        "seed",
        "Flinks: Status and Flinks Code (Authorize endpoint)",
        url="https://help.flinks.com/support/solutions/articles/43000436119-status-and-flinks-code-authorize-endpoint",
        seed="001_65451f0f50dd2a55.txt",
    ),
    "seed-002": Source(
        "seed-002",
        "seed",
        "Lean: Flows Reference",
        url="https://docs.leantech.me/v2.0-KSA/docs/flows-reference",
        seed="002_ade94be52be323f7.txt",
    ),
    "seed-003": Source(
        "seed-003",
        "seed",
        "Argyle: Bank connection errors",
        url="https://docs.argyle.com/api-reference/bank-connection-errors",
        seed="003_686140934127f979.txt",
    ),
    "seed-004": Source(
        "seed-004",
        "seed",
        "Flinks: Flinks Connect handled errors",
        url="https://docs.flinks.com/guides/connect/flinks-connect/handled-errors",
        seed="004_e14d5592085f96cc.txt",
    ),
    "lean-linksdk-statuses-ksa": Source(
        "lean-linksdk-statuses-ksa",
        "doc",
        "Lean: LinkSDK statuses, KSA (8-row version of the page)",
        url="https://docs.leantech.me/v2.0-KSA/docs/linksdk-statuses",
    ),
    "lean-flows-reference": Source(
        "lean-flows-reference",
        "doc",
        "Lean: Flows Reference (method index)",
        url="https://docs.leantech.me/docs/flows-reference",
    ),
    "lean-config-reference": Source(
        "lean-config-reference",
        "doc",
        "Lean: Config reference",
        url="https://docs.leantech.me/docs/config-reference",
    ),
    "lean-consent-management": Source(
        "lean-consent-management",
        "doc",
        "Lean: Consent management",
        url="https://docs.leantech.me/docs/consent-management",
    ),
    "lean-consent-lifecycle": Source(
        "lean-consent-lifecycle",
        "doc",
        "Lean: Consent lifecycle",
        url="https://docs.leantech.me/docs/consent-lifecycle",
    ),
    "lean-revoke-consent": Source(
        "lean-revoke-consent",
        "doc",
        "Lean: Revoke consent (API reference)",
        url="https://docs.leantech.me/reference/revokeconsent",
    ),
    "lean-webhook-structure": Source(
        "lean-webhook-structure",
        "doc",
        "Lean: Webhook structure",
        url="https://docs.leantech.me/docs/webhook-structure",
    ),
    "lean-webhooks": Source(
        "lean-webhooks",
        "doc",
        "Lean: Webhooks (signing, retries)",
        url="https://docs.leantech.me/docs/webhooks",
    ),
    "lean-webhook-library": Source(
        "lean-webhook-library",
        "doc",
        "Lean: Webhook library",
        url="https://docs.leantech.me/docs/webhook-library",
    ),
    "lean-webhook-library-ksa": Source(
        "lean-webhook-library-ksa",
        "doc",
        "Lean: Webhook library (KSA)",
        url="https://docs.leantech.me/v2.0-KSA/docs/webhook-library",
    ),
    "lean-handle-expired-consent": Source(
        "lean-handle-expired-consent",
        "doc",
        "Lean: Handle expired consent (KSA)",
        url="https://docs.leantech.me/v2.0-KSA/docs/handle-expired-consent",
    ),
    "lean-handling-reconnects": Source(
        "lean-handling-reconnects",
        "doc",
        "Lean: Handling reconnects",
        url="https://docs.leantech.me/docs/handling-reconnects",
    ),
    "lean-async-requests": Source(
        "lean-async-requests",
        "doc",
        "Lean: Handling asynchronous requests",
        url="https://docs.leantech.me/docs/handling-asynchronous-requests",
    ),
    "lean-migrating-data-store": Source(
        "lean-migrating-data-store",
        "doc",
        "Lean: Migrating to Data Store",
        url="https://docs.leantech.me/docs/migrating-to-data-store",
    ),
    "lean-payment-statuses": Source(
        "lean-payment-statuses",
        "doc",
        "Lean: Payment status lifecycle",
        url="https://docs.leantech.me/docs/payment-statuses",
    ),
    "lean-payment-lifecycle": Source(
        "lean-payment-lifecycle",
        "doc",
        "Lean: Payment statuses (payment lifecycle)",
        url="https://docs.leantech.me/docs/payment-lifecycle",
    ),
    "lean-general-errors": Source(
        "lean-general-errors",
        "doc",
        "Lean: General errors",
        url="https://docs.leantech.me/reference/general-errors",
    ),
    "lean-data-errors-ksa": Source(
        "lean-data-errors-ksa",
        "doc",
        "Lean: Data-specific errors (KSA)",
        url="https://docs.leantech.me/v2.0-KSA/reference/data-specific-errors",
    ),
    "lean-web-ksa": Source(
        "lean-web-ksa",
        "doc",
        "Lean: Web SDK (KSA)",
        url="https://docs.leantech.me/v2.0-KSA/docs/web",
    ),
    "lean-web-readme-uae": Source(
        "lean-web-readme-uae",
        "repo",
        "Lean: Web LinkSDK v2 README (UAE)",
        url="https://github.com/leantechnologies/lean-postman/blob/b883f2818f8f1c79e036596e6eb38147dd192f38/UAE/LinkSDK/README.md",
    ),
    "lean-web-readme-ksa": Source(
        "lean-web-readme-ksa",
        "repo",
        "Lean: Web LinkSDK v2 README (KSA)",
        url="https://github.com/leantechnologies/lean-postman/blob/b883f2818f8f1c79e036596e6eb38147dd192f38/KSA/LinkSDK/README.md",
    ),
    "lean-postman-uae-webhooks": Source(
        "lean-postman-uae-webhooks",
        "repo",
        "Lean: sample webhook payloads (UAE)",
        url="https://github.com/leantechnologies/lean-postman/tree/HEAD/UAE/Webhooks",
    ),
    "lean-postman-ksa-webhooks": Source(
        "lean-postman-ksa-webhooks",
        "repo",
        "Lean: sample webhook payloads (KSA)",
        url="https://github.com/leantechnologies/lean-postman/tree/HEAD/KSA/Webhooks",
    ),
    "lean-rn-sdk-types": Source(
        "lean-rn-sdk-types",
        "repo",
        "Lean: React Native SDK types (sdk.ts)",
        url="https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/types/sdk.ts",
    ),
    "lean-rn-methods": Source(
        "lean-rn-methods",
        "repo",
        "Lean: React Native SDK method configs (methods.ts)",
        url="https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/types/methods.ts",
    ),
    "lean-rn-enums": Source(
        "lean-rn-enums",
        "repo",
        "Lean: React Native SDK enums (enums.ts)",
        url="https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/types/enums.ts",
    ),
    "lean-rn-readme": Source(
        "lean-rn-readme",
        "repo",
        "Lean: React Native SDK README",
        url="https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/Readme.md",
    ),
    "lean-rn-readme-legacy": Source(
        "lean-rn-readme-legacy",
        "repo",
        "Lean: React Native SDK README (legacy callback with method)",
        url="https://github.com/leantechnologies/link-sdk-react-native/blob/08c1132b4474c0516279dcc2dd3730e1d457dc5b/Readme.md",
    ),
    "lean-flutter-sdk": Source(
        "lean-flutter-sdk",
        "doc",
        "Lean: Flutter SDK, LeanSDK class",
        url="https://pub.dev/documentation/lean_sdk_flutter/latest/lean/LeanSDK-class.html",
    ),
    "flinks-error-codes-legacy": Source(
        "flinks-error-codes-legacy",
        "doc",
        "Flinks: Error codes (readme-era API reference)",
        url="https://docs.flinks.com/reference/error-codes",
    ),
    "flinks-authorize-error-codes": Source(
        "flinks-authorize-error-codes",
        "doc",
        "Flinks: Authorize error codes (current)",
        url="https://docs.flinks.com/api/authorize/error-codes",
    ),
    "flinks-enrich-error-codes": Source(
        "flinks-enrich-error-codes",
        "doc",
        "Flinks: Enrich (Attributes) error codes",
        url="https://docs.flinks.com/api/enrich/error-codes",
    ),
    "flinks-authorize-troubleshooting": Source(
        "flinks-authorize-troubleshooting",
        "doc",
        "Flinks: Authorize troubleshooting",
        url="https://docs.flinks.com/api/authorize/troubleshooting",
    ),
    "flinks-events": Source(
        "flinks-events",
        "doc",
        "Flinks: Flinks Connect events",
        url="https://docs.flinks.com/docs/events",
    ),
    "flinks-use-event-listener": Source(
        "flinks-use-event-listener",
        "doc",
        "Flinks: Use an Event Listener",
        url="https://docs.flinks.com/guides/connect/flinks-connect/use-event-listener",
    ),
    "flinks-successful-connection": Source(
        "flinks-successful-connection",
        "doc",
        "Flinks: How to handle a successful connection",
        url="https://docs.flinks.com/docs/how-to-handle-a-successful-connection",
    ),
    "flinks-connect-integrations": Source(
        "flinks-connect-integrations",
        "third-party",
        "Public Flinks Connect integrations (event names seen in their listeners)",
    ),
    "flinks-test-institution": Source(
        "flinks-test-institution",
        "doc",
        "Flinks: Test institution (FlinksCapital)",
        url="https://docs.flinks.com/docs/test-institution",
    ),
    "flinks-webhooks-intro": Source(
        "flinks-webhooks-intro",
        "doc",
        "Flinks: Webhooks introduction",
        url="https://docs.flinks.com/guides/webhooks/introduction",
    ),
    "flinks-kyc": Source(
        "flinks-kyc", "doc", "Flinks: KYC", url="https://docs.flinks.com/reference/kyc"
    ),
    "flinks-hmac": Source(
        "flinks-hmac", "doc", "Flinks: HMAC", url="https://docs.flinks.com/reference/hmac"
    ),
    "flinks-hmac-validation": Source(
        "flinks-hmac-validation",
        "doc",
        "Flinks: HMAC validation guide",
        url="https://docs.flinks.com/guides/webhooks/hmac-validation",
    ),
    "flinks-getaccountsdetail": Source(
        "flinks-getaccountsdetail",
        "doc",
        "Flinks: GetAccountsDetail",
        url="https://docs.flinks.com/reference/getaccountsdetail",
    ),
    "argyle-verifications": Source(
        "argyle-verifications",
        "doc",
        "Argyle: Verifications (object)",
        url="https://docs.argyle.com/api-reference/verifications",
    ),
    "argyle-verifications-webhooks": Source(
        "argyle-verifications-webhooks",
        "doc",
        "Argyle: Verifications webhooks",
        url="https://docs.argyle.com/api-reference/verifications-webhooks",
    ),
    "argyle-webhook-updated": Source(
        "argyle-webhook-updated",
        "doc",
        "Argyle: verifications.updated webhook",
        url="https://docs.argyle.com/api-reference/verifications-webhooks/updated",
    ),
    "argyle-webhook-creation-failed": Source(
        "argyle-webhook-creation-failed",
        "doc",
        "Argyle: verifications.creation_failed webhook",
        url="https://docs.argyle.com/api-reference/verifications-webhooks/creation-failed",
    ),
    "argyle-webhooks-guide": Source(
        "argyle-webhooks-guide",
        "doc",
        "Argyle: Webhooks reference",
        url="https://docs.argyle.com/guides/reference/webhooks",
    ),
    "argyle-legacy-webhooks": Source(
        "argyle-legacy-webhooks",
        "doc",
        "Argyle: Webhooks overview (legacy)",
        url="https://docs.argyle.com/legacy/api-reference/webhooks-overview",
    ),
    "argyle-openapi-verifications": Source(
        "argyle-openapi-verifications",
        "third-party",
        "Argyle Verifications API OpenAPI (api-evangelist mirror)",
        url="https://github.com/api-evangelist/argyle/blob/38aa1c12bcfb6a70a44f90c9926cb1aba9342bf6/openapi/argyle-verifications-api-openapi.yml",
    ),
    "argyle-openapi-webhooks": Source(
        "argyle-openapi-webhooks",
        "third-party",
        "Argyle Webhooks API OpenAPI (api-evangelist mirror)",
        url="https://github.com/api-evangelist/argyle/blob/38aa1c12bcfb6a70a44f90c9926cb1aba9342bf6/openapi/argyle-webhooks-api-openapi.yml",
    ),
}
