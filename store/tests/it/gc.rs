//! `gc` removes exactly the blobs that nothing references, and only old temporary files.

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::time::{Duration, SystemTime};

use veritor_store::{Digest, Error, Field, Kind, Store};

use crate::{fixture, objects_snapshot, Scratch};

#[test]
fn gc_success_removes_exactly_unreferenced() {
    let scratch = Scratch::new("gc-exact");
    let root = scratch.path("store");
    let fx = fixture(&root);
    let report = fx.store.gc().unwrap();
    let removed: BTreeSet<Digest> = report.removed.iter().map(|(d, _, _)| *d).collect();
    let expected: BTreeSet<Digest> = fx.unreferenced.iter().copied().collect();
    assert_eq!(removed, expected);
    assert_eq!(report.kept, fx.referenced.len());
    let present: BTreeSet<Digest> = fx.store.objects().into_iter().collect();
    let referenced: BTreeSet<Digest> = fx.referenced.iter().copied().collect();
    assert_eq!(present, referenced);
    for digest in &fx.referenced {
        fx.store.get_blob(digest).unwrap();
    }
    let verified = fx.store.verify().unwrap();
    assert!(verified.is_ok() && verified.unreferenced.is_empty());
    // A second gc has nothing left to do.
    let again = fx.store.gc().unwrap();
    assert!(again.removed.is_empty() && again.removed_temp.is_empty());
}

#[test]
fn gc_success_removing_rows_frees_their_blobs_only() {
    let scratch = Scratch::new("gc-rows");
    let fx = fixture(&scratch.path("store"));
    let run = fx.store.run("run-1").unwrap().unwrap();
    let checkpoint = fx
        .store
        .references()
        .unwrap()
        .into_iter()
        .find(|r| r.kind == Kind::Run && r.field == Field::Link)
        .map(|r| r.digest)
        .unwrap();
    fx.store.remove(Kind::Run, "run-1").unwrap();
    let report = fx.store.gc().unwrap();
    let removed: BTreeSet<Digest> = report.removed.iter().map(|(d, _, _)| *d).collect();
    // The run's output is still the claim's output; only its checkpoint goes.
    assert!(removed.contains(&checkpoint));
    assert!(!removed.contains(&run.outputs[0]));
    assert!(fx.store.get_blob(&run.outputs[0]).is_ok());
    assert!(fx.store.verify().unwrap().is_ok());
}

#[test]
fn gc_success_old_temporary_files_removed_young_kept() {
    let scratch = Scratch::new("gc-temp");
    let root = scratch.path("store");
    let fx = fixture(&root);
    let shard = fx.store.object_path(&fx.referenced[0]);
    let shard = shard.parent().unwrap();
    let old = shard.join(".tmp-999999-1");
    let young = shard.join(".tmp-999999-2");
    fs::write(&old, b"partial write of a dead process").unwrap();
    fs::write(&young, b"maybe in progress").unwrap();
    File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(SystemTime::now() - Duration::from_secs(3600))
        .unwrap();
    let verified = fx.store.verify().unwrap();
    assert!(verified.is_ok(), "temporary files are not problems");
    assert_eq!(verified.stray.len(), 2);
    let report = fx.store.gc().unwrap();
    assert_eq!(report.removed_temp, vec![old.clone()]);
    assert_eq!(report.kept_temp, vec![young.clone()]);
    assert!(!old.exists() && young.exists());
}

#[test]
fn gc_failure_busy_while_another_handle_is_open_removes_nothing() {
    let scratch = Scratch::new("gc-busy");
    let root = scratch.path("store");
    let fx = fixture(&root);
    let other = Store::open_existing(&root).unwrap();
    let before = objects_snapshot(&root);
    let err = fx.store.gc().unwrap_err();
    assert!(matches!(err, Error::Busy { .. }), "{err}");
    assert!(err.to_string().contains("gc needs it to itself"), "{err}");
    assert_eq!(objects_snapshot(&root), before);
    drop(other);
    assert_eq!(fx.store.gc().unwrap().removed.len(), fx.unreferenced.len());
}

#[test]
fn gc_failure_malformed_reference_removes_nothing() {
    let scratch = Scratch::new("gc-malformed");
    let root = scratch.path("store");
    let fx = fixture(&root);
    let conn = rusqlite::Connection::open(fx.store.index_path()).unwrap();
    conn.execute(
        "INSERT INTO refs (kind, id, field, position, digest) \
         VALUES ('workload', 'tiny', 'link', 0, 'not-a-digest')",
        [],
    )
    .unwrap();
    drop(conn);
    let before = objects_snapshot(&root);
    let err = fx.store.gc().unwrap_err();
    assert!(
        err.to_string().contains("invalid digest \"not-a-digest\""),
        "{err}"
    );
    assert_eq!(objects_snapshot(&root), before);
    // verify names the row instead of failing.
    let report = fx.store.verify().unwrap();
    assert_eq!(report.problems.len(), 1);
    assert!(report.lines()[0].starts_with(
        "index problem: reference workload \"tiny\" link 0: invalid digest \"not-a-digest\""
    ));
}
