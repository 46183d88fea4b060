// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/** The address of the published reference site, which every code's docUrl starts with
 * (undefined: no site, and no docUrl). */
export const SITE_URL: string | undefined = undefined;
