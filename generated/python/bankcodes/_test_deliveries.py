# generated from spec/catalog.json — do not edit (run `make generate`)
"""The webhook examples of the catalog and the published test material that signs them, read by `bankcodes trigger`. TEST MATERIAL, published with bankcodes: anyone can sign with these secrets and this key. Use them in tests only; never configure them in a receiver that faces the internet."""

from __future__ import annotations

#: Provider id -> its webhook examples: (event name, title, raw body), the first the default.
EXAMPLES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "lean": (
        (
            "payment.created",
            "payment.created, 9 fractional digits and placeholder ids",
            '{"type": "payment.created", "payload": {"id": "f672849b-b4f1-46b1-99cd-80e0bd24c6c0", "customer_id": "CUSTOMER_ID_RELATED_TO_PAYMENT", "intent_id": "INTENT_ID_RELATED_TO_PAYMENT", "status": "PENDING_WITH_BANK", "amount": 12.34, "currency": "AED", "payment_destination_id": "DESTINATION_ID_RELATED_TO_PAYMENT"}, "message": "A payment object has been created.", "timestamp": "2025-12-17T13:59:32.008767568Z", "event_id": "7d1e3de6-fb8b-4480-8652-903c75b8b8c8"}',
        ),
        (
            "entity.reconnected",
            "entity.reconnected without event_id or timestamp",
            '{"type": "entity.reconnected", "payload": {"id": "7a3c6b0e-2f4e-4c1b-9d2e-1f0a6b5c4d3e", "reconnect_id": "0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f"}, "message": "An entity has been reconnected."}',
        ),
        (
            "bank.availability.updated",
            "KSA sample bank.availability.updated-disabled.json",
            '{"type": "bank.availability.updated", "payload": {"identifier": "LEA1_SAMAOB_SAU", "availability": {"active": {"payments": false, "data": false}, "enabled": {"payments": true, "data": true}}}, "message": "The bank status has been updated.", "timestamp": "2026-05-12T13:36:47.8939225Z", "event_id": "207d9dfd-de4e-4f99-87e9-198d4ec88cf0"}',
        ),
        (
            "bank.availability.updated-2",
            "KSA sample bank.availability.updated-enabled.json",
            '{"type": "bank.availability.updated", "payload": {"identifier": "LEA1_SAMAOB_SAU", "availability": {"active": {"payments": true, "data": true}, "enabled": {"payments": true, "data": true}}}, "message": "The bank status has been updated.", "timestamp": "2026-05-12T13:45:53.371419668Z", "event_id": "ee40ede8-a757-457b-a36a-9d0eb94c713e"}',
        ),
        (
            "entity.created",
            "KSA sample entity.created.json",
            '{"type": "entity.created", "payload": {"id": "ed20559b-11f4-40dd-b912-629b7f37855b", "customer_id": "80f315e8-d429-48fe-a902-8b202bb32403", "app_user_id": "test_postman", "permissions": ["transactions", "balance", "identity", "identities", "accounts", "standing_orders", "direct_debits", "scheduled_payments", "beneficiaries"], "bank_details": {"identifier": "LEA1_SAMAOB_SAU", "name": "Mockbank 1", "logo": "https://cdn.leantech.me/img/banks/color-gmockbank2.png", "main_color": "#1beb75", "background_color": "#ffffff", "swift_code": "MOCKSA01", "account_type": "PERSONAL", "bank_type": "RETAIL"}}, "message": "An entity object has been created.", "timestamp": "2026-05-12T14:34:40.391243281Z", "event_id": "1e7974c5-4d91-4046-8c5f-35b26a5e4d20"}',
        ),
        (
            "entity.data.refresh.updated",
            "KSA sample entity.data.refresh.updated.json",
            '{"type": "entity.data.refresh.updated", "payload": {"entity_id": "ed20559b-11f4-40dd-b912-629b7f37855b", "refresh_id": "30cbedab-d920-42e7-a6f4-01bfe55adda5", "customer_id": "80f315e8-d429-48fe-a902-8b202bb32403", "status": "FINISHED", "data_status": {"accounts": "OK", "identity": "OK", "account_data": [{"account_id": "b512d920-9389-4edc-a387-b7397658a195", "balance": "OK", "identity": "OK", "transactions": "OK", "scheduled_payments": "OK", "direct_debits": "OK", "standing_orders": "OK", "beneficiaries": "OK", "transaction_availability": {"start": "2025-05-13", "end": "2026-05-12", "complete_months": 11}}, {"account_id": "aa924b03-f544-4259-9797-9d6e9c0ed306", "balance": "OK", "identity": "OK", "transactions": "OK", "scheduled_payments": "OK", "direct_debits": "OK", "standing_orders": "OK", "beneficiaries": "OK", "transaction_availability": {"start": "2025-05-13", "end": "2026-05-12", "complete_months": 11}}]}, "app_user_id": "test_postman"}, "message": "An entity data refresh state has been updated.", "timestamp": "2026-05-12T14:34:49.972240761Z", "event_id": "1986f068-0836-4115-abdf-dfbc91ebcd2e"}',
        ),
        (
            "entity.created-2",
            "UAE sample entity.created.json",
            '{"type": "entity.created", "message": "An entity object has been created.", "payload": {"id": "3f372561-ff0c-483d-b624-5e39b118e5b9", "app_user_id": "lean_test_framework_user_1041778600396499", "customer_id": "e3e56fe9-1cfc-4f05-b434-7994a5b66e5a", "permissions": ["identity", "accounts"], "bank_details": {"logo": "https://cdn.leantech.me/img/banks/white-lean.png", "name": "Lean Open Finance MockBank", "bank_type": "RETAIL", "identifier": "LEAN_OF_RETAIL_UAE", "main_color": "#1beb75", "swift_code": null, "account_type": "PERSONAL", "background_color": "#ffffff"}}, "event_id": "28f729fe-9c36-426f-959b-65e69303d901", "timestamp": "2026-05-12T15:40:36.398576427Z"}',
        ),
        (
            "entity.data.refresh.updated-2",
            "UAE sample entity.data.refresh.updated.json",
            '{"type": "entity.data.refresh.updated", "message": "An entity data refresh state has been updated.", "payload": {"status": "OK", "entity_id": "42df962f-f81b-4e42-aabc-e3ee87978f29", "refresh_id": "cf173306-6217-4c46-a93d-37f6cdc259fe", "app_user_id": "lean_test_framework_user_4761778599373013", "customer_id": "383e9d6c-0f68-4366-a0e1-c954455c1c16", "data_status": {"accounts": "OK", "identity": "OK", "account_data": [{"balance": "OK", "identity": "OK", "account_id": "f2c9628a-a98c-4405-b678-6256b9cef8aa", "transactions": "OK", "beneficiaries": "UNSUPPORTED", "direct_debits": "UNSUPPORTED", "standing_orders": "UNSUPPORTED", "scheduled_payments": "UNSUPPORTED", "transaction_availability": {"end": "2026-05-12", "start": "2025-07-01", "complete_months": 10}}, {"balance": "OK", "identity": "OK", "account_id": "0bc75e4c-1e2a-4f6b-acf3-427b4446e076", "transactions": "OK", "beneficiaries": "UNSUPPORTED", "direct_debits": "UNSUPPORTED", "standing_orders": "UNSUPPORTED", "scheduled_payments": "UNSUPPORTED", "transaction_availability": {"end": "2026-05-12", "start": "2025-05-13", "complete_months": 11}}, {"balance": "OK", "identity": "OK", "account_id": "734decb5-0d45-4383-a879-018d57efba62", "transactions": "OK", "beneficiaries": "UNSUPPORTED", "direct_debits": "UNSUPPORTED", "standing_orders": "UNSUPPORTED", "scheduled_payments": "UNSUPPORTED", "transaction_availability": {"end": "2026-05-12", "start": "2025-07-01", "complete_months": 10}}, {"balance": "OK", "identity": "OK", "account_id": "ef99ad99-3c38-4bd5-9d0a-463a7df93ee3", "transactions": "OK", "beneficiaries": "UNSUPPORTED", "direct_debits": "UNSUPPORTED", "standing_orders": "UNSUPPORTED", "scheduled_payments": "UNSUPPORTED", "transaction_availability": {"end": "2026-05-12", "start": "2025-07-01", "complete_months": 10}}, {"balance": "OK", "identity": "OK", "account_id": "5f4ddfee-85ae-494b-afe7-97b40200573c", "transactions": "OK", "beneficiaries": "UNSUPPORTED", "direct_debits": "UNSUPPORTED", "standing_orders": "UNSUPPORTED", "scheduled_payments": "UNSUPPORTED", "transaction_availability": {"end": "2026-05-12", "start": "2025-07-01", "complete_months": 10}}, {"balance": "OK", "identity": "OK", "account_id": "183ddf2b-a553-4e11-bde2-364d9f91f813", "transactions": "OK", "beneficiaries": "UNSUPPORTED", "direct_debits": "UNSUPPORTED", "standing_orders": "UNSUPPORTED", "scheduled_payments": "UNSUPPORTED", "transaction_availability": {"end": "2026-05-12", "start": "2025-05-13", "complete_months": 11}}, {"balance": "OK", "identity": "OK", "account_id": "95cdc23b-cd3d-46a6-8430-62d4f2fc728f", "transactions": "OK", "beneficiaries": "UNSUPPORTED", "direct_debits": "UNSUPPORTED", "standing_orders": "UNSUPPORTED", "scheduled_payments": "UNSUPPORTED", "transaction_availability": {"end": "2026-02-28", "start": "2026-01-01", "complete_months": 2}}, {"balance": "OK", "identity": "OK", "account_id": "a00e1a27-50a7-4394-9a13-787ae3b9af41", "transactions": "OK", "beneficiaries": "UNSUPPORTED", "direct_debits": "UNSUPPORTED", "standing_orders": "UNSUPPORTED", "scheduled_payments": "UNSUPPORTED", "transaction_availability": {"end": "2026-05-12", "start": "2025-07-01", "complete_months": 10}}, {"balance": "OK", "identity": "OK", "account_id": "26cb635d-8625-4b8f-bb64-7d92c09cc669", "transactions": "OK", "beneficiaries": "UNSUPPORTED", "direct_debits": "UNSUPPORTED", "standing_orders": "UNSUPPORTED", "scheduled_payments": "UNSUPPORTED", "transaction_availability": {"end": "2026-05-12", "start": "2025-07-01", "complete_months": 10}}]}}, "event_id": "29296847-0297-47e2-a67f-19a73a7a2af3", "timestamp": "2026-05-12T15:23:02.308959607Z"}',
        ),
        (
            "payment.created-2",
            "UAE sample payment.created.json",
            '{"type": "payment.created", "message": "A payment object has been created.", "payload": {"id": "c5bbaa0e-27b4-4767-896e-efd4b0d3d2ec", "amount": 25, "reason": "testing", "status": "ACCEPTED_BY_BANK", "currency": "AED", "metadata": {"data": "meta_data_test"}, "intent_id": "9979d193-21d7-4a40-b9ba-ee40ed9ae894", "customer_id": "c16d41ab-e9d9-4416-b147-a9acadd9b6d5", "payment_destination_id": "76ad0bf0-c594-4106-b83d-fc6a37966ed4", "bank_transaction_reference": "payment-7200c30c-8eed-4f20-841f-2d3fbe428d86"}, "event_id": "f1d73c8d-d849-48c7-9daf-aa9b0dc8595c", "timestamp": "2026-05-12T15:41:00.586527614Z"}',
        ),
        (
            "payment.updated",
            "UAE sample payment.updated.json",
            '{"type": "payment.updated", "message": "A payment object has been updated.", "payload": {"id": "9d26f1b4-af80-4aab-af7f-1e2d5bf5e454", "amount": 12.34, "status": "ACCEPTED_BY_BANK", "currency": "AED", "metadata": {"data": "meta_data_test"}, "intent_id": "4b1d5370-715b-4956-a013-3b99716cc9f7", "customer_id": "a2b3e118-18e8-4d00-9538-270f691d385b", "payment_destination_id": "b497d078-da47-488c-ba63-cd602f788262", "bank_transaction_reference": "payment-a687e6d3-0a95-4d8f-b344-575a33241691"}, "event_id": "7640a75d-9a48-4da2-ba36-7cdeaf394cb5", "timestamp": "2026-05-12T14:33:00.552682062Z"}',
        ),
        (
            "payment_intent.created",
            "UAE sample payment_intent.created.json",
            '{"type": "payment_intent.created", "message": "Payment intent created", "payload": {"amount": 10, "reason": "testing", "status": "INTENT_CREATED", "currency": "AED", "metadata": {"data": "meta_data_test"}, "intent_id": "dd566666-df7e-4ba1-ac60-ee5bebebdde7"}, "event_id": "b8e924ae-d0c2-48c7-8ec5-2cf2a89a7256", "timestamp": "2026-05-13T10:50:11.063005979Z"}',
        ),
        (
            "payment_source.beneficiary.created",
            "UAE sample payment_source.beneficiary.created.json",
            '{"type": "payment_source.beneficiary.created", "message": "A beneficiary was added for a payment source.", "payload": {"id": "5d76abbb-d860-458d-b836-0f12104b8d78", "status": "ACTIVE", "customer_id": "34d41026-3385-4e14-bd79-56086c2eda34", "payment_source_id": "3c81b339-e72e-4ef1-9cdc-a012a7057858", "payment_destination_id": "b497d078-da47-488c-ba63-cd602f788262", "payment_source_bank_identifier": "LEAN_OF_RETAIL_UAE"}, "event_id": "0971c86f-8031-4ca0-8ada-afc743216a0b", "timestamp": "2026-05-13T10:50:10.413273706Z"}',
        ),
        (
            "payment_source.created",
            "UAE sample payment_source.created.json",
            '{"type": "payment_source.created", "message": "A payment source was pre-authorized by your customer.", "payload": {"id": "3c81b339-e72e-4ef1-9cdc-a012a7057858", "status": "ACTIVE", "bank_name": "Lean Open Finance MockBank", "customer_id": "34d41026-3385-4e14-bd79-56086c2eda34", "end_user_id": null, "bank_identifier": "LEAN_OF_RETAIL_UAE"}, "event_id": "ed756624-88d9-43b9-9b42-ed05caa6e006", "timestamp": "2026-05-13T10:50:10.476351058Z"}',
        ),
        (
            "entity.updated",
            "entity.updated: built from the catalog's schema (no published example)",
            '{"type": "entity.updated", "payload": {"id": "bankcodes example id"}, "message": "bankcodes example message"}',
        ),
        (
            "results.ready",
            "results.ready: built from the catalog's schema (no published example)",
            '{"type": "results.ready", "payload": {"id": "bankcodes example id"}, "message": "bankcodes example message"}',
        ),
        (
            "payment_source.beneficiary.updated",
            "payment_source.beneficiary.updated: built from the catalog's schema (no published example)",
            '{"type": "payment_source.beneficiary.updated", "payload": {"id": "bankcodes example id", "status": "AWAITING_BENEFICIARY_COOL_OFF"}, "message": "bankcodes example message"}',
        ),
        (
            "payment.transaction",
            "payment.transaction: built from the catalog's schema (no published example)",
            '{"type": "payment.transaction", "payload": {}, "message": "bankcodes example message"}',
        ),
        (
            "payment.reconciliation.updated",
            "payment.reconciliation.updated: built from the catalog's schema (no published example)",
            '{"type": "payment.reconciliation.updated", "payload": {"payment_id": "bankcodes example payment_id", "status": "RECONCILED"}, "message": "bankcodes example message"}',
        ),
        (
            "consent.status.updated",
            "consent.status.updated: built from the catalog's schema (no published example)",
            '{"type": "consent.status.updated", "payload": {}, "message": "bankcodes example message"}',
        ),
    ),
    "flinks": (
        (
            "GetAccountsDetail",
            "GetAccountsDetail with LastRefresh without a zone",
            '{"ResponseType": "GetAccountsDetail", "HttpStatusCode": 200, "Accounts": [{"Id": "a1", "Title": "Chequing", "Balance": {"Available": 100.5, "Current": 100.5, "Limit": null}, "Transactions": []}], "Login": {"Username": "Greatday", "IsScheduledRefresh": false, "LastRefresh": "2019-05-09T13:47:46.5227901", "Type": "Personal", "Id": "5e5b6c1a-2d3e-4f5a-8b9c-0d1e2f3a4b5c"}, "Institution": "FlinksCapital", "RequestId": "077785a3-fd0f-42f7-9251-ee2ff7f3b4ff"}',
        ),
        (
            "KYC",
            "KYC",
            '{"ResponseType": "KYC", "HttpStatusCode": 200, "Holders": [{"Name": "John Doe", "Email": "john@example.com"}], "Login": {"Username": "Greatday", "IsScheduledRefresh": false, "LastRefresh": "2019-05-09T13:47:46.5227901", "Type": "Personal", "Id": "5e5b6c1a-2d3e-4f5a-8b9c-0d1e2f3a4b5c"}, "Institution": "FlinksCapital", "RequestId": "077785a3-fd0f-42f7-9251-ee2ff7f3b4ff"}',
        ),
    ),
    "argyle": (
        (
            "verifications.updated",
            "verifications.updated without resource",
            '{"event": "verifications.updated", "name": "my-verifications-webhook", "data": {"user": "018051aa-f7a9-a0db-2f38-6cfa325e9d69", "verification": "018b7d4a-c5e3-9f4c-0d8b-2a7e1f6c9b30"}}',
        ),
        (
            "verifications.updated-2",
            "verifications.updated with a PAUSED banking verification",
            '{"event": "verifications.updated", "name": "my-verifications-webhook", "data": {"user": "018051aa-f7a9-a0db-2f38-6cfa325e9d69", "verification": "018b7d4a-c5e3-9f4c-0d8b-2a7e1f6c9b30", "resource": {"id": "018b7d4a-c5e3-9f4c-0d8b-2a7e1f6c9b30", "user": "018051aa-f7a9-a0db-2f38-6cfa325e9d69", "created_at": "2023-11-21T15:08:48.913Z", "updated_at": "2023-11-21T15:10:02.224Z", "channel": "api", "status": {"state": "PAUSED", "code": "pending", "errors": [{"code": "invalid_credentials", "title": "Invalid credentials", "message": "The borrower provided invalid banking login credentials.", "resources": []}]}, "report": {"id": null, "type": "voa", "file_url": null, "json_url": null}, "data_source": "banking"}}}',
        ),
        (
            "verifications.updated-3",
            "verifications.updated with a hyphenated error code",
            '{"event": "verifications.updated", "name": "docs", "data": {"user": "u", "verification": "v", "resource": {"id": "v", "status": {"state": "COMPLETED", "code": "completed_with_errors", "errors": [{"code": "self-employed_income", "title": "Self-employed income", "message": "Self-employed income cannot be assessed using Paystub and W2 Data.", "resources": [{"id": null, "type": "employments", "name": "Freelance Consulting LLC"}]}]}}}}',
        ),
        (
            "accounts.added",
            "accounts.added (the accounts webhooks page's example)",
            '{"event": "accounts.added", "name": "name-for-the-webhook-subscription", "data": {"account": "0187c66e-e7e5-811c-b006-2232f00f426a", "user": "018051aa-f7a9-a0db-2f38-6cfa325e9d69"}}',
        ),
        (
            "verifications.creation_failed",
            "verifications.creation_failed: built from the catalog's schema (no published example)",
            '{"event": "verifications.creation_failed", "name": "bankcodes example name", "data": {"user": "bankcodes example user"}}',
        ),
        (
            "accounts.connected",
            "accounts.connected: built from the catalog's schema (no published example)",
            '{"event": "accounts.connected", "name": "bankcodes example name", "data": {"account": "bankcodes example account", "user": "bankcodes example user"}}',
        ),
        (
            "accounts.failed",
            "accounts.failed: built from the catalog's schema (no published example)",
            '{"event": "accounts.failed", "name": "bankcodes example name", "data": {"account": "bankcodes example account", "user": "bankcodes example user"}}',
        ),
        (
            "accounts.updated",
            "accounts.updated: built from the catalog's schema (no published example)",
            '{"event": "accounts.updated", "name": "bankcodes example name", "data": {"account": "bankcodes example account", "user": "bankcodes example user"}}',
        ),
    ),
    "plaid": (
        (
            "SCREENING.STATUS_UPDATED",
            "SCREENING STATUS_UPDATED (ScreeningStatusUpdatedWebhook)",
            '{"webhook_type": "SCREENING", "webhook_code": "STATUS_UPDATED", "screening_id": "scr_52xR9LKo77r1Np", "environment": "production"}',
        ),
        (
            "ENTITY_SCREENING.STATUS_UPDATED",
            "ENTITY_SCREENING STATUS_UPDATED (EntityScreeningStatusUpdatedWebhook)",
            '{"webhook_type": "ENTITY_SCREENING", "webhook_code": "STATUS_UPDATED", "entity_screening_id": "entscr_52xR9LKo77r1Np", "environment": "production"}',
        ),
        (
            "BEACON.USER_STATUS_UPDATED",
            "BEACON USER_STATUS_UPDATED (BeaconUserStatusUpdatedWebhook)",
            '{"webhook_type": "BEACON", "webhook_code": "USER_STATUS_UPDATED", "beacon_user_id": "becusr_4WciCrtbxF76T8", "environment": "production"}',
        ),
        (
            "BEACON.REPORT_CREATED",
            "BEACON REPORT_CREATED (BeaconReportCreatedWebhook)",
            '{"webhook_type": "BEACON", "webhook_code": "REPORT_CREATED", "beacon_report_id": "becrpt_2zugxV6hWQZG91", "environment": "production"}',
        ),
        (
            "BEACON.REPORT_UPDATED",
            "BEACON REPORT_UPDATED (BeaconReportUpdatedWebhook)",
            '{"webhook_type": "BEACON", "webhook_code": "REPORT_UPDATED", "beacon_report_id": "becrpt_2zugxV6hWQZG91", "environment": "production"}',
        ),
        (
            "BEACON.REPORT_SYNDICATION_CREATED",
            "BEACON REPORT_SYNDICATION_CREATED (BeaconReportSyndicationCreatedWebhook)",
            '{"webhook_type": "BEACON", "webhook_code": "REPORT_SYNDICATION_CREATED", "beacon_report_syndication_id": "becrsn_eZPgiiv3JH8rfT", "environment": "production"}',
        ),
        (
            "BEACON.DUPLICATE_DETECTED",
            "BEACON DUPLICATE_DETECTED (BeaconDuplicateDetectedWebhook)",
            '{"webhook_type": "BEACON", "webhook_code": "DUPLICATE_DETECTED", "beacon_duplicate_id": "becdup_erJcFn97r9sugZ", "environment": "production"}',
        ),
        (
            "IDENTITY_VERIFICATION.STEP_UPDATED",
            "IDENTITY_VERIFICATION STEP_UPDATED (IdentityVerificationStepUpdatedWebhook)",
            '{"webhook_type": "IDENTITY_VERIFICATION", "webhook_code": "STEP_UPDATED", "identity_verification_id": "idv_52xR9LKo77r1Np", "environment": "production"}',
        ),
        (
            "IDENTITY_VERIFICATION.RETRIED",
            "IDENTITY_VERIFICATION RETRIED (IdentityVerificationRetriedWebhook)",
            '{"webhook_type": "IDENTITY_VERIFICATION", "webhook_code": "RETRIED", "identity_verification_id": "idv_52xR9LKo77r1Np", "environment": "production"}',
        ),
        (
            "IDENTITY_VERIFICATION.STATUS_UPDATED",
            "IDENTITY_VERIFICATION STATUS_UPDATED (IdentityVerificationStatusUpdatedWebhook)",
            '{"webhook_type": "IDENTITY_VERIFICATION", "webhook_code": "STATUS_UPDATED", "identity_verification_id": "idv_52xR9LKo77r1Np", "environment": "production"}',
        ),
        (
            "TRANSACTIONS.TRANSACTIONS_REMOVED",
            "TRANSACTIONS TRANSACTIONS_REMOVED (TransactionsRemovedWebhook)",
            '{"webhook_type": "TRANSACTIONS", "webhook_code": "TRANSACTIONS_REMOVED", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "removed_transactions": ["yBVBEwrPyJs8GvR77N7QTxnGg6wG74H7dEDN6", "kgygNvAVPzSX9KkddNdWHaVGRVex1MHm3k9no"], "error": null, "environment": "production"}',
        ),
        (
            "TRANSACTIONS.TRANSACTIONS_REMOVED-2",
            "TRANSACTIONS TRANSACTIONS_REMOVED (ProcessorTransactionsRemovedWebhook)",
            '{"webhook_type": "TRANSACTIONS", "webhook_code": "TRANSACTIONS_REMOVED", "account_id": "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK", "removed_transactions": ["yBVBEwrPyJs8GvR77N7QTxnGg6wG74H7dEDN6", "kgygNvAVPzSX9KkddNdWHaVGRVex1MHm3k9no"], "error": null, "environment": "production"}',
        ),
        (
            "TRANSACTIONS.DEFAULT_UPDATE",
            "TRANSACTIONS DEFAULT_UPDATE (DefaultUpdateWebhook)",
            '{"webhook_type": "TRANSACTIONS", "webhook_code": "DEFAULT_UPDATE", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "error": null, "new_transactions": 3, "environment": "production"}',
        ),
        (
            "TRANSACTIONS.DEFAULT_UPDATE-2",
            "TRANSACTIONS DEFAULT_UPDATE (ProcessorDefaultUpdateWebhook)",
            '{"webhook_type": "TRANSACTIONS", "webhook_code": "DEFAULT_UPDATE", "account_id": "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK", "error": null, "new_transactions": 3, "environment": "production"}',
        ),
        (
            "TRANSACTIONS.SYNC_UPDATES_AVAILABLE",
            "TRANSACTIONS SYNC_UPDATES_AVAILABLE (SyncUpdatesAvailableWebhook)",
            '{"webhook_type": "TRANSACTIONS", "webhook_code": "SYNC_UPDATES_AVAILABLE", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "user_id": "usr_9nSp2KuZ2x4JDw", "initial_update_complete": true, "historical_update_complete": false, "environment": "production"}',
        ),
        (
            "TRANSACTIONS.SYNC_UPDATES_AVAILABLE-2",
            "TRANSACTIONS SYNC_UPDATES_AVAILABLE (ProcessorSyncUpdatesAvailableWebhook)",
            '{"webhook_type": "TRANSACTIONS", "webhook_code": "SYNC_UPDATES_AVAILABLE", "account_id": "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK", "initial_update_complete": true, "historical_update_complete": false, "environment": "production"}',
        ),
        (
            "TRANSACTIONS.RECURRING_TRANSACTIONS_UPDATE",
            "TRANSACTIONS RECURRING_TRANSACTIONS_UPDATE (RecurringTransactionsUpdateWebhook)",
            '{"webhook_type": "TRANSACTIONS", "webhook_code": "RECURRING_TRANSACTIONS_UPDATE", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "account_ids": ["lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDje", "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDff"], "environment": "production"}',
        ),
        (
            "TRANSACTIONS.RECURRING_TRANSACTIONS_UPDATE-2",
            "TRANSACTIONS RECURRING_TRANSACTIONS_UPDATE (ProcessorRecurringTransactionsUpdateWebhook)",
            '{"webhook_type": "TRANSACTIONS", "webhook_code": "RECURRING_TRANSACTIONS_UPDATE", "account_id": "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK", "environment": "production"}',
        ),
        (
            "TRANSACTIONS.HISTORICAL_UPDATE",
            "TRANSACTIONS HISTORICAL_UPDATE (HistoricalUpdateWebhook)",
            '{"webhook_type": "TRANSACTIONS", "webhook_code": "HISTORICAL_UPDATE", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "error": null, "new_transactions": 231, "environment": "production"}',
        ),
        (
            "TRANSACTIONS.HISTORICAL_UPDATE-2",
            "TRANSACTIONS HISTORICAL_UPDATE (ProcessorHistoricalUpdateWebhook)",
            '{"webhook_type": "TRANSACTIONS", "webhook_code": "HISTORICAL_UPDATE", "account_id": "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK", "error": null, "new_transactions": 231, "environment": "production"}',
        ),
        (
            "TRANSACTIONS.INITIAL_UPDATE",
            "TRANSACTIONS INITIAL_UPDATE (InitialUpdateWebhook)",
            '{"webhook_type": "TRANSACTIONS", "webhook_code": "INITIAL_UPDATE", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "error": null, "new_transactions": 19, "environment": "production"}',
        ),
        (
            "TRANSACTIONS.INITIAL_UPDATE-2",
            "TRANSACTIONS INITIAL_UPDATE (ProcessorInitialUpdateWebhook)",
            '{"webhook_type": "TRANSACTIONS", "webhook_code": "INITIAL_UPDATE", "account_id": "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK", "error": null, "new_transactions": 19, "environment": "production"}',
        ),
        (
            "IDENTITY.DEFAULT_UPDATE",
            "IDENTITY DEFAULT_UPDATE (IdentityDefaultUpdateWebhook)",
            '{"webhook_type": "IDENTITY", "webhook_code": "DEFAULT_UPDATE", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "account_ids_with_updated_identity": {"BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp": ["ADDRESSES"]}, "error": null, "environment": "production"}',
        ),
        (
            "IDENTITY.PRODUCT_PERMISSIONS_REQUIRED",
            "IDENTITY PRODUCT_PERMISSIONS_REQUIRED (ProductPermissionsRequiredIdentityWebhook)",
            '{"webhook_type": "IDENTITY", "webhook_code": "PRODUCT_PERMISSIONS_REQUIRED", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "environment": "production"}',
        ),
        (
            "PROCESSOR_TOKEN.WEBHOOK_UPDATE_ACKNOWLEDGED",
            "PROCESSOR_TOKEN WEBHOOK_UPDATE_ACKNOWLEDGED (ProcessorTokenWebhookUpdate)",
            '{"webhook_type": "PROCESSOR_TOKEN", "webhook_code": "WEBHOOK_UPDATE_ACKNOWLEDGED", "account_id": "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK", "new_webhook_url": "https://www.example.com", "error": null, "environment": "production"}',
        ),
        (
            "ISSUES.ISSUE_RESOLVED",
            "ISSUES ISSUE_RESOLVED (IssueResolvedWebhook)",
            '{"webhook_type": "ISSUES", "webhook_code": "ISSUE_RESOLVED", "issue_id": "KI123456", "issue_description": "Connection to Example Bank temporarily unavailable.", "issue_resolved_at": "2023-07-03T14:30:00Z", "institution_id": "ins_4", "institution_name": "Example Bank"}',
        ),
        (
            "AUTH.DEFAULT_UPDATE",
            "AUTH DEFAULT_UPDATE (AuthDefaultUpdateWebhook)",
            '{"webhook_type": "AUTH", "webhook_code": "DEFAULT_UPDATE", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "account_ids_with_new_auth": [], "account_ids_with_updated_auth": {"BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp": ["ACCOUNT_NUMBER"]}, "error": null, "environment": "production"}',
        ),
        (
            "AUTH.AUTOMATICALLY_VERIFIED",
            "AUTH AUTOMATICALLY_VERIFIED (AutomaticallyVerifiedWebhook)",
            '{"webhook_type": "AUTH", "webhook_code": "AUTOMATICALLY_VERIFIED", "item_id": "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6", "account_id": "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK", "environment": "production", "error": null}',
        ),
        (
            "AUTH.VERIFICATION_EXPIRED",
            "AUTH VERIFICATION_EXPIRED (VerificationExpiredWebhook)",
            '{"webhook_type": "AUTH", "webhook_code": "VERIFICATION_EXPIRED", "item_id": "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6", "account_id": "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp", "environment": "production", "error": null}',
        ),
        (
            "AUTH.PRODUCT_PERMISSIONS_REQUIRED",
            "AUTH PRODUCT_PERMISSIONS_REQUIRED (ProductPermissionsRequiredAuthWebhook)",
            '{"webhook_type": "AUTH", "webhook_code": "PRODUCT_PERMISSIONS_REQUIRED", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "environment": "production"}',
        ),
        (
            "AUTH.SMS_MICRODEPOSITS_VERIFICATION",
            "AUTH SMS_MICRODEPOSITS_VERIFICATION (HostedMMDVerificationWebhook)",
            '{"webhook_type": "AUTH", "webhook_code": "SMS_MICRODEPOSITS_VERIFICATION", "status": "MANUALLY_VERIFIED", "item_id": "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6", "account_id": "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK", "environment": "sandbox"}',
        ),
        (
            "ITEM.WEBHOOK_UPDATE_ACKNOWLEDGED",
            "ITEM WEBHOOK_UPDATE_ACKNOWLEDGED (WebhookUpdateAcknowledgedWebhook)",
            '{"webhook_type": "ITEM", "webhook_code": "WEBHOOK_UPDATE_ACKNOWLEDGED", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "error": null, "new_webhook_url": "https://plaid.com/example/webhook", "environment": "production"}',
        ),
        (
            "ITEM.PENDING_EXPIRATION",
            "ITEM PENDING_EXPIRATION (PendingExpirationWebhook)",
            '{"webhook_type": "ITEM", "webhook_code": "PENDING_EXPIRATION", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "user_id": "usr_9nSp2KuZ2x4JDw", "consent_expiration_time": "2020-01-15T13:25:17.766Z", "environment": "production"}',
        ),
        (
            "ITEM.ERROR",
            "ITEM ERROR (ItemErrorWebhook)",
            '{"webhook_type": "ITEM", "webhook_code": "ERROR", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "user_id": "usr_9nSp2KuZ2x4JDw", "error": {"display_message": "The user\'s OAuth connection to this institution has been invalidated.", "error_code": "ITEM_LOGIN_REQUIRED", "error_code_reason": "OAUTH_INVALID_TOKEN", "error_message": "the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information. use Link\'s update mode to restore the item to a good state", "error_type": "ITEM_ERROR", "status": 400}, "environment": "production"}',
        ),
        (
            "ITEM.LOGIN_REPAIRED",
            "ITEM LOGIN_REPAIRED (ItemLoginRepairedWebhook)",
            '{"webhook_type": "ITEM", "webhook_code": "LOGIN_REPAIRED", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "user_id": "usr_9nSp2KuZ2x4JDw", "environment": "production"}',
        ),
        (
            "ITEM.PENDING_DISCONNECT",
            "ITEM PENDING_DISCONNECT (PendingDisconnectWebhook)",
            '{"webhook_type": "ITEM", "webhook_code": "PENDING_DISCONNECT", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "user_id": "usr_9nSp2KuZ2x4JDw", "reason": "INSTITUTION_MIGRATION", "disconnect_time": "2020-01-15T13:25:17.766Z", "environment": "production"}',
        ),
        (
            "ITEM.USER_PERMISSION_REVOKED",
            "ITEM USER_PERMISSION_REVOKED (UserPermissionRevokedWebhook)",
            '{"webhook_type": "ITEM", "webhook_code": "USER_PERMISSION_REVOKED", "error": {"error_code": "USER_PERMISSION_REVOKED", "error_message": "the holder of this account has revoked their permission for your application to access it", "display_message": null, "error_type": "ITEM_ERROR", "status": 400}, "item_id": "gAXlMgVEw5uEGoQnnXZ6tn9E7Mn3LBc4PJVKZ", "user_id": "usr_9nSp2KuZ2x4JDw", "environment": "production"}',
        ),
        (
            "ITEM.NEW_ACCOUNTS_AVAILABLE",
            "ITEM NEW_ACCOUNTS_AVAILABLE (NewAccountsAvailableWebhook)",
            '{"webhook_type": "ITEM", "webhook_code": "NEW_ACCOUNTS_AVAILABLE", "item_id": "gAXlMgVEw5uEGoQnnXZ6tn9E7Mn3LBc4PJVKZ", "user_id": "usr_9nSp2KuZ2x4JDw", "error": null, "environment": "production"}',
        ),
        (
            "ITEM.USER_ACCOUNT_REVOKED",
            "ITEM USER_ACCOUNT_REVOKED (UserAccountRevokedWebhook)",
            '{"webhook_type": "ITEM", "webhook_code": "USER_ACCOUNT_REVOKED", "item_id": "gAXlMgVEw5uEGoQnnXZ6tn9E7Mn3LBc4PJVKZ", "account_id": "BxBXxLj1m4HMXBm9WZJyUg9XLd4rKEhw8Pb1J", "user_id": "usr_9nSp2KuZ2x4JDw", "environment": "production"}',
        ),
        (
            "INCOME.PRODUCT_READY",
            "INCOME PRODUCT_READY (ItemProductReadyWebhook)",
            '{"webhook_type": "INCOME", "webhook_code": "PRODUCT_READY", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "error": null, "environment": "production"}',
        ),
        (
            "INCOME.INCOME_VERIFICATION",
            "INCOME INCOME_VERIFICATION (IncomeVerificationStatusWebhook)",
            '{"webhook_type": "INCOME", "webhook_code": "INCOME_VERIFICATION", "item_id": "gAXlMgVEw5uEGoQnnXZ6tn9E7Mn3LBc4PJVKZ", "user_id": "9eaba3c2fdc916bc197f279185b986607dd21682a5b04eab04a5a03e8b3f3334", "verification_status": "VERIFICATION_STATUS_PROCESSING_COMPLETE", "environment": "production"}',
        ),
        (
            "INCOME.INCOME_VERIFICATION_RISK_SIGNALS",
            "INCOME INCOME_VERIFICATION_RISK_SIGNALS (IncomeVerificationRiskSignalsStatusWebhook)",
            '{"webhook_type": "INCOME", "webhook_code": "INCOME_VERIFICATION_RISK_SIGNALS", "item_id": "gAXlMgVEw5uEGoQnnXZ6tn9E7Mn3LBc4PJVKZ", "user_id": "9eaba3c2fdc916bc197f279185b986607dd21682a5b04eab04a5a03e8b3f3334", "risk_signals_status": "RISK_SIGNALS_PROCESSING_COMPLETE", "environment": "production"}',
        ),
        (
            "INCOME.BANK_INCOME_COMPLETE",
            "INCOME BANK_INCOME_COMPLETE (BankIncomeCompleteWebhook)",
            '{"webhook_type": "INCOME", "webhook_code": "BANK_INCOME_COMPLETE", "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "result": "SUCCESS", "environment": "production"}',
        ),
        (
            "INCOME.INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED",
            "INCOME INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED (IncomeVerificationRefreshReconnectNeededWebhook)",
            '{"webhook_type": "INCOME", "webhook_code": "INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED", "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "environment": "production"}',
        ),
        (
            "INCOME.BANK_INCOME_REFRESH_UPDATE",
            "INCOME BANK_INCOME_REFRESH_UPDATE (BankIncomeRefreshUpdateWebhook)",
            '{"webhook_type": "INCOME", "webhook_code": "BANK_INCOME_REFRESH_UPDATE", "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "environment": "production"}',
        ),
        (
            "INCOME.BANK_INCOME_REFRESH_COMPLETE",
            "INCOME BANK_INCOME_REFRESH_COMPLETE (BankIncomeRefreshCompleteWebhook)",
            '{"webhook_type": "INCOME", "webhook_code": "BANK_INCOME_REFRESH_COMPLETE", "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "result": "SUCCESS", "environment": "production"}',
        ),
        (
            "BANK_TRANSFERS.BANK_TRANSFERS_EVENTS_UPDATE",
            "BANK_TRANSFERS BANK_TRANSFERS_EVENTS_UPDATE (BankTransfersEventsUpdateWebhook)",
            '{"webhook_type": "BANK_TRANSFERS", "webhook_code": "BANK_TRANSFERS_EVENTS_UPDATE", "environment": "production"}',
        ),
        (
            "BANK_TRANSFERS.BANK_TRANSFERS_EVENTS_UPDATE-2",
            "BANK_TRANSFERS BANK_TRANSFERS_EVENTS_UPDATE (BankTransfersEventsUpdateWebhookForAuth)",
            '{"webhook_type": "BANK_TRANSFERS", "webhook_code": "BANK_TRANSFERS_EVENTS_UPDATE", "environment": "production"}',
        ),
        (
            "TRANSFER.TRANSFER_EVENTS_UPDATE",
            "TRANSFER TRANSFER_EVENTS_UPDATE (TransferEventsUpdateWebhook)",
            '{"webhook_type": "TRANSFER", "webhook_code": "TRANSFER_EVENTS_UPDATE", "environment": "production"}',
        ),
        (
            "TRANSFER.RECURRING_NEW_TRANSFER",
            "TRANSFER RECURRING_NEW_TRANSFER (RecurringNewTransferWebhook)",
            '{"webhook_type": "TRANSFER", "webhook_code": "RECURRING_NEW_TRANSFER", "recurring_transfer_id": "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9", "transfer_id": "271ef220-dbf8-caeb-a7dc-a2b3e8a80963", "environment": "production"}',
        ),
        (
            "TRANSFER.RECURRING_TRANSFER_SKIPPED",
            "TRANSFER RECURRING_TRANSFER_SKIPPED (RecurringTransferSkippedWebhook)",
            '{"webhook_type": "TRANSFER", "webhook_code": "RECURRING_TRANSFER_SKIPPED", "recurring_transfer_id": "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9", "authorization_decision": "declined", "authorization_decision_rationale_code": "NSF", "skipped_origination_date": "2022-11-30", "environment": "production"}',
        ),
        (
            "TRANSFER.RECURRING_CANCELLED",
            "TRANSFER RECURRING_CANCELLED (RecurringCancelledWebhook)",
            '{"webhook_type": "TRANSFER", "webhook_code": "RECURRING_CANCELLED", "recurring_transfer_id": "460cbe92-2dcc-8eae-5ad6-b37d0ec90fd9", "environment": "production"}',
        ),
        (
            "TRANSFER.PLATFORM_ONBOARDING_UPDATE",
            "TRANSFER PLATFORM_ONBOARDING_UPDATE (TransferPlatformOnboardingUpdateWebhook)",
            '{"webhook_type": "TRANSFER", "webhook_code": "PLATFORM_ONBOARDING_UPDATE", "originator_client_id": "5fd92e38107d160013b02a37", "environment": "production"}',
        ),
        (
            "LAYER.LAYER_AUTHENTICATION_PASSED",
            "LAYER LAYER_AUTHENTICATION_PASSED (LayerAuthenticationPassedWebhook)",
            '{"webhook_type": "LAYER", "webhook_code": "LAYER_AUTHENTICATION_PASSED", "environment": "production", "link_session_id": "1daca4d5-9a0d-4e85-a2e9-1e905ecaa32e", "link_token": "link-sandbox-79e723b0-0e04-4248-8a33-15ceb6828a45"}',
        ),
        (
            "PROTECT.PROTECT_USER_EVENT",
            "PROTECT PROTECT_USER_EVENT (ProtectUserEventWebhook)",
            '{"webhook_type": "PROTECT", "webhook_code": "PROTECT_USER_EVENT", "user_id": "plaid-user-6009db6e", "client_user_id": "your-client-user-id", "event_id": "ptevt_cYNnF8xYE1v1om", "timestamp": "2020-07-24T03:26:02Z", "event_type": "LINK_COMPLETE", "environment": "production"}',
        ),
        (
            "INVESTMENTS_TRANSACTIONS.DEFAULT_UPDATE",
            "INVESTMENTS_TRANSACTIONS DEFAULT_UPDATE (InvestmentsDefaultUpdateWebhook)",
            '{"webhook_type": "INVESTMENTS_TRANSACTIONS", "webhook_code": "DEFAULT_UPDATE", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "user_id": "usr_9nSp2KuZ2x4JDw", "error": null, "new_investments_transactions": 16, "cancelled_investments_transactions": 0, "environment": "production"}',
        ),
        (
            "INVESTMENTS_TRANSACTIONS.HISTORICAL_UPDATE",
            "INVESTMENTS_TRANSACTIONS HISTORICAL_UPDATE (InvestmentsHistoricalUpdateWebhook)",
            '{"webhook_type": "INVESTMENTS_TRANSACTIONS", "webhook_code": "HISTORICAL_UPDATE", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "user_id": "usr_9nSp2KuZ2x4JDw", "error": null, "new_investments_transactions": 16, "cancelled_investments_transactions": 0, "environment": "production"}',
        ),
        (
            "HOLDINGS.DEFAULT_UPDATE",
            "HOLDINGS DEFAULT_UPDATE (HoldingsDefaultUpdateWebhook)",
            '{"webhook_type": "HOLDINGS", "webhook_code": "DEFAULT_UPDATE", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "user_id": "usr_9nSp2KuZ2x4JDw", "error": null, "new_holdings": 19, "updated_holdings": 0, "environment": "production"}',
        ),
        (
            "PARTNER.END_CUSTOMER_OAUTH_STATUS_UPDATED",
            "PARTNER END_CUSTOMER_OAUTH_STATUS_UPDATED (PartnerEndCustomerOAuthStatusUpdatedWebhook)",
            '{"webhook_type": "PARTNER", "webhook_code": "END_CUSTOMER_OAUTH_STATUS_UPDATED", "end_customer_client_id": "634758733ebb4f00134b85ea", "environment": "production", "institution_id": "ins_127989", "institution_name": "Bank of America", "status": "attention-required"}',
        ),
        (
            "LIABILITIES.DEFAULT_UPDATE",
            "LIABILITIES DEFAULT_UPDATE (LiabilitiesDefaultUpdateWebhook)",
            '{"webhook_type": "LIABILITIES", "webhook_code": "DEFAULT_UPDATE", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "user_id": "usr_9nSp2KuZ2x4JDw", "error": null, "account_ids_with_new_liabilities": ["XMBvvyMGQ1UoLbKByoMqH3nXMj84ALSdE5B58", "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp"], "account_ids_with_updated_liabilities": {"XMBvvyMGQ1UoLbKByoMqH3nXMj84ALSdE5B58": ["past_amount_due"]}, "environment": "production"}',
        ),
        (
            "PAYMENT_INITIATION.PAYMENT_STATUS_UPDATE",
            "PAYMENT_INITIATION PAYMENT_STATUS_UPDATE (PaymentStatusUpdateWebhook)",
            '{"webhook_type": "PAYMENT_INITIATION", "webhook_code": "PAYMENT_STATUS_UPDATE", "payment_id": "payment-id-production-2ba30780-d549-4335-b1fe-c2a938aa39d2", "new_payment_status": "PAYMENT_STATUS_INITIATED", "old_payment_status": "PAYMENT_STATUS_PROCESSING", "original_reference": "Account Funding 99744", "adjusted_reference": "Account Funding 99", "original_start_date": "2017-09-14", "adjusted_start_date": "2017-09-15", "timestamp": "2017-09-14T14:42:19.350Z", "environment": "production"}',
        ),
        (
            "PAYMENT_INITIATION.CONSENT_STATUS_UPDATE",
            "PAYMENT_INITIATION CONSENT_STATUS_UPDATE (PaymentInitiationConsentStatusUpdateWebhook)",
            '{"webhook_type": "PAYMENT_INITIATION", "webhook_code": "CONSENT_STATUS_UPDATE", "consent_id": "payment-consent-id-production-e7258765-69f9-46b1-9c67-d2800448e5ff", "old_status": "UNAUTHORISED", "new_status": "AUTHORISED", "timestamp": "2017-09-14T14:42:19.350Z", "environment": "production"}',
        ),
        (
            "WALLET.WALLET_TRANSACTION_STATUS_UPDATE",
            "WALLET WALLET_TRANSACTION_STATUS_UPDATE (WalletTransactionStatusUpdateWebhook)",
            '{"webhook_type": "WALLET", "webhook_code": "WALLET_TRANSACTION_STATUS_UPDATE", "transaction_id": "wallet-transaction-id-production-2ba30780-d549-4335-b1fe-c2a938aa39d2", "payment_id": "payment-id-production-feca8a7a-5591-4aef-9297-f3062bb735d3", "wallet_id": "wallet-id-production-53e58b32-fc1c-46fe-bbd6-e584b27a88", "new_status": "SETTLED", "old_status": "INITIATED", "timestamp": "2017-09-14T14:42:19.350Z", "environment": "production"}',
        ),
        (
            "STATEMENTS.STATEMENTS_REFRESH_COMPLETE",
            "STATEMENTS STATEMENTS_REFRESH_COMPLETE (StatementsRefreshCompleteWebhook)",
            '{"webhook_type": "STATEMENTS", "webhook_code": "STATEMENTS_REFRESH_COMPLETE", "item_id": "eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6", "result": "SUCCESS", "environment": "production"}',
        ),
        (
            "CASH_FLOW_UPDATES.INSIGHTS_UPDATED",
            "CASH_FLOW_UPDATES INSIGHTS_UPDATED (CashFlowUpdatesInsightsWebhook)",
            '{"webhook_type": "CASH_FLOW_UPDATES", "webhook_code": "INSIGHTS_UPDATED", "status": "AVAILABLE", "user_id": "9eaba3c2fdc916bc197f279185b986607dd21682a5b04eab04a5a03e8b3f3334", "environment": "production"}',
        ),
        (
            "CASH_FLOW_UPDATES.NSF_OVERDRAFT_DETECTED",
            "CASH_FLOW_UPDATES NSF_OVERDRAFT_DETECTED (CashFlowUpdatesNSFWebhook)",
            '{"webhook_type": "CASH_FLOW_UPDATES", "webhook_code": "NSF_OVERDRAFT_DETECTED", "status": "AVAILABLE", "user_id": "9eaba3c2fdc916bc197f279185b986607dd21682a5b04eab04a5a03e8b3f3334", "environment": "production"}',
        ),
        (
            "CASH_FLOW_UPDATES.NEW_INCOME_STREAM_DETECTED",
            "CASH_FLOW_UPDATES NEW_INCOME_STREAM_DETECTED (CashFlowUpdatesNewIncomeStreamWebhook)",
            '{"webhook_type": "CASH_FLOW_UPDATES", "webhook_code": "NEW_INCOME_STREAM_DETECTED", "status": "AVAILABLE", "user_id": "9eaba3c2fdc916bc197f279185b986607dd21682a5b04eab04a5a03e8b3f3334", "environment": "production"}',
        ),
        (
            "CASH_FLOW_UPDATES.EXPECTED_DEPOSIT_MISSED",
            "CASH_FLOW_UPDATES EXPECTED_DEPOSIT_MISSED (CashFlowUpdatesExpectedDepositMissedWebhook)",
            '{"webhook_type": "CASH_FLOW_UPDATES", "webhook_code": "EXPECTED_DEPOSIT_MISSED", "status": "AVAILABLE", "user_id": "9eaba3c2fdc916bc197f279185b986607dd21682a5b04eab04a5a03e8b3f3334", "environment": "production"}',
        ),
        (
            "CASH_FLOW_UPDATES.LOW_BALANCE_DETECTED",
            "CASH_FLOW_UPDATES LOW_BALANCE_DETECTED (CashFlowUpdatesLowBalanceWebhook)",
            '{"webhook_type": "CASH_FLOW_UPDATES", "webhook_code": "LOW_BALANCE_DETECTED", "status": "AVAILABLE", "user_id": "9eaba3c2fdc916bc197f279185b986607dd21682a5b04eab04a5a03e8b3f3334", "environment": "production"}',
        ),
        (
            "CASH_FLOW_UPDATES.LARGE_DEPOSIT_DETECTED",
            "CASH_FLOW_UPDATES LARGE_DEPOSIT_DETECTED (CashFlowUpdatesLargeDepositWebhook)",
            '{"webhook_type": "CASH_FLOW_UPDATES", "webhook_code": "LARGE_DEPOSIT_DETECTED", "status": "AVAILABLE", "user_id": "9eaba3c2fdc916bc197f279185b986607dd21682a5b04eab04a5a03e8b3f3334", "environment": "production"}',
        ),
        (
            "CASH_FLOW_UPDATES.NEW_LOAN_PAYMENT_DETECTED",
            "CASH_FLOW_UPDATES NEW_LOAN_PAYMENT_DETECTED (CashFlowUpdatesNewLoanPaymentWebhook)",
            '{"webhook_type": "CASH_FLOW_UPDATES", "webhook_code": "NEW_LOAN_PAYMENT_DETECTED", "status": "AVAILABLE", "user_id": "9eaba3c2fdc916bc197f279185b986607dd21682a5b04eab04a5a03e8b3f3334", "environment": "production"}',
        ),
        (
            "CASH_FLOW_UPDATES.CASH_FLOW_INSIGHTS_UPDATED",
            "CASH_FLOW_UPDATES CASH_FLOW_INSIGHTS_UPDATED (CashFlowUpdatesInsightsV2Webhook)",
            '{"webhook_type": "CASH_FLOW_UPDATES", "webhook_code": "CASH_FLOW_INSIGHTS_UPDATED", "status": "AVAILABLE", "user_id": "usr_6009db6e", "insights": ["LARGE_DEPOSIT_DETECTED", "LOW_BALANCE_DETECTED", "NEW_LOAN_PAYMENT_DETECTED", "NSF_OVERDRAFT_DETECTED"], "environment": "sandbox"}',
        ),
        (
            "CASH_FLOW_UPDATES.CASH_FLOW_INSIGHTS_UPDATED-2",
            "CASH_FLOW_UPDATES CASH_FLOW_INSIGHTS_UPDATED (CashFlowUpdatesInsightsV2Webhook)",
            '{"webhook_type": "CASH_FLOW_UPDATES", "webhook_code": "CASH_FLOW_INSIGHTS_UPDATED", "status": "FAILED", "user_id": "usr_6009db6e", "insights": [], "environment": "sandbox"}',
        ),
        (
            "BASE_REPORT.ERROR",
            "BASE_REPORT ERROR (BaseReportsErrorWebhook)",
            '{"webhook_type": "BASE_REPORT", "webhook_code": "ERROR", "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "error": {"display_message": null, "error_code": "PRODUCT_NOT_ENABLED", "error_message": "The following products are not supported by this institution: Identity", "error_type": "BASE_REPORT_ERROR", "request_id": "m8MDnv9okwxFNBV"}, "environment": "production"}',
        ),
        (
            "CRA_INCOME.BANK_INCOME_COMPLETE",
            "CRA_INCOME BANK_INCOME_COMPLETE (CraBankIncomeCompleteWebhook)",
            '{"webhook_type": "CRA_INCOME", "webhook_code": "BANK_INCOME_COMPLETE", "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "environment": "production"}',
        ),
        (
            "CRA_INCOME.ERROR",
            "CRA_INCOME ERROR (CraBankIncomeErrorWebhook)",
            '{"webhook_type": "CRA_INCOME", "webhook_code": "ERROR", "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "environment": "production"}',
        ),
        (
            "CHECK_REPORT.CHECK_REPORT_READY",
            "CHECK_REPORT CHECK_REPORT_READY (CraCheckReportReadyWebhook)",
            '{"webhook_type": "CHECK_REPORT", "webhook_code": "CHECK_REPORT_READY", "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "successful_products": ["cra_base_report"], "environment": "production"}',
        ),
        (
            "CHECK_REPORT.CHECK_REPORT_FAILED",
            "CHECK_REPORT CHECK_REPORT_FAILED (CraCheckReportFailedWebhook)",
            '{"webhook_type": "CHECK_REPORT", "webhook_code": "CHECK_REPORT_FAILED", "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "environment": "production"}',
        ),
        (
            "CHECK_REPORT.UPGRADE_FAILED",
            "CHECK_REPORT UPGRADE_FAILED (CraUpgradeFailedWebhook)",
            '{"webhook_type": "CHECK_REPORT", "webhook_code": "UPGRADE_FAILED", "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "item_ids": ["eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6", "DWVAAPWq4RHGlEaNyGKRTAnPLaEmo8Cvq7na6"], "environment": "production"}',
        ),
        (
            "CHECK_REPORT.USER_CHECK_REPORT_READY",
            "CHECK_REPORT USER_CHECK_REPORT_READY (CraUserCheckReportReadyWebhook)",
            '{"webhook_type": "CHECK_REPORT", "webhook_code": "USER_CHECK_REPORT_READY", "user_id": "usr_8c3ZbDBYjaqUXZ", "successful_products": ["cra_base_report"], "environment": "production"}',
        ),
        (
            "CHECK_REPORT.USER_CHECK_REPORT_FAILED",
            "CHECK_REPORT USER_CHECK_REPORT_FAILED (CraUserCheckReportFailedWebhook)",
            '{"webhook_type": "CHECK_REPORT", "webhook_code": "USER_CHECK_REPORT_FAILED", "user_id": "usr_8c3ZbDBYjaqUXZ", "environment": "production"}',
        ),
        (
            "CRA_INSIGHTS.PARTNER_INSIGHTS_COMPLETE",
            "CRA_INSIGHTS PARTNER_INSIGHTS_COMPLETE (CraPartnerInsightsCompleteWebhook)",
            '{"webhook_type": "CRA_INSIGHTS", "webhook_code": "PARTNER_INSIGHTS_COMPLETE", "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "environment": "production"}',
        ),
        (
            "CRA_INSIGHTS.PARTNER_INSIGHTS_ERROR",
            "CRA_INSIGHTS PARTNER_INSIGHTS_ERROR (CraPartnerInsightsErrorWebhook)",
            '{"webhook_type": "CRA_INSIGHTS", "webhook_code": "PARTNER_INSIGHTS_ERROR", "user_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb", "environment": "production"}',
        ),
        (
            "LINK.EVENTS",
            "LINK EVENTS (LinkEventsWebhook)",
            '{"environment": "sandbox", "link_session_id": "1daca4d5-9a0d-4e85-a2e9-1e905ecaa32e", "link_token": "link-sandbox-79e723b0-0e04-4248-8a33-15ceb6828a45", "webhook_code": "EVENTS", "webhook_type": "LINK", "events": [{"event_id": "9469937a-6fac-40be-9322-f86e8c0b94ed", "event_metadata": {"request_id": "ClqZyuhovgkaQ3j"}, "event_name": "TRANSITION_VIEW", "timestamp": "2024-05-21T00:17:54Z"}, {"event_id": "4b2390cf-33a2-4078-b933-62468b9e53a5", "event_metadata": {"error_code": "INVALID_CREDENTIALS", "error_message": "the provided credentials were not correct", "error_type": "ITEM_ERROR", "institution_id": "ins_20", "institution_name": "Citizens Bank", "request_id": "ttK0NtGKaVAlbCR"}, "event_name": "ERROR", "timestamp": "2024-05-21T00:18:09Z"}, {"event_id": "45f76afe-f2aa-495c-a326-f37e043a1ccd", "event_metadata": {"request_id": "WRJqqeh8Hxife05"}, "event_name": "TRANSITION_VIEW", "timestamp": "2024-05-21T00:17:56Z"}, {"event_id": "978b772c-f2cc-404f-9449-2113e4671c4f", "event_metadata": {"error_code": "INVALID_CREDENTIALS", "error_message": "the provided credentials were not correct", "error_type": "ITEM_ERROR", "exit_status": "requires_credentials", "institution_id": "ins_20", "institution_name": "Citizens Bank", "request_id": "u1HcAeiCKtz3qmm"}, "event_name": "EXIT", "timestamp": "2024-05-21T00:18:13Z"}, {"event_id": "a873db76-aa4e-4a00-9d60-7ae08aa8e63f", "event_metadata": {"institution_id": "ins_20", "institution_name": "Citizens Bank", "request_id": "ttK0NtGKaVAlbCR"}, "event_name": "TRANSITION_VIEW", "timestamp": "2024-05-21T00:18:09Z"}, {"event_id": "ca85566d-5f32-4716-909f-82f3a0b6160b", "event_metadata": {"institution_id": "ins_20", "institution_name": "Citizens Bank", "request_id": "XRvev3cP9wYUFz5"}, "event_name": "SUBMIT_CREDENTIALS", "timestamp": "2024-05-21T00:18:07Z"}, {"event_id": "09220752-6b83-407e-baf0-f6228df16ea0", "event_metadata": {"institution_id": "ins_20", "institution_name": "Citizens Bank", "request_id": "WRJqqeh8Hxife05"}, "event_name": "SELECT_INSTITUTION", "timestamp": "2024-05-21T00:18:01Z"}, {"event_id": "1c75d2ee-19c1-4d1b-8600-7d06cecbb270", "event_metadata": {"institution_id": "ins_20", "institution_name": "Citizens Bank", "request_id": "5vc1IyBHfLkIVFx"}, "event_name": "TRANSITION_VIEW", "timestamp": "2024-05-21T00:18:12Z"}, {"event_id": "1c9c9059-c065-4362-836a-d9afb91a6125", "event_metadata": {"request_id": "MlFW5NSWtCs1KLI"}, "event_name": "TRANSITION_VIEW", "timestamp": "2024-05-21T00:17:50Z"}, {"event_id": "4f381b3f-172b-4bca-9804-c230f8d36a3b", "event_metadata": {"institution_id": "ins_20", "institution_name": "Citizens Bank", "request_id": "XRvev3cP9wYUFz5"}, "event_name": "TRANSITION_VIEW", "timestamp": "2024-05-21T00:18:02Z"}, {"event_id": "dd9d4747-d4da-4c11-88d6-b5a0e96f1886", "event_metadata": {"request_id": "ClqZyuhovgkaQ3j"}, "event_name": "SKIP_SUBMIT_PHONE", "timestamp": "2024-05-21T00:17:55Z"}]}',
        ),
        (
            "LINK.ITEM_ADD_RESULT",
            "LINK ITEM_ADD_RESULT (ItemAddResultWebhook)",
            '{"webhook_type": "LINK", "webhook_code": "ITEM_ADD_RESULT", "link_session_id": "356dbb28-7f98-44d1-8e6d-0cec580f3171", "link_token": "link-sandbox-af1a0311-da53-4636-b754-dd15cc058176", "public_token": "public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d", "environment": "sandbox"}',
        ),
        (
            "LINK.SESSION_FINISHED",
            "LINK SESSION_FINISHED (LinkSessionFinishedWebhook)",
            '{"webhook_type": "LINK", "webhook_code": "SESSION_FINISHED", "status": "SUCCESS", "link_session_id": "356dbb28-7f98-44d1-8e6d-0cec580f3171", "link_token": "link-sandbox-af1a0311-da53-4636-b754-dd15cc058176", "public_tokens": ["public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d"], "environment": "sandbox"}',
        ),
        (
            "DASHBOARD_CONFIGURED_ALERT.INSTITUTION_STATUS_ALERT_TRIGGERED",
            "DASHBOARD_CONFIGURED_ALERT INSTITUTION_STATUS_ALERT_TRIGGERED (InstitutionStatusAlertWebhook)",
            '{"webhook_type": "DASHBOARD_CONFIGURED_ALERT", "webhook_code": "INSTITUTION_STATUS_ALERT_TRIGGERED", "institution_id": "ins_3", "institution_overall_success_rate": 0.9, "environment": "production"}',
        ),
        (
            "ASSETS.PRODUCT_READY",
            "ASSETS PRODUCT_READY (AssetsProductReadyWebhook)",
            '{"webhook_type": "ASSETS", "webhook_code": "PRODUCT_READY", "asset_report_id": "47dfc92b-bba3-4583-809e-ce871b321f05", "report_type": "FULL", "environment": "production"}',
        ),
        (
            "ASSETS.ERROR",
            "ASSETS ERROR (AssetsErrorWebhook)",
            '{"webhook_type": "ASSETS", "webhook_code": "ERROR", "asset_report_id": "47dfc92b-bba3-4583-809e-ce871b321f05", "error": {"display_message": null, "error_code": "PRODUCT_NOT_ENABLED", "error_message": "the \'assets\' product is not enabled for the following access tokens: access-sandbox-fb88b20c-7b74-4197-8d01-0ab122dad0bc. please ensure that \'assets\' is included in the \'product\' array when initializing Link and create the Item(s) again.", "error_type": "ASSET_REPORT_ERROR", "request_id": "m8MDnv9okwxFNBV"}, "environment": "production"}',
        ),
        (
            "LINK_DELIVERY.DELIVERY_STATUS",
            "LINK_DELIVERY.DELIVERY_STATUS: built from the catalog's schema (no published example)",
            '{"webhook_type": "LINK_DELIVERY", "webhook_code": "DELIVERY_STATUS"}',
        ),
    ),
    "yodlee": (),
    "mx": (
        (
            "CONNECTION_STATUS",
            "A member is challenged",
            '{"action": "CHANGED", "connection_status": "CHALLENGED", "connection_status_id": 3, "connection_status_message": "To authenticate your connection to Chase Bank, please answer the following challenge(s).", "member_guid": "MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a", "type": "CONNECTION_STATUS", "user_guid": "USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e"}',
        ),
        (
            "BALANCE",
            "New data after a balance fetch",
            '{"action": "member_data_updated", "completed_at": 1531947410, "completed_on": "2018-07-18", "member_guid": "MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a", "type": "BALANCE", "user_guid": "USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e"}',
        ),
        (
            "STATEMENT",
            "New statements after a statement fetch",
            '{"action": "member_data_updated", "completed_at": 1531947410, "completed_on": "2018-07-18", "member_guid": "MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a", "statements_created_count": 3, "type": "STATEMENT", "user_guid": "USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e"}',
        ),
        (
            "VERIFICATION",
            "A member verified",
            '{"type": "VERIFICATION", "accounts": ["ACT-6836c1bb-a651-4a16-bb41-30e3b7e20e3f"], "action": "member_data_updated", "user_guid": "USR-4807288e-fe86-485f-8844-54dc9cdf96dc", "user_id": "cragro-postman-user", "member_guid": "MBR-1a78d6bd-69cc-449c-9748-f273aaeedace", "job_guid": "JOB-647d4f6b-a549-4b32-af48-1efaa2e143a5", "completed_at": 1701368571, "completed_on": "2023-11-30"}',
        ),
        (
            "initial_data_ready",
            "Initial data ready (Platform API version 20250224)",
            '{"type": "initial_data_ready", "guid": "3af06dde-da32-4937-9d9f-a37a4576ec8d", "client_guid": "CLT-f537431e-6b54-45d3-8566-9353b393a98a", "user_guid": "USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e", "member_guid": "MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a"}',
        ),
        (
            "AGGREGATION",
            "AGGREGATION: built from the catalog's schema (no published example)",
            '{"type": "AGGREGATION", "action": "bankcodes example action"}',
        ),
        (
            "HISTORY",
            "HISTORY: built from the catalog's schema (no published example)",
            '{"type": "HISTORY"}',
        ),
    ),
    "mastercard": (
        (
            "accountsDeleted",
            "Accounts deleted",
            '{"customerId": "7043507659", "eventType": "accountsDeleted", "eventId": "1744671850866-f9b8ef21c571b7d0e80c2c3d", "payload": {"accounts": ["7077265539"], "institutionId": "101732"}}',
        ),
        ("ping", "A ping", '{"eventType": "ping", "payload": {}}'),
        (
            "started",
            "started: built from the catalog's schema (no published example)",
            '{"eventType": "started", "payload": {}}',
        ),
        (
            "added",
            "added: built from the catalog's schema (no published example)",
            '{"eventType": "added", "payload": {}}',
        ),
        (
            "financialConsentCreated",
            "financialConsentCreated: built from the catalog's schema (no published example)",
            '{"eventType": "financialConsentCreated", "payload": {}}',
        ),
        (
            "adding",
            "adding: built from the catalog's schema (no published example)",
            '{"eventType": "adding", "payload": {}}',
        ),
    ),
    "stripe": (
        (
            "setup_intent.created",
            "The Event object (setup_intent.created), Stripe's API reference example",
            '{"id": "evt_1NG8Du2eZvKYlo2CUI79vXWy", "object": "event", "api_version": "2019-02-19", "created": 1686089970, "data": {"object": {"id": "seti_1NG8Du2eZvKYlo2C9XMqbR0x", "object": "setup_intent", "application": null, "automatic_payment_methods": null, "cancellation_reason": null, "client_secret": "seti_1NG8Du2eZvKYlo2C9XMqbR0x_secret_O2CdhLwGFh2Aej7bCY7qp8jlIuyR8DJ", "created": 1686089970, "customer": null, "description": null, "flow_directions": null, "last_setup_error": null, "latest_attempt": null, "livemode": false, "mandate": null, "metadata": {}, "next_action": null, "on_behalf_of": null, "payment_method": "pm_1NG8Du2eZvKYlo2CYzzldNr7", "payment_method_options": {"acss_debit": {"currency": "cad", "mandate_options": {"interval_description": "First day of every month", "payment_schedule": "interval", "transaction_type": "personal"}, "verification_method": "automatic"}}, "payment_method_types": ["acss_debit"], "single_use_mandate": null, "status": "requires_confirmation", "usage": "off_session"}}, "livemode": false, "pending_webhooks": 0, "request": {"id": null, "idempotency_key": null}, "type": "setup_intent.created"}',
        ),
        (
            "financial_connections.account.account_numbers_updated",
            "financial_connections.account.account_numbers_updated: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active"}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.account.account_numbers_updated"}',
        ),
        (
            "financial_connections.account.created",
            "financial_connections.account.created: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active"}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.account.created"}',
        ),
        (
            "financial_connections.account.deactivated",
            "financial_connections.account.deactivated: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active"}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.account.deactivated"}',
        ),
        (
            "financial_connections.account.disconnected",
            "financial_connections.account.disconnected: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "disconnected"}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.account.disconnected"}',
        ),
        (
            "financial_connections.account.expected_deactivation_date_updated",
            "financial_connections.account.expected_deactivation_date_updated: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active"}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.account.expected_deactivation_date_updated"}',
        ),
        (
            "financial_connections.account.reactivated",
            "financial_connections.account.reactivated: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active"}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.account.reactivated"}',
        ),
        (
            "financial_connections.account.refreshed_balance",
            "financial_connections.account.refreshed_balance: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active", "balance_refresh": {"status": "pending"}}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.account.refreshed_balance"}',
        ),
        (
            "financial_connections.account.refreshed_ownership",
            "financial_connections.account.refreshed_ownership: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active", "ownership_refresh": {"status": "pending"}}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.account.refreshed_ownership"}',
        ),
        (
            "financial_connections.account.refreshed_transactions",
            "financial_connections.account.refreshed_transactions: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active", "transaction_refresh": {"status": "pending"}}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.account.refreshed_transactions"}',
        ),
        (
            "financial_connections.account.supported_payment_method_types_updated",
            "financial_connections.account.supported_payment_method_types_updated: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active"}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.account.supported_payment_method_types_updated"}',
        ),
        (
            "financial_connections.account.upcoming_account_number_expiry",
            "financial_connections.account.upcoming_account_number_expiry: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active"}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.account.upcoming_account_number_expiry"}',
        ),
        (
            "financial_connections.account.upcoming_deactivation",
            "financial_connections.account.upcoming_deactivation: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active"}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.account.upcoming_deactivation"}',
        ),
        (
            "financial_connections.authorization.expected_deactivation_date_updated",
            "financial_connections.authorization.expected_deactivation_date_updated: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active"}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.authorization.expected_deactivation_date_updated"}',
        ),
        (
            "financial_connections.authorization.upcoming_deactivation",
            "financial_connections.authorization.upcoming_deactivation: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "status": "active"}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "financial_connections.authorization.upcoming_deactivation"}',
        ),
        (
            "payment_intent.payment_failed",
            "payment_intent.payment_failed: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "last_payment_error": {"type": "api_error"}}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "payment_intent.payment_failed"}',
        ),
        (
            "setup_intent.setup_failed",
            "setup_intent.setup_failed: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "object": "bankcodes example object", "api_version": "bankcodes example api_version", "created": 0, "data": {"object": {"id": "bankcodes example id", "object": "bankcodes example object", "last_setup_error": {"type": "api_error"}}}, "livemode": false, "pending_webhooks": 0, "request": {}, "type": "setup_intent.setup_failed"}',
        ),
    ),
    "belvo": (
        (
            "ACCOUNTS.historical_update",
            "Historical accounts loaded",
            '{"webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999", "webhook_type": "ACCOUNTS", "process_type": "historical_update", "webhook_code": "historical_update", "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28", "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6", "external_id": "your_external_id", "data": {"total_accounts": 5}}',
        ),
        (
            "ACCOUNTS.new_accounts_available",
            "New accounts available",
            '{"webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999", "webhook_type": "ACCOUNTS", "process_type": "recurrent_update", "webhook_code": "new_accounts_available", "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28", "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6", "external_id": "your_external_id", "data": {"new_accounts": 1}}',
        ),
        (
            "TRANSACTIONS.historical_update",
            "Historical transactions loaded",
            '{"webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999", "webhook_type": "TRANSACTIONS", "process_type": "historical_update", "webhook_code": "historical_update", "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28", "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6", "external_id": "your_external_id", "data": {"total_transactions": 19, "total_inflow_transactions": 10, "total_outflow_transactions": 9, "first_transaction_date": "2017-01-03", "last_transaction_date": "2020-03-25"}}',
        ),
        (
            "LINK.invalid_credentials",
            "A recurrent link's credentials are no longer valid",
            '{"webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999", "webhook_type": "LINK", "process_type": "recurrent_update", "webhook_code": "invalid_credentials", "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28", "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6", "external_id": "your_external_id", "data": {"error_code": "login_error", "error_message": "Invalid credentials provided to login to the institution", "status": 400}}',
        ),
        (
            "PAYMENT_INTENTS.STATUS_UPDATE",
            "A payment intent failed: the consent expired",
            '{"webhook_id": "3b9a69f7-0f0a-455b-832d-49ad6fd4905c", "webhook_type": "PAYMENT_INTENTS", "webhook_code": "STATUS_UPDATE", "object_id": "d2e40773-19f6-48d1-93c3-3590ec0c74df", "external_id": "c3c51aaf-aaa3-400c-926d-87ab62e195fd", "data": {"status": "FAILED", "metadata": {"internal_reference_id": "GGq12345w2"}, "failure_code": "consent_expired", "failure_message": "The payment consent was not accepted in time.", "end_to_end_id": "E432158152024081610416f2b595b056"}}',
        ),
        (
            "INVOICES.initial_inflow_update",
            "Initial inflow invoices loaded",
            '{"webhook_id": "ccc9c589bfcb44bc99ce749229ccf142", "webhook_type": "INVOICES", "process_type": "historical_update", "webhook_code": "initial_inflow_update", "link_id": "2f5d361d-dad6-45d4-a0bf-26d479766067", "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6", "external_id": "your_external_id", "data": {"total_invoices": 3456, "first_invoice_date": "2021-04-05", "last_invoice_date": "2021-05-05"}}',
        ),
        (
            "INVOICES.initial_outflow_update",
            "Initial outflow invoices loaded (Belvo's example leaves out request_id and external_id)",
            '{"webhook_id": "ccc9c589bfcb44bc99ce749229ccf578", "webhook_type": "INVOICES", "process_type": "historical_update", "webhook_code": "initial_outflow_update", "link_id": "2f5d361d-dad6-45d4-a0bf-26d479766067", "data": {"total_invoices": 3456, "first_invoice_date": "2021-04-05", "last_invoice_date": "2021-05-05"}}',
        ),
        (
            "INVOICES.historical_inflow_update",
            "Historical inflow invoices loaded (an earlier page's example, without process_type)",
            '{"webhook_id": "ccc9c589bfcb44bc99ce749229ccf142", "webhook_type": "INVOICES", "webhook_code": "historical_inflow_update", "link_id": "2f5d361d-dad6-45d4-a0bf-26d479766067", "data": {"total_invoices": 5333, "first_invoice_date": "2017-07-31", "last_invoice_date": "2020-07-28"}}',
        ),
        (
            "BILLS.historical_update",
            "Historical bills loaded",
            '{"webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999", "webhook_type": "BILLS", "process_type": "historical_update", "webhook_code": "historical_update", "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28", "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6", "external_id": "your_external_id", "data": {"total_bills": 2}}',
        ),
        (
            "BILLS.new_bills_available",
            "New bills available",
            '{"webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999", "webhook_type": "BILLS", "process_type": "recurrent_update", "webhook_code": "new_bills_available", "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28", "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6", "external_id": "your_external_id", "data": {"new_bills": 1}}',
        ),
        (
            "RECURRING_EXPENSES.historical_update",
            "Recurring expenses identified",
            '{"webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999", "webhook_type": "RECURRING_EXPENSES", "process_type": "historical_update", "webhook_code": "historical_update", "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28", "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6", "external_id": "your_external_id", "data": {"total_recurring_expenses": 23}}',
        ),
        (
            "RISK_INSIGHTS.historical_update",
            "Risk insights ready",
            '{"webhook_id": "58577409546a4247848055e1e11bbc71", "webhook_type": "RISK_INSIGHTS", "process_type": "historical_update", "webhook_code": "historical_update", "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28", "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6", "external_id": "your_external_id", "data": {"total_risk_insights": 1}}',
        ),
        (
            "OWNERS.historical_update",
            "Historical owners loaded",
            '{"webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999", "webhook_type": "OWNERS", "process_type": "historical_update", "webhook_code": "historical_update", "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28", "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6", "external_id": "your_external_id", "data": {"total_owners": 2}}',
        ),
        (
            "INVESTMENTS.historical_update",
            "Historical investment accounts loaded",
            '{"webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999", "webhook_type": "INVESTMENTS", "process_type": "historical_update", "webhook_code": "historical_update", "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28", "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6", "external_id": "your_external_id", "data": {"total_investments": 5}}',
        ),
        (
            "INVESTMENT_TRANSACTIONS.historical_update",
            "Historical investment transactions loaded",
            '{"webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999", "webhook_type": "INVESTMENT_TRANSACTIONS", "process_type": "historical_update", "webhook_code": "historical_update", "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28", "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6", "external_id": "your_external_id", "data": {"total_transactions": 19, "total_inflow_transactions": 10, "total_outflow_transactions": 9, "first_transaction_date": "2023-01-03", "last_transaction_date": "2024-01-03"}}',
        ),
        (
            "CHARGES.historical_update",
            "CHARGES.historical_update: built from the catalog's schema (no published example)",
            '{"webhook_id": "bankcodes example webhook_id", "webhook_type": "CHARGES", "webhook_code": "historical_update"}',
        ),
        (
            "ENROLLMENTS.historical_update",
            "ENROLLMENTS.historical_update: built from the catalog's schema (no published example)",
            '{"webhook_id": "bankcodes example webhook_id", "webhook_type": "ENROLLMENTS", "webhook_code": "historical_update"}',
        ),
        (
            "BANK_ACCOUNTS.historical_update",
            "BANK_ACCOUNTS.historical_update: built from the catalog's schema (no published example)",
            '{"webhook_id": "bankcodes example webhook_id", "webhook_type": "BANK_ACCOUNTS", "webhook_code": "historical_update"}',
        ),
        (
            "CUSTOMERS.historical_update",
            "CUSTOMERS.historical_update: built from the catalog's schema (no published example)",
            '{"webhook_id": "bankcodes example webhook_id", "webhook_type": "CUSTOMERS", "webhook_code": "historical_update"}',
        ),
        (
            "PAYMENT_AUTHORIZATIONS.historical_update",
            "PAYMENT_AUTHORIZATIONS.historical_update: built from the catalog's schema (no published example)",
            '{"webhook_id": "bankcodes example webhook_id", "webhook_type": "PAYMENT_AUTHORIZATIONS", "webhook_code": "historical_update"}',
        ),
        (
            "INCOMES.historical_update",
            "INCOMES.historical_update: built from the catalog's schema (no published example)",
            '{"webhook_id": "bankcodes example webhook_id", "webhook_type": "INCOMES", "webhook_code": "historical_update"}',
        ),
    ),
    "truelayer": (
        (
            "payment_authorized",
            "A payment authorised",
            '{"type": "payment_authorized", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633", "authorized_at": "2021-12-25T15:00:00.000Z"}',
        ),
        (
            "payment_executed",
            "A payment executed",
            '{"type": "payment_executed", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633", "executed_at": "2021-12-25T15:00:00.000Z", "payment_method": {"type": "bank_transfer", "provider_id": "mock-payments-gb-redirect", "scheme_id": "faster_payments_service"}}',
        ),
        (
            "payment_failed",
            "A payment failed, the bank rejected it (the PHP client's test webhook)",
            '{"type": "payment_failed", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633", "failed_at": "2021-12-25T15:00:00.000Z", "failure_stage": "authorizing", "failure_reason": "provider_rejected", "payment_method": {"type": "bank_transfer", "provider_id": "mock-payments-gb-redirect", "scheme_id": "faster_payments_service"}, "payment_source": {"account_identifiers": [{"type": "sort_code_account_number", "sort_code": "111111", "account_number": "00000111"}, {"type": "iban", "iban": "GB11CLRB01011100000111"}], "id": "1f111d3c-9427-43be-1111-1111219d111c", "account_holder_name": "HOLDER NAME"}, "metadata": {"key1": "value1", "key2": "value2"}}',
        ),
        (
            "mandate_authorized",
            "A mandate authorised (as published, without event_id)",
            '{"type": "mandate_authorized", "event_version": 1, "authorized_at": "2021-12-25T15:00:00.000Z"}',
        ),
        (
            "payment_link_payment_created",
            "A payment created through a payment link",
            '{"type": "payment_link_payment_created", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payment_link_id": "aKiW35RWSyF", "payment": {"id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633", "created_at": "2021-12-25T15:00:00.000Z"}}',
        ),
        (
            "payout_executed",
            "A payout to an external account executed (its trailing comma left out)",
            '{"type": "payout_executed", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20", "executed_at": "2021-12-25T15:00:00.000Z"}',
        ),
        (
            "payout_failed",
            "A payout to an external account failed (its trailing comma left out)",
            '{"type": "payout_failed", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20", "failed_at": "2021-12-25T15:00:00.000Z", "failure_reason": "scheme_error"}',
        ),
        (
            "refund_failed",
            "A refund failed for insufficient funds (the PHP client's test webhook)",
            '{"type": "refund_failed", "event_version": 1, "event_id": "f6321c84-1797-4e66-acd4-d768c09f9edf", "refund_id": "af386a24-e5e6-4508-a4e4-82d4bc4e3677", "payment_id": "dfb531ca-8e25-4753-bc23-0c7eeb8d4f29", "failed_at": "2021-12-25T15:00:00.000Z", "failure_reason": "insufficient_funds"}',
        ),
        (
            "refund_executed",
            "A refund executed (its trailing comma left out)",
            '{"type": "refund_executed", "event_version": 1, "event_id": "f6321c84-1797-4e66-acd4-d768c09f9edf", "refund_id": "9c4952c2-efcf-442f-86d6-ee207c2a1d1d", "payment_id": "dfb531ca-8e25-4753-bc23-0c7eeb8d4f29", "executed_at": "2021-12-25T15:00:00.000Z", "scheme_id": "faster_payments_service"}',
        ),
        (
            "payout_executed-2",
            "A payout to an external account executed, with its scheme (its trailing comma left out; the PHP client's test webhook payoutExecuted is the same)",
            '{"type": "payout_executed", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20", "executed_at": "2021-12-25T15:00:00.000Z", "scheme_id": "faster_payments_service"}',
        ),
        (
            "refund_executed-2",
            "A refund executed (the PHP client's test webhook)",
            '{"type": "refund_executed", "event_version": 1, "event_id": "f6321c84-1797-4e66-acd4-d768c09f9edf", "refund_id": "af386a24-e5e6-4508-a4e4-82d4bc4e3677", "payment_id": "dfb531ca-8e25-4753-bc23-0c7eeb8d4f29", "executed_at": "2021-12-25T15:00:00.000Z", "scheme_id": "faster_payments_service"}',
        ),
        (
            "refund_failed-2",
            "A refund failed for insufficient funds, with metadata (the PHP client's test webhook)",
            '{"type": "refund_failed", "event_version": 1, "event_id": "f6321c84-1797-4e66-acd4-d768c09f9edf", "refund_id": "af386a24-e5e6-4508-a4e4-82d4bc4e3677", "payment_id": "dfb531ca-8e25-4753-bc23-0c7eeb8d4f29", "failed_at": "2021-12-25T15:00:00.000Z", "failure_reason": "insufficient_funds", "metadata": {"foo": "bar"}}',
        ),
        (
            "payment_settled",
            "A payment settled (the PHP client's test webhook)",
            '{"type": "payment_settled", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633", "settled_at": "2021-12-25T15:00:00.000Z", "payment_method": {"type": "bank_transfer", "provider_id": "mock-payments-gb-redirect", "scheme_id": "faster_payments_service"}, "payment_source": {"account_identifiers": [{"type": "sort_code_account_number", "sort_code": "111111", "account_number": "00000111"}, {"type": "iban", "iban": "GB11CLRB01011100000111"}], "id": "1f111d3c-9427-43be-1111-1111219d111c", "account_holder_name": "HOLDER NAME"}, "settlement_risk": {"category": "low_risk"}, "metadata": {"key1": "value1", "key2": "value2"}}',
        ),
        (
            "payment_creditable",
            "A payment creditable (the PHP client's test webhook)",
            '{"type": "payment_creditable", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633", "creditable_at": "2024-10-14T14:02:26.825Z", "metadata": {"key1": "value1", "key2": "value2"}}',
        ),
        (
            "payment_settlement_stalled",
            "A payment's settlement stalled (the PHP client's test webhook)",
            '{"type": "payment_settlement_stalled", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633", "settlement_stalled_at": "2024-10-14T14:02:26.825Z", "metadata": {"key1": "value1", "key2": "value2"}}',
        ),
        (
            "payment_executed-2",
            "A payment on a mandate executed (the PHP client's test webhook)",
            '{"type": "payment_executed", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633", "executed_at": "2021-12-25T15:00:00.000Z", "payment_method": {"type": "mandate", "mandate_id": "d65f3521-fa55-44fc-9a75-ba43456de7f2", "reference": "test"}}',
        ),
        (
            "payout_failed-2",
            "A closed-loop payout (to a payment source) failed (the PHP client's test webhook)",
            '{"type": "payout_failed", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20", "failed_at": "2021-12-25T15:00:00.000Z", "failure_reason": "scheme_error", "beneficiary": {"type": "payment_source", "payment_source_id": "4a59c822-3bfb-42ba-9202-b6d89988a195", "user_id": "a0977be8-c406-4f75-bb81-b5ca0689b29b"}}',
        ),
        (
            "payout_failed-3",
            "A payout to a business account failed (the PHP client's test webhook)",
            '{"type": "payout_failed", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20", "failed_at": "2021-12-25T15:00:00.000Z", "failure_reason": "scheme_error", "beneficiary": {"type": "business_account"}}',
        ),
        (
            "payout_failed-4",
            "A payout to an external account failed, its beneficiary's type given (the PHP client's test webhook)",
            '{"type": "payout_failed", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20", "failed_at": "2021-12-25T15:00:00.000Z", "failure_reason": "scheme_error", "beneficiary": {"type": "external_account"}}',
        ),
        (
            "payout_executed-3",
            "A closed-loop payout (to a payment source) executed (the PHP client's test webhook)",
            '{"type": "payout_executed", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20", "executed_at": "2021-12-25T15:00:00.000Z", "beneficiary": {"type": "payment_source", "payment_source_id": "4a59c822-3bfb-42ba-9202-b6d89988a195", "user_id": "a0977be8-c406-4f75-bb81-b5ca0689b29b"}}',
        ),
        (
            "payout_executed-4",
            "A payout to a business account executed (the PHP client's test webhook)",
            '{"type": "payout_executed", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20", "executed_at": "2021-12-25T15:00:00.000Z", "beneficiary": {"type": "business_account"}}',
        ),
        (
            "payout_executed-5",
            "A payout to an external account executed, its beneficiary's type given (the PHP client's test webhook)",
            '{"type": "payout_executed", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941", "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20", "executed_at": "2021-12-25T15:00:00.000Z", "beneficiary": {"type": "external_account"}}',
        ),
        (
            "mandate_failed",
            "mandate_failed: built from the catalog's schema (no published example)",
            '{"type": "mandate_failed"}',
        ),
        (
            "mandate_revoked",
            "mandate_revoked: built from the catalog's schema (no published example)",
            '{"type": "mandate_revoked"}',
        ),
        (
            "payment_link_disabled",
            "payment_link_disabled: built from the catalog's schema (no published example)",
            '{"type": "payment_link_disabled"}',
        ),
        (
            "external_payment_received",
            "external_payment_received: built from the catalog's schema (no published example)",
            '{"type": "external_payment_received"}',
        ),
        (
            "mandate_remitter_changed",
            "mandate_remitter_changed: built from the catalog's schema (no published example)",
            '{"type": "mandate_remitter_changed"}',
        ),
        (
            "mandate_initial_payment_created",
            "mandate_initial_payment_created: built from the catalog's schema (no published example)",
            '{"type": "mandate_initial_payment_created"}',
        ),
    ),
    "pluggy": (
        (
            "item_error",
            "An item/error notification of invalid credentials (Detecting authentication failures)",
            '{"event": "item/error", "eventId": "d876fd7c-e9bd-4c4c-bd46-cc96c62aac29", "itemId": "d161a74a-8bc8-4093-88de-724312969b0d", "error": {"code": "INVALID_CREDENTIALS", "message": "Invalid credentials"}, "triggeredBy": "SYNC", "clientUserId": "your-user-id"}',
        ),
        (
            "item_error-2",
            "The same notification on the Portuguese page (Detectando falhas de autenticação)",
            '{"event": "item/error", "eventId": "d876fd7c-e9bd-4c4c-bd46-cc96c62aac29", "itemId": "d161a74a-8bc8-4093-88de-724312969b0d", "error": {"code": "INVALID_CREDENTIALS", "message": "Credenciais inválidas"}, "triggeredBy": "SYNC", "clientUserId": "seu-id-de-usuario"}',
        ),
        (
            "connector_status_updated",
            "connector/status_updated: built from the catalog's schema (no published example)",
            '{"event": "connector/status_updated", "eventId": "bankcodes example eventId", "data": {"status": "ONLINE"}}',
        ),
        (
            "payment_request_updated",
            "payment_request/updated: built from the catalog's schema (no published example)",
            '{"event": "payment_request/updated", "eventId": "bankcodes example eventId", "data": {"status": "CREATED"}, "paymentRequestId": "bankcodes example paymentRequestId"}',
        ),
        (
            "item_created",
            "item/created: built from the catalog's schema (no published example)",
            '{"event": "item/created", "eventId": "bankcodes example eventId"}',
        ),
        (
            "item_updated",
            "item/updated: built from the catalog's schema (no published example)",
            '{"event": "item/updated", "eventId": "bankcodes example eventId"}',
        ),
        (
            "item_deleted",
            "item/deleted: built from the catalog's schema (no published example)",
            '{"event": "item/deleted", "eventId": "bankcodes example eventId"}',
        ),
        (
            "item_waiting_user_input",
            "item/waiting_user_input: built from the catalog's schema (no published example)",
            '{"event": "item/waiting_user_input", "eventId": "bankcodes example eventId"}',
        ),
        (
            "item_waiting_user_action",
            "item/waiting_user_action: built from the catalog's schema (no published example)",
            '{"event": "item/waiting_user_action", "eventId": "bankcodes example eventId"}',
        ),
        (
            "item_login_succeeded",
            "item/login_succeeded: built from the catalog's schema (no published example)",
            '{"event": "item/login_succeeded", "eventId": "bankcodes example eventId"}',
        ),
        (
            "transactions_created",
            "transactions/created: built from the catalog's schema (no published example)",
            '{"event": "transactions/created", "eventId": "bankcodes example eventId"}',
        ),
        (
            "transactions_updated",
            "transactions/updated: built from the catalog's schema (no published example)",
            '{"event": "transactions/updated", "eventId": "bankcodes example eventId"}',
        ),
        (
            "transactions_deleted",
            "transactions/deleted: built from the catalog's schema (no published example)",
            '{"event": "transactions/deleted", "eventId": "bankcodes example eventId"}',
        ),
        (
            "payment_intent_created",
            "payment_intent/created: built from the catalog's schema (no published example)",
            '{"event": "payment_intent/created", "eventId": "bankcodes example eventId"}',
        ),
        (
            "payment_intent_completed",
            "payment_intent/completed: built from the catalog's schema (no published example)",
            '{"event": "payment_intent/completed", "eventId": "bankcodes example eventId"}',
        ),
        (
            "payment_intent_waiting_payer_authorization",
            "payment_intent/waiting_payer_authorization: built from the catalog's schema (no published example)",
            '{"event": "payment_intent/waiting_payer_authorization", "eventId": "bankcodes example eventId"}',
        ),
        (
            "payment_intent_error",
            "payment_intent/error: built from the catalog's schema (no published example)",
            '{"event": "payment_intent/error", "eventId": "bankcodes example eventId"}',
        ),
        (
            "scheduled_payment_created",
            "scheduled_payment/created: built from the catalog's schema (no published example)",
            '{"event": "scheduled_payment/created", "eventId": "bankcodes example eventId"}',
        ),
        (
            "scheduled_payment_completed",
            "scheduled_payment/completed: built from the catalog's schema (no published example)",
            '{"event": "scheduled_payment/completed", "eventId": "bankcodes example eventId"}',
        ),
        (
            "scheduled_payment_error",
            "scheduled_payment/error: built from the catalog's schema (no published example)",
            '{"event": "scheduled_payment/error", "eventId": "bankcodes example eventId"}',
        ),
        (
            "scheduled_payment_canceled",
            "scheduled_payment/canceled: built from the catalog's schema (no published example)",
            '{"event": "scheduled_payment/canceled", "eventId": "bankcodes example eventId"}',
        ),
        (
            "scheduled_payment_all_completed",
            "scheduled_payment/all_completed: built from the catalog's schema (no published example)",
            '{"event": "scheduled_payment/all_completed", "eventId": "bankcodes example eventId"}',
        ),
        (
            "scheduled_payment_all_created",
            "scheduled_payment/all_created: built from the catalog's schema (no published example)",
            '{"event": "scheduled_payment/all_created", "eventId": "bankcodes example eventId"}',
        ),
        (
            "boleto_updated",
            "boleto/updated: built from the catalog's schema (no published example)",
            '{"event": "boleto/updated", "eventId": "bankcodes example eventId"}',
        ),
        (
            "all",
            "all: built from the catalog's schema (no published example)",
            '{"event": "all", "eventId": "bankcodes example eventId"}',
        ),
        (
            "automatic_pix_payment_created",
            "automatic_pix_payment/created: built from the catalog's schema (no published example)",
            '{"event": "automatic_pix_payment/created", "eventId": "bankcodes example eventId"}',
        ),
        (
            "automatic_pix_payment_completed",
            "automatic_pix_payment/completed: built from the catalog's schema (no published example)",
            '{"event": "automatic_pix_payment/completed", "eventId": "bankcodes example eventId"}',
        ),
        (
            "automatic_pix_payment_error",
            "automatic_pix_payment/error: built from the catalog's schema (no published example)",
            '{"event": "automatic_pix_payment/error", "eventId": "bankcodes example eventId"}',
        ),
        (
            "automatic_pix_payment_canceled",
            "automatic_pix_payment/canceled: built from the catalog's schema (no published example)",
            '{"event": "automatic_pix_payment/canceled", "eventId": "bankcodes example eventId"}',
        ),
        (
            "smart_transfer_preauthorization_completed",
            "smart_transfer_preauthorization/completed: built from the catalog's schema (no published example)",
            '{"event": "smart_transfer_preauthorization/completed", "eventId": "bankcodes example eventId"}',
        ),
        (
            "smart_transfer_preauthorization_error",
            "smart_transfer_preauthorization/error: built from the catalog's schema (no published example)",
            '{"event": "smart_transfer_preauthorization/error", "eventId": "bankcodes example eventId"}',
        ),
        (
            "smart_transfer_payment_completed",
            "smart_transfer_payment/completed: built from the catalog's schema (no published example)",
            '{"event": "smart_transfer_payment/completed", "eventId": "bankcodes example eventId"}',
        ),
        (
            "smart_transfer_payment_error",
            "smart_transfer_payment/error: built from the catalog's schema (no published example)",
            '{"event": "smart_transfer_payment/error", "eventId": "bankcodes example eventId"}',
        ),
        (
            "payment_refund_completed",
            "payment_refund/completed: built from the catalog's schema (no published example)",
            '{"event": "payment_refund/completed", "eventId": "bankcodes example eventId"}',
        ),
        (
            "payment_refund_error",
            "payment_refund/error: built from the catalog's schema (no published example)",
            '{"event": "payment_refund/error", "eventId": "bankcodes example eventId"}',
        ),
    ),
    "fintoc": (
        (
            "payment_intent.succeeded",
            "payment_intent.succeeded, the event fintoc-python's webhook test signs (its whitespace removed, as the test does)",
            '{"id": "evt_2AaZeLCz0GjOW5zj", "type": "payment_intent.succeeded", "mode": "test", "created_at": "2025-04-05T21:57:31.834Z", "data": {"id": "pi_2vKOKniSGXRhXTKrJ67VXZxGCVt", "mode": "test", "amount": 1, "object": "payment_intent", "status": "succeeded", "currency": "MXN", "metadata": {}, "created_at": "2025-04-05T21:57:17Z", "expires_at": null, "error_reason": null, "payment_type": "bank_transfer", "reference_id": null, "widget_token": null, "customer_email": null, "sender_account": {"type": "checking_account", "number": "501514890244223279", "holder_id": "mfiu593501oe4", "institution_id": "mx_stp"}, "business_profile": null, "transaction_date": null, "recipient_account": {"type": "checking_account", "number": "646180357600000000", "holder_id": "fsm211008hz9", "institution_id": "mx_stp"}, "payment_type_options": {}}, "object": "event"}',
        ),
        (
            "account.refresh_intent.succeeded",
            "account.refresh_intent.succeeded (Fintoc's Refresh Intents webhook guide)",
            '{"id": "evt_00000000", "type": "account.refresh_intent.succeeded", "mode": "live", "created_at": "2021-12-07T21:43:54.343Z", "data": {"object": "refresh_intent", "refreshed_object": "account", "refreshed_object_id": "acc_00000000", "status": "succeeded", "public_error": null, "created_at": "2021-12-03T00:00:00.000Z", "type": "only_last", "new_movements": 5}, "object": "event"}',
        ),
        (
            "payment_intent.rejected",
            "payment_intent.rejected: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "type": "payment_intent.rejected", "data": {"status": "rejected"}}',
        ),
        (
            "payment_intent.expired",
            "payment_intent.expired: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "type": "payment_intent.expired", "data": {"status": "expired"}}',
        ),
        (
            "payment_intent.failed",
            "payment_intent.failed: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "type": "payment_intent.failed", "data": {"status": "failed"}}',
        ),
        (
            "payment_intent.pending",
            "payment_intent.pending: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "type": "payment_intent.pending", "data": {"status": "pending"}}',
        ),
        (
            "account.refresh_intent.failed",
            "account.refresh_intent.failed: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "type": "account.refresh_intent.failed", "data": {"status": "failed"}}',
        ),
        (
            "account.refresh_intent.rejected",
            "account.refresh_intent.rejected: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "type": "account.refresh_intent.rejected", "data": {"status": "rejected"}}',
        ),
        (
            "account.refresh_intent.movements_removed",
            "account.refresh_intent.movements_removed: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "type": "account.refresh_intent.movements_removed", "data": {"status": "succeeded"}}',
        ),
        (
            "account.refresh_intent.movements_modified",
            "account.refresh_intent.movements_modified: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "type": "account.refresh_intent.movements_modified", "data": {"status": "succeeded"}}',
        ),
        (
            "link.refresh_intent.succeeded",
            "link.refresh_intent.succeeded: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "type": "link.refresh_intent.succeeded", "data": {"status": "succeeded"}}',
        ),
        (
            "link.created",
            "link.created: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "type": "link.created"}',
        ),
        (
            "link.credentials_changed",
            "link.credentials_changed: built from the catalog's schema (no published example)",
            '{"id": "bankcodes example id", "type": "link.credentials_changed"}',
        ),
    ),
    "basiq": (
        (
            "user.created",
            "The Webhooks page's webhook message for the event user.created",
            '{"eventTypeId": "user.created", "eventId": "44a85f64-5717-4562-b3fc-2c963f66af44", "links": {"event": "https://au-api.basiq.io/events/44a85f64-5717-4562-b3fc-2c963f66af44", "eventEntity": "https://au-api.basiq.io/users/88a85f64-5717-4562-b3fc-2c963f66af88"}}',
        ),
        (
            "transactions.updated",
            "The Upcoming Changes page's (a hidden page) webhook for transactions.updated",
            '{"eventId": "dbe633fd76d4eaea0c759e7b0a6fe7c9bc62087787d080b28400014cd4b3a998", "eventTypeId": "transactions.updated", "links": {"event": "https://au-api.basiq.io/events/1f4e1b561a4e4ea96a3b1f9a624552ec0be3af5f9c7beddd22111103afe030e8", "eventEntity": "https://au-api.basiq.io/users/1e25009f-f208-47ea-8843-399cde5abbf2/transactions?filter=connection.id.eq(\'ee01356a-6ecb-4929-9c2d-87b961bb46d2\')"}}',
        ),
        (
            "account.updated",
            "account.updated: built from the catalog's schema (no published example)",
            '{"eventTypeId": "account.updated", "eventId": "bankcodes example eventId"}',
        ),
        (
            "connection.activated",
            "connection.activated: built from the catalog's schema (no published example)",
            '{"eventTypeId": "connection.activated", "eventId": "bankcodes example eventId"}',
        ),
        (
            "connection.created",
            "connection.created: built from the catalog's schema (no published example)",
            '{"eventTypeId": "connection.created", "eventId": "bankcodes example eventId"}',
        ),
        (
            "connection.deleted",
            "connection.deleted: built from the catalog's schema (no published example)",
            '{"eventTypeId": "connection.deleted", "eventId": "bankcodes example eventId"}',
        ),
        (
            "connection.invalidated",
            "connection.invalidated: built from the catalog's schema (no published example)",
            '{"eventTypeId": "connection.invalidated", "eventId": "bankcodes example eventId"}',
        ),
        (
            "consent.created",
            "consent.created: built from the catalog's schema (no published example)",
            '{"eventTypeId": "consent.created", "eventId": "bankcodes example eventId"}',
        ),
        (
            "consent.expired",
            "consent.expired: built from the catalog's schema (no published example)",
            '{"eventTypeId": "consent.expired", "eventId": "bankcodes example eventId"}',
        ),
        (
            "consent.reminder",
            "consent.reminder: built from the catalog's schema (no published example)",
            '{"eventTypeId": "consent.reminder", "eventId": "bankcodes example eventId"}',
        ),
        (
            "consent.revoked",
            "consent.revoked: built from the catalog's schema (no published example)",
            '{"eventTypeId": "consent.revoked", "eventId": "bankcodes example eventId"}',
        ),
        (
            "consent.updated",
            "consent.updated: built from the catalog's schema (no published example)",
            '{"eventTypeId": "consent.updated", "eventId": "bankcodes example eventId"}',
        ),
        (
            "consent.warning",
            "consent.warning: built from the catalog's schema (no published example)",
            '{"eventTypeId": "consent.warning", "eventId": "bankcodes example eventId"}',
        ),
        (
            "user.deleted",
            "user.deleted: built from the catalog's schema (no published example)",
            '{"eventTypeId": "user.deleted", "eventId": "bankcodes example eventId"}',
        ),
        (
            "user.updated",
            "user.updated: built from the catalog's schema (no published example)",
            '{"eventTypeId": "user.updated", "eventId": "bankcodes example eventId"}',
        ),
        (
            "connection.updated",
            "connection.updated: built from the catalog's schema (no published example)",
            '{"eventTypeId": "connection.updated", "eventId": "bankcodes example eventId"}',
        ),
        (
            "consent.archived",
            "consent.archived: built from the catalog's schema (no published example)",
            '{"eventTypeId": "consent.archived", "eventId": "bankcodes example eventId"}',
        ),
    ),
    "mono": (
        (
            "mono.events.account_connected",
            "mono.events.account_connected, Mono's Auth (Connection) page (2025)",
            '{"event": "mono.events.account_connected", "data": {"id": "68c985839212c1cdb5d2c18", "customer": "67abe55f29135f8af8002cc", "meta": {}}}',
        ),
        (
            "mono.events.account_connected-2",
            "mono.events.account_connected sent with a DirectPay payment",
            '{"event": "mono.events.account_connected", "data": {"id": "611d575feef5d3371ca9d0d8"}}',
        ),
        (
            "mono.events.account_updated",
            "mono.events.account_updated with data_status AVAILABLE, Mono's Account Update page",
            '{"event": "mono.events.account_updated", "data": {"meta": {"data_status": "AVAILABLE", "auth_method": "internet_banking"}, "account": {"_id": "5f171a5301abca1153", "name": "Samuel Olamide", "accountNumber": "0131883461", "currency": "NGN", "balance": 22644, "type": "Tier 3 Savings Account", "bvn": "9422", "authMethod": "internet_banking", "institution": {"name": "ALAT by WEMA", "bankCode": "035", "type": "PERSONAL_BANKING"}, "created_at": "2024-04-30T17:16:01.171Z", "updated_at": "2024-04-30T17:16:05.463Z"}}}',
        ),
        (
            "mono.events.reauthorisation_required",
            "mono.events.reauthorisation_required, Mono's Data Sync page (written there as a JavaScript object literal)",
            '{"event": "mono.events.reauthorisation_required", "data": {"account": {"_id": "5fbcde8f8699984153e65537"}}}',
        ),
        (
            "mono.events.account_reauthorized",
            "mono.events.account_reauthorized, Mono's Data Sync page (written there as a JavaScript object literal)",
            '{"event": "mono.events.account_reauthorized", "data": {"account": {"_id": "5fbcde8f8699984153e65537"}}}',
        ),
        (
            "mono.events.account_unlinked",
            "mono.events.account_unlinked, Mono's Unlink page (written there as a JavaScript object literal)",
            '{"event": "mono.events.account_unlinked", "data": {"account": {"id": "60770aa8c5878a2af69ed849"}}}',
        ),
        (
            "mono.events.sync_failed",
            "mono.events.sync_failed: built from the catalog's schema (no published example)",
            '{"event": "mono.events.sync_failed", "data": {}}',
        ),
        (
            "mono.accounts.jobs.update",
            "mono.accounts.jobs.update: built from the catalog's schema (no published example)",
            '{"event": "mono.accounts.jobs.update", "data": {}}',
        ),
    ),
    "enablebanking": (
        (
            "bankcodes-test",
            "bankcodes' own body, not the provider's: the catalog describes no body of its webhooks (its signature covers any body)",
            '{"bankcodes_test_delivery": "bankcodes\' own test body: the catalog does not describe this provider\'s webhook bodies"}',
        ),
    ),
    "akahu": (
        (
            "TOKEN",
            "TOKEN DELETE, the body the SDK's webhook tests sign and validate",
            '{"webhook_type": "TOKEN", "webhook_code": "DELETE", "state": "", "item_id": "user_token_1234"}',
        ),
        (
            "ACCOUNT",
            "ACCOUNT: built from the catalog's schema (no published example)",
            '{"webhook_type": "ACCOUNT", "webhook_code": "WEBHOOK_CANCELLED", "state": "bankcodes example state"}',
        ),
        (
            "TRANSACTION",
            "TRANSACTION: built from the catalog's schema (no published example)",
            '{"webhook_type": "TRANSACTION", "webhook_code": "WEBHOOK_CANCELLED", "state": "bankcodes example state"}',
        ),
        (
            "TRANSFER",
            "TRANSFER: built from the catalog's schema (no published example)",
            '{"webhook_type": "TRANSFER", "webhook_code": "WEBHOOK_CANCELLED", "state": "bankcodes example state"}',
        ),
        (
            "PAYMENT",
            "PAYMENT: built from the catalog's schema (no published example)",
            '{"webhook_type": "PAYMENT", "webhook_code": "WEBHOOK_CANCELLED", "state": "bankcodes example state"}',
        ),
    ),
    "tink": (
        (
            "refresh_finished",
            "A refresh finished (the Set up webhooks page's example of the message structure)",
            '{"context": {"externalUserId": "f1b3688c649946cc8ee163d1554e853e", "userId": "3db31bdcc75555c4f0b8952984a9bd4f"}, "content": {"credentialsId": "9sd7f9kak102783dkd11j242hmhja8", "credentialsStatus": "STATUS_UPDATED", "finished": 1618395156625, "sessionExpiryDate": 1654623101000, "source": "OPERATION_SOURCE_BACKGROUND", "status": "STATUS_UPDATED"}, "event": "refresh:finished"}',
        ),
        (
            "account-transactions_modified",
            "account-transactions:modified: built from the catalog's schema (no published example)",
            '{"content": {}, "event": "account-transactions:modified"}',
        ),
        (
            "account-booked-transactions_modified",
            "account-booked-transactions:modified: built from the catalog's schema (no published example)",
            '{"content": {}, "event": "account-booked-transactions:modified"}',
        ),
        (
            "account_created",
            "account:created: built from the catalog's schema (no published example)",
            '{"content": {}, "event": "account:created"}',
        ),
        (
            "account_updated",
            "account:updated: built from the catalog's schema (no published example)",
            '{"content": {}, "event": "account:updated"}',
        ),
        (
            "actionable-insights_created",
            "actionable-insights:created: built from the catalog's schema (no published example)",
            '{"content": {}, "event": "actionable-insights:created"}',
        ),
        (
            "payment_updated",
            "payment:updated: built from the catalog's schema (no published example)",
            '{"content": {}, "event": "payment:updated"}',
        ),
        (
            "mandate-payment_updated",
            "mandate-payment:updated: built from the catalog's schema (no published example)",
            '{"content": {}, "event": "mandate-payment:updated"}',
        ),
    ),
    "bridge": (
        (
            "user.deleted",
            "A user deleted (the Webhooks events page's example)",
            '{"content": {"user_uuid": "766b2f5d-a942-492c-9ea7-2e5aa88cb672"}, "timestamp": 1612782588323, "type": "user.deleted"}',
        ),
        (
            "item.created",
            "An item created (the Webhooks events page's example)",
            '{"content": {"item_id": 4568477, "user_uuid": "766b2f5d-a942-492c-9ea7-2e5aa88cb672"}, "timestamp": 1612782588323, "type": "item.created"}',
        ),
        (
            "item.refreshed",
            "An item refreshed, its status ok (the Webhooks events page's example, without the comma it has after its last member)",
            '{"content": {"account_types": "payment", "full_refresh": false, "refresh_trigger": "scheduler", "item_id": 4568565, "status_code": 0, "status_code_info": "ok", "user_uuid": "766b2f5d-a942-492c-9ea7-2e5aa88cb672"}, "timestamp": 1612783550980, "type": "item.refreshed"}',
        ),
        (
            "ACCOUNT_CREATED",
            "An account created, version 2019.2.18 (its Webhooks events page's example)",
            '{"content": {"account_id": 22908770, "balance": 1678.12, "item_id": 4568477, "user_uuid": "766b2f5d-a942-492c-9ea7-2e5aa88cb672"}, "timestamp": 1612782588323, "type": "ACCOUNT_CREATED"}',
        ),
        (
            "ITEM_CREATED",
            "ITEM_CREATED: built from the catalog's schema (no published example)",
            '{"content": {}, "timestamp": 0, "type": "ITEM_CREATED"}',
        ),
        (
            "payment.transaction.updated",
            "payment.transaction.updated: built from the catalog's schema (no published example)",
            '{"content": {}, "timestamp": 0, "type": "payment.transaction.updated"}',
        ),
        (
            "TEST_EVENT",
            "TEST_EVENT: built from the catalog's schema (no published example)",
            '{"content": {}, "timestamp": 0, "type": "TEST_EVENT"}',
        ),
    ),
    "stitch": (
        (
            "bankcodes-test",
            "bankcodes' own body, not the provider's: the catalog describes no body of its webhooks (its signature covers any body)",
            '{"bankcodes_test_delivery": "bankcodes\' own test body: the catalog does not describe this provider\'s webhook bodies"}',
        ),
    ),
    "saltedge": (
        (
            "bankcodes-test",
            "bankcodes' own body, not the provider's: the catalog describes no body of its webhooks (its signature covers any body)",
            '{"bankcodes_test_delivery": "bankcodes\' own test body: the catalog does not describe this provider\'s webhook bodies"}',
        ),
    ),
    "finverse": (
        (
            "AUTHENTICATED",
            "AUTHENTICATED: the body Finverse signed, as its integration's signature test verifies it",
            '{"login_identity_id": "01J4GWV95W745T23YJKPNBSK2T", "event_type": "AUTHENTICATED", "event_time": "2024-08-05T09:10:15.05107677Z", "event_id": ""}',
        ),
        (
            "PAYMENT_EXECUTED",
            "PAYMENT_EXECUTED, as the integration's handler test gives it (its values the test's own)",
            '{"event_type": "PAYMENT_EXECUTED", "event_time": "eventTime", "payment_method_id": "finversePaymentMethodId", "payment_id": "finversePaymentId", "external_user_id": "storeganiseUserId", "customer_app_id": "customerAppId", "metadata": {"storeganise_invoice_id": "storeganiseInvoiceId"}}',
        ),
        (
            "PAYMENT_FAILED",
            "PAYMENT_FAILED, as the integration's handler test gives it (its values the test's own)",
            '{"event_type": "PAYMENT_FAILED", "event_time": "eventTime", "payment_method_id": "finversePaymentMethodId", "payment_id": "finversePaymentId", "external_user_id": "storeganiseUserId", "customer_app_id": "customerAppId", "metadata": {"storeganise_invoice_id": "storeganiseInvoiceId"}}',
        ),
        (
            "PAYMENT_LINK_SETUP_SUCCEEDED",
            "PAYMENT_LINK_SETUP_SUCCEEDED, as the integration's handler test gives it (its values the test's own)",
            '{"event_type": "PAYMENT_LINK_SETUP_SUCCEEDED", "payment_method_id": "finversePaymentMethodId", "external_user_id": "storeganiseUserId", "customer_app_id": "customerAppId"}',
        ),
        (
            "PAYMENT_SUBMITTED",
            "PAYMENT_SUBMITTED: built from the catalog's schema (no published example)",
            '{"event_type": "PAYMENT_SUBMITTED"}',
        ),
        (
            "PAYMENT_LINK_PAID",
            "PAYMENT_LINK_PAID: built from the catalog's schema (no published example)",
            '{"event_type": "PAYMENT_LINK_PAID"}',
        ),
    ),
}

