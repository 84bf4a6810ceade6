//! The SQLite index: workloads, claims, runs, and the references from their rows to blobs.
//!
//! Every digest a row holds is a row of `refs` (the row tables hold only scalars), so the
//! set of live blobs is exactly `SELECT digest FROM refs`. Writes run in `BEGIN IMMEDIATE`
//! transactions; the database is in WAL mode with `synchronous=FULL`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{params, params_from_iter, Connection, OpenFlags, OptionalExtension};

use crate::model::{check_name, Claim, Field, Kind, Reference, Role, Run, RunStatus, Strategy};
use crate::{Digest, Error, Workload};

/// The schema this build writes and reads.
pub const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE schema_version (version INTEGER NOT NULL) STRICT;
CREATE TABLE workloads (
    name TEXT PRIMARY KEY NOT NULL,
    entry_point TEXT NOT NULL,
    created_ms INTEGER NOT NULL
) STRICT;
CREATE TABLE claims (
    id TEXT PRIMARY KEY NOT NULL,
    workload TEXT NOT NULL REFERENCES workloads(name),
    strategy TEXT NOT NULL,
    commitment TEXT NOT NULL,
    created_ms INTEGER NOT NULL
) STRICT;
CREATE TABLE runs (
    id TEXT PRIMARY KEY NOT NULL,
    workload TEXT NOT NULL REFERENCES workloads(name),
    role TEXT NOT NULL,
    backend TEXT NOT NULL,
    status TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    finished_ms INTEGER
) STRICT;
CREATE TABLE refs (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    field TEXT NOT NULL,
    position INTEGER NOT NULL,
    digest TEXT NOT NULL,
    PRIMARY KEY (kind, id, field, position, digest)
) STRICT;
CREATE INDEX refs_digest ON refs(digest);
";

/// A reference as stored, before its names and digest are checked.
#[derive(Debug)]
pub(crate) struct RawRef {
    pub kind: String,
    pub id: String,
    pub field: String,
    pub position: i64,
    pub digest: String,
}

impl RawRef {
    /// A row of `SELECT kind, id, field, position, digest FROM refs`.
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<RawRef> {
        Ok(RawRef {
            kind: row.get(0)?,
            id: row.get(1)?,
            field: row.get(2)?,
            position: row.get(3)?,
            digest: row.get(4)?,
        })
    }

    /// Parses the stored text; the error says which row is malformed and how.
    pub(crate) fn parse(&self) -> Result<Reference, String> {
        let fail = |what: String| {
            format!(
                "reference {} {:?} {} {}: {what}",
                self.kind, self.id, self.field, self.position
            )
        };
        Ok(Reference {
            kind: Kind::parse(&self.kind).map_err(|e| fail(e.to_string()))?,
            id: self.id.clone(),
            field: Field::parse(&self.field).map_err(|e| fail(e.to_string()))?,
            position: u32::try_from(self.position)
                .map_err(|_| fail(format!("position {} is out of range", self.position)))?,
            digest: Digest::parse(&self.digest).map_err(|e| fail(e.to_string()))?,
        })
    }
}

/// How a run ended: what [`Index::finish_run`] records.
pub(crate) struct RunEnd<'a> {
    pub status: RunStatus,
    pub outputs: &'a [Digest],
    pub finished_ms: i64,
}

/// The open index.
pub(crate) struct Index {
    conn: Connection,
    path: PathBuf,
}

