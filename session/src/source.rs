//! Reading input text: files or stdin, sanity checks that give one-line errors, splitting on
//! `// -----` (with line numbers kept as in the whole file), and the implicit module.

use std::io::Read;

/// One piece of input to parse on its own: text padded with blank lines so that line
/// numbers match the original file, and the line where the piece starts.
#[derive(Debug, Clone)]
pub struct Chunk {
    pub text: String,
    pub first_line: usize,
}

/// Reads `path` (or stdin for `-`) and checks that it is MLIR text.
pub fn read_input(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        bytes
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read '{path}': {}", plain_io_error(&e)))?
    };
    check_text(bytes).map_err(|e| format!("{}: error: {e}", display_name(path)))
}

/// The name diagnostics use for an input path.
pub fn display_name(path: &str) -> &str {
    if path == "-" {
        "<stdin>"
    } else {
        path
    }
}

fn plain_io_error(error: &std::io::Error) -> String {
    let text = error.to_string();
    text.split(" (os error").next().unwrap_or(&text).to_string()
}

fn check_text(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.starts_with(b"ML\xefR") {
        return Err("MLIR bytecode is not supported; give the module as text".into());
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!(
            "input is binary, not MLIR text (NUL byte at offset {at})"
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "input is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Err("input is empty: expected a StableHLO module".into());
    }
    Ok(text)
}

/// Splits on lines that are exactly `// -----`, as mlir-opt's `--split-input-file` does.
pub fn split(text: String, enabled: bool) -> Vec<Chunk> {
    if !enabled {
        return vec![Chunk {
            text,
            first_line: 1,
        }];
    }
    let mut chunks = Vec::new();
    let mut current = String::new();
    let mut first_line = 1;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if line.trim_end() == "// -----" {
            chunks.push(Chunk {
                text: std::mem::take(&mut current),
                first_line,
            });
            first_line = index + 2;
            current = "\n".repeat(index + 1);
            continue;
        }
        current.push_str(line);
    }
    chunks.push(Chunk {
        text: current,
        first_line,
    });
    chunks
}

/// Wraps top-level ops in `module { ... }` when the text has no module of its own, keeping
/// every line where it was (the opening goes on a blank or comment line before the first op).
pub fn with_implicit_module(text: &str) -> std::borrow::Cow<'_, str> {
    if has_explicit_module(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(wrap_bare_ops(text, "module {", "}"))
}

/// Whether the first op of the text is a module (pretty or generic form).
pub fn has_explicit_module(text: &str) -> bool {
    let Some(first) = first_op_line(text) else {
        return true;
    };
    let line = text.split('\n').nth(first).unwrap_or("").trim_start();
    line.starts_with("module") || line.starts_with("\"builtin.module\"")
}

/// Puts `open` before the first op (on the line above when that line is blank or a comment)
/// and `close` after the last line.
pub fn wrap_bare_ops(text: &str, open: &str, close: &str) -> String {
    let Some(first) = first_op_line(text) else {
        return text.to_string();
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    if first == 0 {
        out[0] = format!("{open} {}", out[0]);
    } else if is_blank_or_comment(lines[first - 1]) {
        out[first - 1] = open.to_string();
    } else {
        out[first - 1].push(' ');
        out[first - 1].push_str(open);
    }
    let mut joined = out.join("\n");
    joined.push('\n');
    joined.push_str(close);
    joined.push('\n');
    joined
}

fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with("//")
}

/// The index of the first line holding an op: not blank, not a comment, not an attribute or
/// type alias definition (`#x = ...`, `!x = ...`).
fn first_op_line(text: &str) -> Option<usize> {
    text.split('\n').position(|line| {
        let t = line.trim_start();
        !(t.is_empty() || t.starts_with("//") || t.starts_with('#') || t.starts_with('!'))
    })
}

/// Whether a line is pure padding or comment, for skipping empty split chunks.
pub fn is_empty_chunk(text: &str) -> bool {
    first_op_line(text).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_success_keeps_line_numbers() {
        let chunks = split("a\n// -----\nb\nc\n// -----\nd\n".to_string(), true);
        assert_eq!(chunks.len(), 3);
        assert_eq!(chunks[1].first_line, 3);
        assert_eq!(chunks[1].text.lines().nth(2), Some("b"));
        assert_eq!(chunks[2].text.lines().nth(5), Some("d"));
    }

    #[test]
    fn implicit_module_success_wraps_bare_ops_without_moving_lines() {
        let text = "// comment\nfunc.func @f() {\n  return\n}\n";
        let wrapped = with_implicit_module(text);
        assert_eq!(wrapped.lines().nth(1), Some("func.func @f() {"));
        assert!(wrapped.starts_with("module {"));
        assert!(wrapped.trim_end().ends_with('}'));
    }

    #[test]
    fn implicit_module_inapplicable_with_explicit_module() {
        let text = "#loc = loc(unknown)\nmodule @m {\n}\n";
        assert_eq!(with_implicit_module(text), text);
    }

    #[test]
    fn check_text_failure_cases() {
        assert!(check_text(b"".to_vec()).unwrap_err().contains("empty"));
        assert!(check_text(b"  \n".to_vec()).unwrap_err().contains("empty"));
        assert!(check_text(b"ab\0cd".to_vec())
            .unwrap_err()
            .contains("binary"));
        assert!(check_text(vec![0xff, 0xfe, 0x41])
            .unwrap_err()
            .contains("UTF-8"));
    }
}
