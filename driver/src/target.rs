//! Compilation targets of `veritor compile`: how a name such as `cuda:sm_90` becomes
//! iree-compile flags (and, where IREE 3.13 lacks a target description, a module attribute).

use std::fmt;

/// A target device for IREE.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// The CPU, through llvm-cpu; `cpu` is IREE's name for it (`host`, `generic`, `znver4`...).
    Cpu { cpu: String },
    /// NVIDIA GPUs through CUDA/NVPTX, by SM architecture (`sm_80`, `sm_90`).
    Cuda { arch: String },
    /// AMD GPUs through HIP/ROCm, by gfx architecture (`gfx942`).
    Rocm { arch: String },
    /// Vulkan/SPIR-V, by IREE's Vulkan target name (`rdna3`, `valhall`, `ampere`...).
    Vulkan { target: String },
}

/// Target names accepted on the command line, for error messages.
pub const FORMS: &str =
    "cpu, cpu:<llvm cpu>, cuda:sm_<NN>, rocm:gfx<NNN>, vulkan:<iree vulkan target>";

impl Target {
    /// Parses `cpu`, `cpu:NAME`, `cuda:sm_NN`, `rocm:gfxNNN`, `vulkan:NAME`.
    pub fn parse(text: &str) -> Result<Target, String> {
        let (kind, arch) = text.split_once(':').unwrap_or((text, ""));
        let bad = || format!("unknown target '{text}'; valid forms: {FORMS}");
        let valid_name = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c))
        };
        match kind {
            "cpu" if arch.is_empty() => Ok(Target::Cpu { cpu: "host".into() }),
            "cpu" if valid_name(arch) => Ok(Target::Cpu { cpu: arch.into() }),
            "cuda" if is_sm(arch) => Ok(Target::Cuda { arch: arch.into() }),
            "rocm" if arch.starts_with("gfx") && valid_name(arch) => {
                Ok(Target::Rocm { arch: arch.into() })
            }
            "vulkan" if valid_name(arch) => Ok(Target::Vulkan {
                target: arch.into(),
            }),
            _ => Err(bad()),
        }
    }

    /// A file-name-safe form: `cuda-sm_90`.
    pub fn file_stem(&self) -> String {
        self.to_string().replace(':', "-")
    }

    /// The iree-compile flags that select this target.
    pub fn iree_flags(&self) -> Vec<String> {
        let flags: Vec<String> = match self {
            Target::Cpu { cpu } => vec![
                "--iree-hal-target-device=local".into(),
                "--iree-hal-local-target-device-backends=llvm-cpu".into(),
                format!("--iree-llvmcpu-target-cpu={cpu}"),
            ],
            Target::Cuda { arch } if hopper_description(arch).is_some() => vec![],
            Target::Cuda { arch } => vec![
                "--iree-hal-target-device=cuda".into(),
                format!("--iree-cuda-target={arch}"),
            ],
            Target::Rocm { arch } => vec![
                "--iree-hal-target-device=hip".into(),
                format!("--iree-rocm-target={arch}"),
            ],
            // IREE's SPIR-V code generation has no bf16 arithmetic: bf16 programs are
            // computed in f32 there (recorded in the manifest's flags).
            Target::Vulkan { target } => vec![
                "--iree-hal-target-device=vulkan".into(),
                format!("--iree-vulkan-target={target}"),
                "--iree-input-promote-bf16-to-f32".into(),
            ],
        };
        flags
    }

    /// A `hal.device.targets` module attribute that must be set instead of flags, if any.
    pub fn module_attribute(&self) -> Option<String> {
        match self {
            Target::Cuda { arch } => hopper_description(arch),
            _ => None,
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Cpu { cpu } if cpu == "host" => write!(f, "cpu"),
            Target::Cpu { cpu } => write!(f, "cpu:{cpu}"),
            Target::Cuda { arch } => write!(f, "cuda:{arch}"),
            Target::Rocm { arch } => write!(f, "rocm:{arch}"),
            Target::Vulkan { target } => write!(f, "vulkan:{target}"),
        }
    }
}