impl Index {
    /// Opens the index at `path` (creating the file when `create`), sets WAL mode and
    /// creates or checks the schema. An existing file is never rewritten or replaced.
    pub(crate) fn open(path: &Path, create: bool) -> Result<Index, Error> {
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let fail = |action: &'static str| {
            move |err: rusqlite::Error| Error::Index {
                path: path.to_path_buf(),
                action,
                message: err.to_string(),
            }
        };
        let conn = Connection::open_with_flags(path, flags).map_err(fail("cannot open"))?;
        conn.busy_timeout(Duration::from_secs(30))
            .map_err(fail("cannot configure"))?;
        // The first statement that reads the file: a file that is not SQLite fails here.
        let mode: String = conn
            .query_row("PRAGMA journal_mode=WAL", [], |row| row.get(0))
            .map_err(fail("cannot open"))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::Index {
                path: path.to_path_buf(),
                action: "cannot open",
                message: format!("cannot switch to WAL mode (journal mode is {mode})"),
            });
        }
        conn.execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")
            .map_err(fail("cannot configure"))?;
        let index = Index {
            conn,
            path: path.to_path_buf(),
        };
        index.ensure_schema()?;
        Ok(index)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    fn fail(&self, action: &'static str) -> impl Fn(rusqlite::Error) -> Error + '_ {
        move |err| Error::Index {
            path: self.path.clone(),
            action,
            message: err.to_string(),
        }
    }

    fn version(&self) -> Result<Option<i64>, Error> {
        let has_table: bool = self
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
                [],
                |row| row.get::<_, i64>(0),
            )
            .map(|n| n > 0)
            .map_err(self.fail("cannot read the schema"))?;
        if !has_table {
            return Ok(None);
        }
        let versions: Vec<i64> = self
            .conn
            .prepare("SELECT version FROM schema_version")
            .and_then(|mut stmt| stmt.query_map([], |row| row.get(0))?.collect())
            .map_err(self.fail("cannot read the schema version"))?;
        match versions.as_slice() {
            [version] => Ok(Some(*version)),
            _ => Err(Error::Index {
                path: self.path.clone(),
                action: "cannot read the schema version",
                message: format!("schema_version holds {} rows, expected one", versions.len()),
            }),
        }
    }

    fn ensure_schema(&self) -> Result<(), Error> {
        let version = match self.version()? {
            Some(version) => version,
            None => self.write(|conn| {
                // Checked again inside the write lock: another process may have created it.
                if let Some(version) = self.version()? {
                    return Ok(version);
                }
                let tables: i64 = conn
                    .query_row(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                        [],
                        |row| row.get(0),
                    )
                    .map_err(self.fail("cannot read the schema"))?;
                if tables > 0 {
                    return Err(Error::Index {
                        path: self.path.clone(),
                        action: "cannot use",
                        message: format!(
                            "the database holds {tables} tables but no schema_version: \
                             it is not a Veritor index"
                        ),
                    });
                }
                conn.execute_batch(SCHEMA)
                    .map_err(self.fail("cannot create the schema"))?;
                conn.execute(
                    "INSERT INTO schema_version (version) VALUES (?1)",
                    [SCHEMA_VERSION],
                )
                .map_err(self.fail("cannot create the schema"))?;
                Ok(SCHEMA_VERSION)
            })?,
        };
        if version > SCHEMA_VERSION {
            return Err(Error::SchemaTooNew {
                path: self.path.clone(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if version < 1 {
            return Err(Error::Index {
                path: self.path.clone(),
                action: "cannot use",
                message: format!("unknown schema version {version}"),
            });
        }
        // Version 1 is the first: there is nothing to migrate yet.
        Ok(())
    }

    /// Runs `body` in a write transaction (`BEGIN IMMEDIATE`); rolls back on error.
    fn write<T>(&self, body: impl FnOnce(&Connection) -> Result<T, Error>) -> Result<T, Error> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(self.fail("cannot start a write"))?;
        let result = body(&self.conn).and_then(|value| {
            self.conn
                .execute_batch("COMMIT")
                .map_err(self.fail("cannot commit"))?;
            Ok(value)
        });
        if result.is_err() && !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        result
    }

    /// Runs `body` in a read transaction, so that several statements see one snapshot.
    fn read<T>(&self, body: impl FnOnce(&Connection) -> Result<T, Error>) -> Result<T, Error> {
        self.conn
            .execute_batch("BEGIN DEFERRED")
            .map_err(self.fail("cannot start a read"))?;
        let result = body(&self.conn);
        let _ = self.conn.execute_batch("COMMIT");
        result
    }

    fn exists(&self, conn: &Connection, kind: Kind, id: &str) -> Result<bool, Error> {
        let sql = match kind {
            Kind::Workload => "SELECT count(*) FROM workloads WHERE name = ?1",
            Kind::Claim => "SELECT count(*) FROM claims WHERE id = ?1",
            Kind::Run => "SELECT count(*) FROM runs WHERE id = ?1",
        };
        conn.query_row(sql, [id], |row| row.get::<_, i64>(0))
            .map(|n| n > 0)
            .map_err(self.fail("cannot read"))
    }

    fn require(&self, conn: &Connection, kind: Kind, id: &str) -> Result<(), Error> {
        if self.exists(conn, kind, id)? {
            Ok(())
        } else {
            Err(Error::NoSuchRow {
                kind,
                id: id.to_string(),
            })
        }
    }

    /// Writes a new row (`sql` with `values`) and its references, field by field; true.
    fn insert_row(
        &self,
        conn: &Connection,
        (kind, id): (Kind, &str),
        sql: &str,
        values: impl rusqlite::Params,
        refs: &[(Field, &[Digest])],
    ) -> Result<bool, Error> {
        conn.execute(sql, values)
            .map_err(self.fail("cannot write"))?;
        for (field, digests) in refs {
            self.insert_refs(conn, kind, id, *field, digests)?;
        }
        Ok(true)
    }

    fn insert_refs(
        &self,
        conn: &Connection,
        kind: Kind,
        id: &str,
        field: Field,
        digests: &[Digest],
    ) -> Result<(), Error> {
        let mut stmt = conn
            .prepare_cached(
                "INSERT OR IGNORE INTO refs (kind, id, field, position, digest) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )
            .map_err(self.fail("cannot write"))?;
        for (position, digest) in digests.iter().enumerate() {
            stmt.execute(params![
                kind.as_str(),
                id,
                field.as_str(),
                position as i64,
                digest.to_string()
            ])
            .map_err(self.fail("cannot write"))?;
        }
        Ok(())
    }

    /// The digests of one field of one row, in position order.
    fn field_digests(
        &self,
        conn: &Connection,
        kind: Kind,
        id: &str,
        field: Field,
    ) -> Result<Vec<Digest>, Error> {
        let texts: Vec<String> = conn
            .prepare_cached(
                "SELECT digest FROM refs WHERE kind = ?1 AND id = ?2 AND field = ?3 \
                 ORDER BY position, digest",
            )
            .and_then(|mut stmt| {
                stmt.query_map(params![kind.as_str(), id, field.as_str()], |row| row.get(0))?
                    .collect()
            })
            .map_err(self.fail("cannot read"))?;
        texts
            .iter()
            .map(|text| {
                Digest::parse(text).map_err(|err| self.bad_row(kind, id, field.as_str(), err))
            })
            .collect()
    }

    fn bad_row(&self, kind: Kind, id: &str, field: &str, err: impl std::fmt::Display) -> Error {
        Error::Index {
            path: self.path.clone(),
            action: "malformed row",
            message: format!("{kind} {id:?} {field}: {err}"),
        }
    }

    fn one_digest(
        &self,
        conn: &Connection,
        kind: Kind,
        id: &str,
        field: Field,
    ) -> Result<Digest, Error> {
        let digests = self.field_digests(conn, kind, id, field)?;
        match digests.as_slice() {
            [digest] => Ok(*digest),
            _ => Err(self.bad_row(
                kind,
                id,
                field.as_str(),
                format!("{} references, expected one", digests.len()),
            )),
        }
    }

    /// Adds a workload; returns false (and changes nothing) when the same one is there.
    pub(crate) fn add_workload(&self, workload: &Workload) -> Result<bool, Error> {
        check_name("workload name", &workload.name)?;
        check_name("entry point", &workload.entry_point)?;
        self.write(|conn| {
            if let Some(old) = self.workload_in(conn, &workload.name)? {
                let same = [
                    ("graph", old.graph == workload.graph),
                    ("entry point", old.entry_point == workload.entry_point),
                ];
                return existing(Kind::Workload, &workload.name, &same);
            }
            self.insert_row(
                conn,
                (Kind::Workload, &workload.name),
                "INSERT INTO workloads (name, entry_point, created_ms) VALUES (?1, ?2, ?3)",
                params![workload.name, workload.entry_point, workload.created_ms],
                &[(Field::Graph, &[workload.graph])],
            )
        })
    }

    /// Adds a claim; returns false (and changes nothing) when the same one is there.
    pub(crate) fn add_claim(&self, claim: &Claim) -> Result<bool, Error> {
        check_name("claim id", &claim.id)?;
        self.write(|conn| {
            self.require(conn, Kind::Workload, &claim.workload)?;
            if let Some(old) = self.claim_in(conn, &claim.id)? {
                let same = [
                    ("workload", old.workload == claim.workload),
                    ("strategy", old.strategy == claim.strategy),
                    ("inputs", old.inputs == claim.inputs),
                    ("outputs", old.outputs == claim.outputs),
                    ("commitment", old.commitment == claim.commitment),
                    ("body", old.body == claim.body),
                ];
                return existing(Kind::Claim, &claim.id, &same);
            }
            self.insert_row(
                conn,
                (Kind::Claim, &claim.id),
                "INSERT INTO claims (id, workload, strategy, commitment, created_ms) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    claim.id,
                    claim.workload,
                    claim.strategy.as_str(),
                    claim.commitment.to_string(),
                    claim.created_ms
                ],
                &[
                    (Field::Input, &claim.inputs),
                    (Field::Output, &claim.outputs),
                    (Field::Body, &[claim.body]),
                ],
            )
        })
    }

    /// Adds a run; returns false (and changes nothing) when the same one is there.
    pub(crate) fn add_run(&self, run: &Run) -> Result<bool, Error> {
        check_name("run id", &run.id)?;
        check_name("backend", &run.backend)?;
        self.write(|conn| {
            self.require(conn, Kind::Workload, &run.workload)?;
            if let Some(old) = self.run_in(conn, &run.id)? {
                let same = [
                    ("workload", old.workload == run.workload),
                    ("role", old.role == run.role),
                    ("backend", old.backend == run.backend),
                    ("status", old.status == run.status),
                    ("outputs", old.outputs == run.outputs),
                ];
                return existing(Kind::Run, &run.id, &same);
            }
            self.insert_row(
                conn,
                (Kind::Run, &run.id),
                "INSERT INTO runs (id, workload, role, backend, status, started_ms, finished_ms) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    run.id,
                    run.workload,
                    run.role.as_str(),
                    run.backend,
                    run.status.as_str(),
                    run.started_ms,
                    run.finished_ms
                ],
                &[(Field::Output, &run.outputs)],
            )
        })
    }

    /// Sets a run's status, outputs and finish time.
    pub(crate) fn finish_run(&self, id: &str, end: RunEnd<'_>) -> Result<(), Error> {
        self.write(|conn| {
            self.require(conn, Kind::Run, id)?;
            conn.execute(
                "UPDATE runs SET status = ?2, finished_ms = ?3 WHERE id = ?1",
                params![id, end.status.as_str(), end.finished_ms],
            )
            .map_err(self.fail("cannot write"))?;
            conn.execute(
                "DELETE FROM refs WHERE kind = 'run' AND id = ?1 AND field = 'output'",
                [id],
            )
            .map_err(self.fail("cannot write"))?;
            self.insert_refs(conn, Kind::Run, id, Field::Output, end.outputs)
        })
    }

    /// Adds a `link` reference; returns false when it was already there.
    pub(crate) fn link(&self, kind: Kind, id: &str, digest: &Digest) -> Result<bool, Error> {
        self.write(|conn| {
            self.require(conn, kind, id)?;
            let n = conn
                .execute(
                    "INSERT OR IGNORE INTO refs (kind, id, field, position, digest) \
                     VALUES (?1, ?2, 'link', 0, ?3)",
                    params![kind.as_str(), id, digest.to_string()],
                )
                .map_err(self.fail("cannot write"))?;
            Ok(n > 0)
        })
    }

    /// Removes a `link` reference; returns false when there was none.
    pub(crate) fn unlink(&self, kind: Kind, id: &str, digest: &Digest) -> Result<bool, Error> {
        self.write(|conn| {
            self.require(conn, kind, id)?;
            let n = conn
                .execute(
                    "DELETE FROM refs WHERE kind = ?1 AND id = ?2 AND field = 'link' AND digest = ?3",
                    params![kind.as_str(), id, digest.to_string()],
                )
                .map_err(self.fail("cannot write"))?;
            Ok(n > 0)
        })
    }

    /// Removes a row and its references. A workload that claims or runs refer to stays.
    pub(crate) fn remove(&self, kind: Kind, id: &str) -> Result<(), Error> {
        self.write(|conn| {
            self.require(conn, kind, id)?;
            let delete_row = match kind {
                Kind::Workload => {
                    let users: i64 = conn
                        .query_row(
                            "SELECT (SELECT count(*) FROM claims WHERE workload = ?1) \
                                  + (SELECT count(*) FROM runs WHERE workload = ?1)",
                            [id],
                            |row| row.get(0),
                        )
                        .map_err(self.fail("cannot read"))?;
                    if users > 0 {
                        return Err(Error::InUse {
                            id: id.to_string(),
                            users: users as u64,
                        });
                    }
                    "DELETE FROM workloads WHERE name = ?1"
                }
                Kind::Claim => "DELETE FROM claims WHERE id = ?1",
                Kind::Run => "DELETE FROM runs WHERE id = ?1",
            };
            conn.execute(
                "DELETE FROM refs WHERE kind = ?1 AND id = ?2",
                params![kind.as_str(), id],
            )
            .map_err(self.fail("cannot write"))?;
            conn.execute(delete_row, [id])
                .map_err(self.fail("cannot write"))?;
            Ok(())
        })
    }

    /// The row `sql` selects for `key` (its `?1`), mapped by `map`; `None` when there is none.
    fn row<T>(
        &self,
        conn: &Connection,
        sql: &str,
        key: &str,
        map: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Option<T>, Error> {
        conn.query_row(sql, [key], map)
            .optional()
            .map_err(self.fail("cannot read"))
    }

    fn workload_in(&self, conn: &Connection, name: &str) -> Result<Option<Workload>, Error> {
        let row = self.row(
            conn,
            "SELECT entry_point, created_ms FROM workloads WHERE name = ?1",
            name,
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let Some((entry_point, created_ms)) = row else {
            return Ok(None);
        };
        Ok(Some(Workload {
            name: name.to_string(),
            graph: self.one_digest(conn, Kind::Workload, name, Field::Graph)?,
            entry_point,
            created_ms,
        }))
    }

    fn claim_in(&self, conn: &Connection, id: &str) -> Result<Option<Claim>, Error> {
        let row: Option<(String, String, String, i64)> = self.row(
            conn,
            "SELECT workload, strategy, commitment, created_ms FROM claims WHERE id = ?1",
            id,
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )?;
        let Some((workload, strategy, commitment, created_ms)) = row else {
            return Ok(None);
        };
        Ok(Some(Claim {
            id: id.to_string(),
            workload,
            strategy: Strategy::parse(&strategy)
                .map_err(|e| self.bad_row(Kind::Claim, id, "strategy", e))?,
            inputs: self.field_digests(conn, Kind::Claim, id, Field::Input)?,
            outputs: self.field_digests(conn, Kind::Claim, id, Field::Output)?,
            commitment: Digest::parse(&commitment)
                .map_err(|e| self.bad_row(Kind::Claim, id, "commitment", e))?,
            body: self.one_digest(conn, Kind::Claim, id, Field::Body)?,
            created_ms,
        }))
    }

    fn run_in(&self, conn: &Connection, id: &str) -> Result<Option<Run>, Error> {
        type Row = (String, String, String, String, i64, Option<i64>);
        let row: Option<Row> = self.row(
            conn,
            "SELECT workload, role, backend, status, started_ms, finished_ms \
             FROM runs WHERE id = ?1",
            id,
            |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                    row.get(5)?,
                ))
            },
        )?;
        let Some((workload, role, backend, status, started_ms, finished_ms)) = row else {
            return Ok(None);
        };
        Ok(Some(Run {
            id: id.to_string(),
            workload,
            role: Role::parse(&role).map_err(|e| self.bad_row(Kind::Run, id, "role", e))?,
            backend,
            status: RunStatus::parse(&status)
                .map_err(|e| self.bad_row(Kind::Run, id, "status", e))?,
            outputs: self.field_digests(conn, Kind::Run, id, Field::Output)?,
            started_ms,
            finished_ms,
        }))
    }

    pub(crate) fn workload(&self, name: &str) -> Result<Option<Workload>, Error> {
        self.read(|conn| self.workload_in(conn, name))
    }

    pub(crate) fn claim(&self, id: &str) -> Result<Option<Claim>, Error> {
        self.read(|conn| self.claim_in(conn, id))
    }

    pub(crate) fn run(&self, id: &str) -> Result<Option<Run>, Error> {
        self.read(|conn| self.run_in(conn, id))
    }

    pub(crate) fn workloads(&self) -> Result<Vec<Workload>, Error> {
        self.all_rows("workloads", "name", None, |conn, name| {
            self.workload_in(conn, name)
        })
    }

    pub(crate) fn claims(&self, workload: Option<&str>) -> Result<Vec<Claim>, Error> {
        self.all_rows("claims", "id", workload, |conn, id| self.claim_in(conn, id))
    }

    pub(crate) fn runs(&self, workload: Option<&str>) -> Result<Vec<Run>, Error> {
        self.all_rows("runs", "id", workload, |conn, id| self.run_in(conn, id))
    }

    /// Every row of `table` (only those of `workload` when given) in the order of its
    /// `key` column, in one snapshot, each read by `load`.
    fn all_rows<T>(
        &self,
        table: &str,
        key: &str,
        workload: Option<&str>,
        load: impl Fn(&Connection, &str) -> Result<Option<T>, Error>,
    ) -> Result<Vec<T>, Error> {
        let filter = if workload.is_some() {
            " WHERE workload = ?1"
        } else {
            ""
        };
        let sql = format!("SELECT {key} FROM {table}{filter} ORDER BY {key}");
        self.read(|conn| {
            let keys: Vec<String> = conn
                .prepare(&sql)
                .and_then(|mut stmt| {
                    stmt.query_map(params_from_iter(workload), |row| row.get(0))?
                        .collect()
                })
                .map_err(self.fail("cannot read"))?;
            keys.iter()
                .filter_map(|key| load(conn, key).transpose())
                .collect()
        })
    }

    /// Every reference as stored, in one snapshot, sorted.
    pub(crate) fn raw_references(&self) -> Result<Vec<RawRef>, Error> {
        self.ref_rows(
            "SELECT kind, id, field, position, digest FROM refs \
             ORDER BY kind, id, field, position, digest",
        )
    }

    /// Rows of `refs` that name a row that does not exist (the index's own consistency).
    pub(crate) fn dangling_references(&self) -> Result<Vec<RawRef>, Error> {
        self.ref_rows(
            "SELECT kind, id, field, position, digest FROM refs WHERE NOT ( \
               (kind = 'workload' AND id IN (SELECT name FROM workloads)) \
               OR (kind = 'claim' AND id IN (SELECT id FROM claims)) \
               OR (kind = 'run' AND id IN (SELECT id FROM runs))) \
             ORDER BY kind, id, field, position, digest",
        )
    }

    /// The rows of `sql`, which selects `kind, id, field, position, digest` from `refs`.
    fn ref_rows(&self, sql: &str) -> Result<Vec<RawRef>, Error> {
        self.conn
            .prepare(sql)
            .and_then(|mut stmt| stmt.query_map([], RawRef::from_row)?.collect())
            .map_err(self.fail("cannot read the references"))
    }

    /// SQLite's own consistency check of the file; empty when it is sound.
    pub(crate) fn integrity_problems(&self) -> Result<Vec<String>, Error> {
        let lines: Vec<String> = self
            .conn
            .prepare("PRAGMA integrity_check")
            .and_then(|mut stmt| stmt.query_map([], |row| row.get(0))?.collect())
            .map_err(self.fail("cannot check"))?;
        Ok(lines.into_iter().filter(|line| line != "ok").collect())
    }
}

