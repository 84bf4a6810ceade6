//! `veritor store` as a user runs it: put, verify, a flipped byte named by verify.

use std::process::Command;

fn veritor_store(store: &std::path::Path, args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_veritor"))
        .arg("store")
        .args(args)
        .env("VERITOR_STORE", store)
        .output()
        .expect("veritor runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code().unwrap_or(-1), text)
}

#[test]
fn store_put_verify_and_detect_a_flipped_byte() {
    let dir = std::env::temp_dir().join(format!("veritor-it-store-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("blob.txt");
    std::fs::write(&file, "teacher-forced logits").unwrap();
    let store = dir.join("store");
    let (code, digest) = veritor_store(&store, &["put", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{digest}");
    let digest = digest.trim().to_string();
    assert_eq!(veritor_store(&store, &["verify"]).0, 0);
    let object = store.join("objects").join(&digest[..2]).join(&digest[2..]);
    let mut bytes = std::fs::read(&object).unwrap();
    bytes[0] ^= 1;
    std::fs::write(&object, bytes).unwrap();
    let (code, text) = veritor_store(&store, &["verify"]);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains(&digest),
        "verify names the corrupt object: {text}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
