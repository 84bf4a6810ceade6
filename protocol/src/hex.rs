//! Lowercase hex for 32-byte digests (BLAKE3 outputs, roots, secrets).

use std::fmt::Write as _;

/// Length of a 32-byte value written in hex.
pub const HEX_LEN: usize = 64;

/// 64 lowercase hex digits.
pub fn encode(bytes: &[u8; 32]) -> String {
    let mut out = String::with_capacity(HEX_LEN);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Parses exactly 64 lowercase hex digits; the error says what is wrong.
pub fn decode(text: &str) -> Result<[u8; 32], String> {
    if text.len() != HEX_LEN || !text.is_ascii() {
        return Err(format!(
            "{text:?} is not a BLAKE3 digest: expected {HEX_LEN} lowercase hex digits, found {} characters",
            text.chars().count()
        ));
    }
    let mut out = [0u8; 32];
    for (i, pair) in text.as_bytes().chunks(2).enumerate() {
        let digit = |c: u8| match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            _ => None,
        };
        match (digit(pair[0]), digit(pair[1])) {
            (Some(hi), Some(lo)) => out[i] = hi << 4 | lo,
            _ => {
                return Err(format!(
                    "{text:?} is not a BLAKE3 digest: character {} is not a lowercase hex digit",
                    2 * i + usize::from(digit(pair[0]).is_some())
                ))
            }
        }
    }
    Ok(out)
}

/// Serde adapter: a `[u8; 32]` as 64 hex digits.
pub mod serde_bytes32 {
    use serde::{de::Error as _, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
        let text = String::deserialize(d)?;
        super::decode(&text).map_err(D::Error::custom)
    }
}

/// Serde adapter: a `Vec<[u8; 32]>` as a list of 64-hex-digit strings.
pub mod serde_bytes32_vec {
    use serde::{de::Error as _, ser::SerializeSeq, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(list: &[[u8; 32]], s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(list.len()))?;
        for bytes in list {
            seq.serialize_element(&super::encode(bytes))?;
        }
        seq.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<[u8; 32]>, D::Error> {
        Vec::<String>::deserialize(d)?
            .iter()
            .map(|t| super::decode(t).map_err(D::Error::custom))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_errors() {
        let bytes: [u8; 32] = std::array::from_fn(|i| (i * 37) as u8);
        let text = encode(&bytes);
        assert_eq!(text.len(), 64);
        assert_eq!(decode(&text).unwrap(), bytes);
        assert!(decode(&text[..63])
            .unwrap_err()
            .contains("found 63 characters"));
        assert!(decode(&text.to_uppercase()).is_err());
        let mut bad = text.clone();
        bad.replace_range(5..6, "g");
        assert!(decode(&bad).unwrap_err().contains("character 5"));
        assert!(decode(&"é".repeat(32)).is_err());
    }
}
