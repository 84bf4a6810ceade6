//! ARCHITECTURE.md says, for every crate, what it may depend on; this test holds it to each
//! crate's Cargo.toml: every dependency is named in the crate's "Depends on" line, and every
//! Veritor crate named there (before "Never") is a dependency.

use std::collections::BTreeSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// The workspace members, from the root Cargo.toml's `members = [...]`.
fn members() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let line = text.lines().find(|l| l.starts_with("members")).unwrap();
    line.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The names in a Cargo.toml's `[dependencies]` table.
fn dependencies(crate_dir: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join(crate_dir).join("Cargo.toml")).unwrap();
    let mut in_table = false;
    let mut names = BTreeSet::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_table = line == "[dependencies]";
        } else if in_table && !line.is_empty() && !line.starts_with('#') {
            let name = line.split(['=', '.']).next().unwrap().trim();
            names.insert(name.to_string());
        }
    }
    names
}

/// The text of the "- Depends on:" item of the section `### \`<crate_dir>/\``.
fn depends_on(architecture: &str, crate_dir: &str) -> Option<String> {
    let heading = format!("### `{crate_dir}/`");
    let section = architecture
        .split("\n### ")
        .find(|s| format!("### {s}").starts_with(&heading))?;
    let start = section.find("- Depends on:")?;
    let item = &section[start + "- Depends on:".len()..];
    let end = item.find("\n- ").unwrap_or(item.len());
    Some(item[..end].to_string())
}

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn architecture_success_every_crate_depends_on_what_it_says() {
    let architecture = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let mut problems = Vec::new();
    for member in members() {
        let Some(text) = depends_on(&architecture, &member) else {
            problems.push(format!("{member}: no section with a \"Depends on\" line"));
            continue;
        };
        let deps = dependencies(&member);
        let allowed = text.split("Never").next().unwrap_or("");
        let named = words(allowed);
        for dep in &deps {
            if !named.contains(dep) {
                problems.push(format!(
                    "{member}: depends on {dep}, ARCHITECTURE.md does not say so"
                ));
            }
        }
        for word in named.iter().filter(|w| w.starts_with("veritor-")) {
            if !deps.contains(word) {
                problems.push(format!(
                    "{member}: ARCHITECTURE.md names {word}, Cargo.toml does not"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn architecture_failure_an_unlisted_dependency_is_found() {
    let architecture = "### `x/` (`veritor-x`)\n- Depends on: melior, `veritor-a`. Never on `veritor-b`.\n- Invariants: none\n";
    let text = depends_on(architecture, "x").unwrap();
    let named = words(text.split("Never").next().unwrap());
    assert!(named.contains("melior") && named.contains("veritor-a"));
    assert!(!named.contains("veritor-b") && !named.contains("serde"));
}
