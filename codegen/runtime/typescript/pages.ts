/**
 * Every code's docUrl: the address of its section on the published reference site, built from
 * the address the package carries (site.ts: the catalog's, or the one `make packages SITE_URL=…`
 * stamped) and the code's page there, which the generated tables hold (the Python
 * `CodeInfo.doc_url`).
 */

import { SITE_URL } from "./site.js";
import type { CodeInfo } from "./types.js";

/**
 * A code set's metadata (`info`) with each code's docUrl, where the package carries the site's
 * address (`info` itself otherwise): the code's section is `page` (its code set's page,
 * "reference/provider/code_set") followed by "/#" and its anchor, which is its wire value but
 * where `anchors` names another. Pure: a bundle that never reads the table leaves it out.
 */
export function withPages<T extends { readonly [value: string]: CodeInfo }>(
  page: string,
  info: T,
  anchors: { readonly [value: string]: string } = {},
): T {
  if (SITE_URL === undefined) return info;
  const linked: { [value: string]: CodeInfo } = {};
  for (const [value, code] of Object.entries(info)) {
    const anchor = Object.hasOwn(anchors, value) ? anchors[value] : value;
    linked[value] = { ...code, docUrl: `${SITE_URL}${page}/#${anchor}` };
  }
  return linked as T;
}
