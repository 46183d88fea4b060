// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  AcmeErrorCodeInfo,
  AcmeErrorCodeAliases,
  AcmeWidgetEventInfo,
  AcmeWidgetEventAliases,
  AcmeLinkStatusInfo,
  AcmeLinkStatusAliases,
  AcmeWebhookTypeInfo,
  AcmeWebhookTypeAliases,
} from "./acme.js";

/** Acme Link's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  error_code: {
    info: AcmeErrorCodeInfo,
    aliases: AcmeErrorCodeAliases,
  },
  widget_event: {
    info: AcmeWidgetEventInfo,
    aliases: AcmeWidgetEventAliases,
  },
  link_status: {
    info: AcmeLinkStatusInfo,
    aliases: AcmeLinkStatusAliases,
  },
  webhook_type: {
    info: AcmeWebhookTypeInfo,
    aliases: AcmeWebhookTypeAliases,
  },
};
