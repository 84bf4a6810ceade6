//! The challenger: a fresh secret and its public commitment ([`commit`]), then, once the
//! prover's claim (its root) is in, the challenge derived from both ([`derive`]).

use std::io::Read;
use std::path::Path;

use veritor_protocol::challenge::{self, ChallengeParams};
use veritor_protocol::claim::{Claim, Strategy};
use veritor_protocol::hex;

use super::messages::{ChallengeMessage, CHALLENGE_FORMAT};

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

/// The challenge for a `stamp` claim: `open` of its positions (all of them when there are
/// fewer) and a projection seed, from the secret and the claim's root.
pub fn derive(secret: &[u8; 32], claim: &Claim, open: u64) -> Result<ChallengeMessage, String> {
    let Strategy::Stamp {
        positions,
        commitment,
        ..
    } = &claim.strategy
    else {
        if let Strategy::TrainingReplay { .. } = &claim.strategy {
            return super::training::derive(secret, claim, open);
        }
        return Err(format!(
            "a {} claim is not challenged (the verifier re-executes it whole)",
            claim.strategy.kind()
        ));
    };
    let root = hex::decode(commitment).map_err(|e| format!("claim commitment: {e}"))?;
    let params = ChallengeParams {
        positions: *positions,
        open: open.min(*positions),
        steps: 0,
        open_steps: 0,
    };
    let challenge = challenge::derive(secret, &root, &params).map_err(|e| e.to_string())?;
    Ok(ChallengeMessage {
        format: CHALLENGE_FORMAT.to_string(),
        secret: hex::encode(secret),
        secret_commitment: hex::encode(&challenge::commit_secret(secret)),
        params,
        challenge,
    })
}
