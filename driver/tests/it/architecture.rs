//! ARCHITECTURE.md says, for every crate, what it may depend on; this test holds it to each
//! crate's Cargo.toml: every dependency is named in the crate's "Depends on" line, and every
//! Veritor crate named there (before "Never") is a dependency.

use std::collections::{BTreeMap, BTreeSet};
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
    let architecture = format!("\n{architecture}");
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
    // The fuzz and plugin crates are outside the workspace but keep a "Depends on" line too.
    let outside = ["fuzz".to_string(), "plugin".to_string()];
    for member in members().into_iter().chain(outside) {
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

/// A crate's source files by module path (`""` is `lib.rs`, `"a::b"` is `a/b.rs` or
/// `a/b/mod.rs`), without the `#[cfg(test)]` tail of each file.
fn modules(crate_dir: &str) -> Vec<(String, String)> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.path());
        for e in entries {
            let path = e.path();
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            if path.is_dir() {
                if name != "bin" {
                    walk(&path, &join(prefix, &name), out);
                }
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let module = match name.as_str() {
                "lib" | "mod" => prefix.to_string(),
                _ => join(prefix, &name),
            };
            let text = std::fs::read_to_string(&path).unwrap();
            let text = text.split("#[cfg(test)]").next().unwrap().to_string();
            out.push((module, text));
        }
    }
    let mut out = Vec::new();
    walk(&root().join(crate_dir).join("src"), "", &mut out);
    out
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}::{name}")
    }
}

/// The modules a file refers to: `crate::a::b` paths (the longest that is a module; an item
/// of the crate root is `lib.rs`), `super::` paths, and paths through its own child modules.
fn references(module: &str, text: &str, all: &BTreeSet<String>) -> BTreeSet<String> {
    references_via(module, text, all, &BTreeMap::new())
}

/// The crate root's re-exports: item name -> the module it is re-exported from
/// (`pub use error::{Error, IoError};` maps `Error` and `IoError` to `error`).
fn reexports(root: &str, all: &BTreeSet<String>) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for statement in root.split("pub use ").skip(1) {
        let statement = &statement[..statement.find(';').unwrap_or(0)];
        let (path, names) = match statement.split_once("::{") {
            Some((path, names)) => (path, names.trim_end_matches('}').to_string()),
            None => match statement.rsplit_once("::") {
                Some((path, name)) => (path, name.to_string()),
                None => continue,
            },
        };
        let path = path
            .trim()
            .trim_start_matches("crate::")
            .replace("self::", "");
        if !all.contains(&path) {
            continue;
        }
        for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let name = name.split(" as ").last().unwrap().trim();
            map.insert(name.to_string(), path.clone());
        }
    }
    map
}

/// [`references`], with root items resolved through the root's re-exports.
fn references_via(
    module: &str,
    text: &str,
    all: &BTreeSet<String>,
    reexported: &BTreeMap<String, String>,
) -> BTreeSet<String> {
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let parent = module.rsplit_once("::").map_or("", |(p, _)| p).to_string();
    let inline = inline_module_spans(&code);
    let mut found = BTreeSet::new();
    let mut resolve = |base: &str, rest: &str| {
        let mut best = base.to_string();
        let mut path = base.to_string();
        for segment in rest.split("::") {
            let segment: String = segment
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if segment.is_empty() {
                break;
            }
            path = join(&path, &segment);
            if all.contains(&path) {
                best = path.clone();
            } else if best.is_empty() && base.is_empty() {
                // An item of the crate root: where the root re-exports it from, if it does.
                if let Some(m) = reexported.get(&segment) {
                    best = m.clone();
                }
                break;
            } else {
                break;
            }
        }
        found.insert(best);
    };
    for (i, _) in code.match_indices("crate::") {
        if !code[i + 7..].starts_with('{') {
            resolve("", &code[i + 7..]);
        }
    }
    for (i, _) in code.match_indices("super::") {
        // Inside an inline `mod x { ... }`, `super` is this file's own module.
        let base = if inline.iter().any(|r| r.contains(&i)) {
            module
        } else {
            &parent
        };
        resolve(base, &code[i + 7..]);
    }
    // `{a, b}` groups after `crate::`: each name in the group.
    for (i, _) in code.match_indices("crate::{") {
        let group = &code[i + 8..];
        let group = &group[..group.find('}').unwrap_or(0)];
        for name in group.split(',') {
            resolve("", name.trim());
        }
    }
    for child in all
        .iter()
        .filter(|m| m.rsplit_once("::").map_or("", |(p, _)| p) == module)
    {
        let short = child.rsplit("::").next().unwrap();
        let used = code.match_indices(&format!("{short}::")).any(|(i, _)| {
            !code[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':')
        });
        if used && !child.is_empty() {
            found.insert(child.clone());
        }
    }
    found.remove(module);
    found
}

