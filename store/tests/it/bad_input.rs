//! Bad input is a clear error naming the file or digest, never a panic, and nothing
//! already stored is lost.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use veritor_store::{Digest, Error, Kind, Store, Workload};

use crate::{fixture, objects_snapshot, snapshot, Scratch};

/// Builds a store, closes it, damages it with `damage`, and returns the store root
/// together with what the objects held before.
fn damaged(
    scratch: &Scratch,
    damage: impl FnOnce(&std::path::Path),
) -> (std::path::PathBuf, Vec<(std::path::PathBuf, Vec<u8>)>) {
    let root = scratch.path("store");
    drop(fixture(&root));
    let objects = objects_snapshot(&root);
    damage(&root);
    (root, objects)
}

#[test]
fn open_failure_index_not_sqlite_names_file_and_keeps_everything() {
    let scratch = Scratch::new("bad-index-garbage");
    let (root, objects) = damaged(&scratch, |root| {
        fs::write(
            root.join("index.sqlite"),
            b"garbage, not SQLite ".repeat(300),
        )
        .unwrap();
    });
    let before = snapshot(&root);
    for result in [Store::open(&root), Store::open_existing(&root)] {
        let err = result.unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with(&format!(
                "index {}: cannot open: ",
                root.join("index.sqlite").display()
            )),
            "{text}"
        );
        assert!(text.contains("not a database"), "{text}");
    }
    assert_eq!(snapshot(&root), before, "a failed open changed the store");
    assert_eq!(objects_snapshot(&root), objects);
}

#[test]
fn open_failure_index_truncated_is_an_error_or_a_named_problem() {
    let scratch = Scratch::new("bad-index-truncated");
    let (root, objects) = damaged(&scratch, |root| {
        let index = root.join("index.sqlite");
        let len = fs::metadata(&index).unwrap().len();
        assert!(
            len > 4096,
            "the index should span several pages ({len} bytes)"
        );
        fs::OpenOptions::new()
            .write(true)
            .open(&index)
            .unwrap()
            .set_len(len / 2)
            .unwrap();
    });
    match Store::open_existing(&root).and_then(|store| store.verify()) {
        Err(err) => assert!(err.to_string().starts_with("index "), "{err}"),
        Ok(report) => {
            assert!(!report.is_ok(), "a truncated index must not verify clean");
            assert!(
                report.lines()[0].starts_with("index problem: "),
                "{:?}",
                report.lines()
            );
        }
    }
    assert_eq!(objects_snapshot(&root), objects);
}

#[test]
fn open_failure_newer_schema_names_versions() {
    let scratch = Scratch::new("bad-schema");
    let (root, _) = damaged(&scratch, |root| {
        let conn = rusqlite::Connection::open(root.join("index.sqlite")).unwrap();
        conn.execute("UPDATE schema_version SET version = 7", [])
            .unwrap();
    });
    let err = Store::open_existing(&root).unwrap_err();
    assert!(
        err.to_string()
            .contains("schema version 7 is newer than this build supports (1)"),
        "{err}"
    );
}

#[test]
fn open_existing_failure_missing_directory_named_and_not_created() {
    let scratch = Scratch::new("bad-missing-dir");
    let root = scratch.path("nowhere");
    let err = Store::open_existing(&root).unwrap_err();
    assert!(matches!(err, Error::NoStore { .. }));
    assert!(err.to_string().contains(&root.display().to_string()));
    assert!(!root.exists());
}

#[test]
fn open_failure_directory_of_other_files_is_not_a_store() {
    let scratch = Scratch::new("bad-other-dir");
    let root = scratch.path("home");
    fs::create_dir(&root).unwrap();
    fs::write(root.join("thesis.tex"), b"precious").unwrap();
    let err = Store::open(&root).unwrap_err();
    assert!(err.to_string().contains("thesis.tex"), "{err}");
    assert_eq!(fs::read_dir(&root).unwrap().count(), 1, "nothing was added");
}

#[test]
fn open_failure_uncreatable_directory_names_path() {
    // Under /proc nothing can be created, even by root.
    let root = std::path::PathBuf::from("/proc/veritor-store-test/store");
    let err = Store::open(&root).unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("cannot create store directory {}", root.display())),
        "{err}"
    );
}

#[test]
fn digest_failure_non_hex_and_wrong_length() {
    for text in ["", "xyz", &"g".repeat(64), &"a".repeat(63), &"a".repeat(65)] {
        let err = Digest::parse(text).unwrap_err();
        assert!(
            err.to_string()
                .starts_with(&format!("invalid digest {text:?}: ")),
            "{err}"
        );
    }
}

#[test]
fn put_failure_unwritable_objects_keeps_existing() {
    let scratch = Scratch::new("bad-unwritable");
    let root = scratch.path("store");
    let fx = fixture(&root);
    let before = objects_snapshot(&root);
    let objects = root.join("objects");
    fs::set_permissions(&objects, fs::Permissions::from_mode(0o555)).unwrap();
    let probe = objects.join("probe");
    let enforced = fs::write(&probe, b"").is_err();
    let _ = fs::remove_file(&probe);
    if enforced {
        let err = fx.store.put_blob(b"a new blob").unwrap_err();
        assert!(
            err.to_string().starts_with("cannot create directory "),
            "{err}"
        );
    } else {
        eprintln!("permissions are not enforced for this user (root): using a file in the way");
    }
    fs::set_permissions(&objects, fs::Permissions::from_mode(0o755)).unwrap();
    // A file where the object's directory should be: the write fails the same way for
    // every user.
    let digest = Digest::of(b"a new blob");
    let shard = objects.join(&digest.to_string()[..2]);
    assert!(
        !shard.exists(),
        "pick another blob: shard {} is in use",
        shard.display()
    );
    fs::write(&shard, b"in the way").unwrap();
    let err = fx.store.put_blob(b"a new blob").unwrap_err();
    assert_eq!(
        err.to_string().split(':').next().unwrap(),
        format!("cannot create directory {}", shard.display())
    );
    fs::remove_file(&shard).unwrap();
    assert_eq!(objects_snapshot(&root), before);
    assert!(fx.store.verify().unwrap().is_ok());
}

#[test]
fn index_failure_bad_rows_write_nothing() {
    let scratch = Scratch::new("bad-rows");
    let root = scratch.path("store");
    let fx = fixture(&root);
    let graph = fx.referenced[0];
    let refs_before = fx.store.references().unwrap();
    let cases: Vec<(Result<bool, Error>, &str)> = vec![
        (
            fx.store.add_workload(&Workload::new("", graph, "main")),
            "invalid workload name: must not be empty",
        ),
        (
            fx.store
                .add_workload(&Workload::new("tiny", fx.referenced[1], "main")),
            "workload \"tiny\" is already in the index with a different graph",
        ),
        (
            fx.store.link(Kind::Claim, "no-such-claim", &graph),
            "no claim \"no-such-claim\" in the index",
        ),
        (
            fx.store
                .add_workload(&Workload::new("x", Digest::of(b"never stored"), "main")),
            "missing object",
        ),
    ];
    for (result, expected) in cases {
        let err = result.unwrap_err();
        assert!(err.to_string().starts_with(expected), "{err}");
    }
    assert_eq!(fx.store.references().unwrap(), refs_before);
    let err = fx.store.remove(Kind::Workload, "tiny").unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot remove workload \"tiny\": 2 claims or runs refer to it"
    );
    assert!(fx.store.verify().unwrap().is_ok());
}
