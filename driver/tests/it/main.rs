//! Integration tests of the driver: one binary (every test binary links all of MLIR).

mod examples;
mod support;
