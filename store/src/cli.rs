//! `veritor store ...`: verify, gc, put, get, ls.
//!
//! Exit codes: 0 ok, 1 problems found (a corrupt or missing object), 2 cannot run (bad
//! arguments, no store, an unreadable index, a busy store). Results go to stdout, one
//! line each; errors to stderr as `veritor store: error: ...`.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use crate::objects::write_file_atomic;
use crate::{process_start, Digest, Error, IoError, Store};

const USAGE: &str = "\
usage: veritor store [--store DIR] COMMAND
  verify [--json]       check every object's digest and every reference in the index
  gc [--dry-run] [--json]
                        remove objects nothing references (and old temporary files)
  put FILE              store a file; prints its digest
  get DIGEST -o FILE    write a verified object to FILE ('-' for stdout)
  ls [workloads|claims|runs|refs|objects]
                        list the index (everything when no section is named)
The store is DIR, else $VERITOR_STORE, else ./.veritor.
Exit codes: 0 ok, 1 problems found, 2 cannot run.";

#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Verify { json: bool },
    Gc { dry_run: bool, json: bool },
    Put { file: PathBuf },
    Get { digest: String, output: PathBuf },
    Ls { section: Option<Section> },
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Section {
    Workloads,
    Claims,
    Runs,
    Refs,
    Objects,
}

const SECTIONS: &[(&str, Section)] = &[
    ("workloads", Section::Workloads),
    ("claims", Section::Claims),
    ("runs", Section::Runs),
    ("refs", Section::Refs),
    ("objects", Section::Objects),
];

#[derive(Debug, PartialEq)]
struct Invocation {
    store: Option<PathBuf>,
    command: Command,
}

fn parse(args: &[String]) -> Result<Invocation, String> {
    let mut args = args.iter().map(String::as_str).peekable();
    // Accept being handed the words from `store` on as well as those after it.
    if args.peek() == Some(&"store") {
        args.next();
    }
    let mut store = None;
    let mut output = None;
    let mut dry_run = false;
    let mut json = false;
    let mut help = false;
    let mut words = Vec::new();
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| {
            args.next()
                .map(PathBuf::from)
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match arg {
            "-h" | "--help" => help = true,
            "--store" => store = Some(value("--store")?),
            "-o" | "--output" => output = Some(value(arg)?),
            "--dry-run" => dry_run = true,
            "--json" => json = true,
            _ if arg.starts_with("--store=") => store = Some(PathBuf::from(&arg[8..])),
            _ if arg.starts_with("--output=") => output = Some(PathBuf::from(&arg[9..])),
            _ if arg.starts_with('-') && arg != "-" => {
                return Err(format!("unknown option {arg:?}"))
            }
            _ => words.push(arg),
        }
    }
    if store.as_ref().is_some_and(|s| s.as_os_str().is_empty()) {
        return Err("--store needs a directory".to_string());
    }
    if help {
        return Ok(Invocation {
            store,
            command: Command::Help,
        });
    }
    let Some((&name, operands)) = words.split_first() else {
        return Err("no command given".to_string());
    };
    let expect = |n: usize, what: &str| {
        if operands.len() == n {
            Ok(())
        } else {
            Err(format!(
                "{name} takes {what}, got {} operands: {}",
                operands.len(),
                operands.join(" ")
            ))
        }
    };
    let only = |allowed: bool, flag: &str| {
        if allowed {
            Ok(())
        } else {
            Err(format!("{flag} does not apply to {name}"))
        }
    };
    only(name == "get" || output.is_none(), "-o")?;
    only(name == "gc" || !dry_run, "--dry-run")?;
    only(name == "gc" || name == "verify" || !json, "--json")?;
    let command = match name {
        "verify" => {
            expect(0, "no operands")?;
            Command::Verify { json }
        }
        "gc" => {
            expect(0, "no operands")?;
            Command::Gc { dry_run, json }
        }
        "put" => {
            expect(1, "one FILE")?;
            Command::Put {
                file: PathBuf::from(operands[0]),
            }
        }
        "get" => {
            expect(1, "one DIGEST")?;
            let output = output.ok_or("get needs -o FILE ('-' for stdout)")?;
            Command::Get {
                digest: operands[0].to_string(),
                output,
            }
        }
        "ls" => {
            let section = match operands {
                [] => None,
                [word] => Some(
                    SECTIONS
                        .iter()
                        .find(|(name, _)| name == word)
                        .map(|(_, section)| *section)
                        .ok_or_else(|| {
                            format!(
                                "unknown section {word:?}; valid: {}",
                                SECTIONS
                                    .iter()
                                    .map(|(name, _)| *name)
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            )
                        })?,
                ),
                _ => {
                    return Err(format!(
                        "ls takes at most one section, got {}",
                        operands.join(" ")
                    ))
                }
            };
            Command::Ls { section }
        }
        _ => {
            return Err(format!(
                "unknown command {name:?}; valid: verify, gc, put, get, ls"
            ))
        }
    };
    Ok(Invocation { store, command })
}

