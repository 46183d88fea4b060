// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
import type { Source } from "./shapes.js";

/** Every document the catalog's facts come from, by id. */
export const Sources = {
  "acme-errors": {
    title: "Acme Link: error reference",
    url: "https://docs.acme-link.example/errors",
  },
  "acme-widget": {
    title: "Acme Link: widget events",
    url: "https://docs.acme-link.example/widget#events",
  },
  "acme-webhooks": { title: "Acme Link: webhooks", url: "https://docs.acme-link.example/webhooks" },
} as const satisfies { readonly [id: string]: Source };
export type SourceId = keyof typeof Sources;
