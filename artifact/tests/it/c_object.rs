//! The embedded module and manifest, read back by C: `tests/c/check_object.c`
//! recomputes BLAKE3 of `<prefix>_vmfb` and compares it with the digest in
//! `<prefix>_manifest`.
//!
//! BLAKE3's C implementation is the one inside the `blake3` crate's package in
//! Cargo's registry (found with `cargo metadata`, or `VERITOR_BLAKE3_C_DIR`),
//! built portable-only; it is not copied into the repository.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use veritor_artifact::{
    digest_bytes, write_object, Input, Manifest, Module, Transformed, DEFAULT_SYMBOL_PREFIX,
};
use veritor_fsutil::Scratch;

/// BLAKE3's portable C sources, and the defines that keep the SIMD ones out.
const BLAKE3_SOURCES: [&str; 3] = ["blake3.c", "blake3_dispatch.c", "blake3_portable.c"];
const BLAKE3_DEFINES: [&str; 4] = [
    "-DBLAKE3_NO_SSE2",
    "-DBLAKE3_NO_SSE41",
    "-DBLAKE3_NO_AVX2",
    "-DBLAKE3_NO_AVX512",
];

/// A scratch directory under Cargo's per-target temporary directory, removed on drop.
fn scratch(name: &str) -> Scratch {
    Scratch::new_in(Path::new(env!("CARGO_TARGET_TMPDIR")), name)
}

/// Runs a command and returns its output, failing the test if it cannot start.
fn run(command: &mut Command) -> Output {
    command
        .output()
        .unwrap_or_else(|err| panic!("cannot run {command:?}: {err}"))
}

/// Runs `cc` with `args`; fails the test with the compiler's output if it fails.
fn cc(args: &[&str]) {
    let output = Command::new("cc")
        .args(args)
        .output()
        .unwrap_or_else(|err| {
            panic!(
                "cannot run `cc` ({err}): the C object test needs a C compiler on PATH \
             (apt-get install gcc)"
            )
        });
    assert!(
        output.status.success(),
        "cc {} failed:\n{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The `c/` directory of the `blake3` crate's package: `VERITOR_BLAKE3_C_DIR`, else
/// the package `cargo metadata` lists, else any `blake3-*/c` in Cargo's registry
/// sources (any version will do: BLAKE3 is one fixed function).
fn blake3_c_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("VERITOR_BLAKE3_C_DIR") {
        let dir = PathBuf::from(dir);
        assert!(
            dir.join("blake3.c").is_file(),
            "VERITOR_BLAKE3_C_DIR={} holds no blake3.c",
            dir.display()
        );
        return dir;
    }
    let from_metadata = blake3_c_dir_from_metadata();
    let found = match &from_metadata {
        Ok(dir) => Some(dir.clone()),
        Err(_) => blake3_c_dir_in_registry(),
    };
    found.unwrap_or_else(|| {
        panic!(
            "cannot find BLAKE3's C sources (blake3-*/c/blake3.c), which the C object test \
             needs; set VERITOR_BLAKE3_C_DIR to the blake3 crate's c/ directory. \
             cargo metadata: {}",
            from_metadata.unwrap_err()
        )
    })
}

/// Asks `cargo metadata` (offline) where the `blake3` package is.
fn blake3_c_dir_from_metadata() -> Result<PathBuf, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    // Without a platform filter cargo wants every platform's packages (Windows ones
    // too), which are not downloaded; objects are x86-64 Linux only anyway.
    let output = Command::new(&cargo)
        .args(["metadata", "--format-version", "1", "--offline"])
        .args([
            "--filter-platform",
            "x86_64-unknown-linux-gnu",
            "--manifest-path",
        ])
        .arg(&manifest)
        .output()
        .map_err(|err| format!("cannot run {}: {err}", Path::new(&cargo).display()))?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).map_err(|err| err.to_string())?;
    metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|package| package["name"] == "blake3")
        .filter_map(|package| package["manifest_path"].as_str())
        .map(|path| Path::new(path).parent().unwrap().join("c"))
        .find(|dir| dir.join("blake3.c").is_file())
        .ok_or_else(|| "no blake3 package with c/blake3.c".to_string())
}

