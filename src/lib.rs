//! Host package of the workspace integration tests and examples; it has no API.
