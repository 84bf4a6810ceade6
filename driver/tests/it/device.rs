//! `veritor device`: the registry's commands through the main binary (the same code as
//! `veritor-spot device`, spotcheck/src/device_cli.rs).

use crate::support::{s, veritor};

fn scratch(tag: &str) -> std::path::PathBuf {
    crate::support::scratch(&format!("device-{tag}"))
}

#[test]
fn device_success_add_list_show_a_datasheet_entry() {
    let dir = scratch("add");
    let store = dir.join("store");
    let add = veritor(&[
        "device",
        "add",
        "--datasheet",
        "h100-sxm5-80gb",
        "--store",
        s(&store),
    ]);
    assert_eq!(add.code, 0, "{}", add.text);
    assert!(
        add.text.starts_with("registered h100-sxm5-80gb"),
        "{}",
        add.text
    );
    let list = veritor(&["device", "list", "--store", s(&store)]);
    assert_eq!(list.code, 0, "{}", list.text);
    assert!(
        list.text.contains("h100-sxm5-80gb") && list.text.contains("sm_90"),
        "{}",
        list.text
    );
    let show = veritor(&["device", "show", "h100-sxm5-80gb", "--store", s(&store)]);
    assert_eq!(show.code, 0, "{}", show.text);
    let d: serde_json::Value = serde_json::from_str(&show.text).expect("a JSON descriptor");
    assert_eq!(d["name"], "h100-sxm5-80gb");
    // Registering it again without --replace is refused, and the entry stays.
    let again = veritor(&[
        "device",
        "add",
        "--datasheet",
        "h100-sxm5-80gb",
        "--store",
        s(&store),
    ]);
    assert_eq!(again.code, 2, "{}", again.text);
    assert_eq!(again.text.lines().count(), 1, "{}", again.text);
    assert_eq!(
        veritor(&["device", "show", "h100-sxm5-80gb", "--store", s(&store)]).code,
        0
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn device_failure_unknown_name_and_missing_store_are_one_line() {
    let dir = scratch("fail");
    let store = dir.join("none");
    let show = veritor(&["device", "show", "h100", "--store", s(&store)]);
    assert_eq!(show.code, 2);
    assert_eq!(
        show.text.trim(),
        format!(
            "veritor: error: no store at {} (register a device first: veritor device add)",
            store.display()
        )
    );
    assert!(!store.exists(), "a lookup must not create a store");
    let bad = veritor(&[
        "device",
        "add",
        "--datasheet",
        "tpu-v9",
        "--store",
        s(&store),
    ]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.text
            .trim()
            .starts_with("veritor: error: no datasheet entry \"tpu-v9\""),
        "{}",
        bad.text
    );
    assert_eq!(bad.text.trim().lines().count(), 1, "{}", bad.text);
    let _ = std::fs::remove_dir_all(&dir);
}
