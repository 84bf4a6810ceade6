//! `verify` (every object hashed again, every reference resolved) and `gc` (remove what
//! nothing references).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::PathBuf;

use serde::Serialize;

use crate::objects::Entry;
use crate::store::process_start;
use crate::{Digest, Error, Reference, Store};

/// Something wrong in a store: `verify` fails when there is at least one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// An object's content does not hash to its name (a flipped byte, a truncation).
    Corrupt {
        /// The object's name.
        digest: Digest,
        /// Its file.
        path: PathBuf,
        /// What the content hashes to.
        actual: Digest,
        /// The content's size.
        size: u64,
        /// The index rows that reference it (empty: nothing does).
        referenced_by: Vec<Reference>,
    },
    /// The index references an object that is not there.
    Missing {
        /// The object's name.
        digest: Digest,
        /// Where its file should be.
        path: PathBuf,
        /// The index rows that reference it.
        referenced_by: Vec<Reference>,
    },
    /// A file or directory that could not be read.
    Unreadable {
        /// Which.
        path: PathBuf,
        /// The OS error.
        message: String,
    },
    /// A file under `objects/` that the store did not write (it is never removed).
    Foreign {
        /// Which.
        path: PathBuf,
        /// Why it is not an object or a temporary file.
        why: String,
    },
    /// The index itself: SQLite's integrity check, a malformed row, a reference to a row
    /// that does not exist.
    Index {
        /// What is wrong, naming the row.
        message: String,
    },
}

fn write_refs(f: &mut fmt::Formatter<'_>, refs: &[Reference]) -> fmt::Result {
    if refs.is_empty() {
        return f.write_str("; not referenced");
    }
    f.write_str("; referenced by ")?;
    for (i, reference) in refs.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{reference}")?;
    }
    Ok(())
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Corrupt {
                digest,
                path,
                actual,
                size,
                referenced_by,
            } => {
                write!(
                    f,
                    "corrupt object {digest} ({}): its {size} bytes hash to {actual}",
                    path.display()
                )?;
                write_refs(f, referenced_by)
            }
            Problem::Missing {
                digest,
                path,
                referenced_by,
            } => {
                write!(f, "missing object {digest} ({})", path.display())?;
                write_refs(f, referenced_by)
            }
            Problem::Unreadable { path, message } => {
                write!(f, "unreadable {}: {message}", path.display())
            }
            Problem::Foreign { path, why } => {
                write!(f, "foreign file {}: {why}", path.display())
            }
            Problem::Index { message } => write!(f, "index problem: {message}"),
        }
    }
}

/// What `verify` found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Object files hashed.
    pub objects: usize,
    /// Their total size in bytes.
    pub bytes: u64,
    /// References in the index.
    pub references: usize,
    /// Everything wrong; empty when the store is sound.
    pub problems: Vec<Problem>,
    /// Intact objects that nothing references (`gc` would remove them): not a problem.
    pub unreferenced: Vec<(Digest, PathBuf)>,
    /// Temporary files: writes in progress or left by a process that died. Not a
    /// problem: objects appear only by rename, so these were never objects.
    pub stray: Vec<PathBuf>,
}

impl Report {
    /// True when there is no problem.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }

    /// Problems of one kind, counted for the summary.
    fn count(&self, pred: impl Fn(&Problem) -> bool) -> usize {
        self.problems.iter().filter(|p| pred(p)).count()
    }

    /// One line per problem, then notes for unreferenced objects and stray files.
    pub fn lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self.problems.iter().map(ToString::to_string).collect();
        for (digest, path) in &self.unreferenced {
            lines.push(format!(
                "note: unreferenced object {digest} ({})",
                path.display()
            ));
        }
        for path in &self.stray {
            lines.push(format!(
                "note: stray temporary file {} (a write that did not finish)",
                path.display()
            ));
        }
        lines
    }

    /// The verdict line.
    pub fn summary(&self) -> String {
        let checked = format!(
            "{} objects ({} bytes), {} references; {} unreferenced, {} stray temporary files",
            self.objects,
            self.bytes,
            self.references,
            self.unreferenced.len(),
            self.stray.len()
        );
        if self.is_ok() {
            return format!("store verify: ok: {checked}");
        }
        let kinds = [
            (
                "corrupt",
                self.count(|p| matches!(p, Problem::Corrupt { .. })),
            ),
            (
                "missing",
                self.count(|p| matches!(p, Problem::Missing { .. })),
            ),
            (
                "unreadable",
                self.count(|p| matches!(p, Problem::Unreadable { .. })),
            ),
            (
                "foreign",
                self.count(|p| matches!(p, Problem::Foreign { .. })),
            ),
            ("index", self.count(|p| matches!(p, Problem::Index { .. }))),
        ];
        let detail: Vec<String> = kinds
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(name, n)| format!("{n} {name}"))
            .collect();
        format!(
            "store verify: FAILED: {} problems ({}) in {checked}",
            self.problems.len(),
            detail.join(", ")
        )
    }
}