/// Runs `veritor store ...` with the given words (those after `store`; a leading
/// `store` is skipped), printing to stdout and stderr. Returns the exit code: 0 ok,
/// 1 problems found, 2 cannot run.
pub fn cli_main(args: &[String]) -> i32 {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    cli_run(args, &mut stdout.lock(), &mut stderr.lock())
}

/// [`cli_main`] with its output streams given (for tests and embedding).
pub fn cli_run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    process_start();
    let invocation = match parse(args) {
        Ok(invocation) => invocation,
        Err(message) => {
            let _ = writeln!(err, "veritor store: error: {message}\n{USAGE}");
            return 2;
        }
    };
    let root = invocation.store.unwrap_or_else(Store::default_path);
    match run(&root, invocation.command, out) {
        Ok(code) => code,
        Err(error) => {
            let _ = writeln!(err, "veritor store: error: {error}");
            match error {
                Error::CorruptObject { .. } | Error::MissingObject { .. } => 1,
                _ => 2,
            }
        }
    }
}

/// Runs one command; `Ok` carries the exit code, `Err` is printed by the caller.
fn run(root: &std::path::Path, command: Command, out: &mut dyn Write) -> Result<i32, Error> {
    // Output errors (a closed pipe) are not the store's problem: ignore them.
    macro_rules! say {
        ($($arg:tt)*) => { let _ = writeln!(out, $($arg)*); };
    }
    match command {
        Command::Help => {
            say!("{USAGE}");
            Ok(0)
        }
        Command::Verify { json } => {
            let store = Store::open_existing(root)?;
            let report = store.verify()?;
            let verdict = Verdict {
                ok: report.is_ok(),
                summary: report.summary(),
                report: &report,
            };
            print_report(out, &verdict, report.lines(), json)?;
            Ok(if report.is_ok() { 0 } else { 1 })
        }
        Command::Gc { dry_run, json } => {
            let store = Store::open_existing(root)?;
            let report = if dry_run {
                store.gc_dry_run()?
            } else {
                store.gc()?
            };
            let verdict = Verdict {
                ok: true,
                summary: report.summary(),
                report: &report,
            };
            print_report(out, &verdict, report.lines(), json)?;
            Ok(0)
        }
        Command::Put { file } => {
            let store = Store::open(root)?;
            let digest = store.put_file(&file)?;
            say!("{digest}");
            Ok(0)
        }
        Command::Get { digest, output } => {
            let digest = Digest::parse(&digest)?;
            let store = Store::open_existing(root)?;
            let bytes = store.get_blob(&digest)?;
            if output.as_os_str() == "-" {
                out.write_all(&bytes)
                    .and_then(|()| out.flush())
                    .map_err(|source| {
                        IoError::new("cannot write", PathBuf::from("<stdout>"), source)
                    })?;
            } else {
                write_file_atomic(&output, &bytes)?;
            }
            Ok(0)
        }
        Command::Ls { section } => {
            let store = Store::open_existing(root)?;
            let show = |s: Section| section.is_none() || section == Some(s);
            let list = |digests: &[Digest]| {
                digests
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(",")
            };
            if show(Section::Workloads) {
                for w in store.workloads()? {
                    say!(
                        "workload {:?} graph={} entry={:?} created_ms={}",
                        w.name,
                        w.graph,
                        w.entry_point,
                        w.created_ms
                    );
                }
            }
            if show(Section::Claims) {
                for c in store.claims(None)? {
                    say!(
                        "claim {:?} workload={:?} strategy={} inputs=[{}] outputs=[{}] commitment={} body={} created_ms={}",
                        c.id,
                        c.workload,
                        c.strategy,
                        list(&c.inputs),
                        list(&c.outputs),
                        c.commitment,
                        c.body,
                        c.created_ms
                    );
                }
            }
            if show(Section::Runs) {
                for r in store.runs(None)? {
                    let finished = r
                        .finished_ms
                        .map_or_else(|| "-".to_string(), |ms| ms.to_string());
                    say!(
                        "run {:?} workload={:?} role={} backend={:?} status={} outputs=[{}] started_ms={} finished_ms={finished}",
                        r.id,
                        r.workload,
                        r.role,
                        r.backend,
                        r.status,
                        list(&r.outputs),
                        r.started_ms
                    );
                }
            }
            if show(Section::Refs) {
                for r in store.references()? {
                    say!("ref {r} -> {}", r.digest);
                }
            }
            if show(Section::Objects) {
                for digest in store.objects() {
                    say!("object {digest}");
                }
            }
            Ok(0)
        }
    }
}

