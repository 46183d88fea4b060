/**
 * The checks of the fields a listener declares, by type: each takes a field's value and the
 * longest string its event accepts. The listener specs name the checks their fields need, so
 * that an app's bundle carries those alone. A field of free-form JSON is not checked.
 */
import { longerThan } from "./shown.js";
import { integerCode } from "./types.js";

/** The check of a declared field's JSON type. */
export type FieldCheck = (value: unknown, maxLength: number) => boolean;

export const text: FieldCheck = (value, maxLength) =>
  typeof value === "string" && !longerThan(value, maxLength);

/** An absolute http or https URL string. */
export const webUrl: FieldCheck = (value, maxLength) =>
  text(value, maxLength) && isWebUrl(value as string);

export const integer: FieldCheck = (value) => typeof value === "number" && Number.isInteger(value);

/** A code that travels as an integer: text within the length limit ("" is no code, an unknown
 * code otherwise), or a number integerCode reads as a code. */
export const integerCodeText: FieldCheck = (value, maxLength) =>
  typeof value === "string" ? !longerThan(value, maxLength) : integerCode(value) !== null;

export const finiteNumber: FieldCheck = (value) =>
  typeof value === "number" && Number.isFinite(value);

export const boolean: FieldCheck = (value) => typeof value === "boolean";

export const object: FieldCheck = (value) => isRecord(value);

export const array: FieldCheck = (value) => Array.isArray(value);

function isWebUrl(value: string): boolean {
  try {
    // A URL whose text begins so has the scheme http or https.
    new URL(value);
    return /^https?:\/\//i.test(value);
  } catch {
    return false;
  }
}

export function isRecord(data: unknown): data is object {
  try {
    return data !== null && typeof data === "object" && !Array.isArray(data);
  } catch {
    return false;
  }
}
