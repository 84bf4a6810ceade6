//! A flipped byte, a truncation or a deletion in any blob is detected by `verify` and by
//! `get_blob`, naming the object.

use std::fs::{self, OpenOptions};

use veritor_store::{Error, Problem};

use crate::{fixture, flip_byte, Scratch};

/// Damages one object with `damage`, then checks that `verify` names exactly that object
/// as corrupt and that `get_blob` refuses it naming the digest and the file; then
/// restores it and checks that the store verifies again.
fn check_corruption_detected(name: &str, damage: impl Fn(&std::path::Path)) {
    let scratch = Scratch::new(name);
    let root = scratch.path("store");
    let fx = fixture(&root);
    assert!(fx.store.verify().unwrap().is_ok());
    for digest in fx.referenced.iter().chain(&fx.unreferenced) {
        let path = fx.store.object_path(digest);
        let original = fs::read(&path).unwrap();
        if original.is_empty() {
            continue; // nothing to flip or truncate in the empty blob
        }
        damage(&path);
        let report = fx.store.verify().unwrap();
        assert_eq!(report.problems.len(), 1, "{digest}: {:#?}", report.lines());
        let Problem::Corrupt {
            digest: named,
            path: named_path,
            ..
        } = &report.problems[0]
        else {
            panic!("{digest}: expected corrupt, got {:?}", report.problems[0]);
        };
        assert_eq!(named, digest);
        assert_eq!(named_path, &path);
        let line = &report.lines()[0];
        assert!(
            line.starts_with(&format!("corrupt object {digest} ({})", path.display())),
            "{line}"
        );
        let referenced = fx.referenced.contains(digest);
        assert_eq!(line.contains("referenced by"), referenced, "{line}");
        match fx.store.get_blob(digest) {
            Err(err @ Error::CorruptObject { .. }) => {
                let text = err.to_string();
                assert!(text.contains(&digest.to_string()), "{text}");
                assert!(text.contains(&path.display().to_string()), "{text}");
            }
            other => panic!("{digest}: expected a corrupt-object error, got {other:?}"),
        }
        fs::write(&path, &original).unwrap();
        assert!(fx.store.verify().unwrap().is_ok());
        assert_eq!(fx.store.get_blob(digest).unwrap(), original);
    }
}

#[test]
fn corrupt_failure_flipped_first_byte_of_every_blob() {
    check_corruption_detected("flip-first", |path| flip_byte(path, 0));
}

#[test]
fn corrupt_failure_flipped_last_byte_of_every_blob() {
    check_corruption_detected("flip-last", |path| flip_byte(path, -1));
}

#[test]
fn corrupt_failure_flipped_middle_byte_of_every_blob() {
    check_corruption_detected("flip-middle", |path| {
        let len = fs::metadata(path).unwrap().len();
        flip_byte(path, (len / 2) as i64);
    });
}

#[test]
fn corrupt_failure_truncated_blob() {
    check_corruption_detected("truncate", |path| {
        let file = OpenOptions::new().write(true).open(path).unwrap();
        let len = file.metadata().unwrap().len();
        file.set_len(len - 1).unwrap();
    });
}

#[test]
fn corrupt_failure_appended_byte() {
    check_corruption_detected("append", |path| {
        let mut bytes = fs::read(path).unwrap();
        bytes.push(0);
        fs::write(path, bytes).unwrap();
    });
}

#[test]
fn missing_failure_deleted_referenced_blob_names_object_and_rows() {
    let scratch = Scratch::new("missing");
    let fx = fixture(&scratch.path("store"));
    // The claim's and the run's output.
    let output = fx.store.claim("claim-1").unwrap().unwrap().outputs[0];
    let path = fx.store.object_path(&output);
    fs::remove_file(&path).unwrap();
    let report = fx.store.verify().unwrap();
    assert_eq!(
        report.lines()[0],
        format!(
            "missing object {output} ({}); referenced by claim \"claim-1\" output 0, \
             run \"run-1\" output 0",
            path.display()
        )
    );
    assert_eq!(report.problems.len(), 1);
    let err = fx.store.get_blob(&output).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("missing object {output} ({})", path.display())
    );
}

#[test]
fn corrupt_success_put_again_repairs_object() {
    let scratch = Scratch::new("repair");
    let fx = fixture(&scratch.path("store"));
    let graph = fx.referenced[0];
    let bytes = fx.store.get_blob(&graph).unwrap();
    flip_byte(&fx.store.object_path(&graph), 3);
    assert!(!fx.store.verify().unwrap().is_ok());
    assert_eq!(fx.store.put_blob(&bytes).unwrap(), graph);
    assert!(fx.store.verify().unwrap().is_ok());
}

#[test]
fn foreign_failure_unknown_files_named_and_kept() {
    let scratch = Scratch::new("foreign");
    let root = scratch.path("store");
    let fx = fixture(&root);
    let stray_name = root.join("objects/notes.txt");
    fs::write(&stray_name, b"hello").unwrap();
    let graph = fx.referenced[0].to_string();
    let wrong_case = root
        .join("objects")
        .join(&graph[..2])
        .join(graph[2..].to_uppercase());
    fs::write(&wrong_case, b"x").unwrap();
    let report = fx.store.verify().unwrap();
    let lines = report.lines();
    assert_eq!(report.problems.len(), 2, "{lines:#?}");
    assert!(lines.iter().any(|l| l.starts_with(&format!(
        "foreign file {}: not an object directory",
        stray_name.display()
    ))));
    assert!(lines.iter().any(|l| l.starts_with(&format!(
        "foreign file {}: not an object name",
        wrong_case.display()
    ))));
    // gc never removes what it did not write.
    fx.store.gc().unwrap();
    assert!(stray_name.exists() && wrong_case.exists());
}
