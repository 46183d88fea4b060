/**
 * A code a code set does not list but whose form its source gives to the sender's own codes (a
 * bank's own namespaced code under a standard, Org.Code: the code set's `ownCodes`, a regular
 * expression the whole value matches), read as such, never as unknown: the Python
 * `bankcodes._own_codes`.
 */
import type { Category } from "./categories.js";
import type { CodeSetTables } from "./types.js";

/** A code of the sender's own, as its code set's form reads it. */
export interface OwnCode {
  /** The form (a regular expression the whole value matches). */
  readonly form: string;
  /** What the form is, in bankcodes' words. */
  readonly description: string;
  /** The category of every code of the form: bankcodes' reading. */
  readonly category: Category;
}

const COMPILED = new Map<string, RegExp>();

function compiled(form: string): RegExp {
  let found = COMPILED.get(form);
  if (found === undefined) {
    found = new RegExp(`^(?:${form})$`); // the whole value, as Python's fullmatch reads it
    COMPILED.set(form, found);
  }
  return found;
}

/** `value` as a code of the sender's own in the code set `tables`, where the code set gives
 * their form, does not list `value` (nor has it as an alias) and `value` has the form; else
 * null. */
export function ownCode(tables: CodeSetTables | null, value: string): OwnCode | null {
  const form = tables?.ownCodes;
  if (tables === null || form === undefined) return null;
  if (Object.hasOwn(tables.info, value) || Object.hasOwn(tables.aliases, value)) return null;
  if (!compiled(form).test(value)) return null;
  return {
    form,
    description: tables.ownCodesDescription ?? "",
    category: (tables.ownCodesCategory ?? "unknown") as Category,
  };
}
