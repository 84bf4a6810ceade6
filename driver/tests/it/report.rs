//! `veritor verify --html` (issue 13) through the binary: the page is written beside the
//! usual output and changes neither the verdict nor the exit code, it marks exactly the
//! opened positions, it escapes what the claim says, and an unwritable path is one line,
//! exit 2. (The page in a browser: `tools/report_screenshot.py`.)

use crate::support::{edit_json, json, prove_challenge_open, root, s, verify, veritor, Out};
use std::path::{Path, PathBuf};

fn work(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("veritor-it-report-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The verdict JSON without its timings (which differ from run to run).
fn untimed(path: &Path) -> serde_json::Value {
    let mut v = json(path);
    for key in ["run_seconds", "total_seconds"] {
        v.as_object_mut().unwrap().remove(key);
    }
    v
}

/// The `x` of every opened-position marker of a page.
fn opened_markers(page: &str) -> Vec<f64> {
    page.split("<rect class=\"opened\" x=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().parse().unwrap())
        .collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn verify_html_writes_a_page_and_changes_nothing_else() {
    let dir = work("stamp");
    let store = dir.join("store");
    let e = root().join("examples/tiny");
    let (claim, challenge, openings) = prove_challenge_open(
        &dir,
        &store,
        &e.join("greedy_kv.mlir"),
        &e.join("greedy_kv.inputs"),
        &["--request", "7"],
        "5",
    );
    let (plain_json, html_json) = (dir.join("plain.json"), dir.join("html.json"));
    let page = dir.join("report.html");
    let with = |extra: &[&str]| verify(&store, &claim, &challenge, &openings, extra);
    let plain = with(&["--json", s(&plain_json)]);
    let html = with(&["--json", s(&html_json), "--html", s(&page)]);
    assert_eq!(
        (plain.code, html.code),
        (0, 0),
        "{}\n{}",
        plain.text,
        html.text
    );
    assert_eq!(untimed(&plain_json), untimed(&html_json));
    let text = read(&page);
    assert!(text.contains("<h1>ACCEPTED</h1>") && text.contains("5 of 12 positions opened"));
    let verdict = json(&html_json);
    let leaves: Vec<u64> = verdict["table"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["leaf"].as_u64().unwrap())
        .collect();
    let slot = 880.0 / 12.0;
    let want: Vec<f64> = leaves
        .iter()
        .map(|&l| (90.0 + (l as f64 + 0.5) * slot - 3.0).round())
        .collect();
    assert_eq!(opened_markers(&text), want, "one marker per opened leaf");
    for digest in json(&claim)["inputs"].as_array().unwrap() {
        assert!(text.contains(digest.as_str().unwrap()), "input digest");
    }

    // A rejected claim (an opened token edited): the same exit code, the reason on the page.
    let bad = dir.join("bad-openings.json");
    edit_json(&openings, &bad, |v| {
        let t = v["openings"][1]["token"].as_i64().unwrap();
        v["openings"][1]["token"] = ((t + 1) % 32).into();
    });
    let rejected = verify(&store, &claim, &challenge, &bad, &["--html", s(&page)]);
    assert_eq!(rejected.code, 1, "{}", rejected.text);
    let text = read(&page);
    assert!(text.contains("<h1>REJECTED</h1>"), "{text}");
    assert!(text.contains("the Merkle proof does not verify"));
    assert!(
        text.contains(">mismatch<") || text.contains("BAD"),
        "flagged"
    );

    // An unwritable path: the verdict is still printed, then one error line, exit 2.
    let nowhere = dir.join("no-such-dir/report.html");
    let out = with(&["--html", s(&nowhere)]);
    assert_eq!(out.code, 2, "{}", out.text);
    assert!(out.text.starts_with("verdict: ACCEPT"), "{}", out.text);
    let errors: Vec<&str> = out.text.lines().filter(|l| l.contains("error")).collect();
    assert_eq!(
        errors,
        [format!(
            "veritor: error: {}: cannot write the HTML report: No such file or directory (os error 2)",
            nowhere.display()
        )]
    );
    assert!(!nowhere.exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// What the claim says reaches the page escaped: a claim file named with markup that cannot
/// be read, and a claim whose entry point is markup (refused, the reason quoting it).
#[test]
fn verify_html_escapes_the_claim() {
    let dir = work("escape");
    let store = dir.join("store");
    let page = dir.join("report.html");
    let check = |claim: &Path, needle: &str| -> Out {
        let out = veritor(&[
            "verify",
            "--claim",
            s(claim),
            "--store",
            s(&store),
            "--html",
            s(&page),
        ]);
        assert_eq!(out.code, 2, "{}", out.text);
        let text = read(&page);
        assert!(!text.to_lowercase().contains("<script"), "{text}");
        assert!(text.contains(needle), "expected {needle:?} in {text}");
        assert!(text.contains("<h1>CANNOT VERIFY</h1>"));
        out
    };
    let named = dir.join("x<script>alert(1)<script>.json");
    std::fs::write(&named, "{ not json").unwrap();
    check(&named, "x&lt;script&gt;alert(1)&lt;script&gt;.json");

    let d = "ab".repeat(32);
    let entry = dir.join("entry.json");
    std::fs::write(
        &entry,
        format!(
            r#"{{"format":"veritor-claim/1","graph":"{d}","entry":"<script>alert(1)</script>","inputs":[],"outputs":[],"strategy":{{"kind":"bit_exact"}}}}"#
        ),
    )
    .unwrap();
    let out = check(&entry, "&lt;script&gt;alert(1)&lt;/script&gt;");
    assert!(out.text.contains("invalid claim: `entry`"), "{}", out.text);
    let _ = std::fs::remove_dir_all(&dir);
}
