//! A linkable ELF object that embeds a module and its manifest.
//!
//! [`write_object`] emits, through LLVM (inkwell), an x86-64 Linux ELF relocatable
//! object with four read-only global symbols, for a prefix `P` (default
//! [`DEFAULT_SYMBOL_PREFIX`], `veritor`):
//!
//! | symbol | C declaration | content |
//! | --- | --- | --- |
//! | `P_vmfb` | `extern const unsigned char P_vmfb[];` | the module's bytes, 64-byte aligned |
//! | `P_vmfb_size` | `extern const uint64_t P_vmfb_size;` | their count |
//! | `P_manifest` | `extern const char P_manifest[];` | the manifest JSON, NUL-terminated |
//! | `P_manifest_size` | `extern const uint64_t P_manifest_size;` | its length without the NUL |
//!
//! A program linked with the object carries the exact module it runs and the manifest
//! that names it; `tests/c/check_object.c` shows a C program checking one against the
//! other. The object is written atomically: on failure nothing is left at the path.

use std::path::Path;

use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine,
};
use inkwell::values::BasicValue;
use inkwell::OptimizationLevel;

use crate::atomic::write_atomic;
use crate::Error;

/// The symbol prefix used unless the caller picks another.
pub const DEFAULT_SYMBOL_PREFIX: &str = "veritor";

/// The alignment of the embedded module, in bytes (what IREE's loaders like best).
pub const VMFB_ALIGNMENT: u32 = 64;

/// Writes an x86-64 Linux ELF object at `path` that defines `<prefix>_vmfb`,
/// `<prefix>_vmfb_size`, `<prefix>_manifest` and `<prefix>_manifest_size` (see the
/// module documentation).
///
/// `symbol_prefix` must be a C identifier; `manifest_json` must not contain a NUL byte
/// (serde_json never writes one). The object is built in memory and written
/// atomically, so a failure leaves no partial file.
pub fn write_object(
    vmfb: &[u8],
    manifest_json: &[u8],
    symbol_prefix: &str,
    path: &Path,
) -> Result<(), Error> {
    if !is_c_identifier(symbol_prefix) {
        return Err(Error::SymbolPrefix {
            path: path.to_path_buf(),
            prefix: symbol_prefix.to_string(),
        });
    }
    if let Some(offset) = manifest_json.iter().position(|&b| b == 0) {
        return Err(Error::ManifestNul {
            path: path.to_path_buf(),
            offset,
        });
    }
    let bytes = emit_object(vmfb, manifest_json, symbol_prefix, path)?;
    write_atomic(path, &bytes)
}

