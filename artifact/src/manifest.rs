//! The manifest: what a directory of IREE modules was built from, pinned by BLAKE3.
//!
//! A run's artifact directory holds one `.vmfb` per target and `manifest.json`:
//!
//! ```json
//! {
//!   "format": "veritor-manifest/1",
//!   "veritor_version": "0.1.0",
//!   "input": { "path": "model.mlir", "blake3": "<64 hex digits>" },
//!   "transformed": { "blake3": "<the IR after Veritor's passes>" },
//!   "pipeline": ["inline", "insert-hooks{seed=7}"],
//!   "iree": { "version": "3.13.0", "compile_flags": { "cpu": ["--iree-hal-target-device=local"] } },
//!   "modules": [
//!     { "target": "cpu", "file": "module-cpu.vmfb", "blake3": "<64 hex digits>", "size": 12345 }
//!   ],
//!   "entry_points": [
//!     { "name": "main", "arguments": ["tensor<1x8xi32>"], "results": ["tensor<1x8xf32>"] }
//!   ],
//!   "hook_schema": null
//! }
//! ```
//!
//! (The real file is pretty-printed by serde_json, two-space indented, one field per
//! line, in exactly this field order, with a trailing newline; `compile_flags` is
//! sorted by target.)
//!
//! Rules that [`Manifest::read`] and [`Manifest::write`] enforce beyond the JSON shape:
//! `format` is [`FORMAT`]; every `blake3` is 64 lowercase hex digits; a module's `file`
//! is a plain file name in the manifest's directory (no `/`, no `..`), listed once; a
//! module's `target` is not empty. Unknown fields are rejected: a new field means a new
//! format version.

use std::collections::BTreeMap;
use std::fmt;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::atomic::write_atomic;
use crate::{Error, IoError};

/// The value of the manifest's `format` field.
pub const FORMAT: &str = "veritor-manifest/1";

/// The manifest's file name inside an artifact directory.
pub const MANIFEST_FILE: &str = "manifest.json";

/// Everything a verifier needs to know about how an artifact directory was built.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// The Veritor version that wrote the manifest.
    pub veritor_version: String,
    /// The IR Veritor was given.
    pub input: Input,
    /// The IR after Veritor's passes, as handed to IREE.
    pub transformed: Transformed,
    /// The pass pipeline, one element per pass with its options (`insert-hooks{seed=7}`).
    pub pipeline: Vec<String>,
    /// The IREE compiler that built the modules.
    pub iree: Iree,
    /// One compiled module per target.
    pub modules: Vec<Module>,
    /// The functions a module exports, with their MLIR signatures.
    pub entry_points: Vec<EntryPoint>,
    /// The schema of the hook values the modules return (`null` until hooks exist).
    pub hook_schema: serde_json::Value,
}

/// The IR Veritor was given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    /// The path as the user gave it.
    pub path: String,
    /// BLAKE3 of the file's bytes, hex.
    pub blake3: String,
}

/// The IR after Veritor's passes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transformed {
    /// BLAKE3 of the IR text handed to IREE, hex.
    pub blake3: String,
}

/// The IREE compiler that built the modules.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Iree {
    /// `iree-compile --version`'s version, e.g. "3.13.0".
    pub version: String,
    /// The `iree-compile` flags used for each target (keyed like [`Module::target`]).
    pub compile_flags: BTreeMap<String, Vec<String>>,
}

/// One compiled module.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    /// The target, e.g. "cpu" or "cuda:sm_90".
    pub target: String,
    /// The file name in the manifest's directory, e.g. "module-cpu.vmfb".
    pub file: String,
    /// BLAKE3 of the file's bytes, hex.
    pub blake3: String,
    /// The file's size in bytes.
    pub size: u64,
}

