/** The modules build.mjs writes for the decoder: each payload kind with a loader of its lenient
 * schema's validator, and each provider with a loader of its code tables. */
declare module "bankcodes-kinds" {
  export const KINDS: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly load: () => Promise<{ readonly default: (data: unknown) => boolean }>;
  }>;
}

declare module "bankcodes-tables" {
  import type { CodeSetTables } from "bankcodes-package/types.js";

  export const TABLES: {
    readonly [provider: string]: () => Promise<{
      readonly TABLES: { readonly [id: string]: CodeSetTables };
    }>;
  };
}