fn is_sm(arch: &str) -> bool {
    arch.strip_prefix("sm_").is_some_and(|n| {
        let digits = n.strip_suffix('a').unwrap_or(n);
        digits.len() >= 2 && digits.chars().all(|c| c.is_ascii_digit())
    })
}

/// IREE 3.13 has no target description for Hopper (`--iree-cuda-target=sm_90` fails with
/// "missing GPU target in #hal.executable.target"), so Veritor states one. Facts for sm_90
/// (H100 and H200 share them; NVIDIA's Hopper tuning guide and CUDA programming guide):
/// PTX ISA 7.8 is the first to know sm_90; 132 SMs on the SXM parts; up to 227 KiB
/// (232448 bytes) of shared memory per block; warp size 32; 1024 threads per block; the
/// Ampere-era mma.sync and WMMA shapes remain available (IREE 3.13 models no wgmma).
fn hopper_description(arch: &str) -> Option<String> {
    if arch != "sm_90" && arch != "sm_90a" {
        return None;
    }
    let mma = [
        "NV_MMA_SYNC_F32_16x8x16_F16",
        "NV_MMA_SYNC_F16_16x8x16_F16",
        "NV_MMA_SYNC_F32_16x8x16_BF16",
        "NV_WMMA_F32_16x16x16_F16",
        "NV_WMMA_F16_16x16x16_F16",
    ]
    .map(|m| format!("<{m}>"))
    .join(", ");
    let wgp = format!(
        "<compute = fp64|fp32|fp16|int64|int32|int16|int8, storage = b64|b32|b16|b8, subgroup = shuffle|arithmetic, \
         dot = dp4xi8toi32, mma = [{mma}], subgroup_size_choices = [32], max_workgroup_sizes = [1024, 1024, 1024], \
         max_thread_count_per_workgroup = 1024, max_workgroup_memory_bytes = 232448, \
         max_workgroup_counts = [2147483647, 65535, 65535]>"
    );
    let target = format!("#iree_gpu.target<arch = \"{arch}\", features = \"+ptx78\", wgp = {wgp}, chip = <wgp_count = 132>>");
    Some(format!(
        "[#hal.device.target<\"cuda\", [#hal.executable.target<\"cuda\", \"cuda-nvptx-fb\", {{iree_codegen.target_info = {target}}}>]>]"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_parse_success_forms() {
        assert_eq!(
            Target::parse("cpu").unwrap(),
            Target::Cpu { cpu: "host".into() }
        );
        assert_eq!(
            Target::parse("cuda:sm_90").unwrap().file_stem(),
            "cuda-sm_90"
        );
        assert_eq!(
            Target::parse("rocm:gfx942").unwrap().to_string(),
            "rocm:gfx942"
        );
        assert_eq!(
            Target::parse("vulkan:rdna3").unwrap().iree_flags()[1],
            "--iree-vulkan-target=rdna3"
        );
    }

    #[test]
    fn target_parse_failure_unknown() {
        for bad in [
            "gpu",
            "cuda",
            "cuda:90",
            "cuda:sm_x",
            "rocm:mi300",
            "vulkan:",
            "cpu:a b",
        ] {
            let err = Target::parse(bad).unwrap_err();
            assert!(err.starts_with(&format!("unknown target '{bad}'")), "{err}");
        }
    }

    #[test]
    fn hopper_gets_its_own_description() {
        let t = Target::parse("cuda:sm_90").unwrap();
        assert!(t.iree_flags().is_empty());
        let attr = t.module_attribute().unwrap();
        assert!(attr.contains("arch = \"sm_90\""));
        assert!(attr.contains("max_workgroup_memory_bytes = 232448"));
        assert!(
            !attr.contains("166912"),
            "sm_80's shared memory size must not leak into sm_90"
        );
        assert!(Target::parse("cuda:sm_80")
            .unwrap()
            .module_attribute()
            .is_none());
    }
}
