//! The device registry: descriptors (`veritor-device/1`) kept in the store directory, one
//! file `devices/<name>.json` each, written atomically; an existing descriptor is replaced
//! only when asked. And the probe that measures this machine's descriptor.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Instant;

use veritor_protocol::device::{Device, DEVICE_FORMAT};

/// Largest descriptor read.
const MAX_DESCRIPTOR_BYTES: u64 = 64 << 10;

/// The registry of one store.
pub struct Registry {
    dir: PathBuf,
}

/// Reads a descriptor file strictly; the error names the file.
pub fn read_descriptor(path: &Path) -> Result<Device, String> {
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_DESCRIPTOR_BYTES + 1).read_to_string(&mut text))
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if text.len() as u64 > MAX_DESCRIPTOR_BYTES {
        return Err(format!(
            "{}: a descriptor is at most {MAX_DESCRIPTOR_BYTES} bytes",
            path.display()
        ));
    }
    Device::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))
}

impl Registry {
    /// The registry of the store at `store` (opened, or created as a store, first: the
    /// registry lives inside a store, never in a directory that is not one), for adding.
    pub fn open(store: &Path) -> Result<Registry, String> {
        veritor_store::Store::open(store).map_err(|e| e.to_string())?;
        Ok(Registry {
            dir: store.join("devices"),
        })
    }

    /// The registry of an existing store, for reading: looking a device up never creates a
    /// store.
    pub fn existing(store: &Path) -> Result<Registry, String> {
        if !store.join("index.sqlite").is_file() {
            return Err(format!(
                "no store at {} (register a device first: veritor device add)",
                store.display()
            ));
        }
        Registry::open(store)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.json"))
    }

    /// Adds a descriptor; one of the same name is replaced only with `replace`.
    pub fn add(&self, device: &Device, replace: bool) -> Result<PathBuf, String> {
        device
            .validate()
            .map_err(|e| format!("bad device descriptor: {e}"))?;
        let path = self.path(&device.name);
        if path.exists() && !replace {
            return Err(format!(
                "device {:?} is already registered ({}); pass --replace to overwrite it",
                device.name,
                path.display()
            ));
        }
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| format!("cannot create {}: {e}", self.dir.display()))?;
        let text = serde_json::to_string_pretty(device).expect("serialisable") + "\n";
        veritor_fsutil::write_atomic(&path, ".tmp-", |f| f.write_all(text.as_bytes()))
            .map_err(|e| format!("cannot write {}: {}", path.display(), e.source))?;
        Ok(path)
    }

    /// The descriptor registered as `name`.
    pub fn get(&self, name: &str) -> Result<Device, String> {
        let path = self.path(name);
        if !path.is_file() {
            let known: Vec<String> = self.list()?.into_iter().map(|d| d.name).collect();
            return Err(format!(
                "no device {name:?} in the registry (registered: {})",
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            ));
        }
        read_descriptor(&path)
    }

    /// Every registered descriptor, by name; a file that does not read is an error naming it.
    pub fn list(&self) -> Result<Vec<Device>, String> {
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(format!("cannot list {}: {e}", self.dir.display())),
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|x| x == "json")
                    && !p
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .starts_with('.')
            })
            .collect();
        paths.sort();
        paths.iter().map(|p| read_descriptor(p)).collect()
    }
}

/// A descriptor given as a file path (when it is one) or a registered name.
pub fn resolve(store: &Path, name_or_file: &str) -> Result<Device, String> {
    let path = Path::new(name_or_file);
    if path.is_file() {
        return read_descriptor(path);
    }
    Registry::existing(store)?.get(name_or_file)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Memory bandwidth (bytes/s): the median of `reps` timed copies of `bytes` bytes.
pub fn copy_bandwidth(bytes: usize, reps: usize) -> f64 {
    let src: Vec<u8> = (0..bytes).map(|i| i as u8).collect();
    let mut dst = vec![0u8; bytes];
    let times = (0..reps.max(1))
        .map(|_| {
            let t = Instant::now();
            dst.copy_from_slice(std::hint::black_box(&src));
            std::hint::black_box(&dst);
            t.elapsed().as_secs_f64()
        })
        .collect();
    bytes as f64 / median(times)
}

/// Loopback TCP bandwidth (bytes/s): `bytes` sent to a listener on 127.0.0.1, median of
/// `reps`.
pub fn loopback_bandwidth(bytes: usize, reps: usize) -> Result<f64, String> {
    let fail = |e: std::io::Error| format!("cannot measure loopback bandwidth: {e}");
    let listener = TcpListener::bind("127.0.0.1:0").map_err(fail)?;
    let address = listener.local_addr().map_err(fail)?;
    let sink = std::thread::spawn(move || -> std::io::Result<()> {
        let mut buf = vec![0u8; 1 << 20];
        for _ in 0..reps.max(1) {
            let (mut s, _) = listener.accept()?;
            let mut left = bytes;
            while left > 0 {
                let n = s.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                left -= n.min(left);
            }
            s.write_all(b"k")?;
        }
        Ok(())
    });
    let data = vec![7u8; bytes];
    let mut times = Vec::new();
    for _ in 0..reps.max(1) {
        let mut s = TcpStream::connect(address).map_err(fail)?;
        let t = Instant::now();
        s.write_all(&data).map_err(fail)?;
        let mut ack = [0u8; 1];
        s.read_exact(&mut ack).map_err(fail)?;
        times.push(t.elapsed().as_secs_f64());
    }
    sink.join()
        .map_err(|_| "the loopback sink panicked".to_string())?
        .map_err(fail)?;
    Ok(bytes as f64 / median(times))
}

fn memory_total() -> Result<u64, String> {
    let text = std::fs::read_to_string("/proc/meminfo")
        .map_err(|e| format!("cannot read /proc/meminfo: {e}"))?;
    text.lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map(|kb| kb * 1024)
        .ok_or_else(|| "no MemTotal in /proc/meminfo".to_string())
}

/// This machine's CPU descriptor, measured: memory bandwidth by timed copies of
/// `copy_bytes`, link bandwidth by loopback TCP (the verifier on this machine).
pub fn probe(name: &str, copy_bytes: usize) -> Result<Device, String> {
    let memory_bandwidth = copy_bandwidth(copy_bytes, 5);
    let link_bytes = copy_bytes.min(64 << 20);
    let link_bandwidth = loopback_bandwidth(link_bytes, 5)?;
    let device = Device {
        format: DEVICE_FORMAT.into(),
        name: name.into(),
        kind: "cpu".into(),
        arch: std::env::consts::ARCH.into(),
        memory_bytes: memory_total()?,
        memory_bandwidth,
        link_bandwidth,
        iree_target: "cpu".into(),
        source: format!(
            "measured by veritor-spot device probe: memory bandwidth = median of 5 copies of {copy_bytes} bytes; \
             link bandwidth = median of 5 loopback TCP transfers of {link_bytes} bytes (verifier on this machine)"
        ),
    };
    device.validate()?;
    Ok(device)
}
