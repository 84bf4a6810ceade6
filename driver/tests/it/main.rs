//! Integration tests of the driver: one binary (every test binary links all of MLIR).

mod ar_to_tf;
mod compile;
mod examples;
mod gpu;
mod store_cli;
mod support;
