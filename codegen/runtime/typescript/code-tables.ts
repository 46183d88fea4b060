/**
 * A code set's constant (identifier -> wire value), built from its category table, which holds
 * each code's wire text already: the generated provider modules state each code's spelling once,
 * so that a bundle with both the constant and the table carries it once. Pure: a bundle that
 * never reads the constant leaves it out.
 */

/**
 * The constant of a code set whose codes are text: each spelling of `categories` that is not an
 * alias (`aliases`: alias -> wire value), in the table's order, under its identifier (`names`:
 * wire value -> identifier, where the identifier is not the wire value itself). `T` is the
 * constant's declared type, which the generated module states member by member (with each code's
 * TSDoc) from the same catalog entries as the table.
 */
export function membersOf<T>(
  categories: { readonly [spelling: string]: string },
  aliases: { readonly [alias: string]: string | number },
  names: { readonly [value: string]: string } = {},
): T {
  // fromEntries defines each key as an own property, "__proto__" included.
  return Object.fromEntries(
    Object.keys(categories)
      .filter((spelling) => !Object.hasOwn(aliases, spelling))
      .map((value) => [(Object.hasOwn(names, value) ? names[value] : undefined) ?? value, value]),
  ) as T;
}
