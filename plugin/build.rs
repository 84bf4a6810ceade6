//! Builds the plugin's C++ shim (src/shim.cpp) and provides the `MLIR-C` library that
//! mlir-sys asks for when it links MLIR as a shared library.
//!
//! Debian's LLVM 22 ships MLIR as one shared `libMLIR.so` (the C++ API, which mlir-opt links)
//! and the C API only as static `libMLIRCAPI*.a` archives; there is no `libMLIR-C.so`. With
//! `MLIR_SYS_LINK_SHARED=1`, mlir-sys emits `-lMLIR -lMLIR-C`: here `libMLIR-C.a` is a
//! linker script (a GROUP of the C API archives), so the C API wrappers that the plugin uses
//! are linked in and their C++ calls resolve to the libMLIR.so that mlir-opt has loaded
//! (one MLIR in the process: one pass registry, one set of LLVM command-line options).

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=src/shim.cpp");
    println!("cargo:rerun-if-env-changed=MLIR_SYS_LINK_SHARED");
    println!("cargo:rerun-if-env-changed=MLIR_SYS_220_PREFIX");
    if std::env::var("MLIR_SYS_LINK_SHARED").as_deref() != Ok("1") {
        eprintln!(
            "veritor-plugin must link the shared libMLIR.so (MLIR_SYS_LINK_SHARED=1): build it \
             with `make plugin` or `cargo build` inside plugin/"
        );
        std::process::exit(1);
    }
    let prefix = std::env::var("MLIR_SYS_220_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-22".into());
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    if let Err(e) = write_capi_script(&Path::new(&prefix).join("lib"), &out) {
        eprintln!("veritor-plugin: {e}");
        std::process::exit(1);
    }
    println!("cargo:rustc-link-search=native={}", out.display());
    // Found without LD_LIBRARY_PATH when loaded outside mlir-opt (inside it, already loaded).
    println!("cargo:rustc-link-arg=-Wl,-rpath,{prefix}/lib");
    cc::Build::new()
        .cpp(true)
        .std("c++17")
        .flag("-fno-rtti")
        .flag("-fno-exceptions")
        .warnings(false)
        .include(format!("{prefix}/include"))
        .file("src/shim.cpp")
        .compile("veritor_plugin_shim");
}

/// Writes `out/libMLIR-C.a`: a linker script grouping every `libMLIRCAPI*.a` in `libdir`.
fn write_capi_script(libdir: &Path, out: &Path) -> Result<(), String> {
    let entries =
        fs::read_dir(libdir).map_err(|e| format!("cannot read {}: {e}", libdir.display()))?;
    let mut archives: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("libMLIRCAPI") && name.ends_with(".a")
        })
        .map(|path| path.display().to_string())
        .collect();
    if archives.is_empty() {
        return Err(format!(
            "no libMLIRCAPI*.a in {} (install libmlir-22-dev)",
            libdir.display()
        ));
    }
    archives.sort();
    let script = format!("GROUP ( {} )\n", archives.join(" "));
    let path = out.join("libMLIR-C.a");
    fs::write(&path, script).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
