//! Unit tests and property tests of the annual-rate conventions.
