//! The prover: the committed tree and a source of chunk bytes, and its answer to a challenge.
//!
//! Every prover commits to the same state (the toy decoder's weights and KV cache,
//! `toy.rs`); they differ in where the bytes come from when challenged:
//! - `honest`: every tensor in memory (RAM here; device memory on an accelerator);
//! - `disk`: the state in a file, every chunk read with `O_DIRECT` (no page cache), as a
//!   prover that keeps the state on disk rather than in memory; `disk-parallel` keeps
//!   [`DISK_THREADS`] reads in flight; `disk-whole` reads the whole file sequentially in
//!   [`WHOLE_READ`] pieces for each challenge (cheaper than random reads when the state is
//!   small);
//! - `recompute`: the weights in memory, the KV cache recomputed on demand, once per
//!   challenge (the forward pass through every layer up to the deepest challenged one, over
//!   the positions up to the furthest challenged byte);
//! - `missing:F`: in memory but without a fraction `F` of the chunks (chosen by a seed),
//!   answered with zeros.

use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use veritor_protocol::commitment::Tree;
use veritor_protocol::spotcheck::{
    self, Answer, Commitment, Layout, SpotError, TensorSpec, COMMITMENT_FORMAT,
};

use crate::toy::{self, Weights};

/// Where a prover's bytes come from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mode {
    Honest,
    Disk(DiskReads),
    Recompute,
    Missing(f64),
}

/// How a disk prover reads a challenge's chunks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskReads {
    /// `disk`: one chunk after another.
    OneAtATime,
    /// `disk-parallel`: [`DISK_THREADS`] reads in flight.
    Parallel,
    /// `disk-whole`: the whole file, sequentially, then the chunks cut out of it.
    Whole,
}

impl Mode {
    /// `honest`, `disk`, `disk-parallel`, `disk-whole`, `recompute` or `missing:F` with
    /// `0 < F < 1`.
    pub fn parse(text: &str) -> Result<Mode, String> {
        match text {
            "honest" => Ok(Mode::Honest),
            "disk" => Ok(Mode::Disk(DiskReads::OneAtATime)),
            "disk-parallel" => Ok(Mode::Disk(DiskReads::Parallel)),
            "disk-whole" => Ok(Mode::Disk(DiskReads::Whole)),
            "recompute" => Ok(Mode::Recompute),
            _ => {
                let f = text
                    .strip_prefix("missing:")
                    .and_then(|f| f.parse::<f64>().ok())
                    .filter(|f| *f > 0.0 && *f < 1.0);
                f.map(Mode::Missing).ok_or_else(|| {
                    format!(
                        "unknown prover mode {text:?}: expected honest, disk, disk-parallel, disk-whole, recompute or missing:F (0 < F < 1)"
                    )
                })
            }
        }
    }
}

/// A source of chunk bytes: `read(tensor, chunk)`; `read_all` answers a whole challenge
/// (one chunk after another unless the source does better).
trait Source: Send + Sync {
    fn read(&self, layout: &Layout, tensor: usize, chunk: u64) -> io::Result<Vec<u8>>;

    fn read_all(&self, layout: &Layout, chunks: &[(usize, u64)]) -> io::Result<Vec<Vec<u8>>> {
        chunks
            .iter()
            .map(|&(t, c)| self.read(layout, t, c))
            .collect()
    }
}

fn chunk_of(layout: &Layout, data: &[u8], tensor: usize, chunk: u64) -> Vec<u8> {
    let (offset, length) = layout.chunk_range(tensor, chunk);
    data[offset as usize..(offset + length) as usize].to_vec()
}

struct Memory(Vec<Vec<u8>>);

impl Source for Memory {
    fn read(&self, layout: &Layout, tensor: usize, chunk: u64) -> io::Result<Vec<u8>> {
        Ok(chunk_of(layout, &self.0[tensor], tensor, chunk))
    }
}

struct Missing {
    held: Memory,
    missing: HashSet<u64>,
}

impl Source for Missing {
    fn read(&self, layout: &Layout, tensor: usize, chunk: u64) -> io::Result<Vec<u8>> {
        if self.missing.contains(&layout.global(tensor, chunk)) {
            let (_, length) = layout.chunk_range(tensor, chunk);
            return Ok(vec![0; length as usize]);
        }
        self.held.read(layout, tensor, chunk)
    }
}

