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

/// A context for Veritor's IR: every upstream dialect registered (loaded on first use), unregistered
/// dialects allowed (StableHLO, CHLO, Shardy are parsed without theirs), and the `veritor`
/// dialect loaded. `Err` only if the veritor dialect's IRDL is refused (a bug).
pub fn context() -> Result<melior::Context, String> {
    let registry = melior::dialect::DialectRegistry::new();
    melior::utility::register_all_dialects(&registry);
    let context = melior::Context::new();
    context.append_dialect_registry(&registry);
    // Dialects load when the parser first meets them: loading all of them up front makes
    // parsing a large module about 10% slower.
    context.set_allow_unregistered_dialects(true);
    veritor::load(&context)?;
    Ok(context)
}
