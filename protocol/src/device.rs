//! Device descriptors (`veritor-device/1`): what hardware a prover says it runs on, and the
//! spot-check deadline that follows from it.
//!
//! A descriptor names the device's kind (`cpu`, `cuda`, `rocm`, `vulkan`), its architecture
//! where the kind has several (`sm_80`, `sm_90`, `gfx942`), memory size and bandwidth, the
//! link bandwidth to the verifier, the IREE target it compiles for and where the numbers come
//! from (a datasheet, or a measurement). [`datasheets`] holds the descriptors written from
//! vendors' datasheets; a CPU's is measured (`veritor-spot device probe`).
//!
//! The deadline of a spot check that reads `read` bytes and sends `sent` (the slices and
//! their proofs) is `read / memory_bandwidth + sent / link_bandwidth + slack`: the time to
//! read the slices from device memory, the time to send the answer to the verifier, and a
//! calibrated slack for the round trip and the prover's fixed costs (`docs/protocol.md`).
//!
//! A claim names the descriptor it says it ran on by name and [`Device::digest`]: BLAKE3 of
//! the descriptor's canonical JSON (its fields in the format's order, no spaces, numbers as
//! `serde_json` writes them), so that a challenger can tell whether its own copy of that
//! descriptor is the one the prover named.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// `format` of a descriptor.
pub const DEVICE_FORMAT: &str = "veritor-device/1";
/// The kinds a descriptor may name.
pub const KINDS: &[&str] = &["cpu", "cuda", "rocm", "vulkan"];

/// One device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Device {
    /// Always [`DEVICE_FORMAT`].
    pub format: String,
    /// The registry's key: letters, digits, `-`, `_`, `.`.
    pub name: String,
    /// One of [`KINDS`].
    pub kind: String,
    /// The architecture (`sm_90`, `gfx942`, `x86_64`...).
    pub arch: String,
    /// Device memory in bytes.
    pub memory_bytes: u64,
    /// Memory bandwidth in bytes per second.
    pub memory_bandwidth: f64,
    /// Bandwidth of the link to the verifier in bytes per second.
    pub link_bandwidth: f64,
    /// The `veritor compile -t` target (`cpu`, `cuda:sm_90`, `rocm:gfx942`, `vulkan:rdna3`).
    pub iree_target: String,
    /// Where the numbers come from: a datasheet's address, or how they were measured.
    pub source: String,
}

/// Checks a descriptor's name: letters, digits, `-`, `_`, `.` (not first), not empty.
pub fn check_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        && !name.starts_with('.');
    if ok {
        return Ok(());
    }
    Err(format!(
        "name {name:?}: use letters, digits, '-', '_' and '.' (not first)"
    ))
}

impl Device {
    /// Refuses a wrong format, an empty or odd name, an unknown kind, non-positive or
    /// non-finite bandwidths, zero memory, and an IREE target whose backend is not the kind's.
    pub fn validate(&self) -> Result<(), String> {
        if self.format != DEVICE_FORMAT {
            return Err(format!(
                "format {:?}, expected {DEVICE_FORMAT:?}",
                self.format
            ));
        }
        check_name(&self.name)?;
        if !KINDS.contains(&self.kind.as_str()) {
            return Err(format!(
                "kind {:?}: expected one of {}",
                self.kind,
                KINDS.join(", ")
            ));
        }
        for (what, v) in [
            ("memory_bandwidth", self.memory_bandwidth),
            ("link_bandwidth", self.link_bandwidth),
        ] {
            if !(v.is_finite() && v > 0.0) {
                return Err(format!("{what} {v} is not a positive number of bytes/s"));
            }
        }
        if self.memory_bytes == 0 {
            return Err("memory_bytes is 0".into());
        }
        let backend = self.iree_target.split(':').next().unwrap_or("");
        if backend != self.kind {
            return Err(format!(
                "iree_target {:?} does not compile for a {} device",
                self.iree_target, self.kind
            ));
        }
        Ok(())
    }

    /// Reads a descriptor strictly; the error is one line.
    pub fn from_json(text: &str) -> Result<Device, String> {
        let d: Device =
            serde_json::from_str(text).map_err(|e| format!("bad device descriptor: {e}"))?;
        d.validate()
            .map_err(|e| format!("bad device descriptor: {e}"))?;
        Ok(d)
    }

    /// The canonical JSON: the fields in the format's order, compact.
    pub fn canonical_json(&self) -> String {
        serde_json::to_string(self).expect("a descriptor always serialises")
    }

    /// BLAKE3 of [`Device::canonical_json`], 64 hex digits: what a claim records.
    pub fn digest(&self) -> String {
        crate::hex::encode(blake3::hash(self.canonical_json().as_bytes()).as_bytes())
    }

    /// The time allowed to answer a spot check that reads `read` bytes and sends `sent`.
    pub fn deadline(&self, read: u64, sent: u64, slack: Duration) -> Duration {
        Duration::from_secs_f64(
            read as f64 / self.memory_bandwidth + sent as f64 / self.link_bandwidth,
        ) + slack
    }
}

