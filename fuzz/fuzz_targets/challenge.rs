//! Fuzz target: [`veritor_fuzz::challenge`] (see `fuzz/src/lib.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| veritor_fuzz::challenge(data));