/// A row with this id exists already: `Ok(false)` when every field agrees (a retry), else a
/// conflict naming the first field, in the order given, that differs.
fn existing(kind: Kind, id: &str, same: &[(&'static str, bool)]) -> Result<bool, Error> {
    match same.iter().find(|(_, equal)| !equal) {
        None => Ok(false),
        Some((field, _)) => Err(Error::Conflict {
            kind,
            id: id.to_string(),
            field,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use veritor_fsutil::Scratch;

    fn open(scratch: &Scratch) -> Index {
        Index::open(&scratch.path("index.sqlite"), true).unwrap()
    }

    fn workload(name: &str, graph: &[u8]) -> Workload {
        Workload::new(name, Digest::of(graph), "main")
    }

    #[test]
    fn open_success_creates_schema_once() {
        let scratch = Scratch::new("index-schema");
        drop(open(&scratch));
        let index = open(&scratch);
        assert_eq!(index.version().unwrap(), Some(SCHEMA_VERSION));
        let mode: String = index
            .conn
            .query_row("PRAGMA journal_mode", [], |row| row.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn open_failure_not_a_database_keeps_file() {
        let scratch = Scratch::new("index-garbage");
        let path = scratch.path("index.sqlite");
        let garbage = b"this is not SQLite at all, just some bytes ...".repeat(100);
        std::fs::write(&path, &garbage).unwrap();
        let err = Index::open(&path, true).err().unwrap();
        let text = err.to_string();
        assert!(
            text.starts_with(&format!("index {}: cannot open: ", path.display())),
            "{text}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), garbage);
    }

    #[test]
    fn open_failure_newer_schema() {
        let scratch = Scratch::new("index-newer");
        let index = open(&scratch);
        index
            .conn
            .execute("UPDATE schema_version SET version = 99", [])
            .unwrap();
        drop(index);
        let err = Index::open(&scratch.path("index.sqlite"), true)
            .err()
            .unwrap();
        assert!(
            matches!(err, Error::SchemaTooNew { found: 99, .. }),
            "{err}"
        );
    }

    #[test]
    fn open_failure_foreign_database() {
        let scratch = Scratch::new("index-foreign");
        let path = scratch.path("index.sqlite");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE t (x INTEGER)").unwrap();
        drop(conn);
        let err = Index::open(&path, true).err().unwrap();
        assert!(err.to_string().contains("not a Veritor index"), "{err}");
    }

    #[test]
    fn open_failure_missing_without_create() {
        let scratch = Scratch::new("index-missing");
        let path = scratch.path("index.sqlite");
        assert!(Index::open(&path, false).is_err());
        assert!(!path.exists());
    }

    #[test]
    fn add_workload_success_idempotent_and_failure_conflict() {
        let scratch = Scratch::new("index-workload");
        let index = open(&scratch);
        let w = workload("w", b"graph");
        assert!(index.add_workload(&w).unwrap());
        let mut again = w.clone();
        again.created_ms += 5;
        assert!(!index.add_workload(&again).unwrap());
        let other = workload("w", b"other graph");
        let err = index.add_workload(&other).unwrap_err();
        assert_eq!(
            err.to_string(),
            "workload \"w\" is already in the index with a different graph"
        );
        assert_eq!(index.workloads().unwrap(), vec![w]);
    }

    #[test]
    fn add_claim_failure_unknown_workload_writes_nothing() {
        let scratch = Scratch::new("index-claim-no-workload");
        let index = open(&scratch);
        let claim = Claim {
            id: "c".into(),
            workload: "nope".into(),
            strategy: Strategy::Stamp,
            inputs: vec![Digest::of(b"i")],
            outputs: vec![],
            commitment: Digest::of(b"c"),
            body: Digest::of(b"b"),
            created_ms: 0,
        };
        let err = index.add_claim(&claim).unwrap_err();
        assert_eq!(err.to_string(), "no workload \"nope\" in the index");
        assert!(index.raw_references().unwrap().is_empty());
    }

    #[test]
    fn claim_success_roundtrips_ordered_lists() {
        let scratch = Scratch::new("index-claim");
        let index = open(&scratch);
        index.add_workload(&workload("w", b"g")).unwrap();
        let claim = Claim {
            id: "c".into(),
            workload: "w".into(),
            strategy: Strategy::TrainingReplay,
            // Same digest twice, and positions past 9 (ordering is numeric).
            inputs: (0..12u8).map(|i| Digest::of(&[i % 11])).collect(),
            outputs: vec![Digest::of(b"o")],
            commitment: Digest::of(b"root"),
            body: Digest::of(b"{}"),
            created_ms: 7,
        };
        index.add_claim(&claim).unwrap();
        assert_eq!(index.claim("c").unwrap(), Some(claim.clone()));
        assert_eq!(index.claims(Some("w")).unwrap(), vec![claim]);
        assert!(index.claims(Some("x")).unwrap().is_empty());
    }

    #[test]
    fn remove_failure_workload_in_use_then_success() {
        let scratch = Scratch::new("index-remove");
        let index = open(&scratch);
        index.add_workload(&workload("w", b"g")).unwrap();
        let run = Run {
            id: "r".into(),
            workload: "w".into(),
            role: Role::Prover,
            backend: "iree-llvm-cpu".into(),
            status: RunStatus::Running,
            outputs: vec![],
            started_ms: 1,
            finished_ms: None,
        };
        index.add_run(&run).unwrap();
        let err = index.remove(Kind::Workload, "w").unwrap_err();
        assert!(matches!(err, Error::InUse { users: 1, .. }), "{err}");
        index
            .finish_run(
                "r",
                RunEnd {
                    status: RunStatus::Succeeded,
                    outputs: &[Digest::of(b"out")],
                    finished_ms: 2,
                },
            )
            .unwrap();
        let run = index.run("r").unwrap().unwrap();
        assert_eq!(run.outputs, vec![Digest::of(b"out")]);
        assert_eq!(run.finished_ms, Some(2));
        index.remove(Kind::Run, "r").unwrap();
        index.remove(Kind::Workload, "w").unwrap();
        assert!(index.raw_references().unwrap().is_empty());
        assert!(index.dangling_references().unwrap().is_empty());
    }

    #[test]
    fn link_success_idempotent_and_failure_unknown_row() {
        let scratch = Scratch::new("index-link");
        let index = open(&scratch);
        index.add_workload(&workload("w", b"g")).unwrap();
        let d = Digest::of(b"manifest");
        assert!(index.link(Kind::Workload, "w", &d).unwrap());
        assert!(!index.link(Kind::Workload, "w", &d).unwrap());
        assert_eq!(index.raw_references().unwrap().len(), 2);
        let err = index.link(Kind::Claim, "nope", &d).unwrap_err();
        assert_eq!(err.to_string(), "no claim \"nope\" in the index");
        assert!(index.unlink(Kind::Workload, "w", &d).unwrap());
        assert!(!index.unlink(Kind::Workload, "w", &d).unwrap());
    }

    #[test]
    fn raw_reference_parse_failure_names_row() {
        let raw = RawRef {
            kind: "claim".into(),
            id: "c".into(),
            field: "output".into(),
            position: 3,
            digest: "xyz".into(),
        };
        let err = raw.parse().unwrap_err();
        assert!(
            err.starts_with("reference claim \"c\" output 3: invalid digest \"xyz\""),
            "{err}"
        );
    }

    #[test]
    fn integrity_success_fresh_index_is_sound() {
        let scratch = Scratch::new("index-integrity");
        let index = open(&scratch);
        assert!(index.integrity_problems().unwrap().is_empty());
    }
}
