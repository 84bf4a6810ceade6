//! Integration tests of the driver: one binary (every test binary links all of MLIR).

mod ar_to_tf;
mod architecture;
mod batch;
mod compile;
mod detection;
mod device;
mod ecosystem;
mod every_program;
mod examples;
mod fingerprint;
mod fingerprint_tf;
mod gpu;
mod hooks;
mod progress;
mod protocol;
mod report;
mod scatter;
mod sort;
mod store_cli;
mod support;
mod top_k;
mod training;
