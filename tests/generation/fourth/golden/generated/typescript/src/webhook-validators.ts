// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
// inputs sha256:fd3db360fe67f6e8983e2b391277be5eae1eeb7205c52ded4be24809655397c1
// @ts-nocheck: the validators are the JavaScript ajv writes (standalone code), which tsc does
// not check; the table that ends the module, which the receiver reads, is typed.
/**
 * The validators of each webhook payload kind, one per member of its union, lenient and strict:
 * its JSON Schemas (generated/jsonschema/) compiled by ajv when the package is generated, so that
 * the package needs no schema compiler (and no code is built at run time). Read by
 * webhook-payloads.ts; not exported by the package.
 */
import type { PayloadValidators } from "./webhook-types.js";

/** Payload kind -> its tag field and the validator of each member, lenient and strict. */
export const PAYLOAD_VALIDATORS: Readonly<Record<string, PayloadValidators>> = {};
