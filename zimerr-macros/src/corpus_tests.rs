//! Placeholder until the reliability work lands.
