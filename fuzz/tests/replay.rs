//! The quick fuzz run inside `make test`, on stable Rust: every committed seed
//! (`seeds/<target>/`) and every input that once crashed a target (`regressions/<target>/`)
//! goes through its target again, then a few thousand deterministic mutations of the seeds
//! (bit flips, interesting bytes and numbers, truncations, duplicated spans). The coverage-
//! guided run with a million executions per target is `make fuzz`.

use std::fs;
use std::path::{Path, PathBuf};

use veritor_fuzz::{run, TARGETS};

/// Mutants per seed file.
const MUTANTS_PER_SEED: usize = 400;

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn dir(kind: &str, target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(kind)
        .join(target)
}

#[test]
fn every_target_has_seeds_and_runs_them() {
    for target in TARGETS {
        let seeds = files(&dir("seeds", target));
        assert!(!seeds.is_empty(), "no seeds for {target}");
        for f in seeds {
            run(target, &fs::read(&f).unwrap());
        }
    }
}

#[test]
fn every_regression_stays_fixed() {
    for target in TARGETS {
        for f in files(&dir("regressions", target)) {
            run(target, &fs::read(&f).unwrap());
        }
    }
}

/// SplitMix64: the mutations are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Text a JSON or `.npy` header mutation may insert.
const TOKENS: [&str; 14] = [
    "18446744073709551615",
    "18446744073709551616",
    "-1",
    "0",
    "1e308",
    "null",
    "[]",
    "{}",
    "\"\"",
    "((((((((",
    "'shape': (",
    "4294967296",
    "\"positions\": 4294967296",
    "\"open_steps\": 65536",
];

fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut data = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(5) {
            0 if !data.is_empty() => {
                let i = at.min(data.len() - 1);
                data[i] ^= 1 << rng.below(8);
            }
            1 if !data.is_empty() => {
                let i = at.min(data.len() - 1);
                data[i] = [0, 0xff, b'"', b'9', b',', b'}', b')'][rng.below(7)];
            }
            2 => data.truncate(at),
            3 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                data.splice(at..at, token.iter().copied());
            }
            _ => {
                let end = (at + rng.below(64)).min(data.len());
                let span = data[at..end].to_vec();
                data.splice(at..at, span);
            }
        }
    }
    data
}

#[test]
fn mutated_seeds_never_crash() {
    let mut rng = Rng(14);
    for target in TARGETS {
        for f in files(&dir("seeds", target)) {
            let seed = fs::read(&f).unwrap();
            for _ in 0..MUTANTS_PER_SEED {
                run(target, &mutate(&seed, &mut rng));
            }
        }
    }
}