/// What `--json` prints: the verdict, the summary line and the whole report.
#[derive(Serialize)]
struct Verdict<'a, R: Serialize> {
    ok: bool,
    summary: String,
    report: &'a R,
}

/// Prints a report: with `--json` the whole verdict, else the report's lines and then the
/// summary. Output errors (a closed pipe) are ignored, as everywhere in `run`.
fn print_report<R: Serialize>(
    out: &mut dyn Write,
    verdict: &Verdict<'_, R>,
    lines: Vec<String>,
    json: bool,
) -> Result<(), Error> {
    if json {
        let _ = writeln!(out, "{}", to_json(verdict)?);
    } else {
        for line in lines {
            let _ = writeln!(out, "{line}");
        }
        let _ = writeln!(out, "{}", verdict.summary);
    }
    Ok(())
}

/// Pretty JSON; a path that is not UTF-8 cannot be written as JSON.
fn to_json(value: &impl Serialize) -> Result<String, Error> {
    serde_json::to_string_pretty(value).map_err(|err| Error::Invalid {
        what: "JSON output",
        message: err.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(String::from).collect()
    }

    fn parsed(text: &str) -> Result<Invocation, String> {
        parse(&words(text))
    }

    #[test]
    fn parse_success_store_flag_anywhere_and_leading_store_word() {
        let a = parsed("--store d verify").unwrap();
        let b = parsed("store verify --store=d").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.store, Some(PathBuf::from("d")));
        assert_eq!(a.command, Command::Verify { json: false });
    }

    #[test]
    fn parse_success_get_and_gc_flags() {
        assert_eq!(
            parsed("get abc -o -").unwrap().command,
            Command::Get {
                digest: "abc".into(),
                output: PathBuf::from("-")
            }
        );
        assert_eq!(
            parsed("gc --dry-run --json").unwrap().command,
            Command::Gc {
                dry_run: true,
                json: true
            }
        );
        assert_eq!(
            parsed("ls runs").unwrap().command,
            Command::Ls {
                section: Some(Section::Runs)
            }
        );
    }

    #[test]
    fn parse_failure_messages() {
        let cases = [
            ("", "no command given"),
            (
                "frob",
                "unknown command \"frob\"; valid: verify, gc, put, get, ls",
            ),
            ("verify --fast", "unknown option \"--fast\""),
            ("get abc", "get needs -o FILE ('-' for stdout)"),
            ("verify -o x", "-o does not apply to verify"),
            ("put", "put takes one FILE, got 0 operands: "),
            ("put f --json", "--json does not apply to put"),
            ("verify --store", "--store needs a value"),
        ];
        for (args, message) in cases {
            assert_eq!(parsed(args).unwrap_err(), message, "{args:?}");
        }
        assert!(parsed("ls tables")
            .unwrap_err()
            .starts_with("unknown section \"tables\""));
    }

    #[test]
    fn cli_run_failure_bad_usage_exit_2() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(cli_run(&words("frob"), &mut out, &mut err), 2);
        let err = String::from_utf8(err).unwrap();
        assert!(
            err.starts_with("veritor store: error: unknown command"),
            "{err}"
        );
        assert!(err.contains("usage: veritor store"), "{err}");
    }

    #[test]
    fn cli_run_failure_bad_digest_exit_2() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let args = words("--store /nonexistent-veritor-store get xyz -o -");
        assert_eq!(cli_run(&args, &mut out, &mut err), 2);
        let err = String::from_utf8(err).unwrap();
        assert_eq!(
            err,
            "veritor store: error: invalid digest \"xyz\": expected 64 hex digits, found 3 characters\n"
        );
    }
}