#: Provider id -> its published test secret (for a provider that signs with one).
TEST_SECRETS: dict[str, str] = {
    "lean": "bankcodes_test_lean_webhook_secret",
    "flinks": "bankcodes_test_flinks_webhook_secret",
    "argyle": "bankcodes_test_argyle_webhook_secret",
    "mastercard": "bankcodes_test_mastercard_webhook_secret",
    "stripe": "bankcodes_test_stripe_webhook_secret",
    "pluggy": "bankcodes_test_pluggy_webhook_secret",
    "fintoc": "bankcodes_test_fintoc_webhook_secret",
    "basiq": "whsec_YmFua2NvZGVzX3Rlc3RfYmFzaXFfd2ViaG9va19zZWNyZXQ=",
    "mono": "bankcodes_test_mono_webhook_secret",
    "tink": "bankcodes_test_tink_webhook_secret",
    "bridge": "bankcodes_test_bridge_webhook_secret",
    "stitch": "whsec_YmFua2NvZGVzX3Rlc3Rfc3RpdGNoX3dlYmhvb2tfc2VjcmV0",
}

#: The published P-256 test key, which signs the JWTs of the test deliveries.
TEST_PRIVATE_JWK: dict[str, str] = {
    "kty": "EC",
    "crv": "P-256",
    "alg": "ES256",
    "use": "sig",
    "kid": "bankcodes-test-key-1",
    "x": "73WhNhlB19o9sKaNV649Tf2hBGKo5XTHPg0luSIthcs",
    "y": "nhrCeAvpxj2CS-5vjClo-00ybSpB4TWBclbBeCCEFTA",
    "d": "fT2jiW0ovwb6txUfFh2H_mV17mh9z2cBNoj2hAtU45s",
}