/// What `gc` removed (or, for a dry run, would remove).
#[derive(Debug, Clone, Default, Serialize)]
pub struct GcReport {
    /// True when nothing was removed, only listed.
    pub dry_run: bool,
    /// Unreferenced objects removed: digest, file, size.
    pub removed: Vec<(Digest, PathBuf, u64)>,
    /// Temporary files removed (older than this process).
    pub removed_temp: Vec<PathBuf>,
    /// Temporary files kept because they may be writes in progress.
    pub kept_temp: Vec<PathBuf>,
    /// Referenced objects present (all kept).
    pub kept: usize,
    /// Bytes freed by removing objects and temporary files.
    pub freed_bytes: u64,
}

impl GcReport {
    /// One line per removed file.
    pub fn lines(&self) -> Vec<String> {
        let verb = if self.dry_run {
            "would remove"
        } else {
            "removed"
        };
        let mut lines: Vec<String> = self
            .removed
            .iter()
            .map(|(digest, path, size)| {
                format!(
                    "{verb} unreferenced object {digest} ({}, {size} bytes)",
                    path.display()
                )
            })
            .collect();
        for path in &self.removed_temp {
            lines.push(format!("{verb} stray temporary file {}", path.display()));
        }
        for path in &self.kept_temp {
            lines.push(format!(
                "kept temporary file {} (younger than this process: maybe a write in progress)",
                path.display()
            ));
        }
        lines
    }

    /// The summary line.
    pub fn summary(&self) -> String {
        format!(
            "store gc: {}{} unreferenced objects and {} temporary files ({} bytes); kept {} referenced objects",
            if self.dry_run { "dry run: would remove " } else { "removed " },
            self.removed.len(),
            self.removed_temp.len(),
            self.freed_bytes,
            self.kept
        )
    }
}

impl Store {
    /// Hashes every object file again and resolves every reference in the index.
    ///
    /// Only a failure to read the index at all is an `Err`; everything else it finds
    /// (corrupt, missing, unreadable or foreign files, index inconsistencies) is named in
    /// the report's `problems`, and unreferenced objects and temporary files in its notes.
    pub fn verify(&self) -> Result<Report, Error> {
        let mut report = Report::default();
        let index = self.index_layer();
        for message in index.integrity_problems()? {
            report.problems.push(Problem::Index {
                message: format!("SQLite integrity check: {message}"),
            });
        }
        let mut by_digest: BTreeMap<Digest, Vec<Reference>> = BTreeMap::new();
        let raw = index.raw_references()?;
        report.references = raw.len();
        for raw in &raw {
            match raw.parse() {
                Ok(reference) => by_digest
                    .entry(reference.digest)
                    .or_default()
                    .push(reference),
                Err(message) => report.problems.push(Problem::Index { message }),
            }
        }
        for raw in index.dangling_references()? {
            report.problems.push(Problem::Index {
                message: format!(
                    "reference {} {:?} {} {} to {} names a row that does not exist",
                    raw.kind, raw.id, raw.field, raw.position, raw.digest
                ),
            });
        }
        let objects = self.objects_layer();
        let mut seen = BTreeSet::new();
        for entry in objects.walk() {
            match entry {
                Entry::Object { digest, path } => {
                    seen.insert(digest);
                    let refs = by_digest.get(&digest).cloned().unwrap_or_default();
                    match objects.check(&digest) {
                        Ok(size) => {
                            report.objects += 1;
                            report.bytes += size;
                            if refs.is_empty() {
                                report.unreferenced.push((digest, path));
                            }
                        }
                        Err(Error::CorruptObject {
                            digest,
                            path,
                            actual,
                            size,
                        }) => {
                            report.objects += 1;
                            report.bytes += size;
                            report.problems.push(Problem::Corrupt {
                                digest,
                                path,
                                actual,
                                size,
                                referenced_by: refs,
                            });
                        }
                        // Removed since the walk: judged below like any absent object.
                        Err(Error::MissingObject { .. }) => {
                            seen.remove(&digest);
                        }
                        Err(err) => report.problems.push(Problem::Unreadable {
                            path,
                            message: err.to_string(),
                        }),
                    }
                }
                Entry::Temp { path, .. } => report.stray.push(path),
                Entry::Foreign { path, why } => report.problems.push(Problem::Foreign {
                    path,
                    why: why.to_string(),
                }),
                Entry::Unreadable { path, error } => report.problems.push(Problem::Unreadable {
                    path,
                    message: error.to_string(),
                }),
            }
        }
        for (digest, refs) in by_digest {
            if !seen.contains(&digest) {
                report.problems.push(Problem::Missing {
                    digest,
                    path: objects.path(&digest),
                    referenced_by: refs,
                });
            }
        }
        Ok(report)
    }

    /// Removes every object that no index row references, and temporary files older than
    /// this process. Referenced objects, foreign files and younger temporary files are
    /// never touched. Needs the store to itself ([`Error::Busy`] otherwise); an index that
    /// cannot be read completely removes nothing.
    pub fn gc(&self) -> Result<GcReport, Error> {
        self.exclusively(|| self.collect(false))
    }

