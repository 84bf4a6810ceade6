//! The challenger's secret: drawn fresh, kept in a file, committed to ([`commit`]) before
//! the prover's claim; revealed in the challenge derived from it (`crate::derive_challenge`).

use std::io::Read;
use std::path::Path;

use veritor_protocol::challenge;
use veritor_protocol::hex;

/// Draws 32 bytes from the operating system's generator.
pub fn fresh_secret() -> Result<[u8; 32], String> {
    let mut secret = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut secret))
        .map_err(|e| format!("cannot read /dev/urandom: {e}"))?;
    Ok(secret)
}

/// Writes a fresh secret to `path` (hex, owner-only permissions; an existing file is never
/// overwritten: secrets must not be reused) and returns its commitment.
pub fn commit(path: &Path) -> Result<[u8; 32], String> {
    let secret = fresh_secret()?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    use std::io::Write;
    options
        .open(path)
        .and_then(|mut f| f.write_all(format!("{}\n", hex::encode(&secret)).as_bytes()))
        .map_err(|e| format!("{}: cannot write the secret: {e}", path.display()))?;
    Ok(challenge::commit_secret(&secret))
}

/// Reads a secret file written by [`commit`].
pub fn read_secret(path: &Path) -> Result<[u8; 32], String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read the secret: {e}", path.display()))?;
    hex::decode(text.trim()).map_err(|e| format!("{}: not a secret: {e}", path.display()))
}