#: Its public half, which verifies them.
TEST_PUBLIC_JWK: dict[str, str] = {
    "kty": "EC",
    "crv": "P-256",
    "alg": "ES256",
    "use": "sig",
    "kid": "bankcodes-test-key-1",
    "x": "73WhNhlB19o9sKaNV649Tf2hBGKo5XTHPg0luSIthcs",
    "y": "nhrCeAvpxj2CS-5vjClo-00ybSpB4TWBclbBeCCEFTA",
}

#: The published P-521 test key, which signs the JWS of the test deliveries.
TEST_JWS_PRIVATE_JWK: dict[str, str] = {
    "kty": "EC",
    "crv": "P-521",
    "alg": "ES512",
    "kid": "bankcodes-test-key-p521-1",
    "x": "AaZCpiR7kGNNFQOukyujPOP_V-USYzKdGur_yb3pILMyPOUbGwve70gqBA6NJXLHl9VXEOeZyfUGMtc65qD_bx4l",
    "y": "AHCOs7600ouz_jiRfujUbA_3wIR5PY_uAXQlk_BsRXhxFY0h75n3thDg2PbvKDJ4Y3mMs71E6XB5q3bqcVIfDLN1",
    "d": "AADj3mzFh53KSG5CV5eOAQj1BBGsSlbRDn_bNgV8CRMkZ9v6QQnZqXVeJOqJ5HJMqcva4Yf_e2WQvtXszdwHLJVB",
}

