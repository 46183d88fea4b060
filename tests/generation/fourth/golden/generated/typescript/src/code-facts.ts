// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * The per-code facts the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py): the members CodeInfo takes from CodeFacts; absent where a code
 * lacks the fact.
 */
export interface CodeFacts {
}
