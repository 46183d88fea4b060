// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
// The payloads of every kind, as their JSON Schemas describe them (lenient: code fields are open).
import type { AcmeErrorCodeOrUnknown } from "./acme.js";
import type { AcmeLinkStatusOrUnknown } from "./acme.js";
import type { AcmeWebhookTypeOrUnknown } from "./acme.js";
import type { AcmeWidgetEventOrUnknown } from "./acme.js";

/**
 * The type of a union's tag (a webhook's event type, say) for a value without a variant in that
 * union, such as one the provider added after this release. At run time it is the string as
 * received. Its type is a marker that no known value compares equal to (a string starting with
 * NUL, which no tag does), so `===` and `switch` on the tag narrow the union to the variant of the
 * value compared with. Handle such a payload in `default:`, where its tag reads as a string (log
 * it, acknowledge the delivery). To compare it with a value this package does not know, widen it:
 * `(webhook.type as string) === "x.y"`; in a test, build one with `"x.y" as UnknownTag`.
 */
export type UnknownTag = `\u0000${string}` & {};

/** An error the widget shows. */
export interface AcmeWidgetError {
  /** An error is recognised by its code. */
  readonly error_code: AcmeErrorCodeOrUnknown;
  readonly message?: string | null;
}

/** A step of the widget flow. */
export interface AcmeWidgetProgress {
  /** A progress event is recognised by its name. */
  readonly event: AcmeWidgetEventOrUnknown;
  readonly link_id?: string;
}

/** A link's new status. */
export interface AcmeWidgetStatus {
  /** A status update is recognised by its status. */
  readonly link_status: AcmeLinkStatusOrUnknown;
  readonly link_id?: string;
}

/** The variant whose type is link.created: the fields of Envelope and its own. */
export interface AcmeLinkCreatedWebhook {
  /** The type routes the webhook. */
  readonly type: "link.created";
  /** Every webhook is about one link. */
  readonly link_id: string;
  readonly status?: AcmeLinkStatusOrUnknown;
  readonly sent_at?: string;
}

/** The variant whose type is link.failed: the fields of Envelope and its own. */
export interface AcmeLinkFailedWebhook {
  /** The type routes the webhook. */
  readonly type: "link.failed";
  /** Every webhook is about one link. */
  readonly link_id: string;
  readonly status?: AcmeLinkStatusOrUnknown;
  readonly sent_at?: string;
  /** A failed link always says why. */
  readonly error_code: AcmeErrorCodeOrUnknown;
}

/**
 * Any other type, without a schema here: the fields of Envelope. What `default:` receives after a
 * `case` for each `type` with a variant; there its `type` reads as a string.
 */
export interface AcmeOtherWebhook {
  /** The type routes the webhook. */
  readonly type: UnknownTag;
  /** Every webhook is about one link. */
  readonly link_id: string;
  readonly status?: AcmeLinkStatusOrUnknown;
  readonly sent_at?: string;
}

/** The fields every Acme Link webhook shares. */
export interface AcmeEnvelope {
  /** The type routes the webhook. */
  readonly type: AcmeWebhookTypeOrUnknown;
  /** Every webhook is about one link. */
  readonly link_id: string;
  readonly status?: AcmeLinkStatusOrUnknown;
  readonly sent_at?: string;
}

/** A widget message. */
export type AcmeWidgetMessage = AcmeWidgetError | AcmeWidgetProgress | AcmeWidgetStatus;

/**
 * Any Acme Link webhook, chosen by its type. Comparing `type` with a value (`===`, `switch`)
 * narrows it to that value's variant; a value without one is AcmeOtherWebhook's (see {@link
 * UnknownTag}).
 */
export type AcmeAcmeWebhook = AcmeLinkCreatedWebhook | AcmeLinkFailedWebhook | AcmeOtherWebhook;