    /// What [`Store::gc`] would remove, removing nothing.
    pub fn gc_dry_run(&self) -> Result<GcReport, Error> {
        self.collect(true)
    }

    fn collect(&self, dry_run: bool) -> Result<GcReport, Error> {
        // Every reference must parse: a row we cannot read might be what keeps an
        // object alive, so a malformed one stops gc before anything is removed.
        let live: BTreeSet<Digest> = self.references()?.into_iter().map(|r| r.digest).collect();
        let start = process_start();
        let objects = self.objects_layer();
        let mut report = GcReport {
            dry_run,
            ..GcReport::default()
        };
        for entry in objects.walk() {
            match entry {
                Entry::Object { digest, .. } if live.contains(&digest) => report.kept += 1,
                Entry::Object { digest, path } => {
                    let size = fs::symlink_metadata(&path).map(|m| m.len()).unwrap_or(0);
                    if !dry_run {
                        objects.remove(&path)?;
                    }
                    report.freed_bytes += size;
                    report.removed.push((digest, path, size));
                }
                Entry::Temp { path, modified } => {
                    if modified.is_some_and(|modified| modified < start) {
                        let size = fs::symlink_metadata(&path).map(|m| m.len()).unwrap_or(0);
                        if !dry_run {
                            objects.remove(&path)?;
                        }
                        report.freed_bytes += size;
                        report.removed_temp.push(path);
                    } else {
                        report.kept_temp.push(path);
                    }
                }
                Entry::Foreign { .. } | Entry::Unreadable { .. } => {}
            }
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Kind, Workload};
    use veritor_fsutil::Scratch;

    #[test]
    fn verify_success_empty_store() {
        let scratch = Scratch::new("check-empty");
        let store = Store::open(scratch.path("s")).unwrap();
        let report = store.verify().unwrap();
        assert!(report.is_ok());
        assert_eq!(
            report.summary(),
            "store verify: ok: 0 objects (0 bytes), 0 references; 0 unreferenced, 0 stray temporary files"
        );
    }

    #[test]
    fn verify_failure_missing_names_object_and_reference() {
        let scratch = Scratch::new("check-missing");
        let store = Store::open(scratch.path("s")).unwrap();
        let graph = store.put_blob(b"graph").unwrap();
        store
            .add_workload(&Workload::new("w", graph, "main"))
            .unwrap();
        fs::remove_file(store.object_path(&graph)).unwrap();
        let report = store.verify().unwrap();
        assert_eq!(
            report.lines(),
            [format!(
                "missing object {graph} ({}); referenced by workload \"w\" graph",
                store.object_path(&graph).display()
            )]
        );
        assert!(report
            .summary()
            .starts_with("store verify: FAILED: 1 problems (1 missing)"));
    }

    #[test]
    fn verify_failure_dangling_reference_is_index_problem() {
        let scratch = Scratch::new("check-dangling");
        let store = Store::open(scratch.path("s")).unwrap();
        let graph = store.put_blob(b"graph").unwrap();
        store
            .add_workload(&Workload::new("w", graph, "main"))
            .unwrap();
        let conn = rusqlite::Connection::open(store.index_path()).unwrap();
        conn.execute("DELETE FROM workloads", []).unwrap();
        drop(conn);
        let report = store.verify().unwrap();
        assert_eq!(report.problems.len(), 1, "{:?}", report.lines());
        assert!(
            report.lines()[0].contains("names a row that does not exist"),
            "{:?}",
            report.lines()
        );
    }

    #[test]
    fn gc_success_dry_run_removes_nothing() {
        let scratch = Scratch::new("check-dry");
        let store = Store::open(scratch.path("s")).unwrap();
        let keep = store.put_blob(b"keep").unwrap();
        let drop_me = store.put_blob(b"drop").unwrap();
        store
            .add_workload(&Workload::new("w", keep, "main"))
            .unwrap();
        let report = store.gc_dry_run().unwrap();
        assert_eq!(report.removed.len(), 1);
        assert_eq!(report.removed[0].0, drop_me);
        assert!(store.has_blob(&drop_me));
        assert!(report.lines()[0].starts_with("would remove unreferenced object"));
    }

    #[test]
    fn gc_success_after_remove_and_unlink() {
        let scratch = Scratch::new("check-unlink");
        let store = Store::open(scratch.path("s")).unwrap();
        let graph = store.put_blob(b"graph").unwrap();
        let manifest = store.put_blob(b"manifest").unwrap();
        store
            .add_workload(&Workload::new("w", graph, "main"))
            .unwrap();
        store.link(Kind::Workload, "w", &manifest).unwrap();
        assert_eq!(store.gc().unwrap().removed.len(), 0);
        store.unlink(Kind::Workload, "w", &manifest).unwrap();
        let report = store.gc().unwrap();
        assert_eq!(report.removed.len(), 1);
        assert!(!store.has_blob(&manifest));
        store.remove(Kind::Workload, "w").unwrap();
        assert_eq!(store.gc().unwrap().removed.len(), 1);
        assert!(store.objects().is_empty());
    }
}
