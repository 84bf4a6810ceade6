//! The op vocabulary Veritor works with: StableHLO and CHLO op names (StableHLO is parsed
//! without its dialect, in generic form, so names are how passes recognise ops) and the
//! names of the `func` ops that the call graph follows, the Shardy (`sdy`) names that
//! sharding annotations use, and Veritor's own `veritor` dialect (IRDL, loaded at run time).

pub mod sdy;
pub mod stablehlo;
pub mod veritor;

/// `func` dialect op names.
pub mod func {
    pub const FUNC: &str = "func.func";
    pub const CALL: &str = "func.call";
    pub const RETURN: &str = "func.return";
}