#: Its public half, which verifies them.
TEST_JWS_PUBLIC_JWK: dict[str, str] = {
    "kty": "EC",
    "crv": "P-521",
    "alg": "ES512",
    "kid": "bankcodes-test-key-p521-1",
    "x": "AaZCpiR7kGNNFQOukyujPOP_V-USYzKdGur_yb3pILMyPOUbGwve70gqBA6NJXLHl9VXEOeZyfUGMtc65qD_bx4l",
    "y": "AHCOs7600ouz_jiRfujUbA_3wIR5PY_uAXQlk_BsRXhxFY0h75n3thDg2PbvKDJ4Y3mMs71E6XB5q3bqcVIfDLN1",
}

#: The published RSA test key, which signs the RSA signatures of the test deliveries.
TEST_RSA_PRIVATE_PEM = "-----BEGIN PRIVATE KEY-----\nMIIEvwIBADANBgkqhkiG9w0BAQEFAASCBKkwggSlAgEAAoIBAQC/5fzP8H/TTU4L\nGkLOGRY1OgfZuVeroHDdRnjyXqFScfs2CKGvhhW/d5VQIX5JbEjdIdietSxMMY/I\nXn5RmY0uEBz58qkA4IikRKiEbm/m8FgzHNCIguE7gp9BcskxMHgReDDRSymYnJES\nlEHCLQ29ecZ2sCUmxC44ZJOg1zI8o48j9b5ffcD+eK0U9HHLnWx5+/vP2NoP0Q2P\nvaJNSD8HEgrEnoNd32I/lGprRijKkZ4ma4HyGOVqtsdaVoSj/eCyx8GmZLj7gBQk\nA28NuU4dhA8zK0tg6hrAYezhuWCuIz9+R/aOy+Ae2bKfe/o34JdRgTbMWon/Vkuc\n/mbHGVPZAgMBAAECggEBALsep2uYRvyjF+PJorTXT4ltYbRTf4KSexu5mTw1PDdp\nf50Lw6WlKNW/5K/zSPKNjWtbkqAHZ/+QIHUwdxpYkYsGGUs87ME3MOaFMJGaIrHd\nURPeGBXVEY127JXkOP0nFx1pxqh/EzuGCAxG1uxiBFDrSrP3RPLNP4irwiyHSqxG\n3AfA3qRV1J4jFkuhXpFC6ZCtzdxDZxe31Q9KGwJPW/dnk05ez3idhT/fK2uDIBAy\naqmVuZ8hFscs6XyQh8uRPqzcpHD+JqgxLvFym2cR3jFRU6ifZgiFQVv/c0a9a76q\nfnL3/0k4K7BJzflfMPsz2kaBUgkKIQGP3C1ef+Z+5dECgYEA0vay4MpSPCco767Z\n4j0Ytb84Gvl4hVK8Qa1Fz3fqbOwnO8oK4fVhWDhb7UQcqR5RjpzD5xVAl4ZaiiYJ\nxnVXzoA/6FZn/Ovqbb2h+izzexcy9/oVU3IXXVQ+zQp8On8cQbSW547GFJ3ih237\n2I+WWNpqzA+YitRRLcP7xb0rTD0CgYEA6N1b5rD/Vmd9nTx5rVq7S6Xy4sm8idhO\nUpy1NaFlV8CiDsQF8uZBSyW1TxoVoosXUh7bz0HMyZxRkIi5m2f9Ww2YNTv+xWKm\nBIuOw7A0HW8zzq30fwWRW/8tHTZNGld+kojo4WQ6xBQzu8uYugB/Y5QvMxbb3/65\nB1hqq6Bj080CgYEAlG5tN0pDB/3JiLJurQatvxq2gAws5ylqOY+PgcTulQqnJCMo\n+wjqH+cvjsYQoFErsvrLv2gtlS87vt26nP7s8+c6j99TtRnMTMBTGjHMcjvFacJ0\nhMzOcaUXtq5876+Fkxlb37qN1e2sd/tDaoDEmOm8oK0MeAmgwGGXYO6Ta0UCgYEA\nzzxQkVlro6WucMRlNRXOIWCqa5JFrBdIfNThn7zmx9WzY5ioAqdP7GS+mosIPgOy\n2W6FCEnyymnHXO2Q4PEG1IWgs5+U+Gz2eo0InLavapKQdJrzQCfgWRMbPygYLh03\nk4ksV4ovkli4QaTLYp0WwbQa3Ui2nP3ABP120Q6ISPECgYB0rBnkRzCjh/S+19/P\n/ZSeR5m8RDDwn8jToSYvlIl5kdW/uauSVU98mlBKt/2Ig3pCCscfKNLMl6BcZ8Cd\nLlRQx+9yBKNjjg9dqlwzzSC63ch2FeTR9OmHIjAk5ibnWV5+XjyGjxHL2RvtGa/S\njeoMNXs5MAimcx3haRBVZY/e+Q==\n-----END PRIVATE KEY-----\n"