struct Recompute {
    weights: Weights,
    /// The non-cache tensors (weights), by tensor index; `None` for cache tensors.
    held: Vec<Option<Vec<u8>>>,
    /// Per tensor, its (layer, is V) when it is a cache tensor.
    cache: Vec<Option<(usize, bool)>>,
}

impl Source for Recompute {
    fn read(&self, layout: &Layout, tensor: usize, chunk: u64) -> io::Result<Vec<u8>> {
        Ok(self.read_all(layout, &[(tensor, chunk)])?.remove(0))
    }

    /// The cache recomputed once per challenge: every layer up to the deepest challenged
    /// one, over the positions up to the furthest challenged byte.
    fn read_all(&self, layout: &Layout, chunks: &[(usize, u64)]) -> io::Result<Vec<Vec<u8>>> {
        let row_bytes = (self.weights.config.width * 4) as u64;
        let needed = chunks.iter().filter_map(|&(t, c)| {
            let (layer, _) = self.cache[t]?;
            let (offset, length) = layout.chunk_range(t, c);
            Some((layer, (offset + length).div_ceil(row_bytes) as usize))
        });
        let (layers, positions) = needed.fold((0, 0), |(l, p), (layer, pos)| {
            (l.max(layer + 1), p.max(pos))
        });
        let cache: Vec<[Vec<u8>; 2]> = self
            .weights
            .cache_prefix(layers, positions)
            .into_iter()
            .map(|(k, v)| [toy::bytes(&k), toy::bytes(&v)])
            .collect();
        let answer = |&(t, c): &(usize, u64)| match (&self.held[t], self.cache[t]) {
            (Some(data), _) => chunk_of(layout, data, t, c),
            (None, Some((layer, is_v))) => {
                let (offset, length) = layout.chunk_range(t, c);
                cache[layer][usize::from(is_v)][offset as usize..(offset + length) as usize]
                    .to_vec()
            }
            (None, None) => unreachable!("a tensor not held is a cache tensor"),
        };
        Ok(chunks.iter().map(answer).collect())
    }
}

/// Page size `O_DIRECT` reads are aligned to.
const ALIGN: usize = 4096;

/// Threads of the `disk-parallel` prover (reads in flight at once).
pub const DISK_THREADS: usize = 16;

/// Bytes per read of the `disk-whole` prover.
pub const WHOLE_READ: usize = 1 << 20;

/// The disk prover's file, unlinked once open: the data stays on disk while the prover
/// lives, and nothing is left behind when the process ends, however it ends.
struct Disk {
    file: File,
    reads: DiskReads,
    /// File offset of each tensor's first byte (multiples of [`ALIGN`]).
    starts: Vec<u64>,
    /// The file's length (a multiple of [`ALIGN`]).
    len: u64,
}

/// Distinguishes the files of several disk provers in one process.
static DISK_FILES: AtomicU64 = AtomicU64::new(0);

/// A buffer aligned to [`ALIGN`], as `O_DIRECT` requires.
struct Aligned {
    ptr: *mut u8,
    layout: std::alloc::Layout,
}

impl Aligned {
    fn new(len: usize) -> Aligned {
        let layout = std::alloc::Layout::from_size_align(len.max(ALIGN), ALIGN)
            .expect("a valid size and alignment");
        // SAFETY: the layout has a non-zero size.
        let ptr = unsafe { std::alloc::alloc_zeroed(layout) };
        if ptr.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        Aligned { ptr, layout }
    }

    fn as_mut(&mut self) -> &mut [u8] {
        // SAFETY: `ptr` points to `layout.size()` initialised bytes owned by `self`.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.layout.size()) }
    }
}

impl Drop for Aligned {
    fn drop(&mut self) {
        // SAFETY: allocated in `new` with this layout.
        unsafe { std::alloc::dealloc(self.ptr, self.layout) }
    }
}

