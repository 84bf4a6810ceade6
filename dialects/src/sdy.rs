//! Shardy (`sdy`) op and attribute names, and the other sharding annotations JAX writes
//! (`mhlo.sharding`, the GSPMD custom calls), as they appear in generic-form StableHLO.

/// `sdy.mesh`: a named device mesh at module level.
pub const MESH: &str = "sdy.mesh";
/// `sdy.sharding_constraint`: pins one value's sharding (`jax.lax.with_sharding_constraint`).
pub const SHARDING_CONSTRAINT: &str = "sdy.sharding_constraint";
/// `sdy.reshard`: moves one value to another sharding (`jax.sharding.reshard`).
pub const RESHARD: &str = "sdy.reshard";
/// `sdy.propagation_barrier`: stops sharding propagation through one value.
pub const PROPAGATION_BARRIER: &str = "sdy.propagation_barrier";
/// `sdy.sharding_group`: ties the shardings of values together; has no results.
pub const SHARDING_GROUP: &str = "sdy.sharding_group";
/// `sdy.manual_computation`: a per-device body (`shard_map`).
pub const MANUAL_COMPUTATION: &str = "sdy.manual_computation";

/// Prefix of every Shardy op and attribute name.
pub const PREFIX: &str = "sdy.";

/// GSPMD sharding annotation on ops, arguments and results.
pub const MHLO_SHARDING: &str = "mhlo.sharding";
/// Module attributes of the GSPMD partitioner.
pub const MHLO_SPMD_ATTRS: &[&str] = &[
    "mhlo.spmd_output_sharding",
    "mhlo.spmd_parameters_shardings",
];
/// Frontend attributes: a dictionary; its `xla.sdy.*` keys carry Shardy shardings.
pub const MHLO_FRONTEND_ATTRIBUTES: &str = "mhlo.frontend_attributes";
/// Prefix of the frontend-attribute keys that carry Shardy shardings.
pub const FRONTEND_SDY_PREFIX: &str = "xla.sdy.";
/// Module attributes giving the device count.
pub const NUM_PARTITIONS: &str = "mhlo.num_partitions";
pub const NUM_REPLICAS: &str = "mhlo.num_replicas";

/// `stablehlo.custom_call` targets that only annotate sharding (GSPMD): `Sharding` keeps its
/// operand's type; the SPMD shape changes enter and leave a per-device (manual) region.
pub const SHARDING_CALL: &str = "Sharding";
pub const FULL_TO_SHARD_CALL: &str = "SPMDFullToShardShape";
pub const SHARD_TO_FULL_CALL: &str = "SPMDShardToFullShape";