/// The byte ranges of inline `mod name { ... }` blocks.
fn inline_module_spans(code: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    for (i, _) in code.match_indices("mod ") {
        let rest = &code[i + 4..];
        let name_len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(0);
        if name_len == 0 || !rest[name_len..].trim_start().starts_with('{') {
            continue;
        }
        let open = i + 4 + name_len + rest[name_len..].find('{').unwrap();
        let mut depth = 0;
        for (j, c) in code[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                spans.push(open..open + j);
                break;
            }
        }
    }
    spans
}

#[test]
fn architecture_success_no_import_circles_between_files() {
    let mut problems = Vec::new();
    for member in members() {
        let files = modules(&member);
        let all: BTreeSet<String> = files.iter().map(|(m, _)| m.clone()).collect();
        let root = files
            .iter()
            .find(|(m, _)| m.is_empty())
            .map(|(_, t)| t.as_str());
        let reexported = reexports(root.unwrap_or(""), &all);
        let edges: Vec<(String, BTreeSet<String>)> = files
            .iter()
            .map(|(m, text)| (m.clone(), references_via(m, text, &all, &reexported)))
            .collect();
        let reaches = |from: &str, to: &str| -> bool {
            let mut seen = BTreeSet::new();
            let mut stack = vec![from.to_string()];
            while let Some(m) = stack.pop() {
                if m == to {
                    return true;
                }
                if !seen.insert(m.clone()) {
                    continue;
                }
                if let Some((_, next)) = edges.iter().find(|(n, _)| *n == m) {
                    // The registry's one-way list names every pass; nothing goes back through it.
                    stack.extend(next.iter().filter(|n| *n != "registry").cloned());
                }
            }
            false
        };
        for (module, next) in &edges {
            for n in next.iter().filter(|n| *n != "registry") {
                if reaches(n, module) {
                    let name = |m: &str| {
                        if m.is_empty() {
                            "lib".to_string()
                        } else {
                            m.to_string()
                        }
                    };
                    problems.push(format!(
                        "{member}: {} -> {} -> ... -> {}",
                        name(module),
                        name(n),
                        name(module)
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "import circles:\n{}",
        problems.join("\n")
    );
}

#[test]
fn architecture_failure_a_circle_is_found() {
    let all: BTreeSet<String> = ["", "a", "b"].iter().map(|s| s.to_string()).collect();
    let a = references("a", "use crate::b::thing;\nfn f() { super::Root }", &all);
    assert_eq!(a, ["", "b"].iter().map(|s| s.to_string()).collect());
    let root = references("", "pub mod a;\npub mod b;\nfn g() { a::f() }", &all);
    assert_eq!(root, ["a"].iter().map(|s| s.to_string()).collect());
    let grouped = references("b", "use crate::{a, Thing};", &all);
    assert!(grouped.contains("a") && grouped.contains(""));
    let inline = references(
        "a",
        "mod helpers {\n    fn f() { super::g() }\n}\nfn g() {}",
        &all,
    );
    assert!(
        inline.is_empty(),
        "super inside an inline module is the file itself"
    );
}
