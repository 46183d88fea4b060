// generated from spec/catalog.json — do not edit (run `make generate`)
import type { Source } from "./shapes.js";

/** Every document the catalog's facts come from, by id. */
export const Sources = {
  "seed-000": {
    title: "Lean: LinkSDK statuses",
    url: "https://docs.leantech.me/v2.0-KSA/docs/linksdk-statuses",
  },
  "seed-001": {
    title: "Flinks: Status and Flinks Code (Authorize endpoint)",
    url: "https://help.flinks.com/support/solutions/articles/43000436119-status-and-flinks-code-authorize-endpoint",
  },
  "seed-002": {
    title: "Lean: Flows Reference",
    url: "https://docs.leantech.me/v2.0-KSA/docs/flows-reference",
  },
  "seed-003": {
    title: "Argyle: Bank connection errors",
    url: "https://docs.argyle.com/api-reference/bank-connection-errors",
  },
  "seed-004": {
    title: "Flinks: Flinks Connect handled errors",
    url: "https://docs.flinks.com/guides/connect/flinks-connect/handled-errors",
  },
  "lean-linksdk-statuses-ksa": {
    title: "Lean: LinkSDK statuses, KSA (8-row version of the page)",
    url: "https://docs.leantech.me/v2.0-KSA/docs/linksdk-statuses",
  },
  "lean-flows-reference": {
    title: "Lean: Flows Reference (method index)",
    url: "https://docs.leantech.me/docs/flows-reference",
  },
  "lean-config-reference": {
    title: "Lean: Config reference",
    url: "https://docs.leantech.me/docs/config-reference",
  },
  "lean-working-with-payment-sources": {
    title: "Lean: Working with Payment Sources",
    url: "https://docs.leantech.me/docs/creating-a-payment-source",
    readInPart: "Its overview and the start of Creating the Payment Source (the LinkSDK .connect() call) were read; the rest of the page was not read.",
  },
  "lean-consent-management": {
    title: "Lean: Consent management",
    url: "https://docs.leantech.me/docs/consent-management",
  },
  "lean-help-pending-with-bank": {
    title: "Lean Help Center: what PENDING_WITH_BANK specifies",
    url: "https://help.leantech.me/article/when-a-payment-initiation-has-been-completed-what-does-the-status-pending-with-bank-specify",
  },
  "lean-consent-lifecycle": {
    title: "Lean: Consent lifecycle",
    url: "https://docs.leantech.me/docs/consent-lifecycle",
  },
  "lean-revoke-consent": {
    title: "Lean: Revoke consent (API reference)",
    url: "https://docs.leantech.me/reference/revokeconsent",
  },
  "lean-webhook-structure": {
    title: "Lean: Webhook structure",
    url: "https://docs.leantech.me/docs/webhook-structure",
  },
  "lean-webhooks": {
    title: "Lean: Webhooks (signing, retries)",
    url: "https://docs.leantech.me/docs/webhooks",
  },
  "lean-webhook-library": {
    title: "Lean: Webhook library",
    url: "https://docs.leantech.me/docs/webhook-library",
  },
  "lean-webhook-library-ksa": {
    title: "Lean: Webhook library (KSA)",
    url: "https://docs.leantech.me/v2.0-KSA/docs/webhook-library",
  },
  "lean-handle-expired-consent": {
    title: "Lean: Handle expired consent (KSA)",
    url: "https://docs.leantech.me/v2.0-KSA/docs/handle-expired-consent",
  },
  "lean-handling-reconnects": {
    title: "Lean: Handling reconnects",
    url: "https://docs.leantech.me/docs/handling-reconnects",
  },
  "lean-async-requests": {
    title: "Lean: Handling asynchronous requests",
    url: "https://docs.leantech.me/docs/handling-asynchronous-requests",
  },
  "lean-migrating-data-store": {
    title: "Lean: Data workflow (the page at migrating-to-data-store)",
    url: "https://docs.leantech.me/docs/migrating-to-data-store",
    readInPart: "The copy read ends before the page's text on the PENDING status of a data refresh; the rest of the page was not read.",
  },
  "lean-payment-statuses": {
    title: "Lean: Payment status lifecycle",
    url: "https://docs.leantech.me/docs/payment-statuses",
    readInPart: "The copy read is cut inside the payment.updated example: the rest of the page, any list of statuses among it, was not read.",
  },
  "lean-payment-lifecycle": {
    title: "Lean: Payment statuses (payment lifecycle)",
    url: "https://docs.leantech.me/docs/payment-lifecycle",
    readInPart: "A stored copy of the page, read from its start to the heading Payment lifecycle notifications: its flowchart and the four statuses' descriptions, whole; the notifications section and its webhook example were not read.",
  },
  "lean-general-errors": {
    title: "Lean: General errors",
    url: "https://docs.leantech.me/reference/general-errors",
    readInPart: "The copy read ends inside the description of RATE_LIMIT_EXCEEDED: the rest of that row and the rows after it were not read.",
  },
  "lean-data-errors-ksa": {
    title: "Lean: Data-specific errors (KSA)",
    url: "https://docs.leantech.me/v2.0-KSA/reference/data-specific-errors",
    readInPart: "The copy read ends inside the DUPLICATED_REQUEST row (after \"before making an\"): the rest of that row and the rows after it were not read.",
  },
  "lean-web-ksa": {
    title: "Lean: Web SDK (KSA)",
    url: "https://docs.leantech.me/v2.0-KSA/docs/web",
  },
  "lean-web-readme-uae": {
    title: "Lean: Web LinkSDK v2 README (UAE)",
    url: "https://github.com/leantechnologies/lean-postman/blob/b883f2818f8f1c79e036596e6eb38147dd192f38/UAE/LinkSDK/README.md",
  },
  "lean-web-readme-ksa": {
    title: "Lean: Web LinkSDK v2 README (KSA)",
    url: "https://github.com/leantechnologies/lean-postman/blob/b883f2818f8f1c79e036596e6eb38147dd192f38/KSA/LinkSDK/README.md",
  },
  "lean-postman-uae-webhooks": {
    title: "Lean: sample webhook payloads (UAE)",
    url: "https://github.com/leantechnologies/lean-postman/tree/b883f2818f8f1c79e036596e6eb38147dd192f38/UAE/Webhooks",
  },
  "lean-postman-ksa-webhooks": {
    title: "Lean: sample webhook payloads (KSA)",
    url: "https://github.com/leantechnologies/lean-postman/tree/b883f2818f8f1c79e036596e6eb38147dd192f38/KSA/Webhooks",
  },
  "lean-postman-reconciliation": {
    title: "Lean: sample payment.reconciliation.updated delivery (UAE)",
    url: "https://github.com/leantechnologies/lean-postman/blob/402f672d7cc3da0b675b9c237e5c31fa325dd656/UAE/Webhooks/payment.reconciliation.updated.json",
  },
  "lean-rn-sdk-types": {
    title: "Lean: React Native SDK types (sdk.ts)",
    url: "https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/types/sdk.ts",
  },
  "lean-rn-methods": {
    title: "Lean: React Native SDK method configs (methods.ts)",
    url: "https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/types/methods.ts",
  },
  "lean-rn-enums": {
    title: "Lean: React Native SDK enums (enums.ts)",
    url: "https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/types/enums.ts",
  },
  "lean-rn-readme": {
    title: "Lean: React Native SDK README",
    url: "https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/Readme.md",
  },
  "lean-rn-readme-legacy": {
    title: "Lean: React Native SDK README (legacy callback with method)",
    url: "https://github.com/leantechnologies/link-sdk-react-native/blob/08c1132b4474c0516279dcc2dd3730e1d457dc5b/Readme.md",
  },
  "lean-rn-web-client": {
    title: "Lean: React Native SDK redirect reader (LeanWebClient.ts)",
    url: "https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/components/LinkSDK/LeanWebClient.ts",
  },
  "lean-flutter-types": {
    title: "Lean: Flutter SDK types (lean_types.dart, LeanResponse)",
    url: "https://github.com/leantechnologies/link-sdk-flutter/blob/2202373614cd1757f3486ad392f9c7bbd708ee18/lib/lean_types.dart",
  },
  "lean-flutter-web-client": {
    title: "Lean: Flutter SDK redirect reader (lean_web_client.dart)",
    url: "https://github.com/leantechnologies/link-sdk-flutter/blob/2202373614cd1757f3486ad392f9c7bbd708ee18/lib/lean_web_client.dart",
  },
  "lean-ios-readme": {
    title: "Lean: iOS SDK README (LeanStatus)",
    url: "https://github.com/leantechnologies/link-sdk-ios-distribution/blob/5d805a67ddd5107461ad149c567d4717376429a8/README.md",
  },
  "lean-android-doc": {
    title: "Lean: Android SDK (Lean.Listener and Lean.Response)",
    url: "https://docs.leantech.me/docs/android",
  },
  "lean-flutter-sdk": {
    title: "Lean: Flutter SDK, LeanSDK class",
    url: "https://pub.dev/documentation/lean_sdk_flutter/latest/lean/LeanSDK-class.html",
  },
  "flinks-error-codes-legacy": {
    title: "Flinks: Error codes (readme-era API reference)",
    url: "https://docs.flinks.com/reference/error-codes",
  },
  "flinks-authorize-error-codes": {
    title: "Flinks: Authorize error codes (current)",
    url: "https://docs.flinks.com/api/authorize/error-codes",
  },
  "flinks-enrich-error-codes": {
    title: "Flinks: Enrich (Attributes) error codes",
    url: "https://docs.flinks.com/api/enrich/error-codes",
  },
  "flinks-authorize-troubleshooting": {
    title: "Flinks: Authorize troubleshooting",
    url: "https://docs.flinks.com/api/authorize/troubleshooting",
  },
  "flinks-events": {
    title: "Flinks: Flinks Connect events",
    url: "https://docs.flinks.com/docs/events",
    readInPart: "The copies read list the events as far as ENHANCED_MFA_NO_QUESTIONS: the events after it and the rest of the page were not read.",
  },
  "flinks-use-event-listener": {
    title: "Flinks: Use an Event Listener",
    url: "https://docs.flinks.com/guides/connect/flinks-connect/use-event-listener",
  },
  "flinks-successful-connection": {
    title: "Flinks: How to handle a successful connection",
    url: "https://docs.flinks.com/docs/how-to-handle-a-successful-connection",
  },
  "flinks-connect-widget": {
    title: "Flinks: Flinks Connect widget (iframe URL)",
    url: "https://docs.flinks.com/guides/connect/flinks-connect/widget",
  },
  "flinks-bank-accout-listener": {
    title: "yashkhalash/flinks-bank-accout: Flinks Connect listener (public/app.js: the step names it maps, its TOKEN_INVALID reload with a new authorize token, its origin check)",
    url: "https://github.com/yashkhalash/flinks-bank-accout/blob/c7fd4a59ad807297b71a48ba8e04a7dd576011fa/public/app.js",
  },
  "bankcodes-release-1-0-0": {
    title: "bankcodes 1.0.0 as released (spec/released/1.0.0.json of this repository): the only record of a value no Flinks page or public integration shows",
    url: null,
  },
  "flinks-oauth-article": {
    title: "Flinks: Flinks Connect & OAuth Integration (Web + Mobile), help centre",
    url: "https://flinks.freshdesk.com/support/solutions/articles/43000765797-flinks-connect-oauth-integration-web-mobile-",
  },
  "flinks-get-accounts-detail-async": {
    title: "Flinks: /GetAccountsDetailAsync endpoint",
    url: "https://docs.flinks.com/api/connect/endpoints/account-linking/get-accounts-detail-async",
  },
  "flinks-ruby-client-test": {
    title: "A public Flinks Ruby client's tests (a 401 UNAUTHORIZED body for a bad auth key)",
    url: "https://github.com/mmroz/flinks/blob/a1ef7ae56b88b85ee31b55b4ee63cf311e1f0e95/test/test_flinks.rb",
  },
  "argyle-account-connection-errors-page": {
    title: "Argyle: Account connection errors",
    url: "https://docs.argyle.com/api-reference/account-connection-errors",
    readInPart: "A stored copy of the page from its overview to the common causes of account_not_found: the user messages, API messages and troubleshooting steps of every code, and every code after account_not_found (from all_employers_connected on), were not read.",
  },
  "argyle-bank-connection-errors-page": {
    title: "Argyle: Bank connection errors (troubleshooting steps on the live page)",
    url: "https://docs.argyle.com/api-reference/bank-connection-errors",
  },
  "flinks-test-institution": {
    title: "Flinks: Test institution (FlinksCapital)",
    url: "https://docs.flinks.com/docs/test-institution",
  },
  "flinks-webhooks-intro": {
    title: "Flinks: Webhooks introduction",
    url: "https://docs.flinks.com/guides/webhooks/introduction",
  },
  "flinks-connect-webhooks": {
    title: "Flinks: Connect webhooks (delivery)",
    url: "https://docs.flinks.com/api/connect/webhooks",
  },
  "argyle-api-guide-webhooks": {
    title: "Argyle: Webhooks guide (delivery addresses)",
    url: "https://docs.argyle.com/api-guide/webhooks",
  },
  "flinks-kyc": { title: "Flinks: KYC", url: "https://docs.flinks.com/reference/kyc" },
  "flinks-hmac": { title: "Flinks: HMAC", url: "https://docs.flinks.com/reference/hmac" },
  "flinks-hmac-validation": {
    title: "Flinks: HMAC validation guide",
    url: "https://docs.flinks.com/guides/webhooks/hmac-validation",
  },
  "flinks-getaccountsdetail": {
    title: "Flinks: GetAccountsDetail",
    url: "https://docs.flinks.com/reference/getaccountsdetail",
  },
  "argyle-verifications": {
    title: "Argyle: Verifications (object)",
    url: "https://docs.argyle.com/api-reference/verifications",
  },
  "argyle-accounts-webhooks": {
    title: "Argyle: Accounts webhooks",
    url: "https://docs.argyle.com/api-reference/accounts-webhooks",
    readInPart: "Stored copies of the page from its start through Added (its events, subscription fields and example) to the start of Updated (its description, and that it is sent whenever accounts.connected and accounts.failed are); the rest of the page, with any further account event, was not read.",
  },
  "argyle-verifications-webhooks": {
    title: "Argyle: Verifications webhooks",
    url: "https://docs.argyle.com/api-reference/verifications-webhooks",
    readInPart: "The copies read end in the page's request body and example sections: any section after them was not read.",
  },
  "argyle-webhook-updated": {
    title: "Argyle: verifications.updated webhook",
    url: "https://docs.argyle.com/api-reference/verifications-webhooks/updated",
  },
  "argyle-webhook-creation-failed": {
    title: "Argyle: verifications.creation_failed webhook",
    url: "https://docs.argyle.com/api-reference/verifications-webhooks/creation-failed",
  },
  "argyle-webhooks-guide": {
    title: "Argyle: Webhooks reference",
    url: "https://docs.argyle.com/guides/reference/webhooks",
  },
  "argyle-legacy-webhooks": {
    title: "Argyle: Webhooks overview (legacy)",
    url: "https://docs.argyle.com/legacy/api-reference/webhooks-overview",
  },
  "argyle-json-schema-verification-status": {
    title: "Argyle verification status schema (api-evangelist mirror of Argyle's OpenAPI descriptions)",
    url: "https://github.com/api-evangelist/argyle/blob/5ea127841f80369de437adb6d3cae722d263e0eb/json-schema/clientverificationstatus.json",
  },
  "argyle-openapi-verifications": {
    title: "Argyle Verifications API OpenAPI (api-evangelist mirror)",
    url: "https://github.com/api-evangelist/argyle/blob/5ea127841f80369de437adb6d3cae722d263e0eb/openapi/argyle-verifications-api-openapi.yml",
  },
  "argyle-openapi-webhooks": {
    title: "Argyle Webhooks API OpenAPI (api-evangelist mirror)",
    url: "https://github.com/api-evangelist/argyle/blob/5ea127841f80369de437adb6d3cae722d263e0eb/openapi/argyle-webhooks-api-openapi.yml",
  },
  "argyle-link-flutter-changelog": {
    title: "Argyle Link Flutter SDK: its changelog (CHANGELOG.md)",
    url: "https://github.com/argyle-systems/argyle-link-flutter/blob/2a9c2293e95fc064235c47cf9c9181cd4ef2ecfc/CHANGELOG.md",
  },
  "argyle-openapi-third-party": {
    title: "Argyle API OpenAPI document (docs.argyle.com), as a third party keeps a copy of it: api-evangelist/argyle, openapi/_original/argyle-api-openapi.yml (no first-party copy was read)",
    url: "https://github.com/api-evangelist/argyle/blob/5ea127841f80369de437adb6d3cae722d263e0eb/openapi/_original/argyle-api-openapi.yml",
  },
  "argyle-api-introduction": {
    title: "Argyle: API reference introduction (authentication and its 401 bodies)",
    url: "https://docs.argyle.com/guides/reference/introduction",
    readInPart: "A stored copy of the page from its start through Authentication (its two 401 bodies) and the start of Environments; the errors, rate-limiting and later sections were not read.",
  },
  "argyle-api-guide-overview": {
    title: "Argyle: API guide overview (API keys and environments, API v2)",
    url: "https://docs.argyle.com/api-guide/overview",
    readInPart: "A stored copy of the page from its start through Authentication and Environments to the start of Data availability; the rest was not read.",
  },
  "plaid-openapi": {
    title: "Plaid OpenAPI description, 2020-09-14.yml",
    url: "https://github.com/plaid/plaid-openapi/blob/26f1a0588c12e765e99c815300d94eae0a3c7dc1/2020-09-14.yml",
  },
  "plaid-rn-sdk-types": {
    title: "Plaid React Native Link SDK types (ReactNativePlaidLinkSdk.types.ts)",
    url: "https://github.com/plaid/react-native-plaid-link-sdk/blob/56b62315fad86c98337541ef55fd55549e0d434a/src/ReactNativePlaidLinkSdk.types.ts",
  },
  "plaid-errors-copy": {
    title: "Plaid error reference pages as copied on 2024-10-19 (plaid_error_codes.jsonl)",
    url: "https://github.com/brenfrrs/plaid_error_codes/blob/c1fbd81c255e0ecc0b37e6d6a39c621386c78c57/plaid_error_codes.jsonl",
  },
  "plaid-errors": { title: "Plaid Docs: Errors", url: "https://plaid.com/docs/errors/" },
  "plaid-errors-api": {
    title: "Plaid Docs: API errors",
    url: "https://plaid.com/docs/errors/api/",
  },
  "plaid-errors-assets": {
    title: "Plaid Docs: Assets errors",
    url: "https://plaid.com/docs/errors/assets/",
  },
  "plaid-errors-income": {
    title: "Plaid Docs: Income errors",
    url: "https://plaid.com/docs/errors/income/",
  },
  "plaid-errors-institution": {
    title: "Plaid Docs: Institution errors",
    url: "https://plaid.com/docs/errors/institution/",
  },
  "plaid-errors-invalid-input": {
    title: "Plaid Docs: Invalid Input errors",
    url: "https://plaid.com/docs/errors/invalid-input/",
  },
  "plaid-errors-invalid-request": {
    title: "Plaid Docs: Invalid Request errors",
    url: "https://plaid.com/docs/errors/invalid-request/",
  },
  "plaid-errors-invalid-result": {
    title: "Plaid Docs: Invalid Result errors",
    url: "https://plaid.com/docs/errors/invalid-result/",
  },
  "plaid-errors-item": {
    title: "Plaid Docs: Item errors",
    url: "https://plaid.com/docs/errors/item/",
  },
  "plaid-errors-microdeposits": {
    title: "Plaid Docs: Microdeposits errors",
    url: "https://plaid.com/docs/errors/microdeposits/",
  },
  "plaid-errors-oauth": {
    title: "Plaid Docs: OAuth errors",
    url: "https://plaid.com/docs/errors/oauth/",
  },
  "plaid-errors-partner": {
    title: "Plaid Docs: Partner errors",
    url: "https://plaid.com/docs/errors/partner/",
  },
  "plaid-errors-payment": {
    title: "Plaid Docs: Payment errors",
    url: "https://plaid.com/docs/errors/payment/",
  },
  "plaid-errors-rate-limit-exceeded": {
    title: "Plaid Docs: Rate Limit Exceeded errors (capture of 2026-03-07)",
    url: "https://plaid.com/docs/errors/rate-limit-exceeded/",
  },
  "plaid-errors-recaptcha": {
    title: "Plaid Docs: ReCAPTCHA errors",
    url: "https://plaid.com/docs/errors/recaptcha/",
  },
  "plaid-errors-sandbox": {
    title: "Plaid Docs: Sandbox errors",
    url: "https://plaid.com/docs/errors/sandbox/",
  },
  "plaid-errors-transactions": {
    title: "Plaid Docs: Transactions errors",
    url: "https://plaid.com/docs/errors/transactions/",
  },
  "plaid-errors-transfer": {
    title: "Plaid Docs: Transfer errors",
    url: "https://plaid.com/docs/errors/transfer/",
  },
  "plaid-errors-virtual-account": {
    title: "Plaid Docs: Virtual Account errors",
    url: "https://plaid.com/docs/errors/virtual-account/",
  },
  "plaid-errors-signal": {
    title: "Plaid Docs: Signal errors",
    url: "https://plaid.com/docs/errors/signal/",
  },
  "plaid-errors-user": {
    title: "Plaid Docs: User errors",
    url: "https://plaid.com/docs/errors/user/",
  },
  "plaid-errors-check-report": {
    title: "Plaid Docs: Check Report errors",
    url: "https://plaid.com/docs/errors/check-report/",
  },
  "plaid-link-web": {
    title: "Plaid Docs: Link - Web (onExit and onEvent)",
    url: "https://plaid.com/docs/link/web/",
  },
  "plaid-link-react-native": {
    title: "Plaid Docs: Link - React Native (onExit and onEvent; pinned by the saved excerpt of the page from onExit to the end of onEvent)",
    url: "https://plaid.com/docs/link/react-native/",
  },
  "plaid-webhooks": {
    title: "Plaid Docs: API webhooks (configuring, retries)",
    url: "https://plaid.com/docs/api/webhooks/",
  },
  "plaid-support-webhook-retries": {
    title: "Plaid Support: Can Plaid re-push failed or missed webhook events?",
    url: "https://support.plaid.com/hc/en-us/articles/40390675922967-Can-Plaid-re-push-failed-or-missed-webhook-events",
  },
  "plaid-webhook-verification": {
    title: "Plaid Docs: Webhook verification",
    url: "https://plaid.com/docs/api/webhooks/webhook-verification/",
  },
  "mx-widget-statuses": {
    title: "MX: Connect widget, connection statuses (src/const/Statuses.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/const/Statuses.js",
  },
  "mx-widget-status-messages": {
    title: "MX: Connect widget, member status messages (src/const/consts.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/const/consts.js",
  },
  "mx-widget-es": {
    title: "MX: Connect widget, Spanish messages (src/const/language/es.json)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/const/language/es.json",
  },
  "mx-widget-fr-ca": {
    title: "MX: Connect widget, Canadian French messages (src/const/language/frCa.json)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/const/language/frCa.json",
  },
  "mx-post-message-definitions": {
    title: "MX: widget postMessage definitions (lib/post_message_definition.yml)",
    url: "https://github.com/mxenabled/widget-post-message-definitions/blob/6110b5a654dd83e572cdd1703a7f9dd76b5fdabe/lib/post_message_definition.yml",
  },
  "mx-post-message-types": {
    title: "MX: widget postMessage types, generated TypeScript (packages/typescript/src/generated.ts)",
    url: "https://github.com/mxenabled/widget-post-message-definitions/blob/6110b5a654dd83e572cdd1703a7f9dd76b5fdabe/packages/typescript/src/generated.ts",
  },
  "mx-web-widget-sdk": {
    title: "MX: web widget SDK (src/widgets.ts)",
    url: "https://github.com/mxenabled/web-widget-sdk/blob/8d831ac15cf17f18bd25df12bdcb8d1cca1c12e5/src/widgets.ts",
  },
  "mx-members-overview": {
    title: "MX: members overview (connection statuses)",
    url: "https://docs.mx.com/api-reference/nexus/reference/01-members-overview",
  },
  "mx-important-fields-states": {
    title: "MX: important fields and states",
    url: "https://docs.mx.com/other/specialized-document-aggregation/important-fields-states",
  },
  "mx-academy-statuses": {
    title: "MX Academy: member connection statuses overview",
    url: "https://academy.mx.com/hc/en-us/articles/4708854368525-Member-Connection-Statuses-Overview",
  },
  "mx-webhooks": { title: "MX: webhooks", url: "https://docs.mx.com/resources/webhooks/" },
  "mx-webhooks-connection-status": {
    title: "MX: connection status webhooks",
    url: "https://docs.mx.com/resources/webhooks/connection-status",
  },
  "mx-connect-web-guide": {
    title: "MX: Connect widget web guide",
    url: "https://docs.mx.com/connect/guides/web",
  },
  "mx-webhooks-security-third-party": {
    title: "FinGoal: MX webhooks (a copy of MX's webhook page with its security section)",
    url: "https://fingoal.notion.site/MX-Webhooks-3eaeb2cea9c24b9ea901ab998894fb7f",
  },
  "mx-widget-post-message-send": {
    title: "MX: Connect widget, postMessage sending (src/utilities/PostMessage.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/utilities/PostMessage.js",
  },
  "mx-widget-post-message-names": {
    title: "MX: Connect widget, postMessage names (src/const/postMessages.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/const/postMessages.js",
  },
  "mx-widget-docs-post-messages": {
    title: "MX: Connect widget, post messages documentation (docs/POST_MESSAGES.md)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/docs/POST_MESSAGES.md",
  },
  "mx-widget-navigation-header": {
    title: "MX: Connect widget, navigation header (src/components/ConnectNavigationHeader.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/components/ConnectNavigationHeader.js",
  },
  "mx-widget-connecting": {
    title: "MX: Connect widget, connecting step (src/views/connecting/Connecting.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/connecting/Connecting.js",
  },
  "mx-widget-credentials": {
    title: "MX: Connect widget, credentials step (src/views/credentials/Credentials.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/credentials/Credentials.js",
  },
  "mx-widget-login-error": {
    title: "MX: Connect widget, login error step (src/views/loginError/LoginError.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/loginError/LoginError.js",
  },
  "mx-widget-microdeposits": {
    title: "MX: Connect widget, micro-deposits flow (src/views/microdeposits/Microdeposits.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/Microdeposits.js",
  },
  "mx-widget-microdeposits-routing-number": {
    title: "MX: Connect widget, micro-deposits routing number step (src/views/microdeposits/RoutingNumber.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/RoutingNumber.js",
  },
  "mx-widget-microdeposits-confirm-details": {
    title: "MX: Connect widget, micro-deposits confirm details step (src/views/microdeposits/ConfirmDetails.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/ConfirmDetails.js",
  },
  "mx-widget-microdeposits-come-back": {
    title: "MX: Connect widget, micro-deposits come back step (src/views/microdeposits/ComeBack.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/ComeBack.js",
  },
  "mx-widget-microdeposits-verified": {
    title: "MX: Connect widget, micro-deposits verified step (src/views/microdeposits/Verified.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/Verified.js",
  },
  "mx-widget-microdeposits-errors": {
    title: "MX: Connect widget, micro-deposits errors step (src/views/microdeposits/MicrodepositErrors.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/MicrodepositErrors.js",
  },
  "mx-widget-microdeposits-statuses": {
    title: "MX: Connect widget, micro-deposit statuses (src/views/microdeposits/const.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/const.js",
  },
  "mx-widget-login-error-test": {
    title: "MX: Connect widget, login error step's tests (src/views/loginError/LoginError-test.jsx)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/loginError/LoginError-test.jsx",
  },
  "mx-widget-actionable-error": {
    title: "MX: Connect widget, actionable error step (src/views/actionableError/ActionableError.tsx)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/actionableError/ActionableError.tsx",
  },
  "mx-widget-oauth-error": {
    title: "MX: Connect widget, OAuth error step (src/views/oauth/OAuthError.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/oauth/OAuthError.js",
  },
  "mx-widget-connect-consts": {
    title: "MX: Connect widget, Connect constants (src/const/Connect.js)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/const/Connect.js",
  },
  "mx-webhooks-aggregation": {
    title: "MX: aggregation webhooks",
    url: "https://docs.mx.com/resources/webhooks/aggregation",
    readInPart: "The copy read gives the page's field table, and its example is cut short after transactions_updated_count: the rest of the example and of the page was not read.",
  },
  "mx-webhooks-balance": {
    title: "MX: balance webhooks",
    url: "https://docs.mx.com/resources/webhooks/balance",
  },
  "mx-webhooks-statements": {
    title: "MX: statement webhooks",
    url: "https://docs.mx.com/resources/webhooks/statements",
  },
  "mx-webhooks-verifications": {
    title: "MX: verification webhooks",
    url: "https://docs.mx.com/resources/webhooks/verifications",
  },
  "mx-webhooks-initial-data-ready": {
    title: "MX: initial data ready webhooks",
    url: "https://docs.mx.com/resources/webhooks/initial-data-ready",
  },
  "mx-webhooks-history-third-party": {
    title: "FinGoal: History (a copy of MX's history webhook page)",
    url: "https://fingoal.notion.site/History-fff3805a4b1d4f3c905b283df2206fde",
  },
  "mastercard-au-existing-connection-interruptions": {
    title: "Mastercard Open Finance AU: existing connection interruptions",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/connection-interrupt/existing-connection-interruptions",
  },
  "mastercard-us-accounterrors-invalidcredentials": {
    title: "Mastercard Open Finance US: accounterrors invalidcredentials",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/accounterrors/invalidcredentials/",
    readInPart: "A stored copy of the page (its index.md), read from its start to its first section's heading (103): the list of the page's four codes, whole; each code's section and table were not read.",
  },
  "mastercard-au-accounterrors-invalidcredentials": {
    title: "Mastercard Open Finance AU: accounterrors invalidcredentials",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/invalidcredentials",
  },
  "mastercard-us-error-codes-104": {
    title: "Mastercard Open Finance US: error codes 104",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/104/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-107": {
    title: "Mastercard Open Finance US: error codes 107",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/107/",
    readInPart: "The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-108": {
    title: "Mastercard Open Finance US: error codes 108",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/108/",
    readInPart: "The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-109": {
    title: "Mastercard Open Finance US: error codes 109",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/109/",
    readInPart: "The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-124": {
    title: "Mastercard Open Finance US: error codes 124",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/124/",
    readInPart: "The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-institutionerrors-other-connection-issues": {
    title: "Mastercard Open Finance US: institutionerrors other connection issues",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/institutionerrors/other-connection-issues/",
  },
  "mastercard-au-institutionerrors-other-connection-issues": {
    title: "Mastercard Open Finance AU: institutionerrors other connection issues",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/other-connection-issues/",
  },
  "mastercard-us-data-connect-fix": {
    title: "Mastercard Open Finance US: Data Connect Fix",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/data-connect-fix/",
  },
  "mastercard-au-accounterrors-incompleteauth": {
    title: "Mastercard Open Finance AU: accounterrors incompleteauth",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/incompleteauth/938-940-971-185-187/",
  },
  "mastercard-us-error-codes-204": {
    title: "Mastercard Open Finance US: error codes 204",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/204/",
    readInPart: "The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-341": {
    title: "Mastercard Open Finance US: error codes 341",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/341/",
    readInPart: "The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-accounterrors-account-not-found-400": {
    title: "Mastercard Open Finance AU: accounterrors account not found 400",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/account-not-found/400/",
  },
  "mastercard-us-error-codes-503": {
    title: "Mastercard Open Finance US: error codes 503",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/503/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-909": {
    title: "Mastercard Open Finance US: error codes 909",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/909/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-accounterrors-account-not-found": {
    title: "Mastercard Open Finance US: accounterrors account not found",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/accounterrors/account-not-found/909-913-914-946-952/",
    readInPart: "A stored copy of the page (its index.md), read from its start to its first section's heading (909): the list of the page's eight codes, whole; each code's section and table were not read.",
  },
  "mastercard-us-error-codes-914": {
    title: "Mastercard Open Finance US: error codes 914",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/914/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-938": {
    title: "Mastercard Open Finance US: error codes 938",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/938/",
    readInPart: "The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-accounterrors-938": {
    title: "Mastercard Open Finance AU: accounterrors 938",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/938/",
    readInPart: "The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-940": {
    title: "Mastercard Open Finance US: error codes 940",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/940/",
    readInPart: "The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-945": {
    title: "Mastercard Open Finance US: error codes 945",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/945/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-946": {
    title: "Mastercard Open Finance US: error codes 946",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/946/",
    readInPart: "The copy read stops after the page's introduction, before its table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-947": {
    title: "Mastercard Open Finance US: error codes 947",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/947/",
    readInPart: "The copy read stops after the page's introduction, before its table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-accounterrors-invalidtoken": {
    title: "Mastercard Open Finance AU: accounterrors invalidtoken",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/invalidtoken/947-2024/",
  },
  "mastercard-us-error-codes-949": {
    title: "Mastercard Open Finance US: error codes 949",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/949/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-accounterrors-949": {
    title: "Mastercard Open Finance AU: accounterrors 949",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/949/",
    readInPart: "The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
  },
  "mastercard-us-error-codes-952": {
    title: "Mastercard Open Finance US: error codes 952",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/952/",
    readInPart: "The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-request-invalidrequest": {
    title: "Mastercard Open Finance US: request invalidrequest",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/request/invalidrequest/",
  },
  "mastercard-us-error-codes-977": {
    title: "Mastercard Open Finance US: error codes 977",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/977/",
    readInPart: "The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-request-max-limit-exceeded": {
    title: "Mastercard Open Finance US: Maximum Limit Exceeded",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/request/max-limit-exceeded/",
  },
  "mastercard-us-error-codes-1415": {
    title: "Mastercard Open Finance US: error codes 1415",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1415/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-accounterrors-consentauthorization": {
    title: "Mastercard Open Finance AU: accounterrors consentauthorization",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/consentauth/consentauthorization/",
  },
  "mastercard-us-error-codes-2028": {
    title: "Mastercard Open Finance US: error codes 2028",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2028/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-2031": {
    title: "Mastercard Open Finance US: error codes 2031",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2031/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-2036": {
    title: "Mastercard Open Finance US: error codes 2036",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2036/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-4034": {
    title: "Mastercard Open Finance US: error codes 4034",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/4034/",
    readInPart: "The copy read stops in the Error Message row of the page's table; its Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-10001": {
    title: "Mastercard Open Finance US: error codes 10001",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10001/",
    readInPart: "The copy read stops in the Data Connect Alert row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-codes-and-formats": {
    title: "Mastercard Open Finance AU: Code and Formats",
    url: "https://developer.mastercard.com/open-finance-au/documentation/codes-and-formats/",
  },
  "mastercard-us-error-codes-10814": {
    title: "Mastercard Open Finance US: error codes 10814",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10814/",
    readInPart: "The copy read stops after the page's introduction, before its table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-11000": {
    title: "Mastercard Open Finance US: error codes 11000",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/11000/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-12001": {
    title: "Mastercard Open Finance US: error codes 12001",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/12001/",
    readInPart: "The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-12005": {
    title: "Mastercard Open Finance US: error codes 12005",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/12005/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-most-common": {
    title: "Mastercard Open Finance AU: Most Common Error Codes",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/most-common/",
  },
  "mastercard-us-error-codes-14023": {
    title: "Mastercard Open Finance US: error codes 14023",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/14023/",
    readInPart: "The copy read stops in the Error Message row of the page's table; its Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-accounts-not-migrated": {
    title: "Mastercard Open Finance AU: Account Migration Error",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/accounts-not-migrated/",
  },
  "mastercard-us-error-codes-20009": {
    title: "Mastercard Open Finance US: error codes 20009",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/20009/",
    readInPart: "The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-38003": {
    title: "Mastercard Open Finance US: error codes 38003",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/38003/",
    readInPart: "The copy read stops in the Data Connect Alert row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-42000": {
    title: "Mastercard Open Finance US: error codes 42000",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/42000/",
  },
  "mastercard-us-error-codes-44000": {
    title: "Mastercard Open Finance US: error codes 44000",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/44000/",
    readInPart: "The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-44002": {
    title: "Mastercard Open Finance US: error codes 44002",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/44002/",
    readInPart: "The copy read stops in the Error Message row of the page's table; its Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-50024": {
    title: "Mastercard Open Finance US: error codes 50024",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/50024/",
    readInPart: "The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-connect-web-sdk": {
    title: "Mastercard: Connect web SDK (src/index.ts)",
    url: "https://github.com/Mastercard/connect-web-sdk/blob/610ce93e2499d2d22d884a8af62a5b5b18706bc7/src/index.ts",
  },
  "mastercard-us-connect-websdk-events": {
    title: "Mastercard Open Finance US: Connect web SDK events",
    url: "https://developer.mastercard.com/open-finance-us/documentation/connect/integrating/sdk/events/connect-websdk-events/",
  },
  "mastercard-au-connect-websdk-events": {
    title: "Mastercard Open Finance AU: Connect web SDK events",
    url: "https://developer.mastercard.com/open-finance-au/documentation/connect/integrating-with-connect/events/connect-websdk-events/",
  },
  "mastercard-connect-react-native-sdk": {
    title: "Mastercard: Connect React Native SDK (src/index.tsx)",
    url: "https://github.com/Mastercard/connect-react-native-sdk/blob/5ca72d9cdfa43f94719d22b3d89be11640955e03/src/index.tsx",
  },
  "mastercard-connect-react-native-sdk-types": {
    title: "Mastercard: Connect React Native SDK (src/types.ts)",
    url: "https://github.com/Mastercard/connect-react-native-sdk/blob/5ca72d9cdfa43f94719d22b3d89be11640955e03/src/types.ts",
  },
  "mastercard-au-connect-route-events": {
    title: "Mastercard Open Finance AU: Connect route events",
    url: "https://developer.mastercard.com/open-finance-au/documentation/connect/integrating-with-connect/events/connect-route-events/",
    readInPart: "The copy read gives the screens landing, terms-details, search and sign-in, and ends before the rest of the page's list: the other screens were not read.",
  },
  "mastercard-us-connect-user-events": {
    title: "Mastercard Open Finance US: Mastercard Data Connect User Events",
    url: "https://developer.mastercard.com/open-finance-us/documentation/connect/integrating/sdk/events/connect-user-events/",
    readInPart: "The copy read ends inside the AddAccounts action: the actions after it and the rest of the page were not read.",
  },
  "mastercard-au-connect-user-events": {
    title: "Mastercard Open Finance AU: Connect user events",
    url: "https://developer.mastercard.com/open-finance-au/documentation/connect/integrating-with-connect/events/connect-user-events/",
    readInPart: "The copy read ends inside the AddAccounts action: the actions after it and the rest of the page were not read.",
  },
  "mastercard-us-webhooks-connect": {
    title: "Mastercard Open Finance US: Mastercard Data Connect Webhooks",
    url: "https://developer.mastercard.com/open-finance-us/documentation/webhooks/webhooks-connect/",
  },
  "mastercard-au-connect-webhooks": {
    title: "Mastercard Open Finance AU: Connect webhooks (with Prevent Spoofing)",
    url: "https://developer.mastercard.com/open-finance-au/documentation/connect/webhooks/",
  },
  "mastercard-us-webhooks-events-connect": {
    title: "Mastercard Open Finance US: Data Connect Events",
    url: "https://developer.mastercard.com/open-finance-us/documentation/webhooks/webhooks-connect/webhooks-events-connect",
    readInPart: "The copy read gives the Connect events accountsDeleted and added; the rest of the page's list of events was not read.",
  },
  "mastercard-au-webhooks-event-connect": {
    title: "Mastercard Open Finance AU: Webhook Connect Events Lists",
    url: "https://developer.mastercard.com/open-finance-au/documentation/connect/webhooks/webhooks-event-connect/",
    readInPart: "The copy read says that the page documents the complete list of events, and gives ping and financialConsentCreated; the rest of that list was not read.",
  },
  "mastercard-au-consent-prevent-spoofing": {
    title: "Mastercard Open Finance AU: consent notifications, prevent spoofing",
    url: "https://developer.mastercard.com/open-finance-au/documentation/consent/prevent-spoofing/",
  },
  "mastercard-openapi-us": {
    title: "Mastercard: Open Finance US OpenAPI (openbanking-us.yaml, ErrorMessage)",
    url: "https://github.com/Mastercard/open-banking-us-openapi/blob/737832ceab87ede731d2f598b782f31b69c46336/openbanking-us.yaml",
  },
  "mastercard-us-error-codes-101": {
    title: "Mastercard Open Finance US: error codes 101",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/101/",
  },
  "mastercard-us-error-codes-905": {
    title: "Mastercard Open Finance US: error codes 905",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/905/",
  },
  "mastercard-us-error-codes-906": {
    title: "Mastercard Open Finance US: error codes 906",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/906/",
  },
  "mastercard-us-error-codes-907": {
    title: "Mastercard Open Finance US: error codes 907",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/907/",
  },
  "mastercard-us-error-codes-910": {
    title: "Mastercard Open Finance US: error codes 910",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/910/",
  },
  "mastercard-us-error-codes-911": {
    title: "Mastercard Open Finance US: error codes 911",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/911/",
  },
  "mastercard-us-error-codes-2003": {
    title: "Mastercard Open Finance US: error codes 2003",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2003/",
  },
  "mastercard-us-error-codes-2006": {
    title: "Mastercard Open Finance US: error codes 2006",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2006/",
  },
  "mastercard-us-error-codes-2024": {
    title: "Mastercard Open Finance US: error codes 2024",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2024/",
  },
  "mastercard-au-connection-not-certified": {
    title: "Mastercard Open Finance AU: Connection Not Certified",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/connection-not-certified/",
  },
  "mastercard-au-connection-migration-inprogress": {
    title: "Mastercard Open Finance AU: Connection Migration in Progress",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/connection-migration-inprogress/",
  },
  "mastercard-finicity-webhook-events-list": {
    title: "Finicity (Mastercard Open Finance) docs: webhook events list",
    url: "https://docs.finicity.com/webhook-events-list/",
    readInPart: "The copy read names adding (its supported APIs and processes) and stops after the first words of its description, \"Sent when a\"; the rest of the list was not read.",
  },
  "mastercard-signzy-connect-webhooks": {
    title: "Signzy: Connect Webhooks (a reproduction of Mastercard's Connect events list)",
    url: "https://docs.signzy.com/us-apis/connect-webhooks",
  },
  "mastercard-us-error-codes-324": {
    title: "Mastercard Open Finance US: error codes 324",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/324/",
    readInPart: "The copy read stops at the first row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-accounterrors-324": {
    title: "Mastercard Open Finance AU: accounterrors 324",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/324/",
    readInPart: "The copy read stops at the first row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-403": {
    title: "Mastercard Open Finance US: error codes 403",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/403/",
    readInPart: "The copy read stops at the first row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-accounterrors-403": {
    title: "Mastercard Open Finance AU: accounterrors 403",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/403/",
    readInPart: "The copy read stops at the first row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-accounterrors-5030": {
    title: "Mastercard Open Finance AU: accounterrors 5030",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/5030/",
    readInPart: "The copy read stops in the Error Message row of the page's table; its Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-accounterrors-account-not-found-12046": {
    title: "Mastercard Open Finance AU: accounterrors account not found 12046",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/account-not-found/12046/",
  },
  "mastercard-au-accounterrors-account-not-found-7002": {
    title: "Mastercard Open Finance AU: accounterrors account not found 7002",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/account-not-found/7002/",
  },
  "mastercard-us-error-codes-1408-expiredsession": {
    title: "Mastercard Open Finance US: error codes 1408 (expired session)",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1408-expiredsession/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-institutionerrors-1408": {
    title: "Mastercard Open Finance AU: institutionerrors 1408",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/1408/",
    readInPart: "The copy read stops in the Error Message row of the page's table; its Remediation Category, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-10030": {
    title: "Mastercard Open Finance US: error codes 10030",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10030/",
    readInPart: "The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-1108": {
    title: "Mastercard Open Finance US: error codes 1108",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1108/",
    readInPart: "The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
  },
  "mastercard-us-error-codes-12009": {
    title: "Mastercard Open Finance US: error codes 12009",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/12009/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-19000": {
    title: "Mastercard Open Finance US: error codes 19000",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/19000/",
    readInPart: "The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-20014": {
    title: "Mastercard Open Finance US: error codes 20014",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/20014/",
    readInPart: "The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-50050": {
    title: "Mastercard Open Finance US: error codes 50050",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/50050/",
    readInPart: "The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-1201": {
    title: "Mastercard Open Finance US: error codes 1201",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1201/",
    readInPart: "The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
  },
  "mastercard-us-error-codes-1203": {
    title: "Mastercard Open Finance US: error codes 1203",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1203/",
    readInPart: "The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
  },
  "mastercard-us-error-codes-1204": {
    title: "Mastercard Open Finance US: error codes 1204",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1204/",
    readInPart: "The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
  },
  "mastercard-us-error-codes-502": {
    title: "Mastercard Open Finance US: error codes 502",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/502/",
    readInPart: "The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
  },
  "mastercard-us-error-codes-14002": {
    title: "Mastercard Open Finance US: error codes 14002",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/14002/",
    readInPart: "The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-20017": {
    title: "Mastercard Open Finance US: error codes 20017",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/20017/",
    readInPart: "The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-14019": {
    title: "Mastercard Open Finance US: error codes 14019",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/14019/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-2038": {
    title: "Mastercard Open Finance US: error codes 2038",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2038/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-2039": {
    title: "Mastercard Open Finance US: error codes 2039",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2039/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-38053": {
    title: "Mastercard Open Finance US: error codes 38053",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/38053/",
    readInPart: "The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-936": {
    title: "Mastercard Open Finance US: error codes 936",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/936/",
    readInPart: "The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-959": {
    title: "Mastercard Open Finance US: error codes 959",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/959/",
    readInPart: "The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-961": {
    title: "Mastercard Open Finance US: error codes 961",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/961/",
    readInPart: "The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-1440": {
    title: "Mastercard Open Finance US: error codes 1440",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1440/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-974": {
    title: "Mastercard Open Finance US: error codes 974",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/974/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-3003": {
    title: "Mastercard Open Finance US: error codes 3003",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/3003/",
    readInPart: "The copy read stops in the Error Message row of the page's table; its Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-3004": {
    title: "Mastercard Open Finance US: error codes 3004",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/3004/",
    readInPart: "The copy read stops in the Retriable by End User row of the page's table.",
  },
  "mastercard-us-error-codes-4041": {
    title: "Mastercard Open Finance US: error codes 4041",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/4041/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-950": {
    title: "Mastercard Open Finance US: error codes 950",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/950/",
    readInPart: "The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-920": {
    title: "Mastercard Open Finance US: error codes 920",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/920/",
    readInPart: "The copy read stops after the page's introduction, before its table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-924": {
    title: "Mastercard Open Finance US: error codes 924",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/924/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-960": {
    title: "Mastercard Open Finance US: error codes 960",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/960/",
    readInPart: "The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-972": {
    title: "Mastercard Open Finance US: error codes 972",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/972/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-976": {
    title: "Mastercard Open Finance US: error codes 976",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/976/",
    readInPart: "The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-14020": {
    title: "Mastercard Open Finance US: error codes 14020",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/14020/",
    readInPart: "The copy read stops after the page's introduction, before its table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-504": {
    title: "Mastercard Open Finance US: error codes 504",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/504/",
    readInPart: "The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
  },
  "mastercard-us-error-codes-901": {
    title: "Mastercard Open Finance US: error codes 901",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/901/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-902": {
    title: "Mastercard Open Finance US: error codes 902",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/902/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-903": {
    title: "Mastercard Open Finance US: error codes 903",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/903/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-904": {
    title: "Mastercard Open Finance US: error codes 904",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/904/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-915": {
    title: "Mastercard Open Finance US: error codes 915",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/915/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-916": {
    title: "Mastercard Open Finance US: error codes 916",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/916/",
    readInPart: "The copy read stops after the page's introduction, before its table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-973": {
    title: "Mastercard Open Finance US: error codes 973",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/973/",
    readInPart: "The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
  },
  "mastercard-us-error-codes-10005": {
    title: "Mastercard Open Finance US: error codes 10005",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10005/",
    readInPart: "The copy read stops inside the page's table: its HTTP Status row is cut after 400; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-10010": {
    title: "Mastercard Open Finance US: error codes 10010",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10010/",
    readInPart: "The copy read stops inside the page's table: its Error Message row is cut; its Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-10000": {
    title: "Mastercard Open Finance US: error codes 10000",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10000/",
    readInPart: "The copy read stops inside the page's table: its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-38006": {
    title: "Mastercard Open Finance US: error codes 38006",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/38006/",
    readInPart: "The copy read stops inside the page's table: its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-45002": {
    title: "Mastercard Open Finance US: error codes 45002",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/45002/",
    readInPart: "The copy read stops inside the page's table: its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-978": {
    title: "Mastercard Open Finance US: error codes 978",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/978/",
    readInPart: "The copy read stops inside the page's table: its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-525": {
    title: "Mastercard Open Finance US: error codes 525",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/525/",
    readInPart: "The copy read stops inside the page's table: its HTTP Status row is cut after 500; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-finicity-connect-webhooks": {
    title: "Finicity (Mastercard Open Finance) docs: Connect Webhooks (Preventing Spoofing)",
    url: "https://docs.finicity.com/connect-webhooks/",
  },
  "mastercard-finicity-connect-and-mvs-webhooks": {
    title: "Finicity (Mastercard Open Finance) docs: Connect and MVS webhooks (Send Webhooks-Retry)",
    url: "https://docs.finicity.com/connect-and-mvs-webhooks/",
  },
  "mastercard-au-connection-ip-new-connection": {
    title: "Mastercard Open Finance AU: New Connection in Progress",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/connection-ip/900-901-903-904-916/",
  },
  "mastercard-us-connection-ip-new-connection": {
    title: "Mastercard Open Finance US: New Connection in Progress",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/institutionerrors/connection-ip/900-901-903-904-916/",
  },
  "mastercard-au-connection-not-supported": {
    title: "Mastercard Open Finance AU: Connection Not Supported",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/connection-not-supported/",
  },
  "mastercard-au-accounterrors-unexpectedloginerror": {
    title: "Mastercard Open Finance AU: Unexpected Login Error",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/unexpectedloginerror/unexpectedloginerror/",
  },
  "mastercard-us-error-codes-325": {
    title: "Mastercard Open Finance US: error codes 325",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/325/",
    readInPart: "The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-1003": {
    title: "Mastercard Open Finance US: error codes 1003",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1003/",
    readInPart: "The copy read stops in the Data Connect Alert row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-1008": {
    title: "Mastercard Open Finance US: error codes 1008",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1008/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-2040": {
    title: "Mastercard Open Finance US: error codes 2040",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2040/",
    readInPart: "The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-au-accounterrors-5006": {
    title: "Mastercard Open Finance AU: accounterrors 5006",
    url: "https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/5006/",
    readInPart: "The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-10025": {
    title: "Mastercard Open Finance US: error codes 10025",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10025/",
  },
  "mastercard-us-error-codes-10106": {
    title: "Mastercard Open Finance US: error codes 10106",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10106/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-12003": {
    title: "Mastercard Open Finance US: error codes 12003",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/12003/",
    readInPart: "The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "mastercard-us-error-codes-42002": {
    title: "Mastercard Open Finance US: error codes 42002",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/42002/",
    readInPart: "The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
  },
  "gocardless-statuses": {
    title: "GoCardless: Bank Account Data - Statuses and Error Messages",
    url: "https://developer.gocardless.com/bank-account-data/statuses",
    readInPart: "The copy read gives the requisition and account status tables whole, and stops in the table of end user authentication messages inside the RequisitionLinkReused row, after its description: that row's HTTP status and anything after it were not read.",
  },
  "gocardless-help-end-user-auth-errors": {
    title: "GoCardless Bank Account Data help centre: How to recognise and handle end user authentication errors",
    url: "https://bankaccountdata.zendesk.com/hc/en-gb/articles/15926622146716-How-to-recognise-and-handle-end-user-authentication-errors",
    readInPart: "The copy read of the table of end user authentication errors is cut in the type cell of GoCardlessTechnicalError (\"GoCardlessTec\"): that row's explanation and user message suggestion, and every row after it, were not read.",
  },
  "gocardless-help-account-endpoint-errors": {
    title: "GoCardless Bank Account Data help centre: Account Endpoint Errors and Suspended Accounts",
    url: "https://bankaccountdata.zendesk.com/hc/en-gb/articles/16671586189212-Account-Endpoint-Errors-and-Suspended-Accounts",
    readInPart: "The copy read of the table of account endpoint errors is cut in the AccountInactiveError row after its code (401): that row's detail, explanation, \"Increases error count?\" and action to take, and every row after it (ConnectionError among them), were not read.",
  },
  "gocardless-help-account-suspension": {
    title: "GoCardless Bank Account Data help centre: Account suspension",
    url: "https://bankaccountdata.zendesk.com/hc/en-gb/articles/11529566180892-Account-suspension",
  },
  "gocardless-help-api-rate-limits": {
    title: "GoCardless Bank Account Data help centre: Bank Account Data API Rate Limits",
    url: "https://bankaccountdata.zendesk.com/hc/en-gb/articles/11529637772188-Bank-Account-Data-API-Rate-Limits",
  },
  "gocardless-help-regain-access": {
    title: "GoCardless Bank Account Data help centre: How to regain access to an account once the access has expired",
    url: "https://bankaccountdata.zendesk.com/hc/en-gb/articles/11529208772892-How-to-regain-access-to-an-account-once-the-access-has-expired",
  },
  "gocardless-php-requisition-status": {
    title: "GoCardless Bank Account Data: official PHP client (nordigen-php), requisition statuses (src/Enums/RequisitionStatus.php)",
    url: "https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/src/Enums/RequisitionStatus.php",
  },
  "gocardless-php-account-status": {
    title: "GoCardless Bank Account Data: official PHP client (nordigen-php), account processing statuses (src/Enums/AccountProcessingStatus.php)",
    url: "https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/src/Enums/AccountProcessingStatus.php",
  },
  "gocardless-php-exception-handler": {
    title: "GoCardless Bank Account Data: official PHP client (nordigen-php), error types it maps to exceptions (src/Exceptions/ExceptionHandler.php)",
    url: "https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/src/Exceptions/ExceptionHandler.php",
  },
  "gocardless-php-account-inactive-error": {
    title: "GoCardless Bank Account Data: official PHP client (nordigen-php), AccountInactiveError (src/Exceptions/InstitutionExceptions/AccountInactiveError.php)",
    url: "https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/src/Exceptions/InstitutionExceptions/AccountInactiveError.php",
  },
  "gocardless-php-connection-error": {
    title: "GoCardless Bank Account Data: official PHP client (nordigen-php), ConnectionError (src/Exceptions/InstitutionExceptions/InstitutionConnectionError.php)",
    url: "https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/src/Exceptions/InstitutionExceptions/InstitutionConnectionError.php",
  },
  "gocardless-php-integration-test": {
    title: "GoCardless Bank Account Data: official PHP client (nordigen-php), its integration test's requisition and end user agreement (tests/UnitTests/NordigenIntegrationTest.php)",
    url: "https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/tests/UnitTests/NordigenIntegrationTest.php",
  },
  "gocardless-php-account-test": {
    title: "GoCardless Bank Account Data: official PHP client (nordigen-php), its account test's bodies (tests/UnitTests/DataModelTests/Nordigen/AccountTest.php)",
    url: "https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/tests/UnitTests/DataModelTests/Nordigen/AccountTest.php",
  },
  "gocardless-beancounttools-65": {
    title: "tarioch/beancounttools issue #65, \"Nordigen EUA expiration\" (a user quoting the detail of GoCardless's (Nordigen's) 400 answer for an expired end user agreement)",
    url: "https://github.com/tarioch/beancounttools/issues/65",
    readInPart: "The issue's description (2022-02-18) was read, with its log line quoting the answer's detail and status_code, and two comments; the answer's other fields are not quoted there.",
  },
  "gocardless-openapi-third-party": {
    title: "GoCardless Bank Account Data API 2.0 (v2): GoCardless's OpenAPI document (swagger.json), in the copy andrejvysny/spendly keeps (docs/gocardless.swagger.json)",
    url: "https://github.com/andrejvysny/spendly/blob/427f9ddadd6086d10827f8d1673fbf016e832c5c/docs/gocardless.swagger.json",
  },
  "stripe-openapi-spec3": {
    title: "Stripe OpenAPI description, openapi/spec3.yaml (API version 2023-08-16)",
    url: "https://github.com/stripe/openapi/blob/63a674638635c68de26b9f3add13e58198f4df44/openapi/spec3.yaml",
  },
  "stripe-rn-fc-types": {
    title: "Stripe React Native SDK: Financial Connections types (src/types/FinancialConnections.ts)",
    url: "https://github.com/stripe/stripe-react-native/blob/42283e614e00cc51b01b14b9edc9be11dbf65f5c/src/types/FinancialConnections.ts",
  },
  "stripe-node-fc-accounts": {
    title: "Stripe Node.js library: Financial Connections Account types (src/resources/FinancialConnections/Accounts.ts)",
    url: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/resources/FinancialConnections/Accounts.ts",
  },
  "stripe-node-error": {
    title: "Stripe Node.js library: its errors (src/Error.ts)",
    url: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/Error.ts",
  },
  "stripe-python-api-requestor": {
    title: "Stripe Python library: the errors of API responses (stripe/_api_requestor.py)",
    url: "https://github.com/stripe/stripe-python/blob/6c6e3736d16dde7a2f0155379ea3cd99b976460b/stripe/_api_requestor.py",
  },
  "stripe-docs-api-request-ids": {
    title: "Stripe API reference: Request IDs",
    url: "https://docs.stripe.com/api/request_ids",
  },
  "stripe-node-request-sender": {
    title: "Stripe Node.js library: when a request is sent again (src/RequestSender.ts, _shouldRetry)",
    url: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/RequestSender.ts#L334-L341",
  },
  "stripe-node-test-request-sender": {
    title: "Stripe Node.js library: RequestSender tests (test/RequestSender.spec.ts, the stripe-should-retry cases)",
    url: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/test/RequestSender.spec.ts#L1551-L1600",
  },
  "stripe-node-events": {
    title: "Stripe Node.js library: Event types (src/resources/Events.ts)",
    url: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/resources/Events.ts",
  },
  "stripe-node-test-stripe-resource": {
    title: "Stripe Node.js library: StripeResource tests (test/StripeResource.spec.ts)",
    url: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/test/StripeResource.spec.ts",
  },
  "stripe-python-test-api-requestor": {
    title: "Stripe Python library: API requestor tests (tests/test_api_requestor.py)",
    url: "https://github.com/stripe/stripe-python/blob/6c6e3736d16dde7a2f0155379ea3cd99b976460b/tests/test_api_requestor.py",
  },
  "stripe-docs-fc-webhooks-md": {
    title: "Get real-time updates from Financial Connections with webhooks",
    url: "https://docs.stripe.com/financial-connections/webhooks.md",
  },
  "stripe-docs-fc-webhooks": {
    title: "Get real-time updates from Financial Connections with webhooks",
    url: "https://docs.stripe.com/financial-connections/webhooks",
  },
  "stripe-docs-fc-api-accounts": {
    title: "Accounts",
    url: "https://docs.stripe.com/api/financial_connections",
  },
  "stripe-docs-fc-disconnections": {
    title: "Disconnect a Financial Connections account",
    url: "https://stripe.com/docs/financial-connections/disconnections",
  },
  "stripe-docs-fc-relink-data-products": {
    title: "Relink Financial Connections accounts used for data products.",
    url: "https://docs.stripe.com/financial-connections/relink/api/data-products",
    readInPart: "The copy read is cut just after the guide gives access_expired as the cause when an account's OAuth connection expires; the rest of the guide was not read.",
  },
  "stripe-changelog-fc-upcoming-deactivations": {
    title: "Adds information about upcoming deactivations to the Financial Connections Account object",
    url: "https://docs.stripe.com/changelog/dahlia/2026-06-24/financial-connections-upcoming-deactivations",
  },
  "stripe-changelog-fc-pm-error-codes": {
    title: "Adds new error codes for failures when creating Payment Methods from Financial Connections Accounts",
    url: "https://docs.stripe.com/changelog/clover/2025-09-30/financial-connections-payment-method-error-codes.md",
  },
  "stripe-docs-api-errors": {
    title: "Errors",
    url: "https://docs.stripe.com/api/errors?api-version=2025-04-30.basil",
  },
  "stripe-cli-base-test": {
    title: "Stripe CLI: pkg/requests/base_test.go (a 401 api_key_expired whose doc_url is on stripe.com/docs/error-codes)",
    url: "https://github.com/stripe/stripe-cli/blob/f5f390bc37295ec9b69b94a0ca1c195448a30042/pkg/requests/base_test.go",
  },
  "stripe-docs-api-errors-attributes": {
    title: "Errors",
    url: "https://docs.stripe.com/api/errors",
  },
  "stripe-dev-terminal-api-error-type": {
    title: "ApiErrorType",
    url: "https://stripe.dev/stripe-terminal-android/v2/external/com.stripe.stripeterminal.external.api/-api-error-type/index.html",
  },
  "stripe-docs-event-object": {
    title: "The Event object",
    url: "https://docs.stripe.com/api/events/object?api-version=2024-06-20",
  },
  "stripe-python-webhook": {
    title: "stripe-python: stripe/_webhook.py (Webhook.construct_event, WebhookSignature.verify_header)",
    url: "https://github.com/stripe/stripe-python/blob/6c6e3736d16dde7a2f0155379ea3cd99b976460b/stripe/_webhook.py",
  },
  "stripe-node-webhooks": {
    title: "stripe-node: src/Webhooks.ts (constructEvent, signature.verifyHeader)",
    url: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/Webhooks.ts",
  },
  "stripe-docs-webhooks-undelivered": {
    title: "Process undelivered webhook events",
    url: "https://docs.stripe.com/webhooks/process-undelivered-events?locale=en-GB",
  },
  "stripe-docs-api-fc-accounts-retrieve": {
    title: "Retrieve an Account (Financial Connections API reference)",
    url: "https://docs.stripe.com/api/financial_connections/accounts/retrieve",
  },
  "stripe-docs-api-fc-accounts-disconnect": {
    title: "Disconnect an Account (Financial Connections API reference)",
    url: "https://docs.stripe.com/api/financial_connections/accounts/disconnect",
  },
  "stripe-docs-api-fc-accounts-refresh": {
    title: "Refresh Account data (Financial Connections API reference)",
    url: "https://docs.stripe.com/api/financial_connections/accounts/refresh",
  },
  "stripe-docs-api-fc-accounts-refresh-php": {
    title: "Refresh Account data (Financial Connections API reference, rendered for PHP)",
    url: "https://docs.stripe.com/api/financial_connections/accounts/refresh?javascript=false&lang=php",
  },
  "stripe-docs-api-fc-sessions-retrieve": {
    title: "Retrieve a Session (Financial Connections API reference)",
    url: "https://docs.stripe.com/api/financial_connections/sessions/retrieve",
  },
  "stripe-docs-api-fc-ownership": {
    title: "Account Owner and Account Ownership (Financial Connections API reference)",
    url: "https://docs.stripe.com/api/financial_connections/ownership",
  },
  "stripe-docs-api-fc-authorizations-object": {
    title: "The Authorization object (Financial Connections API reference)",
    url: "https://docs.stripe.com/api/financial_connections/authorizations/object",
  },
  "stripe-docs-api-fc-authorizations-object-preview": {
    title: "The Authorization object (Financial Connections API reference, API version 2026-01-28.preview)",
    url: "https://docs.stripe.com/api/financial_connections/authorizations/object?api-version=2026-01-28.preview",
  },
  "stripe-docs-api-fc-transactions-object": {
    title: "The Transaction object (Financial Connections API reference)",
    url: "https://docs.stripe.com/api/financial_connections/transactions/object",
  },
  "stripe-openapi-fixtures3": {
    title: "Stripe OpenAPI fixtures, openapi/fixtures3.json (the commit of spec3.yaml, API version 2023-08-16)",
    url: "https://github.com/stripe/openapi/blob/63a674638635c68de26b9f3add13e58198f4df44/openapi/fixtures3.json",
  },
  "stripe-openapi-fixtures3-current": {
    title: "Stripe OpenAPI fixtures, openapi/fixtures3.json (its last change, 2026-07-29: stripe-mock's generated objects)",
    url: "https://github.com/stripe/openapi/blob/f0758b15a2cf53779d699452f4ab07d11076af0f/openapi/fixtures3.json",
  },
  "stripe-node-fc-sessions": {
    title: "Stripe Node.js library: Financial Connections Session types (src/resources/FinancialConnections/Sessions.ts)",
    url: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/resources/FinancialConnections/Sessions.ts",
  },
  "stripe-node-fc-authorizations": {
    title: "Stripe Node.js library: Financial Connections Authorization types (src/resources/FinancialConnections/Authorizations.ts)",
    url: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/resources/FinancialConnections/Authorizations.ts",
  },
  "stripe-node-fc-transactions": {
    title: "Stripe Node.js library: Financial Connections Transaction types (src/resources/FinancialConnections/Transactions.ts)",
    url: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/resources/FinancialConnections/Transactions.ts",
  },
  "stripe-node-payment-intents": {
    title: "Stripe Node.js library: PaymentIntent types (src/resources/PaymentIntents.ts: LastPaymentError.Code, the API's error codes)",
    url: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/resources/PaymentIntents.ts",
  },
  "stripe-python-payment-intent": {
    title: "Stripe Python library: PaymentIntent (stripe/_payment_intent.py: LastPaymentError.code, the API's error codes)",
    url: "https://github.com/stripe/stripe-python/blob/6c6e3736d16dde7a2f0155379ea3cd99b976460b/stripe/_payment_intent.py",
  },
  "stripe-node-changelog": {
    title: "Stripe Node.js library: CHANGELOG.md (the versions that added each error code)",
    url: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/CHANGELOG.md",
  },
  "stripe-error-codes-third-party-copy-fc": {
    title: "A third party's Markdown copy of Stripe's error codes page (docs.stripe.com/error-codes, an earlier revision than Stripe's page today; the copy's repository and path are not known): its two Financial Connections sections",
    url: null,
  },
  "stripe-error-codes-third-party-copy-ach": {
    title: "A third party's Markdown copy of Stripe's error codes page (docs.stripe.com/error-codes, an earlier revision than Stripe's page today; the copy's repository and path are not known): its sections of the codes a bank-account flow meets",
    url: null,
  },
  "stripe-support-verify-ach-microdeposits": {
    title: "Verify a new ACH Direct Debit customer using micro-deposits",
    url: "https://support.stripe.com/questions/verify-a-new-ach-direct-debit-customer-using-micro-deposits",
  },
  "belvo-api-errors": {
    title: "Belvo: Introduction (API errors; a Markdown capture of the errors page)",
    url: "https://developers.belvo.com/developer_resources/resources-belvo-api-errors.md",
  },
  "belvo-api-errors-page": {
    title: "Belvo: Introduction (API errors; a capture of the errors page as one line)",
    url: "https://developers.belvo.com/developer_resources/resources-belvo-api-errors.md",
  },
  "belvo-openapi-error-handling": {
    title: "Belvo API reference: Error handling",
    url: "https://developers.belvo.com/apis/belvoopenapispec/section/introduction/error-handling",
  },
  "belvo-openapi-errors-40x-es": {
    title: "Belvo API reference (es): Errores 40x",
    url: "https://developers.belvo.com/es/apis/belvoopenapispec/section/introduccion/errores-40x",
  },
  "belvo-support-errors-pt": {
    title: "Belvo Help Center (pt-BR): Eu recebi um erro, o que devo fazer? (an earlier capture, cut inside the institution_down row)",
    url: "https://support.belvo.com/hc/pt-br/articles/4406498355613-Eu-recebi-um-erro-o-que-devo-fazer",
    readInPart: "The copy read is cut inside the institution_down row (\"The financial institution is down,\"): the rest of that row and the rows after it were not read.",
  },
  "belvo-webhook-links": {
    title: "Belvo: Links (Webhooks)",
    url: "https://developers.belvo.com/docs/webhook-links",
    readInPart: "The copy read is cut inside the sentence that introduces the token_required webhook (sent whenever a new MFA token is required by the institution to keep a recurrent link working); its example body and the rest of the page were not read.",
  },
  "belvo-webhook-accounts": {
    title: "Belvo: Accounts (Webhooks)",
    url: "https://developers.belvo.com/docs/webhook-accounts",
  },
  "belvo-webhook-transactions": {
    title: "Belvo: Transactions (Webhooks)",
    url: "https://developers.belvo.com/docs/webhook-transactions",
  },
  "belvo-webhooks-aggregation": {
    title: "Belvo: Aggregation Webhooks (the capture with webhook authentication)",
    url: "https://developers.belvo.com/developer_resources/resources-webhooks-aggregation",
    readInPart: "The copy read gives the page's section on webhook authentication (an optional Authorization header) and does not reach the page's end: the rest of the page was not read.",
  },
  "belvo-webhooks-aggregation-fields": {
    title: "Belvo: Aggregation Webhooks (the capture with the core payload's parameter table)",
    url: "https://developers.belvo.com/developer_resources/resources-webhooks-aggregation",
    readInPart: "The copy read gives the core payload's parameter table and is cut before Belvo's list of process_type values; that list was not read.",
  },
  "belvo-webhooks-2021": {
    title: "Belvo: Webhooks (the capture with retries and the authorization header)",
    url: "https://developers.belvo.com/docs/webhooks",
    readInPart: "The copy read gives the page's retries and its Authorization header and does not reach the page's end: the rest of the page was not read.",
  },
  "belvo-webhooks-legacy": {
    title: "Belvo: Webhooks (Aggregation; an earlier capture)",
    url: "https://developers.belvo.com/docs/webhooks",
  },
  "belvo-payments-webhooks": {
    title: "Belvo: Payments Webhooks (Brazil)",
    url: "https://developers.belvo.com/docs/payments-webhooks",
    readInPart: "The copy read gives the page's steps to set up a webhook (with an optional bearer token as its Authorization) and ends inside the core payload's parameter table: the rest of the page was not read.",
  },
  "belvo-payments-webhooks-br": {
    title: "Belvo: Payments Webhooks (Brazil) (Markdown copy)",
    url: "https://developers.belvo.com/developer_resources/resources-webhooks-payments-brazil.md",
    readInPart: "The copy read ends before the page's list of outbound IP addresses for Payments Brazil webhooks: that list and the rest of the page were not read.",
  },
  "belvo-ofpi-webhooks": {
    title: "Belvo: Payments Webhooks (Brazil) (OFPI)",
    url: "https://developers.belvo.com/docs/ofpi-webhooks",
  },
  "belvo-payments-webhooks-co": {
    title: "Belvo: Webhooks (Payments Colombia)",
    url: "https://developers.belvo.com/docs/webhooks-payments-colombia",
  },
  "belvo-payments-br-codes-v2": {
    title: "Belvo: Payments Brazil codes and messages (V1 vs V2 Error Codes; a capture as text)",
    url: "https://developers.belvo.com/products/payments_brazil/payments-brazil-codes-and-messages",
    readInPart: "The copy read of the V2 table ends at the row of BENEFICIARY_CANCELLED_RECURRING_PAYMENT: any row after it was not read.",
  },
  "belvo-payments-br-codes-v2-md": {
    title: "Belvo: Introduction (Payments Brazil codes and messages, V1 vs V2 Error Codes; a Markdown capture)",
    url: "https://developers.belvo.com/products/payments_brazil/payments-brazil-codes-and-messages",
    readInPart: "The copy read of the V2 table ends before the row of BENEFICIARY_CANCELLED_RECURRING_PAYMENT: that row and any after it were not read.",
  },
  "belvo-payments-br-codes-v1": {
    title: "Belvo: Payments Brazil codes and messages (Failure Codes and Messages, V1; a capture from that table)",
    url: "https://developers.belvo.com/products/payments_brazil/payments-brazil-codes-and-messages",
    readInPart: "The copy read of the V1 table ends inside the PAYER_ACCOUNT_TIMEOUT_ERROR row (its message is cut after \"The Charge settlement failed due to a time\"): the rest of that row and every later row were not read.",
  },
  "belvo-payments-br-codes-es": {
    title: "Belvo (es): Introducción (Códigos de Error V1 vs V2, Pagos Brasil)",
    url: "https://developers.belvo.com/es/products/payments_brazil/payments-brazil-codes-and-messages.md",
    readInPart: "The copy read is cut inside the Spanish translation of BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED's message; the rest of that translation and the rows after it were not read.",
  },
  "belvo-payments-br-codes-pt": {
    title: "Belvo (pt-BR): Introdução (Códigos de Erro V1 vs V2, Pagamentos Brasil)",
    url: "https://developers.belvo.com/pt-br/products/payments_brazil/payments-brazil-codes-and-messages",
  },
  "belvo-charge-states": {
    title: "Belvo: Introduction (Charges: entity states and transitions, OFPI)",
    url: "https://developers.belvo.com/docs/charge-model-and-states-ofpi",
  },
  "belvo-direct-debit-errors": {
    title: "Belvo: Direct debit bank errors (Payments Mexico)",
    url: "https://developers.belvo.com/products/payments_mexico/direct-debit-bank-errors",
    readInPart: "The copy read of the current page ends after the row of code 10: the rows from 11 on were not read.",
  },
  "belvo-direct-debit-errors-legacy": {
    title: "Belvo: Direct debit errors",
    url: "https://developers.belvo.com/docs/direct-debit-errors",
    readInPart: "The copy read lists the codes 01 to 11 and is cut inside the next row (\"12 | Venc\"): that row and any after it were not read.",
  },
  "belvo-link-schema": {
    title: "Belvo API reference: Link (schema)",
    url: "https://developers.belvo.com/apis/belvoopenapispec/links/link",
  },
  "belvo-api-errors-readme": {
    title: "Belvo: API and Widget Errors (the DevPortal page as ReadMe Markdown, undated: every error code with its HTTP status, example, cause, solution and widget texts)",
    url: "https://developers.belvo.com/docs/belvo-api-errors",
  },
  "belvo-api-errors-es": {
    title: "Belvo (es): Introducción (errores de la API; a Markdown capture of the Spanish errors page)",
    url: "https://developers.belvo.com/es/developer_resources/resources-belvo-api-errors.md",
  },
  "belvo-support-errors-pt-actions": {
    title: "Belvo Help Center (pt-BR): Eu recebi um erro, o que devo fazer? (the capture with activation_failed's whole action)",
    url: "https://support.belvo.com/hc/pt-br/articles/4406498355613-Eu-recebi-um-erro-o-que-devo-fazer",
  },
  "belvo-openapi-50x-errors": {
    title: "Belvo API reference: 50x errors",
    url: "https://developers.belvo.com/apis/belvoopenapispec/section/introduction/50x-errors",
  },
  "belvo-openapi-konfig": {
    title: "Belvo API Docs 1.35.0 (Belvo's OpenAPI document, as Konfig's SDK repository keeps it: api.yaml)",
    url: "https://github.com/konfig-dev/belvo-sdks/blob/fad9ba47d5d3b3b3dffa646685445a3fff91bea4/api.yaml",
  },
  "belvo-webhook-invoices": {
    title: "Belvo: Invoices (Webhooks) (the capture with the Webhook Code table of the initial updates)",
    url: "https://developers.belvo.com/docs/webhook-invoices",
  },
  "belvo-webhook-invoices-historical": {
    title: "Belvo: Invoices (an earlier capture, with the historical updates)",
    url: "https://developers.belvo.com/docs/webhook-invoices",
  },
  "belvo-webhook-invoices-sat-dian": {
    title: "Belvo: Invoices (a capture with the historical webhooks sent per institution, SAT and DIAN)",
    url: "https://developers.belvo.com/docs/webhook-invoices",
  },
  "belvo-webhook-bills": {
    title: "Belvo: Bills (Webhooks)",
    url: "https://developers.belvo.com/docs/webhook-bills",
  },
  "belvo-webhook-recurring-expenses": {
    title: "Belvo: Recurring expenses (Webhooks)",
    url: "https://developers.belvo.com/docs/webhook-recurring-expenses",
  },
  "belvo-webhook-risk-insights": {
    title: "Belvo: Risk insights (Webhooks)",
    url: "https://developers.belvo.com/docs/webhook-risk-insights",
  },
  "belvo-webhook-owners": {
    title: "Belvo: Owners (Webhooks)",
    url: "https://developers.belvo.com/docs/webhook-owners",
    readInPart: "The copy read is cut before the example of new_owners_available; the example and the rest of the page were not read.",
  },
  "belvo-webhook-incomes": {
    title: "Belvo: Incomes (Webhooks)",
    url: "https://developers.belvo.com/docs/webhook-incomes",
  },
  "belvo-webhook-investments": {
    title: "Belvo: Investments (Webhooks)",
    url: "https://developers.belvo.com/docs/investments-webhooks",
    readInPart: "The copy read is cut inside the example of new_investments_available: the rest of the example and of the page was not read.",
  },
  "belvo-webhook-investment-transactions": {
    title: "Belvo: Investment Transactions (Webhooks)",
    url: "https://developers.belvo.com/docs/investment-transactions-webhooks",
  },
  "truelayer-data-api-errors": {
    title: "TrueLayer: Data API errors",
    url: "https://docs.truelayer.com/docs/data-api-errors",
    readInPart: "The copy read of the current page stops inside the unauthorized_client row, before its code: the rest of that row and every row after it were not read.",
  },
  "truelayer-error-codes": {
    title: "TrueLayer: Error codes (Data API, an earlier capture)",
    url: "https://docs.truelayer.com/docs/error-codes-1",
    readInPart: "The copy read ends inside the advice of provider_too_many_requests (429), which begins \"In\"; every row after it was not read.",
  },
  "truelayer-error-codes-data": {
    title: "TrueLayer: Data API errors (docs/error-codes-1, a later capture)",
    url: "https://docs.truelayer.com/docs/error-codes-1",
    readInPart: "The copy read ends inside the unauthorized_client row's advice (\"… (live or sandb\"); the rows after it were not read.",
  },
  "truelayer-data-v3-errors": {
    title: "TrueLayer: Data API v3 errors",
    url: "https://docs.truelayer.com/docs/data-v3-errors",
  },
  "truelayer-payments-api-errors": {
    title: "TrueLayer: Payments API errors",
    url: "https://docs.truelayer.com/docs/payments-api-errors",
  },
  "truelayer-error-types": {
    title: "TrueLayer: Error types (Payments API v3, an earlier page)",
    url: "https://docs.truelayer.com/docs/error-types",
  },
  "truelayer-payment-statuses": {
    title: "TrueLayer: Payment statuses",
    url: "https://docs.truelayer.com/docs/payment-statuses",
    readInPart: "A stored copy of the page from its start through its table of statuses, read whole (six rows), and the sentence introducing its diagram to its section Account holder name behaviour, cut in it (\"can be change\"): the diagram, the rest of that section and of the page were not read.",
  },
  "truelayer-mandate-statuses": {
    title: "TrueLayer: Mandate statuses",
    url: "https://docs.truelayer.com/docs/mandate-statuses",
  },
  "truelayer-payout-and-refund-statuses": {
    title: "TrueLayer: Payout and refund statuses (the capture holding the refund statuses table)",
    url: "https://docs.truelayer.com/docs/payout-and-refund-statuses",
  },
  "truelayer-payout-statuses-eight-reasons": {
    title: "TrueLayer: Payout and refund statuses (the capture listing eight payout failure reasons, to unknown)",
    url: "https://docs.truelayer.com/docs/payout-and-refund-statuses",
    readInPart: "The copy read lists eight payout failure reasons, to unknown, and ends inside the payout section: the rest of the page, its refund failure reasons among it, was not read.",
  },
  "truelayer-payout-statuses-returned": {
    title: "TrueLayer: Payout and refund statuses (the newest capture, its returned \"returned by the beneficiary bank\", cut in returned's second paragraph)",
    url: "https://docs.truelayer.com/docs/payout-and-refund-statuses",
    readInPart: "The copy read ends in the second paragraph of returned (\"… the status of p\"): the failure reasons after it and the rest of the page, its refund failure reasons among it, were not read.",
  },
  "truelayer-payout-statuses-table": {
    title: "TrueLayer: Payout and refund statuses (the capture with pipe tables, cut in server_error's row)",
    url: "https://docs.truelayer.com/docs/payout-and-refund-statuses",
    readInPart: "The copy read ends in the server_error row (\"Tru\"): the rows after it and the rest of the page, its refund failure reasons among it, were not read.",
  },
  "truelayer-payout-statuses-scan-conversion": {
    title: "TrueLayer: Payout and refund statuses (an earlier capture listing five payout failure reasons, scan_conversion among them)",
    url: "https://docs.truelayer.com/docs/payout-and-refund-statuses",
    readInPart: "The copy read lists five payout failure reasons, scan_conversion among them, and ends inside the payout section: the rest of the page, its refund failure reasons among it, was not read.",
  },
  "truelayer-webhook-types": {
    title: "TrueLayer: Payments v3 webhook notifications",
    url: "https://docs.truelayer.com/docs/payments-v3-webhook-notifications-accordion",
  },
  "truelayer-webhook-notifications-v3": {
    title: "TrueLayer: Webhook notifications for Payments v3",
    url: "https://docs.truelayer.com/docs/webhook-notifications-for-payments-v3",
    readInPart: "The copy read is cut before any section on retries: the rest of the page was not read.",
  },
  "truelayer-payment-webhook-specs": {
    title: "TrueLayer: Payment webhook specifications (the capture opening with payment_authorized)",
    url: "https://docs.truelayer.com/docs/payment-webhook-specifications",
  },
  "truelayer-payment-webhook-specs-failed": {
    title: "TrueLayer: Payment webhook specifications (the capture opening with payment_executed)",
    url: "https://docs.truelayer.com/docs/payment-webhook-specifications",
  },
  "truelayer-mandate-webhooks": {
    title: "TrueLayer: Mandate webhooks",
    url: "https://docs.truelayer.com/docs/mandate-webhooks",
    readInPart: "The copy read is cut before any section on retries: the rest of the page was not read.",
  },
  "truelayer-mandate-webhook-specs": {
    title: "TrueLayer: Mandate webhook specifications",
    url: "https://docs.truelayer.com/docs/mandate-webhook-specifications",
  },
  "truelayer-payment-link-webhooks": {
    title: "TrueLayer: Payment link webhook specifications",
    url: "https://docs.truelayer.com/docs/payment-link-webhook-specifications",
  },
  "truelayer-payouts-webhooks": {
    title: "TrueLayer: Payout webhooks",
    url: "https://docs.truelayer.com/docs/payouts-webhooks",
  },
  "truelayer-reference-webhook-mandates": {
    title: "TrueLayer: Mandate webhooks (API reference)",
    url: "https://docs.truelayer.com/reference/webhook-mandates",
  },
  "truelayer-verify-webhook-signatures": {
    title: "TrueLayer: Verify webhook signatures",
    url: "https://docs.truelayer.com/docs/verify-webhook-signatures",
  },
  "truelayer-webhooks-payments-v2": {
    title: "TrueLayer: Set up webhook notifications [Payments V2]",
    url: "https://docs.truelayer.com/docs/set-up-webhook-notifications-payments-v2",
  },
  "truelayer-signing-readme": {
    title: "TrueLayer: truelayer-signing, README (README.md)",
    url: "https://github.com/TrueLayer/truelayer-signing/blob/95fdf17aded97df2ef7e7d63f6a6b923966471ad/README.md",
  },
  "truelayer-signing-test-resources": {
    title: "TrueLayer: truelayer-signing, shared test resources (test-resources/README.md)",
    url: "https://github.com/TrueLayer/truelayer-signing/blob/95fdf17aded97df2ef7e7d63f6a6b923966471ad/test-resources/README.md",
  },
  "truelayer-signing-python-webhook-example": {
    title: "TrueLayer: truelayer-signing, Python webhook server example (python/examples/webhook-server/main.py)",
    url: "https://github.com/TrueLayer/truelayer-signing/blob/95fdf17aded97df2ef7e7d63f6a6b923966471ad/python/examples/webhook-server/main.py",
  },
  "truelayer-signing-php-readme": {
    title: "TrueLayer: truelayer-signing, PHP README (php/README.md)",
    url: "https://github.com/TrueLayer/truelayer-signing/blob/95fdf17aded97df2ef7e7d63f6a6b923966471ad/php/README.md",
  },
  "truelayer-signing-request-signing-v2": {
    title: "TrueLayer: truelayer-signing, request signing v2 (request-signing-v2.md)",
    url: "https://github.com/TrueLayer/truelayer-signing/blob/95fdf17aded97df2ef7e7d63f6a6b923966471ad/request-signing-v2.md",
  },
  "truelayer-rn-types": {
    title: "TrueLayer: React Native payments SDK, result types (RNTrueLayerPaymentsSDK/js/models/types.ts)",
    url: "https://github.com/TrueLayer/truelayer-react-native-sdk/blob/fd442168ed23114a6f2f78cf0708d0c8e860ceb2/RNTrueLayerPaymentsSDK/js/models/types.ts",
  },
  "truelayer-rn-payment-status": {
    title: "TrueLayer: React Native payments SDK, payment status (RNTrueLayerPaymentsSDK/js/models/payments/PaymentStatus.ts)",
    url: "https://github.com/TrueLayer/truelayer-react-native-sdk/blob/fd442168ed23114a6f2f78cf0708d0c8e860ceb2/RNTrueLayerPaymentsSDK/js/models/payments/PaymentStatus.ts",
  },
  "truelayer-rn-mandate-status": {
    title: "TrueLayer: React Native payments SDK, mandate status (RNTrueLayerPaymentsSDK/js/models/mandates/MandateStatus.ts)",
    url: "https://github.com/TrueLayer/truelayer-react-native-sdk/blob/fd442168ed23114a6f2f78cf0708d0c8e860ceb2/RNTrueLayerPaymentsSDK/js/models/mandates/MandateStatus.ts",
  },
  "truelayer-rn-docs": {
    title: "TrueLayer: React Native payments SDK, documentation (docs/DOCUMENTATION.md)",
    url: "https://github.com/TrueLayer/truelayer-react-native-sdk/blob/fd442168ed23114a6f2f78cf0708d0c8e860ceb2/docs/DOCUMENTATION.md",
  },
  "truelayer-php-webhook-event-types": {
    title: "TrueLayer: PHP client, webhook event types (src/Constants/WebhookEventTypes.php)",
    url: "https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/src/Constants/WebhookEventTypes.php",
  },
  "truelayer-php-payment-status": {
    title: "TrueLayer: PHP client, payment statuses (src/Constants/PaymentStatus.php)",
    url: "https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/src/Constants/PaymentStatus.php",
  },
  "truelayer-php-readme": {
    title: "TrueLayer: PHP client, README (README.md)",
    url: "https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/README.md",
  },
  "truelayer-php-payment-failed-interface": {
    title: "TrueLayer: PHP client, payment_failed webhook interface (src/Interfaces/Webhook/PaymentFailedEventInterface.php)",
    url: "https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/src/Interfaces/Webhook/PaymentFailedEventInterface.php",
  },
  "truelayer-php-webhook-payloads": {
    title: "TrueLayer: PHP client, webhook payloads of its tests (tests/integration/Mocks/WebhookPayload.php)",
    url: "https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/tests/integration/Mocks/WebhookPayload.php",
  },
  "truelayer-php-error-response": {
    title: "TrueLayer: PHP client, error responses of its tests (tests/integration/Mocks/ErrorResponse.php)",
    url: "https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/tests/integration/Mocks/ErrorResponse.php",
  },
  "truelayer-java-problem-invalid-parameters": {
    title: "TrueLayer: Java client, an Invalid Parameters response of its tests (src/test/resources/__files/payments/400.request_invalid.json)",
    url: "https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/test/resources/__files/payments/400.request_invalid.json",
  },
  "truelayer-java-auth-invalid-client": {
    title: "TrueLayer: Java client, an invalid_client response of its tests (src/test/resources/__files/auth/400.invalid_client.json)",
    url: "https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/test/resources/__files/auth/400.invalid_client.json",
  },
  "truelayer-java-payment-attempt-failed": {
    title: "TrueLayer: Java client, a payment response of its tests, attempt_failed (src/test/resources/__files/payments/200.get_payment_by_id.bank_transfer.attempt_failed.json)",
    url: "https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/test/resources/__files/payments/200.get_payment_by_id.bank_transfer.attempt_failed.json",
  },
  "truelayer-java-payment-executed": {
    title: "TrueLayer: Java client, a payment response of its tests, executed (src/test/resources/__files/payments/200.get_payment_by_id.bank_transfer.executed.json)",
    url: "https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/test/resources/__files/payments/200.get_payment_by_id.bank_transfer.executed.json",
  },
  "truelayer-java-payout-failed": {
    title: "TrueLayer: Java client, a payout response of its tests, failed (src/test/resources/__files/payouts/200.get_payout_by_id.failed.json)",
    url: "https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/test/resources/__files/payouts/200.get_payout_by_id.failed.json",
  },
  "truelayer-java-payout-executed": {
    title: "TrueLayer: Java client, a payout response of its tests, executed (src/test/resources/__files/payouts/200.get_payout_by_id.executed.json)",
    url: "https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/test/resources/__files/payouts/200.get_payout_by_id.executed.json",
  },
  "truelayer-java-payout-not-found": {
    title: "TrueLayer: Java client, a Not Found response of its tests, for a payout (src/test/resources/__files/payouts/404.payout_not_found.json)",
    url: "https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/test/resources/__files/payouts/404.payout_not_found.json",
  },
  "truelayer-java-refund-failed": {
    title: "TrueLayer: Java client, a refund response of its tests, failed (src/test/resources/__files/payments/200.get_payment_refund_by_id.failed.json)",
    url: "https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/test/resources/__files/payments/200.get_payment_refund_by_id.failed.json",
  },
  "truelayer-java-refund-executed": {
    title: "TrueLayer: Java client, a refund response of its tests, executed (src/test/resources/__files/payments/200.get_payment_refund_by_id.executed.json)",
    url: "https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/test/resources/__files/payments/200.get_payment_refund_by_id.executed.json",
  },
  "truelayer-java-mandate-authorized": {
    title: "TrueLayer: Java client, a mandate response of its tests, authorized (src/test/resources/__files/mandates/200.get_mandate_by_id.authorized.json)",
    url: "https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/test/resources/__files/mandates/200.get_mandate_by_id.authorized.json",
  },
  "truelayer-java-mandate-authorizing": {
    title: "TrueLayer: Java client, a mandate response of its tests, authorizing (src/test/resources/__files/mandates/200.get_mandate_by_id.authorizing.json)",
    url: "https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/test/resources/__files/mandates/200.get_mandate_by_id.authorizing.json",
  },
  "truelayer-php-payment-response": {
    title: "TrueLayer: PHP client, payment responses of its tests (tests/integration/Mocks/PaymentResponse.php)",
    url: "https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/tests/integration/Mocks/PaymentResponse.php",
  },
  "truelayer-php-payout-response": {
    title: "TrueLayer: PHP client, payout responses of its tests (tests/integration/Mocks/PayoutResponse.php)",
    url: "https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/tests/integration/Mocks/PayoutResponse.php",
  },
  "truelayer-php-refund-response": {
    title: "TrueLayer: PHP client, refund responses of its tests (tests/integration/Mocks/RefundResponse.php)",
    url: "https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/tests/integration/Mocks/RefundResponse.php",
  },
  "truelayer-refund-webhooks": {
    title: "TrueLayer: Refund webhooks",
    url: "https://docs.truelayer.com/docs/refund-webhooks",
  },
  "truelayer-payout-webhook-specs": {
    title: "TrueLayer: Payout webhook specifications",
    url: "https://docs.truelayer.com/docs/payout-webhook-specifications",
  },
  "truelayer-java-payment-status": {
    title: "TrueLayer: Java client, payment statuses (src/main/java/com/truelayer/java/payments/entities/paymentdetail/Status.java)",
    url: "https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/main/java/com/truelayer/java/payments/entities/paymentdetail/Status.java",
  },
  "truelayer-ios-hpp-message-abi": {
    title: "TrueLayer: iOS SDK, TrueLayerUI ABI description (string literals of HPPMessage+WebView.swift)",
    url: "https://github.com/TrueLayer/TrueLayer-iOS-SDK/blob/fa7668d41b8e4a0913f6ca54bb9bb20a82085837/Frameworks/TrueLayerUI.xcframework/ios-arm64/TrueLayerUI.framework/Modules/TrueLayerUI.swiftmodule/arm64-apple-ios.abi.json",
  },
  "cdr-licence": {
    title: "Australia CDR: the standards repository's licence (LICENCE.md)",
    url: "https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/LICENCE.md",
  },
  "ukob-v3-1-11-account-info-openapi": {
    title: "UK Open Banking: Account and Transaction API OpenAPI file, v3.1.11 (tag v3.1.11r5; info.license: open-licence): OBError1 and its x-namespaced-enum of error codes",
    url: "https://github.com/OpenBankingUK/read-write-api-specs/blob/6b06eb9f5b319618828151dd637ddff5c00965c2/dist/openapi/account-info-openapi.yaml",
  },
  "ukob-v3-1-11-vrp-openapi": {
    title: "UK Open Banking: Variable Recurring Payments OpenAPI file, v3.1.11 (tag v3.1.11r5; info.license: open-licence): OBError1's error codes and OBVRPStatusReasonCode, and the statuses of a domestic VRP, its details and its consent",
    url: "https://github.com/OpenBankingUK/read-write-api-specs/blob/6b06eb9f5b319618828151dd637ddff5c00965c2/dist/openapi/vrp-openapi.yaml",
  },
  "ukob-v3-1-11-payment-initiation-openapi": {
    title: "UK Open Banking: Payment Initiation API OpenAPI file, v3.1.11 (tag v3.1.11r5; info.license: open-licence): the status enums of its payment-order, consent and multiple authorisation resources and of a payment's details",
    url: "https://github.com/OpenBankingUK/read-write-api-specs/blob/6b06eb9f5b319618828151dd637ddff5c00965c2/dist/openapi/payment-initiation-openapi.yaml",
  },
  "ukob-v3-1-11-pi-profile": {
    title: "UK Open Banking: Payment Initiation API Profile, v3.1.11 documentation (read-write-api-docs-pub, MIT): its Static Enumerations table, each status code with its class and definition",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.11/profiles/payment-initiation-api-profile.md",
  },
  "ukob-v3-1-11-domestic-payments": {
    title: "UK Open Banking: Domestic Payments, v3.1.11 documentation (read-write-api-docs-pub, MIT): the payment-order's statuses and its usage examples",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.11/resources-and-data-models/pisp/domestic-payments.md",
  },
  "ukob-v3-1-11-file-payment-consents": {
    title: "UK Open Banking: File Payment Consents, v3.1.11 documentation (read-write-api-docs-pub, MIT): a file-payment-consent's statuses",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.11/resources-and-data-models/pisp/file-payment-consents.md",
  },
  "ukob-v3-1-11-namespaced-enumerations": {
    title: "UK Open Banking: Namespaced Enumerations, v3.1.11 documentation (read-write-api-docs-pub, MIT): the OBErrorResponseError1Code table, each code with its HTTP status category and description",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.11/references/namespaced-enumerations.md",
  },
  "ukob-v3-1-11-api-profile": {
    title: "UK Open Banking: Read/Write Data API Profile, v3.1.11 documentation (read-write-api-docs-pub, MIT): HTTP status codes, the error response structure and a JSON error response",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.11/profiles/read-write-data-api-profile.md",
  },
  "ukob-v4-internal-codeset": {
    title: "UK Open Banking: OB_Internal_Codeset.csv (External_Internal_CodeSets; no licence stated): OBExternalStatusReason1Code, the v4 four-character codes with their v3.1 names, and the payment, consent and multiple authorisation statuses",
    url: "https://github.com/OpenBankingUK/External_Internal_CodeSets/blob/de0fe9db11834067f82ec9877f941f86d8854cc2/OB_Internal_Codeset.csv",
  },
  "ukob-v4-account-info-openapi": {
    title: "UK Open Banking: Account and Transaction API OpenAPI file, v4.0 (tag v4.0-Update-4; info.license: open-licence): OBError1.ErrorCode as OBExternalStatusReason1Code",
    url: "https://github.com/OpenBankingUK/read-write-api-specs/blob/28811990e053ba2a308812131d67001803382414/dist/openapi/account-info-openapi.yaml",
  },
  "ukob-v4-api-profile": {
    title: "UK Open Banking: Read/Write Data API Profile, v4.0 documentation (read-write-api-docs-pub, MIT): a JSON error response with four-character codes",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/profiles/read-write-data-api-profile.md",
  },
  "ukob-v4-account-access-consents": {
    title: "UK Open Banking: Account Access Consents, v4.0 documentation (read-write-api-docs-pub, MIT): consent responses with StatusReasonCode U036 and U038",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/resources-and-data-models/aisp/account-access-consents.md",
  },
  "ukob-v4-domestic-scheduled-payments": {
    title: "UK Open Banking: Domestic Scheduled Payments, v4.0 documentation (read-write-api-docs-pub, MIT): a payment response with StatusReasonCode U030",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/resources-and-data-models/pisp/domestic-scheduled-payments.md",
  },
  "berlingroup-psd2-api-1-3-8": {
    title: "Berlin Group NextGenPSD2: XS2A Framework OpenAPI file \"psd2-api 1.3.8 2020-11-06v1.yaml\" (info.version 1.3.8_2020-10-22v1), by The Berlin Group under CC BY 4.0 as the file declares: its MessageCode enums per HTTP status and service, and its two error bodies. The copy read is the one adorsys/xs2a-adapter keeps, unchanged since it was added",
    url: "https://github.com/adorsys/xs2a-adapter/blob/4831bd9892c03d95beb56840d31bcd866bb317ea/xs2a-adapter-codegen/src/main/resources/psd2-api%201.3.8%202020-11-06v1.yaml",
  },
  "berlingroup-adorsys-xs2a-error-messages": {
    title: "adorsys xs2a, an implementation of the Berlin Group's XS2A interface: its message bundle error_message.properties, the text it keeps for each message code (Apache-2.0 at this commit; the repository is AGPL-3.0 since 2022-02-01, with the same texts)",
    url: "https://github.com/adorsys/xs2a/blob/350ad401e10ed202c5830739bd2fdc92cfae0d05/xs2a-impl/src/main/resources/error_message.properties",
  },
  "berlingroup-adorsys-xs2a-message-error-code": {
    title: "adorsys xs2a: MessageErrorCode.java, the message codes it sends and their HTTP statuses (Apache-2.0 at this commit; the repository is AGPL-3.0 since 2022-02-01)",
    url: "https://github.com/adorsys/xs2a/blob/350ad401e10ed202c5830739bd2fdc92cfae0d05/xs2a-core/src/main/java/de/adorsys/psd2/xs2a/core/error/MessageErrorCode.java",
  },
  "berlingroup-adorsys-xs2a-roadmap": {
    title: "adorsys xs2a: roadmap.adoc, which records the renaming of REQUIRED_KID_MISSING to KID_MISSING (Apache-2.0 at this commit; the repository is AGPL-3.0 since 2022-02-01)",
    url: "https://github.com/adorsys/xs2a/blob/350ad401e10ed202c5830739bd2fdc92cfae0d05/doc/roadmap.adoc",
  },
  "berlingroup-wso2-tpp-message": {
    title: "WSO2 Open Banking reference implementation of NextGenPSD2: TPPMessage.java, the message codes it sends and their HTTP statuses (Apache-2.0)",
    url: "https://github.com/wso2/reference-implementation-nextgenpsd2/blob/e67a5d7907a9259dae299fb63f5d518de1564571/components/org.wso2.openbanking.berlin.common/src/main/java/org/wso2/openbanking/berlin/common/models/TPPMessage.java",
  },
  "berlingroup-wso2-signature-validation": {
    title: "WSO2 Open Banking reference implementation of NextGenPSD2: SignatureValidationExecutor.java, which sends CERTIFICATE_REVOKED for a revoked signing certificate (Apache-2.0)",
    url: "https://github.com/wso2/reference-implementation-nextgenpsd2/blob/e67a5d7907a9259dae299fb63f5d518de1564571/components/org.wso2.openbanking.berlin.gateway/src/main/java/org/wso2/openbanking/berlin/gateway/executors/SignatureValidationExecutor.java",
  },
  "ietf-ratelimit-headers-06": {
    title: "IETF HTTPAPI: RateLimit header fields for HTTP, draft-ietf-httpapi-ratelimit-headers-06 (RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset)",
    url: "https://github.com/ietf-wg-httpapi/ratelimit-headers/blob/108a26d6fb5c058a00513ea27783de33c9843811/draft-ietf-httpapi-ratelimit-headers.md",
  },
  "ietf-ratelimit-headers-10": {
    title: "IETF HTTPAPI: RateLimit header fields for HTTP, draft-ietf-httpapi-ratelimit-headers-10 (RateLimit-Policy and RateLimit)",
    url: "https://github.com/ietf-wg-httpapi/ratelimit-headers/blob/0669b82c3cf739f52c4d37b2495e88e39fbcd2a2/draft-ietf-httpapi-ratelimit-headers.md",
  },
  "monzo-docs-ob-errors": {
    title: "Monzo API documentation: Open Banking Errors (_ob_errors.md): OBErrorResponse1, Monzo's custom codes, the status of each error prefix and the legacy structure, with an InvalidConsentStatus example",
    url: "https://github.com/monzo/docs/blob/192379a668a677f1dc6afb7d7f5077b9f0506612/source/includes/_ob_errors.md",
  },
  "cdr-mock-data-holder-errors": {
    title: "ConsumerDataRight mock-data-holder: the shared domain's error list (ResponseErrorList.cs), the errors the mock data holder answers with, each with the CDR error code, title and detail",
    url: "https://github.com/ConsumerDataRight/mock-data-holder/blob/8fdd4392c6f6072b32782dc5cde2e467a0959549/Source/Shared/CDR.DataHolder.Shared.Domain/Models/ResponseErrorList.cs",
  },
  "stripe-node-issue-2223": {
    title: "stripe/stripe-node issue #2223, \"Rate Limit returns HTTP 400 status code\" (a user quoting the message of Stripe's 400 answer to creating connected accounts too quickly)",
    url: "https://github.com/stripe/stripe-node/issues/2223",
    readInPart: "Issues-corpus excerpt read: the description (2024-11-05), with the error's message and status 400 and the user's expected behaviour (retry after backing off); the comments were not read.",
  },
  "n26-psd2-tpp-docs-dedicated-pisp": {
    title: "N26 PSD2 TPP documentation: the dedicated interface for payment initiation (dedicated-pisp.md), a Berlin Group ASPSP's payment status answers, with the tppMessages of a rejected payment",
    url: "https://github.com/n26/psd2-tpp-docs/blob/e12e6659093a606c73df97daad7d991c707ac981/doc/dedicated-pisp.md",
  },
  "flinks-fdx-errors": {
    title: "Flinks: List of Data Access Errors (the Outbound API's FDX endpoints: code, message and status of each error, with the common scenarios' actions)",
    url: "https://docs.flinks.com/api/outbound/endpoints/fdx/fdx-errors",
    readInPart: "Read from its start through its Supported errors table (whole: 18 codes, each with its message and status), the Consent errors row and the Transient failures rows; the Non Transient failures table and the section on escalating an error to Flinks were not read.",
  },
  "cdr-errors": {
    title: "Australia CDR: Consumer Data Standards, Error Codes (_errors.md, Release 1.36.0)",
    url: "https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes/standards/_errors.md",
  },
  "cdr-cds-banking": {
    title: "Australia CDR: Banking APIs OpenAPI (cds_banking.yaml: ResponseErrorListV2, ErrorV2)",
    url: "https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes/swagger/cds_banking.yaml",
  },
  "brazil-payments-4-1-0": {
    title: "Brazil Open Finance: Payments API (Pix) 4.1.0 OpenAPI, in Portuguese",
    url: "https://github.com/OpenBanking-Brasil/draft-openapi/blob/b754294adc65766397bc10792cdf665166e9970e/swagger-apis/payments/4.1.0.yml",
  },
  "brazil-automatic-payments-2-0-0": {
    title: "Brazil Open Finance: Automatic Payments API 2.0.0 OpenAPI, in Portuguese",
    url: "https://github.com/OpenBanking-Brasil/draft-openapi/blob/b754294adc65766397bc10792cdf665166e9970e/swagger-apis/automatic-payments/2.0.0.yml",
  },
  "brazil-enrollments-2-1-0": {
    title: "Brazil Open Finance: Enrollments API (no-redirect journey) 2.1.0 OpenAPI, in Portuguese",
    url: "https://github.com/OpenBanking-Brasil/draft-openapi/blob/b754294adc65766397bc10792cdf665166e9970e/swagger-apis/enrollments/2.1.0.yml",
  },
  "yapily-openapi": {
    title: "Yapily: API OpenAPI description 12.13.0 (openapi.json)",
    url: "https://github.com/yapily/yapily-openapi/blob/3f9441bee86c7c3ff94983f4fdeb5be36b6949dd/openapi.json",
  },
  "yapily-openapi-issues": {
    title: "Yapily: OpenAPI repository, Known issues (docs/issues.md: new enum values)",
    url: "https://github.com/yapily/yapily-openapi/blob/3f9441bee86c7c3ff94983f4fdeb5be36b6949dd/docs/issues.md",
  },
  "yapily-docs-error-handling": {
    title: "Yapily: Error handling",
    url: "https://docs.yapily.com/pages/resources/error-handling/",
  },
  "yapily-docs-error-codes": {
    title: "Yapily: Error codes",
    url: "https://docs.yapily.com/pages/resources/error-codes/",
  },
  "yapily-beta-docs-errors": {
    title: "Yapily: Errors (beta documentation: two error response formats)",
    url: "https://beta-docs.yapily.com/resources/errors",
  },
  "yapily-docs-payment-status": {
    title: "Yapily: Payment Status",
    url: "https://docs.yapily.com/guides/payments/payment-status/",
  },
  "yapily-kb-consents": {
    title: "Yapily: Financial Data Consents (knowledge base)",
    url: "https://kb.yapily.com/guides/financial-data/consents/",
  },
  "yapily-docs-webhooks-get-started": {
    title: "Yapily: Webhooks, Get Started",
    url: "https://docs.yapily.com/pages/tools-and-services/webhooks/get-started",
  },
  "pluggy-node-execution": {
    title: "Pluggy Node SDK (pluggy-sdk 0.89.0): execution statuses and execution error codes (src/types/execution.ts)",
    url: "https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/src/types/execution.ts",
  },
  "pluggy-node-execution-2023-02": {
    title: "Pluggy Node SDK at 174255f (February 2023): execution statuses and the twelve execution error codes before USER_NOT_SUPPORTED (src/types/execution.ts)",
    url: "https://github.com/pluggyai/pluggy-node/blob/174255f56cdd778789ffa312f7540b9ec48a5905/src/types/execution.ts",
  },
  "pluggy-node-execution-2024-06": {
    title: "Pluggy Node SDK at d86a8c4 (June 2024): execution statuses with the product steps removed in 2025 (src/types/execution.ts)",
    url: "https://github.com/pluggyai/pluggy-node/blob/d86a8c4cdc17ce77959729f64fe60011c132c2d3/src/types/execution.ts",
  },
  "pluggy-node-item": {
    title: "Pluggy Node SDK (pluggy-sdk 0.89.0): the Item type and its statuses (src/types/item.ts)",
    url: "https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/src/types/item.ts",
  },
  "pluggy-node-webhook": {
    title: "Pluggy Node SDK (pluggy-sdk 0.89.0): webhook events and their payloads (src/types/webhook.ts)",
    url: "https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/src/types/webhook.ts",
  },
  "pluggy-node-webhook-2025-01": {
    title: "Pluggy Node SDK at f5f29a1 (January 2025): webhook events with the payment refund events (src/types/webhook.ts)",
    url: "https://github.com/pluggyai/pluggy-node/blob/f5f29a1412d430a4b8703307bbdac07b79ad7e71/src/types/webhook.ts",
  },
  "pluggy-node-connector": {
    title: "Pluggy Node SDK (pluggy-sdk 0.89.0): the Connector type and its health status (src/types/connector.ts)",
    url: "https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/src/types/connector.ts",
  },
  "pluggy-node-payment-request": {
    title: "Pluggy Node SDK (pluggy-sdk 0.89.0): payment request statuses (src/types/payments/paymentRequest.ts)",
    url: "https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/src/types/payments/paymentRequest.ts",
  },
  "pluggy-node-payment-request-2024-11": {
    title: "Pluggy Node SDK at 8347744 (November 2024): the nine payment request statuses before EXPIRED, AUTHORIZED and CANCELED (src/types/payments/paymentRequest.ts)",
    url: "https://github.com/pluggyai/pluggy-node/blob/8347744c78f797ebb831866aad1e458be42e3d6c/src/types/payments/paymentRequest.ts",
  },
  "pluggy-node-base-api": {
    title: "Pluggy Node SDK (pluggy-sdk 0.89.0): how a request that fails is rejected (src/baseApi.ts)",
    url: "https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/src/baseApi.ts",
  },
  "pluggy-node-error-helpers": {
    title: "Pluggy Node SDK (pluggy-sdk 0.89.0): the integration tests' type of an API error body (tests/integration/helpers.ts)",
    url: "https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/tests/integration/helpers.ts",
  },
  "pluggy-connect-sdk-types": {
    title: "Pluggy Connect SDK 2.14.2 (npm pluggy-connect-sdk): the widget's callbacks and onEvent payloads (dist/module/pluggy-connect.d.ts)",
    url: "https://unpkg.com/pluggy-connect-sdk@2.14.2/dist/module/pluggy-connect.d.ts",
  },
  "pluggy-docs-errors-validations": {
    title: "Pluggy: Errors & Validations (a capture with the LOGIN_ERROR and OUTDATED Item examples)",
    url: "https://docs.pluggy.ai/docs/errors-validations",
  },
  "pluggy-docs-errors-validations-md": {
    title: "Pluggy: Errors & Validations (the Markdown copy, ending inside the OUTDATED example)",
    url: "https://docs.pluggy.ai/en/docs/connections/errors-validations.md",
  },
  "pluggy-docs-errors-validations-partial": {
    title: "Pluggy: Errors & Validations (a capture with Partial Products Errors and statusDetail)",
    url: "https://docs.pluggy.ai/docs/errors-validations",
  },
  "pluggy-docs-item-lifecycle": {
    title: "Pluggy: Item lifecycle (the capture with the Item status table)",
    url: "https://docs.pluggy.ai/docs/item-lifecycle",
  },
  "pluggy-docs-item-lifecycle-flow": {
    title: "Pluggy: Item lifecycle (an earlier capture describing the flow of statuses)",
    url: "https://docs.pluggy.ai/docs/item-lifecycle",
  },
  "pluggy-docs-item-lifecycle-pt": {
    title: "Pluggy (pt): Ciclo de vida do Item (the Markdown copy of the Portuguese page)",
    url: "https://docs.pluggy.ai/pt/docs/connections/item-lifecycle.md",
  },
  "pluggy-docs-items-errors": {
    title: "Pluggy: Items API reference (Creating & Updating Item errors; the capture ends inside the table)",
    url: "https://docs.pluggy.ai/reference/items",
    readInPart: "The copy read of the table of Creating & Updating Item errors ends inside the Action Item of ITEM_IS_ALREADY_UPDATING (\"The same set of credentials is being synced ...\"): the rest of that row and the rows after it were not read.",
  },
  "pluggy-docs-error-codes": {
    title: "Pluggy: Errors Codes (the HTTP statuses of the API, a Markdown copy)",
    url: "https://docs.pluggy.ai/en/docs/developer-tools/error-codes.md",
  },
  "pluggy-docs-authentication-failures": {
    title: "Pluggy: Detecting authentication failures (the Markdown copy; it ends inside the first row of its table)",
    url: "https://docs.pluggy.ai/en/docs/developer-tools/authentication-failures.md",
    readInPart: "The copy read ends inside the first row of the page's table, in its advice for invalid credentials (after the Item becomes LOGIN_ERROR and is no longer auto-synced): the rest of that row and of the page was not read.",
  },
  "pluggy-docs-authentication-failures-pt": {
    title: "Pluggy (pt): Detectando falhas de autenticação (the Markdown copy; it ends inside the first row of its table)",
    url: "https://docs.pluggy.ai/pt/docs/developer-tools/authentication-failures.md",
    readInPart: "The copy read ends inside the first row of the page's table: the rest of that row and of the page was not read.",
  },
  "pluggy-docs-webhooks": {
    title: "Pluggy: Webhook (a capture of the event table with transactions/updated; it ends at payment_intent/created)",
    url: "https://docs.pluggy.ai/docs/webhooks",
    readInPart: "The copy read of the event table ends at payment_intent/created: the rows after it and the rest of the page were not read.",
  },
  "pluggy-docs-webhooks-payments": {
    title: "Pluggy: Webhook (a capture of the event table with the payment intent events)",
    url: "https://docs.pluggy.ai/docs/webhooks",
    readInPart: "The copy read of the event table ends in the row of all (\"Receive ...\"): the rest of that row and of the page was not read.",
  },
  "pluggy-docs-webhooks-sync": {
    title: "Pluggy: Setup Two-way sync with Webhooks (acknowledging a notification)",
    url: "https://docs.pluggy.ai/docs/setup-two-way-sync-with-webhooks",
  },
  "pluggy-docs-webhook-security": {
    title: "Pluggy: Webhook security (the Markdown copy; it ends in its first section, before the source IPs and the signature)",
    url: "https://docs.pluggy.ai/en/docs/developer-tools/webhook-security.md",
    readInPart: "The Markdown copy was read from its start into its section 1: its summary ('How to trust a webhook from Pluggy: HTTPS, source IPs, an authentication header, the HMAC signature and re-fetching the data'), its list of layers ('4. Verify the signature') and section 1 (answer 2xx fast; a handler slower than 10 seconds fails and is retried; some statuses are never retried; a 401 is not). Sections 2 to 5 (the source addresses, the header, the signature: its header, algorithm, signed content and encoding), its checklist and its summary table were not read.",
  },
  "pluggy-recipe-webhook-header-secret": {
    title: "Pluggy: Authenticate webhook notifications with a header secret (a recipe; the capture ends in its sixth step)",
    url: "https://docs.pluggy.ai/en/recipes/authenticate-webhook-notifications-with-a-header-secret",
    readInPart: "The copy read ends in the recipe's sixth step: the rest of that step and anything after it were not read.",
  },
  "pluggy-docs-security-overview": {
    title: "Pluggy: Security overview (the Markdown copy; it ends in its Connect Tokens section)",
    url: "https://docs.pluggy.ai/en/docs/security/overview.md",
    readInPart: "The copy read ends in the page's Connect Tokens section: the rest of the page was not read.",
  },
  "pluggy-docs-reporting-issues": {
    title: "Pluggy: Reporting Issues (the Markdown copy)",
    url: "https://docs.pluggy.ai/en/docs/connections/reporting-issues.md",
  },
  "fintoc-python-errors": {
    title: "fintoc-python 2.23.0: fintoc/errors.py (FintocError and the exception classes the client raises)",
    url: "https://github.com/fintoc-com/fintoc-python/blob/55f141ee0ad25395340907a822b419c23fa54136/fintoc/errors.py",
  },
  "fintoc-python-utils": {
    title: "fintoc-python 2.23.0: fintoc/utils.py (get_error_class picks the class by error.type; can_raise_fintoc_error)",
    url: "https://github.com/fintoc-com/fintoc-python/blob/55f141ee0ad25395340907a822b419c23fa54136/fintoc/utils.py",
  },
  "fintoc-python-webhook": {
    title: "fintoc-python 2.23.0: fintoc/webhook.py (WebhookSignature.verify_header)",
    url: "https://github.com/fintoc-com/fintoc-python/blob/55f141ee0ad25395340907a822b419c23fa54136/fintoc/webhook.py",
  },
  "fintoc-python-webhook-test": {
    title: "fintoc-python 2.23.0: tests/test_webhook.py (a payment_intent.succeeded event signed with whsec_test_secret)",
    url: "https://github.com/fintoc-com/fintoc-python/blob/55f141ee0ad25395340907a822b419c23fa54136/tests/test_webhook.py",
  },
  "fintoc-node-errors": {
    title: "fintoc-node 1.25.0: src/lib/errors.ts (FintocError and the exception classes the client throws)",
    url: "https://github.com/fintoc-com/fintoc-node/blob/d3f74853fcf641fad5dbc8e3736fa30f6682489f/src/lib/errors.ts",
  },
  "fintoc-node-utils": {
    title: "fintoc-node 1.25.0: src/lib/utils.ts (getErrorClass picks the class by error.type; canRaiseHTTPError)",
    url: "https://github.com/fintoc-com/fintoc-node/blob/d3f74853fcf641fad5dbc8e3736fa30f6682489f/src/lib/utils.ts",
  },
  "fintoc-node-webhook": {
    title: "fintoc-node 1.25.0: src/lib/webhook.ts (WebhookSignature.verifyHeader)",
    url: "https://github.com/fintoc-com/fintoc-node/blob/d3f74853fcf641fad5dbc8e3736fa30f6682489f/src/lib/webhook.ts",
  },
  "fintoc-ruby-errors": {
    title: "fintoc-ruby 1.2.0: lib/fintoc/errors.rb (an error class per error code, grouped under HTTP status comments)",
    url: "https://github.com/fintoc-com/fintoc-ruby/blob/b4c624495dd3114d44c16a94e6b4f40372be12ad/lib/fintoc/errors.rb",
  },
  "fintoc-ruby-base-client": {
    title: "fintoc-ruby 1.2.0: lib/fintoc/base_client.rb (raise_custom_error picks the class by error.code)",
    url: "https://github.com/fintoc-com/fintoc-ruby/blob/b4c624495dd3114d44c16a94e6b4f40372be12ad/lib/fintoc/base_client.rb",
  },
  "fintoc-ruby-base-client-spec": {
    title: "fintoc-ruby 1.2.0: spec/lib/fintoc/base_client_spec.rb (an error response whose doc_url is https://docs.fintoc.com/errors)",
    url: "https://github.com/fintoc-com/fintoc-ruby/blob/b4c624495dd3114d44c16a94e6b4f40372be12ad/spec/lib/fintoc/base_client_spec.rb",
  },
  "fintoc-ruby-webhook": {
    title: "fintoc-ruby 1.2.0: lib/fintoc/webhook_signature.rb (WebhookSignature.verify_header)",
    url: "https://github.com/fintoc-com/fintoc-ruby/blob/b4c624495dd3114d44c16a94e6b4f40372be12ad/lib/fintoc/webhook_signature.rb",
  },
  "fintoc-react-native-constants": {
    title: "fintoc-react-native 1.0.3: src/lib/constants.ts (the WebView messages fintocwidget://succeeded and fintocwidget://exit)",
    url: "https://github.com/fintoc-com/fintoc-react-native/blob/027594b8f55b23f27ef26e6e7e55abf173cc99bc/src/lib/constants.ts",
  },
  "fintoc-errors-object": {
    title: "Fintoc API reference: Error Object (the capture listing seven error types)",
    url: "https://docs.fintoc.com/reference/errors-object",
  },
  "fintoc-errors-object-api": {
    title: "Fintoc API reference: Error object (Markdown; the copy ends before the attribute table's type row)",
    url: "https://docs.fintoc.com/api/fintoc-api/errors/errors-object.md",
    readInPart: "The copy read gives the error object's example and ends before the attribute table's type row: that row and the rest of the page were not read.",
  },
  "fintoc-errors-object-es": {
    title: "Fintoc (es): Objeto Error (Markdown; the copy ends before the attribute table's type row)",
    url: "https://docs.fintoc.com/es/api/fintoc-api/errors/errors-object.md",
    readInPart: "The copy read gives the error object's example and ends before the attribute table's type row: that row and the rest of the page were not read.",
  },
  "fintoc-errors-status-codes": {
    title: "Fintoc API reference (v2023-11-15): HTTP status code summary",
    url: "https://docs.fintoc.com/v2023-11-15/api/fintoc-api/errors/errors-status-codes",
  },
  "fintoc-refresh-intents-errors": {
    title: "Fintoc: Refresh Intents, Errors (four error responses)",
    url: "https://docs.fintoc.com/docs/refresh-intents-errors",
  },
  "fintoc-refresh-intents-object": {
    title: "Fintoc API reference: The Refresh Intent object (attribute table)",
    url: "https://docs.fintoc.com/reference/movements-api/refresh-intents/refresh-intents-object",
  },
  "fintoc-refresh-intents-object-es": {
    title: "Fintoc (es): Objeto Refresh Intent (tabla de atributos)",
    url: "https://docs.fintoc.com/es/reference/movements-api/refresh-intents/refresh-intents-object",
  },
  "fintoc-refresh-intents-object-2023": {
    title: "Fintoc API reference (v2023-11-15): Refresh Intent object (its example and table)",
    url: "https://docs.fintoc.com/v2023-11-15/reference/movements-api/refresh-intents/refresh-intents-object",
  },
  "fintoc-refresh-intents-webhook": {
    title: "Fintoc: Wait for the results using a Webhook Endpoint (an account.refresh_intent.succeeded event)",
    url: "https://docs.fintoc.com/docs/refresh-intents-webhook",
  },
  "fintoc-payment-intents-object": {
    title: "Fintoc API reference: Payment Intent Object (attribute table)",
    url: "https://docs.fintoc.com/reference-link/payment-intents-object",
  },
  "fintoc-payment-intents-object-example": {
    title: "Fintoc API reference: Payment Intent Object (its example)",
    url: "https://docs.fintoc.com/reference/payment-intents-object",
  },
  "fintoc-payment-intent-error-reason": {
    title: "Fintoc API reference: Payment intent error reason (bank transfers; the copy ends inside unresolved_final_status's row)",
    url: "https://docs.fintoc.com/api/payments-api/payment-intents/payment-intent-error-reason",
    readInPart: "The copy read ends inside the row of unresolved_final_status: the rest of that row and anything after it were not read.",
  },
  "fintoc-payment-intent-error-reason-es": {
    title: "Fintoc (es): Payment intent error reason (transferencias bancarias; the copy ends inside unresolved_final_status's row)",
    url: "https://docs.fintoc.com/es/api/payments-api/payment-intents/payment-intent-error-reason",
    readInPart: "The copy read ends inside the row of unresolved_final_status: the rest of that row and anything after it were not read.",
  },
  "fintoc-payment-intent-error-reason-country": {
    title: "Fintoc API reference: Payment Intent Error Reason (the capture with a country column, whole to unresolved_final_status)",
    url: "https://docs.fintoc.com/reference/payment-intent-error-reason",
  },
  "fintoc-payment-intent-error-reason-legacy": {
    title: "Fintoc API reference: Payment Intent Error Reason (an earlier capture, with user_left)",
    url: "https://docs.fintoc.com/reference/payment-intent-error-reason",
  },
  "fintoc-types-of-events": {
    title: "Fintoc API reference: Types of events (the capture with payment_intent.expired and .pending)",
    url: "https://docs.fintoc.com/reference/types-of-events",
  },
  "fintoc-types-of-events-refresh": {
    title: "Fintoc API reference: Types of events (the capture with the refresh intent failures)",
    url: "https://docs.fintoc.com/reference/types-of-events",
  },
  "fintoc-types-of-events-2023": {
    title: "Fintoc API reference (v2023-11-15): Types of events (its first rows)",
    url: "https://docs.fintoc.com/v2023-11-15/reference/main-resources/events/types-of-events",
  },
  "fintoc-events-types": {
    title: "Fintoc: Event Types (guide)",
    url: "https://docs.fintoc.com/docs/events-types",
  },
  "fintoc-widget-events": {
    title: "Fintoc: Listen to Widget events (onEvent; the capture ends at app_authentication_required)",
    url: "https://docs.fintoc.com/docs/widget-events",
    readInPart: "The copy read of the onEvent events ends at app_authentication_required: anything after it was not read.",
  },
  "fintoc-widget-events-older": {
    title: "Fintoc: Listen to Widget events (an earlier capture, with the authentication events)",
    url: "https://docs.fintoc.com/docs/widget-events",
  },
  "fintoc-widget-events-es": {
    title: "Fintoc (es): Escuchar eventos del Widget",
    url: "https://docs.fintoc.com/es/docs/resources/widget/widget-events",
  },
  "fintoc-webhooks-creating": {
    title: "Fintoc: Create a webhook endpoint (2xx, unique event id, 17 retries with exponential backoff)",
    url: "https://docs.fintoc.com/guides/resources/webhooks-walkthrough/webhooks-creating-guide",
  },
  "fintoc-webhooks-validating": {
    title: "Fintoc: Validate webhook signatures (Fintoc-Signature: t=…,v1=…)",
    url: "https://docs.fintoc.com/guides/resources/webhooks-walkthrough/webhooks-validating.md",
  },
  "basiq-core-openapi": {
    title: "Basiq: Core API OpenAPI description 3.0.0 (reference/core.json)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/core.json",
  },
  "basiq-data-openapi": {
    title: "Basiq: Data API OpenAPI description 3.0.0 (reference/data.json)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/data.json",
  },
  "basiq-webhooks-openapi": {
    title: "Basiq: Webhooks API OpenAPI description 2.4.1 (reference/webhooks.json)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/webhooks.json",
  },
  "basiq-docs-errors": {
    title: "Basiq: Errors (docs/PLatform/errors-1/index.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/errors-1/index.md",
  },
  "basiq-docs-codes": {
    title: "Basiq: Codes (docs/PLatform/errors-1/codes.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/errors-1/codes.md",
  },
  "basiq-docs-http-errors": {
    title: "Basiq: HTTP errors per endpoint (docs/PLatform/errors-1/http-errors-per-endpoint.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/errors-1/http-errors-per-endpoint.md",
  },
  "basiq-docs-payments-errors": {
    title: "Basiq: Payments Errors (docs/PLatform/errors-1/payments-errors.md, a hidden page)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/errors-1/payments-errors.md",
  },
  "basiq-docs-jobs": {
    title: "Basiq: Jobs (reference/Core/jobs/index.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/Core/jobs/index.md",
  },
  "basiq-docs-handling-jobs": {
    title: "Basiq: Handling jobs (docs/PLatform/api-integration/best-practices/handling-jobs.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/api-integration/best-practices/handling-jobs.md",
  },
  "basiq-docs-testing": {
    title: "Basiq: Testing (reference/TOPICS/testing.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/TOPICS/testing.md",
  },
  "basiq-docs-faq": {
    title: "Basiq: Frequently asked questions (docs/FAQs/frequently-asked-questions.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/FAQs/frequently-asked-questions.md",
  },
  "basiq-docs-events": {
    title: "Basiq: Events (reference/Core/events/index.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/Core/events/index.md",
  },
  "basiq-docs-consent-events": {
    title: "Basiq: Consent Events (docs/PLatform/consent/consent-events.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/consent/consent-events.md",
  },
  "basiq-docs-connections": {
    title: "Basiq: Connections (docs/Data/data-connections.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/Data/data-connections.md",
  },
  "basiq-docs-upcoming-changes": {
    title: "Basiq: Upcoming Changes (docs/PLatform/upcoming-changes.md, a hidden page)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/upcoming-changes.md",
  },
  "basiq-docs-send-payments": {
    title: "Basiq: Send Payments (docs/Payments/send-workflow.md, a hidden page)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/Payments/send-workflow.md",
  },
  "basiq-docs-webhooks": {
    title: "Basiq: Webhooks (docs/PLatform/webhooks/index.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/webhooks/index.md",
  },
  "basiq-docs-webhooks-security": {
    title: "Basiq: Webhooks Security (docs/PLatform/webhooks/webhooks-security.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/webhooks/webhooks-security.md",
  },
  "basiq-docs-webhooks-retries": {
    title: "Basiq: Delivery Schedule and Retries (docs/PLatform/webhooks/delivery-schedule-and-retries.md)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/webhooks/delivery-schedule-and-retries.md",
  },
  "basiq-api-ref-core": {
    title: "Basiq: Core API OpenAPI description 3.0.0 in its API reference repository (basiqio/api-ref, core.yml)",
    url: "https://github.com/basiqio/api-ref/blob/bce9b0fa1a5bcada07563b2afcee9f4b25af6a9b/core.yml",
  },
  "basiq-api-ref-payments-sunset": {
    title: "Basiq: API reference repository commit \"DX-705 Sunsetting Payments from Basiq\" (basiqio/api-ref, payments.yml deleted)",
    url: "https://github.com/basiqio/api-ref/commit/e2c85cae819c5f61f0b2bfb9ecb8146a40a59516",
  },
  "basiq-errors-page": {
    title: "Basiq: Errors (Consent UI and bank errors)",
    url: "https://api.basiq.io/docs/errors",
  },
  "setu-aa-openapi": {
    title: "Setu: AA Gateway API reference, version v2 (api-references/data/account-aggregator.json, OpenAPI 3)",
    url: "https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/api-references/data/account-aggregator.json",
  },
  "setu-aa-notifications": {
    title: "Setu: Account Aggregator Notifications (api-integration/notifications.mdx, the page docs.setu.co/data/account-aggregator/api-integration/notifications)",
    url: "https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/api-integration/notifications.mdx",
  },
  "setu-aa-consent-flow": {
    title: "Setu: Account Aggregator Consent flow (api-integration/consent-flow.mdx: create, get, multi and revoke consent, last fetch status, data sessions by consent)",
    url: "https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/api-integration/consent-flow.mdx",
  },
  "setu-aa-data-apis": {
    title: "Setu: Account Aggregator Data flow (api-integration/data-apis.mdx: data sessions, FI data, Auto-Fetch notifications)",
    url: "https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/api-integration/data-apis.mdx",
  },
  "setu-aa-fip-apis": {
    title: "Setu: Account Aggregator Active FIPs (api-integration/fip-apis.mdx: FIP list and FIP statuses)",
    url: "https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/api-integration/fip-apis.mdx",
  },
  "setu-aa-account-availability": {
    title: "Setu: Account Aggregator Account Availability (api-integration/account-availability-apis.mdx)",
    url: "https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/api-integration/account-availability-apis.mdx",
  },
  "setu-aa-consent-object": {
    title: "Setu: Account Aggregator Consent object (consent-object.mdx: the consent response object, the FIP selector screen's INITIATED status and notifications)",
    url: "https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/consent-object.mdx",
  },
  "setu-aa-embed": {
    title: "Setu: Embed Setu AA (embed-setu-aa.mdx: the redirect to redirectUrl and its query parameters)",
    url: "https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/embed-setu-aa.mdx",
  },
  "setu-aa-quickstart": {
    title: "Setu: Account Aggregator Quickstart guide (quickstart.mdx: the notification endpoint set on the Bridge)",
    url: "https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/quickstart.mdx",
  },
  "setu-aa-v1-request-signing": {
    title: "Setu: Account Aggregator Request signing, v1 (v1/request-signing.mdx, marked outdated by Setu; detached JWS in x-jws-signature)",
    url: "https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/v1/request-signing.mdx",
  },
  "setu-aa-v1-notifications": {
    title: "Setu: Account Aggregator Notifications, v1 (v1/api-integration/notifications.mdx)",
    url: "https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/v1/api-integration/notifications.mdx",
  },
  "setu-aa-v1-migration-notifications": {
    title: "Setu: Account Aggregator Notifications, v1 migration guide (v1/migration-guide/notifications.mdx: the answer to a notification)",
    url: "https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/v1/migration-guide/notifications.mdx",
  },
  "setu-aa-sample-app": {
    title: "Setu: Account Aggregator sample app, Node server (server/node/app.js: its /notification handler)",
    url: "https://github.com/SetuHQ/account-aggregator-sample-app/blob/9fc6e6a26bac27b83b9de51bb9f776f8287aead5/server/node/app.js",
  },
  "setu-sahamati-fiu-callback-api": {
    title: "Sahamati: Financial Information User (FIU) Callback API 2.0.0, the ReBIT AA specification as Sahamati publishes it (FIU-v2-latest.yaml: /Consent/Notification and /FI/Notification with x-jws-signature and aa_api_key)",
    url: "https://github.com/Sahamati/documentation/blob/efcbfbe6a78738e883cee22b662baa50fcda5bf7/.gitbook/assets/FIU-v2-latest.yaml",
  },
  "mono-docs-webhooks": {
    title: "Mono: Webhooks (security: the mono-webhook-secret header, its example check; retries and failure)",
    url: "https://docs.mono.co/docs/webhooks",
  },
  "mono-docs-webhook-introduction": {
    title: "Mono: Webhook Events, Introduction (Connect: acknowledgement, authentication, failure)",
    url: "https://docs.mono.co/docs/financial-data/webhook-introduction",
  },
  "mono-docs-auth-connection": {
    title: "Mono: Webhook Events, Auth (Connection): mono.events.account_connected",
    url: "https://docs.mono.co/docs/financial-data/auth-connection",
  },
  "mono-docs-account-update": {
    title: "Mono: Webhook Events, Account Update (Balance): mono.events.account_updated (the capture of March 2026)",
    url: "https://docs.mono.co/docs/financial-data/account-update",
  },
  "mono-docs-account-update-2022": {
    title: "Mono: Webhook Events, Account Update (Balance) (an earlier capture, with a complete example)",
    url: "https://docs.mono.co/docs/financial-data/account-update",
  },
  "mono-docs-data-sync": {
    title: "Mono: Webhook Events, Data Sync (Tokenization): reauthorisation required, reauthorized, sync failed",
    url: "https://docs.mono.co/docs/financial-data/data-sync-tokenization",
    readInPart: "The copy read is cut in the example body of mono.events.sync_failed, after its first line: the rest of that body and of the page was not read.",
  },
  "mono-docs-unlink": {
    title: "Mono: Webhook Events, Unlink (Disconnection): mono.events.account_unlinked",
    url: "https://docs.mono.co/docs/financial-data/unlink",
  },
  "mono-docs-realtime-data": {
    title: "Mono: Real-Time Data (jobs, X-JOB-STATUS, mono.accounts.jobs.update)",
    url: "https://docs.mono.co/docs/financial-data/realtime-data",
  },
  "mono-docs-account-details": {
    title: "Mono API: Account Details (the capture with Data Statuses and Definitions)",
    url: "https://docs.mono.co/api/bank-data/accounts/details",
  },
  "mono-docs-account-details-notice": {
    title: "Mono API: Account Details (the capture of August 2025 announcing the data statuses of September 15, 2025)",
    url: "https://docs.mono.co/api/bank-data/accounts/details",
  },
  "mono-docs-account-information": {
    title: "Mono: Account Information (the v2 response object and its fields)",
    url: "https://docs.mono.co/docs/financial-data/account-information",
  },
  "mono-docs-account-v1": {
    title: "Mono: Account Information (the earlier documentation's API object of GET /accounts/{id})",
    url: "https://docs.mono.co/docs/account",
  },
  "mono-docs-overview-flow": {
    title: "Mono: Overview flow (account connected, account updated, data_status AVAILABLE)",
    url: "https://docs.mono.co/docs/overview-flow",
  },
  "mono-docs-errors": {
    title: "Mono: Errors (the capture with API Error Codes)",
    url: "https://docs.mono.co/docs/errors",
    readInPart: "The copy read gives the API Error Codes table whole and is cut in the Error Handling section after it: the rest of the page was not read.",
  },
  "mono-docs-errors-readme": {
    title: "Mono: Errors (another capture of the page, with other words for 402)",
    url: "https://docs.mono.co/docs/errors",
  },
  "mono-docs-login-to-institution": {
    title: "Mono API reference: Login to institution (Partners API, responseCode)",
    url: "https://docs.mono.co/reference/login-to-institution",
  },
  "mono-docs-reauth-guide": {
    title: "Mono: Partners API Reauthorisation Guide (the reauth session response)",
    url: "https://docs.mono.co/docs/financial-data/partners-api-guide/reauth-guide",
  },
  "mono-docs-directpay-webhooks": {
    title: "Mono: DirectPay Webhook Events (a capture with the account connected event sent with a payment)",
    url: "https://docs.mono.co/docs/payments/onetime/webhook-events",
  },
  "mono-connect-js": {
    title: "Mono: connect.js 2.0.2, connect.js (the window message types and the onEvent names they map to)",
    url: "https://github.com/withmono/connect.js/blob/3fe3ab40fd38cbf19133bf0efe36321e85879e00/connect.js",
  },
  "mono-connect-js-utils": {
    title: "Mono: connect.js 2.0.2, utils.js (the widget frame at connect.mono.co; LOADED and OPENED dispatched by the SDK)",
    url: "https://github.com/withmono/connect.js/blob/3fe3ab40fd38cbf19133bf0efe36321e85879e00/utils.js",
  },
  "mono-connect-js-readme": {
    title: "Mono: connect.js 2.0.2, README.md (onSuccess, onClose, onEvent: event names and the data object)",
    url: "https://github.com/withmono/connect.js/blob/3fe3ab40fd38cbf19133bf0efe36321e85879e00/README.md",
  },
  "mono-connect-js-types": {
    title: "Mono: connect.js, types/connect.d.ts (the typings: onSuccess data, onEvent(eventName: string, data))",
    url: "https://github.com/withmono/connect.js/blob/90ba7f9d1ff6224d290bd2e0252d133e93ee7c68/types/connect.d.ts",
  },
  "mono-connect-js-2022": {
    title: "Mono: connect.js (2022), utils.js (the widget frame at connect.withmono.com)",
    url: "https://github.com/withmono/connect.js/blob/a353a6c628b185124efdefb3efbdf385382e566b/utils.js",
  },
  "mono-connect-js-npm": {
    title: "Mono: @mono.co/connect.js 2.2.0, the package npm publishes (connect.js, utils.js, README.md; reauthorise(accountId))",
    url: "https://registry.npmjs.org/@mono.co/connect.js/-/connect.js-2.2.0.tgz",
  },
  "mono-connect-rn": {
    title: "Mono: connect-react-native, mono-connect.tsx (the WebView message types and onEvent names)",
    url: "https://github.com/withmono/connect-react-native/blob/36e52e530835826aad562c710faf2aad07b8070a/mono-connect.tsx",
  },
  "mono-connect-rn-types": {
    title: "Mono: connect-react-native, types.ts (WebviewMessage {type, data}; MonoEventData)",
    url: "https://github.com/withmono/connect-react-native/blob/36e52e530835826aad562c710faf2aad07b8070a/types.ts",
  },
  "mono-connect-ios": {
    title: "Mono: connect-ios, ConnectEventMapper.swift (message types to event names; UNKNOWN)",
    url: "https://github.com/withmono/connect-ios/blob/8ca69057a7130d44e52ee8654c53b28ee9b34fbc/Sources/ConnectKit/ConnectEventMapper.swift",
  },
  "mono-connect-ios-widget": {
    title: "Mono: connect-ios, MonoWidget.swift (the deprecated message types; success and close)",
    url: "https://github.com/withmono/connect-ios/blob/8ca69057a7130d44e52ee8654c53b28ee9b34fbc/Sources/ConnectKit/MonoWidget.swift",
  },
  "mono-connect-android": {
    title: "Mono: connect-android, ConnectEvent.java (message types to event names; SUCCESS, UNKNOWN)",
    url: "https://github.com/withmono/connect-android/blob/a73fb6fd6ddc43a75add6404a57eea6f87bb7ad3/widget/src/main/java/mono/connect/kit/ConnectEvent.java",
  },
  "mono-connect-android-web": {
    title: "Mono: connect-android, MonoWebInterface.java (the deprecated message types; the SUCCESS event it sends)",
    url: "https://github.com/withmono/connect-android/blob/a73fb6fd6ddc43a75add6404a57eea6f87bb7ad3/widget/src/main/java/mono/connect/kit/MonoWebInterface.java",
  },
  "mono-connect-android-readme": {
    title: "Mono: connect-android, README.md (ConnectEvent: event names and the data object)",
    url: "https://github.com/withmono/connect-android/blob/a73fb6fd6ddc43a75add6404a57eea6f87bb7ad3/README.md",
  },
  "mono-connect-flutter-types": {
    title: "Mono: connect-flutter, connect_event_type.dart (the message types, deprecated ones marked)",
    url: "https://github.com/withmono/connect-flutter/blob/accfad1413c2f1f58c255ca4aec6712681b15dbf/lib/src/models/connect_event_type.dart",
  },
  "mono-connect-flutter-constants": {
    title: "Mono: connect-flutter, constants.dart (the message types and the connect.mono.co host)",
    url: "https://github.com/withmono/connect-flutter/blob/accfad1413c2f1f58c255ca4aec6712681b15dbf/lib/src/utils/constants.dart",
  },
  "mono-data-sync-demo": {
    title: "Mono: mono-data-sync-demo, authMiddleware.js (the webhook secret compared with the header)",
    url: "https://github.com/withmono/mono-data-sync-demo/blob/719be4ff125b740790fec6dbab7156a9b03cfc01/middleware/authMiddleware.js",
  },
  "mono-data-sync-demo-webhook": {
    title: "Mono: mono-data-sync-demo, allControllers.js (the webhook handler: data_status AVAILABLE, PROCESSING, FAILED)",
    url: "https://github.com/withmono/mono-data-sync-demo/blob/719be4ff125b740790fec6dbab7156a9b03cfc01/controllers/allControllers.js",
  },
  "stripe-docs-error-codes": {
    title: "Error codes (Stripe's own page, a stored copy that ends in its table's first rows)",
    url: "https://docs.stripe.com/error-codes",
    readInPart: "The copy read gives the page's introduction and its first codes, in alphabetical order, from account_closed to amount_too_large, and ends at the start of the next code (\"amoun\"): every code after it (amount_too_small, the bank-account and Financial Connections codes among them) was not read.",
  },
  "belvo-payments-webhooks-br-page": {
    title: "Belvo: Payments Webhooks (Brazil) (the capture with the outbound IP addresses)",
    url: "https://developers.belvo.com/developer_resources/resources-webhooks-payments-brazil",
    readInPart: "The copy read runs from the page's start through its outbound IP addresses and its response best practice into its retry policy, where it ends (\"… with each attempt spaced 60 sec\"): the rest of the retry policy and of the page was not read.",
  },
  "mono-docs-errors-2022": {
    title: "Mono: Errors (a capture of the page's version last updated May 19th, 2022, with its Direct Debit Error Codes)",
    url: "https://docs.mono.co/docs/errors",
    readInPart: "The copy read gives the API Error Codes table whole and the Direct Debit Error Codes table as far as the row of code 30 (\"Format erro\"): the rest of that table and of the page was not read.",
  },
  "basiq-docs-codes-first-version": {
    title: "Basiq: Codes (docs/PLatform/errors-1/codes.md), its first version (\"Create doc `codes`\", 2024-12-04): a table of 36 rows, which later versions cut to five",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/75ec0125b09c1543c756368154de8dbb7d43d636/docs/PLatform/errors-1/codes.md",
  },
  "fintoc-ruby-utils": {
    title: "fintoc-ruby 1.2.0: lib/fintoc/utils.rb (snake_to_pascal, which error_class applies to the code)",
    url: "https://github.com/fintoc-com/fintoc-ruby/blob/b4c624495dd3114d44c16a94e6b4f40372be12ad/lib/fintoc/utils.rb",
  },
  "fintoc-ruby-v2-transfer": {
    title: "fintoc-ruby 1.2.0: lib/fintoc/v2/resources/transfer.rb (the v2 Transfer and a predicate per status)",
    url: "https://github.com/fintoc-com/fintoc-ruby/blob/b4c624495dd3114d44c16a94e6b4f40372be12ad/lib/fintoc/v2/resources/transfer.rb",
  },
  "fintoc-ruby-vcr-transfer-return": {
    title: "fintoc-ruby: the recorded response of POST /v2/transfers/{id}/return (a VCR cassette of its spec 'returns a Transfer instance with return_pending status', recorded 2025-09-02 from api.fintoc.com in test mode)",
    url: "https://github.com/fintoc-com/fintoc-ruby/blob/b4c624495dd3114d44c16a94e6b4f40372be12ad/spec/vcr/Fintoc_V2_Client/behaves_like_a_client_with_transfers_manager/_transfers/_return/returns_a_Transfer_instance_with_return_pending_status.yml",
  },
  "fintoc-docs-error-reasons": {
    title: "Fintoc: Error Reasons (fintoc_error_reason in the file the Payment Intents Dashboard downloads)",
    url: "https://docs.fintoc.com/docs/error-reasons",
  },
  "pluggy-docs-items-errors-joined": {
    title: "Pluggy: Items API reference (Creating & Updating Item errors; a capture that writes four split names as 'X _Y' and ends in the ITEM_IS_ALREADY_UPDATING row)",
    url: "https://docs.pluggy.ai/reference/items",
    readInPart: "Read from the table's heading to the Action Item of ITEM_IS_ALREADY_UPDATING, where the capture ends; the rows after it were not read.",
  },
  "pluggy-docs-items-errors-rows": {
    title: "Pluggy: Items API reference (Creating & Updating Item errors; a capture of the rows that ends at the start of the CONNECTOR_REQUIRED / PARAMETER_VALIDATION_ERROR row)",
    url: "https://docs.pluggy.ai/reference/items",
    readInPart: "Read from the table's first row to the start of the CONNECTOR_REQUIRED / PARAMETER_VALIDATION_ERROR row ('The parame'), where the capture ends; that row's texts and the rows after it were not read in it.",
  },
  "pluggy-docs-items-errors-messages": {
    title: "Pluggy: Items API reference (Creating & Updating Item errors; a capture without the split code names, ending in the Action Item after 'The parameter {parameter} is required to be renewed for item update.')",
    url: "https://docs.pluggy.ai/reference/items",
    readInPart: "Read from the table's heading to the eleventh row's Action Item, cut at 'can't be updat'; the rest was not read. The capture leaves out the code cells rendered in two pieces.",
  },
  "pluggy-docs-error-codes-reference": {
    title: "Pluggy: Error Codes (the reference page's Markdown copy: the error body, its fields and the status table)",
    url: "https://docs.pluggy.ai/en/docs/reference/error-codes.md",
    readInPart: "Read from its start: the shape every error has ({code, codeDescription, message, data}), its field table, its example body and the status table to the 409 row; the rest was not read.",
  },
  "pluggy-docs-rate-limits": {
    title: "Pluggy: Rate limits (the 429 error body and Retry-After)",
    url: "https://docs.pluggy.ai/docs/rate-limits",
    readInPart: "Read from its start to the response headers' example, which the copy cuts after RateLimit-Limit; the rest was not read.",
  },
  "pluggy-java-execution-error-code": {
    title: "Pluggy Java SDK: the enum ExecutionErrorCode (src/main/java/ai/pluggy/client/response/ExecutionErrorCode.java)",
    url: "https://github.com/pluggyai/pluggy-java/blob/32f8c23a528bca07a39f9190022d44e3e111bf15/src/main/java/ai/pluggy/client/response/ExecutionErrorCode.java",
  },
  "pluggy-node-commit-f136147": {
    title: "Pluggy Node SDK commit f136147 'feat: add smart transfers webhooks' (2025-12-09), which removes payment_refund/completed and payment_refund/error from WEBHOOK_EVENTS (src/types/webhook.ts)",
    url: "https://github.com/pluggyai/pluggy-node/commit/f1361471d21435fab8802665ebb71f5284a90908",
  },
  "pluggy-agent-skills-webhook-setup": {
    title: "Pluggy: agent-skills, an AI agent's skill for integrating Pluggy: its webhook rule (skills/pluggy-integration/rules/webhook-setup.md, 'Retry Policy')",
    url: "https://github.com/pluggyai/agent-skills/blob/1e3ac7f062151cc0a9f06a95de9c33083402d1c9/skills/pluggy-integration/rules/webhook-setup.md",
  },
  "pluggy-agent-skills-doc-suggestions": {
    title: "Pluggy: agent-skills, 'Pluggy Documentation Improvement Suggestions' (docs/DOCUMENTATION_SUGGESTIONS.md: additions it proposes for the webhook documentation)",
    url: "https://github.com/pluggyai/agent-skills/blob/1e3ac7f062151cc0a9f06a95de9c33083402d1c9/docs/DOCUMENTATION_SUGGESTIONS.md",
    readInPart: "Its first section (Webhook Documentation: the gaps it lists and the additions it suggests, among them a retry policy and an X-Pluggy-Signature check) was read; the later sections were not.",
  },
  "mono-docs-dd-webhooks": {
    title: "Mono: Direct Debit Webhook Events (the capture last updated Oct 7th, 2025)",
    url: "https://docs.mono.co/docs/payments/direct-debit/webhook-events",
    readInPart: "Read from its start through events.mandates.created and the opening of events.mandates.rejected; the other mandate events and the debit events were not read.",
  },
  "mono-docs-directpay-webhooks-2026": {
    title: "Mono: DirectPay Webhook Events (the capture last updated June 10th, 2026)",
    url: "https://docs.mono.co/docs/payments/onetime/webhook-events",
    readInPart: "Read from its start through mono.events.account_connected and direct_debit.payment_successful to its data.object.account.institution, where the capture ends; the rest of that body and the failed, cancelled and abandoned events were not read.",
  },
  "berlingroup-paysera-error-handling": {
    title: "Paysera Open Banking API (a Berlin Group NextGenPSD2 ASPSP): Error Handling & Solutions, its Standard Error Response Format (a CONSENT_EXPIRED tppMessage with validUntil) and the fields it lists",
    url: "https://developers.paysera.com/guides/open-banking/guides/error-handling",
    readInPart: "The page's start was read (its overview and its standard error response format with the fields it lists); its common error scenarios after the first, an invalid certificate, were not read.",
  },
  "berlingroup-psd2-api-1-3-11": {
    title: "Berlin Group NextGenPSD2: XS2A Framework OpenAPI file \"psd2-api v1.3.11-2021-10-01v1.yaml\" (info.version 1.3.11_2021-09-24), by The Berlin Group under CC BY 4.0 as the file declares: its MessageCode enums per HTTP status and service, those of its 200 and 201 answers to a payment initiation included. The copy read is the one Staðlaráð Íslands (Icelandic Standards) keeps in stadlar/IST-FUT-FMTH, unchanged since it was added there on 2021-12-14",
    url: "https://github.com/stadlar/IST-FUT-FMTH/blob/f70f733ffbb12e5bfe320383cba52024aca85cb1/Vinnusv%C3%A6%C3%B0i/Stu%C3%B0ningsefni/Berlin-group/v1.3.11/psd2-api%20v1.3.11-2021-10-01v1.yaml",
  },
  "berlingroup-ig-1-3-8": {
    title: "Berlin Group NextGenPSD2 XS2A Framework Implementation Guidelines, Version 1.3.8, 30 October 2020 (PDF), published by the Berlin Group under the Creative Commons Attribution-NoDerivatives 4.0 International Public License (CC BY-ND 4.0): section 14.11 Message Code, each message code's HTTP status and description, quoted here verbatim and credited to the Berlin Group, never reworded. The copy read is the one Staðlaráð Íslands (Icelandic Standards) keeps in stadlar/IST-FUT-FMTH",
    url: "https://github.com/stadlar/IST-FUT-FMTH/blob/f70f733ffbb12e5bfe320383cba52024aca85cb1/Vinnusv%C3%A6%C3%B0i/Stu%C3%B0ningsefni/Berlin-group/v.1.3.8/03.%20NextGenPSD2%20Access%20to%20Account%20Interoperability%20Framework%20-%20Implementation%20Guidelines%20V1.3.8_20201030.pdf",
    readInPart: "The PDF's text was read for its License Notice (first page) and its section 14.11 Message Code (14.11.1 to 14.11.5, printed pages 276 to 281), every row of which was read; the rest of the Guidelines was not read.",
  },
  "yapily-docs-bulk-individual-payment-status": {
    title: "Yapily: Individual Payment Status (Bulk Payments)",
    url: "https://docs.yapily.com/payments/bulk-payments/individual-payment-status",
    readInPart: "A stored copy of the page, from its start through its table of payment status detail codes, which ends at the B014 row; whether anything follows that table was not read.",
  },
  "brazil-consents-3-3-1": {
    title: "Brazil Open Finance: API Consents (customer data sharing) 3.3.1 OpenAPI, in Portuguese",
    url: "https://github.com/OpenBanking-Brasil/draft-openapi/blob/b754294adc65766397bc10792cdf665166e9970e/swagger-apis/consents/3.3.1.yml",
  },
  "belvo-docs-handling-mfa": {
    title: "Belvo: Handling multi-factor authentication",
    url: "https://developers.belvo.com/docs/handling-2-factor-authentication",
    readInPart: "A stored copy of the page from its start through its annotated 428 Token Required payload and the first words of its expect_user_input section; the rest (the MFA methods) was not read.",
  },
  "belvo-support-mfa": {
    title: "Belvo Help Center: How can I handle Multi-Factor Authentication (MFA)? (an older article, on the api.belvo.co host)",
    url: "https://support.belvo.com/hc/en-us/articles/360005805538-How-can-I-handle-Multi-Factor-Authentication-MFA-",
  },
  "mastercard-us-unexpected-system-issue": {
    title: "Mastercard Open Finance US: Unexpected System Error",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/request/unexpected-system-issue/",
    readInPart: "The stored copy of the page: its introduction and its list of the codes it files under Unexpected System Error as far as the link to 20014, cut there; the rest of the list and of the page was not read.",
  },
  "mastercard-us-unexpected-system-issue-990-995": {
    title: "Mastercard Open Finance US: 990, 991, 992, 993, 994, and 995",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/request/unexpected-system-issue/990-991-992-993-994-995/",
    readInPart: "The stored copy of the page: its title and its table's rows Error Codes, Remediation Category, HTTP Status and Data Connect Alert (cut after \"Not applicable.\"); the rows after Data Connect Alert (Error Message, Troubleshooting Steps, Retriable by End User and any others) were not read.",
  },
  "mastercard-us-unexpected-system-issue-996-998": {
    title: "Mastercard Open Finance US: 996, 997 and 998",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/request/unexpected-system-issue/996-997-998/",
    readInPart: "The stored copy of the page: its title and its table's rows Error Codes, Remediation Category, HTTP Status and Data Connect Alert (cut after \"Not applicable.\"); the rows after Data Connect Alert (Error Message, Troubleshooting Steps, Retriable by End User and any others) were not read.",
  },
  "mastercard-us-unexpected-system-issue-1000-14030": {
    title: "Mastercard Open Finance US: 1000, 1001, 1002, 1004, 1005, 1009, 1010, 1011, 1012, and 14030",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/request/unexpected-system-issue/1000-1001-1002-1004-1005-1009-1010-1011-1012-14030/",
    readInPart: "The stored copy of the page: its title and its table's rows Error Codes, Remediation Category, HTTP Status and Data Connect Alert (cut after \"Not applicable.\"); the rows after Data Connect Alert (Error Message, Troubleshooting Steps, Retriable by End User and any others) were not read.",
  },
  "lean-data-errors": {
    title: "Lean: Data errors",
    url: "https://docs.leantech.me/reference/data-errors",
    readInPart: "The stored copy of the page: its introduction and its table's rows EU_ACCOUNT_LOCKED, LOGGED_IN_ELSEWHERE, BANK_ISSUE, UNSEEN_BANK_ERROR, BANK_MAINTENANCE and LEAN_ERROR, cut inside LEAN_ERROR's What to do; the rest of the table and of the page was not read.",
  },
  "mx-widget-connected": {
    title: "MX: Connect widget, connected step (src/views/connected/Connected.tsx)",
    url: "https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/connected/Connected.tsx",
  },
  "iso-4q2023-xsd": {
    title: "ISO 20022 External Code Sets, 4Q2023 release, version 2, XSD form (4Q2023_ExternalCodeSets_v2.xsd): ExternalStatusReason1Code, each code with its Name, Definition and registration (status, requestor, dates). The copy read is the one Open Banking Limited keeps in External_Internal_CodeSets, whose README says it is fetched from iso20022.org",
    url: "https://github.com/OpenBankingUK/External_Internal_CodeSets/blob/de0fe9db11834067f82ec9877f941f86d8854cc2/4Q2023_ExternalCodeSets_v2.xsd",
  },
  "iso-4q2023-xlsx": {
    title: "ISO 20022 External Code Sets, 4Q2023 release, version 2, spreadsheet (4Q2023_ExternalCodeSets_v2.xlsx): its Intro&History sheet (publication date 04 Mar 2024, quarterly maintenance, the code statuses Registered, Provisionally Registered and Obsolete), ExternalStatusReason1Code's rows in AllCodeSets, and the messages that use the set in UsageInMsgs; as Open Banking Limited keeps it",
    url: "https://github.com/OpenBankingUK/External_Internal_CodeSets/blob/de0fe9db11834067f82ec9877f941f86d8854cc2/4Q2023_ExternalCodeSets_v2.xlsx",
    readInPart: "The Intro&History sheet was read whole, and in AllCodeSets every row of ExternalStatusReason1Code and every row whose code is AC17; the other code sets' rows were not read.",
  },
  "iso-4q2023-json": {
    title: "ISO 20022 External Code Sets, 4Q2023 release, version 2, JSON Schema form (4Q2023_ExternalCodeSets_v2.json): definitions.ExternalStatusReason1Code, its enum of 271 codes and a description holding each code's definition; as Open Banking Limited keeps it",
    url: "https://github.com/OpenBankingUK/External_Internal_CodeSets/blob/de0fe9db11834067f82ec9877f941f86d8854cc2/4Q2023_ExternalCodeSets_v2.json",
  },
  "tap-external-code-sets-json": {
    title: "A later copy of ISO 20022's External Code Sets in JSON Schema form (external_code_sets.json), kept by the Transaction Authorization Protocol project (TransactionAuthorizationProtocol/iso20022-external-code-sets, MIT; its README: \"The ISO20022 data is published by ISO and is used in accordance with their terms.\"): definitions.ExternalStatusReason1Code, 301 codes with their definitions. The copy names no edition; it was committed on 2025-03-11, after the 4Q2023 release",
    url: "https://github.com/TransactionAuthorizationProtocol/iso20022-external-code-sets/blob/a325faf8720308b74e03f6058c3308a8976bf070/external_code_sets.json",
  },
  "iso-terms-of-use": {
    title: "ISO 20022: Terms of use",
    url: "https://www.iso20022.org/terms-use",
  },
  "iso-ipr": {
    title: "ISO 20022: Intellectual property rights (the Intellectual Property Rights Policy of the ISO 20022 Repository)",
    url: "https://www.iso20022.org/intellectual-property-rights",
    readInPart: "The page was read whole; the contributing organisations' IPR policies it offers for download were not read.",
  },
  "ukob-v4-codesets-readme": {
    title: "UK Open Banking: External_Internal_CodeSets README.md (what each file of the code sets repository holds: the ISO full code set fetched from iso20022.org, the OBL internal and proprietary code sets)",
    url: "https://github.com/OpenBankingUK/External_Internal_CodeSets/blob/de0fe9db11834067f82ec9877f941f86d8854cc2/README.md",
  },
  "ukob-v4-codesets-first-upload": {
    title: "UK Open Banking: OB_Proprietary_Enums.csv as first uploaded to External_Internal_CodeSets (2024-04-10): OBExternalStatusReason1Code's numeric codes written 80, 81, 82, 83, 84, 1181 and 0",
    url: "https://github.com/OpenBankingUK/External_Internal_CodeSets/blob/007ef6a800e19ef4c31ae34572e12dd36b735ad8/OB_Proprietary_Enums.csv",
    readInPart: "The rows of OBExternalStatusReason1Code were read; the file's other code sets were not.",
  },
  "ukob-v4-events-openapi": {
    title: "UK Open Banking: Event Notification API OpenAPI file, v4.0 (tag v4.0-Update-4): OBError1.ErrorCode as OBExternalStatusReason1Code, with the example AC17 and a pointer to ExternalReturnReason1Code",
    url: "https://github.com/OpenBankingUK/read-write-api-specs/blob/28811990e053ba2a308812131d67001803382414/dist/openapi/events-openapi.yaml",
  },
  "ukob-v4-vrp-openapi": {
    title: "UK Open Banking: Variable Recurring Payments OpenAPI file, v4.0 (tag v4.0-Update-4): OBErrorResponse1 and OBError1.ErrorCode as OBExternalStatusReason1Code (example U001), and the statuses of a domestic VRP, its details and its consent",
    url: "https://github.com/OpenBankingUK/read-write-api-specs/blob/28811990e053ba2a308812131d67001803382414/dist/openapi/vrp-openapi.yaml",
  },
  "ukob-v4-events": {
    title: "UK Open Banking: Events, v4.0 documentation (read-write-api-docs-pub, MIT): the data dictionary of OBEventNotification2, whose events claim holds each event under its namespaced type, and of each event's class",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/resources-and-data-models/event-notifications/events.md",
  },
  "ukob-v4-event-notifications": {
    title: "UK Open Banking: Event Notifications, v4.0 documentation (read-write-api-docs-pub, MIT): the Real Time Event Notification API's usage examples, each notification with its decoded JWT body",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/resources-and-data-models/event-notifications/event-notifications.md",
  },
  "ukob-v4-event-notification-profile": {
    title: "UK Open Banking: Event Notification API Profile, v4.0 documentation (read-write-api-docs-pub, MIT): the event types and their extensibility",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/profiles/event-notification-api-profile.md",
  },
  "ukob-v4-vrp-profile": {
    title: "UK Open Banking: Variable Recurring Payments API Profile, v4.0 documentation (read-write-api-docs-pub, MIT): its event notifications for a changed DebtorAccount and a VRP consent the PSU cancelled",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/profiles/vrp-profile.md",
  },
  "ukob-v4-payment-initiation-openapi": {
    title: "UK Open Banking: Payment Initiation API OpenAPI file, v4.0 (tag v4.0-Update-4): a payment's StatusReason[].StatusReasonCode (OBPaymentStatusReason, example ERIN), read as OBExternalStatusReason1Code, and the status enums of its payment, consent and multiple authorisation resources",
    url: "https://github.com/OpenBankingUK/read-write-api-specs/blob/28811990e053ba2a308812131d67001803382414/dist/openapi/payment-initiation-openapi.yaml",
  },
  "ukob-v4-vrp-usage-examples": {
    title: "UK Open Banking: VRP usage examples, v4.0 documentation (read-write-api-docs-pub, MIT): a payment response with StatusReasonCode \"83\"",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/references/usage-examples/vrp-usage-examples.md",
  },
  "ukob-v4-funds-confirmation-consent": {
    title: "UK Open Banking: Funds Confirmation Consent, v4.0 documentation (read-write-api-docs-pub, MIT): consent responses with StatusReasonCode \"83\"",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/resources-and-data-models/cbpii/funds-confirmation-consent.md",
  },
  "ukob-v4-domestic-payments": {
    title: "UK Open Banking: Domestic Payments, v4.0 documentation (read-write-api-docs-pub, MIT): a payment response with StatusReasonCode \"U30\"",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/resources-and-data-models/pisp/domestic-payments.md",
  },
  "uaeopenfinance-readme": {
    title: "UAE Open Finance: the api-specs repository's README (Nebras Open Finance), which calls the repository's OpenAPI YAML files “the source of truth” and its main branch “published, authoritative, and externally consumable”",
    url: "https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/README.md",
  },
  "uaeopenfinance-licence": {
    title: "UAE Open Finance: the api-specs repository's licence (LICENSE, MIT License)",
    url: "https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/LICENSE",
  },
  "uaeopenfinance-payment": {
    title: "UAE Open Finance: Payment API OpenAPI file, v2.1-errata2 (uae-bank-initiation-openapi.yaml)",
    url: "https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata2/uae-bank-initiation-openapi.yaml",
  },
  "uaeopenfinance-account-information": {
    title: "UAE Open Finance: Account Information API OpenAPI file, v2.1-errata2",
    url: "https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata2/uae-account-information-openapi.yaml",
  },
  "uaeopenfinance-authorization": {
    title: "UAE Open Finance: Authorization Endpoints API OpenAPI file (/par, /token), v2.1-errata2",
    url: "https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata2/uae-authorization-endpoints-openapi.yaml",
  },
  "uaeopenfinance-confirmation-of-payee": {
    title: "UAE Open Finance: Confirmation of Payee API OpenAPI file, v2.1-errata2",
    url: "https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata2/uae-confirmation-of-payee-openapi.yaml",
  },
  "uaeopenfinance-webhook": {
    title: "UAE Open Finance: Webhook Template OpenAPI file, v2.1-errata2",
    url: "https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata2/uae-webhook-template-openapi.yaml",
  },
  "uaeopenfinance-insurance": {
    title: "UAE Open Finance: Insurance API OpenAPI file, v2.1-errata1",
    url: "https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata1/uae-insurance-openapi.yaml",
  },
  "uaeopenfinance-fx": {
    title: "UAE Open Finance: FX API OpenAPI file, v2.1-errata1",
    url: "https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata1/uae-fx-service-initiation-openapi.yaml",
  },
  "uaeopenfinance-account-opening": {
    title: "UAE Open Finance: Account Opening API OpenAPI file, v2.1 (no errata)",
    url: "https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1/uae-account-opening-service-initiation-openapi.yaml",
  },
  "uaeopenfinance-atm": {
    title: "UAE Open Finance: ATM API OpenAPI file, v2.1 (no errata)",
    url: "https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1/uae-atm-openapi.yaml",
  },
  "uaeopenfinance-product": {
    title: "UAE Open Finance: Product API OpenAPI file, v2.1 (no errata)",
    url: "https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1/uae-product-openapi.yaml",
  },
  "polishapi-2-1-2": {
    title: "PolishAPI 2_1_2 (Swagger 2.0, ZBP-polish-api-2_1_2-swagger.json), as a third party keeps a copy of it: ITger/PolishAPI_sample (no first-party copy could be read)",
    url: "https://github.com/ITger/PolishAPI_sample/blob/cf445125452c67a6dcdd45d7d12009f61916a260/ZBP-polish-api-2_1_2-swagger.json",
  },
  "polishapi-2-1-1": {
    title: "PolishAPI 2_1_1 (PolishAPI-ver2_1_1.yaml), as a third party keeps a copy of it: maciekSzubiczuk/polishAPI_compliance_tool",
    url: "https://github.com/maciekSzubiczuk/polishAPI_compliance_tool/blob/8338f7ba09581b97edc9afe2ee1c86c7d88030d6/polishapi_specification/PolishAPI-ver2_1_1.yaml",
  },
  "polishapi-2-1": {
    title: "PolishAPI 2_1 (PolishAPI-ver2_1.yaml), as a third party keeps a copy of it, edited to parse: tuatarapl/polish-api-aspsp-mock",
    url: "https://github.com/tuatarapl/polish-api-aspsp-mock/blob/8a5b3ce87a761cdbd63124c3f6c9792ac1ad4f1d/src/api/PolishAPI-ver2_1.yaml",
  },
  "polishapi-licence": {
    title: "PolishAPI's licence as a third party states it: fintradetec/psd2-polishapi, LICENSE.md (“The PolishAPI standard documentation is available based on the Creative Commons Attribution 3.0 Poland licence”); polishapi.org itself could not be read, and the specification files carry no licence",
    url: "https://github.com/fintradetec/psd2-polishapi/blob/45c1045dd0f45d9b7960aaebb54398a29c70a4d1/LICENSE.md",
  },
  "gc-help-bank-rate-limit-headers": {
    title: "GoCardless Bank Account Data help centre: Bank API Rate Limits and Rate Limit Headers",
    url: "https://bankaccountdata.zendesk.com/hc/en-gb/articles/11529584398236-Bank-API-Rate-Limits-and-Rate-Limit-Headers",
    readInPart: "Read up to 'HTTP_X_RATELIMIT_RESET : provides the time remaining in the c' (cut mid-word); the HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_* definitions, units and any examples after that point were NOT read.",
  },
  "oca-pr-809": {
    title: "OCA/bank-statement-import PR #809 (quotes a real GoCardless rate-limit message)",
    url: "https://github.com/OCA/bank-statement-import/pull/809",
    readInPart: "Issues-corpus excerpt (PR description) read.",
  },
  "gc-help-180-days": {
    title: "GoCardless Bank Account Data help centre: What is continuous access and why is it limited to 180 days?",
    url: "https://bankaccountdata.zendesk.com/hc/en-gb/articles/11529884814748-What-is-continuous-access-and-why-is-it-limited-to-180-days",
    readInPart: "Read up to '...allowing for a longer duration of cont' (cut).",
  },
  "nordigen-help-regain-access": {
    title: "Nordigen (now GoCardless Bank Account Data) old help centre: How to regain access to an account once the access has expired?",
    url: "https://ob.helpscoutdocs.com/article/128-how-to-regain-access-to-an-account-once-the-access-has-expired",
  },
  "nordigen-php": {
    title: "GoCardless Bank Account Data official PHP client (nordigen-php)",
    url: "https://github.com/nordigen/nordigen-php/tree/acbf54570d29c0487ffbe709fb11d3821f9ae7b0",
  },
  "plaid-update-mode": {
    title: "Plaid Docs: Updating Items via Link (update mode)",
    url: "https://plaid.com/docs/link/update-mode/index.html.md",
    readInPart: "First two paragraphs of 'When to use update mode' read.",
  },
  "plaid-rate-limit-table": {
    title: "Plaid Docs: Rate Limit Exceeded errors (capture of 2026-11-28, the rate limit table)",
    url: "https://plaid.com/docs/errors/rate-limit-exceeded/",
    readInPart: "A stored copy of the page from its start into its Production rate limit table, cut in the /network/status/get row: the rest of the table, the Sandbox table and the per-code sections were not read in this capture.",
  },
  "stripe-rate-limits": {
    title: "Stripe Docs: Rate limits",
    url: "https://stripe.com/docs/rate-limits",
    readInPart: "Read to the Meter events limit ('In test mode,' cut). The sections 'Handling limiting gracefully' and any header description were NOT read; docs.stripe.com/rate-limits (newer revision: '100 operations' live, '25 operations' sandbox, endpoints 25/s) read to a similar depth.",
  },
  "stripe-changelog-2015-09-08-rate-limits": {
    title: "Stripe changelog 2015-09-08: Rate-limited requests return 429, no rate_limit code",
    url: "https://docs.stripe.com/changelog/2015-09-08/rate-limited-requests-return-429-no-rate-limit",
    readInPart: "The entry's first sentences were read; the rest of the page was not.",
  },
  "stripe-changelog-fc-deactivation-events": {
    title: "Stripe changelog 2026-07-29.dahlia: Adds deactivation event notifications for Financial Connections accounts and authorizations",
    url: "https://docs.stripe.com/changelog/dahlia/2026-07-29/financial-connections-deactivation-event-notifications",
    readInPart: "Read the first three bullets; the authorization.upcoming_deactivation bullet (its timing) was cut.",
  },
  "stripe-docs-idempotency": {
    title: "Stripe Docs: Idempotent requests",
    url: "https://docs.stripe.com/idempotency",
    readInPart: "A stored copy of the page from its start to \"If incoming parameters fail validation, or the request conflict\" (cut): the rest was not read.",
  },
  "stripe-python-http-client": {
    title: "Stripe: stripe-python stripe/_http_client.py, when a request is retried and how long it waits",
    url: "https://github.com/stripe/stripe-python/blob/6c6e3736d16dde7a2f0155379ea3cd99b976460b/stripe/_http_client.py",
    readInPart: "HTTPClient's retry constants, _should_retry and _sleep_time_seconds were read; the rest of the file was not.",
  },
  "stripe-python-init": {
    title: "Stripe: stripe-python stripe/__init__.py, the module's defaults",
    url: "https://github.com/stripe/stripe-python/blob/6c6e3736d16dde7a2f0155379ea3cd99b976460b/stripe/__init__.py",
    readInPart: "The module's settings (max_network_retries and its neighbours) were read; the rest of the file was not.",
  },
  "stripe-docs-api-v2-accounts": {
    title: "Stripe API Reference: Accounts v2 (Create an account and its Error Codes)",
    url: "https://docs.stripe.com/api/v2/core/accounts",
    readInPart: "A stored extraction of the page's text (collected 2026-04-16) read from its start through Create an account's Error Codes, whose last row is 429 account_rate_limit_exceeded \"Account cannot exceed a configured concurrency rate limit on updates.\"; the rest was not read.",
  },
  "stripe-go-error": {
    title: "Stripe: stripe-go error.go, which 429s the client retries",
    url: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go",
    readInPart: "The comment and code on retrying a 429 (lines 372-381), the ErrorType constants (lines 12-28) and the V2 error structs RateLimitError and TemporarySessionExpiredError with their canRetry (lines 456-510) were read; the rest of the file was not.",
  },
  "lean-postman-uae": {
    title: "Lean Postman collection, UAE (Lean-API-UAE.postman_collection.json)",
    url: "https://github.com/leantechnologies/lean-postman/blob/b883f2818f8f1c79e036596e6eb38147dd192f38/UAE/Lean-API-UAE.postman_collection.json",
  },
  "lean-postman-ksa": {
    title: "Lean Postman collection, KSA (LeanAPI-KSA.postman_collection.json)",
    url: "https://github.com/leantechnologies/lean-postman/blob/b883f2818f8f1c79e036596e6eb38147dd192f38/KSA/LeanAPI-KSA.postman_collection.json",
  },
  "basiq-rate-limiting": {
    title: "Basiq: API Rate Limiting",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/api-integration/api-rate-limiting.md",
  },
  "basiq-consent-actions": {
    title: "Basiq: Consent Actions (Consent UI action parameter)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/consent/consent-actions.md",
  },
  "basiq-quickstart-dashboard": {
    title: "Basiq: Quickstart (Basiq dashboard)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/Basiq%20Developer%20Hub/getting-started/quickstart-basiq-dashboard.md",
    readInPart: "grep hits only (consent duration row, line 124).",
  },
  "basiq-docs-authentication": {
    title: "Basiq: reference/Core/authentication/index.md (Authentication)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/Core/authentication/index.md",
  },
  "basiq-docs-best-practices": {
    title: "Basiq: docs/PLatform/api-integration/best-practices/index.md (Best practices)",
    url: "https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/api-integration/best-practices/index.md",
  },
  "belvo-ofda-widget-token": {
    title: "Belvo: OFDA widget token configuration",
    url: "https://developers.belvo.com/docs/ofda-widget-token-configuration",
    readInPart: "Search excerpt: consent durations and token example.",
  },
  "belvo-webhook-consents": {
    title: "Belvo: Consents (Webhooks)",
    url: "https://developers.belvo.com/docs/webhook-consents",
    readInPart: "Search excerpts (pages corpus, 5 captures, two page versions); the openfinance_consent_expired example is cut after 'institution'.",
  },
  "pluggy-docs-consents": {
    title: "Pluggy: Consents and expiration",
    url: "https://docs.pluggy.ai/docs/consents",
    readInPart: "Search excerpts from the page start to 'with a new consentExpiresAt'; cut.",
  },
  "pluggy-docs-rate-limits-of": {
    title: "Pluggy: Rate limits of Open Finance (the monthly operational limits of Brazil's Open Finance)",
    url: "https://docs.pluggy.ai/docs/rate-limits-of",
    readInPart: "A stored excerpt of the page, read from its start to the account balance row of its table: the rest of the table was not read.",
  },
  "pluggy-node-consent": {
    title: "Pluggy: pluggy-node src/types/consent.ts, the Consent object",
    url: "https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/src/types/consent.ts",
  },
  "fintoc-docs-rate-limits": {
    title: "Fintoc: API rate limits (docs/home)",
    url: "https://docs.fintoc.com/docs/home/api-rate-limits",
    readInPart: "Search excerpt from the page start through 'Handle rate limiting'; end of page not visible.",
  },
  "fintoc-guide-reconnect-link": {
    title: "Fintoc guide: Reconnect a Link",
    url: "https://docs.fintoc.com/guides/movements/guides/guides-reconnect-link",
    readInPart: "Search excerpt from the page start; cut at 'Reconnect from the dashboard'.",
  },
  "fintoc-guides-rate-limits": {
    title: "Fintoc: API rate limits (guides/home)",
    url: "https://docs.fintoc.com/guides/home/api-rate-limits",
    readInPart: "Search excerpt from the page start through its advice on handling rate limiting; the end of the page was not read.",
  },
  "fintoc-docs-rate-limits-2023": {
    title: "Fintoc: API rate limits (docs, the revision with an IP rate limit)",
    url: "https://docs.fintoc.com/docs/api-rate-limits",
    readInPart: "A stored copy of the page from its start to its advice on handling rate limiting, cut in it (\"Use an exponenti\"): the rest was not read.",
  },
  "fintoc-docs-idempotent-requests": {
    title: "Fintoc: Idempotent Requests",
    url: "https://docs.fintoc.com/reference/idempotent-requests",
    readInPart: "A stored copy of the page from its start to its curl example (cut in it): the rest of the page was not read.",
  },
  "fintoc-python-client": {
    title: "Fintoc: fintoc-python fintoc/client.py, the client's request headers",
    url: "https://github.com/fintoc-com/fintoc-python/blob/55f141ee0ad25395340907a822b419c23fa54136/fintoc/client.py",
  },
  "fintoc-node-client": {
    title: "Fintoc: fintoc-node src/lib/client.ts, the client's request headers",
    url: "https://github.com/fintoc-com/fintoc-node/blob/d3f74853fcf641fad5dbc8e3736fa30f6682489f/src/lib/client.ts",
  },
  "setu-aa-dir-grep": {
    title: "SetuHQ/docs: Account Aggregator content and API references (directory grep)",
    url: "https://github.com/SetuHQ/docs/tree/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator",
  },
  "yapily-docs-fd-consents": {
    title: "Yapily: Financial data consents",
    url: "https://docs.yapily.com/data/financial-data-resources/financial-data-consents",
    readInPart: "Search excerpt from the page start (status transitions, Re-authorisation); cut before the page end.",
  },
  "truelayer-common-headers": {
    title: "TrueLayer: HTTP Headers",
    url: "https://docs.truelayer.com/docs/common-headers",
  },
  "truelayer-connections": {
    title: "TrueLayer: Connections",
    url: "https://docs.truelayer.com/docs/connections",
    readInPart: "Search excerpt from the page start; cut in the Authentication section.",
  },
  "truelayer-extend-a-connection": {
    title: "TrueLayer: Extend a connection",
    url: "https://docs.truelayer.com/docs/extend-a-connection",
    readInPart: "Search excerpts (HTML and .md copy, the .md updatedAt 2026-07-16) from the start; cut at 'Recommended endpoint'.",
  },
  "truelayer-php-backoff": {
    title: "TrueLayer: truelayer-php src/Services/ApiClient/Decorators/ExponentialBackoffDecorator.php, which errors the client retries",
    url: "https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/src/Services/ApiClient/Decorators/ExponentialBackoffDecorator.php",
  },
  "truelayer-php-retry": {
    title: "TrueLayer: truelayer-php src/Services/Util/Retry.php, the client's retry loop and its delay",
    url: "https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/src/Services/Util/Retry.php",
  },
  "truelayer-php-idempotency": {
    title: "TrueLayer: truelayer-php src/Services/ApiClient/Decorators/IdempotencyKeyDecorator.php, the idempotency key the client sends and renews",
    url: "https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/src/Services/ApiClient/Decorators/IdempotencyKeyDecorator.php",
  },
  "mono-docs-reauth-code": {
    title: "Mono API reference: Reauth code (POST /accounts/{id}/reauthorise)",
    url: "https://docs.mono.co/reference/reauth-code",
    readInPart: "Search excerpts (3 captures): description, 10-minute expiry, widget call, events; response examples not read.",
  },
  "mono-node-readme": {
    title: "Mono: mono-node README.md (the re-authorisation and data sync sections)",
    url: "https://github.com/withmono/mono-node/blob/4263942d8cfb99fbe36ce6fe032d48f6deaf69ec/README.md",
    readInPart: "The re-authorisation and data sync sections (lines 260-275) were read; the rest of the file was not.",
  },
  "yodlee-docs-error-codes": {
    title: "Yodlee: Error Documentation (API error codes)",
    url: "https://developer.yodlee.com/resources/yodlee/error-codes",
    readInPart: "A stored copy of the page, read from its start: the sample error response, the error object's three attributes and the Authentication Errors table from Y001 to Y008, cut in Y008's cause and action (\"…invalid or has expir\"); the rest of the table and the page's other tables (validation and generic errors) were not read.",
  },
  "yodlee-docs-api-v1-0-error-codes": {
    title: "Envestnet | Yodlee: Error Codes for Yodlee API v1.0 (refresh status codes)",
    url: "https://developer.envestnet.com/resources/yodlee/api-v1-0-error-codes/docs",
    readInPart: "A stored copy of the page, read from its start: the three types of errors (agent, site, UAR) and the List of Error Codes' first four rows (0, 801, 802 and 401, cut in 401's description); the rest of the list was not read.",
  },
  "yodlee-docs-fastlink4-error-handling": {
    title: "Yodlee: FastLink 4 Error Handling",
    url: "https://developer.yodlee.com/resources/yodlee/fastlink-4/docs/error_handling",
    readInPart: "A stored copy of the page, read from its start: the sample error post message and its four attributes, and the Deep-Linking Errors table from E700 to E800, cut in E800's description; the rest of the page was not read.",
  },
  "yodlee-docs-fastlink-upgrade-post-messages": {
    title: "Envestnet | Yodlee: FastLink Upgrade Post Messages",
    url: "https://developer.envestnet.com/resources/yodlee/upgrade-guide/docs/fastlink-upgrade-post-messages",
    readInPart: "A stored copy of the page, read from its start: the field name changes of the post messages, the deprecated fields, the resize event's legacy and FastLink 4 bodies, cut in the legacy body of the Account Addition Failed message (\"fnToCall\":\"accountStatus\"); the other error, success and close events, and the Upgrade Guide's Error Code to Dataset Additional Status Mappings it links to, were not read.",
  },
  "yodlee-docs-webhooks": {
    title: "Envestnet | Yodlee: Webhooks overview",
    url: "https://developer.envestnet.com/resources/yodlee/webhooks/docs",
  },
  "yodlee-java-additional-status": {
    title: "Yodlee Java SDK: yodlee-api-model, AdditionalStatusType (dataset.additionalStatus)",
    url: "https://github.com/Yodlee/java-sdk/blob/87a010a6304a76bdfeabcf65a103da0485917780/yodlee-api-model/src/main/java/com/yodlee/api/model/enums/AdditionalStatusType.java",
  },
  "yodlee-java-provider-account-status": {
    title: "Yodlee Java SDK: yodlee-api-model, ProviderAccountStatus (providerAccount.status)",
    url: "https://github.com/Yodlee/java-sdk/blob/87a010a6304a76bdfeabcf65a103da0485917780/yodlee-api-model/src/main/java/com/yodlee/api/model/provideraccounts/enums/ProviderAccountStatus.java",
  },
  "yodlee-java-provider-account": {
    title: "Yodlee Java SDK: yodlee-api-model, AbstractProviderAccount (the fields of a provider account)",
    url: "https://github.com/Yodlee/java-sdk/blob/87a010a6304a76bdfeabcf65a103da0485917780/yodlee-api-model/src/main/java/com/yodlee/api/model/provideraccounts/AbstractProviderAccount.java",
  },
  "yodlee-java-yodlee-error": {
    title: "Yodlee Java SDK: yodlee-api-model, YodleeError (the API error object)",
    url: "https://github.com/Yodlee/java-sdk/blob/87a010a6304a76bdfeabcf65a103da0485917780/yodlee-api-model/src/main/java/com/yodlee/api/model/YodleeError.java",
  },
  "yodlee-java-validation-messages": {
    title: "Yodlee Java SDK: yodlee-api-model, ValidationMessages_en.properties (the SDK's messages, each with its error code)",
    url: "https://github.com/Yodlee/java-sdk/blob/87a010a6304a76bdfeabcf65a103da0485917780/yodlee-api-model/src/main/resources/ValidationMessages_en.properties",
  },
  "yodlee-java-notification-events": {
    title: "Yodlee Java SDK: yodlee-api-model, ConfigsNotificationEventType (the events a webhook subscription names)",
    url: "https://github.com/Yodlee/java-sdk/blob/87a010a6304a76bdfeabcf65a103da0485917780/yodlee-api-model/src/main/java/com/yodlee/api/model/configs/enums/ConfigsNotificationEventType.java",
  },
  "yodlee-fastlink-rn-view": {
    title: "Yodlee FastLink sample apps: React Native FastLinkView.js (the post messages FastLink passes to a web view)",
    url: "https://github.com/Yodlee/fastlink/blob/3c928373286d52357e2066d3390e404f3d48bbcf/v4/mobile/react-native/FastLink/app/views/FastLinkView.js",
  },
  "mx-openapi": {
    title: "MX Platform API OpenAPI (openapi/mx_platform_api.yml, openapi/v20250224.yml)",
    url: "https://github.com/mxenabled/openapi/tree/61085cf486f5ab774eb15f3b8c85102d94481815/openapi",
  },
  "mx-docs-errors": {
    title: "MX Platform API: Errors (capture of the current version)",
    url: "https://docs.mx.com/api-reference/platform-api/overview/errors",
    readInPart: "A stored copy of the page from its start to the 429 row, cut in its second point (\"To prevent thi\"): the rest of the page, the length of the window and any header were not read.",
  },
  "mx-docs-errors-v20111101": {
    title: "MX Platform API v20111101: Errors",
    url: "https://docs.mx.com/api-reference/platform-api/v20111101/overview/errors",
    readInPart: "A stored copy of the page from its start to the 429 row, cut in it: the rest was not read.",
  },
  "flinks-retrieve-account-data": {
    title: "Flinks Docs: Retrieve account data",
    url: "https://docs.flinks.com/guides/connect/retrieve-account-data",
    readInPart: "Read to 'Wait 10 seconds, then call' (cut).",
  },
  "flinks-pay-authorize": {
    title: "Flinks: FlinksPay /Authorize",
    url: "https://docs.flinks.com/api/pay/endpoints/authorize/authorize",
    readInPart: "A stored copy of the endpoint's reference from its start to its response fields; any page after it was not read.",
  },
  "flinks-outbound-token": {
    title: "Flinks: Outbound Open Banking API, Token (/api/v1/token)",
    url: "https://docs.flinks.com/api/outbound/endpoints/authorize/token.md",
    readInPart: "A stored copy of the page's Markdown from its start into its OpenAPI block (cut in it): the rest was not read.",
  },
  "flinks-authentication-reference": {
    title: "Flinks: Authentication reference (the credentials table)",
    url: "https://docs.flinks.com/guides/connect/authentication-reference",
    readInPart: "The credentials table was read; the rest of the page was not.",
  },
  "flinks-get-accounts-summary-async": {
    title: "Flinks: /GetAccountsSummaryAsync",
    url: "https://docs.flinks.com/reference/getaccountssummaryasync",
    readInPart: "The page was read in part (its polling rule); the rest was not.",
  },
  "mastercard-ofd-consent-management": {
    title: "Mastercard Open Finance Data: Consent Management",
    url: "https://developer.mastercard.com/open-finance-data/documentation/consent-management/",
    readInPart: "Read to 'Partners are notified through webhooks when: Data is refreshed. A consen' (cut).",
  },
  "ukob-v3110-readme": {
    title: "UK OB v3.1.10 README change log",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.10/README.md",
    readInPart: "Change-log lines 20-52 read. The v3.1.10 tree was added by commit 58580d8df2bec2f714b27544ec60624c46d1412b \"Release/v3.1.10 (#46)\" dated 2022-04-28 (git log of the mirror).",
  },
  "ukob-v3111-ais-profile": {
    title: "UK OB Account and Transaction API Profile v3.1.11",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.11/profiles/account-and-transaction-api-profile.md",
    readInPart: "Read the ExpirationDateTime section only (grep for ExpirationDateTime / 90 days).",
  },
  "ukob-ceg-change-log-v4": {
    title: "UK Open Banking: Customer Experience Guidelines, Change Log v4.0 (changes from v3.1.11)",
    url: "https://standards.openbanking.org.uk/customer-experience-guidelines/change-log/latest",
    readInPart: "A stored copy of the page from its start into the AIS Consent Dashboard's re-authentication change (cut): the rest of the change log was not read.",
  },
  "ukob-v4-ais-profile": {
    title: "UK Open Banking: Account and Transaction API Profile, v4.0 documentation (read-write-api-docs-pub, MIT)",
    url: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/profiles/account-and-transaction-api-profile.md",
    readInPart: "Its sections on the consent's expiry, re-authentication and revocation (lines 390-460) were read; the rest was not.",
  },
  "bg-or-13": {
    title: "NextGenPSD2 XS2A Framework Operational Rules V1.3 (2018-12-21), PDF copy",
    url: "https://github.com/stadlar/IST-FUT-FMTH/blob/f70f733ffbb12e5bfe320383cba52024aca85cb1/Vinnusv%C3%A6%C3%B0i/Stu%C3%B0ningsefni/Berlin-group/v.1.3.8/02.%20NextGenPSD2%20Access%20to%20Account%20Interoperability%20Framework%20-%20Operational%20Rules%20V1.3_20181221.pdf",
    readInPart: "Converted whole; searched for validity/frequency/90 days/per day; section 7.4.1 read.",
  },
  "cdr-codes": {
    title: "CDS HTTP Response Codes",
    url: "https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes/standards/_response-codes.md",
  },
  "cdr-headers": {
    title: "CDS HTTP Headers",
    url: "https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes/standards/_headers.md",
  },
  "cdr-nfr-traffic": {
    title: "CDS NFR Traffic Thresholds",
    url: "https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes/nfrs/_traffic-thresholds.md",
  },
  "cdr-request-object": {
    title: "CDS Request Object (sharing_duration)",
    url: "https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes/security/_request_object.md",
    readInPart: "Lines 40-105 read.",
  },
  "cdr-revocation": {
    title: "CDS CDR Arrangement Revocation endpoint",
    url: "https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes/security/endpoints/_cdr_arrangement_revocation.md",
  },
  "cdr-identifiers-subject-types": {
    title: "CDS Security Profile: Identifiers and Subject Types (_identifiers_and_subject_types.md: the token endpoint's response)",
    url: "https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes/security/_identifiers_and_subject_types.md",
  },
  "cdr-tokens": {
    title: "CDS Security Profile: Tokens (_tokens.md)",
    url: "https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes/security/_tokens.md",
  },
  "cdr-session-requirements": {
    title: "CDS NFR Session Requirements",
    url: "https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes/nfrs/_session-requirements.md",
  },
  "cdr-standards-includes": {
    title: "Consumer Data Standards: the standard's source (slate/source/includes, searched whole for idempotency)",
    url: "https://github.com/ConsumerDataStandardsAustralia/standards/tree/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes",
  },
  "br-consents-331": {
    title: "API Consents 3.3.1 (customer data)",
    url: "https://github.com/OpenBanking-Brasil/openapi/blob/9116cf09c1c371782a46280eebda4a2b59244675/swagger-apis/consents/3.3.1.yml",
  },
  "br-enrollments-120": {
    title: "API Enrollments 1.2.0 (older)",
    url: "https://github.com/OpenBanking-Brasil/openapi/blob/9116cf09c1c371782a46280eebda4a2b59244675/swagger-apis/enrollments/1.2.0.yml",
    readInPart: "Retry-After header read.",
  },
  "br-payments-200": {
    title: "API Payments 2.0.0 (older)",
    url: "https://github.com/OpenBanking-Brasil/openapi/blob/9116cf09c1c371782a46280eebda4a2b59244675/swagger-apis/payments/2.0.0.yml",
    readInPart: "TooManyRequests response read.",
  },
  "enablebanking-openapi-8e8ab97c": {
    title: "Enable Banking API reference 1.0.0-8e8ab97c (enablebanking-api.yaml, OpenAPI 3.1.0), as a third party keeps a copy of it: fatihcatalkaya/RoomieFunds (no first-party copy of the file could be read): the ErrorCode, SessionStatus and PaymentStatus enums with their x-enum-descriptions, a mapping keyed by code name, and the ErrorResponse schema",
    url: "https://github.com/fatihcatalkaya/RoomieFunds/blob/17db20c9dbce6dbcd6c8c4bea22794e7938cb3c2/enablebanking-api.yaml",
  },
  "enablebanking-openapi-33d10df1": {
    title: "Enable Banking API reference 1.0.0-33d10df1 (enablebanking-api.yaml), as a third party keeps a copy of it: tech-gian/EnableBanking (no first-party copy of the file could be read); its ErrorCode, ErrorResponse, SessionStatus and PaymentStatus are those of 1.0.0-8e8ab97c",
    url: "https://github.com/tech-gian/EnableBanking/blob/ad93cd2666d72f4b09ff7281e8088b100c6845c7/enablebanking-api.yaml",
  },
  "enablebanking-openapi-f30f2f09": {
    title: "Enable Banking API reference 1.0.0-f30f2f09 (enablebanking-api.yaml, OpenAPI 3.0.3), as a third party keeps a copy of it: karlis-vagalis/banker (no first-party copy of the file could be read): the ErrorCode and SessionStatus enums with their x-enum-descriptions, a list in the order of the code names sorted (drift pairs them so), and the ErrorResponse schema",
    url: "https://github.com/karlis-vagalis/banker/blob/1d0c58010bfd960922167fb087b7b947870136fb/enablebanking-api.yaml",
  },
  "enablebanking-webhooks": {
    title: "Enable Banking Docs: Webhooks",
    url: "https://enablebanking.com/docs/api/webhooks",
    readInPart: "A stored copy of the page, read from its start through Allowing Webhook Origins, Authorisation of Webhooks and Acknowledgement of Webhooks, cut at \"Unacknowledged webhoo\": the rest of the acknowledgement and retry text, any list of webhook types, example webhook bodies and any claim beyond sub, environment and msgi were not read.",
  },
  "enablebanking-whisper-money-557": {
    title: "whisper-money/whisper-money pull request #557, \"fix(banking): handle EnableBanking expired sessions as reconnect, not error\" (an app's production error report quoting Enable Banking's answer: HTTP 401 {\"error\":\"EXPIRED_SESSION\"})",
    url: "https://github.com/whisper-money/whisper-money/pull/557",
    readInPart: "The pull request's description, from its start to its Problem section's second paragraph; the rest of the description, its changes and its review were not read.",
  },
  "enablebanking-firefly-iii-12733": {
    title: "firefly-iii/firefly-iii issue #12733, \"Enable Banking session renewal still not persisting to config JSON\" (a user's log quoting Enable Banking's 401 answer to GET /sessions/{id} in full)",
    url: "https://github.com/firefly-iii/firefly-iii/issues/12733",
    readInPart: "One comment of 2026-09-14 was read, in its log lines; the issue's other comments were not read.",
  },
  "enablebanking-samples-go-utils": {
    title: "Enable Banking: enablebanking-api-samples go_example/utils.go, the application's JWT as the official sample signs it",
    url: "https://github.com/enablebanking/enablebanking-api-samples/blob/7a16788840c42b63c305652f8ea29ab69207db25/go_example/utils.go",
  },
  "uae-cs-consent-req": {
    title: "UAE TPP Standards v2.1 - Consent Requirements",
    url: "https://github.com/Nebras-Open-Finance/community-standards/blob/572513f5a6c8ee163a221f59f62da8c4df786404/docs/tech/tpp-standards/v2.1/consent/requirements.md",
  },
  "uae-cs-consent": {
    title: "UAE TPP Standards v2.1 - Consent (states)",
    url: "https://github.com/Nebras-Open-Finance/community-standards/blob/572513f5a6c8ee163a221f59f62da8c4df786404/docs/tech/tpp-standards/v2.1/consent/index.md",
  },
  "uae-cs-tokens": {
    title: "UAE Open Finance community standards: TPP standards, Security, Tokens",
    url: "https://github.com/Nebras-Open-Finance/community-standards/blob/572513f5a6c8ee163a221f59f62da8c4df786404/docs/tech/tpp-standards/security/tokens/index.md",
  },
  "uae-cs-handling-callback": {
    title: "UAE Open Finance community standards: TPP standards, Security, FAPI, Handling the callback",
    url: "https://github.com/Nebras-Open-Finance/community-standards/blob/572513f5a6c8ee163a221f59f62da8c4df786404/docs/tech/tpp-standards/security/fapi/handling-callback.md",
    readInPart: "Its token exchange and token response example (lines 200-275) were read; the rest was not.",
  },
  "uae-cs-lfi-single-instant-payment": {
    title: "UAE Open Finance community standards: LFI API Hub guide (the standard's guide for banks), v2.1, Single Instant Payment, API guide (POST /payments, PATCH /payment-log/{id}, GET /payments/{paymentId})",
    url: "https://github.com/Nebras-Open-Finance/community-standards/blob/1cb5dbe8dc8d6c472d26d53f41c68dbea41d68b9/docs/tech/lfi-api-hub/v2.1/banking/service-initiation/domestic-payments/single-instant-payment/api-guide.md",
  },
  "uae-cs-request-headers": {
    title: "UAE Open Finance community standards: TPP standards, Security, Request headers",
    url: "https://github.com/Nebras-Open-Finance/community-standards/blob/572513f5a6c8ee163a221f59f62da8c4df786404/docs/tech/tpp-standards/security/request-headers.md",
  },
  "uae-cs-payment-status": {
    title: "UAE Open Finance community standards: TPP standards v2.1, domestic payments, Payment status",
    url: "https://github.com/Nebras-Open-Finance/community-standards/blob/572513f5a6c8ee163a221f59f62da8c4df786404/docs/tech/tpp-standards/v2.1/banking/service-initiation/domestic-payments/overview/payment-status.md",
  },
  "uae-cs-ozone-connect-service-initiation": {
    title: "UAE Open Finance community standards: Ozone Connect Bank Service Initiation OpenAPI file, v2.1 (the APIs a bank implements for the API Hub's calls; its error responses Error400, Error403, Error409 and Error500)",
    url: "https://github.com/Nebras-Open-Finance/community-standards/blob/572513f5a6c8ee163a221f59f62da8c4df786404/docs/public/openapi/v2.1/api-hub/uae-ozone-connect-bank-service-initiation-openapi.yaml",
  },
  "teller-ruby-fixture-details-404": {
    title: "Teller: teller-ruby test/fixtures/json/accounts/acc_oiin624kqjrg2mp2ea000/details.json, a recorded 404 of GET /accounts/{id}/details with its headers (server: Teller API)",
    url: "https://github.com/tellerhq/teller-ruby/blob/59760af6c7cede2ba362f732ebbd8ded9e0b8d33/test/fixtures/json/accounts/acc_oiin624kqjrg2mp2ea000/details.json",
  },
  "teller-errors": {
    title: "Teller Docs: Errors (a capture of 2026-11-28, read from its start to the error object's first field)",
    url: "https://teller.io/docs/api/errors",
    readInPart: "A stored copy of the page, read from its start: its introduction, its whole Status Codes list (200, 400, 401, 403, 404, 410, 422 and 502) and the example error object, cut in The Error Object's first field (\"An object describing the error conditi\"): the rest of the error object's fields, and whether the page lists error codes beyond its example, were not read.",
  },
  "teller-errors-copy": {
    title: "Teller Docs: Errors (a whole capture of the page as Markdown, kept in a public repository the search tool does not name: its Status Codes with 429, the Error Object's fields, Enrollment Errors and the Enrollment Error Codes list)",
    url: "https://teller.io/docs/api/errors",
  },
  "teller-webhooks": {
    title: "Teller Docs: Webhooks (a capture to the Webhook Object's type field)",
    url: "https://teller.io/docs/api/webhooks",
    readInPart: "A stored copy of the page, read from its start through Registering Webhooks, Consuming Webhooks, the example webhook payload and the Webhook Object's fields id, payload and timestamp, cut at the first value of type: the rest of the types, the disconnect reasons other than the example's, and how deliveries are signed and verified (the page says it tells how to \"verify webhook notifications\") were not read.",
  },
  "teller-webhooks-types": {
    title: "Teller Docs: Webhooks (a capture of the Webhook Object's type list)",
    url: "https://teller.io/docs/api/webhooks",
    readInPart: "Another stored copy of the page, whose Webhook Object section was read to its list of types, cut in the second (\"transactions.processed — Sent when tra\"): the rest of the list and of the page were not read.",
  },
  "teller-connect-react-types": {
    title: "Teller: teller-connect-react 0.2.3, src/types/index.ts (TellerConnectFailure, the object onFailure receives)",
    url: "https://github.com/tellerhq/teller-connect-react/blob/24e0fcda25483f0d9cecb2d4ef2fbecc130e6e93/src/types/index.ts",
  },
  "teller-tellerkit-swiftinterface": {
    title: "Teller: TellerKit (iOS), the public interface of its framework (arm64-apple-ios.swiftinterface): Teller.Account.Status",
    url: "https://github.com/tellerhq/tellerkit/blob/04d5e48c79f5e2ccfe6db816c708237ac17db950/TellerKit.xcframework/ios-arm64/TellerKit.framework/Modules/TellerKit.swiftmodule/arm64-apple-ios.swiftinterface",
  },
  "akahu-sdk-webhook-models": {
    title: "Akahu: akahu-sdk-js src/models/webhooks.ts (v2.5.1), the webhook types, codes, payloads and delivery statuses",
    url: "https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/models/webhooks.ts",
  },
  "akahu-sdk-webhooks-resource": {
    title: "Akahu: akahu-sdk-js src/resources/webhooks.ts (v2.5.1), the webhook signature check, the signing key's endpoint and its cache",
    url: "https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/resources/webhooks.ts",
  },
  "akahu-sdk-payments": {
    title: "Akahu: akahu-sdk-js src/models/payments.ts (v2.5.1), the payment object, its statuses and status codes",
    url: "https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/models/payments.ts",
  },
  "akahu-sdk-transfers": {
    title: "Akahu: akahu-sdk-js src/models/transfers.ts (v2.5.1), the transfer object and its statuses",
    url: "https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/models/transfers.ts",
  },
  "akahu-sdk-accounts": {
    title: "Akahu: akahu-sdk-js src/models/accounts.ts (v2.5.1), the account object and its status",
    url: "https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/models/accounts.ts",
  },
  "akahu-sdk-errors": {
    title: "Akahu: akahu-sdk-js src/errors.ts (v2.5.1), the SDK's error classes and its texts for OAuth error codes",
    url: "https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/errors.ts",
  },
  "akahu-sdk-test-webhooks": {
    title: "Akahu: akahu-sdk-js __tests__/webhooks.ts (v2.5.1), the tests of webhook validation, with a signed TOKEN DELETE body",
    url: "https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/__tests__/webhooks.ts",
    readInPart: "Lines 1-70 (the fixture body, its signing and the mocked key endpoint) were read; the rest of the file was not.",
  },
  "akahu-sdk-test-errors": {
    title: "Akahu: akahu-sdk-js __tests__/errors.ts (v2.5.1), the tests of the SDK's error messages, with OAuth and API error bodies",
    url: "https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/__tests__/errors.ts",
  },
  "akahu-sdk-readme": {
    title: "Akahu: akahu-sdk-js README.md (v2.5.1), README, its webhook section",
    url: "https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/README.md",
    readInPart: "The webhook section (lines 315-415: the headers X-Akahu-Signature and X-Akahu-Signing-Key, the key cache) was read; the rest of the README was not.",
  },
  "akahu-docs-reference-webhooks": {
    title: "Akahu: Webhooks (reference)",
    url: "https://developers.akahu.nz/docs/reference-webhooks",
    readInPart: "A stored copy of the page from its start through Configuring webhooks to the first sentences of Subscribing to webhooks; the rest (the payloads, verification, retries) was not read.",
  },
  "akahu-docs-rate-limits": {
    title: "Akahu developers: Rate Limits",
    url: "https://developers.akahu.nz/docs/reference-rate-limits",
  },
  "akahu-docs-data-refreshes": {
    title: "Akahu developers: Data Refreshes",
    url: "https://developers.akahu.nz/docs/data-refreshes",
    readInPart: "Stored copies of the page from its start to its Scheduled Refreshes section, cut in “each user's data refreshes are scheduled and distributed throughout the day”; its Manual Refreshes section was not read.",
  },
  "akahu-docs-response-formatting": {
    title: "Akahu developers: Response Formats (the response wrapper and common error messages)",
    url: "https://developers.akahu.nz/docs/response-formatting",
    readInPart: "Stored copies of the page from its start through the wrapper's examples, Akahu IDs, Dates and times and Common error messages to its 400 Bad Request and the start of 404 Not Found; the rest was not read.",
  },
  "akahu-changelog-response-codes": {
    title: "Akahu developers changelog: Upcoming change to Akahu API response codes (401 for an invalid or revoked access token, from 2 September 2024)",
    url: "https://developers.akahu.nz/changelog/upcoming-change-to-akahu-api-response-codes",
    readInPart: "A stored copy of the entry from its start through its Migration process (both steps and the warning that Akahu uses 403 for a range of other authorisation related errors) to its closing sentence, cut in it.",
  },
  "akahu-docs-response-formatting-legacy": {
    title: "Akahu developers (earlier documentation site): Response Formatting, its Common Error Messages",
    url: "https://developers.akahu.io/reference/Response-formatting/",
    readInPart: "A stored copy of the page from its start through Common Error Messages' 404, 401, 403 and 500 examples; anything after them was not read.",
  },
  "akahu-docs-oauth2": {
    title: "Akahu developers: Authorizing With Oauth2",
    url: "https://developers.akahu.nz/docs/authorizing-with-oauth2",
    readInPart: "A stored copy of the page from its start to the example authorization URI (cut in it): the authorization response, the token exchange and any token lifetime after it were not read.",
  },
  "akahu-docs-user-management": {
    title: "Akahu developers: User Management",
    url: "https://developers.akahu.nz/docs/user-management",
    readInPart: "A stored copy of the page from its start to the first remedy for INACTIVE accounts (cut in it); the rest of the page was not read.",
  },
  "akahu-sdk-client": {
    title: "Akahu: akahu-sdk-js src/client.ts (v2.5.1), the client's options (timeout, retries)",
    url: "https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/client.ts",
    readInPart: "The client's options (its AkahuClientConfig) were read; the rest of the file was not.",
  },
  "akahu-sdk-utils": {
    title: "Akahu: akahu-sdk-js src/utils.ts (v2.5.1), the retry of a request after a network error",
    url: "https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/utils.ts",
  },
  "akahu-sdk-generic": {
    title: "Akahu: akahu-sdk-js src/models/generic.ts (v2.5.1), a POST request's options (idempotencyKey)",
    url: "https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/models/generic.ts",
  },
  "quiltt-graphql-types": {
    title: "Quiltt: quiltt-nextjs-template src/generated/graphql.ts (2024-08-14), the Profile GraphQL API's types as generated from Quiltt's schema",
    url: "https://github.com/quiltt/quiltt-nextjs-template/blob/5c09b7d35c34556f645436b88cd302dd120d83a6/src/generated/graphql.ts",
    readInPart: "The sections Connection, ConnectionProvider, ConnectionRemoteData and its Akoya, MX and Plaid types, ConnectionStatus, ConnectorStatus, RemoteDataPlaidItem, RemoteDataPlaidError, RemoteDataMxMember and RemoteDataAkoyaErrorEntity were read; the rest of the 302,448-byte file was not.",
  },
  "quiltt-graphql-types-2023": {
    title: "Quiltt: fintech-devcon-2023 src/gql/graphql.ts (2023), an older generation of the GraphQL types",
    url: "https://github.com/quiltt/fintech-devcon-2023/blob/3394d863d00e0dacde2ebb32f5e13d846cb60df7/src/gql/graphql.ts",
    readInPart: "The ConnectionStatus enum and ConnectionUpdatePayload were read; the rest of the file was not.",
  },
  "quiltt-graphql-types-2022": {
    title: "Quiltt: quiltt-client src/types/graphql.ts (2022), the oldest generation of the GraphQL types read",
    url: "https://github.com/quiltt/quiltt-client/blob/d445bec555604fb13275180ccc7ab95036e3c114/src/types/graphql.ts",
    readInPart: "The ConnectionStatus enum and ConnectionType were read; the rest of the file was not.",
  },
  "quiltt-js-browser": {
    title: "Quiltt: quiltt-js packages/core/src/api/browser.ts (@quiltt/core 5.2.0), the Connector SDK's callbacks, event types and metadata",
    url: "https://github.com/quiltt/quiltt-js/blob/fe56694ea4c6da913760a3f1f14403fd11e7c484/packages/core/src/api/browser.ts",
  },
  "quiltt-js-rest-types": {
    title: "Quiltt: quiltt-js packages/core/src/api/rest/types.ts (@quiltt/core 5.2.0), the REST error bodies' types",
    url: "https://github.com/quiltt/quiltt-js/blob/fe56694ea4c6da913760a3f1f14403fd11e7c484/packages/core/src/api/rest/types.ts",
  },
  "quiltt-js-rest-connectors-test": {
    title: "Quiltt: quiltt-js packages/core/tests/api/rest/connectors.test.ts (@quiltt/core 5.2.0), the Connector endpoints' tests with their mocked error bodies",
    url: "https://github.com/quiltt/quiltt-js/blob/fe56694ea4c6da913760a3f1f14403fd11e7c484/packages/core/tests/api/rest/connectors.test.ts",
    readInPart: "The tests of the 400 (lines 363-376) and the 403 (lines 616-640) responses were read.",
  },
  "quiltt-js-rest-statuses": {
    title: "Quiltt: quiltt-js packages/core/src/api/rest/connectors.ts and auth.ts (@quiltt/core 5.2.0), their Response Statuses comments",
    url: "https://github.com/quiltt/quiltt-js/blob/fe56694ea4c6da913760a3f1f14403fd11e7c484/packages/core/src/api/rest/connectors.ts",
    readInPart: "connectors.ts and auth.ts (packages/core/src/api/rest/auth.ts at the same commit) were read for their Response Statuses comments.",
  },
  "quiltt-webhooks": {
    title: "Quiltt Docs: Webhooks",
    url: "https://www.quiltt.dev/webhooks",
    readInPart: "Read: How It Works, Event Types (4 sample rows), the Webhook Payload's description (the example JSON itself was not in the copy), and Handling Events up to 'If your': the retry policy was not read.",
  },
  "quiltt-webhooks-setup": {
    title: "Quiltt Docs: Webhooks setup",
    url: "https://quiltt.dev/webhooks/setup",
    readInPart: "Read from its start through the subscription API's examples and the beginning of the Sinatra handler: QUILTT_WEBHOOK_VERSION = 1, QUILTT_WEBHOOK_WINDOW = 300 and the check of 'Quiltt-Timestamp', cut at 'if (tim'. The signature's header, the signed string and the algorithm were not read.",
  },
  "quiltt-webhooks-schemas": {
    title: "Quiltt Docs: Webhook Schemas (three stored captures)",
    url: "https://www.quiltt.dev/webhooks/schemas",
    readInPart: "Three stored captures of the page, of different dates, each read from its start: the eventTypes enum of the Webhook Payload (read whole in each: 18, 17 and 17 types) and the start of the Profile Event and Connection Event schemas. The Account, Balance and Statement events and the Environment object were not read.",
  },
  "quiltt-guides-webhooks": {
    title: "Quiltt Docs: Webhooks guide (older pages)",
    url: "https://www.quiltt.dev/guides/webhooks",
    readInPart: "Two older versions read from their start through the subscription instructions.",
  },
  "quiltt-reconnect": {
    title: "Quiltt Docs: Connector Reconnect",
    url: "https://quiltt.dev/connector/reconnect",
    readInPart: "Two versions (quiltt.dev and an older www.quiltt.dev) read from their start through Server-side Webhooks, cut at the testing paragraph; the newer copy's numbered list is partly lost in the stored text.",
  },
  "quiltt-connector-js": {
    title: "Quiltt Docs: Connector JavaScript API",
    url: "https://www.quiltt.dev/connector/javascript",
    readInPart: "The newest stored version read through the events, metadata and callbacks tables (each whole), cut at the Quiltt.authenticate() description.",
  },
  "quiltt-api-connections": {
    title: "Quiltt Docs: Connections",
    url: "https://www.quiltt.dev/api/connections",
    readInPart: "Read through the first webhook events' descriptions (connection.created, connection.synced.successful, its .initial and the start of .historical); the rest was not read.",
  },
  "quiltt-remote-data": {
    title: "Quiltt Docs: Remote Data",
    url: "https://www.quiltt.dev/api/remote-data",
    readInPart: "Read the introduction and the start of the GraphQL example (remoteData { mx { connection { response …); the rest was not read.",
  },
  "quiltt-docs-issuing-session-tokens": {
    title: "Quiltt: Issuing Session Tokens",
    url: "https://www.quiltt.dev/authentication/issuing-session-tokens",
    readInPart: "A stored copy of the page's text without its code examples, from its start to its troubleshooting (\"Fix:\", cut): the rest was not read.",
  },
  "quiltt-docs-managing-session-tokens": {
    title: "Quiltt: Managing Session Tokens",
    url: "https://quiltt.dev/authentication/managing-session-tokens",
  },
  "quiltt-docs-session-management-legacy": {
    title: "Quiltt: Session Management (earlier API reference), GET /v1/users/session and its 401",
    url: "https://quiltt.dev/developers/api/authentication/session-management",
    readInPart: "A stored copy of the page from its start through Retrieve Session's response examples (200 and 401) and the start of Revoke Session.",
  },
  "quiltt-js-fetch-with-retry": {
    title: "Quiltt: quiltt-js packages/core/src/api/rest/fetchWithRetry.ts, the REST client's retries",
    url: "https://github.com/quiltt/quiltt-js/blob/fe56694ea4c6da913760a3f1f14403fd11e7c484/packages/core/src/api/rest/fetchWithRetry.ts",
  },
  "quiltt-js-retry-link": {
    title: "Quiltt: quiltt-js packages/core/src/api/graphql/links/RetryLink.ts, the GraphQL client's retries",
    url: "https://github.com/quiltt/quiltt-js/blob/fe56694ea4c6da913760a3f1f14403fd11e7c484/packages/core/src/api/graphql/links/RetryLink.ts",
  },
  "quiltt-js-error-link": {
    title: "Quiltt: quiltt-js packages/core/src/api/graphql/links/ErrorLink.ts, what the GraphQL client does with an error (a 401 clears the stored session)",
    url: "https://github.com/quiltt/quiltt-js/blob/fe56694ea4c6da913760a3f1f14403fd11e7c484/packages/core/src/api/graphql/links/ErrorLink.ts",
  },
  "tink-android-status": {
    title: "Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): ErrorStatus, the statuses of a Tink Link error",
    url: "https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-error-status/index.html",
  },
  "tink-android-tinkerror": {
    title: "Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): TinkError, the error Tink Link returns",
    url: "https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-tink-error/index.html",
  },
  "tink-android-authtype": {
    title: "Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): AuthenticationErrorType, the types of an authentication error",
    url: "https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-authentication-error-type/index.html",
  },
  "tink-android-badrequest": {
    title: "Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): BadRequestErrorReason, the reasons it lists",
    url: "https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-bad-request-error-reason/index.html",
  },
  "tink-android-temporary": {
    title: "Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): TemporaryErrorReason, the reasons it lists",
    url: "https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-temporary-error-reason/index.html",
  },
  "tink-android-internal": {
    title: "Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): InternalErrorReason, the reasons it lists",
    url: "https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-internal-error-reason/index.html",
  },
  "tink-android-userlogin": {
    title: "Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): UserLoginErrorReason, the reasons it lists",
    url: "https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-user-login-error-reason/index.html",
  },
  "tink-android-authorization": {
    title: "Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): AuthorizationErrorReason, the reasons it lists",
    url: "https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-authorization-error-reason/index.html",
  },
  "tink-android-provider": {
    title: "Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): ProviderErrorReason, the reasons it lists",
    url: "https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-provider-error-reason/index.html",
  },
  "tink-android-tinkside": {
    title: "Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): TinkSideErrorReason, the reasons it lists",
    url: "https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-tink-side-error-reason/index.html",
  },
  "tink-android-accountinfo": {
    title: "Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): AccountInformationErrorReason, the reasons it lists",
    url: "https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-account-information-error-reason/index.html",
  },
  "tink-android-entry-pages": {
    title: "Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): the pages of single reasons (REQUEST_FAILED_CREATE_CREDENTIALS here; INVALID_STATE_PROVIDER, REQUEST_FAILED_FETCH_PROVIDER, REQUEST_FAILED_OAUTH_DESCRIBE and REQUEST_FAILED_FETCH_EXISTING_USER beside it)",
    url: "https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-internal-error-reason/-r-e-q-u-e-s-t_-f-a-i-l-e-d_-c-r-e-a-t-e_-c-r-e-d-e-n-t-i-a-l-s/index.html",
  },
  "tink-ios-swiftinterface": {
    title: "Tink Link iOS SDK (tink-link-ios): TinkLink.swiftinterface (arm64), the public Swift interface",
    url: "https://github.com/tink-ab/tink-link-ios/blob/25cb4245982d759a8569e98b9ab33278d6b342c3/TinkLink.xcframework/ios-arm64/TinkLink.framework/Modules/TinkLink.swiftmodule/arm64-apple-ios.swiftinterface",
  },
  "tink-ios-binary-strings": {
    title: "Tink Link iOS SDK (tink-link-ios): the TinkLink framework binary, its printable strings (the wire spellings of 16 characters or more, and the cancel callback's URL)",
    url: "https://github.com/tink-ab/tink-link-ios/blob/25cb4245982d759a8569e98b9ab33278d6b342c3/TinkLink.xcframework/ios-arm64/TinkLink.framework/TinkLink",
  },
  "tink-ios-docc-errorstatus": {
    title: "Tink Link iOS SDK (tink-link-ios): DocC of TinkError.ErrorStatus",
    url: "https://github.com/tink-ab/tink-link-ios/blob/25cb4245982d759a8569e98b9ab33278d6b342c3/docs/data/documentation/tinklink/tinkerror/errorstatus.json",
  },
  "tink-ios-docc-inputgroup": {
    title: "Tink Link iOS SDK (tink-link-ios): DocC of TinkErrorReason.BadRequest.invalidParameterInputGroup",
    url: "https://github.com/tink-ab/tink-link-ios/blob/25cb4245982d759a8569e98b9ab33278d6b342c3/docs/data/documentation/tinklink/tinkerrorreason/badrequest/invalidparameterinputgroup.json",
  },
  "tink-core-ios-resterror": {
    title: "Tink Core iOS (tink-core-ios): RESTError.swift, the legacy API's error body",
    url: "https://github.com/tink-ab/tink-core-ios/blob/42fd3b044dfd7dced8eebe95ab1a257424a25c78/Sources/TinkCore/Shared/REST/Models/RESTError.swift",
  },
  "tink-core-ios-serviceerror": {
    title: "Tink Core iOS (tink-core-ios): ServiceError.swift, the SDK's errors for the legacy API's HTTP statuses",
    url: "https://github.com/tink-ab/tink-core-ios/blob/42fd3b044dfd7dced8eebe95ab1a257424a25c78/Sources/TinkCore/Shared/Model/ServiceError.swift",
  },
  "tink-core-ios-httpstatus": {
    title: "Tink Core iOS (tink-core-ios): HTTPStatusCodeError.swift, the HTTP statuses it maps",
    url: "https://github.com/tink-ab/tink-core-ios/blob/42fd3b044dfd7dced8eebe95ab1a257424a25c78/Sources/TinkCore/Shared/Client/HTTPStatusCodeError.swift",
  },
  "tink-core-ios-restcredentials": {
    title: "Tink Core iOS (tink-core-ios): RESTCredentials.swift, the credentials' statuses as sent",
    url: "https://github.com/tink-ab/tink-core-ios/blob/42fd3b044dfd7dced8eebe95ab1a257424a25c78/Sources/TinkCore/AIS/REST/Models/RESTCredentials.swift",
  },
  "tink-core-ios-credentials": {
    title: "Tink Core iOS (tink-core-ios): Credentials.swift, the credentials' statuses with doc comments",
    url: "https://github.com/tink-ab/tink-core-ios/blob/42fd3b044dfd7dced8eebe95ab1a257424a25c78/Sources/TinkCore/AIS/Models/Credentials.swift",
    readInPart: "Lines 50-130 (the Status enum with its doc comments, status and statusPayload) were read; the rest of the file was not.",
  },
  "tink-core-android-swagger": {
    title: "Tink Core Android (tink-core-android): rest/swagger.json, the legacy Tink API v1 (title \"Tink API\")",
    url: "https://github.com/tink-ab/tink-core-android/blob/e2202bb6892e5310feaf5fa51a35714302ddb7b0/rest/swagger.json",
    readInPart: "Every definition's enum properties, the Webhook and Credentials definitions and the response descriptions per HTTP status were read; the path operations one by one were not.",
  },
  "tink-docs-transactions-errors": {
    title: "Tink: Transactions errors (capture of its start)",
    url: "https://docs.tink.com/resources/transactions/handle-transactions-error-codes.md",
    readInPart: "A stored copy of the page's start: its introduction, \"Error response\" and the first three rows of the key table (error, error_reason, message, the last cut mid-sentence); the rest of the table, \"Error statuses\" and the tables of reasons were not read.",
  },
  "tink-docs-bt-webhooks": {
    title: "Tink: Webhooks for Business Transactions (capture of its start)",
    url: "https://docs.tink.com/resources/business-transactions/webhooks-for-business-transactions.md",
    readInPart: "A stored copy of the page's start: prerequisites, the table of contents and the start of \"Set up a webhook\"; \"Webhook signature validation\", the Mutual TLS section and the three event sections were not read.",
  },
  "tink-docs-webhook-signature-validation": {
    title: "Tink Docs: Webhook signature validation (read in a third party's Markdown copy of the page, exported 2026-01-13; the copy's repository and path are not known)",
    url: "https://docs.tink.com/resources/api-setup/webhook-signature-validation",
  },
  "tink-docs-webhooks": {
    title: "Tink Docs: Set up webhooks for your app (read in a third party's Markdown copy of the page, exported 2026-01-13; the copy's repository and path are not known)",
    url: "https://docs.tink.com/resources/api-setup/webhooks",
  },
  "powens-sdk-core-yml": {
    title: "powens-sdks (Powens' Kotlin SDK): lib/specs/core.yml, the OpenAPI components ServiceError and ServiceErrorCode",
    url: "https://github.com/powenscompany/powens-sdks/blob/42bee70d74b5d0f1148860025ef8eb769a72fa5c/lib/specs/core.yml",
  },
  "powens-sdk-connections-yml": {
    title: "powens-sdks (Powens' Kotlin SDK): lib/specs/connections.yml, the connections API: Connection, ConnectionSource, ConnectionState and the /webauth redirect",
    url: "https://github.com/powenscompany/powens-sdks/blob/42bee70d74b5d0f1148860025ef8eb769a72fa5c/lib/specs/connections.yml",
    readInPart: "Lines 120-511 (the /webauth operation, ConnectionRequest, Connection, ConnectionSource, ConnectionState, ConnectionUpdateRequest) were read whole; of lines 1-119 (creating, listing, updating and deleting connections) only the responses' descriptions were read.",
  },
  "powens-sdk-connectionstate-kt": {
    title: "powens-sdks (Powens' Kotlin SDK): the generated ConnectionState.kt",
    url: "https://github.com/powenscompany/powens-sdks/blob/42bee70d74b5d0f1148860025ef8eb769a72fa5c/lib/openapi-generated/src/commonMain/kotlin/com/powens/sdk/model/ConnectionState.kt",
  },
  "powens-sdk-webviewerrorcode-kt": {
    title: "powens-sdks (Powens' Kotlin SDK): WebviewErrorCode.kt, the errors of the Webview's callback",
    url: "https://github.com/powenscompany/powens-sdks/blob/42bee70d74b5d0f1148860025ef8eb769a72fa5c/lib/src/commonMain/kotlin/com/powens/sdk/model/WebviewErrorCode.kt",
  },
  "powens-sdk-webviewcallbacks-kt": {
    title: "powens-sdks (Powens' Kotlin SDK): WebviewCallbacks.kt, the Webview's callback results",
    url: "https://github.com/powenscompany/powens-sdks/blob/42bee70d74b5d0f1148860025ef8eb769a72fa5c/lib/src/commonMain/kotlin/com/powens/sdk/model/WebviewCallbacks.kt",
  },
  "powens-docs-api-errors": {
    title: "Powens: API reference, Errors (capture of its start)",
    url: "https://docs.powens.com/api-reference/overview/errors",
    readInPart: "A stored copy of the page from its start through the Error object table and the Common error codes table to a warning cut after \"When implementing\"; the rest of the page (codes by domain, if any) was not read.",
  },
  "powens-docs-webview-error-message": {
    title: "Powens: Webview, Error message (capture of its start)",
    url: "https://docs.powens.com/console-webview/webview/error-message",
    readInPart: "A stored copy of the page's English table through the rows SCARequired, webauthRequired, additionalInformationNeeded, decoupled and validating, cut in the actionNeeded row; the other rows and the French version were not read.",
  },
  "powens-docs-webhooks": {
    title: "Powens: Webhooks (capture of its start)",
    url: "https://docs.powens.com/documentation/integration-guides/webhooks",
    readInPart: "A stored copy of the page's start: its introduction, Registering webhooks and the first event descriptions of Available webhook events (the event names, links, stripped but CONNECTION_SYNCED); the sections on integration, authentication and technical notes were not read.",
  },
  "powens-sdk-authentication-yml": {
    title: "Powens: powens-sdks lib/specs/authentication.yml, the authentication endpoints and their tokens",
    url: "https://github.com/powenscompany/powens-sdks/blob/42bee70d74b5d0f1148860025ef8eb769a72fa5c/lib/specs/authentication.yml",
  },
  "bridge-docs-v2019-item-resource": {
    title: "Bridge docs v2019.02.18: Item resource",
    url: "https://docs.bridgeapi.io/v2019.02.18/docs/item-resource",
    readInPart: "A stored copy of the page from its start through the field table and the list of item status codes (to its last row, 1100) to the first lines of the example item resource; the rest of the example and of the page was not read.",
  },
  "bridge-docs-item-resource": {
    title: "Bridge docs: Item resource",
    url: "https://docs.bridgeapi.io/docs/item-resource",
    readInPart: "A stored copy of the page from its start through the field table, the list of item status codes (which has no 430 row) and the example item resource; whether the page goes on after the example was not seen.",
  },
  "bridge-docs-basics": {
    title: "Bridge docs (v3): API basics",
    url: "https://docs.bridgeapi.io/docs/basics",
    readInPart: "A stored copy of the page from its start through the HTTP status codes, the Errors fields and example, and the rate limits, cut in Raising the rate limit (\"For large applications, the rate li\"); the rest of the page was not read.",
  },
  "bridge-docs-v2019-api-responses": {
    title: "Bridge docs v2019.2.18: API responses",
    url: "https://docs.bridgeapi.io/v2019.2.18/docs/api-responses",
    readInPart: "A stored copy of the page from its start through the status codes, the Errors fields and their example; whether the page goes on after the example was not seen.",
  },
  "bridge-docs-secure-webhooks": {
    title: "Bridge docs: Secure your webhooks",
    url: "https://docs.bridgeapi.io/docs/secure-your-webhooks",
    readInPart: "A stored copy of the page from its start through the IP addresses and the webhook secret's lifecycle, cut in the callout on two secrets; the signature check's section was not read.",
  },
  "bridge-docs-v2019-secure-webhooks": {
    title: "Bridge docs v2019.2.18: Secure your webhooks",
    url: "https://docs.bridgeapi.io/v2019.2.18/docs/secure-your-webhooks",
    readInPart: "A stored copy of the page from its start through the secret's lifecycle, the two-secret callout and the first sentences of Check the webhook signatures, cut at \"The BridgeApi-S\"; the header's format and what is signed were not read on the page.",
  },
  "bridge-docs-webhooks-events": {
    title: "Bridge docs: Webhooks events",
    url: "https://docs.bridgeapi.io/docs/webhooks-events",
    readInPart: "A stored copy of the page from its start through the list of events, the User deleted and Item created examples, and the start of Item refreshed (its example cut); the other events' examples and types were not read.",
  },
  "bridge-docs-v2019-webhooks-events": {
    title: "Bridge docs v2019.2.18: Webhooks events",
    url: "https://docs.bridgeapi.io/v2019.2.18/docs/webhooks-events",
    readInPart: "A stored copy of the page from its start through the Item created and Account created examples and the start of Account updated (its example cut before its type); the fourth event was not read.",
  },
  "bridge-docs-sca": {
    title: "Bridge docs: Strong Customer Authentication",
    url: "https://docs.bridgeapi.io/docs/strong-customer-authentication-2025.md",
    readInPart: "A stored copy of the page's Markdown from its start through the 180-day callout and the two signs that an item needs a refresh with SCA, cut in the second; the rest of the page was not read.",
  },
  "bridge-sylius-webhook-service": {
    title: "Bridge: Plugin-Sylius-Bridge src/Service/BridgeWebhookService.php, the webhook signature check",
    url: "https://github.com/BridgeAPI-Io/Plugin-Sylius-Bridge/blob/b17cdf4b8c75795c9403d1dd62f13e910d7e44f1/src/Service/BridgeWebhookService.php",
  },
  "bridge-sylius-client": {
    title: "Bridge: Plugin-Sylius-Bridge src/Client/BridgePaymentApiClient.php, the webhook event types it handles",
    url: "https://github.com/BridgeAPI-Io/Plugin-Sylius-Bridge/blob/b17cdf4b8c75795c9403d1dd62f13e910d7e44f1/src/Client/BridgePaymentApiClient.php",
    readInPart: "Lines 1 to 60 (the event type constants and the endpoints); the rest of the file was not read.",
  },
  "bridge-docs-rate-limiting-v2018": {
    title: "Bridge docs (v2018.06.15): Rate limiting",
    url: "https://docs.bridgeapi.io/v2018.06.15/docs/rate-limiting",
  },
  "bridge-docs-manage-lifecycle": {
    title: "Bridge docs: Manage the lifecycle (of items)",
    url: "https://docs.bridgeapi.io/docs/manage-the-lifecycle",
    readInPart: "Two short stored copies of the page were read from their start; the rest was not.",
  },
  "bridge-docs-items-status": {
    title: "Bridge docs: Items statuses",
    url: "https://docs.bridgeapi.io/docs/items-status",
    readInPart: "A stored copy of the page (its status_code_info in lower case) from its start through the Status table and the status_code_info table's 402 row, cut in its 429 row after account_to_activate; the rest of that row, the rows after it and the rest of the page were not read.",
  },
  "bridge-docs-v2019-items-status": {
    title: "Bridge docs v2019.02.18: Items status",
    url: "https://docs.bridgeapi.io/v2019.02.18/docs/items-status",
    readInPart: "A stored copy of the page from its start through the status list, the 402 list of status_code_info and the 429 list to UNLOCK_OTP_IN_APP, cut after it; the rest of the 429 list and of the page was not read.",
  },
  "bridge-support-402": {
    title: "Bridge help center: 402 status",
    url: "https://support.bridgeapi.io/hc/en-150/articles/4404459193362-402-status",
  },
  "bridge-support-429": {
    title: "Bridge help center: 429 status",
    url: "https://support.bridgeapi.io/hc/en-150/articles/4404466017682-429-status",
  },
  "stitch-api-payment-initiation-request-state": {
    title: "Stitch API reference: PaymentInitiationRequestState (union)",
    url: "https://docs.stitch.money/api/unions/payment-initiation-request-state",
  },
  "stitch-api-disbursement-status": {
    title: "Stitch API reference: DisbursementStatus (union)",
    url: "https://docs.stitch.money/api/unions/disbursement-status",
  },
  "stitch-api-disbursement-error-reason": {
    title: "Stitch API reference: DisbursementErrorReason (enum)",
    url: "https://docs.stitch.money/api/enums/disbursement-error-reason",
    readInPart: "A stored copy of the page: the enum's twelve values whole, and each value's text up to invalid_transaction_details'; the texts of the two deprecated values, invalid_destination and internal_error, were cut at 'inval' and not read.",
  },
  "stitch-api-disbursement-reversed-reason": {
    title: "Stitch API reference: DisbursementReversedReason (enum)",
    url: "https://docs.stitch.money/api/enums/disbursement-reversed-reason",
  },
  "stitch-api-disbursement-paused-reason": {
    title: "Stitch API reference: DisbursementPausedReason (enum)",
    url: "https://docs.stitch.money/api/enums/disbursement-paused-reason",
  },
  "stitch-api-refund-error-reason": {
    title: "Stitch API reference: RefundErrorReason (enum)",
    url: "https://docs.stitch.money/api/enums/refund-error-reason",
    readInPart: "A stored copy of the page: the enum's twelve values whole, and each value's text up to payment_not_received's; the texts of the two deprecated values, invalid_destination and internal_error, were cut at 'D' and not read.",
  },
  "stitch-api-failure-reason": {
    title: "Stitch API reference: FailureReason (enum)",
    url: "https://docs.stitch.money/api/enums/failure-reason",
  },
  "stitch-docs-error-handling": {
    title: "Stitch docs: Error Handling (Stitch API, GraphQL)",
    url: "https://stitch.money/docs/stitch-api/error-handling/",
    readInPart: "Stored copies of the page (three, of its versions numbered 4.2 and 5.2), each from its start through its example response (a FORBIDDEN error for a missing balances scope) to the first row of the table of common error object parameters, cut in that row ('messageAn expand', 'An expanded description of the errorS'); the rest of that table and of the page (any list of error codes) was not read.",
  },
  "stitch-docs-webhooks": {
    title: "Stitch docs: Webhook Event Subscriptions",
    url: "https://docs.stitch.money/webhooks",
    readInPart: "A stored copy of the page from its start to the sequence diagram of a webhook's delivery, cut in it; the subscription, verification and retry sections after it were not read.",
  },
  "stitch-docs-webhooks-v2": {
    title: "Stitch docs: Event Webhook Subscriptions (the earlier site's webhooks_v2 page)",
    url: "https://stitch.money/docs/webhooks_v2",
    readInPart: "A stored copy of the page from its start to 'An example is given', before its example; the example and the rest of the page were not read.",
  },
  "stitch-docs-webhooks-types": {
    title: "Stitch docs: Webhook Event Types",
    url: "https://docs.stitch.money/webhooks/types",
    readInPart: "A stored copy of the page: its table of event types whole, and the start of its section Statuses and Example Payloads, cut before any status or payload.",
  },
  "stitch-docs-payment-confirmation-status": {
    title: "Stitch docs: Pay By Bank Confirmation Status",
    url: "https://docs.stitch.money/payment-products/payins/paybybank/payment-confirmation-status",
    readInPart: "A stored copy of the page: the table of paymentConfirmation statuses whole, and its example payment.confirmation payload up to the node's externalReference, where the copy is cut; the node's state and paymentConfirmation were not read.",
  },
  "svix-docs-verifying-manually": {
    title: "Svix docs: Verifying Webhooks Manually (Svix delivers Stitch's webhooks)",
    url: "https://docs.svix.com/receiving/verifying-payloads/how-manual",
    readInPart: "A stored copy of the page from its start to 'Svix uses an HMAC with SHA-256 to sign its webhook', before the section on the key and on the timestamp's tolerance.",
  },
  "stitch-docs-token-error-handling": {
    title: "Stitch docs: Error Handling (the Token API)",
    url: "https://docs.stitch.money/authentication/error-handling",
    readInPart: "A stored copy of the page from its start through Invalid Redirect URL and Invalid Scope to the first reason of Invalid Grant, cut in its second ('Retri'); the rest of Invalid Grant and any error after it were not read.",
  },
  "stitch-docs-token-lifetimes": {
    title: "Stitch Docs: Token Lifetimes (the response to a query with an expired client or user token; the tokens' lifetimes and refresh)",
    url: "https://docs.stitch.money/authentication/token-lifetimes",
    readInPart: "A stored copy of the page from its start through the expired-token response, Client Token Lifetime, User Token Lifetime, Reauthorization and Refresh Tokens to the second point of its list, cut there; the rest of the page was not read.",
  },
  "stitch-api-payment-initiation-status": {
    title: "Stitch API reference: PaymentInitiationStatus (union)",
    url: "https://docs.stitch.money/api/unions/payment-initiation-status",
  },
  "mastercard-europe-enterprise-codes": {
    title: "Mastercard Open Finance Europe (Aiia Enterprise): Code and Formats",
    url: "https://developer.mastercard.com/open-finance-europe/documentation/licensed/aiia-enterprise/codes-formats/",
    readInPart: "A stored copy of the page from its start through the error example, the note on details and the header of the table of error codes; the table's rows were not read.",
  },
  "mastercard-europe-insights-codes": {
    title: "Mastercard Open Finance Europe (Insights): Codes and Formats",
    url: "https://developer.mastercard.com/open-finance-europe/documentation/unlicensed/insights/code-formats/",
    readInPart: "A stored copy of the page from its start through the first three rows of its table of error codes, the third cut in its How to handle cell; the other rows, and the body that carries the code, were not read.",
  },
  "mastercard-europe-advanced-topics": {
    title: "Mastercard Open Finance Europe: Advanced Topics (concurrent requests, rate limits)",
    url: "https://developer.mastercard.com/open-finance-europe/documentation/unlicensed/insights/api-basics/advanced-topics/",
  },
  "mastercard-us-obwms-webhooks-events": {
    title: "Mastercard Open Finance US: OBWMS webhook events",
    url: "https://developer.mastercard.com/open-finance-us/documentation/webhooks/obwms/webhooks-events/",
    readInPart: "The page was read to the description of authorization.expiration.reminder (cut before its lead time and payload).",
  },
  "mastercard-us-institution-errors": {
    title: "Mastercard Open Finance US: Institution Errors",
    url: "https://developer.mastercard.com/open-finance-us/documentation/errors/institution-errors/",
    readInPart: "Its introductory paragraph was read (a stored copy's excerpt); its table of institution errors was not.",
  },
  "simplefin-protocol-v2": {
    title: "SimpleFIN: protocol.md, version 2 draft with structured error codes (branch error-codes, pull request #31's head)",
    url: "https://github.com/simplefin/simplefin.github.com/blob/5b8d85e58a5e592d2856b64a721b282567f00869/protocol.md",
  },
  "simplefin-protocol-v1": {
    title: "SimpleFIN: protocol.md, version 1 (master), whose errors are plain strings",
    url: "https://github.com/simplefin/simplefin.github.com/blob/0d1524ce4fcb189cd89f7a87135a1aafa3fe2d0a/protocol.md",
  },
  "simplefin4py-402": {
    title: "simplefin4py (a Python client of the SimpleFIN Bridge): tests/fixtures/402.json, the body of a 402 response of GET /accounts as the Bridge sent it",
    url: "https://github.com/jeeftor/simplefin4py/blob/4a9e8464b37e99cd52d7758d7743557e8a450656/tests/fixtures/402.json",
  },
  "simplefin-pr-31": {
    title: "SimpleFIN: pull request #31, Error codes (its description, by the protocol's maintainer)",
    url: "https://github.com/simplefin/simplefin.github.com/pull/31",
    readInPart: "A stored excerpt of the pull request's description was read, to its sentence on the migration period (\"During a migration period between\"), cut there; its diff was read whole in the repository (simplefin-protocol-v2).",
  },
  "simplefin-issue-29": {
    title: "SimpleFIN: issue #29, Add structured errors (the maintainer's announcement that version=2 is in testing on the SimpleFIN Bridge)",
    url: "https://github.com/simplefin/simplefin.github.com/issues/29",
  },
  "saltedge-examples-ruby-callbacks": {
    title: "Salt Edge: saltedge-examples ruby/callback_server/README.md (API v6), the callback server's signature check and a success callback",
    url: "https://github.com/saltedge/saltedge-examples/blob/8f0249946e96ab262903e33d005527300892967d/ruby/callback_server/README.md",
  },
  "saltedge-examples-ruby-callback-app": {
    title: "Salt Edge: saltedge-examples ruby/callback_server/app.rb, a callback server verifying the Signature header over the raw body",
    url: "https://github.com/saltedge/saltedge-examples/blob/8f0249946e96ab262903e33d005527300892967d/ruby/callback_server/app.rb",
  },
  "saltedge-examples-dotnet-callbacks": {
    title: "Salt Edge: saltedge-examples dotnet/callbackServer/Controllers/CallbackController.cs, a callback server verifying the Signature header over the raw body",
    url: "https://github.com/saltedge/saltedge-examples/blob/8f0249946e96ab262903e33d005527300892967d/dotnet/callbackServer/Controllers/CallbackController.cs",
  },
  "saltedge-examples-java-callbacks": {
    title: "Salt Edge: saltedge-examples java SignHelper.java, the callback signature check (SHA256withRSA)",
    url: "https://github.com/saltedge/saltedge-examples/blob/8f0249946e96ab262903e33d005527300892967d/java/java-saltedge-example/src/com/saltedge/SignHelper.java",
  },
  "saltedge-examples-node": {
    title: "Salt Edge: saltedge-examples node/saltedge.js, verifySignature for connect session callbacks",
    url: "https://github.com/saltedge/saltedge-examples/blob/8f0249946e96ab262903e33d005527300892967d/node/saltedge.js",
  },
  "saltedge-examples-public-key": {
    title: "Salt Edge: saltedge-examples spectre_public.pem, the public key the Node sample verifies callbacks with",
    url: "https://github.com/saltedge/saltedge-examples/blob/8f0249946e96ab262903e33d005527300892967d/spectre_public.pem",
  },
  "saltedge-examples-react-native": {
    title: "Salt Edge: saltedge-examples react-native/App.js, the Connect page's post_message callbacks",
    url: "https://github.com/saltedge/saltedge-examples/blob/8f0249946e96ab262903e33d005527300892967d/react-native/App.js",
  },
  "saltedge-ios-connection-fetcher": {
    title: "Salt Edge: saltedge-ios-swift SEConnectionFetcher.swift, the connection stages the SDK acts on",
    url: "https://github.com/saltedge/saltedge-ios-swift/blob/23f6ea71ba520712eee9f69fb2966f4631e1fa5e/saltedge-ios-swift/Classes/API/SEConnectionFetcher.swift",
  },
  "saltedge-android-connect-session-test": {
    title: "Salt Edge: saltedge-android ConnectSessionConnectorTest.java, a 404 ConnectionNotFound body whose documentation_url is on docs.saltedge.com",
    url: "https://github.com/saltedge/saltedge-android/blob/da010f3add3e4829281c404973e81c253a1cbe0c/saltedge-library/src/androidTest/java/com/saltedge/sdk/connector/ConnectSessionConnectorTest.java",
  },
  "saltedge-ios-error": {
    title: "Salt Edge: saltedge-ios-swift SEError.swift, the API's error body (class, message, documentation_url)",
    url: "https://github.com/saltedge/saltedge-ios-swift/blob/23f6ea71ba520712eee9f69fb2966f4631e1fa5e/saltedge-ios-swift/Classes/API/Models/Responses/SEError.swift",
  },
  "saltedge-firefly-iii-3795": {
    title: "firefly-iii/firefly-iii issue #3795, \"firefly-iii spectre importer / docs\" (a user quoting Salt Edge's 400 answer to GET /api/v5/customers with an App key: AppsRestricted in the {error: {class, message, documentation_url}} body)",
    url: "https://github.com/firefly-iii/firefly-iii/issues/3795",
    readInPart: "Issues-corpus excerpt read: the description (2020-09-14), with the answer's status and the start of its body (cut by the client's log in documentation_url); the comments were not read.",
  },
  "saltedge-firefly-iii-3492": {
    title: "firefly-iii/firefly-iii issue #3492, \"Spectre 'CustomerNotFound' error for wrong ID?\" (a user quoting Salt Edge's 404 answer to GET /api/v4/logins/, its body cut by the client's log)",
    url: "https://github.com/firefly-iii/firefly-iii/issues/3492",
    readInPart: "Issues-corpus excerpt read: the description (2020-06-27), with the answer's status and the start of its body (error_class, error_message and the start of request, where the client's log cuts it); the comments were not read.",
  },
  "saltedge-firefly-iii-1881": {
    title: "firefly-iii/firefly-iii issue #1881, \"Spectre import error: Not available for apps\" (a user quoting Salt Edge's 400 answer to GET /api/v4/customers/ in full: AppsRestricted)",
    url: "https://github.com/firefly-iii/firefly-iii/issues/1881",
    readInPart: "Issues-corpus excerpt read: the description (2018-11-21), with the answer's status and body and the reporter's \"I could only create it as a 'Service', not as an 'App'\", and the first comments to 2018-11-24; the rest of the thread was not read.",
  },
  "saltedge-firefly-iii-1551": {
    title: "firefly-iii/firefly-iii issue #1551, \"Fatal error when importing via spectre\" (a user quoting Salt Edge's 400 answer to GET /api/v4/customers/ in full: SignatureNotMatch)",
    url: "https://github.com/firefly-iii/firefly-iii/issues/1551",
    readInPart: "Issues-corpus excerpt read: the description (2018-07-14), with the answer's status and body and the start of the log; the comments were not read.",
  },
  "saltedge-ios-v4-request-handler": {
    title: "Salt Edge: saltedge-ios (the Objective-C SDK of API v4) Classes/API/SERequestHandler.m, the keys of an API error body it reads (error_class, error_message, request)",
    url: "https://github.com/saltedge/saltedge-ios/blob/b2d1d9a4dc1dcb93a25b0b65e403caf63929e9d9/Classes/API/SERequestHandler.m",
  },
  "saltedge-docs-callbacks-guide": {
    title: "Salt Edge: Callbacks guide (the Spectre API's, before v5)",
    url: "https://docs.saltedge.com/guides/callbacks/",
    readInPart: "A stored copy of the page from its start through its Signature section (the SHA1 signature of callback_url|post_body and its public key) to the start of its example string; the rest was not read.",
  },
  "saltedge-ios-test-http-service": {
    title: "Salt Edge: saltedge-ios-swift Example/Tests/API/HTTPServiceSpec.swift, an API error body (ConnectionNotFound) as the SDK's tests read it",
    url: "https://github.com/saltedge/saltedge-ios-swift/blob/23f6ea71ba520712eee9f69fb2966f4631e1fa5e/Example/Tests/API/HTTPServiceSpec.swift",
  },
  "saltedge-android-sdk-guide": {
    title: "Salt Edge: saltedge-android SDK_GUIDE.MD (API v5), the Connect callback's stages and api_stage, and the names of an attempt's stages",
    url: "https://github.com/saltedge/saltedge-android/blob/da010f3add3e4829281c404973e81c253a1cbe0c/SDK_GUIDE.MD",
  },
  "tokenio-docs-sip-v2-considerations": {
    title: "Token.io docs: Single Immediate Payments v2, considerations (recovery flow, payment status)",
    url: "https://docs.token.io/products/tpp/sip/sip-v2/sip-v2-considerations",
    readInPart: "A stored copy of the page from its Recovery flow section to the first row of its Payment status table (INITIATION_PENDING), cut in that row's last cell; the table's other rows and the rest of the page were not read.",
  },
  "tokenio-docs-initiate-payment": {
    title: "Token.io API reference: Payments v2, Initiate a payment (POST /v2/payments)",
    url: "https://docs.token.io/products/tpp/api/reference/payments-v2/initiatepayment",
    readInPart: "A stored copy of the operation's description from its start to its request-timeout header paragraph, cut in it; the request and response schemas were not read.",
  },
  "tokenio-support-pending-redemption": {
    title: "Token.io support: Why are my requests ending in INITIATION_PENDING_REDEMPTION?",
    url: "https://support.token.io/hc/en-us/articles/25758366734745-Why-are-my-requests-ending-in-INITIATION-PENDING-REDEMPTION",
  },
  "tokenio-support-error-codes": {
    title: "Token.io support: What Error Codes does Token.io support?",
    url: "https://support.token.io/hc/en-us/articles/22763530657561-What-Error-Codes-does-Token-io-support",
    readInPart: "A stored copy of the article: its HTTP errors table whole, and its gRPC errors section to the sentence on a bank error's code 12, cut in it; the rest (its gRPC and JSON error lists) was not read.",
  },
  "tokenio-dev-error-codes": {
    title: "Token.io developer docs (TPP SDK): Error Codes, the gRPC errors its APIs throw",
    url: "https://developer-beta.token.io/token_tpp_sdk_doc/content/a-tpp_onboarding/supplementals/error_codes.htm",
    readInPart: "A stored copy of the page from its start through the List of Exceptions' rows 0 (OK) to 9 (FAILED_PRECONDITION), cut at the name of row 10; rows 10 and after were not read.",
  },
  "grpc-status-codes": {
    title: "gRPC: include/grpc/impl/codegen/status.h, gRPC's status codes (grpc_status_code) with their numbers and what each means",
    url: "https://github.com/grpc/grpc/blob/9b7e3b3dea8825df87a81f1a05e2ee8f740290a0/include/grpc/impl/codegen/status.h",
  },
  "tokenio-dev-payments-v1-considerations": {
    title: "Token.io developer docs: Payments v1 considerations, callback for API-only integration",
    url: "https://developer-beta.token.io/token_rest_api_doc/content/e-rest/pis/v1/payments-v1-considerations.htm",
    readInPart: "A stored copy of the page's section Callback for API-only integration, from its start to the JSON form of the error callback, cut in its message; the callback URL with the error was read whole, the rest of the page was not.",
  },
  "tokenio-docs-hp-v1-callback": {
    title: "Token.io docs: Hosted Pages v1, Callback for Hosted Pages",
    url: "https://docs.token.io/products/tpp/hosted-pages/hosted-pages-v1/hosted-pages-v1-callback-for-hosted-pages",
  },
  "tokenio-docs-webhooks": {
    title: "Token.io docs: Webhooks",
    url: "https://docs.token.io/products/tpp/integration-considerations/webhooks",
    readInPart: "A stored copy of the page from its start to the first sentence of its section Set up webhooks using the API, cut before its example; the configuration, any signature or authentication of deliveries, retries and example bodies after it were not read.",
  },
  "tokenio-dev-dashboard-webhook": {
    title: "Token.io developer docs: Understanding Dashboard Settings, Webhook",
    url: "https://developer.token.io/token_rest_api_doc/content/e-rest/dashboard/webhook.htm",
    readInPart: "A stored copy of the page from its start to its note on when the webhook is sent, cut in it ('the webh'): its events (TransferStatusChanged, BulkTransferStatusChanged, StandingOrderStatusChanged) and its pointer to the webhook protobuffer reference for the payloads' definitions were read; that reference and the rest of the page were not read.",
  },
  "tokenio-dev-working-with-webhooks": {
    title: "Token.io developer docs: Working with Webhooks (payment initiation)",
    url: "https://developer.token.io/token_rest_api_doc/content/e-rest/pis/working-with-webhooks.htm",
    readInPart: "A stored copy of the page from its start through the example body of PUT /webhook/config to its table of the request's fields, cut in the type field's available values ('IN'); the rest of the page was not read.",
  },
  "tokenio-sdk-js-types": {
    title: "Token.io: JavaScript SDK, core/src/types.js (the SDK's Flow types: EventType, the event types of a webhook configuration)",
    url: "https://github.com/tokenio/sdk-js/blob/3709039009f2ac30b2f81b6bf1f745b0208d4c01/core/src/types.js",
    readInPart: "The EventType union and the WebhookConfig type (a url and a list of event types) were read, with the SDK's WebhookSample (tpp/sample/WebhookSample.js), its test and the client's setWebhookConfig (PUT /webhook/config); the file's other types were not.",
  },
  "tokenio-sdk-java-webhook-sample": {
    title: "Token.io: Java SDK, tpp-sample/src/main/java/io/token/sample/WebhookSample.java (sets, gets and deletes the webhook configuration)",
    url: "https://github.com/tokenio/sdk-java/blob/eeeac286c6b99b76eff42864aed17ad96e97a2e2/tpp-sample/src/main/java/io/token/sample/WebhookSample.java",
    readInPart: "The repository was searched whole for webhooks: the sample, its test (WebhookSampleTest) and the client's calls it makes (Member.java's setWebhookConfig, getWebhookConfig and deleteWebhookConfig) were read, and nothing in it reads or checks a delivery; its other files were not read.",
  },
  "tokenio-dev-status-codes": {
    title: "Token.io developer docs (TPP SDK): Understanding Payment Initiation Status: Values and Meaning (a transfer's status, Payments v1)",
    url: "https://developer.token.io/token_tpp_sdk_doc/content/0_-_common/status_codes.htm",
    readInPart: "A stored copy of the page from its start through its table of statuses (read whole, ten rows) and the paragraph after it, cut at \"Please be\"; the rest of the page was not read.",
  },
  "tokenio-docs-sip-v1-payment-initiation-status": {
    title: "Token.io docs: Single Immediate Payments v1, Payment initiation status (a transfer's status)",
    url: "https://docs.token.io/products/tpp/sip/sip-v1/sip-v1-payment-initiation-status",
    readInPart: "A stored copy of the page from its start through its table of statuses to FAILURE_PERMISSION_DENIED, whose description was cut at 'This': its rows PROCESSING, SUCCESS, INITIATED, PENDING, PENDING_EXTERNAL_AUTHORIZATION and FAILURE_GENERIC were read; the rows after it and the rest of the page were not read.",
  },
  "finverse-sdk-api": {
    title: "Finverse: TypeScript SDK, api.ts (generated from Finverse's OpenAPI description: its enums and models)",
    url: "https://github.com/finversetech/sdk-typescript/blob/45944510ac521b70c2947c4e2ac24299221fb630/api.ts",
    readInPart: "The enums of the statuses of a login identity, its session and its authentication, of a payment, a mandate, a payout and a payment link and its session were read, with the LoginIdentity and GetLoginIdentityByIdResponse models and the error models (ErrBodyModel, FvErrorModel, FvEmbeddedErrorModel, BadRequestModelV2Error, LoginIdentityError) with their type, the FinverseErrorCategory enum; the API classes and the other models were not. The whole file was also searched for webhooks, event types and error_code: its one webhook is a login identity's address, and error_code is a string in each error model, its values not listed.",
  },
  "finverse-openapi": {
    title: "Finverse: OpenAPI description (finversetech/openapi, finverse.yml, Swagger 2.0: \"Finverse Public\")",
    url: "https://github.com/finversetech/openapi/blob/fe7d2e13da5e66336da90b9a4d9caa0bc9c38164/finverse.yml",
    readInPart: "The file was searched whole for webhooks, events, callbacks, signatures and error_code: it holds no webhook body and no event type (its one webhook is a login identity's field, the address Finverse calls, and its one event_name an entry of a login identity's history), and each error model's error_code is a string with an example and no list of values. The error models were read (ErrBodyModelV2, FvErrorModelV2, FvEmbeddedErrorModel, ErrBodyModel, FvErrorModel, SwaggerErrBodyModel, BadRequestModel, BadRequestModelV2, FrontendFvErrorModel); the file's other models and its paths were not.",
  },
  "finverse-sdk-readme": {
    title: "Finverse: TypeScript SDK README (the payment link and data flows)",
    url: "https://github.com/finversetech/sdk-typescript/blob/45944510ac521b70c2947c4e2ac24299221fb630/README.md",
  },
  "finverse-sdk-test-login-identity": {
    title: "Finverse: TypeScript SDK test response of GET /login_identity (test/responses/loginIdentity.ts)",
    url: "https://github.com/finversetech/sdk-typescript/blob/45944510ac521b70c2947c4e2ac24299221fb630/test/responses/loginIdentity.ts",
  },
  "finverse-integrations-webhook": {
    title: "Finverse: integrations, storeganise/index.js, a webhook receiver verifying the FV-Signature header over the raw body with Finverse's public key",
    url: "https://github.com/finversetech/integrations/blob/1d1722e2b9181d0cf9bb71e90f252ba6d53e0dd3/storeganise/index.js",
  },
  "finverse-integrations-webhook-handler": {
    title: "Finverse: integrations, storeganise/handler.js, the webhook bodies' event_type and fields as the receiver reads them",
    url: "https://github.com/finversetech/integrations/blob/1d1722e2b9181d0cf9bb71e90f252ba6d53e0dd3/storeganise/handler.js",
  },
  "finverse-integrations-readme": {
    title: "Finverse: integrations README.md, the webhooks the Storeganise integration handles",
    url: "https://github.com/finversetech/integrations/blob/1d1722e2b9181d0cf9bb71e90f252ba6d53e0dd3/README.md",
  },
  "finverse-integrations-signature-test": {
    title: "Finverse: integrations, storeganise/sdk/finverse.test.js, a webhook body Finverse signed, with its FV-Signature, which the test verifies with Finverse's public key (the tests were taken out of the repository after this commit)",
    url: "https://github.com/finversetech/integrations/blob/69048614447d01c6e3aed21bcbfedfacfc0a8e8a/storeganise/sdk/finverse.test.js",
  },
  "finverse-integrations-handler-test": {
    title: "Finverse: integrations, storeganise/handler.test.js, the webhook bodies the handler's tests give it (their values the tests' own)",
    url: "https://github.com/finversetech/integrations/blob/69048614447d01c6e3aed21bcbfedfacfc0a8e8a/storeganise/handler.test.js",
  },
  "finverse-integrations-handler-test-paths": {
    title: "Finverse: integrations, storeganise/handler.test.js as it was while the handler still routed by path (/payments, /payment_links), with a payment link's other event",
    url: "https://github.com/finversetech/integrations/blob/520f4cbcbd3d4c9882ac3bb311bfaa832c6cf883/storeganise/handler.test.js",
  },
  "brankas-sdk-android-direct-status": {
    title: "Brankas: Direct Tap Android SDK reference, the Status enum (tap.model.direct.Status, kdoc)",
    url: "https://github.com/brankas/core-sdk-android/blob/a28a1e323d51c4c3b173e2cfe24daec9fc76e13d/kdoc%20direct/app/tap.model.direct/-status/index.html",
  },
  "brankas-sdk-android-transaction": {
    title: "Brankas: Direct Tap Android SDK reference, the Transaction returned after a Tap session (tap.model.direct.Transaction, kdoc)",
    url: "https://github.com/brankas/core-sdk-android/blob/a28a1e323d51c4c3b173e2cfe24daec9fc76e13d/kdoc%20direct/app/tap.model.direct/-transaction/index.html",
  },
  "brankas-sdk-android-core-error-code": {
    title: "Brankas: Direct Tap Android SDK reference, the CoreErrorCode enum (as.brank.sdk.core.CoreErrorCode, kdoc)",
    url: "https://github.com/brankas/core-sdk-android/blob/a28a1e323d51c4c3b173e2cfe24daec9fc76e13d/kdoc%20direct/app/as.brank.sdk.core/-core-error-code/index.html",
  },
  "brankas-sdk-android-faq": {
    title: "Brankas: Android Tap SDKs' FAQ (FAQ.md)",
    url: "https://github.com/brankas/core-sdk-android/blob/a28a1e323d51c4c3b173e2cfe24daec9fc76e13d/FAQ.md",
  },
  "brankas-docs-direct-transaction-status": {
    title: "Brankas docs: Direct transaction statuses (the Dashboard's)",
    url: "https://docs.brankas.com/docs/direct-transaction-status",
  },
  "brankas-docs-go-live-checklist": {
    title: "Brankas docs: Go Live Checklist",
    url: "https://docs.brankas.com/docs/go-live-checklist",
    readInPart: "A stored copy of the page from its start to section 4, Update Callback URL, cut in its second sentence ('These statuses are asynchronous to the actual'); the rest of that section and of the page were not read.",
  },
  "brankas-direct-apix-sample": {
    title: "Brankas: Direct_APIX, index.js (a sample app that creates a Direct checkout through the APIX platform)",
    url: "https://github.com/brankas/Direct_APIX/blob/a576535a3555d282790d5853323e126adb3d9904/index.js",
  },
  "brankas-docs-direct-error-codes": {
    title: "Brankas docs: Direct error codes",
    url: "https://docs.brankas.com/docs/direct-error-codes",
    readInPart: "A stored copy of the page's text as the search index holds it (each cell of its table a paragraph of its own, kept as a Markdown table), from its start through its table of transaction codes to DIRDXXX4070, whose Description was cut at 'Invalid value fo' (left empty in the copy); the rows after it and the rest of the page were not read.",
  },
  "brankas-docs-statement-status": {
    title: "Brankas docs (docs.brank.as): Statement status events and error codes",
    url: "https://docs.brank.as/docs/product/statement/statement-status-errors-codes/",
    readInPart: "A stored copy of the page from its start through its table of status codes, cut in RECORDS_AVAILABLE's description ('still being proc') before its maximum response time; the rest of the page (its error codes) was not read.",
  },
  "brankas-docs-statement-transaction-status": {
    title: "Brankas docs: Statement statuses (the Dashboard's)",
    url: "https://docs.brankas.com/docs/statement-transaction-status",
  },
  "brankas-docs-statement-error-codes": {
    title: "Brankas docs: Statement error codes",
    url: "https://docs.brankas.com/docs/statement-error-codes",
    readInPart: "A stored copy of the page from its start through its example body {\"error\": \"value\"} and its table of codes to PERMISSION_DENIED (7), whose description was cut at 'The cal'; PERMISSION_DENIED's text and the codes after it were not read.",
  },
  "quiltt-js-error-link-test": {
    title: "Quiltt: quiltt-js packages/core/tests/api/graphql/links/ErrorLink.test.ts (@quiltt/core 5.2.0), the GraphQL client's tests with their mocked GraphQL errors",
    url: "https://github.com/quiltt/quiltt-js/blob/fe56694ea4c6da913760a3f1f14403fd11e7c484/packages/core/tests/api/graphql/links/ErrorLink.test.ts",
    readInPart: "The test of a GraphQL error with extensions.instruction and documentationUrl (lines 356-400) was read; the other tests were not.",
  },
  "quiltt-js-token-validation": {
    title: "Quiltt: quiltt-js packages/core/src/utils/token-validation.ts (@quiltt/core 5.2.0), the GraphQL errors the SDK raises for a missing or expired session token",
    url: "https://github.com/quiltt/quiltt-js/blob/fe56694ea4c6da913760a3f1f14403fd11e7c484/packages/core/src/utils/token-validation.ts",
  },
  "powens-cozy-harvest-bi-http-test": {
    title: "cozy/cozy-libs packages/cozy-harvest-lib/src/services/bi-http.spec.js, a client's test of Budget Insight's (Powens') API: an error answer { \"message\": \"Wrong credentials\", \"code\": \"wrongpass\"} to updating a connection, without description",
    url: "https://github.com/cozy/cozy-libs/blob/84567fcb338a4ab265266b90603064402204a335/packages/cozy-harvest-lib/src/services/bi-http.spec.js",
  },
} as const satisfies { readonly [id: string]: Source };
export type SourceId = keyof typeof Sources;
