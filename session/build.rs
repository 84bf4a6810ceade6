//! Builds the C++ printing shim (src/print_shim.cpp) against LLVM/MLIR 22's headers.

fn main() {
    let prefix = std::env::var("MLIR_SYS_220_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-22".into());
    println!("cargo:rerun-if-changed=src/print_shim.cpp");
    println!("cargo:rerun-if-env-changed=MLIR_SYS_220_PREFIX");
    cc::Build::new()
        .cpp(true)
        .std("c++17")
        .flag("-fno-rtti")
        .flag("-fno-exceptions")
        .warnings(false)
        .include(format!("{prefix}/include"))
        .file("src/print_shim.cpp")
        .compile("veritor_print_shim");
}
