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

/// A claim naming `device` (or none), written to `path`.
fn write_claim(path: &std::path::Path, device: Option<veritor_protocol::claim::DeviceRecord>) {
    use veritor_protocol::claim::{Claim, Strategy, FORMAT};
    let d = "ab".repeat(32);
    let claim = Claim {
        format: FORMAT.into(),
        graph: d.clone(),
        entry: "main".into(),
        inputs: vec![],
        outputs: vec![d],
        strategy: Strategy::BitExact {},
        device,
    };
    std::fs::write(path, claim.to_json().unwrap()).unwrap();
}

#[test]
fn check_claim_failure_no_device_or_another_descriptor_is_refused() {
    use veritor_protocol::claim::DeviceRecord;
    use veritor_protocol::device::datasheets;
    let s = Scratch::new("spot-claim");
    let store = s.dir().join("store");
    let store = store.to_str().unwrap();
    let add = spot(&["device", "add", "--datasheet", "mi300x", "--store", store]);
    assert!(add.status.success(), "{}", stderr(&add));
    let claim = s.path("claim.json");
    let check = |claim: &std::path::Path| {
        spot(&[
            "check",
            "--prover",
            "127.0.0.1:1",
            "--claim",
            claim.to_str().unwrap(),
            "--store",
            store,
        ])
    };
    write_claim(&claim, None);
    one_line_error(
        &check(&claim),
        "the claim names no device (prove with --device)",
    );
    let mi300x = datasheets()
        .into_iter()
        .find(|d| d.name == "mi300x")
        .unwrap();
    let mut other = mi300x.clone();
    other.link_bandwidth = 1e9;
    write_claim(&claim, Some(DeviceRecord::of(&other)));
    one_line_error(
        &check(&claim),
        &format!(
            "the claim's device \"mi300x\" has descriptor {}, the registry's is {}",
            other.digest(),
            mi300x.digest()
        ),
    );
    let mut unknown = mi300x.clone();
    unknown.name = "h100".into();
    write_claim(&claim, Some(DeviceRecord::of(&unknown)));
    one_line_error(
        &check(&claim),
        "no device \"h100\" in the registry (registered: mi300x)",
    );
    // The claim's descriptor is the registry's: the check goes on to the prover.
    write_claim(&claim, Some(DeviceRecord::of(&mi300x)));
    one_line_error(
        &check(&claim),
        "cannot connect to the prover at 127.0.0.1:1",
    );
    std::fs::write(&claim, "{").unwrap();
    one_line_error(&check(&claim), "malformed claim JSON");
    one_line_error(
        &spot(&[
            "check",
            "--prover",
            "127.0.0.1:1",
            "--device",
            "x",
            "--rank",
            "0",
        ]),
        "--challenges 20 --rank 0",
    );
}

/// A prover process (`veritor-spot serve`), killed when dropped.
struct Served {
    child: std::process::Child,
    address: String,
}

impl Served {
    fn start() -> Served {
        use std::io::BufRead;
        let mut child = Command::new(env!("CARGO_BIN_EXE_veritor-spot"))
            .args([
                "serve",
                "--layers",
                "2",
                "--width",
                "16",
                "--positions",
                "32",
            ])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        // "veritor-spot serve: honest prover on 127.0.0.1:PORT: ..."
        let address = line
            .split(" on ")
            .nth(1)
            .and_then(|rest| rest.split(": ").next())
            .unwrap_or_default()
            .to_string();
        assert!(address.starts_with("127.0.0.1:"), "{line}");
        Served { child, address }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Real processes: calibrate prints both slacks; check passes sessions with them and fails
/// a session whose slacks are zero.
#[test]
fn check_success_sessions_against_a_served_prover() {
    let s = Scratch::new("spot-served");
    let dev = s.path("a100.json");
    let a100 = &veritor_protocol::device::datasheets()[0];
    std::fs::write(&dev, serde_json::to_string(a100).unwrap()).unwrap();
    let served = Served::start();
    let common = |extra: &[&str]| {
        let mut args = vec![
            "--prover",
            &served.address,
            "--device",
            dev.to_str().unwrap(),
            "--slices",
            "8",
            "--challenges",
            "3",
        ];
        args.extend_from_slice(extra);
        args.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    let run = |command: &str, extra: &[&str]| {
        let mut args = vec![command.to_string()];
        args.extend(common(extra));
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        spot(&refs)
    };
    let cal = run("calibrate", &["--sessions", "2"]);
    assert!(cal.status.success(), "{}", stderr(&cal));
    let text = String::from_utf8(cal.stdout).unwrap();
    let slacks: Vec<u64> = text
        .split_whitespace()
        .map(|w| w.parse().unwrap())
        .collect();
    assert_eq!(slacks.len(), 2, "{text}");
    assert!(slacks.iter().all(|&s| s >= 100), "{text}");
    let generous = [
        "--sessions",
        "2",
        "--slack-us",
        "60000000",
        "--session-slack-us",
        "60000000",
    ];
    let ok = run("check", &generous);
    let out = String::from_utf8_lossy(&ok.stdout).into_owned();
    assert_eq!(ok.status.code(), Some(0), "{out}{}", stderr(&ok));
    assert!(out.contains("2 of 2 spot-check sessions passed"), "{out}");
    assert!(
        out.contains("session 1: pass: the 2nd smallest overshoot of 3"),
        "{out}"
    );
    // No time at all for reading from this descriptor's memory: every session fails.
    let zero = run("check", &["--slack-us", "0", "--session-slack-us", "0"]);
    let out = String::from_utf8_lossy(&zero.stdout).into_owned();
    assert_eq!(zero.status.code(), Some(1), "{out}{}", stderr(&zero));
    assert!(
        out.contains("session 0: FAIL: challenge 0 overshot by"),
        "{out}"
    );
}
