//! Integration tests of the driver: one binary (every test binary links all of MLIR).

mod compile;
mod examples;
mod gpu;
mod support;