/// Looks for `blake3-*/c/blake3.c` under `$CARGO_HOME/registry/src/*/`.
fn blake3_c_dir_in_registry() -> Option<PathBuf> {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))?;
    let mut found: Vec<PathBuf> = fs::read_dir(cargo_home.join("registry/src"))
        .ok()?
        .flatten()
        .flat_map(|index| fs::read_dir(index.path()).into_iter().flatten().flatten())
        .filter(|package| package.file_name().to_string_lossy().starts_with("blake3-"))
        .map(|package| package.path().join("c"))
        .filter(|dir| dir.join("blake3.c").is_file())
        .collect();
    found.sort();
    found.pop()
}

/// Object files for BLAKE3's C sources (and the directory of its header).
///
/// They are compiled once into `CARGO_TARGET_TMPDIR/veritor-artifact-blake3-c/<package>`
/// and kept for later runs; a run builds them in a directory of its own and renames
/// it into place, so concurrent runs never see half of them.
fn blake3_objects() -> &'static (PathBuf, Vec<PathBuf>) {
    static OBJECTS: OnceLock<(PathBuf, Vec<PathBuf>)> = OnceLock::new();
    OBJECTS.get_or_init(|| {
        let c_dir = blake3_c_dir();
        let package = c_dir.parent().and_then(Path::file_name).unwrap();
        let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("veritor-artifact-blake3-c");
        let dir = cache.join(package);
        let objects = |dir: &Path| -> Vec<PathBuf> {
            BLAKE3_SOURCES
                .iter()
                .map(|source| dir.join(source.replace(".c", ".o")))
                .collect()
        };
        if !objects(&dir).iter().all(|object| object.is_file()) {
            let building = cache.join(format!(".building-{}", std::process::id()));
            let _ = fs::remove_dir_all(&building);
            fs::create_dir_all(&building).expect("create the BLAKE3 build directory");
            for (source, object) in BLAKE3_SOURCES.iter().zip(objects(&building)) {
                let source = c_dir.join(source);
                let mut args = vec!["-std=c11", "-O2", "-c"];
                args.extend(BLAKE3_DEFINES);
                args.extend(["-o", object.to_str().unwrap(), source.to_str().unwrap()]);
                cc(&args);
            }
            // Another run may have won the race; its objects are as good as ours.
            if fs::rename(&building, &dir).is_err() {
                let _ = fs::remove_dir_all(&building);
            }
        }
        (c_dir, objects(&dir))
    })
}

/// Links `check_object.c` for `prefix` with `embed` and runs it.
fn check_with_c(dir: &Scratch, embed: &Path, prefix: &str) -> Output {
    let (c_dir, objects) = blake3_objects();
    let program = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/c/check_object.c");
    let exe = dir.path("check_object");
    let include = format!("-I{}", c_dir.display());
    let define = format!("-DVERITOR_PREFIX={prefix}");
    let mut args = vec![
        "-std=c11",
        "-Wall",
        "-Wextra",
        "-Werror",
        include.as_str(),
        define.as_str(),
        "-o",
        exe.to_str().unwrap(),
        program.to_str().unwrap(),
        embed.to_str().unwrap(),
    ];
    args.extend(objects.iter().map(|object| object.to_str().unwrap()));
    cc(&args);
    run(&mut Command::new(&exe))
}

/// A fake module: bytes that span several BLAKE3 chunks (1 KiB each), so the
/// C side hashes a tree, not one block.
fn fake_vmfb() -> Vec<u8> {
    (0..10_007u32)
        .map(|i| (i.wrapping_mul(31) % 251) as u8)
        .collect()
}

/// A manifest whose first module is `vmfb`. A second module and a compile-flags
/// target named "modules" check that the C scanner reads the right digest.
fn manifest_for(dir: &Path, vmfb: &[u8]) -> Manifest {
    fs::write(dir.join("module-cpu.vmfb"), vmfb).unwrap();
    fs::write(dir.join("module-cuda.vmfb"), b"another module").unwrap();
    let mut manifest = Manifest::new(
        Input {
            path: "model.mlir".to_string(),
            blake3: digest_bytes(b"input"),
        },
        Transformed {
            blake3: digest_bytes(b"transformed"),
        },
    );
    manifest
        .iree
        .compile_flags
        .insert("modules".to_string(), vec!["--not-a-module".to_string()]);
    manifest.modules = vec![
        Module::from_file(dir, "cpu", "module-cpu.vmfb").unwrap(),
        Module::from_file(dir, "cuda:sm_90", "module-cuda.vmfb").unwrap(),
    ];
    manifest
}

