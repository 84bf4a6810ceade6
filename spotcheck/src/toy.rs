//! The state the spot-check trials hold: a small decoder's weights and its KV cache after
//! `positions` tokens, computed here so that a prover can also recompute it on demand.
//!
//! Not a trained model: weights are seeded uniform values, the attention is a causal running
//! mean of the values. What matters for the spot check is that the cache is the output of a
//! real computation (`layers x positions x 3 x width^2` multiply-adds for the whole cache),
//! so that recomputing a slice costs what recomputing a KV cache costs: every earlier layer
//! over every earlier position.
//!
//! Tensors, in commitment order: `embed` `[vocab, width]`, per layer `l`: `l{l}.wk`, `l{l}.wv`,
//! `l{l}.wo` `[width, width]`, then per layer `kv{l}.k`, `kv{l}.v` `[positions, width]`; all
//! `f32` little-endian.

/// The decoder's size and seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    pub layers: usize,
    pub width: usize,
    pub positions: usize,
    pub vocab: usize,
    pub seed: u64,
}

impl Config {
    /// 8 layers, width 256, 512 positions, 1024 tokens: 15 MiB of state.
    pub const DEFAULT: Config = Config {
        layers: 8,
        width: 256,
        positions: 512,
        vocab: 1024,
        seed: 1,
    };
}

/// The weights and the prompt: what a prover that recomputes the cache keeps.
#[derive(Debug, Clone)]
pub struct Weights {
    pub config: Config,
    pub embed: Vec<f32>,
    /// Per layer: wk, wv, wo.
    pub layers: Vec<[Vec<f32>; 3]>,
    pub tokens: Vec<usize>,
}

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn uniform(state: &mut u64, n: usize, scale: f32) -> Vec<f32> {
    (0..n)
        .map(|_| ((splitmix(state) >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0) * scale)
        .collect()
}

impl Weights {
    /// Seeded weights and prompt.
    pub fn new(config: Config) -> Weights {
        let mut s = config.seed;
        let w = config.width;
        let scale = 1.0 / (w as f32).sqrt();
        let embed = uniform(&mut s, config.vocab * w, 1.0);
        let layers = (0..config.layers)
            .map(|_| {
                [
                    uniform(&mut s, w * w, scale),
                    uniform(&mut s, w * w, scale),
                    uniform(&mut s, w * w, scale),
                ]
            })
            .collect();
        let tokens = (0..config.positions)
            .map(|_| (splitmix(&mut s) % config.vocab as u64) as usize)
            .collect();
        Weights {
            config,
            embed,
            layers,
            tokens,
        }
    }

    /// The cache of layer `layer` (K then V, `[positions, width]` each) over the first
    /// `positions` positions: the forward pass through every earlier layer.
    pub fn kv(&self, layer: usize, positions: usize) -> (Vec<f32>, Vec<f32>) {
        self.cache_prefix(layer + 1, positions)
            .pop()
            .expect("layer + 1 layers computed")
    }

    /// Every layer's cache over every position (what an honest prover holds).
    pub fn full_cache(&self) -> Vec<(Vec<f32>, Vec<f32>)> {
        self.cache_prefix(self.config.layers, self.config.positions)
    }

    /// The caches of the first `layers` layers over the first `positions` positions.
    pub fn cache_prefix(&self, layers: usize, positions: usize) -> Vec<(Vec<f32>, Vec<f32>)> {
        let w = self.config.width;
        let mut out = Vec::new();
        let mut h: Vec<f32> = self.tokens[..positions]
            .iter()
            .flat_map(|&t| self.embed[t * w..(t + 1) * w].iter().copied())
            .collect();
        for [wk, wv, wo] in &self.layers[..layers] {
            let (k, v) = (matmul(&h, wk, w), matmul(&h, wv, w));
            let mixed = add_running_mean(&h, &v, w);
            h = matmul(&mixed, wo, w).into_iter().map(f32::tanh).collect();
            out.push((k, v));
        }
        out
    }
}

/// `x [n, w] @ m [w, w]`.
fn matmul(x: &[f32], m: &[f32], w: usize) -> Vec<f32> {
    let mut out = vec![0f32; x.len()];
    for (row, o) in x.chunks(w).zip(out.chunks_mut(w)) {
        for (i, &a) in row.iter().enumerate() {
            for (o, &b) in o.iter_mut().zip(&m[i * w..(i + 1) * w]) {
                *o += a * b;
            }
        }
    }
    out
}

/// `h[p] + mean(v[0..=p])`, per position.
fn add_running_mean(h: &[f32], v: &[f32], w: usize) -> Vec<f32> {
    let mut sum = vec![0f32; w];
    let mut out = Vec::with_capacity(h.len());
    for (p, (hp, vp)) in h.chunks(w).zip(v.chunks(w)).enumerate() {
        for (s, x) in sum.iter_mut().zip(vp) {
            *s += x;
        }
        out.extend(hp.iter().zip(&sum).map(|(a, s)| a + s / (p + 1) as f32));
    }
    out
}

/// `f32`s as little-endian bytes.
pub fn bytes(values: &[f32]) -> Vec<u8> {
    values.iter().flat_map(|x| x.to_le_bytes()).collect()
}

/// The state's tensors, named, in commitment order.
pub fn tensors(weights: &Weights) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![("embed".to_string(), bytes(&weights.embed))];
    for (l, layer) in weights.layers.iter().enumerate() {
        for (name, m) in ["wk", "wv", "wo"].iter().zip(layer) {
            out.push((format!("l{l}.{name}"), bytes(m)));
        }
    }
    for (l, (k, v)) in weights.full_cache().iter().enumerate() {
        out.push((format!("kv{l}.k"), bytes(k)));
        out.push((format!("kv{l}.v"), bytes(v)));
    }
    out
}

/// The layer and K (false) or V (true) of a cache tensor's name (`kv3.v`).
pub fn cache_tensor(name: &str) -> Option<(usize, bool)> {
    let rest = name.strip_prefix("kv")?;
    let (layer, which) = rest.split_once('.')?;
    let is_v = match which {
        "k" => false,
        "v" => true,
        _ => return None,
    };
    Some((layer.parse().ok()?, is_v))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: Config = Config {
        layers: 3,
        width: 8,
        positions: 12,
        vocab: 16,
        seed: 5,
    };

    #[test]
    fn kv_success_prefix_recompute_equals_full_cache() {
        let w = Weights::new(SMALL);
        let full = w.full_cache();
        for (layer, (full_k, full_v)) in full.iter().enumerate() {
            let (k, v) = w.kv(layer, 7);
            assert_eq!(k, full_k[..7 * 8]);
            assert_eq!(v, full_v[..7 * 8]);
        }
    }

    #[test]
    fn tensors_success_names_and_sizes() {
        let t = tensors(&Weights::new(SMALL));
        assert_eq!(t.len(), 1 + 3 * 3 + 3 * 2);
        assert_eq!(t[0].1.len(), 16 * 8 * 4);
        assert_eq!(t.last().unwrap().0, "kv2.v");
        assert_eq!(cache_tensor("kv2.v"), Some((2, true)));
        assert_eq!(cache_tensor("l2.wk"), None);
    }
}
