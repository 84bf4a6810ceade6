//! Integration tests for `veritor-artifact`: one binary, one module per area.
//!
//! `c_object` links objects from `write_object` into a C program and runs it; it
//! FAILS (never skips) when `cc` or BLAKE3's C sources cannot be found.

mod c_object;
