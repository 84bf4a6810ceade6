//! `veritor-spot`'s errors (one line, exit 2) and the device registry through the binary.

use std::process::{Command, Output};

use veritor_fsutil::Scratch;

fn spot(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_veritor-spot"))
        .args(args)
        .env_remove("VERITOR_STORE")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn one_line_error(o: &Output, want: &str) {
    let e = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(
        e.starts_with("veritor-spot: error: ") && e.contains(want),
        "{e:?} should contain {want:?}"
    );
    assert_eq!(e.lines().count(), 1, "{e:?}");
}

#[test]
fn cli_failure_bad_arguments_are_one_line() {
    one_line_error(&spot(&["serve", "--mode", "bogus"]), "unknown prover mode");
    one_line_error(
        &spot(&["serve", "--mode", "missing:2"]),
        "unknown prover mode",
    );
    one_line_error(&spot(&["serve", "--layers", "0"]), "--layers must be");
    let s = Scratch::new("spot-cli");
    let store = s.dir().join("store");
    let store = store.to_str().unwrap();
    one_line_error(
        &spot(&[
            "check",
            "--prover",
            "127.0.0.1:1",
            "--device",
            "nope",
            "--store",
            store,
        ]),
        "no store at",
    );
    assert!(
        !std::path::Path::new(store).exists(),
        "a lookup created a store"
    );
    let add = spot(&["device", "add", "--datasheet", "mi300x", "--store", store]);
    assert!(add.status.success(), "{}", stderr(&add));
    one_line_error(
        &spot(&[
            "check",
            "--prover",
            "127.0.0.1:1",
            "--device",
            "nope",
            "--store",
            store,
        ]),
        "no device \"nope\" in the registry (registered: mi300x)",
    );
    let dev = s.path("h100.json");
    let out = spot(&["device", "datasheets"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let h100 = text
        .split("\n}\n")
        .find(|d| d.contains("h100"))
        .unwrap()
        .to_string()
        + "\n}\n";
    std::fs::write(&dev, &h100).unwrap();
    one_line_error(
        &spot(&[
            "check",
            "--prover",
            "127.0.0.1:1",
            "--device",
            dev.to_str().unwrap(),
        ]),
        "cannot connect to the prover at 127.0.0.1:1",
    );
    std::fs::write(&dev, h100.replace("\"cuda\"", "\"tpu\"")).unwrap();
    one_line_error(
        &spot(&["device", "add", dev.to_str().unwrap(), "--store", store]),
        "kind \"tpu\"",
    );
    std::fs::write(&dev, "{").unwrap();
    one_line_error(
        &spot(&["device", "add", dev.to_str().unwrap(), "--store", store]),
        "bad device descriptor",
    );
    one_line_error(
        &spot(&["device", "add", "--datasheet", "tpu-v9", "--store", store]),
        "no datasheet entry",
    );
    one_line_error(&spot(&["trial", "--missing", "1.5"]), "--missing 1.5");
}

#[test]
fn registry_success_add_list_show_and_no_silent_overwrite() {
    let s = Scratch::new("spot-registry");
    let store = s.dir().join("store");
    let store = store.to_str().unwrap();
    let add = spot(&[
        "device",
        "add",
        "--datasheet",
        "h100-sxm5-80gb",
        "--store",
        store,
    ]);
    assert!(add.status.success(), "{}", stderr(&add));
    let again = spot(&[
        "device",
        "add",
        "--datasheet",
        "h100-sxm5-80gb",
        "--link-bandwidth",
        "1e9",
        "--store",
        store,
    ]);
    one_line_error(&again, "already registered");
    let show = spot(&["device", "show", "h100-sxm5-80gb", "--store", store]);
    let shown = String::from_utf8(show.stdout).unwrap();
    assert!(
        shown.contains("\"link_bandwidth\": 12500000000.0"),
        "{shown}"
    );
    let replace = spot(&[
        "device",
        "add",
        "--datasheet",
        "h100-sxm5-80gb",
        "--link-bandwidth",
        "1e9",
        "--replace",
        "--store",
        store,
    ]);
    assert!(replace.status.success(), "{}", stderr(&replace));
    let list = String::from_utf8(spot(&["device", "list", "--store", store]).stdout).unwrap();
    assert!(
        list.contains("h100-sxm5-80gb")
            && list.contains("sm_90")
            && list.contains("link    1.00 GB/s"),
        "{list}"
    );
    // The registry lives in a store: the store still verifies.
    assert!(std::path::Path::new(store).join("index.sqlite").exists());
}
