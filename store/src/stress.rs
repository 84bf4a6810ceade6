//! What the crash tests and their writer (`veritor-store-stress`) share. Not part of the
//! store's API.

/// splitmix64: a small deterministic generator (no dependency needed).
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A blob of a random size starting with `tag`: mostly small, sometimes up to 1 MiB,
    /// so that kills land inside long writes too.
    pub fn blob(&mut self, tag: &str) -> Vec<u8> {
        let size = match self.next() % 4 {
            0 => (self.next() % 1_048_576) as usize,
            1 => (self.next() % 65_536) as usize,
            _ => (self.next() % 512) as usize,
        };
        let mut bytes = tag.as_bytes().to_vec();
        while bytes.len() < size + tag.len() {
            bytes.extend_from_slice(&self.next().to_le_bytes());
        }
        bytes
    }
}
