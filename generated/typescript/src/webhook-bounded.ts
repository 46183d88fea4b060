// copied from codegen/runtime/typescript/webhook-bounded.ts — do not edit (run `make generate`)
/**
 * Validation that stops at the cap on problems, whatever the size of the body (as Python's
 * `bankcodes._bounded`): a value of more than WINDOW nodes is validated in windows, copies of it
 * that keep at most WINDOW of its nodes in document order, with their containers. Each window is
 * a part of the value, so each of its problems is one of the value's, but for a required field
 * the window left out, which is dropped. Read by webhook-payloads.ts; not exported.
 */

/** The most nodes (values of any kind) that one window holds, its containers included. */
export const WINDOW = 256;

type Container = { [key: string]: unknown } | unknown[];

/** A part of a value; `sources` maps each container copied into it to the container it copies
 * and the index in it of its first item. */
export interface Window {
  readonly root: unknown;
  readonly sources: ReadonlyMap<object, readonly [Container, number]>;
}

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === "object";
}

/** Whether `value` holds more than `limit` nodes (counting stops there). */
export function largerThan(value: unknown, limit: number): boolean {
  let count = 0;
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    count += 1;
    if (count > limit) return true;
    if (isContainer(item)) for (const child of Object.values(item)) stack.push(child);
  }
  return false;
}

interface Frame {
  readonly source: Container;
  /** The keys of an object (null for an array, whose items are taken by index). */
  readonly keys: readonly string[] | null;
  readonly length: number;
  readonly at: string;
  next: number;
  copy: Container;
}

/** The windows of `value`, in document order. */
export function* windows(value: unknown, size: number = WINDOW): Generator<Window> {
  if (!isContainer(value)) {
    yield { root: value, sources: new Map() };
    return;
  }
  let sources = new Map<object, readonly [Container, number]>();
  const copyOf = (source: Container, first: number): Container => {
    const copy: Container = Array.isArray(source) ? [] : {};
    sources.set(copy, [source, first]);
    return copy;
  };
  const frame = (source: Container, at: string): Frame => {
    const keys = Array.isArray(source) ? null : Object.keys(source);
    return {
      source,
      keys,
      length: keys?.length ?? (source as unknown[]).length,
      at,
      next: 0,
      copy: copyOf(source, 0),
    };
  };
  const put = (into: Container, key: string, item: unknown): void => {
    if (Array.isArray(into)) into.push(item);
    else into[key] = item;
  };
  const stack = [frame(value, "")];
  let root: Container = stack[0]!.copy;
  let count = 1;
  let fresh = false;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.length) {
      stack.pop();
      continue;
    }
    const key = top.keys === null ? String(top.next) : top.keys[top.next]!;
    const item =
      top.keys === null ? (top.source as unknown[])[top.next] : (top.source as Json)[key];
    if (count >= size) {
      yield { root, sources };
      // The next window starts with copies of the containers the scan is in.
      sources = new Map();
      stack.forEach((each, depth) => {
        const first = each === top ? each.next : each.next - 1;
        each.copy = copyOf(each.source, Array.isArray(each.source) ? first : 0);
        if (depth > 0) put(stack[depth - 1]!.copy, each.at, each.copy);
      });
      root = stack[0]!.copy;
      count = stack.length;
      fresh = false;
    }
    fresh = true;
    top.next += 1;
    count += 1;
    if (isContainer(item)) {
      const child = frame(item, key);
      put(top.copy, key, child.copy);
      stack.push(child);
    } else {
      put(top.copy, key, item);
    }
  }
  if (fresh) yield { root, sources };
}

/**
 * The keys in the whole value of a problem at `keys` in a window, and whether the problem is the
 * window's only: `missing`, a required field that the window left out.
 */
export function locate(
  window: Window,
  keys: readonly string[],
  missing: string | null,
): { readonly keys: string[]; readonly leftOut: boolean } {
  const place: string[] = [];
  let copy: unknown = window.root;
  for (const key of keys) {
    if (Array.isArray(copy)) {
      const first = window.sources.get(copy)?.[1] ?? 0;
      place.push(String(first + Number(key)));
      copy = copy[Number(key)];
    } else {
      place.push(key);
      copy = isContainer(copy) && Object.hasOwn(copy, key) ? (copy as Json)[key] : undefined;
    }
  }
  const source = isContainer(copy) ? window.sources.get(copy)?.[0] : undefined;
  const leftOut =
    missing !== null &&
    source !== undefined &&
    !Array.isArray(source) &&
    Object.hasOwn(source, missing) &&
    !Object.hasOwn(copy as object, missing);
  return { keys: place, leftOut };
}

type Json = { [key: string]: unknown };