/// Whether `name` is a C identifier: `[A-Za-z_][A-Za-z0-9_]*`.
fn is_c_identifier(name: &str) -> bool {
    let mut bytes = name.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Builds the LLVM module and returns the object file's bytes.
fn emit_object(
    vmfb: &[u8],
    manifest_json: &[u8],
    prefix: &str,
    path: &Path,
) -> Result<Vec<u8>, Error> {
    let llvm_error = |stage, message: String| Error::Llvm {
        path: path.to_path_buf(),
        stage,
        message,
    };

    // Inkwell serialises target initialisation behind its own lock.
    Target::initialize_x86(&InitializationConfig::default());
    let triple = TargetMachine::get_default_triple();
    let triple_text = triple.as_str().to_string_lossy().into_owned();
    if !(triple_text.starts_with("x86_64-") && triple_text.contains("-linux")) {
        return Err(Error::UnsupportedHost {
            path: path.to_path_buf(),
            triple: triple_text,
        });
    }
    let target = Target::from_triple(&triple)
        .map_err(|message| llvm_error("find the x86-64 target", message.to_string()))?;
    // Position-independent, so that the object links into PIE executables and shared
    // libraries; the CPU does not matter for data.
    let machine = target
        .create_target_machine(
            &triple,
            "x86-64",
            "",
            OptimizationLevel::None,
            RelocMode::PIC,
            CodeModel::Default,
        )
        .ok_or_else(|| {
            llvm_error(
                "create a target machine",
                format!("no target machine for {triple_text}"),
            )
        })?;

    let context = Context::create();
    let module = context.create_module(prefix);
    module.set_triple(&triple);
    module.set_data_layout(&machine.get_target_data().get_data_layout());

    let u64_type = context.i64_type();
    define(
        &module,
        format!("{prefix}_vmfb"),
        &context.const_string(vmfb, false),
        VMFB_ALIGNMENT,
    );
    define(
        &module,
        format!("{prefix}_vmfb_size"),
        &u64_type.const_int(vmfb.len() as u64, false),
        8,
    );
    define(
        &module,
        format!("{prefix}_manifest"),
        &context.const_string(manifest_json, true),
        1,
    );
    define(
        &module,
        format!("{prefix}_manifest_size"),
        &u64_type.const_int(manifest_json.len() as u64, false),
        8,
    );

    module
        .verify()
        .map_err(|message| llvm_error("verify the module", message.to_string()))?;
    let buffer = machine
        .write_to_memory_buffer(&module, FileType::Object)
        .map_err(|message| llvm_error("emit the object", message.to_string()))?;
    Ok(buffer.as_slice().to_vec())
}

/// Adds a constant, externally visible global `name` holding `value`.
fn define<'ctx>(module: &Module<'ctx>, name: String, value: &dyn BasicValue<'ctx>, alignment: u32) {
    let global = module.add_global(value.as_basic_value_enum().get_type(), None, &name);
    global.set_initializer(value);
    global.set_constant(true);
    global.set_linkage(Linkage::External);
    global.set_alignment(alignment);
}

#[cfg(test)]
mod tests {
    use std::fs;

    use ::object::{Object, ObjectSection, ObjectSymbol, SectionKind, SymbolKind};

    use super::*;
    use veritor_fsutil::Scratch;