/// A function a module exports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryPoint {
    /// The function's name, e.g. "main".
    pub name: String,
    /// The argument types as MLIR type text, e.g. "tensor<1x8xi32>".
    pub arguments: Vec<String>,
    /// The result types as MLIR type text.
    pub results: Vec<String>,
}

impl Manifest {
    /// A manifest for `input` and `transformed` with this Veritor's version and nothing
    /// else yet: no pipeline, no modules, no entry points, a `null` hook schema.
    pub fn new(input: Input, transformed: Transformed) -> Manifest {
        Manifest {
            format: FORMAT.to_string(),
            veritor_version: env!("CARGO_PKG_VERSION").to_string(),
            input,
            transformed,
            pipeline: Vec::new(),
            iree: Iree::default(),
            modules: Vec::new(),
            entry_points: Vec::new(),
            hook_schema: serde_json::Value::Null,
        }
    }

    /// The manifest as written to disk: pretty-printed JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        // Every key in the manifest is a string (struct fields, `BTreeMap<String, _>`,
        // `serde_json::Value` objects), the one thing that makes serde_json fail.
        let mut json =
            serde_json::to_string_pretty(self).expect("a manifest always serialises to JSON");
        json.push('\n');
        json
    }

    /// Writes `dir/manifest.json` atomically (temporary file, flush, rename) and returns
    /// its path. An invalid manifest is refused and nothing is written.
    pub fn write(&self, dir: &Path) -> Result<PathBuf, Error> {
        let path = dir.join(MANIFEST_FILE);
        self.validate().map_err(|message| Error::Invalid {
            path: path.clone(),
            message,
        })?;
        write_atomic(&path, self.to_json().as_bytes())?;
        Ok(path)
    }

    /// Reads and validates a manifest file.
    pub fn read(path: &Path) -> Result<Manifest, Error> {
        let bytes = fs::read(path).map_err(IoError::at("cannot read", path))?;
        let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|source| Error::Json {
            path: path.to_path_buf(),
            source,
        })?;
        // serde also accepts a JSON array for a struct, its fields by position; a
        // manifest must spell its records as objects, which reading it back as plain
        // JSON and comparing shows.
        let as_written: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|source| Error::Json {
                path: path.to_path_buf(),
                source,
            })?;
        let as_parsed =
            serde_json::to_value(&manifest).expect("a manifest always serialises to JSON");
        let checked = if as_written == as_parsed {
            manifest.validate()
        } else {
            Err("records must be JSON objects with named fields, not arrays".to_string())
        };
        checked.map_err(|message| Error::Invalid {
            path: path.to_path_buf(),
            message,
        })?;
        Ok(manifest)
    }

    /// Checks the rules the JSON shape alone does not; the message names the field.
    fn validate(&self) -> Result<(), String> {
        if self.format != FORMAT {
            return Err(format!(
                "`format` is {:?}, expected {FORMAT:?}",
                self.format
            ));
        }
        check_digest("input.blake3", &self.input.blake3)?;
        check_digest("transformed.blake3", &self.transformed.blake3)?;
        let mut files = BTreeMap::new();
        for (index, module) in self.modules.iter().enumerate() {
            if module.target.is_empty() {
                return Err(format!("`modules[{index}].target` is empty"));
            }
            if !is_plain_file_name(&module.file) {
                return Err(format!(
                    "`modules[{index}].file` {:?} is not a plain file name in the \
                     manifest's directory",
                    module.file
                ));
            }
            if let Some(first) = files.insert(module.file.as_str(), index) {
                return Err(format!(
                    "`modules[{index}].file` {:?} is already listed as `modules[{first}]`",
                    module.file
                ));
            }
            check_digest(&format!("modules[{index}].blake3"), &module.blake3)?;
        }
        Ok(())
    }
}

