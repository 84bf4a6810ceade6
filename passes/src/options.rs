//! Pass options in MLIR's textual form: `name{key=value key2=value2}` in a pipeline, or
//! `--name='key=value key2=value2'` on the command line. Values may be quoted.

use std::collections::BTreeMap;

/// What values an option takes.
#[derive(Clone, Copy, Debug)]
pub enum OptionKind {
    Bool,
    Int,
    Str,
    Choice(&'static [&'static str]),
}

/// One option a pass declares: its name, kind, default (as text) and help line.
#[derive(Clone, Copy, Debug)]
pub struct OptionSpec {
    pub name: &'static str,
    pub kind: OptionKind,
    pub default: &'static str,
    pub help: &'static str,
}

/// Options parsed and checked against a pass's specs; every declared option has a value.
#[derive(Clone, Debug, Default)]
pub struct PassOptions {
    values: BTreeMap<String, String>,
}

impl PassOptions {
    /// Parses `key=value ...` against `specs`.
    pub fn parse(specs: &[OptionSpec], text: &str) -> Result<Self, String> {
        let mut values: BTreeMap<String, String> = specs
            .iter()
            .map(|s| (s.name.to_string(), s.default.to_string()))
            .collect();
        for item in split_items(text)? {
            let (key, value) = match item.split_once('=') {
                Some((k, v)) => (k.trim().to_string(), unquote(v.trim())),
                None => (item.trim().to_string(), "true".to_string()),
            };
            let spec = specs
                .iter()
                .find(|s| s.name == key)
                .ok_or_else(|| unknown_option(specs, &key))?;
            check_value(spec, &value)?;
            values.insert(key, value);
        }
        Ok(PassOptions { values })
    }

    /// A string option's value ("" when unset).
    pub fn string(&self, name: &str) -> &str {
        self.values.get(name).map(String::as_str).unwrap_or("")
    }

    /// A boolean option's value.
    pub fn flag(&self, name: &str) -> bool {
        matches!(self.string(name), "true" | "1")
    }

    /// An integer option's value (0 when unset).
    pub fn int(&self, name: &str) -> i64 {
        self.string(name).parse().unwrap_or(0)
    }
}

fn unknown_option(specs: &[OptionSpec], key: &str) -> String {
    if specs.is_empty() {
        return format!("unknown option '{key}': this pass takes no options");
    }
    let names: Vec<&str> = specs.iter().map(|s| s.name).collect();
    format!(
        "unknown option '{key}'; valid options: {}",
        names.join(", ")
    )
}

fn check_value(spec: &OptionSpec, value: &str) -> Result<(), String> {
    let ok = match spec.kind {
        OptionKind::Bool => matches!(value, "true" | "false" | "1" | "0"),
        OptionKind::Int => value.parse::<i64>().is_ok(),
        OptionKind::Str => true,
        OptionKind::Choice(choices) => choices.contains(&value),
    };
    if ok {
        return Ok(());
    }
    let expected = match spec.kind {
        OptionKind::Bool => "true or false".to_string(),
        OptionKind::Int => "an integer".to_string(),
        OptionKind::Str => "a string".to_string(),
        OptionKind::Choice(choices) => format!("one of {}", choices.join(", ")),
    };
    Err(format!(
        "bad value '{value}' for option '{}': expected {expected}",
        spec.name
    ))
}

/// Splits on whitespace outside quotes and braces.
fn split_items(text: &str) -> Result<Vec<String>, String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    let mut depth = 0usize;
    for c in text.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => {
                quote = None;
                current.push(c);
            }
            (Some(_), c) => current.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                current.push(c);
            }
            (None, '{') => {
                depth += 1;
                current.push(c);
            }
            (None, '}') => {
                depth = depth.checked_sub(1).ok_or("unbalanced '}' in options")?;
                current.push(c);
            }
            (None, c) if c.is_whitespace() && depth == 0 => {
                if !current.is_empty() {
                    items.push(std::mem::take(&mut current));
                }
            }
            (None, c) => current.push(c),
        }
    }
    if quote.is_some() {
        return Err("unterminated quote in options".into());
    }
    if depth != 0 {
        return Err("unbalanced '{' in options".into());
    }
    if !current.is_empty() {
        items.push(current);
    }
    Ok(items)
}

fn unquote(value: &str) -> String {
    for q in ['\'', '"'] {
        if value.len() >= 2 && value.starts_with(q) && value.ends_with(q) {
            return value[1..value.len() - 1].to_string();
        }
    }
    value.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPECS: &[OptionSpec] = &[
        OptionSpec {
            name: "into",
            kind: OptionKind::Str,
            default: "",
            help: "",
        },
        OptionSpec {
            name: "loops-only",
            kind: OptionKind::Bool,
            default: "false",
            help: "",
        },
        OptionSpec {
            name: "format",
            kind: OptionKind::Choice(&["text", "dot"]),
            default: "text",
            help: "",
        },
    ];

    #[test]
    fn options_parse_success_values_and_defaults() {
        let opts = PassOptions::parse(SPECS, "into='main fn' loops-only").unwrap();
        assert_eq!(opts.string("into"), "main fn");
        assert!(opts.flag("loops-only"));
        assert_eq!(opts.string("format"), "text");
    }

    #[test]
    fn options_parse_failure_unknown_key_lists_valid_ones() {
        let err = PassOptions::parse(SPECS, "bogus=1").unwrap_err();
        assert_eq!(
            err,
            "unknown option 'bogus'; valid options: into, loops-only, format"
        );
    }

    #[test]
    fn options_parse_failure_bad_values() {
        assert!(PassOptions::parse(SPECS, "loops-only=maybe")
            .unwrap_err()
            .contains("true or false"));
        assert!(PassOptions::parse(SPECS, "format=svg")
            .unwrap_err()
            .contains("one of text, dot"));
        assert!(PassOptions::parse(SPECS, "into='x")
            .unwrap_err()
            .contains("unterminated"));
    }
}