    /// Reads the bytes a defined, global data symbol points to.
    fn symbol_bytes<'a>(file: &'a ::object::File<'a>, name: &str) -> (&'a [u8], u64) {
        let symbol = file
            .symbol_by_name(name)
            .unwrap_or_else(|| panic!("symbol {name} is missing"));
        assert!(symbol.is_definition(), "{name} is not defined");
        assert!(symbol.is_global(), "{name} is not global");
        assert_eq!(symbol.kind(), SymbolKind::Data, "{name} is not data");
        let section = file
            .section_by_index(symbol.section_index().expect("symbol has a section"))
            .unwrap();
        assert_eq!(
            section.kind(),
            SectionKind::ReadOnlyData,
            "{name} is in writable or odd section {:?}",
            section.name()
        );
        let data = section.data().unwrap();
        let start = (symbol.address() - section.address()) as usize;
        (
            &data[start..start + symbol.size() as usize],
            symbol.address(),
        )
    }

    fn read_u64(file: &::object::File<'_>, name: &str) -> u64 {
        let (bytes, _) = symbol_bytes(file, name);
        u64::from_le_bytes(bytes.try_into().expect("size symbol is 8 bytes"))
    }

    #[test]
    fn write_object_success_defines_symbols_with_content() {
        let scratch = Scratch::new("object-symbols");
        let path = scratch.path("embed.o");
        let vmfb: Vec<u8> = (0..1000u32).map(|i| (i % 256) as u8).collect();
        let manifest = b"{\"format\": \"veritor-manifest/1\"}\n";
        write_object(&vmfb, manifest, DEFAULT_SYMBOL_PREFIX, &path).unwrap();

        let bytes = fs::read(&path).unwrap();
        let file = ::object::File::parse(&*bytes).unwrap();
        assert_eq!(file.format(), ::object::BinaryFormat::Elf);
        assert_eq!(file.architecture(), ::object::Architecture::X86_64);
        assert_eq!(file.kind(), ::object::ObjectKind::Relocatable);

        let (embedded, address) = symbol_bytes(&file, "veritor_vmfb");
        assert_eq!(embedded, &vmfb[..]);
        assert_eq!(address % u64::from(VMFB_ALIGNMENT), 0);
        let section = file
            .section_by_index(
                file.symbol_by_name("veritor_vmfb")
                    .unwrap()
                    .section_index()
                    .unwrap(),
            )
            .unwrap();
        assert!(section.align() >= u64::from(VMFB_ALIGNMENT));
        assert_eq!(read_u64(&file, "veritor_vmfb_size"), 1000);

        let (embedded, _) = symbol_bytes(&file, "veritor_manifest");
        assert_eq!(embedded.last(), Some(&0), "manifest is not NUL-terminated");
        assert_eq!(&embedded[..embedded.len() - 1], manifest);
        assert_eq!(
            read_u64(&file, "veritor_manifest_size"),
            manifest.len() as u64
        );
        assert_eq!(scratch.names(), vec!["embed.o".to_string()]);
    }

    #[test]
    fn write_object_success_custom_prefix_and_empty_vmfb() {
        let scratch = Scratch::new("object-prefix");
        let path = scratch.path("embed.o");
        write_object(b"", b"{}", "_model2", &path).unwrap();
        let bytes = fs::read(&path).unwrap();
        let file = ::object::File::parse(&*bytes).unwrap();
        assert_eq!(read_u64(&file, "_model2_vmfb_size"), 0);
        assert_eq!(read_u64(&file, "_model2_manifest_size"), 2);
        assert!(file.symbol_by_name("veritor_vmfb").is_none());
    }

    #[test]
    fn write_object_success_nm_lists_symbols() {
        // `nm` is binutils' view, the one a linker shares; the `object` checks above
        // do not depend on it.
        let scratch = Scratch::new("object-nm");
        let path = scratch.path("embed.o");
        write_object(b"abc", b"{}", "veritor", &path).unwrap();
        let output = std::process::Command::new("nm")
            .arg(&path)
            .output()
            .expect("nm (binutils) must be installed");
        assert!(output.status.success(), "nm failed: {output:?}");
        let text = String::from_utf8(output.stdout).unwrap();
        for name in [
            "veritor_vmfb",
            "veritor_vmfb_size",
            "veritor_manifest",
            "veritor_manifest_size",
        ] {
            assert!(
                text.lines()
                    .any(|line| line.ends_with(&format!(" R {name}"))),
                "nm does not list {name} as global read-only data:\n{text}"
            );
        }
    }

    #[test]
    fn write_object_failure_bad_prefix() {
        let scratch = Scratch::new("object-bad-prefix");
        let path = scratch.path("embed.o");
        for prefix in ["", "1abc", "a-b", "a b", "é", "a.b", "a\nb"] {
            let err = write_object(b"x", b"{}", prefix, &path).unwrap_err();
            let message = err.to_string();
            assert!(matches!(err, Error::SymbolPrefix { .. }), "{message}");
            assert!(message.contains("embed.o"), "{message}");
            assert!(message.contains("is not a C identifier"), "{message}");
            assert!(!message.contains('\n'), "{message}");
        }
        assert!(scratch.names().is_empty());
    }

    #[test]
    fn write_object_failure_manifest_with_nul() {
        let scratch = Scratch::new("object-nul");
        let path = scratch.path("embed.o");
        let message = write_object(b"x", b"{\0}", "veritor", &path)
            .unwrap_err()
            .to_string();
        assert!(message.contains("NUL byte at offset 1"), "{message}");
        assert!(scratch.names().is_empty());
    }

    #[test]
    fn write_object_failure_missing_directory_leaves_nothing() {
        let scratch = Scratch::new("object-no-dir");
        let path = scratch.path("absent/embed.o");
        let message = write_object(b"x", b"{}", "veritor", &path)
            .unwrap_err()
            .to_string();
        assert!(message.contains("absent/embed.o"), "{message}");
        assert!(scratch.names().is_empty());
    }

    #[test]
    fn is_c_identifier_success_and_failure() {
        for good in ["veritor", "_", "_x1", "A_b_C9"] {
            assert!(is_c_identifier(good), "{good}");
        }
        for bad in ["", "9", "a-b", "a$b", "ä"] {
            assert!(!is_c_identifier(bad), "{bad}");
        }
    }
}
