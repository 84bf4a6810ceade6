//! Fuzz target: [`veritor_fuzz::npy`] (see `fuzz/src/lib.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| veritor_fuzz::npy(data));
