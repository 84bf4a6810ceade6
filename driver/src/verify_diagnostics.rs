//! `--verify-diagnostics`: checks the diagnostics a chunk produced against the
//! `// expected-error {{...}}` comments in it, as mlir-opt does. Forms: `expected-error`,
//! `-warning`, `-remark`, `-note`, optionally `@+N`, `@-N`, `@above`, `@below` or `@N`
//! (absolute line) before the `{{message substring}}`.

use veritor_passes::diag::{Diag, Severity, SourcePos};

/// One expectation: a severity, a line and a message fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub severity: Severity,
    pub line: usize,
    pub column: usize,
    pub fragment: String,
    /// Where the comment itself is, for reporting it when unmatched.
    pub comment_line: usize,
}

/// Reads the expectations in `text` (line numbers as in the whole file).
pub fn expectations(text: &str) -> Result<Vec<Expected>, (usize, String)> {
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("expected-") {
            let column = line.len() - rest.len() + at + 1;
            rest = &rest[at + "expected-".len()..];
            if let Some(e) = parse_one(rest, index + 1, column)? {
                out.push(e);
            }
        }
    }
    Ok(out)
}

fn parse_one(rest: &str, line: usize, column: usize) -> Result<Option<Expected>, (usize, String)> {
    let kinds = [
        ("error", Severity::Error),
        ("warning", Severity::Warning),
        ("remark", Severity::Remark),
        ("note", Severity::Note),
    ];
    let Some((word, severity)) = kinds.iter().find(|(w, _)| rest.starts_with(w)) else {
        return Ok(None);
    };
    let rest = &rest[word.len()..];
    let (target, rest) = match rest.strip_prefix('@') {
        Some(r) => {
            let end = r
                .find(|c: char| c.is_whitespace() || c == '{')
                .unwrap_or(r.len());
            (
                target_line(&r[..end], line)
                    .ok_or((line, format!("bad line offset '@{}'", &r[..end])))?,
                &r[end..],
            )
        }
        None => (line, rest),
    };
    let rest = rest.trim_start();
    let body = rest.strip_prefix("{{").ok_or((
        line,
        "expected '{{' after the expected-* keyword".to_string(),
    ))?;
    let end = body.find("}}").ok_or((
        line,
        "expected '}}' to end the expected message".to_string(),
    ))?;
    Ok(Some(Expected {
        severity: *severity,
        line: target,
        column,
        fragment: body[..end].to_string(),
        comment_line: line,
    }))
}

fn target_line(spec: &str, line: usize) -> Option<usize> {
    match spec {
        "above" => line.checked_sub(1),
        "below" => Some(line + 1),
        _ if spec.starts_with('+') => Some(line + spec[1..].parse::<usize>().ok()?),
        _ if spec.starts_with('-') => line.checked_sub(spec[1..].parse::<usize>().ok()?),
        _ => spec.parse().ok(),
    }
}

/// Matches diagnostics against expectations; returns the failures as diagnostics to print.
pub fn check(file: &str, expected: &[Expected], produced: &[Diag]) -> Vec<Diag> {
    let mut used = vec![false; expected.len()];
    let mut failures = Vec::new();
    for diag in produced {
        let found = expected
            .iter()
            .enumerate()
            .position(|(i, e)| !used[i] && matches(e, diag));
        match found {
            Some(i) => used[i] = true,
            None => failures.push(Diag {
                severity: Severity::Error,
                pos: diag.pos.clone(),
                message: format!("unexpected {}: {}", diag.severity.as_str(), diag.message),
            }),
        }
    }
    for (e, used) in expected.iter().zip(used) {
        if !used {
            failures.push(Diag {
                severity: Severity::Error,
                pos: Some(SourcePos {
                    file: file.to_string(),
                    line: e.comment_line,
                    column: e.column,
                }),
                message: format!(
                    "expected {} \"{}\" was not produced",
                    e.severity.as_str(),
                    e.fragment
                ),
            });
        }
    }
    failures
}

fn matches(e: &Expected, d: &Diag) -> bool {
    e.severity == d.severity
        && d.pos.as_ref().is_some_and(|p| p.line == e.line)
        && d.message.contains(&e.fragment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expectations_success_offsets() {
        let text = "a\n// expected-error@+1 {{boom}}\nx\n// expected-remark@above {{r}} expected-note {{n}}\n";
        let e = expectations(text).unwrap();
        assert_eq!(e.len(), 3);
        assert_eq!((e[0].line, e[0].fragment.as_str()), (3, "boom"));
        assert_eq!((e[1].severity, e[1].line), (Severity::Remark, 3));
        assert_eq!((e[2].severity, e[2].line), (Severity::Note, 4));
    }

    #[test]
    fn expectations_failure_malformed() {
        assert!(expectations("// expected-error {{open").is_err());
        assert!(expectations("// expected-error@+x {{m}}").is_err());
    }

    #[test]
    fn check_reports_both_directions() {
        let pos = |line| {
            Some(SourcePos {
                file: "f".into(),
                line,
                column: 1,
            })
        };
        let expected =
            expectations("\n// expected-error@-1 {{bad}}\n// expected-error {{never}}\n").unwrap();
        let produced = vec![
            Diag {
                severity: Severity::Error,
                pos: pos(1),
                message: "a bad thing".into(),
            },
            Diag {
                severity: Severity::Warning,
                pos: pos(2),
                message: "surprise".into(),
            },
        ];
        let failures = check("f", &expected, &produced);
        let texts: Vec<String> = failures.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            texts,
            vec![
                "f:2:1: error: unexpected warning: surprise",
                "f:3:4: error: expected error \"never\" was not produced"
            ]
        );
    }
}
