// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * The facts of a code that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py); absent where a code lacks one.
 */
export interface CodeFacts {
}
/**
 * The facts of a code set that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py); absent where a code set lacks one.
 */
export interface CodeSetFacts {
  /**
   * Where the source lets a sender put a code of its own in this field, in a form it gives (a
   * bank's own namespaced code under a standard, Org.Code): that form, as a regular expression the
   * whole value matches. A value the code set does not list but that matches it is read as such a
   * code (with own_codes_category and own_codes_description), never as unknown; a listed value is
   * read as its code.
   */
  readonly ownCodes?: string;
  /**
   * The category of a code of the sender's own (own_codes): bankcodes' reading, as the form says
   * whose code it is, not what it means.
   */
  readonly ownCodesCategory?: string;
  /**
   * What a code of the sender's own (own_codes) is, in bankcodes' words, quoting the source where
   * it describes the form.
   */
  readonly ownCodesDescription?: string;
}
/**
 * The facts of a category that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py); absent where a category lacks one.
 */
export interface CategoryFacts {
}
/**
 * The facts of a code's lifecycle that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py); absent where a code's lifecycle lacks one.
 */
export interface LifecycleFacts {
}
