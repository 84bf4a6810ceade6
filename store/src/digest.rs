//! BLAKE3 content addresses: 32 bytes, written as 64 lowercase hex digits.

use std::fmt;
use std::io::{self, Read};
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text that should be a digest and is not (the store reports it as
/// `Error::BadDigest`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadDigest {
    /// The text given.
    pub text: String,
    /// What is wrong with it.
    pub reason: String,
}

impl fmt::Display for BadDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid digest {:?}: {}", self.text, self.reason)
    }
}

impl std::error::Error for BadDigest {}

/// The BLAKE3 digest of a blob's bytes, its name in the store.
///
/// `Display` writes 64 lowercase hex digits; [`Digest::parse`] reads them (upper case is
/// accepted and normalised) and rejects anything else with [`BadDigest`].
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Digest([u8; 32]);

impl Digest {
    /// Length of the hex form.
    pub const HEX_LEN: usize = 64;

    /// The digest of `bytes`.
    pub fn of(bytes: &[u8]) -> Digest {
        Digest(*blake3::hash(bytes).as_bytes())
    }

    /// The digest of everything `reader` yields, read in chunks (memory stays bounded).
    pub fn of_reader(reader: impl Read) -> io::Result<(Digest, u64)> {
        let mut hasher = blake3::Hasher::new();
        let size = io::copy(&mut { reader }, &mut hasher)?;
        Ok((Digest(*hasher.finalize().as_bytes()), size))
    }

    /// Wraps raw digest bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Digest {
        Digest(bytes)
    }

    /// The raw digest bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Parses 64 hex digits. The error names the text and what is wrong with it.
    pub fn parse(text: &str) -> Result<Digest, BadDigest> {
        let bad = |reason: String| BadDigest {
            text: text.to_string(),
            reason,
        };
        if !text.is_ascii() {
            return Err(bad(
                "contains a character that is not a hex digit".to_string()
            ));
        }
        if text.len() != Self::HEX_LEN {
            return Err(bad(format!(
                "expected {} hex digits, found {} characters",
                Self::HEX_LEN,
                text.chars().count()
            )));
        }
        let mut out = [0u8; 32];
        for (i, pair) in text.as_bytes().chunks_exact(2).enumerate() {
            let (Some(hi), Some(lo)) = (hex_value(pair[0]), hex_value(pair[1])) else {
                let at = if hex_value(pair[0]).is_none() {
                    2 * i
                } else {
                    2 * i + 1
                };
                return Err(bad(format!("character {} is not a hex digit", at + 1)));
            };
            out[i] = hi << 4 | lo;
        }
        Ok(Digest(out))
    }

    /// The 64-digit lowercase hex form.
    pub fn to_hex(&self) -> String {
        self.to_string()
    }
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Digest({self})")
    }
}

impl FromStr for Digest {
    type Err = BadDigest;

    fn from_str(text: &str) -> Result<Digest, BadDigest> {
        Digest::parse(text)
    }
}

impl Serialize for Digest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Digest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Digest, D::Error> {
        let text = String::deserialize(deserializer)?;
        Digest::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// BLAKE3 of the empty input, from the BLAKE3 test vectors.
    const EMPTY: &str = "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262";

    #[test]
    fn parse_success_roundtrips_lowercase() {
        let digest = Digest::parse(EMPTY).unwrap();
        assert_eq!(digest, Digest::of(b""));
        assert_eq!(digest.to_string(), EMPTY);
    }

    #[test]
    fn parse_success_uppercase_normalised() {
        let digest = Digest::parse(&EMPTY.to_uppercase()).unwrap();
        assert_eq!(digest.to_string(), EMPTY);
    }

    #[test]
    fn parse_failure_short_names_length() {
        let err = Digest::parse("abc").unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid digest \"abc\": expected 64 hex digits, found 3 characters"
        );
    }

    #[test]
    fn parse_failure_non_hex_names_position() {
        let mut text = EMPTY.to_string();
        text.replace_range(10..11, "g");
        let err = Digest::parse(&text).unwrap_err();
        assert!(
            err.to_string().ends_with("character 11 is not a hex digit"),
            "{err}"
        );
    }

    #[test]
    fn parse_failure_multibyte_does_not_panic() {
        // 64 bytes but not 64 characters: must be an error, not a slicing panic.
        let text = "é".repeat(32);
        assert!(Digest::parse(&text).is_err());
        let text = format!("{}é", &EMPTY[..62]);
        let err = Digest::parse(&text).unwrap_err();
        assert!(err.to_string().ends_with("not a hex digit"), "{err}");
    }

    #[test]
    fn of_reader_success_matches_of() {
        let bytes = vec![7u8; 100_000];
        let (digest, size) = Digest::of_reader(&bytes[..]).unwrap();
        assert_eq!(digest, Digest::of(&bytes));
        assert_eq!(size, 100_000);
    }

    #[test]
    fn serde_success_roundtrip_and_failure_names_text() {
        let digest = Digest::of(b"x");
        let json = serde_json::to_string(&digest).unwrap();
        assert_eq!(json, format!("\"{digest}\""));
        assert_eq!(serde_json::from_str::<Digest>(&json).unwrap(), digest);
        let err = serde_json::from_str::<Digest>("\"zz\"").unwrap_err();
        assert!(err.to_string().contains("invalid digest \"zz\""), "{err}");
    }
}