impl Disk {
    fn write(dir: &Path, tensors: &[Vec<u8>], reads: DiskReads) -> io::Result<Disk> {
        let n = DISK_FILES.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!(".veritor-spot-disk-{}-{n}", std::process::id()));
        let opened =
            write_padded(&path, tensors).and_then(|starts| Ok((open_direct(&path)?, starts)));
        let _ = std::fs::remove_file(&path);
        let (file, starts) = opened?;
        let len = file.metadata()?.len();
        Ok(Disk {
            file,
            reads,
            starts,
            len,
        })
    }

    /// Every chunk of `chunks` cut out of the whole file, read sequentially with `O_DIRECT`
    /// in [`WHOLE_READ`] pieces.
    fn read_whole(&self, layout: &Layout, chunks: &[(usize, u64)]) -> io::Result<Vec<Vec<u8>>> {
        let mut whole = Aligned::new(self.len as usize);
        for (i, piece) in whole.as_mut().chunks_mut(WHOLE_READ).enumerate() {
            self.file.read_exact_at(piece, (i * WHOLE_READ) as u64)?;
        }
        let data = whole.as_mut();
        Ok(chunks
            .iter()
            .map(|&(t, c)| {
                let (offset, length) = layout.chunk_range(t, c);
                let start = (self.starts[t] + offset) as usize;
                data[start..start + length as usize].to_vec()
            })
            .collect())
    }

    /// The chunks read by [`DISK_THREADS`] threads, each taking an equal share in order.
    fn read_parallel(&self, layout: &Layout, chunks: &[(usize, u64)]) -> io::Result<Vec<Vec<u8>>> {
        let per_thread = chunks.len().div_ceil(DISK_THREADS).max(1);
        std::thread::scope(|scope| {
            let handles: Vec<_> = chunks
                .chunks(per_thread)
                .map(|part| {
                    scope.spawn(move || {
                        part.iter()
                            .map(|&(t, c)| self.read(layout, t, c))
                            .collect::<io::Result<Vec<_>>>()
                    })
                })
                .collect();
            let mut out = Vec::with_capacity(chunks.len());
            for h in handles {
                out.extend(h.join().expect("a disk reader panicked")?);
            }
            Ok(out)
        })
    }
}

/// Writes each tensor at a multiple of [`ALIGN`], flushed to disk; each tensor's offset.
fn write_padded(path: &Path, tensors: &[Vec<u8>]) -> io::Result<Vec<u64>> {
    let mut out = File::create(path)?;
    let mut starts = Vec::new();
    let mut at = 0u64;
    for t in tensors {
        starts.push(at);
        let padded = t.len().div_ceil(ALIGN) * ALIGN;
        out.write_all(t)?;
        out.write_all(&vec![0; padded - t.len()])?;
        at += padded as u64;
    }
    out.sync_all()?;
    Ok(starts)
}

/// Opens `path` for reading with `O_DIRECT`; the error says why that may fail.
fn open_direct(path: &Path) -> io::Result<File> {
    let opened = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_DIRECT)
        .open(path);
    opened.map_err(|e| {
        let hint = "the file system may not support it, pick another directory";
        let message = format!(
            "{}: cannot open with O_DIRECT ({e}); {hint}",
            path.display()
        );
        io::Error::new(e.kind(), message)
    })
}

impl Source for Disk {
    /// The pages that hold the chunk, read with `O_DIRECT`, then the chunk cut out.
    fn read(&self, layout: &Layout, tensor: usize, chunk: u64) -> io::Result<Vec<u8>> {
        let (offset, length) = layout.chunk_range(tensor, chunk);
        let start = self.starts[tensor] + offset;
        let first = start / ALIGN as u64 * ALIGN as u64;
        let span = (start + length).div_ceil(ALIGN as u64) * ALIGN as u64 - first;
        let mut buf = Aligned::new(span as usize);
        self.file.read_exact_at(buf.as_mut(), first)?;
        let skip = (start - first) as usize;
        Ok(buf.as_mut()[skip..skip + length as usize].to_vec())
    }

    fn read_all(&self, layout: &Layout, chunks: &[(usize, u64)]) -> io::Result<Vec<Vec<u8>>> {
        match self.reads {
            DiskReads::OneAtATime => chunks
                .iter()
                .map(|&(t, c)| self.read(layout, t, c))
                .collect(),
            DiskReads::Parallel => self.read_parallel(layout, chunks),
            DiskReads::Whole => self.read_whole(layout, chunks),
        }
    }
}

