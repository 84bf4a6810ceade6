//! The hook passes: `veritor-insert-hooks` ([`insert`]) taps values with `veritor.hook`,
//! `veritor-lower-hooks` ([`lower`]) makes every hook a result of the public functions, and
//! `veritor-fingerprint` ([`fingerprint`]) projects hooks or hook results with a seeded
//! matrix computed in the graph; [`schema`] is the JSON they write.

pub mod fingerprint;
pub mod insert;
pub mod lower;
pub mod schema;
