// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
import type { PayloadKindFields } from "./shapes.js";

/** Where codes live in each payload kind: how a body is recognised as it, its union tag, and its
 * code fields in the order in which they decide. */
export const PAYLOAD_KINDS = {
  "acme/widget-message": {
    tag: null,
    variants: [],
    title: "Acme Link widget message",
    recognise: [
      { present: ["error_code"], absent: ["type"], objects: [], codes: {}, byFields: true },
      { present: ["event", "link_id"], absent: [], objects: [], codes: {}, byFields: true },
      { present: ["link_status"], absent: [], objects: [], codes: {}, byFields: true },
    ],
    codes: [
      { path: "$.error_code", codeSets: ["acme.error_code"], tag: null },
      { path: "$.event", codeSets: ["acme.widget_event"], tag: null },
      { path: "$.link_status", codeSets: ["acme.link_status"], tag: null, numeric: true },
    ],
  },
  "acme/webhook": {
    tag: "type",
    variants: ["link.created", "link.failed"],
    title: "Acme Link webhook",
    recognise: [
      { present: ["type", "link_id"], absent: [], objects: [], codes: {}, byFields: true },
    ],
    codes: [
      { path: "$.error_code", codeSets: ["acme.error_code"], tag: "link.failed" },
      { path: "$.type", codeSets: ["acme.webhook_type"], tag: "link.created" },
      { path: "$.type", codeSets: ["acme.webhook_type"], tag: "link.failed" },
      { path: "$.type", codeSets: ["acme.webhook_type"], tag: null },
      { path: "$.status", codeSets: ["acme.link_status"], tag: "link.created", numeric: true },
      { path: "$.status", codeSets: ["acme.link_status"], tag: "link.failed", numeric: true },
      { path: "$.status", codeSets: ["acme.link_status"], tag: null, numeric: true },
    ],
  },
} as const satisfies { readonly [kind: string]: PayloadKindFields };
export type PayloadKind = keyof typeof PAYLOAD_KINDS;
