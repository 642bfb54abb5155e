//! Synthetic ZIM-style catalogs, for the benchmarks (the binary of this package builds
//! the compile-time benchmark's crates from them).

pub mod model;
