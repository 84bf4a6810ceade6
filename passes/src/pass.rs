//! The interface every Veritor pass implements: a [`PassInfo`] (name, summary, description,
//! options, and the function that runs the pass on a `builtin.module`), and what that
//! function returns. A pass module defines one `INFO` const; `registry::PASSES` lists them.

use crate::options::{OptionKind, OptionSpec, PassOptions};
use melior::ir::OperationRef;

/// A pass failed; its diagnostics have already been emitted at the ops concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failed;

/// What a pass's body returns.
pub type PassResult = Result<(), Failed>;

/// One pass: name, one-line summary, longer description (the pass module's doc: what it
/// does, with a before/after example), options, and the function that runs it on a
/// `builtin.module`.
pub struct PassInfo {
    pub name: &'static str,
    pub summary: &'static str,
    pub description: &'static str,
    pub options: &'static [OptionSpec],
    pub run: for<'c, 'a> fn(OperationRef<'c, 'a>, &PassOptions) -> PassResult,
}

impl PassInfo {
    /// The pass's lines in the `--help` list: `--name  summary`, then one line per option.
    pub fn render_summary(&self) -> String {
        let mut out = format!("  --{:<28} {}\n", self.name, self.summary);
        for option in self.options {
            let kind = match option.kind {
                OptionKind::Bool => "bool".to_string(),
                OptionKind::Int => "int".to_string(),
                OptionKind::Str => "string".to_string(),
                OptionKind::Choice(c) => c.join("|"),
            };
            let default = if option.default.is_empty() {
                String::new()
            } else {
                format!(" (default: {})", option.default)
            };
            out.push_str(&format!(
                "      {}=<{kind}>  {}{default}\n",
                option.name, option.help
            ));
        }
        out
    }

    /// The pass's own help (`--help <pass>`): its summary and options, then its description.
    pub fn render_help(&self) -> String {
        let mut out = format!(
            "{} (as --{}[='opt=value ...'] or in --pass-pipeline):\n",
            self.name, self.name
        );
        out.push_str(&self.render_summary());
        out.push('\n');
        out.push_str(self.description.trim_end());
        out.push('\n');
        out
    }
}