/// A prover: its commitment, the tree, and where its bytes come from.
pub struct Prover {
    commitment: Commitment,
    tree: Tree,
    source: Box<dyn Source>,
}

impl Prover {
    /// A prover holding the toy decoder's state of `config` in `mode`, chunked by
    /// `chunk_bytes` (a multiple of 4096 for `disk`); `dir` holds `disk`'s file.
    pub fn toy(
        config: toy::Config,
        mode: Mode,
        chunk_bytes: u64,
        dir: &Path,
    ) -> Result<Prover, String> {
        let weights = Weights::new(config);
        let named = toy::tensors(&weights);
        let layout = Layout {
            chunk_bytes,
            tensors: named
                .iter()
                .map(|(name, data)| TensorSpec {
                    name: name.clone(),
                    bytes: data.len() as u64,
                })
                .collect(),
        };
        let data: Vec<Vec<u8>> = named.into_iter().map(|(_, d)| d).collect();
        let refs: Vec<&[u8]> = data.iter().map(Vec::as_slice).collect();
        let tree = spotcheck::commit(&layout, &refs).map_err(|e| e.to_string())?;
        let commitment = Commitment {
            format: COMMITMENT_FORMAT.into(),
            root: tree.root(),
            layout,
        };
        let source = source(mode, &commitment.layout, data, weights, dir)?;
        Ok(Prover {
            commitment,
            tree,
            source,
        })
    }

    /// The public commitment.
    pub fn commitment(&self) -> &Commitment {
        &self.commitment
    }

    /// The binary response to a challenge's JSON text, or why the challenge is refused.
    pub fn answer(&self, challenge: &str) -> Result<Vec<u8>, SpotError> {
        let (_, chunks) = spotcheck::parse_challenge(challenge, &self.commitment)?;
        let layout = &self.commitment.layout;
        let read = self
            .source
            .read_all(layout, &chunks)
            .map_err(|e| SpotError(format!("cannot read the challenged chunks: {e}")))?;
        let mut answers = Vec::with_capacity(chunks.len());
        for ((t, c), bytes) in chunks.into_iter().zip(read) {
            let proof = self
                .tree
                .open(layout.global(t, c))
                .map_err(|e| SpotError(e.to_string()))?;
            answers.push(Answer { bytes, proof });
        }
        Ok(spotcheck::encode_response(&answers))
    }
}

fn source(
    mode: Mode,
    layout: &Layout,
    data: Vec<Vec<u8>>,
    weights: Weights,
    dir: &Path,
) -> Result<Box<dyn Source>, String> {
    Ok(match mode {
        Mode::Honest => Box::new(Memory(data)),
        Mode::Disk(reads) => Box::new(Disk::write(dir, &data, reads).map_err(|e| {
            format!(
                "cannot write the disk prover's file in {}: {e}",
                dir.display()
            )
        })?),
        Mode::Recompute => {
            let cache: Vec<_> = layout
                .tensors
                .iter()
                .map(|t| toy::cache_tensor(&t.name))
                .collect();
            let held = data
                .into_iter()
                .zip(&cache)
                .map(|(d, c)| c.is_none().then_some(d))
                .collect();
            Box::new(Recompute {
                weights,
                held,
                cache,
            })
        }
        Mode::Missing(f) => Box::new(Missing {
            held: Memory(data),
            missing: missing_chunks(layout.chunks(), f),
        }),
    })
}

/// How many of `n` chunks a `missing:F` prover lacks: `round(F * n)`, at least one.
pub fn missing_count(n: u64, f: f64) -> u64 {
    ((f * n as f64).round() as u64).clamp(1, n)
}

/// [`missing_count`] distinct chunks, picked by a fixed seed (the prover's choice; the
/// challenger does not know it).
fn missing_chunks(n: u64, f: f64) -> HashSet<u64> {
    let want = missing_count(n, f);
    let mut state = 0x5eed_u64;
    let mut out = HashSet::new();
    while (out.len() as u64) < want {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.insert((state >> 33) % n);
    }
    out
}
