// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/** The languages of bankcodes' words for the end user (English and its translations). */
export const LANGUAGES = ["en", "fr", "ar", "es", "pt"] as const;
/** One of those languages. */
export type Language = (typeof LANGUAGES)[number];
