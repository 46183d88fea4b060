// generated from spec/catalog.json — do not edit (run `make generate`)
import type { SigningScheme } from "./signatures.js";

/** How each provider signs its webhooks. */
export const SIGNING_SCHEMES = {
  "lean": { "headers": ["lean-signature"], "algorithm": "sha512", "encodings": ["hex", "base64"], "prefix": "sha512=" },
  "flinks": { "headers": ["flinks-authenticity-key", "X-Flinks-Signature"], "algorithm": "sha256", "encodings": ["base64"], "prefix": null },
  "argyle": { "headers": ["X-Argyle-Signature"], "algorithm": "sha512", "encodings": ["hex"], "prefix": null },
} as const satisfies { readonly [provider: string]: SigningScheme };
export type SigningProvider = keyof typeof SIGNING_SCHEMES;