fn datasheet(
    name: &str,
    kind: &str,
    arch: &str,
    memory_gb: u64,
    bandwidth_gb_s: u64,
    source: &str,
) -> Device {
    Device {
        format: DEVICE_FORMAT.into(),
        name: name.into(),
        kind: kind.into(),
        arch: arch.into(),
        memory_bytes: memory_gb * 1_000_000_000,
        memory_bandwidth: (bandwidth_gb_s * 1_000_000_000) as f64,
        // A datasheet says nothing about the verifier's link; 100 Gb/s Ethernet until the
        // registry's owner sets it (`veritor-spot device add --link-bandwidth`).
        link_bandwidth: 12.5e9,
        iree_target: format!("{kind}:{arch}"),
        source: source.into(),
    }
}

/// Descriptors written from vendors' datasheets (memory in decimal GB, bandwidth in decimal
/// GB/s, as the datasheets state them).
pub fn datasheets() -> Vec<Device> {
    vec![
        datasheet(
            "a100-sxm4-80gb",
            "cuda",
            "sm_80",
            80,
            2039,
            "NVIDIA A100 Tensor Core GPU datasheet (vendor website): 80 GB HBM2e, 2,039 GB/s (SXM)",
        ),
        datasheet(
            "h100-sxm5-80gb",
            "cuda",
            "sm_90",
            80,
            3350,
            "NVIDIA H100 Tensor Core GPU datasheet (vendor website): 80 GB HBM3, 3.35 TB/s (SXM)",
        ),
        datasheet(
            "h200-sxm-141gb",
            "cuda",
            "sm_90",
            141,
            4800,
            "NVIDIA H200 Tensor Core GPU datasheet (vendor website): 141 GB HBM3e, 4.8 TB/s",
        ),
        datasheet(
            "mi300x",
            "rocm",
            "gfx942",
            192,
            5300,
            "AMD Instinct MI300X accelerator datasheet (vendor website): 192 GB HBM3, 5.3 TB/s",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datasheets_success_all_valid_and_distinct() {
        let all = datasheets();
        for d in &all {
            d.validate().unwrap();
            let text = serde_json::to_string(d).unwrap();
            assert_eq!(Device::from_json(&text).unwrap(), *d);
        }
        let mut names: Vec<_> = all.iter().map(|d| &d.name).collect();
        names.dedup();
        assert_eq!(names.len(), all.len());
    }

    #[test]
    fn device_failure_bad_fields_are_one_line() {
        let good = serde_json::to_value(&datasheets()[1]).unwrap();
        let cases = [
            ("kind", serde_json::json!("tpu"), "kind"),
            (
                "memory_bandwidth",
                serde_json::json!(-1.0),
                "memory_bandwidth",
            ),
            (
                "iree_target",
                serde_json::json!("rocm:gfx942"),
                "iree_target",
            ),
            ("name", serde_json::json!("a/b"), "name"),
            ("extra", serde_json::json!(1), "unknown field"),
        ];
        for (field, value, want) in cases {
            let mut v = good.clone();
            v[field] = value;
            let e = Device::from_json(&v.to_string()).unwrap_err();
            assert!(e.contains(want) && !e.contains('\n'), "{field}: {e}");
        }
    }

    #[test]
    fn digest_success_ignores_layout_and_follows_every_field() {
        let d = datasheets()[1].clone();
        let pretty = serde_json::to_string_pretty(&d).unwrap();
        assert_eq!(Device::from_json(&pretty).unwrap().digest(), d.digest());
        assert_eq!(d.digest().len(), 64);
        let mut other = d.clone();
        other.link_bandwidth = 1e9;
        assert_ne!(other.digest(), d.digest());
        assert!(d
            .canonical_json()
            .starts_with("{\"format\":\"veritor-device/1\",\"name\":"));
    }

    /// The canonical form is part of the claim format: a digest recorded today must match
    /// the same descriptor read tomorrow.
    #[test]
    fn digest_success_is_pinned() {
        assert_eq!(
            datasheets()[1].canonical_json(),
            "{\"format\":\"veritor-device/1\",\"name\":\"h100-sxm5-80gb\",\"kind\":\"cuda\",\
             \"arch\":\"sm_90\",\"memory_bytes\":80000000000,\"memory_bandwidth\":3350000000000.0,\
             \"link_bandwidth\":12500000000.0,\"iree_target\":\"cuda:sm_90\",\"source\":\"NVIDIA H100 \
             Tensor Core GPU datasheet (vendor website): 80 GB HBM3, 3.35 TB/s (SXM)\"}"
        );
        assert_eq!(
            datasheets()[1].digest(),
            "788d22a78da847d3eb3e0b06f83a7b074b92d2964ef9a59ae6f4c50861e27f96"
        );
    }

    #[test]
    fn deadline_success_adds_read_send_and_slack() {
        let mut d = datasheets()[1].clone();
        d.memory_bandwidth = 1e9;
        d.link_bandwidth = 1e8;
        let t = d.deadline(1_000_000, 2_000_000, Duration::from_millis(1));
        assert_eq!(t, Duration::from_micros(1000 + 20_000 + 1000));
    }
}
