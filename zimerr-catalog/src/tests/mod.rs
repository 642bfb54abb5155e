//! Tests of the whole pipeline: property tests over arbitrary and mutated catalogs, and
//! the corpus of bad catalogs in `tests/bad_catalogs/`.

mod corpus;
mod proptests;
mod shape;