#: Its public half.
TEST_RSA_PUBLIC_PEM = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAv+X8z/B/001OCxpCzhkW\nNToH2blXq6Bw3UZ48l6hUnH7Ngihr4YVv3eVUCF+SWxI3SHYnrUsTDGPyF5+UZmN\nLhAc+fKpAOCIpESohG5v5vBYMxzQiILhO4KfQXLJMTB4EXgw0UspmJyREpRBwi0N\nvXnGdrAlJsQuOGSToNcyPKOPI/W+X33A/nitFPRxy51sefv7z9jaD9ENj72iTUg/\nBxIKxJ6DXd9iP5Rqa0YoypGeJmuB8hjlarbHWlaEo/3gssfBpmS4+4AUJANvDblO\nHYQPMytLYOoawGHs4blgriM/fkf2jsvgHtmyn3v6N+CXUYE2zFqJ/1ZLnP5mxxlT\n2QIDAQAB\n-----END PUBLIC KEY-----\n"

#: The key id it is named by.
TEST_RSA_KEY_ID = "1"

#: The P-256 test key as a PEM, which signs for a provider whose published key is EC.
TEST_EC_PRIVATE_PEM = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgfT2jiW0ovwb6txUf\nFh2H/mV17mh9z2cBNoj2hAtU45uhRANCAATvdaE2GUHX2j2wpo1Xrj1N/aEEYqjl\ndMc+DSW5Ii2Fy54awngL6cY9gkvub4wpaPtNMm0qQeE1gXJWwXgghBUw\n-----END PRIVATE KEY-----\n"

#: Its public half.
TEST_EC_PUBLIC_PEM = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE73WhNhlB19o9sKaNV649Tf2hBGKo\n5XTHPg0luSIthcueGsJ4C+nGPYJL7m+MKWj7TTJtKkHhNYFyVsF4IIQVMA==\n-----END PUBLIC KEY-----\n"

#: The header a test delivery carries its secret in, where the app names it.
TEST_SECRET_HEADER = "Bankcodes-Test-Secret"

#: Provider id -> where the RSA test key would be served, for a provider whose key is fetched (its key address with the test key's id, or an x5u on its domain): never fetched, since the test deliveries give the key for it.
TEST_KEY_ADDRESSES: dict[str, str] = {
    "enablebanking": "https://enablebanking.com/bankcodes-test-key.pem",
    "akahu": "https://api.akahu.io/v1/keys/1",
}

#: The callback URL a test delivery is posted to (a published key signs it).
TEST_CALLBACK_URL = "https://example.com/callbacks/success"

#: The path a test delivery is posted to (a JWS signs it).
TEST_PATH = "/webhooks/test"

#: What the test material is.
WARNING = "TEST MATERIAL, published with bankcodes: anyone can sign with these secrets and this key. Use them in tests only; never configure them in a receiver that faces the internet."