/// Embeds `module` and `manifest` in an object under `dir` with symbols `prefix`, and runs
/// the C check on it.
fn embed_and_check(dir: &Scratch, module: &[u8], manifest: &str, prefix: &str) -> Output {
    let embed = dir.path("embed.o");
    write_object(module, manifest.as_bytes(), prefix, &embed).unwrap();
    check_with_c(dir, &embed, prefix)
}

/// The C check accepted `module`: exit 0 and `ok <digest>`.
fn assert_accepted(output: &Output, module: &[u8]) {
    assert!(
        output.status.success(),
        "C check failed: {}",
        stderr(output)
    );
    assert_eq!(stdout(output), format!("ok {}\n", digest_bytes(module)));
}

/// The C check rejected the object (exit 1) with a message containing `expected`.
fn assert_rejected(output: &Output, expected: &str) {
    assert_eq!(output.status.code(), Some(1), "{}", stdout(output));
    let message = stderr(output);
    assert!(message.contains(expected), "{message}");
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn c_check_success_embedded_digest_matches() {
    let dir = scratch("success");
    let vmfb = fake_vmfb();
    let json = manifest_for(dir.dir(), &vmfb).to_json();
    let output = embed_and_check(&dir, &vmfb, &json, DEFAULT_SYMBOL_PREFIX);
    assert_accepted(&output, &vmfb);
}

#[test]
fn c_check_success_custom_prefix() {
    let dir = scratch("prefix");
    let vmfb = b"a small module".to_vec();
    let json = manifest_for(dir.dir(), &vmfb).to_json();
    let output = embed_and_check(&dir, &vmfb, &json, "model_a");
    assert_accepted(&output, &vmfb);
}

#[test]
fn c_check_failure_vmfb_byte_tampered() {
    let dir = scratch("tampered-vmfb");
    let vmfb = fake_vmfb();
    let json = manifest_for(dir.dir(), &vmfb).to_json();
    let mut tampered = vmfb.clone();
    tampered[5000] ^= 0x01;
    let output = embed_and_check(&dir, &tampered, &json, DEFAULT_SYMBOL_PREFIX);
    let expected = format!(
        "digest mismatch: the manifest says {}, the embedded module hashes to {}",
        digest_bytes(&vmfb),
        digest_bytes(&tampered)
    );
    assert_rejected(&output, &expected);
}

#[test]
fn c_check_failure_manifest_digest_tampered() {
    let dir = scratch("tampered-digest");
    let vmfb = fake_vmfb();
    let digest = digest_bytes(&vmfb);
    let mut bad = digest.clone().into_bytes();
    bad[10] = if bad[10] == b'0' { b'1' } else { b'0' };
    let bad = String::from_utf8(bad).unwrap();
    let json = manifest_for(dir.dir(), &vmfb)
        .to_json()
        .replace(&digest, &bad);
    assert_ne!(json, manifest_for(dir.dir(), &vmfb).to_json());
    let output = embed_and_check(&dir, &vmfb, &json, DEFAULT_SYMBOL_PREFIX);
    assert_rejected(&output, "digest mismatch");
}

#[test]
fn c_check_failure_size_differs() {
    let dir = scratch("size");
    let vmfb = fake_vmfb();
    let json = manifest_for(dir.dir(), &vmfb).to_json();
    let output = embed_and_check(&dir, &vmfb[1..], &json, DEFAULT_SYMBOL_PREFIX);
    assert_rejected(
        &output,
        "size mismatch: the manifest says 10007 bytes, the embedded module has 10006",
    );
}

/// The same check on a real module: StableHLO compiled by iree-compile for the CPU.
#[test]
fn c_check_success_real_iree_module() {
    let dir = scratch("real");
    let mlir = dir.path("add.mlir");
    fs::write(
        &mlir,
        "func.func @main(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {\n  \
         %0 = \"stablehlo.add\"(%a, %b) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>\n  \
         return %0 : tensor<4xf32>\n}\n",
    )
    .unwrap();
    let vmfb_path = dir.path("module-cpu.vmfb");
    veritor_iree::exec::compile_cpu(&mlir, &vmfb_path, &[])
        .expect("iree-compile (installed by make setup) compiles");
    let vmfb = fs::read(&vmfb_path).unwrap();
    let mut manifest = manifest_for(dir.dir(), &vmfb);
    manifest.modules.truncate(1);
    let output = embed_and_check(&dir, &vmfb, &manifest.to_json(), DEFAULT_SYMBOL_PREFIX);
    assert_accepted(&output, &vmfb);
}