impl Module {
    /// Describes `dir/file`, reading it to compute its digest and size.
    pub fn from_file(
        dir: &Path,
        target: impl Into<String>,
        file: impl Into<String>,
    ) -> Result<Module, Error> {
        let file = file.into();
        let path = dir.join(&file);
        let (blake3, size) = digest_and_size(&path)
            .map_err(|source| Error::Io(IoError::new("cannot read", path, source)))?;
        Ok(Module {
            target: target.into(),
            file,
            blake3,
            size,
        })
    }
}

/// Whether `digest` looks like a BLAKE3 digest in hex (64 lowercase hex digits).
fn check_digest(field: &str, digest: &str) -> Result<(), String> {
    let ok = digest.len() == 64
        && digest
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{field}` {digest:?} is not a BLAKE3 digest (64 lowercase hex digits)"
        ))
    }
}

/// Whether `name` names a file directly inside a directory.
fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty() && name != "." && name != ".." && !name.contains(['/', '\\', '\0'])
}

/// BLAKE3 of `bytes`, as 64 lowercase hex digits.
pub fn digest_bytes(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// BLAKE3 of a file's bytes, as 64 lowercase hex digits. The file is streamed, not
/// read into memory.
pub fn digest_file(path: &Path) -> Result<String, Error> {
    let (digest, _) = digest_and_size(path).map_err(IoError::at("cannot read", path))?;
    Ok(digest)
}

/// BLAKE3 and size of a file, streamed.
fn digest_and_size(path: &Path) -> io::Result<(String, u64)> {
    let file = File::open(path)?;
    let mut hasher = blake3::Hasher::new();
    hasher.update_reader(file)?;
    Ok((hasher.finalize().to_hex().to_string(), hasher.count()))
}

/// The result of [`check`]: one entry per module, in the manifest's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The manifest that was checked.
    pub manifest: PathBuf,
    /// What was found for each module.
    pub modules: Vec<ModuleReport>,
}

/// What [`check`] found for one module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleReport {
    /// The module's target.
    pub target: String,
    /// The module's file name, as in the manifest.
    pub file: String,
    /// Where the file was looked for.
    pub path: PathBuf,
    /// The size the manifest records.
    pub expected_size: u64,
    /// The digest the manifest records.
    pub expected_blake3: String,
    /// What was found.
    pub status: ModuleStatus,
}

/// What was found for one module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModuleStatus {
    /// Digest and size match the manifest.
    Ok,
    /// The file does not exist.
    Missing,
    /// The file exists but could not be read.
    Unreadable {
        /// The OS error.
        message: String,
    },
    /// The file's digest or size differs from the manifest's.
    Changed {
        /// The size on disk.
        actual_size: u64,
        /// The digest on disk.
        actual_blake3: String,
    },
}

impl Report {
    /// Whether every module is present and unchanged.
    pub fn is_ok(&self) -> bool {
        self.modules
            .iter()
            .all(|module| module.status == ModuleStatus::Ok)
    }

    /// The modules that are missing, unreadable or changed.
    pub fn problems(&self) -> impl Iterator<Item = &ModuleReport> {
        self.modules
            .iter()
            .filter(|module| module.status != ModuleStatus::Ok)
    }
}

impl fmt::Display for Report {
    /// One line per module; a manifest without modules says so.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modules.is_empty() {
            return write!(f, "{}: no modules", self.manifest.display());
        }
        for (index, module) in self.modules.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{module}")?;
        }
        Ok(())
    }
}

impl fmt::Display for ModuleReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): ", self.path.display(), self.target)?;
        match &self.status {
            ModuleStatus::Ok => write!(
                f,
                "ok, {} bytes, blake3 {}",
                self.expected_size, self.expected_blake3
            ),
            ModuleStatus::Missing => write!(f, "missing"),
            ModuleStatus::Unreadable { message } => write!(f, "cannot read: {message}"),
            ModuleStatus::Changed {
                actual_size,
                actual_blake3,
            } => {
                write!(f, "changed:")?;
                if *actual_size != self.expected_size {
                    write!(
                        f,
                        " size is {actual_size} bytes, the manifest says {};",
                        self.expected_size
                    )?;
                }
                write!(
                    f,
                    " blake3 is {actual_blake3}, the manifest says {}",
                    self.expected_blake3
                )
            }
        }
    }
}

/// Reads `dir/manifest.json` and recomputes every module's digest and size.
///
/// A missing, unreadable or changed module is reported in the [`Report`], by name; an
/// `Err` means the manifest itself could not be read or is invalid.
pub fn check(dir: &Path) -> Result<Report, Error> {
    let manifest_path = dir.join(MANIFEST_FILE);
    let manifest = Manifest::read(&manifest_path)?;
    let modules = manifest
        .modules
        .iter()
        .map(|module| check_module(dir, module))
        .collect();
    Ok(Report {
        manifest: manifest_path,
        modules,
    })
}

/// Compares one module file with its manifest entry.
fn check_module(dir: &Path, module: &Module) -> ModuleReport {
    let path = dir.join(&module.file);
    let status = match digest_and_size(&path) {
        Ok((blake3, size)) if blake3 == module.blake3 && size == module.size => ModuleStatus::Ok,
        Ok((actual_blake3, actual_size)) => ModuleStatus::Changed {
            actual_size,
            actual_blake3,
        },
        Err(err) if err.kind() == io::ErrorKind::NotFound => ModuleStatus::Missing,
        Err(err) => ModuleStatus::Unreadable {
            message: err.to_string(),
        },
    };
    ModuleReport {
        target: module.target.clone(),
        file: module.file.clone(),
        path,
        expected_size: module.size,
        expected_blake3: module.blake3.clone(),
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use veritor_fsutil::Scratch;

    /// BLAKE3 of the empty input (from the BLAKE3 test vectors).
    const EMPTY_BLAKE3: &str = "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262";

    /// Writes two module files into `dir` and returns a manifest describing them.
    fn sample(dir: &Path) -> Manifest {
        fs::write(dir.join("module-cpu.vmfb"), b"cpu module bytes").unwrap();
        fs::write(dir.join("module-cuda.vmfb"), b"cuda module bytes!").unwrap();
        let mut manifest = Manifest::new(
            Input {
                path: "model.mlir".to_string(),
                blake3: digest_bytes(b"input IR"),
            },
            Transformed {
                blake3: digest_bytes(b"transformed IR"),
            },
        );
        manifest.pipeline = vec!["inline".to_string(), "insert-hooks{seed=7}".to_string()];
        manifest.iree.version = "3.13.0".to_string();
        manifest.iree.compile_flags.insert(
            "cuda:sm_90".to_string(),
            vec!["--iree-hal-target-device=cuda".to_string()],
        );
        manifest.iree.compile_flags.insert(
            "cpu".to_string(),
            vec!["--iree-hal-target-device=local".to_string()],
        );
        manifest.modules = vec![
            Module::from_file(dir, "cpu", "module-cpu.vmfb").unwrap(),
            Module::from_file(dir, "cuda:sm_90", "module-cuda.vmfb").unwrap(),
        ];
        manifest.entry_points = vec![EntryPoint {
            name: "main".to_string(),
            arguments: vec!["tensor<1x8xi32>".to_string()],
            results: vec!["tensor<1x8xf32>".to_string(), "tensor<i32>".to_string()],
        }];
        manifest
    }

    /// The sample's JSON with `edit` applied to its parsed form, written as the manifest.
    fn write_edited(dir: &Path, edit: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
        let mut value: serde_json::Value = serde_json::from_str(&sample(dir).to_json()).unwrap();
        edit(&mut value);
        let path = dir.join(MANIFEST_FILE);
        fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
        path
    }

    /// Reads a manifest that must be rejected and returns the error's line.
    fn read_error(path: &Path) -> String {
        let message = Manifest::read(path).unwrap_err().to_string();
        assert!(
            message.contains(&path.display().to_string()),
            "error does not name the file: {message}"
        );
        assert!(!message.contains('\n'), "error is not one line: {message}");
        message
    }

    #[test]
    fn to_json_success_stable_field_order() {
        let scratch = Scratch::new("json-order");
        let mut manifest = sample(scratch.dir());
        manifest.veritor_version = "0.1.0".to_string();
        let json = manifest.to_json();
        let expected = format!(
            r#"{{
  "format": "veritor-manifest/1",
  "veritor_version": "0.1.0",
  "input": {{
    "path": "model.mlir",
    "blake3": "{input}"
  }},
  "transformed": {{
    "blake3": "{transformed}"
  }},
  "pipeline": [
    "inline",
    "insert-hooks{{seed=7}}"
  ],
  "iree": {{
    "version": "3.13.0",
    "compile_flags": {{
      "cpu": [
        "--iree-hal-target-device=local"
      ],
      "cuda:sm_90": [
        "--iree-hal-target-device=cuda"
      ]
    }}
  }},
  "modules": [
    {{
      "target": "cpu",
      "file": "module-cpu.vmfb",
      "blake3": "{cpu}",
      "size": 16
    }},
    {{
      "target": "cuda:sm_90",
      "file": "module-cuda.vmfb",
      "blake3": "{cuda}",
      "size": 18
    }}
  ],
  "entry_points": [
    {{
      "name": "main",
      "arguments": [
        "tensor<1x8xi32>"
      ],
      "results": [
        "tensor<1x8xf32>",
        "tensor<i32>"
      ]
    }}
  ],
  "hook_schema": null
}}
"#,
            input = digest_bytes(b"input IR"),
            transformed = digest_bytes(b"transformed IR"),
            cpu = digest_bytes(b"cpu module bytes"),
            cuda = digest_bytes(b"cuda module bytes!"),
        );
        assert_eq!(json, expected);
    }

    #[test]
    fn round_trip_success_write_then_read() {
        let scratch = Scratch::new("round-trip");
        let mut manifest = sample(scratch.dir());
        manifest.hook_schema = serde_json::json!({"hooks": [{"name": "h0", "shape": [4]}]});
        let path = manifest.write(scratch.dir()).unwrap();
        assert_eq!(path, scratch.path(MANIFEST_FILE));
        assert_eq!(Manifest::read(&path).unwrap(), manifest);
        assert_eq!(fs::read_to_string(&path).unwrap(), manifest.to_json());
    }

    #[test]
    fn write_success_atomic_replaces_and_leaves_no_temporary() {
        let scratch = Scratch::new("write-atomic");
        let manifest = sample(scratch.dir());
        fs::write(scratch.path(MANIFEST_FILE), "stale").unwrap();
        manifest.write(scratch.dir()).unwrap();
        assert_eq!(
            Manifest::read(&scratch.path(MANIFEST_FILE)).unwrap(),
            manifest
        );
        assert_eq!(
            scratch.names(),
            vec!["manifest.json", "module-cpu.vmfb", "module-cuda.vmfb"]
        );
    }

    #[test]
    fn write_failure_invalid_manifest_writes_nothing() {
        let scratch = Scratch::new("write-invalid");
        let mut manifest = sample(scratch.dir());
        manifest.modules[0].file = "../escape.vmfb".to_string();
        let message = manifest.write(scratch.dir()).unwrap_err().to_string();
        assert!(message.contains("modules[0].file"), "{message}");
        assert!(!scratch.path(MANIFEST_FILE).exists());
    }

    #[test]
    fn write_failure_missing_directory_names_file() {
        let scratch = Scratch::new("write-no-dir");
        let manifest = sample(scratch.dir());
        let message = manifest
            .write(&scratch.path("absent"))
            .unwrap_err()
            .to_string();
        assert!(message.contains("absent/manifest.json"), "{message}");
    }

    #[test]
    fn read_failure_missing_file() {
        let scratch = Scratch::new("read-missing");
        let message = read_error(&scratch.path(MANIFEST_FILE));
        assert!(message.starts_with("cannot read "), "{message}");
    }

    #[test]
    fn read_failure_malformed_json() {
        let scratch = Scratch::new("read-malformed");
        let path = scratch.path(MANIFEST_FILE);
        fs::write(&path, "{\"format\": \"veritor-manifest/1\",").unwrap();
        let message = read_error(&path);
        assert!(message.starts_with("invalid manifest "), "{message}");
        assert!(message.contains("EOF"), "{message}");
    }

    #[test]
    fn read_failure_not_utf8() {
        let scratch = Scratch::new("read-not-utf8");
        let path = scratch.path(MANIFEST_FILE);
        fs::write(&path, b"{\"format\": \"\xff\"}").unwrap();
        let message = read_error(&path);
        assert!(message.contains("invalid unicode"), "{message}");
    }

    #[test]
    fn read_failure_not_an_object() {
        let scratch = Scratch::new("read-array");
        let path = scratch.path(MANIFEST_FILE);
        fs::write(&path, "[1, 2]").unwrap();
        let message = read_error(&path);
        assert!(message.contains("invalid type: integer `1`"), "{message}");
    }

    #[test]
    fn read_failure_record_as_array() {
        let scratch = Scratch::new("read-record-array");
        let path = write_edited(scratch.dir(), |value| {
            value["input"] = serde_json::json!(["model.mlir", digest_bytes(b"input IR")]);
        });
        let message = read_error(&path);
        assert!(
            message.contains("records must be JSON objects"),
            "{message}"
        );
    }

    #[test]
    fn read_failure_duplicate_field() {
        let scratch = Scratch::new("read-duplicate");
        let path = scratch.path(MANIFEST_FILE);
        let json = sample(scratch.dir()).to_json();
        let json = json.replacen("\"pipeline\": [", "\"pipeline\": [], \"pipeline\": [", 1);
        fs::write(&path, json).unwrap();
        let message = read_error(&path);
        assert!(message.contains("duplicate field `pipeline`"), "{message}");
    }

    #[test]
    fn read_failure_missing_field() {
        let scratch = Scratch::new("read-missing-field");
        let path = write_edited(scratch.dir(), |value| {
            value.as_object_mut().unwrap().remove("modules");
        });
        let message = read_error(&path);
        assert!(message.contains("missing field `modules`"), "{message}");
    }

    #[test]
    fn read_failure_missing_nested_field() {
        let scratch = Scratch::new("read-missing-nested");
        let path = write_edited(scratch.dir(), |value| {
            value["modules"][1].as_object_mut().unwrap().remove("size");
        });
        let message = read_error(&path);
        assert!(message.contains("missing field `size`"), "{message}");
    }

    #[test]
    fn read_failure_missing_hook_schema() {
        let scratch = Scratch::new("read-missing-hooks");
        let path = write_edited(scratch.dir(), |value| {
            value.as_object_mut().unwrap().remove("hook_schema");
        });
        let message = read_error(&path);
        assert!(message.contains("missing field `hook_schema`"), "{message}");
    }

    #[test]
    fn read_failure_wrong_type_size_string() {
        let scratch = Scratch::new("read-wrong-type");
        let path = write_edited(scratch.dir(), |value| {
            value["modules"][0]["size"] = serde_json::json!("16");
        });
        let message = read_error(&path);
        assert!(
            message.contains("invalid type: string \"16\", expected u64"),
            "{message}"
        );
    }

    #[test]
    fn read_failure_wrong_type_negative_size() {
        let scratch = Scratch::new("read-negative");
        let path = write_edited(scratch.dir(), |value| {
            value["modules"][0]["size"] = serde_json::json!(-1);
        });
        let message = read_error(&path);
        assert!(message.contains("invalid value: integer `-1`"), "{message}");
    }

    #[test]
    fn read_failure_wrong_type_pipeline_not_list() {
        let scratch = Scratch::new("read-pipeline");
        let path = write_edited(scratch.dir(), |value| {
            value["pipeline"] = serde_json::json!("inline");
        });
        let message = read_error(&path);
        assert!(
            message.contains("invalid type: string \"inline\""),
            "{message}"
        );
    }

    #[test]
    fn read_failure_unknown_field() {
        let scratch = Scratch::new("read-unknown");
        let path = write_edited(scratch.dir(), |value| {
            value["modlues"] = serde_json::json!([]);
        });
        let message = read_error(&path);
        assert!(message.contains("unknown field `modlues`"), "{message}");
    }

    #[test]
    fn read_failure_unsupported_format() {
        let scratch = Scratch::new("read-format");
        let path = write_edited(scratch.dir(), |value| {
            value["format"] = serde_json::json!("veritor-manifest/2");
        });
        let message = read_error(&path);
        assert!(
            message.contains("`format` is \"veritor-manifest/2\""),
            "{message}"
        );
    }

    #[test]
    fn read_failure_bad_digest() {
        let scratch = Scratch::new("read-digest");
        let path = write_edited(scratch.dir(), |value| {
            value["modules"][1]["blake3"] = serde_json::json!("ABCDEF");
        });
        let message = read_error(&path);
        assert!(
            message.contains("`modules[1].blake3` \"ABCDEF\" is not a BLAKE3 digest"),
            "{message}"
        );
    }

    #[test]
    fn read_failure_file_outside_directory() {
        let scratch = Scratch::new("read-escape");
        let path = write_edited(scratch.dir(), |value| {
            value["modules"][0]["file"] = serde_json::json!("../../etc/passwd");
        });
        let message = read_error(&path);
        assert!(
            message.contains("`modules[0].file` \"../../etc/passwd\""),
            "{message}"
        );
    }

    #[test]
    fn read_failure_file_listed_twice() {
        let scratch = Scratch::new("read-twice");
        let path = write_edited(scratch.dir(), |value| {
            value["modules"][1]["file"] = serde_json::json!("module-cpu.vmfb");
        });
        let message = read_error(&path);
        assert!(
            message.contains("already listed as `modules[0]`"),
            "{message}"
        );
    }

    #[test]
    fn read_failure_empty_target() {
        let scratch = Scratch::new("read-target");
        let path = write_edited(scratch.dir(), |value| {
            value["modules"][0]["target"] = serde_json::json!("");
        });
        let message = read_error(&path);
        assert!(
            message.contains("`modules[0].target` is empty"),
            "{message}"
        );
    }

    #[test]
    fn digest_success_known_vectors_and_streaming() {
        let scratch = Scratch::new("digest");
        assert_eq!(digest_bytes(b""), EMPTY_BLAKE3);
        let empty = scratch.path("empty");
        fs::write(&empty, b"").unwrap();
        assert_eq!(digest_file(&empty).unwrap(), EMPTY_BLAKE3);
        // Larger than the streaming buffer, and not a multiple of it.
        let big: Vec<u8> = (0..200_003u32).map(|i| (i * 7 % 251) as u8).collect();
        let path = scratch.path("big");
        fs::write(&path, &big).unwrap();
        assert_eq!(digest_file(&path).unwrap(), digest_bytes(&big));
    }

    #[test]
    fn digest_failure_missing_file_names_it() {
        let scratch = Scratch::new("digest-missing");
        let path = scratch.path("nope.vmfb");
        let message = digest_file(&path).unwrap_err().to_string();
        assert!(message.starts_with("cannot read "), "{message}");
        assert!(message.contains("nope.vmfb"), "{message}");
    }

    #[test]
    fn check_success_all_modules_match() {
        let scratch = Scratch::new("check-ok");
        sample(scratch.dir()).write(scratch.dir()).unwrap();
        let report = check(scratch.dir()).unwrap();
        assert!(report.is_ok(), "{report}");
        assert_eq!(report.modules.len(), 2);
        assert_eq!(report.problems().count(), 0);
        let text = report.to_string();
        assert!(
            text.contains("module-cpu.vmfb (cpu): ok, 16 bytes"),
            "{text}"
        );
        assert!(
            text.contains("module-cuda.vmfb (cuda:sm_90): ok, 18 bytes"),
            "{text}"
        );
    }

    #[test]
    fn check_failure_changed_byte_reported_by_name() {
        let scratch = Scratch::new("check-changed");
        sample(scratch.dir()).write(scratch.dir()).unwrap();
        fs::write(scratch.path("module-cuda.vmfb"), b"cuda module bytes?").unwrap();
        let report = check(scratch.dir()).unwrap();
        assert!(!report.is_ok());
        let problems: Vec<_> = report.problems().collect();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].file, "module-cuda.vmfb");
        assert_eq!(
            problems[0].status,
            ModuleStatus::Changed {
                actual_size: 18,
                actual_blake3: digest_bytes(b"cuda module bytes?"),
            }
        );
        let line = problems[0].to_string();
        assert!(
            line.contains("module-cuda.vmfb (cuda:sm_90): changed: blake3 is "),
            "{line}"
        );
        assert!(
            !line.contains("size"),
            "same size must not be reported: {line}"
        );
    }

    #[test]
    fn check_failure_changed_size_reported() {
        let scratch = Scratch::new("check-size");
        sample(scratch.dir()).write(scratch.dir()).unwrap();
        fs::write(scratch.path("module-cpu.vmfb"), b"cpu module bytes+").unwrap();
        let report = check(scratch.dir()).unwrap();
        let line = report.problems().next().unwrap().to_string();
        assert!(
            line.contains(
                "module-cpu.vmfb (cpu): changed: size is 17 bytes, the manifest says 16;"
            ),
            "{line}"
        );
    }

    #[test]
    fn check_failure_missing_file_reported_by_name() {
        let scratch = Scratch::new("check-missing");
        sample(scratch.dir()).write(scratch.dir()).unwrap();
        fs::remove_file(scratch.path("module-cpu.vmfb")).unwrap();
        let report = check(scratch.dir()).unwrap();
        let problems: Vec<_> = report.problems().collect();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].file, "module-cpu.vmfb");
        assert_eq!(problems[0].status, ModuleStatus::Missing);
        assert!(
            report
                .to_string()
                .contains("module-cpu.vmfb (cpu): missing"),
            "{report}"
        );
    }

    #[test]
    fn check_failure_unreadable_module_reported() {
        let scratch = Scratch::new("check-unreadable");
        sample(scratch.dir()).write(scratch.dir()).unwrap();
        fs::remove_file(scratch.path("module-cpu.vmfb")).unwrap();
        fs::create_dir(scratch.path("module-cpu.vmfb")).unwrap();
        let report = check(scratch.dir()).unwrap();
        let problem = report.problems().next().unwrap();
        assert!(
            matches!(problem.status, ModuleStatus::Unreadable { .. }),
            "{problem}"
        );
    }

    #[test]
    fn check_failure_no_manifest() {
        let scratch = Scratch::new("check-no-manifest");
        let message = check(scratch.dir()).unwrap_err().to_string();
        assert!(message.contains("manifest.json"), "{message}");
    }

    #[test]
    fn check_success_no_modules() {
        let scratch = Scratch::new("check-empty");
        let mut manifest = sample(scratch.dir());
        manifest.modules.clear();
        manifest.write(scratch.dir()).unwrap();
        let report = check(scratch.dir()).unwrap();
        assert!(report.is_ok());
        assert!(report.to_string().ends_with("manifest.json: no modules"));
    }
}
