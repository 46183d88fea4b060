// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
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
